"""Bilingual mode from the command line: pairing, the align command, related locations, bad input."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from textqa.cli import main
from textqa.findings import Finding, Related, Severity
from textqa.render import render
from textqa.report import Report

from conftest import ROOT
from test_sarif import validate

PAIRS = ROOT / "tests" / "bilingual" / "pairs"
GLOSSARY = ROOT / "tests" / "bilingual" / "glossary.tsv"
ZH, JA = PAIRS / "drones.zh.txt", PAIRS / "drones.ja.txt"

RELATED = Finding(path="a.ja.txt", code="BIL002", severity=Severity.WARNING, message="number changed",
                  line=3, column=5, end_line=3, end_column=8, surface="30万",
                  related=(Related("a.zh.txt", 3, 4, 3, 6, "source sentence"),))


def invoke(*args, cwd=ROOT, monkeypatch=None):
    if monkeypatch is not None:
        monkeypatch.chdir(cwd)
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_related_in_json_sarif_and_text(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    report = Report([RELATED], files=["a.ja.txt"])
    data = json.loads(render(report, "json"))
    assert data["findings"][0]["related"] == [{"path": "a.zh.txt", "line": 3, "column": 4, "end_line": 3,
                                               "end_column": 6, "message": "source sentence"}]
    sarif = json.loads(render(report, "sarif"))
    validate(sarif)
    rel = sarif["runs"][0]["results"][0]["relatedLocations"][0]
    assert rel["physicalLocation"]["region"]["startLine"] == 3
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == "a.zh.txt"
    text = render(report, "text", lines_of=lambda p, n: "第三行：3万人が30万人に。")
    assert "      source: a.zh.txt:3 (source sentence)" in text.splitlines()


def test_align_shows_split_and_omitted_paragraphs(monkeypatch):
    result = invoke("align", ZH, JA, "--glossary", GLOSSARY, monkeypatch=monkeypatch)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("zh 7        ↔ ja 7-9      1-2") for line in lines)  # one paragraph split in two
    assert any(line.startswith("zh 15       ↔ ja —        1-0") for line in lines)  # a paragraph left out
    data = json.loads(invoke("align", ZH, JA, "--format", "json", monkeypatch=monkeypatch).output)
    shapes = [p["shape"] for p in data["paragraphs"]]
    assert shapes.count("1-1") >= 10 and "1-2" in shapes and "1-0" in shapes
    tsv = invoke("align", ZH, JA, "--format", "tsv", monkeypatch=monkeypatch).output.splitlines()
    assert tsv[0].split("\t")[:5] == ["level", "source_lines", "target_lines", "shape", "score"]
    assert "paragraph\t7\t7-9\t1-2" in "\n".join(tsv)


def test_alignment_data_is_what_align_prints_as_json(monkeypatch):
    from textqa.bilingual import align_files, alignment_data

    monkeypatch.chdir(ROOT)
    printed = json.loads(invoke("align", ZH, JA, "--glossary", GLOSSARY, "--format", "json").output)
    data = alignment_data(align_files(str(ZH), str(JA), [str(GLOSSARY)]))
    assert json.loads(json.dumps(data, ensure_ascii=False)) == printed  # the README's Python API for the alignment
    assert [p["shape"] for p in data["paragraphs"]].count("1-0") >= 1


def test_align_shows_merged_paragraphs(monkeypatch):
    result = invoke("align", PAIRS / "ecommerce.zh.txt", PAIRS / "ecommerce.ja.txt", "--glossary", GLOSSARY,
                    monkeypatch=monkeypatch)
    lines = result.output.splitlines()
    assert any(line.startswith("zh 11-13    ↔ ja 11       2-1") for line in lines)  # two paragraphs made one
    assert any(line.startswith("zh —        ↔ ja 27       0-1") for line in lines)  # an editor's note added


def test_report_keeps_the_alignment(monkeypatch):
    from textqa import Linter
    from textqa.runner import run

    monkeypatch.chdir(ROOT)
    report = run([str(JA)], Linter(str(GLOSSARY)), jobs=1, source=str(ZH))
    pair = report.pairs[str(JA)]
    assert pair.source == str(ZH)
    assert [(b.source, b.target) for b in pair.blocks][3:5] == [((7, 7), (7, 9)), ((9, 9), (11, 11))]


def test_align_bad_input_is_one_line(monkeypatch):
    wrong_language = invoke("align", JA, JA, monkeypatch=monkeypatch)
    assert wrong_language.exit_code == 2
    assert wrong_language.output.count("\n") == 1 and "is not Chinese" in wrong_language.output
    unrelated = invoke("align", ZH, ROOT / "corpus" / "hunan-blockchain.ja.txt", monkeypatch=monkeypatch)
    assert unrelated.exit_code == 2 and "no content in common" in unrelated.output
    assert "Traceback" not in unrelated.output


def test_lint_with_source_points_at_both_sides(monkeypatch):
    result = invoke("lint", "--source", ZH, JA, "--glossary", GLOSSARY, "--format", "json", monkeypatch=monkeypatch)
    data = json.loads(result.stdout)
    bil = [f for f in data["findings"] if f["code"].startswith("BIL")]
    assert bil and all(f["related"] and f["related"][0]["path"].endswith("drones.zh.txt") for f in bil)


def test_source_needs_one_file(monkeypatch):
    result = invoke("lint", "--source", ZH, PAIRS, monkeypatch=monkeypatch)
    assert result.exit_code == 2 and "exactly one translation file" in result.output
    assert result.stderr.startswith(f"textqa: {PAIRS}: is a folder;")  # says which path is wrong, and why
    result = invoke("lint", "--source", ZH, PAIRS / "drones.ja.txt", PAIRS / "kiln.ja.txt", monkeypatch=monkeypatch)
    assert result.exit_code == 2 and result.stderr == "textqa: --source needs exactly one translation file to check " \
                                                      "against it\n"


def test_folder_pairs_by_name_and_skips_the_source(monkeypatch, tmp_path):
    shutil.copy(ZH, tmp_path / "a.zh.txt")
    shutil.copy(JA, tmp_path / "a.ja.txt")
    result = invoke("lint", tmp_path, "--glossary", GLOSSARY, "--format", "json", monkeypatch=monkeypatch)
    data = json.loads(result.stdout)
    assert {f["path"] for f in data["findings"]} == {str(tmp_path / "a.ja.txt")}
    assert any(f["code"].startswith("BIL") for f in data["findings"])


def test_pair_pattern_from_config(monkeypatch, tmp_path):
    shutil.copy(ZH, tmp_path / "story-cn.txt")
    shutil.copy(JA, tmp_path / "story-jp.txt")
    (tmp_path / "textqa.toml").write_text(
        f'glossary = ["{GLOSSARY.as_posix()}"]\npair-pattern = ["{{name}}-cn.txt", "{{name}}-jp.txt"]\n',
        encoding="utf-8")
    data = json.loads(invoke("lint", ".", "--format", "json", cwd=tmp_path, monkeypatch=monkeypatch).stdout)
    assert {f["path"] for f in data["findings"]} == {"story-jp.txt"}
    assert any(f["code"].startswith("BIL") for f in data["findings"])
    (tmp_path / "textqa.toml").write_text('pair-pattern = ["{name}.txt"]\n', encoding="utf-8")
    bad = invoke("lint", ".", cwd=tmp_path, monkeypatch=monkeypatch)
    assert bad.exit_code == 2 and "pair-pattern" in bad.output


def test_a_translation_whose_source_cannot_be_used_is_linted_alone(monkeypatch, tmp_path):
    """A missing, undecodable or non-Chinese source is one error line (exit 2), and its translation still gets its
    monolingual findings, as every other file of the run does."""
    shutil.copy(JA, tmp_path / "a.ja.txt")
    (tmp_path / "a.zh.txt").write_bytes("深圳".encode() + b"\xff\n")
    shutil.copy(JA, tmp_path / "b.ja.txt")
    shutil.copy(JA, tmp_path / "b.zh.txt")  # a translation given as the source
    alone = json.loads(invoke("lint", "--select", "NAM,GRB", JA, "--glossary", GLOSSARY, "--format", "json",
                              monkeypatch=monkeypatch).stdout)["findings"]
    assert alone
    for args in (["--source", tmp_path / "missing.zh.txt", tmp_path / "a.ja.txt"], [tmp_path]):
        result = invoke("lint", *args, "--glossary", GLOSSARY, "--format", "json", monkeypatch=monkeypatch)
        assert result.exit_code == 2 and "Traceback" not in result.output
        data = json.loads(result.stdout)
        errors = [line for line in result.stderr.splitlines() if line.startswith("textqa: ")]
        assert errors == [f"textqa: {e['path']}{':' + str(e['line']) if e['line'] else ''}: {e['message']}"
                          for e in data["errors"]]
        linted = {f["path"] for f in data["findings"]}
        assert linted == ({str(tmp_path / "a.ja.txt")} if args[0] == "--source" else
                          {str(tmp_path / "a.ja.txt"), str(tmp_path / "b.ja.txt")})
        assert [(f["code"], f["line"]) for f in data["findings"] if f["path"].endswith("a.ja.txt")] == \
               [(f["code"], f["line"]) for f in alone]
    assert [e["message"].split(" (")[0] for e in data["errors"]] == ["not valid UTF-8",
                                                                     "the source is not Chinese"]


INVENTED_ZH = ("青石镇的竹编合作社今年春天扩建了晾晒场，社员从十二户增加到三十户。\n\n"
               "合作社负责人说，新订单主要来自沿海城市的茶馆和民宿，明年计划开设体验课程。\n")


def test_align_refuses_a_target_that_is_not_japanese(monkeypatch, tmp_path):
    """The Chinese file given as the target too (or another Chinese text) aligns with itself perfectly: the target
    would pass as a Chinese source (the check of a swapped source), so it is no translation: one line, exit 2."""
    (tmp_path / "a.zh.txt").write_text(INVENTED_ZH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(INVENTED_ZH.replace("竹编", "草编"), encoding="utf-8")
    same = invoke("align", "a.zh.txt", "a.zh.txt", cwd=tmp_path, monkeypatch=monkeypatch)
    assert same.exit_code == 2 and same.stdout == ""
    assert same.stderr == "textqa: a.zh.txt: the target is not Japanese (no kana): it is the same text as the " \
                          "source; give the Japanese translation as TARGET\n"
    other = invoke("align", "a.zh.txt", "b.txt", cwd=tmp_path, monkeypatch=monkeypatch)
    assert other.exit_code == 2 and other.stderr == "textqa: b.txt: the target is not Japanese (no kana): is it " \
                                                    "the Chinese source?\n"


def test_a_source_named_alone_stands_for_its_pair(monkeypatch, tmp_path):
    """A pre-commit hook passes only the files a commit changed: an edited NAME.zh.txt alone is not linted as
    Japanese (every simplified name in it would be a glyph-variant warning) but stands for its pair, whose translation
    is linted against it; a source whose translation the excludes skip is not linted at all."""
    (tmp_path / "names.tsv").write_text("zh\tja\ttype\n周明远\t周明遠\tperson\n", encoding="utf-8")
    (tmp_path / "textqa.toml").write_text('glossary = ["names.tsv"]\n', encoding="utf-8")
    (tmp_path / "farm.zh.txt").write_text("茶农周明远今年种了三十年的茶。\n\n周明远说，今年的茶很好。\n", encoding="utf-8")
    (tmp_path / "farm.ja.txt").write_text("茶農家の周明遠さんは30年間お茶を育ててきた。\n\n周名遠さんは、今年のお茶は良いと話した。\n",
                                          encoding="utf-8")
    both = invoke("lint", "--format", "json", "farm.zh.txt", "farm.ja.txt", cwd=tmp_path, monkeypatch=monkeypatch)
    alone = invoke("lint", "--format", "json", "--force-exclude", "farm.zh.txt", cwd=tmp_path, monkeypatch=monkeypatch)
    assert alone.exit_code == both.exit_code == 1
    assert json.loads(alone.stdout) == json.loads(both.stdout)
    assert {f["path"] for f in json.loads(alone.stdout)["findings"]} == {"farm.ja.txt"}
    (tmp_path / "textqa.toml").write_text('glossary = ["names.tsv"]\nextend-exclude = ["*.ja.txt"]\n',
                                          encoding="utf-8")
    for args in (["."], ["--force-exclude", "farm.zh.txt"]):
        skipped = invoke("lint", "--format", "json", *args, cwd=tmp_path, monkeypatch=monkeypatch)
        assert skipped.exit_code == 0 and json.loads(skipped.stdout)["findings"] == []


def test_a_bare_reading_is_no_correct_rendering_in_the_entity_block(tmp_path, monkeypatch):
    """The bilingual entity block counted a name rendered only by its reading outside a gloss (クー・チャンゴン氏は),
    which NAM006 reports as an error, as 'rendered correctly'. It counts the preferred form and a glossed reading only;
    the BIL rules still take the reading for a rendering (no BIL finding beside NAM006's)."""
    (tmp_path / "g.tsv").write_text("zh\tja\ttype\treading\n顾长庚\t顧長庚\tperson\tクー・チャンゴン\n", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text("顾长庚说，今年的茶叶收成很好。\n\n顾长庚还说，明年要扩大种植面积。\n", encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text("クー・チャンゴン氏は、今年の茶葉の収穫は良かったと述べた。\n\n"
                                       "顧長庚（クー・チャンゴン）氏はまた、来年は栽培面積を拡大すると述べた。\n",
                                       encoding="utf-8")
    result = invoke("lint", "a.ja.txt", "--source", "a.zh.txt", "--glossary", "g.tsv", "--format", "json",
                    cwd=tmp_path, monkeypatch=monkeypatch)
    data = json.loads(result.stdout)
    assert [f["code"] for f in data["findings"]] == ["NAM006"]
    [entity] = data["entities"]
    assert (entity["source_mentions"], entity["source_rendered"]) == (2, 1)
