"""Chinese people's names left in pinyin, as the GRB rules read them: which Latin runs of a paragraph name a person
(``romanised_name``), the enumerations they are listed in, and the roll of people such a list makes."""
from __future__ import annotations

import re

from ...charclass import SPACE, SPACES, is_kanji
from ...findings import Span
from ...labels import reads_as
from ...mentions.context import GlossGroups, gloss_after, introduced_as_alias, labelled_gloss
from ...phonetics.syllables import name_shape, segment, two_part_name_shape
from ._text import HONORIFICS, english_word, glossary_surface, is_title_word, latin_runs, line_has_japanese

ROLL_NAMES = 3  # romanised names in one enumeration that make it a roll of people: a pinyin word in it is one too
NAME_REACH = 8  # kanji before a bracketed romanisation searched for the name it spells (words may come first)
LIST_COMMAS = ("、", ",", "，")  # what separates the items of an enumeration


def romanised_name(ctx, marks, words) -> bool:
    """A run of Latin words (``latin_runs``) that is a Chinese person's name left in pinyin: a one-syllable surname
    and a given name (or two words of two syllables right before an honorific), not a gloss, an alias the text
    introduces, a name followed by its labelled forms, a glossary form, a line with no Japanese, a romanisation the
    text gives after the kanji it spells (in brackets after them, or after the quotation that holds them:
    「星河祠」(Xing He Ci)), or common English words."""
    run = Span(words[0][0].start, words[-1][0].end)
    latin = [w for _, w in words]
    if not name_shape(latin) and not (two_part_name_shape(latin) and _honorific_after(ctx.doc.text, run.end)):
        return False
    if marks.inside_gloss(run) or marks.english_gloss_of_quote(run) or glossary_surface(ctx, run) \
            or introduced_as_alias(ctx.doc.text, run.start) \
            or _glossed_with_labels(ctx.doc, run) or not line_has_japanese(ctx.doc.text, run) \
            or _given_as_reading(ctx.doc.text, ctx.doc.slice(run)):
        return False
    return not all(english_word(ctx.doc, s, w, common_only=True) for s, w in words)


def _honorific_after(text: str, end: int) -> bool:
    """An honorific (data/honorifics.txt) right after ``end``, one space between allowed: さん, 氏."""
    start = end + 1 if text[end:end + 1] in (" ", "\u3000") else end
    return text.startswith(HONORIFICS, start)


def _glossed_with_labels(doc, run: Span) -> bool:
    """A name followed by its forms under labels: Zhou Minghui (繁体字: 周明輝、拼音: Zhōu Mínghuī)."""
    if "text.gloss_groups" not in doc.memo:
        doc.memo["text.gloss_groups"] = GlossGroups(doc.text)
    inner = gloss_after(doc.text, run.end, doc.memo["text.gloss_groups"])
    return inner is not None and labelled_gloss(doc.text, inner)


def _given_as_reading(text: str, name: str) -> bool:
    """The text gives the same romanised name in brackets after kanji it spells (雷軍(Lei Jun), 陈国栋（Chen
    Guodong）, or a space before the bracket as English sets it: 李景漢 (Li Jinghan)): the writer knows the person's
    kanji and names them by the romanisation on purpose."""
    for opening in _bracketed(text, name):
        end = opening
        while end > 0 and text[end - 1] in SPACES:
            end -= 1
        lo = end
        while lo > 0 and end - lo < NAME_REACH and is_kanji(text[lo - 1]):
            lo -= 1
        kanji = text[lo:end]  # words before the name: 創業者雷軍(Lei Jun)
        if len(kanji) >= 2 and any(reads_as(kanji[i:], name) for i in range(len(kanji) - 1)):
            return True
    return False


def _bracketed(text: str, name: str):
    """The offset of the opening bracket of each place where ``name`` is all a pair of round brackets holds, spaces
    around it allowed (`(Lei Jun)`, `（ Lei Jun ）`): the starts of ``[(（] *name *[)）]``'s matches, found from the
    name's places (``str.find``) rather than by trying the pattern at every code point of the text."""
    if name[:1] in SPACES or name[-1:] in SPACES or not name:  # (a Latin run never is: the pattern, as written)
        yield from (m.start() for m in re.finditer(rf"[(（]{SPACE}*{re.escape(name)}{SPACE}*[)）]", text))
        return
    done = 0  # where the last match ended: matches do not overlap
    at = text.find(name)
    while at >= 0:
        lo, hi = at, at + len(name)
        while lo and text[lo - 1] in SPACES:
            lo -= 1
        while hi < len(text) and text[hi] in SPACES:
            hi += 1
        if lo > done and text[lo - 1] in "(（" and text[hi:hi + 1] in (")", "）"):
            yield lo - 1
            done = hi + 1
        at = text.find(name, at + 1)


CHAINS = "garble.latin-chains"  # doc.memo: (the window read now, its paragraphs' ``latin_chains`` by start)


def latin_chains(ctx, para: Span, text: str) -> list:
    """The ``enumerations`` of the Latin runs (``latin_runs``) of the paragraph ``para`` (its text ``text``): made once
    for the rules that read them (GRB002, GRB003: each reads every paragraph with a Latin letter), and kept while
    the rules read the paragraphs' window (so a long document's runs are never all held at once)."""
    window = ctx.window[0].start if ctx.window else None
    held = ctx.doc.memo.get(CHAINS)
    if held is None or held[0] != window:
        held = ctx.doc.memo[CHAINS] = (window, {})
    chains = held[1].get(para.start)
    if chains is None:
        chains = held[1][para.start] = list(enumerations(text, list(latin_runs(text, para.start)), para.start))
    return chains


def enumerations(text: str, runs, base: int):
    """Latin runs (span, words) grouped into enumerations: runs separated only by a list comma (、 , ，)."""
    chain: list = []
    for run, words in runs:
        if chain and text[chain[-1][1][-1][0].end - base:run.start - base].strip() not in LIST_COMMAS:
            yield chain
            chain = []
        chain.append((run, words))
    if chain:
        yield chain


def lone_pinyin(ctx, word) -> bool:
    """A single capitalised word of two or more pinyin syllables that SudachiPy does not know."""
    span, w = word
    parts = segment(w) if is_title_word(w) else None
    return bool(parts) and len(parts) >= 2 and not english_word(ctx.doc, span, w, strict=False)


def roll_of_names(ctx, marks, chain) -> bool:
    """An enumeration (``enumerations``) that lists ROLL_NAMES romanised names or more: a roll of people."""
    return sum(romanised_name(ctx, marks, words) for _, words in chain) >= ROLL_NAMES
