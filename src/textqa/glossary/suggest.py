"""Names the glossary lacks, found in the articles: ``textqa glossary suggest``.

From the Japanese alone, candidate renderings come from four places: SudachiPy proper nouns and
kanji runs in name context (before 氏, 市, 社 ...), katakana names, pinyin-shaped Latin names and
untranslated Chinese names (jieba, on runs with simplified-only characters). Renderings of one name
in different scripts are clustered by sound, with the same keys the finders use (joined pinyin,
coarse katakana keys; a person's given name under another surname joins too). A cluster proposes
``zh`` and ``ja`` from its kanji members, and is unverified when it has none.

With the Chinese source (a paired file, or a bilingual file), the source names that jieba tags
(nr, ns, nt, nz) become a temporary glossary (``ja`` by OpenCC), and the ordinary mention finders
collect the renderings the translation actually used: no alignment needed.

Whatever the glossary already covers (its forms and every variant the finders link to it) is left
out: those are lint findings, not candidates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..charclass import KANJI_RUN, KATAKANA_RUN, KATAKANA_SEPARATORS, LATIN_NAME_RUN, is_kanji
from ..document import Document
from ..findings import Span
from ..mentions.runs import runs
from .model import EntityType

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
class Rendering:
    surface: str
    lines: list[tuple[str, int]] = field(default_factory=list)  # (path, line) of each occurrence

    @property
    def count(self) -> int:
        return len(self.lines)


@dataclass
class Candidate:
    zh: str
    ja: str
    type: str
    verified: bool
    renderings: list[Rendering]

    @property
    def count(self) -> int:
        return sum(r.count for r in self.renderings)

    def as_dict(self) -> dict:
        return {"zh": self.zh, "ja": self.ja, "type": self.type, "verified": self.verified,
                "renderings": [{"surface": r.surface, "count": r.count,
                                "lines": [{"path": p, "line": n} for p, n in r.lines]} for r in self.renderings]}


@dataclass
class _Seen:
    """One surface found in the Japanese, with where and what kind of name it looked like."""

    surface: str
    script: Script
    lines: list[tuple[str, int]] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)
    strong: bool = False  # a name on its own (not only by sound with other renderings)


# -- candidate renderings in one Japanese document ------------------------------------------------

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


def _country(token) -> bool:
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
    one_word = len(group) == 1 and (not (group[0].is_proper_noun or group[0].oov) or _country(group[0]))
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
            whole = (t is not None and t.is_proper_noun and not _country(t) and len(t.surface) > 2
                     and t.surface[-1] in context_words)
            if t is not None and not (context or numeral or whole):
                group.append(t)
                continue
            out += _kanji_group(doc, group, context_words, in_context=context or whole)
            if whole:
                out += _kanji_group(doc, [t], context_words, in_context=True, whole=True)
            group = []
    return [(s, typ, strong) for s, typ, strong in out if not _overlaps(s, covered)]


def _katakana_names(doc, covered) -> list[tuple[Span, str, bool]]:
    from ..tokens import tokens_in

    out = []
    for span, run in runs(KATAKANA_RUN, doc.text):
        if len(run.replace("ー", "")) < 3 or _overlaps(span, covered):
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
        if _overlaps(span, covered) or not all(w[:1].isupper() and w[1:].islower() for w in words):
            continue
        person = name_shape(words)
        parts = [segment(w) for w in words]
        if person or (len(words) == 1 and parts[0] is not None and len(parts[0]) >= 2):
            out.append((span, EntityType.PERSON if person else _context_type(doc.text, span.end), person))
    return out


def _untranslated_names(doc, covered) -> list[tuple[Span, str, bool]]:
    from ..bilingual.names import source_names
    from .forms import is_simplified_only

    out = []
    for span, run in runs(KANJI_RUN, doc.text):
        if any(is_simplified_only(c) for c in run):
            for name in source_names(run, span.start):
                if not _overlaps(name.span, covered):
                    out.append((name.span, name.entity_type, True))
    return out


def _overlaps(span: Span, covered) -> bool:
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


def collect(doc, compiled, seen: dict[str, _Seen], extra=()):
    """Add the document's candidate renderings to ``seen`` (by surface); returns the spans the glossary covers
    (plus ``extra`` spans, already proposed otherwise)."""
    from ..mentions.resolve import annotate

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
            s = seen.setdefault(surface, _Seen(surface, script))
            s.lines.append((doc.path, doc.position(span.start)[0]))
            if typ:
                s.types[typ] = s.types.get(typ, 0) + 1
            s.strong = s.strong or strong
    return covered


def occurrences(doc, surface: str, covered) -> list[tuple[str, int]]:
    """(path, line) of every place ``surface`` stands in ``doc`` as a word of its own, outside glossary names."""
    from ..mentions.exact import _bounded

    out, start = [], doc.text.find(surface)
    while start >= 0:
        span = Span(start, start + len(surface))
        if _bounded(doc.text, span.start, span.end) and not _overlaps(span, covered):
            out.append((doc.path, doc.position(start)[0]))
        start = doc.text.find(surface, start + 1)
    return out


# -- clustering by sound ----------------------------------------------------------------------------

def _keys(s: _Seen) -> set[str]:
    """Sound keys of a surface: 'r:' joined pinyin, 'k:' coarse katakana key."""
    from ..phonetics.index import roman_key
    from ..phonetics.kana import coarse, katakana_romaji, name_keys
    from ..phonetics.pinyin import name_readings
    from ..phonetics.syllables import segment

    keys: set[str] = set()
    if s.script == Script.KANJI:
        for syl in name_readings(s.surface, person=s.types.get(EntityType.PERSON, 0) > 0):
            keys.add("r:" + "".join(syl))
            keys |= {"k:" + k for k in name_keys(syl)[1]}
    elif s.script == Script.KATAKANA:
        keys.add("k:" + coarse(katakana_romaji(s.surface)))
    else:
        keys.add("r:" + roman_key(s.surface))
        syllables = [p for w in s.surface.replace("-", " ").split() for p in (segment(w) or ())]
        if syllables:
            keys |= {"k:" + k for k in name_keys(list(syllables))[1]}
    return {k for k in keys if len(k) > 4}


def _given_key(s: _Seen) -> str | None:
    """'surname|given' readings of a three-character kanji person name (for wrong-surname renderings)."""
    from ..phonetics.pinyin import is_surname, name_readings

    if s.script != Script.KANJI or len(s.surface) != 3 or not is_surname(s.surface[0]):
        return None
    readings = name_readings(s.surface, person=True)
    return " ".join(readings[0][1:]) if readings else None


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


def cluster(seen: dict[str, _Seen]) -> list[list[_Seen]]:
    """Group surfaces that share a sound key, most frequent first."""
    def keys_of(s: _Seen) -> set[str]:
        keys = _keys(s)
        given = _given_key(s)
        if given:
            keys.add("g:" + given)
        return keys

    out = [sorted(g, key=lambda s: (-len(s.lines), s.surface)) for g in grouped_by_keys(list(seen.values()), keys_of)]
    return sorted(out, key=lambda g: (-len(g), -sum(len(s.lines) for s in g), g[0].surface))


def _proposal(group: list[_Seen]) -> Candidate:
    from .forms import simplified_form

    kanji = [s for s in group if s.script == Script.KANJI and all(is_kanji(c) for c in s.surface)]
    types: dict[str, int] = {}
    for s in group:
        for t, n in s.types.items():
            types[t] = types.get(t, 0) + n
    typ = max(types, key=lambda t: (types[t], t)) if types else ""
    renderings = [Rendering(s.surface, sorted(s.lines)) for s in group]
    if kanji:
        keys = {id(s): _keys(s) for s in group}
        ja = max(kanji, key=lambda k: (sum(bool(keys[id(k)] & keys[id(o)]) for o in group if o is not k),
                                       len(k.lines)))
        ja = ja.surface
        return Candidate(simplified_form(ja), ja, typ, True, renderings)
    return Candidate("", group[0].surface, typ, False, renderings)


def suggest_japanese(docs, compiled, covered_elsewhere=None) -> list[Candidate]:
    """Candidates from Japanese documents alone (``covered_elsewhere``: path -> spans to leave out)."""
    seen: dict[str, _Seen] = {}
    covered = [(doc, collect(doc, compiled, seen, (covered_elsewhere or {}).get(doc.path, ()))) for doc in docs]
    out = []
    for group in cluster(seen):
        if len(group) == 1 and not group[0].strong:
            continue  # one rendering that only may be a name: not enough on its own
        for s in group:  # every occurrence of a rendering counts, not only those in name context
            s.lines = [o for doc, cov in covered for o in occurrences(doc, s.surface, cov)] or s.lines
        group.sort(key=lambda s: (-len(s.lines), s.surface))
        out.append(_proposal(group))
    return sorted(out, key=lambda c: (-len(c.renderings), -c.count, c.ja))


# -- with the Chinese source ------------------------------------------------------------------------

def suggest_with_source(pairs, compiled) -> list[Candidate]:
    """Candidates from (Japanese document, Chinese source text) pairs: the source's names and their renderings,
    then the names found in the Japanese alone that no source name accounts for (a name jieba missed)."""
    from ..bilingual.names import source_names
    from .compile import compile_glossary
    from .forms import japanese_form, simplified_form
    from .model import Entry, Glossary

    known = {simplified_form(e.zh) for e in compiled.glossary} if compiled is not None else set()
    kinds: dict[str, dict[str, int]] = {}
    for _, source in pairs:
        for name in source_names(source):
            if simplified_form(name.surface) not in known:
                k = kinds.setdefault(name.surface, {})
                k[name.entity_type] = k.get(name.entity_type, 0) + 1
    entries, forms = [], set()
    for zh, k in kinds.items():
        ja = japanese_form(zh)
        if ja in forms:
            continue
        forms.add(ja)
        kind = max(k, key=lambda t: (k[t], t))
        entries.append(Entry(zh=zh, ja=ja, type=kind))
    temporary = compile_glossary(Glossary(entries))
    found: dict[str, dict[str, Rendering]] = {}
    spans: dict[str, list[Span]] = {}
    for doc, _ in pairs:
        from ..mentions.resolve import annotate

        own = {m.span for m in annotate(doc, compiled)} if compiled is not None else set()
        probe = Document(doc.text, doc.path)
        for m in annotate(probe, temporary):
            if m.span in own:
                continue
            spans.setdefault(doc.path, []).append(m.span)
            r = found.setdefault(m.entity, {}).setdefault(m.surface, Rendering(m.surface))
            r.lines.append((doc.path, doc.position(m.span.start)[0]))
    out = []
    for e in entries:
        if e.zh in found:
            renderings = sorted(found[e.zh].values(), key=lambda r: (-r.count, r.surface))
            out.append(Candidate(e.zh, e.ja, e.type, True, renderings))
    out.sort(key=lambda c: (-len(c.renderings), -c.count, c.zh))
    return out + suggest_japanese([doc for doc, _ in pairs], compiled, spans)


def tsv(candidates: list[Candidate]) -> str:
    """Ready-to-append glossary rows, each after a comment listing its renderings; unverified rows commented out."""
    lines = []
    for c in candidates:
        shown = ", ".join(f"{r.surface} ×{r.count} ({_where(r)})" for r in c.renderings)
        lines.append(f"# {shown}")
        row = "\t".join([c.zh, c.ja, c.type, "", "", "", ""])
        lines.append(row if c.verified else f"# unverified (no kanji form): {row}")
    return "\n".join(lines) + ("\n" if lines else "")


def _where(r: Rendering) -> str:
    paths = sorted({p for p, _ in r.lines})
    if len(paths) == 1:
        lines = sorted({n for _, n in r.lines})
        return f"{paths[0]}: " + ", ".join(map(str, lines[:6])) + (", …" if len(lines) > 6 else "")
    return f"{len(paths)} files"


def documents(paths, sources=(), excludes=None, warnings=None):
    """(Japanese documents alone, (Japanese document, Chinese text) pairs, input errors) for the given paths.

    ``sources`` pair with ``paths`` by position (as many as there are paths); otherwise a folder's or a
    file's ``NAME.zh.txt`` pairs with ``NAME.ja.txt``, and XLIFF/TMX/PO files carry their own source.
    Raises ValueError when ``sources`` cannot be paired. A folder with nothing to read adds a
    line to ``warnings`` (when given).
    """
    from ..api import read_text
    from ..bilingual.files import is_bilingual_file, load_target, paired_sources
    from ..bilingual.pair import LAYER
    from ..discovery import discover
    from ..errors import InputError

    if sources and len(sources) != len(paths):
        raise ValueError(f"--source is given {len(sources)} times for {len(paths)} paths: give one per path")
    alone, paired, errors = [], [], []
    if sources:
        for path, source in zip(paths, sources):
            try:
                paired.append((Document(read_text(path), path), read_text(source)))
            except InputError as exc:
                errors.append(exc)
        return alone, paired, errors
    files, errors = discover(paths, excludes, warnings=warnings)
    by_target = paired_sources(files, on_disk=True)
    for path in files:
        try:
            if is_bilingual_file(path):
                doc = load_target(path, None, None)
                paired.append((doc, doc.layers[LAYER].source.text))
            elif path in by_target:
                paired.append((Document(read_text(path), path), read_text(by_target[path])))
            else:
                alone.append(Document(read_text(path), path))
        except InputError as exc:
            errors.append(exc)
    return alone, paired, errors
