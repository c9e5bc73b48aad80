"""The curated Python API: load a glossary once, lint many texts."""
from __future__ import annotations

import codecs
from pathlib import Path

from .config import ENCODINGS
from .document import Document
from .errors import InputError, undecodable
from .files import read_bytes
from .findings import Finding
from .glossary import Glossary
from .lint import lint_document


# Texts that do not come from a file of that name: stdin, under the name given by --stdin-filename.
_PRELOADED: dict[str, str] = {}


def preload(path: str, text: str) -> None:
    """Make ``read_text(path)`` return ``text`` (stdin read once, linted under a file name)."""
    _PRELOADED[path] = text


def preloaded(path: str) -> bool:
    """True for a text that came from standard input rather than a file of that name."""
    return path in _PRELOADED


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark names (it wins over ``--encoding``, in reading and in writing back): UTF-32's
    little-endian mark is looked for first, since it begins with UTF-16's."""
    for boms, name in (((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
                       ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16"), ((codecs.BOM_UTF8,), "utf-8-sig")):
        if data.startswith(boms):
            return name
    return None


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Bytes to text: a byte-order mark wins, then ``encoding`` (default UTF-8); InputError otherwise."""
    return _decode(data, bom_encoding(data) or encoding or "utf-8", path)


def _decode(data: bytes, encoding: str, path: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        hint = guess_encoding(data, exclude=encoding)
        nul = -1 if hint else data.find(b"\0")
        if nul >= 0:  # a document, an archive or an image (a .docx, a .pdf): no encoding would make it text
            raise InputError(path, f"not a text file (a NUL byte at offset {nul}; no encoding reads it as text)",
                             data[:nul].count(b"\n") + 1) from None
        more = f"; it looks like {hint}: use --encoding {hint}" if hint else ""
        line, message = undecodable(data, exc, "UTF-8" if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
                                    else encoding)
        raise InputError(path, message + more, line) from None
    nul = text.find("\0")
    if nul >= 0:  # valid as text, but no text file holds NUL: a binary file, or UTF-16 without a byte-order mark
        column = nul - text.rfind("\n", 0, nul)
        raise InputError(path, f"not a text file (a NUL character at column {column}); UTF-16 without a byte-order "
                               "mark needs --encoding utf-16", text.count("\n", 0, nul) + 1)
    return text


def guess_encoding(data: bytes, exclude: str = "") -> str | None:
    """The East Asian encoding that decodes ``data`` cleanly into the most kana and CJK text. UTF-16 (no byte-order
    mark) only for data holding a NUL byte: its tabs, line breaks and digits are half NULs, and a Shift_JIS, EUC or
    GB18030 text never holds one, while any even number of their bytes decodes as UTF-16 into CJK-looking text."""
    from .charclass import is_kana, is_kanji

    best, best_score = None, 0.0
    for enc in ENCODINGS:
        if codecs.lookup(enc).name == codecs.lookup(exclude or "utf-8").name:
            continue
        if codecs.lookup(enc).name.startswith("utf-16") and b"\0" not in data:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        kana = sum(map(is_kana, text))
        han = sum(map(is_kanji, text))
        score = (2 * kana + han) / max(1, len(text))
        if score > best_score + 0.05:
            best, best_score = enc, score
    return best


def read_text(path: str, encoding: str | None = None) -> str:
    """Read an input file once (UTF-8 unless ``encoding``; a BOM wins; pipes and /dev/stdin too); raise
    InputError naming the file and line."""
    if path in _PRELOADED:
        return _PRELOADED[path]
    data = read_bytes(path)
    return decode(data, path, encoding)


class Linter:
    """Holds a compiled glossary and rule selection; lints any number of texts.

    ``select`` and ``ignore`` take codes or prefixes in any case (``"nam"``, ``"GRB0"``, ``"NAM004"``),
    as ``--select`` and ``--ignore`` do; ``codes`` is the already expanded set.
    """

    def __init__(self, glossary: Glossary | str | Path | list | None = None, *, codes=None, select=None,
                 ignore=None, severity_overrides=None, encoding: str | None = None, strict_consistency: bool = False):
        compiled = None
        if glossary is not None and not isinstance(glossary, Glossary):
            # files: through the compiled cache, as the command line reads them (a warm cache skips parsing: 0.15 s
            # for 100,000 entries, not the 2 s of parsing and checking them again)
            from .glossary.cache import load_compiled  # noqa: PLC0415

            compiled = load_compiled(glossary)
            glossary = compiled.glossary
        if select is not None or ignore is not None:
            from .rules.registry import select_codes

            chosen = select_codes(_as_list(select), _as_list(ignore))
            codes = chosen if codes is None else set(codes) & chosen
        self.glossary = glossary
        self.codes = codes
        self.severity_overrides = severity_overrides or {}
        self.encoding = encoding
        self.strict_consistency = strict_consistency  # NAM002 warns on forms the glossary all sanctions
        self._compiled = compiled
        self.last_read: tuple[str | None, str] = (None, "")
        self.excerpts = True  # keep the lines that findings point at (``Report.line``: the text format's excerpts)

    @property
    def compiled(self):
        if self._compiled is None and self.glossary is not None:
            from .glossary.cache import compiled_glossary  # noqa: PLC0415

            self._compiled = compiled_glossary(self.glossary)
        return self._compiled

    def ran_codes(self) -> set[str]:
        """The codes whose rules run: selected, and with a glossary when they need one."""
        from .rules.registry import RULES, default_codes

        chosen = default_codes() if self.codes is None else self.codes
        return {code for code, rule in RULES.items() if code in chosen
                and (self.glossary is not None or not rule.needs_glossary)}

    def lint_document(self, doc: Document) -> list[Finding]:
        return lint_document(doc, self.compiled, codes=self.codes, severity_overrides=self.severity_overrides,
                             strict_consistency=self.strict_consistency)

    def lint_source(self, text: str, path: str = "<text>", attach=None) -> tuple[list[Finding], Document]:
        """(findings, the document the rules read) for a file's text: Markdown prose only for ``.md``,
        inline suppression comments applied; a Markdown file that is not Japanese gives no findings."""
        from .rules.registry import RULES
        from .suppression import UNUSED, prepare

        source = prepare(text, path)
        doc = Document(source.text, path)
        if not source.japanese:
            return [], doc
        if attach is not None:
            attach(doc)  # e.g. the bilingual layer: the Chinese source aligned to this document
        findings = source.restore(self.lint_document(doc), text)
        severity = self.severity_overrides.get(UNUSED, RULES[UNUSED].severity)
        findings = source.suppress(findings, self.ran_codes(), text, path, severity)
        doc.add_layer("suppressed", source.suppressed)  # their mentions stay out of the per-entity summaries
        return findings, doc

    def lint_text(self, text: str, path: str = "<text>") -> list[Finding]:
        return list(self.lint_source(text, path)[0])

    def read(self, path: str) -> str:
        text = read_text(path, self.encoding)
        self.last_read = (path, text)  # the file as read, for excerpts: a file is read once
        return text

    def lint_file(self, path: str) -> list[Finding]:
        return self.lint_text(self.read(path), path)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [v.strip() for item in ([value] if isinstance(value, str) else value) for v in item.split(",") if v.strip()]


def lint_text(text: str, glossary: Glossary | str | Path | list | None = None, **options) -> list[Finding]:
    """Lint one text against a glossary (a Glossary, or paths to TSV files).

    Options are Linter's: ``select`` / ``ignore`` (codes or prefixes, any case), ``severity_overrides``,
    ``strict_consistency``.
    """
    return Linter(glossary, **options).lint_text(text)
