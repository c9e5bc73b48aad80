"""One invented test per class fixed after the scoring of heldout60 (fix60), with contrasts: a person's name whose
surname is left in pinyin and whose given name is in kanji (a split name, NAM009) stays reported after a label that
gives a form in a language (英語の報告書では): one Latin word glued to kanji is a word of the prose in no one script,
not a form in English; a name all in Latin after such a label is still a form (silent, as fix54 made it). A
lower-case word in tone-marked pinyin opening a sentence, glued to the kana after it, is ruby left in the word's place
(GRB012); after a word naming a language, or set apart by a space, it is left alone."""
import pytest

from lint_helpers import graded

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "聂云帆\t聶雲帆\tperson\tニエ・ユンファン\t\t\tharbour master (invented)\n")


@pytest.mark.parametrize("before", ["", "英語の報告書では", "英語では"])
def test_a_split_name_after_a_language_label_is_reported(before):
    text = f"港の聶雲帆所長は朝から働く。{before}Nie雲帆所長と記された。\n"
    assert ("NAM009", "warning", "Nie雲帆") in graded(text, GLOSSARY)


def test_a_name_all_in_latin_after_a_language_label_is_a_form():
    text = "港の聶雲帆所長は朝から働く。英語の報告書ではNie Yunfanと表記されている。\n"
    assert [f for f in graded(text, GLOSSARY) if f[1] != "info"] == []


def test_a_lower_case_word_in_toned_pinyin_opening_a_sentence_is_reported():
    text = "村の女性たちは客に薬草茶をふるまう。bòhecháは、夏に欠かせない味だという。\n"
    assert ("GRB012", "warning", "bòhechá") in graded(text, GLOSSARY)


@pytest.mark.parametrize("text", ["中国語ではbòhecháと言うそうだ。\n", "夏の茶。bòhechá は薄荷の茶。\n",
                                  "村の茶。Bòhechá Teaは店の名。\n"])
def test_toned_pinyin_after_a_language_or_set_apart_is_left_alone(text):
    assert [f for f in graded(text, GLOSSARY) if f[0] == "GRB012" and f[1] != "info"] == []
