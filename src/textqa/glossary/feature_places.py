"""A place whose name ends with a word of a natural or built place, cut off it by jieba, for ``glossary suggest``: a
cave, a ridge, a river, a tower, a farm, a reservoir, a station (data/place_feature_words.txt: 洞, 岭, 河, 楼, 农场, 水库, 站).

jieba knows the word at the end (洞/n, 农场/n) and reads the rest as a word of its own (星河/ns, 八宝/nz, 白马/n) or glues the
stem's last character to the ending (蓝/nr + 崖洞/n, 星河 + 东站), so ``suggest`` proposed the stem alone (星河 for 星河洞) or
nothing; or glues the ending to the localizer after it (星河/ns + 河南岸/ns: the river's south bank). The translation writes
the place whole: where it does, the stem (one or two words before the ending, two to five characters with a character
glued to the ending, or one word jieba tags a place of any length; a river's one character, data/
one_character_stem_endings.txt: 雾 + 河) and the ending become one word, a place (jieba's
``ns``). Written whole: the stem as the translation writes it (``written.written_at``), after a character that is no
kanji (or at its start) or after the last character of the source's place before it (`岚溪県星河洞`), then the ending in
OpenCC's form or the Japanese word a translation puts for it (data/name_word_renderings.tsv: 站 as 駅, 水库 as ダム, 机场 as
空港). The stem's words are no function words, no titles, no verbs of saying (``cut_names``'s ``stem_part``), and no place
with its administrative suffix (岚溪县 + 洞 is where the cave is, not its name).
"""
from __future__ import annotations

import functools

from ..charclass import is_kanji
from ..phonetics.tables import place_suffixes
from ..wordlists import word_list
from .forms import japanese_form
from .written import own_form, written_at

STEM = (2, 5)  # characters of a stem, at least and at most (星河 of 星河洞; 岚溪东 of 岚溪 + 东站; 星岚湾科技 of 星岚湾 + 科技城);
# a river's stem may be one character (data/one_character_stem_endings.txt: 雾 of 雾 + 河)
STEM_WORDS = 2  # words at most of a stem
GLUED_FREQ = 200  # jieba's count at most of a word of an ending and a character before it for the character to be
# the stem's (东站 159, 崖洞 3; not 火山 1753, 河口 1566)
GLUED_PLACE_FREQ = 400  # the same for such a word jieba tags a place of its own (玉山 226 of 岚 + 玉山, 象山 319 of
# 雾 + 象山: a place's name glued to the last character of a longer one's stem)
PLACE_FLAG = "ns"  # jieba's tag of a place
LOCALIZER = "f"  # jieba's tag of a localizer (上, 南岸: a side, a top)
NOUN = "n"  # the tag an ending cut off a localizer gets
LONG_STEM_FLAGS = ("ns",)  # jieba's tag of a word that may be a stem longer than STEM's (a place's name of six
# characters and 口岸, a border crossing)
GLUED_NO_FLAGS = ("v", "nr", "nz")  # jieba's tags of such a word that make it a word of its own, not a glued ending


@functools.lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    """data/place_feature_words.txt, longest first."""
    return tuple(sorted(word_list("place_feature_words.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _one_character_stem_endings() -> frozenset[str]:
    """data/one_character_stem_endings.txt: the endings a stem of one character may stand before (a river's)."""
    return frozenset(word_list("one_character_stem_endings.txt"))


@functools.lru_cache(maxsize=None)
def _written_endings(ending: str) -> tuple[str, ...]:
    """The forms a translation writes ``ending`` in: OpenCC's, and the Japanese words of data/name_word_renderings.tsv
    for it (站: 駅)."""
    from .suggest import name_word_renderings

    form = japanese_form(ending)
    return (form, *(w for kanji, words in name_word_renderings() if kanji == form for w in words))


def joined(toks, target: str) -> tuple[list, dict[str, str]]:
    """jieba's words ``toks`` (``whole_names.Token``) with each place cut off its ending that ``target`` (the
    translation) writes whole made one word (see the module's docstring), and zh -> the translation's form of it."""
    from ..bilingual.whole_names import PLACE, joined_token

    out, forms = [], {}
    toks = list(toks)
    i = 0
    while i < len(toks):
        k, form = _stem_start(toks, i, out, target)
        if k is None and (split := _localizer_glued(toks[i])):
            k, form = _stem_start([*toks[:i], split[0]], i, out, target)
            if k is not None:  # 河 of 河南岸 ends the place; 南岸 a word of its own after it
                toks[i:i + 1] = split
        if k is None:
            out.append(toks[i])
        else:
            out[len(out) - (i - k):] = [joined_token(toks[k:i + 1], PLACE)]
            forms.setdefault(out[-1].word, form)
        i += 1
    return out, forms


def _localizer_glued(t) -> tuple | None:
    """The word ``t`` cut in two where it is an ending and a localizer jieba's dictionary tags so (河南岸: 河 + 南岸/f;
    岛上: 岛 + 上/f, the place's side or top glued to its ending), as (the ending, the localizer); else None."""
    from dataclasses import replace

    from ..bilingual.names import tagger

    tags = tagger().word_tag_tab
    ending = next((e for e in _endings() if t.word.startswith(e) and len(t.word) > len(e)), "")
    rest = t.word[len(ending):]
    if not ending or tags.get(rest) != LOCALIZER:
        return None
    return (replace(t, word=ending, flag=NOUN), replace(t, word=rest, flag=LOCALIZER, start=t.start + len(ending)))


def _stem_start(toks, i: int, out: list, target: str) -> tuple[int | None, str]:
    """The index of the first word of a place's stem that word ``i`` ends (its ending, perhaps with the stem's last
    character glued to it), the words before still the last ones of ``out``, and the translation's form of the
    place; the shortest stem the translation writes, unless it is a common noun of the Japanese dictionary and a longer
    one is written too (科技 + 城 of 星岚湾 + 科技 + 城; but 青松 + 城 alone); else (None, "")."""
    from ..tokens import one_common_noun

    ending = _ending(toks[i])
    glued = toks[i].word[:len(toks[i].word) - len(ending)]
    found = []
    for k in range(i - 1, i - 1 - STEM_WORDS, -1) if ending else ():
        if k < 0 or i - k > len(out) or out[len(out) - (i - k)] is not toks[k] or not _stem_word(toks[k]):
            break
        stem = "".join(w.word for w in toks[k:i]) + glued
        if len(stem) > STEM[1] and not (k == i - 1 and toks[k].flag in LONG_STEM_FLAGS) \
                or stem.endswith(place_suffixes()) or stem.endswith(ending):
            break  # 星河县 + 洞: where the cave is; 星河港 + 港: the port's port
        if len(stem) < (1 if ending in _one_character_stem_endings() else STEM[0]):
            continue  # a river may be named by one character (雾 + 河); any other place by two at least
        place = toks[k - 1].word if k > 0 and toks[k - 1].word.endswith(place_suffixes()) else ""
        form = _written_whole(target, stem, ending, place)
        if form:
            found.append((k, form, stem))
    if not found:
        return None, ""
    k, form, stem = found[1] if len(found) > 1 and one_common_noun(japanese_form(found[0][2])) else found[0]
    return k, form


def _ending(t) -> str:
    """The ending of data/place_feature_words.txt that the word ``t`` is, or that it is with one character before it
    (崖洞, 东站: the stem's last character glued to it) in a word jieba's dictionary hardly knows (not 火山, 河口; a
    little more often where it tags the word a place, 玉山 of 岚 + 玉山) and tags no verb, person or other name
    (通关/vn, 银山/nr: words of their own); else ""."""
    from ..bilingual.names import tagger
    from ..bilingual.whole_names import FUNCTION_FLAGS

    if not all(map(is_kanji, t.word)) or t.flag.startswith(FUNCTION_FLAGS):
        return ""
    for ending in _endings():
        if t.word == ending or (len(t.word) == len(ending) + 1 and t.word.endswith(ending)
                                and not t.flag.startswith(GLUED_NO_FLAGS)
                                and tagger().tokenizer.FREQ.get(t.word, 0) <= (
                                    GLUED_PLACE_FREQ if t.flag == PLACE_FLAG else GLUED_FREQ)):
            return ending
    return ""


def _stem_word(t) -> bool:
    """A word that may be part of a place's stem (``cut_names._part``) and no place with its administrative suffix."""
    from .cut_names import stem_part

    return stem_part(t) and not t.word.endswith(place_suffixes())


def _written_whole(target: str, stem: str, ending: str, place: str) -> str:
    """The translation's form of the place ``stem`` + ``ending`` where ``target`` writes the stem (``written_at``)
    after a character that is no kanji (or at its start) or after the last character of ``place`` (the source's
    place before it), then a form of the ending (``_written_endings``); else ""."""
    ends = {place[-1:], japanese_form(place)[-1:]} - {""}
    for at in written_at(target, stem):
        end = at + len(stem)
        if at and is_kanji(target[at - 1]) and target[at - 1] not in ends:
            continue
        for word in _written_endings(ending):
            if target.startswith(word, end):
                return own_form(target[at:end], stem) + word
    return ""
