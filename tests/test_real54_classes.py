"""real54: one test per class of false alarm found on real Japanese pages of the registers the fifty-fourth batch
gathered (Japanese editions of Chinese media on table tennis, badminton and football, Chinese film and drama reviews
and listings, Chinese-language learning blogs and simplified-character tables, Sichuan recipes, Hong Kong and Macau
travel pages, shopping streets and malls of Shanghai, Qin history pages, Jin Yong and Three-Body reviews, Longjing
tea pages, and Alibaba, Tencent and Huawei results news); own sentences, not the pages' text.

Classes:
- GRB001: a barred table's cell may list the forms a simplified character stands for, parted by 、 (| 发 | 発、髪 |),
  and in a table of which three rows or more, and half or more, give one character in two scripts, every row whose
  first cell is one kanji is an entry of the table (| 钅 | 金(きん) |: a simplified radical beside its character).
- GRB001: a quotation that holds a word list's entry whole, the Chinese word, a colon and its meaning in Japanese up
  to the close (「口语:話す」), glosses the word.
- GRB013: a word all a 「」 holds, its meaning given after it in its clause, unquoted (「麵條兒」は星河方言で細い麺の
  意味), is a term explained, as it is with the meaning quoted.
- NAM003 (and GRB001): 原語表記 labels a form (data/form_labels.txt): an infobox's row of the name in its own
  language.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星河城足球俱乐部\t星河城足球倶楽部\torg\t\t\n")

RADICALS = "漢字の簡体字の例です。\n| 东 | 東(ひがし) |\n|---|---|\n| 钅 | 金(きん) |\n{}| 纟 | 糸(いとへん) |\n{}"
FORMS = "一つの簡体字が二つの字に当たる例です。\n| 发 | {} |\n|---|---|\n| 钟 | 鐘、鍾 |\n"
EXAM = "HSKの口頭試験は、{}です。\n"
DIALECT = "星河麺は四川の麺料理です。{}\n"
INFOBOX = ("星河城足球倶楽部\n\n星河城足球倶楽部\n{} 星河城足球俱乐部\n設立 2003年\n本拠地 星河市\n\n"
           "星河城足球倶楽部は星河市のサッカークラブであった。\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB001: a table of characters, three rows of it one character in two scripts: its radical rows are entries
    ("radicals in a table of characters", RADICALS.format("| 书 | 書(かく) |\n", "| 长 | 長(ながい) |\n"), None),
    # ... a table with one such row is no table of characters: its radicals are Chinese left
    ("radicals in a table of one pair", RADICALS.format("", ""), "GRB001"),
    # GRB001: a cell that lists the forms a simplified character stands for
    ("a cell listing a character's forms", FORMS.format("発、髪"), None),
    # ... a cell listing other characters gives no form of it
    ("a cell listing other characters", FORMS.format("星、月"), "GRB001"),
    # GRB001: a word list's entry all a quotation holds: the word, a colon and its meaning
    ("quoted entries of a word list", EXAM.format("「口语:話す」「听写:書きとる」の二つ"), None),
    # ... the words quoted alone are Chinese left
    ("quoted words alone", EXAM.format("「口语」「听写」の二つ"), "GRB001"),
    # ... and so is a quotation that goes on after the meaning
    ("a quotation that goes on", EXAM.format("「口语:話す練習の内容」"), "GRB001"),
    # GRB013: a quoted word and its meaning in its clause, the dialect named
    ("a dialect's word and its meaning", DIALECT.format("「麵條兒」は星河方言で細い麺の意味です。"), None),
    # ... a quoted word in a clause that gives no meaning is a conversion's leftover
    ("a quoted word in prose", DIALECT.format("「麵條兒」は天秤棒を担いで売られた。"), "GRB013"),
    # ... and so is the word unquoted before its meaning
    ("an unquoted word and its meaning", DIALECT.format("麵條兒は星河方言で細い麺の意味です。"), "GRB013"),
    # NAM003 / GRB001: an infobox's row of the name in its own language
    ("a row labelled 原語表記", INFOBOX.format("原語表記"), None),
    # ... a row of another label gives no form
    ("a row labelled 愛称", INFOBOX.format("愛称"), "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
