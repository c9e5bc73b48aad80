from __future__ import annotations

import re

from ...context import confidence
from ...findings import Severity, Span
from ...wordlists import alternation, word_list
from ..base import Rule
from ...charclass import (CIRCLED_NUMBER_RANGE, DIGIT_RANGE, HASHTAG, JAPANESE_CHAR, JAPANESE_RANGE, KANA_BLOCKS_RANGE, KANA_RANGE, KANJI_RANGE,
                          KATAKANA_A_TO_N_RANGE, KATAKANA_RANGE, LATIN_ANY_WIDTH_RANGE,
                          ONE_LETTER_OPTION, OPENER_OF, PAIRS, SENTENCE_ENDS, SPACE, SPACES, TYPED_ELLIPSIS,
                          LazyPattern)
from ._text import (PADDED_TERM_LONGEST, PADDED_TERM_WORD, TONE_MARKED, casual_register, line_around, padded_terms,
                    spaced_parens, spaced_style, touten_style)

HYPHEN = "[-‐‑–]"
HONORIFIC = "氏|さん|様"
STRAY = re.compile("(?m)" + "|".join([
    rf"[」』）)”]{SPACE}+[、。]",          # 」 、  a mark spliced after a closing quote
    # 、、  。 、  、。  。。 (not 、、、 nor 。。。: an ellipsis)
    rf"(?<!、)、{SPACE}*、(?!{SPACE}*、)|。{SPACE}*、|、{SPACE}*。|(?<!。)。{SPACE}*。(?!{SPACE}*。)",
    # 。 -クラス  a dangling hyphen (not one ending its line: a bullet; nor one followed by a space, a list's bullet run
    # on into the line with its item: `…固める。 - 次に`; nor one before a source's name in Latin letters that ends
    # the line: `…と言われる。-wikipedia.jp`, a passage's credit; nor a command's one-letter option, the hyphen and a
    # letter alone: `-a、-b、 -C のいずれか`, `…できます。 -v を付けると`, a manual's prose)
    rf"[。、]{SPACE}*[-‐‑–](?![-‐‑–{DIGIT_RANGE}]|{SPACE}|$|[A-Za-z][A-Za-z0-9./:_-]*{SPACE}*$|{ONE_LETTER_OPTION})",
    rf"(?<=[^\s\-‐–—－〜~!?！？:：]){SPACE}+[、。，．！？」』）]",  # a space before Japanese punctuation (not 1960年 - ）,
    # nor after ! or ?, which Japanese follows with a space: お見逃しなく!! 」)
    # 王芳 氏  a half-width space before an honorific (left by a fix): after a name in kanji or katakana, not in a
    # spaced reading in hiragana (こうべをあげて さんげつを)
    rf"[{KANJI_RANGE}{KATAKANA_RANGE}] (?:{HONORIFIC})",
    # と話した.. 禹州  two half-width full stops after Japanese, before the next sentence (not three or more, an
    # ellipsis; nor two that end a line: an ellipsis may be wrapped over it, `位置する..` then `.` on the next line)
    rf"(?<=[{JAPANESE_RANGE}])\.\.(?={SPACE}*[^\s.．])",
]))
# every shape of STRAY holds a space, two marks side by side (or two half-width stops) or a mark and a hyphen: a
# fast first test
MAY_STRAY = re.compile(f"{SPACE}|[、。][、。]|[。、]{HYPHEN}|\\.\\.")
# 教える，参加者は  a full-width comma between Japanese words, kana on one side at least (not a Chinese phrase quoted,
# 唱起来，山村, nor a number's separator, 1，200)
CLAUSE_COMMA = LazyPattern(rf"(?<=[{KANA_RANGE}])，(?=[{JAPANESE_RANGE}])|(?<=[{JAPANESE_RANGE}])，(?=[{KANA_RANGE}])")


class StrayPunctuation(Rule):
    """
    ## What it does
    Reports punctuation that belongs to no sentence, such as `、、` or a space before `、`.
    The shapes are `」 、`, `。 、`, `、、`, `。。` (three or more, `、、、` or `。。。`, are an ellipsis), two half-width full
    stops after Japanese before the next sentence (`と話した.. 町では`, with `。` as the fix; three or more, `...`, are
    an ellipsis, and so may be two that end a line, wrapped over it), a hyphen dangling after
    a full stop (`。 -クラス`; not one ending its line, a list's bullet after a caption: `…みたい。 -`, nor one followed by
    a space, a list's bullet run on into the line with its item: `…固める。 - 次に`, nor one before a
    source's name in Latin letters that ends the line, a copied passage's credit: `…と言われる。-wikipedia.jp`, nor
    a command's one-letter option, the hyphen and one letter, in a manual's prose: `-a、-b、 -C のいずれか`), and a space before Japanese punctuation (`です 。`; not after a colon, `例: ）` where Markdown's inline code was, nor after `!` or `?`, which
    Japanese follows with a space: `お見逃しなく! 」`), and a half-width space between a
    name in kanji or katakana and an honorific (`王芳 氏`, as a fix of `Wang Fang 氏` used to leave; not in a reading
    spaced word by word in hiragana, `あげて さんげつを`). A full-width comma `，` between Japanese words, kana on
    one side at least (`教える，参加者は`), is reported with `、` as the fix in a text whose own comma is `、` (it writes `、`
    at least four times as often as a comma after Japanese): the source's punctuation left in a clause; not in a
    text written in the `，．` style of academic Japanese, nor in a Chinese phrase quoted (`唱起来，山村`: no kana
    beside the mark), nor in a number (`1，200`).
    A space before a mark is not reported in a text whose writer puts one before most `、` and `。` (a habit, at
    least four times), nor after a half-width `)` in a text that sets half-width parentheses apart with spaces
    (`ソルヴァ (索爾瓦) 市`, at least three times: `「南港 (なんこう) 」`), nor between a bracket and its own closer
    followed by a particle (`「  」で括る`: the marks named; a lost word, `「 」なので`, is still reported), nor
    full-width spaces in parentheses (`（　　）`, a blank to fill in), nor the space after such a spaced `)` before a
    full stop (`子美 (しび) 。`), nor a space before the mark that ends a line of tone-marked pinyin with no kanji or
    kana (`xiè xiè 。`, a lesson's reading spaced syllable by syllable), nor the space before an honorific after a full
    name spaced between its parts (`山田 太郎 氏`, a programme's layout) or one that ends a line with no sentence end
    (a forum post's byline, `[120] 2020年1月2日 12:00 星河 さん`) or in a text that tags a name and sets the honorific
    apart after the tag (`#しのとうこ 氏`, then `日向夏 氏による`: the writer's habit), nor a space inside each bracket around Latin
    text (`「 example.com 」`: a URL or an English name set apart, so that a link ends where it does), nor one
    after a term set apart by a space on each side in a text that sets terms so three times or more (`後梁 、
    後唐 、`, `「 契丹 」`: bold key terms, spaced when the page became text), or around a name
    or title with no sentence mark in a `「」` or `『』` that opens its line (`「 白 い 船 」`, a heading's layout; not
    `（ 本社 ）`, nor words quoted in a sentence, `彼は「 ありがとう 」と言った`). A mark written
    twice (`。。`, `、、`, `..`) is only `info` in a text in a casual register (two kinds of emoji, laughter typed as `ｗ`,
    hashtags, @handles, `!!`, vowels drawn out in hiragana, ellipses typed as `。。。` and faces such as `(^^;)`: a
    social-media timeline or a personal blog), whose writers double marks as a
    style (`売り切れだって。。かなしい`), or in a text that ends two lines or more with `。。` or `..`, or writes `。。` twice
    or more anywhere (a personal page trailing off, a habit; a seam comes once), or that types an ellipsis as three marks or more twice or more (`けど、、、料理は`:
    its `、、` is the same ellipsis, typed shorter), and so is a doubled mark followed right away by `?` or `!` (`リリース可能。。?`:
    the writer trailing off into a question; a seam is followed by the next sentence), a doubled `。` by a short cry
    that a `!` or `?` ends with its line (`千円でいいと。。高すぎ!!`), or by a laughter in parentheses
    (`お得な気分。。(笑)`: data/laughter_asides.txt), and a `。。` closing its line or its quotation after a sentence
    left unfinished (`忘れてしまうほど。。`, `行きたかったけど。。`, `聞いたのですが。。」`: data/trailing_off_ends.txt, an
    ellipsis typed short; a translation's sentence ends with its predicate). A doubled mark that is all its line holds
    (`。。` on a line of its own between two quoted passages: a cut marked) joins no sentences and is not reported.

    ## Why is this bad
    These are seams where the machine translation joined pieces of sentences; they read as
    typos and usually mark a garbled sentence that needs rewriting.

    ## Example
    `売上は伸びています。」 、そして来年には…`

    ## Use instead
    `売上は伸びています。そして来年には…`
    """

    code = "GRB007"
    name = "stray-punctuation"
    severity = Severity.WARNING
    reads = ("text",)
    per_paragraph = True
    paragraph_local = True

    def local_key(self, ctx) -> tuple:
        """Asked at each window of paragraphs: every part is worked out once a document (its memo)."""
        doc = ctx.doc
        return (spaced_style(doc), spaced_parens(doc),
                casual_register(doc) or _trailing_habit(doc) or _ellipsis_habit(doc), _touten(doc), padded_terms(doc),
                _honorific_habit(doc))

    def check(self, ctx):
        spaced, parens, casual, touten, padded, honoured = self.local_key(ctx)
        for para, text in ctx.paragraphs():
            if touten and "，" in text:
                for m in CLAUSE_COMMA.finditer(text):
                    yield ctx.finding(self, Span(para.start + m.start(), para.start + m.end()),
                                      "full-width comma '，' between Japanese words in a text that writes '、'; "
                                      "write '、'", suggestion="、")
            if not MAY_STRAY.search(text):
                continue
            for m in STRAY.finditer(text):
                if m.group()[0] in SPACES and (spaced or _empty_pair(text, m) or _blank(text, m)
                                                  or (parens and text[m.start() - 1:m.start()] == ")")):
                    continue
                if parens and m.group()[0] == ")":
                    continue  # 子美 (しび) 。: the space after a half-width ) that the writer sets apart with spaces
                if _spaced_name(text, m) or _padded(text, m) or (m.group()[0] in SPACES and _pinyin_line(text, m)):
                    continue
                if honoured and m.group()[2:] in HONORIFIC.split("|"):
                    continue  # 日向夏 氏による, #しのとうこ 氏: the writer sets honorifics apart by habit
                if padded and m.group()[0] in SPACES and _padded_term_before(text, m):
                    continue  # 後梁 、 後唐 、: a key term the page sets apart, the space after it its own
                if m.group() in DOUBLED_MARKS and line_around(text, m.start(), m.end()).strip(SPACES) == m.group():
                    continue  # 。。 all its line holds: an ellipsis set apart (a cut between quoted passages), no seam
                span = Span(para.start + m.start(), para.start + m.end())
                shown = m.group().replace(" ", "␣").replace("\u3000", "□")
                fixed = _without_stray(m.group())
                what = "punctuation" if set(fixed) & set("、。，．！？」』）-‐‑–") else "space"
                # 売り切れだって。。, 可能。。?: a casual writer's style, or a doubled mark trailing off into a question
                # or an exclamation the writer adds to it (a seam is followed by the next sentence)
                styled = (casual or (m.end() < len(text) and text[m.end()] in TRAILING_INTO)
                          or _trailing_off(text, m) or _into_laughter(text, m) or _into_exclamation(text, m)) \
                    and m.group() in DOUBLED_MARKS
                yield ctx.finding(self, span, f"stray {what} '{shown}'; write '{fixed}'", suggestion=fixed,
                                  confidence=confidence(self, "casual-doubled-mark") if styled else 1.0)


HALFWIDTH_STOPS = ".."  # two half-width full stops ending a Japanese sentence (と話した..)
TRAILING_INTO = "?？!！"  # what a writer adds right after a doubled mark, trailing off (リリース可能。。?)
DOUBLED_MARKS = ("。。", "、、", HALFWIDTH_STOPS)  # a mark written twice, which casual writers do on purpose
HABIT_WITH = 2  # lines a text ends with a doubled 。, at least, to show the writer's habit
TRAILING = re.compile(rf"(?:。。|\.(?<=[{JAPANESE_RANGE}]\.)\.)$", re.M)  # (the mark first: see charclass.LAUGHTER)
DOUBLED_STOP = re.compile("(?<!。)。。(?!。)")  # a 。 written twice, not an ellipsis of three (状態に。。, コンリー。。切ない)


def _trailing_off(text: str, m) -> bool:
    """A doubled 。 closes its line or the quotation it ends after a sentence left unfinished (`忘れてしまうほど。。`,
    `行きたかったけど。。`, `「初めて聞いたのですが。。」`: data/trailing_off_ends.txt): the writer trailing off, an
    ellipsis typed short; a translation's sentence ends with its predicate, and a seam joins it to the next piece."""
    return m.group() == "。。" and (m.end() == len(text) or text[m.end()] in TRAILED_TO) \
        and text.endswith(word_list("trailing_off_ends.txt"), 0, m.start())


TRAILED_TO = "\n」』"  # what may close a sentence left unfinished right after its doubled 。: its line, its quotation
LAUGHTER_ASIDE = LazyPattern(rf"[(（](?:{alternation('laughter_asides.txt')})+[)）]")


def _into_laughter(text: str, m) -> bool:
    """A doubled mark followed right away by a laughter or a face in words in parentheses (`お得な気分。。(笑)`:
    data/laughter_asides.txt): the writer trailing off into a stage direction, which no translation's seam writes."""
    return LAUGHTER_ASIDE.match(text, m.end()) is not None


EXCLAMATION_REACH = 12  # code points, at most, of the cry a writer trails off into after a doubled mark


def _into_exclamation(text: str, m) -> bool:
    """A doubled 。 followed on its line by a short cry, a word or two that a `!` or `?` ends with the line
    (`…千円でいいと。。高すぎ!!`): the writer trailing off into an exclamation, as no translation's seam does (a seam
    runs on into the next sentence, which 。 ends). A doubled 、 goes on with its sentence (`市は、、企業を…!!`: a seam)."""
    if m.group() != "。。":
        return False
    end = text.find("\n", m.end())
    rest = text[m.end():len(text) if end < 0 else end].rstrip(SPACES)
    cry = rest.rstrip(TRAILING_INTO)
    return 0 < len(cry) <= EXCLAMATION_REACH and len(cry) < len(rest) \
        and not any(c in SENTENCE_ENDS + "、，" for c in cry)


def _touten(doc) -> bool:
    """The text holds a `，` and its own comma is `、` (``touten_style``); once a document."""
    if "garble.touten" not in doc.memo:
        text = doc.text
        doc.memo["garble.touten"] = "，" in text and touten_style(text)
    return doc.memo["garble.touten"]


def _trailing_habit(doc) -> bool:
    """The writer ends two lines or more with 。。 or .. (`書き直すと思う。。`), or writes 。。 twice or more anywhere
    (`状態に。。`, `コンリー。。切ない。`): a personal page's way of trailing off, a habit; a translation's seam comes
    once, anywhere. Once a document; a text with neither mark twice is not
    scanned (every match holds one of them)."""
    if "garble.trailing_habit" not in doc.memo:
        text = doc.text
        doc.memo["garble.trailing_habit"] = ("。。" in text or ".." in text) \
            and (len(TRAILING.findall(text)) >= HABIT_WITH or len(DOUBLED_STOP.findall(text)) >= HABIT_WITH)
    return doc.memo["garble.trailing_habit"]


def _ellipsis_habit(doc) -> bool:
    """The writer types an ellipsis as three marks or more (`、、、`, `。。。`) twice or more (`混んでいたけど、、、料理は`):
    a doubled mark of the same writer (`今日は疲れたので、、`) is that ellipsis typed shorter. Once a document."""
    if "garble.ellipsis_habit" not in doc.memo:
        doc.memo["garble.ellipsis_habit"] = len(TYPED_ELLIPSIS.findall(doc.text)) >= HABIT_WITH
    return doc.memo["garble.ellipsis_habit"]


def _empty_pair(text: str, m) -> bool:
    """Spaces between an opening mark and its own closer (`「  」で括る`, `《  》`): the marks shown, not a seam."""
    return m.start() > 0 and PAIRS.get(text[m.start() - 1]) == m.group()[-1] and text[m.end():m.end() + 1] in NAMED_BY

NAMED_BY = tuple("でにがはをやと、内の")  # what follows marks that the text names: 「  」で括る, 『  』に変える, （　）内に
# a full name spaced between surname and given name, then a space before its honorific, as programmes and lists set
# it (山田 太郎 氏, 星野 花子 氏): the writer's layout. A name left joined before the space (王芳 氏) is a fix's seam.
SPACED_NAME = LazyPattern(rf"(?:^|(?<=[\s、，,（(：:「]))[{KANJI_RANGE}{KATAKANA_RANGE}々ヶ]{{1,5}}{SPACE}"
                          rf"[{KANJI_RANGE}{KATAKANA_RANGE}々ヶ]{{1,5}}$")
NAME_BEFORE = 12  # code points before an honorific searched for a spaced full name


# a blank's label set between spaces inside its parentheses, as exam papers print it: （ a ）, （ 1 ）, （ ア ）
LABELLED_BLANK = re.compile(rf"[（(]{SPACE}+[{LATIN_ANY_WIDTH_RANGE}{DIGIT_RANGE}{KATAKANA_A_TO_N_RANGE}{CIRCLED_NUMBER_RANGE}]{{1,2}}$")
BLANK_LABEL_BEFORE = 6  # code points before the closing space searched for the opener and the label


def _blank(text: str, m) -> bool:
    """Full-width spaces between a parenthesis and its closer (`（　　）`), or a short label between spaces there
    (`（ a ）`): a blank to fill in, as exercises and forms print it (`你学习（　　）？`, `氏名（　　　　）`), not a seam."""
    inner = text[m.start():m.end() - 1]
    if m.group()[-1] not in "）)" or m.start() == 0 or set(inner) - {" ", "\u3000"}:
        return False
    if text[m.start() - 1] in "（(":
        return set(inner) == {"\u3000"}
    return bool(LABELLED_BLANK.search(text[max(0, m.start() - BLANK_LABEL_BEFORE):m.start()]))


# a hashtag, then a space and an honorific (#星河 氏): a name tagged, the space ending its tag
TAGGED_HONORIFIC = re.compile(f"{HASHTAG.pattern} (?:{HONORIFIC})")


def _honorific_habit(doc) -> bool:
    """The writer tags names and sets the honorific apart after the tag (`#しのとうこ 氏`: the space ends the hashtag),
    so that the same space before an honorific in its prose (`日向夏 氏による`) is the writer's habit, not a fix's seam
    (`王芳 氏`, in a text that tags nothing). Once a document."""
    if "garble.honorific_habit" not in doc.memo:
        doc.memo["garble.honorific_habit"] = ("#" in doc.text or "＃" in doc.text) \
            and TAGGED_HONORIFIC.search(doc.text) is not None
    return doc.memo["garble.honorific_habit"]


def _spaced_name(text: str, m) -> bool:
    """The space before an honorific after a full name whose parts are spaced too (`山田 太郎 氏`), or before one that
    ends its line when the line holds no sentence end (a forum post's byline, `[120] 2020年1月2日 12:00 星河 さん`: the
    site sets the user's handle apart from さん), or only the name's reading in kana in parentheses after it (an
    obituary's heading, `星野宏 氏(ほしのひろし)`), or only the name in Latin letters glued to it (the same heading
    giving the English form, `星野宏 氏Hoshino Hiroshi`)."""
    if m.group()[2:] not in HONORIFIC.split("|"):
        return False
    if SPACED_NAME.search(text[max(0, m.start() - NAME_BEFORE):m.start() + 1]):
        return True
    lo, hi = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line = text[lo:len(text) if hi < 0 else hi]
    rest = text[m.end():len(text) if hi < 0 else hi].strip()
    return (not rest or READING_AFTER.fullmatch(rest) is not None or LATIN_NAME_AFTER.fullmatch(rest) is not None) \
        and not any(c in SENTENCE_ENDS for c in line)


# the name's reading in kana in parentheses, all the rest of its line after the honorific: an obituary's or a
# directory's heading, `星野宏 氏(ほしのひろし)`, the entry's name set apart from 氏 as its byline sets a handle
READING_AFTER = re.compile(f"[(（][{KANA_BLOCKS_RANGE}{SPACES}・]{{1,30}}[)）]")
# ... or the name in Latin letters, two to four capitalised words, all the rest of the line (`星野宏 氏Hoshino Hiroshi`)
LATIN_NAME_AFTER = re.compile(r"[A-Z][A-Za-z'’.\-]*(?: [A-Z][A-Za-z'’.\-]*){1,3}")


def _pinyin_line(text: str, m) -> bool:
    """The mark ends a line of pinyin, no kanji or kana on it but the mark, tone-marked (`xiè xiè 。`, a lesson's
    reading under its Chinese line, spaced syllable by syllable): no Japanese sentence, so no seam."""
    line = line_around(text, m.start(), m.end())
    return JAPANESE_CHAR.search(line.replace(m.group()[-1], "")) is None and TONE_MARKED.search(line) is not None


MAX_PADDED = 60  # code points of Latin text a writer sets apart with a space inside each bracket


def _padded(text: str, m) -> bool:
    """A space before a closer whose own opener is followed by a space too, around Latin text with no Japanese
    (「 example.com 」, 「 Xinghe Games 」: the writer sets a URL or an English name apart from the brackets, as
    pages do so that a link ends where the name does), or around a name or title with no sentence mark in a 「」 or 『』
    that opens its line (「 星河 」, 「 白 い 船 」: the writer's layout, spacing a heading's title); not a seam."""
    closer = m.group()[-1]
    opening = OPENER_OF.get(closer)
    if opening is None:
        return False
    start = text.rfind(opening, max(0, m.start() - MAX_PADDED), m.start())
    if start < 0 or text[start + 1:start + 2] not in SPACES:
        return False
    inner = text[start + 1:m.start()].strip(SPACES)
    heading = not text[text.rfind("\n", 0, start) + 1:start].strip(SPACES)  # the bracket opens its line
    titled = heading and closer in QUOTE_CLOSERS and not any(c in SENTENCE_MARKS for c in inner)
    return bool(inner) and (inner.isascii() or titled) and "\n" not in inner and closer not in inner


def _padded_term_before(text: str, m) -> bool:
    """The space before the mark ends a term with a space before it too, a kanji or katakana word (`、 後唐 、`,
    `「 契丹 」`, the shape ``padded_terms`` counts): in a text that sets its key terms apart so, the page's layout,
    not a seam."""
    start = m.start()
    while start > 0 and start > m.start() - PADDED_TERM_LONGEST - 1 and text[start - 1] not in SPACES + "\n":
        start -= 1
    return start > 0 and text[start - 1] == " " and PADDED_TERM_WORD.fullmatch(text, start, m.start()) is not None \
        and text[max(0, start - PADDED_TERM_LONGEST):start - 1].rstrip(" ")[-1:] not in ("", "\n")


QUOTE_CLOSERS = "」』"  # the brackets a heading's padded title stands in (「 星河 」); a padded （ 本社 ） is a seam


SENTENCE_MARKS = "、。，．！？!?"  # what a padded name or title holds none of; a sentence before the closer is a seam


def _without_stray(match: str) -> str:
    """The punctuation that belongs: no spaces or dangling hyphen, one mark where two stand (。 over 、)."""
    kept = re.sub(f"{SPACE}|{HYPHEN}", "", match)
    if kept == HALFWIDTH_STOPS:
        return "。"  # と話した..: the sentence's end, written with the wrong mark twice
    if kept and set(kept) <= set("、。"):
        return "。" if "。" in kept else "、"
    return kept
