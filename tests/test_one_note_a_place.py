"""One note a place (``resolve.one_note_a_place``): candidates of one span and kind that name several entities, none
sure enough for a warning, are reported as one note that names the others, with no fix; warnings stay one finding
each. Invented names and spans."""
from __future__ import annotations

from textqa.document import Document
from textqa.findings import Mention, Severity, Span
from textqa.glossary.compile import compile_glossary
from textqa.glossary.load import load_glossary
from textqa.mentions.kinds import MentionKind
from textqa.mentions.layer import LAYER, MentionLayer
from textqa.mentions.resolve import one_note_a_place
from textqa.context import LintContext
from textqa.rules.names.katakana_transliteration import Katakana

WARNING = 0.5
HERE = Span(4, 9)


def _m(entity: str, confidence: float, span: Span = HERE, kind=MentionKind.KATAKANA, glossed: bool = False):
    return Mention(span, "ロウ・ミン", entity, kind, confidence, detail="lou min", glossed=glossed)


def test_notes_below_the_warning_on_one_span_are_one_with_the_others_surest_first():
    out = one_note_a_place([_m("楼敏", 0.1), _m("娄民", 0.3), _m("卢明", 0.1)], WARNING)
    assert [(m.entity, m.others) for m in out] == [("娄民", ("卢明", "楼敏"))]  # equals by their Chinese forms


def test_warnings_glossed_mentions_and_other_spans_or_kinds_stay_apart():
    there = Span(20, 25)
    mentions = [_m("楼敏", 0.9), _m("娄民", 0.7), _m("卢明", 0.1, glossed=True),
                _m("楼敏", 0.1, there), _m("娄民", 0.1, there, MentionKind.ROMANIZED)]
    out = one_note_a_place(mentions, WARNING)
    assert [(m.entity, m.others) for m in out] == [(m.entity, ()) for m in mentions]


def test_a_lone_note_and_the_order_of_spans_are_kept():
    there = Span(20, 25)
    out = one_note_a_place([_m("楼敏", 0.1), _m("娄民", 0.1, there), _m("卢明", 0.2, there)], WARNING)
    assert [(m.span, m.entity, m.others) for m in out] == [(HERE, "楼敏", ()), (there, "卢明", ("娄民",))]


def _context(tmp_path, mentions) -> LintContext:
    path = tmp_path / "g.tsv"
    path.write_text("zh\tja\ttype\treading\n楼敏\t楼敏\tperson\tロウ・ミン\n娄民\t婁民\tperson\tロウ・ミン\n"
                    "卢明\t盧明\tperson\tルー・ミン\n", encoding="utf-8")
    doc = Document("会場でロウ・ミンが話した。")
    doc.add_layer(LAYER, MentionLayer(mentions))
    return LintContext(doc, compile_glossary(load_glossary([path])))


def test_the_note_names_the_others_and_offers_no_fix(tmp_path):
    ctx = _context(tmp_path, one_note_a_place([_m("楼敏", 0.02), _m("娄民", 0.01), _m("卢明", 0.01)], WARNING))
    [finding] = [f for f in Katakana().check(ctx) if f is not None]
    assert finding.severity is Severity.INFO and finding.entity == "楼敏" and finding.suggestion is None
    assert finding.message.endswith("or one of 2 other glossary names it reads as too (盧明 (卢明), 婁民 (娄民)): "
                                    "which one is meant is not sure")


def test_a_mention_of_one_entity_keeps_its_fix(tmp_path):
    ctx = _context(tmp_path, [_m("楼敏", 0.02)])
    [finding] = [f for f in Katakana().check(ctx) if f is not None]
    assert finding.suggestion == "楼敏" and "other glossary" not in finding.message
