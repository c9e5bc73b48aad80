"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

GitHub shows only the first few annotations of each kind per step, so a plain
summary line follows that tells how many there are in all.
"""
from __future__ import annotations

from ..findings import Severity

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SHOWN_PER_STEP = 10  # GitHub shows at most this many annotations of each kind per step


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(f) -> str:
    props = [("file", f.path)]
    if f.line:
        props += [("line", f.line), ("col", f.column)]
        if f.end_line == f.line:
            props.append(("endColumn", f.end_column))
        elif f.end_line:
            props.append(("endLine", f.end_line))
    props.append(("title", f.code))
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props)
    return f"::{COMMAND[f.severity]} {fields}::{escape_data(f.message)}"


def error_annotation(err) -> str:
    where = f"file={escape_property(err.path)}" + (f",line={err.line}" if err.line else "")
    return f"::error {where},title=input error::{escape_data(err.message)}"


def render(report, **options) -> str:
    return "".join(render_chunks(report, **options))


def render_chunks(report, *, summary: bool = True, **_):
    """One line per finding, in pieces of about 64 KB, each line made as it is written; then the summary line
    (not with --quiet or --no-summary)."""
    from ..files import in_pieces
    from ..report import stacked
    from .text_format import summary_line

    hidden = stacked(report.findings)  # one annotation per span, by the most specific rule

    def lines():
        yield from (annotation(f) + "\n" for i, f in enumerate(report.findings) if i not in hidden)
        yield from (error_annotation(e) + "\n" for e in report.errors)
        if not summary:
            return
        line = "textqa: " + summary_line(report)
        counts = report.counts()
        if any(n > SHOWN_PER_STEP for n in counts.values()):
            line += f" GitHub shows only {SHOWN_PER_STEP} annotations of each kind per step; run textqa locally for all."
        yield line + "\n"

    return in_pieces(lines())
