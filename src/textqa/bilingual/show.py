"""Render an alignment for people (text), programs (json) and spreadsheets (tsv)."""
from __future__ import annotations

import json

EXCERPT = 24  # code points of each side shown in the text format


def _side(doc, spans) -> list[dict]:
    out = []
    for sp in spans:
        (line, col), (end_line, end_col) = doc.position(sp.start), doc.position(sp.end)
        out.append({"line": line, "column": col, "end_line": end_line, "end_column": end_col,
                    "text": doc.text[sp.start:sp.end]})
    return out


def link_dict(bitext, link) -> dict:
    out = {"shape": link.shape, "score": link.score,
           "source": _side(bitext.source, link.source), "target": _side(bitext.target, link.target)}
    if not link.target:
        out["missing_at"] = dict(zip(("line", "column"), bitext.target.position(link.at)))
    if not link.source:
        out["source_at"] = dict(zip(("line", "column"), bitext.source.position(link.at)))
    return out


def alignment_dict(bitext) -> dict:
    a = bitext.alignment
    return {"source": bitext.source.path, "target": bitext.target.path,
            "paragraphs": [dict(link_dict(bitext, p), sentences=[link_dict(bitext, s) for s in kids])
                           for p, kids in zip(a.paragraphs, a.children)]}


def _lines(side: list[dict]) -> str:
    if not side:
        return "—"
    first, last = side[0]["line"], side[-1]["end_line"]
    return str(first) if first == last else f"{first}-{last}"


def _where(side: list[dict]) -> str:
    return f"{side[0]['line']}:{side[0]['column']}" if side else "—"


def _excerpt(side: list[dict]) -> str:
    text = " ".join(s["text"] for s in side).replace("\n", " ")
    return text if len(text) <= EXCERPT else text[:EXCERPT] + "…"


def render_text(data: dict) -> str:
    out = [f"source {data['source']}  ↔  target {data['target']}", ""]
    for p in data["paragraphs"]:
        out.append(f"zh {_lines(p['source']):<8} ↔ ja {_lines(p['target']):<8} {p['shape']}  {p['score']:.2f}")
        if not p["source"] or not p["target"]:
            gap = (f"(missing before ja {p['missing_at']['line']})" if not p["target"]
                   else "(no source: added)")
            out.append(f"    {_excerpt(p['source'] or p['target'])} {gap}")
            continue
        for s in p["sentences"]:
            left = _excerpt(s["source"]) if s["source"] else "(none: added)"
            right = _excerpt(s["target"]) if s["target"] else f"(missing at ja {s['missing_at']['line']}:" \
                                                               f"{s['missing_at']['column']})"
            out.append(f"    {_where(s['source']):<7} ↔ {_where(s['target']):<7} {s['shape']}  {s['score']:.2f}  "
                       f"{left}  ↔  {right}")
    return "\n".join(out) + "\n"


def render_tsv(data: dict) -> str:
    rows = ["level\tsource_lines\ttarget_lines\tshape\tscore\tsource_text\ttarget_text"]
    for p in data["paragraphs"]:
        for level, link in [("paragraph", p)] + [("sentence", s) for s in p["sentences"]]:
            texts = [" ".join(x["text"] for x in link[side]).replace("\t", " ").replace("\n", " ")
                     for side in ("source", "target")]
            rows.append("\t".join([level, _lines(link["source"]), _lines(link["target"]), link["shape"],
                                   f"{link['score']:.2f}", *texts]))
    return "\n".join(rows) + "\n"


def render_alignment(bitext, fmt: str = "text") -> str:
    data = alignment_dict(bitext)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return render_tsv(data) if fmt == "tsv" else render_text(data)
