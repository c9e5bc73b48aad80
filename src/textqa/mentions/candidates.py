"""Names in a Japanese document that no glossary entry covers, as candidate renderings: SudachiPy proper nouns and
kanji runs in name context (before 氏, 市, 社 ...), katakana names, pinyin-shaped Latin names and untranslated Chinese
names (jieba, on runs with simplified-only characters), each with its script, its lines and the types its context
gives. ``textqa glossary suggest`` clusters them by sound into glossary rows (``glossary.suggest``); the own-names
layer (NAM012, ``own_names``) reads their kanji names. ``grouped_by_keys`` is the grouping both use."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..charclass import KANJI_RUN, KATAKANA_RUN, KATAKANA_SEPARATORS, LATIN_NAME_RUN
from ..findings import Span
from ..glossary.model import EntityType
from .runs import runs

MAX_NAME_KANJI = 4  # a name in a kanji run: 2-4 characters
COMMON_PART = 3  # a katakana name's parts are short; a longer everyday word in a run means it is no name
# SudachiPy's proper-noun subclasses (pos[2]) and the glossary type each stands for
TOKEN_TYPES = {"人名": EntityType.PERSON, "地名": EntityType.PLACE, "組織名": EntityType.ORG}


class Script(StrEnum):
    """The script a candidate rendering is written in (which finder found it)."""

    KANJI = "kanji"
    KATAKANA = "katakana"
    LATIN = "latin"


@dataclass
class Seen:
    """One surface found in the Japanese, with where and what kind of name it looked like."""

    surface: str
    script: Script
    lines: list[tuple[str, int]] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)
    strong: bool = False  # a name on its own (not only by sound with other renderings)


def _context_type(text: str, end: int) -> str:
    from ..phonetics.tables import name_context

    after = text[end:end + 8]
    for typ, words in name_context().items():
        if any(after.startswith(w) for w in words):
            return typ
    return ""


def _token_type(tokens) -> str:
    for t in tokens:
        if t.is_proper_noun and len(t.pos) > 2:
            return TOKEN_TYPES.get(t.pos[2], "")
    return ""


def is_country(token) -> bool:
    """日本, 中国, 米国: country names are everyday words to a glossary of names."""
    return token.is_proper_noun and len(token.pos) > 3 and token.pos[3] == "国"


def _everyday(text: str) -> bool:
    from ..tokens import tokenize

    toks = tokenize(text)
    return len(toks) == 1 and toks[0].is_common_noun


def _kanji_group(doc, group, context_words, *, in_context: bool, whole: bool = False):
    """The name a group of kanji tokens makes, if any: [(span, type, strong)].

    ``in_context``: a context word follows; ``whole``: one proper noun that ends in a context word (広東省).
    """
    if not group:
        return []
    span = Span(group[0].span.start, group[-1].span.end)
    if group[-1].oov or whole:  # the token holds the context word after the name (汪 + 滔氏, 広東省)
        tail = next((w for w in context_words if doc.text.endswith(w, span.start, span.end)
                     and span.end - len(w) - span.start >= 2), "")
        span = Span(span.start, span.end - len(tail))
    if whole and _everyday(doc.slice(span)):
        return []  # 市政府, 開発区: an everyday word before the suffix, not a name
    proper = all(g.is_proper_noun or g.oov for g in group)
    one_word = len(group) == 1 and (not (group[0].is_proper_noun or group[0].oov) or is_country(group[0]))
    if not 2 <= span.end - span.start <= MAX_NAME_KANJI or (one_word and not whole) or not (in_context or proper):
        return []
    return [(span, _context_type(doc.text, span.end) or _token_type(group), proper and _token_type(group) != "")]


def _kanji_names(doc, covered) -> list[tuple[Span, str, bool]]:
    """(span, type, strong) of kanji names: runs of proper-noun tokens, and stretches before a context word."""
    from ..phonetics.tables import name_context
    from ..tokens import tokens_in

    context_words = {w for words in name_context().values() for w in words}
    out = []
    for run_span, _ in runs(KANJI_RUN, doc.text):
        toks = [t for t in tokens_in(doc, run_span) if run_span.start <= t.span.start and t.span.end <= run_span.end]
        # split the run at context words (省, 市, 氏 ...) and numerals: the stretch before a context word is a
        # name in name context; a proper noun that ends in one (広東省) is a name of its own
        group = []
        for t in [*toks, None]:
            context = t is not None and t.surface in context_words
            numeral = t is not None and t.is_numeral
            whole = (t is not None and t.is_proper_noun and not is_country(t) and len(t.surface) > 2
                     and t.surface[-1] in context_words)
            if t is not None and not (context or numeral or whole):
                group.append(t)
                continue
            out += _kanji_group(doc, group, context_words, in_context=context or whole)
            if whole:
                out += _kanji_group(doc, [t], context_words, in_context=True, whole=True)
            group = []
    return [(s, typ, strong) for s, typ, strong in out if not is_covered(s, covered)]


def _katakana_names(doc, covered) -> list[tuple[Span, str, bool]]:
    from ..tokens import tokens_in

    out = []
    for span, run in runs(KATAKANA_RUN, doc.text):
        if len(run.replace("ー", "")) < 3 or is_covered(span, covered):
            continue
        toks = [t for t in tokens_in(doc, span) if t.surface.strip(KATAKANA_SEPARATORS)]
        named = [t.is_proper_noun or t.oov for t in toks]
        separated = any(c in KATAKANA_SEPARATORS for c in run)
        if not toks or not (all(named) or (separated and any(named))):
            continue
        if any(not (t.is_proper_noun or t.oov) and len(t.surface) > COMMON_PART for t in toks):
            continue  # ブロックチェーン・…, スマート フォン: everyday words, not a name
        typ = _context_type(doc.text, span.end) or _token_type(toks) or (EntityType.PERSON if separated else "")
        out.append((span, typ, separated))
    return out


def _latin_names(doc, covered) -> list[tuple[Span, str, bool]]:
    from ..phonetics.syllables import name_shape, segment

    out = []
    for span, run in runs(LATIN_NAME_RUN, doc.text):
        words = run.replace("-", " ").split()
        if is_covered(span, covered) or not all(w[:1].isupper() and w[1:].islower() for w in words):
            continue
        person = name_shape(words)
        parts = [segment(w) for w in words]
        if person or (len(words) == 1 and parts[0] is not None and len(parts[0]) >= 2):
            out.append((span, EntityType.PERSON if person else _context_type(doc.text, span.end), person))
    return out


def _untranslated_names(doc, covered) -> list[tuple[Span, str, bool]]:
    from ..bilingual.names import source_names
    from ..glossary.forms import is_simplified_only

    out = []
    for span, run in runs(KANJI_RUN, doc.text):
        if any(is_simplified_only(c) for c in run):
            for name in source_names(run, span.start):
                if not is_covered(name.span, covered):
                    out.append((name.span, name.entity_type, True))
    return out


def is_covered(span: Span, covered) -> bool:
    """``span`` overlaps a span of ``covered`` (a ``collect`` result; None: nothing is covered)."""
    return covered is not None and covered.overlaps(span)


class _Covered:
    """Spans that name glossary entities in a document (any finder, any kind)."""

    def __init__(self, spans):
        self.spans = sorted(set(spans))
        self.longest = max((s.end - s.start for s in self.spans), default=0)

    def overlaps(self, span: Span) -> bool:
        import bisect

        i = bisect.bisect_left(self.spans, (span.start - self.longest, 0))
        while i < len(self.spans) and self.spans[i].start < span.end:
            if self.spans[i].overlaps(span):
                return True
            i += 1
        return False


def collect(doc, compiled, seen: dict[str, Seen], extra=()):
    """Add the document's candidate renderings to ``seen`` (by surface); returns the spans the glossary covers
    (plus ``extra`` spans, already proposed otherwise)."""
    from .resolve import annotate

    covered = _Covered([m.span for m in (annotate(doc, compiled) if compiled is not None else ())] + list(extra))
    finders = ((Script.KANJI, _kanji_names), (Script.KATAKANA, _katakana_names), (Script.LATIN, _latin_names),
               (Script.KANJI, _untranslated_names))
    taken: list[Span] = []
    for script, finder in finders:
        for span, typ, strong in finder(doc, covered):
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            surface = doc.slice(span)
            s = seen.setdefault(surface, Seen(surface, script))
            s.lines.append((doc.path, doc.position(span.start)[0]))
            if typ:
                s.types[typ] = s.types.get(typ, 0) + 1
            s.strong = s.strong or strong
    return covered


def grouped_by_keys(items: list, keys_of) -> list[list]:
    """``items`` grouped so that two items sharing a key (``keys_of(item)``: an iterable of hashables) are in one
    group, transitively (union-find); groups and their members in the order of their first item."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict = {}
    for i, item in enumerate(items):
        for k in keys_of(item):
            if k in by_key:
                parent[find(i)] = find(by_key[k])
            else:
                by_key[k] = i
    groups: dict[int, list] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())
