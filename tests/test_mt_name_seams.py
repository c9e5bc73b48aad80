"""Real machine translations' seams inside a glossary name (issue 11): invented cases of each class, with the
contrasts that stay silent."""
from __future__ import annotations

from textqa import Linter, load_glossary

GLOSSARY = ("zh\tja\ttype\n"
            "周海岚\t周海嵐\tperson\n"
            "欧阳明远\t欧陽明遠\tperson\n"
            "王毅峰\t王毅峰\tperson\n"
            "林青\t林青\tperson\n"
            "林嘉树\t林嘉樹\tperson\n"
            "星河集团\t星河集団\torg\n")


def _found(text: str, tmp_path, code: str) -> list[tuple[str, str]]:
    g = tmp_path / "g.tsv"
    g.write_text(GLOSSARY, encoding="utf-8")
    findings = Linter(load_glossary([str(g)])).lint_text(text, "a.txt")
    return [(f.severity.value, f.surface) for f in findings if f.code == code]


def test_a_surname_written_twice_before_a_person_is_reported(tmp_path):
    text = "周海嵐は港に着いた。周周海嵐は船を降り、「欧陽欧陽明遠」と書かれた札を探した。"
    assert _found(text, tmp_path, "NAM010") == [("warning", "周周海嵐"), ("warning", "欧陽欧陽明遠")]


def test_a_doubled_surname_in_a_glyph_variant_is_reported(tmp_path):
    assert _found("周海嵐と周周海岚が会った。", tmp_path, "NAM010") == [("warning", "周周海岚")]


def test_a_surname_that_ends_a_word_or_another_name_is_silent(tmp_path):
    # 女王 ends in 王; 林青 is a person of its own before 林嘉樹; 林々 is written with the iteration mark; an
    # organisation's first character written twice is no surname
    text = ("女王王毅峰の肖像が飾られた。林青林嘉樹の二人が来た。山林々嘉樹。星星河集団の株価が上がった。"
            "王毅峰が語った。")
    assert _found(text, tmp_path, "NAM010") == []


def test_the_name_written_once_is_silent(tmp_path):
    assert _found("周海嵐は港に着いた。周海嵐は船を降りた。", tmp_path, "NAM010") == []
