"""Kanji that read like a glossary name: glyph variants, homophones and near-homophones."""
from __future__ import annotations

import itertools

from ..findings import Mention, Span
from ..glossary.forms import simplified_form
from ..phonetics.pinyin import char_readings
from .evidence import confidence, is_common_word
from .runs import KANJI_RUN, named_entities, runs

LAYER = "mentions.homophone"
MAX_KEYS = 32
NEAR_PENALTY = 0.2
GLYPH_CONFIDENCE = 0.95
_CONFUSABLE_INITIALS = [{"zh", "z", "j"}, {"ch", "c", "q"}, {"sh", "s", "x"}, {"n", "l"}, {"f", "h"}, {"b", "p"},
                        {"d", "t"}, {"g", "k"}]


def window_keys(window: str) -> list[str]:
    readings = [sorted(char_readings(c)) for c in window]
    if not all(readings):
        return []
    return [" ".join(k) for k in itertools.islice(itertools.product(*readings), MAX_KEYS)]


def _similar(a: str, b: str) -> bool:
    """One syllable differs only slightly: one letter, or a confusable initial."""
    from rapidfuzz.distance import Levenshtein

    if a == b:
        return False
    if Levenshtein.distance(a, b) <= 1:
        return True
    from ..phonetics.kana import split_syllable

    (ia, fa), (ib, fb) = split_syllable(a), split_syllable(b)
    return fa == fb and any(ia in g and ib in g for g in _CONFUSABLE_INITIALS)


def _near_hits(window: str, near: dict, persons: set):
    """Entities whose reading differs from the window's in one syllable (not a person's surname)."""
    readings = [sorted(char_readings(c)) for c in window]
    for i in range(len(window)):
        fixed = readings[:i] + [["*"]] + readings[i + 1:]
        for combo in itertools.islice(itertools.product(*fixed), MAX_KEYS):
            for zh, pos, syllable in near.get(" ".join(combo), ()):
                if pos == i and not (i == 0 and zh in persons) and any(_similar(r, syllable) for r in readings[i]):
                    yield zh, f"{' '.join(combo).replace('*', '/'.join(readings[i]))}"


def _mixed(doc, compiled, span: Span, keys: list[str], named: set) -> list[Mention]:
    """Kanji read like the kanji head of a form such as 騰訊ホールディングス, followed by its kana tail."""
    out = []
    for key in keys:
        for zh, tail in compiled.indexes["mixed"].get(key, ()):
            if not doc.text.startswith(tail, span.end):
                continue
            whole = Span(span.start, span.end + len(tail))
            surface = doc.slice(whole)
            if surface in compiled.entry(zh).correct_forms:
                continue
            conf = confidence(doc, span, compiled.entry(zh).type, length=len(key.split()) + 1,
                              elsewhere=zh in named)
            out.append(Mention(whole, surface, zh, "homophone", conf, key))
    return out


def find_homophones(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    lengths = sorted({len(s) for s in idx["syllables"].values()})
    persons = {e.zh for e in compiled.glossary if e.type == "person"}
    named = named_entities(doc)
    out: list[Mention] = []
    for run_span, run in runs(KANJI_RUN, doc.text):
        for i in range(len(run)):
            for n in lengths:
                if i + n > len(run):
                    break
                window = run[i:i + n]
                span = Span(run_span.start + i, run_span.start + i + n)
                keys = window_keys(window)
                hits = [(zh, key) for key in keys for zh in idx["homophone"].get(key, ())]
                if i + n == len(run):
                    out += _mixed(doc, compiled, span, keys, named)
                for zh, key in dict(hits).items():
                    entry = compiled.entry(zh)
                    if simplified_form(window) == simplified_form(zh):
                        if not is_common_word(doc, span):
                            out.append(Mention(span, window, zh, "glyph", GLYPH_CONFIDENCE, key))
                        continue
                    conf = confidence(doc, span, entry.type, length=n, elsewhere=zh in named)
                    out.append(Mention(span, window, zh, "homophone", conf, key))
                if hits or n < 3:
                    continue
                for zh, key in dict(_near_hits(window, idx["near"], persons)).items():
                    entry = compiled.entry(zh)
                    conf = confidence(doc, span, entry.type, length=n, elsewhere=zh in named) - NEAR_PENALTY
                    out.append(Mention(span, window, zh, "near-homophone", conf, key))
    doc.add_layer(LAYER, out)
    return out
