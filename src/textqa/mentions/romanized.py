"""Pinyin left in Latin script (Deng Xiaoping, Ma Yun, joined or split, with or without tone marks), also before the
name's last characters in kanji (Zhuxian鎮: a place's pinyin without its suffix, the suffix written after it)."""
from __future__ import annotations

from ..charclass import LATIN_NAME_RUN, LATIN_WORD, is_kanji
from ..findings import Mention, Span
from ..glossary.forms import simplified_form
from ..glossary.model import EntityType
from ..phonetics.index import roman_key
from ..phonetics.pinyin import tone_marks
from ..phonetics.tables import place_suffixes
from .features import Features, name_suffix_after
from .homophone import window_keys
from .kinds import MentionKind
from .runs import doc_runs, named_entities, parts, sub_runs

LAYER = "mentions.romanized"
MAX_WORDS = 3
IN_ADDRESS = "./@:_"  # part of a URL, domain or e-mail address
MAX_TAIL = 2  # kanji of a name's end that may follow the pinyin of the rest of it (a place's suffix: 鎮, 自治)
MIN_HEAD = 2  # characters of the name that the pinyin before such a tail spells, at least
SUFFIX_WINDOW = 5  # characters read after a place's stem for an administrative suffix (特别行政区)


def _in_address(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1:start], text[end:end + 2]
    return bool(before and before in IN_ADDRESS) or (len(after) == 2 and after[0] in IN_ADDRESS and after[1].isalnum())


def find_romanized(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    named = named_entities(doc)
    out: list[Mention] = []
    for run_span, _ in doc_runs(doc, LATIN_NAME_RUN):
        tails = None  # the kanji after the run, read once a run for the sub-runs that end with it
        for span, _n in sub_runs(parts(LATIN_WORD, doc.text, run_span), MAX_WORDS):
            if _in_address(doc.text, span.start, span.end):
                continue
            surface = doc.slice(span)
            key = roman_key(surface)
            named_so = idx.roman.get(key, ())
            toned = tone_marks(surface) if named_so else 0  # printed with tones, a name marks each syllable: xiàn
            found = [(span, key, zh) for zh in named_so  # (of 現) is not Xī'ān
                     if not (_suffix_after(doc.text, span.end) and _place_stem(key, zh, compiled))
                     and not (toned and toned != _spelt_syllables(key, idx.syllables.get(zh, ())))]
            if span.end == run_span.end:
                if tails is None:
                    tails = _kanji_tails(doc.text, run_span.end)
                found += _before_own_kanji(span, key, idx, tails)
            if not found:
                continue  # most sub-runs: no name reads so (the words' case is read only for a candidate)
            capitalised = all(w[0].isupper() for w in surface.replace("-", " ").split())
            for where, detail, zh in found:
                features = Features(MentionKind.ROMANIZED, len(idx.syllables.get(zh, ())),
                                    context=name_suffix_after(doc, where, compiled.entry(zh).type),
                                    elsewhere=zh in named, capitalised=capitalised)
                out.append(Mention(where, doc.slice(where), zh, MentionKind.ROMANIZED, detail=detail,
                                   features=features))
    doc.add_layer(LAYER, out)
    return out


def _spelt_syllables(key: str, syllables) -> int:
    """How many of a name's leading ``syllables`` the joined Latin ``key`` spells (Dajiang: 2 of 大疆创新's 4)."""
    spelt, n = "", 0
    for syllable in syllables:
        if len(spelt) >= len(key):
            break
        spelt += syllable
        n += 1
    return n


def _suffix_after(text: str, end: int) -> bool:
    """An administrative suffix of a place opens the text at ``end``, in either script (市, 県, 鎮, 自治区)."""
    return is_kanji(text[end:end + 1]) and simplified_form(text[end:end + SUFFIX_WINDOW]).startswith(place_suffixes())


def _place_stem(key: str, zh: str, compiled) -> bool:
    """``key`` spells only the stem of the place ``zh``, without its administrative suffix (Yuewan of 月湾镇): followed
    by a place's suffix, it names another place with that suffix (Yuewan市), or the suffix is its own
    (``_before_own_kanji``). Before other kanji it is the place left in pinyin (Yuewan産: a word of its own)."""
    full = "".join(compiled.indexes.syllables.get(zh, ()))
    return compiled.entry(zh).type == EntityType.PLACE and key != full and full.startswith(key)


def _kanji_tails(text: str, end: int) -> list[tuple[int, str, list[str]]]:
    """(n, simplified form, joined readings) of the first n kanji after ``end``, for each n up to MAX_TAIL: the tails
    ``_before_own_kanji`` reads, made once for the sub-runs of a Latin run that end with it."""
    out = []
    for n in range(1, MAX_TAIL + 1):
        tail = text[end:end + n]
        if len(tail) < n or not is_kanji(tail[-1]):
            break
        out.append((n, simplified_form(tail), [reading.replace(" ", "") for reading in window_keys(tail)]))
    return out


def _before_own_kanji(span: Span, key: str, idx, tails) -> list[tuple[Span, str, str]]:
    """(the pinyin and the kanji after it, the joined reading, entity) for each name whose pinyin the Latin at ``span``
    spells up to its last characters, which follow it in kanji, as the name writes them (Zhuxian鎮 for 朱仙镇, its
    suffix kept in kanji): the name half left in pinyin. The whole is the mention, so that the fix replaces both."""
    out = []
    for n, simple, readings in tails:  # (``_kanji_tails`` of the text after the span)
        for reading in readings:
            joined = key + reading
            for zh in idx.roman.get(joined, ()):
                name = simplified_form(zh)
                if len(name) - n >= MIN_HEAD and name.endswith(simple):
                    out.append((Span(span.start, span.end + n), joined, zh))
    return out
