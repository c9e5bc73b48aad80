"""A glossary person's given name under the wrong surname (王鴻禕 for 周鴻禕).

Reported only when the document also names that person some other way, and
never when the span is itself another glossary name.
"""
from __future__ import annotations

from ..charclass import KANJI_RUN
from ..findings import Mention, Span
from ..phonetics.pinyin import char_readings, is_surname
from .evidence import tokens_in
from .homophone import window_keys
from .kinds import MentionKind
from .runs import runs

LAYER = "mentions.surname"
EARLIER = ("mentions.exact", "mentions.homophone", "mentions.katakana", "mentions.romanized")
CONFIDENCE_NAME_TOKENS = 0.85
CONFIDENCE_SURNAME_ONLY = 0.6


def find_wrong_surnames(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    mentioned = {m.entity for layer in EARLIER for m in doc.layers.get(layer, ()) if m.confidence >= 0.7}
    lengths = idx.given_lengths
    out: list[Mention] = []
    for run_span, run in runs(KANJI_RUN, doc.text):
        for i in range(len(run) - 1):
            head = run[i]
            if not is_surname(head):
                continue
            for n in lengths:
                given = run[i + 1:i + 1 + n]
                if len(given) < n:
                    break
                for zh in {z for key in window_keys(given) for z in idx.given.get(key, ())}:
                    surname = idx.syllables[zh][0]
                    if zh not in mentioned or surname in char_readings(head):
                        continue
                    span = Span(run_span.start + i, run_span.start + i + 1 + n)
                    names = all(t.is_person_name for t in tokens_in(doc, span))
                    conf = CONFIDENCE_NAME_TOKENS if names else CONFIDENCE_SURNAME_ONLY
                    out.append(Mention(span, doc.slice(span), zh, MentionKind.WRONG_SURNAME, conf, " ".join(idx.syllables[zh])))
    doc.add_layer(LAYER, out)
    return out
