"""BIL007: a name in the source that the glossary does not list, with its rendering in the translation."""
from __future__ import annotations

from ...findings import Severity, Span
from ..base import Rule
from ._shared import bitext


class UnlistedSourceName(Rule):
    """
    ## What it does
    Lists the person, place and organisation names of the source (jieba's part-of-speech tags nr, ns, nt and
    nz) that no glossary entry covers, each once, with the rendering the translation uses for it (the name's
    Japanese glyph form found in the aligned sentence, else a katakana word there that spells the name's Mandarin
    reading, as チョウ・ミンユエン for 周明远) or a note that none was found. It is `info`. A word jieba
    tags ns, nr or nz whose Japanese form the Japanese dictionary reads whole as one common noun (象牙, 城南, 古城,
    望遠鏡) is
    Japanese vocabulary, not a name, and is not listed, unless the source lists it beside another name (甘肃、青海) or
    right after a place with its suffix (青秀区南湖), or the translation writes it before a place suffix (邯鄲市 for
    邯郸).

    ## Why is this bad
    Every name check depends on the glossary. A name that is not in it is not checked at all; these findings
    are the list of candidates for the glossary maintainer.

    ## Example
    Source `华强北` with no glossary entry; the translation writes `華強北`.

    ## Use instead
    Add the name to the glossary with its preferred Japanese form.
    """

    code = "BIL007"
    name = "unlisted-source-name"
    severity = Severity.INFO
    reads = ("text", "bilingual", "source-names", "glossary")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.names import common_noun_name, listed_with_a_name
        from ...mentions.features import place_suffixes
        from ...bilingual.pair import sentence_names, written_source_entities
        from ...glossary.forms import glyph_forms

        listed = [span for span, _ in written_source_entities(bt.source, ctx.compiled)]
        seen = set()
        for sent, names in sentence_names(bt):
            for name in names:
                if name.surface in seen or any(name.span.overlaps(sp) for sp in listed):
                    continue
                target = ctx.doc.slice(sent.target_span)
                # the longest form found, then the first in the sentence (a set's order never decides)
                found = sorted(((target.find(form), form) for form in glyph_forms(name.surface) if form in target),
                               key=lambda hit: (-len(hit[1]), hit))
                if common_noun_name(name) and not listed_with_a_name(name, names, bt.source.text) and not any(
                        target[at + len(form):at + len(form) + n] in place_suffixes() for at, form in found
                        for n in (1, 2, 3)):
                    continue  # Japanese vocabulary: 象牙, 古城 (not 青海 in 甘肃、青海, nor 邯郸 written 邯鄲市)
                seen.add(name.surface)
                read = None if found else _reading_in(target, name)
                if found:
                    at, form = found[0]
                    start = sent.target_span.start + at
                    span, how = Span(start, start + len(form)), f"rendered '{form}'"
                elif read:
                    start, end = sent.target_span.start + read.start(), sent.target_span.start + read.end()
                    span, how = Span(start, end), f"rendered by its reading in katakana '{read.group()}'"
                else:
                    start = sent.target_span.start  # where the aligned sentence starts
                    span, how = Span(start, start), "no rendering of it found in the aligned sentence"
                yield ctx.finding(self, span, f"source name {name.surface} ({name.label}) is not in the glossary; "
                                              f"{how}", entity=None,
                                  related=(bt.related(name.span, name.surface),))


def _reading_in(target: str, name):
    """The first katakana run of the aligned sentence that spells one of the name's Mandarin readings whole (its coarse
    key among the reading's keys, as the glossary's reading checks compare them), or None."""
    from ...charclass import KATAKANA_RUN
    from ...glossary.model import EntityType
    from ..glossary._sound import kana_key, mandarin_kana_keys

    keys = set(mandarin_kana_keys(name.surface, name.entity_type == EntityType.PERSON))
    return next((m for m in KATAKANA_RUN.finditer(target) if keys and kana_key(m.group()) in keys), None)
