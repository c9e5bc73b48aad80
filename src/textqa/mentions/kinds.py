"""How a text names a glossary entity: one kind per mention, each from its finders and reported by one rule.

The finder modules of each kind are ``FINDERS`` (in textqa.mentions), its rule is ``RULE_OF_KIND``; ``textqa rule
CODE`` prints both for a NAM rule. The correct forms (preferred, accepted) are reported only if two are mixed
(NAM002); a reading is NAM006's unless it glosses the name.

A changed surname's kind is decided once the mentions are resolved (``surname.reported_kind``).
"""
from __future__ import annotations

from enum import StrEnum


class MentionKind(StrEnum):
    PREFERRED = "preferred"
    ACCEPTED = "accepted"
    READING = "reading"
    REJECTED = "rejected"
    GLYPH = "glyph"
    HOMOPHONE = "homophone"
    NEAR_HOMOPHONE = "near-homophone"
    KATAKANA = "katakana"
    ROMANIZED = "romanized"
    WRONG_SURNAME = "wrong-surname"
    SPLIT_NAME = "split-name"
    LOOKALIKE = "lookalike"

    @property
    def rule(self) -> str | None:
        """The code of the rule that reports a mention of this kind (None: a correct form)."""
        return RULE_OF_KIND.get(self)

    @property
    def correct(self) -> bool:
        return self in CORRECT_KINDS

    @property
    def literal(self) -> bool:
        return self in LITERAL_KINDS


RULE_OF_KIND: dict[MentionKind, str] = {
    MentionKind.REJECTED: "NAM001",
    MentionKind.GLYPH: "NAM003",
    MentionKind.HOMOPHONE: "NAM004",
    MentionKind.NEAR_HOMOPHONE: "NAM005",
    MentionKind.KATAKANA: "NAM006",
    MentionKind.READING: "NAM006",
    MentionKind.ROMANIZED: "NAM007",
    MentionKind.WRONG_SURNAME: "NAM008",
    MentionKind.SPLIT_NAME: "NAM009",
    MentionKind.LOOKALIKE: "NAM011",
}

# the modules of textqa.mentions whose finder proposes mentions of each kind
FINDERS: dict[MentionKind, tuple[str, ...]] = {
    MentionKind.PREFERRED: ("exact",),
    MentionKind.ACCEPTED: ("exact",),
    MentionKind.READING: ("exact",),
    MentionKind.REJECTED: ("exact",),
    MentionKind.GLYPH: ("exact", "homophone"),
    MentionKind.HOMOPHONE: ("homophone",),
    MentionKind.NEAR_HOMOPHONE: ("homophone", "surname"),  # surname: the surname misheard
    MentionKind.KATAKANA: ("katakana",),
    MentionKind.ROMANIZED: ("romanized",),
    MentionKind.WRONG_SURNAME: ("surname", "homophone"),  # homophone: a kanji that reads the surname rarely
    MentionKind.SPLIT_NAME: ("split",),
    MentionKind.LOOKALIKE: ("lookalike",),  # one kanji swapped for one that looks like it
}

# correct renderings of an entity (the text may mix them: NAM002)
CORRECT_KINDS = frozenset({MentionKind.PREFERRED, MentionKind.ACCEPTED})
# forms that name an entity the way the glossary wrote it: correct forms and the reading, which glosses a name
NAMING_KINDS = CORRECT_KINDS | {MentionKind.READING}
# forms found literally in the text (the glossary's own, or their glyph variants); every other kind is a sound-alike
# (or a look-alike: LOOKALIKE)
LITERAL_KINDS = frozenset({MentionKind.PREFERRED, MentionKind.ACCEPTED, MentionKind.READING, MentionKind.REJECTED,
                           MentionKind.GLYPH})

# kinds a kanji window reads as (textqa.mentions.homophone; the exact finder's glyph variants always have their token
# evidence): every such candidate of one entity and kind has its name's length, a character a syllable (but a mixed
# form's head, 騰訊ホールディングス), so none lies inside another, and one below the report threshold never lends its
# confidence to a longer one (resolve._whole)
KANJI_SOUND_KINDS = frozenset({MentionKind.GLYPH, MentionKind.HOMOPHONE, MentionKind.NEAR_HOMOPHONE})
SOUNDALIKE_KINDS = frozenset({MentionKind.HOMOPHONE, MentionKind.NEAR_HOMOPHONE})  # another name that sounds alike


# the detail of a katakana mention that is a person's surname alone (トゥーさん), before its key: NAM006 says so
SURNAME_ALONE = "surname:"


def kinds_reported_by(code: str) -> tuple[MentionKind, ...]:
    return tuple(k for k, c in RULE_OF_KIND.items() if c == code)


def finders_of(code: str) -> tuple[str, ...]:
    """The finder modules (textqa.mentions) of the kinds ``code`` reports, each once."""
    return tuple(dict.fromkeys(f for k in kinds_reported_by(code) for f in FINDERS[k]))
