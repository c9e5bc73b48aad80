"""docs/architecture.md (the README's Architecture section in full) names every module and package, the rule layers,
and files that exist; the README's short section links to it."""
from __future__ import annotations

import re

from conftest import ROOT

from textqa.rules.base import LAYERS

SECTION = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
README_SECTION = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Architecture\n", 1)[1].split("\n## ", 1)[0]
SRC = ROOT / "src" / "textqa"


def test_every_module_and_package_is_named():
    modules = [p.name for p in SRC.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    packages = [p.name + "/" for p in SRC.iterdir() if (p / "__init__.py").exists()]
    families = [p.name + "/" for p in (SRC / "rules").iterdir() if (p / "__init__.py").exists()]
    missing = [m for m in modules + packages + families if not re.search(rf"(?<![\w/]){re.escape(m)}", SECTION)]
    assert missing == []


def test_the_readme_says_where_a_rule_lives_and_links_here():
    assert "`src/textqa/rules/FAMILY/RULE_NAME.py`" in README_SECTION and "`textqa rule CODE`" in README_SECTION
    assert "(docs/architecture.md)" in README_SECTION


def test_every_layer_a_rule_may_read_is_explained():
    assert [layer for layer in LAYERS if f"`{layer}`" not in SECTION] == []


def test_the_files_it_points_to_exist():
    named = set(re.findall(r"`((?:src|scripts|tests)/[a-z0-9_/.]+\.\w+)`", SECTION))  # not placeholders (FAMILY)
    assert named and [n for n in named if not (ROOT / n).exists()] == []
    for rel in ("rules/base.py", "rules/registry.py", "mentions/score.py", "mentions/resolve.py", "mentions/kinds.py"):
        assert f"`{rel}`" in SECTION and (SRC / rel).exists()


def test_every_module_of_a_rule_family_is_a_rule_a_helper_or_named():
    """A newcomer looking for a rule finds it by its module: any other module of a family is `_*.py` or named here."""
    import importlib

    from textqa.rules.registry import RULES

    rule_modules = {rule.__module__ for rule in RULES.values()}
    other = []
    for path in sorted((SRC / "rules").glob("*/*.py")):
        family, name = path.parent.name, path.stem
        if name == "__init__" or name.startswith("_"):
            continue
        module = f"textqa.rules.{family}.{name}"
        importlib.import_module(module)
        if module not in rule_modules and f"`{family}/{path.name}`" not in SECTION:
            other.append(f"{family}/{path.name}")
    assert other == []


def test_textqa_rule_prints_where_the_rule_lives():
    """`textqa rule CODE` names the rule's module, which is named after the rule (`rejected-form`: `rejected_form.py`)."""
    from click.testing import CliRunner

    from textqa.cli import main
    from textqa.rules.registry import RULES

    for code, rule in RULES.items():
        path = rule.__module__.replace(".", "/") + ".py"
        lines = CliRunner().invoke(main, ["rule", code]).stdout.splitlines()
        assert lines[1] == f"source: src/{path}" and (ROOT / "src" / path).exists(), code
        assert path.endswith(f"/{rule.name.replace('-', '_')}.py"), f"{code} {rule.name} lives in {path}"
    nam006 = CliRunner().invoke(main, ["rule", "NAM006"]).stdout
    assert "reports the mentions of kind: katakana, reading" in nam006


NUMBERS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def test_the_finders_named_are_the_finders_that_run():
    """The data flow and the detection paragraph list the finder modules `resolve.finders()` runs, in its order; those
    are the modules `kinds.FINDERS` ties to the mention kinds; the README counts them."""
    from textqa.mentions.kinds import FINDERS
    from textqa.mentions.resolve import finders

    running = [f.__module__.rsplit(".", 1)[1] for f in finders()]
    assert set(running) == {m for modules in FINDERS.values() for m in modules}
    flow = re.search(r"mentions: ([a-z ─]+?)\s{2,}\(", SECTION).group(1)
    assert flow.split(" ─ ") == running
    listed = re.search(r"Each finder in `mentions/`\s+\(([a-z, ]+):", SECTION).group(1)
    assert listed.split(", ") == running
    count = re.search(r"name candidates from (\w+) finders", " ".join(README_SECTION.split())).group(1)
    assert NUMBERS[count] == len(running)


def test_every_rule_family_is_named_with_its_code_prefix():
    from textqa.rules.registry import RULES

    prefixes = {rule.__module__.split(".")[2]: code[:3] for code, rule in RULES.items()}
    assert len(prefixes) == len(set(prefixes.values()))  # one prefix a family
    assert [f"{family}/ ({prefix}" for family, prefix in prefixes.items()
            if f"{family}/ ({prefix}" not in " ".join(SECTION.split())] == []
