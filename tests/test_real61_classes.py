"""real61: one test per class of false alarm found on real Japanese pages of the registers the sixty-first batch
gathered (China's World Heritage sites and scenic areas, archaeology and museums, ethnic minorities, Chinese apps and
their founders, Chinese animation, set phrases and their origins, and vernacular architecture); own sentences, not
the pages' text.

Classes:
- GRB001: a sentence in Chinese with its Japanese translation in parentheses
  closing the same line, right after the sentence's end mark (a lesson's `例文:我们走吧。(行こう。)`), is a line quoted
  with its translation, as the translation on the next line already was.
- GRB001: a name quoted in Chinese with its translation in parentheses that a label opens (`星河MT(訳:星の川MT)`:
  data/translation_labels.txt) is quoted on purpose, kana in the translation or not.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type): an app's maker
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星桥公司\t星橋公司\torg\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB001: an example sentence and its translation in parentheses closing its line
    ("a sentence and its translation on its line", "例文:我们走吧。坏天气也会变好。(行こう。悪い天気もよくなる。)\n", None),
    # ... the same sentence with a parenthesis that holds no translation still draws
    ("a sentence and a date after it", "例文:我们走吧。坏天气也会变好。(2019年)\n", "GRB001"),
    # ... and the same sentence inside a line of Japanese still draws
    ("a sentence in a Japanese line", "彼は坏天气也会变好。と言った(笑)\n", "GRB001"),
    # GRB001: a name in Chinese with its translation labelled after it
    ("a name and its labelled translation", "新しいアプリ星桥MT(訳:星の橋MT)が公開された。\n", None),
    # ... the same name with a note that is no translation still draws
    ("a name and an unlabelled note", "新しいアプリ星桥MT(2019年)が公開された。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
