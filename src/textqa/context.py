"""What a rule sees: the document, its layers, the compiled glossary, and a finding factory."""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .document import Document
from .findings import CONTEXT_CHARS, Finding, Severity, Span
from .masks import is_masked
from .mentions.layer import MentionLayer, mention_layer
from .mentions.own_names import own_name_layer
from .wordlists import package_text

if TYPE_CHECKING:
    from .glossary.compile import CompiledGlossary



@functools.cache
def _confidence_table() -> dict:
    return tomllib.loads(package_text("textqa", "data/confidence.toml"))


def confidence(rule, case: str) -> float:
    """The hand-set confidence of one case of ``rule``'s findings (data/confidence.toml)."""
    return float(_confidence_table()[rule.code][case])


def confidence_cases(code: str) -> dict[str, float]:
    """Every hand-set confidence of one rule's findings, by case (data/confidence.toml; none: every finding is sure)."""
    return {case: float(value) for case, value in _confidence_table().get(code, {}).items()}


def sure_fix() -> float:
    """The confidence from which plain --fix applies a sound-alike name's suggestion (data/confidence.toml [fix])."""
    return float(_confidence_table()["fix"]["sound-alike"])


@functools.cache  # read once: data/confidence.toml does not change while textqa runs
def rule_thresholds() -> tuple[float, float]:
    """The rules' own confidence scale, (warning, report): the name rules pass the fitted scorer's instead."""
    scale = _confidence_table()["scale"]
    return float(scale["warning"]), float(scale["report"])


KEPT_STRINGS = 4096  # recent messages, surfaces and suggestions a document's findings share (then afresh)


@dataclass
class LintContext:
    doc: Document
    compiled: CompiledGlossary | None = None  # None without a glossary
    severity_overrides: dict[str, Severity] = field(default_factory=dict)
    _strings: dict = field(default_factory=dict, repr=False)  # one object for a repeated string or number
    window: list[Span] | None = None  # the paragraphs a per-paragraph rule reads now (None: all of them)
    strict_consistency: bool = False  # NAM002: a mix of forms the glossary all sanctions is a warning, not info

    def paragraphs(self, holding: re.Pattern | None = None):
        """(span, text) of the paragraphs a per-paragraph rule reads now, each sliced as it is read; with
        ``holding``, only those where it matches (a rule's exact sieve: it finds nothing in the others)."""
        texts = self.doc.paragraph_texts(self.window)
        return texts if holding is None else ((para, text) for para, text in texts if holding.search(text))

    def _shared(self, text):
        """``text`` (a string, a line number or a rounded confidence), as the object an earlier finding holds when one
        holds an equal value: a name misspelt the same way a thousand times gives a thousand findings with one
        message, surface and suggestion, and findings on one line share its number."""
        if text is None:
            return None
        if len(self._strings) >= KEPT_STRINGS:
            self._strings.clear()
        return self._strings.setdefault((type(text), text), text)  # by type too: 1 == 1.0, but prints otherwise

    @property
    def mentions(self) -> MentionLayer:
        """The document's mentions layer, written before any rule runs."""
        return mention_layer(self.doc)

    @property
    def own_names(self) -> MentionLayer:
        """The document's own names written another way (``own-names`` layer), written before any rule runs."""
        return own_name_layer(self.doc)

    def entry(self, zh: str):
        return self.compiled.entry(zh)

    def finding(self, rule, span: Span | None, message: str, *, entity: str | None = None,
                suggestion: str | None = None, confidence: float = 1.0, related: tuple = (),
                thresholds: tuple[float, float] | None = None, masked: bool = True) -> Finding | None:
        """A finding for ``rule`` at ``span``; below ``thresholds`` (warning, report) it is info, or dropped.

        Dropped too: a finding on masked text (URLs, file names, labelled forms; not with ``masked=False``, for a
        mention the mentions layer has sieved by the masks already) and a finding whose suggestion is the flagged
        text itself (nothing to change).
        """
        warn_at, report_at = thresholds or rule_thresholds()
        doc = self.doc
        if confidence < report_at or (masked and span is not None and is_masked(doc, span)):
            return None
        surface = None if span is None else doc.text[span[0]:span[1]]
        if suggestion is not None and suggestion == surface:
            return None
        severity = Severity.INFO if confidence < warn_at else self.severity_overrides.get(rule.code, rule.severity)
        if entity and self.compiled is not None:
            note = self.entry(entity).note
            message = f"{message} (note: {note})" if note else message
        shared = self._shared
        if span is None:
            line = column = end_line = end_column = None
            ctx_text = ""
        else:
            start, end = span
            (line, column), (end_line, end_column) = doc.position(start), doc.position(end)
            line, end_line = shared(line), shared(end_line)
            ctx_text = doc.text[max(0, start - CONTEXT_CHARS):end + CONTEXT_CHARS]
            surface = shared(surface)
        return Finding(doc.path, rule.code, severity, shared(message), line, column, end_line, end_column, entity,
                       shared(suggestion), shared(round(confidence, 2)), span, surface, ctx_text, tuple(related))
