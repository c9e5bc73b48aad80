"""A place named only inside a longer word, for ``glossary suggest``: 星河 + 县城 "the county town of 星河", 星河 +
市区, 星河 + 镇上, 星河 + 镇长 "the head of 星河 town" (data/bound_place_words.txt: words that open with an administrative
suffix and go on), or 星河 + 镇队
"the 星河 town team" (a suffix and one character more that jieba's dictionary does not know: its guess at unknown text
glued them).

jieba reads such a word as one (县城/n) and the stem before it as a name of its own or none (麻阳/nr, 石阡/nrfg,
永顺/nz), so ``suggest`` proposed the bare stem (a place of 星河, where the source names 星河县) or the stem with the
whole word (星河市区). The translation writes the place with its suffix (`星河県城`, `星河鎮で`): where it does, after a
character that is no kanji (or at its start), the stem and the suffix become one word, a place (jieba's ``ns``), and
the rest of the word (城, 区, 上) a word of its own. The stem: one word of two characters or more (a single
character, 小 + 县城, is no stem), all kanji, no function word, no title, no verb of saying, not itself ending with a
suffix (星河县 + 城 is jieba's own cut) and no common noun of the Japanese dictionary (整个 + 县城).
"""
from __future__ import annotations

from dataclasses import replace

from ..phonetics.tables import place_suffixes
from ..wordlists import word_list
from .forms import japanese_form

MIN_STEM = 2  # characters of the stem at least (星河 + 县城; not 小 + 县城)


def split(toks, target: str) -> tuple[list, dict[str, str]]:
    """jieba's words ``toks`` (``whole_names.Token``) with each place named only inside a word of
    data/bound_place_words.txt that ``target`` (the translation) writes with its suffix made a word (see the module's
    docstring), and zh -> the translation's form of each such place (``written.own_form``)."""
    from ..bilingual.whole_names import PLACE, Token
    from .cut_names import written_whole

    words = word_list("bound_place_words.txt")
    out, forms = [], {}
    for i, t in enumerate(toks):
        stem = toks[i - 1] if i else None
        suffix = _suffix(t.word) if t.word in words or _glued_unknown(t.word) else ""
        if suffix and stem is not None and out and out[-1] is stem and _stem(stem):
            place = stem.word + suffix
            form = written_whole(target, place, both_sides=False)
            if form:
                out[-1] = Token(place, PLACE, stem.start, joined=True)
                out.append(replace(t, word=t.word[len(suffix):], start=t.start + len(suffix)))
                forms.setdefault(place, form)
                continue
        out.append(t)
    return out, forms


def _glued_unknown(word: str) -> bool:
    """``word`` is an administrative suffix of one character and one character more that jieba's dictionary does not
    know (镇队 of 星河镇队 "the 星河 town team"): its guess at unknown text glued the place's suffix to the next word."""
    from ..bilingual.names import tagger

    return len(word) == 2 and word[0] in place_suffixes() and not tagger().tokenizer.FREQ.get(word)


def _suffix(word: str) -> str:
    """The administrative suffix ``word`` opens with (the longest), or ""."""
    return max((s for s in place_suffixes() if word.startswith(s) and len(word) > len(s)), key=len, default="")


def _stem(t) -> bool:
    from ..tokens import one_common_noun
    from .cut_names import plain_word

    return len(t.word) >= MIN_STEM and plain_word(t) and not t.word.endswith(place_suffixes()) \
        and not one_common_noun(japanese_form(t.word))
