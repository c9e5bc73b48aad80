"""Check that a change leaves textqa's output byte-identical: lint every corpus with its glossary, keep the outputs,
and compare them with the outputs kept before the change.

    python scripts/same_output.py save /tmp/before     # on the commit before the change
    python scripts/same_output.py check /tmp/before    # after it: lists every output that differs; exit 1 if any
    python scripts/same_output.py check /tmp/before heldout7   # further names: tests/ folders left out

Sets: tests/corpus, corpus/, every tests/* set with a glossary (articles, or the bilingual pairs as plain text and
each pair with its --source), the example article in /work/shared (when present) and a 0.3 MB file of the articles
repeated (bench/memory.py), in the json format, each with its glossary and with none, and the example article and the
large file in the text, sarif and github formats too. A held-out set in the making must be scored once and never run
before: move it out of tests/ while you use this script. Writes nothing into the repository. Files of the repository
are linted by paths relative to its root (the script runs there), so outputs saved in one worktree compare with another's.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = Path("/work/shared/seeds/000_5fbd884399355965.txt")
EXAMPLE_GLOSSARY = Path("/work/shared/reference/hunan-blockchain.names.tsv")


def cases(big: Path, skip: tuple[str, ...] = ()) -> list[tuple[str, list[str], list[str]]]:
    """(name, paths, glossaries) of every set (but the tests/ folders named in ``skip``)."""
    out = [("corpus", [str(ROOT / "corpus" / "hunan-blockchain.ja.txt")],
            [str(ROOT / "glossary" / "hunan-blockchain.names.tsv")]),
           ("big", [str(big)], [str(ROOT / "glossary" / "hunan-blockchain.names.tsv")])]
    for folder in sorted((ROOT / "tests").iterdir()):
        if not (folder / "glossary.tsv").is_file() or folder.name in skip:
            continue
        files = folder / "articles" if (folder / "articles").is_dir() else folder / "pairs"
        if files.is_dir():
            out.append((f"tests-{folder.name}", [str(files)], [str(folder / "glossary.tsv")]))
        for target in sorted(files.glob("*.ja.txt")) if files.name == "pairs" else ():
            source = target.with_name(target.name.replace(".ja.txt", ".zh.txt"))
            if source.is_file():
                out.append((f"tests-{folder.name}-{target.stem}", [str(target), "--source", str(source)],
                            [str(folder / "glossary.tsv")]))
    if EXAMPLE.is_file() and EXAMPLE_GLOSSARY.is_file():
        out.append(("example", [str(EXAMPLE)], [str(EXAMPLE_GLOSSARY)]))
    return out


def _relative(arg: str) -> str:
    """``arg`` relative to the repository's root when it is a path inside it (outputs then hold no worktree's name)."""
    path = Path(arg)
    return str(path.relative_to(ROOT)) if path.is_absolute() and path.is_relative_to(ROOT) else arg


def outputs(big: Path, skip: tuple[str, ...] = ()):
    """(file name, output) of every set and format, linted in this process from the repository's root."""
    from click.testing import CliRunner

    from textqa.cli import main

    os.chdir(ROOT)
    runner = CliRunner()
    for name, paths, glossaries in cases(big, skip):
        paths, glossaries = [_relative(p) for p in paths], [_relative(g) for g in glossaries]
        formats = ("json", "text", "sarif", "github") if name in ("corpus", "big") else ("json",)
        for fmt in formats:
            for with_glossary in (True, False):
                args = ["lint", "--jobs", "1", "--format", fmt, "--no-progress", *paths]
                if with_glossary:
                    args[1:1] = [a for g in glossaries for a in ("--glossary", g)]
                result = runner.invoke(main, args, catch_exceptions=False)
                tag = "glossary" if with_glossary else "plain"
                # SARIF names the folder it ran in (%SRCROOT%): the same text for every worktree
                out = result.stdout.replace(ROOT.as_uri() + "/", "file:///REPOSITORY/")
                yield f"{name}.{tag}.{fmt}", f"exit {result.exit_code}\n{out}"


def main(mode: str, folder: str, skip: tuple[str, ...] = ()) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from memory import make_file

    kept = Path(folder)
    big = Path(tempfile.gettempdir()) / "textqa-same-output" / "big.ja.txt"  # one path: fingerprints hold it
    big.parent.mkdir(exist_ok=True)
    make_file(big, 0.3)
    if mode == "save":
        kept.mkdir(parents=True, exist_ok=True)
        for name, text in outputs(big, skip):
            (kept / name).write_text(text, encoding="utf-8")
        print(f"saved to {kept}")
        return 0
    differ = [name for name, text in outputs(big, skip)
              if not (kept / name).is_file() or (kept / name).read_text(encoding="utf-8") != text]
    print("\n".join(f"differs: {n}" for n in differ) or "all outputs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("save", "check"):
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], tuple(sys.argv[3:])))
