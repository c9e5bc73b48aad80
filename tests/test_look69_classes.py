"""Invented tests for the classes fixed after heldout69 was scored (look69), in scripts/make_lookalike_table.py:
- a character whose top is a frame that another character draws closed (冃 over 目 in 冒, 日 over 日 in 昌), the frame
  and the closed frame among the SWAPS (冃 and 日, beside 同 and 回), so 冒 and 昌 are look-alikes of
  data/lookalike_kanji.tsv (both parts swapped: 冃 for 日, 目 for 日);
- two pairs the decompositions analyse apart, now among PAIRS: 来 and 耒 (未 with 丷 inside, 丰 over 八; heldout66's
  来麗珠, reported before as a near-homophone), 可 and 司 (丁 beside 口, ㇆ round 一 over 口; heldout63's 百福可鎮).
With their contrasts: the correct names, and everyday words that hold the other character, stay silent."""
from conftest import lint_findings, load_script
from textqa.mentions.lookalike import lookalikes

table = load_script("make_lookalike_table")

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "郁昌平\t郁昌平\tperson\tユー・チャンピン\t\t\ta lighthouse keeper (invented)\n"
            "耒文清\t耒文清\tperson\tレイ・ウェンチン\t\t\ta potter (invented)\n"
            "长司镇\t長司鎮\tplace\tちょうしちん\t\t\ta pottery town (invented)\n")
PERSON = "灯台守の郁昌平さんは毎晩、沖の船に灯りを送る。"


def _nam011(text: str) -> list[str]:
    return [f[2] for f in lint_findings(text, GLOSSARY) if f[0] == "NAM011"]


def test_the_table_holds_the_pairs():
    table_ = lookalikes()
    assert "冒" in table_["昌"] and "耒" in table_["来"] and "司" in table_["可"]


def test_a_given_name_written_with_the_frame_open():
    assert _nam011(PERSON + "郁冒平さんは嵐の夜も灯りを絶やさなかった。") == ["郁冒平"]


def test_correct_names_and_words_stay_silent():
    assert _nam011(PERSON + "冒険好きの孫は感冒をこじらせ、帽子をかぶって郁昌平さんを見送った。") == []


def test_the_frame_and_the_closed_frame_are_swaps():
    decomp = {"昌": ("rd", ("日",)), "冒": ("d", ("冃", "目")), "冃": ("st", ("⺆", "二")),
              "日": ("w", ("口", "㇐")), "目": ("w", ("口", "二")), "二": ("rd", ("㇐",))}
    assert table.both_swapped(decomp, {("日", "目"): "stroke"}) == {("冒", "昌"): "swap"}


def test_a_surname_and_a_town_written_with_the_listed_look_alikes():
    town = "長司鎮の窯元では、耒文清さんが今も薪で器を焼く。"
    assert _nam011(town + "来文清さんの器は青みがかった白が特徴だ。") == ["来文清"]
    assert _nam011(town + "長可鎮の土は鉄分が少ない。") == ["長可鎮"]


def test_words_that_hold_the_other_characters_stay_silent():
    assert _nam011("長司鎮の窯元では、耒文清さんが今も薪で器を焼く。来年は司会者を招き、可能なら展示会も開く。") == []
