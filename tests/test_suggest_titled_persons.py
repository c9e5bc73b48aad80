"""`glossary suggest --source` proposes a person's name that jieba cuts across its words (a rare surname tagged as no
name, the given name's last character glued to the verb after it, the surname glued to the word before it) where the
source says a person's (a title before, a verb of saying after) and the translation writes the name whole before an
honorific or a title (glossary/titled_persons.py); the pieces are no rows. Invented pairs."""
from __future__ import annotations

import pytest

from textqa.glossary.titled_persons import persons

from conftest import suggested_rows as rows


@pytest.mark.parametrize("zh, ja, name, form", [
    # the given name's last character glued to the verb of saying (…春/nr + 明说/v)
    ("县林业局科长晏春明说，今年新栽了三万棵树。", "県林業局の晏春明科長は、今年3万本の木を新たに植えたと話した。",
     "晏春明", "晏春明"),
    # a rare surname after a title, the Japanese title after the name with 副
    ("海关副关长厍玉林介绍，今年以来进口量大增。", "同税関の厙玉林副関長によると、今年は輸入量が大きく増えた。",
     "厍玉林", "厙玉林"),
    # a surname tagged as no name before a given name jieba knows, before an honorific
    ("苗圃负责人揭云帆表示，树苗供不应求。", "苗圃責任者の揭雲帆さんは、苗木は供給が追いつかないと話した。",
     "揭云帆", "揭雲帆"),
    # the given name written with a character of the same reading: the row holds the source's form
    ("合作社理事长笪永峰介绍，社员增加到两百户。", "協同組合の笪永鋒理事長によると、組合員は200戸に増えた。",
     "笪永峰", "笪永峰"),
    # after a word for a person's role (data/person_role_words.txt: 农民, 传承人), no title: a farmer whose given
    # name's last character jieba glues to the word after it (那/r + 建/v + 国家/n), a craft's heir whose given name
    # it cuts into a classifier and a name (苻/nr + 根/q + 岚/nr)
    ("满族农民那建国家种了30亩玉米。", "満族の農家、那建国さんはトウモロコシを30ムー植えた。", "那建国", "那建国"),
    ("技艺传承人苻根岚今年72岁。", "技術の伝承者、苻根嵐さんは今年72歳だ。", "苻根岚", "苻根嵐"),
])
def test_a_person_cut_across_words_is_one_row(zh, ja, name, form):
    found = rows(zh, ja)
    assert found.get(name) == (form, "person"), found
    assert not {n for n in found if n != name and (n in name or name in n)}, found


def test_no_name_without_a_title_or_an_honorific_in_the_translation():
    # the source's cue alone is not enough: the translation must write the name before an honorific or a title
    toks, forms = persons([], "科长晏春明说，今年新栽了三万棵树。", "晏春明は、今年3万本の木を新たに植えたと話した。")
    assert forms == {}


def test_the_pieces_of_a_word_cut_at_a_names_edge_are_no_names():
    from textqa.bilingual.names import tagger, names_of
    from textqa.bilingual.whole_names import rejoined

    zh = "梨农浦长根说，今年梨价不错。"
    toks, forms = persons(rejoined(zh, tagger()), zh, "梨農家の浦長根さんは、今年は梨の値段が良いと話した。")
    assert forms == {"浦长根": "浦長根"}
    assert [n.surface for n in names_of(toks)] == ["浦长根"]


@pytest.mark.parametrize("surname, form", [("慕容", "慕容"), ("诸葛", "諸葛")])
def test_a_person_said_by_a_compound_surname_alone_is_no_row_of_its_own(surname, form):
    # the translation calls the source's 慕容明远 慕容さん after naming him in full: the surname alone is that person
    # (its renderings join the person's row), not a person of its own
    zh = f"东岚镇的{surname}明远经营着一家醋坊。{surname}明远说，老醋要晒一年。如今，{surname}明远的醋坊有一半是年轻人。"
    ja = (f"東嵐鎮の{form}明遠さんは醋工房を営む。{form}さんによると、老酢は一年干す。"
          f"今では{form}さんの酢工房の半分は若者だ。")
    found = rows(zh, ja)
    assert found.get(f"{surname}明远", ("", ""))[1] == "person" and surname not in found, found
