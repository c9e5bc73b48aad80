"""Classes of false findings met on real published Japanese editions of Chinese articles (docs/accuracy.md, "Real
published pairs"), each with an invented pair of the same shape."""
from __future__ import annotations

import pytest

from textqa.bilingual.pair import attach_source
from textqa.document import Document
from textqa.errors import InputError

# A news release of four paragraphs; the edition renders its first paragraph only, as editions of a short item do.
RELEASE = ("5月8日，青禾至石湾城际铁路正式开通运营，两地之间最快38分钟可达，沿线6个县区结束了不通铁路的历史。\n"
           "青石城际铁路全长86公里，设计时速200公里，全线共设青禾东、柳塘、石湾北等7座车站，其中青禾东站为既有车站。\n"
           "开通运营首日，铁路部门安排开行动车组列车6对，7月1日调整运行图后将增至14对。\n"
           "青石城际铁路是省内“三纵两横”城际铁路网的重要组成部分，对带动沿线文旅产业发展具有重要意义。\n")
LEAD = ("青禾と石湾を結ぶ都市間鉄道が8日に開通し、両地は最短38分で結ばれた。沿線の6つの県・区で初めて鉄道が通った。\n")


def test_an_edition_that_renders_only_the_first_paragraph_is_a_pair():
    # the three paragraphs left out counted 0 in the mean fit of the paragraph links: a third of the links' fit was
    # read as "no content in common", and the edition went unchecked
    bitext = attach_source(Document(LEAD, "t.ja.txt"), Document(RELEASE, "s.zh.txt"))
    assert [link.target for link in bitext.alignment.paragraphs if link.source and link.target]


def test_an_unrelated_translation_is_still_refused():
    other = ("湖畔の図書館が改装を終え、10日から再び開館した。閲覧席は120席に増え、子ども向けの読書室も新設された。\n")
    with pytest.raises(InputError, match="no content in common"):
        attach_source(Document(other, "t.ja.txt"), Document(RELEASE, "s.zh.txt"))



@pytest.mark.parametrize("added, reported", [
    ("（編集KS）", False),  # the editor's tag that ends each item of an edition
    ("(記者 柯文濤)", False),
    ("菜の花畑では毎年春に祭りが開かれる。", True),  # a sentence with no source is still reported
    ("（菜の花畑では毎年春に祭りが開かれる）", True),  # ... in parentheses too
    ("（編集部注：面積は県の発表による）", True),  # an editor's note is text with no source
])
def test_an_editions_credit_line_is_no_added_text(tmp_path, added, reported):
    from textqa import Linter
    from textqa.runner import lint_one

    (tmp_path / "g.tsv").write_text("zh\tja\ttype\treading\taccept\treject\tnote\n", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text("青禾县今年的油菜种植面积达到12万亩，比去年增加了两成。\n", encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text(f"青禾県の今年の菜の花の作付面積は12万ムーに達し、前年より2割増えた。{added}\n",
                                       encoding="utf-8")
    findings, _, _ = lint_one(Linter(str(tmp_path / "g.tsv")), str(tmp_path / "a.ja.txt"), None,
                              str(tmp_path / "a.zh.txt"))
    assert any(f.code == "BIL006" for f in findings) == reported
