"""The structure that the name engine leans on: kinds tied to rules, one-way data flow, one definition per class."""
from __future__ import annotations

from textqa.mentions.kinds import CORRECT_KINDS, FINDERS, LITERAL_KINDS, MentionKind, kinds_reported_by
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


def test_every_kind_names_finder_modules_that_exist():
    from importlib.util import find_spec

    assert set(FINDERS) == set(MentionKind)
    for kind, finders in FINDERS.items():
        assert finders and all(find_spec(f"textqa.mentions.{f}") for f in finders), kind


def test_kind_groups():
    assert CORRECT_KINDS < LITERAL_KINDS
    assert MentionKind.READING.literal and not MentionKind.READING.correct
    assert not MentionKind.HOMOPHONE.literal
    assert str(MentionKind.NEAR_HOMOPHONE) == "near-homophone"


def test_rules_read_the_mentions_layer_and_never_import_the_resolver():
    import subprocess
    import sys

    from conftest import ROOT

    code = "import sys, textqa.context, textqa.rules.registry; print('textqa.mentions.resolve' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    rules = ROOT / "src" / "textqa" / "rules"
    assert not [p for p in rules.rglob("*.py") if "mentions.resolve" in p.read_text(encoding="utf-8")]


def test_the_finders_and_the_phonetics_import_no_rule_and_no_pipeline():
    """Data flows one way: the name finders (mentions/) and the phonetic keys (phonetics/) are below the rules and the
    pipeline that runs them, so no module of theirs imports a rule, a family's helpers, lint, the runner or the API,
    not even inside a function."""
    import ast

    from conftest import ROOT

    src = ROOT / "src" / "textqa"
    upward = ("textqa.rules", "textqa.lint", "textqa.runner", "textqa.api", "textqa.cli", "textqa.parallel")
    offenders = []
    for package in ("mentions", "phonetics"):
        for path in sorted((src / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    names = [f"textqa.{node.module or ''}" if node.level == 2 else
                             f"textqa.{package}.{node.module or ''}" if node.level == 1 else node.module or ""]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                else:
                    continue
                offenders += [f"{path.relative_to(src)}: {n}" for n in names if n.startswith(upward)]
    assert offenders == []


def test_the_mentions_layer_is_written_before_the_rules_run():
    from textqa import Linter
    from textqa.document import Document
    from textqa.mentions.layer import LAYER, MentionLayer

    from conftest import GLOSSARY

    doc = Document("鄧小平と登小平。\n")
    Linter(str(GLOSSARY), codes={"GRB007"}).lint_document(doc)  # a rule that never reads mentions
    assert isinstance(doc.layers[LAYER], MentionLayer)
    assert "tokens.by_paragraph" not in doc.layers and "evidence" not in doc.layers  # caches live in doc.memo


def test_one_definition_per_script_class():
    """Kana, kanji, Latin-letter, sentence-end and full-width digit classes are written out only in textqa.charclass."""
    import re

    from conftest import ROOT

    spelled = re.compile(r"ァ-|\\u30a1-|\\u4e00-|\\u3400-|A-Za-zÀ|\\u00c0-\\u024f|0x30A1|0x4E00"
                         r"|ぁ-|\\u3041|0x3041|。！？|一-|０-９")
    src = ROOT / "src" / "textqa"
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if p.name != "charclass.py" and spelled.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_a_class_holds_characters_only():
    """A slice past either end of the text ('') or two characters are in no class: rules test text[i:i + 1]."""
    from textqa.charclass import KANJI, KATAKANA, is_kanji

    assert "漢" in KANJI and "カ" in KATAKANA
    assert not is_kanji("") and "" not in KATAKANA and "漢字" not in KANJI


def test_the_terms_layer_is_written_before_the_rules_run(tmp_path):
    """The bilingual terms layer (a source name and its rendering) is the pipeline's, not the first BIL rule's."""
    from textqa import Linter
    from textqa.bilingual import align_files
    from textqa.bilingual.terms import LAYER

    (tmp_path / "g.tsv").write_text("zh\tja\ttype\n王建国\t王建国\tperson\n", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text("王建国说，今年的销量增长了。\n", encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text("王建国氏は、今年の販売量が伸びたと述べた。\n", encoding="utf-8")
    linter = Linter(str(tmp_path / "g.tsv"), codes={"GRB001"})  # no rule that reads the terms
    doc = align_files(str(tmp_path / "a.zh.txt"), str(tmp_path / "a.ja.txt"), str(tmp_path / "g.tsv")).target
    assert LAYER not in doc.layers
    linter.lint_document(doc)
    assert [o.status for o in doc.layers[LAYER]] == ["correct"]
