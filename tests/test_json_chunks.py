"""The JSON writer's indented fast path writes exactly what the standard library's encoder writes (issue 14):
compared on random nested data of every JSON type, on edge values, and on a real report. No timing here."""
from __future__ import annotations

import json
import math
import random

import pytest

from textqa.files import LazyList, json_chunks


def _value(rng: random.Random, depth: int):
    kind = rng.randrange(12 if depth < 4 else 7)
    if kind == 0:
        return "".join(rng.choice(['"', "\\", "\n", "\t", "\x00", "\x1f", "a", "名", "ア", "😀", "\u2028", "\udcff", " "])
                       for _ in range(rng.randrange(6)))
    if kind == 1:
        return rng.choice([0, -1, 7, 2**70, -(2**65), True, False, None])
    if kind == 2:
        return rng.choice([0.0, -0.0, 0.1, 1e300, -2.5e-8, 0.9427, 1 / 3, math.inf, -math.inf, math.nan])
    if kind in (3, 4, 5, 6):
        return rng.choice(["", "x", "NAM001", "warning", "麗水"])
    if kind in (7, 8):
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if kind == 9:
        return tuple(_value(rng, depth + 1) for _ in range(rng.randrange(3)))
    keys = ["a", "", "path", "名", 1, -2, 1.5, True, False, None, '"q"']
    return {rng.choice(keys): _value(rng, depth + 1) for _ in range(rng.randrange(5))}


def _joined(data, indent: int = 2) -> str:
    return "".join(json_chunks(data, size=64, indent=indent))


@pytest.mark.parametrize("indent", [2, 0, 4])
def test_indented_fast_path_writes_what_the_standard_encoder_writes(indent):
    rng = random.Random(14)
    for _ in range(3000):
        data = _value(rng, 0)
        assert _joined(data, indent) == _joined_stdlib(data, indent) or pytest.fail(repr(data))


def _joined_stdlib(data, indent: int) -> str:
    """What json_chunks wrote before its fast path: the standard library's iterencode, surrogates escaped."""
    from textqa.files import _escape_surrogates

    return _escape_surrogates("".join(json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(data)))


def test_lazy_lists_are_made_one_item_at_a_time_and_written_the_same():
    made = []

    def make(i, item):
        made.append(i)
        return {"i": i, "item": item, "nested": [item, {"x": [1.5, None]}]}

    items = ["a", "名", "b"]
    chunks = json_chunks({"version": "1", "findings": LazyList(items, make), "errors": []}, size=1, indent=2)
    first = next(chunks)
    assert made == []  # nothing made before it is written
    text = first + "".join(chunks)
    assert made == [0, 1, 2]
    expected = {"version": "1", "findings": [make(i, x) for i, x in enumerate(items)], "errors": []}
    assert text == json.dumps(expected, ensure_ascii=False, indent=2)
    assert _joined({"findings": LazyList([], make)}) == json.dumps({"findings": []}, indent=2)


def test_unserializable_values_and_keys_raise_as_the_standard_encoder_does():
    for bad in ({"a": object()}, [{1, 2}], {(1, 2): "tuple key"}):
        with pytest.raises(TypeError):
            json.dumps(bad, indent=2)
        with pytest.raises(TypeError):
            _joined(bad)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_real_report_is_written_the_same(fmt, monkeypatch):
    from pathlib import Path

    from click.testing import CliRunner

    from textqa import files
    from textqa.cli import main

    root = Path(__file__).resolve().parent.parent
    args = ["lint", "--no-progress", "--format", fmt, "--glossary", str(root / "glossary" / "hunan-blockchain.names.tsv"),
            str(root / "corpus" / "hunan-blockchain.ja.txt")]
    fast = CliRunner().invoke(main, args)
    monkeypatch.setattr(files, "_indented",
                        lambda data, indent: json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(data))
    # and each finding as its dict (the fast path writes it from its record, each distinct value once)
    from textqa.render import json_format

    monkeypatch.setattr(json_format, "finding_texts", json_format.finding_dicts)
    monkeypatch.setattr(json_format, "entity_texts",  # and each entity as its dict
                        lambda entities, written=None: json_format.entity_dicts(entities))
    slow = CliRunner().invoke(main, args)
    assert fast.exit_code == slow.exit_code == 1
    assert fast.stdout == slow.stdout and '"findings"' in fast.stdout.replace('"results"', '"findings"')


def test_a_lazy_list_deep_inside_is_written_item_by_item():
    """SARIF holds its results three levels down ({"runs": [{"results": [...]}]}): still made one at a time, in
    pieces of about the size asked for, and written as the standard encoder writes them."""
    made = []

    def make(i, item):
        made.append(i)
        return {"ruleId": "NAM001", "message": {"text": item * 50}, "locations": [{"line": i}]}

    items = [f"名{i}" for i in range(400)]
    data = {"version": "2.1.0", "runs": [{"tool": {"driver": {"rules": [{"id": "A"}]}},
                                          "results": LazyList(items, make)}]}
    chunks = json_chunks(data, size=1000, indent=2)
    pieces = [next(chunks)]
    assert len(made) < 50
    pieces += list(chunks)
    assert len(made) == 400 and max(map(len, pieces)) < 2000
    assert "".join(pieces) == json.dumps({**data, "runs": [{**data["runs"][0], "results": [
        make(i, x) for i, x in enumerate(items)]}]}, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("indent", [2, 0, 4])
def test_a_flat_lazy_list_is_written_as_a_lazy_list_is(indent):
    """A ``LazyList(..., flat=True)`` writes each item whole, without testing it for a lazy list inside: the same
    text as the plain lazy list and the standard encoder, at the top and deeper, for random items (short and long
    dicts and lists, scalars) and for findings' dicts."""
    rng = random.Random(15)
    for _ in range(400):
        items = [_value(rng, 1) for _ in range(rng.randrange(5))]
        items += [{f"k{i}": _value(rng, 2) for i in range(rng.choice([3, 16, 17, 30]))}]
        for wrap in (lambda x: x, lambda x: {"a": [1, {"b": x}]}):
            flat, plain = (wrap(LazyList(items, lambda i, item: item, flat=f)) for f in (True, False))
            assert _joined(flat, indent) == _joined(plain, indent) == _joined_stdlib(wrap(list(items)), indent)


def test_entities_written_from_their_renderings_are_their_dicts_written():
    """The JSON report's entities, each written straight from its renderings, are the text of their dicts: with and
    without the bilingual counts, with no rendering left, and with names that need escaping."""
    from array import array

    from textqa.render.json_format import entity_dicts, entity_texts
    from textqa.report import EntitySummary, Rendering

    entities = [
        EntitySummary("湖南", "湖南", [Rendering("a/b.txt", "湖南", "preferred", array("i", [3, 1, 3])),
                                      Rendering("名\udcff.txt", 'x"\\y', "homophone", array("i", [7]))]),
        EntitySummary("王伟", "王偉", [], source_mentions=2, source_rendered=0),
        EntitySummary("长沙", "長沙", [Rendering("c.txt", "長沙", "gloss", array("i", [12]))], 4, 3),
    ]
    for data in ({"entities": 1}, {"version": "1", "findings": [], "entities": 1, "errors": []}):
        fast, slow = (dict(data, entities=write(entities)) for write in (entity_texts, entity_dicts))
        assert "".join(json_chunks(fast, indent=2)) == "".join(json_chunks(slow, indent=2)) == \
            json.dumps(dict(data, entities=[json.loads(json.dumps(d)) for d in entity_dicts(entities)]),
                       ensure_ascii=False, indent=2).replace("\udcff", "\\udcff")
