"""Kanji that read like a glossary name: glyph variants, homophones and near-homophones."""
from __future__ import annotations

import functools
import itertools
import os

from ..charclass import KANJI_RUN, is_kanji
from ..findings import Mention, Span, replaced
from ..glossary.forms import other_kanji, simplified_form
from ..glossary.model import EntityType
from ..phonetics.index import MIN_NEAR_SYLLABLES, near_pair_key
from ..phonetics.pinyin import char_readings, is_surname, primary_readings, surname_length, toned_readings
from ..phonetics.tables import chinese_word, confusable, family_words, place_words
from ..phonetics.tables import place_suffixes as administrative_suffixes  # 县, 镇 (.features' place_suffixes: 県 and 出身)
from .features import (Features, cuts_a_word, is_dictionary_word, kanji_pairs_before_suffix, kanji_pairs_listed,
                       listed_beside, name_suffix_after, place_suffixes, place_word, shared_characters, token_evidence)
from ..tokens import kept_with_paragraph, person_name, token_at, tokenize, tokens_at
from .kinds import SOUNDALIKE_KINDS, MentionKind
from .layer import FLOOR, Dropped
from .runs import glossary_memo, long_runs, named_entities, scope_of

LAYER = "mentions.homophone"
MAX_KEYS = 32


def window_keys(window: str) -> list[str]:
    readings = [sorted(char_readings(c)) for c in window]
    if not all(readings):
        return []
    return [" ".join(k) for k in itertools.islice(itertools.product(*readings), MAX_KEYS)]


@functools.lru_cache(maxsize=65536)
def _similar(a: str, b: str) -> bool:
    """One syllable differs only slightly: one letter, or a confusable initial, final or both (data/confusable.tsv:
    sen for sheng, the flat initial and the front nasal of one accent)."""
    return a != b and (_one_edit(a, b) or _confusable(a, b, both=True))


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance at most 1 (one letter other, added or left out), tested without rapidfuzz: a lint whose
    only fuzzy test is this one loads none of its modules (about 4 MB resident of a cold start)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = len(os.path.commonprefix((a, b)))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@functools.lru_cache(maxsize=65536)
def _confusable(a: str, b: str, both: bool = False, merged: bool = False) -> bool:
    """The syllables differ in a confusable initial or final only (data/confusable.tsv): shui/sui, qin/qing; with
    ``both``, also in a confusable initial and a confusable final at once (sen/sheng; qiang/chang, the medial i
    going with the initial); with ``merged``, only within
    the groups marked merged (pan/pang, lan/nan: ``misheard_surname``)."""
    from ..phonetics.kana import split_syllable

    if a == b:
        return False
    (ia, fa), (ib, fb) = split_syllable(a), split_syllable(b)
    groups = confusable(merged)
    initial = ia == ib or any(ia in g and ib in g for g in groups.get("initial", ()))
    final = fa == fb or any(fa in g and fb in g for g in groups.get("final", ())) or _medial(ia, fa, ib, fb, groups)
    return initial and final and (both or ia == ib or fa == fb)


def _medial(ia: str, fa: str, ib: str, fb: str, groups) -> bool:
    """Two initials and two finals of a ``medial`` pair of data/confusable.tsv: the medial i gone with a palatal
    initial (qiang, chang), never with the initial kept (liang, lang)."""
    return ia != ib and fa != fb and any(fa in g and fb in g for g in groups.get("medial", ()))


def medial_slip(written: str, own: str) -> bool:
    """A usual reading of the ``written`` kanji is a reading of the name's ``own`` kanji with a confusable initial and
    the medial i that goes with it swapped (焼 shao for 暁 xiao): two sounds changed, a likeness of sound no closer
    than a shared part's (``lookalike``: 焼 and 暁 share 尭), which the look-alike finder keeps."""
    from ..phonetics.kana import split_syllable

    groups = confusable()
    for r in primary_readings(written):
        for s in char_readings(own):
            (ia, fa), (ib, fb) = split_syllable(r), split_syllable(s)
            if _medial(ia, fa, ib, fb, groups) and any(ia in g and ib in g for g in groups.get("initial", ())):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def coda_slip(a: str, b: str) -> bool:
    """The syllables differ only in the nasal ending of their final, dropped, added or swapped (yun for yu, li for lin:
    the ``coda`` of data/confusable.tsv), the initial and the rest of the final the same: a slip of the ear that no
    look-alike explains better (``resolve._looks_before_sounds``)."""
    from ..phonetics.kana import split_syllable

    if a == b:
        return False
    (ia, fa), (ib, fb) = split_syllable(a), split_syllable(b)
    if ia != ib:
        return False
    codas = sorted((c for group in confusable().get("coda", ()) for c in group), key=len, reverse=True)

    def bare(final: str) -> str:
        return next((final[:-len(c)] for c in codas if c and final.endswith(c) and len(final) > len(c)), final)

    return bare(fa) == bare(fb)


def written_by_ear(written: str, own: str) -> bool:
    """A usual reading of the ``written`` kanji is a reading of the name's ``own`` kanji but for its nasal ending
    (``coda_slip``: 雲 yun for 雨 yu)."""
    return any(coda_slip(r, s) for r in primary_readings(written) for s in char_readings(own))


def confusable_slip(written: str, own: str) -> bool:
    """A usual reading of the ``written`` kanji is a usual reading of the name's ``own`` kanji but for one of the
    ear's usual confusions (data/confusable.tsv: po for bo, dao for tao, qin for qing) or its nasal ending
    (``coda_slip``): a slip by ear, however alike the two kanji are drawn (``lookalike._one_core``: 坡 for 波)."""
    mine = primary_readings(own)
    return any(_confusable(r, s) or coda_slip(r, s) for r in primary_readings(written) for s in mine)


def heard_alike(written: str, own: str) -> bool:
    """A usual reading of the ``written`` kanji begins as a reading of the name's ``own`` kanji does (潭 tan for 濤
    tao, 玲 ling for 琳 lin: the initial heard right, the final misheard), or is one of the ear's usual slips
    (``confusable_slip``: 坡 po for 波 bo). A kanji read with another initial, none the ear confuses with the name's
    (宋 song for 宏 hong, 識 shi for 織 zhi), was not misheard though its reading is one letter off: where the two kanji
    share a frame, the eye misread it (``lookalike``)."""
    from ..phonetics.kana import split_syllable

    mine = {split_syllable(s)[0] for s in char_readings(own)}
    return any(split_syllable(r)[0] in mine for r in primary_readings(written)) or confusable_slip(written, own)


def misheard_surname(written: str, surname: str) -> str:
    """The reading of a person's surname read ``surname`` written as ``written`` (a reading of a character, or
    readings joined by ``/``) when it is that surname misheard (one merged sound other, data/confusable.tsv: pan for
    pang), else ""."""
    return next((r for r in sorted(written.split("/")) if _confusable(r, surname, merged=True)), "")


@functools.lru_cache(maxsize=65536)
def _sorted_readings(ch: str) -> tuple[str, ...]:
    return tuple(sorted(char_readings(ch)))


def _is_whole(idx, key: str) -> bool:
    return key in idx.homophone or key in idx.near or key in idx.mixed


def _pair_begins_key(pair: str, prefixes: frozenset[str]) -> bool:
    """Some key begins with a reading of the first character and one of the second (one may be ``*``)."""
    first, second = _sorted_readings(pair[0]), _sorted_readings(pair[1])
    for a in first:
        if a in prefixes and (f"{a} *" in prefixes or any(f"{a} {b}" in prefixes for b in second)):
            return True
    return "*" in prefixes and any(f"* {b}" in prefixes for b in second)


def _starts(run: str, readings: list, idx) -> list[int]:
    """Where a glossary key can begin in a run of kanji: a sieve by the first two syllables, decided once per
    pair of characters and glossary, so that the scan grows readings only from those places."""
    pairs = glossary_memo(idx, "homophone.pairs")  # two characters -> a key can begin with their readings
    singles = idx.singles
    out = []
    for i in range(len(run)):
        pair = run[i:i + 2]
        ok = pairs.get(pair)
        if ok is None and len(pair) == 2:
            ok = pairs[pair] = _pair_begins_key(pair, idx.prefixes)
        if ok or (singles and any(r in singles for r in readings[i])):
            out.append(i)
    return out


def _key_state(idx, key: str) -> int:
    """What ``grow`` asks of a reading: 0 it begins no glossary key, 1 it begins one, 2 it is a whole key too."""
    if key not in idx.prefixes:
        return 0
    return 2 if _is_whole(idx, key) else 1


def grow(run: str, idx):
    """(start, end, keys) for every stretch of ``run`` whose reading is a whole glossary key.

    Each key is a space-separated reading; at most one syllable may be ``*`` (for near-homophones),
    and its position in the stretch is given with the key. The scan starts only where a key can begin
    (``_starts``) and grows through stretches that begin a key without being one. Whether a reading begins a key
    and whether it is one (``_key_state``) is asked once a glossary: runs share their readings.
    """
    states = glossary_memo(idx, "homophone.key-states")  # reading -> _key_state
    readings = [_sorted_readings(c) for c in run]
    for i in _starts(run, readings, idx):
        partial: list[tuple[str, int | None]] = [("", None)]
        for j in range(i, len(run)):
            grown, whole = [], []  # whole: the grown keys' states, 2 for a whole key
            for key, wild in partial:
                for r in readings[j]:
                    k = f"{key} {r}" if key else r
                    state = states.get(k)
                    if state is None:
                        state = states[k] = _key_state(idx, k)
                    if state:
                        grown.append((k, wild))
                        whole.append(state)
                if wild is None:
                    k = f"{key} *" if key else "*"
                    state = states.get(k)
                    if state is None:
                        state = states[k] = _key_state(idx, k)
                    if state:
                        grown.append((k, j - i))
                        whole.append(state)
            partial = grown[:MAX_KEYS]
            if not partial:
                break
            if 2 in whole[:MAX_KEYS]:
                yield i, j + 1, partial, readings


def _describe(doc, compiled, zh: str, span: Span, kind: MentionKind, syllables: int, named: set, **more) -> Features:
    entity_type = compiled.entry(zh).type
    features = _described(compiled, zh, doc.slice(span), kind, syllables, **more)
    context = name_suffix_after(doc, span, entity_type) or listed_beside(doc, compiled, span, entity_type)
    return _evidenced(doc, compiled, span, replaced(features, context=context, elsewhere=zh in named))


def _described(compiled, zh: str, window: str, kind: MentionKind, syllables: int, **more) -> Features:
    """The features of ``window`` read as ``zh`` that depend on them and the glossary only (not yet the document's:
    the name suffix after it, the entity written elsewhere, the token evidence)."""
    entry = compiled.entry(zh)
    if kind in SOUNDALIKE_KINDS and not more.get("mixed"):
        more["chinese_word"] = chinese_word(simplified_form(window))
    return Features(kind, syllables, shared=shared_characters(window, zh), person=entry.may_be_person,
                    **more)


def _evidenced(doc, compiled, span: Span, features: Features, ambiguous: bool = False) -> Features:
    """``features`` with the span's token evidence; without it when no evidence could bring the candidate up to the
    report threshold (``FLOOR``): it is dropped once the finders are done, counted only as a rival and an echo.
    ``ambiguous``: another entity's candidate of the same kind is on the span (``completed`` will say so too)."""
    floor = doc.memo.get(FLOOR)
    if floor is not None and floor.hopeless(features, len(compiled.glossary), ambiguous):
        return features
    return replaced(features, tokens=token_evidence(doc, span))


def _mixed(doc, compiled, span: Span, keys: list[str], named: set) -> list[Mention]:
    """Kanji read like the kanji head of a form such as 騰訊ホールディングス, followed by its kana tail."""
    out = []
    for key in keys:
        for zh, tail in compiled.indexes.mixed.get(key, ()):
            if not doc.text.startswith(tail, span.end):
                continue
            whole = Span(span.start, span.end + len(tail))
            surface = doc.slice(whole)
            if surface in compiled.entry(zh).correct_forms:
                continue
            features = replaced(_described(compiled, zh, doc.slice(span), MentionKind.HOMOPHONE,
                                           len(key.split()) + 1, mixed=True),
                                context=name_suffix_after(doc, span, compiled.entry(zh).type), elsewhere=zh in named,
                                tokens=token_evidence(doc, span))  # always: longer than the name (KANJI_SOUND_KINDS)
            out.append(Mention(whole, surface, zh, MentionKind.HOMOPHONE, detail=key, features=features))
    return out


class _Reading:
    """One entity a window of kanji reads as, decided once per window and glossary: the kind, the key, and the
    features the window and the glossary give (``variant`` adds the document's: a name suffix, the entity written
    elsewhere)."""

    __slots__ = ("zh", "kind", "key", "entity_type", "tones_only", "features", "_variants")

    def __init__(self, compiled, window: str, zh: str, kind: MentionKind, key: str, tones_only: bool = False, **more):
        self.zh, self.kind, self.key, self.tones_only = zh, kind, key, tones_only  # tones_only: alike only without tones
        self.entity_type = compiled.entry(zh).type
        self.features = _described(compiled, zh, window, kind, len(window), **more)
        self._variants: dict[tuple[bool, bool], Features] = {}

    def variant(self, context: bool, elsewhere: bool) -> Features:
        """The features with the document's name suffix after the window (``context``) and whether it writes the
        entity in a literal form (``elsewhere``): shared by every place they are alike."""
        key = (context, elsewhere)
        found = self._variants.get(key)
        if found is None:
            found = self._variants[key] = replaced(self.features, context=context, elsewhere=elsewhere)
        return found


class _Window:
    """What a stretch of a kanji run that reads as a whole glossary key holds, decided once per run and glossary
    (the document's tests are left to ``find_homophones``): the keys a mixed form's head may have, the entities it
    reads as, and (lazily) those it reads one syllable away from."""

    __slots__ = ("i", "end", "keys", "readings", "mixed", "hits", "tones_only", "_near", "rare_near", "_read", "_sorted",
                 "_evidenced")

    def __init__(self, compiled, run: str, i: int, end: int, keys: list, readings: list, mixed: list[str]):
        idx = compiled.indexes
        self.i, self.end, self.keys, self.readings, self.mixed = i, end, keys, readings, mixed
        exact = [k for k, wild in keys if wild is None]
        window = run[i:end]
        hits = {zh: k for k in exact for zh in idx.homophone.get(k, ())}
        self.hits = [r for r in (_read_as(compiled, window, zh, key, exact) for zh, key in hits.items()) if r]
        self.tones_only = any(r.tones_only for r in self.hits)
        self._near: list[_Reading] | None = None if not hits and end - i >= MIN_NEAR_SYLLABLES else []
        self.rare_near: frozenset[str] = frozenset()  # the near-homophones read only through a rare reading (near)
        self._read: dict[tuple, tuple] = {}  # (placed, place-named) -> (readings, rivals, entity types, entities)
        self._sorted: dict[tuple, tuple] = {}  # (placed, place-named, name suffixes by type, entities written) -> ...
        self._evidenced: dict[tuple, tuple] = {}  # (the list sort_out gave, token evidence) -> (it, kept, gone)

    def near(self, compiled, window: str) -> list[_Reading]:
        if self._near is None:
            idx = compiled.indexes
            found = _near_hits(self.keys, self.readings[self.i:self.end], idx.near, idx.persons, window)
            # the person's compound surname and a word about the family (司馬氏 beside 司馬鳴) is no name one syllable
            # off, as it is no homophone (``_read_as``)
            self._near = [_Reading(compiled, window, zh, MentionKind.NEAR_HOMOPHONE, key) for zh, (key, _) in found.items()
                          if not _place_word(compiled, window, zh) and not _other_level(compiled, window, zh)
                          and not _family_of(window, zh, idx.persons)]
            self.rare_near = frozenset(zh for zh, (_, rare) in found.items() if rare)
        return self._near

    def read_as(self, compiled, window: str, placed: bool, place_named: bool = False) -> tuple:
        """(readings, the kinds rivals share (``_rivals``), the readings' entity types, their entities) of the window;
        ``placed``: the window is a place the dictionary knows (``_known_place``), so a reading alike only without
        tones is none (台州 beside 泰州); ``place_named``: the window is a place name the dictionary knows and a place
        suffix (``_dictionary_place``), so a near-homophone read only through a rare reading of one of its characters
        is none (大連市 read tai lian shi, one syllable from 泰林市: a real place read as it is not read)."""
        found = self._read.get((placed, place_named))
        if found is None:
            hits = [r for r in self.hits if not r.tones_only] if placed else self.hits
            near = self.near(compiled, window)
            if place_named:
                near = [r for r in near if r.zh not in self.rare_near]
            readings = [*hits, *near]
            found = self._read[placed, place_named] = (readings, _rivals(readings) if len(readings) > 1 else _NO_RIVALS,
                                          tuple(dict.fromkeys(r.entity_type for r in readings)),
                                          frozenset(r.zh for r in readings))
        return found

    def sort_out(self, compiled, window: str, placed: bool, place_named: bool, contexts: tuple[bool, ...],
                 written: frozenset, floor, size: int) -> tuple[list, list]:
        """([(reading, features)] of the candidates to describe fully, [(kind, entities)] of those that can never be
        reported (``Model.hopeless``: counted only as rivals and echoes)), for the document's name suffix after the
        window by entity type (``contexts``, in ``read_as``'s order) and the entities it writes literally
        (``written``): decided once for each, a window's readings being tens with a large glossary."""
        key = (placed, place_named, contexts, written)
        found = self._sorted.get(key)
        if found is None or found[0] is not floor or found[1] != size:
            readings, rivals, types, _ = self.read_as(compiled, window, placed, place_named)
            context = dict(zip(types, contexts))
            live, dropped = [], {}
            for r in readings:
                features = r.variant(context[r.entity_type], r.zh in written)
                if floor is not None and floor.hopeless(features, size, r.kind in rivals):
                    dropped.setdefault(r.kind, []).append(r.zh)
                else:
                    live.append((r, features))
            found = self._sorted[key] = (floor, size, live, [(kind, tuple(zhs)) for kind, zhs in dropped.items()])
        return found[2], found[3]


    def evidenced(self, live: list, tokens, rivals, floor, size: int) -> tuple[list, list]:
        """``_evidenced_readings`` of a list ``sort_out`` gave (``rivals``: ``read_as``'s for the same document
        tests), decided once for each token evidence: the same window recurs with the same tokens around it."""
        key = (id(live), tokens)
        found = self._evidenced.get(key)
        if found is None or found[0] is not live:
            found = self._evidenced[key] = (live, *_evidenced_readings(live, tokens, rivals, floor, size))
        return found[1], found[2]


def _windows(compiled, run: str) -> list[_Window]:
    """The windows of ``run`` that may name an entity (``grow``), with what each holds."""
    idx = compiled.indexes
    out = []
    for i, end, keys, readings in grow(run, idx):
        exact = [k for k, wild in keys if wild is None]
        mixed = end == len(run) and any(k in idx.mixed for k in exact)
        if not mixed and (run[i:end] in compiled.forms  # a literal form: the exact finder has it
                          or not any(k in idx.homophone for k in exact)
                          and (end - i < MIN_NEAR_SYLLABLES or not any(k in idx.near for k, wild in keys))):
            continue
        w = _Window(compiled, run, i, end, keys, readings, exact if mixed else [])
        if mixed or w.hits or w.near(compiled, run[i:end]):
            out.append(w)  # a window that reads as no entity (each a word about a family or a place's, or read no
            # syllable similar enough) holds no candidate: its tokens are not read, nor its tests made
    return out


def _probed(found: list[_Window]) -> tuple[list[_Window], tuple[int, ...]]:
    """A run's windows, with the offsets in the run of the tokens ``find_homophones`` reads for them: at each
    window's start and at its last character (all in the run's paragraph, so looked up together)."""
    return found, tuple(sorted({w.i for w in found} | {w.end - 1 for w in found}))


def _read_as(compiled, window: str, zh: str, key: str, exact: list[str]) -> _Reading | None:
    """How ``window`` (read with ``key``) names ``zh``: a glyph variant, a homophone or a near-homophone; None for
    the person's surname and a word about the family (周姓, 王家)."""
    idx = compiled.indexes
    if _family_of(window, zh, idx.persons):
        return None
    if simplified_form(window) == simplified_form(zh) and not other_kanji(window, compiled.entry(zh).ja):
        return _Reading(compiled, window, zh, MentionKind.GLYPH, key)
    rare = [(syl, c) for syl, c in zip(key.split(), window) if syl not in primary_readings(c)]
    usual = _usual_reading(window, zh, key, rare) if zh in idx.persons else ""
    kind = MentionKind.NEAR_HOMOPHONE if usual or _misread(zh, exact, idx) else MentionKind.HOMOPHONE
    key = usual or key
    toned = kind is not MentionKind.HOMOPHONE or _tones_meet(window, simplified_form(zh), key.split())
    return _Reading(compiled, window, zh, kind, key, not toned, rare_reading=bool(rare), tones_differ=not toned)


def find_homophones(doc, compiled) -> list[Mention | Dropped]:
    """The kanji sound-alike candidates of ``doc``; with a floor model in ``doc.memo`` (``FLOOR``), those of a
    window that can never be reported are kept as one ``Dropped`` record per kind."""
    named = named_entities(doc)
    floor = doc.memo.get(FLOOR)
    size = len(compiled.glossary)
    out: list[Mention | Dropped] = []
    memo = glossary_memo(compiled.indexes, "homophone.windows")  # run -> its windows and probes (_probed)
    runs = []  # (start, run, its windows and probes) of the runs with a window that reads as a glossary name
    for run_start, run in long_runs(doc, KANJI_RUN, 2):  # names have two characters or more
        held = memo.get(run)
        if held is None:
            held = memo[run] = _probed(_windows(compiled, run))
        if held[0]:  # most runs have none
            runs.append((run_start, run, held))
    in_place = _glossary_key(compiled)
    for run_start, run, (found, probes) in runs:
        for w, tests in zip(found, _read_in_place(doc, compiled, in_place, run_start, run, found, probes)):
            if tests is None:
                continue  # a word, or part of one (_window_tests)
            placed, place_named, proper = tests
            span = Span(run_start + w.i, run_start + w.end)
            window = run[w.i:w.end]
            if w.mixed:
                out += _mixed(doc, compiled, span, w.mixed, named)
            _, rivals, types, entities = w.read_as(compiled, window, placed, place_named)
            contexts = tuple(name_suffix_after(doc, span, t) for t in types)
            written = entities & named if named else _NO_ENTITIES
            live, dropped = w.sort_out(compiled, window, placed, place_named, contexts, written, floor, size)
            if live and proper:
                live = [(r, f) for r, f in live if not _japanese_family_name(compiled.entry(r.zh))]
            if live and _suffix_of_the_place_before(doc.text, span):
                live = [(r, f) for r, f in live if r.kind not in SOUNDALIKE_KINDS
                        or simplified_form(window[0]) == simplified_form(r.zh)[0]]
                # 市嵐県 of 星河|市|嵐県: a window that begins with the suffix ending the place before it reads across
                # two names (a sound-alike of 西嵐県 by its first kanji); a name that begins so is still read
            if live and span.end < len(doc.text) and is_kanji(doc.text[span.end]):
                live = [(r, f) for r, f in live if r.kind is not MentionKind.NEAR_HOMOPHONE
                        or not _name_then_word(compiled, window, r.zh)]
                # 包公怒 of 「包公怒銛…」 beside 包公 (accepted for 包拯) and 包公湖: a name written right, then the next
                # word of a run that goes on, not the lake's name misheard (包公河を, which ends its run, still is)
            if live and cuts_a_word(doc, span) and not token_evidence(doc, span).inside_word:
                live = [(r, f) for r, f in live
                        if r.kind not in SOUNDALIKE_KINDS or name_suffix_after(doc, span, r.entity_type)]
                # 冷箱 of 保冷|箱: a window cut out of running words is no name misheard, unless a name suffix follows
                # (one word that holds the window, 新香 of お新香, is its feature ``inside_word``, weighed by the fit)
            if live:
                kept, gone = w.evidenced(live, token_evidence(doc, span), rivals, floor, size)
                out += [Mention(span, window, r.zh, r.kind, detail=r.key, features=f) for r, f in kept]
                out += [Dropped(span, kind, zhs) for kind, zhs in gone]
            out += [Dropped(span, kind, zhs) for kind, zhs in dropped]  # a rival and an echo only
    out += _near_pairs(doc, compiled, named)
    doc.add_layer(LAYER, out)
    return out


def _suffix_of_the_place_before(text: str, span: Span) -> bool:
    """The window at ``span`` begins with a one-character administrative suffix (市, 県, 鎮: ``administrative_suffixes``
    in their simplified forms) right after a kanji: the suffix that ends the place named before it (星河|市|嵐県)."""
    return span.start > 0 and is_kanji(text[span.start - 1]) \
        and simplified_form(text[span.start]) in administrative_suffixes()


def _read_in_place(doc, compiled, glossary: object, run_start: int, run: str, found: list[_Window],
                   probes: tuple[int, ...]) -> tuple:
    """``_window_tests`` of a run's windows, made once for each place in a paragraph text: they read the tokens of
    the run's paragraph only (``tokens.kept_with_paragraph``). ``glossary``: ``_glossary_key``'s, which the windows
    depend on."""
    return kept_with_paragraph(doc, Span(run_start, run_start + len(run)), glossary,
                               lambda: _window_tests(doc, compiled, run_start, run, found, probes))


def _glossary_key(compiled) -> object:
    """An object that stands for the glossary in memos kept outside it (``Packed.derived``): the windows and what
    they read depend on it."""
    return glossary_memo(compiled.indexes, "homophone.glossary-key").setdefault(LAYER, object())


def _window_tests(doc, compiled, run_start: int, run: str, found: list[_Window], probes: tuple[int, ...]) -> tuple:
    """For each window of a run (``found``; ``probes``: the offsets in the run of the tokens read), None when it is
    a word or part of one, no name: it begins inside a known name or a date, ends in the stem of a word that
    conjugates, or is a word of a part of speech no name has; else (placed, place-named, one proper noun of the
    dictionary) as ``find_homophones`` reads them."""
    at = dict(zip(probes, tokens_at(doc, [run_start + i for i in probes])))
    inside: dict[int, bool] = {}  # window start -> it begins inside a known name or a date (安|倍氏)
    out = []
    for w in found:
        first = at[w.i]  # the token at the window's start
        if w.i not in inside:
            inside[w.i] = _inside_known_name(doc, run_start + w.i, first)
        span = Span(run_start + w.i, run_start + w.end)
        if inside[w.i] or _stem_of_word(at[w.end - 1], span.end) and not name_suffix_after(doc, span, "") \
                or _ends_in_count(doc, at[w.end - 1], span.end) \
                or _no_name_word(first, span) and not name_suffix_after(doc, span, ""):
            out.append(None)
            # 安|倍氏: the end of a surname the dictionary knows and a suffix, not a name; 力強い: the kanji of a verb or
            # an adjective before its ending (not before a name suffix: SudachiPy reads 宜さ|ん of 葦静宜さん as a word); 星慶四|年: an era's name and a year's number, a date (星林十|三: a number cut
            # in two); 素敵 (beside 蘇堤): an
            # adjectival noun, an adverb, a verb the dictionary knows (a name is a noun, but 大童市: the suffix makes it
            # one)
            continue
        placed = w.tones_only and _known_place(doc, span, first)  # 台州 beside 泰州: a real place of its own
        w.near(compiled, run[w.i:w.end])  # (sets rare_near)
        place_named = bool(w.rare_near) and _dictionary_place(doc, span, first)  # 大連|市 read tai lian shi
        out.append((placed, place_named, _proper_noun_token(first, span)))
    return tuple(out)


def _evidenced_readings(live: list, tokens, rivals, floor, size: int) -> tuple[list, list]:
    """([(reading, features)] of the readings of a window that ``sort_out`` left to describe fully, with the span's
    token evidence, [(kind, entities)] of those left out): with a ``floor``, a homophone or near-homophone that no
    echo, and no ambiguity unless it is known (``rivals``), can bring up to the report threshold
    (``Model.out_of_reach``) is one entity of a ``Dropped`` record of its kind instead: ``resolve.completed`` drops
    it (``unreported``) once it has counted as a rival and an echo, which the record counts it as; such a candidate
    lends its confidence to no longer one (``KANJI_SOUND_KINDS``), and its echo decides nothing (``lonely`` is for
    candidates that an echo could keep). With a large glossary a window reads as tens of entities, most of them so."""
    kept = []
    gone: dict[MentionKind, list[str]] = {}
    for r, features in live:
        features = replaced(features, tokens=tokens)
        if floor is not None and r.kind in SOUNDALIKE_KINDS and floor.out_of_reach(features, size, r.kind in rivals):
            gone.setdefault(r.kind, []).append(r.zh)
        else:
            kept.append((r, features))
    return kept, [(kind, tuple(zhs)) for kind, zhs in gone.items()]


_NO_RIVALS: frozenset = frozenset()
_NO_ENTITIES: frozenset = frozenset()


def _rivals(readings: list[_Reading]) -> set[MentionKind]:
    """The kinds that two entities or more have among a window's readings: a candidate of such a kind is
    ambiguous (``resolve.completed``: more than one entity of its kind on its span)."""
    seen: dict[MentionKind, str] = {}
    out = set()
    for r in readings:
        if seen.setdefault(r.kind, r.zh) != r.zh:
            out.add(r.kind)
    return out


def _usual_reading(window: str, zh: str, key: str, rare: list[tuple[str, str]]) -> str:
    """The window's usual reading when it reads like a person's name only through uncommon readings of characters
    other than the name's own, each a sound confusable with the character's usual one (王平華 wang bing hua, though 平
    is not read so: as read, wang ping hua, one syllable from 王炳华, a near-homophone); "" when some other reading is
    needed or none is. The name's own character reads as the name reads it (曾 zeng in a surname). Only for persons:
    a place name often keeps a character's reading that the table does not put first (長 chang, zhang first)."""
    own = {c for c, z in zip(window, simplified_form(zh)) if simplified_form(c) == z}
    usual = {}
    for syl, c in rare:
        if c in own:
            continue
        similar = [r for r in sorted(primary_readings(c)) if _similar(r, syl)]
        if not similar:
            return ""
        usual[c] = similar[0]
    if not usual:
        return ""
    return " ".join(usual.get(c, syl) for syl, c in zip(key.split(), window))


def _known_place(doc, span: Span, tok) -> bool:
    """The window is a place name the dictionary knows as spelt, alone or with a place suffix (台州市). One that reads
    like a glossary name only when tones are ignored (台州 tái zhōu beside 泰州 tài zhōu, 撫州 fǔ zhōu beside 福州 fú
    zhōu) is a place of its own: a slip of the keyboard or the ear keeps the tones (福洲 for 福州, both fú zhōu), and
    two real places that differ in a tone are two places. ``tok``: the token at the span's start."""
    if tok is None:
        return False
    return not tok.oov and tok.is_place_name and place_word(doc, span, *tok.span)


def _dictionary_place(doc, span: Span, tok) -> bool:
    """The window is a place name the dictionary knows as spelt followed by a place suffix it does not glue to it
    (大連|市), or one with the suffix glued (``_known_place``). ``tok``: the token at the span's start."""
    if tok is None or tok.oov or not tok.is_place_name or tok.span.start != span.start:
        return False
    return tok.span.end < span.end and doc.text[tok.span.end:span.end] in place_suffixes() \
        or place_word(doc, span, *tok.span)


def _tones_meet(window: str, name: str, syllables: list[str]) -> bool:
    """At every syllable, a reading of the window's character and one of the name's are the same with tones."""
    for a, b, syl in zip(window, name, syllables):
        if not toned_readings(a, syl) & toned_readings(b, syl):
            return False
    return True


def _misread(zh: str, keys: list[str], idx) -> bool:
    """The window's readings ``keys`` read the name character by character, never as the Chinese dictionary's
    word it is (留安 liu an for 六安, read lu an): the name misread, so a sound-alike of it is a near-homophone. A
    name that is no word of that dictionary has no reading surer than its characters' (pypinyin's phrase
    reading may cut a wrong phrase out of it)."""
    first = idx.syllables.get(zh)
    return bool(first) and " ".join(first) not in keys and chinese_word(simplified_form(zh))


def _inside_known_name(doc, start: int, tok) -> bool:
    """True when a window at ``start`` begins inside a proper noun that SudachiPy knows as spelt (安倍 in 安倍氏, 近平 in
    習近平), or inside a date: a time word (年 of 毎年夏, 今年秋) or a counter after a number (年 of 2017年夏). A window
    cut out of a known name is that name's tail, and one cut out of a date is the date's, not a name of its own.
    ``tok``: the token at ``start`` (``tokens.token_at``)."""
    if tok is None or tok.oov:
        return False
    if tok.span.start < start:
        return tok.is_proper_noun or tok.is_time_word
    return tok.is_counter and _after_numeral(doc, tok)


FAMILY_NAME = "姓"  # SudachiPy's tag of a family name among person names (名詞,固有名詞,人名,姓)


def _proper_noun_token(tok, span: Span) -> bool:
    """The window is one proper noun of the dictionary (吉村, 中野 read as a surname or a place): a name of its own."""
    return tok is not None and tok.span == span and not tok.oov and tok.is_proper_noun


def _japanese_family_name(entry) -> bool:
    """A person entry whose form the dictionary reads as one family name and whose first character is no Chinese
    surname (磯村, 中野: data/surnames.tsv has neither 矶 nor 中): a Japanese surname, read in Japanese. A name of the
    dictionary that Mandarin happens to read alike (吉村 for 磯村, ji cun; 仲野 for 中野) is another family or a place,
    not that surname misheard. A Chinese person's name begins with a surname (林|志強) or is a given name."""
    return entry.type == EntityType.PERSON and not is_surname(entry.ja[:1]) and _family_name(entry.ja)


@functools.lru_cache(maxsize=4096)
def _family_name(form: str) -> bool:
    """The dictionary reads ``form`` as one family name (名詞,固有名詞,人名,姓)."""
    toks = tokenize(form)
    return len(toks) == 1 and person_name(toks[0].pos) and toks[0].pos[3] == FAMILY_NAME


def _no_name_word(tok, span: Span) -> bool:
    """The window is exactly one word the dictionary knows, of a part of speech no name has (``tokens.NOT_NAMES``).
    ``tok``: the token at the window's start."""
    return tok is not None and tok.span == span and tok.is_no_name


def _stem_of_word(tok, end: int) -> bool:
    """True when ``tok``, the token that holds the character before ``end``, is a verb or an adjective the
    dictionary knows and runs on past ``end``: the kanji before ``end`` are its stem (力強 of 力強い, 心強 of 心強く),
    and a name does not conjugate."""
    return tok is not None and tok.span.end > end and tok.is_inflecting


def _ends_in_count(doc, tok, end: int) -> bool:
    """True when ``tok``, the token that holds the character before ``end``, is a numeral that ends there and a
    counter follows it (`星慶四|年正月`: an era 星慶 and its fourth year, one syllable from the emperor 星慶帝; `星河三|年`): the
    window's last kanji is a number of a date or a count, and a name's last character is no number counted so. So
    it is when the numeral runs on past ``end`` (`星林十|三人衆`: the window cuts the number thirteen in two)."""
    if tok is None or not tok.is_numeral:
        return False
    if tok.span.end > end:
        return True
    if tok.span.end != end:
        return False
    after = token_at(doc, end)
    return after is not None and after.span.start == end and (after.is_counter or after.is_counter_suffix)


def _after_numeral(doc, tok) -> bool:
    before = token_at(doc, tok.span.start - 1) if tok.span.start else None
    return before is not None and before.is_numeral


def _near_pairs(doc, compiled, named: set) -> list[Mention]:
    """Two characters that keep one character of a two-character name and change the other to one read with a
    confusable initial or final (丽水 li shui, 苏静 su jing), before a name suffix (麗穂市, 蘇金教授), or read one letter
    off (图 tu, 屯 tun) as a run of kanji of their own listed beside a name of the same type that the document writes
    correctly (藍港と華屯 for 华图): a slip that only the name's context points to, since a two-character stretch with one
    character in common is everywhere. A person's only when the document names the person literally elsewhere
    (as a wrong surname is); in a list, or for a person, only when the two characters are no dictionary word of their
    own."""
    if not compiled.indexes.near_pairs:
        return []
    memo = glossary_memo(compiled.indexes, "homophone.near-pairs")  # (two characters, listed) -> _near_pair_names
    out = []
    scope = scope_of(doc)
    bounds = () if scope is None else (scope.start, scope.end)
    before_suffix = set(kanji_pairs_before_suffix(doc.text, *bounds))
    for start in sorted(before_suffix | set(kanji_pairs_listed(doc.text, *bounds))):
        window = doc.text[start:start + 2]
        span = Span(start, start + 2)
        for listed in (False, True) if start in before_suffix else (True,):
            found = memo.get((window, listed))
            if found is None:
                found = memo[window, listed] = _near_pair_names(compiled, window, listed)
            for zh, detail, person, entity_type in found:
                if person and zh not in named:
                    continue  # a person named only so
                if not (listed_beside(doc, compiled, span, entity_type) if listed
                        else name_suffix_after(doc, span, entity_type)):
                    continue
                features = _describe(doc, compiled, zh, span, MentionKind.NEAR_HOMOPHONE, 2, named)
                out.append(Mention(span, window, zh, MentionKind.NEAR_HOMOPHONE, detail=detail, features=features))
            if found and not listed:
                break  # the suffix found it: the list adds nothing
    return out


def _near_pair_names(compiled, window: str, listed: bool = False) -> list[tuple[str, str, bool, str]]:
    """(entity, key, person, entity type) of each two-character name that ``window`` keeps one character of and
    changes the other to one read with a confusable initial or final (``_near_pairs``; ``listed``: or one letter
    off, and never a dictionary word), decided once per window and glossary: not the same name or a homophone (the
    other finders have those), nor a person's name when the window is a word of its own (平井, a Japanese surname)."""
    idx = compiled.indexes
    if window in compiled.forms:
        return []
    simple = simplified_form(window)
    names = [idx.near_pairs.get(near_pair_key(kept, simple[kept]), ()) for kept in (0, 1)]
    if not names[0] and not names[1] or listed and is_dictionary_word(window):
        return []  # no name keeps either character (most windows, with a small glossary): not tokenized
    near = _similar if listed else _confusable
    out = []
    for kept in (0, 1):
        other = 1 - kept
        readings = _sorted_readings(window[other])
        alike: dict[str, bool] = {}  # syllable -> a reading of the changed character is near it (asked once a syllable)
        for zh, syllable in names[kept]:
            if simple[other] == simplified_form(zh)[other] or syllable in readings:
                continue  # the same name, or a homophone: the other finders have it
            found = alike.get(syllable)
            if found is None:
                found = alike[syllable] = any(near(r, syllable) for r in readings)
            if not found:
                continue  # asked before whether the name is a person's: most names of a character are read too far
            person = zh in idx.persons
            if person and is_dictionary_word(window):
                continue
            key = [syllable, syllable]
            key[kept] = idx.syllables[zh][kept]
            key[other] = "/".join(readings)
            out.append((zh, " ".join(key), person, compiled.entry(zh).type))
    return out


def _family_of(window: str, zh: str, persons: frozenset[str]) -> bool:
    """The window is the person's surname followed by a word about the family or the surname (周姓, 王一族)."""
    if zh not in persons:
        return False
    n = surname_length(zh)
    return simplified_form(window[:n]) == simplified_form(zh[:n]) and window[n:] in family_words()


PLACE_HEAD = 2  # characters at least of the place's name that a word about it begins with (星河 of 星河語)


def _place_word(compiled, window: str, zh: str) -> bool:
    """The window is the head of a place's longer name, itself a name (星河 of 星河浦), and then a word about that
    place (星河語, 星河人: data/place_words.tsv), not the longer name misspelt."""
    if compiled.entry(zh).type != EntityType.PLACE:
        return False
    simple = simplified_form(zh)
    return any(window.endswith(w) and PLACE_HEAD <= len(window) - len(w) < len(simple)
               and simplified_form(window[:-len(w)]) == simple[:len(window) - len(w)] for w in place_words())


def _name_then_word(compiled, window: str, zh: str) -> bool:
    """The window is a name of another entity, written as the glossary writes it (a preferred or accepted form), that
    is also the head of ``zh``'s longer name, and then one character more (包公怒 of `「包公怒…」` beside a glossary's
    包公, accepted for 包拯, and 包公湖, the lake named after him): that name and the next word, not the longer name
    with its last syllable misheard, where the kanji run goes on after the window (``find_homophones`` asks). The
    window must hold two characters or more of the name before the one that differs."""
    head = window[:-1]
    if len(head) < PLACE_HEAD:
        return False
    pairs = compiled.forms.get(head)
    if not pairs or all(z == zh for z, _ in pairs) \
            or all(kind not in (MentionKind.PREFERRED, MentionKind.ACCEPTED) for _, kind in pairs):
        return False
    simple = simplified_form(zh)
    return len(simple) == len(window) and simplified_form(head) == simple[:len(head)]


def _other_level(compiled, window: str, zh: str) -> bool:
    """The window is a place's name under another administrative suffix (星河鎮 beside the glossary's 星河県: the
    town that shares the county's name), another place, not the place misheard: the one syllable apart is the
    suffix."""
    if compiled.entry(zh).type != EntityType.PLACE:
        return False
    simple, written = simplified_form(zh), simplified_form(window)
    own = next((s for s in administrative_suffixes() if simple.endswith(s)), None)
    if own is None:
        return False
    head = simple[:-len(own)]
    other = written[len(head):]
    return len(head) >= PLACE_HEAD and written.startswith(head) and other != own and other in administrative_suffixes()


def _near_hits(keys, readings, near: dict, persons: set, window: str) -> dict[str, tuple[str, bool]]:
    """Entities whose reading differs from the window's in one slightly different syllable: not a person's surname,
    unless the window's first character is no surname and the rest is the person's given name, character for
    character (慈海峰 for 訾海峰: the surname misheard, not another surname; ``_misheard_head``). Each with its key
    and whether the key needs an uncommon reading of a character outside the differing syllable (大 tai)."""
    out: dict[str, tuple[str, bool]] = {}
    for key, wild in keys:
        if wild is None:
            continue
        alike: dict[str, bool] = {}  # syllable -> a reading of the window's character at ``wild`` is near it
        read = None  # (the key with the character's readings in the wild place, whether it needs a rare reading)
        for zh, pos, syllable in near.get(key, ()):
            if pos != wild or (pos == 0 and zh in persons and not _misheard_head(window, zh)):
                continue
            found = alike.get(syllable)
            if found is None:
                found = alike[syllable] = any(_similar(r, syllable) for r in readings[pos])
            if not found or zh in out:
                continue  # the first key that reads as an entity is the one kept
            if read is None:  # the same for every entity of the key
                read = (key.replace("*", "/".join(readings[pos])),
                        any(syl not in primary_readings(c) for n, (syl, c) in enumerate(zip(key.split(), window))
                            if n != pos))
            out[zh] = read
    return out


def _misheard_head(window: str, zh: str) -> bool:
    """``window`` is the person ``zh``'s name with a first character that is no surname (nor the person's surname
    in another script) in place of a one-character surname, the given name written with the same characters."""
    return not is_surname(window[0]) and surname_length(zh) == 1 \
        and simplified_form(window[1:]) == simplified_form(zh)[1:]
