"""The glossary's kanji forms with one place left open: how the rules that read a name with one character changed or
lost (NAM011's look-alikes, GRB014's stand-ins) find the forms a stretch of text may be.

Each form of two kanji or more gives one key for each of its places, the form with that place left open
(``open_place_key``: 秦淮 gives ``\\0淮`` and ``秦\\0``); a key holds the characters that fill its open place, one for
each form that fits, in the order of the glossary's forms. The index is made when the glossary is compiled and kept
in its store (table OPEN_PLACE_TABLE, the forms' lengths in ``meta``), so a run reads only the keys its documents
touch; a glossary compiled in memory makes it from its forms on first use. A key holds fills, not forms: a form is
its key with the fill put in place, so the index holds one character a form and key, not the form again.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..charclass import KANJI_RUN

OPEN_PLACE = "\0"  # the one place of a form's key left open (a character changed or lost): no form holds it
OPEN_PLACE_TABLE = "open_place"  # the index's table in a glossary's store
LENGTHS = "open_place_lengths"  # the lengths of the forms it holds, in the store's meta
CHARS = "open_place_chars"  # the characters of the forms it holds, in the store's meta


def open_place_key(form: str, p: int) -> str:
    return form[:p] + OPEN_PLACE + form[p + 1:]


def open_place_fills(forms: Iterable[str]) -> tuple[dict[str, tuple[str]], tuple[int, ...], str]:
    """(each form of two kanji or more with each place in turn left open -> (the characters that fill it, in the
    order of ``forms``), the forms' lengths, their characters in code-point order): one pass over the forms. A key's
    fills are one string in a 1-tuple, which the store writes as text (made as strings, then put in tuples at once:
    820,000 keys and fills with 100,000 entries)."""
    whole = KANJI_RUN.fullmatch
    kept = [form for form in forms if len(form) >= 2 and whole(form)]
    index: dict[str, str] = {}
    get = index.get
    for form in kept:
        for p, fill in enumerate(form):
            key = form[:p] + OPEN_PLACE + form[p + 1:]
            index[key] = get(key, "") + fill
    # the lengths and characters taken in C from the forms kept, not added a form at a time in the loop
    return (dict(zip(index, zip(index.values()))), tuple(sorted(set(map(len, kept)))),
            "".join(sorted(set("".join(kept)))))


class OpenPlaces:
    """The index of a compiled glossary's forms with one place open: ``fitting(key)`` is the (form, holders) that
    fit the key, in the glossary's order; ``lengths`` the lengths of the forms indexed (none: no form indexed);
    ``chars`` the characters of those forms: a key fits a form only if every character of it but the open place is
    one of them (with a small glossary, most windows of a text have one that is not: asked of no index)."""

    def __init__(self, fills: Mapping[str, tuple[str]], lengths: tuple[int, ...], forms: Mapping, chars: str):
        self._fills, self.lengths, self._forms, self.chars = fills, tuple(lengths), forms, frozenset(chars)

    @classmethod
    def of(cls, forms: Mapping) -> OpenPlaces:
        """The index made from a compiled glossary's literal forms (form -> holders)."""
        fills, lengths, chars = open_place_fills(forms)
        return cls(fills, lengths, forms, chars)

    def fitting(self, key: str, among: str | None = None) -> list[tuple[str, list]]:
        """(form, holders) of each form that fits ``key`` (a stored glossary remembers each key's answer, found or
        not, and each form's holders: most keys asked hold none); with ``among``, only the forms whose fill (the
        character in the open place) is one of those: the look-alike finder asks for the forms a look-alike of the
        written character fills, and a key of a large glossary holds tens of fills (``\\0州``), each a form whose
        holders were read to be left out."""
        held = self._fills.get(key)
        if held is None:
            return []
        at, forms = key.index(OPEN_PLACE), self._forms
        return [(form, forms[form]) for form in (key[:at] + fill + key[at + 1:] for fill in held[0]
                                                 if among is None or fill in among)]
