"""Invented tests for the class fixed after heldout86 and heldout-bilingual83 were scored (fix89):
- NAM011: 木 and 朮 (a tree and the same tree with a dot on its upper right) are look-alikes (PAIRS of
  scripts/make_lookalike_table.py; tested in tests/test_lookalike_pairs_added.py).
- Name suffixes: Japanese titles of a station, an office, a desk or a shop (駅長, 署長, 係長, 支店長, 編集長 and
  the like) among a person's name suffixes (phonetics/data/name_context.tsv), so a look-alike before one is a
  person's name with a title, not a station's or an office's name read on past it (a slip of the surname before
  駅長 was info before, heldout86).
With its contrast: a place's suffix alone (駅, a station) still reads the window as part of a longer name."""
from __future__ import annotations

import pytest

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n薛明远\t薛明遠\tperson\t\t\t\t\n"


@pytest.mark.parametrize("title", ["駅長", "署長", "係長", "支店長", "編集長"])
def test_a_japanese_title_after_the_name_is_a_name_suffix(warnings, title):
    """A title written right after a person's name (駅長, a station master; 署長, the head of a police or tax office;
    係長, 支店長, 編集長: data/name_context.tsv) is a name suffix: the surname's look-alike (薩 for 薛) is a warning."""
    assert warnings(f"薛明遠さんは駅で働く。薩明遠{title}は話した。") == [("NAM011", "薩明遠")]


def test_a_station_after_the_name_is_no_title(warnings):
    """駅 alone (a station named after the window) is no title: the look-alike stays below a warning."""
    assert warnings("薛明遠さんは駅で働く。薩明遠駅の話を聞いた。") == []
