"""What a finder knows about a candidate mention, as a typed record; ``score`` turns it into a confidence.

Finders detect and describe; they never score. Token evidence (alignment with SudachiPy's words, the share
of proper-noun tokens, a known place name) is gathered here once per span and memoised in ``doc.memo``.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import asdict, dataclass

from ..charclass import KANJI, KANJI_RANGE, LIST_JOINERS, is_kanji
from ..findings import Span, slot_init
from ..glossary.forms import simplified_form
from ..glossary.model import EntityType
from ..phonetics.tables import name_context
from ..tokens import (common_noun, kept_with_paragraph, numeral, packed_in, part_of_speech, person_name, place_name, proper_noun, token_at,
                      tokenize, tokens_in)
from .kinds import MentionKind

LARGE_GLOSSARY = 1000  # chance sound-alikes grow with the glossary beyond this size
SUFFIX_WINDOW = 8  # code points after a span where a name suffix is looked for
SHORT_NAME = 2  # syllables of a short name, at most: a chance sound-alike of many words
FRAGMENTED = 3  # one-character tokens, at least, that make a span fragmented (the tokenizer read no word in it)


@slot_init
@dataclass(frozen=True, slots=True)
class TokenEvidence:
    aligned: bool  # the span starts and ends on token boundaries
    proper: float  # share of its tokens that are proper nouns or unknown words
    known_word: bool  # the span is exactly one ordinary dictionary word (連想, チューハイ)
    fragmented: bool  # three or more one-character tokens: the tokenizer found no word there
    continues: bool  # a proper noun goes on right after the span: part of a longer name (大江|健三郎)
    known_place: bool  # the span is one place name the dictionary knows as spelt (漓江 is no typo for 丽江), alone or
    # with a place suffix after it in the same word (咸陽市: no typo for a glossary's 仙阳)
    person_tokens: bool  # every token is a person's name
    lexical: bool  # the surface, tokenized alone, is one dictionary word (流向, 整合, 大江): a word, not a typo
    inside_word: bool = False  # one dictionary word holds the span and goes on past it (新香 of お新香)


@slot_init
@dataclass(frozen=True, slots=True)
class Features:
    """One candidate's description. Every field is inspectable (``as_dict``) and feeds ``score``."""

    kind: MentionKind  # as the finder found it, and scored so; a resolved mention may be reported as another kind
    # (mentions.surname.reported_kind: a changed surname misheard or another one)
    syllables: int  # length of the entity's name in syllables (0: unknown)
    tokens: TokenEvidence | None = None  # None when the finder does not look at tokens (romanised pinyin)
    context: bool = False  # a name suffix right after (氏, 市, 社 … by entity type)
    elsewhere: bool = False  # the entity is written in a literal form elsewhere in the document
    echoed: bool = False  # another candidate names the entity elsewhere in the document (set when finders are done)
    similarity: float = 1.0  # 1.0 for an exact key; below for a fuzzy katakana match
    rare_reading: bool = False  # the match needs a character's uncommon reading (堤 read shi)
    ambiguous: bool = False  # the same span sounds like another entity too (set when all finders are done)
    glossary_size: int = 0
    separated: bool = False  # katakana words joined by a separator (マー・ホアテン)
    person: bool = False  # the entity is a person, or has no type
    compound: bool = False  # the span was cut out of an unknown katakana compound
    short_key: bool = False  # a katakana key of two letters (イーウー → iu)
    capitalised: bool = False  # every romanised word is capitalised
    mixed: bool = False  # the kanji head of a mixed form (騰訊ホールディングス)
    shared: float = 0.0  # share of the span's characters that are the name's own, in place (夏門 for 廈門: 0.5)
    chinese_word: bool = False  # the kanji, simplified, are a word or name of a Chinese dictionary (台州, not 太州)
    tones_differ: bool = False  # a homophone whose characters read like the name's only without tones (西岸, 西安)
    # a look-alike (LOOKALIKE): the character written in the name's place, and the name's own there, is no common
    # kanji (charclass.common_kanji: 沭 of 沭陽, 淮 of 淮陰, 祟 of 祟明島)
    rare_written: bool = False
    rare_name: bool = False
    embedded: bool = False  # a look-alike inside a longer run of kanji (西夏王陵, 殷玉珍), not before a name suffix
    # a glyph variant that is the entity's Chinese form exactly as the glossary writes it (甘蔗 where the glossary says
    # サトウキビ): the source's own spelling copied, not a Japanese word that a conversion of the name happens to give
    # (連想, a Japanese glyph form of 联想)
    verbatim: bool = False

    def as_dict(self) -> dict:
        return asdict(self)

    def vector(self) -> dict[str, float]:
        """The named numeric inputs of the scorer (missing names count as 0). A look-alike has inputs of its own
        (``_lookalike_vector``)."""
        if self.kind is MentionKind.LOOKALIKE:
            return self._lookalike_vector()
        t = self.tokens
        x: dict[str, float] = {f"kind:{self.kind.value}": 1.0}
        n = self.syllables
        x["syllables:short"] = 1.0 if 0 < n <= SHORT_NAME else 0.0
        x["syllables:1"] = 1.0 if n == 1 else 0.0
        x["syllables:3"] = 1.0 if n == 3 else 0.0
        if t is not None:
            x["tokens:unaligned"] = 0.0 if t.aligned else 1.0
            x["tokens:proper"] = t.proper
            x["tokens:known-word"] = 1.0 if t.known_word and not self.context else 0.0  # チューハイ市 is a place
            x["tokens:fragmented"] = float(t.fragmented)
            x["tokens:continues"] = float(t.continues)
            x["tokens:known-place"] = float(t.known_place)
            x["tokens:person"] = float(t.person_tokens)
            x["tokens:lexical"] = float(t.lexical)
            x["tokens:inside-word"] = float(t.inside_word)
            # a span read with a rare reading that is a dictionary word as written (大和 read tai he), with no name
            # suffix after it (長州市 is read as a place)
            x["rare-reading:lexical"] = float(self.rare_reading and t.lexical and not self.context)
        x["context"] = float(self.context)
        # a short name mentioned once is weak evidence alone; a name suffix right after it (a place before 市) is not
        x["context:short"] = float(self.context and 0 < n <= SHORT_NAME)
        # a person's name where the tokenizer sees no name at all (王姓: the surname and an ordinary noun), and no
        # name suffix after it says it is one (王威所長)
        x["person:unnamed"] = float(self.person and t is not None and t.proper == 0 and not self.context)
        x["elsewhere"] = float(self.elsewhere)
        x["echoed"] = float(self.echoed)
        x["dissimilarity"] = 1.0 - self.similarity
        x["rare-reading"] = float(self.rare_reading)
        x["ambiguous"] = float(self.ambiguous)
        x["large-glossary"] = max(0.0, math.log10(self.glossary_size / LARGE_GLOSSARY)) if self.glossary_size else 0.0
        x["separated:person"] = float(self.separated and self.person)
        x["separated:other"] = float(self.separated and not self.person)
        x["compound"] = float(self.compound)
        x["short-key"] = float(self.short_key)
        x["capitalised"] = float(self.capitalised)
        x["mixed"] = float(self.mixed)
        x["shared"] = self.shared
        x["chinese-word"] = float(self.chinese_word)
        x["tones-differ"] = float(self.tones_differ)
        # the glossary's zh copied as it is (甘蔗 for サトウキビ, even a dictionary word): the source's spelling, not a
        # Japanese word that happens to spell a converted form of the name (連想 for 聯想)
        x["glyph:verbatim"] = float(self.verbatim)
        return {k: v for k, v in x.items() if v}

    def _lookalike_vector(self) -> dict[str, float]:
        """A look-alike's inputs (``LOOKALIKE_FEATURES``), none shared with the sound-alikes: scripts/fit_weights.py
        fits their weights on top of the other kinds' fit, which they leave as it is."""
        t = self.tokens
        x = {
            "kind:lookalike": 1.0,
            "lookalike:elsewhere": float(self.elsewhere),
            "lookalike:context": float(self.context),
            # the span is a word or place of the dictionary (日銀 beside 白銀, 白土 beside 日土): a word, not a slip
            "lookalike:word": float(dictionary_word(t)),
            "lookalike:continues": float(t is not None and t.continues),  # part of a longer name (白土|三平)
            "lookalike:embedded": float(self.embedded),
            "lookalike:chinese-word": float(self.chinese_word),
            "lookalike:rare-written": float(self.rare_written),
            "lookalike:rare-name": float(self.rare_name),
            "lookalike:person": float(self.person),
            "lookalike:short": float(0 < self.syllables <= SHORT_NAME),
            "lookalike:ambiguous": float(self.ambiguous),
            "lookalike:large-glossary": (max(0.0, math.log10(self.glossary_size / LARGE_GLOSSARY))
                                         if self.glossary_size else 0.0),
        }
        return {k: v for k, v in x.items() if v}


# a look-alike's inputs (``Features._lookalike_vector``): its kind and its own features, fitted apart
LOOKALIKE_FEATURES = (
    "kind:lookalike", "lookalike:elsewhere", "lookalike:context", "lookalike:word", "lookalike:continues",
    "lookalike:embedded", "lookalike:chinese-word", "lookalike:rare-written", "lookalike:rare-name", "lookalike:person",
    "lookalike:short", "lookalike:ambiguous", "lookalike:large-glossary",
)

FEATURE_NAMES = (
    *(f"kind:{k.value}" for k in MentionKind if not k.correct and k not in (MentionKind.READING, MentionKind.REJECTED)),
    "syllables:short", "syllables:1", "syllables:3",
    "tokens:unaligned", "tokens:proper", "tokens:known-word", "tokens:fragmented", "tokens:continues",
    "tokens:known-place", "tokens:person", "tokens:lexical", "tokens:inside-word",
    "rare-reading:lexical", "context", "context:short",
    "person:unnamed", "elsewhere", "echoed", "dissimilarity", "rare-reading", "ambiguous",
    "large-glossary", "separated:person", "separated:other", "compound", "short-key", "capitalised", "mixed", "shared",
    "chinese-word", "tones-differ", "glyph:verbatim", *LOOKALIKE_FEATURES[1:],
)


# the scorer's inputs that the token evidence, ``echoed`` and ``ambiguous`` decide (each in [0, 1]): all that a
# candidate's confidence still depends on once its finder has described it without tokens (``Model.hopeless``)
OPEN_FEATURES = ("tokens:unaligned", "tokens:proper", "tokens:known-word", "tokens:fragmented", "tokens:continues",
                 "tokens:known-place", "tokens:person", "tokens:lexical", "tokens:inside-word",
                 "rare-reading:lexical", "person:unnamed", "echoed", "ambiguous")
# the same of a look-alike's own inputs (it is never echoed)
LOOKALIKE_OPEN_FEATURES = ("lookalike:word", "lookalike:continues", "lookalike:ambiguous")
AMBIGUITY_FEATURES = frozenset({"ambiguous", "lookalike:ambiguous"})  # each kind's input of several entities on a span


def open_features(kind: MentionKind, tokens: bool = True) -> tuple[str, ...]:
    """The inputs of a candidate of ``kind`` that its token evidence, echo and ambiguity decide; with ``tokens``
    False, those that echo and ambiguity alone decide (the token evidence read)."""
    if kind is MentionKind.LOOKALIKE:
        return LOOKALIKE_OPEN_FEATURES if tokens else ("lookalike:ambiguous",)
    return OPEN_FEATURES if tokens else ("echoed", "ambiguous")


def _is_name_token(t) -> bool:
    # SudachiPy's 人名/地名 subclasses are unreliable on unknown names (an unknown place name can come out as 人名)
    return t.is_proper_noun or (t.oov and not t.is_numeral)


def _continues(doc, span: Span) -> bool:
    nxt = token_at(doc, span.end)
    if nxt is None or nxt.span.start != span.end or not nxt.is_proper_noun:
        return False
    last = token_at(doc, span.end - 1)
    return last is not None and last.is_proper_noun


def _continues_in(pack, span: Span) -> bool:
    """``_continues`` read from the pack of the span's paragraph (the token after the span is in it, or none is)."""
    nxt = pack.index_at(span.end)
    if nxt < 0 or pack.base + pack.starts[nxt] != span.end or not _pos_flags(pack.pos_ids[nxt])[0]:
        return False
    last = pack.index_at(span.end - 1)
    return last >= 0 and _pos_flags(pack.pos_ids[last])[0]


def dictionary_word(t: TokenEvidence | None) -> bool:
    """The span is a word or place of the dictionary (its tokens' evidence ``t``)."""
    return t is not None and (t.lexical or t.known_word or t.known_place)


def token_evidence(doc, span: Span) -> TokenEvidence:
    """Evidence from SudachiPy's tokens for one span (memoised: many entities can share a span)."""
    memo = doc.memo.setdefault("token-evidence", {})
    known = memo.get(span)
    if known is None:
        known = memo[span] = kept_with_paragraph(doc, span, "evidence", lambda: _evidence(doc, span))
    return known


def _evidence(doc, span: Span) -> TokenEvidence:
    found = packed_in(doc, span)
    return _from_tokens(doc, span) if found is None else _from_pack(doc, span, *found)


def _from_tokens(doc, span: Span) -> TokenEvidence:
    toks = tokens_in(doc, span)
    aligned = bool(toks) and toks[0].span.start == span.start and toks[-1].span.end == span.end
    names = sum(_is_name_token(t) for t in toks)
    one = len(toks) == 1 and aligned
    return TokenEvidence(
        aligned=aligned, proper=names / len(toks) if toks else 0.0,
        known_word=one and toks[0].is_common_noun,
        fragmented=len(toks) >= FRAGMENTED and all(len(t.surface) == 1 for t in toks),
        continues=_continues(doc, span),
        known_place=(len(toks) == 1 and toks[0].is_place_name and not toks[0].oov
                     and place_word(doc, span, *toks[0].span)),
        person_tokens=bool(toks) and all(t.is_person_name for t in toks),
        lexical=is_dictionary_word(doc.slice(span)),
        inside_word=len(toks) == 1 and not toks[0].oov and toks[0].span != span and toks[0].span.contains(span))


def _from_pack(doc, span: Span, pack, indices: list[int]) -> TokenEvidence:
    """``_from_tokens`` read from one paragraph's pack by part-of-speech id, with no Token made (the same answers:
    tests/test_scan_sieves.py)."""
    n = len(indices)
    start, end = span.start - pack.base, span.end - pack.base  # the span in the pack's offsets (its paragraph's)
    starts, ends = pack.starts, pack.ends
    aligned = n > 0 and starts[indices[0]] == start and ends[indices[-1]] == end
    flags = [_pos_flags(pack.pos_ids[i]) for i in indices]
    oov = [bool(pack.oov[i]) for i in indices]
    names = sum(proper or (unknown and not numeral) for (proper, numeral, *_), unknown in zip(flags, oov))
    one = n == 1 and aligned
    return TokenEvidence(
        aligned=aligned, proper=names / n if n else 0.0,
        known_word=one and flags[0][2] and not oov[0],
        fragmented=n >= FRAGMENTED and all(ends[i] - starts[i] == 1 for i in indices),
        continues=_continues_in(pack, span),
        known_place=(n == 1 and flags[0][0] and not oov[0] and flags[0][3]
                     and place_word(doc, span, *pack.span(indices[0]))),
        person_tokens=n > 0 and all(f[4] for f in flags),
        lexical=is_dictionary_word(doc.slice(span)),
        inside_word=(n == 1 and not oov[0] and starts[indices[0]] <= start and ends[indices[0]] >= end
                     and (starts[indices[0]], ends[indices[0]]) != (start, end)))


def place_word(doc, span: Span, start: int, end: int) -> bool:
    """The word from ``start`` to ``end`` (a place name of the dictionary) is the span, alone or with a place suffix
    right after it (甘粛省, 咸陽市)."""
    return start == span.start and (end == span.end or (end > span.end and doc.text[span.end:end] in place_suffixes()))


@functools.lru_cache(maxsize=1)
def place_suffixes() -> frozenset[str]:
    return frozenset(name_context().get(EntityType.PLACE, ()))


@functools.lru_cache(maxsize=None)
def _pos_flags(pos_id: int) -> tuple[bool, bool, bool, bool, bool]:
    """(proper noun, numeral, common noun but for out-of-vocabulary, place name, person's name) of a part of
    speech, as Token's properties and ``_is_name_token`` read them."""
    pos = part_of_speech(pos_id)
    return proper_noun(pos), numeral(pos), common_noun(pos), place_name(pos), person_name(pos)


@functools.lru_cache(maxsize=8192)
def is_dictionary_word(text: str) -> bool:
    """``text`` alone is one word of SudachiPy's dictionary (two characters or more)."""
    toks = tokenize(text)
    return len(toks) == 1 and not toks[0].oov and len(text) >= 2


def cuts_a_word(doc, span: Span) -> bool:
    """A word of the dictionary of two characters or more begins before ``span`` and ends in it, or begins in it and
    ends after it (毎月明るい: 明るい goes on past 毎月明; 保冷箱: 保冷 begins before 冷箱): the window is cut out of
    running words, where a name, however misspelt or misheard, ends as a name ends (the callers, the look-alike and
    the homophone finders, let a name suffix after the window through: SudachiPy reads 繁氏 as one word). A word that
    goes on past the window in kana only cuts it when it conjugates (明|るい): the window's last kanji read with the
    particle after it (斯の, an old word for この) is a name's end and its particle."""
    return kept_with_paragraph(doc, span, "cuts", lambda: _cuts_a_word(doc, span))


def _cuts_a_word(doc, span: Span) -> bool:
    text = doc.text
    for t in tokens_in(doc, span):
        if len(t.surface) < 2 or t.oov:
            continue
        if t.span.start < span.start < t.span.end:
            return True
        if t.span.start < span.end < t.span.end \
                and (t.is_inflecting or any(is_kanji(ch) for ch in text[span.end:t.span.end])):
            return True
    return False


def name_suffix_after(doc, span: Span, entity_type: str) -> bool:
    """A name suffix for the entity's type right after the span (any type's when the entity has none)."""
    return doc.text.startswith(_name_suffixes(entity_type), span.end)


LISTED = "features.listed"  # doc.memo: the exact finder's layer read, and its correct names' (ends, starts) by type


def listed_beside(doc, compiled, span: Span, entity_type: str) -> bool:
    """The span is a run of kanji of its own, listed beside a glossary name of the entity's type that the document
    writes correctly (藍港と華屯 for 华图, 大同、太原): a list of names names a name, as a name suffix does. Only with a type
    (a list says nothing of a name of no type)."""
    if not entity_type:
        return False
    text = doc.text
    start, end = span.start, span.end
    if start and text[start - 1] in KANJI or end < len(text) and text[end] in KANJI:
        return False  # part of a longer run of kanji
    ends, starts = _listed_names(doc, compiled)
    return (start >= 2 and text[start - 1] in LIST_JOINERS and entity_type in ends.get(start - 1, ())
            or end + 1 < len(text) and text[end] in LIST_JOINERS and entity_type in starts.get(end + 1, ()))


def _listed_names(doc, compiled) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """(end -> entity types, start -> entity types) of the correct glossary forms the exact finder found (in the
    stretch it searched: the layer read is remembered with them)."""
    layer = doc.layers.get("mentions.exact", ())
    held = doc.memo.get(LISTED)
    if held is None or held[0] is not layer:
        ends: dict[int, set[str]] = {}
        starts: dict[int, set[str]] = {}
        for m in layer:
            if m.kind.correct:
                entity_type = compiled.entry(m.entity).type
                ends.setdefault(m.span.end, set()).add(entity_type)
                starts.setdefault(m.span.start, set()).add(entity_type)
        held = doc.memo[LISTED] = (layer, ends, starts)
    return held[1], held[2]


@functools.lru_cache(maxsize=64)
def _name_suffixes(entity_type: str) -> tuple[str, ...]:
    """The name suffixes of the type (of every type for none) that fit the window read after a span, as one
    tuple for str.startswith."""
    table = name_context()
    types = [entity_type] if entity_type else list(table)
    return tuple(s for t in types for s in table.get(t, ()) if len(s) <= SUFFIX_WINDOW)


def suffix_word_end(doc, span: Span, entity_type: str) -> int:
    """Where the name in ``span`` ends before its own suffix (a name suffix of the entity's type that the span ends in:
    the 県 of 享丘県) when a word of the dictionary begins at that suffix and goes on past the span (県|民, 市|長); else
    the span's end. Such a name is written whole and its suffix read into the next word, no window cut out of running
    words."""
    text = doc.slice(span)
    suffix = max((len(s) for s in _name_suffixes(entity_type) if len(s) < len(text) and text.endswith(s)), default=0)
    if suffix:
        at = span.end - suffix
        if any(t.span.start == at < span.end < t.span.end and len(t.surface) >= 2 and not t.oov
               for t in tokens_in(doc, Span(at, span.end))):
            return at
    return span.end


def kanji_pairs_before_suffix(text: str, start: int = 0, end: int | None = None):
    """Offsets (from ``start``, below ``end``) of every two kanji followed by a name suffix of any type (as
    ``name_suffix_after`` with no type): one regular-expression scan instead of a test at every pair of kanji."""
    end = len(text) if end is None else end
    return itertools.takewhile(end.__gt__, (m.start() for m in _pair_before_suffix().finditer(text, start)))


@functools.lru_cache(maxsize=1)
def _pair_before_suffix() -> re.Pattern:
    return re.compile(f"(?=[{KANJI_RANGE}]{{2}}(?:{'|'.join(map(re.escape, _name_suffixes('')))}))")


def kanji_pairs_listed(text: str, start: int = 0, end: int | None = None):
    """Offsets (from ``start``, below ``end``) of every run of exactly two kanji right after or before a list joiner
    (と, 、, や): where ``listed_beside`` may hold."""
    end = len(text) if end is None else end
    return itertools.takewhile(end.__gt__, (m.start() for m in _LISTED_PAIR.finditer(text, start)))


_LISTED_PAIR = re.compile(f"(?<![{KANJI_RANGE}])(?=[{KANJI_RANGE}]{{2}}(?![{KANJI_RANGE}]))"
                          f"(?:(?<=[{LIST_JOINERS}])|(?=[{KANJI_RANGE}]{{2}}[{LIST_JOINERS}]))")


def shared_characters(window: str, zh: str) -> float:
    """Share of ``window``'s characters equal to the name's character at the same place (simplified forms)."""
    a, b = simplified_form(window), simplified_form(zh)
    if len(a) != len(b) or not a:
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)
