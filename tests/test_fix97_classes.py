"""Invented tests for the classes fixed after heldout97 and heldout-bilingual94 were scored (fix97):
- NAM011: a frame of many strokes that surrounds its inside from the top (門) and a character that holds a small part
  within it (閏, 閑, 開) look alike (scripts/make_lookalike_table.py's ``framed``, so data/lookalike_kanji.tsv): the
  frame is most of the character, and a glance fills the gap.
- BIL003: the clauses of a translation that no source clause is anchored to render every clause anchored nowhere
  between the same neighbours, not only the run the length points at: one such clause of the translation cannot
  stand for two clauses of the source (a free rendering of the one before leaves none for the last one, dropped).
- BIL003: a sentence is measured short at the rate the translation renders its sentences (a translation fuller than
  the model's makes a little shortfall telling) for a clause its length points at, as it already was for a clause
  its neighbours leave no room for; a comma between two digits (2、3元, two or three yuan) parts no clauses of the
  translation.
- BIL003: a clause whose kanji a neighbouring clause of the translation holds, beyond the clauses anchored there, is
  merged into it (今は町の工場で働いて月収…を得ている: tests/test_bilingual_rules.py) only where that clause is as long
  as a rendering of both: a kanji by coincidence (改装 beside a lost 装上了路灯) hides no clause the length says is lost.
With contrasts: the right names and words with the frame kanji stay silent, and a translation that renders each
clause (freely, sharing no kanji with it) stays silent."""
from __future__ import annotations

import pytest

from lint_helpers import pair_findings, parsed, warnings
from textqa.mentions.lookalike import lookalikes

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n"


@pytest.mark.parametrize("inside", ["閏", "閑", "開", "閉", "閃", "悶"])
def test_the_frame_and_a_character_with_a_small_part_in_it_look_alike(inside):
    assert inside in lookalikes()["門"] and "門" in lookalikes()[inside]


def test_a_large_part_inside_the_frame_is_no_look_alike_of_it():
    assert "聞" not in lookalikes()["門"]  # 耳, six strokes, fills the frame


NAMES = parsed(GLOSSARY + "门志远\t門志遠\tperson\t\t\t\t\n石门镇\t石門鎮\tplace\t\t\t\t\n")


def test_names_with_the_frame_filled_are_look_alikes():
    text = "門志遠さんは石門鎮で茶を作る。閑志遠さんの畑は石閏鎮の川沿いにある。"
    assert warnings(text, NAMES) == [("NAM011", "閑志遠"), ("NAM011", "石閏鎮")]


def test_the_right_names_and_words_with_the_frame_stay_silent():
    text = "門志遠さんは石門鎮で茶を作る。開店の時間を問い合わせ、閑散とした店の門を閉じた。"
    assert warnings(text, NAMES) == []


PAIR_GLOSSARY = GLOSSARY + "星河镇\t星河鎮\tplace\t\t\t\t\n邵长青\t邵長青\tperson\t\t\t\t\n"
ZH = ["星河镇的渡口茶棚",
      "星河镇位于县城东部，镇上的老渡口已有一百多年历史。",
      "邵长青在渡口边搭了几间草棚，路过的人可以进去歇歇脚，一壶两三块钱的粗茶能喝上一整天。",
      "每年春天，镇里都会请县里的师傅来讲课，教大家炒茶和包装。邵长青几乎每次都去，笔记记了厚厚几本，回家后再讲给邻居们听。",
      "邵长青说，明年还想在渡口边再开一家小面馆。"]
JA = ["星河鎮の渡し場の茶小屋",
      "星河鎮は県城の東部に位置し、鎮の古い渡し場には100年以上の歴史がある。",
      "邵長青さんは渡し場のそばにわらぶきの小屋を数棟建て、2、3元の素朴なお茶1杯で一日中ゆっくりできるようにしている。",
      "毎年春になると、鎮は県の職人を招いて講習会を開き、茶の炒り方や包装を教えてもらっている。"
      "邵長青さんはほぼ毎回参加し、メモはノート数冊になった。",
      "邵長青さんは、来年は渡し場のそばに小さな麺料理店も開きたいと話す。"]
WHOLE = [*JA[:2],
         "邵長青さんは渡し場のそばにわらぶきの小屋を数棟建て、通りがかりの人も立ち寄って休めるようにしていて、"
         "2、3元の素朴なお茶1杯で一日中ゆっくりできる。",
         JA[3].replace("メモはノート数冊になった。", "メモはノート数冊になり、帰宅後は近所の人たちにも伝えている。"),
         JA[4]]


def _omitted(tmp_path, ja, zh=ZH):
    from textqa.findings import Severity

    (tmp_path / "g.tsv").write_text(PAIR_GLOSSARY, encoding="utf-8")
    return [(f.line, f.message.split("「")[1].split("」")[0]) for f in pair_findings(tmp_path, zh, ja)
            if f.code == "BIL003" and f.severity >= Severity.WARNING]


FULLER = "星河鎮は県城の東部に位置しており、鎮にある古い渡し場には100年以上にわたる長い歴史がある。"


@pytest.mark.parametrize("opening, notes", [(JA[1], "メモはノート数冊になった。"),
                                            (FULLER, "メモはノート数冊分になった。")])
def test_a_clause_lost_beside_a_free_rendering_of_another_is_reported(tmp_path, opening, notes):
    # the second: short only at the rate of a translation that renders its sentences fuller than the model's
    ja = [JA[0], opening, JA[2], JA[3].replace("メモはノート数冊になった。", notes), JA[4]]
    assert _omitted(tmp_path, ja) == [(7, "回家后再讲给邻居们听。")]


def test_every_clause_rendered_freely_stays_silent(tmp_path):
    assert _omitted(tmp_path, WHOLE) == []


@pytest.mark.parametrize("text, pieces", [("小屋を建て、2、3元の茶を出す。", 2), ("茶を摘み、炒り、包む。", 3),
                                          ("二つ、三つ。", 2)])
def test_a_comma_between_two_digits_parts_no_clauses(text, pieces):
    from textqa.rules.bilingual.omitted_sentence import PIECE_END

    assert len(PIECE_END.findall(text)) == pieces


BRIDGE_ZH = [*ZH[:4], "去年，镇里把渡口边的旧桥全部修成了石拱桥，还在桥头装上了路灯和护栏。邵长青说，明年还想在渡口边再开一家小面馆。"]


@pytest.mark.parametrize("verb", ["改装した", "改修した"])
def test_a_kanji_of_a_lost_clause_in_its_neighbour_by_coincidence_hides_nothing(tmp_path, verb):
    ja = [*WHOLE[:4], f"昨年、鎮は渡し場のそばの古い橋をすべて石造りのアーチ橋に{verb}。" + JA[4]]
    assert _omitted(tmp_path, ja, BRIDGE_ZH) == [(9, "还在桥头装上了路灯和护栏。")]
