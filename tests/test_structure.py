"""The structure that the name engine leans on: kinds tied to rules, one-way data flow, one definition per class."""
from __future__ import annotations

from textqa.mentions.kinds import CORRECT_KINDS, LITERAL_KINDS, MentionKind, kinds_reported_by
from textqa.rules.names.variant import VariantRule
from textqa.rules.registry import RULES


def test_every_wrong_kind_is_reported_by_one_registered_rule():
    for kind in MentionKind:
        if kind in CORRECT_KINDS:
            assert kind.rule is None and kind.correct
        else:
            assert kind.rule in RULES, kind
            assert RULES[kind.rule].needs_glossary


def test_every_variant_rule_reports_some_kind():
    variant_rules = [cls for cls in RULES.values() if issubclass(cls, VariantRule)]
    assert variant_rules
    for cls in variant_rules:
        assert kinds_reported_by(cls.code), cls.code


def test_kind_groups():
    assert CORRECT_KINDS < LITERAL_KINDS
    assert MentionKind.READING.literal and not MentionKind.READING.correct
    assert not MentionKind.HOMOPHONE.literal
    assert str(MentionKind.NEAR_HOMOPHONE) == "near-homophone"
