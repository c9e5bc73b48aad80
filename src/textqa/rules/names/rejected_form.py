from __future__ import annotations

from ...charclass import GLOSS_BRACKETS, KANJI_RUN, SPACES
from ...context import confidence
from ...findings import Severity
from ...glossary.forms import japanese_form
from ...glossary.model import EntityType
from ...mentions.features import token_evidence
from ...mentions.kinds import MentionKind
from ...mentions.context import misspelt_original
from ..base import Rule


def _kanji_form(entry) -> str:
    """The entry's first correct form in kanji, or its ``zh`` in Japanese forms (佘詩曼 for 佘诗曼 when the glossary
    prefers カーメイン・シェー): what a gloss giving the original characters should hold."""
    return next((f for f in entry.correct_forms if KANJI_RUN.fullmatch(f)), None) or japanese_form(entry.zh)


# the entities whose names a translation may render by meaning (菜鸟 as 初心者, a rookie): a rejected word of such a
# name is also that word in its own sense; a person's or a place's rejected form is a misspelling (青桐 for 菁桐)
TRANSLATED_TYPES = frozenset({EntityType.ORG, EntityType.TERM})


def _named_otherwise(ctx) -> set[str]:
    """The entities the text names in some other way than a rejected ordinary word: by any form that is not rejected,
    or by a rejected form that is no word of the dictionary (チャオグオ, a Mandarin reading left in katakana), which can
    only be the entity mistranslated; beside it the rejected word (ロースター) stands for the entity too."""
    named = set()
    for m in ctx.mentions.of_kinds((MentionKind.REJECTED,)):
        if m.entity not in named and not m.glossed:
            tokens = token_evidence(ctx.doc, m.span)
            if not tokens.known_word and not tokens.inside_word:
                named.add(m.entity)
    named.update(entity for _, entity, _, kind, _ in ctx.mentions.records() if kind is not MentionKind.REJECTED)
    return named


class RejectedForm(Rule):
    """
    ## What it does
    Reports a rendering that the glossary lists in its `reject` column. A rejected form inside a longer word of the
    dictionary is that word, not the form (風機 of 扇風機). A rejected form that is one ordinary word of the
    dictionary (初心者, 村長: the word a translation by meaning gives) for an organisation or a term is reported at
    `info` when the text names the entity in no other way: the word in its own sense is as likely as the entity
    mistranslated (not so in bilingual mode, where the source says what was translated). Another rejected form of the
    entity that is no word (a Mandarin reading left in katakana) names it: the word beside it is the entity too. A person's or a place's
    rejected form is a misspelling, a word or not (青桐 for 菁桐). A rejected form in a sentence that reports how
    another text renders the thing (`英語の資料ではXと書かれている`, `Xと訳されている`) is written in this text all
    the same, as `Xという英語名` is: reported; a labelled form of a table row or an infobox (`英語名：X`) is not.

    ## Why is this bad
    The glossary maintainers have recorded this form as wrong for the entity,
    usually because a machine translation produced it before.

    ## Example
    glossary: `zh=邓小平 ja=鄧小平 reject=登小平`; text: `登小平は改革を進めた。`

    A rejected form stays wrong in the gloss after a correct form when it is kanji that are no script form of the
    entry's own characters (`カーメイン・シェー（余詩曼）` with 余詩曼 rejected for 佘诗曼: the original misspelt); the
    fix there is the name in kanji. A rejected original in another script (马化腾) or a rejected reading in a gloss
    cites the name and stays silent.

    ## Use instead
    `鄧小平は改革を進めた。`
    """

    code = "NAM001"
    name = "rejected-form"
    severity = Severity.ERROR
    reads = ("text", "mentions", "glossary", "tokens", "bilingual")
    needs_glossary = True
    safe_fix_from = 0.0  # the glossary says this form is wrong and which one is right

    def check(self, ctx):
        named = None  # the entities the text names in some other way than a rejected form (read when first needed)
        bilingual = "bilingual" in ctx.doc.layers  # a translation beside its source: the source names the entity
        for m in ctx.mentions.of_kinds((MentionKind.REJECTED,)):
            if m.glossed:
                continue
            tokens = token_evidence(ctx.doc, m.span)
            if tokens.inside_word:
                continue  # 風機 of 扇風機: another word
            sure = 1.0
            if tokens.known_word and not bilingual and ctx.entry(m.entity).type in TRANSLATED_TYPES:
                if named is None:
                    named = _named_otherwise(ctx)
                if m.entity not in named:
                    sure = confidence(self, "common-word")
            fix = ctx.entry(m.entity).ja
            if misspelt_original(m) and ctx.doc.text[max(0, m.span.start - len(SPACES) - 1):m.span.start].rstrip(SPACES)[-1:] in GLOSS_BRACKETS:
                fix = _kanji_form(ctx.entry(m.entity))  # カーメイン・シェー（余詩曼）: the gloss's original misspelt
            yield ctx.finding(self, m.span, f"'{m.surface}' is a rejected form of {m.entity}; write '{fix}'",
                              entity=m.entity, suggestion=fix, confidence=sure,
                              masked=False)  # the mentions layer kept only a form reported in prose (resolve)
