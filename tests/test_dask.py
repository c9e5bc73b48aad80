"""textqa lint --scheduler / textqa.dask: the same report on a Dask cluster as a local run, whatever happens to it.

The cluster tests use LocalClusters of two worker processes (one started by `--scheduler local:2`, one shared by
the module) and are marked slow; CI runs them.
"""
from __future__ import annotations

import time

import os
import shutil
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner

from textqa.api import Linter
from textqa.cli import main
from textqa.render import render
from textqa.runner import run

from conftest import CORPUS, GLOSSARY, ROOT

dask_module = pytest.importorskip("textqa.dask")
distributed = pytest.importorskip("distributed")
fsspec = pytest.importorskip("fsspec")

ARTICLES = ROOT / "tests" / "corpus" / "articles"
BILINGUAL = ROOT / "tests" / "bilingual"


def paragraphs() -> list[str]:
    texts = [CORPUS, *sorted(ARTICLES.glob("*.txt"))]
    return [line for p in texts for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def archive(folder, n: int) -> list:
    """``n`` small articles of a few paragraphs each (mentions of the glossary's names among them), and a file that
    is not valid UTF-8 in the middle."""
    paras = paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        chunk = [paras[(i * 3 + k) % len(paras)] for k in range(3)]
        (folder / f"{i:03d}.txt").write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
    (folder / "100-bad.txt").write_bytes(b"\xe6\x97\xa5\xff\xfe broken\n")
    return sorted(folder.iterdir())


def cli(*args):
    return CliRunner().invoke(main, ["lint", *map(str, args)], catch_exceptions=False)


# -- fast: no cluster ------------------------------------------------------------------------------------------
def test_import_textqa_does_not_import_dask():
    code = "import sys, textqa, textqa.cli, textqa.runner; sys.exit('distributed' in sys.modules or 'dask' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_batches_are_consecutive_sized_runs_of_files():
    files = [f"f{i}" for i in range(100)]
    out = dask_module.batches(files, [10_000] * 100, threads=2)
    assert [f for b in out for f in b] == files  # every file once, in order
    assert len(out) >= 2 * dask_module.TASKS_PER_THREAD  # a small run still keeps every thread busy
    big = dask_module.batches(files * 50, [10_000] * 5000, threads=2)
    budget = dask_module.TASK_SECONDS * dask_module.BYTES_PER_SECOND
    per_batch = {len(b) * (10_000 + dask_module.FILE_BYTES) for b in big[:-1]}
    assert all(budget <= size < budget + 12_000 for size in per_batch)  # about half a second of work each
    assert dask_module.batches(files, [0] * 100, threads=1, batch_bytes=1) == [[f] for f in files]


def test_urls_are_discovered_on_the_client_with_their_pairs():
    fs = fsspec.filesystem("memory")
    fs.pipe({"/disc/a.ja.txt": b"x", "/disc/a.zh.txt": b"y", "/disc/sub/b.md": b"z", "/disc/.hidden/c.txt": b"",
             "/disc/d.tsv": b"", "/disc/e.xlf": b"<xliff/>"})
    found = dask_module.discover_urls(["memory://disc", "memory://nowhere", "memory://disc/a.ja.txt"])
    assert found.files == ["memory://disc/a.ja.txt", "memory://disc/e.xlf", "memory://disc/sub/b.md",
                           "memory://disc/a.ja.txt"]
    assert found.sources == {"memory://disc/a.ja.txt": "memory://disc/a.zh.txt"}
    assert [str(e) for e in found.errors] == ["memory://nowhere: no such file or folder"]
    assert dask_module.is_url("s3://bucket/x.txt") and not dask_module.is_url("C:/x.txt")


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "nowhere"], "--scheduler nowhere: expected tcp://HOST:PORT"),
    (["--scheduler", "local:0"], "local:N needs at least one worker"),
    (["--scheduler", "local:1", "-"], "--scheduler cannot lint standard input"),
    (["--scheduler", "local:1", "--fix"], "--fix and --diff rewrite local files"),
])
def test_scheduler_misuse_is_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "a.txt").write_text("日本語の文章です。\n", encoding="utf-8")
    result = cli(tmp_path / "a.txt", "--glossary", GLOSSARY, *args)
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output


# -- on LocalClusters ------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_200_files_give_the_json_of_one_job(tmp_path):
    """`--scheduler local:2` (a LocalCluster of two worker processes) against --jobs 1: the same bytes, exit code
    and error lines, a file that does not decode included."""
    archive(tmp_path / "archive", 200)
    one = cli(tmp_path / "archive", "--glossary", GLOSSARY, "--format", "json", "--jobs", "1")
    dask = cli(tmp_path / "archive", "--glossary", GLOSSARY, "--format", "json", "--scheduler", "local:2")
    assert one.exit_code == dask.exit_code == 2
    assert dask.stdout == one.stdout and dask.stderr == one.stderr
    assert "100-bad.txt:1: not valid UTF-8" in one.stderr and '"entities": [\n    {' in one.stdout


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.mark.slow
def test_a_bilingual_folder_keeps_its_pairs(client, tmp_path):
    folder = tmp_path / "pairs"
    (folder / "formats").mkdir(parents=True)
    for name in ("drones.ja.txt", "drones.zh.txt", "tourism.ja.txt", "tourism.zh.txt"):
        shutil.copy(BILINGUAL / "pairs" / name, folder / name)
    shutil.copy(BILINGUAL / "formats" / "drones.xlf", folder / "formats")
    common = [folder, "--glossary", BILINGUAL / "glossary.tsv", "--format", "json"]
    one = cli(*common, "--jobs", "1")
    dask = cli(*common, "--scheduler", client.scheduler.address)
    assert dask.stdout == one.stdout and dask.exit_code == one.exit_code
    assert '"code": "BIL0' in dask.stdout  # checked against their sources
    assert '.zh.txt",\n      "line"' not in dask.stdout.replace('"related"', "")  # sources are not linted alone


def fill_memory(files: dict[str, bytes]) -> None:
    fsspec.filesystem("memory").pipe(files)


@pytest.mark.slow
def test_a_memory_filesystem_is_read_on_the_workers(client, tmp_path):
    local = tmp_path / "mem"
    archive(local, 12)
    shutil.copy(BILINGUAL / "pairs" / "xian.ja.txt", local / "xian.ja.txt")
    shutil.copy(BILINGUAL / "pairs" / "xian.zh.txt", local / "xian.zh.txt")
    files = {f"/mem/{p.name}": p.read_bytes() for p in local.iterdir()}
    fill_memory(files)  # on the client, which lists the folder
    client.run(fill_memory, files)  # and in every worker process, which reads the files
    glossaries = [str(BILINGUAL / "glossary.tsv")]
    report = dask_module.lint_paths(["memory://mem", "memory://gone.txt"], glossaries, client=client)
    expected = run([str(local), str(tmp_path / "gone.txt")], Linter(glossaries), jobs=1)
    assert render(report, "json") == render(expected, "json").replace(str(tmp_path) + "/", "memory://")
    assert "memory://mem/xian.ja.txt" in report.files and "memory://mem/xian.zh.txt" not in report.files
    assert any(f.code.startswith("BIL") for f in report.findings)


def probe():
    from textqa import dask as module
    from textqa.glossary import cache

    return len(module._SHIPPED), len(cache._MEMO)


@pytest.mark.slow
def test_the_glossary_is_compiled_on_the_client_and_shipped_once(client, tmp_path):
    archive(tmp_path / "a", 30)
    seen = []
    report = dask_module.lint_paths([tmp_path / "a"], [str(GLOSSARY)], client=client, batch_bytes=1,
                                    progress=lambda n: seen.append(client.run(probe)) if not seen else None)
    assert report.files and report.entities
    # every worker holds the one linter delivered to it, and never compiled a glossary itself
    assert list(seen[0].values()) == [(1, 0), (1, 0)]
    assert list(client.run(probe).values()) == [(0, 0), (0, 0)]  # the plugin is removed after the run


@pytest.mark.slow
def test_killing_a_worker_mid_run_loses_nothing(client, tmp_path):
    archive(tmp_path / "a", 40)
    killed = []

    def kill_a_busy_worker(_n):
        if killed:
            return
        busy = [w for w, keys in client.processing().items() if keys] or list(client.nthreads())
        pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    report = dask_module.lint_paths([tmp_path / "a"], [str(GLOSSARY)], client=client, batch_bytes=1,
                                    progress=kill_a_busy_worker)
    expected = run([str(tmp_path / "a")], Linter([str(GLOSSARY)]), jobs=1)
    assert killed
    assert render(report, "json") == render(expected, "json")  # no file lost, none counted twice
    assert len(report.files) == len(set(report.files)) == 40


@pytest.fixture
def own_client():
    """A cluster of this test's own: the module's has had a worker killed and restarted by the test before (a task
    still queued there when its worker died is the scheduler's to reschedule, which is no part of what is checked)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.mark.slow
def test_stopping_the_run_cancels_its_tasks(own_client, tmp_path):
    """What Ctrl-C does: the results stop being taken, and every task still queued or running is cancelled."""
    client = own_client
    files = [str(p) for p in archive(tmp_path / "a", 30)]
    executor = dask_module.DaskExecutor(client, batch_bytes=1)
    results = executor(files, Linter([str(GLOSSARY)]), None, {})
    assert next(results).error is None
    results.close()  # a KeyboardInterrupt in the consuming loop closes the generator the same way
    # cancelling and releasing are asynchronous: a batch already running on a worker finishes or stops there; the
    # scheduler must drop every task of the run, and the client every future, soon after (polled: a loaded
    # machine may take a few seconds)
    deadline = time.monotonic() + 60
    while (any(client.processing().values()) or client.futures) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(client.processing().values()) and not client.futures


def test_a_chinese_source_named_by_url_stands_for_its_pair():
    fs = fsspec.filesystem("memory")
    fs.pipe({"/lone/p.ja.txt": "訳文".encode(), "/lone/p.zh.txt": "原文".encode(), "/lone/q.zh.txt": "原文".encode()})
    found = dask_module.discover_urls(["memory://lone/p.zh.txt", "memory://lone/q.zh.txt"])
    # p.zh.txt has its translation beside it: the translation is linted with it as its source, as a local path is;
    # q.zh.txt has none: it is linted as it is
    assert found.files == ["memory://lone/p.ja.txt", "memory://lone/q.zh.txt"]
    assert found.sources == {"memory://lone/p.ja.txt": "memory://lone/p.zh.txt"}
    again = dask_module.discover_urls(["memory://lone/p.ja.txt", "memory://lone/p.zh.txt"])
    assert again.files == ["memory://lone/p.ja.txt"] and again.sources == found.sources
