"""Script conversions (simplified, traditional, Japanese shinjitai) via OpenCC.

OpenCC over-converts for names (龍→竜), so a glossary's own ``ja`` column
always wins; these conversions only derive defaults and glyph variants.
"""
from __future__ import annotations

import functools
import json
import operator
from collections import deque
from itertools import chain, islice, repeat

from ..charclass import KANJI, sorted_place
from ..lazy import sha256

CJK_BLOCKS = tuple((lo, hi) for lo, hi in KANJI.ranges if hi <= 0xFFFF)  # kanji blocks of the BMP, inclusive
DERIVED_FORMAT = b"textqa-opencc-derived 1\n"


@functools.lru_cache(maxsize=None)
def _converter(config: str):
    import opencc  # loaded on first use

    return opencc.OpenCC(config)


def convert(text: str, *configs: str) -> str:
    for config in configs:
        text = _converter(config).convert(text)
    return text


def convert_many(texts: list[str], *configs: str) -> list[str]:
    """``convert`` for many texts in one OpenCC call per config (joined by newlines, which no dictionary entry
    holds, so no conversion crosses from one text into the next)."""
    if not texts or "\n" in "".join(texts):
        return [convert(t, *configs) for t in texts]
    joined = convert("\n".join(texts), *configs).split("\n")
    return joined if len(joined) == len(texts) else [convert(t, *configs) for t in texts]


def japanese_form(zh: str) -> str:
    """Default Japanese rendering of a Chinese name: s2t then t2jp, then the kanji Japanese writes for a traditional
    character t2jp keeps (辦 as 弁: data/traditional_japanese_forms.tsv)."""
    return convert(zh, "s2t", "t2jp").translate(_traditional_japanese())


@functools.lru_cache(maxsize=1)
def _traditional_japanese() -> dict[int, str]:
    from ..wordlists import data_table  # noqa: PLC0415

    return str.maketrans(data_table("traditional_japanese_forms.tsv", ("traditional", "japanese")))


def derived(name: str, build, valid, *inputs: str):
    """``build()``, JSON data derived from OpenCC's tables, kept in textqa's cache folder so that a warm run
    loads no OpenCC dictionary for it (s2t alone is 0.25 s and 25 MB). Keyed by ``inputs``, textqa's code and
    OpenCC's installation; a file that is corrupt or fails ``valid`` is rebuilt."""
    from ..cachefiles import cache_dir, read_checked, write_checked  # noqa: PLC0415
    from .cache import code_version  # noqa: PLC0415

    folder = cache_dir()
    if folder is None:
        return build()
    key = sha256(code_version() + "\0".join((name, *inputs)).encode()).hexdigest()
    path = folder / f"{name}-{key[:32]}.json"
    payload = read_checked(path, DERIVED_FORMAT)
    if payload is not None:
        try:
            value = json.loads(bytes(payload))
        except ValueError:
            value = None
        if valid(value):
            return value
    value = build()
    write_checked(path, DERIVED_FORMAT, json.dumps(value, ensure_ascii=False).encode())
    return value


@functools.lru_cache(maxsize=1)
def _s2t_changed() -> str:
    """The characters of the main CJK blocks that OpenCC's s2t turns into another character, in code-point order:
    one string, kept as one JSON string (a frozenset of the 3,200 read from a JSON list took 0.35 MB of every run
    that reads a simplified character)."""
    def build() -> str:
        return "".join(ch for lo, hi in sorted(CJK_BLOCKS) for ch in map(chr, range(lo, hi + 1))
                       if convert(ch, "s2t") != ch)

    def valid(value) -> bool:
        return isinstance(value, str) and all(map(operator.lt, value, value[1:]))

    return derived("opencc-s2t-changed", build, valid, repr(CJK_BLOCKS))


def s2t_changes(ch: str) -> bool:
    """True when OpenCC's s2t turns the character ``ch`` into another (a simplified form)."""
    if any(lo <= ord(ch) <= hi for lo, hi in CJK_BLOCKS):
        return sorted_place(_s2t_changed(), ch) >= 0
    return convert(ch, "s2t") != ch


@functools.lru_cache(maxsize=None)
def is_simplified_only(ch: str) -> bool:
    """True when OpenCC turns ``ch`` into another traditional character and Japanese (JIS X 0208) lacks it, or
    Japanese never writes it in its own words though JIS holds it (网, 个: data/simplified_in_jis.txt). A character
    that OpenCC also simplifies is a variant of the traditional form, not a simplified one (藴 and 緼, variants of
    蘊 and 縕, simplified 蕴 and 缊: 藴 is how a Japanese or Taiwanese text may write a person's 蘊)."""
    try:
        ch.encode("shift_jis")
    except UnicodeEncodeError:
        return s2t_changes(ch) and convert(ch, "t2s") == ch
    return ch in _simplified_in_jis()


@functools.lru_cache(maxsize=1)
def _japanese_words() -> tuple[str, ...]:
    from ..wordlists import word_list  # noqa: PLC0415

    return tuple(word_list("japanese_words_in_chinese_forms.txt"))


def in_japanese_words(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when every simplified-only character of text[start:end] stands in a Japanese word written with it
    (data/japanese_words_in_chinese_forms.txt: 么九 of 断么九 and 么九牌, the terms of mahjong; a historical name
    written with a character of its own that OpenCC takes for a simplified one)."""
    end = len(text) if end is None else end
    covered: set[int] = set()
    for word in _japanese_words():
        at = text.find(word, max(0, start - len(word) + 1), end + len(word) - 1)
        while 0 <= at < end:
            covered.update(range(at, at + len(word)))
            at = text.find(word, at + 1, end + len(word) - 1)
    return all(k in covered for k in range(start, end) if is_simplified_only(text[k]))


def simplified_spelling(text: str) -> bool:
    """True when ``text`` holds a simplified-only character (``is_simplified_only``: 乐), or is written in simplified
    Chinese with a character that Japanese writes otherwise though it has the glyph too (叶 for 葉: OpenCC's t2s leaves
    the text as it is, s2t then t2jp changes it), so a form in shared simplified glyphs (国学) is none."""
    if any(map(is_simplified_only, text)):
        return True
    return convert(text, "t2s") == text and japanese_form(text) != text


@functools.lru_cache(maxsize=1)
def _simplified_in_jis() -> frozenset[str]:
    from ..wordlists import word_list  # noqa: PLC0415

    return frozenset(line.split("\t")[0] for line in word_list("simplified_in_jis.txt"))


def japanese_forms(words: tuple[str, ...]) -> dict[str, str]:
    """``japanese_form`` of each word of a fixed list from textqa's data, kept in the cache folder."""
    def valid(value) -> bool:
        return isinstance(value, dict) and set(value) == set(words) and all(isinstance(v, str) for v in value.values())

    return derived("opencc-japanese-forms", lambda: {w: japanese_form(w) for w in words}, valid, *words)


_SIMPLIFIED: dict[str, str] = {}  # memo of simplified_form, emptied when it grows past SIMPLIFIED_MEMO
SIMPLIFIED_MEMO = 1 << 18


def simplified_form(text: str) -> str:
    """Any of the three scripts to simplified Chinese."""
    simple = _SIMPLIFIED.get(text)
    if simple is None:
        if len(_SIMPLIFIED) >= SIMPLIFIED_MEMO:
            _SIMPLIFIED.clear()
        simple = _SIMPLIFIED[text] = convert(text, "jp2t", "t2s").translate(_gap_forms())
    return simple


def chinese_form(zh: str) -> str:
    """A glossary's ``zh`` (or a Chinese source's name) in simplified Chinese, to be read: ``simplified_form``, but a
    character of simplified Chinese's own set (GB 2312) stays as written. ``simplified_form`` reads any script, so it
    takes such a character for the Japanese glyph it also is (芸 yun for 藝, 乾 qian for 干, 欠 qian for 缺), which
    Chinese text does not mean by it."""
    simple = simplified_form(zh)
    if len(simple) != len(zh):
        return simple
    return "".join(a if a != b and _simplified_chinese(a) else b for a, b in zip(zh, simple))


@functools.lru_cache(maxsize=4096)
def _simplified_chinese(ch: str) -> bool:
    """``ch`` is a character of GB 2312, simplified Chinese's own character set."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _gap_forms() -> dict[int, str]:
    """The variants jp2t writes that t2s leaves (硏 of 研, 衞 of 衛) to their simplified character
    (data/simplified_gap_forms.tsv, scripts/make_simplified_gap_table.py)."""
    from ..wordlists import data_table  # noqa: PLC0415

    return str.maketrans(data_table("simplified_gap_forms.tsv", ("leftover", "simplified")))


def chinese_zh(japanese: str) -> str:
    """A glossary row's ``zh`` for a name a Japanese page writes: ``simplified_form``, then each glyph of Japanese
    alone that OpenCC leaves as it is written as Chinese writes it (呉 as 吴: data/japanese_glyph_forms.tsv)."""
    from ..wordlists import data_table  # noqa: PLC0415

    glyphs = data_table("japanese_glyph_forms.tsv", ("japanese", "chinese"))
    return "".join(glyphs.get(c, c) for c in simplified_form(japanese))


@functools.lru_cache(maxsize=8192)
def _own_kanji(ch: str) -> bool:
    """``ch`` is written so both in Japanese and in traditional Chinese (昇, 升, 威): a kanji of its own, not a
    simplified (张) or old (國) form of another."""
    return ch in KANJI and convert(ch, "s2t") == ch and convert(ch, "t2jp") == ch


def other_kanji(text: str, form: str) -> bool:
    """``text`` writes, at some place of ``form`` (as long), another kanji that simplified Chinese merged with the
    form's but Japanese keeps apart (陳東昇 for 陳東升: 昇 and 升 are two Japanese kanji of one reading), not another
    script's form of the same character (張, 张) nor a variant glyph (兪, 俞). Every character that differs must be
    such a kanji: beside an old form (聊齋誌異 for 聊斎志異) the text was converted to traditional Chinese."""
    return len(text) == len(form) and text != form and all(map(_same_or_other_kanji, text, form))


@functools.lru_cache(maxsize=1 << 16)
def _same_or_other_kanji(a: str, b: str) -> bool:
    """``other_kanji``'s test of one place: the same character, or ``a`` another kanji merged with ``b`` (asked once
    a pair of characters: a glossary's compile asks it of every differing place of 200,000 variants)."""
    return a == b or (_own_kanji(a) and _own_kanji(b) and convert(a, "t2s") == convert(b, "t2s"))


def simplify_all(texts) -> None:
    """Compute ``simplified_form`` of many texts at once (compiling a glossary asks for each name's many times)."""
    todo = list(dict.fromkeys(t for t in texts if t not in _SIMPLIFIED))
    if len(_SIMPLIFIED) + len(todo) >= SIMPLIFIED_MEMO:
        _SIMPLIFIED.clear()
    gaps = _gap_forms()  # as simplified_form reads them: the memo holds one answer whichever path filled it
    _SIMPLIFIED.update((text, simple.translate(gaps)) for text, simple in zip(todo, convert_many(todo, "jp2t", "t2s")))


def glyph_forms(text: str) -> set[str]:
    """The same characters in every script form OpenCC knows."""
    return glyph_forms_many([text])[0]


def glyph_forms_many(texts: list[str]) -> list[set[str]]:
    """``glyph_forms`` of each text, with one OpenCC call per conversion for all of them. Each text's forms are
    gathered in C (``set`` over the zipped conversions, ``set.update`` from a slice of the next conversion's
    output): with 100,000 entries a set comprehension a text twice cost about 0.3 s."""
    trad = convert_many(texts, "jp2t")
    forms = list(map(set, zip(texts, convert_many(texts, "t2s"), convert_many(texts, "s2t"), trad,
                              convert_many(trad, "t2s"))))
    for configs in (("s2t", "t2jp"), ("t2jp",)):
        sizes = list(map(len, forms))  # each text's forms before this conversion's are added
        converted = iter(convert_many(list(chain.from_iterable(forms)), *configs))
        deque(map(set.update, forms, map(islice, repeat(converted), sizes)), maxlen=0)
    return forms
