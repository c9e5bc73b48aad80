from __future__ import annotations

from ...context import sure_fix
from ...findings import Severity
from .variant import VariantRule, entity_label


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
    A homophone of a longer name that holds another entry's name in its own
    characters (a studio named after its town, one character of it other) is
    reported though the town's name inside it is written correctly.

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
