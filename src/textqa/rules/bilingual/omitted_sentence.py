"""BIL003: a source sentence, or part of one, with no translation inside a translated paragraph."""
from __future__ import annotations

import math
import re

from ...context import confidence
from ...findings import Severity
from ..base import Rule
from ._shared import bitext, excerpt, gap_span

MIN_SOURCE = 6  # non-space characters: shorter source sentences (headings, 是的。) are not worth a warning
SIGNIFICANT = 10  # a number below this written as one kanji (两家, 三人) is often rendered as a word (両社): no evidence
CLAUSE_END = re.compile(r"[，,；;：:]")
MIN_CLAUSE = 6  # non-space characters of a clause worth reporting


class OmittedSentence(Rule):
    """
    ## What it does
    Reports a sentence of the source that has no counterpart in the translation of its paragraph, on the target
    line where it is missing, with the source sentence as a related location. It is a warning when the evidence
    is strong: the sentence holds a number or a glossary name that the paragraph's translation lacks, or the
    paragraph's translation is much shorter than its whole source predicts (three standard deviations of the
    aligner's length model) and the neighbouring sentences align well; otherwise `info`. A clause of a translated
    sentence that holds a number the translation lacks (one with a digit, a fraction or 10 or more: 两家 may be
    両社) and shares almost no characters with it while the rest of the sentence does (a dropped half), and a
    translated sentence much shorter than its source predicts, are reported too.

    ## Why is this bad
    Machine translation silently drops sentences and clauses, most often in long paragraphs. The Japanese
    still reads well, so no monolingual check can tell.

    ## Example
    Source: `李泽湘曾说，他看中的不是产品，而是这个年轻人对技术近乎偏执的追求。` has no counterpart in the
    translated paragraph.

    ## Use instead
    Translate the sentence, or mark the cut as deliberate (a baseline, or `ignore = ["BIL003"]` for edited
    translations).
    """

    code = "BIL003"
    name = "omitted-sentence"
    severity = Severity.WARNING
    reads = ("text", "bilingual", "mentions", "glossary")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.align import length, model, threshold, truncated

        src = bt.source.text
        ratio = model()["length"]["ratio"]
        for para, kids in zip(bt.alignment.paragraphs, bt.alignment.children):
            if not para.source or not para.target:
                continue
            ls = sum(length(src[s.start:s.end]) for s in para.source)
            lt = sum(length(ctx.doc.text[t.start:t.end]) for t in para.target)
            evidence = _Evidence(ctx, bt, para)
            for k, sent in enumerate(kids):
                if sent.source and not sent.target:
                    lo = length(src[sent.source_span.start:sent.source_span.end])
                    # the paragraph's length must agree better with the sentence left out than kept in
                    if lo < MIN_SOURCE or abs(lt - ratio * (ls - lo)) > abs(lt - ratio * ls):
                        continue
                    text = src[sent.source_span.start:sent.source_span.end]
                    neighbours = [n.score for n in kids[max(0, k - 1):k + 2] if n.source and n.target]
                    shortfall = (ratio * ls - lt) / math.sqrt(max(ls, 1) * model()["length"]["variance"])
                    strong = (evidence.lost(sent.source_span) or
                              (shortfall >= threshold("shortfall") and neighbours
                               and min(neighbours) >= threshold("well-aligned")))
                    yield ctx.finding(self, gap_span(ctx.doc, sent.at),
                                      f"the source sentence 「{excerpt(text)}」 has no translation here",
                                      confidence=confidence(self, "strong" if strong else "weak"),
                                      related=(bt.related(sent.source_span, "omitted sentence"),))
                elif sent.source and sent.target:
                    s_text, t_text = bt.source.slice(sent.source_span), ctx.doc.slice(sent.target_span)
                    if truncated(s_text, t_text):
                        s_len, t_len = length(s_text), length(t_text)
                        yield ctx.finding(
                            self, sent.target_span,
                            f"this translation is much shorter than its source sentence ({t_len} characters for "
                            f"{s_len}; about {round(ratio * s_len)} expected): part of 「{excerpt(s_text)}」 may be "
                            "missing", confidence=confidence(self, "short"),
                            related=(bt.related(sent.source_span, "source sentence"),))
                        continue
                    for clause in evidence.dropped_clauses(sent):
                        yield ctx.finding(
                            self, sent.target_span,
                            f"part of the source sentence, 「{excerpt(bt.source.slice(clause))}」, has no "
                            "translation here", confidence=confidence(self, "strong"),
                            related=(bt.related(clause, "omitted part"),))


def significant(q) -> bool:
    """A number that a translation writes as a number: with a digit, a percentage, a fraction or half (一半), a
    period, or 10 or more."""
    return (any(ch.isdigit() for ch in q.surface) or q.percent or q.period is not None
            or q.value.denominator != 1 or q.value >= SIGNIFICANT)


class _Evidence:
    """What a paragraph's translation holds, to tell a sentence or clause really left out from one cut freely."""

    def __init__(self, ctx, bt, para):
        from ...bilingual.align import as_simplified
        from ...bilingual.numbers import quantities
        from ...bilingual.pair import source_entities
        from ...charclass import is_kanji

        self.ctx, self.bt = ctx, bt
        tgt = ctx.doc.text
        self.numbers = {k for t in para.target for q in quantities(tgt[t.start:t.end]) for k in q.keys()}
        self.paragraph_hanzi = {as_simplified(ch) for t in para.target for ch in tgt[t.start:t.end] if is_kanji(ch)}
        self.entities = source_entities(bt.source, ctx.compiled) if ctx.compiled is not None else []
        self.rendered = {m.entity for t in para.target for m in ctx.mentions.overlapping(t)} \
            if ctx.compiled is not None else set()

    def lost(self, span) -> bool:
        """The source span holds a number or a glossary name that the paragraph's translation has nowhere."""
        from ...bilingual.numbers import quantities

        if any(significant(q) and not q.keys() & self.numbers for q in quantities(self.bt.source.slice(span))):
            return True
        return any(span.contains(s) and zh not in self.rendered for s, zh in self.entities)

    def dropped_clauses(self, sent):
        """Clauses of a translated source sentence with no translation, each sharing almost no hanzi with the
        translated sentence (at most `clause-overlap`) while the rest of the sentence is there:
        - clauses that hold a number the translation lacks (neither in the sentence nor elsewhere in the paragraph,
          nor taken by a changed number), when another clause shares at least `translated` of its hanzi;
        - failing those, the one clause, or run of consecutive clauses, of at least MIN_CLAUSE characters whose
          loss explains the length: the translated sentence falls `clause-shortfall` standard deviations (the
          aligner's length model) short of its source, and within `rest-fits` of what the source without it
          predicts; the clauses share almost no hanzi with the paragraph's translation either (not moved to
          another sentence), and a clause outside them shares at least `clause-rest` (a clause dropped with no
          number or name in it)."""
        from ...bilingual.align import as_simplified, length, model, threshold
        from ...bilingual.numbers import changed, quantities, unmatched
        from ...charclass import is_kanji
        from ...findings import Span

        s_span, t_span = sent.source_span, sent.target_span
        src, tgt = self.bt.source.text, self.ctx.doc.text
        lost, extra = unmatched(quantities(src[s_span.start:s_span.end], s_span.start),
                                quantities(tgt[t_span.start:t_span.end], t_span.start))
        taken = {id(was) for was, _ in changed(lost, extra)}
        lost = [q for q in lost if id(q) not in taken and significant(q) and not q.keys() & self.numbers]
        target_hanzi = {as_simplified(ch) for ch in tgt[t_span.start:t_span.end] if is_kanji(ch)}
        clauses, clause_hanzi, start = [], {}, s_span.start
        for end in [m.end() for m in CLAUSE_END.finditer(src, s_span.start, s_span.end)] + [s_span.end]:
            clause = Span(start, end)
            start = end
            numerals = {ch for q in quantities(src[clause.start:clause.end]) for ch in q.surface}
            hanzi = {ch for ch in src[clause.start:clause.end] if is_kanji(ch) and ch not in numerals}
            clauses.append((clause, len(hanzi & target_hanzi) / len(hanzi) if hanzi else None))
            clause_hanzi[clause] = hanzi

        def dropped(clause, overlap, rest: float) -> bool:
            return (overlap is not None and overlap <= threshold("clause-overlap")
                    and length(src[clause.start:clause.end]) >= MIN_CLAUSE
                    and any(o is not None and o >= rest for c, o in clauses if c != clause))

        found = [clause for clause, overlap in clauses if any(clause.contains(q.span) for q in lost)
                 and dropped(clause, overlap, threshold("translated"))]
        if found or len(clauses) < 2:
            yield from found
            return
        ratio, variance = model()["length"]["ratio"], model()["length"]["variance"]
        ls, lt = length(src[s_span.start:s_span.end]), length(tgt[t_span.start:t_span.end])

        def deviation(source_length: int) -> float:  # the translation's shortfall in standard deviations
            return (ratio * source_length - lt) / math.sqrt(max(source_length, 1) * variance)

        if deviation(ls) < threshold("clause-shortfall"):
            return
        fits = []
        for i in range(len(clauses)):  # a run of consecutive clauses, none of them translated
            for j in range(i + 1, len(clauses) + 1):
                run = Span(clauses[i][0].start, clauses[j - 1][0].end)
                inside = clauses[i:j]
                hanzi = set().union(*(clause_hanzi[c] for c, _ in inside))
                if (all(o is None or o <= threshold("clause-overlap") for _, o in inside)
                        and len(hanzi & self.paragraph_hanzi) <= threshold("clause-overlap") * len(hanzi)
                        and length(src[run.start:run.end]) >= MIN_CLAUSE
                        and any(o is not None and o >= threshold("clause-rest") for _, o in clauses[:i] + clauses[j:])):
                    fits.append((abs(deviation(ls - length(src[run.start:run.end]))), run))
        fits = [(d, run) for d, run in fits if d <= threshold("rest-fits")]
        if fits:
            yield min(fits)[1]
