"""NAM012 unlisted-variant: one name written two ways in one document when no glossary entry covers it (invented
text)."""
import pytest

from textqa import lint_text
from textqa.glossary.model import Entry, Glossary


def _nam012(text: str, glossary=None) -> list[tuple[str, str | None]]:
    return [(f.surface, f.suggestion) for f in lint_text(text, glossary, select=["ALL"]) if f.code == "NAM012"]


KATAKANA = "鄭明遠氏は会見で語った。鄭明遠氏によれば、ジェン・ミンユエン氏の会社は伸びている。"
HOMOPHONE = "鄭明遠氏は会見で語った。鄭明遠氏の会社は去年、鄭明元氏が興したものだ。"
LOOKALIKE = "杜徽音の詩を読んだ。杜徽音は若くして名を成し、杜微音の名は今も残る。"


@pytest.mark.parametrize("text, expected", [
    (KATAKANA, [("ジェン・ミンユエン", "鄭明遠")]),  # the Mandarin reading in katakana of a name written in kanji
    (HOMOPHONE, [("鄭明元", "鄭明遠")]),  # other kanji that read the same: the less frequent form
    (LOOKALIKE, [("杜微音", "杜徽音")]),  # one kanji swapped for a look-alike
    # the given name under another surname: the katakana spells one surname only
    ("唐雅文さんは店を開いた。客はタン・ヤーウェンさんと呼ぶ。楊雅文さんは翌年、二号店を開いた。楊雅文さんは忙しい。",
     [("タン・ヤーウェン", "唐雅文"), ("楊雅文", "唐雅文"), ("楊雅文", "唐雅文")]),
])
def test_one_name_written_two_ways(text, expected):
    assert _nam012(text) == expected


def test_info_and_message():
    [f] = [f for f in lint_text(KATAKANA, select=["NAM012"]) if f.code == "NAM012"]
    assert f.severity.value == "info"
    assert "'鄭明遠', which this document writes 2 times" in f.message


def test_a_glossary_that_lacks_the_name_does_not_silence_it():
    other = Glossary([Entry(zh="李林", ja="李林", type="person")])
    assert _nam012(HOMOPHONE, other) == [("鄭明元", "鄭明遠")]


def test_a_glossary_entry_leaves_the_name_to_the_glossary_rules():
    entry = Glossary([Entry(zh="郑明远", ja="鄭明遠", type="person")])
    findings = lint_text(KATAKANA, entry, select=["ALL"])
    assert not [f for f in findings if f.code == "NAM012"]
    assert [(f.code, f.surface) for f in findings if f.surface == "ジェン・ミンユエン"][0][0] == "NAM006"


@pytest.mark.parametrize("text", [
    # the katakana given as the reading, in brackets or right after the kanji: named both ways on purpose
    "鄭明遠（ジェン・ミンユエン）氏は会見で語った。鄭明遠氏によれば、ジェン・ミンユエン氏の会社は伸びている。",
    "鄭明遠ジェン・ミンユエン氏は会見で語った。鄭明遠氏によれば、ジェン・ミンユエン氏の会社は伸びている。",
    # a reading of the katakana inside a longer katakana word is no rendering of the name
    "鄭明遠氏は会見で語った。鄭明遠氏は、ゼンミンユエンジャパンを率いる。",
    # two kanji that read like two others are often two words or two names: left alone
    "星河市は北にある。星河市の人口は多く、興河市とは違う。",
    # two people with one given name and no katakana to tell a surname: two names
    "唐雅文さんは店を開いた。楊雅文さんは翌年、二号店を開いた。楊雅文さんは忙しい。",
    # one name written one way
    "鄭明遠氏は会見で語った。鄭明遠氏の会社は伸びている。",
])
def test_silent(text):
    assert _nam012(text) == []


def test_the_dictionarys_katakana_name_is_the_usual_japanese_one():
    # a company's katakana name the dictionary knows, beside its kanji name written more often
    text = "華為技術の本社を訪れた。華為は通信機器の大手で、ファーウェイの名で知られる。華為の社員は多い。"
    assert _nam012(text) == []


def test_opt_in():
    # not run by default nor by a prefix: only by its code or ALL
    assert not [f for f in lint_text(KATAKANA) if f.code == "NAM012"]
    assert not [f for f in lint_text(KATAKANA, select=["NAM"]) if f.code == "NAM012"]
    assert [f.code for f in lint_text(KATAKANA, select=["NAM012"])] == ["NAM012"]
    assert not [f for f in lint_text(KATAKANA, select=["NAM012"], ignore=["NAM"])]


def test_extend_select_adds_it_to_the_default_rules(tmp_path):
    from click.testing import CliRunner

    from textqa.cli import main

    path = tmp_path / "a.txt"
    path.write_text(KATAKANA, encoding="utf-8")
    plain = CliRunner().invoke(main, ["lint", "--no-progress", "--fail-on", "never", str(path)])
    extended = CliRunner().invoke(main, ["lint", "--no-progress", "--fail-on", "never", "--extend-select", "NAM012",
                                         str(path)])
    assert "NAM012" not in plain.output and "NAM012 info" in extended.output
