"""Command line: parse options, call the API, print, choose the exit code."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__, regex_cache

regex_cache.load()  # the patterns an earlier run compiled, before the modules below and the lint compile theirs
from .config import ENCODINGS, FAIL_ON, load_config  # noqa: E402
from .errors import ConfigError, InputError, InputErrors  # noqa: E402
from .files import STDIN  # noqa: E402
from .findings import Severity  # noqa: E402
from .render import FORMATS  # noqa: E402

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
RANK = {**{s.value: s.rank for s in Severity}, "never": 99}


def _fail(message: str) -> None:
    click.echo(f"textqa: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _note(message: str) -> None:
    """A warning or a summary on stderr, left out under --quiet (errors are always printed)."""
    ctx = click.get_current_context(silent=True)
    if not (ctx and ctx.meta.get(QUIET)):
        click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="textqa")
def main() -> None:
    """textqa: lint Japanese machine translations of Chinese articles against a name glossary."""


@main.command()
@click.argument("paths", nargs=-1, metavar="PATHS...")  # required, but for --show-settings
@click.option("--glossary", "glossaries", multiple=True, metavar="FILE",
              help="Glossary file, TSV or CSV (repeatable). Replaces the glossaries set in the config file.")
@click.option("--format", "--output-format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: text).")
@click.option("--output", "-o", type=click.Path(), metavar="FILE", help="Write the report to FILE instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--select", multiple=True, metavar="CODES",
              help="Only these codes or prefixes (repeatable, or comma-separated).")
@click.option("--ignore", multiple=True, metavar="CODES",
              help="Skip these codes or prefixes (repeatable, or comma-separated).")
@click.option("--extend-select", multiple=True, metavar="CODES",
              help="Add these codes or prefixes to those selected (repeatable, or comma-separated).")
@click.option("--config", "config_path", type=click.Path(), metavar="FILE", help="Use this config file.")
@click.option("--no-summary", is_flag=True,
              help="Omit the per-entity block and the summary line (text and github formats, --statistics).")
@click.option("--fix", is_flag=True, help="Rewrite safely fixable findings to the preferred form, then lint again. Only translations are "
              "rewritten: a Chinese source (NAME.zh.txt) named on its own stands for its pair, so NAME.ja.txt "
              "is rewritten and the source never is.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: also apply lower-confidence fixes.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the fixes as a unified diff instead of writing them.")
@click.option("--baseline", "baseline_path", type=click.Path(), metavar="FILE",
              help="Report only findings that are not recorded in FILE.")
@click.option("--write-baseline", type=click.Path(), metavar="FILE",
              help="Record the current findings in FILE instead of reporting them.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Lint files in N parallel processes (default: the number of cores). Output order is unchanged.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Lint on a Dask cluster: tcp://HOST:PORT, or local[:N] for N local workers (pip install "
                   "'textqa[dask]'). Paths may be fsspec URLs (s3://...). Output is unchanged.")
@click.option("--exclude", "exclude", multiple=True, metavar="GLOB",
              help="Also skip files and folders matching GLOB when walking folders (repeatable, or comma-separated).")
@click.option("--force-exclude", is_flag=True,
              help="Apply the excludes to files named on the command line too (for pre-commit hooks).")
@click.option("--stdin-filename", metavar="NAME", help="With '-': the file name to report (and match configs).")
@click.option("--encoding", metavar="NAME",
              help="Encoding of the input files (default: UTF-8; a UTF-8, UTF-16 or UTF-32 byte-order mark wins).")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("--show-settings", is_flag=True, help="Print the settings this run would use, then exit.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are many files).")
@click.option("--source", "source", type=click.Path(), metavar="FILE",
              help="The Chinese original of the one file linted: check the translation against it (BIL rules).")
@click.option("--quiet", "-q", is_flag=True,
              help="Print the findings and errors only: no summary, per-entity block, warnings or progress.")
def lint(paths, glossaries, fmt, output, fail_on, select, ignore, extend_select, config_path, no_summary,
         fix, unsafe_fixes, show_diff, baseline_path, write_baseline, jobs, scheduler, exclude, force_exclude,
         stdin_filename, encoding, statistics, show_settings, progress, source, quiet):
    """Lint files or folders (every *.txt and *.md below a folder); '-' reads standard input."""
    if not paths and not show_settings:
        raise click.UsageError("Missing argument 'PATHS...'.")
    click.get_current_context().meta[QUIET] = quiet
    if not show_settings:
        _refuse_conflicts(paths, stdin_filename, source, fix, unsafe_fixes, show_diff, baseline_path, write_baseline,
                          statistics, fmt)
    no_summary, progress = no_summary or quiet, False if quiet and progress is None else progress
    from .api import Linter
    from .config import excludes as run_excludes
    from .glossary.cache import load_compiled
    from .rules.registry import not_run_by, select_codes
    from .runner import run

    for option, values in (("--select", select), ("--extend-select", extend_select)):
        if values and not _split(values):
            _fail(f"{option}: empty rule code (an empty string selects nothing; leave the option out instead)")
    try:
        cfg = load_config(explicit=config_path)
        chosen = _split(select) or cfg.select
        extend = _split(extend_select) + ([] if _split(select) else cfg.extend_select)
        ignored = _split(ignore) or cfg.ignore
        codes = select_codes(chosen + extend if chosen else None, ignored)
        if extend and not chosen:  # every default rule is on: an opt-in rule (NAM012) joins them
            codes |= select_codes(extend, ignored)
    except (ConfigError, ValueError) as exc:
        _fail(str(exc))
    if foreign := not_run_by(chosen + extend, glossary_check=False):  # else a CI gate passes, having run nothing
        _fail(f"{', '.join(foreign)}: these rules check glossary files, not articles: run 'textqa glossary check'")
    if not codes:
        _fail("no rules left to run: every selected code is also ignored")
    encoding = encoding or cfg.encoding
    _check_encoding(encoding)
    excludes = run_excludes(cfg, _split(exclude))
    glossary_paths = list(glossaries) or cfg.glossary
    if show_settings:
        _show_settings(cfg, glossary_paths, codes, excludes, encoding, fmt, fail_on, jobs)
        sys.exit(EXIT_CLEAN)
    try:
        glossary = load_compiled(glossary_paths).glossary if glossary_paths else None
    except InputErrors as exc:
        for err in exc.errors:
            configured = f" (named by 'glossary' in {cfg.source})" if not glossaries and cfg.source else ""
            click.echo(f"textqa: {err}{configured if err.message.endswith('not found') else ''}", err=True)
        sys.exit(EXIT_ERROR)
    if glossary is None:
        _no_glossary(codes, bool(chosen or extend))
    elif not len(glossary):  # a header and nothing else: as good as none
        _no_glossary(codes, bool(chosen or extend), f"{', '.join(map(str, glossary_paths))}: the glossary has no "
                                                    "entries", "add one row per name")
    linter = Linter(glossary, codes=codes, severity_overrides=cfg.severity, encoding=encoding,
                    strict_consistency=cfg.strict_consistency)
    linter.excerpts = (fmt or cfg.format) == "text"  # only the text format shows the lines findings point at
    urls = _check_scheduler(scheduler, paths, fix or show_diff)
    files, input_errors = _files([p for p in paths if p not in urls], excludes, force_exclude, stdin_filename,
                                 encoding, cfg.pair_pattern) if len(urls) < len(paths) else ([], [])
    inputs = [*paths, *files, *glossary_paths, source, cfg.source, baseline_path]
    for option, target in (("--output", output), ("--write-baseline", write_baseline)):
        not_an_input(target, inputs, option)
    executor = _executor(scheduler, urls, cfg.pair_pattern, files, input_errors)
    baseline = _load_baseline(baseline_path, write_baseline)
    fixes = _apply_fixes(files, linter, cfg, unsafe_fixes, show_diff, baseline) if fix or show_diff else None
    encode = None
    if (fmt or cfg.format) == "json":  # with --jobs, each worker writes its files' findings as the report will
        from .render.json_format import file_texts as encode
    with _progress_bar(progress, len(files)) as bar, executor as run_on:
        report = run(files, linter, cfg.per_file_ignores, jobs=jobs or cfg.jobs, discovered=True,
                     progress=bar.update if bar else None, source=source, pair_pattern=cfg.pair_pattern,
                     executor=run_on, encode=encode)
    report.errors[:0] = input_errors
    regex_cache.save()  # when this run compiled patterns the cache file lacks
    if write_baseline:
        _write_baseline(write_baseline, report)
    if baseline is not None:
        from .baseline import apply_baseline

        apply_baseline(report, baseline, codes, cfg.severity)
    if fixes is not None:
        report.errors += fixes.write_errors
        _note(_fix_summary(fixes, report, unsafe_fixes))
    if statistics:
        finish(report, "statistics", output, fail_on or cfg.fail_on, json=(fmt or cfg.format) == "json",
               summary=not no_summary, unsafe=unsafe_fixes)
    finish(report, fmt or cfg.format, output, fail_on or cfg.fail_on,
           lines_of=report.line, summary=not no_summary, glossary=glossary, text_of=linter.read)


def _refuse_conflicts(paths, stdin_filename, source, fix, unsafe_fixes, show_diff, baseline_path, write_baseline,
                      statistics, fmt):
    """Options that cannot go together: one line and exit 2 before any glossary is loaded or file read (not after a
    warning about the glossary, or a compile)."""
    if stdin_filename and STDIN not in paths:
        _fail("--stdin-filename needs '-' among the paths")
    if source and len(paths) == 1 and Path(paths[0]).is_dir():
        _fail(f"{paths[0]}: is a folder; --source needs exactly one translation file (in a folder, NAME.zh.txt and "
              "NAME.ja.txt pair up without --source)")
    if source and len(paths) != 1:
        _fail("--source needs exactly one translation file to check against it")
    if unsafe_fixes and not (fix or show_diff):
        _fail("--unsafe-fixes needs --fix or --diff")
    if fix and STDIN in paths:
        _fail("--fix cannot rewrite standard input; use --diff")
    if baseline_path and write_baseline:
        _fail("use either --baseline or --write-baseline, not both")
    if statistics and fmt not in (None, "text", "json"):
        _fail(f"--statistics prints a table (text) or JSON, not --format {fmt}")


def _check_scheduler(scheduler, paths, fixing) -> list[str]:
    """The fsspec URLs among ``paths`` (only with --scheduler); fail on options a cluster cannot serve."""
    if not scheduler:
        return []
    try:
        from .dask import is_url
    except ImportError as exc:
        _fail(f"--scheduler needs Dask: pip install 'textqa[dask]' ({exc})")
    if STDIN in paths:
        _fail("--scheduler cannot lint standard input: the workers read the files themselves")
    if fixing:
        _fail("--fix and --diff rewrite local files: run them without --scheduler")
    return [p for p in paths if is_url(p)]


def _executor(scheduler, urls, pair_pattern, files, input_errors):
    """A context giving run()'s executor on the Dask cluster (None without --scheduler); URLs discovered into
    ``files`` and ``input_errors``."""
    import contextlib

    if not scheduler:
        return contextlib.nullcontext()
    from .dask import DaskExecutor, connect, discover_urls

    found = discover_urls(urls, pair_pattern)
    files += found.files
    input_errors += found.errors

    @contextlib.contextmanager
    def on_cluster():
        with contextlib.ExitStack() as stack:
            try:
                client = stack.enter_context(connect(scheduler))
            except (OSError, ValueError, TimeoutError) as exc:
                _fail(f"--scheduler {scheduler}: {exc}")
            yield DaskExecutor(client, found)

    return on_cluster()


def not_an_input(output, inputs, option: str = "--output") -> None:
    """Fail when ``output`` is a file this run reads (an article, a glossary, a source, the config, a baseline):
    writing there would destroy it (input files are never written, except by --fix)."""
    if not output or not os.path.isfile(output):
        return
    for path in inputs:
        try:
            same = bool(path) and path != STDIN and os.path.samefile(output, path)
        except (OSError, TypeError, ValueError):
            continue
        if same:
            _fail(f"{output}: {option} names a file this run reads; write to another file")


def finish(report, fmt: str, output, fail_on: str, **options) -> None:
    """Print input errors, render the report to stdout or ``output``, and exit with lint's exit codes."""
    from .render import render_chunks

    for err in report.errors:
        click.echo(f"textqa: {err}", err=True)
    chunks = render_chunks(report, fmt, **options)  # written as they come: the output is never held whole
    if output:
        from .files import write_atomic

        try:  # file names as their bytes
            write_atomic(output, (c.encode("utf-8", "surrogateescape") for c in chunks), "output")
        except InputError as exc:
            _fail(str(exc))
    else:
        for text in chunks:
            click.echo(text, nl=False)
    if report.errors:
        sys.exit(EXIT_ERROR)
    threshold = RANK[fail_on]
    sys.exit(EXIT_FINDINGS if any(Severity(s).rank >= threshold for s in report.counts()) else EXIT_CLEAN)


def _load_baseline(path, write_path):
    if not path:
        return None
    from .baseline import load_baseline

    try:
        return load_baseline(path)
    except InputError as exc:
        _fail(str(exc))


def _apply_fixes(paths, linter, cfg, unsafe, show_diff, baseline):
    """Fix files in place; with --diff print the changes and exit instead."""
    from .fix import fix_paths

    result = fix_paths(paths, linter, cfg.per_file_ignores, unsafe=unsafe, write=not show_diff, baseline=baseline,
                       discovered=True)
    if not show_diff:
        return result
    click.echo(result.diff(), nl=False)
    for err in result.errors:
        click.echo(f"textqa: {err}", err=True)
    n, files = result.fixed, len(result.files)
    _note(f"Would fix {n} finding{'s' * (n != 1)} in {files} file{'s' * (files != 1)}.")
    sys.exit(EXIT_ERROR if result.errors else EXIT_FINDINGS if result.files else EXIT_CLEAN)


def _fix_summary(result, report, unsafe) -> str:
    from .fix import applies

    n, files = result.fixed, len(result.files)
    line = f"Fixed {n} finding{'s' * (n != 1)} in {files} file{'s' * (files != 1)}."
    more = 0 if unsafe else sum(applies(f, unsafe=True) for f in report.findings)
    return line + (f" {more} more fixable with --unsafe-fixes." if more else "")


def _write_baseline(path, report) -> None:
    from .baseline import write_baseline

    for err in report.errors:
        click.echo(f"textqa: {err}", err=True)
    try:
        n = write_baseline(path, report.findings)
    except InputError as exc:
        _fail(str(exc))
    files = len(report.files)
    _note(f"Wrote {n} finding{'s' * (n != 1)} from {files} file{'s' * (files != 1)} to baseline {path}.")
    sys.exit(EXIT_ERROR if report.errors else EXIT_CLEAN)


QUIET = "textqa.quiet"  # click context meta key: --quiet was given
PROGRESS_MIN_FILES = 20  # fewer files finish quickly: no progress bar


def _check_encoding(encoding):
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            _fail(f"unknown encoding {encoding!r} (try {', '.join(ENCODINGS)})")


def _no_glossary(codes, selected: bool, problem: str = "no glossary",
                 remedy: str = "set 'glossary' in textqa.toml or pass --glossary FILE") -> None:
    """Without a glossary (or with one that has no entries) the name rules cannot run: say so; an error when they
    were asked for, or in CI."""
    import os

    from .rules.registry import RULES

    wanted = sorted(c for c in codes if RULES[c].needs_glossary)
    if not wanted:
        return
    line = f"{problem}: the name rules ({', '.join(_families(wanted))}) cannot run; {remedy}"
    if selected or os.environ.get("CI"):
        _fail(line + (f" (an error in CI: CI is set; --ignore {','.join(_families(wanted))} lints without them)"
                      if not selected else ""))
    _note(f"textqa: warning: {line}")


def _families(codes) -> list[str]:
    return sorted({c[:3] for c in codes})


def _files(paths, excludes, force_exclude, stdin_filename, encoding, pair_pattern=None):
    """(files to lint, input errors); standard input is read once and linted under --stdin-filename."""
    from .api import decode, preload
    from .discovery import discover

    stdin_errors = []
    if STDIN in paths:
        name = stdin_filename or STDIN
        try:
            preload(name, decode(sys.stdin.buffer.read(), name, encoding))
        except InputError as exc:  # not text: reported like a file that does not decode; the rest is linted
            stdin_errors.append(exc)
            paths = [p for p in paths if p != STDIN]
        if force_exclude and stdin_filename and excludes.excluded_as_given(Path(name)):
            return [], []
    warnings: list[str] = []
    files, errors = discover([p for p in paths if p != STDIN], excludes, force_exclude, warnings,
                             pair_pattern=pair_pattern)
    errors[:0] = stdin_errors
    if STDIN in paths:
        files.insert(list(paths).index(STDIN), stdin_filename or STDIN)
    seen: set[str] = set()
    unique = []
    for f in files:  # a file named twice (a.txt ./a.txt, or inside a folder also named) is linted once
        key = os.path.abspath(f) if f != (stdin_filename or STDIN) else f
        if key in seen:
            warnings.append(f"{f}: given more than once; linted once")
        else:
            seen.add(key)
            unique.append(f)
    files = unique
    for w in warnings:
        _note(f"textqa: warning: {w}")
    if not files and not errors and not warnings and not (force_exclude and STDIN not in paths):
        _note("textqa: warning: no files to lint")
    return files, errors


class _progress_bar:
    """click's progress bar on stderr, for long runs on a terminal only (never in pipes or CI logs)."""

    def __init__(self, wanted, n_files: int):
        self.bar = None
        if wanted or (wanted is None and n_files >= PROGRESS_MIN_FILES and sys.stderr.isatty()):
            self.bar = click.progressbar(length=n_files, label="Linting", file=sys.stderr, show_pos=True)

    def __enter__(self):
        return self.bar.__enter__() if self.bar else None

    def __exit__(self, *exc):
        return self.bar.__exit__(*exc) if self.bar else None


def _show_settings(cfg, glossary_paths, codes, excludes, encoding, fmt, fail_on, jobs) -> None:
    from .rules.registry import RULES, reads_glossary_files

    linted = [c for c in RULES if not reads_glossary_files(c)]  # the GLS rules are `textqa glossary check`'s
    severity = {c: s.value for c, s in sorted(cfg.severity.items())}
    lines = [
        ("config file", cfg.source or "(none: defaults)"),
        ("glossaries", ", ".join(glossary_paths) or "(none: name rules cannot run)"),
        ("rules on", ", ".join(c for c in linted if c in codes)),
        ("rules off", ", ".join(c for c in linted if c not in codes) or "(none)"),
        ("severity overrides", ", ".join(f"{c}={v}" for c, v in severity.items()) or "(none)"),
        ("strict-consistency", "true" if cfg.strict_consistency else "false"),
        ("per-file ignores", "; ".join(f"{g}: {', '.join(c)}" for g, c in cfg.per_file_ignores.items()) or "(none)"),
        ("exclude", ", ".join(excludes.globs) + " (and hidden and git-ignored files)"),
        ("encoding", encoding or "utf-8"),
        ("format", fmt or cfg.format),
        ("fail-on", fail_on or cfg.fail_on),
        ("jobs", str(jobs or cfg.jobs or "number of cores")),
    ]
    for key, value in lines:
        click.echo(f"{key + ':':<20}{value}")


def _split(values) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@main.command("rules")
def rules_cmd():
    """List every rule: code, name, default severity, summary."""
    from .rules.registry import RULES

    for code, rule in RULES.items():
        click.echo(f"{code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary()}")


@main.command("rule")
@click.argument("code")
def rule_cmd(code):
    """Print the full documentation of one rule."""
    from .rules.registry import RULES

    rule = RULES.get(code.upper())
    if rule is None:
        _fail(f"unknown rule code {code!r}; see 'textqa rules'")
    fix = "" if rule.safe_fix_from is None else ", safe fix (--fix)" + (f" from confidence {rule.safe_fix_from}"
                                                                        if rule.safe_fix_from else "")
    click.echo(f"{rule.code} ({rule.name}), default severity: {rule.severity.value}, reads: {', '.join(rule.reads)}"
               f"{fix}")
    click.echo(f"source: src/{rule.__module__.replace('.', '/')}.py")
    from .context import confidence_cases
    from .mentions.kinds import finders_of, kinds_reported_by

    if kinds := ", ".join(kinds_reported_by(rule.code)):
        click.echo(f"reports the mentions of kind: {kinds} (mentions/kinds.py ties them to the rule)")
        click.echo(f"found by: {', '.join(f'src/textqa/mentions/{f}.py' for f in finders_of(rule.code))}; scored by "
                   "src/textqa/mentions/score.py with src/textqa/data/weights.json (fitted by scripts/fit_weights.py)")
    if cases := confidence_cases(rule.code):
        click.echo(f"hand-set confidences (src/textqa/data/confidence.toml [{rule.code}]): "
                   + ", ".join(f"{case} {value}" for case, value in cases.items()))
    elif not kinds:
        click.echo("confidence: 1.0 (no hand-set case in src/textqa/data/confidence.toml)")
    click.echo()
    click.echo(rule.doc())


from .glossary_cli import OUTPUT_OPTION, _emit, glossary  # noqa: E402 - the `textqa glossary` group lives there

main.add_command(glossary)


@main.command("align")
@click.argument("source", type=click.Path())
@click.argument("target", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(("text", "json", "tsv")), default="text",
              help="Output format (default: text).")
@click.option("--glossary", "glossaries", multiple=True, metavar="FILE",
              help="Glossary file, TSV or CSV (repeatable): its names anchor the alignment. Default: the config file's.")
@click.option("--config", "config_path", type=click.Path(), metavar="FILE", help="Use this config file.")
@OUTPUT_OPTION
def align_cmd(source, target, fmt, glossaries, config_path, output):
    """Show how TARGET (Japanese) aligns to SOURCE (Chinese): paragraphs, then sentences, with scores."""
    from .bilingual import align_files
    from .bilingual.show import render_alignment

    try:
        cfg = load_config(explicit=config_path)
    except ConfigError as exc:
        _fail(str(exc))
    glossary_paths = list(glossaries) or cfg.glossary
    not_an_input(output, [source, target, *glossary_paths, cfg.source])
    try:
        bitext = align_files(source, target, glossary_paths or None)
    except InputError as exc:
        _fail(str(exc))
    except InputErrors as exc:
        for err in exc.errors:
            click.echo(f"textqa: {err}", err=True)
        sys.exit(EXIT_ERROR)
    _emit(render_alignment(bitext, fmt), output)


def entry() -> None:
    """The ``textqa`` command: ``main``, then, its output flushed, the process ends at once (``os._exit``) where the
    interpreter would otherwise free every object of the loaded dictionary, glossary and memos one by one (0.06 s
    of CPU after linting the bench corpus, 0.02-0.05 s after one article). Anything unusual (an exit message, a
    thread still running, an output that cannot be flushed) takes the ordinary way out."""
    import threading

    try:
        main()
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    if code is None:
        code = 0
    from .parallel import settle

    settle()  # --jobs: the workers, let go of once their work was done (while the report was written), have ended
    if isinstance(code, int) and threading.active_count() == 1:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        else:
            os._exit(code)
    sys.exit(code)
