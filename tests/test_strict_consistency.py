"""NAM002 and the `strict-consistency` setting: forms the glossary all sanctions (preferred and accepted) mixed in one
document are correct Japanese, so only an `info` house note by default, even beside a wrong form of the entity (that
form is its own rule's finding); a warning under `strict-consistency = true`. Invented names."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa import Linter, lint_text
from textqa.cli import main
from textqa.config import parse_config
from textqa.errors import ConfigError
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

ROWS = ("zh\tja\ttype\treading\taccept\treject\n"
        "星河茶厂\t星河茶廠\torg\t\t大星|Xinghe Tea\t\n"
        "岚都\tランドゥ\tplace\t\t岚都|嵐都\t\n")
GLOSSARY = Glossary(parse_glossary(ROWS))
# a brand beside the company's name, a city's kanji name beside its katakana name: all forms the glossary accepts
MIXED = "星河茶廠は老舗だ。大星の新茶が届いた。星河茶廠の工場は嵐都にある。ランドゥは高原の町だ。ランドゥへ行く。"


def _nam002(text: str, **options) -> list[tuple[str, str]]:
    return [(f.surface, f.severity.value) for f in lint_text(text, GLOSSARY, **options) if f.code == "NAM002"]


def test_a_mix_of_sanctioned_forms_is_an_info_note_with_the_preferred_form():
    findings = [f for f in lint_text(MIXED, GLOSSARY) if f.code == "NAM002"]
    assert {(f.surface, f.severity.value, f.suggestion) for f in findings} == {
        ("大星", "info", "星河茶廠"), ("嵐都", "info", "ランドゥ")}


def test_strict_consistency_makes_the_mix_a_warning():
    assert sorted(_nam002(MIXED, strict_consistency=True)) == [("大星", "warning"), ("嵐都", "warning")]


def test_a_mix_beside_a_wrong_form_of_the_entity_stays_a_note():
    """The document also writes the company in simplified characters (a glyph form): NAM003 reports that form; the
    mix of its correct forms beside it is no error, a note as the city's is (fix115: held-out authors, annotating what
    a CI gate should stop, mark no such mix)."""
    text = MIXED + "星河茶厂の株価は上がった。"
    assert sorted(_nam002(text)) == [("大星", "info"), ("嵐都", "info")]
    assert [(f.code, f.surface) for f in lint_text(text, GLOSSARY) if f.severity.value != "info"] == [
        ("NAM003", "星河茶厂")]
    assert sorted(_nam002(text, strict_consistency=True)) == [("大星", "warning"), ("嵐都", "warning")]


def test_the_setting_is_read_from_the_config_file(tmp_path, monkeypatch):
    (tmp_path / "names.tsv").write_text(ROWS, encoding="utf-8")
    (tmp_path / "a.txt").write_text(MIXED + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def lint(*args):
        result = CliRunner().invoke(main, ["lint", "--format", "json", *args, "a.txt"], catch_exceptions=False)
        return result, sorted((f["code"], f["severity"]) for f in json.loads(result.stdout)["findings"]
                              if f["code"] == "NAM002")

    (tmp_path / "textqa.toml").write_text('glossary = ["names.tsv"]\n', encoding="utf-8")
    result, found = lint()
    assert result.exit_code == 0 and found == [("NAM002", "info")] * 2
    (tmp_path / "textqa.toml").write_text('glossary = ["names.tsv"]\nstrict-consistency = true\n', encoding="utf-8")
    result, found = lint()
    assert result.exit_code == 1 and found == [("NAM002", "warning")] * 2
    shown = CliRunner().invoke(main, ["lint", "--show-settings", "a.txt"], catch_exceptions=False).stdout
    assert "strict-consistency: true" in shown


@pytest.mark.parametrize("value", ['"yes"', "1"])
def test_the_setting_must_be_true_or_false(value, tmp_path):
    import tomllib

    with pytest.raises(ConfigError, match="'strict-consistency' must be true or false"):
        parse_config(tomllib.loads(f"strict-consistency = {value}\n"), "textqa.toml", tmp_path)


def test_the_setting_is_part_of_the_run_settings():
    """The settings that decide a run's findings (the HTML report's signature) name it when it is on."""
    from textqa.runner import run_settings

    assert run_settings(Linter(GLOSSARY, strict_consistency=True))["strict-consistency"] is True
    assert "strict-consistency" not in run_settings(Linter(GLOSSARY))


BRAND_ROWS = ("zh\tja\ttype\treading\taccept\treject\n"
              "云岚坊\tYunlanfang\torg\t\t雲嵐坊|ユンランファン\t\n")
BRAND = Glossary(parse_glossary(BRAND_ROWS))


def test_an_organisations_latin_name_beside_its_kanji_name_is_two_names_it_goes_by():
    """A brand preferred by its Latin name and also written in kanji: two names it goes by (as a person's Cantonese
    name), so only a note even under `strict-consistency = true`, where its katakana reading mixed in with them is a
    rendering choice, a warning; by default all are notes, the kanji name misprinted in simplified characters beside
    them notwithstanding (NAM003 reports that)."""
    text = "云岚坊の茶は評判だ。雲嵐坊の店は駅前にある。Yunlanfangの新茶が届いた。ユンランファンの茶摘みは春だ。"

    def found(**options):
        return sorted((f.surface, f.severity.value, f.suggestion) for f in lint_text(text, BRAND, **options)
                      if f.code == "NAM002")

    assert found() == [("ユンランファン", "info", "Yunlanfang"), ("雲嵐坊", "info", "Yunlanfang")]
    assert found(strict_consistency=True) == [("ユンランファン", "warning", "Yunlanfang"),
                                              ("雲嵐坊", "info", "Yunlanfang")]
