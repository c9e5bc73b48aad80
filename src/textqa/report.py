"""A run's results as plain data: findings, per-entity renderings, input errors."""
from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass, field

from .errors import InputError
from .findings import Finding, PackedFindings, columns, tally
from .mentions.kinds import CORRECT_KINDS

GLOSS = "gloss"  # the rendering kind of a mention that is correct by context (a gloss or an introduced alias)


@dataclass
class Rendering:
    path: str
    surface: str
    kind: str
    lines: array = field(default_factory=lambda: array("i"))  # one line number per mention, 4 bytes each

    @property
    def correct(self) -> bool:
        """A correct form, or correct by context."""
        return self.kind == GLOSS or self.kind in CORRECT_KINDS

    @property
    def count(self) -> int:
        return len(self.lines)

    @property
    def unique_lines(self) -> list[int]:
        return sorted(set(self.lines))


@dataclass
class EntitySummary:
    zh: str
    preferred: str
    renderings: list[Rendering] = field(default_factory=list)
    source_mentions: int | None = None  # bilingual mode: mentions in the source, and how many of them ...
    source_rendered: int | None = None  # ... the aligned translation renders in a correct form


@dataclass(frozen=True)
class AlignedBlock:
    """One paragraph link of a bilingual pair, as 1-based inclusive line ranges; an empty side is None."""

    source: tuple[int, int] | None
    target: tuple[int, int] | None
    score: float
    at: int | None = None  # an omission (no target): the target line where the source paragraph is missing


@dataclass
class AlignedPair:
    """A translation's source file and their paragraph alignment, for reports that show both side by side."""

    source: str
    blocks: list[AlignedBlock] = field(default_factory=list)


def aligned_pair(doc) -> AlignedPair | None:
    """The paragraph alignment of a translation read with its source file (None without one)."""
    bitext = doc.layers.get("bilingual")
    if bitext is None or bitext.source.path == doc.path:  # none, or units of one bilingual file
        return None

    def lines(side, spans):
        return (side.position(spans[0].start)[0], side.position(spans[-1].end)[0]) if spans else None

    return AlignedPair(bitext.source.path, [
        AlignedBlock(lines(bitext.source, link.source), lines(bitext.target, link.target), round(link.score, 2),
                     None if link.target else bitext.target.position(link.at)[0])
        for link in bitext.alignment.paragraphs])


@dataclass
class Report:
    findings: list[Finding] | PackedFindings = field(default_factory=PackedFindings)  # a run's, packed
    entities: list[EntitySummary] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    settings: dict = field(default_factory=dict)  # what decides the findings, for a report's signature
    baselined: int = 0  # findings hidden because the baseline records them
    source_lines: dict[str, dict[int, str]] = field(default_factory=dict)  # path -> line -> text, for excerpts
    pairs: dict[str, AlignedPair] = field(default_factory=dict)  # translation path -> its source and alignment
    # the findings as the JSON report writes them, a text a file, written by worker processes (``runner.run``):
    # (the findings they were written from, how many, the texts); read only while those findings stand unchanged
    findings_json: tuple | None = None
    # each entity's renderings as the JSON report writes them, a text a file that renders it, written by worker
    # processes: (the entities they were written for, {zh: texts}); read only while those entities stand (a baseline
    # that drops renderings makes a new list)
    entities_json: tuple | None = None

    def line(self, path: str, line: int) -> str | None:
        """The text of a line that a finding points at (kept from the one reading of the file)."""
        return self.source_lines.get(path, {}).get(line)

    def written_findings(self) -> list[str] | None:
        """Each file's findings as the JSON report writes them (``findings_json``), while the findings are still
        those they were written from (a baseline, for one, replaces them)."""
        if self.findings_json is None:
            return None
        findings, count, texts = self.findings_json
        return texts if findings is self.findings and count == len(findings) else None

    def written_entities(self) -> dict[str, list[str]] | None:
        """Each entity's renderings as the JSON report writes them (``entities_json``), while the entities are still
        those they were written for."""
        if self.entities_json is None:
            return None
        entities, texts = self.entities_json
        return texts if entities is self.entities else None

    def counts(self) -> Counter:
        out: Counter = Counter()
        for severity, n in tally(self.findings, "severity").items():
            out[severity.value] += n
        return out


def summarise_mentions(path: str, doc, mentions, compiled, summaries: dict[str, EntitySummary]) -> None:
    """Add one document's mentions (a ``MentionLayer``) to per-entity summaries (kind 'gloss' for glossed ones)."""
    for start, entity, surface, mention_kind, glossed in mentions.records():  # no Mention made
        s = summaries.get(entity)
        if s is None:  # an entity's summary and its entry are made once, not for each of its mentions
            s = summaries[entity] = EntitySummary(entity, compiled.entry(entity).ja)
        kind = GLOSS if glossed and not mention_kind.correct else str(mention_kind)
        line = doc.position(start)[0]
        for r in reversed(s.renderings):  # each (path, surface, kind) once: this document's come last
            if (r.path, r.surface, r.kind) == (path, surface, kind):
                r.lines.append(line)
                break
        else:
            s.renderings.append(Rendering(path, surface, kind, array("i", [line])))


def stacked(findings: list[Finding]) -> dict[int, str]:
    """Findings stacked on a more specific one: ``{index: code of the finding that says it better}``.

    Two findings stack when their spans overlap and share a start or an end (give or take one character):
    `Hunan` as a romanised name (NAM007), inside an English fragment (GRB002) inside a spacing note (GRB011).
    The more specific one is the more severe, then the one naming a glossary entity, then the shorter.
    """
    paths, spans = columns(findings, "path", "span")  # the rest is read only for the findings that stack
    if isinstance(findings, PackedFindings):  # from the record, no Finding made: with a large glossary tens of
        # thousands of pairs stack (a katakana name read as tens of entities has a NAM006 for each on one span),
        # and making two Findings a pair was a third of writing the report
        values = findings.values
        at = [PackedFindings.place(name)[0] for name in ("severity", "entity", "code")]

        def fields(i: int) -> tuple:
            record = findings.record(i)
            return tuple(values[record[k]] for k in at)
    else:
        def fields(i: int) -> tuple:
            f = findings[i]
            return f.severity, f.entity, f.code

    ranks: dict[int, tuple] = {}  # each finding's rank, made once: a finding in a pile of k on one span is in k pairs

    def rank(i: int) -> tuple:
        found = ranks.get(i)
        if found is None:
            severity, entity, code = fields(i)
            found = ranks[i] = (severity.rank, entity is not None, -(spans[i].end - spans[i].start), code)
        return found

    out: dict[int, str] = {}
    by_path: dict[str, list[int]] = {}
    for i, span in enumerate(spans):
        if span is not None:
            by_path.setdefault(paths[i], []).append(i)
    for indexes in by_path.values():
        indexes.sort(key=spans.__getitem__)
        for n, i in enumerate(indexes):
            a = spans[i]
            for k in range(n + 1, len(indexes)):  # (indexes[n + 1:] copied the rest of the list for each finding)
                j = indexes[k]
                b = spans[j]
                if b.start >= a.end:
                    break
                if abs(a.start - b.start) > 1 and abs(a.end - b.end) > 1:
                    continue
                lower, upper = (i, j) if rank(i) < rank(j) else (j, i)
                if lower not in out:
                    out[lower] = rank(upper)[3]  # its code
    return out


def drop_renderings(entities: list[EntitySummary], hidden: list[Finding]) -> list[EntitySummary]:
    """The per-entity summaries without the mentions behind ``hidden`` findings (baselined or suppressed): a new list
    whenever one is dropped (``Report.written_entities`` then gives none of the texts written before)."""
    gone: dict[tuple, int] = {}
    for f in hidden:
        if f.entity and f.surface and f.line:
            key = (f.entity, f.path, f.surface, f.line)
            gone[key] = gone.get(key, 0) + 1
    if not gone:
        return entities
    for e in entities:
        for r in e.renderings:
            for line in list(r.lines):
                key = (e.zh, r.path, r.surface, line)
                if gone.get(key):
                    gone[key] -= 1
                    r.lines.remove(line)
        e.renderings = [r for r in e.renderings if r.lines]
    return [e for e in entities if e.renderings]
