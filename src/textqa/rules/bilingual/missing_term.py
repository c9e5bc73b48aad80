"""BIL001: a glossary name or term of the source sentence has no rendering in its translation."""
from __future__ import annotations

from collections import Counter

from ...context import confidence
from ...findings import Severity
from ...glossary.model import EntityType
from ...mentions.kinds import MentionKind
from ..base import Rule
from ._shared import bitext



class MissingTerm(Rule):
    """
    ## What it does
    Reports a glossary name or term of the aligned source sentence that its translation renders in no form (no
    preferred or accepted form, no variant the name rules link to it; a person named in full before may be named
    by surname and title, 兪所長 or 韓副局長, or given name: `titles` in terms.toml; a term, place or organisation the source names
    again, by the head of its compound when the translation writes it in full elsewhere, 農家 for 果樹農家, 旧市街
    for カシュガル旧市街, a term by its leading words, ハウス栽培 for ハウス栽培イチゴ; a katakana form inside a longer
    katakana word, オリーブ in オリーブ園; a general word after a demonstrative, この病気, where the paragraph's
    translation named the term before) or one kanji off,
    with the fix, even where the name rules alone say `info` (楽保 for 楽宝). A term rendered only by a beginning of its
    form that ends a word of it, at least half of it (乾燥 for 乾燥加工: `shortened-share` in terms.toml), is rendered
    shortened, not dropped: `info`. Likewise a source name the glossary lacks (jieba's tags) written
    one homophone kanji off when the aligned sentence has none of its forms and that word is no Japanese word (鶴港
    for 鹤岗, not 加工場 for 加工厂; `info` where the kanji is the one Japanese writes in words for the source's, 治砂 for
    治沙: `japanese-substitutes` in terms.toml, or where the word is the usual Japanese spelling of the source's in
    Sudachi's dictionary, 磨崖 for 摩崖), and 我国 rendered 我が国 (Japan), fix 中国 (data: terms.toml). A term of a
    clause or sentence that BIL003 reports left out whole (none of its numbers in the translated sentence) is lost
    with it: the omission says so, and this rule does not report it again (`lost_with`).

    ## Why is this bad
    A name dropped or translated word by word (币圈 as 通貨圏) is invisible to a check of the Japanese alone.
    Variants the name rules link are left to them. A word of the name's kind that stands in for it (彼 for a
    person, 同社 for a company, 同市 for a place, 同研究院 made from the entry) makes it `info` (同社 beside a
    person's title with the name gone is a dropped name); so does the article's topic (rendered three times or
    more), or a place or organisation the translation's headline names (a person stays a warning), or a term it
    names that opens the source sentence as its subject, maybe after an item's label (a recipe's dish: 青梅酱可以抹面包
    as パンに塗るほか; a notice's item, 一、义诊时间： as 1．実施日時：), with
    nothing like it in the sentence, which Japanese leaves unsaid. The finding points at the word most
    likely standing for the name, with the fix, only when that word could render it (a shared kanji, a proper noun
    or unknown word, a katakana coinage, a word that reads like it); else at the sentence, with no suggestion. A repeated mention rendered in
    another sentence of the paragraph is not reported; where the source first names the entity, a rendering in
    another sentence whose own source names it too does not count. A place the translation has written in full,
    named again by its administrative suffix alone (同区 or 区内 for 星川区: `suffix-references`), or an organisation
    by 同 and the ending that says what kind of body it is (同館 for 星川民俗博物館: `org-suffixes`), is rendered; so is a
    place heading a body's name, by its suffix alone at the head of that name's translation (市交通運輸局 for
    星川市交通运输局). A speaker's label, an interviewee's name before a colon or a dash at the start of an answer
    (柯晓岚：), is the layout's: a translation that has named her before marks the speaker its own way (――, an
    initial, nothing), and drops no name there.

    ## Example
    Source: `成为中国科技行业最受关注的独角兽之一。` Translation: `最も注目される一角獣の一つとなりました。`
    (glossary: 独角兽 → ユニコーン企業, type term)

    ## Use instead
    `最も注目されるユニコーン企業の一つとなりました。`
    """

    code = "BIL001"
    name = "missing-term"
    lost_with = ("BIL003",)  # a term of a clause left out is lost with it: the omission says so
    severity = Severity.WARNING  # its glossary checks need a glossary; without one, the source's own names only
    reads = ("text", "tokens", "bilingual", "source-names", "mentions", "glossary")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.terms import misspelt_names, own_side

        for s_span, t_span, word in own_side(bt, ctx.compiled):
            yield ctx.finding(self, t_span, f"the source says {word['zh']} here ({word['note']}); "
                                            f"'{ctx.doc.slice(t_span)}' speaks from Japan's side; write '{word['fix']}'",
                              suggestion=word["fix"], confidence=confidence(self, "own-side"),
                              related=(bt.related(s_span, word["zh"]),))
        for m in misspelt_names(bt, ctx.compiled):
            yield ctx.finding(self, m.span, f"the source names {m.name} here, and '{ctx.doc.slice(m.span)}' is one "
                                            f"character off it; write '{m.fix}'",
                              suggestion=m.fix,
                              confidence=confidence(self, "japanese-substitute" if m.substitute else "one-character-off"),
                              related=(bt.related(m.source_span, m.name),))
        if ctx.compiled is not None:
            yield from self._glossary_terms(ctx, bt)

    def _glossary_terms(self, ctx, bt):
        from ...bilingual.align import threshold
        from ...bilingual.terms import (likely_rendering, headline_names, one_off, opens_sentence, plausible_rendering,
                                         refers_back, resembles, speaker_left_unsaid, shortened, written_terms, TermStatus)

        mentions = ctx.mentions
        seen = set()
        occurrences = written_terms(bt)
        rendered = Counter(o.entity for o in occurrences if o.status is TermStatus.CORRECT)
        for occ in occurrences:
            key = (occ.entity, occ.sentence.target_span)
            if key in seen or occ.status not in (TermStatus.MISSING, TermStatus.VARIANT):
                continue
            entry = ctx.entry(occ.entity)
            forms = (entry.ja, *entry.accept)
            if occ.status is TermStatus.VARIANT:  # a sound-alike the name rules may leave at info: the source says which
                for m in occ.renderings:
                    surface = ctx.doc.slice(m.span)
                    form = next((f for f in forms if one_off(surface, f) is not None), None)
                    if m.kind is not MentionKind.REJECTED and form is not None:
                        seen.add(key)
                        yield ctx.finding(self, m.span, f"the source names {occ.entity} here, and '{surface}' is one "
                                                        f"character off its Japanese form; write '{form}'",
                                          entity=occ.entity, suggestion=form,
                                          confidence=confidence(self, "one-character-off"),
                                          related=(bt.related(occ.source_span, occ.entity),))
                continue
            seen.add(key)
            likely = likely_rendering(bt, occ, mentions, person=entry.type == EntityType.PERSON)
            short = shortened(ctx.doc.slice(likely), forms) \
                if likely is not None and entry.type == EntityType.TERM else None
            if short is not None:  # 乾燥 for 乾燥加工: the term rendered shortened, not dropped
                yield ctx.finding(self, likely, f"the source names {occ.entity} here and the translation renders it "
                                                f"only by '{ctx.doc.slice(likely)}', a shortened form of '{short}'; "
                                                f"consider '{entry.ja}'",
                                  entity=occ.entity, confidence=confidence(self, "shortened"),
                                  related=(bt.related(occ.source_span, occ.entity),))
                continue
            if likely is not None and any(one_off(ctx.doc.slice(likely), f) is not None for f in forms):
                case = "one-character-off"  # a look-alike no name rule links: the source says what was meant
            elif rendered[occ.entity] >= threshold("topic") and not resembles(bt, occ, likely):
                case, likely = "referred", None  # the article's topic, left unsaid: no word stands for it
            elif entry.type == EntityType.PERSON and rendered[occ.entity] and likely is None \
                    and speaker_left_unsaid(bt.source.text, occ.source_span.end, ctx.doc.text,
                                            occ.sentence.target_span.start):
                case = "referred"  # the speaker of a quotation the translation named before (王毅说 as 「…」とした)
            elif (entry.type in (EntityType.PLACE, EntityType.ORG)
                  or entry.type == EntityType.TERM and opens_sentence(bt, occ)) \
                    and headline_names(bt, occ, mentions) and not resembles(bt, occ, likely):
                case, likely = "referred", None  # the place or body the headline names, or the term it names as the
                # subject of a sentence (a recipe's dish), left unsaid
            else:
                case = "referred" if refers_back(ctx.doc.slice(occ.sentence.target_span), entry) else "missing"
            if likely is not None and not plausible_rendering(bt, occ, likely, entry):
                likely = None  # an ordinary word that translates something else: point at the sentence, suggest nothing
            span = likely or occ.sentence.target_span
            word = ctx.doc.slice(span)
            stands = f"; '{word}' most likely stands for it" if span != occ.sentence.target_span else ""
            yield ctx.finding(self, span, f"the source names {occ.entity} here but the translation has no "
                                          f"rendering of it{stands}; write '{entry.ja}'",
                              entity=occ.entity, suggestion=entry.ja if stands else None,
                              confidence=confidence(self, case),
                              related=(bt.related(occ.source_span, occ.entity),))

