"""The text renderer's drawings: the caret marker under a span and the columns of the per-entity block (invented
findings and renderings)."""
from __future__ import annotations

from types import SimpleNamespace

from textqa.render.text_format import _width, entity_block, excerpt


def test_an_empty_span_is_one_caret_at_its_point():
    # BIL007 points at the start of an aligned sentence with an empty span when no rendering was found
    line, marks = excerpt("前の文。次の文が始まる。", 5, 5)
    assert line == "前の文。次の文が始まる。"
    assert marks == " " * 8 + "^"  # under the left half of 次, nothing marked
    line, marks = excerpt("前の文。次の文が始まる。", 5, 6)  # a one-character span still marks that character
    assert marks == " " * 8 + "^^"


def _rendering(surface, kind, correct=False):
    return SimpleNamespace(surface=surface, kind=kind, count=1, correct=correct, path="a.ja.txt", lines=[3])


def test_long_katakana_renderings_keep_the_columns_in_line():
    entities = [SimpleNamespace(zh="甲乙丙", preferred="甲乙丙", source_mentions=None, source_rendered=None,
                                renderings=[_rendering("ドルジ・アルダンバートル", "katakana"),
                                            _rendering("甲乙丙", "preferred", True)]),
                SimpleNamespace(zh="丁戊", preferred="丁戊", source_mentions=None, source_rendered=None,
                                renderings=[_rendering("Ding Wu", "romanized")])]
    rows = [r for r in entity_block(SimpleNamespace(entities=entities)) if r.startswith("    ")]
    assert len(rows) == 3
    # the kind column starts at the same display column on every row, full-width characters counted as two
    starts = {_width(r[:r.index(kind)]) for r, kind in zip(rows, ("katakana", "preferred", "romanized"))}
    assert len(starts) == 1
