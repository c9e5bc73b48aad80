"""Speed work guard: `textqa lint --format json` on every test set, before and after a change.

    python bench/same_output.py save  DIR    # write the JSON outputs into DIR
    python bench/same_output.py check DIR    # lint again and compare with DIR (exit 1 on any difference)

Sets: tests/corpus/articles, corpus/, the held-out folders (tests/heldout*/articles), every zh/ja pair of
tests/bilingual*/ and tests/heldout-bilingual*/ (with --source), and the example article, each with its own
glossary and once without a glossary. Held-out sets still being written (named in EXCLUDE) are skipped.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXCLUDE = {"heldout5", "heldout-bilingual3"}  # held-out sets in the making: never linted here
TEXTQA = [sys.executable, "-m", "textqa", "lint", "--format", "json", "--jobs", "1", "--fail-on", "never"]


def commands() -> dict[str, list[str]]:
    tests = ROOT / "tests"
    empty = Path(tempfile.gettempdir()) / "textqa-same-output-empty.toml"  # a config without a glossary
    empty.write_text("", encoding="utf-8")
    cmds = {"corpus": [*TEXTQA, "corpus/"],
            "example-noglossary": [*TEXTQA, "corpus/hunan-blockchain.ja.txt", "--config", str(empty)],
            "test-corpus": [*TEXTQA, "tests/corpus/articles", "--glossary", "tests/corpus/glossary.tsv"],
            "test-corpus-noglossary": [*TEXTQA, "tests/corpus/articles", "--config", str(empty)]}
    for folder in sorted(tests.glob("heldout*")):
        if folder.name in EXCLUDE or not (folder / "articles").is_dir():
            continue
        rel = folder.relative_to(ROOT)
        cmds[folder.name] = [*TEXTQA, f"{rel}/articles", "--glossary", f"{rel}/glossary.tsv"]
    for folder in sorted([*tests.glob("bilingual"), *tests.glob("heldout-bilingual*")]):
        if folder.name in EXCLUDE or not (folder / "pairs").is_dir():
            continue
        rel = folder.relative_to(ROOT)
        for target in sorted((folder / "pairs").glob("*.ja.txt")):
            source = target.with_name(target.name.replace(".ja.txt", ".zh.txt"))
            if source.is_file():
                t, s = target.relative_to(ROOT), source.relative_to(ROOT)
                cmds[f"{folder.name}-{target.stem}"] = [*TEXTQA, str(t), "--source", str(s),
                                                        "--glossary", f"{rel}/glossary.tsv"]
    return cmds


def run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    return f"exit {proc.returncode}\n{proc.stdout}\n--stderr--\n{proc.stderr}"


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, cmd in commands().items():
        out = run(cmd)
        path = folder / f"{name}.json"
        if mode == "save":
            path.write_text(out, encoding="utf-8")
        elif not path.is_file() or path.read_text(encoding="utf-8") != out:
            bad += 1
            print(f"DIFFERENT: {name}")
            (folder / f"{name}.new.json").write_text(out, encoding="utf-8")
    print(f"{len(commands())} outputs, {bad} different")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
