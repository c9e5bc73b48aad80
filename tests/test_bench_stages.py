"""bench/stages.py (CPU time per stage of a lint) wraps functions of textqa by name: run it on a small file so a
renamed or no longer called function fails here, not when someone next profiles. No timing is asserted."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_stages_times_every_stage_it_wraps_on_a_small_file(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "stages.py"), "0.01"], capture_output=True,
                          text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr  # it exits with the wrapped functions that were never called
    rows = {line.split(" | ")[0].lstrip("| ") for line in done.stdout.splitlines() if line.startswith("| ")}
    assert {"CPU seconds per MB", "total", "mentions layer"} <= rows
