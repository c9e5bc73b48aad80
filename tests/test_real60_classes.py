"""real60: one test per class of false alarm found on real Japanese pages of the registers the sixtieth batch
gathered (Chinese film awards and directors' filmographies, erhu, pipa and guzheng players' profiles and concert
notices, a C-pop singer's pages, calligraphy and painting exhibitions, Chinese herbal medicine, go and xiangqi, tai chi
and Shaolin schools, a Chinese SF novel's characters, and Jianzhen and Xu Fu in Japan); own sentences, not the
pages' text.

Classes:
- GRB001: a surname traditional Chinese keeps of its own (涂, data/surname_chars.txt) with a word that follows a
  person's name right after it (`涂先生`), or alone with a given name after a space, as a performers' list spaces a
  name (`古琴 涂 明`), is the person's name, as `涂明さん` already was.
- GRB009: a name's katakana quoted as a search keyword before `の検索結果` (`「ミナ カワ」の検索結果`:
  data/search_verbs.txt) is written as typed, its words parted by a space.
- NAM006: a reading all a pair of 〈〉 holds right after the name (`星河〈シンホー〉`: an encyclopedia's lead) glosses
  the name; and a name's reading inside the reading in brackets of a longer word the text quotes
  (`「星河花茶」(せいがかちゃ)`) reads that word, as it did unquoted.
- NAM007: the name's pinyin in brackets after a Latin form of it, the name in kanji right after the bracket
  (`Seiga (Xinghe) 星河は…`: a stamp page spelling a monk's name as Japanese reads it and as Mandarin does) is a form
  shown, as `台北 Taipei (Taibei)` already was.
- NAM006: a name's katakana quoted as a search keyword (`「マリア ホシ」の検索結果`) is the keyword as typed,
  a space for its dot (mentions.context.quoted_as_form).

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed, warnings

# the glossary's rows (zh, ja, type, reading, accept): a performer, a herb, a monk, a singer
ROWS = (("涂明", "涂明", "person", "", ""), ("星河", "星河", "term", "せいが", ""),
        ("星僧", "星僧", "person", "", ""), ("星丽", "星麗", "person", "シンリー", "マリア・ホシ"))
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n" + "".join("\t".join(row) + "\n" for row in ROWS))

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB001: 涂 with a title after it, and alone before a spaced given name in a list of players
    ("a surname and a title", "演奏会のあと、涂先生に話を聞いた。\n", None),
    ("a spaced name in a list", "今回の出演は\n古琴 涂 明\n笙 馬 林\nの二人です。\n", None),
    # ... 涂 in a Chinese word still draws
    ("涂 in a Chinese word", "壁に涂料を二度塗った。\n", "GRB001"),
    # GRB009: katakana quoted as a search keyword, before の検索結果
    ("a keyword's search results", "「ミナ カワ」の検索結果は三件だった。\n", None),
    # ... the same split katakana quoted as a singer's name still draws
    ("a quoted name split", "歌手「ミナ カワ」の歌が流れます。\n", "GRB009"),
    # NAM006: a reading in 〈〉 right after the name
    ("a reading in angle brackets", "中国語の名は星麗〈シンリー〉で、歌手として知られる。\n", None),
    # ... the reading in 〈〉 after no name still draws
    ("a reading in angle brackets alone", "中国語の名は〈シンリー〉で、歌手として知られる。\n", "NAM006"),
    # NAM006: the name's reading inside the bracketed reading of a longer quoted word
    ("a quoted longer word's reading", "冷え性には「星河花茶」(せいがかちゃ)がよいとされる。\n", None),
    # ... the name's reading standing for it in prose still draws
    ("the reading in prose", "冷え性には、せいがを煎じて飲む。\n", "NAM006"),
    # NAM007: pinyin in brackets after a Latin form, the name in kanji right after
    ("pinyin between a Latin form and the name", "星僧上人 700〜770 Seiso (Xingseng) 星僧は唐の僧である。\n", None),
    # ... the same bracket with no kanji form after it still draws
    ("pinyin after a Latin form alone", "唐の僧 Seiso (Xingseng) は日本に来た。\n", "NAM007"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


def test_search_keyword_with_glossary():
    """NAM006 with a glossary that accepts the singer's katakana name: the name quoted as a search keyword, a space
    for its dot, is the keyword as typed; the same spacing in a sentence still draws NAM006."""
    intro = "マリア・ホシは歌手で、本名は星麗。\n"
    keyword = {c for c, _ in warnings(intro + "「マリア ホシ」の検索結果は三件だった。\n", GLOSSARY)}
    prose = {c for c, _ in warnings(intro + "昨日はマリア ホシの歌を聴いた。\n", GLOSSARY)}
    assert keyword == set() and "NAM006" in prose
