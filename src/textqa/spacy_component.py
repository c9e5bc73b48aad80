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
    """Lints each document's text and records the findings as spans.

    ``nlp.to_disk`` stores the glossaries' content with the pipeline (not their paths), so a saved
    pipeline loads anywhere with ``spacy.load``.
    """

    STORED = "glossaries.json"  # the list of glossary files stored beside it by to_disk

    def __init__(self, glossary=(), select=(), ignore=(), spans_key: str = SPANS_KEY):
        from .rules.registry import select_codes

        self.paths = [glossary] if isinstance(glossary, str) else list(glossary)
        self.codes = select_codes(list(select), list(ignore)) if select or ignore else None
        self.spans_key = spans_key
        self._contents: list[tuple[str, bytes]] | None = None  # (file name, bytes), once read
        self._linter = None

    @property
    def linter(self):
        """Loaded on first use: a pipeline read by spacy.load gets its glossaries from from_disk instead."""
        if self._linter is None:
            from .api import Linter

            self._linter = Linter(self.paths or None, codes=self.codes)
        return self._linter

    def _glossary_contents(self) -> list[tuple[str, bytes]]:
        if self._contents is None:
            from pathlib import Path

            self._contents = [(Path(p).name, Path(p).read_bytes()) for p in self.paths]
        return self._contents

    def to_disk(self, path, exclude=()) -> None:
        import json
        from pathlib import Path

        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        names = []
        for i, (name, data) in enumerate(self._glossary_contents()):
            names.append(f"{i}-{name}")
            (folder / names[-1]).write_bytes(data)
        (folder / self.STORED).write_text(json.dumps(names), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "TextQA":
        import json
        from pathlib import Path

        from .api import Linter

        folder = Path(path)
        names = json.loads((folder / self.STORED).read_text(encoding="utf-8"))
        self._contents = [(name.split("-", 1)[1], (folder / name).read_bytes()) for name in names]
        self._linter = Linter([str(folder / name) for name in names] or None, codes=self.codes)
        return self

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
