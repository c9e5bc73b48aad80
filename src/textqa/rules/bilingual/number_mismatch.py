"""BIL002: a number whose value differs from the aligned source sentence."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ...context import confidence
from ...findings import Severity, Span
from ..base import Rule
from ._shared import beside_added, bitext, excerpt, merged_beside, split_rest


def _fmt(q) -> str:
    if q.time:  # a time of day as hours and minutes (6時半: 6:30)
        return f"{int(q.value)}:{int((q.value - int(q.value)) * 60):02d}"
    if q.ratio is not None:  # a ratio as its two numbers (按1比10: 1:10)
        return ":".join(_fmt(replace(q, value=n, ratio=None, percent=False)) for n in q.ratio)
    value = q.value * 100 if q.percent else q.value
    shown = f"{float(value):,.10g}" if value.denominator != 1 else f"{int(value):,}"
    return shown + ("%" if q.percent else "")


def _recounted(was, extra, src: str, tgt: str, src_keys: Counter, tgt_keys: Counter) -> bool:
    """A number the source's paragraph repeats more often than its translation does, in a sentence whose
    translation has an extra number counting the same thing (the same kanji after both: 1日 as 10日 beside an
    unchanged 1月; or a unit of measure of one dimension: 两米 as 3メートル beside 两根 as 2本): the repeat is the
    number the translation changed, not one it left out."""
    from ...charclass import is_kanji

    after = src[was.span.end:was.span.end + 1]
    measured = {dimension for dimension, _ in was.sizes}
    return any(src_keys[k] > tgt_keys[k] for k in was.keys()) and (
        (is_kanji(after) and any(tgt[q.span.end:q.span.end + 1] == after for q in extra))
        or any(measured & {dimension for dimension, _ in q.sizes} for q in extra))


def _unaccounted(paragraphs, src: str, tgt: str) -> list[set]:
    """For each paragraph link, the numbers (keys) of its source that its translation does not have: all of them for
    a source paragraph left out."""
    from ...bilingual.numbers import quantities

    def keys(spans, text):
        return {k for sp in spans for q in quantities(text[sp.start:sp.end]) for k in q.keys()}

    return [keys(para.source, src) - keys(para.target, tgt) for para in paragraphs]


def _summarised(unaccounted: list[set], translated: set) -> set:
    """The numbers (keys) of other paragraph links' sources, missing from their own translations, that a translated
    paragraph with numbers ``translated`` renders: those of a source sharing at least `summary-numbers` of them with
    it (an edition's lede that sums up the figures of several paragraphs, which the aligner can link to one of them
    only; the paragraph after it then renders the rest of the lede's source)."""
    from ...bilingual.align import threshold

    least = threshold("summary-numbers")
    return {k for keys in unaccounted if len(keys & translated) >= least for k in keys & translated}


class NumberMismatch(Rule):
    """
    ## What it does
    Compares the numbers of each aligned sentence pair by value and reports a number in the translation that
    the source sentence does not have, when the source sentence also has a number the translation lacks.
    Numerals are normalised first: Chinese and Japanese numerals (三千, 两), 万/亿/億/兆, decimals, thousands
    separators, full-width digits, %, パーセント, 成, 割, 分之 and 分の, years and dates; a single digit before 分 is
    also its tenths against a percentage (七分靠水土，三分靠种子 = 7割…3割; never 0.7, nor 三分钟); an estimate of two
    neighbouring digits (六七十场, 十七八岁, 两三万) is both ends of its range (60～70回, 17～18歳, 2万～3万); a ratio or scale beside a word of
    ratio is the first number over the second (按1:10比例 = 10分の1の縮尺, not 1:100); a price in tenths paid (九折, 八五折,
    8掛け) is also the discount it is (1割引き, 15%オフ), and compares with a number written as a discount by that only; a
    time of day is one number of its hour and minutes, on a 24-hour clock where a word says afternoon (18时30分 =
    18:30 = 午後6時半); an approximate quantity (上百, 近百, 几十, 数百, 成千上万: `approximate-prefixes` and
    `approximate-words` in numbers.toml) is a range, equal to a number inside it (上百辆 = 100台を超える) and to an
    approximate quantity whose range overlaps it, like with like matched first, and is never paired as a change with
    another number of its sentence; a decimal rounded to fewer decimals, one at least, is the same number (22.01% as
    22・0%, 43.58% as 43.6%). The dates of a source's dateline (新华社南宁3月5日电) and of an edition's own (【新華社南寧
    3月6日】) are each outlet's, no number of the text, and are not compared. Amounts inside a
    parenthesised conversion are left out: a currency's (100万元（約2000万円）), or a measure's right after a number
    and its unit (1万5000ムー（約1000ヘクタール）; units are `conversion-units` and `[units]` in numbers.toml). Two periods of
    a year compare by their months (1月至10月 is not 1～11月, though both start in January). A number with a unit of measure is also compared by its size
    (5公里 = 5000メートル = 5キロ, 十八里 = 9キロ; `[units]` in numbers.toml); a unit an edition converts roughly
    (`rounded-units`: 1万亩 = 約670ヘクタール) equals its conversion rounded at the digits the conversion writes, and a
    unit the source names with no digit (每斤, 半斤: `unit-named-by`) its size in another unit (500グラム当たり, 250グラム);
    the same digits with a unit of another size are
    a changed number (5公里 as 5メートル, 3小时 as 3分間), reported with the number in the translation's unit; so
    is the same amount in another currency with no conversion beside it (3万元 as 3万円; `[currencies]`). A source
    sentence the aligner left unlinked beside the one unlinked translated sentence next to it, the two sharing a
    word, `beside-hanzi` hanzi apart or a number, is compared with it as a pair (a translation that lost a clause and changed a number is too poor to link),
    and a linked sentence with the unlinked translated sentences right next to it that share its content (the rest of
    its translation, split off where the source has a comma, a number changed there);
    so is one whose numbers are in the translation of a linked neighbour, but for those changed there (a translation
    that split its sentences elsewhere: the sentence was merged into it). A number the source's paragraph repeats
    more often than its translation is compared too when the sentence's translation adds one counting the same thing
    (2027年1月1日 as 2027年1月10日: the repeated 1 is the 10). A number of another source paragraph that its own
    translation lacks (or that the translation left out) is no change in a translated paragraph that has
    `summary-numbers` or more of that paragraph's missing numbers: an edition's lede that sums up the figures of
    several paragraphs, which the aligner links to one of them only.

    ## Why is this bad
    Machine translation moves numbers across 万 and 億 and slips digits: 3万 becomes 30万, 2018年 becomes
    2019年; it also renders a unit as a smaller or larger one and keeps the digits (公里 as メートル). Nothing in
    the Japanese alone shows it.

    ## Example
    Source: `售价约为5万元` Translation: `価格は約50万元で`

    ## Use instead
    `価格は約5万元で` (equal values written differently are fine: 1.5亿 = 1億5000万, 4768 = 4,768,
    30% = 30パーセント, 100万元（約2000万円）)
    """

    code = "BIL002"
    name = "number-mismatch"
    severity = Severity.WARNING
    reads = ("text", "bilingual")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.numbers import changed, clock_text, differing, quantities, shared_keys
        from ...bilingual.terms import edition_dateline_end, source_dateline_end

        src, tgt = bt.source.text, ctx.doc.text
        unaccounted = _unaccounted(bt.alignment.paragraphs, src, tgt)
        for index, (para, kids) in enumerate(zip(bt.alignment.paragraphs, bt.alignment.children)):
            if not para.source or not para.target:
                continue
            para_src = [q for s in para.source for q in quantities(src[s.start:s.end])]
            para_tgt = [q for t in para.target for q in quantities(tgt[t.start:t.end])]
            src_keys = Counter(k for q in para_src for k in q.keys())
            tgt_keys = Counter(k for q in para_tgt for k in q.keys())
            summarised = _summarised(unaccounted[:index] + unaccounted[index + 1:], set(tgt_keys))
            for k, sent in enumerate(kids):
                if sent.source and not sent.target:
                    # a source sentence the aligner left unlinked beside the one translated sentence it left
                    # unlinked, sharing a word, hanzi or a number with it: a translation whose changed numbers kept
                    # the two apart
                    own = sent.source_span
                    sent = beside_added(kids, k, bt.source, ctx.doc) or merged_beside(kids, k, bt.source, ctx.doc)
                else:
                    own = None
                if sent is None or not sent.source or not sent.target:
                    continue
                s_span = sent.source_span
                # a linked sentence with the rest of its translation split off (split there, its number changed)
                t_span = sent.target_span if own is not None else split_rest(kids, k, bt.source, ctx.doc)
                lost, extra = differing(src[s_span.start:s_span.end], tgt[t_span.start:t_span.end],
                                        s_span.start, t_span.start)
                if own is not None:  # a sentence merged into its neighbour's translation: its own numbers only
                    lost = [q for q in lost if own.contains(q.span)]
                # the datelines' dates are each outlet's own (新华社南宁3月5日电 and 【新華社南寧3月6日】): no number
                # of the text
                lost = [q for q in lost
                        if q.span.start >= s_span.start + source_dateline_end(src[s_span.start:s_span.end])]
                extra = [q for q in extra
                         if q.span.start >= t_span.start + edition_dateline_end(tgt[t_span.start:t_span.end])]
                # a number moved to another sentence of the paragraph is no change; a repeated one the translation
                # leaves out neither (5G网络…5G基站数 → 5Gネットワーク…基地局数), but one it writes more often than the
                # source is (23日 and 28个 against 23日 and 23の: the second 23 is extra)
                extra = [q for q in extra if not any(src_keys[k] >= tgt_keys[k] for k in shared_keys(q, para_src))
                         and not set(q.keys()) & summarised]
                # a translation's name with digits (3D) renders no number of the source (三维 is none)
                lost = [q for q in lost if not any(tgt_keys[k] for k in shared_keys(q, [o for o in para_tgt
                                                                                      if q.term or not o.term]))
                        or _recounted(q, extra, src, tgt, src_keys, tgt_keys)]
                for was, q in changed(lost, extra):
                    excerpted = excerpt(bt.source.slice(own or s_span))
                    if was.value == q.value and was.other_currency(q):  # the same amount in another currency
                        yield ctx.finding(
                            self, Span(q.span.start, q.span.end + len(q.currency)),
                            f"'{q.surface}{q.currency}' is in another currency than the source's "
                            f"'{was.surface}{was.currency}': 「{excerpted}」",
                            confidence=confidence(self, "changed-number"),
                            related=(bt.related(was.span, f"source number {was.surface}{was.currency}"),))
                        continue
                    if was.value == q.value and (size := was.in_unit_of(q)) is not None:  # the same number with a
                        # unit of another size (5公里 as 5メートル): the fix is the number in the translation's unit
                        fix = _fmt(replace(q, value=size, percent=False)).replace(",", "")
                        yield ctx.finding(
                            self, q.span, f"'{q.surface}{q.unit}' is not the source's '{was.surface}{was.unit}', "
                                          f"which is {fix}{q.unit}: 「{excerpted}」",
                            suggestion=fix, confidence=confidence(self, "changed-number"),
                            related=(bt.related(was.span, f"source number {was.surface}{was.unit}"),))
                        continue
                    yield ctx.finding(
                        self, q.span, f"'{q.surface}' ({_fmt(q)}) is not in the source sentence, which has "
                                      f"'{was.surface}' ({_fmt(was)}): 「{excerpted}」",
                        suggestion=clock_text(was, q) if was.time and q.time else was.surface,
                        confidence=confidence(self, "changed-number"),
                        related=(bt.related(was.span, f"source number {was.surface}"),))
