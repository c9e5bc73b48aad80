"""real46: one test per class of false alarm found on real Japanese pages of the registers the forty-sixth batch
gathered (encyclopedia pages on Chinese counties and historical people, 三国志 and 水滸伝 retellings, Chinese-learning
blogs with pinyin and tones, Japanese editions of Chinese media, Hong Kong and Taiwan travel blogs, court decisions,
research abstracts, press releases of Japanese companies in China, weather and disaster news, restaurant reviews,
Chinese-word quizzes); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

TONES = ("中国語の声調\n\n中国語の発音では声調がとても大切です。声調は四つあり、毎日の発音練習が欠かせません。"
         "ピンインの読み方も一緒に覚えましょう。\n\n第一声(ā)は高く平らに発音します。\n第二声(á)は下から上へ上げます。\n"
         "第三声(ǎ)は低く抑えます。\n第四声(à)は一気に下げます。\n")

JUDGMENT = ("昭和二年(オ)第九八七號\n\n◎判决要旨\n\n- 一 賃借人カ家屋ヲ轉貸シタルトキハ賃貸人ノ承諾ヲ要ス\n\n"
            "右家屋明渡請求事件ニ付原院ニ於テ言渡シタル判决ニ對シ上告人ヨリ上告ヲ爲シタリ依テ判决スルコト左ノ如シ\n\n"
            "上告理由ハ原院カ賃貸借ノ解除ヲ認メタルハ法則ニ違背スト云フニ在レトモ契約ノ解釋ハ事實審ノ專權ニ屬シ"
            "原判决ニ違法ナシ\n")

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB012: in a text that teaches readings, a toned syllable that is no reading of the kanji before it (声 reads
    # shēng) is a sound the lesson cites, a tone shown on a vowel, not ruby carried over
    ("a lesson's tones shown on a vowel", TONES, None),
    # ... ruby that reads the kanji before it, inside a word, is still reported in such a text
    ("a character's own ruby inside a word in a lesson", TONES + "\nこの練習は相當(dāng)重要です。\n", "GRB012"),
    # GRB013 and GRB001: a text in pre-war katakana prose throughout (two paragraphs or more, more than half the
    # text) writes its old forms and its print's variants (决) on every line, its docket number's 號 too
    ("a pre-war judgment in katakana prose", JUDGMENT, None),
    # ... a modern sentence in hiragana with old forms is still a conversion's
    ("old forms in a modern sentence", "この事件で、辯護人は經濟的な理由から權利を放棄したと述べた。続いて判決が出た。\n",
     "GRB013"),
    # GRB001: a Chinese phrase whose pinyin stands on the line right above or right below it is a lesson's phrase
    ("a phrase with its pinyin on the line above",
     "今日の一言\n\nzhè ge cài hěn hǎo chī\n这个菜很好吃 ジャーガツァイヘンハオチー\nこの料理はおいしいという意味です。\n", None),
    ("a phrase with its pinyin on the line below",
     "例えば\n这个菜很好吃 と書けば\nzhè ge cài hěn hǎo chī ジャーガツァイ…と読みます。\n", None),
    # ... the same phrase in a sentence, no reading beside it, is left untranslated
    ("a phrase with no reading beside it", "店の人は这个菜很好吃と言って料理を出した。\n", "GRB001"),
    # ... and a name's romanisation opening a sentence of prose below a name in simplified characters is no reading
    ("a name in simplified characters above its romanisation in prose",
     "张明华氏は帰国後、研究所を開いた。\nZhāng Mínghuá 氏は今年90歳になる。\n", "GRB001"),
    # GRB001: a word set in “” and followed by は and its meaning in 「」 is a quiz's key
    ("a cited word and its meaning", "第3問の答え:B\n\n“伦敦”は「ロンドン」。“东京”は「東京」。\n", None),
    ("a cited word without its meaning", "去年の夏、“伦敦”へ行ってきました。\n", "GRB001"),
    # GRB001: a word class's name in brackets right after an entry's word is the dictionary's label
    ("a word class label in a dictionary entry", "単語テスト\n\n1)好吃[形容词] hǎochī:おいしい\n", None),
    ("a word class's name in a sentence", "今日は形容词の使い方を学んだ。\n", "GRB001"),
    # GRB014: a ? between a common noun and the わけ that denies it is the writer's doubt
    ("a ? before のわけ after a common noun", "お皿いっぱいに盛られてきた。これ全部点心?のわけないよね。\n", None),
    # ... after one kanji left of a name, it may be a character lost
    ("a ? before のわけ after one kanji", "この福?のわけを店主に尋ねた。\n", "GRB014"),
    # GRB002: a place's name in an older romanisation that pinyin spells too (Taipei, not Taibei) is English's own
    # word for it, so the phrase is an English name (info)
    ("English's own name of a city in a station's name", "駅の窓口でTaipei Central Station行きの切符を買った。\n", None),
    # ... the place's pinyin with English words is still a half-translated name
    ("pinyin with English words", "駅の窓口でTaibei Central Station行きの切符を買った。\n", "GRB002"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
