from __future__ import annotations

from ...context import confidence
from ...findings import Severity, Span
from ...phonetics.syllables import segment
from ..base import Rule
from ._names import ROLL_NAMES, latin_chains, lone_pinyin, romanised_name
from ._text import LATIN_LETTER, brackets, glossary_surface


class RomanizedName(Rule):
    """
    ## What it does
    Reports a Chinese person's name left in pinyin (`Zhou Minghui`). It is a run of two or three
    capitalised Latin words, alone between Japanese text or punctuation, that spell a one-syllable
    surname and a one- or two-syllable given name, judged by pinyin syllable structure (a general
    syllable table), not by a list of names. A name of two words of two syllables each, with no
    one-syllable surname (a Tibetan or other minority name in pinyin: `Zhaxi Dunzhu`), is reported
    only right before an honorific (`Zhaxi Dunzhu さん`, `氏`): the text calls it a person's name.

    Runs made only of common English words (Long Man) are skipped, and so are pinyin given as a gloss
    in parentheses (also after the quotation that holds the kanji: `「星河祠」(Xing He Ci)`), names the text
    introduces as an alias (`英語名はZhang Yiming`), names followed by their forms under labels (`Zhou Minghui
    (繁体字: 周明輝、拼音: Zhōu Mínghuī)`), and names that a glossary lists (those are the NAM rules' business), and names the text gives elsewhere in brackets after the
    kanji they spell (`雷軍(Lei Jun)`: the writer names the person so on purpose). A single pinyin word listed among
    such names (a nickname: `Xu Lan、Laomao`) is reported at `info`, and as a warning in a roll of three such names or
    more (`Laomao、Xu Lan、Zhou Minghui、Qin Fang`): the list names people, so a word of pinyin syllables in it is one.

    ## Why is this bad
    Japanese writes Chinese names in kanji (or katakana for readings); pinyin in running
    Japanese text is a machine-translation leftover, and readers cannot tell who is meant.

    ## Example
    `業界には、Zhou Minghui、Xu Lanなど…`

    ## Use instead
    `業界には、周明輝、徐蘭など…` (the kanji from the source article)
    """

    code = "GRB003"
    name = "romanized-name"
    severity = Severity.WARNING
    reads = ("text", "tokens", "mentions", "glossary")
    per_paragraph = True

    def check(self, ctx):
        marks = brackets(ctx.doc)
        for para, text in ctx.paragraphs(holding=LATIN_LETTER):  # a name has letters
            for chain in latin_chains(ctx, para, text):  # shared by GRB002 and GRB003
                names = [words for _, words in chain if romanised_name(ctx, marks, words)]
                for words in names:
                    yield self._report(ctx, words, 1.0)
                if not names:
                    continue
                case = "listed-in-roll" if len(names) >= ROLL_NAMES else "listed-nickname"
                for _, words in chain:  # nicknames listed among the names: Panzi、Li Jianwu
                    if len(words) == 1 and lone_pinyin(ctx, words[0]) and not glossary_surface(ctx, words[0][0]):
                        yield self._report(ctx, words, confidence(self, case))

    def _report(self, ctx, words, confidence):
        run = Span(words[0][0].start, words[-1][0].end)
        syllables = " ".join("-".join(segment(w)) for _, w in words)
        return ctx.finding(self, run, f"romanised Chinese name '{ctx.doc.slice(run)}' ({syllables}): "
                                      "write the name in kanji", confidence=confidence)
