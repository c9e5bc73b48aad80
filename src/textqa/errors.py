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


class ConfigError(Exception):
    """A bad configuration key or value."""
