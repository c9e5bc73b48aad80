"""Phonetic indexes over a glossary: every lookup is a dict access, so cost does not grow with its size."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import repeat

from ..charclass import KANJI_RANGE, KANJI_RUN, KATAKANA_RANGE, KATAKANA_SEPARATORS, LATIN_NAME_RUN
from ..glossary.forms import simplified_form, simplify_all
from ..glossary.model import EntityType
from ..glossary.pairs import Pairs
from .kana import coarse, deletions, katakana_romaji, name_keys, syllable_keys
from .pinyin import (as_place, char_readings, is_surname, name_readings, other_surname_readings, strip_tones,
                     surname_length)
from .tables import org_suffixes, place_qualifiers, place_suffix_words, place_suffixes


MIN_NEAR_SYLLABLES = 3  # names this long are indexed one syllable open (near-homophones); a shorter one is another name
SMALL_BUCKET = 8  # a bucket of more values than this is grown as a dict while the index is made


def _grouped(pairs) -> dict:
    """key -> the distinct values paired with it, in the order first paired; one loop over (key, value) pairs
    (made in bulk, or as they come). Most buckets hold one value, so a bucket is a tuple grown by concatenation;
    past SMALL_BUCKET values it grows as a dict (with 100,000 entries, 169 entities share one near key: a tuple
    tested and copied for each made the loop quadratic), turned back into a tuple at the end."""
    index: dict = {}
    get = index.get
    large: list = []  # the keys whose bucket is a dict
    for key, value in pairs:
        bucket = get(key)
        if bucket is None:
            index[key] = (value,)
        else:
            _add(index, large, key, bucket, value)
    return _grown(index, large)


def _grouped_keys(groups) -> dict:
    """``_grouped`` of pairs given as (keys, value) groups: each key of a group paired with its value, in order.
    The katakana indexes pair each name with a dozen keys or more (1.5 million pairs with 100,000 entries): a
    new key gets the group's one tuple, with no pair made."""
    index: dict = {}
    get = index.get
    large: list = []
    for keys, value in groups:
        single = (value,)
        for key in keys:
            bucket = get(key)
            if bucket is None:
                index[key] = single
            else:
                _add(index, large, key, bucket, value)
    return _grown(index, large)


def _add(index: dict, large: list, key: str, bucket, value) -> None:
    """Add ``value`` to the bucket of a key that has one (``_grouped``)."""
    if bucket.__class__ is dict:
        bucket[value] = None  # a value already there keeps its place
    elif value not in bucket:
        if len(bucket) < SMALL_BUCKET:
            index[key] = bucket + (value,)
        else:
            index[key] = dict.fromkeys(bucket + (value,))
            large.append(key)


def _grown(index: dict, large: list) -> dict:
    for key in large:
        index[key] = tuple(index[key])
    return index


_KATAKANA_FORM = re.compile(f"[{KATAKANA_RANGE}・ ]+")
_KATAKANA_THEN_LATIN = re.compile(f"([{KATAKANA_RANGE}・ ]{{3,}})[A-Za-z0-9]+")  # a brand: セイコーTV


def katakana_forms(entry) -> list[str]:
    """The entry's katakana forms (ja, reading, accepted), and the katakana of a form that ends in Latin letters or
    digits (セイコー of セイコーTV)."""
    out = []
    for f in (entry.ja, entry.reading, *entry.accept):
        if f and _KATAKANA_FORM.fullmatch(f):
            out.append(f)
        elif head := katakana_of_brand(f):
            out.append(head)
    return out


def katakana_of_brand(form: str) -> str:
    """The katakana of a form that is katakana then Latin letters or digits (セイコー of セイコーTV); '' otherwise."""
    m = _KATAKANA_THEN_LATIN.fullmatch(form)
    return m.group(1) if m else ""


MIN_SHORT_NAME = 3  # syllables of a Latin short name that gets katakana keys (Hong Meigui): two make too many words


def latin_short_names(entry, readings: list[list[str]]) -> list[list[str]]:
    """The leading syllables of the name that a Latin form of the entry spells in pinyin, when it spells fewer
    than all of them (Hong Meigui for 红玫瑰洞穴探险队: hong mei gui): the name's short form in pinyin, which a
    text may render in katakana as it renders the whole name's reading (ホンメイグイ)."""
    out: list[list[str]] = []
    for form in entry.correct_forms:
        if not LATIN_NAME_RUN.fullmatch(form):
            continue
        key = roman_key(form)
        for syl in readings:
            for k in range(MIN_SHORT_NAME, len(syl)):
                if "".join(syl[:k]) == key and syl[:k] not in out:
                    out.append(syl[:k])
    return out


def _core(zh: str, suffixes: tuple[str, ...], qualifiers: dict[str, tuple[str, ...]]) -> str:
    """A name without its generic suffix: an organisation's (科技, 集团, ...), a place's administrative one (市, 旗),
    and without the ``qualifiers`` of that suffix before it (苏尼特右旗: 苏尼特), two characters left at least."""
    simple = simplified_form(zh)
    for suffix in suffixes:
        if simple.endswith(suffix) and len(simple) - len(suffix) >= 2:
            return _unqualified(simple[: -len(suffix)], qualifiers.get(suffix, ()))
    return simple


def _unqualified(stem: str, qualifiers: tuple[str, ...]) -> str:
    """``stem`` without the qualifiers at its end, one after another (科尔沁左翼中: 中, then 左翼), while two
    characters are left."""
    while True:
        for qualifier in qualifiers:
            if stem.endswith(qualifier) and len(stem) - len(qualifier) >= 2:
                stem = stem[: -len(qualifier)]
                break
        else:
            return stem


def _kanji_head(form: str) -> tuple[str, str]:
    """A form's leading kanji and the rest, when the rest has no kanji."""
    head = KANJI_RUN.match(form)
    n = head.end() if head else 0
    tail = form[n:]
    return (form[:n], tail) if tail and KANJI_RUN.search(tail) is None else ("", "")


_KATAKANA_HEAD = re.compile(f"([{KATAKANA_RANGE}・]+)([{KANJI_RANGE}]{{1,2}})")


def katakana_head(form: str, zh: str) -> tuple[str, int]:
    """The katakana of a form that is katakana and the name's last kanji (ボステン湖 for 博斯腾湖), and how many
    kanji follow it; ('', 0) for any other form."""
    m = _KATAKANA_HEAD.fullmatch(form)
    tail = len(m.group(2)) if m else 0
    if not tail or len(zh) - tail < 2 or not simplified_form(zh).endswith(simplified_form(m.group(2))):
        return "", 0
    return m.group(1), tail


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
    singles: frozenset[str]  # the one-syllable prefixes that are whole keys: a one-character stretch can be one
    persons: frozenset[str]
    given_lengths: tuple[int, ...]  # syllable counts of given names
    split_lengths: tuple[int, ...]  # syllable counts of given names in the split-name index
    surnames: frozenset[str]  # surname pinyin of the split-name index
    near_pairs: dict[str, list[tuple[str, str]]]  # near_pair_key -> (two-character name, the other's syllable)
    misread_surnames: frozenset[str]  # readings that misread a person's heteronym surname (查 read cha, not zha)


# Names longer than this are matched by their written forms only: sound keys grow with the square of a name's
# length (a 1,200-character entry took 2.6 GB), and no real name is read aloud at that length.
MAX_SOUND_LENGTH = 24


MIN_HETERONYM_NAME = 3  # shorter names get no katakana keys from a character's other readings: too many words match
MAX_HETERONYMS = 3  # other readings of one character tried per name


def other_readings(zh: str, readings: list[list[str]]) -> list[list[str]]:
    """The name read with one character's other reading (勒 lei -> le, 乐 le -> yue): a katakana rendering may
    follow the reading that pypinyin did not put first. One character at a time, so the keys stay few."""
    simple = simplified_form(zh)
    first = readings[0]
    out: list[list[str]] = []
    for i, ch in enumerate(simple):
        for r in _heteronyms(ch, first[i]):
            alt = first[:i] + [r] + first[i + 1:]
            if alt not in readings and alt not in out:
                out.append(alt)
    return out


@functools.lru_cache(maxsize=65536)
def _heteronyms(ch: str, read: str) -> tuple[str, ...]:
    """The other readings of ``ch`` than ``read`` that ``other_readings`` tries, in order (asked once a character
    and reading: a large glossary's compile asks it for every character of 160,000 names)."""
    return tuple(sorted(char_readings(ch) - {read})[:MAX_HETERONYMS])


def build_indexes(glossary) -> PhoneticIndex:
    return PhoneticIndex(**dict(index_parts(glossary)))


def index_parts(glossary):
    """The fields of the glossary's ``PhoneticIndex`` as (name, value) pairs, one at a time: each is let go here
    once yielded, so that a caller writing them out (``glossary.store``) holds one large index at once."""
    known = glossary_readings(glossary)  # made once for the four
    yield from sound_parts(glossary, known)
    yield from syllable_parts(glossary, known)
    yield from person_parts(glossary, known)
    yield from kana_parts(glossary, known)


def glossary_readings(glossary) -> list[list[list[str]]]:
    """Each entry's name readings, in glossary order (what both halves of the index are made from)."""
    return [readings for _, readings in _readings(glossary)]


def _readings(glossary, known: list | None = None):
    """(entry, its name's readings) for every entry: names too long or not all kanji have none. ``known``: the
    ``glossary_readings`` of this glossary, made already (by another process)."""
    simplify_all(e.zh for e in glossary)
    if known is not None:
        yield from zip(glossary, known)
        return
    for e in glossary:
        zh = e.zh
        sounded = len(zh) <= MAX_SOUND_LENGTH and (not zh or KANJI_RUN.fullmatch(zh) is not None)
        readings = name_readings(zh, e.type == EntityType.PERSON, chinese=True) if sounded else []
        if readings and e.type == EntityType.PERSON and e.reading:
            readings = _surname_as_read(zh, e.reading, readings)
        yield e, (as_place(zh, readings) if readings and e.type == EntityType.PLACE else readings)


SURNAME_SPLIT = re.compile(f"[{re.escape(KATAKANA_SEPARATORS)}]")


def _surname_as_read(zh: str, reading: str, readings: list[list[str]]) -> list[list[str]]:
    """A person's readings with a one-character surname read as the glossary's katakana ``reading`` reads it, where
    that is another reading of the character than the surname table's (召 is shao as a surname; a glossary that
    reads 召紅英 ジャオ・ホンイン has it zhao): the glossary is the authority on how its names are read, and a split
    name or homophone is looked for by that reading first, the table's after it. A reading whose surname part the
    table's readings already render, or no reading of the character renders, leaves them as they were."""
    head = SURNAME_SPLIT.split(reading, 1)
    if len(head) < 2 or surname_length(zh) != 1:
        return readings
    key = coarse(katakana_romaji(head[0]))
    if any(key in syllable_keys(syl[0]) for syl in readings):
        return readings
    heard = next((r for r in sorted(char_readings(zh[0])) if key in syllable_keys(r)), None)
    return readings if heard is None else [[heard, *readings[0][1:]], *readings]


def sounds_alike(e) -> bool:
    """Whether a text may write the entry's name by its sound: a name is transliterated, so a sound-alike of it
    (a homophone, its katakana or pinyin) can be an error; a ``term`` is translated by its meaning (恐龙蛋 as
    恐竜の卵), so a word that sounds like it is a chance resemblance. Its literal forms are still matched."""
    return e.type != EntityType.TERM


def head_readings(glossary) -> dict[str, list[list[str]]]:
    """The readings of the kanji heads of the glossary's mixed forms (騰訊 of 騰訊ホールディングス), by head: made by
    the compile's helper with the names' readings, so that the main process never loads pypinyin's phrases."""
    out: dict[str, list[list[str]]] = {}
    for e in glossary:
        if sounds_alike(e):
            for head, _ in _mixed_heads(e):
                if head not in out:
                    out[head] = name_readings(head)
    return out


def _mixed_heads(e):
    """(kanji head, kana tail) of each of the entry's correct forms that is a mixed form (two kanji or more, then
    no kanji)."""
    for form in e.correct_forms:
        head, tail = _kanji_head(form)
        if len(head) >= 2 and tail:
            yield head, tail


def sound_parts(glossary, known: list | None = None, heads: dict | None = None):
    """``index_parts`` but the katakana and romanised keys (``kana_parts``), the syllables' (``syllable_parts``) and
    the persons' (``person_parts``): what the kanji finders look up. The four share nothing but the readings
    (``known``, when made already, and ``heads``, ``head_readings``), so they can be made in two processes."""
    homophone, near, mixed = [], [], []  # (key, value) pairs, in order
    for e, readings in _readings(glossary, known):
        if not sounds_alike(e):
            continue
        zh = e.zh
        for syl in readings:
            homophone.append((" ".join(syl), zh))
            if len(syl) >= MIN_NEAR_SYLLABLES:
                near += [(" ".join(syl[:i] + ["*"] + syl[i + 1:]), (zh, i, syl[i])) for i in range(len(syl))]
        for head, tail in _mixed_heads(e):
            read = heads.get(head) if heads is not None else None
            mixed += [(" ".join(syl), (zh, tail)) for syl in (name_readings(head) if read is None else read)]
    homophone, near, mixed = _grouped(homophone), _grouped(near), _grouped(mixed)
    prefixes = _prefixes([*homophone, *near, *mixed])
    # the one-syllable prefixes that are whole keys: found here, not by reading every stored prefix
    yield "singles", frozenset(k for k in prefixes if " " not in k and (k in homophone or k in near or k in mixed))
    yield "prefixes", prefixes
    prefixes = None
    yield "homophone", homophone
    homophone = None
    yield "near", near
    near = None
    yield "mixed", mixed


def syllable_parts(glossary, known: list | None = None):
    """The names' syllables and the tables made from them alone (``near_pairs``, ``misread_surnames``): made by the
    compile's main process after the kanji finders' keys (``sound_parts``), which left it time to spare."""
    syllables = {e.zh: readings[0] for e, readings in _readings(glossary, known) if readings}
    terms = {e.zh for e in glossary if not sounds_alike(e)}
    yield "near_pairs", _near_pairs({zh: syl for zh, syl in syllables.items() if zh not in terms})
    terms = None
    persons = {e.zh for e in glossary if e.type == EntityType.PERSON}
    yield "misread_surnames", frozenset(r for zh, syl in syllables.items() if zh in persons
                                        for r in other_surname_readings(zh, syl[0]))
    yield "syllables", syllables


def person_parts(glossary, known: list | None = None):
    """What the split-name and surname finders look up (``index_parts`` but ``sound_parts``, ``syllable_parts`` and
    ``kana_parts``): made by the compile's helper with the katakana keys."""
    given, surname = [], []  # (key, value) pairs, in order
    for e, readings in _readings(glossary, known):
        if not sounds_alike(e):
            continue
        zh, person = e.zh, e.type == EntityType.PERSON
        n = surname_length(zh) if person and readings else 0
        # an untyped name of three characters that begins with a surname is most likely a person's:
        # its given name is indexed for wrong surnames too
        given_name = person or (not e.type and len(zh) == 3 and bool(readings) and is_surname(zh[0]))
        g = n if person else 1
        for syl in readings:
            if person and len(syl) > n:
                surname.append(("".join(syl[:n]) + "|" + " ".join(syl[n:]), zh))
            if given_name and len(syl) - g >= 2:
                given.append((" ".join(syl[g:]), zh))
            elif person and n == 1 and len(zh) == 2 and len(syl) == 2:
                # a given name of one character (姜鵬): indexed too, and found only in its own character under
                # another surname, with a name suffix after it (mentions.surname)
                given.append((syl[1], zh))
    given, surname = _grouped(given), _grouped(surname)
    # small summaries that finders would otherwise recompute from the whole glossary for every document
    yield "given_lengths", tuple(sorted({len(k.split()) for k in given}))
    yield "split_lengths", tuple(sorted({len(k.split("|")[1].split()) for k in surname}))
    yield "surnames", frozenset(k.split("|")[0] for k in surname)
    yield "given", given
    yield "surname", surname
    given = surname = None
    yield "persons", frozenset(e.zh for e in glossary if e.type == EntityType.PERSON)


def near_pair_key(kept: int, character: str) -> str:
    """The ``near_pairs`` key of a two-character name that keeps its character at ``kept`` (0 or 1)."""
    return f"{kept}{character}"


def _near_pairs(syllables: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    """Two-character names by the character a near-homophone keeps (its position and simplified form) -> (entity,
    the syllable of the other character): made once with the glossary, not from the whole glossary by every run."""
    index: dict[str, list[tuple[str, str]]] = {}
    for zh, syl in syllables.items():
        if len(zh) != 2 or len(syl) != 2:
            continue
        simple = simplified_form(zh)
        for kept in (0, 1):
            index.setdefault(near_pair_key(kept, simple[kept]), []).append((zh, syl[1 - kept]))
    return index


# whose romanised core is a key: (its suffixes, their qualifiers), tables read on first use (an org's have none)
_CORE_SUFFIXES = {EntityType.ORG: (org_suffixes, dict), EntityType.PLACE: (place_suffixes, place_qualifiers)}


def _heteronym_reading(e, readings) -> bool:
    """Whether the name is also keyed by a character's other reading (``other_readings``): not a person's, not
    shorter than MIN_HETERONYM_NAME (阿勒泰 read a lei tai first: Aletai and アールータイ too)."""
    return bool(readings) and e.type != EntityType.PERSON and len(e.zh) >= MIN_HETERONYM_NAME


def _roman(glossary, known: list | None, alternatives: dict[int, list[list[str]]]) -> dict[str, Bucket]:
    """Joined toneless pinyin -> entities (``PhoneticIndex.roman``); each entry's ``other_readings`` are kept in
    ``alternatives`` (by its position) for the katakana keys."""
    roman = []  # (key, value) pairs, in order
    cores: list[tuple[str, str]] = []  # an org's name without its suffix, unless that is another name
    for i, (e, readings) in enumerate(_readings(glossary, known)):
        if not sounds_alike(e):
            continue
        zh = e.zh
        tables = _CORE_SUFFIXES.get(e.type) if readings else None
        core = _core(zh, *(table() for table in tables)) if tables else ""
        for syl in readings:
            joined = "".join(syl)
            roman += zip({joined, joined.replace("v", "u")}, repeat(zh))  # Lü is often written Lu
            if 2 <= len(core) < len(syl):
                cores.append(("".join(syl[: len(core)]), zh))
        if e.type == EntityType.PLACE:
            roman += zip(_stem_and_word(zh, readings), repeat(zh))
        if _heteronym_reading(e, readings):
            alternatives[i] = other_readings(zh, readings)
            roman += [("".join(alt), zh) for alt in alternatives[i]]
        elif readings and e.type == EntityType.PERSON and len(e.zh) >= MIN_HETERONYM_NAME:
            roman += [("".join(alt), zh) for alt in _given_name_readings(e, readings)]
            roman += zip(_given_name_first(zh, readings), repeat(zh))
    roman = _grouped(roman)
    for key, zh in cores:
        if key not in roman:
            roman[key] = (zh,)
    return roman


def _stem_and_word(zh: str, readings: list[list[str]]) -> set[str]:
    """Keys of a place whose stem is one character (浚县): each reading of that character, the name's and its other
    ones (a place may read a character otherwise: 浚 jun, xun in 浚县), joined to each English word for its suffix
    (data/place_suffix_words.tsv: xuncounty, for Xun County). A longer stem is a key alone (``_core``)."""
    simple = simplified_form(zh)
    words = place_suffix_words().get(simple[1:], ()) if len(simple) > 1 else ()
    stems = {syl[0] for syl in readings} | set(char_readings(simple[0])) if words else set()
    return {stem + roman_key(word) for stem in stems for word in words}


def _given_name_first(zh: str, readings: list[list[str]]) -> set[str]:
    """A person's pinyin in the Western order, the given name before the surname (Zhifei Bian for Bian Zhifei), as
    English text and business cards write Chinese names; only for names of MIN_HETERONYM_NAME characters or more
    (a two-syllable name turned round is as often another name)."""
    n = surname_length(zh)
    return {"".join(syl[n:] + syl[:n]) for syl in readings if 0 < n < len(syl)}


def _given_name_readings(e, readings: list[list[str]]) -> list[list[str]]:
    """A person's name read with one character of its given name in its other reading, for its pinyin in Latin
    letters (a name of 长 read chang, where pypinyin puts zhang first: its first reading is a word's, not a name's).
    Only for names of MIN_HETERONYM_NAME characters or more (a two-syllable key read another way is often some
    other name's: with a generated glossary, Wuchang, the place 五常, became ambiguous) and not for katakana keys (too many words match); a
    reading the entry's own katakana does not spell is left out (its katakana tells which reading the name has, as
    far as katakana can)."""
    n = surname_length(e.zh)
    own = {coarse(katakana_romaji(f)) for f in katakana_forms(e)}
    out = []
    for alt in other_readings(e.zh, readings):
        usual, variants = name_keys(alt) if own else ("", set())
        if alt[:n] == readings[0][:n] and (not own or own & (variants | {usual})):
            out.append(alt)
    return out


def kana_parts(glossary, known: list | None = None, paired: bool = False):
    """The romanised keys of ``index_parts`` (``roman``) and the katakana ones: ``kana`` and its fuzzy
    neighbourhood ``kana_near``; both read the names with their characters' other readings. ``paired``: the
    katakana indexes as their ungrouped ``Pairs``, for a store (which groups them as they are read)."""
    if known is None:  # made once for both loops
        known = glossary_readings(glossary)
    group = Pairs.of_groups if paired else _grouped_keys
    alternatives: dict[int, list[list[str]]] = {}  # other_readings, by entry
    yield "roman", _roman(glossary, known, alternatives)
    usuals: list[set[str]] = []  # each entry's usual katakana keys, for their fuzzy neighbourhood
    yield "kana", group(_kana_keys(glossary, known, alternatives, usuals))  # the largest: no list of pairs
    kana_near = group((deletions(key), key) for keys in usuals for key in keys)
    usuals = None
    yield "kana_near", kana_near
    kana_near = None


def _kana_keys(glossary, known: list, alternatives: dict[int, list[list[str]]], usuals: list[set[str]]):
    """(katakana keys, entity) of ``PhoneticIndex.kana``, an entity at a time, made as they are asked for; each
    entry's usual keys are added to ``usuals``."""
    for i, (e, readings) in enumerate(_readings(glossary, known)):
        if not sounds_alike(e):
            continue
        zh = e.zh
        keys: set[str] = set()
        usual_keys: set[str] = set()  # only these get a fuzzy neighbourhood, to bound memory
        for syl in readings:
            usual, variants = name_keys(syl)
            usual_keys.add(usual)
            keys |= variants
        usual_keys |= {coarse(katakana_romaji(f)) for f in katakana_forms(e)}
        for short in latin_short_names(e, readings):  # ホンメイグイ of Hong Meigui, the short name in pinyin
            usual, variants = name_keys(short)
            usual_keys.add(usual)
            keys |= variants
        for alt in alternatives.get(i, ()):  # 库尔勒 read ku er lei first: クーアールー follows le
            keys |= name_keys(alt)[1]
        heads = [h for h in (katakana_head(f, zh) for f in e.correct_forms) if h[1]]
        own = {coarse(katakana_romaji(h)) for h, _ in heads}  # the form's own katakana is correct
        for _, tail in heads:  # ボステン湖: the Mandarin reading of the part before the kanji, ボースートン(湖), too
            for syl in readings:
                if len(syl) - tail >= 2:
                    u, variants = name_keys(syl[:-tail])
                    usual_keys |= {u} - own
                    keys |= variants - own
        yield [key for key in keys | usual_keys if len(key) >= 2], zh
        usuals.append(usual_keys)


def _prefixes(keys) -> frozenset[str]:
    """Every leading run of syllables of the keys: lets a scan stop as soon as no name can follow. Made a syllable
    shorter at a time from the distinct runs of the step before (keys share most of their leading runs: 177,000
    keys and 297,000 runs with 100,000 entries)."""
    out = set(keys)
    runs = {key.rpartition(" ")[0] for key in out if " " in key and key[0] != " "}  # (no index key is spaced so)
    while runs:
        out |= runs
        runs = {run.rpartition(" ")[0] for run in runs if " " in run}
    return frozenset(out)


def roman_key(text: str) -> str:
    """Lower-case, toneless, joined: 'Yì Lǐhuá' and 'yi-lihua' both give 'yilihua'."""
    return "".join(c for c in strip_tones(text).lower() if c.isalpha())
