"""Errors that the CLI turns into one-line messages and exit code 2."""
from __future__ import annotations


class InputError(Exception):
    """A problem with a user's file: names the file and, where known, the line."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class InputErrors(Exception):
    """Several InputErrors found in one pass (for example a whole glossary file)."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


XML_REFUSED = {  # defusedxml's refusals: what the file holds, and the text that starts it (to name its line)
    "DTDForbidden": ("a DTD", "<!DOCTYPE"),
    "EntitiesForbidden": ("an entity declaration", "<!ENTITY"),
    "ExternalReferenceForbidden": ("an external reference", "SYSTEM"),
}


def refused_xml(path: str, exc: Exception, raw: str, kind: str) -> InputError:
    """The one line for an XML file that defusedxml refused: what it holds, on which line."""
    what, mark = XML_REFUSED.get(type(exc).__name__, ("a DTD, an entity declaration or an external reference", "<!"))
    at = raw.find(mark)
    return InputError(path, f"{kind} with {what} is refused (nothing is fetched or expanded)",
                      raw.count("\n", 0, at) + 1 if at >= 0 else None)


def undecodable(data: bytes, exc: UnicodeDecodeError, name: str = "UTF-8") -> tuple[int, str]:
    """(1-based line, message) for ``data`` that does not decode as ``name``: the message names the first bad byte
    by its value and its offset (``not valid UTF-8 (byte 0xE9 at offset 12)``), 0-based from the file's first byte
    as a hex editor counts, a byte-order mark included (a decoder that skips one counts after it)."""
    at = exc.start + len(data) - len(exc.object)
    return data.count(b"\n", 0, at) + 1, f"not valid {name} (byte 0x{data[at]:02X} at offset {at})"


class ConfigError(Exception):
    """A bad configuration key or value."""
