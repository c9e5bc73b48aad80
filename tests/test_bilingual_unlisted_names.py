"""BIL007 lists the source's names that the glossary lacks, not the everyday words jieba tags as places or proper
nouns (invented pair)."""
from __future__ import annotations

import pytest

from textqa import Linter
from textqa.runner import lint_one

ZH = "今年海关查获了一批象牙制品，这些货物原本要运往青海和甘肃的市场。\n\n邯郸的工厂也在力争扩大出口，城南新开了一家工厂。\n"
JA = ("今年、税関は象牙製品を押収した。これらの貨物はもともと青海と甘粛の市場に運ばれる予定だった。\n\n"
      "邯鄲市の工場も輸出拡大に努めており、町の南に新しい工場が開かれた。\n")


@pytest.fixture
def unlisted(tmp_path):
    (tmp_path / "g.tsv").write_text("zh\tja\ttype\n", encoding="utf-8")

    def lint(zh: str, ja: str) -> list[str]:
        (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
        (tmp_path / "a.ja.txt").write_text(ja, encoding="utf-8")
        linter = Linter(str(tmp_path / "g.tsv"), select=["BIL007"])
        findings, _, _ = lint_one(linter, str(tmp_path / "a.ja.txt"), None, str(tmp_path / "a.zh.txt"))
        return sorted(f.message.split()[2] for f in findings if f.code == "BIL007")
    return lint


def test_everyday_words_tagged_as_names_are_not_listed(unlisted):
    # 海关 (税関), 象牙, 城南 (ns) and 力争 (nz) are words the Japanese dictionary knows as common nouns: not listed;
    # 青海 is one too (アオウミ) but stands in a list with 甘肃, and 邯郸 (邯鄲, a word too) is written 邯鄲市
    assert unlisted(ZH, JA) == ["甘肃", "邯郸", "青海"]


def test_without_the_evidence_of_a_name_a_dictionary_word_is_not_listed(unlisted):
    ja = JA.replace("邯鄲市", "邯鄲")  # no place suffix after it in the translation
    zh = ZH.replace("青海和甘肃", "青海")  # no list of names around it in the source
    assert unlisted(zh, ja.replace("青海と甘粛", "青海")) == []


def test_a_name_written_in_katakana_by_its_mandarin_reading_is_rendered_by_it(tmp_path):
    """A person the translation spells in katakana by the name's Mandarin reading (チョウ・ミンユエン for 周明远) was
    'no rendering of it found'; the note now names the reading it is rendered by, and only a katakana word that is
    not the name's reading still leaves it without one (invented pair)."""
    (tmp_path / "g.tsv").write_text("zh\tja\ttype\n", encoding="utf-8")

    def messages(ja: str) -> list[str]:
        (tmp_path / "a.zh.txt").write_text("周明远说，公司今年将扩大出口。\n", encoding="utf-8")
        (tmp_path / "a.ja.txt").write_text(ja, encoding="utf-8")
        linter = Linter(str(tmp_path / "g.tsv"), select=["BIL007"])
        findings, _, _ = lint_one(linter, str(tmp_path / "a.ja.txt"), None, str(tmp_path / "a.zh.txt"))
        return [f.message for f in findings if "周明远" in f.message]

    assert messages("チョウ・ミンユエン氏は、会社は今年輸出を拡大すると述べた。\n") == [
        "source name 周明远 (person) is not in the glossary; rendered by its reading in katakana 'チョウ・ミンユエン'"]
    assert messages("周明遠氏は、会社は今年輸出を拡大すると述べた。\n") == [
        "source name 周明远 (person) is not in the glossary; rendered '周明遠'"]
    assert messages("マイケル氏は、会社は今年輸出を拡大すると述べた。\n") == [
        "source name 周明远 (person) is not in the glossary; no rendering of it found in the aligned sentence"]


def test_everyday_words_jiebas_dictionary_tags_as_persons_are_not_listed(unlisted):
    # jieba's dictionary tags 望远镜 (望遠鏡) and 安静 nr: common nouns of the Japanese dictionary, no persons; 邵长青,
    # a person's name the dictionary has no word for, is listed
    zh = "护林员邵长青背着望远镜上山，林子里很安静。\n"
    ja = "森林保護員の邵長青さんは双眼鏡を背負って山に登った。林の中はとても静かだ。\n"
    names = unlisted(zh, ja)
    assert "邵长青" in names and not {"望远镜", "安静"} & set(names)
