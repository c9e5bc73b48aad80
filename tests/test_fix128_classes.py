"""Invented tests for the classes fixed after heldout-bilingual125 was scored (fix128; a development set since):
- the sentence aligner: a sentence added (0-1) and one left out (1-0) on either side of a 1-1 link, where linking
  each source sentence in its place costs at most `shift-margin` more and each such link shares content with its
  source, are two 1-1 links (``align._unshifted``): a term rendered wrongly in the first sentence and rightly in the
  second, beside words both source sentences share, had moved the links one place, and BIL003 reported a quoted
  sentence that was translated as left out;
- BIL003: a clause's count matched with its translation's reads the counter through `same-counters`
  (numbers.toml: 三根 and 3本, both ``棵``), so a clause that counts three sticks where the translation counts 3本 is
  there, not a clause lost (``omitted_sentence._counted``);
- the aligner's anchors: words said with no quotation marks after a word of saying and a comma or colon (terms.toml
  `speech-after`: 她说，性子急的人…) count as the pair of quotation marks a translation renders them with (「…」と彼女は
  言う), and as nothing beside a translation that does not quote them (``align.SAID_KEY``, ``content_fit``), so a paragraph whose first sentence was left out links its speaker's words, rendered as a quotation, to them, and
  BIL003 names the sentence left out, not the words said.
"""
from __future__ import annotations

import pytest

SOURCE = ["如今收稻都靠收割机，竹耙主要用来扬谷和翻晒稻草。", "他说：“机器再好，场上还得用竹耙。”"]
RENDERED = "今では稲刈りはコンバインで行い、竹熊手はおもに風選やわらの天日干しに使われる。"
QUOTED = "「機械がどれほど良くなっても、脱穀場では竹製の耙が欠かせない」と彼は言う。"
UNRELATED = "その朝、村の広場には子どもたちの歌声が響いていた。"


def _unit(text: str, japanese: bool, names=()):
    from textqa.bilingual.align import NAME_KEY, Unit, length, target_length, text_anchors
    from textqa.bilingual.numbers import counted_ones, measured, quantities
    from textqa.findings import Span

    found = quantities(text)
    anchors = text_anchors(text, japanese=japanese, found=found)
    for name in names:
        anchors[NAME_KEY + name] += 3
    return Unit(Span(0, len(text)), target_length(text) if japanese else length(text), anchors, None,
                frozenset(counted_ones(text)), measured(found))


def _shifted(first: str):
    """The source's two sentences and a translation whose first sentence is ``first``, with the links moved one
    place: the first target sentence added, the first source sentence linked to the second, the second left out."""
    src = [_unit(s, False, ("竹耙",)) for s in SOURCE]
    tgt = [_unit(first, True, ("竹耙",) if "竹" in first else ()), _unit(QUOTED, True, ("竹耙",))]
    return src, tgt, [((), (0,), 0.0), ((0,), (1,), 0.3), ((1,), (), 0.0)]


def test_a_shifted_pair_of_sentences_is_linked_in_place():
    from textqa.bilingual.align import _unshifted

    src, tgt, beads = _shifted(RENDERED)
    assert [(s, t) for s, t, _ in _unshifted(beads, src, tgt)] == [((0,), (0,)), ((1,), (1,))]


def test_an_added_sentence_that_shares_nothing_stays_added():
    from textqa.bilingual.align import _unshifted

    src, tgt, beads = _shifted(UNRELATED)
    assert [(s, t) for s, t, _ in _unshifted(beads, src, tgt)] == [((), (0,)), ((0,), (1,)), ((1,), ())]


@pytest.mark.parametrize("zh, ja, alike", [("三根杈股", "3本の股", True), ("两棵枣树", "ナツメの木2本", True),
                                           ("三根杈股", "3枚の板", False), ("三张照片", "写真3枚", True)])
def test_a_count_read_through_the_same_counters(zh, ja, alike):
    from textqa.bilingual.numbers import quantities
    from textqa.rules.bilingual.omitted_sentence import _counted

    assert bool(_counted(zh, quantities(zh)) & _counted(ja, quantities(ja))) is alike


@pytest.mark.parametrize("text, said", [
    ("她说，性子急的人编不好竹篮。", 2), ("他表示：价格还会上涨。", 2),
    ("他表示：“价格还会上涨。”", 0),  # quoted already: its own marks
    ("她说的竹篮卖得最好。", 0)])  # no comma or colon after the word: no words said
def test_words_said_unquoted(text, said):
    from textqa.bilingual.align import SAID_KEY, text_anchors

    assert text_anchors(text, japanese=False)[SAID_KEY] == said


@pytest.mark.parametrize("ja, fits_more", [("「せっかちな人には竹かごはうまく編めない」と彼女は言う。", True),
                                           ("せっかちな人には竹かごはうまく編めないと彼女は話す。", False)])
def test_words_said_count_as_quoted_only_beside_a_quotation(ja, fits_more):
    from textqa.bilingual.align import SAID_KEY, content_fit, text_anchors

    zh = text_anchors("她说，性子急的人编不好竹篮。", japanese=False)
    bare = zh.copy()
    del bare[SAID_KEY]
    target = text_anchors(ja, japanese=True)
    assert (content_fit(zh, target) > content_fit(bare, target)) is fits_more
    assert content_fit(zh, target) >= content_fit(bare, target)


def test_the_sentence_left_out_is_named_not_the_words_said(tmp_path):
    from lint_helpers import pair_findings

    (tmp_path / "g.tsv").write_text("zh\tja\ttype\treading\taccept\treject\tnote\n星河镇\t星河鎮\tplace\t\t\t\t\n",
                                    encoding="utf-8")
    zh = ["星河镇的竹篮", "每年春天，星河镇的老匠人都要编几十个竹篮。", "编好的竹篮要放在阴凉处晾三天。她说，性子急的人编不好竹篮。"]
    ja = ["星河鎮の竹かご", "毎年春になると、星河鎮の老職人は竹かごを数十個編む。", "「せっかちな人には竹かごはうまく編めない」と彼女は言う。"]
    left_out = [f.message for f in pair_findings(tmp_path, zh, ja) if f.code == "BIL003"]
    assert len(left_out) == 1 and "编好的竹篮" in left_out[0]
