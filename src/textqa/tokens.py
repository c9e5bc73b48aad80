"""SudachiPy tokens as a document layer, fed one paragraph at a time.

SudachiPy refuses inputs over 49,149 bytes, so long paragraphs are cut at
sentence ends (or, failing that, at a byte budget).
"""
from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

from .findings import Span

MAX_BYTES = 40_000
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


def _chunks(text: str, start: int):
    """Yield (offset, piece) pieces of text below the SudachiPy byte limit."""
    while text:
        if len(text.encode("utf-8")) <= MAX_BYTES:
            yield start, text
            return
        cut = MAX_BYTES // 4  # code points; at most 4 bytes each
        best = max((text.rfind(ch, 0, cut) for ch in _SENTENCE_ENDS), default=-1)
        cut = best + 1 if best > 0 else cut
        yield start, text[:cut]
        start, text = start + cut, text[cut:]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tok = _tokenizer()
    out: list[Token] = []
    for base, piece in _chunks(text, offset):
        for m in tok.tokenize(piece):
            out.append(Token(Span(base + m.begin(), base + m.end()), m.surface(), _pos(m.part_of_speech_id()),
                             m.reading_form(), m.is_oov()))
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
        if para.end + 1 >= span.end or para.end + 1 > len(doc.text):
            return out
        start = para.end + 1


def document_tokens(doc) -> list[Token]:
    """The ``tokens`` layer: every paragraph's tokens, computed once per document, on first use."""
    if "tokens" not in doc.layers:
        toks: list[Token] = []
        for para in doc.paragraphs():
            toks.extend(paragraph_tokens(doc, para))
        doc.add_layer("tokens", toks)
    return doc.layers["tokens"]
