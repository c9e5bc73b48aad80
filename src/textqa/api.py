"""The curated Python API: load a glossary once, lint many texts."""
from __future__ import annotations

from pathlib import Path

from .document import Document
from .errors import InputError
from .findings import Finding
from .glossary import Glossary, load_glossary
from .lint import lint_document


def read_text(path: str) -> str:
    """Read a UTF-8 input file; raise InputError naming the file (and line) otherwise."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})", line) from None


class Linter:
    """Holds a compiled glossary and rule selection; lints any number of texts."""

    def __init__(self, glossary: Glossary | str | Path | list | None = None, *, codes=None,
                 severity_overrides=None):
        if glossary is not None and not isinstance(glossary, Glossary):
            glossary = load_glossary(glossary)
        self.glossary = glossary
        self.codes = codes
        self.severity_overrides = severity_overrides or {}
        self._compiled = None

    @property
    def compiled(self):
        if self._compiled is None and self.glossary is not None:
            from .glossary.cache import compiled_glossary  # noqa: PLC0415

            self._compiled = compiled_glossary(self.glossary)
        return self._compiled

    def lint_document(self, doc: Document) -> list[Finding]:
        return lint_document(doc, self.compiled, codes=self.codes, severity_overrides=self.severity_overrides)

    def lint_text(self, text: str, path: str = "<text>") -> list[Finding]:
        return self.lint_document(Document(text, path))

    def lint_file(self, path: str) -> list[Finding]:
        return self.lint_text(read_text(path), path)


def lint_text(text: str, glossary: Glossary | str | Path | list | None = None, **options) -> list[Finding]:
    """Lint one text against a glossary (a Glossary, or paths to TSV files)."""
    return Linter(glossary, **options).lint_text(text)
