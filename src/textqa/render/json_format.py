"""The JSON contract: {"version", "findings": [...], "entities": [...], "errors": [...]}."""
from __future__ import annotations

from ..files import JSONText, LazyList, json_chunks, json_value
from ..findings import PackedFindings

FIELDS = ("path", "line", "column", "end_line", "end_column", "code", "severity", "message",
          "entity", "suggestion")


def finding_dict(f) -> dict:
    d = {k: getattr(f, k) for k in FIELDS}
    d["severity"] = f.severity.value
    d["confidence"] = f.confidence
    d["surface"] = f.surface
    d["related"] = [related_dict(r) for r in f.related]
    d["unit"] = f.unit
    return d


def related_dict(r) -> dict:
    return {"path": r.path, "line": r.line, "column": r.column, "end_line": r.end_line,
            "end_column": r.end_column, "message": r.message}


_KEYS = (*FIELDS, "confidence", "surface", "related", "unit")  # a finding's dict's, in order (``finding_dict``)
_LEVEL = 2  # a finding's dict in the report: {"findings": [{...}]}
_INDENT = 2
_WRITTEN = 1 << 12  # distinct values whose text is kept for the next finding that holds them (then begun anew)


def finding_dicts(findings, under: dict[int, str]) -> LazyList:
    """Each finding's dict (``finding_dict``, and ``stacked_under`` for those in ``under``), made as it is
    written: for findings held as objects (a list), which ``finding_texts`` would have to pack first."""
    def finding(i, f) -> dict:
        d = finding_dict(f)
        if i in under:
            d["stacked_under"] = under[i]  # the text format leaves it out: `code` says it better
        return d

    return LazyList(findings, finding, flat=True)


def finding_texts(findings: PackedFindings, under: dict[int, str]) -> LazyList:
    """``finding_dicts`` of packed findings, each dict as its JSON text, written from its record: a distinct value
    is written once while its text is kept (a path, code or suggestion repeated a thousand times), and no
    ``Finding`` or dict is made."""
    dump = json_value(_INDENT)
    inner = "\n" + " " * (_INDENT * (_LEVEL + 1))
    heads = ["{" + inner + dump.key(name) + ": " if n == 0 else "," + inner + dump.key(name) + ": "
             for n, name in enumerate(_KEYS)]
    places = list(map(PackedFindings.place, _KEYS))
    severity, related = PackedFindings.place("severity")[0], PackedFindings.place("related")[0]
    tail = "\n" + " " * (_INDENT * _LEVEL) + "}"
    stacked_head = "," + inner + dump.key("stacked_under") + ": "
    values, written = findings.values, {}

    def value(place: int, n: int) -> str:
        text = written.get((place, n))
        if text is None:
            if len(written) >= _WRITTEN:  # bounded: a run's distinct messages are not all held twice
                written.clear()
            v = values[n]
            v = v.value if place == severity else [related_dict(r) for r in v] if place == related else v
            text = written[(place, n)] = dump(v, _LEVEL + 1)
        return text

    def text(i: int, _) -> JSONText:
        record = findings.record(i)
        parts = []
        for head, (place, itself) in zip(heads, places):
            n = record[place]
            parts += (head, ("null" if n == -1 else str(n)) if itself else value(place, n))
        if i in under:
            parts += (stacked_head, dump(under[i], _LEVEL + 1))
        parts.append(tail)
        return JSONText("".join(parts))

    return LazyList(range(len(findings)), text, flat=True)


def entity_dict(e) -> dict:
    return {"zh": e.zh, "preferred": e.preferred,
            "renderings": [{"surface": r.surface, "kind": r.kind, "count": r.count, "lines": r.unique_lines,
                            "path": r.path} for r in e.renderings],
            **({"source_mentions": e.source_mentions, "source_rendered": e.source_rendered}
               if e.source_mentions is not None else {})}  # bilingual mode only


def entity_dicts(entities) -> LazyList:
    """Each entity's dict (``entity_dict``), made as it is written."""
    return LazyList(entities, lambda _, e: entity_dict(e), flat=True)


_ENTITY = ["\n" + " " * (_INDENT * (_LEVEL + n)) for n in range(5)]  # the report's indents from an entity down
_APART = "," + _ENTITY[2]  # between two renderings in an entity's list


def _renderings_text():
    """``text(renderings)``: renderings as an entity's dict in the report writes them inside its list's brackets,
    apart by ``_APART`` (so the texts of one entity's renderings in two files join with it)."""
    dump = json_value(_INDENT)
    keys = [("," if n else "{") + _ENTITY[3] + dump.key(k) + ": "
            for n, k in enumerate(("surface", "kind", "count", "lines", "path"))]
    close, lines_apart = _ENTITY[2] + "}", "," + _ENTITY[4]

    def rendering(r) -> str:
        lines = r.unique_lines  # ints from an array: each written as str() writes it
        return "".join((keys[0], dump(r.surface, _LEVEL + 3), keys[1], dump(r.kind, _LEVEL + 3), keys[2],
                        str(r.count), keys[3], "[" + _ENTITY[4] + lines_apart.join(map(str, lines)) + _ENTITY[3] + "]"
                        if lines else "[]", keys[4], dump(r.path, _LEVEL + 3), close))

    return lambda renderings: _APART.join(map(rendering, renderings))


def entity_texts(entities, written: dict[str, list[str]] | None = None) -> LazyList:
    """``entity_dicts``, each dict as its JSON text at its place in the report, written straight from the
    entity's renderings: no dict is made for each of them (a run's renderings are one a file, entity and form:
    thousands). ``written``: each entity's renderings as ``file_texts`` wrote them, file by file (then only joined)."""
    dump = json_value(_INDENT)
    heads = [dump.key(k) + ": " for k in ("zh", "preferred", "renderings", "source_mentions", "source_rendered")]
    renderings = _renderings_text()

    def text(_, e) -> JSONText:
        parts = ["{", _ENTITY[1], heads[0], dump(e.zh, _LEVEL + 1), ",", _ENTITY[1], heads[1],
                 dump(e.preferred, _LEVEL + 1), ",", _ENTITY[1], heads[2]]
        if e.renderings:
            parts += ("[", _ENTITY[2], renderings(e.renderings) if written is None else _APART.join(written[e.zh]),
                      _ENTITY[1], "]")
        else:
            parts.append("[]")
        if e.source_mentions is not None:  # bilingual mode only
            parts += (",", _ENTITY[1], heads[3], dump(e.source_mentions, _LEVEL + 1), ",", _ENTITY[1], heads[4],
                      dump(e.source_rendered, _LEVEL + 1))
        parts += (_ENTITY[0], "}")
        return JSONText("".join(parts))

    return LazyList(entities, text, flat=True)


def file_findings(path: str, findings) -> str | None:
    """One file's findings as the report's "findings" list writes them (each at its place, apart as there), for
    a worker process to write while others lint (``Report.findings_json``); None when a finding names another
    path (which findings stack is decided per path, over the whole report)."""
    from ..report import stacked

    packed = findings if isinstance(findings, PackedFindings) else PackedFindings(findings)
    if any(p != path for p in packed.column("path")):
        return None
    return (",\n" + " " * (_INDENT * _LEVEL)).join(finding_texts(packed, stacked(packed)))


def file_texts(path: str, findings, entities) -> tuple[str | None, dict[str, str]]:
    """One file's findings (``file_findings``) and the renderings of each of its entities that it renders, as the
    report writes them, by entity (``Report.entities_json``), for a worker process to write while others lint."""
    renderings = _renderings_text()
    return file_findings(path, findings), {e.zh: renderings(e.renderings) for e in entities if e.renderings}


def _written(_, text: str) -> JSONText:
    return JSONText(text)


def render(report, **options) -> str:
    return "".join(render_chunks(report, **options))


def render_chunks(report, **_):
    """The report in pieces: each finding's dict is made as it is written, and the whole text is never held."""
    from .. import __version__
    from ..report import stacked

    findings, written = report.findings, report.written_findings()
    write = finding_texts if isinstance(findings, PackedFindings) else finding_dicts
    data = {
        "version": __version__,
        "findings": write(findings, stacked(findings)) if written is None else
        LazyList([text for text in written if text], _written, flat=True),
        "entities": entity_texts(report.entities, report.written_entities()),
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in report.errors],
    }
    yield from json_chunks(data, indent=2)
    yield "\n"
