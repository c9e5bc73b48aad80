"""real74: one test per class of false alarm found on real Japanese pages of the registers the seventy-fourth batch
gathered (dinosaur fossils found in China, yellow dust, Chinese old coins, subways in Beijing and Shanghai, hospitals
and health care in China, the crested ibis, Metasequoia and goldfish, Luoyang's peonies); own sentences, not the
pages' text.

Classes:
- GRB008: a verb's stem written twice as a word of its own for a state all over (`すごい錆び錆び。`, `焦げ焦げ`), which
  the dictionary lacks and reads as a noun twice, is that word (data/reduplicated_stem_words.txt, read by
  ``doubled_word``); another noun so written twice (`古銭古銭`, `汚れ汚れ`) still draws.
- GRB014: a half-width ``?`` right after a verb or an adjective with its auxiliary endings (`使われなくなった?昔の`,
  `閉まった?星河駅`) is a question's mark, as after a plain verb (``encoding_loss._conjugated_before``, read by
  ``_after_exclamation``); a ``?`` between a noun's の and a kanji (`昔の?車`) still draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a town and its station
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "星河镇\t星河鎮\tplace\t\t\n"
                  "星河站\t星河駅\tplace\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB008: a stem written twice for a state all over, a collector's coin
    ("a stem twice for rust all over", "星河鎮の浜で拾った古銭は、すごい錆び錆び。なので、酢に浸けてみた。\n", None),
    ("a stem twice for burnt all over", "星河鎮の市場で買った鍋は、すごい焦げ焦げ。なので、捨てた。\n", None),
    # ... a noun written twice still draws
    ("a noun written twice", "星河鎮の浜で拾った古銭は、すごい古銭古銭。なので、酢に浸けてみた。\n", "GRB008"),
    ("a stem not in the list", "星河鎮の市場で買った鍋は、すごい汚れ汚れ。なので、捨てた。\n", "GRB008"),
    # GRB014: a ? after a verb and its auxiliaries, a question about what happened
    ("? after a verb's endings", "星河駅の旧駅舎はもう使われなくなった?昔の客車が並んでいた。\n", None),
    ("? after a past verb", "星河駅の売店はもう閉まった?星河駅の食堂で食べた。\n", None),
    # ... a ? between の and a kanji still draws
    ("? after の before a kanji", "星河駅の旧駅舎は使われている。昔の?車が並んでいた。\n", "GRB014"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
