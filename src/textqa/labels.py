"""Labels that introduce a written form of a name (繁体字: 國, 拼音: Xí Jìnpíng), from data/form_labels.txt.

A span right after such a label, before the next 、 or closing bracket, talks about the form itself.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

MAX_FORM = 40  # code points from the label to the end of the form it introduces
FORM_END = "、。,，;；」』）)】\n"


@functools.lru_cache(maxsize=1)
def form_labels() -> tuple[str, ...]:
    text = resources.files("textqa").joinpath("data/form_labels.txt").read_text(encoding="utf-8")
    rows = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(sorted(rows, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _labelled() -> re.Pattern:
    labels = "|".join(map(re.escape, form_labels()))
    # 簡体字: 习近平 anywhere; an infobox or table row also as 簡体字<tab>习近平 or | 簡体字 | 习近平
    return re.compile(rf"(?:{labels})[ \u3000]*[:：][ \u3000]*"
                      rf"|(?:^|(?<=\n))[ \u3000|]*(?:{labels})[ \u3000]*[\t|][ \t\u3000|]*", re.M)


def labelled_form(text: str, start: int) -> bool:
    """True when ``start`` lies in a form introduced by a label (簡体字: 习近平, 拼音：Xí Jìnpíng, an infobox row)."""
    window = text[max(0, start - MAX_FORM):start]
    last = None
    for m in _labelled().finditer(window):
        last = m
    return last is not None and not any(c in FORM_END for c in window[last.end():])
