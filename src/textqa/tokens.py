"""SudachiPy tokens as a document layer, fed one paragraph at a time.

SudachiPy refuses inputs over 49,149 bytes, and over 65,535 bytes after its
normalisation, which can expand text (㌀ → アパート); so long paragraphs are cut at
sentence ends (or, failing that, at a byte budget) measured before and after
normalising. Spans stay offsets into the original text.
"""
from __future__ import annotations

import bisect
import functools
import unicodedata
from typing import NamedTuple

from .findings import Span

MAX_BYTES = 40_000  # input bytes per call (SudachiPy refuses over 49,149)
MAX_NORMALISED = 60_000  # bytes after its normalisation (it refuses over 65,535)
MAX_GROWTH = 33  # most UTF-8 bytes one code point becomes under NFKC and lower case (U+FDFA: 18 code points)
_SENTENCE_ENDS = "。！？!?\n"


class Token(NamedTuple):
    span: Span
    surface: str
    pos: tuple[str, ...]
    reading: str
    oov: bool

    @property
    def is_proper_noun(self) -> bool:
        return len(self.pos) > 1 and self.pos[1] == "固有名詞"

    @property
    def is_person_name(self) -> bool:
        return self.is_proper_noun and len(self.pos) > 2 and self.pos[2] == "人名"

    @property
    def is_common_noun(self) -> bool:
        return len(self.pos) > 1 and self.pos[1] == "普通名詞" and not self.oov


@functools.lru_cache(maxsize=1)
def _dictionary():
    from sudachipy import Dictionary  # heavy: loaded on first use

    return Dictionary(dict="core")


@functools.lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import SplitMode  # noqa: PLC0415

    return _dictionary().tokenizer(SplitMode.C)


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
        best = max((text.rfind(ch, 0, cut) for ch in _SENTENCE_ENDS), default=-1)
        cut = best + 1 if best > cut // 2 else cut
        yield start, text[:cut]
        start, text = start + cut, text[cut:]


def _tokenize_piece(tok, piece: str, base: int, out: list) -> None:
    """Tokens of one piece; a piece SudachiPy still refuses is halved (its normalisation is not quite NFKC)."""
    from sudachipy.errors import SudachiError  # noqa: PLC0415

    try:
        morphemes = tok.tokenize(piece)
    except SudachiError:
        if len(piece) < 2:
            raise
        half = len(piece) // 2
        _tokenize_piece(tok, piece[:half], base, out)
        _tokenize_piece(tok, piece[half:], base + half, out)
        return
    for m in morphemes:
        out.append(Token(Span(base + m.begin(), base + m.end()), m.surface(), _pos(m.part_of_speech_id()),
                         m.reading_form(), m.is_oov()))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tok = _tokenizer()
    out: list[Token] = []
    for base, piece in _chunks(text, offset):
        _tokenize_piece(tok, piece, base, out)
    return out


@functools.lru_cache(maxsize=4096)
def _pos(pos_id: int) -> tuple[str, ...]:
    return tuple(_dictionary().pos_of(pos_id))


def paragraph_tokens(doc, para: Span) -> list[Token]:
    """Tokens of one paragraph, tokenized on first use (most rules need only a few paragraphs)."""
    cache = doc.memo.setdefault("tokens.by_paragraph", {})
    if para.start not in cache:
        cache[para.start] = tokenize(doc.slice(para), para.start) if para.end > para.start else []
    return cache[para.start]


def tokens_in(doc, span: Span) -> list[Token]:
    """Tokens that overlap ``span``, tokenizing only the paragraphs it touches."""
    out: list[Token] = []
    start = span.start
    while True:
        para = doc.paragraph_of(min(start, len(doc.text)))
        toks = paragraph_tokens(doc, para)
        i = max(0, bisect.bisect_right(toks, span.start, key=lambda t: t.span.start) - 1)
        while i < len(toks) and toks[i].span.start < span.end:
            if toks[i].span.end > span.start:
                out.append(toks[i])
            i += 1
        start = doc.next_line_start(para.end)
        if start >= span.end or start <= para.end:
            return out


def document_tokens(doc) -> list[Token]:
    """The ``tokens`` layer: every paragraph's tokens, computed once per document, on first use."""
    if "tokens" not in doc.layers:
        toks: list[Token] = []
        for para in doc.paragraphs():
            toks.extend(paragraph_tokens(doc, para))
        doc.add_layer("tokens", toks)
    return doc.layers["tokens"]
