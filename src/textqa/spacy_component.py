"""spaCy pipeline component: ``nlp.add_pipe("textqa", config={"glossary": ["names.tsv"]})``.

Findings go to ``doc.spans["textqa"]``, one span per finding, labelled by code.
Each span has ``._.textqa_message``, ``._.textqa_severity``, ``._.textqa_suggestion``,
``._.textqa_entity`` and ``._.textqa_confidence``. Finding offsets are code points,
as spaCy's character offsets are; a span is widened to whole tokens.
Registered through the ``spacy_factories`` entry point, so installing textqa is enough.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "textqa"
FIELDS = ("message", "severity", "suggestion", "entity", "confidence")


def _finding_data(span: Span) -> dict:
    """Per-finding data lives in doc.user_data, keyed by span and code (two codes may share a span)."""
    return span.doc.user_data.get((SPANS_KEY, span.start_char, span.end_char, span.label_), {})


for _field in FIELDS:
    if not Span.has_extension(f"textqa_{_field}"):
        Span.set_extension(f"textqa_{_field}", getter=lambda span, key=_field: _finding_data(span).get(key))


class TextQA:
    """Lints each document's text and records the findings as spans."""

    def __init__(self, glossary=(), select=(), ignore=(), spans_key: str = SPANS_KEY):
        from .api import Linter
        from .rules.registry import select_codes

        paths = [glossary] if isinstance(glossary, str) else list(glossary)
        codes = select_codes(list(select), list(ignore)) if select or ignore else None
        self.linter = Linter(paths or None, codes=codes)
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for f in self.linter.lint_text(doc.text):
            if f.span is None:
                continue
            span = doc.char_span(f.span.start, f.span.end, label=f.code, alignment_mode="expand")
            if span is None:
                continue
            doc.user_data[(SPANS_KEY, span.start_char, span.end_char, f.code)] = {
                "message": f.message, "severity": f.severity.value, "suggestion": f.suggestion,
                "entity": f.entity, "confidence": f.confidence}
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("textqa", default_config={"glossary": [], "select": [], "ignore": [], "spans_key": SPANS_KEY})
def make_textqa(nlp: Language, name: str, glossary: list, select: list, ignore: list, spans_key: str) -> TextQA:
    return TextQA(glossary, select, ignore, spans_key)
