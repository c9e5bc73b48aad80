"""Every rule is one module with a code, a kebab-case name, a default severity, the layers it reads and a doc
in the fixed sections; it reads layers and never runs a pipeline stage or writes a layer."""
from __future__ import annotations

import ast
import inspect
import re
import sys

import pytest

from textqa.findings import Severity
from textqa.rules.base import LAYERS, SECTIONS, Rule
from textqa.rules.registry import RULES

FAMILY_PREFIX = {"names": "NAM", "garble": "GRB", "bilingual": "BIL", "baseline": "BSL", "glossary": "GLS",
                 "suppression": "SUP"}

# what a rule's code shows it reads (in its own module, its base classes and the family helpers it calls)
MARKERS = {
    "text": re.compile(r"\bctx\.doc\b"),
    "tokens": re.compile(r"\b(?:paragraph_tokens|tokens_in|token_at)\("),
    "mentions": re.compile(r"\bctx\.mentions\b"),
    "glossary": re.compile(r"\bctx\.(?:compiled|entry)\b"),
    "bilingual": re.compile(r"\bbitext\(ctx\)|layers(?:\.get\(|\[)\"bilingual\""),
    "source-names": re.compile(r"\b(?:sentence_names|misspelt_names)\("),
}
# what a rule must never do: write a layer, or run the pipeline (finders and resolver, alignment, linter) or a stage
# that writes a layer (the source's terms and entities, the document's own names): it reads what they wrote
# (written_terms, written_source_entities, sentence_names, ctx.own_names)
FORBIDDEN = re.compile(r"\.add_layer\(|\bmentions\.resolve\b|\bannotate\(|\battach_source\b|\btag_source_names\b"
                       r"|\bterm_occurrences\(|\bsource_entities\(|\bown_names\(|\balign\("
                       r"|\bfrom \.\.\.(?:api|runner)\b|\bLinter\(")


def _helper_source(module, names: set[str], seen: set[tuple[str, str]]) -> str:
    """Source of the functions ``names`` of a family helper module, and of the helpers they call in turn."""
    tree = ast.parse(inspect.getsource(module))
    defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    out = []
    todo = [n for n in names if n in defs]
    while todo:
        name = todo.pop()
        if (module.__name__, name) in seen:
            continue
        seen.add((module.__name__, name))
        text = ast.get_source_segment(inspect.getsource(module), defs[name]) or ""
        out.append(text)
        todo += [n for n in defs if n != name and re.search(rf"\b{n}\b", text)]
    return "\n".join(out)


def _code_of(rule) -> str:
    """The source a rule runs: its module, its base classes' modules and the family helpers it imports."""
    parts, seen = [], set()
    for cls in rule.__mro__:
        if cls is Rule or not issubclass(cls, Rule):
            continue
        module = sys.modules[cls.__module__]
        source = inspect.getsource(module)
        parts.append(source)
        for node in ast.parse(source).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1 and (node.module or "").startswith("_"):
                helper = sys.modules[f"{module.__package__}.{node.module}"]
                parts.append(_helper_source(helper, {a.name for a in node.names}, seen))
    return "\n".join(parts)


@pytest.mark.parametrize("code", list(RULES))
def test_rule_has_code_name_severity_reads_and_doc(code):
    rule = RULES[code]
    family = rule.__module__.split(".")[2]
    assert rule.code == code and re.fullmatch(FAMILY_PREFIX[family] + r"\d{3}", code)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
    assert isinstance(rule.severity, Severity)
    assert rule.reads and set(rule.reads) <= set(LAYERS), rule.reads
    assert not rule.needs_glossary or "glossary" in rule.reads
    sections = rule.sections()
    assert list(sections) == list(SECTIONS) and all(sections.values())
    assert rule.summary()


def test_one_rule_per_module_and_unique_names():
    modules = [rule.__module__ for rule in RULES.values()]
    assert len(set(modules)) == len(modules)
    names = [rule.name for rule in RULES.values()]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("code", list(RULES))
def test_rule_reads_only_the_layers_it_declares(code):
    rule = RULES[code]
    source = _code_of(rule)
    used = {layer for layer, marker in MARKERS.items() if marker.search(source)}
    assert used <= set(rule.reads), f"{code} reads {sorted(used - set(rule.reads))} without declaring it"
    assert not FORBIDDEN.search(source), FORBIDDEN.search(source).group()


def test_the_markers_see_what_they_look_for():
    """The check above is only as good as its markers: each finds its layer in a rule known to read it."""
    by_name = {rule.name: rule for rule in RULES.values()}
    assert "tokens" in {layer for layer, m in MARKERS.items() if m.search(_code_of(by_name["english-fragment"]))}
    assert "mentions" in {layer for layer, m in MARKERS.items() if m.search(_code_of(RULES["NAM003"]))}
    assert "bilingual" in {layer for layer, m in MARKERS.items() if m.search(_code_of(RULES["BIL001"]))}
    assert {"text"} == {layer for layer, m in MARKERS.items() if m.search(_code_of(by_name["halfwidth-period"]))}


def test_the_forbidden_calls_are_the_writers_not_their_readers():
    """BIL001 reads the terms layer and BIL003, BIL007 the source's entities that the pipeline wrote before them."""
    for call in ("term_occurrences(bt, ctx.compiled, ctx.mentions)", "source_entities(bt.source, ctx.compiled)",
                 "own_names(ctx.doc, ctx.compiled)", "tag_source_names(bt)", "ctx.doc.add_layer('x', [])"):
        assert FORBIDDEN.search(call), call
    for call in ("written_terms(bt)", "written_source_entities(bt.source, ctx.compiled)", "for m in ctx.own_names:",
                 "sentence_names(bt)"):
        assert not FORBIDDEN.search(call), call
    assert "written_terms(bt)" in _code_of(RULES["BIL001"])


def test_the_confidence_table_tests_itself():
    """data/confidence.toml: a scale, then per rule code the cases its module asks for by name, each in (0, 1)."""
    from textqa.context import _confidence_table, rule_thresholds

    table = dict(_confidence_table())
    warning, report = rule_thresholds()
    assert 0.0 < report <= warning < 1.0
    del table["scale"], table["fix"]
    for code, cases in table.items():
        assert code in RULES, code
        source = inspect.getsource(sys.modules[RULES[code].__module__])
        for case, value in cases.items():
            assert 0.0 < value < 1.0 and f'"{case}"' in source, (code, case)
    literal = re.compile(r"confidence=0\.\d|else 0\.\d")
    hand_set = [c for c, r in RULES.items() if c[:3] in ("NAM", "GRB", "BIL") and literal.search(_code_of(r))]
    assert hand_set == [], "hand-set confidences belong in data/confidence.toml"
