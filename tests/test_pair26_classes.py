"""Classes of false findings met on a third round of real published Japanese editions of Chinese articles
(docs/accuracy.md, "Real published pairs, third round"), each with an invented pair or text of the same shape."""
from __future__ import annotations

import pytest

from textqa.bilingual.pair import attach_source
from textqa.document import Document


def _lint(tmp_path, zh: str, ja: str):
    from textqa import Linter
    from textqa.runner import lint_one

    (tmp_path / "g.tsv").write_text("zh\tja\ttype\treading\taccept\treject\tnote\n", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text(ja, encoding="utf-8")
    findings, _, _ = lint_one(Linter(str(tmp_path / "g.tsv")), str(tmp_path / "a.ja.txt"), None,
                              str(tmp_path / "a.zh.txt"))
    return findings


def _warned(findings, code: str) -> list:
    from textqa.findings import Severity

    return [f for f in findings if f.code == code and f.severity >= Severity.WARNING]


# The edition's source line: the outlet and the date the item was published under, a paragraph of its own that
# translates nothing. Counted as a translated paragraph with no source, it halved the mean fit of a one-paragraph item
# ("no content in common") and took sentence links (a date's numbers compared with a source sentence's).
@pytest.mark.parametrize("line, expected", [
    ("「星川網日本語版」2024年3月1日", True),
    ("(青禾網日本語)", True),
    ("「青禾国際放送局日本語版」 2023年10月16日", True),
    ("「星川網(チャイナネット)」 2022年5月6日", True),
    ("（編集KS）", True),  # a credit, as before
    ("星川網日本語版が伝えた。", False),  # a sentence that names the edition
    ("日本語版の特徴", False),  # a heading with hiragana
    ("菜の花畑では毎年春に祭りが開かれる。", False),
])
def test_an_editions_source_line_is_a_byline(line, expected):
    from textqa.bilingual.terms import byline

    assert byline(line) is expected


LAKE_ZH = "青禾湖保护区今年共救护野生鸟类126只，其中国家重点保护鸟类38只，救护成功率达到九成以上。\n"
LAKE_JA = ("青禾湖保護区では今年、野生の鳥126羽を救護し、うち国の重点保護鳥類は38羽で、救護の成功率は9割を超えた。\n"
           "「星川網日本語版」2024年3月1日\n")


def test_the_source_line_is_left_out_of_the_alignment(tmp_path):
    bitext = attach_source(Document(LAKE_JA, "t.ja.txt"), Document(LAKE_ZH, "s.zh.txt"))
    linked = [bitext.target.slice(link.target_span) for link in bitext.alignment.paragraphs if link.target]
    assert linked and not any("星川網" in text for text in linked)
    findings = _lint(tmp_path, LAKE_ZH, LAKE_JA)
    assert not [f for f in findings if f.code in ("BIL002", "BIL003", "BIL006")]


# A page's headline, one paragraph a line, runs on into the first paragraph (it ends with no full stop): its names and
# numbers were read as the first sentence's, and a translation that drops or rewrites the headline lost them.
HEADED_ZH = ("青禾湖保护区成立20周年 今年救护野生鸟类126只\n"
             "本报讯 青禾湖保护区今年共救护野生鸟类126只，其中国家重点保护鸟类38只，救护成功率达到九成以上。"
             "保护区负责人表示，明年将新建一座鸟类救护站。\n")
HEADED_JA = ("青禾湖保護区では今年、野生の鳥126羽を救護し、うち国の重点保護鳥類は38羽で、救護の成功率は9割を超えた。"
             "保護区の責任者は、来年新たに鳥類救護ステーションを1カ所建設すると述べた。\n")


def test_a_headline_run_into_the_first_paragraph_is_a_sentence_of_its_own():
    from textqa.bilingual.align import heading_ends

    first = HEADED_ZH.split("\n")[0]
    assert heading_ends(HEADED_ZH) == [len(first) + 1]
    # a line broken off mid-sentence in a hard-wrapped text is no heading: the line below is no longer than it
    assert heading_ends("青禾湖保护区今年共救护野生鸟类126只，其中国家\n重点保护鸟类38只。") == []


def test_a_dropped_headline_is_no_omission(tmp_path):
    findings = _lint(tmp_path, HEADED_ZH, HEADED_JA)
    assert not _warned(findings, "BIL003")


def test_a_dropped_sentence_after_the_headline_is_still_reported(tmp_path):
    ja = "青禾湖保護区では今年、野生の鳥126羽を救護し、うち国の重点保護鳥類は38羽で、救護の成功率は9割を超えた。\n"
    zh = HEADED_ZH.replace("明年将新建一座鸟类救护站", "明年将投入350万元新建3座鸟类救护站")
    assert _warned(_lint(tmp_path, zh, ja), "BIL003")


# Two quarters are six months: an edition that counts the period in months keeps the number.
@pytest.mark.parametrize("ja, changed", [
    ("消費税率の引き上げ後、経済は6カ月連続でマイナス成長に陥った。", False),
    ("消費税率の引き上げ後、経済は2四半期連続でマイナス成長に陥った。", False),
    ("消費税率の引き上げ後、経済は3カ月連続でマイナス成長に陥った。", True),
])
def test_quarters_compare_as_months(tmp_path, ja, changed):
    zh = "上调消费税率后，经济连续两个季度陷入负增长。\n"
    assert bool(_warned(_lint(tmp_path, zh, ja + "\n"), "BIL002")) is changed


# A middle dot between digits before a percent sign or ポイント is a decimal point in Japanese newspapers.
def test_a_middle_dot_decimal_point():
    from textqa.bilingual.numbers import quantities

    assert [q.value for q in quantities("増加率は前年に比べ1・7ポイント低下した")] == [quantities("1.7个百分点")[0].value]
    assert [str(q.value) for q in quantities("前年同月比22・8%増")] == ["57/250"]
    assert [str(q.value) for q in quantities("3・11の記憶")] == ["3", "11"]  # a date's name, no decimal
    assert [str(q.value) for q in quantities("1・2月の販売")] == ["1", "2"]  # two months


def test_a_middle_dot_decimal_is_the_sources_number(tmp_path):
    zh = "外来人口增速为2%，比上年回落1.7个百分点。\n"
    ja = "外来人口の増加率は2%で、前年に比べ1・7ポイント低下した。\n"
    assert not _warned(_lint(tmp_path, zh, ja), "BIL002")


# A festival glossed in parentheses with its date (春節(旧正月、今年は2月5日)): the edition's note for its readers.
def test_a_festivals_date_in_parentheses_is_a_readers_note(tmp_path):
    from textqa.bilingual.numbers import quantities

    assert quantities("青禾基地の赤ちゃんパンダが春節(旧正月、今年は2月5日)の挨拶をした。") == []
    assert [str(q.value) for q in quantities("春节(2月5日)")] == ["2", "5"]  # Chinese: no gloss
    zh = "青禾县春节期间接待游客12万人次，实现旅游收入3亿元。\n"
    ja = "青禾県は春節(旧正月、今年は2月10日)期間中に観光客延べ12万人を受け入れ、観光収入は3億元に達した。\n"
    assert not _warned(_lint(tmp_path, zh, ja), "BIL002")


# The source outlet's dateline clause, its reporter and the report it relays: an edition credits its own way.
@pytest.mark.parametrize("clause, expected", [
    ("青禾网北京9月27日消息(记者柯文)据青禾广播电视台《晚间新闻》报道，", True),
    ("青禾日报3月5日电", True),
    ("据报道，", True),
    ("据介绍，", False),  # what follows is the text
    ("6月22日上午，", False),
    ("我们在北京9月27日见面", False),
])
def test_a_dateline_clause(clause, expected):
    from textqa.rules.bilingual.omitted_sentence import dateline

    assert dateline(clause) is expected


def test_a_dropped_dateline_clause_is_no_omission(tmp_path):
    zh = ("青禾网北京9月27日消息(记者柯文)据青禾广播电视台《晚间新闻》报道，青禾县今年新建乡村公路126公里，"
          "改造危桥12座，惠及沿线38个村庄的5万多名村民。青禾县交通运输局局长柯文海表示，明年将再建公路80公里。\n")
    ja = ("青禾県は今年、農村道路126キロを新設し、危険な橋12カ所を改造し、沿線の38の村の村民5万人余りが"
          "恩恵を受けた。青禾県交通運輸局の柯文海局長は、来年さらに道路80キロを建設すると述べた。\n")
    assert not _warned(_lint(tmp_path, zh, ja), "BIL003")
