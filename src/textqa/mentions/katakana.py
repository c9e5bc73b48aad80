"""Katakana that transliterates a glossary name's Mandarin reading, with tolerance for spelling."""
from __future__ import annotations

from rapidfuzz.distance import Indel

from ..findings import Mention
from ..phonetics.kana import coarse, deletions, katakana_romaji
from .evidence import confidence
from .runs import KATAKANA_RUN, named_entities, parts, runs, sub_runs

LAYER = "mentions.katakana"
MIN_SIMILARITY = 0.8
MAX_PARTS = 4
SEPARATED_NAME = 0.1  # イー・リフア: persons' names are written with a separator; others rarely are
PIECE = r"[ァ-ヺー]+"


def _candidates(key: str, idx: dict):
    """(entity, matched key, similarity) for an exact or one-edit-away coarse key."""
    seen: dict[str, tuple[str, float]] = {}
    for zh in idx["kana"].get(key, ()):
        seen[zh] = (key, 1.0)
    near_keys = set(idx["kana_near"].get(key, ()))
    near_keys |= {d for d in deletions(key) if d in idx["kana"]}
    for other in near_keys:
        sim = Indel.normalized_similarity(key, other)
        for zh in idx["kana"][other]:
            if sim >= MIN_SIMILARITY and sim > seen.get(zh, ("", 0.0))[1]:
                seen[zh] = (other, sim)
    return seen


def find_katakana(doc, compiled) -> list[Mention]:
    import re

    idx = compiled.indexes
    named = named_entities(doc)
    piece = re.compile(PIECE)
    out: list[Mention] = []
    for run_span, _ in runs(KATAKANA_RUN, doc.text):
        for span, n_parts in sub_runs(parts(piece, doc.text, run_span), MAX_PARTS):
            surface = doc.slice(span)
            key = coarse(katakana_romaji(surface))
            if len(key) < 3:
                continue
            for zh, (matched, sim) in _candidates(key, idx).items():
                entry = compiled.entry(zh)
                syllables = len(idx["syllables"].get(zh, ())) or max(2, len(matched) // 2)
                conf = confidence(doc, span, entry.type, length=syllables, elsewhere=zh in named)
                if n_parts > 1:
                    conf += SEPARATED_NAME if entry.type in ("person", "") else -SEPARATED_NAME
                conf -= (1 - sim) * 1.5
                out.append(Mention(span, surface, zh, "katakana", min(conf, 1.0), matched))
    doc.add_layer(LAYER, out)
    return out
