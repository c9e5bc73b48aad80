"""Mandarin readings of characters in any script (simplified, traditional, shinjitai).

pypinyin reads Japanese kanji forms directly; heteronyms are kept for the text
side, and glossary person names read their first character as a surname.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import operator
import unicodedata
from array import array
from bisect import bisect_left
from itertools import accumulate
from pathlib import Path

from ..glossary.forms import chinese_form, simplified_form
from ..lazy import pypinyin as import_pypinyin
from .tables import COMPOUND_SURNAME, place_readings, surname_glyphs, surnames


class CharTable:
    """pypinyin's character table (code point -> readings with tones, comma-separated) as two sorted arrays and
    one string, looked up by bisection: about 0.6 MB where the table as a dict of strings took 6 MB."""

    __slots__ = ("points", "ends", "text")

    def __init__(self, points: array, ends: array, text: str) -> None:
        self.points, self.ends, self.text = points, ends, text  # readings i: text[ends[i - 1]:ends[i]]

    @classmethod
    def of(cls, rows) -> "CharTable":
        """From (code point, readings) rows in any order."""
        rows = sorted(rows)
        return cls(array("I", [cp for cp, _ in rows]), array("I", accumulate(len(r) for _, r in rows)),
                   "".join(r for _, r in rows))

    def to_bytes(self) -> bytes:
        """The table as bytes for the cache folder: the number of characters, both arrays, the text in UTF-8."""
        return len(self.points).to_bytes(4, "little") + self.points.tobytes() + self.ends.tobytes() + \
            self.text.encode()

    @classmethod
    def from_bytes(cls, data) -> "CharTable | None":
        """The table ``to_bytes`` wrote; None when ``data`` is not one (no characters, wrong lengths, code points out of
        order, ends that do not reach the text's end)."""
        try:
            n, size = int.from_bytes(data[:4], "little"), array("I").itemsize
            points, ends = array("I"), array("I")
            points.frombytes(data[4:4 + n * size])
            ends.frombytes(data[4 + n * size:4 + 2 * n * size])
            text = bytes(data[4 + 2 * n * size:]).decode()
        except (ValueError, UnicodeDecodeError):
            return None
        if not n or len(points) != n or len(ends) != n or ends[-1] != len(text) or \
                not all(map(operator.lt, points, points[1:])) or not all(map(operator.le, ends, ends[1:])):
            return None
        return cls(points, ends, text)

    def readings(self, cp: int) -> str:
        """The readings of code point ``cp`` ("" when the table has none)."""
        i = bisect_left(self.points, cp)
        if i == len(self.points) or self.points[i] != cp:
            return ""
        return self.text[self.ends[i - 1] if i else 0:self.ends[i]]


CHARS_FORMAT = b"textqa-pinyin-chars 1\n"


@functools.lru_cache(maxsize=1)
def _char_table() -> CharTable:
    """pypinyin's own character table, read without importing pypinyin, whose phrase dictionary is only needed to
    compile a glossary; kept in textqa's cache folder as its arrays (``CharTable.to_bytes``): decoding pypinyin's
    JSON took about 25 ms of CPU in every cold start (and in the parent before ``--jobs`` workers fork)."""
    spec = importlib.util.find_spec("pypinyin")
    path = Path(spec.origin).with_name("pinyin_dict.json") if spec and spec.origin else None
    if path is None or not path.is_file():
        pp = import_pypinyin()
        return CharTable.of((int(k), v) for k, v in pp.pinyin_dict.pinyin_dict.items())
    from ..cachefiles import cache_dir, read_checked, write_checked  # noqa: PLC0415

    folder = cache_dir()
    stat = path.stat()
    cached = folder / f"pinyin-chars-{stat.st_size}.bin" if folder is not None else None
    head = CHARS_FORMAT + f"{stat.st_size} {stat.st_mtime_ns}".encode() + b"\n"
    payload = read_checked(cached, head) if cached is not None else None
    table = CharTable.from_bytes(payload) if payload is not None else None
    if table is not None:
        return table
    table = _json_char_table(path)
    if cached is not None:
        write_checked(cached, head, table.to_bytes())  # a read-only folder: skipped quietly
    return table


def _json_char_table(path: Path) -> CharTable:
    rows = json.loads(path.read_text(encoding="utf-8"))  # let go once the arrays are made
    points = array("I", map(int, rows))
    if all(map(operator.lt, points, points[1:])):  # in order already (the file is)
        return CharTable(points, array("I", accumulate(map(len, rows.values()))), "".join(rows.values()))
    return CharTable.of((int(k), v) for k, v in rows.items())


@functools.lru_cache(maxsize=65536)
def primary_readings(ch: str) -> frozenset[str]:
    """The usual reading of a character (first in pypinyin's table), also through its simplified form."""
    table = _char_table()
    firsts = (table.readings(ord(c)).split(",")[0] for c in {ch, simplified_form(ch)})
    return frozenset(strip_tones(r).lower() for r in firsts if r)


@functools.lru_cache(maxsize=65536)
def char_readings(ch: str) -> frozenset[str]:
    """Every toneless reading of a character, also through its simplified form."""
    table = _char_table()
    out: set[str] = set()
    for c in {ch, simplified_form(ch)}:
        for r in table.readings(ord(c)).split(","):
            r = strip_tones(r).lower()
            if r.isascii() and r.isalpha():
                out.add(r)
    return frozenset(out)


@functools.lru_cache(maxsize=65536)
def toned_readings(ch: str, syllable: str) -> frozenset[str]:
    """The readings with tones of a character (also through its simplified form) that are ``syllable`` without
    them: 華 hua -> huá, huā, huà."""
    table = _char_table()
    return frozenset(r for c in {ch, simplified_form(ch)} for r in table.readings(ord(c)).split(",")
                     if r and strip_tones(r).lower() == syllable)


def other_surname_readings(zh: str, surname: str) -> frozenset[str]:
    """The readings of a person's surname character other than its readings as a surname (查: cha)."""
    return char_readings(zh[0]) - {surname} - surname_readings(zh[0])


@functools.lru_cache(maxsize=None)
def _single_reading(ch: str) -> str:
    """pypinyin's reading of one character on its own (toneless)."""
    pp = import_pypinyin()
    return pp.lazy_pinyin(ch, style=pp.Style.NORMAL)[0]


@functools.lru_cache(maxsize=1)
def _phrases():
    """pypinyin's phrase dictionary, the length of its longest phrase, and its pattern of text it reads."""
    from pypinyin.constants import PHRASES_DICT, RE_HANS

    return PHRASES_DICT, max(map(len, PHRASES_DICT), default=1), RE_HANS


def _phrase_reading(simple: str, singles: list[str]) -> list[str]:
    """pypinyin's reading of ``simple`` as a phrase: character by character unless it holds a phrase it knows
    (then pypinyin's segmenter gives the per-character readings, which are cached: the costly call is skipped)."""
    phrases, longest, hans = _phrases()
    n = len(simple)
    if not hans.fullmatch(simple) or any(simple[i:j] in phrases for i in range(n - 1)
                                         for j in range(i + 2, min(n, i + longest) + 1)):
        from pypinyin.seg.simpleseg import seg  # the segmenter lazy_pinyin uses

        return [r for word in seg(simple) for r in _word_reading(word)]
    return singles


@functools.lru_cache(maxsize=65536)
def _word_reading(word: str) -> tuple[str, ...]:
    """pypinyin's reading of one word of its segmenter: it reads each word on its own, so a name's reading is its
    words' readings in turn (a glossary repeats words: 科技, 集团, ...)."""
    pp = import_pypinyin()
    return tuple(pp.lazy_pinyin([word], style=pp.Style.NORMAL))


def name_readings(zh: str, person: bool = False, chinese: bool = False) -> list[list[str]]:
    """Readings of a glossary name: as a phrase first, then character by character. ``chinese``: the name is written
    in Chinese (a glossary's ``zh``), each character of simplified Chinese read as it is (``chinese_form``: 芸 yun);
    otherwise it may be Japanese (芸 is then 藝, yi)."""
    simple = chinese_form(zh) if chinese else simplified_form(zh)
    singles = [_single_reading(c) for c in simple]
    phrase = _phrase_reading(simple, singles)
    out: list[list[str]] = []
    for reading in (phrase,) if phrase is singles else (phrase, singles):  # most names hold no phrase
        syllables = [s.replace("ü", "v") for s in reading]
        if len(syllables) != len(simple) or not all(s.isascii() and s.isalpha() for s in syllables):
            return []
        for read in _as_surname(simple, syllables) if person else (syllables,):
            if read not in out:
                out.append(read)
    return out


def as_place(zh: str, readings: list[list[str]]) -> list[list[str]]:
    """A place name's readings with its characters read as in place names first (data/place_readings.tsv: 岚都
    lan du, which pypinyin reads lan dou), then as ``name_readings`` gave them."""
    table = place_readings()
    simple = simplified_form(zh)
    out: list[list[str]] = []
    for syllables in readings:
        placed = [table.get(c, s) for c, s in zip(simple, syllables)]
        if placed != syllables and placed not in readings and placed not in out:
            out.append(placed)
    return out + readings


def _as_surname(simple: str, syllables: list[str]) -> list[list[str]]:
    """The name read with its first character (or two, for compound surnames) read as a surname: once for each
    reading the surname has (覃 qin and tan, data/surnames.tsv), the usual one first."""
    n = surname_length(simple)
    readings = surnames().get(simple[:n])
    return [[*reading.split(), *syllables[n:]] for reading in readings] if readings else [syllables]


def surname_length(zh: str) -> int:
    """1 or 2: the length of a person name's surname (compound surnames are listed as such)."""
    simple = simplified_form(zh)
    n = COMPOUND_SURNAME
    return n if len(simple) > n and simple[:n] in surnames() else 1


def is_surname(ch: str) -> bool:
    """``ch`` is a one-character surname in any script (吴, 吳 and the Japanese 呉)."""
    return simplified_form(ch) in surnames() or ch in surname_glyphs()


def surname_readings(ch: str) -> frozenset[str]:
    """How a one-character surname in any script reads as a surname: the surname table's readings where they are not
    the usual one (曾 zeng, 区 ou; 覃 qin and tan), else the usual reading (王 wang, not its rare yu); empty for a
    character that is no surname."""
    simple = surname_glyphs().get(ch) or simplified_form(ch)
    if simple not in surnames():
        return frozenset()
    return frozenset(surnames()[simple]) or primary_readings(simple)


def _decomposed(text: str) -> str:
    """``text`` in NFD with ü written v (its dots no tone mark)."""
    return unicodedata.normalize("NFD", text).replace("u\u0308", "v").replace("U\u0308", "V")


def tone_marks(text: str) -> int:
    """How many tone marks ``text`` carries, precomposed or combining ('Xī'ān' 2, 'xiàn' 1, 'lǚ' 1; ü's dots are none):
    pinyin printed with tones marks every syllable of a name."""
    return sum(1 for c in _decomposed(text) if unicodedata.combining(c))


def strip_tones(text: str) -> str:
    """'lǚ' -> 'lv', 'Chángshā' -> 'Changsha' (ü is written v, as pypinyin does)."""
    decomposed = _decomposed(text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
