"""Knowledge of names lives in data: no name or variant from the example article appears in src/."""
from __future__ import annotations

from textqa.glossary import load_glossary

from conftest import GLOSSARY, ROOT

ARTICLE_VARIANTS = ["易麗華", "イー・リフア", "リフア", "李麗華", "婁迪", "ラウディ", "国帆", "張暁龍", "姚金博",
                    "唐燕", "熊小格", "屯牛", "七車茶", "古東", "Yi Lihua", "Loudi", "Li Lin", "リー リン", "Zeng",
                    "Qulian", "クォンタム"]


def test_src_names_no_article_name():
    names = {form for e in load_glossary(str(GLOSSARY)) for form in (e.zh, e.ja, *e.accept) if len(form) >= 2}
    names |= set(ARTICLE_VARIANTS)
    leaks = []
    for path in (ROOT / "src").rglob("*"):
        if path.suffix in (".py", ".tsv", ".txt", ".toml"):
            text = path.read_text(encoding="utf-8")
            leaks += [f"{path.relative_to(ROOT)}: {n}" for n in sorted(names) if n in text]
    assert not leaks
