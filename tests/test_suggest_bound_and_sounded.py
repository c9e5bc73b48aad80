"""`glossary suggest --source` proposes a place named only inside a longer word (星河 + 县城, 镇上, 市区) with its
suffix where the translation writes it so (glossary/bound_places.py), and a person jieba cut in two after a person's
cue (an age phrase, a title, a verb of saying) where the translation writes the given name with kanji of the same
sound (glossary/cut_names.py's _sounded_whole). Invented pairs (helper sug29)."""
from __future__ import annotations

import pytest

from textqa.document import Document
from textqa.glossary.suggest import suggest_with_source


def rows(zh: str, ja: str) -> dict[str, tuple[str, str]]:
    """zh -> (ja, type) of the verified rows suggested for the pair."""
    return {c.zh: (c.ja, str(c.type)) for c in suggest_with_source([(Document(ja, "a.ja.txt"), zh)], None)
            if c.verified}


@pytest.mark.parametrize("zh, ja, place, ja_form, stem", [
    # 凤溪/nr + 县城/n: the county town of 凤溪县
    ("从凤溪县城出发，两小时后到达。", "鳳渓県城から出発し、2時間後に到着した。", "凤溪县", "鳳渓県", "凤溪"),
    # 云岭/ns + 镇上/v: in the town of 云岭镇
    ("他在云岭镇上开了一家店。", "彼は雲嶺鎮で店を開いた。", "云岭镇", "雲嶺鎮", "云岭"),
    # 汀阳/ns + 市区/n: the city proper of 汀阳市, not a place 汀阳市区
    ("从汀阳市区出发。", "汀陽市区から出発した。", "汀阳市", "汀陽市", "汀阳市区"),
])
def test_a_place_named_inside_a_longer_word(zh, ja, place, ja_form, stem):
    found = rows(zh, ja)
    assert found.get(place) == (ja_form, "place"), found
    assert stem not in found, found


@pytest.mark.parametrize("zh, ja", [
    ("从凤溪县城出发，两小时后到达。", "鳳渓の県城から出発し、2時間後に到着した。"),  # not written with its suffix
    ("在这个县城里住了十年。", "この県城に十年住んだ。"),  # no stem: a pronoun
])
def test_no_place_where_the_translation_does_not_write_it(zh, ja):
    assert not any(z.endswith("县") for z in rows(zh, ja))


def test_a_person_cut_in_two_written_with_a_character_of_the_same_sound():
    # 龚/nr + 海燕/nr after an age phrase; the translation writes 艶 (yan) for 燕 (yan): the row is the source's name,
    # in OpenCC's form, so that lint reports the translation's character; the given name alone is no row
    found = rows("45岁的龚海燕家里种了茶。", "龔海艶さん（45）の家では茶を栽培している。")
    assert found.get("龚海燕") == ("龔海燕", "person"), found
    assert "海燕" not in found, found


@pytest.mark.parametrize("zh, ja", [
    ("龚海燕家里种了茶。", "龔海艶さんの家では茶を栽培している。"),  # no person's cue in the source
    ("45岁的龚海燕家里种了茶。", "龔海林さん（45）の家では茶を栽培している。"),  # another sound: no rendering of it
])
def test_no_person_joined_by_sound_without_a_cue_or_the_same_sound(zh, ja):
    assert "龚海燕" not in rows(zh, ja)
