"""Command line: parse options, call the API, print, choose the exit code."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .config import FAIL_ON, FORMATS, load_config
from .errors import ConfigError, InputError, InputErrors

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
RANK = {"error": 3, "warning": 2, "info": 1, "never": 99}


def _fail(message: str) -> None:
    click.echo(f"textqa: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="textqa")
def main() -> None:
    """textqa: lint Japanese machine translations of Chinese articles against a name glossary."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--glossary", "glossaries", multiple=True, metavar="FILE",
              help="Glossary TSV (repeatable). Replaces the glossaries set in the config file.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format (default: text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--select", multiple=True, help="Only these codes or prefixes (repeatable, or comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these codes or prefixes (repeatable, or comma-separated).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file.")
@click.option("--no-summary", is_flag=True, help="Text format: omit the per-entity block and summary line.")
def lint(paths, glossaries, fmt, output, fail_on, select, ignore, config_path, no_summary):
    """Lint files or folders (every *.txt and *.md below a folder)."""
    from .api import Linter, read_text
    from .glossary import load_glossary
    from .render import render
    from .rules.registry import select_codes
    from .runner import run

    try:
        cfg = load_config(explicit=config_path)
        codes = select_codes(_split(select) or cfg.select, _split(ignore) or cfg.ignore)
    except (ConfigError, ValueError) as exc:
        _fail(str(exc))
    glossary_paths = list(glossaries) or cfg.glossary
    try:
        glossary = load_glossary(glossary_paths) if glossary_paths else None
    except InputErrors as exc:
        for err in exc.errors:
            click.echo(f"textqa: {err}", err=True)
        sys.exit(EXIT_ERROR)
    linter = Linter(glossary, codes=codes, severity_overrides=cfg.severity)
    report = run(paths, linter, cfg.per_file_ignores)
    for err in report.errors:
        click.echo(f"textqa: {err}", err=True)

    def lines_of(path: str, line: int) -> str:
        return read_text(path).split("\n")[line - 1]

    text = render(report, fmt or cfg.format, lines_of=lines_of, summary=not no_summary)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    if report.errors:
        sys.exit(EXIT_ERROR)
    threshold = RANK[fail_on or cfg.fail_on]
    sys.exit(EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings) else EXIT_CLEAN)


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
    click.echo(f"{rule.code} ({rule.name}), default severity: {rule.severity.value}\n")
    click.echo(rule.doc())
