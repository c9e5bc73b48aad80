"""Pinyin left in Latin script (Deng Xiaoping, Ma Yun, joined or split, with or without tone marks)."""
from __future__ import annotations

from ..charclass import LATIN_NAME_RUN, LATIN_WORD
from ..findings import Mention
from ..phonetics.index import roman_key
from .features import Features, name_suffix_after
from .kinds import MentionKind
from .runs import doc_runs, named_entities, parts, sub_runs

LAYER = "mentions.romanized"
MAX_WORDS = 3
IN_ADDRESS = "./@:_"  # part of a URL, domain or e-mail address


def _in_address(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1:start], text[end:end + 2]
    return bool(before and before in IN_ADDRESS) or (len(after) == 2 and after[0] in IN_ADDRESS and after[1].isalnum())


def find_romanized(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    named = named_entities(doc)
    out: list[Mention] = []
    for run_span, _ in doc_runs(doc, LATIN_NAME_RUN):
        for span, _n in sub_runs(parts(LATIN_WORD, doc.text, run_span), MAX_WORDS):
            if _in_address(doc.text, span.start, span.end):
                continue
            surface = doc.slice(span)
            key = roman_key(surface)
            words = surface.replace("-", " ").split()
            for zh in idx.roman.get(key, ()):
                features = Features(MentionKind.ROMANIZED, len(idx.syllables.get(zh, ())),
                                    context=name_suffix_after(doc, span, compiled.entry(zh).type),
                                    elsewhere=zh in named, capitalised=all(w[0].isupper() for w in words))
                out.append(Mention(span, surface, zh, MentionKind.ROMANIZED, detail=key, features=features))
    doc.add_layer(LAYER, out)
    return out
