"""Lint a set of paths into a Report: file discovery, per-file filters, summaries."""
from __future__ import annotations

import contextlib
import fnmatch
import gc
from dataclasses import dataclass, field
from pathlib import Path

from .api import Linter, read_text
from .discovery import discover
from .document import Document
from .errors import InputError
from .mentions.layer import mention_layer
from .report import (AlignedPair, EntitySummary, Rendering, Report, aligned_pair, drop_renderings,
                     summarise_mentions)
from .rules.registry import matching_codes


def ignored_codes(path: str, per_file_ignores: dict[str, list[str]]) -> set[str]:
    """Codes ignored for ``path``: globs with a folder match the whole path, bare globs the file name."""
    if not per_file_ignores:
        return set()  # without resolving the path: a system call per folder, per file
    as_given, full, name = Path(path).as_posix(), Path(path).resolve().as_posix(), Path(path).name
    out: set[str] = set()
    for glob, codes in per_file_ignores.items():
        targets = (as_given, full) if "/" in glob else (name,)
        if any(fnmatch.fnmatch(t, glob) for t in targets):
            out |= matching_codes(codes)
    return out


def lint_one(linter: Linter, path: str, per_file_ignores=None, source: str | None = None):
    """(findings, document, mentions) for one file, checked against its ``source`` if given; raises InputError."""
    from .bilingual.files import lint_bilingual

    findings, doc = lint_bilingual(linter, path, source)
    skip = ignored_codes(path, per_file_ignores or {})
    if skip:
        findings = [f for f in findings if f.code not in skip]
    mentions = mention_layer(doc)
    return findings, doc, mentions


def _file_lines(linter: Linter, path: str, doc: Document, findings) -> dict[int, str]:
    """The lines of the file as read (not the prose the rules saw in Markdown) that findings point at."""
    read_path, text = linter.last_read
    source = doc if read_path != path or doc.text == text else Document(text, path)
    return {f.line: source.line_text(f.line) for f in findings if f.line and f.line <= source.line_count}


@dataclass
class FileResult:
    """One file's results, small enough to send between processes: findings, this file's entity
    summaries, the source lines that findings point at (for excerpts: files are read once), or an error."""

    findings: list = field(default_factory=list)
    summaries: dict[str, EntitySummary] = field(default_factory=dict)
    lines: dict[int, str] = field(default_factory=dict)
    error: tuple | None = None  # InputError fields: (path, message, line)
    linted: bool = False  # with an error: the file was linted all the same (its source was the problem)
    pair: AlignedPair | None = None  # a translation read with its source: their paragraph alignment
    findings_json: str | None = None  # the findings as the report will write them (``encode``), or None
    entities_json: dict[str, str] | None = None  # each entity's renderings as the report will write them (``encode``)


def lint_for_report(path: str, linter: Linter, per_file_ignores=None, sources=None, encode=None) -> FileResult:
    """Lint one file; any failure becomes an error entry for it, and the run goes on. ``encode(path, findings,
    entities)`` writes its findings and its entities' renderings as the report will (in a worker process: the parent
    then only joins the texts).
    A translation whose source cannot be used (unreadable, not Chinese, unrelated) is linted alone, with that error."""
    source = (sources or {}).get(path)
    result = _lint_for_report(path, linter, per_file_ignores, source, encode)
    if result.error is None or source is None:
        return result
    alone = _lint_for_report(path, linter, per_file_ignores, None, encode)
    if alone.error is None:
        alone.error, alone.linted = result.error, True
        return alone
    return result


def _lint_for_report(path: str, linter: Linter, per_file_ignores, source: str | None, encode) -> FileResult:
    try:
        findings, doc, mentions = lint_one(linter, path, per_file_ignores, source)
        lines = _file_lines(linter, path, doc, findings) if linter.excerpts else {}
        result = FileResult(findings, lines=lines, pair=aligned_pair(doc))
        if linter.compiled is not None and any(code.startswith("NAM") for code in linter.ran_codes()):
            summarise_mentions(path, doc, mentions, linter.compiled, result.summaries)
            if "bilingual" in doc.layers:
                from .bilingual.terms import summarise_source

                summarise_source(doc, mentions, linter.compiled, result.summaries)
            hidden = doc.layers.get("suppressed", [])
            if hidden:  # their mentions stay out of the per-entity block
                result.summaries = {e.zh: e for e in drop_renderings(list(result.summaries.values()), hidden)}
            result.summaries = in_report_order(result.summaries)
        if encode is not None:
            result.findings_json, result.entities_json = encode(path, result.findings, result.summaries.values())
        return result
    except InputError as exc:
        return FileResult(error=(exc.path, exc.message, exc.line))
    except Exception as exc:  # noqa: BLE001 - a bug or a library failure on one file must not end the run
        return FileResult(error=(path, f"could not be linted: internal error ({type(exc).__name__}: {exc})", None))


def worker_died(path: str) -> FileResult:
    return FileResult(error=(path, "could not be linted: the worker process linting it died (killed, or out of "
                                   "memory)", None))


def in_report_order(summaries: dict[str, EntitySummary]) -> dict[str, EntitySummary]:
    """One file's entity summaries in the order of the report (``Entities``): each one's renderings by their first
    line, surface and kind, the entities by their first rendering (none first), then name."""
    def first(r: Rendering) -> tuple:
        return min(r.lines), r.surface, r.kind

    for e in summaries.values():
        e.renderings.sort(key=first)
    return {e.zh: e for e in sorted(summaries.values(), key=lambda e: (first(e.renderings[0]) if e.renderings else (),
                                                                          e.zh))}


class Entities:
    """The run's per-entity block, made from each file's summaries (``in_report_order``) as the files come, in order,
    with no sort of the whole: an entity's renderings are its files' in turn, and the entities come in the order of
    their first rendering, those with none (beside a source that names them) first, by name. Every rendering's
    text is kept as a worker wrote it, by entity, while each file brings them (``add``'s ``texts``)."""

    def __init__(self, texts: bool) -> None:
        self._rendered: dict[str, EntitySummary] = {}  # in the order of their first rendering
        self._unrendered: dict[str, EntitySummary] = {}
        self.texts: dict[str, list[str]] | None = {} if texts else None  # zh -> its renderings' text, a file each

    def add(self, summaries: dict[str, EntitySummary], texts: dict[str, str] | None) -> None:
        for zh, s in summaries.items():
            into = self._rendered.get(zh)
            if into is None:
                into = self._unrendered.pop(zh, None)
                if into is None:
                    into = s
                else:
                    _merge(into, s)
                (self._rendered if into.renderings else self._unrendered)[zh] = into
            else:
                _merge(into, s)
        if texts is None:
            self.texts = None
        elif self.texts is not None:
            for zh, text in texts.items():
                self.texts.setdefault(zh, []).append(text)

    def entities(self) -> list[EntitySummary]:
        return [self._unrendered[zh] for zh in sorted(self._unrendered)] + list(self._rendered.values())


def _merge(into: EntitySummary, s: EntitySummary) -> None:
    into.renderings += s.renderings
    if s.source_mentions is not None:
        into.source_mentions = (into.source_mentions or 0) + s.source_mentions
        into.source_rendered = (into.source_rendered or 0) + s.source_rendered


def run_settings(linter: Linter, per_file_ignores=None) -> dict:
    """The settings that decide a run's findings (machine-independent: no absolute paths)."""
    from .rules.registry import default_codes

    codes = sorted(default_codes() if linter.codes is None else linter.codes)
    settings = {"rules": "all" if codes == sorted(default_codes()) else codes,
                "severity": {c: getattr(s, "value", s) for c, s in sorted(linter.severity_overrides.items())},
                "per-file-ignores": {g: sorted(c) for g, c in sorted((per_file_ignores or {}).items())}}
    if linter.strict_consistency:
        settings["strict-consistency"] = True
    return settings


# exercises the tokenizer, every finder and the rules' lazy tables (jieba, OpenCC, pinyin, traditional forms)
WARM_UP = "日本の会社と中国の企业、カタカナ、Latin。洛陽市の王偉（Wang Wei）氏は國際會議で1,000万元と述べた。\n"


def warm_up(linter: Linter) -> None:
    """Load the glossary, automaton, SudachiPy's dictionary and the rules' lazy tables once, before the workers
    fork and share them (each would otherwise load its own copy: time, and memory that is not shared)."""
    from .tokens import tokenize

    tokenize(WARM_UP)  # the dictionary, even where no rule needs tokens for this text
    linter.lint_text(WARM_UP)


def run(paths, linter: Linter, per_file_ignores=None, excludes=None, jobs: int | None = None, *,
        discovered: bool = False, progress=None, source: str | None = None, pair_pattern=None,
        executor=None, encode=None) -> Report:
    """Lint every file; ``jobs`` processes (default: the cores), with output identical to one job.

    ``paths`` are files and folders, or with ``discovered`` the files to lint as they are (see
    ``textqa.discovery``). ``progress(n)`` is called as each file is done. ``source`` is the Chinese original of
    the one file in ``paths``; otherwise a file's source is found by name (``pair_pattern``).
    ``executor(files, linter, per_file_ignores, sources)`` yields the files' results in order elsewhere
    (``textqa.dask``) instead of ``jobs`` local processes. ``encode(path, findings, entities)`` (the JSON report's
    ``file_texts``): with ``jobs`` processes, each writes its files' findings and entities' renderings as the report
    will (``Report.findings_json``, ``Report.entities_json``), so that the parent, which the workers wait on, only
    joins them.
    """
    from .parallel import effective_jobs

    from .bilingual.files import paired_sources

    files, errors = (list(paths), []) if discovered else discover(paths, excludes, pair_pattern=pair_pattern)
    sources = {files[0]: source} if source and files else paired_sources(files, pair_pattern, on_disk=True)
    report = Report(errors=errors, settings=run_settings(linter, per_file_ignores))
    texts = None  # each file's findings as the report writes them, by the workers
    if effective_jobs(jobs, len(files)) > 1:
        warm_up(linter)
        if encode is not None and executor is None and len(set(files)) == len(files):
            texts = []
    if linter.compiled is not None:
        gc.freeze()  # the compiled glossary lives to the end: keep it out of every later collection
    with young_collections_rarer():
        return _run(files, linter, per_file_ignores, sources, jobs, progress, executor, encode, texts, report)


GC_YOUNG = 10_000  # allocations between collections of the young generation while linting (Python's default: 700)


@contextlib.contextmanager
def young_collections_rarer():
    """Collect the young generation every ``GC_YOUNG`` allocations, not every 700, while linting. Every tenth
    collection of the middle generation collects the oldest too once it has grown by a quarter, scanning every
    object that lives on: a large glossary's rows and the finders' memos are read as the files are linted (after
    ``gc.freeze``) and live to the end, so with 100,000 entries the default made seven full collections of a lint of
    2 MB (0.19 s of CPU, 0.3 s with the younger ones). Nothing a lint keeps is garbage in a cycle for long: the few
    cycles wait a little longer to be freed."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_YOUNG), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _run(files, linter, per_file_ignores, sources, jobs, progress, executor, encode, texts, report) -> Report:
    """``run``'s loop over the files' results."""
    from .parallel import ordered_map

    entities = Entities(texts is not None)
    results = executor(files, linter, per_file_ignores, sources) if executor is not None else \
        ordered_map(lint_for_report, files, (linter, per_file_ignores, sources, encode if texts is not None else None),
                    jobs, on_crash=worker_died)
    for path, result in zip(files, results):
        if progress is not None:
            progress(1)
        if result.error is not None:
            report.errors.append(InputError(*result.error))
            if not result.linted:
                continue
        report.files.append(path)
        report.findings += result.findings
        if texts is not None and result.findings_json is not None:
            texts.append(result.findings_json)
        else:
            texts = None  # a finding names another path: the renderer writes them all
        if result.lines:
            report.source_lines[path] = result.lines
        if result.pair is not None:
            report.pairs[path] = result.pair
        entities.add(result.summaries, result.entities_json)
    # zip stops on the last file without asking for more: close the results now, so that an executor's cleanup
    # (a Dask run's plugin removed from the workers, its futures released) runs here, not whenever the generator
    # happens to be collected
    close = getattr(results, "close", None)
    if close is not None:
        close()
    report.entities = entities.entities()
    if texts is not None:
        report.findings_json = (report.findings, len(report.findings), texts)
    if entities.texts is not None:
        report.entities_json = (report.entities, entities.texts)
    return report


def line_reader(max_files: int = 8, encoding: str | None = None):
    """``lines_of(path, line)`` for renderers: a file is read once while among the last few asked for."""
    import functools

    @functools.lru_cache(maxsize=max_files)
    def lines(path: str) -> list[str]:
        return read_text(path, encoding).splitlines()

    return lambda path, line: lines(path)[line - 1]
