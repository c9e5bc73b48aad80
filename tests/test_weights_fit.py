"""The shipped name-scorer weights (src/textqa/data/weights.json) are a fresh fit of scripts/fit_weights.py on the
development sets: a change to a finder, a feature or a development set that moves the fit fails here until the
weights are fitted again (`python scripts/fit_weights.py`). It lints every development set, about 45 s of CPU: marked
slow, so that it starts first and runs beside the other files (it ran after the suite in .ci/run before)."""
from __future__ import annotations

import pytest

from conftest import load_script

pytestmark = pytest.mark.slow


def test_the_shipped_weights_are_a_fresh_fit(capsys):
    status = load_script("fit_weights").main(["--check"])
    assert status == 0, capsys.readouterr().err
    assert "is up to date" in capsys.readouterr().out
