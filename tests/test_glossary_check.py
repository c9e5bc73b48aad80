"""`textqa glossary check` and the GLS rules: every problem found on its line, clean glossaries stay clean."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.glossary.check import check_files
from textqa.glossary.load import parse_file, read_file
from textqa.rules.registry import RULES

from conftest import CORPUS, DATA, GLOSSARY, ROOT

EVERY_PROBLEM = DATA / "glossary" / "every-problem.tsv"
EXPECTED = [  # (line, column, code) in tests/data/glossary/every-problem.tsv
    (2, 20, "GLS002"),  # acept
    (3, 15, "GLS006"),  # 娄底 rejects 婁迪, the preferred form of 易理华 (line 8)
    (4, 1, "GLS003"),  # 婁底 is a glyph variant of 娄底
    (6, 1, "GLS011"),  # 长沙市's glyph forms collide with 长沙's
    (6, 5, "GLS004"),  # 长沙市 and 长沙 both prefer 長沙
    (7, 15, "GLS005"),  # 深圳 rejects its own preferred form
    (8, 5, "GLS010"),  # 易理华 → 婁迪 shares nothing with it
    (9, 1, "GLS007"),  # '湖南 '
    (10, 16, "GLS008"),  # reading in Latin letters
    (11, 14, "GLS009"),  # a reading of another name
    (12, 4, "GLS010"),  # 杭州 → 湖北
    (14, 1, "GLS011"),  # 黎林 reads like 李林
    (15, 7, "GLS001"),  # type city
    (16, 17, "GLS001"),  # one field too many
]
CLEAN_GLOSSARIES = [GLOSSARY, *(ROOT / "tests").glob("*/glossary.tsv")]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def codes_of(text: str, name: str = "g.tsv") -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in check_files([parse_file(text, name)])]


def test_every_problem_on_its_line_and_column():
    found = [(f.line, f.column, f.code) for f in check_files([read_file(EVERY_PROBLEM)])]
    assert found == EXPECTED


@pytest.mark.parametrize("path", CLEAN_GLOSSARIES, ids=lambda p: p.parent.name)
def test_shipped_and_test_glossaries_have_no_warnings(path):
    problems = [f for f in check_files([read_file(path)]) if f.severity.rank >= 2]
    assert problems == []


def test_every_gls_rule_is_registered_and_documented():
    gls = [c for c in RULES if c.startswith("GLS")]
    assert gls == [f"GLS{i:03d}" for i in range(1, 13)]
    for code in gls:
        assert set(RULES[code].sections()) == {"What it does", "Why is this bad", "Example", "Use instead"}


def test_a_glossary_is_checked_by_every_glossary_rule_of_the_registry_and_no_other():
    """Checking a glossary imports the GLS family alone (``glossary_rules``): the same rules, in the same order, as
    the registry's glossary rules, with no other family's module loaded for it."""
    import subprocess
    import sys

    from textqa.glossary.check import glossary_rules
    from textqa.rules.glossary.base import GlossaryRule

    assert glossary_rules() == [r for r in RULES.values() if issubclass(r, GlossaryRule)]
    code = ("import sys; from textqa.glossary.check import glossary_rules; glossary_rules(); "
            "print(sorted(m for m in sys.modules if m.startswith('textqa.rules.') and m.count('.') == 2))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['textqa.rules.base', 'textqa.rules.glossary']"


def test_accept_equal_to_another_entrys_preferred_form():
    assert codes_of("zh\tja\taccept\n长沙\t長沙\t\n星沙\t星沙\t長沙\n") == [(3, "GLS006")]


def test_two_entries_accepting_one_form_reported_once():
    assert codes_of("zh\tja\taccept\n长沙\t長沙\t长沙市\n星沙\t星沙\t长沙市\n") == [(3, "GLS006")]


def test_a_form_in_the_entrys_own_accept_and_reject():
    assert codes_of("zh\tja\taccept\treject\n深圳\t深圳\t深セン\t深セン\n") == [(2, "GLS005")]


def test_duplicates_across_files_name_the_other_file(tmp_path):
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("zh\tja\n娄底\t婁底\n", encoding="utf-8")
    b.write_text("zh\tja\n婁底\t婁底\n", encoding="utf-8")
    (f,) = check_files([read_file(a), read_file(b)])
    assert (f.path, f.line, f.code) == (str(b), 2, "GLS003") and f"{a}:2" in f.message


def test_brand_name_is_fine_once_a_related_alias_is_listed():
    assert codes_of("zh\tja\ttype\taccept\n京东\tJD.com\torg\t\n") == [(2, "GLS010")]
    assert codes_of("zh\tja\ttype\taccept\n京东\tJD.com\torg\t京東\n") == []


def test_japanese_reading_of_the_preferred_form_is_a_valid_reading():
    assert codes_of("zh\tja\treading\n香港\t香港\tホンコン\n") == []


def test_a_persons_reading_of_the_given_name_alone():
    """GLS009 let a person's reading that leaves out the surname pass (ミンユエン for 周明远: close enough to the whole
    name's key), so lint took a translation's full katakana name for another rendering. Reported now, for people only:
    a place's reading without its suffix (ジアシン for 嘉兴市) is how readings are written."""
    assert codes_of("zh\tja\ttype\treading\n周明远\t周明遠\tperson\tミンユエン\n") == [(2, "GLS009")]
    assert codes_of("zh\tja\ttype\treading\n欧阳修远\t欧陽修遠\tperson\tシウユエン\n") == [(2, "GLS009")]
    assert codes_of("zh\tja\ttype\treading\n周明远\t周明遠\tperson\tジョウ・ミンユエン\n") == []
    assert codes_of("zh\tja\ttype\treading\n嘉兴市\t嘉興市\tplace\tジアシン\n") == []


def test_check_command_text_output_and_exit_code():
    result = run("glossary", "check", EVERY_PROBLEM)
    assert result.exit_code == 1
    assert (f"{EVERY_PROBLEM}:2:20: GLS002 error unknown column 'acept' (did you mean 'accept'?)"
            in result.stdout)
    assert "    2 | zh ja type reading acept reject note\n      |                    ^^^^^\n" in result.stdout
    assert result.stdout.rstrip().endswith("Found 14 findings (7 errors, 5 warnings, 2 info) in 1 file.")


def test_check_command_json_and_sarif():
    data = json.loads(run("glossary", "check", "--format", "json", EVERY_PROBLEM).stdout)
    assert [(f["line"], f["column"], f["code"]) for f in data["findings"]] == EXPECTED
    sarif = json.loads(run("glossary", "check", "--format", "sarif", EVERY_PROBLEM).stdout)
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {c for _, _, c in EXPECTED}
    from test_sarif import validate

    validate(sarif)


def test_check_command_clean_glossary_exit_0_and_select():
    assert run("glossary", "check", GLOSSARY).exit_code == 0
    result = run("glossary", "check", "--select", "GLS011", "--fail-on", "info", EVERY_PROBLEM)
    assert result.exit_code == 1 and {f for f in result.stdout.split() if f.startswith("GLS")} == {"GLS011"}


def test_check_command_unreadable_file_exit_2(tmp_path):
    result = run("glossary", "check", tmp_path / "missing.tsv", GLOSSARY)
    assert result.exit_code == 2 and "missing.tsv: glossary file not found" in result.stderr


def test_lint_fails_early_on_an_error_level_problem():
    result = run("lint", "--glossary", EVERY_PROBLEM, CORPUS)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 7 and all(line.startswith(f"textqa: {EVERY_PROBLEM}:") for line in lines)
    assert lines[0].endswith("[GLS002]")


def test_glyph_variant_message_names_the_form_it_is_a_variant_of(write):
    from textqa import lint_text

    g = write("g.tsv", "zh\tja\ttype\n长沙市\t長沙\tplace\n")
    (f,) = [f for f in lint_text("長沙市は大きい。長沙は湖南の省都。\n", [str(g)]) if f.code == "NAM003"]
    assert f.message == "'長沙市' is 长沙市 in traditional Chinese; write '長沙'"


def _rows(section: str) -> str:
    """Glossary text from a docstring section: a `header `zh`, `ja` …` phrase, and rows written `zh=… ja=…`."""
    import re

    columns = ("zh", "ja", "type", "reading", "accept", "reject", "note")
    found = re.search(r"header ((?:`[^`=]+`(?:, )?)+)", section)
    header = re.findall(r"`([^`]+)`", found.group(1)) if found else list(columns)
    lines = ["\t".join(header)]
    for chunk in re.findall(r"`(zh=[^`]*)`", section):
        cells = dict(re.findall(r"(\w+)=(.*?)(?= \w+=|$)", chunk.replace("␠", " ")))
        lines.append("\t".join(cells.get(c, "") for c in header))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("code", [c for c in RULES if c.startswith("GLS")])
def test_each_rule_fires_on_its_documented_example_and_not_on_the_fix(code):
    sections = RULES[code].sections()
    assert code in {c for _, c in codes_of(_rows(sections["Example"]))}
    fixed = _rows(sections["Use instead"])
    assert code not in {c for _, c in codes_of(fixed)}


def test_a_header_and_no_entries_is_reported_and_fails_the_check(tmp_path):
    """A glossary just started (or emptied) is one that lint runs no name rule with: the check says so (a warning,
    so the default --fail-on fails), on the header line, where a glossary with rows is silent."""
    assert codes_of("# names to come\nzh\tja\ttype\n\n# none yet\n") == [(2, "GLS012")]
    assert codes_of("zh\tja\ttype\n西安\t西安\tplace\n") == []
    assert codes_of("zh\tja\n\t西安\n") == [(2, "GLS001")]  # a row that became no entry is GLS001's alone
    path = tmp_path / "started.csv"
    path.write_text("zh,ja,type\n", encoding="utf-8")
    result = run("glossary", "check", path)
    assert result.exit_code == 1
    assert f"{path}:1:1: GLS012 warning the glossary has a header and no entries" in result.stdout


def test_glossary_option_as_the_other_glossary_commands_take_it(tmp_path):
    """`--glossary FILE` names a file to check, as it does for suggest, explain and stats; it is the same as the
    positional GLOSSARY."""
    bad = tmp_path / "names.tsv"
    bad.write_text("zh\tja\ttype\n周明远\t周明遠\tperson\n周明遠\t周明遠\tperson\n", encoding="utf-8")
    positional, option = run("glossary", "check", bad), run("glossary", "check", "--glossary", bad)
    assert positional.exit_code == option.exit_code == 1
    assert option.stdout == positional.stdout and "GLS003" in option.stdout


def test_explain_and_stats_report_and_exit_0(tmp_path):
    """As docs/glossary.md says: explain and stats report what they find (here a rejected form) and exit 0; only
    check (findings) and suggest (candidates) exit 1."""
    names = tmp_path / "names.tsv"
    names.write_text("zh\tja\ttype\treject\n周佳琪\t周佳琪\tperson\t周佳奇\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("周佳奇さんは会社を設立した。\n", encoding="utf-8")
    explained = run("glossary", "explain", "--glossary", names, "--text", "周佳奇さんは会社を設立した。")
    assert explained.exit_code == 0 and "reported: NAM001 error" in explained.stdout
    stats = run("glossary", "stats", names, article)
    assert stats.exit_code == 0 and "周佳奇" in stats.stdout
    assert run("lint", "--glossary", names, article).exit_code == 1
