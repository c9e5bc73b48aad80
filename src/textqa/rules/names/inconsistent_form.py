from __future__ import annotations

from collections import Counter

from ...charclass import LATIN_NAME_RUN, LATIN_WORD, is_ascii_alnum
from ...findings import Severity
from ..base import Rule


def _inside_english_phrase(text: str, start: int, end: int) -> bool:
    """A Latin form with another word of 2+ letters in its Latin run (a title, a reference, an English quotation)."""
    if not LATIN_NAME_RUN.fullmatch(text, start, end):
        return False
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    for run in LATIN_NAME_RUN.finditer(text, lo, hi):
        if run.start() <= start and end <= run.end():
            return any(len(w.group()) >= 2 and (w.end() <= start or w.start() >= end)
                       for w in LATIN_WORD.finditer(text, run.start(), run.end()))
    return False


def _inside_product_name(text: str, end: int) -> bool:
    """A Latin brand followed by a model number or code (Xiaomi 14, Huawei P40)."""
    rest = text[end:end + 8].lstrip(" ")
    return bool(rest) and is_ascii_alnum(rest[0]) and any(c.isdigit() for c in rest.split(" ")[0])


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


class InconsistentForm(Rule):
    """
    ## What it does
    Reports an entity written in two correct forms in one document, flagging
    each occurrence of the other forms.

    The suggestion is the glossary's preferred form when the document uses it, else the form used most.
    A form in a gloss, after 英語名は, alone in quotes or as part of a legal name (騰訊控股) is not counted,
    nor a Latin form inside a run of English words (a title or reference: `* Xyz City Yearbook 2021`).

    ## Why is this bad
    Readers take two spellings for two different things. House style picks one
    form per article, even when the glossary accepts both.

    ## Example
    `騰訊の決算は…。テンセントでは…。テンセントの株価は…` (glossary: 腾讯 → 騰訊, accept テンセント)

    ## Use instead
    `テンセントの決算は…。テンセントでは…。テンセントの株価は…`
    """

    code = "NAM002"
    name = "inconsistent-form"
    severity = Severity.WARNING
    needs_glossary = True

    def check(self, ctx):
        by_entity: dict[str, list] = {}
        for m in ctx.mentions:
            if (m.kind.correct and not m.glossed and not _inside_product_name(ctx.doc.text, m.span.end)
                    and not _inside_english_phrase(ctx.doc.text, m.span.start, m.span.end)):
                by_entity.setdefault(m.entity, []).append(m)
        for zh, ms in by_entity.items():
            counts = Counter(m.surface for m in ms)
            if len(counts) < 2:
                continue
            preferred = ctx.entry(zh).ja
            main = preferred if preferred in counts else max(counts, key=lambda s: counts[s])
            for m in ms:
                if m.surface != main:
                    yield ctx.finding(
                        self, m.span,
                        f"{zh} is written '{main}' {_times(counts[main])} and '{m.surface}' "
                        f"{_times(counts[m.surface])}; write '{main}' throughout", entity=zh, suggestion=main)
