"""Fault injection: dying workers, files that break a library, corrupt caches, full disks, concurrent --fix.

Each test names the item of the reliability matrix (issue 13) that it keeps fixed.
"""
from __future__ import annotations

import fcntl
import os
import pickle
import resource
import signal
import subprocess
import sys
import textwrap
import zlib

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.parallel import ordered_map

from conftest import GLOSSARY, ROOT, fix_project

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n深圳\t深セン\t深圳\t\n"
ARTICLE = "昨日、馬花騰氏は新製品について語った。\n\n馬花騰氏は笑った。\n"
FIXED = ARTICLE.replace("馬花騰", "馬化騰")


def textqa(*args, cwd=ROOT, env=None, timeout=300, preexec_fn=None, script=None):
    """Run textqa in its own process (optionally after a setup ``script``), never longer than ``timeout``."""
    code = (script or "") + "\nimport sys\nfrom textqa.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, preexec_fn=preexec_fn)


def no_traceback(result):
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr.replace("textqa:", ""), result.stderr


# -- 1. a dying worker never hangs the run --------------------------------------------------------------------

def _dies_on(item, marker_dir):
    """Kills its own process for 'die' always, and for 'die-once' the first time."""
    if item == "die" or (item == "die-once" and not os.path.exists(os.path.join(marker_dir, "died"))):
        open(os.path.join(marker_dir, "died"), "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    return item.upper()


def test_ordered_map_survives_killed_workers(tmp_path):
    items = ["a", "b", "die-once", "c", "die", "d", "e", "f"]
    out = list(ordered_map(_dies_on, items, (str(tmp_path),), jobs=2, on_crash=lambda item: f"crashed {item}"))
    assert out == ["A", "B", "DIE-ONCE", "C", "crashed die", "D", "E", "F"]


def test_ordered_map_survives_a_worker_killed_in_a_batch(tmp_path):
    """With many items they go to the workers in batches: a worker killed in the middle of one still costs only
    the item that killed it, and the order is kept."""
    from textqa.parallel import batch_size

    items = [f"x{i}" for i in range(80)]
    items[5], items[14] = "die-once", "die"
    assert batch_size(len(items), 2) > 1
    out = list(ordered_map(_dies_on, items, (str(tmp_path),), jobs=2, on_crash=lambda item: f"crashed {item}"))
    assert out == [("crashed die" if item == "die" else item.upper()) for item in items]


KILL_ONE_FILE = textwrap.dedent("""
    import os, signal
    import textqa.runner as runner
    real = runner.lint_one
    def lint_one(linter, path, *args):
        if path.endswith("b.txt"):
            os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
        return real(linter, path, *args)
    runner.lint_one = lint_one
""")


def test_jobs_run_ends_with_an_error_entry_when_a_worker_is_killed(tmp_path):
    for name in "abcd":
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "g.tsv").write_text(NAMES, encoding="utf-8")
    result = textqa("lint", "--jobs", "2", "--glossary", "g.tsv", "--format", "json", ".", cwd=tmp_path,
                    script=KILL_ONE_FILE, timeout=120)
    assert result.returncode == 2, result.stderr
    no_traceback(result)
    assert "b.txt: could not be linted: the worker process linting it died" in result.stderr
    import json

    paths = {f["path"] for f in json.loads(result.stdout)["findings"]}
    assert paths == {"a.txt", "c.txt", "d.txt"}


# -- 2. one bad file does not kill the run -------------------------------------------------------------------

def test_text_that_normalisation_expands_past_sudachis_limit(tmp_path, monkeypatch):
    (tmp_path / "sq.txt").write_text("㌀" * 13000 + "\n", encoding="utf-8")  # 39 KB, 156 KB once normalised
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "g.tsv").write_text(NAMES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", "--glossary", "g.tsv", "sq.txt", "ok.txt"], catch_exceptions=False)
    assert result.exit_code == 1 and "ok.txt:1:4: NAM001" in result.stdout
    from textqa.tokens import tokenize

    text = "前置き。" + "㌀" * 13000 + "後書き。"
    tokens = tokenize(text)
    assert all(text[t.span.start:t.span.end] == t.surface for t in tokens)
    assert tokens[0].span.start == 0 and tokens[-1].span.end == len(text)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_exception_in_one_file_is_an_error_entry_and_the_run_goes_on(tmp_path, monkeypatch, jobs):
    import textqa.runner as runner

    real = runner.lint_one

    def failing(linter, path, *args):
        if path.endswith("b.txt"):
            raise ValueError("boom")
        return real(linter, path, *args)

    monkeypatch.setattr(runner, "lint_one", failing)
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "g.tsv").write_text(NAMES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", "--jobs", jobs, "--glossary", "g.tsv", "."], catch_exceptions=False)
    assert result.exit_code == 2  # could not lint everything: not "findings"
    assert "textqa: b.txt: could not be linted: internal error (ValueError: boom)" in result.stderr
    assert "a.txt:1:4: NAM001" in result.stdout and "c.txt:1:4: NAM001" in result.stdout


# -- 3. corrupt caches are rebuilt, never trusted -------------------------------------------------------------

@pytest.fixture
def jieba_cache(tmp_path, monkeypatch):
    from textqa.rules.garble import _hanzi

    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path / "cache"))
    _hanzi._jieba.cache_clear()
    yield tmp_path / "cache"
    _hanzi._jieba.cache_clear()


def _segment():
    from textqa.rules.garble import _hanzi

    _hanzi._jieba.cache_clear()
    _hanzi.words.cache_clear()  # segmentations are kept: segment afresh, through the table
    return _hanzi.words("区块链商业观察")


@pytest.mark.slow
def test_corrupt_jieba_word_table_is_rebuilt(jieba_cache):
    expected = _segment()
    (table,) = jieba_cache.glob("jieba-*")
    for damage in (b"", table.read_bytes()[:100], table.read_bytes().replace(b"\x00", b"\x01")):
        table.write_bytes(damage)
        assert _segment() == expected
        assert table.read_bytes() != damage  # rebuilt


@pytest.mark.slow
def test_jieba_table_with_valid_checksum_and_wrong_content_is_rebuilt(jieba_cache):
    expected = _segment()
    (table,) = jieba_cache.glob("jieba-*")
    data = table.read_bytes()
    head = data[:data.index(b"\n", data.index(b"\n") + 1) + 1]
    table_bytes = data[len(head) + 4:]
    # pickles (what the table was before it was arrays), the table cut short, zeros
    for payload in (*map(pickle.dumps, ((1, 2), ({"区块": "x"}, 5), ({}, 0), "nonsense")), table_bytes[:-3],
                    bytes(len(table_bytes))):
        table.write_bytes(head + zlib.crc32(payload).to_bytes(4, "big") + payload)
        assert _segment() == expected


def test_glossary_cache_with_valid_checksum_and_wrong_content_is_rebuilt(tmp_path, monkeypatch):
    from textqa.glossary import cache, store

    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path))
    cache.clear_memo()
    first = cache.load_compiled([str(GLOSSARY)])
    (path,) = tmp_path.glob("glossary-*.sqlite")
    key = cache.files_key([str(GLOSSARY)], [GLOSSARY.read_bytes()])
    hollow = [({}, {}), ({"forms": {}}, {"paths": []}),
              ({"forms": first.forms, "entries": {}}, {"paths": [], "index": {"homophone": {}}, "maps": []})]
    for tables, small in hollow:
        path.unlink()
        store.write_store(path, key, tables, small, {})
        cache.clear_memo()
        again = cache.load_compiled([str(GLOSSARY)])
        assert again.forms == first.forms and again.entry("娄底").ja == first.entry("娄底").ja
    cache.clear_memo()


def test_read_only_cache_folder_is_quiet(jieba_cache, monkeypatch, capfd):
    import tempfile

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Read-only file system")

    expected = _segment()
    for table in jieba_cache.glob("jieba-*"):
        table.unlink()
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", read_only)
    capfd.readouterr()
    assert _segment() == expected
    assert capfd.readouterr() == ("", "")


@pytest.mark.slow
def test_unwritable_cache_folder_is_quiet(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    doc = tmp_path / "a.txt"
    doc.write_text("区块链商业观察の話。\n", encoding="utf-8")
    for _ in range(2):
        result = textqa("lint", "--glossary", GLOSSARY, doc, cwd=tmp_path,
                        env={"TEXTQA_CACHE_DIR": str(blocker / "cache")})
        assert result.returncode == 1 and "GRB001" in result.stdout
        assert result.stderr == ""


# -- 4. --fix never loses an edit -----------------------------------------------------------------------------

@pytest.fixture
def project(tmp_path, monkeypatch):
    return fix_project(tmp_path, monkeypatch, NAMES, ARTICLE)


def fix(*args):
    return CliRunner().invoke(main, ["lint", "--fix", *map(str, args)], catch_exceptions=False)


def test_an_edit_made_while_fix_runs_is_kept(project, monkeypatch):
    from textqa.api import Linter

    real = Linter.lint_text
    edited = ARTICLE + "編集者が書き足した行。\n"

    def lint_text(self, text, path="<text>"):
        if not project.read_text(encoding="utf-8").endswith("書き足した行。\n"):
            project.write_text(edited, encoding="utf-8")  # the editor saves while textqa works
        return real(self, text, path)

    monkeypatch.setattr(Linter, "lint_text", lint_text)
    result = fix("a.txt")
    assert project.read_text(encoding="utf-8") == edited
    assert result.exit_code == 2
    assert "textqa: a.txt: not fixed: the file changed while it was being fixed; run again" in result.stderr


def test_a_fix_that_waited_for_the_lock_fixes_the_new_file(project):
    """Another --fix holds the file; it replaces it and lets go: this run must fix what it wrote."""
    theirs = ARTICLE.replace("昨日", "先週")
    fd = os.open(project, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    proc = subprocess.Popen([sys.executable, "-m", "textqa", "lint", "--fix", "a.txt"], cwd=project.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=5)  # it waits for the lock
        tmp = project.with_name("other-run.tmp")
        tmp.write_text(theirs, encoding="utf-8")
        os.replace(tmp, project)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert project.read_text(encoding="utf-8") == theirs.replace("馬花騰", "馬化騰")


def test_concurrent_fix_runs_keep_each_others_fixes(project):
    text = "".join(f"{i}: 馬花騰氏は深圳に行った。深センは遠い。深センは広い。\n" for i in range(30))
    project.write_text(text, encoding="utf-8")
    with open(project.parent / "textqa.toml", "a", encoding="utf-8") as toml:
        toml.write("strict-consistency = true\n")  # the mixed forms of 深圳 are a warning, fixed by --unsafe-fixes
    runs = [subprocess.Popen([sys.executable, "-m", "textqa", "lint", "--fix", "--unsafe-fixes", "--select", code,
                              "a.txt"], cwd=project.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for code in ("NAM001", "NAM002")]
    for run in runs:
        run.communicate(timeout=120)
        assert run.returncode == 0
    assert project.read_text(encoding="utf-8") == text.replace("馬花騰", "馬化騰").replace("深圳", "深セン")


def test_fix_through_a_symlink_rewrites_the_target(project):
    link = project.with_name("link.txt")
    link.symlink_to(project.name)
    result = fix("link.txt")
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and project.read_text(encoding="utf-8") == FIXED


def test_fix_refuses_a_file_with_hard_links(project):
    os.link(project, project.with_name("other-name.txt"))
    result = fix("a.txt")
    assert result.exit_code == 2 and "a.txt: not fixed: it has 2 hard links" in result.stderr
    assert project.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file away")
def test_fix_keeps_the_owner_and_mode(project):
    os.chown(project, 4321, 4321)
    os.chmod(project, 0o640)
    assert fix("a.txt").exit_code == 0
    st = project.stat()
    assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (4321, 4321, 0o640)


def test_temp_files_left_by_a_killed_fix_are_cleaned(project):
    stale = project.with_name(".textqa-a.txt.k3x9q2ab.tmp")
    stale.write_text("half a file", encoding="utf-8")
    unrelated = project.with_name(".textqa-a.txt.notours.bak")
    unrelated.write_text("keep", encoding="utf-8")
    assert fix("a.txt").exit_code == 0
    assert not stale.exists() and unrelated.exists()


# -- 5. outputs are written atomically ------------------------------------------------------------------------

def _file_size_limit(limit):
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # a full disk, for this process


def test_write_baseline_on_a_full_disk_keeps_the_old_baseline(project):
    old = project.with_name("baseline.json")
    old.write_text('{"textqa-baseline": 1, "findings": []}\n', encoding="utf-8")
    result = textqa("lint", "--write-baseline", "baseline.json", "a.txt", cwd=project.parent,
                    preexec_fn=_file_size_limit(60))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("textqa: baseline.json: cannot write baseline: ")
    no_traceback(result)
    assert old.read_text(encoding="utf-8") == '{"textqa-baseline": 1, "findings": []}\n'
    assert [p.name for p in project.parent.iterdir() if p.name.startswith(".textqa-")] == []


def test_output_on_a_full_disk_leaves_no_empty_file(project):
    result = textqa("lint", "-o", "report.txt", "a.txt", cwd=project.parent, preexec_fn=_file_size_limit(60))
    assert result.returncode == 2 and "textqa: report.txt: cannot write output: " in result.stderr
    no_traceback(result)
    assert not project.with_name("report.txt").exists()


@pytest.mark.parametrize("target", ["missing/report.txt", "/proc/version", "."])
def test_output_errors_are_one_line(project, target):
    result = CliRunner().invoke(main, ["lint", "-o", target, "a.txt"], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"textqa: {target}: cannot write output") or "Invalid value" in result.stderr


def test_output_to_a_device_is_written_directly(project):
    result = CliRunner().invoke(main, ["lint", "-o", "/dev/null", "a.txt"], catch_exceptions=False)
    assert result.exit_code == 1 and result.stdout == ""


# -- 8. a contradictory glossary stops --fix before any write ------------------------------------------------

def test_fix_with_a_contradictory_glossary_writes_nothing(tmp_path):
    # invented names: one entry's preferred form is another entry's rejected form
    (tmp_path / "g.tsv").write_text("zh\tja\taccept\treject\n甲乙丙\t丁戊\t\t\n丁戊己\t丁戊己\t\t丁戊\n",
                                    encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_bytes("甲乙丙は丁戊と会った。\n".encode("utf-8"))
    before = article.read_bytes()
    result = textqa("lint", "--fix", "a.txt", "--glossary", "g.tsv", cwd=tmp_path)
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("textqa: g.tsv:3: "), result.stderr
    no_traceback(result)
    assert article.read_bytes() == before


# -- 9. fix safety ------------------------------------------------------------------------------------------------

def _finding(code, surface, start, suggestion, confidence=1.0, severity="error"):
    from textqa.findings import Finding, Severity, Span

    return Finding(path="<text>", code=code, severity=Severity(severity), message="m", line=1, column=start + 1,
                   suggestion=suggestion, confidence=confidence, span=Span(start, start + len(surface)),
                   surface=surface)


def test_fix_safety_is_decided_once_on_the_original_text():
    from textqa.fix import fix_text

    def lint(text):
        # the rejected form is safe; the homophone is rated unsafe until the first fix raises its confidence
        found = [_finding("NAM001", "馬花騰", 0, "馬化騰")] if text.startswith("馬花騰") else []
        confidence = 0.95 if text.startswith("馬化騰") else 0.8
        at = text.index("婁迪")
        return found + [_finding("NAM004", "婁迪", at, "婁底", confidence)] if "婁迪" in text else found

    fixed, n = fix_text("馬花騰と婁迪", lint)
    assert (fixed, n) == ("馬化騰と婁迪", 1)


def test_unsafe_fixes_never_fix_info_findings(tmp_path, monkeypatch):
    from textqa.fix import UNSAFE, fix_safety, plan_edits

    info = _finding("NAM005", "王姓", 0, "王興", 0.5, "info")
    assert fix_safety(info) == UNSAFE and plan_edits("王姓の人", [info], unsafe=True) == []
    warning = _finding("NAM005", "王姓", 0, "王興", 0.75, "warning")
    assert len(plan_edits("王姓の人", [warning], unsafe=True)) == 1
    (tmp_path / "g.tsv").write_text("zh\tja\ttype\n大疆\t大疆\torg\n", encoding="utf-8")
    text = "大江健三郎はノーベル賞作家だ。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    CliRunner().invoke(main, ["lint", "--glossary", "g.tsv", "--fix", "--unsafe-fixes", "a.txt"],
                       catch_exceptions=False)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == text


def test_fixes_leave_markdown_code_urls_and_hashtags_alone(project):
    md = project.with_name("a.md")
    md.write_text("# 見出し\n\n馬花騰氏は語った。`馬花騰` と https://example.com/馬花騰 と #馬花騰 を見よ。\n\n"
                  "```\n馬花騰\n```\n", encoding="utf-8")
    fix("a.md")
    assert md.read_text(encoding="utf-8") == ("# 見出し\n\n馬化騰氏は語った。`馬花騰` と https://example.com/馬花騰 と "
                                              "#馬花騰 を見よ。\n\n```\n馬花騰\n```\n")
