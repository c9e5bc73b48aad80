"""real38: one test per class of false alarm found on real Japanese pages of new genres (Buddhist sutra commentary,
classical poems with their readings, Three Kingdoms game wikis, Chinese tea shops, a Q&A site, lyrics pages, world
history notes, syllabi, treaty texts, state media on new topics); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n台湾\t台湾\tplace\t\t\n"))
KIN = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星宇\t星宇\tperson\t\t\n星丕\t星丕\tperson\t\t\n"))

SILENT = {
    # GRB013: a classical text quoted in its original a clause or two a line, no kana, two classical particles, and the
    # title it is named by in a sentence of prose
    "a classical original quoted over several lines": "経典を正字で引く。「星河觀」である。\n"
                                                     "星河觀自在、照見萬象。\n是故無聲亦無色。\n師曰、星河不滅。\n",
    # GRB001: a lyric's line in Chinese with a note on one of its words, its pinyin on the next line
    "a lyric's line with a note, read aloud below": "歌詞を訳します。\n我们的歌很长 (歌:うた)\nwǒ men de gē hěn cháng\n"
                                                   "みんなの歌は長い\n",
    # GRB002: a name romanised in Wade-Giles after the label spelt with a large エ
    "a romanisation after the label ウエード式": "辞書ではピンインが lin jia bao、ウエード式では lin chia pao となる。",
    # GRB009: a name's reading spelled syllable by syllable, quoted before と and a verb of reading
    "a spelled reading before と読ませる": "ある新聞は「星河」を「シン ホー」と読ませている。",
    # GRB002: a numbered comment's header in English
    "a numbered comment's header": "コメント\n\n  2. ann on 5月 3rd, 2010 8:15 AM\n\n    この曲は初めて聴いた。",
    # GRB008: a listing's category label at both ends of each entry, run into its lines
    "a category label closing one entry and opening the next": "人物 【星河伝】星太郎 の紹介 昔の将軍。晩年は故郷に帰った。 人物\n"
                                                             "人物 【星河伝】星次郎 の紹介 若い軍師。早くに亡くなった。 人物\n",
    # GRB008: a table's header row, its first column's name and the second column naming what it does
    "a table's header above its rows": "表\n\n効果 効果の内容\n攻撃 ・敵への被害が増える\n防御 ・受ける被害が減る\n",
    # GRB013 (info, not a warning): a shop's term in old forms introduced by という
    "a quoted term before という": "経験では、お茶に含まれる「兒茶液」という成分は体によい。",
}

LOUD = {
    # a block of kana-less lines without classical particles stays a conversion's leftover
    "old forms in kana-less lines with no classical particles": ("経典を引く。\n\n經濟發展の時代、照見萬象。\n是故無聲無色。\n"
                                                                 "即説咒、星河不滅。\n", "GRB013"),
    # the same line with a note, its translation below instead of its reading, stays untranslated Chinese
    "a line with a note and no reading": ("歌詞を訳します。\n我们的歌很长 (歌:うた)\nみんなの歌は長い\n", "GRB001"),
    # the romanisation with no label naming it stays an English fragment
    "the same romanisation with no label": ("辞書では lin chia pao となる。", "GRB002"),
    # a quoted katakana name before a verb of writing stays a split
    "a spaced name before と書く": ("ある新聞は「星河」を「シン ホー」と書いている。", "GRB009"),
    # English in a numbered line of prose stays a fragment
    "English inside a numbered sentence": ("コメント\n\n  1. 彼に nice work と言われた。\n", "GRB002"),
    # a word doubled across a line break inside one sentence stays doubled
    "a word doubled across a line break": ("彼は武将\n武将が好きだ。", "GRB008"),
    # the header's words followed by prose, not rows, stay doubled
    "the header's words above prose": ("効果 効果の内容\nそれは大事です。\n", "GRB008"),
    # the term quoted without という stays a warning
    "a quoted term before a particle": ("経験では、お茶に含まれる「兒茶液」は体によい。", "GRB013"),
}


CASES = [(text, None) for text in SILENT.values()] + list(LOUD.values())


@pytest.mark.parametrize("text,code", CASES, ids=[*SILENT, *LOUD])
def test_class(text, code):
    """A silent case draws nothing, with or without a glossary; its contrast still draws its code."""
    assert_class(text, code, GLOSSARY)


def test_brothers_listed_together_are_two_people():
    """NAM005: a near-homophone of a two-character name listed right beside it (`星拠、星宇の兄`) is a brother named,
    not a slip; listed beside another name, it is still one syllable away."""
    assert warnings("星操の子。星拠、星宇の兄。", KIN) == []
    assert ("NAM005", "星拠") in warnings("星宇は皇族だった。その後、星拠、星丕の兄弟が争った。", KIN)
