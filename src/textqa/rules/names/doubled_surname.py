from __future__ import annotations

from ...charclass import is_kanji
from ...findings import Severity, Span
from ...glossary.model import EntityType
from ...mentions.kinds import CORRECT_KINDS, LITERAL_KINDS, MentionKind
from ...phonetics.pinyin import surname_length
from ..base import Rule
from .variant import entity_label

ITERATION_MARK = "々"  # 李々: a kanji repeated by the mark is a word of its own, not a seam
NAMED_KINDS = CORRECT_KINDS | {MentionKind.GLYPH}  # a form of the name itself, after the doubled surname


class DoubledSurname(Rule):
    """
    ## What it does
    Reports a glossary person's name with its surname written twice in front of it (`李李明華` for 李明華): the
    surname, once more, right before a form of the name that the document uses (a correct one or a glyph variant),
    where the doubled surname begins its run of kanji. A kanji right before it makes the pair part of a word
    (`女王王毅`: 女王 and 王毅), and a surname written by another glossary name there is that name (two people
    in a row): both stay silent.

    ## Why is this bad
    The translation wrote the surname at a seam between two renderings of the name and kept both; the reader
    sees a name nobody has (a surname repeated, or a three-character given name).

    ## Example
    `李明華は市場を訪れた。李李明華はそこで店主と話した。` (glossary: 李明华 → 李明華, a person)

    ## Use instead
    `李明華はそこで店主と話した。`
    """

    code = "NAM010"
    name = "doubled-surname"
    severity = Severity.WARNING
    needs_glossary = True
    reads = ("text", "mentions", "glossary")

    def check(self, ctx):
        text = ctx.doc.text
        layer = ctx.mentions
        # an entity's type is read once, not at each mention, and a Mention is made only for a person's mention;
        # the other names' spans are read only where a doubled surname is found
        persons = {entity for entity in set(*layer.columns(NAMED_KINDS, "entity"))
                   if ctx.entry(entity).type == EntityType.PERSON}
        taken = None
        for m in layer.of_kinds(NAMED_KINDS, persons) if persons else ():
            if m.glossed:
                continue
            entry = ctx.entry(m.entity)
            n = surname_length(entry.zh)
            surname = m.surface[:n]
            start = m.span.start - n
            if len(m.surface) <= n or not all(is_kanji(c) for c in surname) or start < 0 \
                    or text[start:m.span.start] != surname:
                continue
            before = text[start - 1:start]
            if before and (is_kanji(before) or before == ITERATION_MARK):
                continue  # 女王王毅: the first 王 ends the word 女王
            if taken is None:
                taken = [o.span for o in layer.of_kinds(LITERAL_KINDS)]
            if any(s < m.span.start and e > start for s, e in taken):
                continue  # another glossary name ends there: two names in a row
            span = Span(start, m.span.end)
            yield ctx.finding(self, span, f"'{ctx.doc.slice(span)}' writes the surname '{surname}' of "
                                          f"{entity_label(entry)} twice; write '{m.surface}'",
                              entity=m.entity, suggestion=m.surface)
