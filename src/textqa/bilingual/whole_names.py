"""Chinese names that jieba's tagger cuts apart, put back together (``names.source_names`` reads the result).

jieba knows common words and famous names; a name it does not know comes out in pieces, each tagged as what the
piece means alone. Four repairs, each from the words around the pieces (``data/whole_names.toml``, surnames and
administrative suffixes from ``phonetics/data``):

- a person: a surname cut off its given name (马/n + 永胜/nr, 贾/nr + 明远/a, 方志/n + 远/a), joined when a title
  comes before (县委书记, 董事长), a verb of saying after (表示, 说), or jieba tags the surname and the two-character
  given name as names (杜/nr + 建国/ns); the given name is one or two characters, ending where a function word,
  a verb or punctuation begins;
- a place: a name or a place word followed by an administrative suffix cut off as a word (海东/ns + 市/n, 海北/s +
  州/n), joined; a word of jieba's that ends in a suffix, tagged a person (杭锦旗/nr) or a plain noun whose stem is
  a name (蕉岭县/n; not a stem that ends in a suffix itself, 山区), is a place (a person joined here keeps a
  given name like 红旗); a numeral of one character before a place word of a character and a suffix (九/m + 重镇/ns,
  a key town) is the place's first character;
- an organisation: nouns (and the verbs and ordinals inside names) ending in a word that ends a full name (有限公司,
  集团, 医院, 银行), from the first word jieba tags as a name (青海/ns + 盐湖/ns + 工业 + 股份 + 有限公司); a place
  with its suffix before another name is where the organisation is, not part of it (青海省 + 海北州人民医院), and a
  rare noun just before the first name is part of it (中铁/n + 大桥/ns + 局 + 集团). The first name must be rare or
  a place with its suffix (保定市 + 公共交通 + 集团), or a word between it and the end a name or a rare word:
  中国 + 科技 + 有限公司 is a kind of company, not one;
- a word jieba tags nt that names a kind of organisation (商业银行, 中心医院: a list) is a common noun;
- a name that took the first character of a word of place after it (斯河中/ns + 游/v: 中游/f, midstream) gives it
  back: the name and the word of place (a word jieba's dictionary tags a direction or a position, f), where the
  name keeps two characters or more.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, replace

from ..charclass import is_kanji
from ..phonetics.tables import org_suffixes, place_suffixes, surnames
from ..wordlists import package_text
from .align import threshold
from .names import NAME_TAGS

PERSON, PLACE, ORG, NOUN = "nr", "ns", "nt", "n"  # the jieba tags a rejoined name (or a demoted word) gets
DIRECTION = "f"  # jieba's tag of a word of direction or position (上游, 以北, 两岸)
NUMERAL = "m"  # jieba's tag of a numeral (九 of 九|重镇)
NAME_FLAGS = frozenset(NAME_TAGS)  # jieba's tags of names
STEM_FLAGS = NAME_FLAGS | {"s"}  # a word that may be a place's stem (海北/s: a place word)
FUNCTION_FLAGS = ("x", "p", "c", "u", "r", "m", "q", "f", "y", "e", "o", "w")  # tag prefixes no name holds
LINK_FLAGS = ("p", "c", "u")  # tag prefixes of a surname's character used as a word that links (和/c, 向/p)
END_FLAGS = FUNCTION_FLAGS + ("v", "d")  # tag prefixes of the word after a person's name
ORG_FLAGS = ("n", "s", "j", "l", "v", "b", "g")  # tag prefixes of the words of an organisation's name
MORPHEME_FLAGS = ("ng", "g")  # jieba's tags of a character it reads as a bound morpheme, no word of its own


@dataclass(frozen=True)
class Token:
    word: str
    flag: str
    start: int
    joined: bool = False  # put together from jieba's words

    @property
    def end(self) -> int:
        return self.start + len(self.word)


@functools.lru_cache(maxsize=1)
def whole_name_data() -> dict:
    data = tomllib.loads(package_text("textqa.bilingual", "data/whole_names.toml"))
    return {"titles": tuple(data["titles"]), "speech": frozenset(data["speech"]),
            "org-heads": tuple(data["org-heads"]), "common-orgs": frozenset(data["common-orgs"]),
            "ordinal": data["ordinal"], "ages": tuple(data["ages"]), "copulas": frozenset(data["copulas"])}


def tokens(text: str, tagger) -> list[Token]:
    """jieba's words of ``text`` with their tags and offsets."""
    out, pos = [], 0
    for pair in tagger.cut(text):
        start = text.find(pair.word, pos)
        if start < 0:
            continue
        pos = start + len(pair.word)
        out.append(Token(pair.word, pair.flag, start))
    return out


def rejoined(text: str, tagger) -> list[Token]:
    """jieba's words of ``text``, with the names it cut apart joined and retagged (see the module's docstring)."""
    freq = tagger.tokenizer.FREQ
    toks = _given_back(tokens(text, tagger), tagger.word_tag_tab)
    toks = _persons([_common_noun(t) for t in toks], freq)
    toks = _places(toks, freq, tagger.word_tag_tab)
    return _organisations(toks, freq)


def _given_back(toks: list[Token], tags) -> list[Token]:
    """``toks`` with each name that took the first character of a word of place after it split there (斯河中/ns +
    游/v: 斯河/ns + 中游/f)."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        after = toks[i + 1] if i + 1 < len(toks) else None
        if (after is not None and len(t.word) > 2 and t.flag in NAME_FLAGS and _kanji(t.word) and len(after.word) == 1
                and after.start == t.end and tags.get(t.word[-1] + after.word) == DIRECTION):
            out += [Token(t.word[:-1], t.flag, t.start), Token(t.word[-1] + after.word, DIRECTION, t.end - 1)]
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _kanji(word: str) -> bool:
    return all(is_kanji(ch) for ch in word)


def _rare(word: str, freq) -> bool:
    return freq.get(word, 0) <= threshold("everyday")


def joined_token(toks: list[Token], flag: str) -> Token:
    return Token("".join(t.word for t in toks), flag, toks[0].start, joined=True)


def after_title(toks: list[Token], i: int) -> bool:
    return i > 0 and toks[i - 1].word.endswith(whole_name_data()["titles"])


# -- people ------------------------------------------------------------------------------------------------------

def _persons(toks: list[Token], freq) -> list[Token]:
    out, i = [], 0
    while i < len(toks):
        j = _person_end(toks, i, freq)
        if j is None:
            out.append(toks[i])
            i += 1
        else:
            out.append(joined_token(toks[i:j + 1], PERSON))
            i = j + 1
    return out


def surname_length(name: str) -> int:
    names = surnames()
    return 2 if name[:2] in names and len(name) > 2 else 1 if name[:1] in names else 0


def _person_end(toks: list[Token], i: int, freq) -> int | None:
    """The index of the last word of a person's name that starts with word ``i``, cut apart by jieba; else None."""
    first, data = toks[i], whole_name_data()
    lone = first.word in surnames() and not first.flag.startswith(LINK_FLAGS)  # the surname is a word of its own
    titled = after_title(toks, i)
    if not _kanji(first.word) or not (lone or titled):
        return None
    for j in range(min(i + 3, len(toks) - 1), i, -1):  # the longest name first
        parts = toks[i + 1:j + 1]
        name = first.word + "".join(t.word for t in parts)
        surname = len(first.word) if lone else surname_length(name)
        given = len(name) - surname
        if not surname or not 1 <= given <= 2:
            continue
        if any(not _kanji(t.word) or t.flag.startswith(FUNCTION_FLAGS) or t.word in data["speech"]
               or t.word.endswith(data["titles"]) or (len(t.word) == 1 and t.flag.startswith("d"))
               or (len(t.word) > 1 and t.flag not in NAME_FLAGS and not _rare(t.word, freq)) for t in parts):
            continue
        after = toks[j + 1] if j + 1 < len(toks) else None
        if after is not None and not (after.flag.startswith(END_FLAGS) or after.word in data["speech"]):
            continue
        spoken = after is not None and after.word in data["speech"]
        tagged = (first.flag.startswith(PERSON) and len(parts) == 1 and given == 2 and parts[0].flag in NAME_FLAGS)
        if (lone and (titled or spoken or tagged)) or (titled and spoken):
            return j
    return None


# -- places ------------------------------------------------------------------------------------------------------

def _places(toks: list[Token], freq, tags) -> list[Token]:
    suffixes = place_suffixes()
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        after = toks[i + 1] if i + 1 < len(toks) else None
        if (after is not None and after.word in suffixes and len(t.word) >= 2 and _kanji(t.word)
                and t.flag in STEM_FLAGS and _rare(t.word, freq)):
            out.append(joined_token([t, after], PLACE))
            i += 2
            continue
        if (after is not None and t.flag == NUMERAL and len(t.word) == 1 and after.start == t.end
                and after.flag == PLACE and len(after.word) == 2 and after.word[1:] in suffixes):
            out.append(joined_token([t, after], PLACE))  # 九/m + 重镇/ns (a key town): 九重镇, a numeral the
            i += 2  # place's first character, the word after it its second and its suffix
            continue
        suffix = next((s for s in suffixes if t.word.endswith(s)), "")
        stem = t.word[:-len(suffix)] if suffix else ""
        if len(stem) >= 2 and _kanji(t.word) and t.flag != PLACE and not t.joined and (t.flag in NAME_FLAGS or (
                tags.get(stem) in NAME_FLAGS and not stem.endswith(suffixes) and _rare(t.word, freq)
                and _rare(stem, freq))):  # not 山区县: mountain counties
            t = replace(t, flag=PLACE)
        out.append(t)
        i += 1
    return out


# -- organisations -----------------------------------------------------------------------------------------------

def _org_word(t: Token) -> bool:
    data = whole_name_data()
    return (_kanji(t.word) and not t.word.endswith(data["titles"]) and t.word not in data["speech"]
            and t.word not in data["copulas"]
            and (t.flag.startswith(ORG_FLAGS) or (t.flag.startswith("m") and t.word.startswith(data["ordinal"]))))


def _organisations(toks: list[Token], freq) -> list[Token]:
    out, i = [], 0
    while i < len(toks):
        if not _org_word(toks[i]):
            out.append(toks[i])
            i += 1
            continue
        end = i
        while end < len(toks) and _org_word(toks[end]):
            end += 1
        out += _organisation(toks[i:end], freq)
        i = end
    return out


def _organisation(run: list[Token], freq) -> list[Token]:
    """``run`` (words that may make an organisation's name) with the name in it joined, if there is one."""
    heads = whole_name_data()["org-heads"]
    text = ""
    ends = []  # indices of words that end with a head word
    for k, t in enumerate(run):
        text += t.word
        if text.endswith(heads):
            ends.append(k)
    names = [k for k, t in enumerate(run) if t.flag in NAME_FLAGS] or _unknown_words(run)
    if not ends or not names or names[0] >= ends[-1]:
        return run
    last = ends[-1]
    inside = [k for k in names if k < last]
    s = inside[0]
    for nxt in inside[1:]:  # a place with its suffix before another name: where the organisation is
        if run[s].flag != PLACE or not run[s].word.endswith(place_suffixes()):
            break
        s = nxt
    while s > 0 and run[s - 1].flag in ("n", "j") and len(run[s - 1].word) > 1 and _rare(run[s - 1].word, freq):
        s -= 1  # a rare noun before the first name is part of it (中铁 + 大桥局集团)
    evidence = [t for t in run[s + 1:last] if t.flag in NAME_FLAGS or (len(t.word) > 1 and _rare(t.word, freq))]
    if not (_rare(run[s].word, freq) or run[s].word.endswith(place_suffixes()) or evidence):
        return run
    return run[:s] + [joined_token(run[s:last + 1], ORG)] + run[last + 1:]


def _unknown_words(run: list[Token]) -> list[int]:
    """Where ``run`` opens with characters jieba reads one by one as bound morphemes (冢/ng + 禾/ng + 农机 + 服务 +
    合作社: a name it does not know, made of characters no word of its holds), [0], as if it began with a name; else
    []. Two of them at least: one is often a word's abbreviation (农/ng 机, 校/ng 办)."""
    k = 0
    while k < len(run) and len(run[k].word) == 1 and run[k].flag in MORPHEME_FLAGS:
        k += 1
    return [0] if k >= 2 else []


def _common_noun(t: Token) -> Token:
    """A word jieba tags nt that names a kind of organisation (商业银行) as a common noun."""
    return replace(t, flag=NOUN) if t.flag == ORG and t.word in whole_name_data()["common-orgs"] else t
