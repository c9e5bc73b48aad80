"""BIL001: a glossary name or term of the source sentence has no rendering in its translation."""
from __future__ import annotations

from collections import Counter

from ...context import confidence
from ...findings import Severity
from ..base import Rule
from ._shared import bitext

TOPIC = 3  # an entity the translation names correctly this often elsewhere is the article's topic: Japanese
#            leaves such a subject unsaid, so a dropped mention with no look-alike in its place is only info


class MissingTerm(Rule):
    """
    ## What it does
    Reports a glossary name or term (any `type`, including `term`) that the aligned source sentence holds
    and its translation renders in no form at all: no preferred or accepted form, and no variant that the name
    rules could link to it. It points at the target words that most likely stand for it instead.

    ## Why is this bad
    A name that was dropped or translated word by word (币圈 as 通貨圏, a company name as an ordinary noun) is
    invisible to any check of the Japanese alone. Variants that textqa does link to the name (homophones,
    katakana, pinyin, rejected forms) are left to the NAM rules, so nothing is reported twice. Where the
    sentence has a word that stands in for a name (彼, 同社, 同市 …, 同研究院 or 張さん made from the entry), the name
    may be meant by it: `info` only; so too where the name is the article's topic (rendered three times or more
    elsewhere) and nothing in the sentence looks like it, since Japanese leaves such a subject unsaid. A repeated
    mention that the translation renders in another sentence of the same paragraph is not reported.

    ## Example
    Source: `成为中国科技行业最受关注的独角兽之一。` Translation: `最も注目される一角獣の一つとなりました。`
    (glossary: 独角兽 → ユニコーン企業, type term)

    ## Use instead
    `最も注目されるユニコーン企業の一つとなりました。`
    """

    code = "BIL001"
    name = "missing-term"
    severity = Severity.WARNING  # needs a glossary, but is no reason to demand one: silent without it
    reads = ("text", "bilingual", "mentions", "glossary")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None or ctx.compiled is None:
            return
        from ...bilingual.terms import likely_rendering, refers_back, resembles, term_occurrences

        mentions = ctx.mentions
        seen = set()
        occurrences = term_occurrences(bt, ctx.compiled, mentions)
        rendered = Counter(o.entity for o in occurrences if o.status == "correct")
        for occ in occurrences:
            key = (occ.entity, occ.sentence.target_span)
            if occ.status != "missing" or key in seen:
                continue
            seen.add(key)
            entry = ctx.entry(occ.entity)
            likely = likely_rendering(bt, occ, mentions)
            span = likely or occ.sentence.target_span
            word = ctx.doc.slice(span)
            stands = f"; '{word}' most likely stands for it" if span != occ.sentence.target_span else ""
            unsaid = rendered[occ.entity] >= TOPIC and not resembles(bt, occ, likely)
            referred = unsaid or refers_back(ctx.doc.slice(occ.sentence.target_span), entry)
            yield ctx.finding(self, span, f"the source names {occ.entity} here but the translation has no "
                                          f"rendering of it{stands}; write '{entry.ja}'",
                              entity=occ.entity, suggestion=entry.ja if stands else None,
                              confidence=confidence(self, "referred" if referred else "missing"),
                              related=(bt.related(occ.source_span, occ.entity),))
