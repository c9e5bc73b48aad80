"""A name split in two: a romanised surname followed closely by the given name in kanji (「Ma」…化騰 for 馬化騰), or a
kanji surname right before its given name set apart in quotes (馬「化騰」)."""
from __future__ import annotations

import re

from ..charclass import (CLOSE_BRACKETS, KANJI_RANGE, LATIN_WORD, LazyPattern, OPEN_BRACKETS, QUOTE_PAIRS, SPACES,
                         is_kanji)
from ..findings import Mention, Span
from ..phonetics.index import PhoneticIndex, roman_key
from ..phonetics.pinyin import char_readings, surname_length
from .homophone import window_keys
from .features import Features
from .kinds import CORRECT_KINDS, MentionKind
from .runs import doc_runs, matches, named_entities, scope_of

LAYER = "mentions.split"
MAX_GAP = 24  # code points between the surname and the given name
MAX_GAP_ONE = 2  # a one-character given name must follow right after (Su 軾): one kanji proves little
MAX_GAP_LOWER = 2  # a lower-case surname (zeng麗華) counts only glued to its given name, or spaces or brackets off
LOWER_GAP = SPACES + OPEN_BRACKETS + CLOSE_BRACKETS  # what may stand between a lower-case surname and its given name


def find_split_names(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    named = named_entities(doc)
    out: list[Mention] = []
    for word_span, word in doc_runs(doc, LATIN_WORD):
        key = roman_key(word)
        if key not in idx.surnames or _reading_of_kanji_before(doc.text, word_span.start, key):
            continue
        found = _given_name_after(doc, word_span.end, key, idx, MAX_GAP if word[0].isupper() else MAX_GAP_LOWER)
        if found and (word[0].isupper() or _gap_of(doc, word_span.end, found).strip(LOWER_GAP) == ""):
            zh, end, window = found
            span = Span(word_span.start, end)
            features = Features(MentionKind.SPLIT_NAME, len(idx.syllables.get(zh, ())), elsewhere=zh in named)
            out.append(Mention(span, doc.slice(span), zh, MentionKind.SPLIT_NAME, detail=f"{word} + {window}",
                               features=features))
    out = _nearest_surnames(out)
    out.extend(_quoted_given_names(doc, compiled, named))
    doc.add_layer(LAYER, out)
    return out


# an opening quote and the kanji it holds (a given name set apart; the surname is looked for right before the quote)
QUOTED_GIVEN = LazyPattern(f"(?:{'|'.join(map(re.escape, QUOTE_PAIRS))})[{KANJI_RANGE}]{{1,3}}")
SURNAME_LENGTHS = (1, 2)


def _quoted_given_names(doc, compiled, named) -> list[Mention]:
    """A person's correct form with its given name set apart in quotes right after the surname (馬「化騰」): the
    surname and the quoted given name together are exactly a person's preferred or accepted form, and the quote
    closes right after it. Nothing else reads the quotes so: a surname is never quoted apart from its name."""
    text, out = doc.text, []
    scope = scope_of(doc)
    lo, hi = (0, len(text)) if scope is None else (scope.start, scope.end)
    if all(text.find(q, lo, hi) < 0 for q in QUOTE_PAIRS):
        return out
    for m in matches(QUOTED_GIVEN, doc):
        opener, given, end = text[m.start()], m.group()[1:], m.end()
        if text[end:end + 1] != QUOTE_PAIRS[opener]:
            continue
        for n in SURNAME_LENGTHS:
            head = text[max(0, m.start() - n):m.start()]
            if len(head) < n or not all(map(is_kanji, head)):
                break
            holders = [zh for zh, kind in compiled.forms.get(head + given, ()) if kind in CORRECT_KINDS
                       and compiled.entry(zh).may_be_person]
            if holders:
                zh = holders[0]
                span = Span(m.start() - n, end + 1)
                features = Features(MentionKind.SPLIT_NAME, len(compiled.indexes.syllables.get(zh, ())),
                                    elsewhere=zh in named)
                out.append(Mention(span, doc.slice(span), zh, MentionKind.SPLIT_NAME,
                                   detail=f"{head} + {opener}{given}{QUOTE_PAIRS[opener]}", features=features))
                break
    return out


def _reading_of_kanji_before(text: str, start: int, key: str) -> bool:
    """The Latin word at ``start`` opens a bracket right after a kanji that reads it (周(zhōu)海濤: pinyin inserted
    after the surname written in kanji, GRB012's), not a surname left in pinyin."""
    return start >= 2 and text[start - 1] in OPEN_BRACKETS and key in char_readings(text[start - 2])


def _gap_of(doc, start: int, found) -> str:
    """What stands between a romanised surname ending at start and the given name found after it."""
    _, end, window = found
    return doc.text[start:end - len(window)]


def _nearest_surnames(found: list[Mention]) -> list[Mention]:
    """The given name belongs to the nearest romanised surname before it: in `Ma Huatengとも書かれる。Ma化騰` the
    first Ma is the full romanised name's and the split name is the second `Ma化騰` alone."""
    last_start = {}
    for m in found:
        last_start[m.span.end] = max(last_start.get(m.span.end, m.span.start), m.span.start)
    return [m for m in found if last_start[m.span.end] == m.span.start]


def _given_name_after(doc, start: int, surname_key: str, idx: PhoneticIndex, max_gap: int = MAX_GAP):
    """(entity, end, window): the first kanji, within max_gap, that read like a person's given name."""
    tail = doc.text[start:start + max_gap + max(idx.split_lengths, default=0)].split("\n")[0]
    for k in range(len(tail) if max_gap == MAX_GAP else min(len(tail), max_gap + 1)):
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
