"""A source "name" that is an everyday word (玉米, 温泉, 越冬: jieba's dictionary tags many common words nr or ns) or a
generic office (商务局, 卫生院: an organisation needs a name before its generic part), left out of ``glossary
suggest``'s rows.

An everyday word's Japanese form, as the translation writes it or as OpenCC makes it, is one common noun of the
Japanese dictionary (普通名詞, not 固有名詞), or for a place jieba tags a common noun with an affix or an adjectival
noun (``affixed_noun``: 山坡, 長約, 新鮮), and nothing around it says a name: no type cue of
data/chinese_type_cues.tsv around it in the source (nor a place's ending of data/place_feature_words.txt) nor of
data/japanese_type_cues.tsv around its renderings in the translation (位于〜, 〜市, 〜にある), and it never stands
in a list beside a name that is no common noun (甘肃、青海). A Chinese place the Japanese dictionary also reads as a
word (普洱, 中衛) is kept by its cues.

A generic office is a government department's field (data/government_departments.txt: 商务, 公安) and an office's
generic ending (data/office_endings.txt: 局, 院) and nothing else: the office of some town the article names
elsewhere, not a name of its own (星河县商务局 is one); so is the government of a level an administrative suffix names
(镇政府, 县委, 县商务局: data/level_offices.txt), the office of the town or county the article is about.
"""
from __future__ import annotations

from ..wordlists import word_list

PREFIX = "接頭辞"  # SudachiPy's part of speech of a prefix (各 of 各郷鎮)
AFFIXED = 3  # characters at most of a place jieba tags that is a common noun and an affix (各郷鎮)


def common_word(zh: str, ja: str, sources, renderings, targets, listed: bool, place: bool = False) -> bool:
    """True when ``zh`` (its Japanese form ``ja``; ``renderings``, how the translations ``targets`` write it) is an
    everyday word or a generic office rather than a name: see the module's docstring. ``listed``: it stands in a list
    beside a name."""
    from ..tokens import one_common_noun
    from .forms import japanese_form
    from .name_type import votes

    if generic_office(zh):
        return True
    if listed or not any(one_common_noun(w) or place and affixed_noun(w) for w in (ja, japanese_form(zh))):
        return False
    return not votes([zh], sources, "chinese_type_cues.tsv", endings=True) and \
        not votes(renderings, targets, "japanese_type_cues.tsv", own=False)


def generic_office(zh: str) -> bool:
    """``zh`` is a department's field and an office's ending, nothing before them (商务局, 卫生院), or the government
    of the level an administrative suffix names, and perhaps such an office of it (镇政府, 县商务局: the town's, the
    county's; data/level_offices.txt)."""
    from ..phonetics.tables import place_suffixes

    if any(zh.endswith(end) and zh[:-len(end)] in word_list("government_departments.txt")
           for end in word_list("office_endings.txt")):
        return True
    level = next((s for s in place_suffixes() if zh.startswith(s) and len(s) == 1), "")
    return bool(level) and (zh[1:] in word_list("level_offices.txt") or generic_office(zh[1:]) and len(zh) > 2)


def affixed_noun(word: str) -> bool:
    """SudachiPy reads ``word``, of three characters at most and opening with no surname, as a common noun and a
    prefix or a suffix of its dictionary (山区: 山 + 区; 鎮内; 新区), or two prefixes (長約 of 全長約), or as one word of
    a part of speech no name has (新鮮, an adjectival noun): a place jieba tags that is a word of everyday Japanese (a
    place's stem is a proper noun or a word the dictionary lacks: 星岚 + 区)."""
    from ..phonetics.pinyin import is_surname
    from ..tokens import NOT_NAMES, common_noun, suffix, tokenize
    from .forms import simplified_form

    toks = tokenize(word)
    if len(toks) == 1:
        return not toks[0].oov and toks[0].pos[0] in NOT_NAMES
    affixes = [t for t in toks if suffix(t.pos) or t.pos[0] == PREFIX]
    nouns = [t for t in toks if common_noun(t.pos) and not t.oov]
    return len(word) <= AFFIXED and len(toks) == 2 and affixes and len(affixes) + len(nouns) == 2 \
        and not is_surname(simplified_form(word[0]))
