from __future__ import annotations

import pytest

from textqa.errors import InputErrors
from textqa.glossary import load_glossary
from textqa.glossary.load import parse_glossary

from conftest import GLOSSARY

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def errors_of(text_or_bytes, write, name="g.tsv"):
    path = write(name, text_or_bytes)
    with pytest.raises(InputErrors) as exc:
        load_glossary([str(path)])
    return [str(e) for e in exc.value.errors]


def test_shipped_glossary_loads():
    g = load_glossary(str(GLOSSARY))
    assert len(g) >= 50
    e = g.get("易理华")
    assert e.ja == "易理華" and e.type == "person" and e.reading == "イー・リーホア"
    assert g.get("深圳").accept == ("深セン",)
    assert g.get("火币网").accept == ("Huobi.com", "フオビ", "火幣")


def test_columns_in_any_order_and_derived_ja():
    entries = parse_glossary("# comment\ntype\tzh\nperson\t张小龙\nplace\t广州\n")
    assert [(e.zh, e.ja, e.type) for e in entries] == [("张小龙", "張小竜", "person"), ("广州", "広州", "place")]


def test_lists_and_comments():
    (e,) = parse_glossary(HEADER + "# skip me\n深圳\t深圳\tplace\t\t深セン|深玔\t深川\tnote here\n")
    assert e.accept == ("深セン", "深玔") and e.reject == ("深川",) and e.note == "note here"


def test_no_zh_column(write):
    (msg,) = errors_of("ja\ttype\n長沙\tplace\n", write)
    assert msg.endswith("g.tsv:1: header has no 'zh' column [GLS001]")


def test_missing_trailing_fields_are_empty():
    (e,) = parse_glossary(HEADER + "长沙\t長沙\tplace\n")
    assert (e.zh, e.ja, e.type, e.accept, e.note) == ("长沙", "長沙", "place", (), "")
    (e,) = parse_glossary(HEADER + "长沙\t長沙\tplace\t\t\t\t\t\t\n")  # extra empty fields too
    assert e.type == "place"


def test_too_many_fields(write):
    path = write("g.tsv", HEADER + "长沙\t長沙\tplace\t\t\t\t\tmore\n")
    msgs = errors_of(HEADER + "长沙\t長沙\tplace\t\t\t\t\tmore\n", write)
    assert msgs == [f"{path}:2: expected at most 7 fields, found 8 [GLS001]"]


def test_csv_glossary_with_the_same_header(write):
    path = write("g.csv", 'zh,ja,type,reading,accept,reject,note\n深圳,深圳,place,,深セン|深玔,深川,"a note, with a comma"\n广州,広州\n')
    g = load_glossary([str(path)])
    assert [(e.zh, e.ja, e.type, e.accept, e.reject, e.note) for e in g] == [
        ("深圳", "深圳", "place", ("深セン", "深玔"), ("深川",), "a note, with a comma"), ("广州", "広州", "", (), (), "")]


def test_unknown_column_is_an_error_with_a_hint(write):
    (msg,) = errors_of("zh\tja\tacept\n深圳\t深圳\t深セン\n", write)
    assert msg.endswith(":1: unknown column 'acept' (did you mean 'accept'?); known columns: "
                        "zh, ja, type, reading, accept, reject, note [GLS002]")


def test_preferred_form_that_is_another_entrys_reject_fails_at_load(write):
    msgs = errors_of(HEADER + "娄底\t婁底\tplace\t\t\t婁迪\t\n易理华\t婁迪\tperson\t\t\t\t\n", write)
    assert msgs == [f"{write('g.tsv', '')}:2: '婁迪' is rejected for 娄底 but is the preferred form of 易理华 "
                    "(line 3); a form belongs to one entity [GLS006]"]


def test_unknown_type(write):
    (msg,) = errors_of("zh\ttype\n长沙\tcity\n", write)
    assert ":2: unknown type 'city'" in msg


def test_duplicate_zh(write):
    (msg,) = errors_of("zh\ttype\n长沙\tplace\n长沙\tplace\n", write)
    assert ":3: 'zh' '长沙' is already defined on line 2 [GLS003]" in msg


def test_glyph_variant_zh_is_a_duplicate(write):
    (msg,) = errors_of("zh\tja\ttype\n娄底\t婁底\tplace\n婁底\t婁底\tplace\n", write)
    assert ":3: 'zh' '婁底' is a glyph variant of '娄底', defined on line 2" in msg


def test_invalid_utf8(write):
    (msg,) = errors_of("zh\ttype\n".encode() + b"\xff\xfe\tplace\n", write)
    assert ":2: not valid UTF-8 (byte 0xFF at offset 8)" in msg


def test_a_glossary_saved_in_another_encoding_says_which(write):
    """A glossary exported as GB18030 (or Shift_JIS) is named as such, worded as for an article."""
    (msg,) = errors_of("zh\tja\n邓小平\t鄧小平\n习近平\t習近平\n深圳\t深セン\n".encode("gb18030"), write)
    assert msg.endswith("g.tsv:2: not valid UTF-8 (byte 0xB5 at offset 6); it looks like gb18030: save the glossary as UTF-8")


def test_a_tiny_shift_jis_glossary_is_not_taken_for_utf16(write):
    """Two short rows with no header (an even number of bytes, none NUL): UTF-16 decodes them too, into CJK-looking
    text, but a UTF-16 text's tabs and line breaks are half NULs, so Shift_JIS is named."""
    data = "中山\t中山\n".encode("cp932")
    assert len(data) % 2 == 0 and data.decode("utf-16")  # the trap: it does decode as UTF-16
    (msg,) = errors_of(data, write)
    assert msg.endswith("g.tsv:1: not valid UTF-8 (byte 0x92 at offset 0); it looks like cp932: save the glossary as UTF-8")


def test_empty_file(write):
    (msg,) = errors_of("", write)
    assert msg.endswith("g.tsv: glossary is empty (no header line)")
    (msg,) = errors_of("# only a comment\n\n", write, "h.tsv")
    assert "glossary is empty" in msg


def test_every_problem_reported_once_per_line(write):
    msgs = errors_of("zh\ttype\n长沙\tcity\n上海\tplace\tx\n上海\tplace\n上海\tplace\n", write)
    assert [m.split(":")[1] for m in msgs] == ["2", "3", "5"]


def test_entity_in_two_glossaries(write):
    a = write("a.tsv", "zh\ttype\n长沙\tplace\n")
    b = write("b.tsv", "zh\ttype\n上海\tplace\n长沙\tplace\n")
    with pytest.raises(InputErrors) as exc:
        load_glossary([str(a), str(b)])
    (msg,) = map(str, exc.value.errors)
    assert msg.startswith(f"{b}:3: 'zh' '长沙' is already defined on {a}:2")


def test_missing_glossary_file(tmp_path):
    with pytest.raises(InputErrors) as exc:
        load_glossary([str(tmp_path / "nope.tsv")])
    assert "glossary file not found" in str(exc.value)


def test_a_tsv_line_splits_into_fields_and_the_columns_they_start_at():
    from textqa.glossary.load import _split_tsv

    assert _split_tsv("张三\t張三\t\tperson") == [("张三", 1), ("張三", 4), ("", 7), ("person", 8)]
    assert _split_tsv("") == [("", 1)]


def test_rows_read_the_same_with_and_without_an_unnamed_column():
    """Cells and values are made in bulk when every column has a name; a column with an empty header keeps its
    own reading (its values are problems, its cells are not kept)."""
    from textqa.glossary.load import parse_file

    named = parse_file("zh\tja\tnote\n张三\t張三 \t x\n李四\t李四\n", "g.tsv")
    unnamed = parse_file("zh\t\tja\tnote\n张三\t\t張三 \t x\n李四\t\t李四\n", "g.tsv")
    for g, ja_column in ((named, 4), (unnamed, 5)):
        assert [r.entry.ja for r in g.rows] == ["張三", "李四"] and g.rows[0].entry.note == "x"
        assert g.rows[0].cells["ja"].raw == "張三 " and g.rows[0].cells["ja"].column == ja_column
        assert g.rows[0].cells["ja"].value == "張三" and "" not in g.rows[0].cells and not g.problems
    bad = parse_file("zh\t\tja\n张三\tx\t張三\n", "g.tsv")
    assert bad.problems == [(2, 4, "a value in a column whose header is empty")] and bad.rows[0].entry is None


def test_rows_read_without_cells_are_the_rows_read_with_them():
    """With no cells kept, a TSV row with no problem is read from its fields alone (``_quick_reader``); every row,
    entry and problem is the one reading it with its cells gives: random rows with too many or too few fields
    (empty or not), no zh, unknown or upper-case types, spaces around fields, blank and comment lines, under headers
    that name every column or not, in any order, with columns unknown or left out."""
    import random

    from textqa.glossary.load import parse_file

    rng = random.Random(5)
    cells = ["", " ", "王小明", "ワン", "person", "PLACE", "planet", "org ", "a|b", " x ", "#", "\u3000"]
    for header in ("zh\tja\ttype\treading\taccept\treject\tnote", "ja\tzh\ttype", "zh\t\tja", "zh\tja\ttype\tzh",
                   "note\tREJECT\tzh\tsource\taccept\treading"):
        lines = [header]
        for _ in range(400):
            lines.append("\t".join(rng.choice(cells) for _ in range(rng.randint(1, 9))))
        text = "\n".join(lines) + "\n"
        quick, full = parse_file(text, "g.tsv", cells=False), parse_file(text, "g.tsv", cells=True)
        assert quick.problems == full.problems and quick.entries == full.entries
        assert [(r.line, r.entry) for r in quick.rows] == [(r.line, r.entry) for r in full.rows]
        assert len(quick.entries) > 10 or "\t\t" in header or header.count("zh") > 1
