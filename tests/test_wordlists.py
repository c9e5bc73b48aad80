"""Data lists and tables test themselves as they load; word lists are read in one place: every data/*.txt is read
through textqa.wordlists and used by some module."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT

from textqa.wordlists import word_list

SRC = ROOT / "src" / "textqa"
CODE = {p: p.read_text(encoding="utf-8") for p in SRC.rglob("*.py")}


def test_every_word_list_is_read_through_word_list_and_used():
    for path in sorted((SRC / "data").glob("*.txt")):
        words = word_list(path.name)
        assert words and all(w == w.strip() and not w.startswith("#") for w in words), path.name
        users = [p for p, code in CODE.items()
                 if any(f'{reader}("{path.name}")' in code for reader in ("word_list", "word_set", "alternation"))]
        assert users, f"data/{path.name} is read by no module"


def test_no_module_parses_a_word_list_by_hand():
    by_hand = [p.relative_to(SRC) for p, code in CODE.items()
               if re.search(r'joinpath\("data/[^"]+\.txt"\)', code) and p.name != "wordlists.py"]
    assert by_hand == []


@pytest.fixture
def data_list(tmp_path, monkeypatch):
    """Write ``data/x.txt`` with the given text where textqa.wordlists reads its lists; the list cache cleared
    before and after."""
    from textqa import wordlists

    (tmp_path / "data").mkdir()
    monkeypatch.setattr(wordlists, "package_text",
                        lambda package, *parts: tmp_path.joinpath(*parts).read_text(encoding="utf-8"))
    wordlists.word_list.cache_clear()
    wordlists.data_table.cache_clear()
    yield lambda text, name="x.txt": (tmp_path / "data" / name).write_text(text, encoding="utf-8")
    wordlists.word_list.cache_clear()
    wordlists.data_table.cache_clear()


def test_comment_and_blank_lines_are_left_out(data_list):
    from textqa import wordlists

    data_list("# a comment\n\n 株式会社 \n#\nLtd.\n")
    assert wordlists.word_list("x.txt") == ("株式会社", "Ltd.")


def test_a_list_that_repeats_an_entry_fails_as_it_loads(data_list):
    from textqa import wordlists

    data_list("株式会社\nLtd.\n# 株式会社\n株式会社 \n")
    with pytest.raises(ValueError, match="data/x.txt line 4 repeats line 1: '株式会社'"):
        wordlists.word_list("x.txt")


def test_a_phonetic_table_that_gives_a_key_twice_fails_as_it_loads():
    from textqa.phonetics.tables import _unique

    assert _unique("x.tsv", [("覃", ("qin", "tan")), ("易", ())]) == {"覃": ("qin", "tan"), "易": ()}
    with pytest.raises(ValueError, match=r"phonetics/data/x.tsv gives '易' twice"):
        _unique("x.tsv", [("易", ()), ("覃", ("qin",)), ("易", ())])


def test_a_two_column_table_reads_as_a_dict_and_tests_itself(data_list):
    """``data_table`` (data/radical_forms.tsv, data/traditional_forms.tsv): the header checked, two cells a row, a key
    once."""
    from textqa import wordlists

    header = ("radical", "kanji")
    data_list("# made by a script\nradical\tkanji\n⽇\t日\n\n⼤\t大\n", "t.tsv")
    assert wordlists.data_table("t.tsv", header) == {"⽇": "日", "⼤": "大"}
    for text, message in (("a\tb\n⽇\t日\n", "data/t.tsv:1: expected the header"),
                          ("radical\tkanji\n⽇\t日\textra\n", "data/t.tsv:2: expected two cells, not 3"),
                          ("radical\tkanji\n⽇\t日\n⽇\t曰\n", "data/t.tsv:3: repeats the key of line 2: '⽇'")):
        wordlists.data_table.cache_clear()
        data_list(text, "t.tsv")
        with pytest.raises(ValueError, match=message):
            wordlists.data_table("t.tsv", header)


def test_shipped_two_column_tables_load():
    from textqa.rules.garble.radical_character import radical_forms
    from textqa.rules.garble.traditional_character import japanese_forms

    assert radical_forms()["⽇"] == "日" and len(radical_forms()) > 200
    assert japanese_forms()["乘"] == "乗"


def test_package_text_reads_the_data_file_as_importlib_resources_does():
    """``package_text`` reads a shipped file from the package's folder (``importlib.resources`` only for a package
    that is no folder): the same text."""
    from importlib import resources

    from textqa.wordlists import package_text

    for package, parts in (("textqa", ("data", "honorifics.txt")), ("textqa.bilingual", ("data/align.toml",)),
                           ("textqa.phonetics", ("data", "surnames.tsv"))):
        assert package_text(package, *parts) == resources.files(package).joinpath(*parts).read_text(encoding="utf-8")


def test_alternation_lists_the_longest_entry_first(data_list):
    from textqa.wordlists import alternation

    data_list("字\n異体字\n# a comment\n略字\n", "alt.txt")
    alternation.cache_clear()
    try:
        assert alternation("alt.txt") == "異体字|略字|字"
    finally:
        alternation.cache_clear()
