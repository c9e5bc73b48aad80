"""One invented test per class fixed after the scoring of heldout44 (lk44), each with its contrasts: a look-alike
before a word a person is called by after the name (老人, 翁, 女史: a name suffix, so not 'embedded' in a longer run
of kanji and no longer info), where a common noun after it leaves it info; and a person's given-name kanji written
with another kanji of one enclosing frame (囗 drawn round the other part on every side: 圃 for 図, 団 for 園) read a
syllable off, a look-alike (NAM011) where it was a near-homophone (NAM005), where a frame open on a side (广: 府 for
度) stays the near-homophone's."""
from __future__ import annotations

import pytest

from conftest import lint_findings

# (zh, ja, note) of invented persons
PERSONS = (("葛末吉", "葛末吉", "boatman"), ("孟图南", "孟図南", "farmer"), ("柴园平", "柴園平", "gardener"),
           ("范度成", "范度成", "clerk"))
GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n" + "".join(
    f"{zh}\t{ja}\tperson\t\t\t\t{note} (invented)\n" for zh, ja, note in PERSONS)


@pytest.mark.parametrize("text, found", [
    ("葛末吉さんは港に出た。葛未吉老人の船は古い。", [("NAM011", "warning", "葛未吉")]),  # 未 for 末 before 老人
    ("葛末吉さんは港に出た。葛未吉翁が網を繕う。", [("NAM011", "warning", "葛未吉")]),
    ("葛末吉さんは港に出た。葛未吉女史の船は古い。", [("NAM011", "warning", "葛未吉")]),
    ("葛末吉さんは港に出た。葛未吉漁港の船は古い。", [("NAM011", "info", "葛未吉")]),  # a common noun after it
])
def test_a_lookalike_before_a_word_a_person_is_called_by(text, found):
    assert lint_findings(text, GLOSSARY) == found


@pytest.mark.parametrize("text, found", [
    ("孟図南さんは畑に出た。孟圃南さんは種をまいた。", [("NAM011", "warning", "孟圃南")]),  # 圃 pu for 図 tu, both 囗 round
    ("柴園平さんは庭に出た。柴団平さんは木を植えた。", [("NAM011", "warning", "柴団平")]),  # 団 tuan for 園 yuan
    ("范度成さんは役所に出た。范府成さんは書類を出した。", [("NAM005", "warning", "范府成")]),  # 广 open on a side
])
def test_one_enclosing_frame_read_a_syllable_off_is_a_lookalike(text, found):
    assert lint_findings(text, GLOSSARY) == found


def test_the_enclosing_frame_is_the_tables_full_surround():
    from textqa.mentions.lookalike import _one_enclosure

    assert _one_enclosure("圃", "図") and _one_enclosure("団", "園")
    assert not _one_enclosure("府", "度") and not _one_enclosure("間", "聞") and not _one_enclosure("圃", "浦")
