"""--jobs N: parallel linting with output identical to one job."""
from __future__ import annotations

import operator
import shutil

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.parallel import effective_jobs, ordered_map

from conftest import CORPUS, GLOSSARY, ROOT

ARTICLES = ROOT / "tests" / "corpus" / "articles"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A few articles (the example and test articles), one of them not UTF-8."""
    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path / "cache"))
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(CORPUS, docs / "a-article.txt")
    for i, path in enumerate(sorted(ARTICLES.glob("*.txt"))[:3]):
        shutil.copy(path, docs / f"b{i}-{path.name}")
    (docs / "c-bad.txt").write_bytes(b"\xff\xfe broken")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    (docs / "d-half.txt").write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
    return docs


def lint(folder, jobs, fmt):
    args = ["lint", str(folder), "--glossary", str(GLOSSARY), "--jobs", str(jobs), "--format", fmt]
    return CliRunner().invoke(main, args, catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_two_jobs_give_the_same_output_as_one(folder, fmt):
    one, two = lint(folder, 1, fmt), lint(folder, 2, fmt)
    assert one.exit_code == two.exit_code == 2  # the bad file is an input error in both
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert "c-bad.txt" in one.stderr and "a-article.txt" in one.stdout and "d-half.txt" in one.stdout


def test_jobs_must_be_positive(folder):
    result = lint(folder, 0, "text")
    assert result.exit_code == 2 and "--jobs" in result.output


def test_ordered_map_keeps_input_order():
    items = list(range(40))
    assert list(ordered_map(operator.mul, items, (3,), jobs=2)) == [3 * i for i in items]
    assert list(ordered_map(operator.mul, items, (3,), jobs=1)) == [3 * i for i in items]


def test_a_pool_whose_work_is_done_is_let_go_and_settle_waits_for_its_workers():
    """The last results come before the workers have ended (a process takes about 10 ms to end): the caller goes on,
    and ``settle`` (``cli.entry``, before it ends the process at once) waits for them."""
    from textqa import parallel

    parallel.settle()  # pools an earlier test in this process let go of, still ending: not this test's
    assert list(ordered_map(operator.mul, list(range(40)), (3,), jobs=2)) == [3 * i for i in range(40)]
    ending = list(parallel._ENDING)
    assert len(ending) == 1
    parallel.settle()
    assert not parallel._ENDING and not ending[0].is_alive()


def test_the_command_ends_at_once_after_two_jobs(folder, tmp_path):
    """``python -m textqa lint --jobs 2``: the workers let go of are waited for (here each takes 0.5 s to end once its
    work is done), then the process ends through ``os._exit`` (no thread is left running), not the interpreter's
    ordinary way out."""
    import subprocess
    import sys

    probe = ("import os, sys, threading\n"
             "PARENT = os.getpid()\n"
             "def _exit(code, exit=os._exit):\n"
             "    if os.getpid() == PARENT:\n"
             "        sys.stderr.write(f'THREADS {threading.active_count()}\\n'); sys.stderr.flush()\n"
             "    exit(code)\n"
             "os._exit = _exit\n"
             "import time, concurrent.futures.process as process\n"
             "def _worker(*args, work=process._process_worker):\n"
             "    work(*args); time.sleep(0.5)\n"
             "process._process_worker = _worker\n"
             "sys.argv[0] = 'textqa'\n"
             "import runpy; runpy.run_module('textqa', run_name='__main__')\n")
    result = subprocess.run([sys.executable, "-c", probe, "lint", str(folder), "--glossary", str(GLOSSARY), "--jobs",
                             "2", "--format", "json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and '"findings"' in result.stdout
    assert result.stderr.splitlines()[-1] == "THREADS 1"


def _fails_on_seven(item):
    if item == 7:
        raise ValueError("seven")
    return item


def test_an_error_in_a_batch_comes_after_the_results_before_it():
    from textqa.parallel import WorkerError, batch_size

    assert batch_size(80, 2) > 1  # items 0-7 go to the workers in batches
    out = []
    with pytest.raises(WorkerError, match="seven"):
        for result in ordered_map(_fails_on_seven, list(range(80)), jobs=2):
            out.append(result)
    assert out == list(range(7))


def test_the_last_items_go_to_the_workers_one_at_a_time():
    from textqa.parallel import MAX_BATCH, batch_size

    assert [batch_size(left, 2) for left in (200, 40, 20, 15, 1)] == [MAX_BATCH, 2, 1, 1, 1]


def test_effective_jobs_is_bounded_by_files():
    assert effective_jobs(8, 3) == 3
    assert effective_jobs(None, 1) == 1
    assert effective_jobs(2, 0) == 1
    assert effective_jobs(None, 10_000) >= 1


COUNT_DICTIONARY_LOADS = """
import functools, os, sys
import textqa.tokens as tokens
real = tokens._dictionary.__wrapped__
@functools.lru_cache(maxsize=1)
def _dictionary():
    with open(sys.argv[1], "a") as f:
        f.write(f"{os.getpid()}\\n")
    return real()
tokens._dictionary = _dictionary
from textqa.cli import main
main(sys.argv[2:])
"""


def test_workers_share_the_dictionary_loaded_before_they_fork(folder, tmp_path):
    """SudachiPy's dictionary is loaded once, by the process that forks the workers (issue 14)."""
    import subprocess
    import sys

    from textqa.parallel import _context

    if _context().get_start_method() != "fork":
        pytest.skip("workers are forked only where the platform allows")
    log = tmp_path / "loads.txt"
    result = subprocess.run([sys.executable, "-c", COUNT_DICTIONARY_LOADS, str(log), "lint", str(folder),
                             "--glossary", str(GLOSSARY), "--jobs", "2", "--format", "json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2, result.stderr  # the folder holds one file that is not UTF-8
    assert '"findings"' in result.stdout
    assert len(log.read_text().split()) == 1


def test_the_json_findings_the_workers_write_are_the_report_written_from_its_findings(folder, linter):
    """With --jobs, each worker writes its files' findings as the JSON report will, and the parent joins them
    (issue 14): the same text as writing the findings; not used once the findings are replaced (a baseline)."""
    from textqa.findings import PackedFindings
    from textqa.render.json_format import file_texts, render
    from textqa.runner import run

    files = sorted(str(p) for p in folder.glob("*.txt"))
    written = run(files, linter, jobs=2, discovered=True, encode=file_texts)
    assert written.written_findings() is not None and len(written.findings) > 10
    assert render(written) == render(run(files, linter, jobs=1, discovered=True, encode=file_texts))
    written.findings = PackedFindings(list(written.findings)[1:])
    assert written.written_findings() is None
    assert '"findings": [\n    {' in render(written)


def test_the_json_entities_the_workers_write_are_the_report_written_from_its_entities(folder, linter):
    """With --jobs, each worker writes its files' renderings of each entity as the JSON report will, and the parent
    joins them: the same text as writing the entities; not used once the entities are replaced (a baseline)."""
    from textqa.findings import Finding, Severity
    from textqa.render.json_format import file_texts, render
    from textqa.report import drop_renderings
    from textqa.runner import run

    files = sorted(str(p) for p in folder.glob("*.txt"))
    written = run(files, linter, jobs=2, discovered=True, encode=file_texts)
    assert written.written_entities() is not None and len(written.entities) > 10
    one = render(run(files, linter, jobs=1, discovered=True))
    assert render(written) == one
    written.entities_json = None
    assert render(written) == one  # from the entities themselves
    written = run(files, linter, jobs=2, discovered=True, encode=file_texts)
    e = written.entities[-1]
    r = e.renderings[0]
    hidden = [Finding(r.path, "NAM001", Severity.WARNING, "m", r.lines[0], 1, entity=e.zh, surface=r.surface)]
    written.entities = drop_renderings(written.entities, hidden)
    assert written.written_entities() is None and render(written) != one


def test_entities_merged_file_by_file_are_in_the_order_of_first_mention():
    """Each file's entity summaries put in order where they are made (``in_report_order``, in the workers) and merged
    as the files come (``Entities``): the order of sorting the whole run's renderings by file, first line, surface
    and kind, and the entities by their first rendering (those with none, beside a source, first) and name."""
    import random
    from array import array

    from textqa.report import EntitySummary, Rendering
    from textqa.runner import Entities, in_report_order

    rng = random.Random(38)
    for _ in range(200):
        files = [f"f{i}.txt" for i in range(rng.randrange(1, 6))]
        per_file = []
        for path in files:
            summaries = {}
            for zh in rng.sample("甲乙丙丁戊己庚辛", rng.randrange(0, 6)):
                renderings = [Rendering(path, surface, kind, array("i", rng.sample(range(1, 9), rng.randrange(1, 3))))
                              for surface in rng.sample("あいう", rng.randrange(0, 3)) for kind in ("preferred", "gloss")
                              if rng.random() < 0.6]
                counts = (rng.randrange(3), 0) if rng.random() < 0.3 else (None, None)
                summaries[zh] = EntitySummary(zh, zh, renderings, *counts)
            per_file.append(summaries)
        copies = [{zh: EntitySummary(e.zh, e.preferred, [Rendering(r.path, r.surface, r.kind, array("i", r.lines))
                                                         for r in e.renderings], e.source_mentions, e.source_rendered)
                   for zh, e in summaries.items()} for summaries in per_file]
        merged = Entities(False)
        for summaries in copies:
            merged.add(in_report_order(summaries), None)
        everything: dict[str, EntitySummary] = {}
        for summaries in per_file:
            for zh, e in summaries.items():
                whole = everything.setdefault(zh, EntitySummary(zh, zh))
                whole.renderings += e.renderings
                if e.source_mentions is not None:
                    whole.source_mentions = (whole.source_mentions or 0) + e.source_mentions
                    whole.source_rendered = (whole.source_rendered or 0) + e.source_rendered

        def first(r):
            return files.index(r.path), min(r.lines), r.surface, r.kind

        for e in everything.values():
            e.renderings.sort(key=first)
        expected = sorted(everything.values(), key=lambda e: (first(e.renderings[0]) if e.renderings else (), e.zh))
        assert [(e.zh, [(r.path, r.surface, r.kind, list(r.lines)) for r in e.renderings], e.source_mentions,
                 e.source_rendered) for e in merged.entities()] == \
            [(e.zh, [(r.path, r.surface, r.kind, list(r.lines)) for r in e.renderings], e.source_mentions,
              e.source_rendered) for e in expected]


def test_a_file_whose_findings_name_another_path_is_left_to_the_report():
    from textqa.render.json_format import file_findings

    from textqa.findings import Finding, Severity, Span

    findings = [Finding("a.txt", "GRB001", Severity.WARNING, "garbled", 1, 1, 1, 3, span=Span(0, 2), surface="ab")]
    assert '"path": "a.txt"' in file_findings("a.txt", findings) and file_findings("b.txt", findings) is None
