"""Invented tests for the classes fixed after heldout70 was scored (look70):
- a look-alike place written whole with a suffix the dictionary binds to it after its own suffix (`酉岭県内`, 県 and
  内: within the county) is no window inside a longer word (``lookalike.in_longer_run``, the ``embedded`` feature);
- a person's professional title after the name (`医師`, `弁護士`, `教諭`: phonetics/data/name_context.tsv) is a name
  suffix, so a look-alike name before it is no window inside a longer word either;
- 中 and 申 (a vertical through a box or through the box with a bar inside), among PAIRS of
  scripts/make_lookalike_table.py, are look-alikes of data/lookalike_kanji.tsv.
With their contrasts: the correct names, and words that hold the look-alike characters, stay silent."""
from conftest import lint_findings
from textqa.mentions.lookalike import lookalikes

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "西岭县\t西嶺県\tplace\tせいれいけん\t\t\ta mountain county (invented)\n"
            "郁雪梅\t郁雪梅\tperson\tユー・シュエメイ\t\t\ta country doctor (invented)\n"
            "中坪镇\t中坪鎮\tplace\tちゅうへいちん\t\t\ta market town (invented)\n")
NAMED = "西嶺県の医師、郁雪梅さんは中坪鎮の診療所に勤める。"


def _nam011(text: str) -> list[tuple[str, str]]:
    return [(f[2], f[1]) for f in lint_findings(text, GLOSSARY) if f[0] == "NAM011"]


def test_the_table_holds_the_pair():
    assert "申" in lookalikes()["中"]


def test_a_place_before_a_bound_suffix_is_a_warning():
    assert _nam011(NAMED + "郁雪梅さんは酉嶺県内の村を回る。") == [("酉嶺県", "warning")]


def test_a_person_before_a_professional_title_is_a_warning():
    assert _nam011(NAMED + "郁雷梅医師は毎週、山の村を回る。") == [("郁雷梅", "warning")]


def test_a_town_written_with_the_listed_look_alike():
    assert _nam011(NAMED + "申坪鎮の市場は朝から賑わう。") == [("申坪鎮", "warning")]


def test_correct_names_and_words_stay_silent():
    assert _nam011(NAMED + "西嶺県内の村では雷雨が多く、郁雪梅医師は申請書を中坪鎮の役場に出した。") == []
