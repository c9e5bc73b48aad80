"""One invented test per class fixed after the scoring of heldout39 (fix39), each with its contrasts: one kana
particle written twice after a particle, which SudachiPy reads as another word (GRB008: をはは受け継ぐ, an
interjection; をでで県に, a verb and its ending); a four-letter English adjective glued before な and a noun, the
text's one English word (GRB002: boldな線); a given name's syllable with the final ao for ou (NAM005: 少 shao for 守
shou, data/confusable.tsv)."""
from __future__ import annotations

import pytest
from lint_helpers import warnings as lint_warnings


def grb(text: str, code: str) -> list[str]:
    return [surface for c, surface in lint_warnings(text, None) if c == code]


# GRB008: a particle written twice that the tokenizer reads as a word
@pytest.mark.parametrize("text, doubled", [
    ("星川さんの弟子たちは、師匠の腕をはは磨いている。", "はは"),  # はは read as an interjection
    ("組合は、新しい売店をでで町の中心部に開いた。", "でで"),  # で|で read as a verb and its ending
    ("職人たちは、古い窯をがが修理した。", "がが"),
])
def test_a_particle_written_twice_that_reads_as_a_word(text, doubled):
    assert grb(text, "GRB008") == [doubled]


@pytest.mark.parametrize("text", [
    "彼ははははと笑った。",  # laughter
    "彼はははと笑った。",
    "母(はは)は元気だ。",
    "ででむしが葉の上を這う。",
    "太鼓がででんと鳴った。",
    "彼をののしる声がした。",
    "ここに荷物を置く。",
    "昼食にももジュースを飲んだ。",  # もも: a noun, a word of its own
    "私はやや大きい箱を買った。",  # やや: an adverb
    "その話にははっきり答えた。",
    "彼女はへへっと笑った。",
])
def test_natural_doubled_kana_stay_silent(text):
    assert grb(text, "GRB008") == []


# GRB002: a short English adjective glued before な and a noun
def test_a_short_english_adjective_glued_before_na_and_a_noun():
    assert grb("子どもたちは笛の音を聞きながら、boldな鳥を次々と作っていく。", "GRB002") == ["bold"]


@pytest.mark.parametrize("text", [
    "今日はcuteな服とniceな店を見つけた。",  # two English words: a style of writing, not a leftover
    "彼女はcuteだと思う。",  # no な and noun after it
    "boldな線を引く。",  # nothing Japanese before it
])
def test_short_english_words_written_on_purpose_stay_silent(text):
    assert grb(text, "GRB002") == []


# NAM005: a given name's syllable with its final ao for ou or ou for ao (shao for shou, zhao for zhou)
def _nam(text: str) -> list[str]:
    from textqa import lint_text
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    glossary = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                       "柯守礼\t柯守礼\tperson\t\t\t\tpotter (invented)\n"
                                       "岑汝周\t岑汝周\tperson\t\t\t\tmerchant (invented)\n"))
    return [text[f.span.start:f.span.end] for f in lint_text(text, glossary)
            if f.code == "NAM005" and f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("text, found", [
    ("柯守礼さんは窯を開いた。柯少礼さんは「土が大事だ」と言う。", ["柯少礼"]),  # shao for shou
    ("岑汝周さんは店を開いた。岑汝招さんは笑った。", ["岑汝招"]),  # zhao for zhou
    ("柯守礼さんは窯を開いた。少年たちが見に来た。", []),
    ("岑汝周さんは店を開いた。岑さんは笑った。", []),
])
def test_a_given_name_with_ao_for_ou(text, found):
    assert _nam(text) == found
