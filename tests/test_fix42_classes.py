"""Classes of heldout42's misses fixed by fix42, each with cases of our own wording."""
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
