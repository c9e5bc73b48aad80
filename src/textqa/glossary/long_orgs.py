"""An organisation's full name in a Chinese source, a place and its own words up to an organisation's ending
(星河县稻米产业协会, 星河县卫生健康委员会, 星河县云埠燃气有限公司), with the translation's form of it, for
``glossary suggest``.

jieba cuts such a name into a place and common words (星河县/ns 稻米/n 产业/n 协会会长/n), and ``whole_names`` joins an
organisation only from a rare first word to a few legal endings. A translation writes the name whole, but its own
words often translated (星河県コメ産業協会, 星河県社会保険事業管理センター, 星河県ハム産業協会): OpenCC's form of the
source is then nowhere in it. So the name is taken from both sides:

- in the source: a place (jieba's ``ns``, the first of places in a row), then words that may be part of a name (all
  kanji, no function word, no title, no verb of saying; 和 or 与 between two of them, 发展和改革; a direction right
  after the place, the first character of a village's name, 后岗 of 星河镇后岗…合作社), ending with an
  ending of data/org_endings.tsv (the longest one: 委员会, 有限公司, 中心, 协会, 局 …), perhaps glued to a title after
  it (协会会长) or a verb of saying (局称), in a word that is no place itself (濮院, a town); at least two characters
  after the place; the last such ending of the run of words. An organisation jieba joined itself that opens with a
  place with its suffix (星河县人民医院) is read so too, for the translation's form of it (星河県人民病院), and its
  place (星河县, a word to jieba or its stem one; not 中国铁路 + 星州) becomes a name of the source of its own;
- in the translation: the place's Japanese form (or its source form, left in), then a run of kanji, katakana and
  kana that are no particle (data/single_kana_particles.txt, の), ending with one of the ending's Japanese forms
  (協会, センター), perhaps before a title in Japanese (会長) or, after a kanji, a katakana word (有限公司カスタマー);
  the words between the place and the ending share a character with the source's own (産業 of 产业; 技芸 of 技艺)
  or are all katakana (a loanword: 星河県ザーサイ協会 for 星河县榨菜协会), unless there are none on either side.

A translation that sets the place apart from the rest with a middle dot or a space (星河鎮・青禾春雨協同組合) names the
organisation by the rest: the row is the organisation's own name (青禾红薯粉条合作社, 青禾春雨協同組合), the place a row
of its own. An organisation jieba joined whole that opens with no place but with a word of its own, words of its own
after it (松岗柞蚕专业合作社), is found in the translation by that word written as it is, then its words and the
ending (松崗サクサン専業協同組合).

The place is the first of places in a row, but a province's before another place (浙江省星河市…: from 星河市;
data/province_endings.txt). The row's ``ja`` is the translation's form (星河県ハム産業協会), the form a maintainer
writes; the place stays a row, with its part of that form as a rendering. An organisation jieba joined inside the
longer name (云埠燃气有限公司) stays a name of the source but is a row only where the translation writes it alone.
"""
from __future__ import annotations

import functools

from ..charclass import CHINESE_LIST_JOINERS, is_hiragana, is_kanji, is_katakana
from ..phonetics.tables import place_suffixes
from ..wordlists import data_table, word_list
from .forms import japanese_form
from .written import japanese_titles, written_at

HEADER = ("ending", "japanese")
MAX_LENGTH = 24  # characters of a source organisation's name at most
MIN_OWN = 2  # characters after the place at least (星河县卫生局; not 星河县局)
MIN_STEM = 2  # characters of a place's stem at least, inside a word jieba joined (星河县 of 星河县人民医院; not 城市)
RUN_LENGTH = 40  # characters of the translation searched after the place's form
JOINERS = "ー・"  # what may stand inside a translated name's katakana (センター, the middle dot)
SET_APART = "・\u3000 "  # what a translation sets a place apart from the organisation's own name with (五溝営鎮・…組合)


@functools.lru_cache(maxsize=1)
def endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ending, its Japanese forms) of data/org_endings.tsv, the longest ending first."""
    table = data_table("org_endings.tsv", HEADER)
    return tuple(sorted(((e, tuple(j.split("|"))) for e, j in table.items()), key=lambda p: -len(p[0])))


def long_orgs(toks, target: str) -> tuple[list, dict[str, tuple[str, tuple[tuple[str, str], ...]]]]:
    """jieba's words ``toks`` (``whole_names.Token``) with each organisation's full name that ``target`` (the
    translation) writes added as a word tagged ``nt`` before its place, and zh -> (the translation's form of it, the
    names inside it with their forms there: its place)."""
    from ..bilingual.whole_names import ORG, PLACE, Token

    out, forms, i = list(toks), {}, 0
    while i < len(toks):
        found = None
        if toks[i].flag == PLACE and (i == 0 or toks[i - 1].flag != PLACE):
            k = i + 1 if i + 1 < len(toks) and toks[i + 1].flag == PLACE \
                and toks[i].word.endswith(word_list("province_endings.txt")) else i  # 浙江省星河市…: 星河市…
            while found is None and k < len(toks) and toks[k].flag == PLACE:
                found = _organisation(toks, k, target)
                k += 1
        if found is None:
            if toks[i].flag == ORG:
                word, start = toks[i].word, toks[i].start
                own = _joined_already(word, target)
                forms.update(own)
                k = _place_length(word)
                if k and word[k:] in own:  # the translation sets the place apart (巴埠镇禾丰…合作社 as 巴埠鎮・禾豊…
                    # 協同組合): the place and the organisation's own name, each a name of the source
                    at = out.index(toks[i])
                    out[at:at + 1] = [Token(word[:k], PLACE, start, joined=True),
                                      Token(word[k:], ORG, start + k, joined=True)]
                elif k and _one_word(word[:k]):  # 星河县 of 星河县人民医院: a name of the source too, a row where the
                    # translation writes it
                    out.insert(out.index(toks[i]), Token(word[:k], PLACE, start, joined=True))
            i += 1
            continue
        start, name, (head, rest, apart), last = found
        if apart:  # the translation sets the place apart (星河鎮・青禾春雨協同組合): the organisation's own name is the
            # rest, the place a name of its own before it
            name = name[len(toks[start].word):]
            org = Token(name, ORG, toks[start + 1].start, joined=True)
            forms[name] = (rest, ())
            out.insert(out.index(toks[start + 1]), org)
        else:
            org = Token(name, ORG, toks[start].start, joined=True)
            forms[name] = (head + rest, ((toks[start].word, head),))
            out.insert(out.index(toks[start]), org)
        i = last + 1
    return out, forms


def _joined_already(name: str, target: str) -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """An organisation jieba (or ``whole_names``) joined whole that opens with a place with its suffix (星河县人民医院:
    星河县, 人民, 医院), with the translation's form of it where it translates its words (星河県人民病院); or, opening
    with no place, with its first word, a name of its own, written as it is, and words of its own before the ending
    translated (青禾红薯专业合作社 as 青禾サツマイモ専業協同組合: ``_head``); else {}. A translation that sets the place
    apart (星河鎮・青禾春雨協同組合) names the organisation by the rest: its own name (青禾春雨合作社), the place a name
    of its own, as for a name jieba cut. The longest ending the translation renders counts (种植专业合作社 as
    栽培協同組合; else 专业合作社 after 水稻种植, rendered with the name's own words: 青禾稲作協同組合), as for a name jieba
    cut (``_organisation``)."""
    k = _place_length(name)
    ends = [e for e in endings() if name.endswith(e[0])]  # the longest first
    if not ends:
        return {}
    head = "" if k else _head(name)
    if not k and (not head or len(name) - len(ends[0][0]) <= len(head)):
        return {}  # a word and an ending (养蜂合作社, 养蜂专业合作社: a beekeepers' cooperative) is a kind, no name
    for ending in ends:
        found = _joined_as(name, k, head, ending, target)
        if found:
            return found
    return {}


def _joined_as(name: str, k: int, head: str, ending: tuple[str, tuple[str, ...]], target: str) -> dict:
    """``_joined_already``'s reading of ``name`` (opening with a place of ``k`` characters, or with none but its
    ``head``) as ending with ``ending`` (the ending, its Japanese forms)."""
    if not k:
        found = _rendering(target, head, name[len(head):len(name) - len(ending[0])], ending[1])
        return {} if found is None or found[2] else {name: (found[0] + found[1], ())}
    if len(name) - len(ending[0]) < k:
        return {}
    found = _rendering(target, name[:k], name[k:len(name) - len(ending[0])], ending[1])
    if found is not None and found[2]:  # set apart (星河鎮・青禾春雨協同組合): the organisation's own name is the rest
        return {name[k:]: (found[1], ())}
    return {} if found is None else {name: (found[0] + found[1], ((name[:k], found[0]),))}


def _head(name: str) -> str:
    """The first word jieba cuts ``name`` into, of ``MIN_STEM`` characters at least (青禾 of 青禾红薯专业合作社), or the
    characters it opens with that jieba cuts one by one, as many (冢禾 of 冢 + 禾 + 农机服务合作社: a name it does not
    know); else ''."""
    from ..bilingual.names import tagger

    head = ""
    for word in tagger().cut(name):
        if len(word.word) > 1:
            break
        head += word.word
    else:
        return ""
    head = head or word.word
    return head if len(head) >= MIN_STEM else ""


def _place_length(name: str) -> int:
    """The length of the place with its suffix that an organisation's name jieba joined opens with (3 of
    星河县人民医院), a stem of ``MIN_STEM`` characters at least and ``MIN_OWN`` after it; else 0."""
    return next((k for k in range(MIN_STEM + 1, len(name) - MIN_OWN + 1) if name[:k].endswith(place_suffixes())), 0)


def _one_word(place: str) -> bool:
    """jieba cuts ``place`` as one word, or its stem before its suffix (星河 + 县; not 中国 + 铁路 + 星州), the stem
    perhaps cut into single characters, a name its dictionary does not know (星 + 埠 + 镇)."""
    from ..bilingual.names import tagger

    words = [w for w, _ in tagger().cut(place)]
    return len(words) == 1 or len(words) >= 2 and words[-1] in place_suffixes() \
        and (len(words) == 2 or all(len(w) == 1 for w in words[:-1]))


def _organisation(toks, i: int, target: str) -> tuple[int, str, tuple[str, str], int] | None:
    """(first word, name, the translation's form as its place's and the rest, last word) of the organisation whose
    name begins with the place ``toks[i]``; else None."""
    from ..bilingual.whole_names import PLACE, whole_name_data

    data, place = whole_name_data(), toks[i].word
    best, text = None, place
    for j in range(i + 1, len(toks)):
        word = toks[j].word
        if word in CHINESE_LIST_JOINERS and j + 1 < len(toks) and all(map(is_kanji, toks[j + 1].word)):
            text += word  # 发展和改革委员会: a department's fields joined by 和
            continue
        if j == i + 1 and _opening_direction(toks, j):
            text += word  # 星河镇后岗…合作社: a village's name opening with a direction (后岗, 东关), cut off by jieba
            continue
        if not all(map(is_kanji, word)) or toks[j].flag.startswith(_function_flags()) or word in data["speech"] \
                or word in data["titles"]:
            break
        glued = max((r for r in (*data["titles"], *data["speech"]) if word.endswith(r) and len(word) > len(r)),
                    key=len, default="")  # 协会会长: the ending, then a title
        name = text + word[:len(word) - len(glued)]
        # the longest ending the translation renders (专业合作社 as 専門合作社; else 合作社 after 专业, translated with
        # the name's own words: 乾燥茎レタス専門合作社)
        for ending in (e for e in endings() if name.endswith(e[0])):
            if len(name) - len(place) >= MIN_OWN and len(name) <= MAX_LENGTH \
                    and (toks[j].flag != PLACE or word == ending[0]):  # 星河濮院: a town's name ending as an office
                # does (海关, the ending itself, is a place to jieba)
                ja = _rendering(target, place, name[len(place):-len(ending[0])], ending[1])
                if ja is not None:
                    best = (i, name, ja, j)
                    break
        if glued:
            break
        text += word
    return best


def _opening_direction(toks, j: int) -> bool:
    """``toks[j]``, right after a place, is one character of direction or position (后, 东: jieba's ``f``) before a word
    of kanji: the first character of a name that opens so (后岗, 东关: villages' names), which jieba cut off and glued
    the rest of to the next word (后 + 岗蒜 + 业)."""
    from ..bilingual.whole_names import DIRECTION

    return len(toks[j].word) == 1 and toks[j].flag == DIRECTION and j + 1 < len(toks) \
        and all(map(is_kanji, toks[j + 1].word))


@functools.lru_cache(maxsize=1)
def _function_flags() -> tuple[str, ...]:
    from ..bilingual.whole_names import FUNCTION_FLAGS

    return FUNCTION_FLAGS


def _rendering(target: str, place: str, middle: str, forms: tuple[str, ...]) -> tuple[str, str, bool] | None:
    """The translation's form of the organisation ``place`` + ``middle`` + an ending whose Japanese ``forms`` are
    given, as (the place's form, the rest, whether a mark of ``SET_APART`` parts them, not in the rest): see the
    module's docstring."""
    particles = word_list("single_kana_particles.txt")
    for at in written_at(target, place):
        o = end = at + len(place)
        apart = o < len(target) and target[o] in SET_APART
        if apart:
            o = end = o + 1
        while end < len(target) and end - o < RUN_LENGTH and (
                is_kanji(target[end]) or is_katakana(target[end]) or target[end] in JOINERS
                or (is_hiragana(target[end]) and target[end] not in particles)):
            end += 1
        run = target[o:end]
        for form in forms:
            e = run.find(form)
            while e >= 0:
                after = run[e + len(form):]
                if _shares(middle, run[:e]) and (after in japanese_titles() | {""} or is_kanji(form[-1])
                                                 and is_katakana(after[0])):  # 有限公司カスタマー: another word
                    return target[at:at + len(place)], run[:e + len(form)], apart
                e = run.find(form, e + 1)
    return None


def _shares(middle: str, own: str) -> bool:
    """The translation's words between place and ending (``own``) answer the source's (``middle``): both empty, or
    sharing a character (by its Japanese form), or the translation's all katakana (a loanword for the source's words:
    ザーサイ for 榨菜, シニア for 老年), and not much longer."""
    if not middle or not own:
        return not middle and not own
    return len(own) <= 3 * len(middle) + 2 and bool(set(japanese_form(middle)) & set(own) or set(middle) & set(own)
                                                    or all(is_katakana(c) or c in JOINERS for c in own))
