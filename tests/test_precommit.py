"""The pre-commit hook, installed the way pre-commit installs it (``pre-commit try-repo``).

The hook repository is a git snapshot of this checkout's package files, so the
test also covers changes that are not committed yet. pre-commit builds a
virtualenv and pip-installs textqa into it, which takes a while: marked slow.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

PACKAGE_FILES = ("pyproject.toml", "LICENSE", "README.md", ".pre-commit-hooks.yaml")
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1"}


def git(*args, cwd):
    env = {**os.environ, **GIT_ENV, "HOME": str(cwd)}
    subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=cwd, env=env, check=True,
                   capture_output=True)


def package_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    return [f for f in listed if (f in PACKAGE_FILES or f.startswith("src/")) and (ROOT / f).is_file()]


@pytest.fixture(scope="module")
def repos(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    hook = tmp_path_factory.mktemp("hook-repo")
    for name in package_files():
        (hook / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, hook / name)
    git("init", "-q", cwd=hook)
    git("add", "-A", cwd=hook)
    git("commit", "-q", "-m", "snapshot", cwd=hook)

    use = tmp_path_factory.mktemp("consumer")
    (use / "names.tsv").write_text("zh\tja\treject\n马化腾\t馬化騰\t馬花騰\n", encoding="utf-8")
    (use / "textqa.toml").write_text('glossary = ["names.tsv"]\n', encoding="utf-8")
    (use / "bad.txt").write_text("昨日、馬花騰氏は新製品について語った。\n", encoding="utf-8")
    (use / "good.txt").write_text("昨日、馬化騰氏は新製品について語った。\n", encoding="utf-8")
    git("init", "-q", cwd=use)
    git("add", "-A", cwd=use)
    git("commit", "-q", "-m", "articles", cwd=use)
    return hook, use


def try_repo(hook, use, *files):
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(use.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hook), "textqa", "--files", *files],
                          cwd=use, env=env, capture_output=True, text=True, timeout=480)


def test_manifest_is_valid():
    from pre_commit.clientlib import load_manifest

    [hook] = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert (hook["id"], hook["language"], hook["entry"]) == ("textqa", "python", "textqa lint --force-exclude")


def test_hook_fails_the_bad_article_and_passes_the_good_one(repos):
    hook, use = repos
    good = try_repo(hook, use, "good.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = try_repo(hook, use, "bad.txt", "good.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    reported = [line.split(":")[0] for line in bad.stdout.splitlines() if line.startswith(("bad.txt:", "good.txt:"))]
    assert "bad.txt:1:4: NAM001 error" in bad.stdout and reported == ["bad.txt"]
