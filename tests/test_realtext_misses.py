"""Real errors that textqa missed on real Japanese pages (issue 11, section 4), one class a test, each on invented
text with an invented glossary, with the correct or legitimate text beside it that must stay silent."""
from __future__ import annotations

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

WARN = ("warning", "error")


def _found(text: str, rows: str) -> list[tuple[str, str, str | None]]:
    """(code, surface, suggestion) of each finding at warning or above."""
    glossary = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n" + rows))
    return [(f.code, f.surface, f.suggestion) for f in lint_text(text, glossary) if f.severity.value in WARN]


# A rejected form that is kanji but no script form of the entry's own characters (余 for 佘): the name's original
# misspelt. It stays wrong where a text cites a name as written: in the gloss after the correct form, heading a gloss
# that lists the forms, in a line with no kana (an infobox row glued to its label).
MISSPELT = ("佘嘉文\tカレン・シェー\tperson\t\t\t余嘉文\tinvented actress\n"
            "王海晖\t王海暉\tperson\t\t\t王海慧\tinvented governor\n"
            "青石传奇\t青石伝奇\tterm\t\t\t青石伝\tinvented novel\n")


def test_a_misspelt_original_in_the_gloss_of_the_correct_form_is_found():
    found = _found("主演:カレン・シェー（余嘉文）\nカレン・シェーは舞台でも活躍する。", MISSPELT)
    assert ("NAM001", "余嘉文", "佘嘉文") in found  # the fix in a gloss is the name in kanji, not the katakana again


def test_a_misspelt_original_heading_a_gloss_of_its_forms_is_found():
    text = "『青石伝』(せいせきでん、簡体字:青石传奇、ピンイン: Qīngshí Chuánqí)は、長編小説である。"
    assert ("NAM001", "青石伝", "青石伝奇") in _found(text, MISSPELT)


def test_a_misspelt_original_in_an_infobox_row_glued_to_its_label_is_found():
    text = ("省政府\n • 省人民代表大会常務委員会主任李明遠\n • 省長王海慧\n • 副省長陳東林\n • 省政治協商会議主席張国強\n"
            " • 省委員会書記周建華\n • 省高級人民法院院長劉志剛\n人口は八千万人である。")
    assert ("NAM001", "王海慧", "王海暉") in _found(text, MISSPELT)


def test_a_rejected_original_in_another_script_or_a_reading_in_a_gloss_is_a_citation():
    """The contrasts: the glossary rejects the simplified original and the Mandarin reading as the name's rendering,
    but a gloss that gives them after the correct form cites the name; so does a row of Chinese that writes the
    simplified form, and a quotation of the misspelling that a sentence talks about as a form."""
    rows = "马海林\t馬海林\tperson\t\t\t马海林|マー・ハイリン\tinvented painter\n"
    assert _found("馬海林（马海林、マー・ハイリン）は画家である。馬海林の個展が開かれた。", rows) == []
    chinese = _found("简历\n 画家马海林生于北京一个普通工人家庭\n 一九八五年毕业于中央美术学院油画系\n 现任美术学院院长"
                     "及北京美术家协会副主席\n馬海林は画家である。", rows)
    assert [f for f in chinese if f[0].startswith("NAM")] == []  # the Chinese itself is GRB001's
    assert _found("「余嘉文」と書かれることもあるが、正しい表記はカレン・シェーだ。", MISSPELT) == []


# The geta mark 〓, which a site or a font shows for a character it lacks, touching a kanji: a character of the word
# lost (a table's cell, a name before its title). With a glossary that names the person, the name is the fix.
def test_the_geta_mark_inside_a_word_is_a_lost_character():
    rows = "周晓明\t周暁明\tperson\t\t\t\tinvented runner\n"
    assert ("GRB014", "〓", None) in _found("| 第三代 | 載〓 | 1821-1850 |\n在位中に港を開いた。", "")
    assert ("GRB014", "周暁〓", "周暁明") in _found("決勝には周暁〓選手が出場した。", rows)


def test_the_geta_mark_adorning_a_heading_or_alone_is_silent():
    """The contrasts: a line that opens with the mark (a heading's ornament, kanji inside it), and marks that touch
    no kanji."""
    text = "〓新着情報〓\n〓〓 営業時間のお知らせ 〓〓\n評価：〓〓〓\n本日は休業です。"
    assert [f for f in _found(text, "") if f[0] == "GRB014"] == []


# A quotation of nothing but ? that the text calls a character (「?」の文字): the character itself was lost to an
# encoding, as a page about a place's one-character abbreviation shows it.
def test_a_quoted_question_mark_called_a_character_is_a_lost_character():
    assert ("GRB014", "?", None) in _found("「?」の文字は、星河市の通称として看板にも使われる。", "")
    assert ("GRB014", "??", None) in _found("『??』という漢字の組み合わせが町の名の由来だ。", "")


def test_a_quoted_question_mark_as_a_mark_or_shown_for_lost_text_is_silent():
    """The contrasts: the ? as a mark or a button, and a sentence about a ? shown where characters could not be."""
    for text in ("画面右上の「?」マークを押すとヘルプが開く。", "文字化けして「?」の文字が並ぶことがある。",
                 "「?」の文字が表示される場合は、設定を見直してください。"):
        assert [f for f in _found(text, "") if f[0] == "GRB014"] == [], text


# A name written with one character swapped for a look-alike that also reads one letter off (義 yi for 羲 xi): the
# weak near-homophone no longer hides the look-alike, and the surer of the two names the error.
EYE_AND_EAR = "王羲明\t王羲明\tperson\t\t\t\tinvented calligrapher\n侯海平\t侯海平\tperson\t\t\t\tinvented potter\n"


def test_a_look_alike_that_also_reads_near_is_found_as_a_look_alike():
    found = _found("書家の王義明は晩年に山へ移った。王義明の書は端正だ。", EYE_AND_EAR)
    assert found == [("NAM011", "王義明", "王羲明")] * 2


def test_a_homophone_look_alike_and_a_near_homophone_of_no_look_alike_keep_their_rules():
    """The contrasts: a look-alike that reads the same (候 for 侯) stays a homophone; a character one letter off
    that looks like nothing in the name (以 for 羲) stays a near-homophone, never a look-alike."""
    assert {f[0] for f in _found("陶芸家の候海平は窯を開いた。候海平の器は軽い。", EYE_AND_EAR)} == {"NAM004"}
    glossary = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n" + EYE_AND_EAR))
    codes = {f.code for f in lint_text("書家の王以明は晩年に山へ移った。王以明の書は端正だ。", glossary)}
    assert "NAM011" not in codes and "NAM005" in codes
