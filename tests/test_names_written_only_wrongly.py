"""A name that a machine translation writes only wrongly, never in a correct form (issue 11; docs/accuracy.md, "Names
written only wrongly"): a one-kanji homophone of a two-character place and a two-syllable Mandarin katakana of a
person are warnings, though nothing in the text names the entity correctly. Invented sentences and names."""
from __future__ import annotations

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\n郯城\t郯城\tplace\t\t\t\n"
                                   "邓拓\t鄧拓\tperson\t\t\t\n刘翔\t劉翔\tperson\t\t\t\n"))


def _names(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.surface, f.severity.value) for f in lint_text(text, GLOSSARY) if f.code.startswith("NAM")]


def test_a_homophone_and_a_katakana_name_written_only_wrongly_are_warnings():
    found = _names("古い城壁が残る談城は、山東省南部の町だ。記者のドン・トゥオは、談城の歴史を調べて記事を書いた。")
    assert ("NAM004", "談城", "error") in found
    assert ("NAM006", "ドン・トゥオ", "error") in found


def test_an_ordinary_word_that_sounds_like_a_name_is_no_warning():
    """流向 (a word: the direction of a flow) reads liu xiang like 刘翔; the text never names him."""
    assert [f for f in _names("川の流向が変わり、下流の町では堤防の工事が始まった。") if f[2] != "info"] == []
