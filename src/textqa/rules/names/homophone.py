from __future__ import annotations

import functools

from ...context import sure_fix
from ...findings import Severity
from ...glossary.forms import derived, glyph_forms_many, simplified_form
from ...glossary.model import EntityType
from ...mentions.features import LARGE_GLOSSARY, place_suffixes
from .variant import VariantRule, entity_label, named_literally


MIN_STEM = 2  # a place's name before its suffix, in characters, that is a name alone (平渓 of 平渓県; not 潮 of 潮州)


class Homophone(VariantRule):
    """
    ## What it does
    Reports other characters with the same Mandarin reading as a glossary name.
    Both sides are compared in toneless pinyin (pypinyin reads Japanese kanji
    forms too), with surnames read as surnames (曾 = zeng).

    ## Why is this bad
    Machine translation that goes through sound picks the wrong characters for
    a name: the result looks like a real name but names nobody. Short names need
    evidence that they are names (proper-noun or unknown tokens, 氏/市 after them,
    the entity named elsewhere); weak candidates are reported as info. A place
    name the dictionary knows (with its suffix: 台州市) that reads like the name
    only when tones are ignored is another place and is not reported; kanji that
    read like the name only by an uncommon reading close to their usual one are
    a near-homophone (NAM005), and a person's surname written with another
    surname's kanji that reads the person's only by an uncommon reading (万, wan
    as a surname and rarely mo, for 莫) is a wrong surname (NAM008).
    A homophone the text calls the thing by (`石古嶺と呼ばれる丘` for 石鼓嶺) is the name in use, misspelt, and reported
    as anywhere; one the thing is also called (`石古嶺とも呼ばれる`) is another name beside it, and is not.
    A homophone of a longer name that holds another entry's name in its own
    characters (a studio named after its town, one character of it other) is
    reported though the town's name inside it is written correctly.
    A person entry that is one Japanese family name of the dictionary, its first
    character no Chinese surname (磯村: a row a page on Japanese people gives), has
    no homophones among the dictionary's own proper nouns (吉村): those are other
    families or places that Mandarin reads alike.

    Two shapes are reported at `info` where the document writes the entity in no literal form: with a glossary of a
    thousand entries or more, a person's name of two characters written with its own surname and another character of
    the given name's sound (`王毅` for a glossary's 王怡: one syllable alike, which a large glossary's many two-character
    names make likely by chance; most often another real person), and a place of a name of two
    characters or more before its suffix, the suffix's character written as another that is no place suffix
    (`平渓線`, a railway line, for a glossary's 平渓県; `男同士` for 南通市): the name of something else, or a word. A
    name of one character before its suffix is no name alone (潮 of 潮州): `潮洲` for it is the name misspelt.
    So is a name of one character (商, a dynasty; 楚, a state) wherever it stands: every text holds kanji of its sound
    (`線上` for a glossary's 商: 上, shang), the entity named literally beside them or not.

    ## Example
    `登小平氏は改革開放を進めた。` (glossary: 邓小平 → 鄧小平)

    ## Use instead
    `鄧小平は改革開放を進めた。`
    """

    code = "NAM004"
    name = "homophone"
    severity = Severity.ERROR
    safe_fix_from = sure_fix()

    def message(self, m, entry):
        return f"'{m.surface}' reads {m.detail} like {entity_label(entry)}, with other characters; write '{entry.ja}'"

    def info_only(self, ctx, m) -> bool:
        """A name of one character; a two-character person's name with the person's own surname (with a large glossary: in a small one, the
        person the text is about misspelt, 李丹 for 李旦), or a place's suffix written as a character that is no place
        suffix (``Homophone``'s doc), where the document writes the entity in no literal form."""
        entry = ctx.entry(m.entity)
        if len(m.entity) == len(m.surface) == 1:  # a name of one character: its sound is every text's (the doc)
            return True
        if len(m.surface) != len(m.entity) or m.entity in named_literally(ctx):
            return False
        if entry.type == EntityType.PERSON:  # the size first: OpenCC is loaded only with a large glossary
            return len(ctx.compiled.glossary) >= LARGE_GLOSSARY and len(m.surface) == 2 \
                and simplified_form(m.surface[0]) == simplified_form(m.entity[0])
        return (entry.type == EntityType.PLACE and len(entry.ja) == len(m.surface) > MIN_STEM
                and entry.ja[-1] in place_suffixes() and m.surface[-1] not in suffix_forms())


@functools.lru_cache(maxsize=1)
def suffix_forms() -> frozenset[str]:
    """The place suffixes in every script (県, 县, 縣), derived once from OpenCC and kept in the cache folder, so that
    a lint loads no OpenCC dictionary (25 MB) to test one character."""
    suffixes = sorted(place_suffixes())

    def build() -> list[str]:
        return sorted(set().union(*glyph_forms_many(suffixes)))

    def valid(value) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)

    return frozenset(derived("place-suffix-forms", build, valid, *suffixes))
