"""One test per class of false alarm found on the clean controls of tests/dev9 (invented sentences, not the
controls' text), each with its contrast: the same shape without what makes it correct is still reported."""
from __future__ import annotations

from lint_helpers import warnings as lint_warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

TSV = """zh\tja\ttype\treading\taccept
青松园\t青松園\tplace\t\t
岳明川\t岳明川\tperson\tユエ・ミンチュワン\t
"""
GLOSSARY = Glossary(parse_glossary(TSV))


def warnings(text: str) -> list[tuple[str, str]]:
    return lint_warnings(text, GLOSSARY)


# a sign table whose columns are titled by the languages they are in: 中文 (Chinese's own name for itself) and English
def test_cells_under_a_chinese_or_english_column_title_are_forms():
    assert warnings("中文｜日本語\n青松园售票处｜青松園の切符売り場") == []
    assert warnings("中文｜日本語｜English\n售票处｜切符売り場｜Qingsong Garden Ticket Office") == []


def test_the_same_cells_under_other_titles_are_still_reported():
    assert warnings("名称｜説明\n青松园售票处｜青松園の切符売り場") == [("GRB001", "青松园售票处"), ("NAM003", "青松园")]
    found = warnings("名称｜日本語｜備考\n售票处｜切符売り場｜Qingsong Garden Ticket Office")
    assert ("GRB001", "售票处") in found and ("GRB002", "Qingsong Garden Ticket Office") in found


# an original under its label after a heading's bullet, one blank line between (◆原詩 above a poem in Chinese), and a
# word of it quoted after the label (原詩の「说话」)
def test_an_original_under_a_bulleted_label_and_a_blank_line_is_silent():
    assert warnings("◆原詩\n\n春风吹过小河边\n我们一起去看山\n\n◆拙訳\n\n春風が小川のほとりを吹き") == []
    assert warnings("原詩の「说话」を「話す」と訳した。") == []


def test_chinese_under_a_bulleted_label_of_no_original_or_far_below_it_is_still_reported():
    """The contrasts: a bulleted label that marks no original (◆概要), two blank lines under the label, and a word
    quoted after no label."""
    found = [("GRB001", "春风吹过小河边"), ("GRB001", "我们一起去看山")]
    assert warnings("◆概要\n\n春风吹过小河边\n我们一起去看山") == found
    assert warnings("◆原詩\n\n\n春风吹过小河边\n我们一起去看山") == found
    assert warnings("友人の「说话」を聞いた。") == [("GRB001", "说话")]


# an address in English whose last item is the country, with no other English word, as all of a table's cell or of a
# label's value (｜Qingsongyuan, Anhui, China｜)
def test_a_place_in_an_english_address_that_ends_with_the_country_is_english():
    assert warnings("所在地｜Qingsongyuan, Anhui, China｜生薬") == []
    assert warnings("所在地：Qingsongyuan, Anhui, China\n青松園は古い。") == []


def test_a_roll_of_romanised_names_is_still_a_leftover():
    """The contrasts: the same list in Japanese prose, a roll of names with no country at its end, and the country
    before the name."""
    assert warnings("青松園は Qingsongyuan, Anhui, China にある。") == [("NAM007", "Qingsongyuan")]
    assert ("NAM007", "Qingsongyuan") in warnings("Qingsongyuan, Yue Mingchuan らが参加した。")
    assert warnings("所在地｜China, Qingsongyuan｜生薬") == [("NAM007", "Qingsongyuan")]


# a quotation after the language it is in (中国語で「友谊」と刻んだ), each of quotations that follow one another
# (日本語と中国語で「友好の桜」「友谊樱花」), and an inscription after its label (銘版：中国人民邮政)
def test_quotations_after_their_language_and_inscriptions_after_their_label_are_forms():
    assert warnings("プレートには中国語で「友谊樱花」と刻んだ。") == []
    assert warnings("プレートには日本語と中国語で「友好の桜」「友谊樱花」と刻んだ。") == []
    assert warnings("銘版：中国人民邮政\n青松園の切手。") == []
    # in the double quotes “” that Chinese and Japanese web text also quote words with
    assert warnings("プレートには中国語で“友谊樱花”と刻んだ。") == []
    assert warnings("記念の桜は、中国語では“友谊樱花”と呼ばれる。") == []


def test_quotations_and_inscriptions_with_no_label_are_still_reported():
    assert warnings("プレートには「友好の桜」「友谊樱花」と刻んだ。") == [("GRB001", "友谊樱花")]
    assert warnings("プレートには“友谊樱花”と刻んだ。") == [("GRB001", "友谊樱花")]
    assert warnings("版面：中国人民邮政\n青松園の切手。") == [("GRB001", "版面：中国人民邮政")]


# an item's label closed by a bracket at its line's start (例）, 注）: data/item_labels.txt), as 1) is
def test_an_items_label_closed_by_a_bracket_is_no_lost_aside():
    assert warnings("例）青松園に行きます。") == []
    assert warnings("・注）青松園は月曜休みです。") == []


def test_a_word_closed_by_a_bracket_is_still_a_lost_aside():
    """The contrasts: a word that labels no item (市長）), and a label after the line's start."""
    assert warnings("市は式典を開いた。市長）が述べた。") == [("GRB004", "）")]
    assert warnings("青松園の例）を見る。") == [("GRB004", "）")]


# 么 in the Japanese terms of mahjong (断么九, 么九牌: data/japanese_words_in_chinese_forms.txt)
def test_the_japanese_terms_of_mahjong_written_with_a_simplified_form_are_japanese():
    assert warnings("断么九は2から8の数牌だけで作る役です。") == []
    assert warnings("国士無双は么九牌13種を1枚ずつ集める。") == []


def test_the_same_character_in_chinese_is_still_untranslated():
    assert warnings("断么九と什么は違う。") == [("GRB001", "什么")]


# how a person is addressed or spelt, talked about: a reading quoted with its honorific before と呼んでいた, a romanised
# name before と書いてある (a passport's spelling)
def test_a_quoted_address_or_a_written_spelling_is_a_form_talked_about():
    assert warnings("岳明川は留学生だ。\n\n店長は「ユエさん」と呼んでいた。") == []
    assert warnings("岳明川は留学生だ。\n\nパスポートには Yue Mingchuan と書いてある。") == []
    assert warnings("岳明川は留学生だ。\n\n名簿には Yue Mingchuan と書かれている。") == []


def test_the_same_forms_used_as_names_are_still_reported():
    """The contrasts: the quoted reading and honorific with no talk about names, and the romanised name in use."""
    assert warnings("岳明川は留学生だ。\n\n「ユエさん」は来た。") == [("NAM006", "ユエ")]
    assert warnings("岳明川は留学生だ。\n\nYue Mingchuan と話した。") == [("NAM007", "Yue Mingchuan")]
    assert warnings("岳明川は留学生だ。\n\n町の名は Yue Mingchuan と書かれた。") == [("NAM007", "Yue Mingchuan")]
    # characters so described are the name used: a seam on a sign is still one (NAM010)
    assert warnings("岳明川は留学生だ。\n\n「岳岳明川」と書かれた札を探した。") == [("NAM010", "岳岳明川")]


# a text that writes a name's reading first, its characters in brackets after it (a sports page's ユエ・ミンチュワン
# （岳明川、29歳）), has chosen the reading as the name's form: its headline's and its quotes' reading alone follow it
def test_a_reading_the_text_writes_before_the_name_in_brackets_is_its_form():
    text = "ユエ・ミンチュワンが先発した。\n\nGKユエ・ミンチュワン（岳明川、29歳）は好調だ。\n\n守りの中心はユエ・ミンチュワンだ。"
    assert warnings(text) == []


def test_a_reading_alone_where_the_text_writes_the_name_first_is_still_reported():
    """The contrasts: the name first with its reading in brackets, and the name with no reading beside it."""
    text = "ユエ・ミンチュワンが先発した。\n\nGK岳明川（ユエ・ミンチュワン、29歳）は好調だ。\n\n守りの中心はユエ・ミンチュワンだ。"
    assert warnings(text) == [("NAM006", "ユエ・ミンチュワン")] * 2
    assert warnings("ユエ・ミンチュワンが先発した。岳明川は好調だ。") == [("NAM006", "ユエ・ミンチュワン")]


# a lesson's sentence in Chinese, its reading in pinyin and its meaning on one line
def test_a_chinese_sentence_followed_on_its_line_by_its_pinyin_is_a_lesson():
    assert warnings("你叫什么名字？　Nǐ jiào shénme míngzi?　（お名前は何ですか。）") == []
    assert warnings("我们在青松园见面。 Wǒmen zài Qīngsōngyuán jiànmiàn.") == []


def test_a_chinese_sentence_followed_by_other_latin_text_is_still_untranslated():
    """The contrasts: pinyin of another sentence, and English."""
    assert warnings("你叫什么名字？　Wǒ ài Běijīng.　（お名前は何ですか。）") == [("GRB001", "你叫什么名字")]
    assert ("GRB001", "你叫什么名字") in warnings("你叫什么名字？　Nice to meet you.")
