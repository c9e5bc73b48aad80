"""Glossary entries as loaded from the user's files."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..lazy import sha256


class EntityType(StrEnum):
    """What a glossary entry names: its ``type`` column (an entry may leave it empty)."""

    PERSON = "person"
    PLACE = "place"
    ORG = "org"
    TERM = "term"


TYPES = tuple(t.value for t in EntityType)


@dataclass(frozen=True)
class Entry:
    zh: str
    ja: str
    type: str = ""  # an EntityType value, or "" when the glossary does not say
    reading: str = ""
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    note: str = ""
    source: str = ""
    line: int = 0

    @property
    def correct_forms(self) -> tuple[str, ...]:
        return (self.ja, *self.accept)

    @property
    def may_be_person(self) -> bool:
        """A person's name, or an entry of no stated type."""
        return self.type in (EntityType.PERSON, "")


@dataclass
class Glossary:
    entries: list[Entry] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_zh = {e.zh: e for e in self.entries}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def get(self, zh: str) -> Entry | None:
        return self.by_zh.get(zh)

    @property
    def content_hash(self) -> str:
        h = sha256()
        for e in self.entries:
            h.update("\t".join([e.zh, e.ja, e.type, e.reading, "|".join(e.accept),
                                "|".join(e.reject), e.note]).encode() + b"\n")
        return h.hexdigest()[:16]
