"""BIL001: a glossary name or term of the source sentence has no rendering in its translation."""
from __future__ import annotations

from collections import Counter

from ...context import confidence
from ...findings import Severity
from ...mentions.kinds import MentionKind
from ..base import Rule
from ._shared import bitext



class MissingTerm(Rule):
    """
    ## What it does
    Reports a glossary name or term (any `type`, including `term`) that the aligned source sentence holds
    and its translation renders in no form at all (no preferred or accepted form, and no variant that the name
    rules could link to it; a person named again by surname and title, 兪所長 or 陳さん, or by given name, after the
    translation has named them in full, is rendered: `titles` in terms.toml) or one kanji off; likewise a source name the glossary lacks written one homophone
    kanji off, and 我国 rendered 我が国. It points at the target words that most likely stand for it. A name written
    one kanji off (楽保 for 楽宝: a homophone or a look-alike) where the aligned source sentence names it is a
    warning with the fix, even when the name rules alone would leave it at `info`; so is a source name that no
    glossary entry covers (jieba's name tags, as BIL007 lists them) when the aligned sentence has none of its script
    forms but exactly one word one kanji off it, that kanji a homophone of the source's, and that word is not
    Japanese vocabulary (鶴港 for 鹤岗; fix: the source's kanji in its Japanese form; not 加工場 for 加工厂). And a
    word that speaks from the writer's side (我国) rendered literally (我が国, which in Japanese is Japan) is
    reported with the fix (中国), glossary or not (data: terms.toml).

    ## Why is this bad
    A name that was dropped or translated word by word (币圈 as 通貨圏, a company name as an ordinary noun) is
    invisible to any check of the Japanese alone. Variants that textqa does link to the name (homophones,
    katakana, pinyin, rejected forms) are left to the NAM rules, so nothing is reported twice. Where the
    sentence has a word that stands in for a name of its kind (彼 for a person, 同社 for a company, 同市 for a place,
    or 同研究院 made from the entry), the name may be meant by it: `info` only (同社 beside a person's title with the
    name gone is a dropped name); so too where the name is the article's topic (rendered three times or more
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
    severity = Severity.WARNING  # its glossary checks need a glossary; without one, the source's own names only
    reads = ("text", "tokens", "bilingual", "mentions", "glossary")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.terms import misspelt_names, own_side

        for s_span, t_span, word in own_side(bt, ctx.compiled):
            yield ctx.finding(self, t_span, f"the source says {word['zh']} here ({word['note']}); "
                                            f"'{ctx.doc.slice(t_span)}' speaks from Japan's side; write '{word['fix']}'",
                              suggestion=word["fix"], confidence=confidence(self, "own-side"),
                              related=(bt.related(s_span, word["zh"]),))
        for m in misspelt_names(bt, ctx.compiled):
            yield ctx.finding(self, m.span, f"the source names {m.name} here, and '{ctx.doc.slice(m.span)}' is one "
                                            f"character off it; write '{m.fix}'",
                              suggestion=m.fix, confidence=confidence(self, "one-character-off"),
                              related=(bt.related(m.source_span, m.name),))
        if ctx.compiled is not None:
            yield from self._glossary_terms(ctx, bt)

    def _glossary_terms(self, ctx, bt):
        from ...bilingual.align import threshold
        from ...bilingual.terms import likely_rendering, one_off, refers_back, resembles, term_occurrences

        mentions = ctx.mentions
        seen = set()
        occurrences = term_occurrences(bt, ctx.compiled, mentions)
        rendered = Counter(o.entity for o in occurrences if o.status == "correct")
        for occ in occurrences:
            key = (occ.entity, occ.sentence.target_span)
            if key in seen or occ.status not in ("missing", "variant"):
                continue
            entry = ctx.entry(occ.entity)
            forms = (entry.ja, *entry.accept)
            if occ.status == "variant":  # a sound-alike the name rules may leave at info: the source says which
                for m in occ.renderings:
                    surface = ctx.doc.slice(m.span)
                    form = next((f for f in forms if one_off(surface, f) is not None), None)
                    if m.kind is not MentionKind.REJECTED and form is not None:
                        seen.add(key)
                        yield ctx.finding(self, m.span, f"the source names {occ.entity} here, and '{surface}' is one "
                                                        f"character off its Japanese form; write '{form}'",
                                          entity=occ.entity, suggestion=form,
                                          confidence=confidence(self, "one-character-off"),
                                          related=(bt.related(occ.source_span, occ.entity),))
                continue
            seen.add(key)
            likely = likely_rendering(bt, occ, mentions, person=entry.type == "person")
            span = likely or occ.sentence.target_span
            word = ctx.doc.slice(span)
            if likely is not None and any(one_off(word, f) is not None for f in forms):
                case = "one-character-off"  # a look-alike no name rule links: the source says what was meant
            else:
                unsaid = rendered[occ.entity] >= threshold("topic") and not resembles(bt, occ, likely)
                case = "referred" if unsaid or refers_back(ctx.doc.slice(occ.sentence.target_span), entry) else "missing"
            stands = f"; '{word}' most likely stands for it" if span != occ.sentence.target_span else ""
            yield ctx.finding(self, span, f"the source names {occ.entity} here but the translation has no "
                                          f"rendering of it{stands}; write '{entry.ja}'",
                              entity=occ.entity, suggestion=entry.ja if stands else None,
                              confidence=confidence(self, case),
                              related=(bt.related(occ.source_span, occ.entity),))
