"""BIL003: a source sentence, or part of one, with no translation inside a translated paragraph."""
from __future__ import annotations

from ...findings import Severity
from ..base import Rule
from ._shared import bitext, excerpt, gap_span

MIN_SOURCE = 6  # non-space characters: shorter source sentences (headings, 是的。) are not worth a warning
SHORT_CONFIDENCE = 0.75


class OmittedSentence(Rule):
    """
    ## What it does
    Reports a sentence of the source that has no counterpart in the translation of its paragraph, on the target
    line where it is missing, with the source sentence as a related location. A translated sentence much shorter
    than its source predicts (a dropped clause or half) is reported with lower confidence.

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

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.align import length, model, truncated

        src = bt.source.text
        ratio = model()["length"]["ratio"]
        for para, kids in zip(bt.alignment.paragraphs, bt.alignment.children):
            if not para.source or not para.target:
                continue
            ls = sum(length(src[s.start:s.end]) for s in para.source)
            lt = sum(length(ctx.doc.text[t.start:t.end]) for t in para.target)
            for sent in kids:
                if sent.source and not sent.target:
                    lo = length(src[sent.source_span.start:sent.source_span.end])
                    # the paragraph's length must agree better with the sentence left out than kept in
                    if lo < MIN_SOURCE or abs(lt - ratio * (ls - lo)) > abs(lt - ratio * ls):
                        continue
                    text = src[sent.source_span.start:sent.source_span.end]
                    yield ctx.finding(self, gap_span(ctx.doc, sent.at),
                                      f"the source sentence 「{excerpt(text)}」 has no translation here",
                                      related=(bt.related(sent.source_span, "omitted sentence"),))
                elif sent.source and sent.target:
                    s_text, t_text = bt.source.slice(sent.source_span), ctx.doc.slice(sent.target_span)
                    if truncated(s_text, t_text):
                        s_len, t_len = length(s_text), length(t_text)
                        yield ctx.finding(
                            self, sent.target_span,
                            f"this translation is much shorter than its source sentence ({t_len} characters for "
                            f"{s_len}; about {round(ratio * s_len)} expected): part of 「{excerpt(s_text)}」 may be "
                            "missing", confidence=SHORT_CONFIDENCE,
                            related=(bt.related(sent.source_span, "source sentence"),))
