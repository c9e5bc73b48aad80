"""Property tests: random Unicode with random small glossaries through the API (issue 13).

For any text and glossary: no exception, every span inside the text, ``surface == text[span]``, line and column
agree with the span, and the same input gives the same output. The default profile is sized for CI; run
``python -m pytest tests/test_properties.py --hypothesis-profile=long`` for thousands of examples.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from textqa import Linter
from textqa.document import Document
from textqa.glossary.model import Entry, Glossary

HANZI = "易理华娄底曾国藩途牛马化腾深圳长沙李林王张刘陈杨黄赵周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅"
KANJI = "易理華婁底曽国藩途牛馬化騰深圳長沙李林王張劉陳楊黄趙周呉徐孫胡朱高何郭羅梁宋鄭謝韓唐馮于董蕭程曹袁鄧許傅麗迪帆"
KATAKANA = "イーリフアラウディマーホアテンシェンチェンリンワンチャンー・"
LATIN = "YiLhuaoudMHngzZe "
JAPANESE = "のはがをにでとも、。「」『』（）［］：は氏市社さん年月日です。ます"
BREAKS = ["\n", "\r\n", "\r", "\u2028", "\n\n", "\t", "\x85"]

japanese_text = st.lists(st.one_of(
    st.text(st.sampled_from(KANJI + HANZI), min_size=1, max_size=4),
    st.text(st.sampled_from(KATAKANA), min_size=1, max_size=6),
    st.text(st.sampled_from(LATIN), min_size=1, max_size=8),
    st.text(st.sampled_from(JAPANESE), min_size=1, max_size=5),
    st.sampled_from(BREAKS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=3),  # anything at all
), max_size=40).map("".join)


@st.composite
def glossaries(draw):
    n = draw(st.integers(0, 5))
    entries, seen = [], set()
    for i in range(n):
        zh = draw(st.text(st.sampled_from(HANZI), min_size=1, max_size=4))
        if zh in seen:
            continue
        seen.add(zh)
        ja = draw(st.text(st.sampled_from(KANJI), min_size=1, max_size=4))
        typ = draw(st.sampled_from(["", "person", "place", "org"]))
        reject = tuple(draw(st.lists(st.text(st.sampled_from(KANJI + KATAKANA), min_size=1, max_size=4),
                                     max_size=2)))
        entries.append(Entry(zh=zh, ja=ja, type=typ, reject=tuple(r for r in reject if r != ja), line=i + 2))
    return Glossary(entries, ["<random>"]) if entries else None


def check(text: str, findings) -> None:
    doc = Document(text)
    for f in findings:
        if f.span is None:
            continue
        assert 0 <= f.span.start <= f.span.end <= len(text), f
        if f.surface is not None:
            assert f.surface == text[f.span.start:f.span.end], f
        assert (f.line, f.column) == doc.position(f.span.start), f


@given(text=japanese_text, glossary=glossaries())
def test_any_text_against_any_small_glossary(text, glossary):
    findings = Linter(glossary).lint_text(text)
    check(text, findings)
    assert Linter(glossary).lint_text(text) == findings  # deterministic, and nothing leaks between runs


@given(text=st.text(st.characters(exclude_categories=("Cs",)), max_size=300))
def test_any_unicode_without_a_glossary(text):
    findings = Linter(None).lint_text(text)
    check(text, findings)
    assert Linter(None).lint_text(text) == findings
