"""Align a Chinese source with its Japanese translation: paragraphs, then sentences within each paragraph link.

A dynamic programme over beads 1-1, 1-2, 2-1, 1-0 (omission) and 0-1 (addition). A bead's cost is
- a length cost in the manner of Gale and Church: the Japanese length is modelled as normal around
  ``ratio`` times the Chinese length, with variance ``variance`` per Chinese character (a piece of the translation
  left in Chinese, whole or a run of kanji inside a sentence, counts ``ratio`` times its length: ``target_length``);
- a content cost, ``content`` × (1 − similarity), where similarity is the Dice overlap of the two sides' anchors:
  the hanzi they share (Japanese kanji read as simplified Chinese), numbers by value, Latin words, glossary names
  (the source form against any rendering the mention finders link to it) and quotes and brackets;
- the bead shape's prior.
The weights are data (``data/align.toml``), fitted by ``scripts/fit_alignment.py``. Passes after the search relink
what its shapes cannot say (a sentence split in three: ``_gathered``) or what lengths misled it.
"""
from __future__ import annotations

import functools
import math
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from ..charclass import SENTENCE_CLOSERS, SENTENCE_ENDS, is_kanji
from ..findings import Span
from ..wordlists import package_text

SHAPES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))
SOURCE_SENTENCE_END = re.compile(rf"[{SENTENCE_ENDS}；;]+[{re.escape(SENTENCE_CLOSERS)}]*|……[{re.escape(SENTENCE_CLOSERS)}]*")
TARGET_SENTENCE_END = re.compile(rf"[{SENTENCE_ENDS}]+[{re.escape(SENTENCE_CLOSERS)}]*")
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.'\-]*[A-Za-z0-9]|[A-Za-z]")
QUOTES = "“”「」『』《》〈〉\"‘’"
STRAIGHT_QUOTES = "\"'"


@functools.lru_cache(maxsize=1)
def model() -> dict:
    return tomllib.loads(package_text("textqa.bilingual", "data/align.toml"))


def threshold(name: str) -> float:
    """One threshold of the ``[evidence]`` table of data/align.toml (alignment evidence the BIL rules read)."""
    return float(model()["evidence"][name])


class Level(StrEnum):
    """What a link pairs: paragraphs, or the sentences of one paragraph link."""

    PARAGRAPH = "paragraph"
    SENTENCE = "sentence"


@dataclass(frozen=True)
class Link:
    """Source spans ↔ target spans (0, 1 or 2 on each side), with the position of an empty side.

    ``at`` is the offset in the side that is empty where the missing text would have been.
    """

    level: Level
    source: tuple[Span, ...]
    target: tuple[Span, ...]
    score: float  # 0..1, how well the two sides fit (length and content)
    at: int = 0

    @property
    def shape(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    @property
    def one_to_one(self) -> bool:
        """One span on each side: neither merged, nor split, nor left out."""
        return len(self.source) == len(self.target) == 1

    @property
    def source_span(self) -> Span | None:
        return Span(self.source[0].start, self.source[-1].end) if self.source else None

    @property
    def target_span(self) -> Span | None:
        return Span(self.target[0].start, self.target[-1].end) if self.target else None


@dataclass
class Unit:
    """One paragraph or sentence as the aligner sees it."""

    span: Span
    length: float  # as the length model reads it (target_length for the translation)
    anchors: Counter = field(default_factory=Counter)
    bare: float | None = None  # a translation's length without the conversions it adds in parentheses, if any
    ones: frozenset[str] = frozenset()  # the counters of the ones it counts (numbers.counted_ones: 一块 gives 块)
    measured: tuple[frozenset[str], ...] = ()  # each number's dimensions of measure (numbers.measured: 两万多公斤
    # gives mass; 2000キロ, length or mass)

    @property
    def unconverted(self) -> float:
        return self.length if self.bare is None else self.bare


def heading_ends(chunk: str) -> list[int]:
    """Where a heading ends inside a paragraph: after a line with no sentence end, at most ``heading-length`` long
    (non-space characters), that a line at least ``heading-ratio`` times as long follows (data/align.toml): a page's
    headline above its first paragraph, one paragraph a line, which the document runs on into that paragraph (as a
    line broken off mid-sentence). It is a sentence of its own: an edition drops or rewrites the headline, and its
    names and numbers are not the first sentence's."""
    from ..document import LINE_ENDS

    lines = chunk.split("\n")
    out, at = [], 0
    for line, below in zip(lines, lines[1:]):
        at += len(line) + 1
        head = line.strip()
        if 0 < length(head) <= threshold("heading-length") and not head.endswith(LINE_ENDS) \
                and length(below) >= threshold("heading-ratio") * length(head):
            out.append(at)
    return out


def heading(text: str) -> bool:
    """A sentence that is a heading: no sentence end in it nor closing mark at its end, each of its lines at most
    ``heading-length`` long."""
    from ..document import LINE_ENDS

    text = text.strip()
    return bool(text) and not text.endswith(LINE_ENDS) and not any(ch in SENTENCE_ENDS + "；;" for ch in text) and all(
        length(line) <= threshold("heading-length") for line in text.split("\n"))


def sentences(text: str, span: Span, end_re: re.Pattern) -> list[Span]:
    """Sentence spans inside ``span`` (leading and trailing space left out): a heading above the paragraph's first
    line (``heading_ends``) is one.

    A straight quote right after a sentence end closes the sentence when it closes a quotation (an odd number of
    them before it: 说："……。"他说); a piece with no letter at all (a stray quote or bracket) joins the sentence before.
    """
    out, start = [], span.start
    chunk = text[span.start:span.end]
    for end in sorted({m.end() for m in end_re.finditer(chunk)} | set(heading_ends(chunk))):
        while end < len(chunk) and chunk[end] in STRAIGHT_QUOTES and chunk.count(chunk[end], 0, end) % 2:
            end += 1
        if end <= start - span.start:
            continue
        out.append(Span(start, span.start + end))
        start = span.start + end
    if start < span.end:
        out.append(Span(start, span.end))
    trimmed: list[Span] = []
    for s in out:
        piece = text[s.start:s.end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if s.end - trail <= s.start + lead:
            continue
        if trimmed and not any(ch.isalnum() for ch in piece):
            trimmed[-1] = Span(trimmed[-1].start, s.end - trail)
            continue
        trimmed.append(Span(s.start + lead, s.end - trail))
    return trimmed


@functools.lru_cache(maxsize=65536)
def as_simplified(ch: str) -> str:
    from ..glossary.forms import simplified_form

    return simplified_form(ch)


# the kinds of anchor ``text_anchors`` and a pair's glossary names give a piece of text, each a key's prefix
HANZI_KEY = "h:"  # a hanzi, simplified (h:财)
NUMBER_KEY = "n:"  # a number's value (n:1200)
LATIN_KEY = "l:"  # a Latin word, lowercased (l:byd)
NAME_KEY = "e:"  # a glossary name (bilingual.pair)
QUOTE_KEY = "q"  # a quotation mark
SAID_KEY = "q?"  # words said with no quotation marks, which a translation may quote: marks only where the other side has
ONE = NUMBER_KEY + "1"  # the number 1's anchor
COUNTED_KEYS = (NUMBER_KEY, NAME_KEY)  # what a sentence may lose that a length model cannot tell: numbers and names


def text_anchors(text: str, *, japanese: bool, found=None) -> Counter:
    """Anchors of a piece of text that need no glossary: hanzi, numbers, Latin words, quotes. ``found``: the text's
    ``numbers.quantities`` where the caller has them already."""
    from .numbers import quantities

    out: Counter = Counter()
    for ch in text:
        if is_kanji(ch):
            out[HANZI_KEY + (as_simplified(ch) if japanese else ch)] += 1
        elif ch in QUOTES:
            out[QUOTE_KEY] += 1
    for q in quantities(text) if found is None else found:
        out[NUMBER_KEY + str(q.value)] += 2
    for m in ASCII_WORD.finditer(text):
        out[LATIN_KEY + m.group().lower()] += 2
    if not japanese and not out[QUOTE_KEY] and _speech().search(text):
        out[SAID_KEY] += 2  # words said with no quotation marks (他说，心急的人做不了这个活。), which a translation may
        # render as a quotation (「気の短い人には…」と彼は言う) or not (…と話す): the pair of marks, if the other side has them
    return out


@functools.lru_cache(maxsize=1)
def _speech() -> re.Pattern:
    """A source's word of saying (terms.toml `speech-after`) before a comma or a colon that opens the words said (他说，
    心急的人…)."""
    from .terms import _terms_data  # noqa: PLC0415 - terms reads this module's anchors: imported once it is loaded

    words = "|".join(map(re.escape, sorted(_terms_data()["speech-after"], key=len, reverse=True)))
    return re.compile(f"(?:{words})[{SPEECH_OPENERS}]")


SPEECH_OPENERS = "，：,:"  # what follows a word of saying that opens the words said (他说，… / 他说：“…”)


def length(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def target_length(text: str) -> float:
    """The length of a piece of the translation as the length model reads it: a piece left in Chinese (no kana, at
    least `untranslated-hanzi` hanzi) is as long as its source, so it counts `ratio` times its length, as Japanese
    that long would."""
    from .pair import kana_share

    share, hanzi = kana_share(text)
    ratio = model()["length"]["ratio"]
    if not share and hanzi >= threshold("untranslated-hanzi"):
        return length(text) * ratio
    return length(text) + (ratio - 1) * chinese_left(text)


def chinese_left(text: str) -> int:
    """The kanji of ``text`` in runs left in Chinese inside Japanese (…行き交い、一车车货物从这里发往东北和西北。): runs of at
    least `untranslated-hanzi` kanji with a character Japanese never writes (``is_simplified_only``). Such a run is
    as long as its source, where its translation would be ``ratio`` times that: a sentence half left in Chinese is
    not one an editor condensed."""
    from ..charclass import KANJI_RUN
    from ..glossary.forms import is_simplified_only

    least = threshold("untranslated-hanzi")
    return sum(len(m.group()) for m in KANJI_RUN.finditer(text)
               if len(m.group()) >= least and any(is_simplified_only(ch) for ch in m.group()))


def _norm_sf(z: float) -> float:
    """Two-sided tail probability of a standard normal deviate."""
    return math.erfc(abs(z) / math.sqrt(2))


def length_cost(ls: int, lt: int) -> float:
    m = model()["length"]
    if ls == 0 and lt == 0:
        return 0.0
    mean = (ls + lt / m["ratio"]) / 2
    z = (lt - ls * m["ratio"]) / math.sqrt(max(mean, 1) * m["variance"])
    return -math.log(max(_norm_sf(z), 1e-12))


def similarity(a: Counter, b: Counter) -> float:
    """Dice overlap of two anchor multisets."""
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def content_fit(a: Counter, b: Counter) -> float:
    """Mean of the Dice overlap and the containment of the smaller side: a translation that drops a sentence
    still has its anchors contained in the source, where an unrelated paragraph of similar length has not. Words said
    with no quotation marks count as quoted up to the marks the other side has (``SAID_KEY``), and as nothing else."""
    a, b = _said(a, b), _said(b, a)
    small = min(sum(a.values()), sum(b.values()))
    if not small:
        return 0.0
    shared = sum((a & b).values())
    return (similarity(a, b) + shared / small) / 2


def _said(anchors: Counter, other: Counter) -> Counter:
    """``anchors`` with its words said unquoted (``SAID_KEY``) read as quotation marks, as many as ``other`` has
    beyond its own, or dropped."""
    said = anchors.get(SAID_KEY)
    if not said:
        return anchors
    out = Counter(anchors)
    del out[SAID_KEY]
    marks = min(out[QUOTE_KEY] + said, max(other[QUOTE_KEY], out[QUOTE_KEY]))
    if marks:
        out[QUOTE_KEY] = marks
    else:
        del out[QUOTE_KEY]
    return out


def bead_cost(src: list[Unit], tgt: list[Unit]) -> tuple[float, float]:
    """(cost, score in 0..1) of linking these units."""
    cost = model()["cost"]
    prior = cost[f"{len(src)}-{len(tgt)}"]
    if not src or not tgt:
        return prior, 0.0
    ls, lt = sum(u.length for u in src), sum(u.length for u in tgt)
    bare = sum(u.unconverted for u in tgt)
    a = sum((u.anchors for u in src), Counter())
    b = slips_read(a, sum((u.anchors for u in tgt), Counter()))
    sim = content_fit(a, b)
    unrelated = int(sim < cost["min-part"])  # two texts that share almost nothing are no translation pair
    for side, other in ((src, b), (tgt, a)):
        if len(side) > 1:  # each unit of a merge or split must translate part of the other side
            parts = [content_fit(u.anchors, other) for u in side]
            sim = min([sim] + parts)
            # a unit that writes a number of the other side (not 1) translates part of it, whatever its words (两荤一素
            # ... 付三元 as 肉料理2品…負担は3元: a menu rendered by meaning)
            unrelated += sum(1 for u, p in zip(side, parts) if p < cost["min-part"] and not _shares_a_number(u, other)
                             and not _count_of(u, other))
    # a conversion in parentheses (3ムー（約20アール）) lengthens a translation by nothing of its source, or holds its
    # source's own amount (（各8000元、約16万円）): the length read either way, whichever fits
    lc = min(length_cost(ls, lt), length_cost(ls, bare) if bare != lt else math.inf, cost["max-length"])
    fit = lc + cost["content"] * (1 - sim) + cost["unrelated-part"] * unrelated
    return prior + fit, math.exp(-fit / 4)


def _shares_a_number(unit: Unit, other: Counter) -> bool:
    """``unit`` has a number of ``other``'s anchors, not 1 (a count any sentence may hold)."""
    return any(k.startswith(NUMBER_KEY) and k != ONE and k in other for k in unit.anchors)


def _count_of(unit: Unit, other: Counter) -> bool:
    """``unit`` counts what ``other`` counts with another number (一张席要拉二十四根 split off as むしろ1枚に14本張る): no
    unit of measure, exactly one number of its own that ``other`` lacks (not 1) and exactly one of ``other``'s that it
    lacks, the two written with as many digits and one of them different (24 and 14: a slip, not 20 of one paragraph
    and 78 of another), and a hanzi shared (张 of 張る): a part of a split that renders the other side with a count changed (BIL002's),
    not a sentence of something else."""
    own = {k for k in unit.anchors if k.startswith(NUMBER_KEY)} - {ONE}
    theirs = {k for k in other if k.startswith(NUMBER_KEY)} - {ONE}
    mine, lost = own - theirs, theirs - own
    return (not any(unit.measured) and len(mine) == len(lost) == 1 and _one_digit_off(*mine, *lost)
            and any(k.startswith(HANZI_KEY) for k in unit.anchors.keys() & other.keys()))


def _one_digit_off(a: str, b: str) -> bool:
    """Two number anchors (n:24, n:14) whole numbers written with as many digits, one of them different."""
    x, y = a[len(NUMBER_KEY):], b[len(NUMBER_KEY):]
    return x.isdigit() and y.isdigit() and len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1


def truncated(source: str, target: str) -> bool:
    """The translation is much shorter than its source predicts: a clause or half was probably dropped."""
    return too_short(length(source), length(target))


def too_short(ls: float, lt: float) -> bool:
    """A translation ``lt`` long is much shorter than a source ``ls`` long predicts (``truncated``)."""
    return ls >= threshold("truncated-source") and lt < threshold("truncated-ratio") * model()["length"]["ratio"] * ls


def bead_score(source: Unit, target: Unit) -> float:
    return round(bead_cost([source], [target])[1], 2)


def align_units(src: list[Unit], tgt: list[Unit]) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Minimum-cost bead sequence: (source indexes, target indexes, score) per bead."""
    return _programme(src, tgt)[0]


def alignment_cost(src: list[Unit], tgt: list[Unit]) -> float:
    """The total cost of the best bead sequence."""
    return _programme(src, tgt)[1]


def _programme(src: list[Unit], tgt: list[Unit]):
    """The bead sequence of least cost, over the cells of a band around the diagonal: unit ``j`` of the target is
    linked to unit ``i`` of the source only while ``|i * m - j * n| <= band * max(n, m)``, that is within about
    ``band`` units (``[cost]`` of data/align.toml) of where the two sides' proportions put it (every cell of the
    table grew with the square of a long file). Texts of ``band`` units or fewer a side are searched whole."""
    n, m = len(src), len(tgt)
    inf = float("inf")
    reach = int(model()["cost"]["band"]) * max(n, m)
    rows = [(max(0, -((reach - i * m) // n)) if n else 0, min(m, (i * m + reach) // n) if n else m)
            for i in range(n + 1)]  # (first, last) target unit of each source row inside the band
    best = [[inf] * (hi - lo + 1) for lo, hi in rows]
    back: list[list[tuple | None]] = [[None] * (hi - lo + 1) for lo, hi in rows]
    best[0][0] = 0.0
    for i in range(n + 1):
        lo = rows[i][0]
        for j in range(lo, rows[i][1] + 1):
            if best[i][j - lo] == inf:
                continue
            for di, dj in SHAPES:
                if i + di > n or not rows[i + di][0] <= j + dj <= rows[i + di][1]:
                    continue
                c, score = bead_cost(src[i:i + di], tgt[j:j + dj])
                total = best[i][j - lo] + c
                at = j + dj - rows[i + di][0]
                if total < best[i + di][at]:
                    best[i + di][at] = total
                    back[i + di][at] = (di, dj, score)
    beads = []
    i, j = n, m
    while i or j:
        di, dj, score = back[i][j - rows[i][0]]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j)), score))
        i, j = i - di, j - dj
    return beads[::-1], best[n][m - rows[n][0]]


def _sum(units: list[Unit], idx) -> Counter:
    return sum((units[k].anchors for k in idx), Counter())


def _fit(src: list[Unit], tgt: list[Unit], si, ti) -> float:
    return content_fit(_sum(src, si), _sum(tgt, ti))


def _bead(si: tuple[int, ...], ti: tuple[int, ...], src: list[Unit], tgt: list[Unit]) -> tuple:
    """The bead linking source units ``si`` to target units ``ti``, with its score, as ``align_units`` gives them."""
    return si, ti, bead_cost([src[i] for i in si], [tgt[i] for i in ti])[1]


def _resplit(beads, src: list[Unit], tgt: list[Unit]):
    """A 1-2 link next to an omission gives the omitted unit the target unit on its side when that unit fits it
    (`rejoin-similarity`) and shares almost nothing with the link's own source (`min-part`), or fits the omitted
    unit `resplit-preference` times as well while the link's source loses nothing by it (what it shares with that
    unit and not with its other one, the omitted unit has too: no clause of it was moved there), or, losing nothing
    so, fits almost nothing (`min-part`) of the link's source beyond what the link's other target unit renders
    already (a word the two source units share, rendered in both target units: 无人机也发挥了重要作用 beside a
    sentence on what the 无人机 did): the translation of a source unit that lost a part, or was rendered briefly,
    is too short for it, and the length cost alone would rather merge it into its neighbour's link."""
    out = list(beads)
    for k in range(len(out) - 1):
        (si, ti, _), (sj, tj, _) = out[k], out[k + 1]
        if len(si) == 1 and len(ti) == 2 and len(sj) == 1 and not tj:
            keep, moved, own, lone = (si, (ti[0],), (ti[1],), sj)
        elif len(si) == 1 and not ti and len(sj) == 1 and len(tj) == 2:
            keep, moved, own, lone = (sj, (tj[1],), (tj[0],), si)
        else:
            continue
        fit, other = _fit(src, tgt, lone, own), _fit(src, tgt, keep, own)
        # what the link's source shares with the unit given away, that its other unit lacks, the omitted unit has too
        keys = [set(_sum(units, idx)) for units, idx in ((src, keep), (tgt, own), (tgt, moved), (src, lone))]
        loses_nothing = not (keys[0] & keys[1]) - keys[2] - keys[3]
        # what the unit fits in the link's source beyond what the link's other unit renders already
        beyond = content_fit(_sum(src, keep) - _sum(tgt, moved), _sum(tgt, own))
        if fit >= threshold("rejoin-similarity") and (
                other < model()["cost"]["min-part"]
                or loses_nothing and (other * threshold("resplit-preference") <= fit
                                      or beyond < model()["cost"]["min-part"])):
            pairs = [(keep, moved), (lone, own)]
            pairs.sort(key=lambda p: p[0])
            out[k], out[k + 1] = (_bead(s, t, src, tgt) for s, t in pairs)
    return out


def _given_back(beads, src: list[Unit], tgt: list[Unit]):
    """A 2-1 paragraph link beside a target paragraph added (0-1) gives that paragraph the source paragraph on its
    side when the two fit (`rejoin-similarity`) `resplit-preference` times as well as that source paragraph fits the
    link's target: the length model merged two source paragraphs into the target of the longer one (a translation
    that added a name where its source says 她, and misspelled it in the next paragraph), the content says which
    one each target renders. Paragraphs only, as ``_swapped``."""
    out = list(beads)
    for k in range(len(out) - 1):
        (si, ti, _), (sj, tj, _) = out[k], out[k + 1]
        if len(si) == 2 and len(ti) == 1 and not sj and len(tj) == 1:
            stay, give, own, added = (si[0],), (si[1],), ti, tj
        elif not si and len(ti) == 1 and len(sj) == 2 and len(tj) == 1:
            stay, give, own, added = (sj[1],), (sj[0],), tj, ti
        else:
            continue
        fit = _fit(src, tgt, give, added)
        if fit < threshold("rejoin-similarity") or fit < threshold("resplit-preference") * _fit(src, tgt, give, own):
            continue
        pairs = sorted([(stay, own), (give, added)])
        out[k], out[k + 1] = (_bead(s, t, src, tgt) for s, t in pairs)
    return out


def _reclaimed(beads, src: list[Unit], tgt: list[Unit]):
    """A sentence added (0-1) beside a 1-2 link whose source it fits (`rejoin-similarity`) better than either of the
    link's target units does is that source's translation, and the link's far unit is the sentence added: the length
    model split the source into the two units whose length it matched (an added sentence of colour after a
    translation in two sentences), the content says which ones render it. Sentences only."""
    out = list(beads)
    for k in range(len(out) - 1):
        (si, ti, _), (sj, tj, _) = out[k], out[k + 1]
        if not si and len(ti) == 1 and len(sj) == 1 and len(tj) == 2:
            source, added, near, far = sj, ti, (tj[0],), (tj[1],)
        elif len(si) == 1 and len(ti) == 2 and not sj and len(tj) == 1:
            source, added, near, far = si, tj, (ti[1],), (ti[0],)
        else:
            continue
        fit = _fit(src, tgt, source, added)
        if fit < threshold("rejoin-similarity") or fit <= max(_fit(src, tgt, source, near), _fit(src, tgt, source, far)):
            continue
        joined = tuple(sorted(added + near))
        linked = _bead(source, joined, src, tgt)
        out[k], out[k + 1] = (linked, ((), far, 0.0)) if not si else (((), far, 0.0), linked)
    return out


def _completed(beads, src: list[Unit], tgt: list[Unit]):
    """A 1-1 link whose target is much shorter than its source predicts (``too_short``) followed by a sentence added
    (0-1) that holds no number and no glossary name, the two together no longer too short, is a 1-2 link: the
    translation split the source sentence in two (接种后三天内不要…，如发现…请及时联系 as 接種後3日間は…ください。元気が
    ない…ご連絡ください。) and its second half, rendered freely, shares nothing the length model could pair. Not a
    clause dropped and a sentence made up after it: an added sentence of colour, as long, would be no shorter than
    what the clause lost. Sentences only."""
    out: list = []
    for si, ti, score in beads:
        if out and not si and len(ti) == 1 and len(out[-1][0]) == 1 and len(out[-1][1]) == 1:
            (s,), (t,) = out[-1][0], out[-1][1]
            added = tgt[ti[0]]
            if too_short(src[s].length, tgt[t].unconverted) and t + 1 == ti[0] \
                    and not any(k.startswith(COUNTED_KEYS) for k in added.anchors) \
                    and not too_short(src[s].length, tgt[t].unconverted + added.unconverted) \
                    and length_cost(src[s].length, tgt[t].unconverted + added.unconverted) \
                    <= threshold("slot-length"):
                out[-1] = _bead((s,), (t, ti[0]), src, tgt)
                continue
        out.append((si, ti, score))
    return out


def _unshifted(beads, src: list[Unit], tgt: list[Unit]):
    """A sentence added (0-1) and a sentence left out (1-0) on either side of a 1-1 link, each source sentence linked
    in its place instead (the first to the first target sentence, the second to the second) when that costs at most
    `shift-margin` more and each of the two links shares content with its source (`min-part`): the length model and
    a word both sentences share (a term rendered right in one sentence, wrongly in the other) moved the links one
    place, a translation that added a sentence and dropped one beside it, where it rendered both in order. Sentences
    only."""
    out = list(beads)
    k = 0
    while k + 2 < len(out):
        (sa, ta, _), (sb, tb, _), (sc, tc, _) = out[k:k + 3]
        pairs = None
        if len(sb) == len(tb) == 1:
            if not sa and len(ta) == 1 and len(sc) == 1 and not tc:
                pairs = [(sb, ta), (sc, tb)]  # added, linked to the next target, left out
            elif len(sa) == 1 and not ta and not sc and len(tc) == 1:
                pairs = [(sa, tb), (sb, tc)]  # left out, linked to the source before, added
        if pairs is not None:
            shifted = sum(_cost(s, t, src, tgt) for s, t, _ in out[k:k + 3])
            if sum(_cost(s, t, src, tgt) for s, t in pairs) <= shifted + threshold("shift-margin") \
                    and all(_fit(src, tgt, s, t) >= model()["cost"]["min-part"] for s, t in pairs):
                out[k:k + 3] = [_bead(s, t, src, tgt) for s, t in pairs]
        k += 1
    return out


def _gathered(beads, src: list[Unit], tgt: list[Unit]):
    """One sentence left out (1-0) and two or more sentences added (0-1) side by side, the whole slot between two
    links (or the text's ends), the added ones in a row: one source sentence the translation split into three or
    more (每亩收费八十元，秧盘由本社统一提供，每亩约需秧盘二十五个，不另收费。 as 料金は…です。育苗箱は…用意します。1ムー当たり約
    25枚必要ですが…), which no bead of the search spans (a split in as many as `[cost]` has a prior for), when they fit
    it together (``_fits_together``) and are as long as its translation (their length cost at most `slot-length`).
    Sentences only."""
    out: list = []
    k = 0
    while k < len(beads):
        end = k
        while end < len(beads) and bool(beads[end][0]) != bool(beads[end][1]):
            end += 1  # beads[k:end]: a run of sentences left out or added, none linked
        if end == k:
            out.append(beads[k])  # a link
            k += 1
            continue
        run = beads[k:end]
        lone = [si for si, _, _ in run if si]
        added = tuple(t for _, ti, _ in run for t in ti)
        if len(lone) == 1 and len(lone[0]) == 1 and len(added) >= 2 and f"1-{len(added)}" in model()["cost"] \
                and added == tuple(range(added[0], added[0] + len(added))) \
                and _fits_together(src, tgt, lone[0], added) \
                and length_cost(src[lone[0][0]].length, sum(tgt[t].unconverted for t in added)) \
                <= threshold("slot-length"):
            out.append(_bead(lone[0], added, src, tgt))
        else:
            out += run
        k = end
    return out


def _fits_together(src: list[Unit], tgt: list[Unit], si, ti) -> bool:
    """The target units ``ti`` together fit the source units ``si`` (`rejoin-similarity`), or share more than almost
    nothing with them (`min-part`) and write every number they have, one at least (80元 and 二十五个 as 80元 and 約25枚
    in other sentences than the one rendering 秧盘由本社统一提供)."""
    source, together = _sum(src, si), _sum(tgt, ti)
    fit = content_fit(source, together)
    numbers = {k for k in source if k.startswith(NUMBER_KEY)}
    return fit >= threshold("rejoin-similarity") \
        or fit >= model()["cost"]["min-part"] and bool(numbers) and numbers <= set(together)


def _cost(si: tuple[int, ...], ti: tuple[int, ...], src: list[Unit], tgt: list[Unit]) -> float:
    """The cost ``align_units`` gives the bead linking source units ``si`` to target units ``ti``."""
    return bead_cost([src[i] for i in si], [tgt[i] for i in ti])[0]


def _merged_back(beads, src: list[Unit], tgt: list[Unit]):
    """A sentence left out (1-0) beside a 1-1 link whose target adds a conversion in parentheses and renders a number
    of the sentence left out that the link's source lacks, and fits it (`rejoin-similarity`), joins that link (2-1):
    the translation merged the two sentences, as editions do, and its length without the conversions (`Unit.bare`)
    matched the one sentence alone. Sentences only."""
    out: list = []
    k = 0
    while k < len(beads):
        if k + 1 < len(beads):
            (si, ti, _), (sj, tj, _) = beads[k], beads[k + 1]
            if len(si) == 1 and len(ti) == 1 and len(sj) == 1 and not tj:
                keep, lone, own = si, sj, ti
            elif len(si) == 1 and not ti and len(sj) == 1 and len(tj) == 1:
                keep, lone, own = sj, si, tj
            else:
                keep = None
            if keep is not None and tgt[own[0]].unconverted < tgt[own[0]].length:
                lost = _sum(src, lone)
                numbers = {key for key in lost if key.startswith(NUMBER_KEY)} - set(_sum(src, keep))
                if numbers & set(slips_read(lost, _sum(tgt, own))) \
                        and _fit(src, tgt, lone, own) >= threshold("rejoin-similarity"):
                    out.append(_bead(tuple(sorted(keep + lone)), own, src, tgt))
                    k += 2
                    continue
        out.append(beads[k])
        k += 1
    return out


def _swapped(beads, src: list[Unit], tgt: list[Unit]):
    """A paragraph link 1-1 beside a source paragraph left out gives its target paragraph to that one when the target
    fits it (`rejoin-similarity`) `resplit-preference` times as well as the link's own source: the length model
    linked the target to the neighbour whose length it matched (an edition that dropped a paragraph and added a
    sentence to the next), the content says which one it translates. Paragraphs only: a sentence's length says
    more of its translation than a paragraph's does in an edited text."""
    out = list(beads)
    for k in range(len(out) - 1):
        (si, ti, _), (sj, tj, _) = out[k], out[k + 1]
        if len(si) == 1 and len(ti) == 1 and len(sj) == 1 and not tj:
            keep, lone = si, sj
        elif len(si) == 1 and not ti and len(sj) == 1 and len(tj) == 1:
            keep, lone = sj, si
        else:
            continue
        own = ti or tj
        fit = _fit(src, tgt, lone, own)
        if fit < threshold("rejoin-similarity") or _fit(src, tgt, keep, own) * threshold("resplit-preference") > fit:
            continue
        linked = _bead(lone, own, src, tgt)
        out[k], out[k + 1] = (linked, (keep, (), 0.0)) if lone == si else ((keep, (), 0.0), linked)
    return out


def _rejoin(beads, src: list[Unit], tgt: list[Unit], level: Level):
    """An omission next to an addition that share content is one poor translation (a dropped half), not two; so is,
    among sentences, a pair of them in one slot (``_one_slot``)."""
    out = []
    beads = _resplit(beads, src, tgt)
    for n, (si, ti, score) in enumerate(beads):
        if out:
            psi, pti, _ = out[-1]
            pair = (psi, ti) if not pti and not si else (si, pti) if not psi and not ti else None
            if pair is not None and pair[0] and pair[1]:
                before = out[-2] if len(out) > 1 else None
                after = beads[n + 1] if n + 1 < len(beads) else None
                fit = _fit(src, tgt, pair[0], pair[1])
                if fit >= threshold("rejoin-similarity") or level is Level.SENTENCE \
                        and _one_slot(before, after, [src[i] for i in pair[0]], [tgt[i] for i in pair[1]]) \
                        or level is Level.PARAGRAPH and _paragraph_slot(before, after, fit, [src[i] for i in pair[0]],
                                                                        [tgt[i] for i in pair[1]]):
                    out[-1] = _bead(pair[0], pair[1], src, tgt)
                    continue
        out.append((si, ti, score))
    return out


def _one_slot(before, after, source: list[Unit], target: list[Unit]) -> bool:
    """A sentence left out and one added side by side in a paragraph, between links (the beads ``before`` and
    ``after`` them) or the paragraph's ends (None) on both sides, one sentence each, the added one as long as a translation of the other (its length cost at most
    `slot-length`), neither holding a number or glossary name: one sentence rendered freely, in kana and other kanji
    than its source's (a closing quotation's last sentence), not a sentence lost and another made up in its place
    (``_unpair`` splits a link whose source has a number or name its target lacks; a note in a lost sentence's place
    that counts one of something, しおりを1枚, is no rendering of it), but for a one both count alike
    (``numbers.shared_ones``: 一块石头 as 1つの石) where they share a hanzi too, the only number of either, and for
    one number on each side measured in one dimension (``_measured_alike``: 两万多公斤 and 2000キロ余り, mass): one
    sentence rendered, its amount changed (BIL002's), not a note measuring something else in a lost sentence's
    place."""
    from .numbers import shared_ones

    if len(source) != 1 or len(target) != 1:
        return False
    s, t = source[0], target[0]
    numbers = {k for k in (*s.anchors, *t.anchors) if k.startswith(COUNTED_KEYS)}
    if numbers and not (numbers == {ONE} and shared_ones(s.ones, t.ones) and _share_hanzi(s, t)) \
            and not _measured_alike(s, t) and not _count_changed(s, t):
        return False
    if before is not None and not (before[0] and before[1]) or after is not None and not (after[0] and after[1]):
        return False
    return length_cost(source[0].length, target[0].length) <= threshold("slot-length")


def _paragraph_slot(before, after, fit: float, source: list[Unit], target: list[Unit]) -> bool:
    """A paragraph left out and one added side by side, one each, between two paragraph links (the beads ``before``
    and ``after`` them; not at the text's ends, where editions add notes and drop closing paragraphs), that share
    more than almost nothing (`min-part`), or share a hanzi with the added one no longer than a translation of the
    other (a part of it: 编好以后…晒一天 of a paragraph whose first sentence was lost, as 編み上がると…1日干す, which
    shares little more than 编 with the whole): one paragraph translated poorly (a number changed, a sentence lost),
    not a paragraph dropped and another added in its place: editions add their notes and paragraphs elsewhere."""
    if not (len(source) == len(target) == 1 and before is not None and after is not None
            and bool(before[0] and before[1] and after[0] and after[1])):
        return False
    s, t = source[0], target[0]
    return fit >= model()["cost"]["min-part"] \
        or _share_hanzi(s, t) and t.unconverted <= model()["length"]["ratio"] * s.length


def _share_hanzi(s: Unit, t: Unit) -> bool:
    return any(k.startswith(HANZI_KEY) for k in s.anchors & t.anchors)


def _measured_alike(s: Unit, t: Unit) -> bool:
    """One number on each side, each with a unit of measure, the two of one dimension (两万多公斤 and 2000キロ余り:
    mass), no glossary name on either, and a hanzi shared: one sentence rendered with its amount changed (BIL002's),
    which ``_one_slot`` pairs and ``_unpair`` leaves paired."""
    return (len(s.measured) == len(t.measured) == 1 and bool(s.measured[0] & t.measured[0]) and _share_hanzi(s, t)
            and not _named(s, t))


def _named(s: Unit, t: Unit) -> bool:
    """Either unit holds a glossary name (an ``e:`` anchor)."""
    return any(k.startswith(NAME_KEY) for k in (*s.anchors, *t.anchors))


def _count_changed(s: Unit, t: Unit) -> bool:
    """A count changed in one sentence's rendering (他说，擀一张好面皮要经过二十多道工序 as 良い生地を1枚のばすには30余りの
    工程を経るという): no unit of measure on either side, exactly one number on each side that the other lacks (any other
    number alike; a count of one, which a translation writes or leaves out as it likes, 一张 as 1枚, is none), no
    glossary name on either, and `beside-hanzi` hanzi shared (工, 经): one sentence rendered with its count changed
    (BIL002's), which ``_one_slot`` pairs and ``_unpair`` leaves paired, not a sentence lost and a note added in its
    place."""
    numbers_s = {k for k in s.anchors if k.startswith(NUMBER_KEY)} - {ONE}
    numbers_t = {k for k in t.anchors if k.startswith(NUMBER_KEY)} - {ONE}
    return (not any(s.measured) and not any(t.measured) and len(numbers_s - numbers_t) == len(numbers_t - numbers_s) == 1
            and not _named(s, t)
            and sum(1 for k in s.anchors & t.anchors if k.startswith(HANZI_KEY)) >= threshold("beside-hanzi"))


def slips_read(a: Counter, b: Counter) -> Counter:
    """The anchors ``b`` with each number ``a`` lacks that is one of ``a``'s numbers, which ``b`` lacks, with its
    digits slipped (`digits_slipped`: 72 for 27, 6万1300 for 61.3万) counted as that number: a changed number is
    BIL002's concern, and still marks its sentence as the translation."""
    from .numbers import digits_slipped

    lost = [k for k in a if k.startswith(NUMBER_KEY) and k not in b]
    if not lost:
        return b
    out = Counter(b)
    for k in [k for k in b if k.startswith(NUMBER_KEY) and k not in a]:
        match = next((n for n in lost if digits_slipped(Fraction(n[2:]), Fraction(k[2:]))), None)
        if match is not None:
            lost.remove(match)
            out[match] += out.pop(k)
    return out


def _unpair(beads, src: list[Unit], tgt: list[Unit]):
    """A sentence link whose sides share almost nothing (`min-part`) while the source has a number or a glossary
    name the target lacks is a sentence left out beside one added (a translator's note in its place), not one
    translation: it becomes the two. A number the target has with its digits slipped (27 as 72) is one it has."""
    out = []
    for si, ti, score in beads:
        if len(si) == 1 and len(ti) == 1:
            a = src[si[0]].anchors
            b = slips_read(a, tgt[ti[0]].anchors)
            if content_fit(a, b) < model()["cost"]["min-part"] and not _measured_alike(src[si[0]], tgt[ti[0]]) \
                    and not _count_changed(src[si[0]], tgt[ti[0]]) \
                    and any(k.startswith(COUNTED_KEYS) and k not in b for k in a):
                out += [(si, (), 0.0), ((), ti, 0.0)]
                continue
        out.append((si, ti, score))
    return out


def _links(level: Level, src: list[Unit], tgt: list[Unit], src_end: int, tgt_end: int,
           paragraphs: tuple[tuple[Span, ...], tuple[Span, ...]] = ((), ())) -> list[Link]:
    """Links of the best bead sequence. ``paragraphs`` (source, target), for sentences: a sentence left out that
    ends its source paragraph's run belongs after the translation of the sentence before it, not at the start of
    the next target paragraph."""
    def same(spans: tuple[Span, ...], a: Span, b: Span) -> bool:
        return any(p.contains(a) and p.contains(b) for p in spans)

    out, i, j = [], 0, 0  # i, j: the next unlinked source and target unit
    beads = align_units(src, tgt)
    beads = _given_back(_swapped(beads, src, tgt), src, tgt) if level is Level.PARAGRAPH \
        else _gathered(_completed(_merged_back(_reclaimed(_unshifted(beads, src, tgt), src, tgt), src, tgt), src, tgt),
                       src, tgt)
    beads = _rejoin(beads, src, tgt, level)
    for si, ti, score in (_unpair(beads, src, tgt) if level is Level.SENTENCE else beads):
        s = tuple(src[k].span for k in si)
        t = tuple(tgt[k].span for k in ti)
        at = 0
        if not t:  # where the missing translation belongs: before the next target unit
            at = tgt[j].span.start if j < len(tgt) else tgt_end
            if 0 < j < len(tgt) and 0 < i and same(paragraphs[0], src[i - 1].span, src[i].span) \
                    and not same(paragraphs[1], tgt[j - 1].span, tgt[j].span):
                at = tgt[j - 1].span.end  # ... unless that begins another paragraph and the source's goes on
        elif not s:
            at = src[i].span.start if i < len(src) else src_end
        out.append(Link(level, s, t, round(score, 2), at))
        i, j = i + len(si), j + len(ti)
    return out


def _fixed_links(links, source_text, target_text, source_extra, target_extra) -> list[Link]:
    out = []
    for k, (s, t) in enumerate(links):
        at = 0
        if t is None:
            at = next((lt.start for _, lt in links[k:] if lt is not None), len(target_text))
        elif s is None:
            at = next((ls.start for ls, _ in links[k:] if ls is not None), len(source_text))
        score = 0.0
        if s is not None and t is not None:
            a = text_anchors(source_text[s.start:s.end], japanese=False)
            b = text_anchors(target_text[t.start:t.end], japanese=True)
            if source_extra is not None:
                a.update(source_extra(s))
                b.update(target_extra(t))
            score = bead_score(Unit(s, length(source_text[s.start:s.end]), a),
                               Unit(t, target_length(target_text[t.start:t.end]), b))
        out.append(Link(Level.PARAGRAPH, (s,) if s else (), (t,) if t else (), score, at))
    return out


@dataclass
class Alignment:
    """Paragraph links, and for each the sentence links inside it (``children[i]`` for ``paragraphs[i]``)."""

    paragraphs: list[Link]
    children: list[list[Link]]

    @property
    def sentences(self) -> list[Link]:
        return [s for group in self.children for s in group]


def align(source_text: str, source_paras: list[Span], target_text: str, target_paras: list[Span],
          source_extra=None, target_extra=None, links=None) -> Alignment:
    """Align paragraph spans of both texts, then the sentences inside each linked group.

    ``source_extra(span)`` and ``target_extra(span)`` add anchors (glossary names) for a span. ``links``, when
    given, are the paragraph links already known, as (source span or None, target span or None).
    """
    def units(text, spans, japanese, extra):
        from .numbers import counted_ones, measured, quantities, without_added_conversions

        out = []
        for sp in spans:
            piece = text[sp.start:sp.end]
            found = quantities(piece)
            anchors = text_anchors(piece, japanese=japanese, found=found)
            if extra is not None:
                anchors.update(extra(sp))
            # a translation's length is also read without the conversions it adds (Unit.bare), a paragraph's and a
            # sentence's: a sentence with two conversions is twice as long as its source predicts
            bare = target_length(without_added_conversions(piece)) if japanese else None
            out.append(Unit(sp, target_length(piece) if japanese else length(piece), anchors, bare,
                            frozenset(counted_ones(piece)), measured(found)))
        return out

    src = units(source_text, source_paras, False, source_extra)
    tgt = units(target_text, target_paras, True, target_extra)

    @functools.lru_cache(maxsize=None)
    def sentence_units(spans: tuple[Span, ...], japanese: bool) -> list[Unit]:
        text, end_re = (target_text, TARGET_SENTENCE_END) if japanese else (source_text, SOURCE_SENTENCE_END)
        return units(text, [s for p in spans for s in sentences(text, p, end_re)], japanese,
                     target_extra if japanese else source_extra)

    def linked(paragraphs: list[Link]) -> Alignment:
        children = []
        for link in paragraphs:
            if not link.source or not link.target:
                children.append([Link(Level.SENTENCE, link.source, link.target, link.score, link.at)])
                continue
            s_units, t_units = sentence_units(link.source, False), sentence_units(link.target, True)
            children.append(_links(Level.SENTENCE, s_units, t_units, link.source[-1].end, link.target[-1].end,
                                   (link.source, link.target)))
        def sentence_of(link: Link) -> dict[Span, Unit]:
            return {u.span: u for u in sentence_units(link.source, False) + sentence_units(link.target, True)}

        return _unmerge(Alignment(paragraphs, children), src + tgt, len(target_text), sentence_of)

    if links is not None:
        return linked(_fixed_links(links, source_text, target_text, source_extra, target_extra))
    paragraphs = _rejoined(_regroup(_moved(src, tgt, len(source_text), len(target_text)), src + tgt, sentence_units),
                           src + tgt)
    alignment = linked(paragraphs)
    if alignment.paragraphs != paragraphs:  # a paragraph taken out of a merge may belong with another neighbour
        regrouped = _rejoined(_regroup(alignment.paragraphs, src + tgt, sentence_units), src + tgt)
        if regrouped != alignment.paragraphs:
            alignment = linked(regrouped)
    return alignment


def _moved(src: list[Unit], tgt: list[Unit], src_end: int, tgt_end: int) -> list[Link]:
    """Paragraph links, with at most one paragraph whose translation was moved elsewhere (a quotation put last, two
    paragraphs swapped): a source paragraph and a target paragraph that fit each other best of all (`moved-fit`),
    out of the order the rest keeps, are linked when the rest aligns with them set aside for less, by the
    `regroup-gain`, than all of it in order (a move costs `moved`). The link stands at the source paragraph's
    place."""
    links = _links(Level.PARAGRAPH, src, tgt, src_end, tgt_end)
    if not 3 <= min(len(src), len(tgt)) <= max(len(src), len(tgt)) <= model()["cost"]["moved-within"]:
        return links
    fits = [[content_fit(s.anchors, t.anchors) for t in tgt] for s in src]
    base, best = alignment_cost(src, tgt), None
    for i, row in enumerate(fits):
        j = max(range(len(tgt)), key=row.__getitem__)
        if row[j] < threshold("moved-fit") or max(f[j] for f in fits) > row[j]:
            continue
        if any(link.source == (src[i].span,) and link.target == (tgt[j].span,) for link in links):
            continue
        cost = (alignment_cost(src[:i] + src[i + 1:], tgt[:j] + tgt[j + 1:]) + bead_cost([src[i]], [tgt[j]])[0]
                + model()["cost"]["moved"])
        if cost < base - threshold("regroup-gain") and (best is None or cost < best[0]):
            best = (cost, i, j)
    if best is None:
        return links
    _, i, j = best
    rest = _links(Level.PARAGRAPH, src[:i] + src[i + 1:], tgt[:j] + tgt[j + 1:], src_end, tgt_end)
    at = sum(1 for link in rest if link.source and link.source[0].start < src[i].span.start
             or not link.source and link.at <= src[i].span.start)
    moved = Link(Level.PARAGRAPH, (src[i].span,), (tgt[j].span,), round(bead_cost([src[i]], [tgt[j]])[1], 2))
    return rest[:at] + [moved] + rest[at:]


def _unrendered(source: Unit, target: Unit) -> bool:
    """``target`` renders none of the numbers and glossary names of ``source``, which has some, and is much shorter
    than ``source`` predicts (``too_short``): no translation of it, but a sentence added beside it."""
    own = {k for k in source.anchors if k.startswith(COUNTED_KEYS)}
    return bool(own) and not own & set(slips_read(source.anchors, target.anchors)) and too_short(source.length,
                                                                                                  target.length)


def _absorbed(paragraph: Span, kids: list[Link], sentence: dict[Span, Unit]) -> bool:
    """No sentence of the source ``paragraph`` has a counterpart among ``kids`` (the sentence links of its
    paragraph link), but a sentence added that a sentence of it took (``_unrendered``), one to one."""
    own = [s for s in kids if s.source and s.source_span.overlaps(paragraph)]
    return all(paragraph.contains(s.source_span) for s in own) and all(
        not s.target or (s.one_to_one and s.source[0] in sentence and s.target[0] in sentence
                         and _unrendered(sentence[s.source[0]], sentence[s.target[0]])) for s in own)


def _unmerge(alignment: Alignment, paragraph_units: list[Unit], target_end: int, sentence_of=None) -> Alignment:
    """A source paragraph merged into a link (2-1) none of whose sentences has a counterpart was left out, not
    merged: it shared a name or a number with the neighbour's translation, no more. So was one whose sentences that
    have a counterpart have one that renders none of their numbers and glossary names and is much shorter than they
    predict (``_unrendered``; ``sentence_of(link)``: the sentence units of a link by span): a sentence the translation
    added to the neighbour's paragraph, which the length model gave the paragraph left out (日本の漢方メーカーも…を
    仕入れている。 beside 厉国峰说，…已引进…企业11家). It becomes a 1-0 link of its own, where the neighbour's translation
    begins (first) or ends (second), and such a sentence of the translation an addition."""
    unit = {u.span: u for u in paragraph_units}
    paragraphs, children = [], []
    for k, (link, kids) in enumerate(zip(alignment.paragraphs, alignment.children)):
        sentence = sentence_of(link) if sentence_of is not None and len(link.source) == 2 and link.target else {}
        left = [p for p in link.source if len(link.source) == 2 and link.target
                and (all(not s.target for s in kids if s.source and p.contains(s.source_span))
                     or _absorbed(p, kids, sentence))]
        if len(left) != 1:
            paragraphs.append(link)
            children.append(kids)
            continue
        gone = left[0]
        kept = tuple(p for p in link.source if p != gone)
        rest = Link(Level.PARAGRAPH, kept, link.target, round(bead_cost([unit[p] for p in kept],
                                                                    [unit[t] for t in link.target])[1], 2))
        later = next((n.target[0].start for n in alignment.paragraphs[k + 1:] if n.target), target_end)
        omitted = Link(Level.PARAGRAPH, (gone,), (), 0.0, link.target[0].start if gone == link.source[0] else later)
        rest_kids = []
        for s in kids:
            if s.source and gone.contains(s.source_span):
                if s.target:  # a sentence added: where the source would have it, before the next source sentence
                    at = next((n.source[0].start for n in kids[kids.index(s) + 1:]
                               if n.source and not gone.contains(n.source_span)), kept[-1].end)
                    rest_kids.append(Link(Level.SENTENCE, (), s.target, 0.0, at))
                continue
            rest_kids.append(s)
        pair = [(omitted, [Link(Level.SENTENCE, (gone,), (), 0.0, omitted.at)]), (rest, rest_kids)]
        for new, new_kids in (pair if gone == link.source[0] else pair[::-1]):
            paragraphs.append(new)
            children.append(new_kids)
    return Alignment(paragraphs, children)


def _rejoined(paragraphs: list[Link], paragraph_units: list[Unit]) -> list[Link]:
    """A source paragraph left out right beside a paragraph of the translation that has no source, the two fitting
    each other at least `rejoin-similarity`, is one paragraph translated poorly (half of it lost), as ``_rejoin``
    reads an omission beside an addition in the aligner's own links: the regrouping of their neighbours (a paragraph
    the length model first shifted onto the next one's translation, put back) left them side by side."""
    unit_of = {u.span: u for u in paragraph_units}
    out: list[Link] = []
    for link in paragraphs:
        if out and len(out[-1].source) + len(out[-1].target) == 1 and len(link.source) + len(link.target) == 1 \
                and bool(out[-1].source) != bool(link.source):
            source = unit_of[(out[-1].source or link.source)[0]]
            target = unit_of[(out[-1].target or link.target)[0]]
            if content_fit(source.anchors, slips_read(source.anchors, target.anchors)) >= threshold("rejoin-similarity"):
                out[-1] = Link(Level.PARAGRAPH, (source.span,), (target.span,),
                               round(bead_cost([source], [target])[1], 2))
                continue
        out.append(link)
    return out


def _regroup(paragraphs: list[Link], paragraph_units: list[Unit], sentence_units) -> list[Link]:
    """Give a source paragraph left out to a neighbouring link when its sentences are translated there.

    The paragraph aligner leaves a source paragraph out when its translation lost part of it and sits merged into
    a neighbouring paragraph, or when a neighbour's link took its target paragraph. For each source paragraph left
    out next to a link, the sentence-level cost of keeping it out is compared with merging it into the neighbour
    (2-1) and, when the neighbour's target is two paragraphs, with giving it the adjacent one; the cheapest wins
    by at least the `regroup-gain` of data/align.toml. A paragraph that really is missing keeps its 1-0 link: its sentences find nothing.
    """
    unit_of = {u.span: u for u in paragraph_units}

    def cost(source: tuple[Span, ...], target: tuple[Span, ...]) -> float:
        return alignment_cost(sentence_units(source, False), sentence_units(target, True) if target else [])

    def joined(spans: tuple[Span, ...]) -> Unit:
        parts = [unit_of[s] for s in spans]
        return Unit(Span(spans[0].start, spans[-1].end), sum(u.length for u in parts),
                    sum((u.anchors for u in parts), Counter()), sum(u.unconverted for u in parts),
                    frozenset().union(*(u.ones for u in parts)), tuple(m for u in parts for m in u.measured))

    def link(source: tuple[Span, ...], target: tuple[Span, ...]) -> Link:
        return Link(Level.PARAGRAPH, source, target, round(bead_cost([joined(source)], [joined(target)])[1], 2))

    out = list(paragraphs)
    k = 0
    while k < len(out):
        gone = out[k]
        if not gone.source or gone.target or len(gone.source) != 1:
            k += 1
            continue
        best = None
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(out) or not out[nb].source or not out[nb].target or len(out[nb].source) != 1:
                continue
            near, before = out[nb], nb < k
            now = cost(near.source, near.target) + cost(gone.source, ())
            merged = near.source + gone.source if before else gone.source + near.source
            options = []
            if len(near.target) == 2:  # first, so that two 1-1 links win a tie with one 2-2 link
                rest, adjacent = (near.target[:1], near.target[1:]) if before else (near.target[1:], near.target[:1])
                options.append((cost(near.source, rest) + cost(gone.source, adjacent),
                                {nb: link(near.source, rest), k: link(gone.source, adjacent)}, ()))
            options.append((cost(merged, near.target), {nb: link(merged, near.target)}, (k,)))
            for total, changes, drop in options:
                if total < now - threshold("regroup-gain") and (best is None or total - now < best[0]):
                    best = (total - now, changes, drop)
        if best is None:
            k += 1
            continue
        for i, new in best[1].items():
            out[i] = new
        for i in best[2]:
            del out[i]
        k += 1 if not best[2] else 0
    return out
