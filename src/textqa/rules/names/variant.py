"""Shared shape of the rules that report one kind of non-preferred rendering."""
from __future__ import annotations

from ...mentions.kinds import kinds_reported_by
from ..base import Rule


def entity_label(entry) -> str:
    """'鄧小平 (邓小平)': the preferred form, and the Chinese form when it differs."""
    return entry.ja if entry.ja == entry.zh else f"{entry.ja} ({entry.zh})"


class VariantRule(Rule):
    """Reports the mentions of the kinds that ``MentionKind`` ties to this rule's code."""

    needs_glossary = True

    def message(self, mention, entry) -> str:
        raise NotImplementedError

    def check(self, ctx):
        kinds = kinds_reported_by(self.code)
        for m in ctx.mentions:
            if m.kind in kinds and not m.glossed:
                entry = ctx.entry(m.entity)
                yield ctx.finding(self, m.span, self.message(m, entry), entity=m.entity,
                                  suggestion=entry.ja, confidence=m.confidence)
