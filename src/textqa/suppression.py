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
import heapq
import re
from array import array
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .charclass import LINE_FEED
from .document import KeptOffsets
from .findings import Finding, PackedFindings, Severity, Span, columns, in_order


class DirectiveKind(StrEnum):
    """What a suppression comment says (textqa-KIND); the longest first, as the pattern tries them."""

    DISABLE_NEXT_LINE = "disable-next-line"
    DISABLE = "disable"
    ENABLE = "enable"


DIRECTIVE = rf"textqa-(?P<kind>{'|'.join(DirectiveKind)})(?![\w-])(?P<codes>[^\n]*?)"
HTML_COMMENT = re.compile(r"<!--\s*" + DIRECTIVE + r"\s*-->")
PLAIN_LINE = re.compile(r"(?m)^[ \t]*(?:#|//)?[ \t]*" + DIRECTIVE + r"[ \t]*$")
UNUSED = "SUP001"
MIN_JAPANESE_SHARE = 0.2  # below this share of kana and kanji among letters, a Markdown file is not Japanese


@dataclass
class Directive:
    kind: DirectiveKind
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
        comments = list(found.values())  # in order, apart: each is looked up by bisection
        starts = [h.start() for h in comments]
        for m in PLAIN_LINE.finditer(text):
            k = bisect.bisect_right(starts, m.start())  # the comments starting at or before it, then the next one
            if not ((k and m.start() < comments[k - 1].end()) or (k < len(starts) and starts[k] < m.end())):
                found[m.start()] = m
    directives = []
    for _, m in sorted(found.items()):
        codes, unknown = _codes(m.group("codes"))
        directives.append(Directive(DirectiveKind(m.group("kind")), m.group("codes").strip(), codes, unknown,
                                    Span(m.start(), m.end())))
    _assign_regions(text, directives)
    return directives


def _assign_regions(text: str, directives: list[Directive]) -> None:
    open_: list[Directive] = []
    for d in directives:
        if d.kind is DirectiveKind.DISABLE_NEXT_LINE:
            start = text.find("\n", d.span.end)
            if start >= 0:
                end = text.find("\n", start + 1)
                d.regions.append(Span(start + 1, len(text) if end < 0 else end))
        elif d.kind is DirectiveKind.DISABLE:
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
    kept: KeptOffsets | None  # file offset of each character of ``text``; None when ``text`` is the file
    directives: list[Directive]
    japanese: bool = True
    suppressed: list[Finding] = field(default_factory=list)  # findings that a directive hid, after suppress()

    def restore(self, findings: list[Finding], original: str) -> list[Finding]:
        """Findings with spans, lines and columns of the file rather than of ``text``."""
        if self.kept is None:
            return findings
        pos = _positions(original)

        def restored(f: Finding) -> Finding:
            if f.span is None:
                return f
            start = self.kept[f.span.start] if f.span.start < len(self.kept) else len(original)
            end = self.kept[f.span.end - 1] + 1 if f.span.end > f.span.start else start
            (line, col), (end_line, end_col) = pos(start), pos(end)
            return replace(f, span=Span(start, end), line=line, column=col, end_line=end_line, end_column=end_col)

        return PackedFindings(map(restored, findings))

    def suppress(self, findings: list[Finding], ran: set[str], original: str, path: str,
                 severity: Severity) -> list[Finding]:
        """Drop suppressed findings; add an unused-suppression finding for each directive that hid nothing."""
        if not self.directives:
            return findings
        hits = self._hits(findings)
        packed = PackedFindings.of(findings)
        self.suppressed = [packed[i] for i in sorted(hits)]
        kept = packed.take([i for i in range(len(packed)) if i not in hits])
        if UNUSED in ran:
            pos = _positions(original)
            kept += [self._unused(d, original, path, severity, pos) for d in self.directives
                     if d.kind is not DirectiveKind.ENABLE and not d.used and (d.unknown or d.codes is None or d.codes <= ran)]
        return in_order(kept)

    def _hits(self, findings) -> set[int]:
        """The indexes of the findings that a directive hides (marking those directives used): one sweep over the
        findings by start and the directives' regions by start (each finding against every directive grew with the
        square of a long file with a comment per paragraph)."""
        regions = sorted((r.start, r.end, k) for k, d in enumerate(self.directives) for r in d.regions)
        spans, codes = columns(findings, "span", "code")
        starts = sorted((span.start, i, code) for i, (span, code) in enumerate(zip(spans, codes)) if span is not None)
        active: list[tuple[int, int]] = []  # a heap of (end, directive) of the regions begun so far
        hits, r = set(), 0
        for at, i, code in starts:
            while r < len(regions) and regions[r][0] <= at:
                heapq.heappush(active, (regions[r][1], regions[r][2]))
                r += 1
            while active and active[0][0] <= at:
                heapq.heappop(active)  # ended before this finding, and so before every later one
            for _, k in active:
                if self.directives[k].covers(code):
                    self.directives[k].used = True
                    hits.add(i)
        return hits

    @staticmethod
    def _unused(d: Directive, original: str, path: str, severity: Severity, pos) -> Finding:
        (line, col), (end_line, end_col) = pos(d.span.start), pos(d.span.end)
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
    kept, at = KeptOffsets(), 0
    for start, end in sorted(d.span for d in directives):
        kept.add(at, start)
        at = max(at, end)
    kept.add(at, len(text))
    return Source("".join(text[a:b] for a, b in kept.pieces()), kept, directives)


def _positions(text: str):
    """offset -> 1-based (line, column) in ``text``, lines ending at line feeds, by bisection."""
    starts = array("q", [0])
    starts.extend(m.end() for m in LINE_FEED.finditer(text))

    def pos(offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    return pos

