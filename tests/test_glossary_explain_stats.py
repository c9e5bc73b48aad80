"""`textqa glossary explain` (an entry's forms and keys; what a text matched) and `textqa glossary stats`."""
from __future__ import annotations

import json

from click.testing import CliRunner

from textqa.cli import main

from conftest import CORPUS, GLOSSARY


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_explain_entry_by_any_of_its_forms():
    for query in ("易理华", "易理華", "イー・リーホア"):
        result = run("glossary", "explain", "--glossary", GLOSSARY, "--format", "json", query)
        assert result.exit_code == 0
        data = json.loads(result.stdout)
        assert data["zh"] == "易理华" and data["ja"] == "易理華"
    assert data["pinyin"] == ["yi li hua"] and data["tone_pinyin"] == "Yì Lǐhuá"
    assert "易理华" in data["glyph"] and "yilihua" in data["romanized_keys"] and "yi li hua" in data["homophone_keys"]
    assert data["katakana_keys"] and data["surname"]["surname"] == "易" and data["surname"]["given_reading"] == "li hua"
    assert "yi|li hua" in data["surname"]["split_keys"]


def test_explain_entry_text_lists_every_kind_of_form():
    result = run("glossary", "explain", "--glossary", GLOSSARY, "娄底")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("娄底 → 婁底  (place; ") and lines[0].endswith(":17)")
    assert any(line.split() == ["glyph", "variants", "娄底"] for line in lines)
    assert any(line.split()[:3] == ["romanized", "keys", "loudi"] for line in lines)


def test_explain_glyph_variant_of_the_zh_finds_the_entry():
    result = run("glossary", "explain", "--glossary", GLOSSARY, "--format", "json", "婁底")
    assert json.loads(result.stdout)["zh"] == "娄底"


def test_explain_unknown_entry_and_missing_argument_exit_2():
    result = run("glossary", "explain", "--glossary", GLOSSARY, "王小明")
    assert result.exit_code == 2 and "no glossary entry has the form '王小明'" in result.stderr
    assert run("glossary", "explain", "--glossary", GLOSSARY).exit_code == 2


def test_explain_text_says_which_finder_key_evidence_and_rule():
    text = "若者、イー・リフアさん。Yi Lihua 氏は李麗華と易理華。"
    data = json.loads(run("glossary", "explain", "--glossary", GLOSSARY, "--format", "json", "--text", text).stdout)
    got = {m["surface"]: (m["entity"], m["finder"], m["kind"], m["key"], [f["code"] for f in m["findings"]])
           for m in data["mentions"]}
    assert got == {
        "イー・リフア": ("易理华", "katakana", "katakana", "iriha", ["NAM006"]),
        "Yi Lihua": ("易理华", "romanized", "romanized", "yilihua", ["NAM007"]),
        "李麗華": ("易理华", "surname", "wrong-surname", "yi li hua", ["NAM008"]),
        "易理華": ("易理华", "exact", "preferred", "", []),
    }
    first = data["mentions"][0]
    assert (first["line"], first["column"], first["end_column"]) == (1, 4, 10)
    assert first["evidence"]["aligned"] is True and 0.4 <= first["confidence"] <= 1
    text_out = run("glossary", "explain", "--glossary", GLOSSARY, "--text", text).stdout
    assert "1:4-1:10 'イー・リフア' → 易理华 (易理華)\n    finder katakana, kind katakana, key 'iriha'" in text_out
    assert "    reported: NAM006 error" in text_out


def test_explain_text_without_a_match():
    result = run("glossary", "explain", "--glossary", GLOSSARY, "--text", "今日は晴れ。")
    assert result.exit_code == 0 and result.stdout.strip() == "No glossary entry matches this text."


def test_stats_totals_renderings_across_files_and_lists_unused(tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("ラウディの街。婁底と婁底。\n", encoding="utf-8")
    result = run("glossary", "stats", GLOSSARY, CORPUS, second, "--format", "json", "--jobs", "1")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    entries = {e["zh"]: e for e in data["entries"]}
    loudi = {r["surface"]: r for r in entries["娄底"]["renderings"]}
    assert loudi["婁底"]["count"] == 21 and loudi["婁底"]["files"] == sorted([str(CORPUS), str(second)])
    assert loudi["ラウディ"]["count"] == 6 and entries["娄底"]["files"] == 2
    counts = [r["count"] for r in entries["娄底"]["renderings"]]
    assert counts == sorted(counts, reverse=True)
    assert entries["娄底"]["count"] == sum(counts)
    assert "橘子洲" in data["unused"] and "娄底" not in data["unused"]
    assert set(data["unused"]) == {zh for zh, e in entries.items() if e["count"] == 0}


def test_stats_text_and_bad_input(tmp_path):
    result = run("glossary", "stats", GLOSSARY, CORPUS, "--jobs", "1")
    lines = result.stdout.splitlines()
    assert lines[0] == "Glossary usage in 1 file: 50 of 56 entries used, 6 never used."
    assert "  娄底 → 婁底  ×35 in 1 file" in lines
    assert lines[-1].startswith("Never used (6): ")  # 咕咚 (古東, at info) and 途牛 (屯牛, listed) are found
    result = run("glossary", "stats", GLOSSARY, tmp_path / "missing.txt")
    assert result.exit_code == 2 and "missing.txt" in result.stderr


def test_glyph_forms_come_in_the_same_order_whatever_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    glossary = tmp_path / "g.tsv"  # names with several script forms each (simplified, traditional, Japanese)
    glossary.write_text("zh\tja\ttype\n黄晓龙\t黄暁竜\tperson\n广东发展银行\t広東発展銀行\torg\n"
                        "长沙县\t長沙県\tplace\n郑济铁路\t鄭済鉄道\torg\n", encoding="utf-8")
    code = ("import json, sys\nfrom textqa.glossary.load import load_glossary\n"
            "from textqa.glossary.compile import compile_glossary\nfrom textqa.glossary.explain import explain_entry\n"
            "g = load_glossary(sys.argv[1]); c = compile_glossary(g)\n"
            "print(json.dumps([[f['surface'] for f in explain_entry(c, e)['literal']] for e in g]))\n")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code, str(glossary)], env=env, capture_output=True, text=True,
                             check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert any(len(forms) > 3 for forms in json.loads(outputs.pop()))
