"""Shared shape of the rules that report one kind of non-preferred rendering."""
from __future__ import annotations

import math
from dataclasses import replace

from ...charclass import is_kanji
from ...glossary.forms import japanese_form
from ...mentions.context import legal_name
from ...mentions.kinds import LITERAL_KINDS, SURNAME_ALONE, MentionKind, kinds_reported_by
from ...mentions.score import thresholds
from ..base import Rule


NAMED_LITERALLY = "names.named-literally"  # doc.memo: the entities the document writes in a literal form
NAMED_SURELY = "names.named-surely"  # doc.memo: those and the entities a sound-alike names on its own (``named_surely``)


def named_literally(ctx) -> set[str]:
    """The entities the document writes in a literal form (a correct form, the reading, a rejected form, a glyph
    variant)."""
    named = ctx.doc.memo.get(NAMED_LITERALLY)
    if named is None:
        named = ctx.doc.memo[NAMED_LITERALLY] = {entity for _, entity, _, _, _ in ctx.mentions.records(LITERAL_KINDS)}
    return named


def fuzzy_katakana(m) -> bool:
    """A katakana mention matched one edit off the entity's key (its ``detail`` is the key it matched, not its own):
    another name as often as the entity's misspelt."""
    return _fuzzy(m.kind, m.detail, m.surface)


def _fuzzy(kind: MentionKind, detail: str, surface: str) -> bool:
    """``fuzzy_katakana`` of a mention's kind, detail and surface."""
    from ...mentions.katakana import surface_key  # noqa: PLC0415 - the finder's module: not to list rules

    return kind is MentionKind.KATAKANA and not detail.startswith(SURNAME_ALONE) and detail != surface_key(surface)


def named_surely(ctx) -> set[str]:
    """``named_literally``, and the entities a sound-alike of another kind than a changed surname names at the
    warning threshold or above, not as a gloss and not by katakana one edit off (``fuzzy_katakana``): the
    document names such an entity whatever a given name under another surname turns out to be."""
    named = ctx.doc.memo.get(NAMED_SURELY)
    if named is None:
        warn_at, _ = thresholds()
        sounded = tuple(k for k in MentionKind if not k.literal and k is not MentionKind.WRONG_SURNAME)
        named = ctx.doc.memo[NAMED_SURELY] = named_literally(ctx) | {  # read from the layer's columns: no Mention made
            entity for entity, glossed, confidence, kind, detail, surface
            in zip(*ctx.mentions.columns(sounded, "entity", "glossed", "confidence", "kind", "detail", "surface"))
            if not glossed and confidence >= warn_at and not _fuzzy(kind, detail, surface)}
    return named


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
                message, suggestion = self.message(m, entry), self.fix(m, entry)
                if m.others:  # one note for several entities (resolve.one_note_a_place): no one fix is sure
                    message, suggestion = f"{message}, {_read_as_others(ctx, m.others)}", None
                yield ctx.finding(self, m.span, message, entity=m.entity, suggestion=suggestion,
                                  confidence=m.confidence, thresholds=at)


LISTED_OTHERS = 5  # the other entities a note that stands for several names lists by name, at most


def _read_as_others(ctx, others: tuple[str, ...]) -> str:
    """'or one of 2 other glossary names it reads as too (A, B): which one is meant is not sure'."""
    labels = [entity_label(ctx.entry(zh)) for zh in others[:LISTED_OTHERS]]
    if len(others) > LISTED_OTHERS:
        labels.append(f"{len(others) - LISTED_OTHERS} more")
    one = f"another glossary name it reads as too ({labels[0]})" if len(others) == 1 else \
        f"one of {len(others)} other glossary names it reads as too ({', '.join(labels)})"
    return f"or {one}: which one is meant is not sure"


def _target(text: str, m, entry):
    """The entry, its preferred form replaced by the Japanese glyphs of the mention itself when the mention
    starts a legal name and the preferred form has no kanji: 华为技术有限公司 becomes 華為技術有限公司, never
    ファーウェイ技術有限公司."""
    if any(is_kanji(c) for c in entry.ja) or not legal_name(text, m.span.end):
        return entry
    return replace(entry, ja=japanese_form(m.surface))
