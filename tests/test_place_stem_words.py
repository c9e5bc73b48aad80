"""NAM007 on a place whose stem is one character, left in pinyin with an English word for its suffix (Xun County
for 浚县, a real county whose 浚 pypinyin reads jun first): the stem's pinyin alone is too short to be a key, so each
reading of the stem character is keyed with the words of data/place_suffix_words.tsv. The sentences are invented."""
from __future__ import annotations

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary
from textqa.phonetics.tables import place_suffix_words

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
GLOSSARY = Glossary(parse_glossary(HEADER + """\
浚县\t浚県\tplace\t\t\t\tcounty whose first character reads jun and, in its name, xun
星川县\t星川県\tplace\t\t\t\tcounty (invented)
"""))
WARN = ("warning", "error")


def nam007(text: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in lint_text(text, GLOSSARY)
            if f.code == "NAM007" and f.severity.value in WARN]


def test_one_character_stem_and_english_suffix_is_the_place_in_pinyin():
    assert nam007("浚県の祭りは有名だ。Xun Countyの土笛も売られる。") == ["Xun County"]
    assert nam007("浚県の祭りは有名だ。Jun Countyの土笛も売られる。") == ["Jun County"]  # its first reading too


def test_the_stem_alone_or_with_another_word_is_no_key():
    assert nam007("浚県の祭りは有名だ。Xunさんの土笛も売られる。") == []
    assert nam007("浚県の祭りは有名だ。Xun Cityの土笛も売られる。") == []  # 市's word, not 县's


def test_a_longer_stem_is_keyed_alone_as_before():
    assert nam007("星川県の祭りは有名だ。Xingchuan Countyの芋も売られる。") == ["Xingchuan"]


def test_table_gives_each_suffix_its_words():
    words = place_suffix_words()
    assert words["县"] == ("County",) and "Town" in words["镇"]
