"""BIL003: a source sentence, or part of one, with no translation inside a translated paragraph."""
from __future__ import annotations

import functools
import itertools
import math
import re

from ...charclass import OPEN_CLOSE_QUOTES, SENTENCE_CLOSERS, SENTENCE_ENDS, is_kanji
from ...context import confidence
from ...findings import Severity
from ..base import Rule
from ._shared import (beside_added, bitext, carried_over, excerpt, gap_span, hanzi_words, merged_beside,
                      moved_sentences, numbered_beside, rendered_beside, split_rest)

CLAUSE_MARKS = "，,；;：:"  # marks that end a clause inside a sentence
# not a thousands separator or a clock's colon (4,768; 14:30), which have a digit on both sides (2月，65岁 is two clauses)
CLAUSE_END = re.compile(f"(?<!\\d)[{CLAUSE_MARKS}]|[{CLAUSE_MARKS}](?!\\d)")
LIST_MARK = "、"  # the enumeration comma between the items of a list inside a clause (统一采购、统一检测)
QUOTE_OPENER = "「"  # where a quotation opens in a Japanese sentence, a clause of its own begins (…選手は「昼は…)
# a translation's clauses, list items too; not a mark between two digits (2、3斤, two or three, is one number); a
# quotation's opening begins one, as the source's speaker ends a clause with its colon (祁远航说：“我白天…)
PIECE_END = re.compile(f"(?:(?<!\\d)[{CLAUSE_MARKS}{LIST_MARK}{SENTENCE_ENDS}]|[{CLAUSE_MARKS}{LIST_MARK}{SENTENCE_ENDS}](?!\\d))+"
                       f"[{re.escape(SENTENCE_CLOSERS)}]*|(?={QUOTE_OPENER})")


class OmittedSentence(Rule):
    """
    ## What it does
    Reports a sentence of the source that has no counterpart in the translation of its paragraph, on the target
    line where it is missing, with the source sentence as a related location. It is a warning when the evidence
    is strong: the sentence holds a number or a glossary name that the paragraph's translation lacks, or the
    paragraph's translation is much shorter than its whole source predicts (three standard deviations of the
    aligner's length model) or its length is far likelier (odds of e^3) with the sentence left out than kept, and
    the neighbouring sentences align well; otherwise `info`. The paragraph's translation is measured without the
    currency conversions it adds in parentheses (（約2000万円）: they render no part of the source). A sentence with no number or name lost is reported
    only when the paragraph's length agrees better with it left out; one that loses a number (a number with a unit
    of measure counts as there only at its size: 12公里 is not the 12 of 12月) or a name is reported however long
    the paragraph's translation is. A clause of a translated sentence that holds a number
    the translation lacks (one with a digit, a fraction, a unit of measure after it or 10 or more: 两家 may be
    両社, but 两个多小时 is 2時間余り; a small one before a counter whose numeral the paragraph's translation has
    nowhere either, 每年春秋两季 (not even as an English numeral opening a katakana loanword, ツーショット), which
    then needs only `min-clause` characters to be left no room (a clause of the translation anchored to no source
    clause that writes no number leaves none to one whose lost number is written as a number, 三成: rendering it
    would bring the number along), is no editor's
    trim and is weighed as a lost number in a reworked translation; not an approximate quantity, 上百家, which
    editions trim as colour) and shares almost no characters with it, or almost none of its own (not in
    another clause of the sentence; the characters of a currency conversion the translation adds in parentheses,
    （約2000万円）, render no part of the source and count for none; a clause whose number, however small, the
    translated sentence writes before the same counter, 第三代传人 as 3代目, is rendered), while the rest of the
    sentence does or keeps its numbers (a dropped half), and a
    translated sentence much shorter than its source predicts, at the rate the translation renders its sentences
    (unless a clause of the translation that no source clause is anchored to stands in the missing clause's place,
    about as long as it and any other source clause anchored nowhere there predict, or a neighbouring clause of the
    translation holds a kanji of it that the clauses anchored there lack and is as long as a rendering of both, or a
    neighbouring sentence's translation is long by half as much or more and holds kanji of its source that its own
    lacks: the boundary between two sentences moved), are reported too; so is a clause the translation renders without its
    number (120多名师傅 as 職人が): a number written in digits that counts or measures something (not a date's year,
    month or day, a count of years, a time of day or a period) that the translation has nowhere, not even in a note
    with a currency conversion, in a sentence with a sentence end (not a headline) whose translation has no number
    of its own (none its source paragraph lacks) and changed none; so is a clause with no number
    or name whose translated neighbours leave it no room: the sentence's translation is short (counting an
    unlinked translated sentence next to it that shares content with its source: the rest of its translation, split
    off), and the clauses before and after it are translated side by side (or it comes first or last, next to a
    translated clause),
    with no clause of the translation between them that could stand for it (a piece that renders a glossary name
    only the clause beside it names is that clause's rest, split at the translation's own comma), nor a kanji of it
    in the translation's clause on either side that the clauses anchored there lack (merged there, unless it holds a number
    the paragraph's translation lacks: a merged clause brings its number along). A source sentence the aligner left
    unlinked beside an unlinked translated sentence that shares a word, `beside-hanzi` hanzi apart (湖蟹到镇上 as
    湖の幸を持って鎮の) or a number with it (or a one counting the same thing: 一台 as 1台) is checked as their pair; a note
    added in a dropped sentence's place, sharing nothing with it, is not its translation, unless it is the only
    sentence between the same neighbours, as long as a translation of the other (`slot-length`) and neither holds a
    number or name (but a one both count alike where they share a hanzi: 一块石头 as 1つの石, a counter of anything
    rendering a measure word; or one number each, measured in one dimension, where they share a hanzi: 两万多公斤 as
    2000キロ余り, its amount changed, BIL002's): one sentence rendered freely; a sentence left out that
    fits a sentence added elsewhere in the paragraph's translation (`moved-fit`) was moved there, not left out; nor
    was the first or last sentence of a paragraph whose numbers, `summary-numbers` or more, the translation of the
    paragraph before or after holds without its own source having them (an edition's lede that sums up several
    paragraphs, linked to the first, renders the rest of it in the next paragraph). A headline's clause that loses no
    number (南川市临江镇：一家粉丝作坊的黄昏 as …　ある春雨工房の夕暮れ) is rewritten, as editions rewrite headlines, not
    lost; and a translated sentence is short only with the rest of its translation, split off at its source's commas
    into sentences the aligner left unlinked (``split_rest``), counted in. A sentence rendered freely is no sign of
    editing where a number of its source is not in it (a count changed is an error, BIL002's).
    The rest of the document weighs the weakest evidence: a sentence left out with no number or name in it is a
    warning when every other sentence is rendered one to one (no paragraph or sentence merged or split, but for a
    long sentence split or a speaker's tag merged into its quotation as machine translation does too, no currency
    conversion added unless every sentence is rendered whole, its `whole-quantile` not `condensed` (a run left in
    Chinese inside a sentence as long as its source, the article's title not weighed), no interview's speaker's label marked another way, no other sentence cut but where the cuts are the only sign and the rest is rendered whole, not
    `condensed`, in at least `literal-sentences` sentences), and a clause missing at an
    end of a sentence only a little short, or a whole sentence with no number and no person, place or organisation of
    the glossary in it (a term, the topic's vocabulary, does not count) however short its paragraph's translation, is `info`
    when such signs of editing are many (`edited-share`) and not all of them long sentences split or a speaker's tag
    merged, as machine translation does too; so is such a sentence cut at either end of its paragraph
    (where editors cut) when the rest of that paragraph and the translation's one-to-one sentence links, at the
    median, render their source under `condensed` of the length it predicts (machine translation renders every
    sentence whole), and such a sentence cut from a paragraph the edition merged with another, or of one clause (of
    any, where another sentence of the translation is cut too or rendered freely, sharing almost nothing with its
    source, or it closes the text) cut at either end of its
    paragraph from a translation that adds currency conversions (machine translation adds none);
    a clause trimmed is judged a little short at the rate the translation renders its sentences, and a translated
    sentence is searched for a clause its neighbours leave no room for when it is short at that rate where it is
    fuller than the model's (a translation that renders every sentence more fully than predicted makes a little
    shortfall telling; not a clause that shares as many hanzi with a translated clause around its place as anchor
    one). A clause that shares too little with
    the translation to be anchored is anchored by a glossary entry only it names, rendered there. A sentence left out whose words a linked neighbour's translation holds beyond its own source
    (`merged-words`) was merged into it, as was one whose paragraph's translation, at the rate a condensed translation
    renders its sentences, is likelier with it rendered than left out (merged by meaning, sharing no word); one beside the one translated sentence left unlinked next to it, which
    holds each of its numbers (设…等6个类别 as …など6部門), is rendered there by meaning. In a translation
    reworked for its readers (`reworked`: its structure changed on purpose, a paragraph cut with no number or name,
    merged into another out of order or a sentence moved, and currency conversions added, as machine translation
    never does) any cut that loses no person, place or organisation of the glossary is `info`, numbers and all, where a rearrangement (a paragraph
    merged out of order, a sentence moved), not a paragraph cut alone, says so for a cut that loses a number.
    A sentence or clause that is only a courtesy or appeal formula (感谢广大居民的理解和支持, 请…积极配合, 敬请谅解,
    特此通知: `formulas` in bilingual/data/cuts.toml) and loses no number or name is `info` (`formula`): editions drop
    them on purpose. A clause that only restates a word of its neighbour in the sentence (免费…，不收取任何费用:
    `restatements`) is translated with it. A number that only dials a service line (拨打12345, 12349便民服务热线:
    `service-lines` in bilingual/data/cuts.toml) is no number a sentence left out loses. A quotation and the speaker's tag after it that one translated sentence
    renders (“…都不愿意来。”陈立军说。 as 「…」と陳立軍さんは話す。) are clauses apart: the quotation's last clause is no
    part of the tag, whose name the translation has.

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
        from ...bilingual.numbers import without_conversions, written_quantities

        src = bt.source.text
        ratio = model()["length"]["ratio"]
        linked = [(para, kids, _Evidence(ctx, bt, para), moved_sentences(bt, kids))
                  for para, kids in zip(bt.alignment.paragraphs, bt.alignment.children) if para.source and para.target]
        editing = _Editing(bt, linked)
        written = None  # every number the translation writes (numbers.written_quantities) and their keys, once needed
        for para, kids, evidence, moved in linked:
            ls = sum(length(src[s.start:s.end]) for s in para.source)
            lt = sum(length(without_conversions(ctx.doc.text[t.start:t.end])) for t in para.target)
            for k, sent in enumerate(kids):
                if sent.source and not sent.target and sent.source_span in moved:
                    continue  # translated elsewhere in the paragraph
                if sent.source and not sent.target and merged_beside(kids, k, bt.source, ctx.doc) is not None:
                    continue  # translated in its neighbour's translation, a number changed (BIL002)
                if sent.source and not sent.target and numbered_beside(kids, k, bt.source, ctx.doc):
                    continue  # rendered freely beside, its numbers and all
                if sent.source and not sent.target and (partial := beside_added(kids, k, bt.source, ctx.doc)) is not None:
                    clause = next(evidence.dropped_clauses(partial, rate=editing.fullness), None)
                    if clause is not None:  # a poor translation the aligner left unlinked, that lost a part
                        case = "formula" if formula(bt.source.slice(clause)) and not evidence.lost(clause, False) \
                            else editing.case(evidence, clause, "strong", rough=False)
                        yield ctx.finding(
                            self, partial.target_span,
                            f"part of the source sentence, 「{excerpt(bt.source.slice(clause))}」, has no "
                            "translation here", confidence=confidence(self, case),
                            related=(bt.related(clause, "omitted part"),))
                        continue
                    if _loosely_rendered(bt.source.slice(partial.source_span), ctx.doc.slice(partial.target_span)):
                        continue  # rendered by meaning beside (奖金 as 賞金, 青年 as 若手): too loose to link
                if sent.source and not sent.target and rendered_beside(kids, k, bt.source, ctx.doc):
                    continue  # merged into its neighbour's translation
                if sent.source and not sent.target and carried_over(bt, para, kids, k):
                    continue  # rendered at the edge of the paragraph beside, its numbers and all
                if sent.source and not sent.target:
                    lo = length(src[sent.source_span.start:sent.source_span.end])
                    # the paragraph's length must agree better with the sentence left out than kept in, not counting
                    # added text that shares nothing with it (a note in its place; a moved translation shares much)
                    la = lt - _added_apart(kids, bt.source.slice(sent.source_span), ctx.doc)
                    if lo < threshold("min-source") or _headline(bt.source, sent.source_span) \
                            or (not evidence.lost(sent.source_span) and (
                            abs(la - ratio * (ls - lo)) > abs(la - ratio * ls)
                            or (_condensed(editing.rendering) and _kept_likelier(la, ls, lo, editing.rendering)))):
                        continue
                    text = src[sent.source_span.start:sent.source_span.end]
                    neighbours = _linked_neighbours(kids, k)
                    strong = (evidence.lost(sent.source_span) or
                              ((_shortfall(ls, lt) >= threshold("shortfall")
                                or _length_odds(lt, ls, lo) >= threshold("length-odds"))
                               and neighbours and (min(neighbours) >= threshold("well-aligned")
                                                   or evidence.absent(sent.source_span))))
                    if strong and not evidence.holds(sent.source_span) and (
                            editing.edited(sent.source_span)
                            or len(para.source) > 1 or len(para.target) > 1
                            or (_at_edge(kids, k) and _condensed(editing.rendering)
                                and _condensed(_rendering(lt, ls - lo)))
                            or (_at_edge(kids, k) and editing.converted
                                and (not CLAUSE_END.search(text) or editing.cuts_besides(sent.source_span)
                                     or editing.free or not src[sent.source_span.end:].strip()))):
                        case = "edited-cut"  # no number or name in it, in a translation edited throughout, from a
                        # paragraph the edition merged with another, or cut where editors cut (a paragraph's first or
                        # last sentence) from a paragraph and a translation that render their source condensed, or a
                        # sentence of one clause (of any, where the translation cuts another sentence too or renders
                        # one freely: two signs of an edition, or the text's closing sentence, where editors trim) cut
                        # there from a translation that adds currency conversions (an edition for readers: machine
                        # translation adds none)
                    else:
                        case = "strong" if strong else "literal" if editing.literal(sent.source_span) else "weak"
                    if formula(text) and not evidence.lost(sent.source_span):
                        case = "formula"  # only thanks or an appeal (感谢…配合): editions drop it on purpose
                    yield ctx.finding(self, gap_span(ctx.doc, sent.at),
                                      f"the source sentence 「{excerpt(text)}」 has no translation here",
                                      confidence=confidence(self, editing.case(evidence, sent.source_span, case)),
                                      related=(bt.related(sent.source_span, "omitted sentence"),))
                elif sent.source and sent.target:
                    s_text = bt.source.slice(sent.source_span)
                    whole = split_rest(kids, k, bt.source, ctx.doc)  # with the rest of its translation split off
                    t_text = ctx.doc.slice(whole)  # (行，就按您说的办，有什么变化…发消息给我 as わかりました。…します。何か…ください。)
                    if truncated(s_text, t_text) and _boundary_moved(kids, k, bt.source, ctx.doc):
                        continue  # its first or last part translated in its neighbour's sentence
                    if truncated(s_text, t_text):
                        s_len, t_len = length(s_text), length(t_text)
                        yield ctx.finding(
                            self, sent.target_span,
                            f"this translation is much shorter than its source sentence ({t_len} characters for "
                            f"{s_len}; about {round(ratio * s_len)} expected): part of 「{excerpt(s_text)}」 may be "
                            "missing", confidence=confidence(self, editing.case(evidence, sent.source_span, "short")),
                            related=(bt.related(sent.source_span, "source sentence"),))
                        continue
                    reported = []
                    for clause in evidence.dropped_clauses(sent, _added_around(kids, k), editing.fullness, whole):
                        reported.append(clause)
                        # a clause at either end of its sentence, with no number or name lost, in a sentence only a
                        # little short at the rate the translation renders its sentences (or in a translation that
                        # adds currency conversions and cuts whole sentences too: two signs of an edition, which
                        # trims clauses as it cuts sentences): the trim of an editor, when the rest of the
                        # translation is edited too
                        trimmed = (clause.start == sent.source_span.start or clause.end == sent.source_span.end) \
                            and not evidence.lost(clause, False) and not evidence.counted_away(clause) \
                            and (_shortfall(length(s_text), length(t_text) / min(editing.rendering, 1.0))
                                 < threshold("edited-shortfall")
                                 or (editing.converted and editing.cuts_besides(sent.source_span))) \
                            and editing.edited(sent.source_span)
                        yield ctx.finding(
                            self, sent.target_span,
                            f"part of the source sentence, 「{excerpt(bt.source.slice(clause))}」, has no "
                            "translation here",
                            confidence=confidence(self, "edited-trim" if trimmed else "formula"
                                                  if formula(bt.source.slice(clause)) and not evidence.lost(clause, False)
                                                  else editing.case(evidence, clause, "strong", rough=False)),
                            related=(bt.related(clause, "omitted part"),))
                    if written is None:
                        quantities = written_quantities(ctx.doc.text)
                        written = (quantities, {k for q in quantities for k in q.keys()})
                    shown = set()
                    for clause, q in evidence.dropped_numbers(sent, written, reported, whole):
                        if clause in shown:
                            continue  # one finding a clause
                        shown.add(clause)
                        yield ctx.finding(
                            self, sent.target_span,
                            f"part of the source sentence, 「{excerpt(bt.source.slice(clause))}」, has no "
                            f"translation here: its number {q.surface} is nowhere in the translation",
                            confidence=confidence(self, editing.case(evidence, clause, "dropped-number", rough=False)),
                            related=(bt.related(q.span, "omitted number"),))


def _clause_ends(src: str, sent) -> list[int]:
    """Where the clauses of sentence link ``sent``'s source end: at its clause marks, and at the end of a quotation
    that the link merges with its speaker's tag after it (a sentence closing a quote, “…不愿意来。”, then one of a single
    clause, 陈立军说。, rendered as one sentence: 「…」と陳立軍さんは話す。), whose last clause is no part of the tag."""
    span = sent.source_span
    tags = [s.start for before, s in zip(sent.source, sent.source[1:])
            if src[before.start:before.end].rstrip().endswith(tuple(OPEN_CLOSE_QUOTES.values()))
            and not CLAUSE_END.search(src, s.start, s.end)]
    return sorted({m.end() for m in CLAUSE_END.finditer(src, span.start, span.end)} | set(tags) | {span.end})


def _loosely_rendered(source: str, target: str) -> bool:
    """An unlinked translated sentence beside an unlinked source sentence, sharing a word with it (`beside_added`),
    is its translation, rendered by meaning (奖金 as 賞金, 全部 as すべて, 青年 as 若手): the two fit at least `min-part`
    (the aligner links at `rejoin-similarity`) and the translation is less than `shortfall` standard deviations
    shorter than the source predicts, where it would be the whole sentence's. A one counting the same thing on both
    sides (一张 as 1枚: ``counted_ones``), which the source writes as no number, is a number they share where they
    share a hanzi too (alone, a 1枚 of anything would tie a note to the sentence it replaces)."""
    from collections import Counter

    from ...bilingual.align import HANZI_KEY, content_fit, length, model, target_length, text_anchors, threshold
    from ...bilingual.numbers import counted_ones, shared_ones

    s_anchors, t_anchors = text_anchors(source, japanese=False), text_anchors(target, japanese=True)
    if any(k.startswith(HANZI_KEY) for k in s_anchors & t_anchors):
        ones = text_anchors("1", japanese=False)  # the anchor of a one written as a number
        s_anchors += Counter({k: n * shared_ones(counted_ones(source), counted_ones(target)) for k, n in ones.items()})
    fit = content_fit(s_anchors, t_anchors)
    return fit >= model()["cost"]["min-part"] and _shortfall(length(source), target_length(target)) < threshold(
        "shortfall")


def _kept_likelier(target_length: float, source_length: int, left_out: int, rate: float) -> bool:
    """A paragraph's translation of ``target_length`` is likelier, under the aligner's length model at ``rate`` times
    its ratio (the rate at which a condensed translation renders its source: ``_Editing.rendering``), with its whole
    source of ``source_length`` than with the source less a sentence of ``left_out`` characters: the sentence is
    rendered in it, merged into a neighbour's translation, not left out."""
    return abs(_shortfall(source_length, target_length / rate)) < abs(_shortfall(source_length - left_out,
                                                                                  target_length / rate))


def _shortfall(source_length: int, target_length: int) -> float:
    """How many standard deviations of the aligner's length model a translation of ``target_length`` falls short
    of what a source of ``source_length`` predicts."""
    from ...bilingual.align import model

    ratio, variance = model()["length"]["ratio"], model()["length"]["variance"]
    return (ratio * source_length - target_length) / math.sqrt(max(source_length, 1) * variance)


class _Editing:
    """Signs over the whole document that the translation was edited, not rendered sentence by sentence as machine
    translation does: a paragraph link that merges or splits paragraphs, or a source paragraph left out whose
    content the translation put in a sentence added elsewhere (it fits one at least `moved-fit`: merged into
    another paragraph out of order); a sentence link that merges or splits sentences; a sentence moved within its
    paragraph; a currency conversion the translation adds in parentheses (one the source lacks); and a source
    sentence left out (of at least `min-source` characters, not moved) that holds no number or glossary name the
    paragraph's translation lacks, or a source paragraph left out with no number and no person, place or
    organisation of the glossary in it: an editor's cut; and an interview's paragraph whose speaker's label the
    translation marks its own way (``_relabelled``). ``edited`` counts the sentences rendered freely too (``free``:
    linked one to one, sharing almost nothing with their source, `min-part`) and wants one sign besides the sentence
    links machine translation makes too (``machine_like``). Sentences left out that lose a number or a name are not
    signs: they are the errors in question. ``rendering`` is the median share of its predicted length that the
    translation of a source sentence linked one to one has (sources of at least `min-source`)."""

    def __init__(self, bt, linked):
        from ...bilingual.align import NUMBER_KEY, ONE, content_fit, length, model, target_length, text_anchors, threshold
        from ...bilingual.numbers import quantities

        def conversions(text: str) -> int:
            return sum(1 for q in quantities(text) if q.converted)

        alignment = bt.alignment
        added = [n.target_span for _, kids, _, _ in linked for n in kids if n.target and not n.source] + \
                [p.target_span for p in alignment.paragraphs if p.target and not p.source]
        added_anchors = [text_anchors(bt.target.slice(t), japanese=True) for t in added]
        left_out = [p.source_span for p in alignment.paragraphs if p.source and not p.target]
        merged_away = [span for span in left_out if any(
            content_fit(text_anchors(bt.source.slice(span), japanese=False), a) >= threshold("moved-fit")
            for a in added_anchors)]
        any_evidence = linked[0][2] if linked else None
        paragraphs_cut = [span for span in left_out if any_evidence is not None and span not in merged_away
                          and length(bt.source.slice(span)) >= threshold("min-source")
                          and not any_evidence.holds_number(span) and not any_evidence.names(span)]
        moved_sentences = sum(len(m) for _, _, _, m in linked)

        def free(source: str, target: str) -> bool:
            """Rendered freely: sharing almost nothing (`min-part`) with its source, every number of the source
            (but a count of one) kept; a sentence whose count changed (三十多道 as 50余り) is an error, BIL002's, no
            editor's free hand."""
            a, b = text_anchors(source, japanese=False), text_anchors(target, japanese=True)
            return content_fit(a, b) < model()["cost"]["min-part"] \
                and not {k for k in a if k.startswith(NUMBER_KEY)} - {ONE} - set(b)

        # sentences rendered freely: linked one to one, sharing almost nothing with their source
        self.free = sum(1 for _, kids, _, _ in linked for s in kids if len(s.source) == 1 and len(s.target) == 1
                        and length(bt.source.slice(s.source[0])) >= threshold("min-source")
                        and free(bt.source.slice(s.source[0]), bt.target.slice(s.target[0])))
        self.relabelled = _relabelled(bt)
        self.converted = max(0, conversions(bt.target.text) - conversions(bt.source.text))
        self.sentences = sum(len(s.source) for _, kids, _, _ in linked for s in kids)
        self.signs = (sum(1 for para, _, _, _ in linked if len(para.source) > 1 or len(para.target) > 1)
                      + len(merged_away)
                      + sum(1 for _, kids, _, _ in linked for s in kids if len(s.source) > 1 or len(s.target) > 1)
                      + moved_sentences + self.converted + self.relabelled)
        self.cuts = {s.source_span for _, kids, evidence, moved in linked for s in kids
                     if s.source and not s.target and s.source_span not in moved
                     and length(bt.source.slice(s.source_span)) >= threshold("min-source")
                     and not evidence.lost(s.source_span)} | set(paragraphs_cut)
        self.paragraphs_cut = set(paragraphs_cut)
        self.rearranged = len(merged_away) + moved_sentences
        self.restructured = self.rearranged + len(paragraphs_cut)
        title = next(iter(bt.source.paragraphs()), None)
        renderings = sorted(  # how fully the translation renders its sentences (one left in Chinese as the aligner
            # reads it): machine translation whole, editors less; not the article's title, which both render in a
            # title's own terse style
            _rendering(target_length(bt.target.slice(s.target[0])), length(bt.source.slice(s.source[0])))
            for _, kids, _, _ in linked for s in kids if len(s.source) == 1 and len(s.target) == 1
            and length(bt.source.slice(s.source[0])) >= threshold("min-source")
            and not (s.source[0] == title and not any(ch in SENTENCE_ENDS for ch in bt.source.slice(title))))
        self.rendering = renderings[len(renderings) // 2] if renderings else 1.0
        # the translation renders its sentences whole, the least fully rendered of them too (its `whole-quantile`
        # at least `condensed`): as machine translation does; an editor condenses some
        # the rate at which a translation that renders its sentences more fully than the model predicts renders
        # them (its median), by which a translated sentence is judged short; the model's own rate for the rest (a
        # condensed translation's clauses are lost as easily)
        self.fullness = max(self.rendering, 1.0)
        self.whole = bool(renderings) and not _condensed(
            renderings[min(len(renderings) - 1, int(threshold("whole-quantile") * len(renderings)))])

        def machine_like(link) -> bool:
            """One source sentence split in two or more, or merged only with sentences shorter than `min-source` (a
            speaker's tag: “…。”陈立军说。 as 「…」と陳立軍さんは話す。): machine translation links sentences so too."""
            if len(link.source) == 1:
                return len(link.target) > 1
            return sum(1 for s in link.source if length(bt.source.text[s.start:s.end]) >= threshold("min-source")) <= 1
        self.machine_like = sum(1 for _, kids, _, _ in linked for s in kids
                                if (len(s.source) > 1 or len(s.target) > 1) and machine_like(s))

    def reworked(self, number_lost: bool = False) -> bool:
        """The translation was reworked for its readers, as a published edition is and machine translation never
        is: its structure changed on purpose (`reworked` or more paragraphs merged into another out of order,
        sentences moved within their paragraph, or paragraphs cut with no number and no person, place or
        organisation in them) and it adds currency conversions (`reworked` or more). A cut there, even of a number,
        is an editor's; for a cut that loses a number (``number_lost``) only a rearrangement counts (a paragraph
        merged out of order, a sentence moved): a paragraph cut may be a loss like the cut in question, and a lost
        number is the strongest evidence there is."""
        from ...bilingual.align import threshold

        changed = self.rearranged if number_lost else self.restructured
        return changed >= threshold("reworked") and self.converted >= threshold("reworked")

    def case(self, evidence: _Evidence, span, case: str, rough: bool = True) -> str:
        """A warning's case (`strong`, `short`), or `reworked-cut` where the translation was reworked and the span
        loses no person, place or organisation of the glossary (``evidence``: its paragraph's; a term, the topic's
        vocabulary, is no name: editors cut sentences of colour that use it). ``rough`` false: a clause, whose
        approximate quantity is no lost number (``_Evidence.lost_number``)."""
        return "reworked-cut" if case in ("strong", "short", "dropped-number") and self.reworked(
            evidence.lost_number(span, rough) or evidence.counted_away(span)) \
            and not evidence.lost_name(span, terms=False) else case

    def _kept_signs(self) -> int:
        """The signs but currency conversions where the translation renders its sentences whole (``whole``): machine
        translation with a conversion added renders every sentence so, an editor who converts condenses some."""
        return self.signs - (self.converted if self.whole else 0)

    def cuts_besides(self, span) -> set:
        """The editor's cuts (``cuts``) but the sentence ``span`` itself."""
        return self.cuts - {span}

    def _others(self, span) -> int:
        """The signs (``_kept_signs``), not counting the sentence ``span`` itself as a cut."""
        return self._kept_signs() + len(self.cuts_besides(span))

    def edited(self, span) -> bool:
        """The other signs, with the sentences rendered freely (``free``), reach `edited-share` per linked source
        sentence, and not all of them are sentence links that machine translation makes too (``machine_like``: long
        sentences split in two, and nothing else, is how machine translation renders a text of long sentences). A
        sentence rendered freely is no sign against a literal translation (``literal``): machine translation renders
        one so at times."""
        from ...bilingual.align import threshold

        others = self._others(span) + self.free
        return others >= threshold("edited-share") * max(self.sentences, 1) and others > self.machine_like

    def literal(self, span) -> bool:
        """No other sign in at least `literal-sentences` linked source sentences but sentence links that machine
        translation makes too (a long sentence split, a speaker's tag merged into its quotation): every other
        sentence is rendered as machine translation does, so a sentence left out was lost, not cut. Other sentences
        left out are no sign either where they are the only ones and the translation renders its sentences whole (not
        `condensed`): an editor who cuts condenses, merges or converts too, and machine translation that loses one
        sentence loses others; each is no evidence that the rest were cut on purpose."""
        from ...bilingual.align import threshold

        # sentence links that machine translation makes too (a long sentence split, a speaker's tag merged) are
        # no sign of editing here either
        if self.sentences < threshold("literal-sentences") or self._kept_signs() - self.machine_like:
            return False
        return not self.paragraphs_cut - {span} and (not self.cuts_besides(span) or not _condensed(self.rendering))


def _relabelled(bt) -> int:
    """The source paragraphs of an interview that open with a speaker's label (`记者：`, one that opens two paragraphs
    or more) whose translation opens with none: the translation marks the speaker its own way (――, nothing before an
    answer), as an editor lays an interview out; machine translation renders each label (`記者：`)."""
    from collections import Counter

    from ...charclass import SPEAKER_LABEL

    def label(text: str) -> str | None:
        found = SPEAKER_LABEL.match(text.lstrip())
        return found.group() if found else None

    links = [(p.source, p.target) for p in bt.alignment.paragraphs if p.source and p.target]
    counts = Counter(label(bt.source.slice(s)) for source, _ in links for s in source)
    interview = {lab for lab, n in counts.items() if lab is not None and n >= 2}
    return sum(max(0, sum(1 for s in source if label(bt.source.slice(s)) in interview)
                   - sum(1 for t in target if label(bt.target.slice(t)) is not None)) for source, target in links)


def _rendering(target_length: float, source_length: int) -> float:
    """The share of the length the aligner's model predicts for a source of ``source_length`` that a translation of
    ``target_length`` has."""
    from ...bilingual.align import model

    return target_length / (model()["length"]["ratio"] * max(source_length, 1))


def _condensed(rendering: float) -> bool:
    """A rendering (``_rendering``) under `condensed`: shorter than machine translation renders a text whole."""
    from ...bilingual.align import threshold

    return rendering < threshold("condensed")


def _at_edge(kids, k) -> bool:
    """Sentence link ``k`` holds its paragraph's first or last source sentence."""
    with_source = [j for j, n in enumerate(kids) if n.source]
    return k in (with_source[0], with_source[-1])


def _linked_neighbours(kids, k) -> list[float]:
    """Scores of the nearest sentence links with both sides before and after link ``k`` of a paragraph (a short
    sentence left unlinked between, 陈老板说。 rendered inside the quotation before it, is passed over)."""
    before = next((n.score for n in reversed(kids[:k]) if n.source and n.target), None)
    after = next((n.score for n in kids[k + 1:] if n.source and n.target), None)
    return [score for score in (before, after) if score is not None]


def _boundary_moved(kids, k, source, target) -> bool:
    """Sentence link ``k`` is short because its translation moved the boundary with a neighbour: the neighbouring
    sentence link (both sides one sentence) renders its source longer than the aligner's length model predicts by at
    least `truncated-ratio` of what link ``k`` lacks, and its translation holds `anchor-hanzi` or more kanji of ``k``'s source that ``k``'s
    own translation and the neighbour's source lack (同事 and 手 of 她和同事用三维扫描为每一只手建立了档案 in the
    sentence before, which rendered 负责数字化工作 and went on with it; a number of ``k``'s source there counts as
    `anchor-number` kanji: 占总装机的比重达到42.4% as …42.4%にのぼった。 closing the sentence before), the unlinked
    translated sentences between the two counted into the neighbour's translation. Two sentences rendered as a 2-2
    link, which the aligner cannot make, not a loss."""
    from ...bilingual.align import as_simplified, length, model, threshold
    from ...bilingual.numbers import quantities

    def keys(text):
        return {key for q in quantities(text) for key in q.keys()}

    ratio = model()["length"]["ratio"]
    sent = kids[k]
    s_text, t_text = source.slice(sent.source_span), target.slice(sent.target_span)
    lacks = ratio * length(s_text) - length(t_text)
    own = {as_simplified(ch) for ch in t_text if is_kanji(ch)}
    for step in (-1, 1):
        j, added = k + step, ""
        while 0 <= j < len(kids) and kids[j].target and not kids[j].source:  # a sentence the aligner left unlinked
            added += target.slice(kids[j].target_span)  # between them is the rest of the neighbour's translation
            j += step
        if not 0 <= j < len(kids) or len(kids[j].source) != 1 or len(kids[j].target) != 1:
            continue
        n_source, n_target = source.slice(kids[j].source_span), target.slice(kids[j].target_span) + added
        if length(n_target) - ratio * length(n_source) < threshold("truncated-ratio") * lacks:
            continue
        theirs = {as_simplified(ch) for ch in n_target if is_kanji(ch)}
        moved = {ch for ch in s_text if is_kanji(ch) and ch in theirs and ch not in own and ch not in n_source}
        numbers = [q for q in quantities(s_text) if significant(q) and q.keys() & keys(n_target)
                   and not q.keys() & (keys(t_text) | keys(n_source))]  # a number moved counts as a shared one
        if len(moved) + threshold("anchor-number") * len(numbers) >= threshold("anchor-hanzi"):
            return True
    return False


def _length_odds(target_length: float, source_length: int, left_out: int) -> float:
    """The log odds, under the aligner's length model, that a paragraph's translation of ``target_length`` left
    out a sentence of ``left_out`` characters of its ``source_length`` rather than translated all of it."""
    return (_shortfall(source_length, target_length) ** 2 - _shortfall(source_length - left_out, target_length) ** 2) / 2


def _added_apart(kids, source_text: str, target) -> int:
    """Length of the paragraph's added target sentences (no source) that share almost nothing with a source
    sentence (content fit below `min-part`)."""
    from ...bilingual.align import content_fit, length, model, text_anchors

    anchors = text_anchors(source_text, japanese=False)
    return sum(length(target.slice(n.target_span)) for n in kids if n.target and not n.source and content_fit(
        anchors, text_anchors(target.slice(n.target_span), japanese=True)) < model()["cost"]["min-part"])


def _split_off(source_text: str, added: str) -> int:
    """Length of the ``added`` target text (unlinked translated sentences right next to a source sentence's
    translation) when it shares content with ``source_text`` (content fit at least `min-part`): the rest of that
    sentence's translation, split off into a sentence of its own that the aligner left unlinked."""
    from ...bilingual.align import content_fit, length, model, text_anchors

    if not added.strip():
        return 0
    fit = content_fit(text_anchors(source_text, japanese=False), text_anchors(added, japanese=True))
    return length(added) if fit >= model()["cost"]["min-part"] else 0


def _added_around(kids, k):
    """The target span of sentence link ``k`` with the unlinked target sentences (0-1 links) right next to it."""
    from ...findings import Span

    lo = hi = k
    while lo > 0 and not kids[lo - 1].source and kids[lo - 1].target:
        lo -= 1
    while hi + 1 < len(kids) and not kids[hi + 1].source and kids[hi + 1].target:
        hi += 1
    return Span(kids[lo].target_span.start, kids[hi].target_span.end)


def service_number(text: str, q) -> bool:
    """Number ``q`` of ``text`` only dials a service line (data/cuts.toml ``service-lines``, ``service-dial``:
    12349便民服务热线, 拨打12345): three digits or more alone, with a line's word just after or a dialling word right
    before it."""
    if not (q.surface.isdigit() and len(q.surface) >= 3) or q.measure or q.currency or q.percent:
        return False
    cuts = _cuts()
    return cuts["service-line"].match(text, q.span.end) is not None \
        or text[:q.span.start].rstrip("：: ").endswith(cuts["service-dial"])


def names_people_again(text: str, q) -> bool:
    """Number ``q`` of ``text`` counts people at the start of a clause (data/cuts.toml ``person-references``: 两个人,
    两人 after a comma or at the sentence's start): the people the sentence has just named, referred to as a pronoun
    refers (妻子抡起大锤，他拿小锤…，两个人一轻一重: the two of them), not a number the article reports."""
    before = text[:q.span.start].rstrip()
    return (not before or before[-1] in CLAUSE_MARKS + SENTENCE_ENDS) \
        and text.startswith(_cuts()["person-references"], q.span.start)


def significant(q) -> bool:
    """A number that a translation writes as a number: with a digit, a percentage, a fraction or half (一半), a
    period, a unit of measure after it (两个多小时), or 10 or more."""
    from ...bilingual.align import threshold

    return (any(ch.isdigit() for ch in q.surface) or q.percent or q.period is not None or q.measure
            or q.value.denominator != 1 or q.value >= threshold("significant"))


class _Evidence:
    """What a paragraph's translation holds, to tell a sentence or clause really left out from one cut freely."""

    def __init__(self, ctx, bt, para):
        from fractions import Fraction  # noqa: PLC0415 - with decimal, which a plain lint never needs

        from ...bilingual.align import as_simplified
        from ...bilingual.numbers import katakana_numerals, lexicon, quantities
        from ...bilingual.pair import written_source_entities
        from ...charclass import is_kanji

        self.ctx, self.bt = ctx, bt
        tgt = ctx.doc.text
        self.quantities = [q for t in para.target for q in quantities(tgt[t.start:t.end])]
        self.numbers = {k for q in self.quantities for k in q.keys()}
        if any(word in tgt[t.start:t.end] for t in para.target for word in lexicon()["whole-words"]):
            self.numbers.add(Fraction(100))  # すべて処理した for 办结率100%: the whole is 100%
        self.source_numbers = {k for s in para.source for q in quantities(bt.source.slice(s)) for k in q.keys()}
        self.paragraph_hanzi = {as_simplified(ch) for t in para.target for ch in tgt[t.start:t.end] if is_kanji(ch)}
        self.paragraph_words = set().union(*(hanzi_words(tgt[t.start:t.end]) for t in para.target))
        # numbers the translation writes inside a katakana loanword (ツーショット for 两人的合影): no kanji, yet written
        self.loanword_numbers = set().union(*(katakana_numerals(tgt[t.start:t.end]) for t in para.target))
        self.entities = written_source_entities(bt.source, ctx.compiled)
        self.rendered = {m.entity for t in para.target for m in ctx.mentions.overlapping(t)} \
            if ctx.compiled is not None else set()

    def lost(self, span, rough: bool = True) -> bool:
        """The source span holds a number or a glossary name that the paragraph's translation has nowhere."""
        return self.lost_number(span, rough) or self.lost_name(span)

    def lost_number(self, span, rough: bool = True) -> bool:
        """The source span holds a number a translation writes as a number that the paragraph's translation has
        nowhere. With ``rough`` false (a clause of a translated sentence) an approximate quantity (每天有上百家客商) is
        none: editions trim such a clause as colour; a whole sentence left out with one (几十年) loses a number."""
        from ...bilingual.numbers import quantities

        text = self.bt.source.slice(span)
        return any(significant(q) and (rough or q.approx is None) and not (set(q.sizes) if q.sizes else q.keys()) & self.numbers
                   and not service_number(text, q) for q in quantities(text))

    def lost_name(self, span, terms: bool = True) -> bool:
        """The source span holds a glossary name that the paragraph's translation has nowhere (with ``terms`` false,
        a person, place or organisation only)."""
        from ...glossary.model import EntityType

        return any(span.contains(s) and zh not in self.rendered
                   and (terms or self.ctx.entry(zh).type != EntityType.TERM) for s, zh in self.entities)

    def holds(self, span) -> bool:
        """The source span holds a number a translation writes as a number or a person, place or organisation of the
        glossary (whether or not the paragraph's translation has it elsewhere): it carries what the article reports,
        not colour an editor cuts. A term, the topic's vocabulary, does not: editors cut sentences of colour that use
        it (沙县小吃 again; 机位 in an interview's aside, 康养 in a closing sentence on the local industry), rendered
        beside them or not."""
        return self.holds_number(span) or self.names(span)

    def names(self, span) -> bool:
        """The source span names a person, place or organisation of the glossary (a term, the topic's vocabulary,
        is no name)."""
        from ...glossary.model import EntityType

        return any(span.contains(s) and self.ctx.entry(zh).type != EntityType.TERM for s, zh in self.entities)

    def holds_number(self, span) -> bool:
        """The source span holds a number a translation writes as a number."""
        from ...bilingual.numbers import quantities

        text = self.bt.source.slice(span)
        return any(significant(q) and not service_number(text, q) for q in quantities(text))

    def counted_away(self, span) -> bool:
        """The source span holds a small number before a counter that the paragraph's translation has nowhere
        (``_counted_away``): a clause that loses it is no editor's trim."""
        from ...bilingual.numbers import quantities

        text = self.bt.source.slice(span)
        return any(self._counted_away(q, text) and not q.keys() & self.numbers for q in quantities(text))

    def _counted_away(self, q, text: str) -> bool:
        """A small number written in kanji before a counter (两季, 三家), not `significant` (两家 may be 両社), whose
        numeral the paragraph's translation writes nowhere, not even inside a word (no 両, 二 or 2): its clause is
        measured as one holding a lost number (each spring and autumn, 每年春秋两季, dropped whole). A numeral the
        translation writes at the start of a katakana loanword (ツーショット for 两人的合影) is written inside a word too.
        A count of people that opens a clause (``names_people_again``: 两个人一轻一重, the two the sentence has named) is
        no count either: a pronoun's work, which a translation does with one or with none. ``text``: what ``q``'s span
        is in."""
        from ...bilingual.align import as_simplified

        return (q.approx is None and q.period is None and not q.optional and not any(ch.isdigit() for ch in q.surface)
                and not {as_simplified(ch) for ch in q.surface} & self.paragraph_hanzi
                and q.value not in self.loanword_numbers
                and not names_people_again(text, q))

    def absent(self, span) -> bool:
        """The source span, with at least `absent-hanzi` distinct hanzi (fewer say little: 每周一闭馆。), shares almost
        none of them (at most `clause-overlap`) and no word (two hanzi in a row) with the paragraph's translation:
        it is translated nowhere in it, however loosely its neighbours align."""
        from ...bilingual.align import threshold
        from ...charclass import is_kanji

        text = self.bt.source.slice(span)
        hanzi = {ch for ch in text if is_kanji(ch)}
        return (len(hanzi) >= threshold("absent-hanzi")
                and len(hanzi & self.paragraph_hanzi) <= threshold("clause-overlap") * len(hanzi)
                and not hanzi_words(text) & self.paragraph_words)

    def dropped_clauses(self, sent, around=None, rate: float = 1.0, whole=None):
        """The clauses ``_dropped_clauses`` finds, less one that only restates its neighbour in the sentence
        (``restates``: 不收取任何费用 after 免费提供), which a translation that says it once renders."""
        src = self.bt.source.text
        for clause in self._dropped_clauses(sent, around, rate, whole):
            before = src[sent.source_span.start:clause.start]
            after = src[clause.end:sent.source_span.end]
            neighbours = (CLAUSE_END.split(before.rstrip(CLAUSE_MARKS))[-1], CLAUSE_END.split(after)[0])
            if not restates(src[clause.start:clause.end], neighbours) and not dateline(src[clause.start:clause.end]):
                yield clause

    def _dropped_clauses(self, sent, around=None, rate: float = 1.0, whole=None):
        """Clauses of a translated source sentence with no translation, each sharing almost no hanzi with the
        translated sentence (at most `clause-overlap`) while the rest of the sentence is there:
        - clauses that hold a number the translation lacks (neither in the sentence nor elsewhere in the paragraph,
          nor taken by a changed number), when another clause shares at least `translated` of its hanzi or has
          every number of its own in the translation, or the translated neighbours leave the clause no room
          (``_no_room``);
        - failing those, the one clause, or run of consecutive clauses, of at least `min-clause` characters whose
          loss explains the length: the translated sentence falls `clause-shortfall` standard deviations (the
          aligner's length model) short of its source, and within `rest-fits` of what the source without it
          predicts; the clauses share almost no hanzi and no word (two hanzi in a row) with the translated
          sentence, none has its numbers in the translation or a number the translation changed, almost no hanzi with the paragraph's translation either (not moved to another sentence),
          and a clause outside them shares at least `clause-rest` (a clause dropped with no
          number or name in it).
        Numbers are compared with ``whole``, the translation with its rest split off (``split_rest``), when given: a
        clause whose number changed there is there, wrong (BIL002)."""
        from ...bilingual.align import as_simplified, length, threshold
        from ...bilingual.numbers import changed, dated, differing, quantities, without_conversions
        from ...charclass import is_kanji
        from ...findings import Span

        s_span, t_span = sent.source_span, sent.target_span
        src, tgt = self.bt.source.text, self.ctx.doc.text
        whole = whole or t_span
        lost, extra = differing(src[s_span.start:s_span.end], tgt[whole.start:whole.end], s_span.start, whole.start)
        pairs = changed(lost, extra)
        taken = {id(was) for was, _ in pairs}
        # an approximate quantity (每天有上百家客商) is no evidence that a clause was lost: editions trim such a clause or
        # render it by a word (多くの); a whole sentence left out with one still loses a number
        # nor is a year, month or day of a date: editions write a date by its day alone (2025年7月10日 and 当地时间5月10日
        # as 10日), as ``dropped_numbers`` reads it
        lost = [q for q in lost if id(q) not in taken and not q.keys() & self.numbers and not dated(src, q)
                and (significant(q) and q.approx is None or self._counted_away(q, src))]
        # the hanzi the translation renders its source with, not those of a currency conversion it adds (（約2000万円）)
        target_hanzi = {as_simplified(ch) for ch in without_conversions(tgt[t_span.start:t_span.end]) if is_kanji(ch)}
        ends = _clause_ends(src, sent)
        spans = [Span(start, end) for start, end in zip([s_span.start, *ends], ends)]
        clauses, clause_hanzi, kept = [], {}, set()
        target_counted = _counted(tgt[t_span.start:t_span.end], quantities(tgt[t_span.start:t_span.end]))
        for clause in spans:
            text = src[clause.start:clause.end]
            found = quantities(text)
            numbers = [q for q in found if significant(q)]
            if numbers and all(q.keys() & self.numbers for q in numbers):
                kept.add(clause)  # its numbers are in the translation: the clause is there
            if len(found) >= threshold("clause-numbers") and all(q.keys() & self.numbers for q in found):
                kept.add(clause)  # two small numbers or more, each in the paragraph's translation (每墩留三到四根 as
                # 3本から4本, in the next sentence there): no coincidence, the clause is there
            if any(clause.contains(was.span) for was, _ in pairs):
                kept.add(clause)  # a number of it changed in the translation (BIL002): the clause is there, wrong
            if _counted(text, found) & target_counted:
                kept.add(clause)  # a number of it, however small, before the word it counts, the translated sentence's
                # too (第三代传人 and 3代目): its count, rendered
            if self._named_in(clause, t_span, spans):
                kept.add(clause)  # a person of it named in the translation, in full or short (宓副局長), or a name or
                # term only it names in its sentence (蛤蜊 as ハマグリ in a clause reworded round it): it is there
            numerals = {ch for q in found for ch in q.surface}
            hanzi = {ch for ch in text if is_kanji(ch) and ch not in numerals}
            clauses.append((clause, len(hanzi & target_hanzi) / len(hanzi) if hanzi else None))
            clause_hanzi[clause] = hanzi

        def dropped(clause, overlap, rest: float) -> bool:
            return (overlap is not None and overlap <= threshold("clause-overlap")
                    and length(src[clause.start:clause.end]) >= threshold("min-clause")
                    and any(c in kept or (o is not None and o >= rest) for c, o in clauses if c != clause))

        with_lost = [(clause, min((o for o in (overlap, self._own_overlap(clause, clause_hanzi, target_hanzi))
                                   if o is not None), default=None))
                     for clause, overlap in clauses if any(clause.contains(q.span) for q in lost)]
        no_room = set(self._no_room(around or t_span, [c for c, _ in clauses], clause_hanzi, pairs,
                                    {c for c, _ in with_lost})) if with_lost else set()
        found = [clause for clause, overlap in with_lost
                 if dropped(clause, overlap, threshold("translated"))
                 or (clause in no_room and dropped(clause, overlap, 0.0))]
        if found or len(clauses) < 2 or _headline(self.bt.source, s_span):
            yield from found  # a headline's clause with no number lost: rewritten as editions rewrite headlines
            return
        ls, lt = length(src[s_span.start:s_span.end]), length(tgt[t_span.start:t_span.end])
        if around is not None:  # the rest of its translation, split off into a sentence the aligner left unlinked
            lt += _split_off(src[s_span.start:s_span.end], tgt[around.start:t_span.start] + tgt[t_span.end:around.end])

        def deviation(source_length: int) -> float:  # the translation's shortfall in standard deviations, at the
            return _shortfall(source_length, lt / rate)  # rate the translation renders its sentences (``rate``: a
            # translation fuller than the model's makes a little shortfall telling)

        if deviation(ls) < threshold("gap-shortfall"):
            return
        fits, target_words = [], hanzi_words(tgt[t_span.start:t_span.end])
        for i in range(len(clauses)):  # a run of consecutive clauses, none of them translated
            for j in range(i + 1, len(clauses) + 1):
                run = Span(clauses[i][0].start, clauses[j - 1][0].end)
                inside = clauses[i:j]
                hanzi = set().union(*(clause_hanzi[c] for c, _ in inside))
                if (all((o is None or o <= threshold("clause-overlap")) and c not in kept for c, o in inside)
                        and not hanzi_words(src[run.start:run.end]) & target_words
                        and len(hanzi & self.paragraph_hanzi) <= threshold("clause-overlap") * len(hanzi)
                        and length(src[run.start:run.end]) >= threshold("min-clause")
                        and any(o is not None and o >= threshold("clause-rest") for _, o in clauses[:i] + clauses[j:])):
                    fits.append((abs(deviation(ls - length(src[run.start:run.end]))), run))
        fits = [(d, run) for d, run in fits if d <= threshold("rest-fits")]
        if fits and deviation(ls) >= threshold("clause-shortfall"):
            run = min(fits)[1]
            if not self._free_piece(around or t_span, [c for c, _ in clauses], clause_hanzi, pairs, run):
                yield run
            return
        # a clause whose numbers the paragraph's translation holds is there, in another sentence of it (the edition
        # moved the boundary between two sentences: …42.4%にのぼった。 then the rest of the next source sentence)
        yield from itertools.islice((c for c in self._no_room(around or t_span, [c for c, _ in clauses], clause_hanzi,
                                                              pairs, sharing=_shortfall(ls, lt) < threshold("gap-shortfall"))
                                     if c not in kept), 1)

    def dropped_numbers(self, sent, written: tuple[list, set], reported=(), whole=None):
        """The clauses of a translated source sentence that its translation renders without their number
        (去年协会帮助120多名师傅在海外开了店 as 昨年は協会の支援で職人が海外に出店し): a number written in digits that counts or
        measures something (not a year, month or day of a date, which editions drop, nor a time of day or a period)
        or a count of the latest years in any digits (近三年: ``numbers.recent``, found lost where the paragraph's
        translation lacks it), and that the translation writes nowhere (``written``: every number of the translation, those
        inside its currency conversions too, and their keys; an amount of money as no measure in the paragraph, and as money
        elsewhere: 1元 is not the 1 of 1斤当たり, nor of a title's 1輪), in a clause not already reported as left out (``reported``). Only in a
        sentence with a sentence end (a headline is condensed by design) whose translation writes no number that its
        source paragraph lacks: a changed number is BIL002's, and a translation linked to the wrong source sentence
        has numbers of its own. Numbers are compared with ``whole`` (``split_rest``) when given. Yields (clause,
        number)."""
        from ...bilingual.numbers import changed, dated, differing, recent, vaguely_recent
        from ...charclass import SENTENCE_ENDS
        from ...findings import Span

        s_span, t_span = sent.source_span, sent.target_span
        src, tgt = self.bt.source.text, self.ctx.doc.text
        if not any(ch in SENTENCE_ENDS for ch in src[s_span.start:s_span.end]):
            return
        whole = whole or t_span
        lost, extra = differing(src[s_span.start:s_span.end], tgt[whole.start:whole.end], s_span.start, whole.start)
        if any(not q.keys() & self.source_numbers for q in extra):
            return
        # changed, not left out: BIL002 (28 as 23, 23 of 23日); a count of the latest years is no number the
        # paragraph's source writes elsewhere (近三年 is not the 52 of 今年52岁 before it, which the translation merged in)
        taken = {id(was) for was, now in changed(lost, extra)
                 if not (recent(src, was) and now.keys() & self.source_numbers)}
        ends = _clause_ends(src, sent)
        starts = [s_span.start] + ends[:-1]
        written_all, written_keys = written
        for q in lost:
            latest = recent(src, q)  # 近三年: a time of its sentence, kanji and all; the paragraph's 3 only
            if (id(q) in taken or q.time or q.period is not None
                    or not latest and (not any(ch.isdigit() for ch in q.surface) or not significant(q)
                                       or dated(src, q))
                    or q.keys() & (self.numbers if latest else self.numbers | written_keys)
                    and self._written_as_such(q, written_all)
                    or latest and vaguely_recent(tgt[whole.start:whole.end])
                    or any(c.contains(q.span) for c in reported)):
                continue
            start = max(at for at in starts if at <= q.span.start)
            end = next(e for e in ends if e >= q.span.end)
            yield Span(start, end), q

    def _written_as_such(self, q, written_all: list) -> bool:
        """A number ``q`` of the source whose value the translation writes is written as what it is: any number but
        an amount of money, and an amount of money where the paragraph's translation writes the value as no other
        dimension, or where the translation (``written_all``) writes it as money (1元 is not the 1 of 1斤当たり, nor of
        a title's 1輪)."""
        return not q.currency or any(q.common_keys(o) and not q.clashes(o) for o in self.quantities) \
            or any(q.common_keys(o) and o.currency and not q.clashes(o) for o in written_all)

    def _named_in(self, clause, t_span, spans=()) -> bool:
        """The source ``clause`` names a person of the glossary whom the translated sentence at ``t_span`` names,
        in full or by a short form (surname and title: ``terms.short_forms``), or another glossary entry (a place,
        a term) that no other clause of its sentence (``spans``) names and that the translated sentence renders:
        the clause is there, reworded round it (渔民当天捕捞蛤蜊 as その日に獲れたハマグリ, sharing no hanzi)."""
        from ...bilingual.terms import short_forms
        from ...glossary.model import EntityType

        named = {zh for s, zh in self.entities if clause.contains(s)}
        people = {zh for zh in named if self.ctx.entry(zh).type == EntityType.PERSON}
        own = named - {zh for s, zh in self.entities for other in spans if other != clause and other.contains(s)}
        return any(m.entity in people | own for m in self.ctx.mentions.overlapping(t_span)) or any(
            short_forms(self.ctx.doc.text, self.ctx.entry(zh), t_span.start, t_span.end) for zh in people)

    @staticmethod
    def _own_overlap(clause, clause_hanzi, target_hanzi) -> float | None:
        """The share of the clause's own hanzi (in no other clause of its sentence: a name the sentence repeats is
        no sign that this clause was translated) found in the translated sentence; None with fewer than
        `own-hanzi` of them."""
        from ...bilingual.align import threshold

        own = clause_hanzi[clause].difference(*(h for c, h in clause_hanzi.items() if c != clause))
        return len(own & target_hanzi) / len(own) if len(own) >= threshold("own-hanzi") else None

    def _anchoring(self, t_span, clauses, clause_hanzi, changed_numbers=()):
        """The translated sentence's clauses (split at commas, 、 and sentence ends, and before a quotation's 「) as
        (spans, hanzi) and, for each source clause, the set of translated clauses it is anchored to: the one it shares most with, if it shares
        numbers, Latin words or at least `anchor-hanzi` hanzi with it. ``t_span`` is the translated sentence with any
        unlinked translated sentences next to it (a quotation the translation split into more sentences than the
        aligner links to one). A source clause with a number the translation changed (``changed_numbers``: (source,
        target) quantities) is anchored to the clause of the translation that holds the changed number: it is
        translated there, with the wrong number. An anchor that crosses the order of the clauses is a coincidence of
        words: the weaker of two clauses anchored to one translated clause, with a clause between anchored on the
        other's side of it, loses its anchor; so does the weaker of two anchored to one translated clause by a
        coincidence of words (``_coincidence``: 制 of 製品 for 产品). A piece no clause is anchored to, next to a
        clause's anchor, that renders a glossary name only that clause names (茶青 as 生葉) is the rest of that
        clause, split at the translation's own comma: it leaves no room for a neighbouring clause the translation
        dropped."""
        from ...bilingual.align import HANZI_KEY, QUOTE_KEY, as_simplified, text_anchors, threshold
        from ...charclass import is_kanji
        from ...findings import Span

        src, tgt = self.bt.source.text, self.ctx.doc.text
        pieces, piece_spans, start = [], [], t_span.start
        for end in [m.end() for m in PIECE_END.finditer(tgt, t_span.start, t_span.end)] + [t_span.end]:
            if any(ch.isalnum() for ch in tgt[start:end]):
                pieces.append(tgt[start:end])
                piece_spans.append(Span(start, end))
            start = end
        piece_hanzi = [{as_simplified(ch) for ch in p if is_kanji(ch)} for p in pieces]
        piece_other = [{k for k in text_anchors(p, japanese=True) if not k.startswith((HANZI_KEY, QUOTE_KEY))}
                       for p in pieces]
        anchored, strength = [], []
        for clause in clauses:
            other = {k for k in text_anchors(src[clause.start:clause.end], japanese=False)
                     if not k.startswith((HANZI_KEY, QUOTE_KEY))}
            scores = [(len(other & piece_other[j]) * threshold("anchor-number") + len(clause_hanzi[clause] & piece_hanzi[j]),
                       -j)
                      for j in range(len(pieces)) if other & piece_other[j]
                      or len(clause_hanzi[clause] & piece_hanzi[j]) >= threshold("anchor-hanzi")]
            holding = {j for was, now in changed_numbers if clause.contains(was.span)
                       for j, piece in enumerate(piece_spans) if piece.contains(now.span)}
            anchored.append(holding or ({-max(scores)[1]} if scores else set()))
            # a changed number anchors as a shared one does
            strength.append(max([s for s, _ in scores] + ([threshold("anchor-number")] if holding else []), default=0))
        for i, j in itertools.combinations(range(len(clauses)), 2):  # an anchor that crosses the order is a
            if not anchored[i] or anchored[i] != anchored[j]:  # coincidence of words the other clause explains:
                continue  # the weaker of two clauses anchored to one piece, with a clause between anchored
            between = anchored[i + 1:j]  # on the other clause's side of it
            if strength[j] > strength[i] and any(a and max(a) < min(anchored[i]) for a in between):
                anchored[i] = set()
            elif strength[i] > strength[j] and any(a and min(a) > max(anchored[j]) for a in between):
                anchored[j] = set()
        simple = [[as_simplified(ch) for ch in p] for p in pieces]
        for i, j in itertools.combinations(range(len(clauses)), 2):
            if len(anchored[i]) == 1 and anchored[i] == anchored[j] and strength[i] != strength[j]:
                weak, strong = (i, j) if strength[i] < strength[j] else (j, i)
                if self._coincidence(clauses, clause_hanzi, anchored, weak, strong, simple, piece_hanzi, piece_other):
                    anchored[weak] = set()
        for i, clause in enumerate(clauses):  # a list the translation split at its 、 (统一收购、统一检测、统一包装 as
            marks = src.count(LIST_MARK, clause.start, clause.end)  # 一括して買い取り、検査し、包装している): the clause
            if len(anchored[i]) != 1 or not marks:  # is rendered in as many pieces next to its anchor, across a 、, each
                continue  # sharing a hanzi with it and none with another clause of its sentence
            others = set().union(*(h for c, h in clause_hanzi.items() if c != clause))
            for step in (-1, 1):
                j = next(iter(anchored[i])) + step
                while (0 <= j < len(pieces) and len(anchored[i]) <= marks and not any(j in a for a in anchored)
                       and pieces[min(j, j - step)].rstrip().endswith(LIST_MARK)
                       and piece_hanzi[j] & clause_hanzi[clause] and not piece_hanzi[j] & others):
                    anchored[i] = anchored[i] | {j}
                    j += step
        named = [{m.entity for m in self.ctx.mentions.overlapping(span)} for span in piece_spans]
        grown = True
        while grown:  # a clause the translation split at its own comma (雨后起雾时茶青的香气最浓 as 雨上がりに霧が出た
            grown = False  # ときは、生葉の香りが最も強い): a piece no clause is anchored to, next to a clause's anchor,
            for j in range(len(pieces)):  # that renders a glossary name only that clause names is its rest
                naming = [i for i, c in enumerate(clauses) if any(zh in src[c.start:c.end] for zh in named[j])]
                if len(naming) == 1 and not any(j in a for a in anchored) and (
                        anchored[naming[0]] & {j - 1, j + 1} or self._in_order(anchored, naming[0], j)):
                    anchored[naming[0]] = anchored[naming[0]] | {j}
                    grown = True
        return piece_spans, piece_hanzi, anchored

    def _coincidence(self, clauses, clause_hanzi, anchored, weak: int, strong: int, simple, piece_hanzi,
                     piece_other) -> bool:
        """Source clause ``weak`` is anchored to the piece that the stronger clause ``strong`` is anchored to only by
        a coincidence of words: it shares no number or Latin word with it, and of the hanzi it shares with it that
        the stronger clause lacks (one at least: a clause sharing only the stronger one's hanzi repeats its words,
        也就是“菜博会” after 蔬菜科技博览会, and whether the piece renders it too cannot be told), fewer than
        `anchor-hanzi` are not written right next to a hanzi of the stronger clause (制 of 製品 for 产品 beside
        抽检, sharing 制, 品 and 检 with a lost 建立了艾制品质量检测中心); nor is a hanzi of it written in another
        piece that the clauses anchored there lack, but right next to one they have (暖 of 暖まらない for
        居民如发现暖气不热; not 品 of 品質 for 质量). The weaker clause then has no anchor there."""
        from ...bilingual.align import HANZI_KEY, QUOTE_KEY, text_anchors, threshold

        src = self.bt.source.text
        k = next(iter(anchored[weak]))
        mine, explained = clause_hanzi[clauses[weak]], clause_hanzi[clauses[strong]]
        other = {key for key in text_anchors(src[clauses[weak].start:clauses[weak].end], japanese=False)
                 if not key.startswith((HANZI_KEY, QUOTE_KEY))}
        shared = (mine & piece_hanzi[k]) - explained
        if not shared or other & piece_other[k] or len(
                {ch for ch in shared if not _in_word(ch, simple[k], explained)}) >= threshold("anchor-hanzi"):
            return False
        for p in range(len(simple)):
            there = set().union(*(clause_hanzi[c] for c, a in zip(clauses, anchored) if p in a and c != clauses[weak]))
            if p != k and any(not _in_word(ch, simple[p], there) for ch in (mine & piece_hanzi[p]) - there):
                return False
        return True

    @staticmethod
    def _in_order(anchored, i: int, j: int) -> bool:
        """Source clause ``i``, anchored to no piece, may be anchored to piece ``j`` (one that renders a glossary name
        only it names: 至今仍用坛子储存榨菜 as 今もかめでザーサイを貯蔵している, sharing one hanzi) without crossing the
        order of the clauses: every clause before it is anchored before ``j`` and every clause after it after."""
        return not anchored[i] and all(max(a) < j for a in anchored[:i] if a) and all(
            min(a) > j for a in anchored[i + 1:] if a)

    @staticmethod
    def _between(anchored, i: int, j: int, count: int) -> tuple[int, int] | None:
        """The translated clauses around the place of source clauses ``i`` to ``j`` (exclusive): the last one
        anchored before them and the first one anchored after (-1 and ``count`` at the ends), or None when no clause
        around is anchored."""
        before = next((max(a) for a in reversed(anchored[:i]) if a), None)
        after = next((min(a) for a in anchored[j:] if a), None)
        if before is None and after is None:
            return None
        return (-1 if before is None else before), (count if after is None else after)

    def _free_piece(self, t_span, clauses, clause_hanzi, changed_numbers, run) -> bool:
        """The source clauses of ``run`` may be rendered in the translated sentence, so that its shortness says
        nothing about them:
        - clauses of the translation that no source clause is anchored to stand where the run would be rendered
          (between the translated clauses its neighbours are anchored to), as long as the run and every other source
          clause anchored nowhere between the same neighbours predict (less than `clause-shortfall` standard
          deviations short of them: one free clause of the translation does not render two of the source), the run
          rendered there freely, with no word in common (同観測所の過去最高を塗り替えた for 打破了该站建站以来的纪录);
          a stray word of a neighbour set apart by a comma (毎月、) renders no clause;
        - or a translated clause on either side holds a kanji of the run that the clauses anchored to it lack
          (``_merged_into``: the run rendered inside its neighbour's translation) and is as long as a rendering of
          both (``_long_enough``: 舗装 of 铺成 beside a lost 装上了护栏 is a coincidence in a clause no longer than its
          own)."""
        from ...bilingual.align import length, threshold

        piece_spans, piece_hanzi, anchored = self._anchoring(t_span, clauses, clause_hanzi, changed_numbers)
        inside = [k for k, c in enumerate(clauses) if run.contains(c)]
        around = self._between(anchored, inside[0], inside[-1] + 1, len(piece_spans)) if inside else None
        if around is None:
            return False
        if any(self._merged_into(j, k, clauses, anchored, clause_hanzi, piece_hanzi, self.ctx.doc.slice(piece_spans[j]))
               and self._long_enough(j, run, clauses, anchored, piece_spans)
               for k in inside for j in around if 0 <= j < len(piece_spans)):
            return True  # merged into the translation of a neighbour (今は町の工場で働いて月収…を得ている)
        first, last = inside[0], inside[-1]
        while first > 0 and not anchored[first - 1]:
            first -= 1
        while last + 1 < len(clauses) and not anchored[last + 1]:
            last += 1
        taken = set().union(*anchored)
        free = sum(length(self.ctx.doc.slice(piece_spans[k])) for k in range(around[0] + 1, around[1])
                   if k not in taken)
        # the free clauses render the run and every other clause anchored nowhere between the same neighbours
        rendered = length(self.bt.source.slice(run)) + sum(
            length(self.bt.source.slice(clauses[k])) for k in range(first, last + 1) if k not in inside)
        return free > 0 and _shortfall(rendered, free) < threshold("clause-shortfall")

    def _no_room(self, t_span, clauses, clause_hanzi, changed_numbers=(), lost=frozenset(), sharing: bool = False):
        """The clauses with no anchor in the translated sentence whose anchored neighbours leave them no room
        (``_anchoring``): a source clause anchored to none, of at least `gap-clause` characters, between clauses
        anchored to adjacent or the same translated clauses (or at either end of the sentence, next to the first or
        last), has nothing left in the translation to stand for it. A clause of ``lost`` (one holding a number the
        paragraph's translation lacks) is not merged into a neighbour's translation by a kanji of it there
        (``_merged_into``): a clause rendered inside its neighbour's translation brings its number along, and one
        whose number is nowhere in the paragraph's translation is lost, a kanji of it there notwithstanding (毎日
        for 天天 beside a lost 每月…元); nor, where its lost number is one a translation writes as a number
        (``significant``: a percentage, not the 二 of 第二天, which 翌日 renders), is it rendered by a translated clause
        anchored to none that writes no number (``_numbered``: すみに詰めたりする, the rest of its neighbour, beside a lost
        一车能多运三成). With ``sharing`` (the sentence is short only at the rate of a translation
        fuller than the model's), a clause that shares `anchor-hanzi` hanzi with a translated clause around its place
        is no clause with no room either: it lost its anchor there to a coincidence of words across the order
        (我市将出现寒潮天气 beside 秦皇岛市气象台…, as 秦皇島市は寒波に見舞われ), and so short a sentence is no evidence
        that it was lost."""
        from ...bilingual.align import length, threshold

        src = self.bt.source.text
        piece_spans, piece_hanzi, anchored = self._anchoring(t_span, clauses, clause_hanzi, changed_numbers)
        taken = set().union(*anchored) if anchored else set()
        for i, clause in enumerate(clauses):
            # a clause that loses a number needs only `min-clause` characters: the number is evidence of its own
            if anchored[i] or length(src[clause.start:clause.end]) < (
                    threshold("min-clause") if clause in lost else threshold("gap-clause")):
                continue
            around = self._between(anchored, i, i + 1, len(piece_spans))
            if around is None:
                continue
            lo, hi = around
            if sharing and any(len(clause_hanzi[clause] & piece_hanzi[j]) >= threshold("anchor-hanzi")
                               for j in (lo, hi) if 0 <= j < len(piece_spans)):
                continue
            counted = clause in lost and self.lost_number(clause, rough=False)  # a number written as one, lost
            if lo <= hi and not any(j not in taken and not (counted and not self._numbered(piece_spans[j]))
                                    for j in range(lo + 1, hi)) \
                    and not (clause not in lost and any(self._merged_into(j, i, clauses, anchored, clause_hanzi,
                                                                          piece_hanzi, self.ctx.doc.slice(piece_spans[j]))
                                for j in {lo, hi} if 0 <= j < len(piece_spans))):
                yield clause

    def _numbered(self, piece) -> bool:
        """The translation's clause at ``piece`` writes a number (digits, kanji numerals, 半分): a clause that loses
        a number the paragraph's translation has nowhere is rendered by no free clause without one."""
        from ...bilingual.numbers import quantities

        return bool(quantities(self.ctx.doc.slice(piece)))

    def _long_enough(self, piece: int, run, clauses, anchored, piece_spans) -> bool:
        """The translation's clause ``piece`` is as long as a rendering of its anchored source clauses and ``run``
        together, rather than of them alone (the aligner's length model): ``run`` may be merged into it."""
        from ...bilingual.align import length

        alone = sum(length(self.bt.source.slice(c)) for c, a in zip(clauses, anchored) if piece in a)
        written = length(self.ctx.doc.slice(piece_spans[piece]))
        return abs(_shortfall(alone + length(self.bt.source.slice(run)), written)) <= abs(_shortfall(alone, written))

    @staticmethod
    def _merged_into(piece: int, i: int, clauses, anchored, clause_hanzi, piece_hanzi, text: str = "") -> bool:
        """The translation's clause ``piece`` (its ``text``) has a hanzi that the source clauses anchored to it lack
        and that only source clause ``i`` has in its sentence: clause ``i`` is rendered inside it, merged with its
        anchored neighbour (今は保守船で働いて月給…を得ている for 现在在一艘运维船上工作，每月工资…), not dropped. A
        hanzi written only right next to one the anchored clauses have is part of their word (送 of 発送 for 发往
        beside a lost 最快七天就能送到), no sign of the clause."""
        from ...bilingual.align import as_simplified

        explained = set().union(*(clause_hanzi[c] for c, a in zip(clauses, anchored) if piece in a))
        own = clause_hanzi[clauses[i]].difference(*(clause_hanzi[c] for k, c in enumerate(clauses) if k != i))
        simple = [as_simplified(ch) for ch in text]
        return any(not _in_word(ch, simple, explained) for ch in own & (piece_hanzi[piece] - explained))


def _in_word(ch: str, simple: list[str], explained: set) -> bool:
    """Hanzi ``ch`` is written in the translated clause ``simple`` (its characters as simplified Chinese) only right
    next to a hanzi of ``explained`` (those of the source clauses rendered there): part of their word (送 of 発送 for
    发往, 制 of 製品 for 产品), no sign of another clause."""
    at = [k for k, c in enumerate(simple) if c == ch]
    return bool(at) and all(any(0 <= n < len(simple) and simple[n] in explained for n in (k - 1, k + 1)) for k in at)


@functools.cache  # read once: data/cuts.toml does not change while textqa runs
def _cuts() -> dict:
    from ...bilingual.terms import cuts_data, source_datelines

    data = cuts_data()
    openers = "|".join(sorted(map(re.escape, data["restatement-openers"]), key=len, reverse=True))
    return {"formulas": re.compile("|".join(f"(?:{f})" for f in data["formulas"])),
            "service-line": re.compile(f"[^\\d\\W]{{0,4}}?(?:{'|'.join(map(re.escape, data['service-lines']))})"),
            "service-dial": tuple(data["service-dial"]),
            "person-references": tuple(data["person-references"]),
            "datelines": source_datelines(),
            "restatements": {key: re.compile(f"(?:{openers})?(?:{'|'.join(map(re.escape, said))})")
                             for key, said in data["restatements"].items()}}


def _core(text: str) -> str:
    """A sentence or clause less the spaces around it and its closing marks."""
    return text.strip().rstrip(CLAUSE_MARKS + SENTENCE_ENDS + SENTENCE_CLOSERS + LIST_MARK).strip()


def _counted(text: str, found) -> set:
    """(value, the hanzi right after it, simplified, as the first of its `same-counters`) of each number of ``text``
    (its ``quantities``, ``found``) that a hanzi follows: a number and the word it counts (三代 and 3代, 两户 and 2戸,
    三根 and 3本), matched across the two languages."""
    from ...bilingual.align import as_simplified
    from ...bilingual.numbers import same_counter
    from ...charclass import is_kanji

    return {(q.value, same_counter(as_simplified(text[q.span.end]))) for q in found
            if q.span.end < len(text) and is_kanji(text[q.span.end])}


def formula(text: str) -> bool:
    """The sentence or clause is only a courtesy or appeal formula (data/cuts.toml ``formulas``: 感谢…的理解和配合,
    请…积极配合, 敬请谅解, 特此通知), which editions drop on purpose."""
    return _cuts()["formulas"].fullmatch(_core(text)) is not None


def _headline(source, span) -> bool:
    """The source sentence is a page's headline: a heading (``align.heading``) that opens a paragraph, which an
    edition drops or rewrites on purpose."""
    from ...bilingual.align import heading

    return heading(source.slice(span)) and any(p.start == span.start for p in source.paragraphs())


def dateline(text: str) -> bool:
    """The clause is only the source outlet's dateline and credits (data/cuts.toml ``datelines``: 中新网10月18日电,
    (记者刘飞)据…报道), no part of the text an edition translates."""
    core = _core(text)
    return bool(core) and _cuts()["datelines"].fullmatch(core) is not None


def restates(clause: str, neighbours) -> bool:
    """The clause only restates a word of a neighbouring clause (data/cuts.toml ``restatements``: 不收取任何费用 after
    免费提供): translated with it."""
    core = _core(clause)
    return any(pattern.fullmatch(core) and any(key in n for n in neighbours)
               for key, pattern in _cuts()["restatements"].items())
