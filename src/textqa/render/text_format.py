"""Compiler-style text: ``path:line:col: CODE severity message`` and the marked line."""
from __future__ import annotations

import unicodedata

from ..findings import Severity

CONTEXT = 30  # code points shown either side of a span on long lines


# Control characters from the input are shown, not sent to the terminal: C0 controls as their control pictures
# (ESC as ␛), DEL as ␡, C1 controls and bidirectional overrides as U+FFFD. One code point each: carets stay aligned.
VISIBLE = {**{o: 0x2400 + o for o in range(0x20)}, 0x7F: 0x2421, **{o: 0xFFFD for o in range(0x80, 0xA0)},
           **{o: 0xFFFD for o in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}}


def visible(s: str) -> str:
    return s.translate(VISIBLE)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(1, width - _width(s))


SURFACE_COLUMN = (16, 24)  # the surface column of a rendering table: at least this wide, widened up to at most this


def surface_column(surfaces) -> int:
    """The display width of a table's surface column, one space after it: wide enough for every surface up to
    SURFACE_COLUMN's most (a full-width character counts two columns: a long katakana name keeps the columns after it
    in line); a surface wider than that sticks out alone."""
    least, most = SURFACE_COLUMN
    return max([least] + [_width(s) for s in surfaces if _width(s) <= most])


def excerpt(line: str, col: int, end_col: int) -> tuple[str, str]:
    """The line (trimmed around the span) and a caret marker under the span; long spans are cut short."""
    start, end = col - 1, max(end_col - 1, col - 1)  # an empty span is a point: one caret before the character there
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
    for r in f.related:
        where = f"{r.path}:{r.line}" if r.line else r.path
        out.append(f"      source: {where}" + (f" ({r.message})" if r.message else ""))
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(report, stacked: int = 0) -> str:
    c = report.counts()
    n = len(report.findings)
    files = len(report.files)
    parts = ", ".join(_plural(c[s], s.value) if s is not Severity.INFO else f"{c[s]} info" for s in Severity)
    line = f"Found {_plural(n, 'finding')} ({parts}) in {_plural(files, 'file')}."
    if stacked:
        line += f" {stacked} on the same span as a more specific finding not shown (see --format json)."
    if report.baselined:
        line += f" {report.baselined} more in the baseline."
    if report.errors:
        line += f" {_plural(len(report.errors), 'input error')}."
    return line


MAX_ENTITIES = 40  # the block lists this many entities at most; JSON has them all
MAX_LINES, MAX_FILES = 12, 3


def _where(renderings) -> str:
    """``path: lines`` of one rendering over the whole run, files in order, long lists cut."""
    lines: dict[str, list[int]] = {}
    for r in renderings:
        lines.setdefault(r.path, []).extend(r.lines)
    parts = []
    for path, found in list(lines.items())[:MAX_FILES]:
        unique = sorted(set(found))
        parts.append(f"{path}: " + ", ".join(map(str, unique[:MAX_LINES])) + (", …" if len(unique) > MAX_LINES else ""))
    more = len(lines) - MAX_FILES
    return "; ".join(parts) + (f"; … {more} more file{'s' * (more != 1)}" if more > 0 else "")


def entity_block(report) -> list[str]:
    """Entities with at least one rendering that is not a correct form: one block for the whole run."""
    shown = [e for e in report.entities if any(not r.correct for r in e.renderings)
             or (e.source_mentions or 0) > (e.source_rendered or 0)]
    if not shown:
        return []
    clean = len(report.entities) - len(shown)
    out = ["", f"Entities with variant renderings ({len(shown)}; {clean} more named consistently):"]
    column = surface_column(r.surface for e in shown[:MAX_ENTITIES] for r in e.renderings)
    for e in shown[:MAX_ENTITIES]:
        source = "" if e.source_mentions is None else \
            f"  (source: {e.source_mentions} mention{'s' * (e.source_mentions != 1)}, {e.source_rendered} rendered correctly)"
        out.append(f"  {e.zh} → {e.preferred}{source}")
        merged: dict[tuple[str, str], list] = {}
        for r in e.renderings:
            merged.setdefault((r.surface, r.kind), []).append(r)
        for (surface, kind), rs in merged.items():
            count = sum(r.count for r in rs)
            out.append(f"    {pad(surface, column + 1)}{kind:<14} ×{count:<3} {_where(rs)}")
    if len(shown) > MAX_ENTITIES:
        out.append(f"  … {len(shown) - MAX_ENTITIES} more entities with variant renderings (--format json lists all)")
    return out


def render(report, **options) -> str:
    return "".join(render_chunks(report, **options))


def render_chunks(report, *, lines_of=None, summary: bool = True, **_):
    """The report in pieces of about 64 KB, each finding's lines made as they are written; ``lines_of(path,
    line)`` returns a source line, for the marked excerpt."""
    from ..files import in_pieces
    from ..report import stacked

    hidden = stacked(report.findings)

    def lines():
        for i, f in enumerate(report.findings):
            if i not in hidden:
                yield from format_finding(f, lines_of(f.path, f.line) if lines_of and f.line else None)
        if summary:
            yield from entity_block(report)
            yield from ("", summary_line(report, len(hidden)))

    def pieces():
        started = False
        for line in lines():
            if started:
                yield "\n"
            elif not line:
                continue  # no blank line before the first
            started = True
            yield visible(line)
        if started:  # nothing to say (--quiet, no findings): nothing printed, not even a blank line
            yield "\n"

    return in_pieces(pieces())
