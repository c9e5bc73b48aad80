"""Katakana that transliterates a glossary name's Mandarin reading, with tolerance for spelling."""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from ..asides import inserted_pinyin
from ..charclass import CLOSE_BRACKETS, KATAKANA_RUN, KATAKANA_WORD, OPEN_BRACKETS, SPACE, SPACES, is_kanji, is_katakana
from ..findings import Mention, Span
from ..phonetics.index import PhoneticIndex, katakana_forms, katakana_head, katakana_of_brand
from ..glossary.model import EntityType
from ..phonetics.kana import (MAX_COMBOS, MIN_SIMILARITY, SEPARATORS, coarse, deletions, katakana_romaji, name_keys,
                             similarity)
from ..phonetics.pinyin import char_readings
from ..tokens import kept_with_paragraph, packed_in, tokens_in
from .features import Features, is_dictionary_word, name_suffix_after, token_evidence
from .kinds import SURNAME_ALONE, MentionKind
from .layer import FLOOR, Dropped
from .runs import doc_runs, glossary_memo, named_entities, parts, scope_of

LAYER = "mentions.katakana"
FUZZY_SYLLABLES = 3  # only names this long are matched one edit away
MIN_FUZZY_KEY = 3  # shorter keys (イーウー → iu) are matched exactly only
MIN_SPELT_KEY = 4  # a two-syllable name's own katakana is matched one letter other from this many letters
MAX_PARTS = 4
MIN_COMPOUND = 5  # kana of an unknown word, at least, that may be a name run together with a known word (ウェンジョウ|モデル)
MAX_NAME = 24  # kana in a name or a name's word: longer stretches are never looked up, so work per run stays linear
MIN_MERGED_SURNAME = 2  # letters of a surname's key matched as a key (ザン, ジャン); a shorter one (ヨウ: o) letter for letter


def _candidates(key: str, idx: PhoneticIndex, spelt: Callable[[str], frozenset[str]]) -> dict[str, tuple[str, float]]:
    """``_candidates_of`` the key, remembered for the glossary (keys recur across spans and documents; read only)."""
    memo = glossary_memo(idx, "katakana.candidates")
    found = memo.get(key)
    if found is None:
        found = memo[key] = _candidates_of(key, idx, spelt)
    return found


def _candidates_of(key: str, idx: PhoneticIndex, spelt: Callable[[str], frozenset[str]]):
    """(entity, matched key, similarity): exact coarse keys, else keys one edit away (a letter left out, one
    more, or one other: タシクルガン for タシュクルガン), but not the first letter left out or added. A name of two
    syllables is matched so only by the key of its own katakana name (``spelt``), one letter other, at any
    similarity: ミーロン for ミーレン is that name misspelt, where one edit in a Mandarin reading makes another name
    (``_matches`` keeps it only when the document names the entity otherwise too)."""
    seen: dict[str, tuple[str, float]] = {zh: (key, 1.0) for zh in idx.kana.get(key, ())}
    if seen or len(key) < MIN_FUZZY_KEY:
        return seen
    near_keys = set(idx.kana_near.get(key, ()))
    for d in deletions(key):
        if d in idx.kana:
            near_keys.add(d)
        near_keys.update(idx.kana_near.get(d, ()))  # the same letter count, one letter other
    for other in near_keys:
        if other[1:] == key or key[1:] == other:
            continue  # the first sound left out or added (リアーナ for ウリアナ) makes another word, not a misspelling
        sim = similarity(key, other)
        for zh in idx.kana[other]:
            short = 0 < len(idx.syllables.get(zh, ())) < FUZZY_SYLLABLES
            misspelt = short and len(other) == len(key) >= MIN_SPELT_KEY and other in spelt(zh)
            if short and not misspelt:
                continue  # one edit in a two-syllable name makes another name (zheng he, zheng fei)
            if (sim >= MIN_SIMILARITY or misspelt) and sim > seen.get(zh, ("", 0.0))[1]:
                seen[zh] = (other, sim)
    return seen


def _spelt_keys(compiled) -> Callable[[str], frozenset[str]]:
    """Entity -> the keys of its katakana names (ja, reading, accepted), for entities other than persons (a
    brand's katakana, ミーレン); each entry is read when first asked for (a stored glossary is never read whole)."""
    memo = glossary_memo(compiled.indexes, "katakana.spelt")

    def keys(zh: str) -> frozenset[str]:
        found = memo.get(zh)
        if found is None:
            entry = compiled.entry(zh)
            found = memo[zh] = frozenset() if entry.type == EntityType.PERSON else frozenset(
                coarse(katakana_romaji(f)) for f in katakana_forms(entry))
        return found
    return keys


def _compound_cut(doc, piece: Span) -> int | None:
    """Where an unknown katakana word ends in a known one (ウェンジョウ|モデル): the cut offset."""
    text = doc.slice(piece)
    for k in range(max(2, len(text) - MAX_NAME), min(len(text) - 1, MAX_NAME + 1)):
        if is_dictionary_word(text[k:]):
            return piece.start + k
    return None


def _pieces(doc, run_span: Span) -> list[tuple[Span, bool, bool]]:
    """``_cut``'s pieces of a run, made once for each place in a paragraph text (``tokens.kept_with_paragraph``), kept
    by their offsets in the run."""
    base = run_span.start

    def cut() -> tuple:
        return tuple((span.start - base, span.end - base, separated, compound)
                     for span, separated, compound in _cut(doc, run_span))

    new = tuple.__new__
    return [(new(Span, (base + start, base + end)), separated, compound)
            for start, end, separated, compound in kept_with_paragraph(doc, run_span, LAYER, cut)]


def _cut(doc, run_span: Span) -> list[tuple[Span, bool, bool]]:
    """Words of a katakana run, split at separators, at token boundaries and inside unknown compounds.

    Each piece says whether a separator precedes it and whether it came from a compound cut.
    """
    out: list[tuple[Span, bool, bool]] = []
    for part in parts(KATAKANA_WORD, doc.text, run_span):
        found = packed_in(doc, part)  # (start, end, unknown) of each token: read from the pack, no Token made
        toks = [(t.span.start, t.span.end, t.oov) for t in tokens_in(doc, part)] if found is None else \
            [(*found[0].span(i), found[0].oov[i]) for i in found[1]]
        cuts = {part.start, part.end} | {max(part.start, min(part.end, start)) for start, _, _ in toks}
        compound = set()
        for start, end, oov in toks:
            if oov and end - start >= MIN_COMPOUND:
                cut = _compound_cut(doc, Span(start, end))
                if cut:
                    cuts.add(cut)
                    compound.add(cut)
        edges = sorted(cuts)
        for i, (a, b) in enumerate(zip(edges, edges[1:])):
            out.append((Span(a, b), i == 0 and bool(out), b in compound or a in compound))
    return out


def _may_match(run: str, idx: PhoneticIndex, seen: dict, spelt: Callable[[str], frozenset[str]]) -> bool:
    """Could any stretch of the run name an entity? (Checked on the text alone, before tokenizing.)"""
    def hit(surface: str, fuzzy: bool = True) -> bool:
        if len(surface) > MAX_NAME:
            return False
        if (surface, fuzzy) not in seen:
            key = surface_key(surface)
            found = key in idx.kana or (fuzzy and len(key) >= MIN_FUZZY_KEY and bool(_candidates(key, idx, spelt)))
            seen[(surface, fuzzy)] = len(key) >= 2 and found
        return seen[(surface, fuzzy)]

    spans = parts(KATAKANA_WORD, run, Span(0, len(run)))
    words = [run[p.start:p.end] for p in spans]
    for i in range(len(words)):  # words with their separators, as _matches reads them (ヤオ・アンナ, not ヤオアンナ)
        if any(hit(run[spans[i].start:spans[j - 1].end]) for j in range(i + 2, min(len(words), i + MAX_PARTS) + 1)):
            return True
        w = words[i]
        # a name is the whole word, or its start or end (ウェンジョウ|モデル, ニュー|ペキン): each cut asked once (in a
        # word of MAX_NAME + 2 kana or fewer, the cuts for a start and those for an end are the same)
        ends = range(2, len(w) - 1) if len(w) <= MAX_NAME + 2 else \
            [*range(2, MAX_NAME + 1), *range(len(w) - MAX_NAME, len(w) - 1)]
        if hit(w) or any(hit(w[:k], fuzzy=False) or hit(w[k:], fuzzy=False) for k in ends):
            return True
    return False


def find_katakana(doc, compiled) -> list[Mention | Dropped]:
    """The katakana candidates of ``doc``; with a floor model in ``doc.memo`` (``FLOOR``), those that can never be
    reported are kept as one ``Dropped`` record per span (``_sorted_out``)."""
    idx = compiled.indexes
    named = named_entities(doc)
    seen = glossary_memo(idx, "katakana.stretches")  # (stretch, fuzzy) -> could name an entity
    may = glossary_memo(idx, "katakana.runs")  # run -> could name an entity
    spelt = _spelt_keys(compiled)
    floor = doc.memo.get(FLOOR)
    if floor is not None and scope_of(doc) is None and inserted_pinyin(doc.text):
        floor = None  # the text without its pinyin is searched too: a candidate there may lie inside one here
    out: list[Mention | Dropped] = []
    runs = []  # the runs that may name an entity, but those filling a bracket as the reading of the kanji before
    read = set()  # runs some bracket gives as the reading of the kanji before it (星坡肉(シンポウロウ))
    for run_span, run in doc_runs(doc, KATAKANA_RUN):
        if run not in may:
            may[run] = _may_match(run, idx, seen, spelt)
        if may[run]:
            if _reads_kanji_before(doc.text, run_span, run):
                read.add(run)
            else:
                runs.append((run_span, run))
    for run_span, run in runs:
        pieces = _pieces(doc, run_span)
        found = []
        for i in range(len(pieces)):
            for j in range(i + 1, min(len(pieces), i + MAX_PARTS) + 1):
                span = Span(pieces[i][0].start, pieces[j - 1][0].end)
                if run in read and span != run_span:
                    continue  # a piece of a word the text reads as a kanji word's: that word, not a name in it
                separated = any(p[1] for p in pieces[i + 1:j])
                compound = pieces[i][2] or pieces[j - 1][2]
                matched = _matches(doc, compiled, span, separated, named, compound, spelt, floor)
                if matched is not None:
                    found.append(matched)
        out += _sorted_out(found, floor is not None)
    out += _surnames_alone(doc, compiled, named)
    doc.add_layer(LAYER, out)
    return out


MAX_READ_HEAD = 4  # kanji before a bracket, at most, that the katakana in it may read (無羨(ウーシェン))


def _reads_kanji_before(text: str, span: Span, run: str) -> bool:
    """The katakana fills a bracket opened right after kanji whose Mandarin reading it spells, key for key (`無羨(ウー
    シェン)`, a table's cell giving a name's reading), or opened at the start of the line below a line that ends with
    them (`無羨` / `(ウーシェン)`: a table of names and readings run into lines, a cell a line): the reading of the word
    before it, whatever glossary name it sounds like (阿羨, アーシェン, one letter off), not a transliteration left for
    that name."""
    start, end = span.start, span.end
    if start < 2 or text[start - 1] not in OPEN_BRACKETS or text[end:end + 1] not in CLOSE_BRACKETS:
        return False
    head_end = start - 1  # where the kanji the bracket follows end: right before it, or at the end of the line above
    if text[head_end - 1] == "\n":
        head_end -= 1
    if head_end < 1 or not is_kanji(text[head_end - 1]):
        return False
    key = surface_key(run)
    for n in range(1, MAX_READ_HEAD + 1):
        head = text[max(0, head_end - n):head_end]
        if len(head) < n or not all(map(is_kanji, head)):
            break
        readings = itertools.islice(itertools.product(*(sorted(char_readings(c)) for c in head)), MAX_COMBOS)
        if any(key in name_keys(list(r))[1] for r in readings):
            return True
    return False


def _surnames_alone(doc, compiled, named: set) -> list[Mention]:
    """A person's surname alone in katakana, as the glossary's reading spells it (by its key), right before a person's
    title or honorific (トゥーさん for 涂志明, reading トゥー・ジーミン): the Mandarin reading of the surname of a name
    the house writes in kanji. Only for a person the document names in a literal form, whose correct forms have no
    katakana (a person known by a katakana name may be called by its surname): a katakana word alone is too short to
    be anyone's surname otherwise. The key merges near sounds (ザン and ジャン share one): when the word is some named
    person's surname letter for letter, it names that person (or those persons), never another whose surname only
    shares its key. A surname of one syllable whose key is one letter (ヨウ, ユー: o, u) merges too many sounds: it is
    matched only letter for letter as the reading spells it."""
    # the key of a named person's surname in katakana -> (that person, the surname as the reading spells it)
    persons: dict[str, list[tuple[str, str]]] = {}
    for zh in named:
        key, spelt = _reading_surname(compiled, zh)
        if key:
            persons.setdefault(key, []).append((zh, spelt))
    if not persons:
        return []
    out = []
    for span, word in doc_runs(doc, KATAKANA_RUN):
        rows = persons.get(surface_key(word))
        if not rows or not name_suffix_after(doc, span, EntityType.PERSON):
            continue
        found = [zh for zh, spelt in rows if spelt == word] \
            or ([zh for zh, _ in rows] if len(surface_key(word)) >= MIN_MERGED_SURNAME else [])
        tokens = token_evidence(doc, span)
        for zh in found:
            features = Features(MentionKind.KATAKANA, len(compiled.indexes.syllables.get(zh, ())), tokens,
                                context=True, elsewhere=True, person=True, short_key=len(surface_key(word)) < MIN_FUZZY_KEY)
            out.append(Mention(span, word, zh, MentionKind.KATAKANA, detail=SURNAME_ALONE + surface_key(word),
                               features=features))
    return out


def _reading_surname(compiled, zh: str) -> tuple[str, str]:
    """(the key, the katakana) of the surname part of a person's katakana reading (トゥー of トゥー・ジーミン, ヨウ of
    ヨウ・フォンシア), when none of the person's correct forms is katakana; ("", "") otherwise (decided once per entity
    and glossary)."""
    memo = glossary_memo(compiled.indexes, "katakana.reading-surnames")
    found = memo.get(zh)
    if found is None:
        entry = compiled.entry(zh)
        words = KATAKANA_WORD.findall(entry.reading) if entry.type == EntityType.PERSON else []
        key = surface_key(words[0]) if len(words) >= 2 and not any(map(KATAKANA_WORD.search, entry.correct_forms)) \
            else ""
        found = memo[zh] = (key, words[0]) if key else ("", "")
    return found


def _sorted_out(found: list[tuple], floor: bool) -> list[Mention | Dropped]:
    """The Mentions of a run's candidates (``_matches``'s, span by span), but for those out of reach of the report
    threshold (``Model.out_of_reach``) with no other katakana candidate of their entity inside them: such a
    candidate is dropped in ``resolve.completed`` (only a part inside it could lend it its confidence), so it is one
    entity of its span's ``Dropped`` record. Every katakana candidate lies in its run, so the run's are all that
    can lie inside it (a surname alone, ``_surnames_alone``, spans its whole run: it lies inside none of them; the
    text without inserted pinyin, searched too, is left out of this: ``find_katakana``)."""
    spans: dict[str, list[Span]] = {}  # entity -> its candidates' spans in the run
    if floor:
        for span, _, rows in found:
            for zh, *_ in rows:
                spans.setdefault(zh, []).append(span)
    out: list[Mention | Dropped] = []
    for span, surface, rows in found:
        dropped = []
        for zh, matched, features, gone in rows:
            if gone and not any(s != span and span.contains(s) for s in spans[zh]):
                dropped.append(zh)
            else:
                out.append(Mention(span, surface, zh, MentionKind.KATAKANA, detail=matched, features=features))
        if dropped:
            out.append(Dropped(span, MentionKind.KATAKANA, tuple(dropped)))
    return out


# a word of a name written with separators that ends in ング: Mandarin -ng spelt the English way (ペング for peng)
NG_WORD_END = re.compile(f"ング(?=[{re.escape(SEPARATORS)}]|$)")


@functools.lru_cache(maxsize=65536)
def surface_key(surface: str) -> str:
    if any(c in SEPARATORS for c in surface):
        surface = NG_WORD_END.sub("ン", surface)
    return coarse(katakana_romaji(surface))


def _may_be_split(text: str, span: Span) -> bool:
    """A space lies in the span or right beside it with katakana beyond: only then can ``_in_split_form`` hold."""
    start, end = span.start, span.end
    return (start > 1 and text[start - 1] in SPACES and is_katakana(text[start - 2])) \
        or (end < len(text) - 1 and text[end] in SPACES and is_katakana(text[end + 1])) \
        or any(c in SPACES for c in text[start:end])


def _in_split_form(text: str, span: Span, forms) -> bool:
    """The span is a correct form split by a space, or a piece of one (ボーイン in ボーイン グ): the katakana around it,
    across single spaces, holds the form once the spaces are taken out."""
    start, end = span.start, span.end
    while start > 1 and text[start - 1] in SPACES and is_katakana(text[start - 2]):
        start -= 2
        while start > 0 and is_katakana(text[start - 1]):
            start -= 1
    while end < len(text) - 1 and text[end] in SPACES and is_katakana(text[end + 1]):
        end += 2
        while end < len(text) and is_katakana(text[end]):
            end += 1
    if (start, end) == (span.start, span.end) and not any(c in SPACES for c in text[start:end]):
        return False
    joined = re.sub(SPACE, "", text[start:end])
    piece = re.sub(SPACE, "", text[span.start:span.end])
    return any(piece in f and f in joined for f in forms)


def _run_together(surface: str, forms) -> bool:
    """The surface is a correct katakana form of words (ja or accept, never the bare ``reading``) written without
    the separators between them (ジャッキーチェン for the accepted ジャッキー・チェン, a keyword's or a heading's
    spelling): that form, not a transliteration of the name's Mandarin reading."""
    return any(f != surface and any(c in SEPARATORS for c in f) and _SEPARATOR.sub("", f) == surface for f in forms)


_SEPARATOR = re.compile(f"[{re.escape(SEPARATORS)}]")  # what ``_run_together`` takes out of a form


def _form_katakana(compiled, zh: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the katakana its correct forms begin with, the Latin tails of its brand forms) of an entity: the katakana of
    a form that is katakana and the name's last kanji (ボステン of ボステン湖) or a brand's katakana (セイコー of
    セイコーTV), and that brand's tail (TV); decided once per entity and glossary."""
    memo = glossary_memo(compiled.indexes, "katakana.forms")
    found = memo.get(zh)
    if found is None:
        forms = compiled.entry(zh).correct_forms
        brands = [(f, head) for f in forms if (head := katakana_of_brand(f))]
        found = memo[zh] = (frozenset([*(katakana_head(f, zh)[0] for f in forms), *(head for _, head in brands)]),
                            tuple(f[len(head):] for f, head in brands))
    return found


def _matches(doc, compiled, span: Span, separated: bool, named: set, compound: bool,
             spelt: Callable[[str], frozenset[str]], floor) -> tuple[Span, str, list[tuple]] | None:
    """(span, surface, rows) of the entities the span's katakana may name, each row (entity, matched key, features,
    out of reach of ``floor``'s report threshold); None when it names none. Features equal for several entities
    (most of the tens of entities a katakana name reads as in a large glossary) are made once."""
    surface = doc.slice(span)
    if len(surface) > MAX_NAME * MAX_PARTS:
        return None
    key = surface_key(surface)
    if len(key) < 2:
        return None
    found = _described(compiled, key, spelt)
    if not found:
        return None  # no entity: no token evidence read (it tokenizes the paragraph)
    tokens = token_evidence(doc, span)
    types, tails, entities = _shape(compiled, key, found)
    contexts = {t: name_suffix_after(doc, span, t) for t in types}  # entity type -> a name suffix after the span
    after = frozenset(tail for tail in tails if doc.text.startswith(tail, span.end))  # brand tails after it
    written = entities & named if named else _NONE
    inside = _inside_word(doc.text, span)
    if _may_be_split(doc.text, span):  # GRB009's split forms: decided from the text around, not remembered
        return span, surface, _rows(compiled, key, found, surface, tokens, contexts, after, written, separated,
                                    compound, floor, inside, doc.text, span)
    memo = glossary_memo(compiled.indexes, "katakana.rows")
    sig = (key, surface, tokens, tuple(contexts.values()), after, written, separated, compound, inside)
    held = memo.get(sig)
    if held is None or held[0] is not floor:
        held = memo[sig] = (floor, _rows(compiled, key, found, surface, tokens, contexts, after, written, separated,
                                         compound, floor, inside))
    return span, surface, held[1]


_NONE: frozenset = frozenset()


def _shape(compiled, key: str, found: list[tuple]) -> tuple[tuple, tuple, frozenset]:
    """(the entity types, the brand forms' Latin tails, the entities) of ``_described``'s rows of a key."""
    memo = glossary_memo(compiled.indexes, "katakana.shape")
    held = memo.get(key)
    if held is None or held[0] is not found:
        held = memo[key] = (found, tuple(dict.fromkeys(row[3] for row in found)),
                            tuple(dict.fromkeys(tail for row in found for tail in row[7])),
                            frozenset(row[0] for row in found))
    return held[1:]


def _inside_word(text: str, span: Span) -> bool:
    """Katakana stands right before or after the span: it is a piece of a longer katakana word (ファーウェイ of
    ファーウェイデバイス), not a word of its own."""
    return (span.start > 0 and is_katakana(text[span.start - 1])) \
        or (span.end < len(text) and is_katakana(text[span.end]))


def _rows(compiled, key: str, found: list[tuple], surface: str, tokens, contexts: dict, after: frozenset,
          written: frozenset, separated: bool, compound: bool, floor, inside: bool = False, text: str | None = None,
          span: Span | None = None) -> list[tuple]:
    """``_matches``'s rows of a span whose key's ``_described`` rows are ``found``: what they read of the document is
    its token evidence, the name suffix after it by entity type (``contexts``), the brand tails after it
    (``after``), the entities it writes literally (``written``) and, when a space lies in or beside it, its ``text``
    around the ``span``; so the rows are remembered for the rest (``_matches``)."""
    kept = []
    for zh, matched, sim, entity_type, person, forms, own, tails, syllables, short in found:
        context = contexts[entity_type]
        if tails and not context:
            context = any(tail in after for tail in tails)  # セイコウ|TV for セイコーTV: the brand's katakana
        if surface in own or (inside and surface in forms):
            continue  # ボステン of ボステン湖, セイコー of セイコーTV: the form's own katakana; or a katakana form the
            # glossary sanctions itself, heading or ending a longer katakana word (ファーウェイ of ファーウェイデバイス,
            # the company's unit), which the exact finder, reading whole words, leaves alone
        if text is not None and _in_split_form(text, span, forms):
            continue  # the form itself split by a space (GRB009's), not a transliteration of the name's reading
        if _run_together(surface, forms):
            continue  # a katakana form the glossary sanctions, its words run together (ジャッキーチェン)
        if tokens.known_word and not context:
            continue  # one ordinary word of the dictionary is a loanword (カリウム, コンテナ), not a name; チューハイ市 is
        if sim < 1 and short and (zh not in written or tokens.known_place):
            continue  # a short katakana name misspelt (ミーロン for ミーレン) only beside the name itself, and never
            # a place the dictionary knows (ロシア is no misspelt ラサ)
        kept.append((zh, matched, (syllables, context, zh in written, sim, person)))
    if not kept:
        return []
    size = len(compiled.glossary)
    ambiguous = len(kept) > 1  # another entity's candidate on the span: resolve.completed finds it so too
    made: dict[tuple, tuple[Features, bool]] = {}
    rows = []
    for zh, matched, described in kept:
        features = made.get(described)
        if features is None:
            syllables, context, elsewhere, sim, person = described
            features = Features(MentionKind.KATAKANA, syllables, tokens, context=context, elsewhere=elsewhere,
                                similarity=sim, separated=separated, person=person, compound=compound,
                                short_key=len(key) < MIN_FUZZY_KEY)
            features = made[described] = (features, floor is not None and floor.out_of_reach(features, size,
                                                                                             ambiguous))
        rows.append((zh, matched, *features))
    return rows


def _described(compiled, key: str, spelt: Callable[[str], frozenset[str]]) -> list[tuple]:
    """What ``_matches`` reads of each entity a katakana key may name (``_candidates``), decided once per key and
    glossary: (entity, matched key, similarity, entity type, person, correct forms, the katakana its forms begin
    with and its brand forms' Latin tails (``_form_katakana``), syllables, a name of fewer than
    ``FUZZY_SYLLABLES``)."""
    memo = glossary_memo(compiled.indexes, "katakana.described")
    found = memo.get(key)
    if found is None:
        idx = compiled.indexes
        found = memo[key] = []
        for zh, (matched, sim) in _candidates(key, idx, spelt).items():
            entry = compiled.entry(zh)
            n = len(idx.syllables.get(zh, ()))
            found.append((zh, matched, sim, entry.type, entry.may_be_person, entry.correct_forms,
                          *_form_katakana(compiled, zh), n or max(2, len(matched) // 2), 0 < n < FUZZY_SYLLABLES))
    return found
