"""GRB rules on the example article (every damage quoted in the issue) and on clean controls."""
from __future__ import annotations

import pytest

from conftest import CORPUS, DATA
from textqa import lint_text
from textqa.document import Document
from textqa.findings import Span

# (code, a passage that locates the damage, the damage inside it)
QUOTED = [
    ("GRB001", "区块链商业观察", "区块链商业观察"),
    ("GRB001", "本文约4768字,阅读全文需要约19分钟", "本文约4768字,阅读全文需要约19分钟"),
    ("GRB001", "作者文库", "作者文库"),
    ("GRB002", "樹立しました。 time ; 2014", "time ;"),
    ("GRB002", "、German Smart Chainなど", "German Smart Chain"),
    ("GRB002", "。 Hunan Smart Government Affairs、", "Hunan Smart Government Affairs"),
    ("GRB003", "、Li Jianwu、", "Li Jianwu"),
    ("GRB003", "、Yang Xiaohua、", "Yang Xiaohua"),
    ("GRB003", "、Deng Legengなど", "Deng Legeng"),
    ("GRB005", "みんなフォールドしました」「わずかな利益です。", "」「"),
    ("GRB006", "と呼ばれた。」湖南", "。」"),
    ("GRB004", "優れたプロジェクト」と発表した", "」"),
    ("GRB007", "追い抜かれています。」 、そして", "」 、"),
    ("GRB007", "わかります。 、まだ", "。 、"),
    ("GRB007", "となった。 -レベル", "。 -"),
    ("GRB008", "情報は、は曖昧だ", "は、は"),
    ("GRB009", "とモバイル インターネットの", "モバイル インターネット"),
    ("GRB009", "オラクル コーポレーション", "オラクル コーポレーション"),
    ("GRB009", "、リー リンは", "リー リン"),
    ("GRB010", "人材は限られている 北京、", "いる 北京"),
    ("GRB011", "過去 10 年間", " 10 "),
]


@pytest.fixture(scope="module")
def corpus():
    text = CORPUS.read_text(encoding="utf-8")
    return Document(text), lint_text(text)


@pytest.mark.parametrize("code,passage,damage", QUOTED, ids=[f"{c}-{d}" for c, _, d in QUOTED])
def test_quoted_damage_is_reported_precisely(corpus, code, passage, damage):
    doc, findings = corpus
    at = doc.text.index(passage) + passage.index(damage)
    hurt = Span(at, at + len(damage))
    line = doc.paragraph_of(at)
    hits = [f for f in findings if f.code == code and f.span.contains(hurt)]
    assert hits, f"{code} does not report {damage!r}"
    for f in hits:
        assert line.contains(f.span)
        if hurt != line:
            assert f.span != line, f"{code} reports the whole line"
            if code != "GRB011":  # a paragraph summary spans its first to last place
                assert f.span.end - f.span.start <= len(damage) + 2


def test_german_smart_chain_listed_beside_a_half_translated_name_is_a_warning(corpus):
    """An English phrase alone is info (organisations do use such names); listed beside Hunan Smart Government
    Affairs, a name of pinyin and three English words, it is one of the names the translation made up."""
    _, findings = corpus
    (f,) = [f for f in findings if f.surface == "German Smart Chain"]
    assert (f.code, f.severity.value) == ("GRB002", "warning")


def test_halfwidth_spacing_is_one_summary_per_paragraph(corpus):
    doc, findings = corpus
    spacing = [f for f in findings if f.code == "GRB011"]
    assert {f.severity.value for f in spacing} == {"info"}
    assert len({f.line for f in spacing}) == len(spacing) == 16
    (first,) = [f for f in spacing if f.line == 11]
    assert "'10', '10', 'WeChat', '58.com' and 3 more (7 place(s))" in first.message
    assert first.surface.startswith(" 10 年間") and first.surface.endswith(" 1/3 ")


def test_glossary_names_are_left_to_the_name_rules(linter):
    text = CORPUS.read_text(encoding="utf-8")
    names = {f.surface for f in linter.lint_text(text) if f.code == "GRB003"}
    assert "Li Lin" not in names and "Yi Lihua" not in names  # glossary entities
    assert {"Li Jianwu", "Yang Xiaohua", "Deng Legeng"} <= names


@pytest.mark.parametrize("name", ["clean-control.ja.txt", "clean-control-2.ja.txt"])
def test_clean_control_is_silent(name):
    findings = lint_text((DATA / "garble" / name).read_text(encoding="utf-8"))
    assert [(f.code, f.surface) for f in findings if f.code.startswith("GRB")] == []


def test_weaker_latin_evidence_is_info_only(corpus):
    _, findings = corpus
    surfaces = ("Qulian Technology", "Panzi", "Laomai")
    weak = {f.surface: (f.code, f.severity.value) for f in findings if f.surface in surfaces}
    # a two-word pinyin-and-English name is info alone, a warning listed beside a half-translated name of three words
    # or more (Hunan Smart Government Affairs); a lone pinyin word in a roll of ten romanised names is a warning
    assert weak == {"Qulian Technology": ("GRB002", "warning"), "Panzi": ("GRB003", "warning"),
                    "Laomai": ("GRB003", "warning")}
