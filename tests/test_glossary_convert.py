"""`textqa glossary convert`: lossless round trips, the TBX structure, safe XML, term-base CSV, prh for textlint."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.glossary import load_glossary
from textqa.glossary.formats import read_entries

from conftest import GLOSSARY, ROOT

GLOSSARIES = [GLOSSARY, *(ROOT / "tests").glob("*/glossary.tsv")]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def fields(entries):
    return [(e.zh, e.ja, e.type, e.reading, e.accept, e.reject, e.note) for e in entries]


@pytest.mark.parametrize("via", ["tbx", "xlsx", "csv"])
@pytest.mark.parametrize("glossary", GLOSSARIES, ids=lambda p: p.parent.name)
def test_round_trip_is_lossless(glossary, via, tmp_path):
    middle, back = tmp_path / f"g.{via}", tmp_path / "back.tsv"
    assert run("glossary", "convert", glossary, middle).exit_code == 0
    result = run("glossary", "convert", middle, back)
    assert result.exit_code == 0, result.output
    assert fields(load_glossary(str(back))) == fields(load_glossary(str(glossary)))
    if glossary == GLOSSARY:  # every ja given: the file itself comes back, less its comments
        original = [line for line in glossary.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        assert back.read_text(encoding="utf-8").splitlines() == original


@pytest.mark.parametrize("via", ["tbx", "xlsx", "csv"])
def test_a_field_that_looks_like_a_formula_stays_text(via, tmp_path):
    """A note (or any field) starting with '=' is text: XLSX stores it as a string, not as a formula that a
    spreadsheet would evaluate and that reads back as nothing."""
    source = tmp_path / "g.tsv"
    source.write_text("zh\tja\ttype\tnote\n周明远\t周明遠\tperson\t=1+2 is not a sum\n", encoding="utf-8")
    middle, back = tmp_path / f"g.{via}", tmp_path / "back.tsv"
    assert run("glossary", "convert", source, middle).exit_code == 0
    assert run("glossary", "convert", middle, back).exit_code == 0
    assert fields(load_glossary(str(back))) == fields(load_glossary(str(source)))
    if via == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        sheet = openpyxl.load_workbook(middle).active
        assert sheet["G2"].value == "=1+2 is not a sum" and sheet["G2"].data_type == "s"
    if via == "csv":  # a spreadsheet opening the CSV shows the cell as text: an apostrophe before the =
        assert "'=1+2 is not a sum" in middle.read_text(encoding="utf-8")


def test_csv_cells_a_spreadsheet_would_evaluate_are_marked_as_text(tmp_path):
    """Invented fields starting as formulas do (=, +, -, @) are written after an apostrophe and read back without it;
    an apostrophe that starts an ordinary field is kept."""
    source = tmp_path / "g.tsv"
    source.write_text("zh\tja\ttype\taccept\tnote\n"
                      "周明远\t周明遠\tperson\t@周明遠\t+86 desk; -2 entries\n"
                      "王小川\t王小川\tperson\t\t'90s founder\n", encoding="utf-8")
    middle, back = tmp_path / "g.csv", tmp_path / "back.tsv"
    assert run("glossary", "convert", source, middle).exit_code == 0
    text = middle.read_text(encoding="utf-8")
    assert "'@周明遠" in text and "'+86 desk; -2 entries" in text and ",'90s founder," in text
    assert run("glossary", "convert", middle, back).exit_code == 0
    assert fields(load_glossary(str(back))) == fields(load_glossary(str(source)))


def test_tbx_structure(tmp_path):
    import defusedxml.ElementTree as ET

    out = tmp_path / "g.tbx"
    run("glossary", "convert", GLOSSARY, out)
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    root = ET.parse(out).getroot()
    assert root.get("type") == "TBX-Basic"
    concepts = root.findall(".//t:conceptEntry", ns)
    assert len(concepts) == len(load_glossary(str(GLOSSARY)))
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    by_zh = {c.find("t:langSec/t:termSec/t:term", ns).text: c for c in concepts}
    shenzhen = by_zh["深圳"]
    assert [s.get(lang) for s in shenzhen.findall("t:langSec", ns)] == ["zh-Hans", "ja"]
    statuses = [(sec.find("t:term", ns).text, sec.find("t:termNote[@type='administrativeStatus']", ns).text)
                for sec in shenzhen.findall("t:langSec[2]/t:termSec", ns)]
    assert statuses == [("深圳", "preferredTerm-admn-sts"), ("深セン", "admittedTerm-admn-sts")]
    assert shenzhen.find("t:descrip[@type='subjectField']", ns).text == "place"


def test_tbx_rejected_forms_are_deprecated_and_v2_files_read(write):
    tsv = write("g.tsv", "zh\tja\ttype\treading\taccept\treject\tnote\n邓小平\t鄧小平\tperson\tトン・シャオピン\t\t登小平|鄧小兵\tleader\n")
    tbx = tsv.with_suffix(".tbx")
    run("glossary", "convert", tsv, tbx)
    assert tbx.read_text(encoding="utf-8").count("deprecatedTerm-admn-sts") == 2
    martif = write("v2.tbx", """<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="e1"><descrip type="subjectField">place</descrip>
<langSet xml:lang="zh-CN"><tig><term>深圳</term></tig></langSet>
<langSet xml:lang="ja"><tig><term>深圳</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>深セン</term></tig></langSet></termEntry>
</body></text></martif>
""")
    assert fields(read_entries(str(martif))) == [("深圳", "深圳", "place", "", ("深セン",), (), "")]


@pytest.mark.parametrize("payload", [
    '<!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><tbx><text><body>&b;</body></text></tbx>',
    '<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx><text><body>&x;</body></text></tbx>',
    '<tbx><text><body><conceptEntry>',
])
def test_unsafe_or_broken_xml_is_refused_with_one_line(payload, write):
    path = write("bad.tbx", payload)
    result = run("glossary", "convert", path, path.with_suffix(".tsv"))
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"textqa: {path}:1: ")  # a parse error and a refusal say where
    assert "ENTITY" in payload or "not a readable TBX file: no element found" in line
    assert "ENTITY" not in payload or line.endswith(": TBX with an entity declaration is refused (nothing is fetched "
                                                    "or expanded)")  # said in words, not a repr
    assert not path.with_suffix(".tsv").exists()


def test_memoq_style_csv_with_extra_entry_columns(write):
    path = write("tb.csv", "Entry_ID,Entry_Subject,Entry_Domain,Entry_Note,Chinese_PRC,Japanese,Japanese_Admitted,"
                           "Japanese_Forbidden\n7,place,geo,\"a note, with a comma\",深圳,深圳,深セン;深玔,深川\n")
    assert fields(read_entries(str(path))) == [("深圳", "深圳", "place", "", ("深セン", "深玔"), ("深川",),
                                                "a note, with a comma")]


def test_converted_glossary_is_checked_like_a_loaded_one(write):
    path = write("tb.csv", "Entry_ID,Chinese_PRC,Japanese,Japanese_Forbidden\n1,深圳,深圳,深圳\n")
    result = run("glossary", "convert", path, path.with_suffix(".tsv"))
    assert result.exit_code == 2 and "[GLS005]" in result.stderr and f"{path}:2:" in result.stderr


def test_unknown_extension_and_prh_input_are_usage_errors(tmp_path):
    result = run("glossary", "convert", GLOSSARY, tmp_path / "g.docx")
    assert result.exit_code == 2 and "unknown glossary format '.docx'" in result.stderr
    (tmp_path / "g.yml").write_text("version: 1\n", encoding="utf-8")
    result = run("glossary", "convert", tmp_path / "g.yml", tmp_path / "g.tsv")
    assert result.exit_code == 2


def test_standard_input_and_output_are_refused_in_one_clear_line(tmp_path):
    """IN and OUT are files (a format is read from, or written to, a file): '-' says so, with or without --from,
    rather than naming a missing extension."""
    for args, said in (((["-", tmp_path / "g.tsv"]), "-: glossary convert does not read standard input; name the "
                                                     "glossary file as IN\n"),
                       ((["--from", "tsv", "-", tmp_path / "g.tsv"]), "-: glossary convert does not read standard "
                                                                       "input; name the glossary file as IN\n"),
                       (([GLOSSARY, "-"]), "-: glossary convert does not write to standard output; name the file "
                                           "to write as OUT (its extension, or --to, gives the format)\n")):
        result = run("glossary", "convert", *args)
        assert result.exit_code == 2 and result.stderr == f"textqa: {said}"
    assert not (tmp_path / "g.tsv").exists()


def test_prh_yaml_expected_and_patterns(tmp_path):
    yaml = pytest.importorskip("yaml")
    out = tmp_path / "prh.yml"
    assert run("glossary", "convert", GLOSSARY, out).exit_code == 0
    rules = {r["expected"]: r for r in yaml.safe_load(out.read_text(encoding="utf-8"))["rules"]}
    assert rules["婁底"]["patterns"] == ["娄底"]
    assert "曾国藩" not in rules["曽国藩"]["patterns"]  # an accepted form is never a pattern
    assert "深圳" not in rules  # nothing differs from its correct forms
    assert all({"from": p, "to": e} in r["specs"] for e, r in rules.items() for p in r["patterns"])


def _textlint(cache) -> str:
    """textlint with textlint-rule-prh installed in a cache folder, or skip with the reason."""
    if cache is None:
        pytest.skip("pytest's cache provider is off (-p no:cacheprovider): nowhere to keep the npm install")
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("node and npm are not available")
    folder = cache.mkdir("textlint-prh")
    binary = folder / "node_modules" / ".bin" / "textlint"
    if not binary.exists():
        try:
            subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder),
                            "textlint@14", "textlint-rule-prh@6"], check=True, capture_output=True, timeout=300)
        except (subprocess.SubprocessError, OSError) as exc:
            pytest.skip(f"could not install textlint and textlint-rule-prh with npm: {exc}")
    return str(binary)


@pytest.mark.slow
def test_prh_export_loads_in_textlint_and_flags_a_rejected_form(request, tmp_path):
    textlint = _textlint(getattr(request.config, "cache", None))
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\treading\taccept\treject\n娄底\t婁底\tplace\t\t\t婁迪\n深圳\t深圳\tplace\t\t深セン\t\n",
                        encoding="utf-8")
    assert run("glossary", "convert", glossary, tmp_path / "prh.yml").exit_code == 0
    (tmp_path / ".textlintrc.json").write_text(json.dumps({"rules": {"prh": {"rulePaths": ["prh.yml"]}}}))
    (tmp_path / "a.md").write_text("婁迪と娄底の人々。婁底と深センと深圳は正しい。\n", encoding="utf-8")
    result = subprocess.run([textlint, "--format", "json", "a.md"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    (report,) = json.loads(result.stdout)
    found = sorted((m["column"], m["message"].split("\n")[0]) for m in report["messages"])
    assert found == [(1, "婁迪 => 婁底"), (4, "娄底 => 婁底")]
