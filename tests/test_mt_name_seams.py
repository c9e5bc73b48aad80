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


STAND_IN_GLOSSARY = ("zh\tja\ttype\taccept\n"
                     "程钰\t程鈺\tperson\t\n"
                     "程镇\t程鎮\tperson\t\n"
                     "贺华武\t賀華武\tperson\t\n"
                     "汤洁篪\t湯潔チ\tperson\t湯潔篪\n")


def _lost(text: str, tmp_path) -> list[tuple[str, str, str | None]]:
    g = tmp_path / "g.tsv"
    g.write_text(STAND_IN_GLOSSARY, encoding="utf-8")
    findings = Linter(load_glossary([str(g)]), select=["GRB014"]).lint_text(text, "a.txt")
    return [(f.severity.value, f.surface, f.suggestion) for f in findings]


def test_a_name_character_replaced_by_one_katakana_or_the_geta_mark_is_reported(tmp_path):
    text = "賀ト武さんが来た。\n賀華〓の記録。\n"
    assert _lost(text, tmp_path) == [("warning", "賀ト武", "賀華武"), ("warning", "賀華〓", "賀華武")]


def test_two_names_that_fit_are_both_named_with_no_suggestion(tmp_path):
    [(severity, surface, suggestion)] = _lost("・程ト(ていぎょく)\n", tmp_path)
    assert (severity, surface, suggestion) == ("warning", "程ト", None)
    (f,) = Linter(load_glossary([str(tmp_path / "g.tsv")]), select=["GRB014"]).lint_text("・程ト(ていぎょく)\n", "a.txt")
    assert "程鈺" in f.message and "程鎮" in f.message


def test_a_particle_a_word_a_glossary_form_and_a_katakana_word_are_silent(tmp_path):
    # ト after the name is the particle before a verb; 賀ト武 inside a longer kanji run; the glossary's own
    # form with a katakana for a character fonts lack; a katakana word after the surname; ヶ joins words
    text = "程ト言った。大賀ト武山。湯潔チ氏が来た。程トム氏。賀ヶ武。"
    assert _lost(text, tmp_path) == []
