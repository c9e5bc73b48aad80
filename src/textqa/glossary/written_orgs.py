"""An organisation's name that the translation writes whole, character for character, for ``glossary suggest``:
a company by its name and its trade (星河科技, 星河电池, 星河食品公司's 星河食品), an office or an institution by its place
and its words (星河市公共交通集团 where jieba tags 星河市 a noun, not a place).

jieba cuts such a name into words (星岚/nr + 科技/n, 绒源/n + 集团/n), or glues its ending to the next word (科技开发/nt),
and ``suggest`` proposed its first word alone (星岚, as an organisation) or nothing. ``long_orgs`` reads a name from a
place that jieba tags as one; here the translation is the evidence, read by characters:

- in the source, a run of two to ``MAX_LENGTH`` kanji that ends with an organisation's ending (data/org_endings.tsv)
  or a trade's word (data/org_trades.txt: 科技, 电池, 公司), the part before it two characters or more and no word
  of jieba's dictionary but a name (理想 + 汽车 is a car of one's dreams to it), the whole no common noun of the
  Japanese dictionary;
- in the translation, the same characters (``written.written_at``: as they are, in OpenCC's form, or in any script)
  after a character that is no kanji (or at its start) and before one (`の泉声科技が`, `星嵐科技　2026`), the ending
  perhaps in a Japanese form of data/org_endings.tsv (`の星緒実験小学校が` for 星绪实验小学).

The longest such run at each ending is taken, and the source words inside it are made one word tagged ``nt`` (the words
across its edges cut there); a place with its suffix that opens it (星河市 of 星河市公共交通集团) stays a name of its
own, as ``long_orgs`` keeps it. The row's ``ja`` is the translation's form (``written.own_form``).
"""
from __future__ import annotations

import functools

from ..charclass import is_kanji
from ..phonetics.tables import place_suffixes
from ..wordlists import data_table, word_list
from .forms import japanese_form
from .written import own_form, written_at

MAX_LENGTH = 16  # characters of an organisation's name at most
MIN_STEM = 2  # characters before its ending at least (星岚 + 科技; not 新 + 材料)
RARE = 10  # jieba's count of a word at most for it to be a name's part it hardly knows (星源 6; not 理想 3988)


@functools.lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    from .long_orgs import HEADER

    return tuple(sorted({*data_table("org_endings.tsv", HEADER), *word_list("org_trades.txt")}, key=len, reverse=True))


def organisations(toks, source: str, target: str) -> tuple[list, dict[str, str]]:
    """jieba's words ``toks`` (``whole_names.Token``) of ``source`` with each organisation's name found as the module's
    docstring says made one word tagged ``nt``, and zh -> the translation's form of each."""
    from ..bilingual.whole_names import ORG

    spans: dict[int, int] = {}
    i = 0
    while i < len(toks):
        found = _longest(toks, i, source, target) if _opens(toks[i]) else None
        if found is None:
            i += 1
            continue
        spans[toks[i].start] = found[0]
        i = found[1] + 1
    # an organisation jieba or ``whole_names`` joined whole (沃田 + 种植 + 合作社), its ending's words translated
    # (栽培協同組合: data/org_endings.tsv's forms of 种植合作社): the translation's form of it too
    joined = {t.word: form for t in toks if t.flag == ORG and t.word.endswith(_endings()) and _joined_name(t.word)
              and (form := _written_alone(target, t.word))}
    if not spans:
        return toks, joined
    forms = {**joined, **{source[s:e]: _written_alone(target, source[s:e]) for s, e in spans.items()}}
    return _cut(toks, spans, source), forms


def _opens(t) -> bool:
    """A word that may open a company's name: kanji, no function word, no place with its suffix, no organisation
    jieba knows (its own name, read as it is)."""
    from ..bilingual.whole_names import ORG
    from .cut_names import plain_word

    return plain_word(t) and t.flag != ORG and not t.word.endswith(place_suffixes())


def _longest(toks, i: int, source: str, target: str) -> tuple[int, int] | None:
    """(end, index of its last word) of the longest name from word ``i`` that ends with an ending, is a name by
    ``_a_name`` and is written alone in the translation; else None."""
    from ..bilingual.whole_names import ORG, PLACE
    from .cut_names import plain_word

    best, start = None, toks[i].start
    for j in range(i, len(toks)):
        t = toks[j]
        if j > i and (not plain_word(t) or t.flag == PLACE or t.word.endswith(place_suffixes())) \
                or t.end - start > MAX_LENGTH:
            break
        # an organisation jieba knows only where the name ends inside it (泉声 + 科技开发/nt: 泉声科技)
        for end in range(t.start + 1, t.end + (t.flag != ORG or j == i)):
            name = source[start:end]
            if end - start > MIN_STEM and name.endswith(_endings()) and _a_name(name, toks[i:j + 1]) \
                    and _written_alone(target, name):
                best = (end, j)
    return best


def _a_name(name: str, words) -> bool:
    """The part of ``name`` before its ending is two characters or more, no word of jieba's dictionary but a name's or
    one it hardly knows (``RARE``), and holds a word of jieba's ``words`` that is a name's (星岚/nr) or that its
    dictionary lacks (绒源/n, a word of its guess) or, of two characters, hardly knows and the Japanese one reads as
    no common noun (星源/n; not 稻作, nor 民族乐器, a compound); the whole is no common noun of the Japanese
    dictionary."""
    from ..bilingual.names import tagger
    from ..bilingual.whole_names import NAME_FLAGS
    from ..phonetics.tables import chinese_word_tag
    from ..tokens import one_common_noun
    from .suggest import NAME_TAGS

    ending = next(e for e in _endings() if name.endswith(e))
    stem = name[:-len(ending)]
    tag = chinese_word_tag(stem)
    freq = tagger().tokenizer.FREQ
    rare = any(t.flag in NAME_FLAGS or not freq.get(t.word, 0) or len(t.word) == MIN_STEM
               and freq.get(t.word, 0) <= RARE and not one_common_noun(japanese_form(t.word))
               for t in words if t.start < words[0].start + len(stem))
    return len(stem) >= MIN_STEM and rare and (tag is None or tag in NAME_TAGS or freq.get(stem, 0) <= RARE) \
        and not one_common_noun(japanese_form(name)) and not one_common_noun(japanese_form(stem))


def _joined_name(name: str) -> bool:
    """An organisation jieba or ``whole_names`` joined is a name by ``_a_name``, read with jieba's words of it
    (沃田/nr + 种植 + 合作社; not 养蜂 + 合作社, a kind of cooperative)."""
    from ..bilingual.names import tagger
    from ..bilingual.whole_names import tokens

    return _a_name(name, tokens(name, tagger()))


def _written_alone(target: str, name: str) -> str:
    """The translation's form of ``name`` where ``target`` writes it whole between characters that are no kanji, or
    writes the part before its ending so and then a Japanese form of the ending (data/org_endings.tsv: 幼儿园 as 幼稚園,
    小学 as 小学校); else ""."""
    from .long_orgs import endings

    def alone(at: int, end: int) -> bool:
        return (at == 0 or not is_kanji(target[at - 1])) and (end == len(target) or not is_kanji(target[end]))

    for at in written_at(target, name):
        if alone(at, at + len(name)):
            return own_form(target[at:at + len(name)], name)
    ending, forms = next(((e, f) for e, f in endings() if name.endswith(e)), ("", ()))
    stem = name[:len(name) - len(ending)]
    for at in written_at(target, stem) if ending and len(stem) >= MIN_STEM else ():
        end = at + len(stem)
        for form in forms:
            if target.startswith(form, end) and alone(at, end + len(form)):
                return own_form(target[at:end], stem) + form
    return ""


def _cut(toks, spans: dict[int, int], source: str) -> list:
    """``toks`` with each span ``start: end`` of ``spans`` one word tagged ``nt``, the words across its edges cut
    there."""
    from dataclasses import replace

    from ..bilingual.whole_names import NAME_FLAGS, NOUN, ORG, Token

    def rest(t, start: int, end: int):  # a piece of a word cut at a name's edge: no name of its own
        return replace(t, word=source[start:end], start=start, flag=NOUN if t.flag in NAME_FLAGS else t.flag)

    out = []
    for t in toks:
        inside = sorted((s, e) for s, e in spans.items() if s < t.end and t.start < e)
        pos = t.start
        for s, e in inside:
            if pos < s:
                out.append(rest(t, pos, s))
            if s >= t.start:  # the name opens in this word
                out.append(Token(source[s:e], ORG, s, joined=True))
            pos = max(pos, e)
        if pos < t.end:
            out.append(t if pos == t.start else rest(t, pos, t.end))
    return out
