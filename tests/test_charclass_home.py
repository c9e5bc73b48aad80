"""One definition per character class: a regular expression's range of non-ASCII characters (ア-ン, \\u3040-\\u309f,
①-⑳) is written in src/textqa/charclass.py and nowhere else; other modules use its named ranges."""
from __future__ import annotations

import ast
import re

from conftest import ROOT

SRC = ROOT / "src" / "textqa"
HOME = SRC / "charclass.py"
# a regex escape of one code point, as the regex engine reads it in a raw string
ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2}))")
HOLE = "\0"  # stands for a {value} of an f-string: a named range, never a literal one


def _literals(tree) -> list[tuple[int, str]]:
    """(line, text) of every string literal but docstrings; an f-string's text with its {values} as HOLE."""
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    parts = set()
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts.update(id(v) for v in node.values)
            out.append((node.lineno, "".join(v.value if isinstance(v, ast.Constant) else HOLE for v in node.values)))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs | parts:
            out.append((node.lineno, node.value))
    return out


def ranges_in(text: str) -> list[str]:
    """The ranges ``a-b`` inside the [...] classes of ``text`` read as a regular expression, escapes decoded."""
    text = ESCAPE.sub(lambda m: chr(int(next(g for g in m.groups() if g), 16)), text)
    out, i, inside, first = [], 0, False, False
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            first = False
            continue
        if not inside:
            if ch == "[":
                inside, first = True, True
                if text[i + 1:i + 2] == "^":
                    i += 1
        elif ch == "]" and not first:
            inside = False
        elif ch == "-" and not first and i + 1 < len(text) and text[i + 1] not in "]\\" + HOLE \
                and text[i - 1] != HOLE and text[i - 1] <= text[i + 1]:
            out.append(f"{text[i - 1]}-{text[i + 1]}")
        else:
            first = False
        i += 1
    return out


def test_no_module_but_charclass_writes_a_non_ascii_range():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path == HOME:
            continue
        for line, text in _literals(ast.parse(path.read_text(encoding="utf-8"))):
            found += [f"{path.relative_to(ROOT)}:{line}: {r}" for r in ranges_in(text) if not r.isascii()]
    assert found == []


def test_the_check_sees_ranges_and_leaves_the_rest():
    assert ranges_in(r"[\u30a2-\u30f3①-⑳]") == ["ア-ン", "①-⑳"]
    assert ranges_in("[A-Za-zＡ-Ｚ]") == ["A-Z", "a-z", "Ａ-Ｚ"]
    assert ranges_in(f"[{HOLE}A-Z]") == ["A-Z"]
    assert ranges_in("[-‐‑–]x[（(]") == []  # a hyphen first in its class is itself
    assert ranges_in("黑板-こくばん") == [] and ranges_in("[、。-]") == []
