"""Shared shape of the rules that report one kind of non-preferred rendering."""
from __future__ import annotations

import math
from dataclasses import replace

from ...charclass import is_kanji
from ...glossary.forms import japanese_form
from ...mentions.context import legal_name
from ...mentions.kinds import kinds_reported_by
from ...mentions.score import thresholds
from ..base import Rule


def entity_label(entry) -> str:
    """'鄧小平 (邓小平)': the preferred form, and the Chinese form when it differs."""
    return entry.ja if entry.ja == entry.zh else f"{entry.ja} ({entry.zh})"


class VariantRule(Rule):
    """Reports the mentions of the kinds that ``MentionKind`` ties to this rule's code."""

    needs_glossary = True
    reads = ("text", "mentions", "glossary")

    def message(self, mention, entry) -> str:
        raise NotImplementedError

    def fix(self, mention, entry) -> str:
        """The suggested form: the entry's preferred one."""
        return entry.ja

    def info_only(self, ctx, mention) -> bool:
        """True when the mention is reported at ``info`` whatever its confidence: a shape the rule cannot call an
        error precisely (``Katakana``)."""
        return False

    def check(self, ctx):
        kinds = kinds_reported_by(self.code)
        warn_at, report_at = thresholds()
        for m in ctx.mentions.of_kinds(kinds):
            if not m.glossed:
                entry = _target(ctx.doc.text, m, ctx.entry(m.entity))
                at = (math.inf, report_at) if self.info_only(ctx, m) else (warn_at, report_at)
                yield ctx.finding(self, m.span, self.message(m, entry), entity=m.entity,
                                  suggestion=self.fix(m, entry), confidence=m.confidence, thresholds=at)


def _target(text: str, m, entry):
    """The entry, its preferred form replaced by the Japanese glyphs of the mention itself when the mention
    starts a legal name and the preferred form has no kanji: 华为技术有限公司 becomes 華為技術有限公司, never
    ファーウェイ技術有限公司."""
    if any(is_kanji(c) for c in entry.ja) or not legal_name(text, m.span.end):
        return entry
    return replace(entry, ja=japanese_form(m.surface))
