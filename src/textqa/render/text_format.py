"""Compiler-style text: ``path:line:col: CODE severity message`` and the marked line."""
from __future__ import annotations

import unicodedata

CONTEXT = 30  # code points shown either side of a span on long lines


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(1, width - _width(s))


def excerpt(line: str, col: int, end_col: int) -> tuple[str, str]:
    """The line (trimmed around the span) and a caret marker under the span; long spans are cut short."""
    start, end = col - 1, max(end_col - 1, col)
    lo = max(0, start - CONTEXT)
    marked = line[start:end]
    if len(marked) > 2 * CONTEXT:
        marked = marked[:2 * CONTEXT] + "…"
        end = start + 2 * CONTEXT
    hi = min(len(line), end + CONTEXT)
    pre = ("…" if lo else "") + line[lo:start]
    rest = "" if marked.endswith("…") else line[end:hi] + ("…" if hi < len(line) else "")
    return pre + marked + rest, " " * _width(pre) + "^" * max(1, _width(marked))


def format_finding(f, line_text: str | None) -> list[str]:
    where = f"{f.path}:{f.line}:{f.column}" if f.line else f.path
    out = [f"{where}: {f.code} {f.severity.value} {f.message}"]
    if line_text is not None and f.line:
        end_col = f.end_column if f.end_line == f.line else len(line_text) + 1
        shown, marks = excerpt(line_text.rstrip("\r"), f.column, end_col)
        gutter = f"{f.line:>5} | "
        out += [gutter + shown, " " * (len(gutter) - 2) + "| " + marks]
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(report) -> str:
    c = report.counts()
    n = len(report.findings)
    files = len(report.files)
    parts = ", ".join(_plural(c[s], s) if s != "info" else f"{c[s]} info" for s in ("error", "warning", "info"))
    line = f"Found {_plural(n, 'finding')} ({parts}) in {_plural(files, 'file')}."
    if report.errors:
        line += f" {_plural(len(report.errors), 'input error')}."
    return line


def entity_block(report) -> list[str]:
    """Entities with at least one rendering that is not a correct form."""
    shown = [e for e in report.entities if any(not r.correct for r in e.renderings)]
    if not shown:
        return []
    clean = len(report.entities) - len(shown)
    out = ["", f"Entities with variant renderings ({len(shown)}; {clean} more named consistently):"]
    for e in shown:
        out.append(f"  {e.zh} → {e.preferred}")
        for r in e.renderings:
            shown = r.unique_lines
            lines = ", ".join(map(str, shown[:12])) + (", …" if len(shown) > 12 else "")
            out.append(f"    {_pad(r.surface, 16)} {r.kind:<14} ×{r.count:<3} {r.path}: {lines}")
    return out


def render(report, *, lines_of=None, summary: bool = True, **_) -> str:
    """``lines_of(path, line)`` returns a source line, for the marked excerpt."""
    out: list[str] = []
    for f in report.findings:
        out += format_finding(f, lines_of(f.path, f.line) if lines_of and f.line else None)
    if summary:
        out += entity_block(report)
        out += ["", summary_line(report)]
    return "\n".join(out).lstrip("\n") + "\n"
