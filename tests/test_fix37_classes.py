"""One invented test per class fixed after the scoring of heldout37 (fix37), each with its contrast: a Chinese saying
in characters Japanese uses, quoted as someone's words with the speaker before the verb or standing as a sentence of
its own (GRB001); a word's pinyin after the Japanese word in hiragana (GRB012)."""
from __future__ import annotations

from lint_helpers import warnings as lint_warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def _glossary(rows: str) -> Glossary:
    return Glossary(parse_glossary(HEADER + rows))


def grb(text: str, code: str) -> list[str]:
    return [surface for c, surface in lint_warnings(text, None) if c == code]


# GRB001: a saying in Chinese grammar, all kanji Japanese uses too, said by someone
def test_a_chinese_saying_with_its_speaker_before_the_verb_is_untranslated():
    """「…」と、星川さんは笑う: the speaker named between the quotation's と and its verb of speech."""
    assert grb("「一日不練，手就生了」と、星川さんは笑う。年を取っても体が覚えているという。", "GRB001") == ["一日不練，手就生了"]
    assert grb("祭りの日には、「鼓声一響，人就来了」と星川さんが笑う。", "GRB001") == ["鼓声一響，人就来了"]


def test_a_chinese_saying_standing_as_its_own_sentence_is_untranslated():
    """「…」。 opening its sentence: someone's words (the next sentence says whose), even with no character of
    data/chinese_grammar_chars.txt but the clause's 有 and 不 (data/chinese_clause_chars.txt)."""
    assert grb("「眼里有活，心里不急」。星川さんは弟子にいつもそう言い聞かせている。", "GRB001") == ["眼里有活，心里不急"]
    assert grb("「上了舞台就是将軍」。星川さんは若い役者にそう教えてきた。", "GRB001") == ["上了舞台就是将軍"]


def test_japanese_kanji_phrases_quoted_as_sayings_stay_silent():
    """Japanese compounds and four-character idioms read whole by SudachiPy, a slogan with no clause's grammar, a
    saying with its translation beside it, and a quotation inside a sentence are no saying left in Chinese."""
    silent = ("「有言実行、不撓不屈」。これが星川さんの座右の銘だ。",
              "「日中友好会館在留者会議」。会場は満員だった。",
              "「自力更生，艱苦奮闘」。当時のスローガンである。",
              "「不忘初心、牢記使命」。党大会の標語が街に掲げられた。",
              "「眼里有活，心里不急」（目に仕事が見えれば、心は焦らない）。星川さんはそう言う。",
              "「安全第一、品質最優先」と、工場長は語った。",
              "「不老不死有限会社」と、星川さんは笑う。",
              "「温故知新」。先生はそう教えた。",
              "看板には「星川有限公司不動産部」と書いてある。")
    for text in silent:
        assert grb(text, "GRB001") == [], text


# GRB012: a word's pinyin after the Japanese word in hiragana
def test_pinyin_after_a_word_in_hiragana_is_inserted():
    assert grb("星川のだんご(tāngyuán)は、もち米の粉で作る。", "GRB012") == ["(tāngyuán)"]


def test_a_reading_in_hiragana_with_its_pinyin_is_no_insertion():
    """The hiragana spell the pinyin (にいはお for ni|hao): a reading and its romanisation, a lesson's way."""
    assert grb("発音は、にいはお（nǐhǎo）に近い。", "GRB012") == []
    assert grb("これはにーはお(nǐhǎo)と読む。", "GRB012") == []


# NAM003: a brand quoted as a brand in simplified Chinese with a kanji Japanese writes for another word
def nam(text: str, rows: str) -> list[tuple[str, str]]:
    return [w for w in lint_warnings(text, _glossary(rows)) if w[0].startswith("NAM")]


def test_a_brand_quoted_in_simplified_glyphs_that_japanese_writes_otherwise_is_a_glyph_slip():
    """ブランド「叶花」: 叶 is a Japanese kanji too (叶う), but the brand's Chinese form copied where the glossary writes
    Yehua and accepts 葉花: the simplified spelling of the accepted form, Chinese left in."""
    rows = "叶花\tYehua\torg\t\t葉花|イエホア\t\tbrand (invented)\n"
    assert nam("祖母の茶を売るブランド「叶花」を立ち上げた。今ではYehuaの茶はよく売れる。", rows) == [("NAM003", "叶花")]


def test_a_brand_quoted_in_its_japanese_or_traditional_form_is_named_as_such():
    """The accepted form quoted so, and a brand printed in traditional characters (臺星, a maker's own spelling), are
    the brand named as a brand."""
    assert nam("祖母の茶を売るブランド「葉花」を立ち上げた。今ではYehuaの茶はよく売れる。",
               "叶花\tYehua\torg\t\t葉花|イエホア\t\tbrand (invented)\n") == []
    assert nam("老舗のブランド「臺星」の茶は人気だ。台星の工場は港にある。",
               "台星\t台星\torg\t\t\t\tbrand (invented)\n") == []


# NAM011: a place's near-homophone whose changed kanji is the name's own with a part taken away or added
PLACE = "军山镇\t軍山鎮\tplace\t\t\t\ttown (invented)\n"


def test_a_places_kanji_written_without_its_cover_is_a_lookalike():
    """車山鎮 for 軍山鎮: 車 is 軍 without its 冖 (data/kanji_cores.tsv), and ju one letter from jun: the look-alike
    explains the whole change, so the report is NAM011's, not the near-homophone's."""
    assert nam("軍山鎮は港町だ。今年の祭りは車山鎮の大通りで開かれた。", PLACE) == [("NAM011", "車山鎮")]
    assert nam("葵花鎮は港町だ。今年の祭りは癸花鎮の大通りで開かれた。",
               "葵花镇\t葵花鎮\tplace\t\t\t\ttown (invented)\n") == [("NAM011", "癸花鎮")]


def test_a_places_homophone_stays_a_homophone():
    """君山鎮 (jun, the name's own sound, another kanji of another shape) is a homophone, NAM004's."""
    assert nam("軍山鎮は港町だ。君山鎮の大通りで祭りが開かれた。", PLACE) == [("NAM004", "君山鎮")]
