"""One invented test per class fixed after the scoring of heldout62 (fix62), with contrasts: a person's surname written
with a common kanji of its own kanji's core, read a slip of the ear apart (培 pei for 焙 bei, both 咅 beside another
part; 礁 jiao for 樵 qiao, both 焦), is a look-alike (NAM011), not a near-homophone: the eye falls back on the
familiar kanji of the part it reads first; a rare kanji so written (坡 po for 波 bo) stays the ear's (NAM005). A
phonetic part that is no character in use alone (咅) is a core of the kanji that share it on their right
(data/kanji_cores.tsv). An English adjective of four letters glued to Japanese before it and to の and a noun after it
(mildの風, data/english_adjectives.txt), or any such word before な and a noun in hiragana (warmなもの), is an
English word left in the sentence (GRB002) when it is the text's one English word."""
import pytest

from lint_helpers import graded

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "焙文涛\t焙文濤\tperson\t\t\t\ttea roaster (invented)\n"
            "樵海林\t樵海林\tperson\t\t\t\tforest ranger (invented)\n"
            "周海波\t周海波\tperson\t\t\t\tboatman (invented)\n")


def test_a_phonetic_part_no_character_alone_is_a_core_of_the_kanji_that_share_it():
    from textqa.mentions.lookalike import _one_core, kanji_cores

    core_of = kanji_cores()[0]
    assert core_of["培"] == core_of["焙"] == core_of["陪"] == "咅" and _one_core("培", "焙")


@pytest.mark.parametrize("text, written", [
    ("茶を焙じる焙文濤さんは村の名人だ。培文濤さんによると、火加減が大事だという。\n", "培文濤"),  # 咅: pei for bei
    ("山を守る樵海林さんは毎朝森を歩く。礁海林さんは「木は友だ」と話す。\n", "礁海林"),  # 焦: jiao for qiao
])
def test_a_surname_written_with_a_common_kanji_of_its_core_is_a_lookalike(text, written):
    found = [(code, severity) for code, severity, surface in graded(text, GLOSSARY) if surface == written]
    assert found == [("NAM011", "warning")] or found == [("NAM011", "error")]


def test_a_rare_kanji_of_the_core_read_a_slip_apart_stays_a_near_homophone():
    text = "船頭の周海波さんは川を渡す。周海坡さんによると、水は冷たい。\n"
    assert [code for code, severity, surface in graded(text, GLOSSARY) if surface == "周海坡"] == ["NAM005"]


def grb(text: str) -> list[tuple[str, str]]:
    return [(severity, surface) for code, severity, surface in graded(text, GLOSSARY) if code == "GRB002"]


@pytest.mark.parametrize("text, word", [
    ("港の朝はmildの風が吹き、漁師たちは網を干す。\n", "mild"),  # an English adjective before の and a noun
    ("祭りの夜、町はwarmなものに包まれる。\n", "warm"),  # before な and a noun in hiragana
    ("谷の村はpaleの霧に包まれていた。\n", "pale"),
])
def test_a_short_english_adjective_glued_before_no_or_na_and_a_noun(text, word):
    assert grb(text) == [("warning", word)]


@pytest.mark.parametrize("text", [
    "ブログのmemoの内容を整理した。\n",  # a noun glued before の: a loan written in Latin letters as often
    "港の朝はmildの風、夜はwarmな空気だ。\n",  # two English words: written so on purpose
    "店はwifiなしで営業している。\n",  # な of なし, no noun after it
    "港の朝はMildの風が吹く。\n",  # capitalised: a name
])
def test_short_english_words_that_are_no_leftover_adjective_stay_silent(text):
    assert [f for f in grb(text) if f[0] != "info"] == []
