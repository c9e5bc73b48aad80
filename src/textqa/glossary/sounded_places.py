"""A place of the source that the translation writes by the sound of its stem in katakana and the Japanese word of its
suffix (阿勒泰市 as アルタイ市, 乌苏里江 as ウスリー川, 腾格里沙漠 as テンゲル砂漠), for ``glossary suggest``.

The mention finders read katakana by the sound of a whole entry: アルタイ answers 阿勒泰, but アルタイ市 answers no entry
阿勒泰市, whose reading ends in shi. So a place of the source that no rendering answered, whose name ends with a word
of data/place_word_forms.tsv after a stem of two characters or more, is looked for by its stem: a katakana mention of
the stem, right before one of the word's Japanese forms (市, 川, 砂漠), is a rendering of the place, katakana and word
together; the row's ``ja`` is the most frequent one.
"""
from __future__ import annotations

import functools

from ..charclass import is_katakana
from ..wordlists import data_table

HEADER = ("word", "japanese")
MIN_STEM = 2  # characters of the stem at least (阿勒泰 of 阿勒泰市; a stem of one is too short to be read by sound)


@functools.lru_cache(maxsize=1)
def words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(word, its Japanese forms) of data/place_word_forms.tsv, the longest word first."""
    table = data_table("place_word_forms.tsv", HEADER)
    return tuple(sorted(((w, tuple(j.split("|"))) for w, j in table.items()), key=lambda p: -len(p[0])))


def sounded(pairs, entries, found, rendering) -> set[str]:
    """Add to ``found`` (zh -> surface -> ``rendering(surface)``, with ``lines``) the renderings of each place of
    ``entries`` that has none, found by its stem's sound as the module's docstring says; return the places so
    rendered."""
    from ..document import Document
    from ..mentions.resolve import annotate
    from .compile import compile_glossary
    from .model import Entry, EntityType, Glossary

    stems: dict[str, tuple[str, tuple[str, ...]]] = {}  # stem -> (place, the Japanese forms of its word)
    for e in entries:
        if e.zh in found or e.type != EntityType.PLACE:
            continue
        word = next(((w, forms) for w, forms in words() if e.zh.endswith(w)), None)
        if word is not None and len(e.zh) - len(word[0]) >= MIN_STEM:
            stems.setdefault(e.zh[:-len(word[0])], (e.zh, word[1]))
    if not stems:
        return set()
    glossary = compile_glossary(Glossary([Entry(zh=s, ja=s, type=EntityType.PLACE) for s in stems]))
    out = set()
    for doc, _ in pairs:
        for m in annotate(Document(doc.text, doc.path), glossary):
            place, forms = stems.get(m.entity, ("", ()))
            if not place or not all(is_katakana(c) for c in m.surface):
                continue
            form = next((f for f in forms if doc.text.startswith(f, m.span.end)), None)
            if form is None:
                continue
            surface = m.surface + form
            found.setdefault(place, {}).setdefault(surface, rendering(surface)).lines.append(
                (doc.path, doc.position(m.span.start)[0]))
            out.add(place)
    return out
