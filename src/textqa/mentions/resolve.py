"""Merge the finders' layers into one ``mentions`` layer.

Finders detect and describe (``candidates``); ``score`` gives each candidate its confidence; earlier finders
win where spans overlap (literal forms before sound-alikes), then the surest and longest. Mentions that are
correct by context are kept but marked ``glossed``.
"""
from __future__ import annotations

import bisect
import contextlib
import itertools
import re

from ..asides import inserted_pinyin, set_aside
from ..charclass import ANGLE_BRACKETS, CELL_FILLER, KATAKANA_RUN, PAIRS, SPACES, is_kanji
from ..document import Document
from ..findings import Mention, Span, replaced
from ..glossary.forms import simplified_form, simplified_spelling
from ..glossary.model import EntityType
from ..masks import is_masked
from ..phonetics.pinyin import strip_tones
from ..phonetics.tables import name_context
from .context import (LONGER_NAME, SLASH, document_about_readings, before_wiki_markup, called_by, called_by_alone, called_so_in_a_list, cited, commented_form,
                      converted_to, english_gloss_of_longer_name, form_shown, gloss_after, gloss_beyond_reach, gloss_groups,
                      country_in_english_name, english_byline, english_name_glossed, english_name_of_title, in_chinese_line, in_dictionary_sense, source_quoted, in_english_legal_name, in_english_line, in_english_phrase, in_english_title, in_glossary_line,
                      in_hashtag, in_term_list, introduced_as_alias, katakana_of_english_name, labelled_gloss, legal_name, listed_name, misspelt_original,
                      named_as_such, namesake_entry, original_after_latin_name, registered_name, translated_quote, read_so, read_in_language, reading_between_dashes, reading_after_quoted_name, reading_in_angle_brackets, other_script_in_angle_brackets, english_page_link, original_beside_its_form, english_name_of_kanji_before, english_form_of_the_word_before, reading_as_sentence, reading_of_longer_word, written_also_so, other_spelling_in_brackets, paired_by_slash, quoted_as_form, reading_gloss, ruby_reading,
                      sentence_around, sieve, spelt_so)
from .exact import exact_matches, find_exact
from .homophone import written_by_ear
from .kinds import CORRECT_KINDS, KANJI_SOUND_KINDS, NAMING_KINDS, SOUNDALIKE_KINDS, MentionKind
from .lookalike import find_lookalikes
from .features import Features
from .layer import EMPTY, FLOOR, KEEP_EVIDENCE, LAYER, Dropped, MentionLayer, named_in
from .runs import SCOPE, Scope, release_runs
from .score import Model, as_sure_as_parts, model, remember, scored

# sound-alikes in another script that a sentence about reading or writing the name may show as forms (form_shown), and
# a form the glossary accepts, shown so beside another correct form (箱には星河坊の文字と読み方のシンホーファン: the
# reading printed, not the text's choice of form, which NAM002 would weigh)
SHOWN_KINDS = frozenset({MentionKind.KATAKANA, MentionKind.ROMANIZED, MentionKind.ACCEPTED})
# other kanji standing for a name (石中山 for 石鐘山): the thing called by them (と呼ばれる) is still the name misspelt
OTHER_KANJI_KINDS = frozenset({MentionKind.HOMOPHONE, MentionKind.NEAR_HOMOPHONE, MentionKind.LOOKALIKE,
                               MentionKind.WRONG_SURNAME})
SPACED_HEAD = 12  # code points before a gloss searched for a name written with spaces (習 近平)
SPLIT_SUFFIX = 5  # code points after a gloss searched for a place suffix the gloss split off (星河（シンホー）区)
SOUNDED_KINDS = (MentionKind.KATAKANA, MentionKind.READING)  # a name's sound in katakana (NAM006)


def finders():
    """The ordered mention finders, literal forms first and look-alikes last; each takes (doc, compiled) and returns
    Mentions."""
    from . import phonetic  # noqa: PLC0415

    return [find_exact, *phonetic.FINDERS, find_lookalikes]


def candidates(doc, compiled, floor: Model | None = None) -> list[list[Mention]]:
    """Every finder's candidates, in finder order, with complete features and no confidence yet; with a ``floor``
    model, only those that can reach its report threshold (the others are never reported: ``Model.hopeless``)."""
    with _floor(doc, floor):
        return completed(compiled, _finder_layers(doc, compiled), floor=floor)


@contextlib.contextmanager
def _floor(doc, floor: Model | None):
    """``floor`` in ``doc.memo`` while the finders run (they leave out the token evidence of hopeless candidates)."""
    if floor is None:
        yield
        return
    doc.memo[FLOOR] = floor
    try:
        yield
    finally:
        del doc.memo[FLOOR]


def completed(compiled, layers: list[list[Mention]], elsewhere=None, lonely: set | None = None,
              floor: Model | None = None) -> list[list[Mention]]:
    """The finders' ``layers`` with the features that need all of them: ``ambiguous``, ``echoed`` (another candidate
    names the entity elsewhere: in these layers, or where ``elsewhere(entity)`` says so) and the glossary's size.
    ``lonely`` collects the entities of candidates that are echoed nowhere. With a ``floor`` model, the kanji
    sound-alikes that cannot reach its report threshold (``Model.hopeless``; their finder left out their token
    evidence), and the homophones and near-homophones that do not reach it with their complete features, are left
    out once they have counted as rivals and echoes: ``resolve`` would drop them, and none of them could lend its
    confidence to a longer candidate (``KANJI_SOUND_KINDS``; a mixed form's head is kept). So is a katakana candidate
    below the threshold with no other katakana candidate of its entity inside it: a longer one's confidence is its
    own, and only a part inside it (``_whole``) could raise it. A finder's ``Dropped`` records (candidates it knew
    to be hopeless) count as rivals and echoes of each of their entities, and are left out."""
    rivals: dict[tuple, set[str]] = {}
    reach: dict[str, list[int]] = {}  # entity -> [the least end, the greatest start] of its sound-alike candidates
    katakana: dict[str, list[Span]] = {}  # entity -> the spans of its katakana candidates
    # reach and katakana are read for the entities of candidates with features only: a Dropped record's others (with
    # a large glossary, most of the hundred thousand entities the records name) are not walked
    featured = [m for layer in layers for m in layer if type(m) is not Dropped and m.features is not None]
    wanted = {m.entity for m in featured}
    # rivals are read at the span and kind of a candidate with features only: a Dropped record at any other (with a
    # large glossary most of them: 37,000 of the 38,000 on the bench corpus) is nobody's rival
    contested = {(m.span, m.kind) for m in featured}
    for layer in layers:
        for m in layer:
            if type(m) is Dropped:
                if (m.span, m.kind) in contested:
                    rivals.setdefault((m.span, m.kind), set()).update(m.entities)
                entities = wanted.intersection(m.entities)
                if not entities:
                    continue
            elif m.features is not None:
                entities = (m.entity,)
                rivals.setdefault((m.span, m.kind), set()).add(m.entity)
            else:
                continue
            if m.kind is MentionKind.LOOKALIKE:
                continue  # a look-alike echoes no other candidate (NAM011: fitted apart, moving no other kind)
            start, end = m.span
            for entity in entities:
                if m.kind is MentionKind.KATAKANA:
                    katakana.setdefault(entity, []).append(m.span)
                far = reach.get(entity)
                if far is None:
                    reach[entity] = [end, start]
                else:
                    if end < far[0]:
                        far[0] = end
                    if start > far[1]:
                        far[1] = start
    size = len(compiled.glossary)
    made: dict[tuple, Features | None] = {}  # (features, kind, ambiguous, echoed) -> complete features, None if dropped

    def complete(m: Mention | Dropped) -> Mention | None:
        if type(m) is Dropped:
            return None  # a rival and an echo only: never reported (Model.hopeless)
        if m.features is None:
            return m
        ambiguous = len(rivals[m.span, m.kind]) > 1  # fits several entities equally well: names none for sure
        if floor is not None and m.features.tokens is None and m.kind in KANJI_SOUND_KINDS \
                and floor.hopeless(m.features, size, ambiguous):
            return None  # below the report threshold whatever its evidence: dropped as resolve would drop it
        # another candidate names the entity where this one is not: one ending before it starts or starting after it
        # ends (a span that overlaps none)
        least_end, last_start = reach.get(m.entity, _NOWHERE)
        echoed = least_end <= m.span.start or last_start >= m.span.end or bool(elsewhere and elsewhere(m.entity))
        if not echoed and lonely is not None and m.kind is not MentionKind.LOOKALIKE:
            lonely.add(m.entity)
        key = (m.features, m.kind, ambiguous, echoed)
        features = made.get(key, m)  # m: not yet made
        if features is m:
            features = made[key] = _complete(m.features, ambiguous, echoed, size)
            if floor is not None and m.kind in SOUNDALIKE_KINDS and not features.mixed \
                    and floor.unreported(features):
                features = made[key] = None  # below the report threshold with its evidence: dropped as resolve would
        if features is None:
            return None
        if floor is not None and m.kind is MentionKind.KATAKANA and floor.unreported(features) \
                and not any(s != m.span and m.span.contains(s) for s in katakana[m.entity]):
            return None  # below the report threshold, and no part inside it could lend it its confidence (_whole)
        return replaced(m, features=features)

    return [[c for c in map(complete, layer) if c is not None] for layer in layers]


_NOWHERE = (float("inf"), float("-inf"))  # the reach of an entity no sound-alike candidate names
_COMPLETE: dict = {}  # (a finder's features, ambiguous, echoed, glossary size) -> the complete features


def _complete(features: Features, ambiguous: bool, echoed: bool, size: int) -> Features:
    """``features`` with what ``completed`` adds, made once for all documents: a candidate's features are a few
    flags and counts, so the same few hundred recur across the tens of thousands of candidates of a run (bounded
    as the scorer's confidences are, ``score.remember``)."""
    key = (features, ambiguous, echoed, size)
    found = _COMPLETE.get(key)
    if found is None:
        found = remember(_COMPLETE, key, replaced(features, ambiguous=ambiguous, echoed=echoed, glossary_size=size))
    return found


def _claim(mentions_by_finder: list[list[Mention]], report: float) -> list[Mention]:
    """Earlier layers first, then the surest and longest; a mention is taken when it conflicts with none taken before.
    Overlapping spans conflict, except one surface that names several entities (the same span, another entity, the
    same kind). So what is taken is disjoint but for equal spans, and it is kept as sorted disjoint intervals, each
    with the mentions that hold it: a mention is checked against the intervals it overlaps, found by bisection."""
    taken: list[Mention] = []
    starts: list[int] = []  # the intervals held, in order; disjoint, so their ends are in order too
    ends: list[int] = []
    holders: list[list[Mention]] = []
    for layer in mentions_by_finder:
        for m in sorted(layer, key=lambda m: (-m.confidence, m.span.start - m.span.end, m.span.start)):
            if m.confidence < report:
                continue  # too weak even for info: neither reported nor summarised
            start, end = m.span
            if start >= end:  # holds no code point: nothing to conflict with
                taken.append(m)
                continue
            i = k = bisect.bisect_right(ends, start)  # the first interval that ends after this span starts
            same = None
            while k < len(starts) and starts[k] < end:
                if starts[k] != start or ends[k] != end \
                        or any(t.entity == m.entity or t.kind != m.kind for t in holders[k]):
                    break  # an overlapping span, or the same span taken for this entity or by another kind
                same = k
                k += 1
            else:
                taken.append(m)
                if same is None:
                    starts.insert(i, start)
                    ends.insert(i, end)
                    holders.insert(i, [m])
                else:
                    holders[same].append(m)
    return sorted(taken, key=lambda m: (m.span.start, m.span.end))


def _whole(layer: list[Mention], report: float) -> list[Mention]:
    """Leave out a candidate inside a longer one of the same entity and kind that is reported too: the longer
    span is the whole name (マー・ホアテン, not ホアテン), and it is as sure as the surest candidate inside it."""
    if _apart(layer):
        return layer  # no span inside another (the literal forms, one automaton pass): nothing to leave out
    return _whole_names(layer, report)


def _whole_names(layer: list[Mention], report: float) -> list[Mention]:
    """``_whole`` of any layer, spans inside others or not."""
    by_key: dict[tuple, set[Span]] = {}
    for m in layer:
        if m.confidence >= report:
            by_key.setdefault((m.entity, m.kind), set()).add(m.span)
    covers = {key: _Covers(spans) for key, spans in by_key.items()}
    inside = [(m.entity, m.kind) in covers and covers[m.entity, m.kind].inside(m.span) for m in layer]
    parts: dict[tuple, list[tuple[int, int, float]]] = {}  # (entity, kind) -> (start, end, confidence), by start
    for m, gone in zip(layer, inside):
        if gone:
            parts.setdefault((m.entity, m.kind), []).append((m.span.start, m.span.end, m.confidence))
    for found in parts.values():
        found.sort()
    out = []
    for m, gone in zip(layer, inside):
        if gone:
            continue
        found = parts.get((m.entity, m.kind), ())
        i = bisect.bisect_left(found, (m.span.start, -1, -1.0))
        inner = []
        while i < len(found) and found[i][0] < m.span.end:
            if found[i][1] <= m.span.end:
                inner.append(found[i][2])
            i += 1
        out.append(as_sure_as_parts(m, inner))
    return out


def _apart(layer: list[Mention]) -> bool:
    """The layer's spans, in order, are each the one before it or begin where it ends or later (none lies inside
    another): what ``_whole`` would leave out is nothing."""
    last, reach = None, -1
    for m in layer:
        span = m.span
        if span != last:
            if span.start < reach or span.start >= span.end:
                return False
            last, reach = span, span.end
    return True


class _Covers:
    """Spans, asked whether another span lies inside one of them (in log time: a document names an entity
    thousands of times)."""

    def __init__(self, spans: set[Span]):
        ordered = sorted(spans)
        self.starts = [s.start for s in ordered]
        self.reach = list(itertools.accumulate((s.end for s in ordered), max))  # furthest end up to here
        self.same_start: dict[int, int] = {}  # start -> furthest end of the spans starting there
        for s in ordered:
            self.same_start[s.start] = max(self.same_start.get(s.start, s.end), s.end)

    def inside(self, span: Span) -> bool:
        """Some other span contains ``span``."""
        i = bisect.bisect_left(self.starts, span.start)  # spans starting before it
        return (i > 0 and self.reach[i - 1] >= span.end) or self.same_start.get(span.start, -1) > span.end


def _claim_order(layers: list[list[Mention]]) -> list[list[Mention]]:
    """The groups that claim spans in turn: per pass of the finders (the text as written, then without inserted
    pinyin), the literal forms first, then every sound-alike finder's candidates together, so that a sure
    candidate of one finder (a wrong surname) is not blocked by a weak one of another (a homophone of its first
    two characters), then the look-alikes (the last finder), which never take a span from a sound-alike but where
    ``_looks_before_sounds`` has dropped the sound-alike (NAM011)."""
    n = len(finders())
    groups = []
    for base in range(0, len(layers), n):
        run = layers[base:base + n]
        groups += [run[0], [m for layer in run[1:-1] for m in layer], run[-1]]
    return groups


def _inside_pinyin_names(layers: list[list[Mention]], warning: float) -> list[list[Mention]]:
    """The layers without a Latin form or pinyin of one entity (Yiling, a company's short name) that lies inside a
    longer pinyin name of another entity sure enough to be reported (Wu Yiling, a person's): a Latin word is part of
    the name it is written in, and that name is meant."""
    names = [m for layer in layers for m in layer if m.kind is MentionKind.ROMANIZED and m.confidence >= warning]
    if not names:
        return layers

    def inside(m: Mention) -> bool:
        return (m.kind.literal or m.kind is MentionKind.ROMANIZED) and m.surface.isascii() and any(
            n.entity != m.entity and n.span != m.span and n.span.contains(m.span) for n in names)

    return [[m for m in layer if not inside(m)] for layer in layers]


def _inside_kanji_names(layers: list[list[Mention]], warning: float) -> list[list[Mention]]:
    """The layers without a literal form of one entity that lies inside a longer kanji sound-alike of another entity,
    sure enough to be reported, whose name holds the form's characters in that place (楊柳青 inside 楊柳青画舎, a
    homophone of the studio 楊柳青画社 named after the town): the longer name is meant, one character of it other."""
    names = [m for layer in layers for m in layer if m.kind in KANJI_SOUND_KINDS and m.confidence >= warning
             and len(m.surface) == len(m.entity)]
    if not names:
        return layers
    # a span inside a name starts at one of its code points or at its end: no other mention is looked at further
    # (names are a few characters long, and a document holds a handful of them)
    held = {at for n in names for at in range(n.span.start, n.span.end + 1)}

    def inside(m: Mention) -> bool:
        if m.span.start not in held or not m.kind.literal:
            return False
        for n in names:
            if n.entity != m.entity and n.span != m.span and n.span.contains(m.span):
                at = m.span.start - n.span.start
                if simplified_form(m.surface) == simplified_form(n.entity)[at:at + len(m.surface)]:
                    return True
        return False

    return [[m for m in layer if not inside(m)] for layer in layers]


# the sound-alike kinds a look-alike of the same span and entity may claim the span from (``_looks_before_sounds``)
_LOOKED_AT = frozenset({MentionKind.NEAR_HOMOPHONE, MentionKind.HOMOPHONE, MentionKind.WRONG_SURNAME})


def _looks_before_sounds(layers: list[list[Mention]], warning: float) -> list[list[Mention]]:
    """The layers without a sound-alike that a look-alike of the same span and entity claims when the look-alike is
    as sure or sure enough for a warning: a near-homophone (黄宗義 for 黄宗羲: 義 looks like 羲, and yi is one letter
    from xi; the look-alike explains the whole change, the sound only most of it), and a homophone only by a rare
    reading of the written character (the look-alike finder makes no other beside a homophone: 荼, usually tu, read
    cha for 茶): the character misread by eye, which its usual reading does not explain; and a changed surname (汪宏鈞
    for 江宏鈞: 汪 looks like 江, and the surname finder takes any other surname before the person's given name): a
    surname that is the person's own but for one look-alike stroke is the surname misread, not another. Look-alikes
    otherwise never take a span from a sound-alike (``_claim_order``), nor from a near-homophone whose changed kanji
    reads as the name's own but for the nasal ending of its final (笙雲荷 for 笙雨荷: yun for yu, though 雨 is drawn
    inside 雲; ``homophone.written_by_ear``, data/confusable.tsv's coda): the initial and the vowel heard right, the
    slip was by ear."""
    seen = {(m.span, m.entity): m for layer in layers for m in layer if m.kind is MentionKind.LOOKALIKE}
    if not seen:
        return layers

    def kept(m: Mention) -> bool:
        if m.kind not in _LOOKED_AT:
            return True
        look = seen.get((m.span, m.entity))
        if look is None or look.confidence < min(m.confidence, warning):
            return True
        return m.kind is MentionKind.NEAR_HOMOPHONE and _by_ear(m.surface, look.detail)

    return [[m for m in layer if kept(m)] for layer in layers]


def _by_ear(window: str, form: str) -> bool:
    """The one kanji of ``window`` other than ``form``'s reads as it but for its nasal ending (``written_by_ear``)."""
    changed = [(a, b) for a, b in zip(window, form) if a != b]
    return len(window) == len(form) and len(changed) == 1 and written_by_ear(*changed[0])


def resolve(doc, compiled, layers: list[list[Mention]], current: Model | None = None, *,
            within: tuple[int, int] = (0, None)) -> list[Mention]:
    """Score the candidates, let the surest claim their spans, and mark those correct by context (the candidates
    of the stretch ``within``, the whole document by default)."""
    current = current or model()
    scored_layers = _looks_before_sounds(_inside_kanji_names(_inside_pinyin_names(
        [_whole([scored(m, current) for m in layer], current.report) for layer in layers], current.warning),
        current.warning), current.warning)
    claimed = [m for m in _claim(_claim_order(scored_layers), current.report)
               if not is_masked(doc, m.span) or _rejected_in_report(doc.text, m)]
    return one_note_a_place(mark_context(doc, compiled, claimed, within), current.warning)


def _surest_first(m: Mention) -> tuple[float, str]:
    return -m.confidence, m.entity


def one_note_a_place(mentions: list[Mention], warning: float) -> list[Mention]:
    """The mentions (in span order), those of one span and kind that name several entities, none sure enough for a
    warning and none correct by context, made one: the surest, with the others' entities (``Mention.others``, surest
    first; equals in the order of their entities' Chinese forms, so that every run writes the same note). A surface
    that reads as several glossary names equally well names none of them for sure, and one note that lists them says
    so; one note for each (with a large glossary, a katakana name one edit from twenty
    entities' readings) would bury the text's other notes. Candidates sure enough for a warning stay apart: each
    is its own finding, which a gate may count."""
    out: list[Mention] = []
    group: list[Mention] = []

    def flush() -> None:
        if len(group) > 1:
            surest, *rest = sorted(group, key=_surest_first)
            out.append(replaced(surest, others=tuple(m.entity for m in rest)))
        else:
            out.extend(group)
        group.clear()

    for m in mentions:
        foldable = not m.glossed and m.confidence < warning and not m.kind.literal
        if group and foldable and m.span == group[0].span and m.kind is group[0].kind:
            group.append(m)
            continue
        flush()
        if foldable:
            group.append(m)
        else:
            out.append(m)
    flush()
    return out


def _rejected_in_report(text: str, m: Mention) -> bool:
    """A rejected form that a labelled span masks where the text reports, in running prose, how another text renders
    the thing (英語の資料ではXと書かれている, Xと訳されている: a label, then the form and と): the rendering the glossary
    rejects, written in this text all the same, as `Xという英語名` is. Not a labelled form of a table row or an
    infobox (英語名：X, no と after it), nor the entity's own Chinese form (中国語ではXと書く: the original named)."""
    return m.kind is MentionKind.REJECTED and text.startswith("と", m.span.end) \
        and simplified_form(m.surface) != simplified_form(m.entity)


ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}$")  # an acronym in capitals right before a gloss: HSK(…)
ACRONYM_WORD = 4  # kanji at most of each word an acronym's letter stands for


def _acronym_of(text: str, opening: int, inner: Span) -> bool:
    """The gloss ``inner`` (opening at ``opening``) is all kanji and follows an acronym in capitals whose letters are
    the pinyin initials of its words, in order (`HSK(汉语水平考试)`: Hanyu Shuiping Kaoshi): the name the acronym
    abbreviates, cited in its own language and script, not a name left untranslated."""
    from ..phonetics.pinyin import char_readings  # noqa: PLC0415

    head = ACRONYM.search(text, max(0, opening - 6), opening)
    gloss = text[inner.start:inner.end]
    if head is None or not gloss or not all(map(is_kanji, gloss)):
        return False
    letters = head.group().lower()
    starts = {0}  # offsets of the gloss where the word for the next letter may begin
    for letter in letters:
        starts = {k + n for k in starts if k < len(gloss) and any(r.startswith(letter) for r in char_readings(gloss[k]))
                  for n in range(1, ACRONYM_WORD + 1) if k + n <= len(gloss)}
        if not starts:
            return False
    return len(gloss) in starts


def _cited_with_pinyin(text: str, m: Mention, inner: Span) -> bool:
    """A glyph variant in simplified characters whose gloss right after it holds only its own pinyin, syllable by
    syllable (`星河汇(xing he hui)`, `汉语(Hanyu)`): the writer cites the Chinese form with its reading, as a lesson or a
    guide does, not a name left in the source's script (a name left so has no reading beside it)."""
    from ..labels import reads_as  # noqa: PLC0415

    gloss = text[inner.start:inner.end].strip(SPACES)
    return bool(gloss) and all(c.isascii() and (c.isalpha() or c in " '-") for c in gloss) \
        and simplified_form(m.surface) == m.surface and reads_as(m.surface, gloss)


def mark_context(doc, compiled, mentions: list[Mention], within: tuple[int, int] = (0, None)) -> list[Mention]:
    """``mentions`` (sorted by start) with those correct by context marked ``glossed``."""
    if "mentions.context-sieve" not in doc.memo:  # once a document, not once a stretch
        doc.memo["mentions.context-sieve"] = sieve(doc.text)
    forms: dict[str, tuple[str, ...]] = {}  # entity -> its correct forms, asked once a stretch, not once a mention

    def correct_forms(zh: str) -> tuple[str, ...]:
        found = forms.get(zh)
        if found is None:
            found = forms[zh] = compiled.entry(zh).correct_forms
        return found

    return _mark_context(doc.text, mentions, correct_forms, within, lambda: document_about_readings(doc),
                         doc.memo["mentions.context-sieve"], lambda zh: compiled.entry(zh).type)


CHAINED_GLOSSES = 3  # glosses in a row after one name that all gloss it: 黄河(こうが)(ホワンホー)


def _chained_glosses(text: str, inner: Span, groups: dict[int, Span]) -> list[Span]:
    """The gloss ``inner`` and those that open right after it closes, spaces apart at most (長江(ちょうこう)(チャン
    チヤン): a reading in hiragana, then the Chinese one): each glosses the name before the first."""
    chain = [inner]
    while len(chain) < CHAINED_GLOSSES:
        pos = chain[-1].end + 1  # past the closing bracket
        while pos < len(text) and text[pos] in SPACES:
            pos += 1
        if pos not in groups:
            break
        chain.append(groups[pos])
    return chain


def _mark_context(text: str, mentions: list[Mention], correct_forms, within: tuple[int, int],
                  readings, marks, entity_type=lambda zh: None) -> list[Mention]:
    """Mark mentions that are correct by context: glosses, aliases, quoted forms, legal names.

    ``correct_forms(zh)`` gives an entity's correct forms (a gloss after 習 近平, spaced, still glosses it).
    The mentions lie in the stretch ``within`` of the text, whose glosses close on their own line.
    ``readings()`` tells whether the whole text is about readings (``context.about_readings``); ``marks``
    (``context.sieve``) which of the tests that need a mark in the text can hold in it; ``entity_type(zh)`` an
    entity's type (``_in_use_so``).
    """
    groups = {opening: inner for opening, inner in gloss_groups(text, *within)}
    opens = list(groups)  # in order
    starts = [m.span.start for m in mentions]  # mentions are sorted by start
    out = list(mentions)
    for i, head in enumerate(mentions):
        inner = None if gloss_beyond_reach(text, head.span.end, opens) \
            else gloss_after(text, head.span.end, groups, editions=head.kind.correct)  # a glyph variant is no gloss head
        if inner is None:
            k = bisect.bisect_right(opens, head.span.end)  # a longer name's gloss opens within LONGER_NAME after it
            if head.kind.correct and k < len(opens) and opens[k] <= head.span.end + LONGER_NAME:
                # 青石ミャオ族自治県(Qingshi Miao Autonomous County): 青石 as the English name spells it
                longer = english_gloss_of_longer_name(text, head.span.end, groups)
                lo, hi = (bisect.bisect_left(starts, longer.start), bisect.bisect_left(starts, longer.end)) \
                    if longer else (0, 0)
                for j in range(lo, hi):
                    if mentions[j].entity == head.entity:
                        out[j] = replaced(out[j], glossed=True)
            continue
        inside = []
        for group in _chained_glosses(text, inner, groups):  # 長江(ちょうこう)(チャンチヤン): a second gloss after the first
            lo, hi = bisect.bisect_left(starts, group.start), bisect.bisect_left(starts, group.end)
            inside += [j for j in range(lo, hi)
                       if group.contains(mentions[j].span) and mentions[j].entity == head.entity]
            if head.kind.correct:  # 星河浦 (Xīnghé pǔ): the reading of 星河 spells the head's part, not 星河 used
                parts = [j for j in range(lo, hi) if group.contains(mentions[j].span)
                         and mentions[j].kind is MentionKind.ROMANIZED and mentions[j].entity != head.entity
                         and any(f in head.surface and f != head.surface for f in correct_forms(mentions[j].entity))]
                for j in parts:
                    out[j] = replaced(out[j], glossed=True)
        for j in inside:
            if not misspelt_original(mentions[j]):
                out[j] = replaced(out[j], glossed=True)
        # Hu Jinchu（胡锦矗）: pinyin before the entity's own Chinese form, as a citation of the original gives both
        if not misspelt_original(head) and (
                any(mentions[j].kind in NAMING_KINDS for j in inside) or labelled_gloss(text, inner)
                or (head.kind is MentionKind.ROMANIZED and any(mentions[j].surface == head.entity for j in inside))):
            out[i] = replaced(out[i], glossed=True)
        if head.kind is MentionKind.GLYPH and _cited_with_pinyin(text, head, inner):
            out[i] = replaced(out[i], glossed=True)  # 星河汇(xing he hui): the Chinese form cited with its reading
        if head.kind.correct and reading_gloss(text, inner):
            for j in _other_forms_in_sentence(text, mentions, starts, i):
                out[i], out[j] = replaced(out[i], glossed=True), replaced(out[j], glossed=True)
    for opening, inner in groups.items():  # 習 近平（しゅう きんぺい、シー・チンピン）: the head has a space
        before = before_wiki_markup(text, opening)  # '''林 志強'''<ref>…</ref>（…）: the name before the footnote
        head = "".join(text[max(0, before - SPACED_HEAD):before].split())
        lo, hi = bisect.bisect_left(starts, inner.start), bisect.bisect_left(starts, inner.end)
        for j in range(lo, hi):
            if not out[j].glossed and not misspelt_original(out[j]) \
                    and any(h.endswith(f) or _split_by_gloss(text, h, inner, f)
                            for h in _with_and_without_suffix(head) for f in correct_forms(out[j].entity)):
                out[j] = replaced(out[j], glossed=True)
    for opening, inner in groups.items():  # HSK(汉语水平考试): an acronym expanded in the original it abbreviates
        if _acronym_of(text, opening, inner):
            lo, hi = bisect.bisect_left(starts, inner.start), bisect.bisect_left(starts, inner.end)
            for j in range(lo, hi):
                if out[j].kind is MentionKind.GLYPH:
                    out[j] = replaced(out[j], glossed=True)
    for j in _reading_after_name_in_bracket(text, out, groups, opens, correct_forms):
        out[j] = replaced(out[j], glossed=True)
    for i, j in _toned_beside_form(out) + _reading_after_form(out):
        out[i], out[j] = replaced(out[i], glossed=True), replaced(out[j], glossed=True)
    for j in _reading_in_row(text, out, correct_forms) + _romanised_in_row(text, out, correct_forms) \
            + _reading_below_headword(text, out, correct_forms) + _reading_in_lenticular(text, out, correct_forms):
        out[j] = replaced(out[j], glossed=True)
    for i in _named_beside(text, out, starts):
        out[i] = replaced(out[i], glossed=True)
    for i, m in enumerate(out):
        if m.kind is MentionKind.READING and not m.glossed and _reading_first(text, m.surface, correct_forms(m.entity)):
            out[i] = replaced(m, glossed=True)
    sounded = [i for i, m in enumerate(out) if m.kind in SOUNDED_KINDS and not m.glossed]
    if sounded and readings():  # シーチンピン読みとシージンピン読み: readings compared
        for i in sounded:
            out[i] = replaced(out[i], glossed=True)
    tags = "#" in text or "＃" in text  # no hashtag without its mark: in_hashtag's walk back is skipped
    for i, m in enumerate(out):
        if m.glossed:
            continue
        kind, span = m.kind, m.span  # (read once: the tests below ask for them a dozen times a mention)
        start, end = span
        correct = kind in CORRECT_KINDS
        # a form the glossary rejects stays wrong when the text calls the thing so (集采 rejected as 集採: 集採と呼ばれる)
        if kind is MentionKind.REJECTED and commented_form(text, span, correct_forms(m.entity)):
            out[i] = replaced(m, glossed=True)  # 「星河オペラ」という言い方も見かけますが…: the form explained
            continue
        so = kind in CALLED_SO_KINDS  # ``called_so`` (which reads the preferred form) holds for no other kind
        if (marks.aliases and introduced_as_alias(text, start)) \
                or (not (so and called_so(m, text, correct_forms(m.entity)[0]))
                    and not (kind is MentionKind.GLYPH and called_by(text, end, simplified_spelling(m.surface)))
                    and not (_in_use_so(m, entity_type) and called_by_alone(text, end))
                    and not (kind is MentionKind.ROMANIZED and written_also_so(text, end))
                    and named_as_such(text, end)) \
                or called_so_in_a_list(text, span) \
                or (kind != MentionKind.SPLIT_NAME and quoted_as_form(text, span)
                    and not (so and called_so(m, text, correct_forms(m.entity)[0]))
                    and not _glossed_misspelling(text, m, groups)) \
                or (tags and in_hashtag(text, span)) or ruby_reading(text, span) \
                or (kind is MentionKind.READING and reading_of_longer_word(text, span)) \
                or (kind in SOUNDED_KINDS and (read_so(text, end) or read_in_language(text, start)
                                               or reading_between_dashes(text, span, correct_forms(m.entity))
                                               or reading_after_quoted_name(text, span, correct_forms(m.entity))
                                               or reading_in_angle_brackets(text, span, correct_forms(m.entity)))) \
                or (in_chinese_line(text, span) and not misspelt_original(m)) \
                or (correct and legal_name(text, end)) or in_english_line(text, span) \
                or (kind is MentionKind.ROMANIZED
                    and (in_english_title(text, span) or english_page_link(text, span) or in_dictionary_sense(text, span)
                         or in_english_phrase(text, span) or spelt_so(text, span)
                         or in_english_legal_name(text, span)
                         or english_name_glossed(text, span, correct_forms(m.entity))
                         or english_name_of_kanji_before(text, span) or english_form_of_the_word_before(text, span)
                         or english_name_of_title(text, span, correct_forms(m.entity))
                         or other_spelling_in_brackets(text, span, correct_forms(m.entity))
                         or reading_as_sentence(text, span, correct_forms(m.entity))
                         or english_byline(text, span) or country_in_english_name(text, span))) \
                or (kind in (MentionKind.ROMANIZED, MentionKind.KATAKANA) and katakana_of_english_name(text, span)) \
                or (correct and listed_name(text, end)) \
                or (marks.bullets and in_glossary_line(text, span, correct_forms(m.entity))) \
                or (marks.arrows and converted_to(text, span, correct_forms(m.entity))) \
                or (marks.slashes and paired_by_slash(text, span, correct_forms(m.entity))) \
                or (marks.bullets and in_term_list(text, start, end)) \
                or (kind is MentionKind.GLYPH and (cited(text, start) or source_quoted(text, span)
                                                   or original_after_latin_name(text, span)
                                                   or registered_name(text, span)
                                                   or translated_quote(text, span, correct_forms(m.entity))
                                                   or original_beside_its_form(text, span, correct_forms(m.entity))
                                                   or other_script_in_angle_brackets(text, span,
                                                                                     correct_forms(m.entity)))) \
                or (kind in SOUNDALIKE_KINDS and marks.bullets and namesake_entry(text, span)) \
                or (kind in SHOWN_KINDS and form_shown(text, span, correct_forms(m.entity))):
            out[i] = replaced(m, glossed=True)
    return out


# kinds of mention that are the name in use, not another name of it, when the text calls the thing so (Xの名で知られる,
# Xと呼ばれる): another name's characters, and a person's or place's pinyin, whole or half (the pinyin of a person's
# name is no name a Japanese text signs, calls or registers him by)
IN_USE_KINDS = OTHER_KANJI_KINDS | {MentionKind.SPLIT_NAME}
IN_USE_ROMANIZED = frozenset({EntityType.PERSON, EntityType.PLACE})


def _in_use_so(m: Mention, entity_type) -> bool:
    """True when ``m``, called so by the text (``called_by_alone``), is the name in use written wrong: a kind of
    ``IN_USE_KINDS``, or a person's or place's pinyin (``IN_USE_ROMANIZED``); a brand's or a term's Latin name may be
    what it is sold or known under."""
    return m.kind in IN_USE_KINDS or (m.kind is MentionKind.ROMANIZED and entity_type(m.entity) in IN_USE_ROMANIZED)


def _glossed_misspelling(text: str, m: Mention, groups: dict[int, Span]) -> bool:
    """A misspelt original (``misspelt_original``) quoted and glossed right after its quotation (『紅高粱家』(簡体字:
    红高粱家族、ピンイン: …) for 紅高粱家族): the title used and its forms listed, not a form talked about; the
    gloss's labels are no talk about the quotation."""
    return misspelt_original(m) and gloss_after(text, m.span.end + 1, groups) is not None


def _reading_first(text: str, reading: str, forms: tuple[str, ...]) -> bool:
    """True when the text writes the name's reading with the name in brackets right after it (ウェイ・ズーハオ（隗子豪、
    29歳）, a sports page's way): it chose the reading as the name's form and gives the characters once, so its other
    uses of the reading alone (a headline's, a quote's) are that form. A text that writes the name first (隗子豪（ウェイ
    ・ズーハオ）) has chosen the characters."""
    return any(f"{reading}{opening}{form}" in text for opening in "（(" for form in forms if form)


def _with_and_without_suffix(head: str) -> tuple[str, ...]:
    """The text before a gloss, and without the name suffix it ends with (楊 元慶氏（ヤン…）: 楊元慶, the name the gloss
    reads)."""
    suffix = next((s for kind in name_context().values() for s in kind if head.endswith(s) and len(head) > len(s)), "")
    return (head, head[:-len(suffix)]) if suffix else (head,)


def _split_by_gloss(text: str, head: str, inner: Span, form: str) -> bool:
    """A place's form with its reading glossed before its suffix (星河（シンホー）区 for 星河区): the
    gloss reads the name without its 区 or 市, which follows the closing parenthesis."""
    after = text[inner.end + 1:inner.end + 1 + SPLIT_SUFFIX]
    return any(form.endswith(s) and len(form) > len(s) and after.startswith(s) and head.endswith(form[:-len(s)])
               for s in name_context().get(EntityType.PLACE, ()))


NESTED_BRACKETS = 3  # brackets opened before a reading searched for the one around it
READING_SEPARATORS = "、，,：:"  # what stands between a name and its reading inside one bracket (雍書銘さん、ヨン・…)


def _reading_after_name_in_bracket(text: str, mentions: list[Mention], groups: dict[int, Span], opens: list[int],
                                   correct_forms) -> list[int]:
    """Readings inside a bracket that follow a correct form of their entity in the same bracket, perhaps with its
    name suffix, and a comma or colon (（講師：星河龍さん、シンホーロン）): the bracket gives the name, then how it is
    read, as a gloss after it does. The reading must end the bracket or its item (a comma or colon after it); a
    katakana name that goes on into a sentence inside a bracket is still the name used."""
    out = []
    for j, m in enumerate(mentions):
        if m.kind not in SOUNDED_KINDS or m.glossed:
            continue
        k = bisect.bisect_left(opens, m.span.start)  # the innermost bracket around it: nested ones open after
        inner = next((groups[o] for o in reversed(opens[max(0, k - NESTED_BRACKETS):k])
                      if m.span.end <= groups[o].end), None)
        if inner is None or text[m.span.end:inner.end].lstrip(SPACES)[:1] not in ("", *READING_SEPARATORS):
            continue
        head = text[inner.start:m.span.start].rstrip(SPACES)
        if not head or head[-1] not in READING_SEPARATORS:
            continue
        head = head[:-1].rstrip(SPACES)
        if any(h.endswith(f) for h in _with_and_without_suffix(head) for f in correct_forms(m.entity)):
            out.append(j)
    return out


def _reading_after_form(mentions: list[Mention]) -> list[tuple[int, int]]:
    """Pairs of a correct form and the glossary's reading of it, or katakana that spell its Mandarin sound, right after
    it with nothing between (星河龍シンホーロン, an Aozora text's 車夫チョーフー): ruby over the name, flattened into the
    text when the page was copied, still glosses it."""
    return [(i, i + 1) for i in range(len(mentions) - 1)
            if mentions[i].kind.correct and mentions[i + 1].kind in SOUNDED_KINDS
            and mentions[i].entity == mentions[i + 1].entity and mentions[i].span.end == mentions[i + 1].span.start]


def _reading_in_row(text: str, mentions: list[Mention], correct_forms) -> list[int]:
    """Readings (the glossary's, or katakana that spells the name's sound) that follow a correct form of their entity
    on the same line with only a table's cell separators between (spaces, tabs, bars), the form perhaps spaced itself
    (a roster's row `4　星河　龍　　シンホーロン　G`): a column of readings beside a column of names gives each name's
    reading, as a gloss does."""
    out = []
    for j, m in enumerate(mentions):
        if m.kind in SOUNDED_KINDS and not m.glossed:
            line_start = text.rfind("\n", 0, m.span.start) + 1
            before = len(text[line_start:m.span.start].rstrip(CELL_FILLER)) + line_start
            if before < m.span.start:  # a separator, not the name glued to it (that is ``_reading_after_form``)
                head = "".join(text[max(line_start, before - SPACED_HEAD):before].split())
                if any(head.endswith(f) for f in correct_forms(m.entity)):
                    out.append(j)
    return out


def _reading_in_lenticular(text: str, mentions: list[Mention], correct_forms) -> list[int]:
    """Readings that are all a `【】` holds right after a correct form of their entity on its line, the form perhaps
    spaced (`星 河【せい が】`, `星河【シンホー】`): a list of characters or a dictionary gives each headword its reading in
    that bracket, as a gloss in parentheses does."""
    out = []
    for j, m in enumerate(mentions):
        start, end = m.span
        if m.kind in SOUNDED_KINDS and not m.glossed and text[start - 1:start] == "【" and text[end:end + 1] == "】":
            lo = text.rfind("\n", 0, start) + 1
            head = "".join(text[max(lo, start - 1 - SPACED_HEAD):start - 1].split())
            if any(f and head.endswith("".join(f.split())) for f in correct_forms(m.entity)):
                out.append(j)
    return out


HEADWORD_BRACKETS = {**PAIRS, **ANGLE_BRACKETS}  # what may hold a headword's other form or its reading on its line
HEADWORD_OPENER = {close: opening for opening, close in HEADWORD_BRACKETS.items()}
HEADWORD_GAP = 2  # line breaks at most between a headword's line and its reading's (one blank line between)


def _reading_below_headword(text: str, mentions: list[Mention], correct_forms) -> list[int]:
    """Readings that are all of their line, perhaps in one bracket (`（しんがりゅう）`) or before one (dates: `しんがりゅう
    (710-770)`), right under a line that is a correct form of their entity alone, perhaps before its other script in
    one bracket (`星河龍〈星河龙〉`), a blank line between at most; or the same part of both lines where slashes part
    them alike (`星河龍 / 星河公` above `しんがりゅう / しんがこう`): a dictionary's entry gives its headword, then how the
    headword is read, as a gloss does."""
    out = []
    for j, m in enumerate(mentions):
        if m.kind not in SOUNDED_KINDS or m.glossed:
            continue
        start, end = text.rfind("\n", 0, m.span.start) + 1, text.find("\n", m.span.end)
        above = start  # where the line above ends, blank lines and spaces skipped
        while above > 0 and start - above <= HEADWORD_GAP and text[above - 1] in "\n" + SPACES:
            above -= 1
        if not above or start - above > HEADWORD_GAP:
            continue
        parts = SLASH.split(text[start:len(text) if end < 0 else end])
        heads = SLASH.split(text[text.rfind("\n", 0, above) + 1:above])
        k = len(SLASH.findall(text, start, m.span.start))
        if len(parts) == len(heads) and _headword(parts[k]) == m.surface \
                and _headword(heads[k]) in correct_forms(m.entity):
            out.append(j)
    return out


def _headword(s: str) -> str:
    """What ``s`` holds without one pair of brackets around all of it (`（しんがりゅう）`: しんがりゅう), or without the one
    bracket that ends it (`星河龍〈星河龙〉`, `しんがりゅう(710-770)`: the word before it); ``s`` itself when neither."""
    s = s.strip(SPACES)
    close = HEADWORD_BRACKETS.get(s[:1])
    if len(s) > 2 and s[-1] == close and close not in s[1:-1]:
        return s[1:-1].strip(SPACES)
    opening = HEADWORD_OPENER.get(s[-1:])
    return s[:s.rfind(opening)].strip(SPACES) if opening and s.rfind(opening) > 0 else s


def _romanised_in_row(text: str, mentions: list[Mention], correct_forms) -> list[int]:
    """Romanised names in the cell before a correct form of their entity on the same line, only a table's cell
    separators and the cell's other Latin words between (a wiki's table of characters, each row an image's English
    label, then the name: `Yun Jin Icon 雲菫 星4`): the row gives the name in both scripts, as a gloss does."""
    out = []
    for j, m in enumerate(mentions):
        if m.kind is MentionKind.ROMANIZED and not m.glossed:
            k = m.span.end
            while k < len(text) and (text[k] in CELL_FILLER or (text[k].isascii() and text[k].isalpha())):
                k += 1
            if k > m.span.end and "\n" not in text[m.span.end:k] \
                    and any(text.startswith(f, k) for f in correct_forms(m.entity)):
                out.append(j)
    return out


def _named_beside(text: str, mentions: list[Mention], starts: list[int]) -> list[int]:
    """Near-homophones (one syllable away) in the same sentence as a correct form of their entity that differs only
    in one of its last two characters: another person named beside it (`王志錦には弟の王志均がおり`, `子は林玄之・林献之`:
    brothers share a surname and a generation character, second or last), not a slip, which a writer does not make within the sentence that spells the name right, or a
    name of two kanji listed right beside it (`星拠、星宇`: a list names each person once); or
    one of a family's roll in its paragraph (``_in_family_roll``). A near-homophone the text calls the person by (`王志錦は王志均の名で署名した`: ``called_by_alone``) is the same
    person's name written wrong, not a brother named beside him."""
    out = []
    for i, m in enumerate(mentions):
        if m.kind is MentionKind.NEAR_HOMOPHONE and not m.glossed and not called_by_alone(text, m.span.end):
            where = sentence_around(text, m.span)
            lo, hi = bisect.bisect_left(starts, where.start), bisect.bisect_left(starts, where.stop)
            if any(mentions[j].entity == m.entity and mentions[j].kind.correct
                   and (_siblings(mentions[j].surface, m.surface)
                        or _listed_together(text, mentions[j], m))
                   for j in range(lo, hi)) or _in_family_roll(text, mentions, starts, m):
                out.append(i)
    return out


FAMILY_ROLL = 2  # other people, at least, named right in the paragraph with the name's head and another last character


def _in_family_roll(text: str, mentions: list[Mention], starts: list[int], m: Mention) -> bool:
    """The paragraph names, right, two people or more whose names differ from the near-homophone only in one of their
    last two characters (``_siblings``) (`星河瑞の子は星河仁、孫は星河京。…叔父の星河玄`: a family's roll, a compound surname and one character
    each): the near-homophone is one more of them, not a slip of one."""
    lo = text.rfind("\n\n", 0, m.span.start) + 1
    hi = text.find("\n\n", m.span.end)
    a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, len(text) if hi < 0 else hi)
    kin = {mentions[j].entity for j in range(a, b)
           if mentions[j].kind.correct and _siblings(mentions[j].surface, m.surface)}
    return len(kin) >= FAMILY_ROLL


LIST_JOINS = ("、", "・", "と", "や", "，", ",")  # what joins two items of a list of people


def _listed_together(text: str, a: Mention, b: Mention) -> bool:
    """Two kanji names of two characters, one surname and another given name (星拠, 星宇), joined as two items of one
    list (`星拠、星宇の兄`: a man's brothers named): a list names each person once, so the near-homophone is another
    person, not a slip of the one beside it."""
    first, second = (a, b) if a.span.start < b.span.start else (b, a)
    return len(a.surface) == len(b.surface) == 2 and a.surface[0] == b.surface[0] \
        and all(map(is_kanji, a.surface + b.surface)) and text[first.span.end:second.span.start] in LIST_JOINS


GIVEN_NAME_TAIL = 2  # the characters of a name's end that brothers' names may differ in, the other one shared


def _siblings(a: str, b: str) -> bool:
    """Two kanji names of one length that differ in one character only, one of their last two, the other shared:
    brothers named with a generation character, second (王志錦, 王志均) or last (林玄之, 林献之)."""
    if not (len(a) == len(b) > 2 and all(map(is_kanji, a + b))):
        return False
    differ = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(differ) == 1 and differ[0] >= len(a) - GIVEN_NAME_TAIL


def _toned_beside_form(mentions: list[Mention]) -> list[tuple[int, int]]:
    """Pairs of a name in pinyin with tone marks and a correct form of the same entity right beside it (at most one
    space apart: 張芸謀 Zhāng Yìmóu, Zhāng Yì Móuチャンイーモウ): a pronunciation taught, as a lesson or a dictionary
    gives it. A translation that leaves pinyin in its text does not add the tones."""
    out = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if a.entity != b.entity or b.span.start - a.span.end > 1:
            continue
        toned, other = (a, b) if a.kind is MentionKind.ROMANIZED else (b, a)
        if toned.kind is MentionKind.ROMANIZED and other.kind.correct and strip_tones(toned.surface) != toned.surface:
            out.append((i, i + 1))
    return out


def _other_forms_in_sentence(text: str, mentions: list[Mention], starts: list[int], i: int) -> list[int]:
    """Mentions of entity ``mentions[i]`` written in another correct form in the same sentence: a sentence that
    gives a person's two names, one of them with its reading (ジャッキー・チェンは中国語では成龍(チェンロン)という
    名前だ), equates the names rather than using them."""
    head = mentions[i]
    where = sentence_around(text, head.span)
    lo, hi = bisect.bisect_left(starts, where.start), bisect.bisect_left(starts, where.stop)
    return [j for j in range(lo, hi) if j != i and mentions[j].entity == head.entity and mentions[j].kind.correct
            and mentions[j].surface != head.surface]


CALLED_SO_KINDS = frozenset({MentionKind.REJECTED, MentionKind.KATAKANA})  # the kinds of mention ``called_so`` holds for


def called_so(m: Mention, text: str, preferred: str) -> bool:
    """A rejected form that the text calls the thing by, quoted or not (「B駅」と呼ばれる): still the wrong name. So is
    another katakana spelling of a name whose preferred form is katakana itself (シンホーという名前で売られる for
    the glossary's シンフー): a misspelling of the name, not another name of the thing."""
    if m.kind not in CALLED_SO_KINDS:
        return False
    return (m.kind is MentionKind.REJECTED
            or (m.kind is MentionKind.KATAKANA and KATAKANA_RUN.fullmatch(preferred) is not None)) \
        and named_as_such(text, m.span.end)


def _finder_layers(doc, compiled) -> list[list[Mention]]:
    """Every finder's mentions; then, when pinyin is inserted after characters (習(xí)近平), the mentions found
    in the text without it, mapped back (they yield to anything found in the text as written)."""
    layers = [finder(doc, compiled) for finder in finders()]
    asides = inserted_pinyin(doc.text)
    if asides:
        text, where = set_aside(doc.text, asides)
        reading = Document(text, doc.path)
        for finder in finders():
            moved = []
            for m in finder(reading, compiled):
                span = Span(where[m.span.start], where[m.span.end - 1] + 1)
                moved.append(replaced(m, span=span))  # the surface stays as read: 周海涛, not 周(zhōu)海涛
            layers.append(moved)
    return layers


def annotate(doc, compiled) -> MentionLayer:
    """Write the document's ``mentions`` layer (once): find candidates, score them, claim spans, mark glosses.

    A document longer than one window of the rules (``textqa.tokens.windows``) is searched stretch by stretch
    (``_stretch_by_stretch``), with the same answers."""
    if LAYER not in doc.layers:
        keep = bool(doc.memo.get(KEEP_EVIDENCE))
        stretches = [] if keep else _stretches(doc)
        if len(stretches) > 1 and not inserted_pinyin(doc.text):
            doc.add_layer(LAYER, _stretch_by_stretch(doc, compiled, stretches))
        else:
            found = candidates(doc, compiled, model())
            doc.add_layer(LAYER, MentionLayer(reported(compiled, resolve(doc, compiled, found)), keep_features=keep))
        release_runs(doc)
        if not keep:  # the finders' layers and evidence are read by finders only
            _release_finders(doc)
    return doc.layers[LAYER]


def reported(compiled, mentions: list[Mention]) -> list[Mention]:
    """The resolved mentions with the kind each is reported as (``surname.reported_kind``: a changed surname misheard
    or another one); the candidates keep the kind their finder gave them, which the scorer and its fit weigh."""
    from .surname import reported_kind  # noqa: PLC0415 - the finders import this module's siblings first

    idx = compiled.indexes
    return [reported_kind(m, idx) if m.kind in CHANGED_SURNAME_KINDS else m for m in mentions]


CHANGED_SURNAME_KINDS = frozenset({MentionKind.WRONG_SURNAME, MentionKind.NEAR_HOMOPHONE, MentionKind.HOMOPHONE})


def _release_finders(doc) -> None:
    release_runs(doc)
    doc.memo.pop("token-evidence", None)
    for finder_layer in [k for k in doc.layers if k.startswith(LAYER + ".")]:
        del doc.layers[finder_layer]


def _stretches(doc) -> list[tuple[int, int]]:
    """The document as the stretches of text its rules' windows cover, each from a line start after a line feed
    (no run of one script, literal form or gloss crosses it) to the next."""
    from ..tokens import WINDOW_CHARS, windows  # noqa: PLC0415 - read at each call (tests set a small WINDOW_CHARS)

    if len(doc.text) < WINDOW_CHARS:  # its paragraphs fill one window at most: one stretch, with no walk through them
        return [(0, len(doc.text))]
    starts = [0]
    for n, window in enumerate(windows(doc)):
        start = window[0].start
        if n and start > starts[-1] and doc.text[start - 1] == "\n":
            starts.append(start)
    return list(zip(starts, [*starts[1:], len(doc.text)]))


def _stretch_by_stretch(doc, compiled, stretches: list[tuple[int, int]]) -> MentionLayer:
    """The mentions layer of a long document, found one stretch at a time: only one stretch's candidates and token
    evidence are held, and its mentions are kept as a compact layer. What a candidate needs of the rest of the
    document is kept in counters: the entities written in a literal form anywhere (found first, in a pass of the
    literal forms alone), the entities that the finders before the surname finder name (the surname finder's
    condition), and the first and last stretch where each entity has a sound-alike candidate (``echoed``). A stretch
    resolved before a later one showed that what it assumed (an entity named nowhere else, not yet mentioned) was
    wrong is resolved again, so the layer is the one the whole document at once gives."""
    from .surname import EARLIER  # noqa: PLC0415

    scope = doc.memo[SCOPE] = Scope(0, 0, set(), set())
    floor = model()
    try:
        for scope.start, scope.end in stretches:
            scope.named.update(zh for _, _, zh, _ in exact_matches(doc, compiled))
        scope.mentioned = set(scope.named)
        seen: dict[str, list[int]] = {}  # entity -> [first, last] stretch where a candidate has features
        pieces = [EMPTY] * len(stretches)
        assumed: list[tuple[set, set]] = [(set(), set())] * len(stretches)

        def search(k: int) -> None:
            scope.start, scope.end = stretches[k]
            scope.unmet = set()
            with _floor(doc, floor):
                layers = [finder(doc, compiled) for finder in finders()]
            for m in itertools.chain.from_iterable(layers):
                if (type(m) is Dropped or m.features is not None) and m.kind is not MentionKind.LOOKALIKE:
                    for entity in named_in((m,)):
                        first_last = seen.setdefault(entity, [k, k])
                        first_last[0], first_last[1] = min(first_last[0], k), max(first_last[1], k)
            for name in EARLIER:
                scope.mentioned.update(named_in(doc.layers.get(name, ())))
            lonely: set[str] = set()
            found = completed(compiled, layers, lambda entity: seen.get(entity, [k, k]) != [k, k], lonely, floor)
            pieces[k] = MentionLayer(reported(compiled, resolve(doc, compiled, found, within=stretches[k])))
            assumed[k] = (lonely, scope.unmet)
            _release_finders(doc)

        for k in range(len(stretches)):
            search(k)
        wrong = True
        while wrong:  # the mentioned entities are all known now; a stretch searched again may add candidates
            wrong = False
            for k, (lonely, unmet) in enumerate(assumed):
                if unmet & scope.mentioned or any(seen[entity] != [k, k] for entity in lonely):
                    search(k)
                    wrong = True
    finally:
        del doc.memo[SCOPE]
    return MentionLayer(_joined(pieces))


def _joined(pieces: list[MentionLayer]):
    """The stretches' mentions in order, each pair side by side marked as ``_mark_context`` marks it within one
    stretch (``_toned_beside_form``: a toned pinyin name at a line's end, a form of it at the next line's start)."""
    last = None
    for m in itertools.chain.from_iterable(pieces):
        if last is not None and _toned_beside_form([last, m]):
            last, m = replaced(last, glossed=True), replaced(m, glossed=True)
        if last is not None:
            yield last
        last = m
    if last is not None:
        yield last
