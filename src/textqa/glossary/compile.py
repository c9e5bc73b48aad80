"""Derived forms of a glossary, built once and shared by every document.

``CompiledGlossary.forms`` maps each literal surface to the (entity, kind)
pairs it stands for; ``indexes`` is the glossary's ``PhoneticIndex`` (built in
``textqa.phonetics``), kept here so that one object can be cached and shipped to workers.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable

from ..mentions.kinds import MentionKind
from .forms import glyph_forms_many, other_kanji
from .model import Entry, Glossary
from .open_place import OpenPlaces

if TYPE_CHECKING:
    from ..phonetics.index import PhoneticIndex
    from .automaton import LiteralAutomaton


@dataclass
class CompiledGlossary:
    glossary: Glossary
    forms: dict[str, list[tuple[str, MentionKind]]]
    indexes: PhoneticIndex
    _automaton: LiteralAutomaton | None = field(default=None, repr=False)
    _load_automaton: Callable[[], LiteralAutomaton] | None = field(default=None, repr=False, compare=False)
    _open_places: OpenPlaces | None = field(default=None, repr=False, compare=False)  # kept in the disk cache

    def entry(self, zh: str) -> Entry:
        return self.glossary.by_zh[zh]

    def automaton(self):
        """Aho-Corasick over every literal form (leftmost-longest, by code point)."""
        if self._automaton is None and self._load_automaton is not None:  # kept in the disk cache
            self._automaton = self._load_automaton()
        if self._automaton is None:
            from .automaton import LiteralAutomaton  # picklable, so the disk cache keeps it

            self._automaton = LiteralAutomaton(list(self.forms))
        return self._automaton, self._automaton.patterns

    def open_places(self) -> OpenPlaces:
        """Its kanji forms with one place left open (``textqa.glossary.open_place``), made from the forms on first
        use unless the store holds them."""
        if self._open_places is None:
            self._open_places = OpenPlaces.of(self.forms)
        return self._open_places

    def __copy__(self) -> CompiledGlossary:  # a copy reads the same store (a pickle holds what it read)
        return replace(self)

    def __getstate__(self):
        """Pickled (for Dask workers) with its automaton, not the means to read it, nor the open-place index (made
        again from the forms where it is asked for)."""
        self.automaton()
        return {**vars(self), "_load_automaton": None, "_open_places": None}


def literal_forms(glossary: Glossary) -> dict[str, list[tuple[str, MentionKind]]]:
    """Each literal surface -> (entity, kind) pairs; the first kind added for an entity wins (preferred first)."""
    forms: dict[str, list[tuple[str, MentionKind]]] = {}
    get = forms.get

    def add(surface: str, zh: str, kind: MentionKind) -> None:
        pairs = get(surface)
        if pairs is None:  # most surfaces are added once (330,000 adds of 240,000 with 100,000 entries)
            forms[surface] = [(zh, kind)]
        elif all(z != zh for z, _ in pairs):
            pairs.append((zh, kind))

    for e in glossary:
        add(e.ja, e.zh, MentionKind.PREFERRED)
        for a in e.accept:
            add(a, e.zh, MentionKind.ACCEPTED)
        if e.reading:
            add(e.reading, e.zh, MentionKind.READING)
        for r in e.reject:
            add(r, e.zh, MentionKind.REJECTED)
    from ..phonetics.index import sounds_alike  # noqa: PLC0415 - pypinyin loads only with the index

    known = set(forms)
    entries = list(glossary)
    for start in range(0, len(entries), GLYPH_BATCH):  # in batches: OpenCC's texts for all at once take 200 MB
        batch = entries[start:start + GLYPH_BATCH]
        sources = [sorted({e.zh, e.ja}) for e in batch]  # sorted: the same order whatever the hash seed
        variants = iter(glyph_forms_many([s for pair in sources for s in pair]))
        for e, pair in zip(batch, sources):
            for source in pair:
                new = next(variants) - known  # most variants are forms already (the entry's ja, for one)
                if not new:
                    continue
                for g in sorted(new):
                    # 陳東昇 for 陳東升: another kanji, a homophone (the sound finders' to report); but a term has no
                    # sound keys, and its zh form in any script is the source copied (木雕 for 木彫: 彫 and 雕 are two
                    # Japanese kanji that simplified Chinese merged, and the glossary's ja chose 彫)
                    if not other_kanji(g, e.ja) or (source == e.zh and not sounds_alike(e)):
                        add(g, e.zh, MentionKind.GLYPH)
    return forms


GLYPH_BATCH = 4096  # entries whose glyph variants are asked of OpenCC at once


def compile_glossary(glossary: Glossary) -> CompiledGlossary:
    from ..phonetics.index import build_indexes  # noqa: PLC0415 - pypinyin loads only here

    return CompiledGlossary(glossary, literal_forms(glossary), build_indexes(glossary))


HELPER_MIN = 5000  # glossaries of this many entries (files of HELPER_BYTES) or more are compiled in two processes
HELPER_BYTES = 200_000


def compile_to_store(glossary: Glossary, path, key: str) -> None:
    """Compile ``glossary`` straight into a store file (``glossary.store``), one part at a time: memory holds the
    glossary and one part at once, never the whole compiled glossary (``store.load`` reads it back). A large
    glossary is compiled in two processes at once: the katakana, romanised and persons' keys in a forked helper,
    the entries, the kanji finders' phonetic keys, the syllables and the literal forms in this one."""
    from . import store  # noqa: PLC0415

    with contextlib.ExitStack() as stack:
        helpers = [stack.enter_context(store.Helper(path, 1, key, lambda send: _helper_share(glossary, send)))] \
            if len(glossary) >= HELPER_MIN else []
        store.save_parts(path, key, glossary, [lambda: _sound_share(glossary, None, helpers),
                                               lambda: _kana_share(glossary)], helpers)


def compile_files_to_store(paths: list, datas: list[bytes], path, key: str) -> None:
    """Read, check and compile glossary files into a store file, as ``load_glossary`` then ``compile_to_store``
    do (raising InputErrors the same way). The files are parsed once, with no cells (``load_unchecked``); files
    of ``HELPER_BYTES`` or more are compiled in two processes, the helper forked once they are parsed (it shares
    the parsed entries with this process) and before they are checked, which it never waits for."""
    from . import store  # noqa: PLC0415
    from .load import load_unchecked  # noqa: PLC0415

    glossary, check = load_unchecked(paths, datas, cells=False)
    with contextlib.ExitStack() as stack:
        helpers = [stack.enter_context(store.Helper(path, 1, key, lambda send: _helper_share(glossary, send)))] \
            if sum(map(len, datas)) >= HELPER_BYTES else []
        store.save_parts(path, key, glossary, [lambda: _sound_share(glossary, check, helpers),
                                               lambda: _kana_share(glossary)], helpers)


def _sound_share(glossary: Glossary, check: Callable[[], None] | None = None, helpers: list | None = None):
    """The entries, the literal forms and their automaton, then the kanji finders' phonetic keys and the syllables'
    (``sound_parts``, ``syllable_parts``); ``_kana_share`` takes about as long. The names' readings and those of the
    mixed forms' kanji heads come from the helper when there is one (``_helper_share``: they are made once, and this
    process never loads pypinyin), else they are made here; the forms need none, so they are made while the helper
    reads the names (this process waited about half a second for the readings when it asked for them after the
    entries)."""
    from ..phonetics.index import sound_parts, syllable_parts  # noqa: PLC0415

    if check is not None:
        check()
    yield "entries", None
    yield "forms", _forms_and_automaton(glossary)
    sent = helpers[0].received() if helpers else None
    known, heads = sent if isinstance(sent, tuple) and len(sent) == 2 else (None, None)
    if not (isinstance(known, list) and len(known) == len(glossary) and isinstance(heads, dict)):
        known = heads = None
    yield from sound_parts(glossary, known, heads)
    yield from syllable_parts(glossary, known)


def _kana_share(glossary: Glossary, known: list | None = None):
    """The katakana and romanised keys, then the persons' (``person_parts``)."""
    from ..phonetics.index import glossary_readings, kana_parts, person_parts  # noqa: PLC0415

    if known is None:  # made once for both
        known = glossary_readings(glossary)
    yield from kana_parts(glossary, known, paired=True)  # the store groups the katakana keys as they are read
    yield from person_parts(glossary, known)


def _helper_share(glossary: Glossary, send: Callable):
    """In the helper: the names' readings and the mixed forms' heads' (``head_readings``), sent to the main
    process, then the romanised, katakana and persons' keys made from the names'."""
    from ..phonetics.index import glossary_readings, head_readings  # noqa: PLC0415

    known = glossary_readings(glossary)
    send((known, head_readings(glossary)))
    return _kana_share(glossary, known)


def _forms_and_automaton(glossary: Glossary) -> tuple[dict, bytes]:
    """The literal forms and their automaton, pickled (the automaton itself is let go at once)."""
    import pickle  # noqa: PLC0415

    from .automaton import LiteralAutomaton  # noqa: PLC0415

    forms = literal_forms(glossary)
    return forms, pickle.dumps(LiteralAutomaton(list(forms)), protocol=5)
