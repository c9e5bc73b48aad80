"""A person of the source whose name the translation writes with another given name, for ``glossary suggest``.

An error of a translation: the surname as the source's, the given name of as many characters another, sharing one of
them with the source's (by its Japanese form) or a reading (`星河麗芳ステーション長` for 星河丽华, `欧陽明遼教授` for
欧阳明远). The ordinary finders see no mention of the source's name there, so the source's name had no rendering and
was no row, though the row is what lets lint report the error. Where the source says the name a person's (a title
before it, a verb of saying after it, an age before it) and the translation writes such a form, after a
character that is no kanji (or at its start) and before one (or at its end), and no other name of the source owns it,
it is the name's rendering: the row keeps the source's name and OpenCC's form of it.
"""
from __future__ import annotations

from ..charclass import is_kanji
from .forms import japanese_form
from .written import written_at

LENGTHS = (3, 4)  # characters of a person's name read so: a surname and a given name of one or two


def near_renderings(target: str, name: str, owned: set[str]) -> list[tuple[str, int]]:
    """(surface, offset) of each place ``target`` writes the person's ``name`` with another given name (see the
    module's docstring), a name jieba tags a person's; ``owned``: the surfaces other names of the source are rendered
    by."""
    from ..bilingual.whole_names import surname_length
    from ..phonetics.pinyin import name_readings

    surname = surname_length(name) or (1 if len(name) == min(LENGTHS) else 0)  # 杭 + 丽华: a surname the table
    # lacks, of a name jieba tags a person's
    if len(name) not in LENGTHS or not surname or len(name) - surname != 2:
        return []
    given = name[surname:]
    own = set(given) | set(japanese_form(given))
    sounds = [set(r) for r in zip(*name_readings(given))] if name_readings(given) else []
    out = []
    for at in written_at(target, name[:surname]):
        end = at + len(name)
        written = target[at + surname:end]
        if len(written) != len(given) or not all(map(is_kanji, written)) \
                or at and is_kanji(target[at - 1]) or end < len(target) and is_kanji(target[end]) \
                or target[at:end] in owned or written == given or written == japanese_form(given):
            continue
        if own & set(written) or _shares_sound(written, sounds):
            out.append((target[at:end], at))
    return out


def said_a_person(source: str, name: str) -> bool:
    """``source`` says ``name`` a person's somewhere: a title before it (站长), a verb of saying after it (介绍), or an
    age before it (48岁的; bilingual/data/whole_names.toml)."""
    from ..bilingual.whole_names import whole_name_data

    data = whole_name_data()
    at = source.find(name)
    while at >= 0:
        after = source[at + len(name):]
        if source[:at].endswith((*data["titles"], *data["ages"])) or any(after.startswith(w) for w in data["speech"]):
            return True
        at = source.find(name, at + 1)
    return False


def _shares_sound(written: str, sounds: list[set[str]]) -> bool:
    """A character of ``written`` read as the source's given name's character in its place."""
    from ..phonetics.pinyin import name_readings

    return any(r in s for reading in name_readings(written) for r, s in zip(reading, sounds))
