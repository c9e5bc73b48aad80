"""A place whose name opens with a direction that jieba cut off, for ``glossary suggest``: 北 + 衡山, a mountain named
North Heng, not the north of Mount Heng (data/name_directions.txt: 东, 西, 南, 北).

jieba's dictionary knows the rest as a place (衡山/ns) and tags the direction a localizer or a place of its own (北/f,
北/ns), so ``suggest`` proposed the known place (衡山) for a name the source never wrote. The translation writes the
whole as one word (`の北衡山を`): where it does, after a character that is no kanji (or at its start) and before one,
and jieba's dictionary does not know the whole as a word (a word it knows it does not cut: 西安, 东莞), the direction and
the place become one word, a place (jieba's ``ns``). A place with its administrative suffix (西 + 星河省) is a direction
inside a province, written so in neither language.
"""
from __future__ import annotations

from ..phonetics.tables import place_suffixes
from ..wordlists import word_list

DIRECTION_FLAGS = ("f", "ns")  # jieba's tags of a direction cut off a name (a localizer, or a place of one character)
PLACE_FLAG = "ns"  # jieba's tag of a place


def joined(toks, target: str) -> tuple[list, dict[str, str]]:
    """jieba's words ``toks`` (``whole_names.Token``) with each direction of data/name_directions.txt that opens a place
    the translation ``target`` writes whole made one word with it (see the module's docstring), and zh -> the
    translation's form of each such place (``written.own_form``)."""
    from ..bilingual.names import tagger
    from ..bilingual.whole_names import PLACE, joined_token
    from .cut_names import plain_word, written_whole

    directions = word_list("name_directions.txt")
    known = tagger().tokenizer.FREQ
    out, forms = [], {}
    i = 0
    while i < len(toks):
        t, after = toks[i], toks[i + 1] if i + 1 < len(toks) else None
        if (after is not None and t.word in directions and t.flag in DIRECTION_FLAGS and after.flag == PLACE_FLAG
                and len(after.word) >= 2 and plain_word(after) and not after.word.endswith(place_suffixes())
                and not known.get(t.word + after.word)):
            form = written_whole(target, t.word + after.word, both_sides=True)
            if form:
                out.append(joined_token([t, after], PLACE))
                forms.setdefault(out[-1].word, form)
                i += 2
                continue
        out.append(t)
        i += 1
    return out, forms
