"""Katakana and pinyin meet in a coarse romaji key.

Japanese writes one pinyin syllable in several katakana ways (hua: ホア, フア,
ファ, ホワ). Both sides go to romaji, then to a coarse key that merges the
distinctions katakana cannot keep (l/r, d/t, zh/j/z, long vowels, glides).
Remaining differences are left to fuzzy comparison.
"""
from __future__ import annotations

import functools
import itertools
import re

from ..charclass import KATAKANA_SEPARATORS as SEPARATORS, to_hiragana
from .tables import kana_romaji, pinyin_romaji

MIN_SIMILARITY = 0.8  # kana keys this similar (Indel) sound alike: the katakana finder and the GLS checks
VOWEL_LETTERS = "アイウエオ"  # full-size vowel kana: a syllable of their own or the end of one (ハオ)
GLIDES = ("y", "w")  # pinyin writes them only at the start of a syllable
MAX_COMBOS = 48

_COARSE_RULES = [
    (r"sh", "s"), (r"ch", "c"), (r"ts", "c"), (r"dz", "c"), (r"[jzx]", "c"), (r"q", "c"),
    (r"f", "h"), (r"l", "r"), (r"d", "t"), (r"g", "k"), (r"b", "p"), (r"v", "u"),
    (r"w", "u"), (r"y", "i"),
    (r"([aeiou])\1+", r"\1"), (r"ou", "o"), (r"au", "o"), (r"uo", "o"), (r"oa", "a"), (r"ua", "a"),
    (r"ie", "e"), (r"ui", "i"), (r"ia", "a"), (r"io", "o"), (r"iu", "u"),
    (r"([aeiou])\1+", r"\1"), (r"hu(?=[aeio])", "h"),
]


def _coarse_steps(rules: list[tuple[str, str]]) -> list[tuple[str, object, str]]:
    """``rules`` as the steps ``coarse`` takes, with the same result as each rule's ``re.sub`` in order: one-letter rules
    in a row (``f`` to ``h``, ``[jzx]`` to ``c``) as one ``str.translate``, as long as none of them replaces a letter
    that an earlier one of the row writes; a rule of plain letters (``sh``, ``ou``) as ``str.replace``, which replaces
    as ``re.sub`` does, left to right and without overlaps; the others as regular expressions."""
    steps: list[tuple[str, object, str]] = []
    for pattern, repl in rules:
        letters = pattern[1:-1] if pattern[:1] == "[" and pattern[-1:] == "]" else pattern
        if letters.isalpha() and letters.isascii() and (len(pattern) == 1 or letters != pattern) \
                and len(repl) == 1 and repl.isalpha():
            if not steps or steps[-1][0] != "translate" or set(letters) & set(steps[-1][2]):
                steps.append(("translate", {}, ""))
            table, written = steps[-1][1], steps[-1][2]
            for c in letters:
                table.setdefault(ord(c), repl)  # an earlier rule of the row took it first
            steps[-1] = ("translate", table, written + repl)  # ``written``: letters the row writes
        elif pattern.isalpha() and pattern.isascii() and "\\" not in repl:
            steps.append(("replace", pattern, repl))
        else:
            steps.append(("sub", re.compile(pattern), repl))
    return steps


_COARSE_STEPS = _coarse_steps(_COARSE_RULES)

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
             "r", "z", "c", "s", "y", "w")


def katakana_romaji(text: str) -> str:
    """Romaji for katakana text; ー and separators become '-' (a boundary ``coarse`` keeps), ッ is dropped.

    A name written with no separator is cut into syllables where vowels meet: a vowel letter or a glide (ヤ, ヨ,
    ワ) after a syllable that already ends in a vowel letter (ヤオ|アンナ, ハオ|アン, ミウ|ヤン) starts the next
    syllable, so ``coarse`` does not merge vowels of two syllables (the glossary's keys are made syllable by
    syllable). A vowel letter that begins a syllable (after ン, a separator or the start) is such a syllable's
    start as a consonant kana is: アオ is one (ao), so the vowel after it begins the next (シンアオ|アルソン).
    """
    table = kana_romaji()
    out, i = [], 0
    # what the last unit was: "c" a kana with a consonant or a vowel letter that began a syllable, "v" a vowel letter
    # after one, else ""
    previous = ""
    while i < len(text):
        ch = text[i]
        if ch in SEPARATORS or ch == "ー":
            if out and out[-1] != "-":
                out.append("-")
            i += 1
            previous = ""
            continue
        if ch == "ッ":
            i += 1
            continue
        pair = text[i:i + 2]
        unit = table.get(pair) if len(pair) == 2 else None
        glide = (unit or table.get(ch, ""))[:1] in GLIDES
        if glide and previous == "v" and out[-1] != "-":  # ミウ|ヤン: a glide after a vowel letter begins a syllable
            out.append("-")
        if unit is not None:
            out.append(unit)
            i += 2
            previous = "c"
            continue
        if ch in VOWEL_LETTERS:
            if previous == "v" and out[-1] != "-":
                out.append("-")
            previous = "v" if previous == "c" else "c"
        else:
            previous = "c" if ch != "ン" else ""
        out.append(table.get(ch, ""))
        i += 1
    return "".join(out)


NATIVE_KANA_EXCLUDED = "ァィゥェォャュョヮヴヰヱヲヂヅン"  # small kana, loanword and archaic kana, and ン (written n)
YOUON = "ャュョ"  # the small kana that join a consonant kana into one native syllable (キャ, シュ)
ROMAJI_LONGEST = 3  # letters of a native syllable in romaji, at most (shi, tsu, kya)


@functools.lru_cache(maxsize=1)
def _native_syllables() -> dict[str, str]:
    """Hepburn romaji -> hiragana of the syllables Japanese writes in its own words (ka, shi, tsu, kyo): the table's
    kana without loanword sounds (ティ, ファ) or small and archaic kana."""
    out: dict[str, str] = {}
    for kana, romaji in kana_romaji().items():
        native = (len(kana) == 1 and kana not in NATIVE_KANA_EXCLUDED) \
            or (len(kana) == 2 and kana[1] in YOUON and kana[0] not in NATIVE_KANA_EXCLUDED)
        if native and romaji not in out:
            out[romaji] = to_hiragana(kana)
    return out


@functools.lru_cache(maxsize=4096)
def romaji_hiragana(word: str) -> str | None:
    """The hiragana a Hepburn romaji spelling stands for (sushi -> すし, tempura -> てんぷら, matcha -> まっちゃ), or None when
    ``word`` is not spelt in native syllables (harvest)."""
    table, out, i = _native_syllables(), [], 0
    word = word.lower()
    while i < len(word):
        if (word[i] == "n" and (i + 1 == len(word) or word[i + 1] not in "aiueoy")) \
                or (word[i] == "m" and word[i + 1:i + 2] in ("b", "p", "m")):
            out.append("ん")  # n before a consonant or at the end, m before b, p or m (tempura)
            i += 1
            continue
        if i + 1 < len(word) and (word[i] == word[i + 1] or word[i:i + 3] == "tch") and word[i] not in "aiueon":
            out.append("っ")  # a doubled consonant: the small tsu (kippu, matcha)
            i += 1
            continue
        unit = next((word[i:i + n] for n in range(ROMAJI_LONGEST, 0, -1) if word[i:i + n] in table), None)
        if unit is None:
            return None
        out.append(table[unit])
        i += len(unit)
    return "".join(out)


def coarse(romaji: str) -> str:
    """Merge what katakana cannot tell apart; vowels do not merge across a '-' (イーウー stays 'iu')."""
    key = romaji.lower()
    for how, pattern, repl in _COARSE_STEPS:
        if how == "translate":
            key = key.translate(pattern)
        elif how == "replace":
            key = key.replace(pattern, repl)
        else:
            key = pattern.sub(repl, key)
    return key.replace("-", "")


@functools.lru_cache(maxsize=4096)
def split_syllable(syllable: str) -> tuple[str, str]:
    for ini in _INITIALS:
        if syllable.startswith(ini) and len(syllable) > len(ini):
            return ini, syllable[len(ini):]
    return "", syllable


@functools.lru_cache(maxsize=4096)
def syllable_romaji(syllable: str) -> tuple[str, ...]:
    """Romaji renderings of one toneless pinyin syllable, most usual first."""
    table = pinyin_romaji()
    if ("syllable", syllable) in table:
        return table[("syllable", syllable)]
    ini, fin = split_syllable(syllable)
    if ini in ("j", "q", "x", "y") and fin.startswith("u"):
        fin = "v" + fin[1:]
    initials = table.get(("initial", ini), ("",)) if ini else ("",)
    finals = table.get(("final", fin), (fin,))
    return tuple(dict.fromkeys(i + f for i in initials for f in finals))


@functools.lru_cache(maxsize=4096)
def syllable_keys(syllable: str) -> tuple[str, ...]:
    """Distinct coarse keys of one syllable's katakana renderings, most usual first."""
    return tuple(dict.fromkeys(coarse(r) for r in syllable_romaji(syllable)))


def name_keys(syllables: list[str]) -> tuple[str, set[str]]:
    """The usual coarse key of a name's katakana rendering, and every variant key (bounded)."""
    options = [syllable_keys(s) for s in syllables]
    usual = "".join(o[0] for o in options)
    keys = set(map("".join, itertools.islice(itertools.product(*options), MAX_COMBOS)))
    return usual, keys | {usual}


def deletions(key: str) -> set[str]:
    """Keys one character shorter: a cheap neighbourhood for fuzzy lookup."""
    return {key[:i] + key[i + 1:] for i in range(len(key))} if len(key) > 3 else set()


def similarity(a: str, b: str) -> float:
    """How alike two keys are: 1 - (letters added and left out) / (letters of both), rapidfuzz's normalized Indel
    similarity. rapidfuzz is imported at the first comparison, so a lint whose text has no katakana near a glossary
    key never loads it (about 5 MB resident)."""
    from rapidfuzz.distance import Indel  # noqa: PLC0415 - lazy: see above

    return Indel.normalized_similarity(a, b)
