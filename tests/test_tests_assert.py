"""No test that asserts nothing: every test function of tests/ asserts (an ``assert``, ``pytest.raises`` and the like),
itself or through a helper of tests/ that does. A test that only runs code passes whatever the code answers."""
from __future__ import annotations

import ast

from conftest import ROOT

TESTS = ROOT / "tests"
# pytest's own ways of checking (a raise, a warning, an explicit failure or skip) and a mock's assert_* methods
CHECKS = {"raises", "warns", "deprecated_call", "fail", "skip", "xfail", "importorskip", "approx"}


def _called(node) -> set[str]:
    """The names a function calls (a bare name, or an attribute's last part)."""
    out = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            f = n.func
            out.add(f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else "")
    return out


def _checks_itself(node) -> bool:
    return any(isinstance(n, ast.Assert) for n in ast.walk(node)) or any(
        name in CHECKS or name.startswith("assert") for name in _called(node))


def functions() -> dict[str, list]:
    """Every function defined in the Python files of tests/ (but a held-out set's folder), by name."""
    out: dict[str, list] = {}
    for path in sorted(TESTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out.setdefault(node.name, []).append((path.name, node))
    return out


def asserting(defs: dict[str, list]) -> set[str]:
    """Names of the functions that assert, themselves or by calling one that does (a helper of any name: its every
    definition must assert)."""
    found = {name for name, nodes in defs.items() if all(_checks_itself(n) for _, n in nodes)}
    while True:
        more = {name for name, nodes in defs.items() if name not in found
                and all(_checks_itself(n) or _called(n) & found for _, n in nodes)}
        if not more:
            return found
        found |= more


def test_every_test_asserts():
    defs = functions()
    found = asserting(defs)
    silent = [f"{path}::{name}" for name, nodes in defs.items() if name.startswith("test")
              for path, node in nodes if not (_checks_itself(node) or _called(node) & found)]
    assert silent == []


def test_the_check_tells_a_silent_test_from_one_that_asserts():
    tree = ast.parse("def helper(x):\n    assert x\n"
                     "def test_a():\n    helper(1)\n"
                     "def test_b():\n    with pytest.raises(ValueError):\n        int('x')\n"
                     "def test_c():\n    run()\n")
    defs = {n.name: [("t.py", n)] for n in tree.body}
    found = asserting(defs)
    assert {"helper", "test_a", "test_b"} <= found and "test_c" not in found
