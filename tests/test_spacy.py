"""The spaCy component: findings as spans in doc.spans["textqa"], registered by entry point."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest

spacy = pytest.importorskip("spacy")

from conftest import GLOSSARY  # noqa: E402

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n深圳\t深セン\t深圳\t\n"
TEXT = "昨日、馬花騰氏は語った。深圳の企業は成長した。深センでは、深センの市場が広がった。"


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    names = tmp_path_factory.mktemp("spacy") / "names.tsv"
    names.write_text(NAMES, encoding="utf-8")
    nlp = spacy.blank("ja")
    nlp.add_pipe("textqa", config={"glossary": [str(names)]})
    return nlp


def test_findings_become_spans(nlp):
    doc = nlp(TEXT)
    spans = {s.label_: s for s in doc.spans["textqa"]}
    assert set(spans) == {"NAM001", "NAM002"}
    rejected = spans["NAM001"]
    assert rejected.text.startswith("馬花騰") and spans["NAM002"].text == "深圳"  # widened to whole tokens
    assert rejected._.textqa_suggestion == "馬化騰" and rejected._.textqa_severity == "error"
    assert "rejected form" in rejected._.textqa_message and rejected._.textqa_entity == "马化腾"
    assert spans["NAM002"]._.textqa_suggestion == "深セン"


def test_clean_text_has_no_spans(nlp):
    assert list(nlp("馬化騰氏は深センで語った。").spans["textqa"]) == []


def test_span_is_widened_to_tokens(tmp_path):
    names = tmp_path / "names.tsv"
    names.write_text(NAMES, encoding="utf-8")
    nlp = spacy.blank("ja")
    nlp.add_pipe("textqa", config={"glossary": [str(names)], "select": ["NAM001"]})
    doc = nlp("馬花騰氏")
    [span] = doc.spans["textqa"]
    assert span.start_char == 0 and span.end_char >= 3 and span.label_ == "NAM001"


def test_registered_by_entry_point_in_a_fresh_process():
    assert any(ep.name == "textqa" for ep in entry_points(group="spacy_factories"))
    code = ("import spacy, sys; nlp = spacy.blank('ja'); "
            f"nlp.add_pipe('textqa', config={{'glossary': [{str(GLOSSARY)!r}]}}); "
            "doc = nlp('深圳の企業。深センでは、深センの市場。'); "
            "print([(s.text, s.label_) for s in doc.spans['textqa']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "('深セン', 'NAM002')" in out.stdout  # the glossary prefers 深圳, which the text uses


def test_saved_pipeline_loads_elsewhere(tmp_path, monkeypatch):
    """The glossary's content is stored with the pipeline, not a path relative to where it was saved."""
    made = tmp_path / "made"
    made.mkdir()
    (made / "names.tsv").write_text(NAMES, encoding="utf-8")
    monkeypatch.chdir(made)
    nlp = spacy.blank("ja")
    nlp.add_pipe("textqa", config={"glossary": ["names.tsv"]})
    nlp.to_disk(tmp_path / "pipeline")
    (made / "names.tsv").unlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded(TEXT)
    assert {s.label_ for s in doc.spans["textqa"]} == {"NAM001", "NAM002"}
    loaded.to_disk(tmp_path / "again")  # a loaded pipeline saves its glossary again
    doc = spacy.load(tmp_path / "again")(TEXT)
    assert {s.label_ for s in doc.spans["textqa"]} == {"NAM001", "NAM002"}
