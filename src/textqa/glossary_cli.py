"""``textqa glossary``: check, suggest, explain, stats and convert glossaries (click commands only).

Each subcommand keeps lint's exit codes: 0 clean, 1 findings at or above ``--fail-on``
(or, for commands without findings, nothing to report), 2 bad input or usage.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .config import FAIL_ON
from .render import FORMATS

FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                             help="Output format (default: text).")
OUTPUT_OPTION = click.option("--output", "-o", type=click.Path(), metavar="FILE",
                             help="Write the report to FILE instead of stdout.")


def _fail(message: str):
    from .cli import _fail as fail

    fail(message)


def _config(config_path):
    from .config import load_config
    from .errors import ConfigError

    try:
        return load_config(explicit=config_path)
    except ConfigError as exc:
        _fail(str(exc))


def _glossary_lines():
    """``lines_of`` for glossary rows: tabs shown as one space so the caret stays under its cell."""
    from .runner import line_reader

    lines = line_reader()
    return lambda path, line: lines(path, line).replace("\t", " ")


@click.group()
def glossary() -> None:
    """Check, grow, explain, measure and convert name glossaries."""


@glossary.command("check")
@click.argument("paths", nargs=-1, metavar="[GLOSSARY]...")
@click.option("--glossary", "glossaries", multiple=True, metavar="FILE",
              help="A glossary file to check (repeatable), as the other glossary commands take it; the same as "
                   "naming it as GLOSSARY.")
@FORMAT_OPTION
@OUTPUT_OPTION
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--select", multiple=True, metavar="CODES",
              help="Only these GLS codes or prefixes (repeatable, or comma-separated).")
@click.option("--ignore", multiple=True, metavar="CODES",
              help="Skip these GLS codes or prefixes (repeatable, or comma-separated).")
@click.option("--config", "config_path", type=click.Path(), metavar="FILE", help="Use this config file.")
def check_cmd(paths, glossaries, fmt, output, fail_on, select, ignore, config_path):
    """Check glossary files (default: the configured ones) for contradictions and mistakes."""
    from .cli import _split, finish
    from .errors import InputErrors
    from .glossary.check import check_files
    from .glossary.load import read_file
    from .report import Report
    from .rules.registry import not_run_by, select_codes

    cfg = _config(config_path)
    paths = [*glossaries, *paths] or cfg.glossary
    if not paths:
        _fail("no glossary given, and none configured")
    _not_an_input(output, [*paths, cfg.source])
    try:
        codes = select_codes(_split(select) or ["GLS"], _split(ignore))
    except ValueError as exc:
        _fail(str(exc))
    if foreign := not_run_by(_split(select), glossary_check=True):  # else the check runs nothing and passes
        _fail(f"{', '.join(foreign)}: these rules check articles, not glossary files: run 'textqa lint'")
    report = Report()
    files = []
    for p in paths:
        try:
            files.append(read_file(p))
            report.files.append(str(p))
        except InputErrors as exc:
            report.errors += exc.errors
    report.findings = check_files(files, codes=codes, severity_overrides=cfg.severity)
    finish(report, fmt or cfg.format, output, fail_on or cfg.fail_on, lines_of=_glossary_lines())


@glossary.command("convert")
@click.argument("source", metavar="IN")
@click.argument("target", metavar="OUT")
@click.option("--from", "from_fmt", type=click.Choice(["tsv", "csv", "tbx", "xlsx"]), default=None,
              help="Input format (default: from the extension).")
@click.option("--to", "to_fmt", type=click.Choice(["tsv", "csv", "tbx", "xlsx", "prh"]), default=None,
              help="Output format (default: from the extension).")
def convert_cmd(source, target, from_fmt, to_fmt):
    """Convert a glossary: TSV, CSV (term-base layout), TBX, XLSX; prh YAML for textlint (write only)."""
    from .errors import InputError, InputErrors
    from .glossary.formats import files_only, format_of, read_entries, write_entries

    _not_an_input(target, [source], "OUT")
    try:
        files_only(source, target)
        src_fmt, out_fmt = format_of(source, from_fmt), format_of(target, to_fmt)
        entries = read_entries(source, src_fmt)
        write_entries(entries, target, out_fmt)
    except InputErrors as exc:
        for err in exc.errors:
            click.echo(f"textqa: {err}", err=True)
        sys.exit(2)
    except InputError as exc:
        _fail(str(exc))
    n = len(entries)
    click.echo(f"Converted {n} entr{'y' if n == 1 else 'ies'} from {source} ({src_fmt}) to {target} ({out_fmt}).",
               err=True)


def _load_compiled(glossaries, config_path):
    """The given glossaries, or the configured ones, compiled; bad input exits 2."""
    from .errors import InputErrors
    from .glossary.cache import load_compiled

    paths = list(glossaries) or _config(config_path).glossary
    if not paths:
        _fail("no glossary given (--glossary), and none configured")
    try:
        return load_compiled(paths)
    except InputErrors as exc:
        for err in exc.errors:
            click.echo(f"textqa: {err}", err=True)
        sys.exit(2)


def _not_an_input(output, inputs, option: str = "--output") -> None:
    from .cli import not_an_input

    not_an_input(output, inputs, option)


def _emit(text: str, output) -> None:
    """Print ``text``, or write it to ``output`` atomically (an error there is one line and exit 2)."""
    from .errors import InputError
    from .files import write_atomic

    if output:
        try:
            write_atomic(output, text.encode("utf-8", "surrogateescape"), "output")
        except InputError as exc:
            _fail(str(exc))
    else:
        click.echo(text, nl=False)


def _json(data) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


GLOSSARY_OPTION = click.option("--glossary", "glossaries", multiple=True, metavar="FILE",
                               help="Glossary file (repeatable; default: the configured ones).")
CONFIG_OPTION = click.option("--config", "config_path", type=click.Path(), metavar="FILE", help="Use this config file.")
ENCODING_OPTION = click.option("--encoding", metavar="NAME",
                               help="Encoding of the articles (default: the config file's, else UTF-8; a byte-order "
                                    "mark wins).")
DATA_FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                                  help="Output format (default: text).")


@glossary.command("explain")
@click.argument("args", nargs=-1, metavar="[GLOSSARY] [ENTRY]")
@click.option("--text", "text", help="Explain which entries this text matches, and how.")
@GLOSSARY_OPTION
@DATA_FORMAT_OPTION
@OUTPUT_OPTION
@CONFIG_OPTION
def explain_cmd(args, text, glossaries, fmt, output, config_path):
    """Show every form ENTRY (its zh or any of its forms) generates, or what a --text span matched.

    The glossary is --glossary FILE (repeatable), else a first argument that is a glossary file (.tsv, .csv...),
    else the configured glossaries."""
    from .glossary.explain import explain_entry, explain_text, find_entry
    from .glossary_render import entry_lines, mention_lines

    glossaries, args = _glossary_then_paths(glossaries, args)
    if len(args) > 1:
        _fail(f"one entry at a time, after the glossary: textqa glossary explain [GLOSSARY] ENTRY (or --glossary "
              f"FILE ENTRY); got {len(args)}: {' '.join(args)}")
    entry = args[0] if args else None
    if (entry is None) == (text is None):
        _fail("give either an entry (its zh or one of its forms) or --text TEXT")
    compiled = _load_compiled(glossaries, config_path)
    if text is not None:
        mentions = explain_text(compiled, text)
        data, lines = {"text": text, "mentions": mentions}, mention_lines(mentions)
    else:
        found = find_entry(compiled.glossary, entry)
        if found is None:
            _fail(f"no glossary entry has the form {entry!r}; try --text {entry!r} to see what it matches")
        data = explain_entry(compiled, found)
        lines = entry_lines(data)
    _not_an_input(output, list(glossaries) or _config(config_path).glossary)
    _emit(_json(data) if fmt == "json" else "\n".join(lines) + "\n", output)


@glossary.command("stats")
@click.argument("paths", nargs=-1, required=True, metavar="[GLOSSARY] PATH...")
@GLOSSARY_OPTION
@DATA_FORMAT_OPTION
@OUTPUT_OPTION
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Lint files in N parallel processes (default: the number of cores).")
@ENCODING_OPTION
@CONFIG_OPTION
def stats_cmd(paths, glossaries, fmt, output, jobs, encoding, config_path):
    """How often each entry of the glossary occurs in PATH... and in which renderings; which are never used.

    The glossary is --glossary FILE (repeatable), else a first path that is a glossary file (.tsv, .csv...),
    else the configured glossaries."""
    from .api import Linter
    from .config import excludes
    from .glossary.stats import as_dict, usage
    from .discovery import discover
    from .glossary_render import usage_lines
    from .rules.registry import select_codes
    from .runner import run

    cfg = _config(config_path)
    encoding = _encoding(encoding, cfg)
    glossaries, paths = _glossary_then_paths(glossaries, paths)
    if not paths:
        _fail("no article or folder to count the glossary's entries in: give PATH... after the glossary")
    compiled = _load_compiled(glossaries, config_path)
    glossary_paths = list(glossaries) or cfg.glossary
    linter = Linter(compiled.glossary, codes=select_codes(["NAM"]), encoding=encoding)
    warnings: list[str] = []
    files, errors = discover(paths, excludes(cfg), warnings=warnings)
    _warn(warnings)
    _not_an_input(output, [*glossary_paths, *paths, *files])
    report = run(files, linter, jobs=jobs or cfg.jobs, discovered=True)
    report.errors[:0] = errors
    usages = usage(compiled.glossary, report)
    for err in report.errors:
        click.echo(f"textqa: {err}", err=True)
    _emit(_json(as_dict(usages, report)) if fmt == "json" else "\n".join(usage_lines(usages, report)) + "\n", output)
    sys.exit(2 if report.errors else 0)


def _glossary_suffixes() -> set[str]:
    """File endings only a glossary has: every glossary format's but those an article has too (.txt)."""
    from .bilingual.files import BILINGUAL_SUFFIXES, PLAIN_SUFFIXES
    from .glossary.formats import FORMATS

    return {s for _, suffixes in FORMATS.values() for s in suffixes} - {*PLAIN_SUFFIXES, *BILINGUAL_SUFFIXES}


def _glossary_then_paths(glossaries, paths) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Without --glossary, a first path that is a glossary file (names.tsv, a term-base CSV...) names the
    glossary, as in `textqa glossary stats names.tsv corpus/`."""
    if not glossaries and paths and Path(paths[0]).suffix.lower() in _glossary_suffixes():
        return (paths[0],), paths[1:]
    return glossaries, paths


def _encoding(option, cfg):
    """--encoding, else the config file's (as lint reads the articles); an unknown name is one line and exit 2."""
    from .cli import _check_encoding

    encoding = option or cfg.encoding
    _check_encoding(encoding)
    return encoding


def _warn(warnings) -> None:
    """A folder with nothing to read is a warning on stderr, as in `textqa lint`."""
    for w in warnings:
        click.echo(f"textqa: warning: {w}", err=True)


@glossary.command("suggest")
@click.argument("paths", nargs=-1, required=True, metavar="[GLOSSARY] PATH...")
@click.option("--source", "sources", multiple=True, metavar="ZH",
              help="Chinese source of the PATH at the same position (repeatable). NAME.zh.txt beside "
                   "NAME.ja.txt, and XLIFF/TMX/PO files, are paired without it.")
@GLOSSARY_OPTION
@click.option("--no-glossary", is_flag=True, help="Ignore the configured glossary: propose every name.")
@click.option("--format", "fmt", type=click.Choice(["tsv", "json"]), default="tsv",
              help="Ready-to-append glossary rows (default) or JSON.")
@OUTPUT_OPTION
@ENCODING_OPTION
@CONFIG_OPTION
def suggest_cmd(paths, sources, glossaries, no_glossary, fmt, output, encoding, config_path):
    """Names in the articles that the glossary lacks, with the renderings used (exit 1 when there are some).

    The glossary is --glossary FILE (repeatable), else a first path that is a glossary file (.tsv, .csv...),
    else the configured glossaries."""
    from .config import excludes
    from .glossary.suggest import documents, suggest_japanese, suggest_with_source, tsv

    given = glossaries
    glossaries, paths = _glossary_then_paths(glossaries, paths)
    if no_glossary and glossaries != given:
        _fail(f"--no-glossary ignores every glossary, yet {glossaries[0]} is named first: drop one of them")
    if not paths:
        _fail("no article or folder to find names in: give PATH... after the glossary")
    cfg = _config(config_path)
    encoding = _encoding(encoding, cfg)
    _not_an_input(output, [*paths, *sources, *(glossaries or cfg.glossary)])
    compiled = None if no_glossary else (_load_compiled(glossaries, config_path)
                                         if glossaries or cfg.glossary else None)
    warnings: list[str] = []
    try:
        alone, paired, errors = documents(paths, sources, excludes=excludes(cfg), warnings=warnings,
                                          encoding=encoding, pair_pattern=cfg.pair_pattern)
    except ValueError as exc:
        _fail(str(exc))
    _warn(warnings)
    for err in errors:
        click.echo(f"textqa: {err}", err=True)
    candidates = suggest_with_source(paired, compiled) if paired else []
    if alone:
        candidates += suggest_japanese(alone, compiled)
    data = {"candidates": [c.as_dict() for c in candidates]}
    starts_one = compiled is None and not no_glossary  # no glossary given or configured: a new one begins here
    # -o writes a whole glossary file, so it gets its header, even with no name in it or under --no-glossary:
    # `lint --glossary names.tsv` reads it (an empty file is no glossary). On stdout the rows are ready to append to
    # the glossary in use; the header comes only when none is, and nothing to suggest prints nothing
    _emit(_json(data) if fmt == "json" else tsv(candidates, header=bool(output) or (starts_one and bool(candidates))),
          output)
    sys.exit(2 if errors else 1 if candidates else 0)
