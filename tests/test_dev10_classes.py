"""One test per class of false alarm found on the clean controls of tests/dev10 (invented sentences, not the
controls' text), each with its contrast: the same shape without what makes it correct is still reported."""
from __future__ import annotations

from lint_helpers import warnings as lint_warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

TSV = """zh\tja\ttype\treading\taccept
司马明\t司馬明\tperson\tスーマー・ミン\t
点赞\tいいね\tterm\t\t
"""
GLOSSARY = Glossary(parse_glossary(TSV))


def warnings(text: str) -> list[tuple[str, str]]:
    return lint_warnings(text, GLOSSARY)


# a person's compound surname followed by 氏 (or another word about the family): the person named by the surname, as
# a one-character surname before 氏 is, not a name one syllable off (氏 reads jing too, one sound from ming)
def test_a_compound_surname_and_a_family_word_is_no_near_homophone():
    assert warnings("訳者の司馬明は翻訳家として知られる。司馬氏の訳書は本書が三冊目である。") == []


def test_the_compound_surname_with_a_given_name_one_syllable_off_is_still_reported():
    """The contrast: 司馬京 (jing for ming) where the text writes 司馬明 is a name one syllable off."""
    assert warnings("訳者の司馬明は翻訳家として知られる。司馬京の訳書は本書が三冊目である。") == [("NAM005", "司馬京")]


# a word quoted after the name of the variety it is in (台湾華語で「…」, 華語の「…」: data/form_labels.txt), as after
# 中国語で: a form talked about, in that variety's characters
def test_a_word_quoted_after_taiwan_mandarin_is_a_form():
    assert warnings("・台湾華語で「傳單」はちらし、「捷運」は地下鉄のこと。") == []
    assert warnings("・華語の「傳單」はちらしのこと。") == []


def test_the_same_word_quoted_after_no_language_is_still_reported():
    assert warnings("・友人の話では「傳單」はちらし、「捷運」は地下鉄のこと。") == [("GRB013", "傳單")]


# a bilingual page's line: a Japanese cell and its English, parted by a bar, a tab or a full-width space; the English
# cell's lowercase words are written whole, not left over
def test_the_english_cell_of_a_bilingual_line_is_no_leftover():
    assert warnings("■ ごあいさつ｜Greetings from the President") == []
    assert warnings("会員番号：0012　Member number: 0012") == []
    assert warnings("理事長が英語で挨拶します。｜The chair will speak in English.") == []


def test_english_words_inside_a_japanese_cell_or_sentence_are_still_leftovers():
    """The contrasts: the same words inside the Japanese cell, and after a half-width space in a sentence."""
    assert warnings("■ ごあいさつ greetings from the 理事長｜Greetings") == [("GRB002", "greetings from the")]
    assert warnings("理事長が英語で挨拶します。 the chair will speak in 英語") == [("GRB002", "the chair will speak in")]


# a lyric translated line by line: each line of Chinese above its Japanese, three pairs or more with no blank line;
# and words of those lines quoted in the translator's notes
LYRIC = "春天的风吹过来\n春の風が吹いてくる\n花开满了山坡\n花が丘いっぱいに咲いた\n我们一起唱歌\nぼくらは一緒に歌う\n"


def test_a_lyric_translated_line_by_line_and_its_quoted_words_are_silent():
    assert warnings(LYRIC) == []
    assert warnings(LYRIC + "\n■ メモ\n・「满了」は「いっぱいになった」という意味です。") == []


def test_chinese_lines_without_their_translation_below_are_still_reported():
    """The contrasts: two pairs only, the translations gathered after a blank line, and a quoted word from no
    original of the text."""
    two = "春天的风吹过来\n春の風が吹いてくる\n花开满了山坡\n花が丘いっぱいに咲いた\n"
    assert warnings(two) == [("GRB001", "春天的风吹过来"), ("GRB001", "花开满了山坡")]
    gathered = "春天的风吹过来\n花开满了山坡\n我们一起唱歌\n\n春の風が吹いてくる\n花が丘いっぱいに咲いた\nぼくらは一緒に歌う\n"
    assert len(warnings(gathered)) == 3
    assert warnings("・「满了」は「いっぱいになった」という意味です。") == [("GRB001", "满了")]


# a recipe or a guide that gives its dishes' pinyin, four different toned words or more: readings given on purpose,
# also after a word written the Japanese way (焼売（shāomài）)
MENU = ("本日の点心：焼売（shāomài）、春巻（chūnjuǎn）、叉焼包（chāshāobāo）、馬拉糕（mǎlāgāo）。\n"
        "どれも飲茶の定番です。")


def test_a_word_s_pinyin_in_a_text_that_glosses_several_words_is_silent():
    assert warnings(MENU) == []


def test_a_word_s_pinyin_in_a_text_that_glosses_two_words_is_still_reported():
    """The contrast: two dishes' readings only, as a translation carries a page's ruby over."""
    assert warnings("本日の点心は焼売（shāomài）と春巻（chūnjuǎn）です。") == [("GRB012", "（shāomài）"), ("GRB012", "（chūnjuǎn）")]


# a post quoted under its label (原文：) and translated below (訳：), and a word of it quoted in a note: the original
# quoted, for the name rules as for GRB001 (a glossary term in its Chinese form there is no rendering)
POST = "原文：\n今天给这条点赞的人特别多。\n訳：\nきょうはこの投稿に「いいね」してくれた人がとても多い。\n"


def test_a_term_in_a_quoted_original_and_quoted_from_it_is_silent():
    assert warnings(POST) == []
    assert warnings(POST + "\n・「点赞」は「いいね」を押すこと。") == []


def test_the_term_in_chinese_under_no_original_label_is_still_reported():
    """The contrasts: the same lines under a label of no original (メモ：), and the quoted word in a text that quotes
    no original."""
    found = warnings("メモ：\n今天给这条点赞的人特别多。\n")
    assert ("NAM003", "点赞") in found and ("GRB001", "今天给这条点赞的人特别多") in found
    assert ("NAM003", "点赞") in warnings("・「点赞」は「いいね」を押すこと。")


# a guestbook's dated notes, each in its writer's language: a note in Chinese beside notes in English or Korean
def test_a_dated_note_in_chinese_among_notes_in_other_languages_is_silent():
    book = ("5/2　お茶がおいしかったです。（京都　M）\n5/4　Lovely view and kind hosts, thank you! (Anna)\n"
            "5/9　谢谢老板，下次还来！（小王）\n")
    assert warnings(book) == []
    assert warnings(book.replace("Lovely view and kind hosts, thank you! (Anna)", "고맙습니다! (Minji)")) == []


def test_a_dated_note_in_chinese_among_japanese_notes_only_is_still_reported():
    """The contrast: no note in a third language, so the Chinese note is a line left untranslated."""
    book = "5/2　お茶がおいしかったです。（京都　M）\n5/9　谢谢老板，下次还来！（小王）\n"
    assert warnings(book) == [("GRB001", "谢谢老板，下次还来")]
