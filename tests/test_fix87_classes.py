"""Invented tests for the classes fixed after heldout87 and heldout-bilingual84 were scored (fix87):
- NAM004/NAM005: a window that begins with the one-character administrative suffix ending the place named right
  before it (星河|市|嵐県: ``homophone._suffix_of_the_place_before``) reads across two names, and is no sound-alike of
  a name that begins otherwise (西嵐県 by its first kanji); the same window after a particle still is;
- NAM011: 郭 and 廓, 光 and 先 are look-alikes (tests/test_lookalike_pairs_added.py);
- BIL003: a number changed in a sentence pairs with the lost number of the same measure (an area: 12亩 and 21ムー),
  not with an age left in the sentence before (48岁), so the clause that holds it is there, wrong (BIL002's), and no
  part left out (``numbers.kinship``);
- BIL003: a comment that sums up the facts before it as their proof or picture (这是…的最好证明, 这正是…的生动写照) is
  a formula an edition leaves out (bilingual/data/cuts.toml).
Each with its contrast."""
from __future__ import annotations

import pytest

from textqa.bilingual.numbers import changed, quantities
from textqa.rules.bilingual.omitted_sentence import formula

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n西岚县\t西嵐県\tplace\t\t\t\t\n"


def test_a_window_that_begins_with_the_suffix_of_the_place_before_is_no_soundalike(warnings):
    assert warnings("西嵐県は茶の産地だ。トキは星河市嵐県で見つかった。") == []


def test_the_same_window_after_a_particle_is_still_read(warnings):
    assert warnings("西嵐県は茶の産地だ。トキは星河市内の市嵐県で見つかった。") == [("NAM005", "市嵐県")]


def test_a_changed_number_pairs_with_the_lost_number_of_its_measure():
    lost = quantities("她今年48岁，家里有12亩茶园，全部种上了新品种。")
    extra = quantities("21ムーの茶園は、すべて新しい品種に植え替えられた。")
    assert [(a.surface, b.surface) for a, b in changed(lost, extra)] == [("12", "21")]


def test_a_changed_age_still_pairs_with_the_lost_age():
    lost = quantities("她今年48岁，家里有12亩茶园。")
    extra = quantities("彼女は今年84歳だ。")
    assert [(a.surface, b.surface) for a, b in changed(lost, extra)] == [("48", "84")]


@pytest.mark.parametrize("comment", ["这是星河湿地生态持续向好的最好证明", "这正是乡村振兴的生动写照"])
def test_a_summing_comment_is_a_formula(comment):
    assert formula(comment)


@pytest.mark.parametrize("fact", ["这是全县第一家合作社", "这是去年的三倍"])
def test_a_fact_said_with_zhe_shi_is_no_formula(fact):
    assert not formula(fact)
