"""One invented test per class fixed after heldout48 was scored (lk48): a person's given-name kanji written with
another kanji of its frame, last part or core that given names are often made of (梅 for 海, both 每 on the right)
is read as a slip only where the text addresses it as it addresses a person; besides a name suffix after it
(さん, 課長), a form followed by と and a word saying it was written or printed so (と書かれた, と印刷された:
data/verbatim_verbs.txt) is the person's name as seen misspelt on paper, not a relative named in passing
(textqa.mentions.lookalike._lone_slip)."""
from conftest import lint_findings

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "柏海松\t柏海松\tperson\tバイ・ハイソン\t\t\tcounty official for festivals (invented)\n")
NAMED = "県の柏海松課長は、秋の祭りを準備した。"


def _nam011(text: str) -> list[tuple[str, str, str]]:
    return [f for f in lint_findings(text, GLOSSARY) if f[0] == "NAM011"]


def test_a_name_written_so_on_paper_is_a_slip():
    assert [f[2] for f in _nam011(NAMED + "柏梅松と書かれた招待状が届いたこともある。")] == ["柏梅松"]


def test_a_quoted_name_printed_so_is_a_slip():
    assert [f[2] for f in _nam011(NAMED + "名札には「柏梅松」と印刷されていた。")] == ["柏梅松"]


def test_a_bare_name_of_the_frame_may_be_a_relative():
    """The contrast: the same form with neither a suffix nor a word of writing after it may name a sibling."""
    assert _nam011(NAMED + "柏梅松も会場に来た。") == []


def test_a_sentence_that_names_the_person_names_another_beside_it():
    """The contrast: written so, but in a sentence that also names the person correctly: another person."""
    assert _nam011(NAMED + "柏海松課長と、柏梅松と書かれた札の主が並んだ。") == []
