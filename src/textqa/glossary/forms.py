"""Script conversions (simplified, traditional, Japanese shinjitai) via OpenCC.

OpenCC over-converts for names (龍→竜), so a glossary's own ``ja`` column
always wins; these conversions only derive defaults and glyph variants.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=None)
def _converter(config: str):
    import opencc  # loaded on first use

    return opencc.OpenCC(config)


def convert(text: str, *configs: str) -> str:
    for config in configs:
        text = _converter(config).convert(text)
    return text


def japanese_form(zh: str) -> str:
    """Default Japanese rendering of a Chinese name: s2t then t2jp."""
    return convert(zh, "s2t", "t2jp")


@functools.lru_cache(maxsize=65536)
def simplified_form(text: str) -> str:
    """Any of the three scripts to simplified Chinese."""
    return convert(text, "jp2t", "t2s")


def glyph_forms(text: str) -> set[str]:
    """The same characters in every script form OpenCC knows."""
    trad = convert(text, "jp2t")
    forms = {text, convert(text, "t2s"), convert(text, "s2t"), trad, convert(trad, "t2s")}
    forms |= {convert(f, "s2t", "t2jp") for f in list(forms)}
    forms |= {convert(f, "t2jp") for f in list(forms)}
    return forms
