"""Forms introduced by a label (繁体字: 國, 拼音: Xí Jìnpíng, an infobox row 簡体字<tab>习近平), from
data/form_labels.txt. A name talked about as a form is not an error; ``textqa.masks`` masks these spans.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from .charclass import KATAKANA_RANGE, LATIN_LETTER_RANGE
from .findings import Span

MAX_FORM = 60  # code points a labelled form may run before it is taken for prose
FORM_END = "、。,，;；」』）)】|\n"


@functools.lru_cache(maxsize=1)
def form_labels() -> tuple[str, ...]:
    text = resources.files("textqa").joinpath("data/form_labels.txt").read_text(encoding="utf-8")
    rows = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(sorted(rows, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _label() -> re.Pattern:
    labels = "|".join(map(re.escape, form_labels()))
    return re.compile(
        rf"(?:{labels})[ \u3000]*[:：=][ \u3000|]*"  # 簡体字: 习近平, 拼音：Xí Jìnpíng, 簡体字: | 习近平 |
        rf"|^[ \u3000|]*(?:{labels})[ \u3000\t|]+"  # an infobox or table row: 簡体字 习近平, | 繁体字 | 國 |
        rf"|(?:{labels})[はがも](?=[{LATIN_LETTER_RANGE}{KATAKANA_RANGE}])",  # 発音はシー・チンピン
        re.M)


# a line listing one name in several scripts: 新疆ウイグル自治区/新疆维吾尔自治区/Xinjiang Uyghur Autonomous Region
FORM_ROW = re.compile(r"^[^/／\n。、]{1,40}(?:[/／][^/／\n。、]{1,40})+$", re.M)
LATIN = re.compile(f"[{LATIN_LETTER_RANGE}]")


def labelled_spans(text: str) -> list[Span]:
    """Spans of the forms that labels introduce, each up to the next 、, closing bracket or line end,
    and of lines that list a name's forms in several scripts, separated by slashes."""
    out = [Span(m.start(), m.end()) for m in FORM_ROW.finditer(text)
           if len({bool(LATIN.search(item)) for item in re.split("[/／]", m.group())}) == 2]
    for m in _label().finditer(text):
        end = m.end()
        while end < len(text) and end - m.end() < MAX_FORM and text[end] not in FORM_END:
            end += 1
        end = m.end() + len(text[m.end():end].rstrip())
        if end > m.end():
            out.append(Span(m.end(), end))
    return out
