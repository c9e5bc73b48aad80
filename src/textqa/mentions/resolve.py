"""Merge the finders' layers into one ``mentions`` layer.

Earlier finders win where spans overlap (literal forms before sound-alikes).
Mentions that are correct by context are kept but marked ``glossed``.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import replace

from ..context import INFO_CONFIDENCE
from ..findings import Mention
from ..masks import is_masked
from .context import (gloss_after, gloss_groups, introduced_as_alias, labelled_gloss, legal_name, legal_suffixes,
                      named_as_such, quoted_as_form)
from .exact import find_exact
from .kinds import NAMING_KINDS, MentionKind
from .layer import LAYER, MentionLayer

AMBIGUOUS = 0.3  # a sound-alike that fits several entities equally well names none of them for sure
LARGE_GLOSSARY = 1000  # above this, chance sound-alikes grow with the glossary: each tenfold costs 0.1
PER_TENFOLD = 0.1
SPACED_HEAD = 12  # code points before a gloss searched for a name written with spaces (習 近平)


def finders():
    """The ordered mention finders; each takes (doc, compiled) and returns Mentions."""
    from . import phonetic  # noqa: PLC0415

    return [find_exact, *phonetic.FINDERS]


def _conflicts(m: Mention, t: Mention) -> bool:
    """Overlapping spans conflict, except one surface that names several entities."""
    return m.span.overlaps(t.span) and not (m.span == t.span and m.entity != t.entity and m.kind == t.kind)


def _claim(mentions_by_finder: list[list[Mention]]) -> list[Mention]:
    """Earlier layers first, then the surest and longest; each code point remembers who holds it."""
    taken: list[Mention] = []
    holders: dict[int, list[Mention]] = {}
    for layer in mentions_by_finder:
        for m in sorted(layer, key=lambda m: (-m.confidence, m.span.start - m.span.end, m.span.start)):
            if m.confidence < INFO_CONFIDENCE:
                continue  # too weak even for info: neither reported nor summarised
            offsets = range(m.span.start, m.span.end)
            if any(_conflicts(m, t) for i in offsets for t in holders.get(i, ())):
                continue
            taken.append(m)
            for i in offsets:
                holders.setdefault(i, []).append(m)
    return sorted(taken, key=lambda m: (m.span.start, m.span.end))


def _discount(mentions: list[Mention], glossary_size: int) -> list[Mention]:
    """Lower the confidence of sound-alikes that fit several entities, or come from a very large glossary."""
    by_span: dict = {}
    for m in mentions:
        if not m.kind.literal:
            by_span.setdefault(m.span, set()).add(m.entity)
    prior = PER_TENFOLD * math.log10(glossary_size / LARGE_GLOSSARY) if glossary_size > LARGE_GLOSSARY else 0.0
    out = []
    for m in mentions:
        if not m.kind.literal:
            m = replace(m, confidence=m.confidence - prior - (AMBIGUOUS if len(by_span[m.span]) > 1 else 0))
        if m.confidence >= INFO_CONFIDENCE:
            out.append(m)
    return out


def _mark_context(text: str, mentions: list[Mention], correct_forms) -> list[Mention]:
    """Mark mentions that are correct by context: glosses, aliases, quoted forms, legal names.

    ``correct_forms(zh)`` gives an entity's correct forms (a gloss after 習 近平, spaced, still glosses it).
    """
    groups = {opening: inner for opening, inner in gloss_groups(text)}
    starts = [m.span.start for m in mentions]  # mentions are sorted by start
    out = list(mentions)
    for i, head in enumerate(mentions):
        inner = gloss_after(text, head.span.end, groups)
        if inner is None:
            continue
        lo, hi = bisect.bisect_left(starts, inner.start), bisect.bisect_left(starts, inner.end)
        inside = [j for j in range(lo, hi) if inner.contains(mentions[j].span) and mentions[j].entity == head.entity]
        for j in inside:
            out[j] = replace(out[j], glossed=True)
        if any(mentions[j].kind in NAMING_KINDS for j in inside) or labelled_gloss(text, inner):
            out[i] = replace(out[i], glossed=True)
    for opening, inner in groups.items():  # 習 近平（しゅう きんぺい、シー・チンピン）: the head has a space
        head = "".join(text[max(0, opening - SPACED_HEAD):opening].split())
        lo, hi = bisect.bisect_left(starts, inner.start), bisect.bisect_left(starts, inner.end)
        for j in range(lo, hi):
            if not out[j].glossed and any(head.endswith(f) for f in correct_forms(out[j].entity)):
                out[j] = replace(out[j], glossed=True)
    suffixes = legal_suffixes()
    for i, m in enumerate(out):
        if m.glossed:
            continue
        if introduced_as_alias(text, m.span.start) or named_as_such(text, m.span.end) \
                or (m.kind != MentionKind.SPLIT_NAME and quoted_as_form(text, m.span)) \
                or (m.kind.correct and legal_name(text, m.span.end, suffixes)):
            out[i] = replace(m, glossed=True)
    return out


def annotate(doc, compiled) -> MentionLayer:
    """Write the document's ``mentions`` layer (once): run every finder, claim spans, mark glosses."""
    if LAYER not in doc.layers:
        layers = [finder(doc, compiled) for finder in finders()]
        claimed = [m for m in _discount(_claim(layers), len(compiled.glossary)) if not is_masked(doc, m.span)]
        forms = lambda zh: compiled.entry(zh).correct_forms  # noqa: E731
        doc.add_layer(LAYER, MentionLayer(tuple(_mark_context(doc.text, claimed, forms))))
    return doc.layers[LAYER]
