"""A source "name" that is an everyday word (玉米, 温泉, 越冬: jieba's dictionary tags many common words nr or ns) or a
generic office (商务局, 卫生院: an organisation needs a name before its generic part), left out of ``glossary
suggest``'s rows.

An everyday word's Japanese form, as the translation writes it or as OpenCC makes it, is one common noun of the
Japanese dictionary (普通名詞, not 固有名詞), and nothing around it says a name: no type cue of
data/chinese_type_cues.tsv around it in the source (nor a place's ending of data/place_feature_words.txt) nor of
data/japanese_type_cues.tsv around its renderings in the translation (位于〜, 〜市, 〜にある), and it never stands
in a list beside a name that is no common noun (甘肃、青海). A Chinese place the Japanese dictionary also reads as a
word (普洱, 中衛) is kept by its cues.

A generic office is a government department's field (data/government_departments.txt: 商务, 公安) and an office's
generic ending (data/office_endings.txt: 局, 院) and nothing else: the office of some town the article names
elsewhere, not a name of its own (星河县商务局 is one).
"""
from __future__ import annotations

from ..wordlists import word_list


def common_word(zh: str, ja: str, sources, renderings, targets, listed: bool) -> bool:
    """True when ``zh`` (its Japanese form ``ja``; ``renderings``, how the translations ``targets`` write it) is an
    everyday word or a generic office rather than a name: see the module's docstring. ``listed``: it stands in a list
    beside a name."""
    from ..tokens import one_common_noun
    from .forms import japanese_form
    from .name_type import votes

    if generic_office(zh):
        return True
    if listed or not (one_common_noun(ja) or one_common_noun(japanese_form(zh))):
        return False
    return not votes([zh], sources, "chinese_type_cues.tsv", endings=True) and \
        not votes(renderings, targets, "japanese_type_cues.tsv", own=False)


def generic_office(zh: str) -> bool:
    """``zh`` is a department's field and an office's ending, nothing before them (商务局, 卫生院)."""
    return any(zh.endswith(end) and zh[:-len(end)] in word_list("government_departments.txt")
               for end in word_list("office_endings.txt"))
