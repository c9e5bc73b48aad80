from __future__ import annotations

from ...findings import Severity
from .variant import VariantRule, entity_label, named_surely


class WrongSurname(VariantRule):
    """
    ## What it does
    Reports a glossary person's given name (by sound) under a different surname,
    when the document also names that person. When it names the person only by the name's own gloss or another
    weak sound-alike (`樊明慧（ファン・ミンフイ）` for a glossary's 譚明輝: the katakana is the reading of 樊明慧, one letter
    off 譚明輝's), and never in a literal form, the name is another person's (a player, an actress) as often as the
    person's under a wrong surname: reported at `info`. Another glossary person who merely
    shares a surname or a character is never reported. A surname one merged sound away (n and l, a front and a
    back nasal: `潘雪梅` for 庞雪梅, `phonetics/data/confusable.tsv`) is the surname misheard, a near-homophone
    (NAM005); any other surname is a wrong one, even one pinyin letter other (`夏鶴鳴` for 贾鹤鸣, xia for jia), and
    even one whose kanji reads the person's surname by an uncommon reading while as a surname it reads otherwise
    (`万海川` for 莫海川: 万 is the surname wan, read mo only rarely). A surname drawn like the person's own
    (`汪宏鈞` for 江宏鈞: 汪 and 江 in `data/lookalike_kanji.tsv`; 湯 for 楊, one core in the
    same arrangement, `data/kanji_cores.tsv`) is the surname misread by eye: NAM011 reports it
    when its look-alike is as sure as the changed surname or sure enough for a warning.
    A given name of one character is too short to tell by sound (many people share one syllable of a given name):
    it is reported in its own character only (`楊鵬` for 姜鹏, not `楊朋`), the surname opening its run of kanji (no
    longer name's last two characters), a name suffix right after it (`楊鵬氏`), and the person written correctly
    in the document.

    ## Why is this bad
    Machine translation sometimes swaps a surname for a more common one with a
    similar sound. The result names a different, possibly real, person.

    ## Example
    `周鴻禕氏が登壇した。…後に王鴻禕氏は辞任した。` (glossary: 周鸿祎 → 周鴻禕)

    ## Use instead
    `周鴻禕氏が登壇した。…後に周鴻禕氏は辞任した。`
    """

    code = "NAM008"
    name = "wrong-surname"
    severity = Severity.ERROR

    def message(self, m, entry):
        return (f"'{m.surface}' has the given name of {entity_label(entry)} ({m.detail}) under the surname "
                f"'{m.surface[0]}'; write '{entry.ja}'")

    def info_only(self, ctx, m) -> bool:
        """The document names the person neither in a literal form nor by a sound-alike of another kind that is a
        warning on its own (``named_surely``): the name under another surname is as likely someone else's."""
        return m.entity not in named_surely(ctx)
