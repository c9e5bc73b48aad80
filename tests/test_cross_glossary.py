"""Precision across glossaries: correct Japanese stays silent whichever glossary it is checked against."""
from __future__ import annotations

import pytest

from textqa import Linter

from conftest import GLOSSARY, ROOT

GLOSSARIES = [GLOSSARY] + [ROOT / "tests" / d / "glossary.tsv" for d in ("corpus", "heldout", "heldout2")]
CLEAN = [ROOT / "tests" / d / "articles" / "clean-control.ja.txt" for d in ("corpus", "heldout", "heldout2")]


@pytest.mark.parametrize("glossary", [g for g in GLOSSARIES if g.exists()], ids=lambda p: p.parent.name)
def test_clean_controls_have_no_name_warnings(glossary):
    linter = Linter(str(glossary))
    warned = [(f.path, f.line, f.code, f.surface) for path in CLEAN if path.exists()
              for f in linter.lint_file(str(path)) if f.code.startswith("NAM") and f.severity.value != "info"]
    assert warned == []
