"""The type of a name ``glossary suggest`` proposes from a Chinese source: the words around it on both sides.

jieba's tag (nr person, ns place, nt organisation, nz none) is one vote per occurrence and often wrong for a name it
does not know (宁德 nr in 总部位于宁德, a brand nr, a river nr). The words around the name say more: in the source
(data/chinese_type_cues.tsv: 位于〜 and 〜市 a place, 〜公司 an organisation, 〜先生 a person; and the words a place's name
ends with, data/place_feature_words.txt: 〜关, 〜洞) and around its renderings in the translation
(data/japanese_type_cues.tsv: 〜にある, 〜社, 〜さん). Context outvotes the tag: the cues decide,
the tag breaks their ties; with no cue the tag decides as before.
"""
from __future__ import annotations

import functools

from ..wordlists import data_table, word_list

NAME = "〜"  # where a cue of the tables puts the name
REST = "…"  # what a cue of the tables puts before the word a name ends with (…大学: 星河大学, not 星河 before 大学)
NO_TYPE = "-"  # a longer word that begins as a cue does (市场 after a name is no 市): no vote
STEM = 2  # characters a name keeps before a cue it ends with (白龙|江, not 李|江) for the cue to count
HEADER = ("cue", "type")
PLACE = "place"  # the type the words a place's name ends with vote for (data/place_feature_words.txt: 星崖关, 白石城)


@functools.lru_cache(maxsize=None)
def cues(name: str, endings: bool = False) -> tuple[tuple[tuple[str, str], ...], ...]:
    """(words before the name, words after it, words it ends with) of the cue table ``data/NAME``, each with its
    type, longest first; a word after the name is also a word it may end with (〜江: 白龙江), and with ``endings`` so
    is each word a place's name ends with (data/place_feature_words.txt)."""
    table = data_table(name, HEADER)

    def longest_first(pairs):
        return tuple(sorted(pairs, key=lambda p: -len(p[0])))

    before = [(c[:-len(NAME)], t) for c, t in table.items() if c.endswith(NAME)]
    after = [(c[len(NAME):], t) for c, t in table.items() if c.startswith(NAME)]
    ends = after + [(c[len(REST):], t) for c, t in table.items() if c.startswith(REST)]
    known = {w for w, _ in ends}
    ends += [(w, PLACE) for w in (word_list("place_feature_words.txt") if endings else ()) if w not in known]
    return longest_first(before), longest_first(after), longest_first(ends)


def votes(names, texts, table: str, own: bool = True, endings: bool = False) -> dict[str, int]:
    """Type -> the cues of ``table`` met around each occurrence of each of ``names`` in ``texts``, and with ``own``
    the word each name ends with (one of the table's, or with ``endings`` a place's), once. After a name that ends
    with an administrative suffix only a place's cue counts: a word right after such a place names what the place has
    (星河镇队, the town's team; 星河县公司), not the place."""
    from ..phonetics.tables import place_suffixes

    before, after, ends = cues(table, endings)
    places_after = tuple((w, t) for w, t in after if t == PLACE)
    out: dict[str, int] = {}

    def vote(words, test) -> None:
        typ = next((t for w, t in words if test(w)), None)
        if typ is not None and typ != NO_TYPE:
            out[typ] = out.get(typ, 0) + 1

    for name in names:
        if own:  # once: 扈振山 may be a person's
            vote(ends, lambda w: name.endswith(w) and len(name) - len(w) >= STEM)
        following = places_after if name.endswith(place_suffixes()) else after
        for text in texts:
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                vote(before, lambda w: at >= len(w) and text.startswith(w, at - len(w)))
                vote(following, lambda w: text.startswith(w, end))
                at = text.find(name, at + 1)
    return out


def name_type(zh: str, tags: dict[str, int], sources, renderings, targets) -> str:
    """The type of the name ``zh``: the type the most cues around it in ``sources`` and around its ``renderings`` in
    ``targets`` give, a tie to the one jieba's ``tags`` (type -> occurrences) give more; with no cue, the tag's."""
    total = votes([zh], sources, "chinese_type_cues.tsv", endings=True)
    for t, n in votes(renderings, targets, "japanese_type_cues.tsv", own=False).items():  # 江 of 白龙江 said once
        total[t] = total.get(t, 0) + n
    if not total:
        return max(tags, key=lambda t: (tags[t], t))
    return max(total, key=lambda t: (total[t], tags.get(t, 0), t))
