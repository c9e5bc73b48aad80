"""Invented tests for the classes fixed after heldout98 and heldout-bilingual95 were scored (fix98):
- BIL003: a small kanji number of the source that a translation writes as an English numeral opening a katakana
  loanword (三分线 as スリーポイントライン) is written, inside a word, as 两 is by 両 of 両社 (numbers.toml
  `katakana-numerals`): its clause is no clause that lost a number.
- BIL003: a quotation's opening bracket (「) begins a clause of the translation, as the source's speaker ends one
  with a colon (祁远航说：“我白天…): a speaker's tag and the quotation's first clause, rendered in one stretch before
  the first comma (…選手は「昼は畑で働き、), are two clauses, and the quotation's has room there.
- glossary suggest: a place whose administrative suffix jieba glued to the next character in a word its dictionary
  does not know (星河 + 镇队, "the 星河 town team") is proposed with its suffix where the translation writes it so
  (glossary/bound_places.py), not as the bare stem.
- glossary suggest: a word right after a name that ends with an administrative suffix (星河镇队, the town's team)
  names what the place has, so it casts no vote for the name's type (glossary/name_type.py): the town is a place.
- glossary suggest: a place whose name opens with a direction that jieba cut off a place it knows (北 + 衡山, a
  mountain named North Heng) is proposed whole where the translation writes it so (glossary/directed_places.py),
  not as the known place.
With contrasts: the same translations with the clause really left out still warn, a katakana numeral inside a word
counts for nothing, a word jieba knows (镇长) binds no place, and a direction the translation writes apart (衡山の北)
joins none."""
from __future__ import annotations

import pytest

from lint_helpers import pair_findings
from textqa.bilingual.numbers import katakana_numerals
from textqa.document import Document
from textqa.glossary.suggest import suggest_with_source


@pytest.mark.parametrize("text, values", [
    ("スリーポイントラインの外から2本決めた", {3}),
    ("女子ダブルスで優勝し、ワンマン経営をやめた", {2, 1}),
    ("ステンレスの鍋とミステリー小説", set()),  # テン and テリ inside a word: no numeral
])
def test_english_numerals_that_open_a_katakana_word(text, values):
    assert katakana_numerals(text) == values


GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n星河镇\t星河鎮\tplace\t\t\t\t\n祁远航\t祁遠航\tperson\t\t\t\t\n"
ZH = ["星河镇村级篮球赛决赛战报",
      "8月9日晚，星河镇村级篮球赛决赛在镇文化广场举行。东岭村队以66比61战胜西岭村队，夺得冠军。",
      "【第二节】东岭村队换上替补后卫祁远航。他上场后连续在三分线外命中两球，帮助球队缩小差距，半场结束时比分为30比35。",
      "【技术统计】祁远航全场得到21分、6个篮板、5次抢断，其中三分线外8投5中，当选本场最佳球员。西岭村队中锋得到17分、11个篮板。",
      "【赛后】祁远航说：“我白天在地里干活，晚上来练球。能拿冠军，再累也值了！”"]
JA = ["星河鎮村対抗バスケットボール大会決勝　試合リポート",
      "8月9日夜、星河鎮村対抗バスケットボール大会の決勝が鎮の文化広場で行われ、東嶺村チームが66―61で西嶺村チームを破り、優勝した。",
      "【第2クオーター】東嶺村チームは控えガードの祁遠航選手を投入。コートに入るとすぐ、スリーポイントラインの外から2本続けて決め、"
      "点差を縮めた。前半は30―35で折り返した。",
      "【個人成績】祁遠航選手は21得点、6リバウンド、5スチールをマークし、スリーポイントラインの外からは8本中5本を成功させて、"
      "この試合の最優秀選手に選ばれた。西嶺村チームのセンターは17得点、11リバウンドだった。",
      "【試合後】祁遠航選手は「昼は畑で働き、夜に練習に来ている。優勝できて、疲れも吹き飛んだ」と話した。"]


def _omitted(tmp_path, ja, zh=ZH):
    from textqa.findings import Severity

    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    return [(f.line, f.message.split("「")[1].split("」")[0]) for f in pair_findings(tmp_path, zh, ja)
            if f.code == "BIL003" and f.severity >= Severity.WARNING]


def test_a_number_written_in_a_loanword_and_a_quotation_after_its_speaker_are_there(tmp_path):
    assert _omitted(tmp_path, JA) == []


def test_the_clause_left_out_beside_them_still_warns(tmp_path):
    lost_shots = [*JA[:2], "【第2クオーター】東嶺村チームは控えガードの祁遠航選手を投入。コートに入るとすぐ、点差を縮めた。"
                  "前半は30―35で折り返した。", *JA[3:]]
    assert _omitted(tmp_path, lost_shots) == [(5, "他上场后连续在三分线外命中两球，")]
    one_sentence = [*ZH[:4], "【赛后】祁远航说：“我白天在地里干活，晚上来练球。”"]
    lost_quote = [*JA[:4], "【試合後】祁遠航選手は「夜に練習に来ている」と話した。"]
    assert _omitted(tmp_path, lost_quote, one_sentence) == [(9, "“我白天在地里干活，")]


def _rows(zh: str, ja: str) -> dict[str, str]:
    return {c.zh: c.ja for c in suggest_with_source([(Document(ja, "a.ja.txt"), zh)], None) if c.verified}


@pytest.mark.parametrize("zh, ja, place, form, part", [
    # 云岭 + 镇队 (a word jieba's dictionary does not know): the town, not its stem
    ("云岭镇队以78比74战胜对手，夺得冠军。", "雲嶺鎮チームが78―74で相手を破り、優勝した。", "云岭镇", "雲嶺鎮", "云岭"),
    # 北/ns + 衡山/ns: a mountain named North Heng, not Mount Heng
    ("清晨，游客登上北衡山看日出。北衡山海拔不高。", "早朝、観光客は北衡山に登って日の出を見る。北衡山は標高が高くない。",
     "北衡山", "北衡山", "衡山"),
])
def test_a_place_jieba_cut_apart_is_proposed_whole(zh, ja, place, form, part):
    found = _rows(zh, ja)
    assert found.get(place) == form and part not in found, found


@pytest.mark.parametrize("zh, ja, place", [
    ("云岭镇长说，明年还要办比赛。", "雲嶺の鎮長は、来年も大会を開くと話した。", "云岭镇"),  # 镇长: a word jieba knows
    ("清晨，游客登上北衡山看日出。", "早朝、観光客は衡山の北側の峰に登って日の出を見る。", "北衡山"),  # written apart
])
def test_no_place_joined_where_jieba_knows_the_word_or_the_translation_writes_it_apart(zh, ja, place):
    assert place not in _rows(zh, ja)


def test_a_town_named_for_its_team_is_still_a_place():
    zh = "云岭镇位于县城西部。决赛中，云岭镇队战胜了石桥镇队。云岭镇队的球员大多是农民。"
    ja = "雲嶺鎮は県城の西部にある。決勝で雲嶺鎮チームは石橋鎮チームを破った。雲嶺鎮チームの選手の多くは農家だ。"
    types = {c.zh: str(c.type) for c in suggest_with_source([(Document(ja, "a.ja.txt"), zh)], None) if c.verified}
    assert types.get("云岭镇") == "place" and types.get("石桥镇") == "place", types


def test_a_cue_after_a_name_without_a_suffix_still_votes():
    from textqa.glossary.name_type import votes

    assert votes(["云岭"], ["云岭队战胜了对手。"], "chinese_type_cues.tsv") == {"org": 1}
    assert votes(["云岭镇"], ["云岭镇队战胜了对手。"], "chinese_type_cues.tsv").get("org") is None
