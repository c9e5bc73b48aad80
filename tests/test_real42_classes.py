"""real42: one test per class of false alarm found on real Japanese pages of new genres (haiku and tanka commentary,
game walkthroughs, travel pages on Guilin, terms of service, go news with Chinese and Korean players, panda news,
real-estate guides, patent-claim guides, business news on Chinese companies, badminton results, dumpling recipes,
Chinese-history encyclopedia entries, municipal waste guides, Chinese-drama synopses, Chinese tea guides, Sichuan
restaurant menus and reviews, Chinese lessons with pinyin); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB004: an aside opened on a line that ends in the dots in square brackets blog software prints where it cuts
    # a post short in its list of posts (`[…]`): the closer went with the cut
    ("an aside opened in a post's excerpt cut short by [...]",
     "春の星/はるのほし\n【解説】星河の春を詠んだ林一郎の句。林は星河の漁師(りょうし、ぎょしとも […]\n"
     "夏の星/なつのほし\n【解説】港の夏を詠んだ句。 […]\n", None),
    # ... the same aside left open on a line that is not cut short stays unclosed
    ("an aside left open on a line not cut short",
     "春の星/はるのほし\n【解説】星河の春を詠んだ林一郎の句。林は星河の漁師(りょうし、ぎょしとも\n"
     "夏の星/なつのほし\n【解説】港の夏を詠んだ句。\n", "GRB004"),
    # GRB013: a title given after its label made the topic (原題については、…ですね): the form the label gives, and its
    # parts named again elsewhere (the hero's name, a word of the title explained), in the title's own spelling
    ("a title after 原題については and its parts named again",
     "原題については、星河兒傳奇ですね。星河兒は主人公の名前です。\n\n傳奇は日本の漢字に直すと、伝記です。\n", None),
    # ... the same title and words with no label before it stay a conversion's forms
    ("the same title with no label",
     "星河兒傳奇はとても面白いドラマですね。星河兒は主人公の名前です。\n\n傳奇は日本の漢字に直すと、伝記です。\n",
     "GRB013"),
    # GRB001: a Chinese word with its pinyin after a slash (a lesson's 用语/yòngyǔ, the pinyin maybe wrapped onto the
    # next line by the page) is read aloud, a word the lesson teaches, and makes the text one that gives Chinese its
    # pinyin, whose lone terms (a lesson's heading) it names
    ("a lesson's phrase with its pinyin after a slash, wrapped",
     "■ 第3課-课文「谢谢」\n\nお礼の言葉です。感谢用语/Gǎnxiè\nyòngyǔ,と言います。\n", None),
    ("a phrase with its pinyin after a full-width slash",
     "お礼の言葉です。感谢用语／gǎnxiè yòngyǔと言います。\n", None),
    # ... the same lesson with no pinyin given leaves its Chinese untranslated
    ("the same lesson with no pinyin",
     "■ 第3課-课文「谢谢」\n\nお礼の言葉です。感谢用语,と言います。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
