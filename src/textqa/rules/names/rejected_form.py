from __future__ import annotations

from ...charclass import GLOSS_BRACKETS, KANJI_RUN, SPACES
from ...findings import Severity
from ...glossary.forms import japanese_form
from ...mentions.kinds import MentionKind
from ...mentions.context import misspelt_original
from ..base import Rule


def _kanji_form(entry) -> str:
    """The entry's first correct form in kanji, or its ``zh`` in Japanese forms (佘詩曼 for 佘诗曼 when the glossary
    prefers カーメイン・シェー): what a gloss giving the original characters should hold."""
    return next((f for f in entry.correct_forms if KANJI_RUN.fullmatch(f)), None) or japanese_form(entry.zh)


class RejectedForm(Rule):
    """
    ## What it does
    Reports a rendering that the glossary lists in its `reject` column.

    ## Why is this bad
    The glossary maintainers have recorded this form as wrong for the entity,
    usually because a machine translation produced it before.

    ## Example
    glossary: `zh=邓小平 ja=鄧小平 reject=登小平`; text: `登小平は改革を進めた。`

    A rejected form stays wrong in the gloss after a correct form when it is kanji that are no script form of the
    entry's own characters (`カーメイン・シェー（余詩曼）` with 余詩曼 rejected for 佘诗曼: the original misspelt); the
    fix there is the name in kanji. A rejected original in another script (马化腾) or a rejected reading in a gloss
    cites the name and stays silent.

    ## Use instead
    `鄧小平は改革を進めた。`
    """

    code = "NAM001"
    name = "rejected-form"
    severity = Severity.ERROR
    reads = ("text", "mentions", "glossary")
    needs_glossary = True
    safe_fix_from = 0.0  # the glossary says this form is wrong and which one is right

    def check(self, ctx):
        for m in ctx.mentions.of_kinds((MentionKind.REJECTED,)):
            if not m.glossed:
                fix = ctx.entry(m.entity).ja
                if misspelt_original(m) and ctx.doc.text[max(0, m.span.start - len(SPACES) - 1):m.span.start].rstrip(SPACES)[-1:] in GLOSS_BRACKETS:
                    fix = _kanji_form(ctx.entry(m.entity))  # カーメイン・シェー（余詩曼）: the gloss's original misspelt
                yield ctx.finding(self, m.span, f"'{m.surface}' is a rejected form of {m.entity}; write '{fix}'",
                                  entity=m.entity, suggestion=fix)
