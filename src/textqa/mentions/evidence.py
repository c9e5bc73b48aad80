"""Is a sound-alike span really a name? Evidence from tokens, context and the rest of the document.

Scores add up to a confidence in [0, 1]; ``LintContext.finding`` turns weak
confidence into ``info`` or drops it. Short names start lower, so they need
more evidence than long ones.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Span
from ..phonetics.tables import name_context
from ..tokens import tokens_in

BASE_BY_LENGTH = {1: 0.1, 2: 0.35, 3: 0.55}
BASE_LONG = 0.65
PROPER = 0.35  # every token is a proper noun or out of vocabulary
PARTLY_PROPER = 0.2
CONTEXT = 0.2  # 氏, 市, 社 ... right after
ELSEWHERE = 0.15  # the entity is named correctly elsewhere in the document
UNALIGNED = -0.35  # the span cuts through a dictionary word
KNOWN_WORD = -0.3  # the span is exactly one ordinary dictionary word
FRAGMENTED = 0.1  # three or more one-character tokens: the tokenizer found no word there
CONTINUES = -0.3  # a proper noun goes on right after the span: it is part of a longer name
KNOWN_PLACE = -0.35  # the span is one place name the dictionary knows as spelt (漓江 is no typo for 丽江)


@dataclass(frozen=True)
class Evidence:
    aligned: bool
    proper: float
    known_word: bool
    context: bool
    fragmented: bool
    continues: bool
    known_place: bool


def _is_name_token(t) -> bool:
    # SudachiPy's 人名/地名 subclasses are unreliable on unknown names (an unknown place name can come out as 人名)
    numeral = len(t.pos) > 1 and t.pos[1] == "数詞"
    return t.is_proper_noun or (t.oov and not numeral)


def _continues(doc, span: Span) -> bool:
    """The span ends inside a run of proper-noun tokens (大江 in 大江健三郎)."""
    nxt = tokens_in(doc, Span(span.end, span.end + 1))
    last = tokens_in(doc, Span(span.end - 1, span.end))
    return bool(nxt and last and nxt[0].span.start == span.end and nxt[0].is_proper_noun and last[0].is_proper_noun)


def gather(doc, span: Span, entity_type: str) -> Evidence:
    """Evidence for one span (memoised per document: many entities can share a candidate span)."""
    memo = doc.memo.setdefault("evidence", {})
    key = (span, entity_type)
    if key not in memo:
        memo[key] = _gather(doc, span, entity_type)
    return memo[key]


def _gather(doc, span: Span, entity_type: str) -> Evidence:
    toks = tokens_in(doc, span)
    aligned = bool(toks) and toks[0].span.start == span.start and toks[-1].span.end == span.end
    names = sum(_is_name_token(t) for t in toks)
    proper = PROPER if toks and names == len(toks) else PARTLY_PROPER if names else 0.0
    known = len(toks) == 1 and aligned and toks[0].is_common_noun
    after = doc.text[span.end:span.end + 8]
    types = [entity_type] if entity_type else list(name_context())
    context = any(after.startswith(s) for t in types for s in name_context().get(t, ()))
    fragmented = len(toks) >= 3 and all(len(t.surface) == 1 for t in toks)
    known_place = (len(toks) == 1 and aligned and toks[0].is_proper_noun and not toks[0].oov
                   and len(toks[0].pos) > 2 and toks[0].pos[2] == "地名")
    return Evidence(aligned, proper, known, context, fragmented, _continues(doc, span), known_place)


def is_common_word(doc, span: Span) -> bool:
    """The span is exactly one ordinary dictionary word (連想, チューハイ)."""
    return gather(doc, span, "").known_word


def confidence(doc, span: Span, entity_type: str, *, length: int, elsewhere: bool, base: float | None = None) -> float:
    ev = gather(doc, span, entity_type)
    score = BASE_BY_LENGTH.get(length, BASE_LONG) if base is None else base
    score += ev.proper + (CONTEXT if ev.context else 0) + (ELSEWHERE if elsewhere else 0)
    score += UNALIGNED if not ev.aligned else 0
    score += KNOWN_WORD if ev.known_word and not ev.context else 0  # チューハイ市 is a place; 缶チューハイ is not
    score += (FRAGMENTED if ev.fragmented else 0) + (CONTINUES if ev.continues else 0)
    score += KNOWN_PLACE if ev.known_place else 0
    return max(0.0, min(1.0, score))
