from __future__ import annotations

from ...charclass import LATIN_WORD
from ...findings import Severity
from .variant import VariantRule, entity_label


class SplitName(VariantRule):
    """
    ## What it does
    Reports a glossary person's name split in two: the surname left in romanised
    pinyin, followed closely by the given name in kanji (by sound), or the given
    name set apart in quotes right after the surname (`馬「化騰」`). A name half in pinyin is no other name of the
    person, even where the text calls the person by it (`Ma化騰の名で署名した`): it is reported there too. The
    surname may carry tone marks and be written in any case (`Mǎ化騰`, `MA 化騰`); one in lower case only glued to
    the given name or spaces or brackets apart (`ma「化騰」`), and the given name belongs to the nearest surname
    before it (`Ma Huatengとも書く。Ma化騰`: the second Ma's).

    ## Why is this bad
    The translation broke the name apart, often across a quote or a sentence
    end, so neither half names the person.

    ## Example
    `馬化騰は語った。「Ma」と名乗った。化騰の故郷は潮州だ。` (glossary: 马化腾 → 馬化騰)

    ## Use instead
    `「馬化騰」と名乗った。`
    """

    code = "NAM009"
    name = "split-name"
    severity = Severity.WARNING

    def message(self, m, entry):
        surname, given = m.detail.split(" + ")
        if not LATIN_WORD.fullmatch(surname):
            return f"'{m.surface}' is {entity_label(entry)} with its given name set apart in quotes; write '{entry.ja}'"
        return (f"'{surname}' … '{given}' is {entity_label(entry)} split into a romanised surname and a given "
                f"name by sound; write '{entry.ja}'")
