"""Phonetic indexes over a glossary: every lookup is a dict access, so cost does not grow with its size."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..charclass import KANJI_RUN, KATAKANA_RANGE
from ..glossary.forms import simplified_form, simplify_all
from ..glossary.model import EntityType
from .kana import coarse, deletions, katakana_romaji, name_keys
from .pinyin import is_surname, name_readings, strip_tones, surname_length
from .tables import org_suffixes


def _add(index: dict, key, value) -> None:
    """Append to a bucket unless it holds the value, keeping insertion order (a list: buckets are short, and a
    list takes a third of a dict's memory, which matters for the million keys of a large glossary)."""
    bucket = index.get(key)
    if bucket is None:
        index[key] = [value]
    elif value not in bucket:
        bucket.append(value)


_KATAKANA_FORM = re.compile(f"[{KATAKANA_RANGE}・ ]+")


def _katakana_forms(entry) -> list[str]:
    forms = [entry.ja, entry.reading, *entry.accept]
    return [f for f in forms if f and _KATAKANA_FORM.fullmatch(f)]


def _core(zh: str) -> str:
    """An organisation name without its generic suffix (科技, 集团, ...)."""
    simple = simplified_form(zh)
    for suffix in org_suffixes():
        if simple.endswith(suffix) and len(simple) - len(suffix) >= 2:
            return simple[: -len(suffix)]
    return simple


def _kanji_head(form: str) -> tuple[str, str]:
    """A form's leading kanji and the rest, when the rest has no kanji."""
    head = KANJI_RUN.match(form)
    n = head.end() if head else 0
    tail = form[n:]
    return (form[:n], tail) if tail and KANJI_RUN.search(tail) is None else ("", "")


Bucket = tuple  # the entities (or entries) that share one key, in glossary order


@dataclass(frozen=True)
class PhoneticIndex:
    """Every phonetic lookup a finder makes, keyed by reading; built once per glossary and cached with it."""

    syllables: dict[str, list[str]]  # entity -> its pinyin syllables (first reading)
    homophone: dict[str, Bucket]  # "yi li hua" -> entities read so
    near: dict[str, Bucket]  # "yi * hua" -> (entity, position, syllable): one syllable left open
    given: dict[str, Bucket]  # a person's given-name reading -> persons (wrong surnames)
    surname: dict[str, Bucket]  # "surname pinyin|given-name reading" -> persons (split names)
    kana: dict[str, Bucket]  # coarse katakana key -> entities
    kana_near: dict[str, Bucket]  # a key with one letter deleted -> usual keys it comes from
    roman: dict[str, Bucket]  # joined toneless pinyin -> entities
    mixed: dict[str, Bucket]  # reading of a form's kanji head -> (entity, kana tail): 騰訊ホールディングス
    prefixes: frozenset[str]  # every leading run of syllables of the kanji keys: lets a scan stop early
    persons: frozenset[str]
    given_lengths: tuple[int, ...]  # syllable counts of given names
    split_lengths: tuple[int, ...]  # syllable counts of given names in the split-name index
    surnames: frozenset[str]  # surname pinyin of the split-name index


# Names longer than this are matched by their written forms only: sound keys grow with the square of a name's
# length (a 1,200-character entry took 2.6 GB), and no real name is read aloud at that length.
MAX_SOUND_LENGTH = 24


def build_indexes(glossary) -> PhoneticIndex:
    syllables: dict[str, list[str]] = {}
    homophone: dict[str, list[str]] = {}
    near: dict[str, list[tuple[str, int]]] = {}
    given: dict[str, list[str]] = {}
    surname: dict[str, list[str]] = {}  # "surname pinyin|given-name reading" -> persons (for split names)
    kana: dict[str, list[str]] = {}
    kana_near: dict[str, list[str]] = {}
    roman: dict[str, list[str]] = {}
    mixed: dict[str, list[tuple[str, str]]] = {}  # kanji head read aloud + literal kana tail (騰訊ホールディングス)
    cores: list[tuple[str, str]] = []  # an org's name without its suffix, unless that is another name
    simplify_all(e.zh for e in glossary)
    for e in glossary:
        person = e.type == EntityType.PERSON
        sounded = len(e.zh) <= MAX_SOUND_LENGTH and (not e.zh or KANJI_RUN.fullmatch(e.zh) is not None)
        readings = name_readings(e.zh, person) if sounded else []
        keys: set[str] = set()
        usual_keys: set[str] = set()  # only these get a fuzzy neighbourhood, to bound memory
        if readings:
            syllables[e.zh] = readings[0]
        n = surname_length(e.zh) if person and readings else 0
        # an untyped name of three characters that begins with a surname is most likely a person's:
        # its given name is indexed for wrong surnames too
        given_name = person or (not e.type and len(e.zh) == 3 and bool(readings) and is_surname(e.zh[0]))
        g = n if person else 1
        for syl in readings:
            _add(homophone, " ".join(syl), e.zh)
            if len(syl) >= 3:
                for i in range(len(syl)):
                    _add(near, " ".join(syl[:i] + ["*"] + syl[i + 1:]), (e.zh, i, syl[i]))
            if person and len(syl) > n:
                _add(surname, "".join(syl[:n]) + "|" + " ".join(syl[n:]), e.zh)
            if given_name and len(syl) - g >= 2:
                _add(given, " ".join(syl[g:]), e.zh)
            usual, variants = name_keys(syl)
            usual_keys.add(usual)
            keys |= variants
            joined = "".join(syl)
            for key in {joined, joined.replace("v", "u")}:  # Lü is often written Lu
                _add(roman, key, e.zh)
            core = _core(e.zh) if e.type == EntityType.ORG else ""
            if 2 <= len(core) < len(syl):
                cores.append(("".join(syl[: len(core)]), e.zh))
        usual_keys |= {coarse(katakana_romaji(f)) for f in _katakana_forms(e)}
        for form in e.correct_forms:
            head, tail = _kanji_head(form)
            if len(head) >= 2 and tail:
                for syl in name_readings(head):
                    _add(mixed, " ".join(syl), (e.zh, tail))
        for key in keys | usual_keys:
            if len(key) >= 2:
                _add(kana, key, e.zh)
        for key in usual_keys:
            for d in deletions(key):
                _add(kana_near, d, key)
    for key, zh in cores:
        if key not in roman:
            _add(roman, key, zh)
    def frozen(index: dict) -> dict[str, Bucket]:
        for k, v in index.items():  # in place: no second copy of a million keys
            index[k] = tuple(v)
        return index

    return PhoneticIndex(
        syllables=syllables, homophone=frozen(homophone), near=frozen(near), given=frozen(given),
        surname=frozen(surname), kana=frozen(kana), kana_near=frozen(kana_near), roman=frozen(roman),
        mixed=frozen(mixed), prefixes=_prefixes([*homophone, *near, *mixed]),
        # small summaries that finders would otherwise recompute from the whole glossary for every document
        persons=frozenset(e.zh for e in glossary if e.type == EntityType.PERSON),
        given_lengths=tuple(sorted({len(k.split()) for k in given})),
        split_lengths=tuple(sorted({len(k.split("|")[1].split()) for k in surname})),
        surnames=frozenset(k.split("|")[0] for k in surname))


def _prefixes(keys) -> frozenset[str]:
    """Every leading run of syllables of the keys: lets a scan stop as soon as no name can follow."""
    out = set()
    for key in keys:
        parts = key.split(" ")
        out.update(" ".join(parts[:k]) for k in range(1, len(parts) + 1))
    return frozenset(out)


def roman_key(text: str) -> str:
    """Lower-case, toneless, joined: 'Yì Lǐhuá' and 'yi-lihua' both give 'yilihua'."""
    return "".join(c for c in strip_tones(text).lower() if c.isalpha())
