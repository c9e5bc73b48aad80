"""Classes of heldout42's misses fixed by fix42, each with cases of our own wording."""
import pytest

from textqa.asides import inserted_word_pinyin


def test_word_pinyin_after_a_quoted_word_is_inserted():
    # a quoted rendering, then the Chinese word's pinyin after the closing quote
    text = "村の名物「白芯ナシ」(báixīn)は秋に実る。"
    spans = inserted_word_pinyin(text)
    assert [text[s.start:s.end] for s in spans] == ["(báixīn)"]
    text = "『青い湖』（qīnghú）という歌が流れた。"
    assert [text[s.start:s.end] for s in inserted_word_pinyin(text)] == ["（qīnghú）"]


def test_quoted_katakana_reading_with_its_pinyin_is_not_inserted():
    # the katakana in the quote is the reading the pinyin spells: a pronunciation guide
    assert inserted_word_pinyin("挨拶は「ニーハオ」(nǐhǎo)と言う。") == []
    # a quote ending in hiragana or a sentence's end is left as before
    assert inserted_word_pinyin("「ありがとう。」(xièxie)") == []


GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def _findings(text: str, glossary: str = GLOSSARY) -> list[tuple[str, str, str]]:
    from textqa import lint_text
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    return [(f.code, f.severity.value, text[f.span.start:f.span.end])
            for f in lint_text(text, Glossary(parse_glossary(glossary)))]


@pytest.mark.parametrize("text, found", [
    # 銷 is the traditional form of 销 that Japanese writes too (seldom): 銷量 is Chinese (销量) converted, beside
    # another converted word
    ("村の茶の銷量は増えた。今年の產量について「よかった」と話した。",
     [("GRB013", "warning", "銷量"), ("GRB013", "warning", "產量")]),
    # ... and it makes the text's other converted word sure, though that one is no Japanese word (豊収)
    ("村の梨の銷量は増えた。昨年の豐收を喜んだ。", [("GRB013", "warning", "銷量"), ("GRB013", "warning", "豐收")]),
    ("昨年の豐收を喜び、作業を続けた。", [("GRB013", "info", "豐收")]),  # alone, as before
    ("町では銷却の手続きが続く。", []),  # 銷却: a Japanese word in a form Japanese shares
])
def test_a_chinese_word_converted_to_traditional_forms_japanese_shares(text, found):
    assert _findings(text) == found


@pytest.mark.parametrize("text, found", [
    ("「茶葉要慢慢炒，急不得」と繰り返す。", [("GRB001", "warning", "茶葉要慢慢炒，急不得")]),
    ("「有言実行、不撓不屈だ」と繰り返す。", []),  # a Japanese phrase
    ("「一期一会を大切にしたい」と繰り返す。", []),
])
def test_a_quoted_chinese_saying_with_its_verb_of_speech_right_after(text, found):
    assert _findings(text) == found
