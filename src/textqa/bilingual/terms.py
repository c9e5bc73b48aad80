"""Glossary names and terms of each source sentence, and how the aligned target renders them.

The ``bilingual.terms`` layer: one ``TermOccurrence`` per glossary mention in the source, with the status of
its rendering in the aligned target sentence (or, failing that, anywhere in the aligned target paragraph):
``correct`` (preferred, accepted or reading form; for a person named in full before, also a short form:
surname and title, or given name), ``variant`` (another rendering the name rules report),
``elsewhere`` (none in the sentence, nor any word there that looks like it, but another sentence of the aligned
paragraph, or of a neighbouring one when paragraphs were merged or split, renders it: a repeated mention the
translation left out, as Japanese does), ``label`` (a speaker's label, the person's name before a colon or a dash
at the start of an interview's paragraph, that the translation marks its own way: a dash, an initial, Q and A;
or a place in the source outlet's dateline, 中新社昆明12月2日电, which an edition replaces with its own),
``missing`` (no rendering at all) or ``omitted`` (the whole sentence has no translation).
"""
from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from ..charclass import (KANJI_RANGE, KANJI_RUN, KATAKANA_RUN, LATIN_NAME_RUN, SENTENCE_ENDS, SPACES, SPEAKER_MARKS,
                         is_kana, is_kanji, is_katakana)
from ..findings import Mention, Span
from ..glossary.model import EntityType
from ..mentions.kinds import NAMING_KINDS, MentionKind
from ..wordlists import package_text
from .align import Link, as_simplified, model, threshold, truncated

LAYER = "bilingual.terms"
CANDIDATE = re.compile(f"{KATAKANA_RUN.pattern}|[{KANJI_RANGE}]+|{LATIN_NAME_RUN.pattern}")


class TermStatus(StrEnum):
    """How the aligned translation renders one glossary mention of the source (the module's docstring says when)."""

    CORRECT = "correct"
    VARIANT = "variant"
    ELSEWHERE = "elsewhere"
    LABEL = "label"
    MISSING = "missing"
    OMITTED = "omitted"


@dataclass(frozen=True)
class TermOccurrence:
    entity: str
    source_span: Span
    sentence: Link
    paragraph: Link
    status: TermStatus
    renderings: tuple[Mention, ...] = ()


def _mentions_in(mentions, spans, entity: str) -> list[Mention]:
    return [m for s in spans for m in mentions.overlapping(s) if m.entity == entity and s.contains(m.span)]


def term_occurrences(bitext, compiled, mentions) -> list[TermOccurrence]:
    """Every glossary mention in the source with its rendering status (computed once per document)."""
    if LAYER in bitext.target.layers:
        return bitext.target.layers[LAYER]
    from .pair import source_entities

    entities = source_entities(bitext.source, compiled)
    out = []
    alignment = bitext.alignment
    paragraphs = alignment.paragraphs
    introduced: set[str] = set()  # entities the source has named before (a short form may stand for them)
    for k, (para, kids) in enumerate(zip(paragraphs, alignment.children)):
        around = list(para.target)
        if not para.one_to_one or para.score < threshold("sure-link"):  # merged, split or loose: neighbours may hold it
            around += [t for q in paragraphs[max(0, k - 1):k + 2] for t in q.target]
        for j, sent in enumerate(kids):
            for sp in sent.source:
                for span, zh in entities:
                    if not sp.contains(span):
                        continue
                    named = zh in introduced
                    introduced.add(zh)
                    if span.end <= sp.start + source_dateline_end(bitext.source.text[sp.start:sp.end]):
                        # the source outlet's dateline (中新社昆明12月2日电): its place is the outlet's, no text
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.LABEL))
                        continue
                    if not sent.target or truncated(bitext.source.slice(sent.source_span),
                                                    bitext.target.slice(sent.target_span)):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.OMITTED))  # BIL003's concern
                        continue
                    found = _mentions_in(mentions, sent.target, zh)
                    if not found and sent.score < threshold("sure-link"):  # a loose sentence link: look in the paragraph
                        found = _mentions_in(mentions, para.target, zh)
                    spans = sent.target if sent.score >= threshold("sure-link") else para.target
                    if not found and _compound_named(bitext.target, compiled.entry(zh), spans):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.CORRECT))
                        continue
                    if not found and _short_named(bitext, compiled, mentions, zh, spans, named):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.CORRECT))
                        continue
                    if not found and _head_named(bitext, compiled, mentions, zh, spans, named):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.CORRECT))
                        continue
                    if not found and _prefix_named(bitext, compiled, mentions, zh, span, spans):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.CORRECT))
                        continue
                    if not found and _inside_named(bitext, compiled, mentions, entities, zh, sent.source, spans):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.CORRECT))
                        continue
                    if not found and _named_next_door(bitext, compiled, mentions, entities, kids, j, zh, named):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.CORRECT))
                        continue
                    if not found and _speaker_label(bitext, compiled, mentions, zh, span, para, sent):
                        out.append(TermOccurrence(zh, span, sent, para, TermStatus.LABEL))
                        continue
                    if not found:
                        status = TermStatus.MISSING
                        occ = TermOccurrence(zh, span, sent, para, status)
                        nearby = [m for m in _mentions_in(mentions, around, zh)
                                  if not any(t.contains(m.span) for t in sent.target)
                                  and (named or not _renders_own(alignment, entities, m.span, zh))]
                        likely = likely_rendering(bitext, occ, mentions)
                        if nearby and (not resembles(bitext, occ, likely)
                                       or ((_demonstrated(bitext.target, likely)
                                            or _part_of_before(bitext.target, likely, nearby))
                                           and any(m.span.end <= sent.target_span.start for m in nearby))):
                            status = TermStatus.ELSEWHERE
                    elif any(m.kind in NAMING_KINDS or m.glossed for m in found):
                        status = TermStatus.CORRECT
                    else:
                        status = TermStatus.VARIANT
                    out.append(TermOccurrence(zh, span, sent, para, status, tuple(found)))
    bitext.target.add_layer(LAYER, out)
    return out


def written_terms(bitext) -> list[TermOccurrence]:
    """The ``bilingual.terms`` layer as ``term_occurrences`` wrote it before the rules ran (a rule reads it, never
    writes it)."""
    return bitext.target.layers[LAYER]


def _compound_named(doc, entry, spans) -> bool:
    """The target ``spans`` write a katakana form of the entry inside a longer katakana word, as words of their own
    (オリーブ in オリーブモデル園: SudachiPy's tokens begin and end with it): Japanese writes a compound of katakana
    words solid, so the name rules, which take no katakana form out of a longer katakana run (マーク in デンマーク),
    see no mention there, yet the term is rendered."""
    if entry is None:
        return False
    text = doc.text
    for form in (entry.ja, *entry.accept):
        if not form or not KATAKANA_RUN.fullmatch(form):
            continue
        for t in spans:
            at = text.find(form, t.start, t.end)
            while at >= 0:
                if _word_tokens(doc, Span(at, at + len(form))):
                    return True
                at = text.find(form, at + 1, t.end)
    return False


def _demonstrated(doc, span: Span | None) -> bool:
    """The target word at ``span`` follows a demonstrative (terms.toml ``demonstratives``: この病気, その技術): a
    word that refers back to a name the translation has given, not a rendering of it gone wrong."""
    if span is None:
        return False
    return any(doc.text.endswith(word, 0, span.start) for word in _terms_data()["demonstratives"])


def _part_of_before(doc, span: Span | None, nearby) -> bool:
    """The target word at ``span`` is a part of a mention of the entity written before it in the paragraph's
    translation (星 after 秤星 in the sentence before: 130個余りの星): the name given, then referred back to by a part
    of it, not a rendering gone wrong."""
    if span is None:
        return False
    word = doc.slice(span)
    return any(m.span.end <= span.start and word in doc.slice(m.span) and word != doc.slice(m.span) for m in nearby)


def _renders_own(alignment, entities, span: Span, zh: str) -> bool:
    """The target sentence that holds ``span`` is linked to a source sentence that names ``zh`` itself: a mention
    there renders that sentence's own, and stands for no other (a person the source introduces in one sentence and
    quotes in the next, whose translation drops the name where she is introduced)."""
    return any(any(t.contains(span) for t in n.target) and any(s.contains(at) for s in n.source for at, name in entities
                                                                 if name == zh)
               for n in alignment.sentences)


def _speaker_label(bitext, compiled, mentions, zh: str, span: Span, para: Link, sent: Link) -> bool:
    """The source names the person ``zh`` at ``span`` as a speaker's label: first in its paragraph (after a title at
    most: 首席财务官柯晓岚：), right before a colon or a dash (柯晓岚：, 柯晓岚——), as an interview marks who answers; and
    the translation has named them in full before. The label is the layout's, not the text's: a translation marks
    the speaker its own way (――, an initial, Q and A, or nothing before each answer), so a label it leaves out is no
    dropped name."""
    entry = compiled.entry(zh)
    if entry is None or entry.type != EntityType.PERSON:
        return False
    text = bitext.source.text
    start = next((p.start for p in para.source if p.contains(span)), None)
    if start is None or not all(is_kanji(ch) for ch in text[start:span.start].strip(SPACES)):
        return False
    after = text[span.end:span.end + 1 + len(SPACES)].lstrip(SPACES)
    first = _first_named(mentions, zh, bitext.target.text)
    return after[:1] in tuple(SPEAKER_MARKS) and first is not None and first < sent.target_span.start


def _first_named(mentions, zh: str, text: str) -> int | None:
    """Where the translation ``text`` first names ``zh`` in full (a naming mention, or a glossed one), or None."""
    return min((m.span.start for m in mentions.overlapping(Span(0, len(text)))
                if m.entity == zh and (m.kind in NAMING_KINDS or m.glossed)), default=None)


def _short_named(bitext, compiled, mentions, zh: str, spans, later: bool) -> bool:
    """The target ``spans`` (the aligned sentence; the paragraph, for a loose sentence link) name the person by a
    short form, after the translation has named them in full, or at a later mention of the source: a short form does
    not introduce a person (陳選手 with no 陳立軍 before it is a name dropped, reported once, where the source first
    names them). A full name written wrong (陳立君 for 陳立軍: reported where it stands) introduces the person too."""
    text = bitext.target.text
    first = min((m.span.start for m in mentions.overlapping(Span(0, len(text))) if m.entity == zh), default=None)
    after = first if first is not None else (-1 if later else len(text))
    entry = compiled.entry(zh)
    return any(at > after for t in spans for at in short_forms(text, entry, t.start, t.end))


def _head_named(bitext, compiled, mentions, zh: str, spans, later: bool) -> bool:
    """The target ``spans`` render a term, place or organisation the source names again by the head of one of its
    forms (`heads`: 農家 for 果樹農家, 旧市街 for カシュガル旧市街), a term by its leading words (`leads`: 林下栽培, the
    way of growing it, for 林下栽培人参 where the source says it is planted), a place by its name less an administrative suffix
    (`stems`: 星川 for 星川市), a place or an organisation by its suffix alone (`suffix_references`: 同市, 市内 for
    星川市; 同館 for 星川民俗博物館), a word of its own there with no word-by-word rendering of the rest of the term
    before it, where the translation gives the full form elsewhere: Japanese shortens a compound it has written
    once, as it names a person again by surname and title. Where the source names it here first, the translation
    must have written the full form before (a translator who named 星川市 where the source said 星川 names it again
    as 星川)."""
    entry = compiled.entry(zh)
    if entry is None or entry.type == EntityType.PERSON:  # a person's short forms are _short_named's
        return False
    doc = bitext.target
    first = _first_named(mentions, zh, doc.text)
    if first is None:
        return False
    if not later:
        spans = [t for t in spans if first < t.start]
    shorter = heads((entry.ja, *entry.accept))
    if entry.type == EntityType.TERM:  # a term's leading words (林下栽培 for 林下栽培人参); a name's would be another
        shorter += leads((entry.ja, *entry.accept))  # name (隴南市 of 隴南市経済林研究院)
    if entry.type == EntityType.PLACE:
        shorter += stems((entry.ja, *entry.accept))
    shorter += suffix_references((entry.ja, *entry.accept), entry.type)
    for head in shorter:
        for t in spans:
            at = doc.text.find(head, t.start, t.end)
            while at >= 0:
                if _word_tokens(doc, Span(at, at + len(head))) and not _literal_before(doc, Span(t.start, at), zh):
                    return True
                at = doc.text.find(head, at + 1, t.end)
    return False


def _prefix_named(bitext, compiled, mentions, zh: str, source_span: Span, spans) -> bool:
    """A place the source names at the head of an organisation's name (开封市文化广电和旅游局, the city's bureau) is
    rendered by its administrative suffix alone at the head of that name's translation (市文化観光局: a word of its
    own, no kanji before it, in a run of kanji with the ending that says what kind of body it is, one the source's
    name has too: terms.toml ``org-suffixes``), where the translation has named the place in full before: Japanese
    names a city's body so once it has named the city."""
    entry = compiled.entry(zh)
    if entry is None or entry.type != EntityType.PLACE:
        return False
    data = _terms_data()
    after = KANJI_RUN.match(bitext.source.text, source_span.end)
    bodies = {as_simplified(x) for x in data["org-suffixes"]}
    named_body = {as_simplified(ch) for ch in after.group()} & bodies if after else set()
    doc = bitext.target
    text = doc.text
    first = _first_named(mentions, zh, text)
    if not named_body or first is None:
        return False
    forms = (entry.ja, *entry.accept)
    suffixes = [x for x in data["place-suffixes"] if any(f.endswith(x) and len(f) > len(x) for f in forms)]
    for t in spans:
        if first >= t.start:
            continue
        for suffix in suffixes:
            at = text.find(suffix, t.start, t.end)
            while at >= 0:
                run = KANJI_RUN.match(text, at)
                if (not is_kanji(text[at - 1:at]) and run and {as_simplified(ch) for ch in run.group()[len(suffix):]}
                        & named_body and _word_tokens(doc, Span(at, at + len(suffix)))):
                    return True
                at = text.find(suffix, at + 1, t.end)
    return False


def _inside_named(bitext, compiled, mentions, entities, zh: str, sources, spans) -> bool:
    """The target ``spans`` write a form of ``zh`` inside the rendering of another name that the source sentence
    does not name as often (北海市 inside 北海市消費者協会, where the source wrote the place before a short form of the
    body that no glossary form spells): the translation rendered the place in spelling the body out."""
    entry = compiled.entry(zh)
    if entry is None:
        return False
    forms = [f for f in (entry.ja, *entry.accept) if f]
    text = bitext.target.text
    holders = Counter(m.entity for t in spans for m in mentions.overlapping(t)
                      if m.entity not in (None, zh) and t.contains(m.span) and (m.kind in NAMING_KINDS or m.glossed)
                      and any(f in text[m.span.start:m.span.end] for f in forms))
    named = Counter(name for at, name in entities if any(s.contains(at) for s in sources))
    return any(n > named[entity] for entity, n in holders.items())


def _literal_before(doc, before: Span, zh: str) -> bool:
    """The word at the end of ``before`` (the one before it too, past の) has a kanji of the source term: the rest
    of the term rendered word by word in front of a head (果実の農家 for 果农), not a head standing for it."""
    from ..tokens import tokens_in

    tokens = [t for t in tokens_in(doc, before) if t.span.end <= before.end]
    words = tokens[-2:] if tokens and tokens[-1].surface == "の" else tokens[-1:]
    return any(as_simplified(ch) in zh for t in words for ch in t.surface if is_kanji(ch))


@functools.lru_cache(maxsize=4096)
def heads(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The heads of a term's forms: each ending of a form that begins a word of it (SudachiPy's tokens), of
    terms.toml's ``head-min`` characters or more, kanji or katakana, and shorter than the form (果樹農家: 農家;
    青銅の仮面: 仮面)."""
    from ..tokens import tokenize

    shortest, out = _terms_data()["head-min"], []
    for form in forms:
        for token in tokenize(form)[1:]:
            tail = form[token.span.start:]
            if len(tail) >= shortest and all(is_kanji(ch) or is_katakana(ch) for ch in tail):
                out.append(tail)
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=4096)
def leads(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The leading words of a term's forms: each beginning of a form of two of its words or more that ends a word
    of it, before its last (SudachiPy's tokens), of ``head-min`` characters or more, kanji or katakana (林下栽培人参:
    林下栽培, the way of growing it, for the ginseng grown so; not 林下 alone)."""
    from ..tokens import tokenize

    shortest, out = _terms_data()["head-min"], []
    for form in forms:
        tokens = tokenize(form)
        for token in tokens[1:-1]:
            lead = form[:token.span.end]
            if len(lead) >= shortest and all(is_kanji(ch) or is_katakana(ch) for ch in lead):
                out.append(lead)
    return tuple(dict.fromkeys(out))


def shortened(word: str, forms: tuple[str, ...]) -> str | None:
    """The form of a term that ``word`` writes shortened: a beginning of the form that ends a word of it before its
    last (SudachiPy's tokens), of ``head-min`` characters or more, kanji or katakana, and at least ``shortened-share``
    of the form's characters (乾燥 of 乾燥加工: the drying, less the generic 加工); None if it is no such beginning (乾燥
    of 乾燥クコの実 drops the thing itself)."""
    from ..tokens import tokenize

    data = _terms_data()
    if len(word) < data["head-min"] or not all(is_kanji(ch) or is_katakana(ch) for ch in word):
        return None
    for form in forms:
        if len(word) < data["shortened-share"] * len(form) or not form.startswith(word) or len(form) == len(word):
            continue
        if any(token.span.end == len(word) for token in tokenize(form)[:-1]):
            return form
    return None


def stems(forms: tuple[str, ...]) -> tuple[str, ...]:
    """A place's forms less an administrative suffix (terms.toml ``place-suffixes``: 星川 for 星川市), of ``head-min``
    characters or more."""
    data = _terms_data()
    return tuple(dict.fromkeys(form[:-len(suffix)] for form in forms for suffix in data["place-suffixes"]
                               if form.endswith(suffix) and len(form) - len(suffix) >= data["head-min"]))


# per kind of entry: the endings a word referring back keeps (terms.toml) and the patterns that make that word
_SUFFIX_REFERENCES = {EntityType.PLACE: ("place-suffixes", "suffix-references"),
                      EntityType.ORG: ("org-suffixes", "org-suffix-references")}


def suffix_references(forms: tuple[str, ...], kind: EntityType | None) -> tuple[str, ...]:
    """The words that name a place by its administrative suffix alone (terms.toml ``suffix-references`` with each
    of ``place-suffixes`` that ends one of its forms: 同区 and 区内 for 星川区), or an organisation by the ending that
    says what kind of body it is (``org-suffix-references`` with ``org-suffixes``: 同館 for 星川民俗博物館); none for
    another kind of entry."""
    if kind not in _SUFFIX_REFERENCES:
        return ()
    data = _terms_data()
    suffixes, patterns = (data[key] for key in _SUFFIX_REFERENCES[kind])
    return tuple(dict.fromkeys(pattern.format(suffix) for suffix in suffixes
                               if any(form.endswith(suffix) and len(form) > len(suffix) for form in forms)
                               for pattern in patterns))


def _word_tokens(doc, span: Span) -> list:
    """The tokens of ``doc`` that make up ``span`` exactly (農家 in 農家に), or none when a token crosses one of its
    edges (農家 in 酪農家)."""
    from ..tokens import tokens_in

    tokens = tokens_in(doc, span)
    return tokens if tokens and tokens[0].span.start == span.start and tokens[-1].span.end == span.end else []


def _named_next_door(bitext, compiled, mentions, entities, kids, j: int, zh: str, later: bool) -> bool:
    """A sentence of the translation next to sentence link ``j`` names the entity (in a sanctioned form, or a person
    by a short form) while its own source sentence does not: the translation moved the name across a sentence
    boundary (“…。”陈立军说，… as 「…」と陳さんは話す。…), it did not drop it."""
    for n in kids[max(0, j - 1):j] + kids[j + 1:j + 2]:
        if not n.target or any(s.contains(span) for s in n.source for span, name in entities if name == zh):
            continue
        if any(m.kind in NAMING_KINDS or m.glossed for m in _mentions_in(mentions, n.target, zh)) or \
                _short_named(bitext, compiled, mentions, zh, n.target, later):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _terms_data() -> dict:
    return tomllib.loads(package_text("textqa.bilingual", "data/terms.toml"))


def credit_line(text: str) -> bool:
    """``text`` is only a short parenthesised credit (terms.toml ``credit-words``, ``credit-length``: （編集KS）), an
    edition's byline."""
    from .numbers import PARENTHESISED

    text, data = text.strip(), _terms_data()
    return (len(text) <= data["credit-length"] and bool(PARENTHESISED.fullmatch(text))
            and text[1:].lstrip().startswith(tuple(data["credit-words"])))


@functools.cache  # read once: data/cuts.toml does not change while textqa runs
def cuts_data() -> dict:
    """data/cuts.toml: what editions cut on purpose (BIL003's formulas and restatements) and the source outlets'
    datelines."""
    return tomllib.loads(package_text("textqa.bilingual", "data/cuts.toml"))


@functools.cache
def source_datelines() -> re.Pattern:
    """A source outlet's dateline and credits (data/cuts.toml ``datelines``: 中新网10月18日电, (记者刘飞)据…报道)."""
    return re.compile("|".join(f"(?:{f})" for f in cuts_data()["datelines"]))


def source_dateline_end(text: str) -> int:
    """Where the source outlet's dated dateline (a place and date before 电, 讯 or 消息) and the credits after it that
    open ``text`` end (新华社南宁3月5日电(记者王明)), 0 if none: its date and place are the outlet's, which an edition
    replaces with its own or drops."""
    m = source_datelines().match(text)
    return m.end() if m and _DATED.search(m.group()) else 0


_DATED = re.compile(r"日(?:电|讯|消息)")


def edition_dateline_end(text: str) -> int:
    """Where the edition's own dateline that opens ``text`` ends (terms.toml ``edition-dateline``: 【新華社南寧12月18日】),
    0 if none."""
    lead = len(text) - len(text.lstrip())
    m = _edition_dateline().match(text, lead)
    return m.end() if m else 0


@functools.cache
def _edition_dateline() -> re.Pattern:
    return re.compile(_terms_data()["edition-dateline"])


def photo_caption(text: str) -> bool:
    """``text`` is a photo's caption: it ends (less a full stop) with a parenthesised credit naming one of terms.toml
    ``caption-credit-words`` ((撮影:王明), (写真提供・青禾社))."""
    from .numbers import PARENTHESISED

    core = text.strip().rstrip("。")
    last = None
    for last in PARENTHESISED.finditer(core):
        pass
    return (last is not None and last.end() == len(core)
            and any(w in last.group() for w in _terms_data()["caption-credit-words"]))


def byline(text: str) -> bool:
    """``text`` is an edition's byline: a credit (``credit_line``) or the line naming the edition it was published
    under and when (terms.toml ``edition-marks``, ``byline-length``: 「人民網日本語版」2019年2月1日)."""
    from ..charclass import SENTENCE_ENDS, is_hiragana

    text, data = text.strip(), _terms_data()
    if credit_line(text):
        return True
    return (0 < len(text) <= data["byline-length"] and any(m in text for m in data["edition-marks"])
            and not any(is_hiragana(ch) or ch in SENTENCE_ENDS for ch in text))


def references(entry_type: str = "") -> tuple[str, ...]:
    """Words that may stand in for a name of this type (terms.toml ``[references]``; all of them for an untyped
    entry)."""
    table = _terms_data()["references"]
    if entry_type in table:
        return tuple(table[entry_type])
    return tuple(dict.fromkeys(w for words in table.values() for w in words))


def entry_references(entry) -> set[str]:
    """Words that refer back to this entry in particular: 同 (or 当, 該) and the tail of one of its forms
    (同研究院 for a research institute, 同銀行 for a bank)."""
    data = _terms_data()
    out = set()
    for form in (entry.ja, *entry.accept):
        for n in range(2, min(len(form) - 1, data["tail-max"]) + 1):
            tail = form[-n:]
            if all(is_kanji(ch) or is_katakana(ch) for ch in tail):
                out.update(p + tail for p in data["tail-prefixes"])
    return out


def speaker_left_unsaid(source: str, name_end: int, text: str, start: int) -> bool:
    """The name ending at ``name_end`` in ``source`` is its sentence's speaker (one of terms.toml's `speech-after`
    right after it: 王毅说) and the translation ``text`` from its sentence's ``start`` to the line's end holds a
    quotation's tag (`quotation-tags`: 「…」とした) or opens with a quotation (`quotation-openers`), or the
    translation's line before ends with a sentence that announces what follows (`speech-announcers`:
    次のように説明した): a speaker the translation named before, left unsaid. The lines are read only for a speaker."""
    data = _terms_data()
    if not any(source.startswith(w, name_end) for w in data["speech-after"]):
        return False
    end = text.find("\n", start)
    rest = text[start:] if end < 0 else text[start:end]
    return (any(tag in rest for tag in data["quotation-tags"])
            or rest.startswith(tuple(data["quotation-openers"]))
            or any(w in _last_sentence(_line_before(text, start)) for w in data["speech-announcers"]))


def _line_before(text: str, start: int) -> str:
    """The last line with text before the line that holds ``start`` (the paragraph before, past blank lines)."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return text[begin:end]
        end = begin - 1
    return ""


def _last_sentence(text: str) -> str:
    """The last sentence of ``text`` (after the sentence end before its own, if any)."""
    body = text.rstrip().rstrip(SENTENCE_ENDS)
    return body[max(body.rfind(end) for end in SENTENCE_ENDS) + 1:]


def refers_back(text: str, entry=None) -> bool:
    """The sentence has a word that stands in for a name of the entry's type (彼 for a person, 同社 for a company,
    同市 for a place …, or one made from the entry itself: 同研究院): the name may be meant by it."""
    entry_type = str(entry.type or "") if entry is not None else ""
    words = references(entry_type) + tuple(entry_references(entry) if entry is not None else ())
    return any(word in text for word in words)


@functools.lru_cache(maxsize=2)
def _titles(made: bool = True) -> str:
    """A pattern for one title (terms.toml ``titles``, or with ``made`` kanji before one of ``title-ends``: 場長),
    after any of ``title-prefixes`` (副局長). A made title is read only right after the name it follows (a short
    form, 閻場長): at a word's end it would swallow the name's last kanji (陳立章副局長 is no 陳立 and 章副局長)."""
    data = _terms_data()
    titles = "|".join(sorted(map(re.escape, data["titles"]), key=len, reverse=True))
    prefixes = "|".join(map(re.escape, data["title-prefixes"]))
    ends = "|".join(map(re.escape, data["title-ends"]))
    made_title = f"|[{KANJI_RANGE}]{{1,3}}(?:{ends})" if made else ""
    return f"(?:{prefixes})?(?:{titles}{made_title})"


@functools.lru_cache(maxsize=1)
def _title_at_end() -> re.Pattern:
    return re.compile(f"{_titles(made=False)}$")


@functools.lru_cache(maxsize=4096)
def _short_form_pattern(forms: tuple[str, ...]) -> re.Pattern | None:
    titles = _titles()
    alternatives = []
    for form in forms:
        if not 2 <= len(form) <= 4 or not all(is_kanji(ch) for ch in form):
            continue
        surname = form[:2] if len(form) == 4 else form[:1]
        given = form[len(surname):]
        alternatives.append(f"{re.escape(surname)}(?:{titles})")
        alternatives.append(f"{re.escape(given)}(?:{titles}" + (f"|(?![{KANJI_RANGE}]))" if len(given) >= 2 else ")"))
    if not alternatives:
        return None
    return re.compile(f"(?<![{KANJI_RANGE}])(?:{'|'.join(alternatives)})")


def short_forms(text: str, entry, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``text[start:end]`` names the person ``entry`` by a short form: the surname before a title (兪所長,
    張さん), or the given name alone or before a title, each a word of its own (terms.toml ``titles``)."""
    if entry is None or entry.type != EntityType.PERSON:
        return []
    pattern = _short_form_pattern((entry.ja, *entry.accept))
    end = len(text) if end is None else end
    return [] if pattern is None else [m.start() for m in pattern.finditer(text, start, end)]


def resembles(bitext, occurrence: TermOccurrence, span: Span | None) -> bool:
    """The target words at ``span`` share more characters with the source term (read as simplified Chinese) than
    with the rest of its source sentence alone: they look like a rendering of it gone wrong (併多多 for 拼多多, 空飛ぶ豚
    for 飞猪), not a mention left out nor a word that translates another part of the sentence (海運決済 for 海运结算 beside
    a term 星海银行)."""
    if span is None:
        return False
    term = bitext.source.slice(occurrence.source_span)
    s_span = occurrence.sentence.source_span
    rest = bitext.source.text[s_span.start:occurrence.source_span.start] + \
        bitext.source.text[occurrence.source_span.end:s_span.end]
    chars = [as_simplified(ch) for ch in bitext.target.slice(span) if is_kanji(ch)]
    shared = sum(1 for ch in chars if ch in term)
    return shared > sum(1 for ch in chars if ch in rest and ch not in term)


def headline_names(bitext, occurrence: TermOccurrence, mentions) -> bool:
    """The translation's headline (a first paragraph of one line with no sentence end, before the occurrence) names
    the occurrence's entity (any form the name rules link to it): the place or organisation the article is about,
    which Japanese leaves unsaid in a later sentence (今年の検査は for 今年以来，星川市共完成检查 under a headline that
    names 星川市)."""
    first = bitext.alignment.paragraphs[0].target_span if bitext.alignment.paragraphs else None
    if first is None or first.end > occurrence.sentence.target_span.start:
        return False
    head = bitext.target.slice(first).strip()
    if "\n" in head or any(ch in SENTENCE_ENDS for ch in head):
        return False
    return any(m.entity == occurrence.entity and (m.kind in NAMING_KINDS or m.glossed) and first.contains(m.span)
               for m in mentions.overlapping(first))


def opens_sentence(bitext, occurrence: TermOccurrence) -> bool:
    """The occurrence opens its source sentence (nothing but space, punctuation or an item's label before it: 三、):
    the sentence's subject or topic (青梅酱可以抹面包…, 一、义诊时间：…), which Japanese drops once the article is about
    it (パンに塗るほか…, 1．実施日時：…)."""
    from .numbers import item_labels

    before = bitext.source.text[occurrence.sentence.source_span.start:occurrence.source_span.start]
    label = next((span for span in item_labels(before) if not before[:span.start].strip()), None)
    return not any(ch.isalnum() for ch in (before[label.end:] if label else before))


def likely_rendering(bitext, occurrence: TermOccurrence, mentions, person: bool = False) -> Span | None:
    """The target words that most likely stand for a source term with no accepted rendering.

    Candidates are katakana runs, kanji compounds (a single kanji only when the term has it) and Latin words of
    the aligned target sentence that are not mentions of other entries; for a person, only words that share a
    character with the name (a name is not translated by meaning, and a sound-alike the name rules would link). Each is scored by the characters it shares with the source term (read as
    simplified Chinese), less the characters it shares with the rest of the source sentence (it then more likely
    translates those), less its distance from the term's relative position in the sentence. The best must be a word
    of the translation, whole: a run that a token crosses at either end (立 of 立て直した) is part of a longer word,
    and then no word stands for the term (None).
    """
    src_text, tgt_text = bitext.source.text, bitext.target.text
    s_span = occurrence.sentence.source_span
    t_span = occurrence.sentence.target_span
    term = src_text[occurrence.source_span.start:occurrence.source_span.end]
    rest = set(src_text[s_span.start:occurrence.source_span.start] + src_text[occurrence.source_span.end:s_span.end])
    where = (occurrence.source_span.start - s_span.start) / max(1, s_span.end - s_span.start)
    taken = [m.span for m in mentions.overlapping(t_span)]
    weight = model()["rendering"]
    best, best_score = None, float("-inf")
    for m in CANDIDATE.finditer(tgt_text, t_span.start, t_span.end):
        span = Span(m.start(), m.end())
        if any(span.overlaps(t) for t in taken):
            continue
        word = m.group()
        chars = [as_simplified(ch) for ch in word if is_kanji(ch)]
        shared = sum(1 for ch in chars if ch in term)
        if (len(word) == 1 and chars or person) and not shared:
            continue  # a single kanji (白い湖 for 查干湖), or any word for a person, must share a character
        elsewhere = sum(1 for ch in chars if ch in rest and ch not in term)
        position = abs((span.start - t_span.start) / max(1, t_span.end - t_span.start) - where)
        score = (weight["shared"] * shared - weight["elsewhere"] * elsewhere - weight["position"] * position
                 + (weight["no-kanji"] if not chars else 0.0))
        if score > best_score:
            best, best_score = span, score
    if best is not None and not _word_tokens(bitext.target, best):
        return None  # part of a longer word (立 of 立て直した, 空飛 of 空飛ぶ): no word of the translation stands for it
    if best is not None:  # a name's title is not part of it (欧陽明遼氏, 石所長)
        title = _title_at_end().search(tgt_text, best.start + 2, best.end)
        best = Span(best.start, title.start()) if title else best
    return best


def plausible_rendering(bitext, occurrence: TermOccurrence, span: Span, entry) -> bool:
    """The target word at ``span`` could be the term's rendering gone wrong, so that replacing it is the fix: it
    shares a kanji with the source term or its glossary forms (as simplified Chinese), it is a proper noun, a
    word the dictionary does not know or a katakana coinage of several of its words, or it reads like the term (`sounds_like`). An ordinary word that is none of
    these (避難 for a port city, カプセル for a banner) translates something else, and is no word to replace."""
    word = bitext.target.slice(span)
    term = bitext.source.slice(occurrence.source_span)
    kanji = {as_simplified(ch) for f in (term, *entry.correct_forms) for ch in f if is_kanji(ch)}
    if any(as_simplified(ch) in kanji for ch in word if is_kanji(ch)):
        return True
    tokens = _word_tokens(bitext.target, span)
    if not tokens or any(t.oov or t.is_proper_noun for t in tokens):
        return True
    if len(tokens) > 1 and KATAKANA_RUN.fullmatch(word):  # a katakana coinage, no one word (ネットレッド for 网红)
        return True
    return sounds_like(word, "".join(t.reading for t in tokens), term, entry)


def sounds_like(word: str, reading: str, term: str, entry) -> bool:
    """The word (its katakana ``reading``) reads like the source term: its coarse romaji is at least
    ``sounds-like`` similar to the katakana the term's Mandarin readings give or to the entry's katakana forms
    and reading; or its kanji, read in Mandarin, are as similar to the term's reading (a homophone)."""
    from difflib import SequenceMatcher

    from ..phonetics.index import katakana_forms
    from ..phonetics.kana import coarse, katakana_romaji, name_keys
    from ..phonetics.pinyin import name_readings

    least = threshold("sounds-like")
    readings = name_readings(term)
    keys = {key for r in readings for key in name_keys(r)[1]}
    keys |= {coarse(katakana_romaji(f)) for f in katakana_forms(entry)}
    mine = coarse(katakana_romaji(word if KATAKANA_RUN.fullmatch(word) else reading))
    if any(SequenceMatcher(None, mine, key).ratio() >= least for key in keys if key):
        return True
    hanzi = "".join(ch for ch in word if is_kanji(ch))
    pinyin = {"".join(r) for r in name_readings(hanzi)} if hanzi else set()
    return any(SequenceMatcher(None, p, "".join(r)).ratio() >= least for p in pinyin for r in readings)


def summarise_source(doc, mentions, compiled, summaries: dict) -> None:
    """Per entity, how many times the source names it and how many of those the translation renders correctly."""
    from ..report import EntitySummary

    for occ in term_occurrences(doc.layers["bilingual"], compiled, mentions):
        s = summaries.setdefault(occ.entity, EntitySummary(occ.entity, compiled.entry(occ.entity).ja))
        s.source_mentions = (s.source_mentions or 0) + 1
        s.source_rendered = (s.source_rendered or 0) + (occ.status is TermStatus.CORRECT and not _bare_reading(occ))


def _bare_reading(occ: TermOccurrence) -> bool:
    """Rendered only by the name's reading outside a gloss (クー・チャンゴン氏は for 顾长庚说): the translation renders
    the name, so the BIL rules have nothing to add, but NAM006 reports that form, so it is not rendered correctly."""
    return bool(occ.renderings) and all(m.kind is MentionKind.READING and not m.glossed for m in occ.renderings)


def one_off(word: str, form: str) -> int | None:
    """Where ``word`` differs from the name ``form`` by one kanji (same length, every other character the same in
    some script form, the differing one not a script form of the right one: 楽保 for 楽宝; a surname's Japanese glyph
    that OpenCC does not know, 呉 for 吴, is its form), or None."""
    from ..phonetics.tables import surname_glyphs

    if len(word) != len(form) or len(form) < 2:
        return None
    glyphs = surname_glyphs()
    diff = [i for i, (a, b) in enumerate(zip(word, form))
            if a != b and as_simplified(glyphs.get(a, a)) != as_simplified(glyphs.get(b, b))]
    return diff[0] if len(diff) == 1 and is_kanji(word[diff[0]]) and is_kanji(form[diff[0]]) else None


@dataclass(frozen=True)
class Misspelt:
    """A source name that the aligned target sentence writes one kanji off."""

    name: str  # the source's form
    source_span: Span
    span: Span  # the target's form
    fix: str  # the target's form with the one kanji put right (the source's kanji in its Japanese form)
    sentence: Link
    substitute: bool = False  # the target's kanji is the one Japanese writes in words for the source's (砂 for 沙)


def misspelt_names(bitext, compiled) -> list[Misspelt]:
    """Source names that no glossary entry covers (jieba's tags, as BIL007 lists them) whose aligned target sentence
    has none of their script forms but one word one kanji off, that kanji a homophone of the source's in its usual
    Mandarin reading (鶴港 for 鹤岗). Only when exactly one such word is there (the source tells what was meant) and
    it is not a Japanese word (加工場 for 加工厂). A kanji that Japanese writes in words for the source's (治砂 for 治沙:
    ``japanese_substitute``), or a word that is the usual Japanese spelling of the source's (磨崖 for 摩崖:
    ``usual_spelling``), is marked: the word may be spelt the Japanese way."""
    from ..glossary.forms import glyph_forms, japanese_form
    from ..phonetics.pinyin import name_readings, primary_readings
    from .pair import sentence_names, written_source_entities

    listed = [span for span, _ in written_source_entities(bitext.source, compiled)]
    out = []
    for sent, names in sentence_names(bitext):
        t_span = sent.target_span
        target = bitext.target.slice(t_span)
        for name in names:
            zh = name.surface
            if any(name.span.overlaps(sp) for sp in listed) or any(f in target for f in glyph_forms(zh)):
                continue
            readings = name_readings(zh, person=name.entity_type == EntityType.PERSON, chinese=True)
            hits = []
            for run in KANJI_RUN.finditer(target):
                for i in range(run.start(), run.end() - len(zh) + 1):
                    word = target[i:i + len(zh)]
                    k = one_off(word, zh)
                    if k is not None and any(r[k] in primary_readings(word[k]) for r in readings):
                        start = t_span.start + i
                        fix = word[:k] + japanese_form(zh[k]) + word[k + 1:]
                        hits.append(Misspelt(zh, name.span, Span(start, start + len(zh)), fix, sent,
                                             japanese_substitute(zh[k], word[k]) or usual_spelling(zh, word)))
            if len(hits) == 1 and not _vocabulary(bitext.target, hits[0].span):
                out.append(hits[0])
    return out


def japanese_substitute(zh: str, ja: str) -> bool:
    """``ja`` is the kanji Japanese writes in words in place of the Chinese character ``zh`` (砂 for 沙, 連 for 联:
    terms.toml ``[japanese-substitutes]``)."""
    return _substitutes().get(as_simplified(zh)) == as_simplified(ja)


def usual_spelling(zh: str, ja: str) -> bool:
    """``ja`` is how Japanese usually spells the word ``zh`` (the Chinese word in its Japanese glyphs): Sudachi's
    dictionary reads that as one common noun whose normalized form is ``ja`` (摩崖 -> 磨崖, as in 磨崖仏)."""
    from ..glossary.forms import japanese_form
    from ..tokens import normal_spelling

    return normal_spelling(japanese_form(zh)) == ja


@functools.lru_cache(maxsize=1)
def _substitutes() -> dict[str, str]:
    return {as_simplified(k): as_simplified(v) for k, v in _terms_data()["japanese-substitutes"].items()}


def _vocabulary(doc, span: Span) -> bool:
    """The target word is Japanese vocabulary, not a name written wrong: the tokens that cover it exactly are
    dictionary words, none a proper noun, one of two characters or more (加工場 = 加工 + 場 for 加工厂, a word jieba
    tags as an organisation; not 鶴港 = 鶴 (a name) + 港…, nor 綏賓 = 綏 + 賓)."""
    tokens = _word_tokens(doc, span)
    return bool(tokens) and not any(t.oov or t.is_proper_noun for t in tokens) and max(len(t.surface) for t in tokens) >= 2


def own_side_words() -> list[dict]:
    """Words of a Chinese text that speak from the writer's side (我国), their literal renderings that in Japanese
    speak from Japan's (我が国), and the fix (terms.toml ``[[own-side]]``)."""
    return _terms_data()["own-side"]


def own_side(bitext, compiled) -> list[tuple[Span, Span, dict]]:
    """(source span, target span, word) where the aligned target sentence renders a writer's-side word of the source
    literally. Words the glossary covers are left to the name rules, and a target sentence with no kana is the source
    left untranslated (another rule's finding), not a rendering."""
    from .pair import written_source_entities

    listed = [span for span, _ in written_source_entities(bitext.source, compiled)]
    out = []
    for sent in bitext.alignment.sentences:
        if not sent.source or not sent.target:
            continue
        source, target = bitext.source.slice(sent.source_span), bitext.target.slice(sent.target_span)
        if not any(is_kana(ch) for ch in target):
            continue
        for word in own_side_words():
            at = source.find(word["zh"])
            if at < 0:
                continue
            s = Span(sent.source_span.start + at, sent.source_span.start + at + len(word["zh"]))
            if any(s.overlaps(sp) for sp in listed):
                continue
            for literal in word["literal"]:
                t = target.find(literal)
                if t >= 0:
                    out.append((s, Span(sent.target_span.start + t, sent.target_span.start + t + len(literal)), word))
                    break
    return out
