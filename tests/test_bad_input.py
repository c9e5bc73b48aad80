"""Bad and unusual input (issue 13): line endings, pipes read once, devices, FIFOs, --jobs limits.

Every case ends with findings, or one line `textqa: PATH[:LINE]: problem` and exit code 2; never a hang
or a traceback.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner

from textqa import Linter
from textqa.cli import main
from textqa.parallel import JOBS_PER_CPU, cpu_count, effective_jobs

from conftest import GLOSSARY

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n"
LINES = ["昨日、馬花騰氏は新製品について語った。", "", "馬花騰氏は笑った。", "", "今日も馬花騰氏が来た。"]
BASH = shutil.which("bash")


def json_findings(result):
    return [(f["line"], f["column"], f["code"]) for f in json.loads(result.stdout)["findings"]]


@pytest.fixture
def names(tmp_path, monkeypatch):
    (tmp_path / "g.tsv").write_text(NAMES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(*args):
    return CliRunner().invoke(main, ["lint", "--glossary", "g.tsv", *map(str, args)], catch_exceptions=False)


# -- 6. line endings follow str.splitlines() -----------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\r", "\r\n", "\u2028", "\u2029", "\x85"])
def test_every_line_break_counts(names, newline):
    (names / "lf.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8", newline="")
    (names / "other.txt").write_text(newline.join(LINES) + newline, encoding="utf-8", newline="")
    lf, other = lint("--format", "json", "lf.txt"), lint("--format", "json", "other.txt")
    assert json_findings(other) == json_findings(lf) and [f[0] for f in json_findings(lf)] == [1, 3, 5]
    text = lint("other.txt").stdout
    assert "other.txt:5:4: NAM001" in text and "    5 | 今日も馬花騰氏が来た。\n" in text


def test_glossary_with_lone_cr_lines(names):
    (names / "g.tsv").write_text(NAMES.replace("\n", "\r"), encoding="utf-8", newline="")
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    assert lint("a.txt").exit_code == 1


# -- 7. files are read once: pipes work ----------------------------------------------------------------------

@pytest.mark.skipif(BASH is None, reason="needs bash for pipes and process substitution")
@pytest.mark.parametrize("command", [
    "cat a.txt | {textqa} lint --glossary g.tsv /dev/stdin",
    "{textqa} lint --glossary g.tsv <(cat a.txt)",
    "{textqa} lint --glossary <(cat g.tsv) a.txt",
])
def test_pipes_are_read_once(names, command):
    (names / "a.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    textqa = f"{sys.executable} -m textqa"
    result = subprocess.run([BASH, "-c", command.format(textqa=textqa)], cwd=names, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert ":5:4: NAM001" in result.stdout and "    5 | 今日も馬花騰氏が来た。" in result.stdout


def test_report_keeps_the_lines_it_shows(names):
    (names / "a.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    from textqa.runner import run

    report = run(["a.txt"], Linter("g.tsv"))
    assert report.source_lines == {"a.txt": {1: LINES[0], 3: LINES[2], 5: LINES[4]}}


# -- 14. --jobs is clamped ---------------------------------------------------------------------------------------

def test_jobs_are_clamped_to_cores_and_files(names):
    assert effective_jobs(100_000, 10**6) == cpu_count() * JOBS_PER_CPU
    assert effective_jobs(100_000, 3) == 3
    for name in "abc":
        (names / f"{name}.txt").write_text("\n".join(LINES), encoding="utf-8")
    result = lint("--jobs", "100000", "a.txt", "b.txt", "c.txt")
    assert result.exit_code == 1 and result.stdout.count("NAM001") == 9


# -- 15. devices and FIFOs: refused or read with a cap, never a hang ----------------------------------------------

def test_a_device_is_refused(names):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    result = lint("/dev/zero", "a.txt")
    assert result.exit_code == 2
    assert "textqa: /dev/zero: is a device, not a text file" in result.stderr
    assert "a.txt:1:4: NAM001" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_without_a_writer_does_not_hang(names):
    os.mkfifo(names / "pipe.txt")
    result = subprocess.run([sys.executable, "-m", "textqa", "lint", "--glossary", "g.tsv", "pipe.txt"], cwd=names,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_with_a_writer_is_linted(names):
    fifo = names / "pipe.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "textqa", "lint", "--glossary", "g.tsv", "pipe.txt"], cwd=names,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = threading.Thread(target=lambda: fifo.write_text("\n".join(LINES), encoding="utf-8"))
    writer.start()
    out, err = proc.communicate(timeout=120)
    writer.join(timeout=10)
    assert proc.returncode == 1 and "pipe.txt:5:4: NAM001" in out, err


def test_streams_are_read_with_a_size_cap(tmp_path, monkeypatch):
    from textqa import files

    monkeypatch.setattr(files, "MAX_STREAM_BYTES", 1000)
    proc = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        threading.Thread(target=lambda: (proc.stdin.write(b"x" * 5000), proc.stdin.close()), daemon=True).start()
        with pytest.raises(Exception) as exc:
            files.read_bytes(f"/proc/self/fd/{proc.stdout.fileno()}")
        assert "larger than" in str(exc.value)
    finally:
        proc.kill()
        proc.wait()


# -- 11. configs that cannot be read ---------------------------------------------------------------------------

@pytest.mark.parametrize("config", ["/dev/zero", "/proc/self/mem", "missing.toml"])
def test_an_unreadable_config_is_one_line(names, config):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    result = lint("--config", config, "a.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"textqa: {config}: ") and result.stderr.count("\n") == 1, result.stderr


def test_a_config_folder_is_one_line(names):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    (names / "textqa.toml").mkdir()
    (names / "sub").mkdir()
    result = lint("--config", "textqa.toml", "a.txt")
    assert result.exit_code == 2 and "textqa.toml" in result.stderr and "Traceback" not in result.stderr


# -- 12. file names that are not UTF-8 ---------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes as a name")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_file_names_that_are_not_utf8(names, fmt):
    (names / os.fsdecode(b"\xff\xfe-bad.txt")).write_text("\n".join(LINES), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "textqa", "lint", "--glossary", "g.tsv", "--format", fmt,
                             "-o", "out", "."], cwd=names, capture_output=True, timeout=120)
    assert result.returncode == 1, result.stderr
    out = (names / "out").read_bytes()
    if fmt == "sarif":
        assert b'"uri": "%FF%FE-bad.txt"' in out
    if fmt in ("json", "sarif"):
        json.loads(out.decode("utf-8"))  # valid UTF-8 JSON
    result = subprocess.run([sys.executable, "-m", "textqa", "lint", "--glossary", "g.tsv", "--write-baseline",
                             "b.json", "."], cwd=names, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    again = subprocess.run([sys.executable, "-m", "textqa", "lint", "--glossary", "g.tsv", "--baseline", "b.json",
                            "."], cwd=names, capture_output=True, timeout=120)
    assert again.returncode == 0 and b"3 more in the baseline" in again.stdout


# -- 13. corrupt baselines -------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    '{"textqa-baseline": 1, "findings": [{"path": "a.txt", "code": "NAM001", "fingerprint": ["x"]}]}',
    '{"textqa-baseline": 1, "findings": [{"path": "a.txt", "code": "NAM001", "fingerprint": {"a": 1}}]}',
    '{"textqa-baseline": 1, "findings": [{"path": ["a.txt"], "code": "NAM001", "fingerprint": "x"}]}',
    '{"textqa-baseline": 1, "findings": [{"path": "a.txt", "code": "NAM001", "fingerprint": "x", "line": "3"}]}',
    '{"textqa-baseline": 1, "findings": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "[" * 100_000,
])
def test_a_corrupt_baseline_is_one_line(names, content):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    (names / "b.json").write_text(content, encoding="utf-8")
    result = lint("--baseline", "b.json", "a.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("textqa: b.json: ") and result.stderr.count("\n") == 1, result.stderr[:300]


# -- 21. control characters are shown, not sent to the terminal ---------------------------------------------------

def test_escape_sequences_in_the_input_are_not_echoed(names):
    (names / "a.txt").write_text("昨日、馬花騰\x1b[2J\x1b]0;title\x07氏は\u202e語った。\n", encoding="utf-8")
    out = lint("a.txt").stdout
    assert "a.txt:1:4: NAM001" in out
    assert not any(ch in out for ch in "\x1b\x07\u202e")
    assert "    1 | 昨日、馬花騰␛[2J␛]0;title␇氏は\ufffd語った。\n      |       ^^^^^^\n" in out


# -- 20. silent mistakes: warned about, or exit 2 ------------------------------------------------------------------

def test_selecting_nothing_is_an_error(names):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    result = lint("--select", "NAM", "--ignore", "NAM,GRB", "a.txt")
    assert result.exit_code == 2 and result.stderr == "textqa: no rules left to run: every selected code is also ignored\n"


@pytest.mark.parametrize("line, problem", [
    ('select = [""]', "'select' holds an empty rule code"), ("jobs = true", "'jobs' must be"),
    ('ignore = ["GRB", " "]', "'ignore' holds an empty rule code"),
    ('[per-file-ignores]\n"*.txt" = [""]', "'*.txt' holds an empty rule code"),
])
def test_config_values_that_mean_nothing(names, line, problem):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    (names / "textqa.toml").write_text("# settings\n" + line + "\n", encoding="utf-8")
    result = lint("a.txt")
    where = f"textqa.toml:{1 + line.count(chr(10)) + 1}: "  # the line of the value, after the comment line
    assert result.exit_code == 2 and where + problem in result.stderr and result.stderr.count("\n") == 1


def test_a_path_given_twice_is_linted_once(names):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    result = lint("--format", "json", "a.txt", "./a.txt", str(names / "a.txt"), ".")
    assert result.exit_code == 1
    assert len(json_findings(result)) == 3
    assert result.stderr.count("a.txt: given more than once; linted once\n") == 3


# -- 10. the same output on every run -----------------------------------------------------------------------------

def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    from conftest import CORPUS

    outputs = set()
    for seed in ("1", "2", "3"):
        result = subprocess.run([sys.executable, "-m", "textqa", "lint", "--format", "json", "--glossary",
                                 str(GLOSSARY), str(CORPUS)], capture_output=True, text=True, timeout=300,
                                env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 1
        outputs.add(result.stdout)
    assert len(outputs) == 1


# -- 16. unreadable folders are reported -------------------------------------------------------------------------

def test_unreadable_folders_are_reported(names, monkeypatch):
    (names / "docs" / "locked").mkdir(parents=True)
    (names / "docs" / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    (names / "docs" / "locked" / "b.txt").write_text("\n".join(LINES), encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # as chmod 000 would, even for root
    result = lint("docs")
    assert result.exit_code == 2
    assert "textqa: docs/locked: cannot read folder: Permission denied\n" in result.stderr
    assert "docs/a.txt:1:4: NAM001" in result.stdout


# -- binary files that happen to decode: NUL is in no text file -----------------------------------------------------

@pytest.mark.parametrize("content, where", [
    (b"\x00\x01\x02abc\x00", "bin.txt:1: not a text file (a NUL character at column 1)"),
    ("一行目\n二行目\x00です\n".encode(), "bin.txt:2: not a text file (a NUL character at column 4)"),
    ("Q3 2024".encode("utf-16-le"), "bin.txt:1: not a text file (a NUL character at column 2)"),  # UTF-16, no BOM
])
def test_a_binary_file_is_one_line_and_the_other_files_are_still_linted(names, content, where):
    (names / "bin.txt").write_bytes(content)
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    result = lint("--format", "json", "bin.txt", "a.txt")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("textqa: " + where)
    assert {f[2] for f in json_findings(result)} == {"NAM001"}  # a.txt was linted


def test_utf16_without_a_byte_order_mark_reads_with_its_encoding(names):
    (names / "u16.txt").write_bytes("\n".join(LINES).encode("utf-16-le"))
    result = lint("--encoding", "utf-16-le", "--format", "json", "u16.txt")
    assert result.exit_code == 1 and [f[0] for f in json_findings(result)] == [1, 3, 5]


# -- an output never overwrites an input (input files are written only by --fix) -----------------------------------

@pytest.mark.parametrize("args", [
    ["lint", "-o", "a.txt", "a.txt"],
    ["lint", "--format", "json", "--output", "a.txt", "."],  # a file found in a folder
    ["lint", "--write-baseline", "a.txt", "a.txt"],
    ["lint", "-o", "g.tsv", "a.txt"],  # the glossary
    ["lint", "-o", "textqa.toml", "a.txt"],  # the config
    ["glossary", "check", "-o", "g.tsv", "g.tsv"],
    ["glossary", "suggest", "-o", "g.tsv", "a.txt"],  # the configured glossary: not appended to, replaced
    ["glossary", "explain", "-o", "g.tsv", "马化腾"],
    ["glossary", "stats", "g.tsv", ".", "-o", "a.txt"],
    ["glossary", "convert", "g.tsv", "g.tsv"],
])
def test_an_output_that_names_an_input_is_refused(names, args):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    (names / "textqa.toml").write_text('glossary = ["g.tsv"]\n', encoding="utf-8")
    before = {p.name: p.read_bytes() for p in names.iterdir()}
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 2 and "names a file this run reads; write to another file\n" in result.stderr
    assert {p.name: p.read_bytes() for p in names.iterdir()} == before


@pytest.mark.parametrize("args", [["glossary", "explain", "--glossary", "g.tsv", "马化腾"],
                                  ["glossary", "suggest", "--format", "json", "--glossary", "g.tsv", "a.txt"],
                                  ["glossary", "stats", "g.tsv", "a.txt"]])
def test_glossary_command_outputs_are_written_atomically_or_refused_in_one_line(names, args):
    (names / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "-o", "missing/out.txt"], catch_exceptions=False)
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.endswith("missing/out.txt: cannot write output: No such file or directory\n")
    (names / "out.txt").write_text("old", encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "-o", "out.txt"], catch_exceptions=False)
    assert result.exit_code in (0, 1) and (names / "out.txt").read_text(encoding="utf-8") not in ("", "old")
    assert [p.name for p in names.iterdir() if p.name.startswith(".textqa-")] == []


def test_a_missing_configured_glossary_names_the_config(tmp_path, monkeypatch):
    """A glossary the config names but that is missing: the error says which config named it."""
    (tmp_path / "textqa.toml").write_text('glossary = ["names/missing.tsv"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("深圳の企業は成長した。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", "a.txt"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    [line] = [line for line in result.stderr.splitlines() if line.startswith("textqa: ")]
    assert "missing.tsv: glossary file not found (named by 'glossary' in " in line and "textqa.toml)" in line
    result = CliRunner().invoke(main, ["lint", "--glossary", "other.tsv", "a.txt"])  # given on the command line
    assert result.exit_code == 2 and "other.tsv: glossary file not found\n" in result.stderr


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_broken_symlink_in_a_folder_says_so_and_the_other_files_are_still_linted(names):
    """A folder walk lists a link whose target is gone; "file not found" beside a file `ls` shows would puzzle."""
    (names / "arts").mkdir()
    (names / "arts" / "a.txt").write_text("\n".join(LINES), encoding="utf-8")
    os.symlink("gone.txt", names / "arts" / "old.txt")
    result = lint("--format", "json", "arts")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"textqa: {os.path.join('arts', 'old.txt')}: file is a broken symbolic link "
                                          "(to gone.txt)"]
    assert {f[2] for f in json_findings(result)} == {"NAM001"}  # a.txt was linted
