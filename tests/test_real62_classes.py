"""real62: one test per class of false alarm found on real Japanese pages of the registers the sixty-second batch
gathered (Chinese philosophers and their books, Chinese mythology and folk gods, the Republic's founders and the Soong
sisters, Chinese scientists and Nobel laureates, Olympic divers, swimmers and gymnasts, Chinese pianists, Chinese
contemporary artists, and a Chinese fast-fashion retailer and its founder); own sentences, not the pages' text.

Classes:
- GRB004: a quotation typed with the closing mark `”` at both ends right after a label's colon (`参考:”…”、”…”`) is
  a pair: a `”` after a colon is no smiley's mouth (`:)`).
- GRB004, GRB006: a passage cited whole between two `”` on its line, however long, is a pair where the first follows
  a clause's or a label's end and the second ends the passage's last sentence before と or って (`…には、”…。”とある`).
- GRB001: a given name written with a character traditional Chinese keeps of its own (愿, "honest", beside 願:
  data/given_name_chars_of_their_own.txt) after a surname, before an honorific or before の and a relative
  (`周愿の六女`), is the person's name.
- GRB007: a heading's space between a name and 氏 followed on its line only by the name in Latin letters (an
  obituary site's `星野宏 氏Hoshino Hiroshi`) is the site's layout, as the same heading with the reading in kana was.
- GRB007: a doubled mark that is all its line holds (`。。` between two quoted passages: a cut marked) joins no
  sentences.
- NAM003: an infobox's native name, two to four kanji in simplified characters alone in its row, under the title in
  katakana whose last words read it in Mandarin (`ジャック・シン・ハイロン` above `星海龙`, labels.form_rows), is the
  name in its own script, as the same row under the title in kanji already was.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a writer whose name a page also gives in katakana
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星海龙\t星海龍\tperson\t\tシン・ハイロン\n")

PASSAGE = "北へ二十里歩くと古い塔が立ち、その下には白い石が敷かれ、脇には細い水路が続いている"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB004: quotations typed with ” at both ends after a label's colon
    ("closing marks at both ends after a colon", "(参考記事:”星の祭り”、”月の舟”)\n", None),
    # ... a third lone mark among them still draws
    ("a lone closing mark after such a pair", "(参考記事:”星の祭り”、月の舟”)\n", "GRB004"),
    # GRB004, GRB006: a long passage cited between two ”
    ("a long passage cited between closing marks", f"古い地理書には、”{PASSAGE}。”とある。\n", None),
    # ... two such marks that hold no cited passage still draw
    ("two lone closing marks far apart", f"古い地理書には、”{PASSAGE}。その先”の村がある。\n", "GRB004"),
    # GRB001: a given name of a character traditional Chinese keeps of its own, before の and a relative
    ("a given name's own character before a relative", "伝説では、港町の役人周愿の六女は幼い頃から海を好んだ。\n", None),
    ("a given name's own character before an honorific", "周愿さんは港町の役人だった。\n", None),
    # ... the same name before a word that is no relative still draws
    ("a given name's own character before another word", "周愿の計画は失敗に終わった。\n", "GRB001"),
    # GRB007: a heading's name, a space, 氏, then the name in Latin letters
    ("a heading's honorific before the Latin name", "星野宏 氏Hoshino Hiroshi\n\n作家[日本]\n", None),
    # ... the same space in a sentence still draws
    ("a space before an honorific in a sentence", "昨日は王芳 氏が講演した。\n", "GRB007"),
    # GRB007: a doubled mark alone on its line between quoted passages
    ("a doubled mark alone on its line", "引用した記事の前半です。\n\n。。\n\n引用した記事の後半です。\n", None),
    # ... a doubled mark between two sentences still draws
    ("a doubled mark between sentences", "引用した記事の前半です。。後半が続きます。\n", "GRB007"),
    # NAM003: an infobox's native name in simplified characters under its title in katakana that reads it
    ("a native name under a katakana title", "ジャック・シン・ハイロン | ||\n|---|---|\n星海龙 | ||\n星海龍は作家である。\n", None),
    # ... the same row under a title that does not read it still draws
    ("a native name under another title", "ジャック・メイ | ||\n|---|---|\n星海龙 | ||\n星海龍は作家である。\n", "NAM003"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
