"""Spans that no rule reads: URLs, e-mail addresses, file names, wiki markup and labelled forms (the one
definition every rule shares).

A file name, a link or an address is copied, not translated: `Flag of the People's Republic of China.svg`
or `https://example.com/xi-jinping` may spell a name in pinyin, carry English or unbalanced brackets, and
none of that is a translation error. Nor is a form given after a label (`簡体字: 习近平`, see ``textqa.labels``)
or wiki template markup (`{{zh|s=…|p=…}}`, a template's parameter rows `|党名 = …`, a file link's file name
`[[File:… (星河茶馆).png|`), HTML tags (`<br/>`), SNS accounts (`@name`) and
program code (a line with a prompt `>>> `, `$ `, or a Python `class`, `def` or `import`; a fenced code block). Bare domains (JD.com) are not masked: a domain is often the name itself.
"""
from __future__ import annotations

import bisect
import functools
import re

from .findings import Span
from .labels import labelled_spans
from .wordlists import word_list

LAYER = "masks"


@functools.lru_cache(maxsize=1)
def file_extensions() -> tuple[str, ...]:
    return word_list("file_extensions.txt")


_URL_CHAR = r"[^\s<>\"'「」『』（）()【】、。，]"
URL = rf"(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)(?:{_URL_CHAR}|\({_URL_CHAR}*\))+"  # (…) only when balanced
TEMPLATE = r"\{\{[^{}\n]*\}\}"  # wiki template markup
# a wiki link to a file, up to its first option: the file's name, copied as uploaded, in any script and with spaces
# and brackets ([[File:Xinghe Tea House -(星河茶馆)Xinghe.png|thumb|…: the caption after the options is prose)
WIKI_FILE_LINK = r"\[\[(?:File|Image|ファイル|画像):[^|\[\]\n]{1,200}"
HTML_TAG = r"</?[A-Za-z][A-Za-z0-9]*(?:[ \t][^<>\n]*)?/?>"  # <br/>, <div style="font-size:smaller">
TEMPLATE_PARAM = r"(?m:(?<=^\|)[^=|{}\[\]\n]{1,20}=[^\n]*)"  # a wiki template's parameter row: |党名 = …
# a line of source code in a program listing: a prompt (>>> , $ ) or a Python class, def or import
SOURCE_CODE_LINE = r"(?m:^[ \t]*(?:>>>|\$ |class [A-Za-z_]\w*[(:]|def [A-Za-z_]\w*\(|import [A-Za-z_]|from [A-Za-z_][\w.]* import )[^\n]*)"
CODE_FENCE = r"(?ms:^```[^\n]*\n.*?^```)"  # a fenced code block (Markdown) in plain text
HANDLE = r"@(?<![A-Za-z0-9_.]@)[A-Za-z0-9_]{1,30}"  # an SNS account (@xinghe_trip), an identifier
# the Latin part of a reference-list entry: Surname, Given (2019). Title … (a note in Japanese after it stays prose)
REFERENCE = r"(?m:^[ \t]*[A-Z][A-Za-z'’\-]+,[ \t][A-Z][^\n]{0,120}?\((?:1[89]|20)\d\d[a-z]?\)\.[\x20-\x7e]*?(?=[ \t]*(?:\[?[^\x00-\x7f]|$)))"
# the Latin part of a reference-list entry on a numbered or marked line, with a year or a link
# (1. ^ Surname Given, "Title", 1995. / [2] "Surname Given". Site. https://… 2026年閲覧)
REFERENCE_ITEM = (r"(?m:^[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\]|[*\-^])[ \t^]*[\"“]?[A-Z][A-Za-z'’\-]+(?:[ \t][A-Z][A-Za-z'’\-]+)*"
                  r"[\"”]?[,.][ \t][\x20-\x7e]*?(?:\b(?:1[89]|20)\d\d\b|https?://)[\x20-\x7e]*(?=[^\x00-\x7f]|$))")
EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_NAME_WORD = r"[A-Za-z0-9][A-Za-z0-9_'’(),&+:\-]*"  # ASCII only: File:Flag_of_X.svg, Xi Jinping sign.svg


@functools.lru_cache(maxsize=1)
def _dot_extension() -> str:
    """A dot and one of the file-name extensions (data/file_extensions.txt), the longest tried first."""
    return r"\.(?:" + "|".join(sorted(file_extensions(), key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=1)
def extension() -> re.Pattern:
    """A file name's extension, not followed by a letter or digit (.jpg, .PDF): what every file name the masks find
    ends with (``pattern``'s and ``file_line``'s), so a text without one is scanned without trying them."""
    return re.compile(rf"{_dot_extension()}(?![A-Za-z0-9])", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def pattern(template_rows: bool = True, file_names: bool = True) -> re.Pattern:
    """Every masked span; without ``template_rows`` the same but a wiki template's parameter rows, which need a
    ``|``, and without ``file_names`` but file names, which need an ``extension`` (a text without one is scanned
    without trying them at every character)."""
    file_name = rf"|(?:{_NAME_WORD}[ _])*{_NAME_WORD}{_dot_extension()}(?![A-Za-z0-9])" if file_names else ""
    # every match begins with a Latin letter or digit, an e-mail address's punctuation, a brace, a tag's <, a
    # template row's label, a code line's indent or prompt, or a list marker (^ * [1]): a cheap look first
    rows = f"|{TEMPLATE_PARAM}" if template_rows else ""
    return re.compile(rf"(?:(?=[A-Za-z0-9._%+\-{{<>$` \t@^*\[])(?:{URL}|{EMAIL}|{HANDLE}|{TEMPLATE}|{HTML_TAG}|{SOURCE_CODE_LINE}|{CODE_FENCE}"
                      rf"|{REFERENCE}|{REFERENCE_ITEM}|{WIKI_FILE_LINK}"
                      rf"{file_name}){rows})", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def file_line() -> re.Pattern:
    """A line that is all a file name, in any script (an infobox's image: `總統林志強先生玉照 (國民大會實錄).jpg`):
    no 、 or 。 in it, and a file-name extension ending it."""
    return re.compile(rf"^[^\n、。]{{1,{MAX_FILE_LINE}}}{_dot_extension()}[ \t]*$", re.M | re.IGNORECASE)


MAX_FILE_LINE = 100  # code points of a line that is all a file name


def masked_spans(doc) -> list[Span]:
    """The ``masks`` layer: sorted, disjoint spans of URLs, e-mail addresses, file names, markup and labelled forms."""
    if LAYER not in doc.layers:
        names = extension().search(doc.text) is not None
        found = pattern("|" in doc.text, names).finditer(doc.text)
        lines = file_line().finditer(doc.text) if names else ()
        spans = sorted([Span(m.start(), m.end()) for m in (*found, *lines)] + labelled_spans(doc.text))
        merged: list[Span] = []
        for span in spans:
            if merged and span.start <= merged[-1].end:
                merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
            else:
                merged.append(span)
        doc.add_layer(LAYER, merged)
        doc.memo[BOUNDS] = ([s.start for s in merged], [s.end for s in merged])
    return doc.layers[LAYER]


BOUNDS = "masks.bounds"  # doc.memo: the masks' starts and ends, in order (disjoint: both increase), for bisection


def is_masked(doc, span: Span) -> bool:
    """True when ``span`` begins or ends inside a masked span (so it is about the file name, link or address)."""
    if not masked_spans(doc):
        return False
    starts, ends = doc.memo[BOUNDS]
    start, end = span
    i = bisect.bisect_right(starts, start) - 1  # the last mask that starts at or before the span
    if i >= 0 and start < ends[i]:
        return True
    last = max(start, end - 1)
    i = bisect.bisect_right(starts, last) - 1
    return i >= 0 and last < ends[i]
