from __future__ import annotations

import re

from ...charclass import JAPANESE_RANGE, LATIN_LETTER_RANGE
from ...findings import Severity, Span
from ..base import Rule
from ...masks import is_masked
from ._text import LIST_MARKER, paragraphs

J = f"[{JAPANESE_RANGE}]"
J_BEFORE = f"[{JAPANESE_RANGE}。、]"  # also after a full stop or comma: 。 2019年
LETTER = LATIN_LETTER_RANGE + "0-9"
ALNUM = rf"[{LETTER}](?:[{LETTER}.,%/:'&+@_~#?=\-]| (?=[{LETTER}]))*"
SPACED = re.compile(rf"(?:(?<={J_BEFORE})(?P<pre> +))?(?P<word>{ALNUM})(?:(?P<post> +)(?={J}))?")
SHOW_PLACES = 4


class HalfwidthSpacing(Rule):
    """
    ## What it does
    Summarises half-width spaces around numbers and Latin words, one `info` finding per paragraph.
    It counts the spaces put between Japanese text and half-width numbers or Latin letters
    (`過去 5 年間`, `Alipay の決済`); the finding spans the paragraph's first to last such place and
    lists them.

    Addresses (URLs, e-mail) are often set off by spaces on purpose and are not counted, nor are
    list markers (`1. 項目`, `b) 第二案`). One finding per paragraph, not per place, because the
    habit runs through a whole translation: one per place would bury every other finding (an
    article easily has a hundred), while a paragraph is what an editor fixes in one pass.

    ## Why is this bad
    It is not an error, but a machine-translation habit copied from English typesetting;
    Japanese house styles write numbers and Latin words without surrounding spaces.

    ## Example
    `過去 5 年間で、Alipay の利用者は 2 倍になりました。`

    ## Use instead
    `過去5年間で、Alipayの利用者は2倍になりました。`
    """

    code = "GRB011"
    name = "halfwidth-spacing"
    severity = Severity.INFO
    reads = ("text",)

    def check(self, ctx):
        for para, text in paragraphs(ctx.doc):
            if " " not in text:
                continue  # an exact sieve: every place has a half-width space before or after its word
            markers = {m.start() for m in LIST_MARKER.finditer(text)}
            places = [m for m in SPACED.finditer(text)
                      if (m.group("pre") or m.group("post")) and m.start("word") not in markers
                      and not is_masked(ctx.doc, Span(para.start + m.start("word"), para.start + m.end("word")))]
            if not places:
                continue
            span = Span(para.start + places[0].start(), para.start + places[-1].end())
            shown = ", ".join(f"'{m.group().strip()}'" for m in places[:SHOW_PLACES])
            more = f" and {len(places) - SHOW_PLACES} more" if len(places) > SHOW_PLACES else ""
            yield ctx.finding(self, span, f"half-width spaces around {shown}{more} ({len(places)} place(s)); "
                                          "Japanese usually writes them without spaces")
