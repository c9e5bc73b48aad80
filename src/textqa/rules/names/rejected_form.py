from __future__ import annotations

from ...findings import Severity
from ...mentions.kinds import MentionKind
from ..base import Rule


class RejectedForm(Rule):
    """
    ## What it does
    Reports a rendering that the glossary lists in its `reject` column.

    ## Why is this bad
    The glossary maintainers have recorded this form as wrong for the entity,
    usually because a machine translation produced it before.

    ## Example
    glossary: `zh=邓小平 ja=鄧小平 reject=登小平`; text: `登小平は改革を進めた。`

    ## Use instead
    `鄧小平は改革を進めた。`
    """

    code = "NAM001"
    name = "rejected-form"
    severity = Severity.ERROR
    reads = ("mentions", "glossary")
    needs_glossary = True
    safe_fix_from = 0.0  # the glossary says this form is wrong and which one is right

    def check(self, ctx):
        for m in ctx.mentions.of_kinds((MentionKind.REJECTED,)):
            if not m.glossed:
                preferred = ctx.entry(m.entity).ja
                yield ctx.finding(self, m.span, f"'{m.surface}' is a rejected form of {m.entity}; write '{preferred}'",
                                  entity=m.entity, suggestion=preferred)
