"""Invented tests for the classes fixed after heldout76 and heldout-bilingual73 were scored (fix76):
- NAM011: 千 and 于 (a slanted top stroke or a flat one over the same hooked cross) and 手 and 毛 (the long stroke's
  hook turned the other way under the same crossbars) are look-alikes (PAIRS of scripts/make_lookalike_table.py, so
  data/lookalike_kanji.tsv; tested with the other fixes' pairs in tests/test_lookalike_pairs_added.py);
- BIL003: the documents or instructions a notice follows (根据省、市有关文件精神, 按照县政府统一部署: a `formulas` entry
  of bilingual/data/cuts.toml) are a formula a translated notice leaves out.
Each with its contrast."""
from __future__ import annotations

import pytest

from textqa.rules.bilingual.omitted_sentence import formula


@pytest.mark.parametrize("clause", ["根据省、市有关文件精神，", "按照县政府统一部署，", "依据有关规定，"])
def test_the_documents_a_notice_follows_are_a_formula(clause):
    assert formula(clause)


@pytest.mark.parametrize("clause", ["根据统计，", "根据气象部门预报，", "根据县政府要求，全县停课三天。"])
def test_a_source_of_facts_or_the_measure_itself_is_no_formula(clause):
    assert not formula(clause)
