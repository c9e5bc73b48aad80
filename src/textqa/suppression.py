"""Inline suppression comments, and the text the rules read from a file.

In ``.md`` and ``.txt`` files::

    <!-- textqa-disable NAM004, GRB -->   … <!-- textqa-enable -->
    <!-- textqa-disable-next-line NAM004 -->

and, in ``.txt`` files, the same words alone on a line, optionally after ``#`` or ``//``::

    # textqa-disable-next-line GRB002

Codes are codes or prefixes in any case, separated by commas or spaces; no code means every rule.
A comment is never linted itself. A suppression that hides nothing is reported as SUP001 (``info``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from .findings import Finding, Severity, Span

DIRECTIVE = r"textqa-(?P<kind>disable-next-line|disable|enable)(?![\w-])(?P<codes>[^\n]*?)"
HTML_COMMENT = re.compile(r"<!--\s*" + DIRECTIVE + r"\s*-->")
PLAIN_LINE = re.compile(r"(?m)^[ \t]*(?:#|//)?[ \t]*" + DIRECTIVE + r"[ \t]*$")
UNUSED = "SUP001"
MIN_JAPANESE_SHARE = 0.2  # below this share of kana and kanji among letters, a Markdown file is not Japanese


@dataclass
class Directive:
    kind: str
    written: str  # the codes as written
    codes: frozenset[str] | None  # None: every rule
    unknown: list[str]
    span: Span  # of the comment, in the file's text
    regions: list[Span] = field(default_factory=list)
    used: bool = False

    def covers(self, code: str) -> bool:
        return self.codes is None or code in self.codes


def _codes(written: str) -> tuple[frozenset[str] | None, list[str]]:
    from .rules.registry import select_codes

    words = [w for w in re.split(r"[\s,]+", written.strip()) if w]
    codes: set[str] = set()
    unknown = []
    for w in words:
        try:
            codes |= select_codes([w])
        except ValueError:
            unknown.append(w)
    return (frozenset(codes) if words else None), unknown


def parse_directives(text: str, plain: bool) -> list[Directive]:
    """Every directive in ``text`` in order, each with the regions it covers."""
    found = {m.start(): m for m in HTML_COMMENT.finditer(text)}
    if plain:
        for m in PLAIN_LINE.finditer(text):
            if not any(h.start() <= m.start() < h.end() or m.start() <= h.start() < m.end() for h in found.values()):
                found[m.start()] = m
    directives = []
    for _, m in sorted(found.items()):
        codes, unknown = _codes(m.group("codes"))
        directives.append(Directive(m.group("kind"), m.group("codes").strip(), codes, unknown,
                                    Span(m.start(), m.end())))
    _assign_regions(text, directives)
    return directives


def _assign_regions(text: str, directives: list[Directive]) -> None:
    open_: list[Directive] = []
    for d in directives:
        if d.kind == "disable-next-line":
            start = text.find("\n", d.span.end)
            if start >= 0:
                end = text.find("\n", start + 1)
                d.regions.append(Span(start + 1, len(text) if end < 0 else end))
        elif d.kind == "disable":
            d.regions.append(Span(d.span.end, len(text)))
            open_.append(d)
        else:  # enable: ends the open regions it names (all of them when it names none)
            for o in list(open_):
                if d.codes is None or o.codes is None or o.codes & d.codes:
                    o.regions[-1] = Span(o.regions[-1].start, d.span.start)
                    open_.remove(o)


@dataclass
class Source:
    """A file's text as the rules read it: markup and directives left out, newlines kept."""

    text: str
    kept: list[int] | None  # file offset of each character of ``text``; None when ``text`` is the file
    directives: list[Directive]
    japanese: bool = True
    suppressed: list[Finding] = field(default_factory=list)  # findings that a directive hid, after suppress()

    def restore(self, findings: list[Finding], original: str) -> list[Finding]:
        """Findings with spans, lines and columns of the file rather than of ``text``."""
        if self.kept is None:
            return findings
        starts = [0] + [i + 1 for i, ch in enumerate(original) if ch == "\n"]

        def pos(offset: int) -> tuple[int, int]:
            i = bisect.bisect_right(starts, offset) - 1
            return i + 1, offset - starts[i] + 1

        out = []
        for f in findings:
            if f.span is None:
                out.append(f)
                continue
            start = self.kept[f.span.start] if f.span.start < len(self.kept) else len(original)
            end = self.kept[f.span.end - 1] + 1 if f.span.end > f.span.start else start
            (line, col), (end_line, end_col) = pos(start), pos(end)
            out.append(replace(f, span=Span(start, end), line=line, column=col, end_line=end_line,
                               end_column=end_col))
        return out

    def suppress(self, findings: list[Finding], ran: set[str], original: str, path: str,
                 severity: Severity) -> list[Finding]:
        """Drop suppressed findings; add an unused-suppression finding for each directive that hid nothing."""
        if not self.directives:
            return findings
        kept = []
        self.suppressed = []
        for f in findings:
            hit = [d for d in self.directives if f.span is not None and d.covers(f.code)
                   and any(r.start <= f.span.start < r.end for r in d.regions)]
            for d in hit:
                d.used = True
            (self.suppressed if hit else kept).append(f)
        if UNUSED in ran:
            kept += [self._unused(d, original, path, severity) for d in self.directives
                     if d.kind != "enable" and not d.used and (d.unknown or d.codes is None or d.codes <= ran)]
        return sorted(kept, key=Finding.sort_key)

    @staticmethod
    def _unused(d: Directive, original: str, path: str, severity: Severity) -> Finding:
        line = original.count("\n", 0, d.span.start) + 1
        col = d.span.start - (original.rfind("\n", 0, d.span.start) + 1) + 1
        end_line = original.count("\n", 0, d.span.end) + 1
        end_col = d.span.end - (original.rfind("\n", 0, d.span.end) + 1) + 1
        what = f"textqa-{d.kind}" + (f" {d.written}" if d.written else "")
        if d.unknown:
            message = f"suppression '{what}' names unknown code {', '.join(map(repr, d.unknown))}; " \
                      "write a code from 'textqa rules' or remove the comment"
        else:
            message = f"unused suppression '{what}': nothing here to suppress; remove the comment"
        return Finding(path=path, code=UNUSED, severity=severity, message=message, line=line, column=col,
                       end_line=end_line, end_column=end_col, span=d.span, surface=original[d.span.start:d.span.end],
                       context=original[max(0, d.span.start - 8):d.span.end + 8])


def prepare(text: str, path: str) -> Source:
    """What the rules read from the file at ``path`` (Markdown prose for ``.md``)."""
    is_markdown = path.lower().endswith(".md")
    directives = parse_directives(text, plain=not is_markdown)
    if is_markdown:
        from .charclass import japanese_share
        from .markdown import prose

        p = prose(text)
        return Source(p.text, p.kept, directives, japanese_share(p.text) >= MIN_JAPANESE_SHARE)
    if not directives:
        return Source(text, None, [])
    drop = set()
    for d in directives:
        drop.update(range(d.span.start, d.span.end))
    kept = [i for i in range(len(text)) if i not in drop]
    return Source("".join(text[i] for i in kept), kept, directives)
