"""BIL005: a target sentence that is still the Chinese of its source."""
from __future__ import annotations

import functools
import re

from ...charclass import KANJI_RUN, SENTENCE_ENDS, SPACES, is_hiragana, is_kanji, is_katakana
from ...findings import Severity, Span
from ..base import Rule
from ._shared import bitext



class UntranslatedSegment(Rule):
    """
    ## What it does
    Reports a sentence of the translation that is still Chinese: no kana, and either simplified-only
    characters or (for a longer sentence) nearly the same characters as its aligned source sentence; and a clause
    left in Chinese inside a translated sentence: a run of kanji, long enough, written character for character as in
    its source sentence and holding a character of Chinese grammar (在, 的, 了: data/chinese_grammar_chars.txt, or
    data/chinese_clause_chars.txt's 不, 有), which a Japanese compound copied from its source does not hold
    (`…釣りをし、周末在山上看日出、…` beside `…钓鱼，周末在山上看日出，…`).

    ## Why is this bad
    Machine translation passes some sentences through untouched, often ones that mix names and numbers.
    A sentence written only in characters that Japanese also has looks like a kanji headline to a
    monolingual check; beside its source it is plainly untranslated. Where `GRB001` already reports the same
    text, this rule stays silent. A kanji-only line that writes a character of its source in its Japanese form
    (県 for 县) and changes its words (業務 for 工作, 河北省石家荘市 for 河北 石家庄), as a heading or an affiliation
    translated into Japanese does, is not the source; nor is a sign-off, a line of kanji-only names and a date
    (星川県森林防火指揮部　2026年12月1日: an issuer and the day it signed, in characters Japanese writes too).

    ## Example
    `这家公司的成功带动了整个无人机产业链的发展。` in the Japanese text.

    ## Use instead
    `この会社の成功は、ドローン産業チェーン全体の発展をけん引しました。`
    """

    code = "BIL005"
    name = "untranslated-segment"
    severity = Severity.WARNING
    reads = ("text", "bilingual")
    same_as = ("GRB001",)

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.align import as_simplified, threshold
        from ...glossary.forms import is_simplified_only

        for sent in bt.alignment.sentences:
            if not sent.source or not sent.target:
                continue
            text = ctx.doc.slice(sent.target_span)
            if any(is_hiragana(ch) or (is_katakana(ch) and ch != "ー") for ch in text):
                yield from _clauses(ctx, self, bt, sent, text)
                continue
            hanzi = [ch for ch in text if is_kanji(ch)]
            if len(hanzi) < threshold("untranslated-hanzi"):
                continue
            source = set(bt.source.slice(sent.source_span))
            shared = sum(1 for ch in hanzi if as_simplified(ch) in source or ch in source) / len(hanzi)
            simplified = any(is_simplified_only(ch) for ch in hanzi)
            if simplified or (shared >= threshold("same-as-source") and len(hanzi) >= threshold("same-hanzi")
                              and not _rewritten(hanzi, bt.source.slice(sent.source_span))
                              and not _signed_off(text, _next_line(ctx.doc.text, sent.target_span.end))):
                yield ctx.finding(self, sent.target_span, "this sentence is still the Chinese of its source",
                                  related=(bt.related(sent.source_span, "source sentence"),))


def _clauses(ctx, rule, bt, sent, text: str):
    """The findings of the clauses of a translated sentence ``text`` left in Chinese (see the rule's doc): runs of
    ``untranslated-clause`` kanji or more (``untranslated-hanzi``, as a sentence alone, where the run is a whole
    sentence of the link: 火が強すぎてはいけない。不然竹片会裂。) found as they are in the aligned source sentence, with
    a character of Chinese grammar or of a Chinese clause, and not ending as an organisation's or a place's name ends
    (基金会, 有限公司, 县: bilingual/data/whole_names.toml's org-heads, phonetics/data's suffixes), which a translation may
    keep as it is."""
    from ...bilingual.align import threshold

    source = bt.source.slice(sent.source_span)
    grammar, names = _clause_marks()
    for m in KANJI_RUN.finditer(text):
        run = m.group()
        whole = text[m.start() - 1:m.start()] in ("", *SENTENCE_ENDS) and text[m.end():m.end() + 1] in SENTENCE_ENDS
        least = threshold("untranslated-hanzi") if whole else threshold("untranslated-clause")
        if len(run) >= least and run in source and not grammar.isdisjoint(run) \
                and not run.endswith(names):  # 星河助学基金会, 星河食品有限公司: a name the source writes so
            span = Span(sent.target_span.start + m.start(), sent.target_span.start + m.end())
            yield ctx.finding(rule, span, f"this clause is still the Chinese of its source: '{run}'",
                              related=(bt.related(sent.source_span, "source sentence"),))


@functools.lru_cache(maxsize=1)
def _clause_marks() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the characters of Chinese grammar and of a Chinese clause, the endings of an organisation's or a place's
    name), which ``_clauses`` reads."""
    from ...bilingual.whole_names import whole_name_data
    from ...phonetics.tables import org_suffixes, place_suffixes
    from ...wordlists import word_set

    return (word_set("chinese_grammar_chars.txt") | word_set("chinese_clause_chars.txt"),
            (*whole_name_data()["org-heads"], *org_suffixes(), *place_suffixes()))


def _next_line(text: str, end: int) -> str:
    """The first line of ``text`` after the line that holds ``end`` with anything but spaces on it, stripped."""
    return next((line.strip(SPACES + "\t") for line in text[end:].splitlines()[1:] if line.strip(SPACES + "\t")), "")


def _signed_off(text: str, next_line: str = "") -> bool:
    """The sentence is a sign-off: parts split by spaces, one of them a date (numbers.toml `date-counters`:
    2026年12月1日, 2026.12.1), or the line after it a date alone, and every other one a run of kanji with no
    sentence's grammar in them all (fewer than `signoff-grammar` different characters of
    data/chinese_grammar_chars.txt): an issuer's name and the day it signed (星川県森林防火指揮部　2026年12月1日, or the
    date on a line of its own below the name), which Japanese writes in the same characters once they are in its
    forms."""
    from ...bilingual.align import threshold
    from ...bilingual.numbers import is_date
    from ...wordlists import word_set

    parts = re.split(f"[{SPACES}\t\r\n]+", text.strip(SPACES + "\t\r\n"))
    dates = [p for p in parts if is_date(p)] or [next_line] * is_date(next_line)
    names = [p for p in parts if p not in dates]
    grammar = word_set("chinese_grammar_chars.txt") & set("".join(names))
    return (bool(dates) and bool(names) and all(all(is_kanji(ch) for ch in p) for p in names)
            and len(grammar) < threshold("signoff-grammar"))


def _rewritten(hanzi: list[str], source: str) -> bool:
    """The sentence's kanji were written anew in Japanese: some kanji is the Japanese form of a different character
    of the source (県 for 县, 災 for 灾, 伝 for 传), and the kanji are not the source's one for one in those forms (words
    changed, added or left out: 業務 for 工作, 河北省石家荘市 for 河北 石家庄). Machine translation passes a sentence through
    as it is; a sentence only transcribed glyph by glyph is still the source."""
    from ...bilingual.align import as_simplified
    from ...glossary.forms import japanese_form

    source_hanzi = [ch for ch in source if is_kanji(ch)]
    there = set(source_hanzi)
    japanese = any(ch not in there and (zh := as_simplified(ch)) != ch and zh in there and japanese_form(zh) == ch
                   for ch in hanzi)
    return japanese and [as_simplified(ch) for ch in hanzi] != source_hanzi
