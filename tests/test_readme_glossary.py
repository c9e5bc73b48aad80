"""docs/glossary.md (the README's "Glossary maintenance" in full): each `$ textqa ...` block's lines appear in its output."""
from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from textqa.cli import main

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
BLOCKS = [b for b in re.findall(r"```\n(\$ textqa .*?)```", SECTION, re.S)]


def test_the_readme_names_every_subcommand_and_links_here():
    short = README.split("## Glossary maintenance", 1)[1].split("\n## ", 1)[0]
    assert "(docs/glossary.md)" in short
    assert [n for n in main.commands["glossary"].commands if f"`textqa glossary {n} " not in short] == []


def test_every_subcommand_has_an_example():
    commands = [shlex.split(b.split("\n", 1)[0])[3] for b in BLOCKS]
    assert set(commands) >= {"check", "suggest", "explain", "stats", "convert"}


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.split("\n", 1)[0][2:60])
def test_example_output_is_current(block, monkeypatch, tmp_path):
    for name in ("corpus", "glossary", "tests", "textqa.toml"):  # a scratch folder: examples may write files
        (tmp_path / name).symlink_to(ROOT / name)
    monkeypatch.chdir(tmp_path)
    command, *expected = block.rstrip("\n").split("\n")
    result = CliRunner().invoke(main, shlex.split(command)[2:])
    assert result.exit_code in (0, 1), result.output
    stale = [line for line in expected if line.strip() not in ("", "…") and line not in result.output]
    assert not stale


def test_formats_and_config_of_each_subcommand_are_as_described():
    import click

    from textqa.cli import main

    intro = SECTION.split("\n### ", 1)[0]
    for name, cmd in main.commands["glossary"].commands.items():
        params = {p.opts[0]: p for p in cmd.params if isinstance(p, click.Option)}
        if "--format" in params:
            formats = "|".join(params["--format"].type.choices)
            assert f"`{name} --format {formats}`" in intro, name
            assert "--output" in params, name
        assert ("--config" in params) == (name != "convert"), name


def test_prh_excerpt_is_current(tmp_path):
    """The prh YAML excerpt is what `glossary convert` writes for the shipped glossary."""
    [block] = re.findall(r"```yaml\n(.*?)```", SECTION, re.S)
    out = tmp_path / "names.yml"
    result = CliRunner().invoke(main, ["glossary", "convert", str(ROOT / "glossary" / "hunan-blockchain.names.tsv"),
                                       str(out)])
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")
    assert block in written
