"""A paragraph-local rule's findings kept by the paragraph's text (``textqa.lint.local_findings``, issue 14) are the
findings the rule makes reading the paragraph: wherever the text comes back, whatever stands around it."""
from __future__ import annotations

from pathlib import Path

import pytest

from textqa import Linter, lint
from textqa.document import Document
from textqa.rules.registry import RULES

ROOT = Path(__file__).resolve().parent.parent
LOCAL = {code for code, rule in RULES.items() if rule.paragraph_local}

# invented: a doubled particle, a stray space before a full stop, tone pinyin inserted after a kanji, a doubled mark
PARAGRAPH = "発表された数字は、は正確だ。売上は伸びています 。相當(dāng)な額だった。。"
CASUAL = "最高！！(笑) 楽しかったよ!"  # a casual register: its doubled marks are the writer's style (GRB007 at info)
SPACED = "私は 昨日 港 に 着いた 、 友人 と 会った 。 夜 は 雨 だった 。 朝 に 帰った 、 よ 。"  # spaces before its marks


def _documents() -> list[str]:
    return [PARAGRAPH, "見出し\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH, CASUAL + "\n\n" + PARAGRAPH + "\n",
            SPACED + "\n\n" + PARAGRAPH, "\r\n" + PARAGRAPH + "\r\n", "前置き\n" + PARAGRAPH + "\n後書き。"]


def _findings(texts: list[str]) -> list[list[tuple]]:
    linter = Linter(codes=LOCAL)
    return [[(f, f.span, f.context) for f in linter.lint_document(Document(t, "a.txt"))] for t in texts]


def _fresh(texts: list[str], monkeypatch) -> list[list[tuple]]:
    with monkeypatch.context() as m:
        m.setattr(lint, "KEPT_PARAGRAPHS", 0)
        lint._LOCAL.clear()
        return _findings(texts)


def test_the_local_rules_are_the_ones_meant():
    assert {"GRB007", "GRB008", "GRB012"} <= LOCAL
    assert all(RULES[code].per_paragraph and "mentions" not in RULES[code].reads for code in LOCAL)


def test_a_repeated_paragraph_gives_what_reading_it_gives(monkeypatch):
    texts = _documents()
    fresh = _fresh(texts, monkeypatch)
    lint._LOCAL.clear()
    assert _findings(texts) == fresh  # the second document on reads the memo
    assert _findings(list(reversed(texts))) == list(reversed(fresh))
    codes = [{f.code for f, _, _ in found} for found in fresh]
    assert all({"GRB008", "GRB012"} <= found for found in codes)
    assert "GRB007" in codes[0] and "GRB007" in codes[2]  # the doubled mark: a warning, and info when casual
    severities = {text: {str(f.severity) for f, _, _ in found if f.code == "GRB007" and "。。" in f.surface}
                  for text, found in zip(texts, fresh)}
    assert severities[texts[0]] != severities[texts[2]]


@pytest.mark.parametrize("folder", ["corpus", "tests/corpus/articles"])
def test_paragraphs_of_one_article_inside_another_give_what_reading_them_gives(folder, monkeypatch):
    """Each development article, then each one followed by the one before it (its paragraphs at other offsets,
    after another text and its style)."""
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / folder).glob("*.txt"))
                if not p.name.endswith(".zh.txt")]
    texts = articles + [a + "\n\n" + b for a, b in zip(articles, articles[-1:] + articles[:-1])]
    fresh = _fresh(texts, monkeypatch)
    lint._LOCAL.clear()
    assert _findings(texts) == fresh
    assert any(fresh)
