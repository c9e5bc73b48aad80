from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# property tests (tests/test_properties.py): a CI-sized run by default; --hypothesis-profile=long for thousands
settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "hunan-blockchain.ja.txt"
GLOSSARY = ROOT / "glossary" / "hunan-blockchain.names.tsv"
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"

# tests that run textqa in a child process from another folder must import this tree's code, not an installed copy:
# a relative PYTHONPATH (the protocol's PYTHONPATH=src) does not resolve there
os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])


def pytest_collection_modifyitems(items):
    """Files holding a test marked slow come first, in their order, then the others. The suite runs on every core
    (pytest-xdist, ``--dist loadfile``: a worker takes a whole file at a time, in this order); the long files start at
    once and the short ones fill in around them, instead of one long file running alone at the end."""
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)  # stable


@pytest.fixture(scope="session")
def linter():
    from textqa import Linter

    return Linter(str(GLOSSARY))


@pytest.fixture
def warnings(request):
    """(code, surface) of each warning (or error) of a text linted with the test module's ``GLOSSARY`` (the TSV text
    of a fix's invented names): the classes fixed after a scoring."""
    from lint_helpers import parsed
    from lint_helpers import warnings as warned

    glossary = parsed(request.module.GLOSSARY)
    return lambda text: warned(text, glossary)


@pytest.fixture
def write(tmp_path):
    def _write(name: str, content, mode="w"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        return p
    return _write


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Tests keep textqa's disk cache in a temporary folder, not in the user's home."""
    import os

    folder = tmp_path_factory.mktemp("textqa-cache")
    old = os.environ.get("TEXTQA_CACHE_DIR")
    os.environ["TEXTQA_CACHE_DIR"] = str(folder)
    yield
    if old is None:
        os.environ.pop("TEXTQA_CACHE_DIR", None)
    else:
        os.environ["TEXTQA_CACHE_DIR"] = old


def fix_project(tmp_path, monkeypatch, names: str, article: str):
    """A folder with textqa.toml naming names.tsv, and a.txt holding ``article``; the current folder. Returns a.txt."""
    (tmp_path / "textqa.toml").write_text('glossary = ["names.tsv"]\n', encoding="utf-8")
    (tmp_path / "names.tsv").write_text(names, encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return art


def load_script(stem: str):
    """scripts/STEM.py as a module (scripts/ is not a package); loaded once and shared by tests."""
    import importlib.util
    import sys

    name = f"textqa_{stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{stem}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def load_evaluate():
    return load_script("evaluate")


def lint_findings(text: str, glossary: str) -> list[tuple[str, str, str]]:
    """(code, severity, span's text) of each finding on ``text`` against the glossary TSV ``glossary``."""
    from textqa import lint_text
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    return [(f.code, f.severity.value, text[f.span.start:f.span.end])
            for f in lint_text(text, Glossary(parse_glossary(glossary)))]


def accuracy_tables() -> str:
    """docs/accuracy.md's per-set tables (its first section), whose sums the README shows."""
    summary = load_script("accuracy_summary")
    return summary.ACCURACY.read_text(encoding="utf-8").split(summary.SECTION, 1)[1].split("\n## ", 1)[0]


def tsv_rows(path: Path) -> list[list[str]]:
    """The fields of every non-blank, non-comment line of a TSV file (the header first)."""
    return [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def glossary_forms(path: Path, columns=("zh", "ja", "accept")) -> set[str]:
    """Every form in the given columns of a glossary TSV (``|``-separated lists split)."""
    header, *rows = tsv_rows(path)
    index = [header.index(c) for c in columns if c in header]
    return {form for row in rows for i in index if i < len(row) for form in row[i].split("|") if form}


@pytest.fixture(scope="session", autouse=True)
def _not_in_ci():
    """textqa treats a missing glossary as an error when CI is set; tests say when they want that."""
    import os

    old = os.environ.pop("CI", None)
    yield
    if old is not None:
        os.environ["CI"] = old


def suggested_rows(zh: str, ja: str) -> dict[str, tuple[str, str]]:
    """zh -> (ja, type) of the verified rows ``glossary suggest`` proposes for one pair (a Chinese source, its
    Japanese translation), with no glossary."""
    from textqa.document import Document
    from textqa.glossary.suggest import suggest_with_source

    return {c.zh: (c.ja, str(c.type)) for c in suggest_with_source([(Document(ja, "a.ja.txt"), zh)], None)
            if c.verified}
