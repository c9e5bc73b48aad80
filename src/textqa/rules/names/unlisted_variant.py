from __future__ import annotations

from ...findings import Severity
from ...mentions.kinds import MentionKind
from ...mentions.score import thresholds
from ..base import Rule


class UnlistedVariant(Rule):
    """
    ## What it does
    Reports a name that no glossary entry covers, written another way in the
    same document: other kanji with the same Mandarin reading (a surname read as
    a surname), one kanji swapped for a look-alike (`data/lookalike_kanji.tsv`),
    the name's Mandarin reading in katakana, or its given name under another
    surname where the document spells only the other in katakana (the surname
    the katakana says), beside the form the document
    writes most often (or, on a tie, the one with the most evidence that it is a
    name), which is the suggestion. The document's kanji names are those of
    `textqa glossary suggest` (SudachiPy proper nouns, kanji before 氏, 市, 社 …)
    and a surname with two kanji standing alone twice or more; the ordinary
    finders run with them as a temporary glossary, and the fitted scorer
    weighs each candidate as it weighs a glossary name's. Opt-in: it runs only
    when selected by its code (`--extend-select NAM012`, `extend-select =
    ["NAM012"]` or `--select ALL`), since reading every name of a document in
    pinyin costs what the default run does not pay (pypinyin and a second pass
    of the finders: about 0.15 s a document and 250 MB more at a cold start).

    ## Why is this bad
    A machine translation that goes through sound writes one person two or
    three ways on one page (宋剛, ソンガン; 馬化騰 and 馬華騰): at most one of the
    forms is the name, and a reader cannot tell that they are one person. A
    glossary entry makes the name rules report each form; without one, the page
    itself shows the mix. A gloss (宋剛（ソン・ガン）) or an alias the text
    introduces stays silent, as it does for a glossary name.

    The rule is `info`: the form the page writes most often is not always the
    right one, and two real names can read alike; add the name to the glossary
    (`textqa glossary suggest` proposes the row) to have every wrong form
    reported with the right fix. `[severity]` `NAM012 = "warning"` makes it a
    gate.

    ## Example
    `鄭明遠氏は会見で語った。鄭明遠氏によれば、ジェン・ミンユエン氏の会社は伸びている。`

    ## Use instead
    `鄭明遠氏は会見で語った。鄭明遠氏によれば、鄭明遠氏の会社は伸びている。`
    """

    code = "NAM012"
    name = "unlisted-variant"
    severity = Severity.INFO
    opt_in = True
    reads = ("text", "tokens", "own-names")

    def check(self, ctx):
        text = ctx.doc.text
        for m in ctx.own_names:
            n = text.count(m.entity)
            how = {MentionKind.HOMOPHONE: f"reads {m.detail} like",
                   MentionKind.LOOKALIKE: "differs by a look-alike kanji from",
                   MentionKind.KATAKANA: "is the Mandarin reading in katakana of",
                   MentionKind.WRONG_SURNAME: "has the given name under another surname of"}[m.kind]
            yield ctx.finding(self, m.span, f"'{m.surface}' {how} '{m.entity}', which this document writes {n} "
                                            f"time{'s' if n > 1 else ''} (no glossary entry): one name written two "
                                            f"ways; write '{m.entity}' if they are one", suggestion=m.entity,
                              confidence=m.confidence, thresholds=thresholds())
