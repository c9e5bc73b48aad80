"""Invented tests for the class fixed after heldout85 and heldout-bilingual82 were scored (fix86):
- NAM011: 広 and 応 (the same 广 over another small part) and 馬 and 焉 (the same four dots under another top) are
  look-alikes (PAIRS of scripts/make_lookalike_table.py; tested in tests/test_lookalike_pairs_added.py).
- Name suffixes: titles of co-operatives and Chinese offices (組合長, 科長, 処長, 庁長, 司長, 站長, 組長 and their
  deputies, 党委書記, 支部書記) among a person's name suffixes (phonetics/data/name_context.tsv), so a look-alike
  before one is a name, not part of a longer run of kanji (譚広福組合長 for 譚応福, heldout85: info before).
With its contrast: a word that is no title still embeds it."""
from __future__ import annotations

import pytest

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n林广才\t林広才\tperson\t\t\t\t\n"


@pytest.mark.parametrize("title", ["組合長", "副組合長", "科長", "処長"])
def test_a_title_after_the_name_is_a_name_suffix(warnings, title):
    """A title written right after a person's name (組合長, the head of a co-operative; 科長 and 処長, a section's and a
    division's heads in Chinese offices: data/name_context.tsv) is a name suffix: the look-alike is a name, not part
    of a longer run of kanji."""
    assert warnings(f"林広才さんは茶を作る。林応才{title}は話した。") == [("NAM011", "林応才")]


def test_a_word_after_the_name_that_is_no_title_still_embeds_it(warnings):
    """組合 alone (the co-operative, no title) goes on the run of kanji: no name suffix, the look-alike not a warning."""
    assert warnings("林広才さんは茶を作る。林応才組合の話を聞いた。") == []
