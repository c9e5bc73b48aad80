"""Every code block of the README works as written.

Commands run in a temporary copy of the repository (with an ``articles/`` folder holding the example
article, as the CI examples assume), one after another as a reader would type them; Python blocks run
there too; TOML is a valid config; YAML is a valid pre-commit config or workflow whose use of this
repository's action names only its inputs; a Markdown block lints clean (its suppressions are used).
Blocks that show output are compared by tests/test_readme_output.py and tests/test_readme_glossary.py.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = [(README[:m.start()].count("\n") + 1, m.group(1), m.group(2))
          for m in re.finditer(r"^```(\w*)\n(.*?)^```", README, re.S | re.M)]
# Commands not run here, and why.
NOT_RUN = {
    "pip install": "installing is what CI does (.ci/run runs the README's test command)",
    "python -m pytest": "the test suite itself",
    "python bench/run.py": "the benchmark takes minutes; bench/ has its own checks",
}
ACTION = "textqa/textqa@"
# what a tool writes in the checkout (a test running in another process may be writing it while this copies)
IGNORED_IN_COPY = shutil.ignore_patterns(".git", ".venv*", "bench", "*.egg-info", "__pycache__", ".pytest_cache",
                                         ".hypothesis")


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    """A temporary copy of the repository, with articles/a.txt (the example article)."""
    root = tmp_path_factory.mktemp("readme") / "repo"
    shutil.copytree(ROOT, root, ignore=IGNORED_IN_COPY)
    (root / "articles").mkdir()
    shutil.copy(ROOT / "corpus" / "hunan-blockchain.ja.txt", root / "articles" / "a.txt")
    return root


def env() -> dict:
    bin_dir = str(Path(sys.executable).parent)
    out = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    out.pop("CI", None)
    return out


def commands(kind: str, body: str) -> list[str]:
    """Shell commands of a block: `sh` lines, and `$ ` lines of an output block."""
    lines = body.splitlines()
    if kind != "sh":
        lines = [line[2:] for line in lines if line.startswith("$ ")]
    out = []
    for line in lines:
        for part in re.sub(r"\s+#.*$", "", line).split("&&"):
            part = part.strip()
            if part and not any(part.startswith(skip) for skip in NOT_RUN):
                out.append(part)
    return out


def test_readme_has_the_blocks_this_test_reads():
    kinds = {kind for _, kind, _ in BLOCKS}
    assert {"sh", "python", "toml", "yaml", "json", "markdown"} <= kinds


@pytest.mark.slow
def test_shell_commands_run_as_written(copy):
    ran = 0
    for line, kind, body in BLOCKS:
        if kind not in ("sh", ""):
            continue
        for cmd in commands(kind, body):
            result = subprocess.run(cmd, shell=True, cwd=copy, env=env(), capture_output=True, text=True,
                                    timeout=300)
            assert result.returncode in (0, 1), f"README line {line}: {cmd}\n{result.stderr}"
            assert "Traceback" not in result.stderr, f"README line {line}: {cmd}\n{result.stderr}"
            ran += 1
    assert ran >= 6


@pytest.mark.parametrize("line, body", [(n, b) for n, k, b in BLOCKS if k == "python"])
def test_python_blocks_run(copy, line, body):
    script = copy / f"readme_{line}.py"
    script.write_text(body, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=copy, env=env(), capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, f"README line {line}:\n{result.stderr}"
    assert result.stdout.strip(), f"README line {line} printed nothing"


@pytest.mark.parametrize("line, body", [(n, b) for n, k, b in BLOCKS if k == "toml"])
def test_toml_blocks_are_valid_configs(copy, line, body):
    import tomllib

    from textqa.config import parse_config

    cfg = parse_config(tomllib.loads(body), f"README line {line}", copy)
    assert cfg.glossary and all(Path(g).is_file() for g in cfg.glossary)


def action_inputs() -> set[str]:
    return set(yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["inputs"])


@pytest.mark.parametrize("line, body", [(n, b) for n, k, b in BLOCKS if k == "yaml"])
def test_yaml_blocks_are_valid(copy, line, body, tmp_path):
    data = yaml.safe_load(body)
    assert "v0.1.0" not in body and "OWNER" not in body  # no tag or owner that does not exist
    if isinstance(data, dict) and "repos" in data:  # a .pre-commit-config.yaml
        from pre_commit.clientlib import load_config

        path = tmp_path / ".pre-commit-config.yaml"
        path.write_text(body, encoding="utf-8")
        [repo] = load_config(str(path))["repos"]
        assert [hook["id"] for hook in repo["hooks"]] == ["textqa"]
        args = repo["hooks"][0]["args"]
        assert all((copy / a).is_file() for a in args if a.endswith(".tsv"))
        return
    steps = data["jobs"]["textqa"]["steps"] if "jobs" in data else data
    for step in steps:
        if step.get("uses", "").startswith(ACTION):
            assert set(step.get("with", {})) <= action_inputs(), f"README line {line}: unknown action input"
        if step.get("run", "").startswith("textqa "):
            result = subprocess.run(step["run"], shell=True, cwd=copy, env=env(), capture_output=True, text=True,
                                    timeout=300)
            assert result.returncode in (0, 1), f"README line {line}: {step['run']}\n{result.stderr}"


@pytest.mark.parametrize("line, body", [(n, b) for n, k, b in BLOCKS if k == "markdown"])
def test_markdown_blocks_lint_clean(copy, line, body):
    (copy / "example.md").write_text(body, encoding="utf-8")
    result = subprocess.run(["textqa", "lint", "--format", "json", "--fail-on", "info", "example.md"], cwd=copy,
                            env=env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"README line {line}:\n{result.stdout}"


def test_json_block_fields_are_real(copy):
    [body] = [b for _, k, b in BLOCKS if k == "json"]
    shown = json.loads(body)
    result = subprocess.run(["textqa", "lint", "--format", "json", "corpus/"], cwd=copy, env=env(),
                            capture_output=True, text=True, timeout=300)
    real = json.loads(result.stdout)
    assert set(shown) <= set(real)
    assert set(shown["findings"][0]) <= set(real["findings"][0])
    assert set(shown["entities"][0]["renderings"][0]) <= set(real["entities"][0]["renderings"][0])


def test_action_runs_its_lint_script(copy):
    """The action's lint step, run as GitHub runs it (inputs as environment variables)."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"paths", "glossary", "format", "fail-on", "sarif"} <= set(action["inputs"])
    steps = {s.get("name"): s for s in action["runs"]["steps"]}
    inputs = {"TEXTQA_PATHS": "articles/ corpus/", "TEXTQA_GLOSSARY": "glossary/hunan-blockchain.names.tsv",
              "TEXTQA_FORMAT": "github", "TEXTQA_FAIL_ON": "error", "TEXTQA_ARGS": "--jobs 1"}
    lint = subprocess.run(["bash", "-c", steps["Lint"]["run"]], cwd=copy, env={**env(), **inputs},
                          capture_output=True, text=True, timeout=300)
    assert lint.returncode == 1 and "::error file=corpus/hunan-blockchain.ja.txt" in lint.stdout
    sarif = subprocess.run(["bash", "-c", steps["Write SARIF"]["run"]], cwd=copy, env={**env(), **inputs},
                           capture_output=True, text=True, timeout=300)
    assert sarif.returncode == 0
    run = json.loads((copy / "textqa.sarif").read_text(encoding="utf-8"))["runs"][0]
    assert run["tool"]["driver"]["informationUri"].startswith("https://github.com/")
    assert steps["Upload SARIF"]["with"]["sarif_file"] == "textqa.sarif"
