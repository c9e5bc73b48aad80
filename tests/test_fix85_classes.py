"""Invented tests for the classes fixed after heldout80 and heldout-bilingual77 were scored (fix85):
- NAM011: 田 and 申 (one stroke through the frame) and 司 and 同 (the same frame round another small part) are
  look-alikes (PAIRS of scripts/make_lookalike_table.py; tested in tests/test_lookalike_pairs_added.py).
- NAM011 before NAM005: a name's kanji written with a common kanji of the same last part beside another radical
  (data/kanji_last_parts.tsv: 銅 for 洞) and read a syllable off was misread by eye, the part that gives both their
  sound read right and the familiar kanji the eye falls back on (``lookalike._familiar_of_one_last_part``, as
  ``_familiar_of_one_core`` reads a kanji of one core), for a place, an organisation and a person alike (refined by
  fix88: the first version took a rare kanji too, 碚 for 培, which earlier fixes had left to the ear).
- GRB009: a katakana word split where the part after the space begins with a letter no word begins with
  (ドロ ーン) is mended by joining it, not by a ・.
With their contrasts: a kanji read a syllable off that shares no part with the name's, and a rare kanji of its last
part read a confusable slip apart (碚 pei for 培 bei), stay near-homophones (NAM005); two words split by a space are
still offered ・."""
from __future__ import annotations

import pytest

from textqa import lint_text

from lint_helpers import parsed

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "石洞乡\t石洞郷\tplace\t\t\t\t\n洞元茶社\t洞元茶社\torg\t\t\t\t\n"
            "梁洞远\t梁洞遠\tperson\t\t\t\t\n培元茶社\t培元茶社\torg\t\t\t\t\n")


@pytest.mark.parametrize("right, written", [("石洞郷は山の村だ。", "石銅郷"), ("洞元茶社は古い。", "銅元茶社"),
                                            ("梁洞遠さんは農家だ。", "梁銅遠")])
def test_a_kanji_of_one_last_part_read_a_syllable_off_is_a_lookalike(warnings, right, written):
    assert warnings(f"{right}{written}の話を聞いた。") == [("NAM011", written)]


@pytest.mark.parametrize("right, written", [("石洞郷は山の村だ。", "石通郷"), ("培元茶社は古い。", "碚元茶社")])
def test_a_kanji_sharing_no_part_or_a_rare_one_read_a_slip_apart_stays_a_near_homophone(warnings, right, written):
    assert warnings(f"{right}{written}の話を聞いた。") == [("NAM005", written)]


def _split_fixes(text: str) -> list[tuple[str, str]]:
    return [(text[f.span.start:f.span.end], f.suggestion) for f in lint_text(text, parsed(GLOSSARY))
            if f.code == "GRB009"]


def test_a_word_split_before_a_letter_no_word_begins_with_is_joined():
    assert _split_fixes("畑をドロ ーンで撮った。") == [("ドロ ーン", "ドローン")]


def test_two_words_split_by_a_space_are_still_offered_the_middle_dot():
    assert _split_fixes("ジョン スミスが来た。") == [("ジョン スミス", "ジョン・スミス")]
