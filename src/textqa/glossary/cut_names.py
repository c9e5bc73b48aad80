"""Names jieba cuts in two that the translation writes whole, put back together for ``glossary suggest``.

jieba's tagger cuts a name it does not know where its dictionary has a word: a compound surname read as a place
(欧阳/ns + 志远/nrfg), a rare surname swallowed by a verb (揭晓/v + 芳/nr), a town's first character taken as an
adjective (新/a + 渥镇/ns; 干汊/n + 河镇/ns). ``whole_names`` joins such pieces only where the words around them say so
(a title, a verb of saying); with the translation at hand there is better evidence: the translation writes the whole
as one word (欧陽志遠さん, 新渥鎮は). Two shapes are joined, each only where the translation writes the whole (its
Japanese form by OpenCC, or the source's form left in it):

- a person: two or three adjacent words, one of them tagged a person's name (nr), that make a surname
  (phonetics/data/surnames.tsv, compound ones first) and a given name of one or two characters, three or four
  characters in all, written whole between two characters that are no kanji (`欧陽志遠さん`, `：掲暁芳）`);
- a place: a place with its administrative suffix (ns, 渥镇), or the suffix cut off as a word of its own (加榜/v +
  乡/n, then a stem of two characters), and the one or two words before it, two characters at most, that are no function word, no title and no place with its suffix (县 before a town is where the town is), nor a
  place of two characters before a place with its suffix and a stem of two (宁夏 before 中卫市: where it is; but 澄潭
  before 江镇, 福山 before 镇),
  written whole after a character that is no kanji (`の新渥鎮`, a line that opens with `干汊河镇`).

The pieces are then no rows of their own (欧阳 as a place, 志远 as a person, 渥镇 as a place).
"""
from __future__ import annotations

from ..charclass import is_kanji
from ..phonetics.tables import place_suffixes
from ..wordlists import word_list
from .forms import japanese_form
from .written import japanese_titles, written_at

PERSON_LENGTHS = (3, 4)  # characters of a person's name joined here: a surname and a given name of one or two
PLACE_PREFIX = 2  # characters at most put before a place with its suffix (新 of 新渥镇, 干汊 of 干汊河镇)
PERSON_WORDS = 3  # words at most joined into a person's name
BARE_STEM = 2  # characters at least before an administrative suffix jieba cut off as a word of its own (加榜 + 乡)


def joined(toks, target: str) -> list:
    """jieba's words ``toks`` (``whole_names.Token``) of a source, with the names cut in two that ``target`` (its
    translation) writes whole joined: see the module's docstring."""
    from ..bilingual.whole_names import PERSON, PLACE, _joined

    out, i = [], 0
    while i < len(toks):
        j = _person_end(toks, i, target)
        if j is not None:
            out.append(_joined(toks[i:j + 1], PERSON))
            i = j + 1
            continue
        k = _place_start(toks, i, out, target)
        if k is not None:
            out[len(out) - (i - k):] = [_joined(toks[k:i + 1], PLACE)]
        else:
            out.append(toks[i])
        i += 1
    return out


def _plain(t) -> bool:
    """A word that may be part of a name: all kanji, no function word, no title, no verb of saying."""
    from ..bilingual.whole_names import FUNCTION_FLAGS, _data

    data = _data()
    return (all(map(is_kanji, t.word)) and not t.flag.startswith(FUNCTION_FLAGS) and t.word not in data["speech"]
            and not t.word.endswith(data["titles"]))


def _person_end(toks, i: int, target: str) -> int | None:
    """The index of the last word of a person's name cut in two that starts with word ``i``; else None."""
    from ..bilingual.whole_names import NAME_FLAGS, PERSON, _after_title, _data, _surname_length

    first = toks[i]
    for j in range(min(i + PERSON_WORDS, len(toks)) - 1, i, -1):  # the longest name first
        parts = toks[i:j + 1]
        name = "".join(t.word for t in parts)
        if name.endswith(place_suffixes()) or not all(map(_plain, parts[1:])):
            continue
        surname = _surname_length(name)
        if surname:  # a surname of the table, and a given name jieba knows as a name's (志远/nrfg, 长河/ns)
            shape = len(name) in PERSON_LENGTHS and 1 <= len(name) - surname <= 2 and _plain(first) \
                and any(t.flag.startswith(PERSON) or t.flag in NAME_FLAGS for t in parts)
        else:  # a rarer surname, a character of its own (亓/nr, 禚/x), that the words around say a person's
            after = toks[j + 1].word if j + 1 < len(toks) else ""
            shape = len(first.word) == 1 and is_kanji(first.word) and len(name) - 1 in (1, 2) \
                and (_after_title(toks, i) or after in _data()["speech"])
        title = toks[i - 1].word if _after_title(toks, i) else ""
        if shape and _written_whole(target, name, both_sides=True, title=title):
            return j
    return None


def _place_start(toks, i: int, out: list, target: str) -> int | None:
    """The index of the first word of a place cut in two that ends with word ``i`` (a place with its suffix), the
    words before it still the last ones of ``out``; else None."""
    from ..bilingual.whole_names import PLACE

    t = toks[i]
    bare = t.word in place_suffixes()  # 乡 cut from 加榜: a stem of two characters at least before it
    if not bare and (t.flag != PLACE or not t.word.endswith(place_suffixes())):
        return None
    stem = t.word[:-len(next(s for s in place_suffixes() if t.word.endswith(s)))]
    best, k, prefix = None, i - 1, 0
    while k >= 0 and i - k <= len(out) and out[len(out) - (i - k)] is toks[k]:
        before = toks[k]
        prefix += len(before.word)
        if prefix > PLACE_PREFIX or not _plain(before) or before.word.endswith(place_suffixes()) or (
                before.flag == PLACE and not bare and len(before.word) > 1 and len(stem) > 1):
            break
        if (not bare or prefix >= BARE_STEM) and \
                _written_whole(target, "".join(w.word for w in toks[k:i + 1]), both_sides=False):
            best = k
        k -= 1
    return best


def _written_whole(target: str, name: str, both_sides: bool, title: str = "") -> bool:
    """``target`` writes ``name`` in any script (``written.written_at``) after a character that is no kanji (or at
    its start), and with ``both_sides`` before one too, or before a title or an honorific (`亓雲杉局長は`,
    `詹明遠氏に`), or before the Japanese form of the source's ``title`` (副局长: `権明哲副局長に`)."""
    after = (*japanese_titles(), *word_list("honorifics.txt"), *([japanese_form(title)] if title else []))
    for at in written_at(target, name):
        end = at + len(name)
        if (at == 0 or not is_kanji(target[at - 1])) and (
                not both_sides or end == len(target) or not is_kanji(target[end]) or target.startswith(after, end)):
            return True
    return False
