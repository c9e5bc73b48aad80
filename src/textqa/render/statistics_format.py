"""``--statistics``: the number of findings per rule, most frequent first (as ruff prints it)."""
from __future__ import annotations

import json as json_module
from collections import Counter


def rows(report, unsafe: bool = False) -> list[dict]:
    """Count per rule, and how many of them --fix (``unsafe``: with --unsafe-fixes) would apply."""
    from ..fix import applies
    from ..rules.registry import RULES

    counts = Counter(f.code for f in report.findings)
    fixable = Counter(f.code for f in report.findings if applies(f, unsafe))
    order = sorted(counts, key=lambda c: (-counts[c], c))
    return [{"code": c, "name": RULES[c].name if c in RULES else "", "count": counts[c], "fixable": fixable[c]}
            for c in order]


def render(report, *, json: bool = False, summary: bool = True, unsafe: bool = False, **_) -> str:
    from .text_format import summary_line

    data = rows(report, unsafe)
    if json:
        return json_module.dumps(data, ensure_ascii=False, indent=2) + "\n"
    width = max((len(str(r["count"])) for r in data), default=1)
    out = [f"{r['count']:>{width}}  {r['code']}  {'[*]' if r['fixable'] else '   '} {r['name']}" for r in data]
    return "\n".join(out + (["", summary_line(report)] if summary else [])).lstrip("\n") + "\n" * bool(out or summary)
