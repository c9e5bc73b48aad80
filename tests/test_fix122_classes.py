"""Invented tests for the classes fixed after heldout122 and heldout-bilingual119 were scored (fix122):
- BIL002: spoken Chinese gives a length in metres with its decimals as bare digits after the unit (一米八 = 1.8 m,
  一米七五 = 1.75 m; numbers.toml `spoken-decimal-units`): the number is 1.8 metres, so a translation that writes
  1.6メートル changed it, and one that writes 1.8メートル or 180センチ renders it;
- NAM004: a homophone written before a name suffix whose last kanji SudachiPy reads with the suffix's first kana as one
  word (周建宜さん as 周建|宜さ|ん: 宜さ, an adjective's noun) is a name misheard, not the stem of a word
  (``mentions.homophone._window_tests``); the adjective's noun itself (宜さ) is still no name.
"""
from __future__ import annotations

import pytest

from lint_helpers import pair_findings

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
ZH = ["竹竿", "他做的竹竿长一米八，拿在手里很轻。"]


@pytest.mark.parametrize("length, codes", [("1.6メートル", ["BIL002"]), ("1.8メートル", []), ("180センチ", [])])
def test_a_length_with_its_decimals_after_the_unit(tmp_path, length, codes):
    (tmp_path / "g.tsv").write_text(HEADER, encoding="utf-8")
    ja = ["竹ざお", f"彼が作る竹ざおは長さ{length}で、手に持つと軽い。"]
    found = [f.code for f in pair_findings(tmp_path, ZH, ja) if f.severity.name in ("WARNING", "ERROR")]
    assert found == codes


def _nam004(tmp_path, text):
    from textqa.api import lint_text

    path = tmp_path / "g.tsv"
    path.write_text(HEADER + "周建仪\t周建儀\tperson\t\t\t\t\n", encoding="utf-8")
    return [f.severity.name for f in lint_text(text, [str(path)]) if f.code == "NAM004"]


def test_a_homophone_whose_last_kanji_the_tokenizer_joins_to_the_suffix(tmp_path):
    assert _nam004(tmp_path, "周建儀さんの店は駅前にある。主は周建宜さんだ。\n") == ["ERROR"]
    assert _nam004(tmp_path, "周建儀さんの店は駅前にある。宜さを語る。\n") == []
