"""One invented test per class fixed after the scoring of heldout45 (fix45), with contrasts: a name in simplified
Chinese written only with characters Japanese has too, but writes otherwise in the name (叶 for 葉, 后 for 後), is
in use before という as a name with a simplified-only character is (NAM003). The look-alike table's new rule (a
stroke drawn twice) is tested in tests/test_make_lookalike_table.py."""
import pytest

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n"
TEAHOUSE = GLOSSARY + "叶河\tイエホー\torg\t\t葉河\t\ttea house (invented)\n"
DOCK = GLOSSARY + "后湾\t後湾\tplace\t\t\t\tfishing dock (invented)\n"


def _findings(text: str, glossary: str) -> list[tuple[str, str, str]]:
    from textqa import lint_text
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    return [(f.code, f.severity.value, text[f.span.start:f.span.end])
            for f in lint_text(text, Glossary(parse_glossary(glossary)))]


@pytest.mark.parametrize("text, glossary, surface", [
    ("茶葉は叶河という茶房で選ばれる。", TEAHOUSE, "叶河"),
    ("船は后湾という船着き場に戻る。", DOCK, "后湾"),
])
def test_a_name_in_shared_simplified_glyphs_before_toiu_is_the_name_in_use(text, glossary, surface):
    assert ("NAM003", "warning", surface) in _findings(text, glossary)


@pytest.mark.parametrize("text, glossary", [
    ("茶葉は葉河という茶房で選ばれる。", TEAHOUSE),          # the accepted kanji form
    ("茶葉はイエホーという茶房で選ばれる。", TEAHOUSE),      # the preferred form
    ("船は後湾という船着き場に戻る。", DOCK),
    ("茶房の名は叶河という表記でも見かける。", TEAHOUSE),    # the form talked about (という表記)
])
def test_the_correct_forms_and_a_form_talked_about_stay_silent(text, glossary):
    assert [f for f in _findings(text, glossary) if f[0].startswith("NAM") and f[1] != "info"] == []
