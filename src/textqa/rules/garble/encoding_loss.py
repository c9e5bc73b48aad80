from __future__ import annotations

import functools
import re

from ...charclass import (GETA_MARK, JAPANESE_RANGE, KANA_RANGE, KANJI_RANGE, KANJI_RUN, KATAKANA_RANGE, QUOTE_PAIRS,
                          SENTENCE_OR_LINE_ENDS, SPACES, LazyPattern, is_hiragana, is_kana, is_kanji,
                          to_katakana)
from ...context import confidence
from ...findings import Severity, Span
from ...mentions.kinds import MentionKind
from ..base import Rule
from ...glossary.model import EntityType
from ...glossary.open_place import open_place_key
from ...mentions.runs import glossary_memo
from ...phonetics.tables import name_context
from ...tokens import suffix, tokenize
from ...wordlists import alternation, word_list
from ._text import HONORIFICS, paragraphs

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
# a ? between two kana (いいんやろ?と, え?ピーマン): no encoding that keeps the kana loses a kana, so it is a question's
# mark, and the document uses ? so
BETWEEN_KANA = LazyPattern(f"(?<=[{KANA_RANGE}])\\?(?=[{KANA_RANGE}])")




# a ? before the quotative と or って and a verb of thinking or saying (田中画伯?と思ったら, 本物?って聞いた): a question
# the writer quotes, and a name that lost a character is no thought
QUOTED_QUESTION = re.compile(r"\?(?:と|って)(?:思|言|い[うっ]|考|聞|感|疑|尋|問)")

# a ? between a word and the copula or a word of hedging after it (飲茶三昧?なので, 本場?だから), or the わけ that denies it
# (全部点心?のわけない): a writer's doubt about the word, as a question's mark is; a name that lost its last character
# leaves no word the dictionary knows (習近?だ)
HEDGED = re.compile(r"\?(?:な[のん]|だ|で(?:す|し|あ)|かな|かも|みたい|らしい|っぽい|の(?:わけ|訳))")
HEDGED_WORD = 2  # characters at least of the word before a hedging ?: one kanji left may be a name's part (福?なので)


def _hedged(text: str, at: int) -> bool:
    """The ``?`` at ``at`` follows a common noun the dictionary knows, of HEDGED_WORD characters or more, and comes
    before the copula or a word of hedging (``HEDGED``): the writer's doubt, not a lost character."""
    before = KANJI_BEFORE.search(text, 0, at)
    if before is None or not HEDGED.match(text, at):
        return False
    toks = tokenize(before.group())
    return bool(toks) and toks[-1].is_common_noun and len(toks[-1].surface) >= HEDGED_WORD


# a ? alone in parentheses (白い帽子(?)の飾り, 産地( ?)): the writer's mark of doubt; a text that writes it so writes
# the same mark opening a parenthesis (青い上着(?産地は不明)), where no lost character stands
DOUBT_MARK = re.compile(rf"[(（][{SPACES}]*\?[{SPACES}]*[)）]")
DOUBT_OPENS = "(（"

QUESTION_ENDS = ("とは", "か")  # what ends a question anywhere: 強みとは?元代表が…, 本当に強いのか?


def _headline_question(text: str, at: int) -> bool:
    """A `?` after とは or か (`若手の強みとは?元代表が絶賛`) or a hedge that ends a clause (`みたい?`, `かな?`), or after は
    in a line with no `。` (a headline:
    `今年の目標は?新しい港の完成`): a question's mark."""
    if text.endswith(QUESTION_ENDS + word_list("hedge_ends.txt"), 0, at):
        return True
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return text[at - 1:at] == "は" and "。" not in text[lo:len(text) if hi < 0 else hi]


# the parts of speech of a word that a question's ? may follow and no name's character lost after it (え?星河で,
# わざと?電話会談の, 名選手はいる?代表の, 本当に多い?統計では): an interjection, an adverb, or a verb or an adjective
# ending in kana, is a question asked, as a name ends with none of them
EXCLAIMING = ("感動詞", "副詞", "動詞", "形容詞")
WORD_BEFORE = 8  # characters read before a ? for the word it follows


def _after_exclamation(text: str, at: int) -> bool:
    """The ``?`` at ``at`` follows an interjection, an adverb, a verb or an adjective (``EXCLAIMING``) ending in
    kana, the last word of what comes before it on its line (`え?星河ツアー`, `わざと?電話会談`, `名選手はいる?代表の`), or
    a verb or an adjective with its auxiliary endings after it, the last ending in kana (`もう閉まった?駅の前`,
    `誰も来なかった?翌朝`: a question asked about what happened; ``_conjugated_before``): a question's mark."""
    lo = max(text.rfind("\n", 0, at) + 1, at - WORD_BEFORE)
    toks = tokenize(text[lo:at])
    return bool(toks) and is_kana(toks[-1].surface[-1]) and toks[-1].span.end == at - lo \
        and (toks[-1].pos[0] in EXCLAIMING or _conjugated_before(toks))


CONJUGATING = ("動詞", "形容詞")  # what an auxiliary ending before a question's ? may follow (閉まった?, 来なかった?)


def _conjugated_before(toks) -> bool:
    """The tokens end with one auxiliary ending or more (た, なかっ|た, ませ|ん) right after a verb or an adjective,
    with no gap: a clause that ends where the ``?`` stands. A name's character is lost after no auxiliary; the copula
    after a noun (本場だ?) is ``HEDGED``'s to read, not this."""
    i = len(toks) - 1
    while i >= 0 and toks[i].pos[0] == "助動詞":
        i -= 1
    return i >= 0 and i < len(toks) - 1 and toks[i].pos[0] in CONJUGATING \
        and all(x.span.end == y.span.start for x, y in zip(toks[i:], toks[i + 1:]))


KATAKANA_BEFORE = LazyPattern(rf"[{KATAKANA_RANGE}]+$")  # the katakana run that ends where the search ends
MIN_KATAKANA_WORD = 2  # characters at least of a katakana word a question's ? may follow


def _after_katakana_word(text: str, at: int) -> bool:
    """The ``?`` at ``at`` follows a proper noun of the dictionary written wholly in katakana, all the katakana before
    it (`フフホト?内モンゴルだよね`: a place the writer asks about): a question's mark. An encoding loses kanji, and a word
    of kanji that lost its first one does not run on from a place's or a person's name in katakana with no break (a
    katakana letter standing in for a lost kanji is one letter: ``_stood_in``); a common noun (`ピーマン?昨日`) may be
    the head of a compound that lost a character, and stays one in a text that asks nothing elsewhere."""
    run = KATAKANA_BEFORE.search(text, 0, at)
    if run is None or len(run.group()) < MIN_KATAKANA_WORD:
        return False
    toks = tokenize(run.group())
    return len(toks) == 1 and not toks[0].oov and toks[0].is_proper_noun


@functools.lru_cache(maxsize=1)
def quoted_character() -> re.Pattern:
    """A quotation of nothing but half-width ? that the text calls a character of writing (「?」の文字: the words of
    data/character_words.txt), group ``lost`` the ?s."""
    words = alternation("character_words.txt")
    pairs = "|".join(f"{re.escape(o)}(?P<lost{n}>\\?+){re.escape(c)}" for n, (o, c) in enumerate(QUOTE_PAIRS.items()))
    return re.compile(f"(?:{pairs})(?:の|という|って)?(?:{words})")


def _quoted_characters(text: str) -> list[tuple[int, int]]:
    """(start, end) of the ?s of each ``quoted_character`` whose sentence does not talk about a ? shown in place of
    characters (文字化け, 表示: data/display_words.txt)."""
    out = []
    for m in quoted_character().finditer(text):
        start, end = next(m.span(g) for g, v in m.groupdict().items() if v is not None)
        sentence = text[max(text.rfind(c, 0, start) for c in SENTENCE_OR_LINE_ENDS) + 1:m.end()]
        rest = text[m.end():min((i for i in (text.find(c, m.end()) for c in SENTENCE_OR_LINE_ENDS) if i >= 0),
                                default=len(text))]
        if not any(w in sentence or w in rest for w in word_list("display_words.txt")):
            out.append((start, end))
    return out


def _asks(text: str, at: int) -> bool:
    """True when the sentence before the ``?`` at ``at`` holds a question word (data/question_words.txt), or one in
    kana that is also a piece of other words as a word of its own (data/question_pronouns.txt: `ってなに?`, not the
    なに of こんなに)."""
    start = max(text.rfind(c, 0, at) for c in SENTENCE_OR_LINE_ENDS) + 1
    if any(w in text[start:at] for w in word_list("question_words.txt")):
        return True
    pronouns = word_list("question_pronouns.txt")
    return any(w in text[start:at] for w in pronouns) and any(t.surface in pronouns for t in tokenize(text[start:at]))


KANJI_BEFORE = LazyPattern(rf"[{KANJI_RANGE}]+$")  # the kanji run that ends where the search ends
HONORIFIC_WINDOW = 8  # characters read on each side of a ? that an honorific follows


def _before_honorific(text: str, start: int, end: int) -> bool:
    """An honorific (data/honorifics.txt) right after the `?`s at ``start:end``, read as a name's suffix (何?さんは: a
    surname and a lost character, where a question's mark is no name; 何?君は is a pronoun after a question)."""
    if not text.startswith(HONORIFICS, end):
        return False
    lo = max(0, start - HONORIFIC_WINDOW)
    toks = tokenize(text[lo:end + HONORIFIC_WINDOW])
    return any(t.span.start == end - lo and t.surface in HONORIFICS and suffix(t.pos) for t in toks)


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


# the geta mark touching a kanji: a character lost inside a word (王曼〓選手, 奕〓 in a table's cell); the mark is no
# word's part and no question's. A line that opens with the mark uses it as a heading's ornament (〓新着情報〓).
GETA_RUN = LazyPattern(rf"(?<=[{KANJI_RANGE}]){GETA_MARK}+|{GETA_MARK}+(?=[{KANJI_RANGE}])")
ORNAMENT_LINE = LazyPattern(rf"^[{SPACES}]*{GETA_MARK}", re.M)


def _lost_to_geta(text: str):
    """The runs of the geta mark that stand for characters of a word (``GETA_RUN``), but in a line that opens with
    the mark."""
    for m in GETA_RUN.finditer(text):
        if not ORNAMENT_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            yield m


# runs of katakana or the geta mark: one of one character beside a kanji (not the long mark, nor ヶ and ヵ, which join
# words: 三ヶ月) may stand for a name's character lost on the way (祁ト for 祁鈺)
STAND_IN = LazyPattern(rf"[{KATAKANA_RANGE}{GETA_MARK}]+")
NOT_STAND_IN = frozenset("ーヶヵ")
NAMING_FORM_KINDS = frozenset({MentionKind.PREFERRED, MentionKind.ACCEPTED, MentionKind.GLYPH})
KEPT_BEFORE_A_NAME_TAIL = 2  # kanji a name must keep after a lost first character (ト河 is no 星河)


def _names_with_a_place_open(fitting) -> list[str]:
    """An entity's first form among the glossary forms that fit (its preferred one before its variants), for the
    forms that name an entity (祁鎮 and 祁鈺 both fit 祁ト)."""
    names: dict[str, str] = {}
    for form, holders in fitting:
        if any(k in NAMING_FORM_KINDS for _, k in holders):
            for zh, _ in holders:
                names.setdefault(zh, form)
    return list(names.values())


def _suffixed(text: str, end: int) -> bool:
    """A name suffix (data name_context.tsv: 選手, 氏, 市) begins at ``end``: a name that the geta mark broke may go on
    into it (王曼〓選手), as a katakana letter, which may be a word's part, may not."""
    return any(text.startswith(s, end) for kind in name_context().values() for s in kind)


# a reading in brackets right after a word (玄ム(ゲンボウ), 玄ム（げんぼう）): kana only, a ・ or a space between its parts
READING_AFTER = re.compile(rf"[（(][{SPACES}]*([{KANA_RANGE}ー・{SPACES}]{{2,}}?)[{SPACES}]*[）)]")


def _read_otherwise(compiled, text: str, end: int, found: list[str], fitting) -> bool:
    """The word with the stand-in is glossed right after it with a reading in brackets that is none of the names it
    could stand for: not the Japanese reading of any of them (SudachiPy's, each name one word of its dictionary)
    nor its Mandarin one (the glossary's reading, or one the name's characters give): the writer put a katakana
    letter for a character the page could not show in a word of their own and said how it is read (`玄ム(ゲンボウ)`,
    a monk whose name's last character was missing, beside a glossary's 玄宗, read ゲンソウ), not a name that lost
    a character on the way. A name the dictionary does not read as one word (何|華|武, read piece by piece, or out of
    its vocabulary) is not judged."""
    m = READING_AFTER.match(text, end)
    if m is None:
        return False
    from ..glossary._sound import kana_key, mandarin_kana_keys, similar

    written = "".join(to_katakana(c) if is_hiragana(c) else c for c in m.group(1) if c not in "・" + SPACES)
    zhs = {zh for form, holders in fitting if form in found for zh, _ in holders}
    for form in found:
        toks = tokenize(form)
        if len(toks) != 1 or toks[0].oov or not toks[0].reading or toks[0].reading == written:
            return False
    for zh in zhs:
        entry = compiled.entry(zh)
        if entry.reading and entry.reading.replace("・", "") == written:
            return False
        if similar(kana_key(written), mandarin_kana_keys(zh, entry.type == EntityType.PERSON)):
            return False
    return True


def _stood_in(compiled, text: str, at: int) -> tuple[int, int, list[str]] | None:
    """(start, end, the names) when the katakana or mark at ``at`` stands where glossary names of kanji have a
    character and the rest of the name is written: the whole name one word (no kanji on either side; no kana beside
    a katakana stand-in when it ends or begins the name: 程トは may be a katakana-written word), and no glossary form
    itself (楊潔チ may be the form a glossary prefers, for a character Japanese fonts lack)."""
    places = compiled.open_places()
    for k, n in sorted((k, n) for n in places.lengths for k in range(n)):
        start, end = at - k, at - k + n
        if start < 0 or end > len(text) or (k == 0 and n - 1 < KEPT_BEFORE_A_NAME_TAIL):
            continue
        fitting = places.fitting(open_place_key(text[start:end], k))
        found = _names_with_a_place_open(fitting)
        if not found or text[start:end] in compiled.forms:
            continue
        if _read_otherwise(compiled, text, end, found, fitting):
            continue
        before, after = text[start - 1:start], text[end:end + 1]
        letter = text[at] != GETA_MARK  # a katakana letter may be a word's part; the mark is none
        if (before and (is_kanji(before) or (letter and k == 0 and is_kana(before)))) \
                or (after and ((is_kanji(after) and (letter or not _suffixed(text, end)))
                               or (letter and k == n - 1 and is_kana(after)))):
            continue
        return start, end, found
    return None


class EncodingLoss(Rule):
    """
    ## What it does
    Reports characters lost to an encoding (`福?市`, `日本政府?各界`).
    That is a `?` standing for a character inside a word, or the replacement character `�`.

    A `?` counts only between a kanji and other Japanese text with no space, or right before a kanji at the start
    of a word (after `、`, `。` or an opening bracket, or at a line start: `?山市`). When the document also uses
    `?` as a question mark (at a line end or before a space, a closing quote, an arrow or `…`, or any `?` this rule
    reads as a question's mark, as below: `ハーフ?熱愛彼氏や結婚は?`, or one between two kana, `いいんやろ?と`, `え?ピーマン`:
    no encoding that keeps the kana loses one), a `?` between words may be one too, and is only
    `info` (one at the start of a word never is). After a question word it ends a question, and
    so it does after とは or か (`強みとは?元代表が`), after an interjection, an adverb, a verb or an adjective ending
    in kana (`え?星河の旅`, `わざと?電話会談`, `名選手はいる?代表の`: no name ends with one), after a proper noun of
    the dictionary written wholly in katakana (`フフホト?内モンゴルだよね`: an encoding loses kanji, and a kanji word does
    not run on from a place's or a person's name in katakana; `ピーマン?昨日` still counts), before a thought or words
    it quotes (`本物?と思った`), between a common noun of two characters or more and the copula, a word of hedging or
    the わけ that denies it (`飲茶三昧?なので`,
    `全部点心?のわけない`: the writer's doubt;
    `習近?だ` is no word), after a hedge that ends a clause (`かけそばみたい?具なしでも`, `雨かな?傘を`), and after は
    in a headline (a line with no `。`:
    `今年の目標は?新しい港の完成`); one that opens a parenthesis (`青い上着(?産地は不明)`) in a text that writes a `?`
    alone in parentheses (`(?)`, the writer's mark of doubt) is that mark too; unless the kanji on both sides begin and end a glossary form (`何?武` for
    `何華武`: a name that begins with a question word lost a character), and unless an honorific follows it as a
    name's suffix (`何?さんは`: a surname and a lost character; no question's mark comes before さん or 氏, and such a `?`
    is a `warning` wherever else the text asks). With a glossary, so is one katakana letter
    or the geta mark `〓` standing alone where a glossary name of kanji has a character, the rest of the name written
    (`祁ト` for 祁鈺, `何〓武` for 何華武), the name a word of its own (no kanji either side, `王ト言う` being a particle
    before a verb; no kana beside a letter where it ends or begins the name; a lost first character only before two
    kanji kept) and no glossary form itself (`楊潔チ` may be the form a glossary prefers), nor a word glossed right after
    it with a reading in brackets that is none of the name's (`玄ム(ゲンボウ)` beside a glossary's 玄宗, ゲンソウ: the
    writer's own stand-in in another word; a name the dictionary does not read as one word is not judged so); the mark, never a word's
    part, may also stand before a name suffix (`王曼〓選手` for 王曼昱). With or without a glossary, the geta mark
    touching a kanji stands for a character of a word the site or the font could not show (`奕〓` in a table's
    cell), unless its line opens with the mark, which then adorns a heading (`〓新着情報〓`). So does a quotation of
    nothing but `?` that the text calls a character (`「?」の文字は`, `「?」という漢字`: data/character_words.txt),
    but in a sentence about a `?` shown in place of characters (`文字化けして「?」の文字が並ぶ`).

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
        named = []  # the spans of names whose lost character the glossary tells
        if ctx.compiled is not None and ctx.compiled.forms:
            for f in self._stand_ins(ctx):
                if f is not None:
                    named.append(f.span)
                    yield f
        if GETA_MARK in ctx.doc.text:
            for m in _lost_to_geta(ctx.doc.text):
                if not any(s.start <= m.start() < s.end for s in named):
                    yield ctx.finding(self, Span(m.start(), m.end()),
                                      f"'{m.group()}' stands for {len(m.group())} character(s) the site or the font "
                                      "could not show; restore them from the source")
        if "?" not in ctx.doc.text and REPLACEMENT not in ctx.doc.text:
            return  # nothing LOST could match
        quoted = _quoted_characters(ctx.doc.text)  # 「?」の文字: the character lost
        for start, end in quoted:
            yield ctx.finding(self, Span(start, end), f"'{ctx.doc.text[start:end]}' stands for {end - start} "
                                                      "character(s) lost to an encoding; restore them from the source")
        at = {i for start, end in quoted for i in range(start, end)}
        # a ? read as a question's mark anywhere (at a line's end, 本物?と思った, 結婚は?出演作) shows that the document
        # uses ? so: any other between words may be one too
        questions = any(m.start() not in at for m in AS_QUESTION_MARK.finditer(ctx.doc.text)) \
            or QUOTED_QUESTION.search(ctx.doc.text) is not None or BETWEEN_KANA.search(ctx.doc.text) is not None
        lost = []
        doubts = DOUBT_MARK.search(ctx.doc.text) is not None  # (?) written as the writer's doubt
        for para, text in paragraphs(ctx.doc):
            if not MAY_LOSE.search(text):
                continue  # a paragraph with neither is not scanned
            for m in LOST.finditer(text):
                if _before_honorific(text, m.start(), m.end()):
                    lost.append((Span(para.start + m.start(), para.start + m.end()), m, True))
                    continue  # 何?さん: a name that lost a character, whatever the ? elsewhere
                if doubts and m.group("head") is not None and text[m.start() - 1:m.start()] in DOUBT_OPENS:
                    continue  # (?産地は不明) where the text writes (?): the writer's doubt opening the aside
                if m.group("head") is None and REPLACEMENT not in m.group() and (
                        _asks(text, m.start()) or _headline_question(text, m.start())
                        or QUOTED_QUESTION.match(text, m.end() - 1) or _hedged(text, m.end() - 1)
                        or _after_exclamation(text, m.start()) or _after_katakana_word(text, m.start())) \
                        and not _in_glossary_form(ctx.compiled, text, m.start(), m.end()):
                    questions = True
                    continue  # 唐とはどんな王朝?歴史年表, 今年の目標は?新しい港: a question's mark
                lost.append((Span(para.start + m.start(), para.start + m.end()), m, False))
        for span, m, named in lost:
            sure = named or REPLACEMENT in m.group() or m.group("head") is not None or not questions
            yield ctx.finding(self, span, f"'{m.group()}' stands for {len(m.group())} character(s) lost to "
                                          "an encoding; restore them from the source",
                              confidence=1.0 if sure else confidence(self, "question-marks"))

    def _stand_ins(self, ctx):
        text = ctx.doc.text
        for m in STAND_IN.finditer(text):
            beside = text[m.start() - 1:m.start()] + text[m.end():m.end() + 1]
            if m.end() - m.start() != 1 or m.group() in NOT_STAND_IN or not any(is_kanji(c) for c in beside):
                continue
            found = _stood_in(ctx.compiled, text, m.start())
            if found is None:
                continue
            start, end, names = found
            lost = m.start() - start
            shown = " or ".join(f"{name} with '{name[lost]}'" for name in names)
            yield ctx.finding(self, Span(start, end), f"'{text[start:end]}' is {shown} replaced by '{m.group()}' (a "
                                                      f"character lost on the way); restore it from the source",
                              suggestion=names[0] if len(names) == 1 else None)
