"""A romanised surname followed closely by the given name in kanji (「Ma」…化騰 for 馬化騰)."""
from __future__ import annotations

from ..findings import Mention, Span
from ..phonetics.index import roman_key
from ..phonetics.pinyin import char_readings, surname_length
from .homophone import window_keys
from .runs import LATIN_WORD, runs

LAYER = "mentions.split"
MAX_GAP = 24  # code points between the surname and the given name
CONFIDENCE = 0.75


def find_split_names(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    out: list[Mention] = []
    for word_span, word in runs(LATIN_WORD, doc.text):
        if not word[0].isupper():
            continue
        for zh in idx["surname"].get(roman_key(word), ()):
            syllables = idx["syllables"][zh]
            n_surname = surname_length(zh)
            n_given = len(syllables) - n_surname
            given_key = " ".join(syllables[n_surname:])
            tail = doc.text[word_span.end:word_span.end + MAX_GAP + n_given]
            if "\n" in tail:
                tail = tail[:tail.index("\n")]
            for k in range(len(tail) - n_given + 1):
                window = tail[k:k + n_given]
                before = tail[k - 1] if k else ""
                if before and syllables[n_surname - 1] in char_readings(before):
                    break  # the whole name is written out in kanji: not a split
                if given_key in window_keys(window):
                    span = Span(word_span.start, word_span.end + k + n_given)
                    out.append(Mention(span, doc.slice(span), zh, "split-name", CONFIDENCE,
                                       f"{word} + {window}"))
                    break
    doc.add_layer(LAYER, out)
    return out
