"""One invented test per class fixed after the scoring of heldout46 (fix46): a text is about readings (its katakana
readings of a name forms compared, not renderings used: mentions.context.about_readings) only when two at least of
its three or more sentences about how names are read or written are about reading (読み, 発音), not only writing
(表記). A text that talks of kanji spellings (表記が違う, 誤った表記) and once of how a surname is read still uses
the readings it writes in running text (NAM006)."""
from conftest import lint_findings
from textqa.mentions.context import about_readings

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "磬海林\t磬海林\tperson\tチン・ハイリン\t\t\tpotter (invented)\n")
SPELLING_TALK = ("磬海林さんは窯を開いた。古い看板には二つの表記が違う形で残る。"
                 "磬という珍しい姓のため、磬海林さんは読み方をよく説明する。\n\n"
                 "チン・ハイリンさんによると、土は川から運ぶ。\n\n"
                 "案内板には誤った表記が並んでいた。磬海林さんは笑った。")


def _findings(text: str) -> list[tuple[str, str, str]]:
    return lint_findings(text, GLOSSARY)


def test_a_text_talking_of_spellings_and_once_of_reading_is_not_about_readings():
    assert not about_readings(SPELLING_TALK)
    assert ("NAM006", "error", "チン・ハイリン") in _findings(SPELLING_TALK)


def test_a_text_with_two_sentences_about_reading_is_about_readings():
    """The contrast: the same text with one more sentence about the reading (発音) compares readings."""
    text = SPELLING_TALK.replace("磬海林さんは笑った。", "磬の発音は難しい。")
    assert about_readings(text)
    assert [f for f in _findings(text) if f[0] == "NAM006" and f[1] != "info"] == []
