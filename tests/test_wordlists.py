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
        users = [p for p, code in CODE.items() if f'word_list("{path.name}")' in code]
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
    monkeypatch.setattr(wordlists.resources, "files", lambda package: tmp_path)
    wordlists.word_list.cache_clear()
    yield lambda text: (tmp_path / "data" / "x.txt").write_text(text, encoding="utf-8")
    wordlists.word_list.cache_clear()


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
