"""real68: one test per class of false alarm found on real Japanese pages of the registers the sixty-eighth batch
gathered (the Mid-Autumn and Dragon Boat festivals, Wong Kar-wai's films, 紅楼夢, Suzhou's gardens, Japan-China
friendship societies, Hisense in Japan, baijiu and Moutai, Emeishan and Leshan, Lanzhou noodles and biangbiang,
Sichuan opera); own sentences, not the pages' text.

Classes:
- GRB001: a form given after the label 別名 and its colon (`別名:星节`, a dictionary's field of another name, the
  Chinese one in its simplified form) is a form talked about (data/form_labels.txt); the same form after a word that
  labels nothing still draws.
- GRB001: all a quotation holds, said right after it to be another quoted form in a script (`「兰河」というのは
  「蘭河」の簡体字`: a blog explaining a sign's simplified name) is a form talked about
  (``rules.garble.untranslated_chinese._script_form_of``); said to be anything else, it still draws.
- GRB001: a Chinese liquor's brand whose Japanese spelling keeps the maker's simplified 粮 (五粮液) is a Japanese word
  of that spelling (data/japanese_words_in_chinese_forms.txt); another word with the same character still draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a river town
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "兰河\t蘭河\tplace\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB001: a festival's other name in Chinese, after its dictionary field's label
    ("a form after 別名", "星祭り\n\n別名:星节\n\n夏の夜に星を祭る行事。\n", None),
    # ... after a word that labels nothing it still draws
    ("the same form after no label", "星祭り\n\n夏の夜には星节を祝う。\n", "GRB001"),
    # GRB001: the simplified form explained as the other form's
    ("a form explained as another's simplified form", "看板の「兰河」というのは「蘭河」の簡体字です。\n", None),
    # ... said to be something else it still draws
    ("a form said to be something else", "看板の「兰河」というのは「蘭河」の隣の町です。\n", "GRB001"),
    # GRB001: the liquor's brand as Japanese writes it
    ("a brand's own spelling", "乾杯には五粮液を選んだ。\n", None),
    # ... another word with the character still draws
    ("another word with the character", "乾杯の前に粮食を運んだ。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
