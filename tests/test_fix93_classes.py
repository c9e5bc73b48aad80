"""Invented tests for the classes fixed after heldout93, heldout94 and heldout-bilingual91 were scored (fix93):
- NAM011: 文 and 父, 群 and 郡 (after heldout93), 由 and 甲, 岳 and 兵, 灘 and 難 (after heldout94) are look-alikes
  (PAIRS of scripts/make_lookalike_table.py; tested in tests/test_lookalike_pairs_added.py, rows fix93 and fix93b).
- BIL005: a clause left in Chinese inside a translated sentence, in characters Japanese writes too (no simplified-only
  character, so no GRB001): a run of kanji written as in its source sentence, long enough
  (bilingual/data/align.toml `untranslated-clause`) and holding a character of Chinese grammar (在: data/
  chinese_grammar_chars.txt).
With its contrasts: a Japanese compound copied from the source, a short run and a run the source does not hold stay
silent."""
from __future__ import annotations

import pytest

from lint_helpers import pair_warnings

PAIR_GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n星河镇\t星河鎮\tplace\t\t\t\t\n"
ZH = "星河镇的老人们说：“我们白天去湖边钓鱼，周末在山上看日出，日子过得很舒服。”"
JA = "星河鎮のお年寄りたちは「昼は湖で釣りをし、{}、とても快適に暮らしています」と話す。"


@pytest.fixture
def untranslated(tmp_path):
    return pair_warnings(tmp_path, PAIR_GLOSSARY, ("BIL005", "GRB001"))


def test_a_clause_left_in_chinese_is_reported(untranslated):
    assert untranslated([ZH], [JA.format("周末在山上看日出")]) == ["BIL005"]


@pytest.mark.parametrize("clause", [
    "週末は山で日の出を見て",  # translated
    "周末在山上",  # a run shorter than untranslated-clause
    "周末山上看日出",  # not in the source as it is written
])
def test_translated_or_short_clauses_stay_silent(untranslated, clause):
    assert untranslated([ZH], [JA.format(clause)]) == []


@pytest.mark.parametrize("name", ["星河市青少年助学基金会", "星河市蜀香坊食品有限公司"])
def test_an_organisations_name_kept_as_in_its_source_stays_silent(untranslated, name):
    zh = f"{name}今年向全县中小学捐赠了图书。"
    ja = f"{name}は今年、県内の小中学校に図書を寄贈した。"
    assert untranslated([zh], [ja]) == []


def test_a_japanese_compound_copied_from_its_source_stays_silent(untranslated):
    zh = "北京大学中文系主任说，今年将新建两个实验室。"
    ja = "北京大学中文系主任によると、今年は実験室を二つ新設する。"  # nine kanji as in the source, no grammar
    assert untranslated([zh], [ja]) == []
