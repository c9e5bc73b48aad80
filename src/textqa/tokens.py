"""SudachiPy tokens of a document, made one paragraph at a time, on first use.

Memory stays small on long files: each paragraph is tokenized once and kept packed in flat arrays (about
20 bytes a token, against about 350 for Token objects); Token objects are built from the pack when a rule asks,
only for the span it asks about, and dropped when the rule lets go of them.

SudachiPy refuses inputs over 49,149 bytes, and over 65,535 bytes after its
normalisation, which can expand text (㌀ → アパート); so long paragraphs are cut at
sentence ends (or, failing that, at a byte budget) measured before and after
normalising. Spans stay offsets into the original text.
"""
from __future__ import annotations

import bisect
import functools
import sys
import unicodedata
from array import array
from itertools import accumulate
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from .charclass import SENTENCE_OR_LINE_ENDS
from .findings import Span

MAX_BYTES = 40_000  # input bytes per call (SudachiPy refuses over 49,149)
MAX_NORMALISED = 60_000  # bytes after its normalisation (it refuses over 65,535)
MAX_GROWTH = 33  # most UTF-8 bytes one code point becomes under NFKC and lower case (U+FDFA: 18 code points)



INFLECTING = ("動詞", "形容詞")  # the parts of speech that conjugate: a word with an ending
# parts of speech no name has: an adjectival noun (素敵), an adverb, an adnominal, a conjunction, an interjection
ADJECTIVAL_NOUN = "形状詞"  # a noun-like adjective (豊富, 素敵)
NOT_NAMES = (ADJECTIVAL_NOUN, "副詞", "連体詞", "接続詞", "感動詞", *INFLECTING)


def proper_noun(pos: tuple[str, ...]) -> bool:
    """A part of speech (SudachiPy's tuple) of a proper noun (固有名詞)."""
    return len(pos) > 1 and pos[1] == "固有名詞"


def common_noun(pos: tuple[str, ...]) -> bool:
    """A common noun (普通名詞)."""
    return len(pos) > 1 and pos[1] == "普通名詞"


def numeral(pos: tuple[str, ...]) -> bool:
    """A numeral (数詞)."""
    return len(pos) > 1 and pos[1] == "数詞"


def suffix(pos: tuple[str, ...]) -> bool:
    """A suffix (接尾辞: 族 of 苗族, さん)."""
    return bool(pos) and pos[0] == "接尾辞"


def person_name(pos: tuple[str, ...]) -> bool:
    """A proper noun of a person (固有名詞, 人名)."""
    return proper_noun(pos) and len(pos) > 2 and pos[2] == "人名"


def place_name(pos: tuple[str, ...]) -> bool:
    """A proper noun of a place (固有名詞, 地名)."""
    return proper_noun(pos) and len(pos) > 2 and pos[2] == "地名"


class Token(NamedTuple):
    span: Span
    surface: str
    pos: tuple[str, ...]
    reading: str
    oov: bool

    @property
    def is_proper_noun(self) -> bool:
        return proper_noun(self.pos)

    @property
    def is_person_name(self) -> bool:
        return person_name(self.pos)

    @property
    def is_place_name(self) -> bool:
        return place_name(self.pos)

    @property
    def is_common_noun(self) -> bool:
        return common_noun(self.pos) and not self.oov

    @property
    def is_time_word(self) -> bool:
        """A noun that can stand as an adverb, of time or quantity (毎年, 今年, 夏, 全部: 副詞可能)."""
        return self.is_common_noun and len(self.pos) > 2 and self.pos[2] == "副詞可能"

    @property
    def is_counter(self) -> bool:
        """A noun that counts after a number (年 of 2017年, 月: 助数詞可能)."""
        return self.is_common_noun and len(self.pos) > 2 and self.pos[2] == "助数詞可能"

    @property
    def is_counter_suffix(self) -> bool:
        """A suffix that counts after a number (日 of 三日, 個: 接尾辞,名詞的,助数詞)."""
        return bool(self.pos) and self.pos[0] == "接尾辞" and len(self.pos) > 2 and self.pos[2] == "助数詞"

    @property
    def is_numeral(self) -> bool:
        return numeral(self.pos)

    @property
    def is_adjectival_noun(self) -> bool:
        """A noun-like adjective the dictionary knows (豊富, 簡単: 形状詞), a word of its own as a common noun is."""
        return not self.oov and bool(self.pos) and self.pos[0] == ADJECTIVAL_NOUN

    @property
    def is_no_name(self) -> bool:
        """A word the dictionary knows of a part of speech no name has (素敵, 突然, 大きな): not a noun."""
        return not self.oov and bool(self.pos) and self.pos[0] in NOT_NAMES

    @property
    def is_inflecting(self) -> bool:
        """A word that conjugates, a verb or an adjective (力強い, 取る), that the dictionary knows."""
        return not self.oov and bool(self.pos) and self.pos[0] in INFLECTING


@functools.lru_cache(maxsize=1)
def _dictionary():
    from sudachipy import Dictionary  # heavy: loaded on first use

    dictionary = Dictionary(dict="core")
    _release_loaded_pages()
    return dictionary


def _release_loaded_pages() -> None:
    """Let go of the dictionary pages that loading touched: SudachiPy reads through the whole entries section of
    its mapped dictionary file when it loads (72 MB of sudachidict-core's 200 MB), and those pages would stay in
    this process's resident set, though tokenizing reads a small part of them. The file is mapped read-only, so
    dropping the pages (MADV_DONTNEED) loses nothing: a page read later comes back from the page cache. Linux
    only; anywhere else, or when anything fails, nothing is done."""
    import mmap  # noqa: PLC0415

    advice = getattr(mmap, "MADV_DONTNEED", None)
    if advice is None or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes  # noqa: PLC0415

        madvise = ctypes.CDLL(None, use_errno=True).madvise
        madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                fields = line.split(maxsplit=5)
                # a read-only mapping of a dictionary file (never written, so nothing to lose)
                if len(fields) == 6 and fields[1].startswith("r-") and fields[5].rstrip().endswith(".dic"):
                    start, end = (int(x, 16) for x in fields[0].split("-"))
                    madvise(start, end - start, advice)
    except (OSError, AttributeError, ValueError):
        return


@functools.lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import SplitMode  # noqa: PLC0415

    return _dictionary().tokenizer(SplitMode.C)


@functools.lru_cache(maxsize=4)
def _morpheme_list(tok):
    """One morpheme list that the tokenizer writes each result into (a new list per call costs about a tenth of
    tokenizing); its morphemes are read into columns at once."""
    return tok.tokenize("")


def _normalised_size(text: str) -> int:
    """Bytes of ``text`` after normalisation like SudachiPy's (NFKC, lower case): it can grow (㌀ → アパート)."""
    return len(unicodedata.normalize("NFKC", text).lower().encode("utf-8"))


def _fits(text: str) -> bool:
    return len(text.encode("utf-8")) <= MAX_BYTES and (
        len(text) * MAX_GROWTH <= MAX_NORMALISED or _normalised_size(text) <= MAX_NORMALISED)


def _chunks(text: str, start: int):
    """Yield (offset, piece) pieces of text below the SudachiPy byte limits, before and after normalising."""
    while text:
        if _fits(text):
            yield start, text
            return
        cut = min(len(text) - 1, MAX_BYTES // 4)  # code points; at most 4 bytes each
        while cut > 1 and not _fits(text[:cut]):
            cut //= 2
        best = max((text.rfind(ch, 0, cut) for ch in SENTENCE_OR_LINE_ENDS), default=-1)
        cut = best + 1 if best > cut // 2 else cut
        yield start, text[:cut]
        start, text = start + cut, text[cut:]


class Columns(NamedTuple):
    """Tokens as SudachiPy gives them, one list a field: spans, part-of-speech ids (SudachiPy's own), readings,
    out-of-vocabulary flags. Filled straight from the morphemes, with no object per token."""

    starts: list[int]
    ends: list[int]
    pos_ids: list[int]
    readings: list[str]
    oov: list[bool]


def _tokenize_piece(tok, piece: str, base: int, out: Columns) -> None:
    """Tokens of one piece; a piece SudachiPy still refuses is halved (its normalisation is not quite NFKC)."""
    from sudachipy.errors import SudachiError  # noqa: PLC0415

    try:
        morphemes = tok.tokenize(piece, out=_morpheme_list(tok))  # read out before the next call overwrites it
    except SudachiError:
        if len(piece) < 2:
            raise
        half = len(piece) // 2
        _tokenize_piece(tok, piece[:half], base, out)
        _tokenize_piece(tok, piece[half:], base + half, out)
        return
    starts, ends, pos_ids, readings, oov = (c.append for c in out)
    for m in morphemes:  # the hot loop: five calls a morpheme, one append per field
        starts(base + m.begin())
        ends(base + m.end())
        pos_ids(m.part_of_speech_id())
        readings(m.reading_form())
        oov(m.is_oov())


@functools.lru_cache(maxsize=4096)
def normal_spelling(word: str) -> str | None:
    """The spelling SudachiPy's dictionary gives as usual (its normalized form) for ``word`` read whole as one common
    noun (磨崖 for 摩崖, 砂漠 for 沙漠, 障害 for 障碍), or None when it does not read ``word`` so."""
    morphemes = list(_tokenizer().tokenize(word))
    if len(morphemes) == 1 and not morphemes[0].is_oov() and common_noun(morphemes[0].part_of_speech()):
        return morphemes[0].normalized_form()
    return None


def known_as_written(word: str) -> bool:
    """True when SudachiPy reads ``word`` whole, as one common noun of its dictionary whose normalized form is
    ``word`` itself (青椒肉絲, 小籠包): Japanese as written, not a spelling it would normalise (發表 -> 発表). Proper
    nouns are left out: the dictionary keeps old-form place names as written (中國, 臺北)."""
    return normal_spelling(word) == word


def one_common_noun(word: str) -> bool:
    """True when SudachiPy reads ``word`` whole as one common noun of its dictionary, in any spelling (象牙, 入口 for
    入り口): a Japanese word."""
    return normal_spelling(word) is not None


def tokenize_columns(text: str, offset: int = 0) -> Columns:
    """The tokens of ``text`` (offsets from ``offset``) as columns."""
    tok = _tokenizer()
    out = Columns([], [], [], [], [])
    for base, piece in _chunks(text, offset):
        _tokenize_piece(tok, piece, base, out)
    return out


def tokenize(text: str, offset: int = 0) -> list[Token]:
    c, pos, new = tokenize_columns(text, offset), _pos_table(), tuple.__new__
    return [new(Token, (new(Span, (s, e)), text[s - offset:e - offset], pos[p], r, o))
            for s, e, p, r, o in zip(c.starts, c.ends, c.pos_ids, c.readings, c.oov)]


@functools.lru_cache(maxsize=1)
def _pos_table() -> tuple[tuple[str, ...], ...]:
    """Every part of speech of the dictionary, indexed by its id."""
    d, out = _dictionary(), []
    while (pos := d.pos_of(len(out))) is not None:
        out.append(tuple(pos))
    return tuple(out)


class Packed:
    """One paragraph's tokens in flat arrays: spans (from the paragraph's start, ``base`` in the text),
    part-of-speech ids, readings joined, out-of-vocabulary flags.

    Surfaces are the text under the spans. Offsets in the arrays are the paragraph's own, so the pack of a
    paragraph text that repeats serves every place it stands (``moved``: the arrays shared, only ``base`` set).
    """

    __slots__ = ("base", "starts", "ends", "pos_ids", "reading_ends", "readings", "oov", "derived")

    def __init__(self, c: Columns, text: str):
        offsets = "i" if len(text) < 2**31 else "q"  # 4 bytes an offset unless the text is longer
        self.base = 0
        self.starts = array(offsets, c.starts)
        self.ends = array(offsets, c.ends)
        self.pos_ids = array("H", c.pos_ids)  # SudachiPy's ids: about 1,500 tags
        self.readings = "".join(c.readings)
        self.reading_ends = array(offsets, accumulate(map(len, c.readings)))
        self.oov = bytes(c.oov)
        self.derived: dict = {}  # what the finders derive from these tokens alone, by the paragraph's own offsets

    def __len__(self) -> int:
        return len(self.starts)

    def moved(self, base: int) -> Packed:
        """This pack (of a paragraph read at offset 0) for the same paragraph at offset ``base`` of a text."""
        if base == self.base:
            return self  # packs are only read: one object serves
        out = Packed.__new__(Packed)
        out.base = base
        out.starts, out.ends, out.pos_ids, out.readings, out.reading_ends, out.oov, out.derived = \
            self.starts, self.ends, self.pos_ids, self.readings, self.reading_ends, self.oov, self.derived
        return out

    def span(self, i: int) -> tuple[int, int]:
        """(start, end) of token ``i`` in the text."""
        return self.base + self.starts[i], self.base + self.ends[i]

    def index_at(self, offset: int) -> int:
        """The index of the token that holds the code point at ``offset``, or -1."""
        offset -= self.base
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and self.ends[i] > offset else -1

    def token(self, i: int, text: str) -> Token:
        s, e = self.base + self.starts[i], self.base + self.ends[i]
        reading = self.readings[self.reading_ends[i - 1] if i else 0:self.reading_ends[i]]
        new = tuple.__new__  # a Token and its Span made directly: this runs for every token a rule reads
        return new(Token, (new(Span, (s, e)), text[s:e], _pos_table()[self.pos_ids[i]], reading, bool(self.oov[i])))

    def overlapping(self, span: Span, text: str) -> list[Token]:
        """The tokens that overlap ``span``, built from the pack."""
        return [self.token(i, text) for i in self.overlapping_indices(span)]

    def overlapping_indices(self, span: Span) -> list[int]:
        """The indices of the tokens that overlap ``span`` (no Token made)."""
        start, end = span.start - self.base, span.end - self.base
        starts, ends = self.starts, self.ends
        i = max(0, bisect.bisect_right(starts, start) - 1)
        out = []
        while i < len(starts) and starts[i] < end:
            if ends[i] > start:
                out.append(i)
            i += 1
        return out


WINDOW_TOKENS = 1 << 18  # tokens the packs of recently read paragraphs hold at most (about 5 MB)


class PackWindow:
    """The packs of the paragraphs read most recently, up to ``limit`` tokens in all: the working set stays the
    same size however long the file is. Rules and finders read paragraphs in text order, so a paragraph dropped
    from the window is rarely read again (it would be tokenized again: the same tokens, some time lost)."""

    __slots__ = ("packs", "held", "limit", "tokenized")

    def __init__(self, limit: int = WINDOW_TOKENS):
        self.packs: dict[int, Packed] = {}  # paragraph start -> pack, least recently read first
        self.held, self.limit = 0, limit
        self.tokenized = 0  # paragraphs tokenized so far (again, when read after being dropped)

    def __len__(self) -> int:
        return len(self.packs)

    def get(self, start: int) -> Packed | None:
        pack = self.packs.pop(start, None)
        if pack is not None:
            self.packs[start] = pack  # now the most recently read
        return pack

    def add(self, start: int, pack: Packed) -> None:
        self.packs[start] = pack
        self.held += len(pack.starts)  # (the array's length: no Python call for each pack added or dropped)
        self.tokenized += 1
        while self.held > self.limit and len(self.packs) > 1:
            self.held -= len(self.packs.pop(next(iter(self.packs))).starts)


WINDOW_CHARS = WINDOW_TOKENS // 2  # a token is two code points or more but for punctuation and single kana


def windows(doc):
    """The document's paragraphs in windows of about WINDOW_CHARS code points (a paragraph is never split): the
    tokens of one window fit in the pack window (``PackWindow``). The rules read a window's tokens, then drop them
    (``textqa.lint``); the name finders search a long document stretch by stretch along them."""
    window: list = []
    size = 0
    for para in doc.paragraphs():
        window.append(para)
        size += para.end - para.start
        if size >= WINDOW_CHARS:
            yield window
            window, size = [], 0
    if window:
        yield window


SHARED_CHARS = 1 << 17  # code points of paragraph text whose packs are kept across documents (about 3 MB)


class SharedPacks:
    """Packs of the paragraph texts tokenized most recently in this process, at offset 0, up to ``limit`` code
    points of text: a paragraph that repeats (in another document, or twice in one) is tokenized once. Tokens
    depend on the paragraph's text alone (the pieces it is cut into too), so a pack moved to another offset is
    the pack that tokenizing there would make."""

    __slots__ = ("packs", "held", "limit")

    def __init__(self, limit: int = SHARED_CHARS):
        self.packs: dict[str, Packed] = {}  # paragraph text -> pack, least recently read first
        self.held, self.limit = 0, limit

    def pack(self, text: str) -> Packed:
        pack = self.packs.pop(text, None)
        if pack is None:
            pack = Packed(tokenize_columns(text) if text else Columns([], [], [], [], []), text)
            if len(text) > self.limit:
                return pack
            self.held += len(text)
            while self.held > self.limit and self.packs:
                oldest = next(iter(self.packs))
                self.held -= len(oldest)
                del self.packs[oldest]
        self.packs[text] = pack  # now the most recently read
        return pack


_SHARED = SharedPacks()


def _packed(doc, para: Span) -> Packed:
    """The paragraph's pack, tokenizing it on first use (or when it has left the window) unless the same
    paragraph text was tokenized lately (``SharedPacks``)."""
    window = doc.memo.get("tokens.packed")
    if window is None:
        window = doc.memo["tokens.packed"] = PackWindow()
    pack = window.get(para.start)
    if pack is None:
        pack = _SHARED.pack(doc.slice(para)).moved(para.start)
        window.add(para.start, pack)
    return pack


def paragraph_columns(doc, para: Span) -> tuple[list[str], array]:
    """(surfaces, part-of-speech ids) of one paragraph's tokens, tokenized on first use: for a rule's cheap
    sieve over a paragraph, with no Token object made (``part_of_speech`` reads an id)."""
    pack = _packed(doc, para)
    text = doc.slice(para)  # the pack's offsets are the paragraph's own
    return [text[s:e] for s, e in zip(pack.starts, pack.ends)], pack.pos_ids


def part_of_speech(pos_id: int) -> tuple[str, ...]:
    return _pos_table()[pos_id]


def paragraph_tokens(doc, para: Span) -> list[Token]:
    """Tokens of one paragraph, tokenized on first use (most rules need only a few paragraphs); the caller holds
    them while it needs them, the document keeps them only packed."""
    pack = _packed(doc, para)
    return [pack.token(i, doc.text) for i in range(len(pack))]


def packed_in(doc, span: Span) -> tuple[Packed, list[int]] | None:
    """The pack of the one paragraph that ``span`` lies in and the indices of the tokens that overlap it (what
    ``tokens_in`` gives, with no Token made); None when the span reaches past its paragraph."""
    pack = pack_of(doc, span)
    return None if pack is None else (pack, pack.overlapping_indices(span))


def pack_of(doc, span: Span) -> Packed | None:
    """The pack of the one paragraph that ``span`` lies in; None when the span reaches past its paragraph."""
    last = doc.memo.get(LAST_PARAGRAPH)  # the finders ask span after span of one paragraph
    if last is not None and last[0] <= span.start < last[1]:
        return None if span.end > last[1] else last[2]  # (held even when the window has let it go: the same tokens)
    para = doc.paragraph_of(min(span.start, len(doc.text)))
    if span.end > para.end:
        return None
    pack = _packed(doc, para)
    doc.memo[LAST_PARAGRAPH] = (para.start, para.end, pack)
    return pack


LAST_PARAGRAPH = "tokens.last-paragraph"  # (start, end, pack) of the paragraph packed_in read last


def kept_with_paragraph(doc, span: Span, name, make: Callable[[], T]) -> T:
    """``make()``, something a finder derives from ``span``'s paragraph alone (its tokens, which depend on its text
    alone, and its text) and that is the same wherever the paragraph stands (no offset of the document in it): kept
    with the paragraph text's pack (``Packed.derived``, under ``name`` and the span's offsets in the paragraph), so
    that a paragraph text that recurs, in another document or twice in one, has it made once. Made afresh for a span
    that reaches past its paragraph."""
    pack = pack_of(doc, span)
    if pack is None:
        return make()
    key = (name, span.start - pack.base, span.end - pack.base)
    known = pack.derived.get(key, _NOT_MADE)
    if known is _NOT_MADE:
        known = pack.derived[key] = make()
    return known


_NOT_MADE = object()
T = TypeVar("T")


def token_at(doc, offset: int) -> Token | None:
    """The token that holds the code point at ``offset``: the one token of ``tokens_in(doc, Span(offset, offset + 1))``
    (a one-code-point span overlaps one token at most), read from the paragraph's pack with no list and no walk."""
    pack = _packed(doc, doc.paragraph_of(min(offset, len(doc.text))))
    i = pack.index_at(offset)
    return pack.token(i, doc.text) if i >= 0 else None


def tokens_at(doc, offsets) -> list[Token | None]:
    """``token_at`` of each of ``offsets``, the paragraph and its pack looked up once for offsets that follow each
    other in one paragraph (the starts of a run's windows)."""
    text = doc.text
    out: list[Token | None] = []
    start = end = -1
    for offset in offsets:
        if not start <= offset < end:  # a paragraph holds every offset from its start to before its end
            para = doc.paragraph_of(min(offset, len(text)))
            start, end, pack = para.start, para.end, _packed(doc, para)
        i = pack.index_at(offset)
        out.append(pack.token(i, text) if i >= 0 else None)
    return out


def tokens_in(doc, span: Span) -> list[Token]:
    """Tokens that overlap ``span``, tokenizing only the paragraphs it touches."""
    out: list[Token] = []
    start = span.start
    while True:
        para = doc.paragraph_of(min(start, len(doc.text)))
        out += _packed(doc, para).overlapping(span, doc.text)
        start = doc.next_line_start(para.end)
        if start >= span.end or start <= para.end:
            return out
