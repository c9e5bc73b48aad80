from __future__ import annotations

import re

from ...charclass import JAPANESE_RANGE, KANJI_RANGE, KANJI_RUN, SENTENCE_ENDS, LazyPattern
from ...context import confidence
from ...findings import Severity, Span
from ..base import Rule
from ...mentions.runs import glossary_memo
from ...wordlists import word_list
from ._text import paragraphs

REPLACEMENT = "\ufffd"
# a question mark inside a word: a kanji on one side, Japanese on the other, no space (福?市, 日本政府?各界); or
# at the start of a word before a kanji, where no question mark stands (after a comma, a full stop, an opening
# bracket or at a line start: 、?山市)
LOST = LazyPattern(rf"(?<=[{KANJI_RANGE}])\?+(?=[{JAPANESE_RANGE}])|(?<=[{JAPANESE_RANGE}])\?+(?=[{KANJI_RANGE}])|"
                   rf"(?P<head>(?:(?<=[、。，「『（(])|^)\?+(?=[{KANJI_RANGE}]))|{REPLACEMENT}+", re.M)
MAY_LOSE = re.compile(f"[?{REPLACEMENT}]")  # what every match of LOST holds: a fast first test

# a half-width ? used as a question mark: at the end of a line or before a space, a closing quote, an arrow or an
# ellipsis (南港?星河?→: choices weighed; no lost character stands before an arrow)
AS_QUESTION_MARK = re.compile(r"\?(?:$|[\s」』”）)→⇒…])", re.M)


SENTENCE_END = SENTENCE_ENDS + "\n"


# a ? before the quotative と or って and a verb of thinking or saying (田中画伯?と思ったら, 本物?って聞いた): a question
# the writer quotes, and a name that lost a character is no thought
QUOTED_QUESTION = re.compile(r"\?(?:と|って)(?:思|言|い[うっ]|考|聞|感|疑|尋|問)")

QUESTION_ENDS = ("とは", "か")  # what ends a question anywhere: 強みとは?元代表が…, 本当に強いのか?


def _headline_question(text: str, at: int) -> bool:
    """A `?` after とは or か (`若手の強みとは?元代表が絶賛`), or after は in a line with no `。` (a headline:
    `今年の目標は?新しい港の完成`): a question's mark."""
    if text.endswith(QUESTION_ENDS, 0, at):
        return True
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return text[at - 1:at] == "は" and "。" not in text[lo:len(text) if hi < 0 else hi]


def _asks(text: str, at: int) -> bool:
    """True when the sentence before the ``?`` at ``at`` holds a question word (data/question_words.txt)."""
    start = max(text.rfind(c, 0, at) for c in SENTENCE_END) + 1
    return any(w in text[start:at] for w in word_list("question_words.txt"))


KANJI_BEFORE = LazyPattern(rf"[{KANJI_RANGE}]+$")  # the kanji run that ends where the search ends


def _in_glossary_form(compiled, text: str, start: int, end: int) -> bool:
    """The `?`s at ``start:end`` stand where a glossary form has characters: the kanji right before them begin the
    form and the kanji right after them end it (何?武 for 何華武): characters of a name lost, even after a question
    word, which a name may begin with (何 is a surname)."""
    if compiled is None:
        return False
    memo = glossary_memo(compiled.indexes, "encoding.form-ends")
    ends = memo.get("")
    if ends is None:  # (first character, last character, length) -> the forms of kanji at both ends
        ends = memo[""] = {}
        for form in compiled.forms:
            if len(form) >= 3 and KANJI_RUN.fullmatch(form[0] + form[-1]):
                ends.setdefault((form[0], form[-1], len(form)), []).append(form)
    before, after = KANJI_BEFORE.search(text, 0, start), KANJI_RUN.match(text, end)
    if before is None or after is None:
        return False
    head, tail, lost = before.group(), after.group(), end - start
    return any(form.startswith(head[-a:]) and form.endswith(tail[:b])
               for a in range(1, len(head) + 1) for b in range(1, len(tail) + 1)
               for form in ends.get((head[-a], tail[b - 1], a + lost + b), ()))


class EncodingLoss(Rule):
    """
    ## What it does
    Reports characters lost to an encoding (`福?市`, `日本政府?各界`).
    That is a `?` standing for a character inside a word, or the replacement character `�`.

    A `?` counts only between a kanji and other Japanese text with no space, or right before a kanji at the start
    of a word (after `、`, `。` or an opening bracket, or at a line start: `?山市`). When the document also uses
    `?` as a question mark (at a line end or before a space, a closing quote, an arrow or `…`), a `?` between words may be
    one too, and is only `info` (one at the start of a word never is). After a question word it ends a question, and
    so it does after とは or か (`強みとは?元代表が`), before a thought or words it quotes (`本物?と思った`), and after は in a headline (a line with no `。`:
    `今年の目標は?新しい港の完成`), unless the kanji on both sides begin and end a glossary form (`何?武` for
    `何華武`: a name that begins with a question word lost a character).

    ## Why is this bad
    The text went through an encoding (Shift_JIS, GBK) that lacks the character; it was replaced by `?`
    and is lost. Often it is part of a name (福州 became 福?), so the name can no longer be found or checked.

    ## Example
    `福?市の企業と日本政府?各界の代表が会談した。`

    ## Use instead
    The lost characters, restored from the source: `福州市の企業と日本政府・各界の代表が会談した。`
    """

    code = "GRB014"
    name = "encoding-loss"
    severity = Severity.WARNING
    reads = ("text", "glossary")

    def check(self, ctx):
        questions = AS_QUESTION_MARK.search(ctx.doc.text) is not None
        if "?" not in ctx.doc.text and REPLACEMENT not in ctx.doc.text:
            return  # nothing LOST could match
        for para, text in paragraphs(ctx.doc):
            if not MAY_LOSE.search(text):
                continue  # a paragraph with neither is not scanned
            for m in LOST.finditer(text):
                if m.group("head") is None and REPLACEMENT not in m.group() and (
                        _asks(text, m.start()) or _headline_question(text, m.start())
                        or QUOTED_QUESTION.match(text, m.end() - 1)) \
                        and not _in_glossary_form(ctx.compiled, text, m.start(), m.end()):
                    continue  # 唐とはどんな王朝?歴史年表, 今年の目標は?新しい港: a question's mark
                span = Span(para.start + m.start(), para.start + m.end())
                sure = REPLACEMENT in m.group() or m.group("head") is not None or not questions
                yield ctx.finding(self, span, f"'{m.group()}' stands for {len(m.group())} character(s) lost to "
                                              "an encoding; restore them from the source",
                                  confidence=1.0 if sure else confidence(self, "question-marks"))
