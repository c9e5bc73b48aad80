"""A romanised surname followed closely by the given name in kanji (「Ma」…化騰 for 馬化騰)."""
from __future__ import annotations

from ..charclass import LATIN_WORD
from ..findings import Mention, Span
from ..phonetics.index import PhoneticIndex, roman_key
from ..phonetics.pinyin import char_readings, surname_length
from .homophone import window_keys
from .features import Features
from .kinds import MentionKind
from .runs import doc_runs, named_entities

LAYER = "mentions.split"
MAX_GAP = 24  # code points between the surname and the given name
MAX_GAP_ONE = 2  # a one-character given name must follow right after (Su 軾): one kanji proves little


def find_split_names(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    named = named_entities(doc)
    out: list[Mention] = []
    for word_span, word in doc_runs(doc, LATIN_WORD):
        key = roman_key(word)
        if not word[0].isupper() or key not in idx.surnames:
            continue
        found = _given_name_after(doc, word_span.end, key, idx)
        if found:
            zh, end, window = found
            span = Span(word_span.start, end)
            features = Features(MentionKind.SPLIT_NAME, len(idx.syllables.get(zh, ())), elsewhere=zh in named)
            out.append(Mention(span, doc.slice(span), zh, MentionKind.SPLIT_NAME, detail=f"{word} + {window}",
                               features=features))
    doc.add_layer(LAYER, out)
    return out


def _given_name_after(doc, start: int, surname_key: str, idx: PhoneticIndex):
    """(entity, end, window): the first kanji, within MAX_GAP, that read like a person's given name."""
    tail = doc.text[start:start + MAX_GAP + max(idx.split_lengths, default=0)].split("\n")[0]
    for k in range(len(tail)):
        for n in idx.split_lengths:
            window = tail[k:k + n]
            if len(window) < n:
                break
            if n == 1 and k > MAX_GAP_ONE:
                continue
            for wk in window_keys(window):
                for zh in idx.surname.get(f"{surname_key}|{wk}", ()):
                    surname_syllables = idx.syllables[zh][:surname_length(zh)]
                    if k and surname_syllables[-1] in char_readings(tail[k - 1]):
                        continue  # the whole name is written out in kanji: not a split
                    return zh, start + k + n, window
    return None
