"""One invented test per class fixed after heldout66 was scored (fix66).

- GRB001: a glossary place's correct form without its administrative suffix (拖沱 where the glossary writes 拖沱県) is
  the place named short, as Japanese names a county once it is known, in a title too: no untranslated Chinese, though
  a character of it is one Japanese seldom writes. Its contrast: a run
  that is no glossary place's stem (拖船) is still reported.
- GRB012: a capitalised word's tone-marked pinyin opening a sentence after a half-width stop and its space
  (…という. Zhèshānの工房) stands where the name belongs, as it does after a Japanese stop."""
from conftest import lint_findings

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "拖沱县\t拖沱県\tplace\t\t\t\ta mountain county (invented)\n")


def _grb001(text: str) -> list[tuple[str, str]]:
    return [(severity, surface) for code, severity, surface in lint_findings(text, GLOSSARY) if code == "GRB001"]


def test_a_glossary_place_named_without_its_suffix_in_a_title():
    assert _grb001("拖沱の火祭りを支える羊飼いの一年\n\n拖沱県の高原では、七月になると祭りの準備が始まる。") == []


def test_the_same_characters_that_are_no_glossary_place_are_still_reported():
    found = _grb001("拖船の火祭りを支える羊飼いの一年\n\n拖沱県の高原では、七月になると祭りの準備が始まる。")
    assert [surface for _, surface in found] == ["拖船"]


def _grb012(text: str) -> list[str]:
    return [surface for code, _, surface in lint_findings(text, GLOSSARY) if code == "GRB012"]


def test_a_toned_name_opening_a_sentence_after_a_half_width_stop_and_a_space():
    """GRB012: the space before the pinyin follows a sentence's end, not a Latin word of an English phrase."""
    assert _grb012("羊毛の値段が上がったという. Zhèshānの工房では十人が働く。") == ["Zhèshān"]
    assert _grb012("英語では the Zhèshān workshop と紹介された。") == []
