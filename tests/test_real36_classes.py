"""real36: one test per class of false alarm found on real Japanese pages of new genres (recipes, spec sheets,
market reports, web-novel blurbs, sister cities, pages with no China content); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n台湾\t台湾\tplace\t\t\n"))

SILENT = {
    # GRB009: a unit counting after its number, set apart from the noun it measures (a spec sheet's quantity)
    "a unit after a number before the noun it measures": "新型機は1/2インチ イメージセンサーと6.1インチ ディスプレイを備える。",
    # GRB013: a surname in an old form whose Japanese form is an everyday word, then a given name and an honorific
    "an old-form surname before a given name and an honorific":
        "単行本は春に発売され、漫画版の作画は廣本ミドリ氏が担当する。",
    "an old-form surname, a space, a given name and an honorific": "新刊が発売された。挿絵を描いたのは廣本 ミドリさんだ。",
    # GRB009: an organisation, a space, and the post written before the full name of the person holding it
    "an organisation and a post before a full name": "参考人として、監査法人ホシカワ パートナー山田太郎君を招いた。",
    # GRB002 and NAM007: English's own name of a country inside an organisation's English name, as a source credit
    "a country's English name inside an English organisation name":
        "【Radio Taiwan International:2024年3月1日】台湾の町と日本の村が協定を結んだ。",
    # GRB014: a ? between two kana shows the writer's question marks; one after a katakana word is one too
    "a casual writer's question marks beside katakana": "冷蔵庫を開けると・・あれ?ニンジン?先週買ったはずだ。",
    # GRB008: the text's first line, its title, ending with the word that opens the longer line below
    "a title line above a first line that repeats its last word":
        "炒飯と書いてチャーハン\nチャーハン、案外かんたんだと思っていました・・\n作ってみます。",
    # GRB007: a review that doubles its full stops twice, trailing off
    "a reviewer's doubled full stops, twice": "映画を観た。。重たい話だった。\n主役の演技が素晴らしい。。忘れられない。",
    # GRB012: a lesson's word list, each line the word, its reading and its meaning with no space
    "a word list's entries with the meaning right after the reading":
        "家族の単語\n我(wǒ)私\n孩子(háizi)子供\n爸爸(bàba)お父さん\n妈妈(māma)お母さん\n哥哥(gēge)お兄さん",
    # GRB001 and GRB012: a lesson's dialogue read character by character, and its new words in a flattened table
    "a lesson's dialogue glossed character by character": (
        "第一课 你 好\n(先生が山本さんに挨拶します。)\n刘 老 师:山(Shān)本(běn),你(nǐ) 好(hǎo)!\n"
        "山 本:刘(Liú) 老(lǎo)师(shī),您(nín) 好(hǎo)!\n新出単語\n课 |\nkè |\n(名) 課 |\n老师 |\nlǎoshī |\n(名) 先生 |"),
    # GRB013: a series' title in its published old forms, cited with its volume's number
    "an old-form series title before its volume number":
        "図版は星河書房-書道藝術ー第二巻ーより。この本は続きが気になり、何度も読み返した。",
    # GRB010: a classical reading quoted, its two lines parted by a space
    "a quoted classical reading whose lines a space parts":
        "古い詩に次の句がある。「遠山の雲以て帆と為すべし 遠山の雲以て衣を織るべし」という。",
    # GRB008: a gloss whose phrase ends with の, then の and the noun naming it a sense
    "a gloss ending with の before の意": "「満腹」は腹いっぱい。転じて、心ゆくまでの、の意。",
    # GRB002: a bilingual dictionary's senses, numbered with their part of speech at the line's start
    "a dictionary's numbered senses": "1. (exp,n) much of a muchness 2. little difference ・ 百 : [ひゃく] 1. (num) hundred",
    # GRB001: a work's original title in its gloss after Wikipedia's one-character language mark
    "an original title after a language mark in a gloss": "『星河物語』(せいがものがたり、中: 星河传说)は中国の小説。",
    # GRB010: a cast table run into lines, the part's description then the actor's full name
    "an actor's name cell after a part's description": "名前 解説 声優\n小蘭\nシャオラン\n皇帝の妃。東の宮で暮らす 山田花子\n",
    # GRB007: a writer who tags a name and sets the honorific apart after the tag, and in prose too
    "a tagged name's honorific set apart": "著者: #星野ミドリ 氏\n星野ミドリ 氏による長編小説。\n",
    # GRB004: a recipe's step referred to by its number and parenthesis
    "a step referred to by its number": "1.\n肉を細かく刻む。\n\n2.\n野菜を刻み、合わせたところへ1)を入れて混ぜる。\n",
    # GRB010: a name set apart by spaces on both sides, before its gloss in spaced brackets
    "a padded name after a clause that modifies it":
        "この拓本はその後、三代目の弟子とされる 智光 ( 千字文 ) の手に渡り、寺に納められました。",
}

LOUD = {
    # a unit and the next part that join into one word: one word split (キロメートル)
    "a unit word split in two": ("距離は10キロ メートルだった。", "GRB009"),
    # the same surname with no given name or honorific after it stays a converted everyday word
    "an old-form word with no name after it": ("新刊が発売された。廣本の会場で祝う。", "GRB013"),
    # a post-like word with no name after it is still one word split
    "a split word with no name after it": ("彼はデジタル マネージャーと話した。", "GRB009"),
    # a country's English name alone in Japanese prose stays the place's pinyin left in Latin script
    "a country's English name alone in prose": ("台湾の話だ。Taiwanの経済は伸びた。", "NAM007"),
    # a ? inside a word, in a text whose ? are never question marks, stays a lost character
    "a lost character between a katakana word and a kanji": ("ピーマン?昨日使いきった。", "GRB014"),
    # a full stop written twice once, in formal prose, stays a seam
    "one doubled full stop in formal prose": ("協会は来月、新たな計画を発表する予定だ。。", "GRB007"),
    # ruby carried into prose stays reported
    "pinyin inside a word of prose": ("この決定は相當(dāng)重要で、韓國(guó)人の観光客も増えた。", "GRB012"),
    # an everyday word in old forms with no volume after it stays a conversion's leftover
    "an old-form everyday word in prose": ("この本は續きが気になり、藝術の話が多い。", "GRB013"),
    # English in prose with no dictionary entry around it stays a leftover
    "English words in prose": ("連休中は off-peak travel を選ぶ人が増えた。", "GRB002"),
    # a particle really written twice across a comma stays doubled
    "a particle doubled across a comma": ("彼は駅の、の前で待った。", "GRB008"),
    # a fix's seam before an honorific, in a text that tags nothing, stays a stray space
    "a space before an honorific": ("昨日、王芳 氏が講演した。", "GRB007"),
    # a closing bracket after a word, not a step's number, stays lone
    "a lone closing bracket after a word": ("人口は三十万人)を超えた。", "GRB004"),
    # a clause that ends, a space, and a sentence going on stays a lost full stop
    "two clauses joined by a space": ("新しい工場はすでに完成している 大阪の拠点は来年閉鎖される。", "GRB010"),
}


@pytest.mark.parametrize("text", SILENT.values(), ids=SILENT.keys())
def test_silent(text):
    assert warnings(text, None) == []
    assert warnings(text, GLOSSARY) == []


@pytest.mark.parametrize("text,code", LOUD.values(), ids=LOUD.keys())
def test_loud(text, code):
    assert code in {c for c, _ in warnings(text, GLOSSARY)}
