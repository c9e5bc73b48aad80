"""real48: one test per class of false alarm found on real Japanese pages of the registers the forty-eighth batch
gathered (トン族 and ミャオ族 villages and museums in travel blogs, tour pages and a provincial media's Japanese edition,
張家界 and 土家族 pages, 西安 guides, プーアル茶 and 武夷岩茶 regions, Chinese agricultural co-operatives and rural
revitalisation, Chinese folk songs with their lyrics, BYD's Japanese press items, encyclopedia pages on China's
administrative divisions, Chinese schools in Japan, 紹興酒 shops and reviews, Chinese drama lessons, Q&A on reading
Chinese names); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

CAPTIONS = "旅先で撮った写真を二枚載せる。\n{}\n右)朝の市場で野菜を売る人たち。\n"

LYRICS = ("山上的月亮弯又弯\n河边的姑娘唱起歌\n唱给远方的人儿听\n\n{}山の月は細く曲がり\n川辺の娘が歌い出す\n"
          "遠くの人に届けと歌う\n")

MUSEUM = "{}Museum of Ethnic Costume (星河县民族博物馆)\n館内には古い衣装が何十着も並んでいた。\n"

VERSE_LINES = ("山の月は細く曲がり", "川辺の娘が歌い出す", "遠くの人に届けと歌う", "風が吹けば思い出す", "春の畑と古い橋",
               "母の声と鐘の音", "帰る道は遠くとも", "歌を胸に歩いてく", "星の下で眠る村", "夢の中で会いましょう",
               "朝の霧が晴れる頃", "川の水は澄んでいて", "また会う日を待っている")
VERSE = "ブログで好きな歌の歌詞を紹介する。\n\n{}{}{}\n\nいい歌だと思う。\n"

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB004: a photo caption's position at its line's start (左), 右): data/item_labels.txt) labels its item
    ("caption positions", CAPTIONS.format("左)川沿いの古い家並み。"), None),
    # ... a closing parenthesis after a word that labels nothing still closes nothing
    ("a stray parenthesis in a caption", CAPTIONS.format("川沿いの古い家並み)がよく見える。"), "GRB004"),
    # GRB014: a ? after のでは ends a question (data/hedge_ends.txt), as one after かな or でしょう does
    ("a question after のでは", "この店を知る人は町でも少ないのでは?地元の人に聞いてみた。\n", None),
    # ... after ので, which a clause goes on from, the ? may still be a character lost
    ("a ? after ので", "この店を知る人は町でも少ないので?地元の人に聞いてみた。\n", "GRB014"),
    # GRB014: a ? that opens a parenthesis, in a text that writes (?) as the writer's doubt, is that mark
    ("a doubt mark opening an aside", "展示の品の産地を書き留めた。\n青い上着(?産地は不明)\n白い帽子(?)\n", None),
    # ... where the text never writes (?), a ? before a kanji at a word's start is still a character lost
    ("a ? opening an aside alone", "展示の品の産地を書き留めた。\n青い上着(?産地は不明)\n白い帽子\n", "GRB014"),
    # GRB002: English before と訳される is a term's rendering talked about
    ("English said to translate a term", "その次の役職は deputy director と訳す人が多い。\n", None),
    # ... the same English in the clause is still a leftover
    ("English left in the clause", "その次の役職は deputy director にあたる。\n", "GRB002"),
    # GRB002: English all two wave dashes hold right after a Japanese title is the title's subtitle
    ("an English subtitle between wave dashes", "配信ページ:星河の約束~The promise of the river~を観る\n", None),
    # ... English after a wave dash that nothing closes is still in the clause
    ("English after an open wave dash", "配信ページ:星河の約束~The promise of the river を観る\n", "GRB002"),
    # GRB001: Chinese all a parenthesis holds whose Japanese form the text writes (its heading) is the name's original
    ("a name's original beside its English", MUSEUM.format("星河県民族博物館\n"), None),
    # ... where the text writes the name in no Japanese form, the Chinese is still left
    ("a name left only in Chinese", MUSEUM.format(""), "GRB001"),
    # GRB001: a song's lines above a short line naming its Japanese lyrics (data/translation_nouns.txt) are quoted
    ("lyrics above their Japanese lyrics", LYRICS.format("日本語歌詞 ほしかわ\n"), None),
    # ... with nothing announcing the Japanese lines, the Chinese lines are still left
    ("lyrics with no announcement", LYRICS.format(""), "GRB001"),
    # GRB001: a name beginning with a surname traditional Chinese keeps of its own (涂: data/surname_chars.txt) in
    # a photo's credit (data/credit_labels.txt) is the person's name
    ("a surname of its own in a credit", "畑で茶葉を摘む農家の人たち（撮影・涂明）。\n", None),
    # ... the same character in a word is still simplified Chinese
    ("the character in a word", "壁の涂料が剥がれていた。\n", "GRB001"),
    # GRB004 (the set-aside pages' class, fixed by the lead after their one run): verse quoted one line a paragraph,
    # thirteen short lines, closes within VERSE_REACH paragraphs: none of the lines ending a sentence or a clause, or
    # in a work's 『』 whatever they end on (a song's lyrics with their own marks)
    ("lyrics quoted line by line", VERSE.format("『", "\n\n".join(VERSE_LINES), "』"), None),
    ("lyrics with their marks in 『』", VERSE.format("『", "\n".join(line + "、" for line in VERSE_LINES), "』"), None),
    # ... a speech's 「」 over the same lines each ending a sentence is no verse: left open past QUOTE_REACH, it warns
    ("sentences quoted line by line", VERSE.format("「", "\n\n".join(line + "。" for line in VERSE_LINES), "」"),
     "GRB004"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
