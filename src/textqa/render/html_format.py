"""A self-contained HTML report for editors: each article with every finding highlighted in it.

One file: inline CSS and JS, nothing fetched (a Content-Security-Policy with hashes of the
page's own style and script forbids anything else). Templates live in ``templates/`` and are
rendered by Jinja2 with autoescaping; the script reads the page's DOM and only ever sets text.

This module only lays data out for the template: the text of each file cut into pages of whole
lines, each line cut into segments at finding boundaries, each segment listing the findings that
cover it (the one drawn first). The template draws; the script filters and navigates.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field

PAGE_CHARS = 40_000  # a file's text is paginated: a page ends after this many code points ...
PAGE_LINES = 800  # ... or this many lines
FAMILY_ORDER = ("names", "garble", "bilingual", "baseline")


@dataclass
class Segment:
    text: str
    ids: tuple[int, ...] = ()  # covering findings, the one drawn first
    point: bool = False  # a zero-width finding: drawn as a caret
    style: str = ""  # classes of the finding drawn: severity and family


@dataclass
class Line:
    number: int
    segments: list[Segment]

    @property
    def chars(self) -> int:
        return sum(len(seg.text) for seg in self.segments) + 1

    @property
    def first(self) -> int:
        return self.number

    last = first


@dataclass
class Row:
    """Bilingual view: aligned source and target paragraphs side by side (either side may be empty)."""

    source: list[Line]
    target: list[Line]
    label: str  # the alignment, for people checking it: lines and fit
    at: int = 0  # an omission: the target line where the source paragraph is missing

    @property
    def chars(self) -> int:
        return sum(line.chars for line in (*self.source, *self.target))

    @property
    def first(self) -> int:
        return self.target[0].number if self.target else self.at

    @property
    def last(self) -> int:
        return self.target[-1].number if self.target else self.at


@dataclass
class Page:
    number: int
    items: list = field(default_factory=list)  # Lines, or Rows in the bilingual view
    chars: int = 0

    def lines(self) -> list[Line]:
        """The target lines on this page."""
        return [line for item in self.items for line in (item.target if isinstance(item, Row) else [item])]


@dataclass
class FindingView:
    index: int  # position in report.findings (and in the JSON output)
    file: int
    finding: object
    family: str
    rule_name: str
    page: int | None = None  # the page of its first line


@dataclass
class FileView:
    index: int
    path: str
    findings: list[FindingView]
    pages: list[Page] = field(default_factory=list)
    missing: str | None = None  # why the text could not be shown
    source: str | None = None  # bilingual view: the source file shown beside the text

    @property
    def whole(self) -> list[FindingView]:
        return [v for v in self.findings if not v.finding.line]


def family_of(code: str) -> str:
    """The rule family: the package its rule lives in (``rules/names`` -> ``names``)."""
    from ..rules.registry import RULES

    rule = RULES.get(code)
    if rule is None:
        return "other"
    parts = rule.__module__.split(".")
    return parts[2] if len(parts) > 3 and parts[1] == "rules" else "other"


def _priority(f) -> tuple:
    """Drawn first: the most severe, then the narrowest span."""
    lines = (f.end_line or f.line) - f.line
    width = (f.end_column or f.column) - f.column if not lines else 10_000 * lines
    return (-f.severity.rank, width)


def line_marks(finding, line: int, length: int) -> tuple[int, int] | None:
    """0-based [start, end) columns of ``finding`` on ``line`` (None if it does not touch it)."""
    if not finding.line or line < finding.line:
        return None
    end_line = finding.end_line or finding.line
    if line > end_line:
        return None
    start = finding.column - 1 if line == finding.line else 0
    end = (finding.end_column - 1 if finding.end_column else length) if line == end_line else length
    start, end = min(max(start, 0), length), min(max(end, 0), length)
    return start, max(start, end)


def segments(text: str, marks: list[tuple[int, int, int]]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; ``marks`` are (start, end, id), ids in drawing order."""
    if not marks:
        return [Segment(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in marks), *(e for _, e, _ in marks)})
    points: dict[int, list[int]] = {}
    for s, e, i in marks:
        if s == e:
            points.setdefault(s, []).append(i)
    out = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        for i in points.get(a, ()):
            out.append(Segment("", (i,), point=True))
        if b is None:
            break
        out.append(Segment(text[a:b], tuple(i for s, e, i in marks if s <= a and b <= e and s < e)))
    return out


def paginate(items: list) -> list[Page]:
    """Lines or rows in pages of about PAGE_CHARS code points (and at most PAGE_LINES items)."""
    pages = [Page(1)]
    for item in items:
        page = pages[-1]
        if page.items and (page.chars + item.chars > PAGE_CHARS or len(page.items) >= PAGE_LINES):
            page = Page(len(pages) + 1)
            pages.append(page)
        page.items.append(item)
        page.chars += item.chars
    return pages


def location_marks(located, lines: list[str]) -> dict[int, list[tuple[int, int, int]]]:
    """Per line, the (start, end, id) of each ``(location, id)`` in ``located`` (kept in its order)."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for loc, i in located:
        if not loc.line:
            continue
        for n in range(loc.line, min(loc.end_line or loc.line, len(lines)) + 1):
            span = line_marks(loc, n, len(lines[n - 1]))
            if span is not None:
                out.setdefault(n, []).append((*span, i))
    return out


def _read_lines(text_of, path: str) -> list[str]:
    return [line.rstrip("\r") for line in text_of(path).split("\n")]


def pair_rows(pair, lines: list[str], marks, src_lines: list[str], src_marks) -> list[Row]:
    """The aligned paragraphs as rows; target lines outside every link get rows of their own."""
    def make(text, mark, lo, hi):
        return [Line(n, segments(text[n - 1], mark.get(n, []))) for n in range(lo, min(hi, len(text)) + 1)
                if text[n - 1].strip() or mark.get(n)]

    rows: list[Row] = []
    done = 0  # the last target line shown

    def target_only(upto: int) -> None:
        nonlocal done
        if upto > done:
            extra = make(lines, marks, done + 1, upto)
            if extra:
                rows.append(Row([], extra, f"ja {extra[0].number}–{extra[-1].number}: not aligned"))
            done = upto

    for block in pair.blocks:
        src = make(src_lines, src_marks, *block.source) if block.source else []
        zh = f"zh {_range(block.source)}" if block.source else "no source"
        if block.target:
            target_only(block.target[0] - 1)
            rows.append(Row(src, make(lines, marks, *block.target),
                            f"{zh} ↔ ja {_range(block.target)}, fit {block.score:.2f}"))
            done = max(done, block.target[1])
        else:
            target_only((block.at or 1) - 1)
            rows.append(Row(src, [], f"{zh} ↔ missing before ja {block.at}", at=block.at or done))
    target_only(len(lines))
    return rows


def _range(lines: tuple[int, int]) -> str:
    return str(lines[0]) if lines[0] == lines[1] else f"{lines[0]}–{lines[1]}"


def file_view(index: int, path: str, views: list[FindingView], text_of, pair=None) -> FileView:
    from ..errors import InputError

    fv = FileView(index, path, views)
    try:
        lines = _read_lines(text_of, path)
    except InputError as exc:
        fv.missing = exc.message
        return fv
    ordered = sorted((v for v in views if v.finding.line), key=lambda v: (_priority(v.finding), v.index))
    marks = location_marks([(v.finding, v.index) for v in ordered], lines)
    items: list = [Line(n, segments(text, marks.get(n, []))) for n, text in enumerate(lines, 1)]
    if pair is not None:
        try:
            src_lines = _read_lines(text_of, pair.source)
        except InputError:
            src_lines = None
        if src_lines is not None:
            related = [(r, v.index) for v in ordered for r in getattr(v.finding, "related", ()) if r.path == pair.source]
            items = pair_rows(pair, lines, marks, src_lines, location_marks(related, src_lines))
            fv.source = pair.source
    fv.pages = paginate(items)
    styles = {v.index: f"s-{v.finding.severity.value} c-{v.family}" for v in views}
    first_page = {}
    for page in fv.pages:
        for item in page.items:
            for line in (item.source + item.target if isinstance(item, Row) else [item]):
                for seg in line.segments:
                    if seg.ids:
                        seg.style = styles[seg.ids[0]] + (" multi" if len(seg.ids) > 1 else "")
        for line in page.lines():
            first_page.setdefault(line.number, page.number)
    for v in views:
        if v.finding.line:
            v.page = first_page.get(v.finding.line)
    return fv


def settings_signature(report, glossary) -> tuple[str, dict]:
    """A short hash of everything that decides the findings, and the settings it covers."""
    from .sarif_format import versions

    signed = versions(None)
    if glossary is not None:
        signed["glossary"] = glossary.content_hash
    signed.update(getattr(report, "settings", {}) or {})
    digest = hashlib.sha256(json.dumps(signed, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return digest[:16], signed


def rule_docs(codes) -> list[dict]:
    from ..rules.registry import RULES

    return [{"code": c, "name": RULES[c].name, "severity": RULES[c].severity.value,
             "sections": list(RULES[c].sections().items())} for c in sorted(codes) if c in RULES]


def entity_rows(report, file_index: dict[str, int]) -> tuple[list, list]:
    """Entities with a variant rendering (or, beside a source, a mention not rendered correctly), and entities
    named consistently; links per line."""
    variant, consistent = [], []
    for e in report.entities:
        rows = []
        for r in e.renderings:
            counts = Counter(r.lines)
            rows.append({"surface": r.surface, "kind": r.kind, "count": r.count, "path": r.path,
                         "correct": r.correct, "file": file_index.get(r.path),
                         "lines": [(n, counts[n]) for n in sorted(counts)]})
        missed = (e.source_mentions or 0) - (e.source_rendered or 0)
        (variant if missed > 0 or any(not row["correct"] for row in rows) else consistent).append(
            {"zh": e.zh, "preferred": e.preferred, "renderings": rows,
             "source": (e.source_mentions, e.source_rendered) if e.source_mentions is not None else None})
    return variant, consistent


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("textqa.render", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["doc"] = doc_html
    return env


def doc_html(text: str):
    """A rule-doc section as HTML: paragraphs, with `code` spans (everything else escaped)."""
    import re

    from markupsafe import Markup, escape

    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        parts = re.split(r"`([^`]+)`", " ".join(para.split()))
        body = Markup("").join(escape(p) if k % 2 == 0 else Markup("<code>%s</code>") % p
                               for k, p in enumerate(parts))
        out.append(Markup("<p>%s</p>") % body)
    return Markup("\n").join(out)


def render(report, *, glossary=None, text_of=None, **_) -> str:
    from markupsafe import Markup

    from .. import __version__
    from ..api import read_text
    from ..rules.registry import RULES
    from .sarif_format import display_path

    text_of = text_of or read_text
    paths = list(report.files) + [p for p in dict.fromkeys(f.path for f in report.findings)
                                  if p not in set(report.files)]
    file_index = {p: k for k, p in enumerate(paths)}
    views_by_path: dict[str, list[FindingView]] = {p: [] for p in paths}
    all_views = []
    for i, f in enumerate(report.findings):
        rule = RULES.get(f.code)
        v = FindingView(i, file_index[f.path], f, family_of(f.code), rule.name if rule else "")
        views_by_path[f.path].append(v)
        all_views.append(v)
    for views in views_by_path.values():
        views.sort(key=lambda v: (v.finding.line or 0, v.finding.column or 0, v.index))
    pairs = getattr(report, "pairs", {})
    files = [file_view(k, p, views_by_path[p], text_of, pairs.get(p)) for k, p in enumerate(paths)]
    signature, signed = settings_signature(report, glossary)
    families = Counter(v.family for v in all_views)
    codes = Counter(v.finding.code for v in all_views)
    variant, consistent = entity_rows(report, file_index)

    env = environment()
    css = env.get_template("report.css").render()
    js = env.get_template("report.js").render()
    early = "document.documentElement.classList.add('js');"
    csp = (f"default-src 'none'; img-src data:; style-src {_csp_hash(css)}; "
           f"script-src {_csp_hash(js)} {_csp_hash(early)}; base-uri 'none'; form-action 'none'")
    return env.get_template("report.html").render(
        version=__version__, report=report, files=files, counts=report.counts(),
        families=[(f, families[f]) for f in (*FAMILY_ORDER, *sorted(set(families) - set(FAMILY_ORDER)))
                  if families[f]],
        codes=[(c, RULES[c].name if c in RULES else "", n) for c, n in sorted(codes.items())],
        glossary=glossary, glossary_paths=[display_path(p) for p in glossary.paths] if glossary else [],
        signature=signature, signed=signed, variant=variant, consistent=consistent,
        docs=rule_docs(codes), css=Markup(css), js=Markup(js), early=Markup(early), csp=csp,
        display_path=display_path,
    )
