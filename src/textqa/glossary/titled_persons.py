"""A person's name that jieba cuts across its words, found where both texts say a person's, for ``glossary suggest``.

jieba cuts a name it does not know by the words of its dictionary, across the name's edges: a rare surname tagged as
no name (厍/g + 玉林/nr, 揭/zg + 海燕/nr), the given name's last character glued to the verb after it (晏春/nr +
明说/v), the surname glued to the word before it (种植户 + 盖/n + 红霞/nr as 户盖/n + 红霞). ``whole_names`` and
``cut_names`` join words, so they cannot mend a cut inside a word. Here the name is read by its characters, from two
sides:

- in the source, the two to four characters right after a person's title (bilingual/data/whole_names.toml's titles:
  科长, 副局长, 茶农), a word for a person's role (data/person_role_words.txt: 种植户, 传承人) or an age phrase
  (48岁的), or right before a verb of saying (说, 介绍, 表示);
- in the translation, the same characters (``written.written_at``: as they are, in OpenCC's form, or in any script),
  after a character that is no kanji (or at its start) and right before an honorific or a person's title, perhaps after 副 (`の晏春明
  科長は`, `鞏徳明さん`: phonetics/data/name_context.tsv's person words, the Japanese forms of the source's titles);
  or, for a name of three or four characters, the surname and then as many kanji of the same reading as the given
  name (`笪永鋒董事長` for 笪永峰: the error a row lets lint report; the row's form is then OpenCC's).

The longest such name is taken, and its source words are cut at its edges (户盖 as 户 + 盖) so that it is one word,
tagged a person (``nr``); its translated form goes into the row (``written.own_form``).
"""
from __future__ import annotations

import functools

from ..charclass import is_kanji
from ..wordlists import word_list
from .forms import japanese_form
from .written import japanese_titles, own_form, written_at

LENGTHS = (4, 3, 2)  # characters of a name, the longest first
SOUNDED = 3  # characters at least of a name matched by its given name's reading
DEPUTY = "副"  # what may open a title in Japanese as in Chinese (副県長, 副院長)
DEPUTY_TITLE = 3  # kanji at most of a title after 副 (関長)


@functools.lru_cache(maxsize=1)
def _after_words() -> tuple[str, ...]:
    """What may follow a person's name in Japanese: honorifics, the person words of name_context.tsv, the Japanese
    forms of the source's titles (not their last character alone), longest first."""
    from ..phonetics.tables import name_context

    words = {*word_list("honorifics.txt"), *name_context().get("person", ()), *(t for t in japanese_titles() if len(t) > 1)}
    return tuple(sorted(words, key=len, reverse=True))


def persons(toks, source: str, target: str) -> tuple[list, dict[str, str]]:
    """jieba's words ``toks`` (``whole_names.Token``) of ``source`` with each person's name found as the module's
    docstring says made one word tagged ``nr``, and zh -> the translation's form of each."""
    from ..bilingual.whole_names import whole_name_data

    data = whole_name_data()
    spans: dict[tuple[int, int], str] = {}
    taken: list[tuple[int, int]] = []
    for start, ends in _cues(source, data):
        for length in LENGTHS:
            s, e = (start, start + length) if ends else (start - length, start)
            if s < 0 or e > len(source) or any(a < e and s < b for a, b in taken):
                continue
            name = source[s:e]
            if not all(map(is_kanji, name)) or name.endswith(data["titles"]) or name in data["speech"]:
                continue
            form = _written_before_title(target, name)
            if form:
                spans[(s, e)] = form
                taken.append((s, e))
                break
    if not spans:
        return toks, {}
    return _cut(toks, spans, source), {source[s:e]: form for (s, e), form in spans.items()}


def _cues(source: str, data: dict):
    """(offset, True) where a name may begin (after a title, a person's role of data/person_role_words.txt or an age
    phrase) and (offset, False) where one may end (before a verb of saying)."""
    out = []
    roles = word_list("person_role_words.txt")
    for words, begins in ((data["titles"] + data["ages"] + roles, True), (tuple(data["speech"]), False)):
        for w in words:
            at = source.find(w)
            while at >= 0:
                out.append((at + len(w), True) if begins else (at, False))
                at = source.find(w, at + 1)
    return sorted(set(out))


def _written_before_title(target: str, name: str) -> str:
    """The translation's form of the person's ``name`` where ``target`` writes it after a character that is no kanji
    and before an honorific or a title; or OpenCC's form where it writes the surname so and the given name in kanji of
    the same reading; else ""."""
    for at in written_at(target, name):
        end = at + len(name)
        if (at == 0 or not is_kanji(target[at - 1])) and _titled(target, end):
            return own_form(target[at:end], name)
    if len(name) < SOUNDED:
        return ""
    from ..phonetics.pinyin import name_readings

    sounds = {tuple(r) for r in name_readings(name[1:])}
    for at in written_at(target, name[0]):
        end = at + len(name)
        written = target[at + 1:end]
        if (at == 0 or not is_kanji(target[at - 1])) and len(written) == len(name) - 1 \
                and all(map(is_kanji, written)) and _titled(target, end) \
                and sounds & {tuple(r) for r in name_readings(written)}:
            return japanese_form(name)
    return ""


def _titled(target: str, end: int) -> bool:
    """An honorific or a title at ``end`` of ``target``, perhaps after 副 (`副県長`); after 副, any run of kanji that ends
    as a title does (`副関長`: 長, the last character of 局長)."""
    after = _after_words()
    if target.startswith(after, end):
        return True
    if not target.startswith(DEPUTY, end):
        return False
    o = end + len(DEPUTY)
    run = o
    while run < len(target) and run - o < DEPUTY_TITLE and is_kanji(target[run]):
        run += 1
    return target.startswith(after, o) or any(target[o:k][-1:] in japanese_titles() for k in range(o + 2, run + 1))


def _cut(toks, spans: dict[tuple[int, int], str], source: str) -> list:
    """``toks`` with each span of ``spans`` one word tagged ``nr`` and the words across its edges cut there."""
    from dataclasses import replace

    from ..bilingual.whole_names import NAME_FLAGS, NOUN, PERSON, Token

    def rest(t, start: int, end: int):  # a piece of a word cut at a name's edge: no name of its own (梨农 of 梨农浦长根/nz)
        return replace(t, word=source[start:end], start=start, flag=NOUN if t.flag in NAME_FLAGS else t.flag)

    out = []
    for t in toks:
        inside = sorted((s, e) for s, e in spans if s < t.end and t.start < e)
        pos = t.start
        for s, e in inside:
            if pos < s:
                out.append(rest(t, pos, s))
            if s >= t.start:  # the name opens in this word: its one word
                out.append(Token(source[s:e], PERSON, s, joined=True))
            pos = max(pos, e)
        if pos < t.end:
            out.append(t if pos == t.start else rest(t, pos, t.end))
    return out
