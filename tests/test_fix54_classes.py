"""One invented test per class fixed after the scoring of heldout54 (fix54), with contrasts: a person's pinyin in the
Western order, the given name before the surname (as English text and business cards write Chinese names), left in
Latin script in Japanese prose is the name romanised (NAM007), as the Chinese order is; a sentence that says how the
name is written (と表記されている) talks about a form (silent, as before), and a two-character name is not keyed turned
round (Ming Li may as well be another name)."""
import pytest

from lint_helpers import graded

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "莘海川\t莘海川\tperson\tシン・ハイチュアン\t\t\tboat builder (invented)\n"
            "冉明\t冉明\tperson\tラン・ミン\t\t\tferryman (invented)\n")


@pytest.mark.parametrize("surface", ["Haichuan Shen", "Shen Haichuan"])
def test_pinyin_in_either_order_in_prose_is_reported(surface):
    text = f"港の造船所を率いる莘海川さんは、今年で船を百隻造った。\n\n{surface}さんによると、木材は山から運ぶ。\n"
    assert ("NAM007", "error", surface) in graded(text, GLOSSARY)


def test_a_sentence_that_says_how_the_name_is_written_talks_about_a_form():
    text = "港の造船所を率いる莘海川さんの名は、英語の資料ではHaichuan Shenと表記されている。\n"
    assert [f for f in graded(text, GLOSSARY) if f[0] == "NAM007" and f[1] != "info"] == []


def test_a_two_character_name_is_not_keyed_turned_round():
    text = "渡し船の冉明さんは朝から働く。\n\nMing Ranさんによると、客は多い。\n"
    assert [f for f in graded(text, GLOSSARY) if f[0] == "NAM007" and f[2] == "Ming Ran"] == []
