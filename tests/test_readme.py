"""The README stays true: its rule table, its commands and CI agree with the code."""
from __future__ import annotations

import re
import runpy

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_matches_the_registry():
    table = runpy.run_path(str(ROOT / "scripts" / "rules_table.py"))["table"]()
    assert table in README, "regenerate with: python scripts/rules_table.py"


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick)
    assert commands == ["pip install . && textqa lint corpus/", 'pip install ".[test]" && python -m pytest -q']
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_usage_names_every_option_of_every_command():
    """Usage lists every option that `textqa lint` and `align` take; docs/glossary.md those of the glossary commands."""
    import click

    from textqa.cli import main

    usage = README.split("## Usage", 1)[1].split("\n### Configuration", 1)[0]
    glossary_docs = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")  # the README links there
    missing = []
    for name, command in main.commands.items():
        subcommands = command.commands.items() if isinstance(command, click.Group) else [(None, command)]
        for sub, cmd in subcommands:
            text = glossary_docs if sub else usage
            for param in cmd.params:
                if isinstance(param, click.Option) and not param.hidden and param.name != "help":
                    if not any(re.search(re.escape(opt) + r"(?![\w-])", text) for opt in param.opts):
                        missing.append(f"textqa {name} {sub or ''} {param.opts[0]}")
    assert missing == []


def test_licence_names_every_dependency():
    """The Licence section names every dependency of pyproject.toml (runtime and optional) with its licence."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    licence = README.split("\n## Licence\n", 1)[1].lower()
    names = {re.split(r"[\[<>=!~ ;]", dep, 1)[0].lower() for dep in project["dependencies"]}
    for extra in ("spacy", "glossary", "dask"):
        names |= {re.split(r"[\[<>=!~ ;]", dep, 1)[0].lower() for dep in project["optional-dependencies"][extra]}
    missing = [n for n in sorted(names) if n not in licence and n.replace("-", "") not in licence]
    assert missing == []


def test_jobs_speedup_is_quoted_as_measured():
    """The `--jobs 2` speed-up that Performance measured is the one its prose and docs/dask.md quote."""
    [ratio] = re.findall(r"^\| `--jobs 2` against `--jobs 1` \| ([\d.]+x) \|", README, re.M)
    performance = README.split("\n## Performance\n", 1)[1].split("\n## ", 1)[0]
    dask = (ROOT / "docs" / "dask.md").read_text(encoding="utf-8")
    assert f"**`--jobs 2`: {ratio} `--jobs 1`" in performance
    assert f"the `--jobs 2` row of Performance, {ratio}" in dask


def test_every_path_it_names_exists():
    """A path in backquotes is a file or folder of the repository (or of src/textqa/, or of a rule family there),
    in the README and in the pages of docs/ it links to."""
    texts = [README] + [page.read_text(encoding="utf-8") for page in sorted((ROOT / "docs").glob("*.md"))]
    named = {path for text in texts for path in re.findall(
        r"`((?:src|scripts|tests|bench|glossary|corpus|docs|data|phonetics|bilingual|mentions|rules)/[\w\-/.]+)`", text)}
    bases = [ROOT, ROOT / "src" / "textqa", ROOT / "src" / "textqa" / "rules"]
    generated = ("bench/out/",)  # made by bench/run.py, never committed
    missing = [p for p in sorted(named) if not p.startswith(generated) and not re.search(r"/[A-Z_]+[/.]", p)
               and not any((base / p).exists() for base in bases)]
    assert missing == []


def test_every_docs_page_it_links_to_exists():
    """The README links to its detail pages in docs/, and each link resolves."""
    links = re.findall(r"\]\((docs/[\w\-/.]+\.md)\)", README)
    assert links and all((ROOT / link).is_file() for link in links)
