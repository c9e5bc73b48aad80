"""Helpers shared by the GRB rules: paragraphs, bracket matching, Latin runs, token lookups."""
from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from array import array
from dataclasses import dataclass, field

from ...charclass import (ACCENT_RANGE, KATAKANA_RANGE, BRACKET, CELL_FILLER, CIRCLED_NUMBER_RANGE, CODE_ARGUMENT, CODE_CALL, CODE_LINE, CODE_OPTION,
                          CODE_PATH, CODE_PLACEHOLDER, DIGIT_RANGE, DRAWN_VOWEL, EMOJI, EMPHASIS, EXCLAIMED, HASHTAG, JAPANESE_CHAR,
                          HIRAGANA_RANGE, JAPANESE_RANGE, KANA_BLOCKS_RANGE, KANJI_RANGE, LATIN_LETTER_RANGE,
                          LATIN_ANY_WIDTH_RANGE, LAUGHTER, LIST_BULLET, NEGATIVE_CIRCLED_NUMBER_RANGE, PAIRS, PARENS, PINYIN_LETTER_RANGE, SENTENCE_CLOSERS,
                          SENTENCE_ENDS, KANA_CHAR, KANJI_RUN, JAPANESE_RUN, LATIN_WORD, SPACE, SPACES, TYPED_ELLIPSIS,
                          is_hiragana, is_kanji, is_katakana)
from ...document import SpanArray
from ...findings import Span
from ...labels import CHINESE_LINE_MARKS, LABEL_LINE
from ...masks import HANDLE
from ...mentions.context import VERSE_LENGTHS, VERSE_PAUSE, VERSE_TITLE
from ...wordlists import alternation, word_list

SPANNING_QUOTES = "「『"  # quotes that may run on over paragraphs (a speech, a hard-wrapped or re-flowed dialogue)
QUOTE_REACH = 3  # paragraphs after its own in which a quote left open may close
# ... and in a double-spaced passage, every paragraph from the quote's to the closer's one short line (a translation
# or verse that puts a blank line after every line: `「学問をして…、` / blank / `なんと…ではないか。` / … `」と。`)
DOUBLE_SPACED_REACH = 8
SHORT_LINE = 40  # code points a line of such a passage holds at most
# ... and in verse quoted one line a paragraph (a song's lyrics in 『』), every line short and none but the last
# ending a sentence: a stanza or two, longer than a double-spaced passage runs
VERSE_REACH = 16
WORK_QUOTE = "『"  # the quote mark that opens a work quoted as written (a title, a song's lyrics, a poem)
CLAUSE_COMMAS = "、，,"  # a comma that ends a clause (a line whose sentence goes on over the blank line after it)
SAME_MARK_QUOTES = "”’"  # closing marks some writers put at both ends of a quotation (”愛”)
SAME_MARK_REACH = 30  # code points a quotation between two such marks may hold
# ... and any length on its line when the quotation opens after a clause's or a label's end and ends a sentence
# before the particle that quotes it (、”北へ二十里…続いている。”とある): a passage cited, typed the same way
SAME_MARK_OPENS = "、。，：:"
SAME_MARK_ENDS = re.compile(rf"[{re.escape(SENTENCE_ENDS)}][”’](?=と|って)")


COMMA_STYLE = re.compile(rf"[{JAPANESE_RANGE}][,，]")  # a comma after Japanese: the ，． style of academic writing
COMMA_RARITY = 4  # times as often as a comma after Japanese, at least, that a text writes 、: its own comma is 、


def commas_after_japanese(text: str) -> int:
    """How often the text writes `,` or `，` right after Japanese."""
    return len(COMMA_STYLE.findall(text))


def comma_period_style(text: str) -> bool:
    """The writer separates clauses with `,` or `，` more often than with `、` (at least three times): the
    `，．` style of academic and technical Japanese, in which `.` or `．` ends sentences and references."""
    commas = commas_after_japanese(text)
    return commas >= 3 and commas > text.count("、")


def touten_style(text: str) -> bool:
    """The writer's comma is `、`: it stands at least ``COMMA_RARITY`` times as often as a `,` or `，` after Japanese
    (and at least that often), so that a `，` between Japanese words is a slip of the source's punctuation, not the
    `，．` style of academic writing (``comma_period_style``)."""
    return text.count("、") >= COMMA_RARITY * max(1, commas_after_japanese(text))


def is_japanese(ch: str) -> bool:
    return is_kanji(ch) or is_hiragana(ch) or is_katakana(ch)


def is_word_char(ch: str) -> bool:
    return is_japanese(ch) or ch.isalnum()


CLAUSE_END_FORMS = ("終止形", "連体形")  # SudachiPy reads 終止形 as 連体形 when a noun follows, and at a text's end
SENTENCE_FINAL_FORMS = ("意志推量形", "命令形")  # forms that end a sentence besides 終止形: 行こう, 走れ
FINAL_PARTICLE = ("助詞", "終助詞")  # ぞ, よ, ね after a predicate


def ends_clause(tok) -> bool:
    """A conjugating word (verb, adjective, auxiliary, suffix such as にくい) in a form that can end a
    sentence (``CLAUSE_END_FORMS``)."""
    return len(tok.pos) > 5 and tok.pos[5].startswith(CLAUSE_END_FORMS)


def ends_sentence(tok) -> bool:
    """A word a sentence can end on: a predicate that ends a clause (`ends_clause`), one in a volitional or imperative
    form (行こう, 走れ), or a sentence-final particle after one (眠ってしまうぞ, 来るよね)."""
    return len(tok.pos) > 5 and tok.pos[5].startswith(CLAUSE_END_FORMS + SENTENCE_FINAL_FORMS) \
        or tuple(tok.pos[:2]) == FINAL_PARTICLE


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line that holds text[start:end] begins and ends (its newline, or the text's end)."""
    hi = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if hi < 0 else hi


HEADING_MARKS = SPACES + "【】[]［］〔〕<>＜＞■◆●▼・:：-"  # what may stand around a heading on its line


def heading_line(line: str, headings) -> bool:
    """``line`` holds only one of ``headings``, perhaps with a bracket, a bullet or a colon around it (`参考資料`,
    `【書き下し文】`, `■参考文献：`)."""
    return line.strip(HEADING_MARKS) in headings


# marks that end a line cut short by the page: a headline in a list of links (`…`), a teaser before 続きを読む (`・・・`,
# or dots spaced apart, `. . .`, as blog services print them), an excerpt in a blog's list of posts (the dots in
# square brackets, `[…]`, that blog software prints where it cuts a post short)
CUT_MARKS = ("…", "...", "・・・", ". . .", "[…]", "[...]", "［…］")


KEYWORD_ITEMS = 5  # space-separated items, at least, of a listing's title made of keywords
KEYWORD_LENGTH = 10  # code points of such an item, at most (a clause a translation ran on is longer)
KEYWORD_MARKS = "、。，．！？!?,"  # what a quoted string of keywords holds none of


def quoted_keywords(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies in a `「」` or `『』`, on one line, that holds only ``KEYWORD_ITEMS`` short items or more
    parted by spaces and no sentence mark: a shop's listing name made of search words, quoted as named (`「星河 レディース
    花柄 コットン 涼しい 軽い 薄手 シャツ」という名前`), not a sentence whose clauses a translation ran on."""
    lo = text.rfind("\n", 0, start) + 1
    o = max(text.rfind("「", lo, start), text.rfind("『", lo, start))
    if o < 0:
        return False
    c = text.find("」" if text[o] == "「" else "』", end)
    if c < 0 or "\n" in text[end:c]:
        return False
    items = text[o + 1:c].split()
    return len(items) >= KEYWORD_ITEMS and all(len(w) <= KEYWORD_LENGTH for w in items) \
        and not any(ch in KEYWORD_MARKS for ch in text[o + 1:c])


def line_around(text: str, start: int, end: int) -> str:
    """The whole line that holds text[start:end]."""
    lo, hi = line_bounds(text, start, end)
    return text[lo:hi]


ENGLISH_LINE_WORDS = 6  # Latin words of a line written in English around a Japanese name
ENGLISH_LINE_RATIO = 3  # Latin letters for each kana or kanji of such a line


def english_line(text: str, span: Span) -> bool:
    """A line written in English that names something Japanese in it (`FAQs about 星河ラジオ: How many episodes does
    星河ラジオ have? The podcast has 120 episodes.`): six Latin words or more, three Latin letters or more for each kana
    or kanji, and no hiragana, or hiragana only inside the one Japanese name of a line that begins in English (`This
    page is loading the article for 星河の歴史一覧.`, a title with の). Its English is the line's own language, not words
    a translation left in Japanese prose, whose particles and endings are hiragana spread among the words."""
    line = line_around(text, span.start, span.end)
    if len(LATIN_WORD.findall(line)) < ENGLISH_LINE_WORDS:
        return False
    if any(map(is_hiragana, line)):
        first = line.lstrip(SPACES)[:1]
        if not (first.isascii() and first.isalpha()) or len(JAPANESE_RUN.findall(line)) != 1:
            return False
    return sum(c.isascii() and c.isalpha() for c in line) >= ENGLISH_LINE_RATIO * sum(map(is_japanese, line))


def line_has_japanese(text: str, span: Span) -> bool:
    """False for a line with no kana or kanji at all: English text (a copyright notice, a credit, an infobox row
    `Hu Jintao | |`), not Japanese prose."""
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    return JAPANESE_CHAR.search(text, lo, len(text) if hi < 0 else hi) is not None  # ``is_japanese``'s class, in C


def places_of(text: str, word: str):
    """Every offset where ``word`` starts in ``text``, overlapping ones too (``str.find``, in C)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def paragraphs(doc):
    """(span, text) of each paragraph (see ``Document.paragraphs``), each sliced as it is read: the slices of a
    whole document would be a second copy of its text."""
    return doc.paragraph_texts()


def spaced_style(doc) -> bool:
    """True when the writer puts a space before most 、 and 。 of the text (at least four): a personal habit of
    spacing (`私は 昨日 港 に 着いた 、 友人 と 会った 。`), not seams of a translation."""
    if "garble.spaced_style" not in doc.memo:
        marks = doc.text.count("、") + doc.text.count("。")
        spaced = len(SPACED_MARK.findall(doc.text))
        doc.memo["garble.spaced_style"] = spaced >= 4 and 2 * spaced >= marks
    return doc.memo["garble.spaced_style"]


SPACED_MARK = re.compile(f"{SPACE}[、。]")
SPACED_WORDS = re.compile(f"[{JAPANESE_RANGE}]{SPACE}+[{JAPANESE_RANGE}]")  # 以前行った ベトナムとか
SPACED_PHRASES_MIN = 6  # spaces between Japanese words, at least, and two a full stop, that make a habit


def spaced_phrases(doc) -> bool:
    """True when the writer sets phrases apart with spaces, as pauses (`この市内観光 出発前に`, `以前行った ベトナム
    とか`): at least six such spaces, and twice as many as the text's full stops. A seam where a translation lost a
    full stop is rare, one a sentence at most; a habit spaces a text throughout."""
    if "garble.spaced_phrases" not in doc.memo:
        spaces = len(SPACED_WORDS.findall(doc.text))
        doc.memo["garble.spaced_phrases"] = spaces >= SPACED_PHRASES_MIN and spaces >= 2 * doc.text.count("。")
    return doc.memo["garble.spaced_phrases"]


# a term set apart by a half-width space on each side inside Japanese prose, as pages that print key terms in bold
# come out as text (`王朝は 開封 に都を置いた`, `「 契丹 」という字`): a word of kanji or katakana, never a clause with its
# particles (`プラットフォームの整備を進めている` between two seams of a translation)
PADDED_TERM_LONGEST = 10  # code points of a key term set apart with spaces
PADDED_WORD = rf"[{KANJI_RANGE}{KATAKANA_RANGE}]{{1,{PADDED_TERM_LONGEST}}}"  # the term itself
PADDED_TERM = re.compile(rf"(?<=[{JAPANESE_RANGE}、。「『（]) {PADDED_WORD} (?=[{JAPANESE_RANGE}、。」』）])")
PADDED_TERM_WORD = re.compile(PADDED_WORD)  # fullmatch: one such term, read back from a mark after it
PADDED_TERMS_MIN = 3  # such terms, at least, that make a page's way of setting its key terms apart


def padded_terms(doc) -> bool:
    """True when the text sets terms apart with a half-width space on each side three times or more (`都を 開封 に
    置いた`, `「 契丹 」`, `後梁 、 後唐 、`): a page's bold key terms, spaced when the page became text; a seam of a
    translation leaves one space, not a pair around a term again and again."""
    if "garble.padded_terms" not in doc.memo:
        doc.memo["garble.padded_terms"] = len(PADDED_TERM.findall(doc.text)) >= PADDED_TERMS_MIN
    return doc.memo["garble.padded_terms"]


MARK_THEN_SPACE = re.compile(f"[、。]{SPACE}+(?=[^\\s])")  # …あります。 日本にも: a mark, a space, the text going on
FLATTENED_MIN = 3  # such spaces, at least, that make a text whose lines were joined with spaces
FLATTENED_SHARE = 3  # one 、 or 。 in this many of the text's, at least, followed so


def flattened_lines(doc) -> bool:
    """True when the text follows its 、 and 。 with a space often (three times at least, one mark in three): a page
    whose short lines were joined with spaces when it was copied (`…言い伝えがあります。 日本にも…おさえ、 ラー油と…`),
    so that a space between two words is the end of a line of the layout (`売り歩いた 温かく辛い麺`), not a seam where a
    translation lost a full stop. A translation writes no space after its marks."""
    if "garble.flattened_lines" not in doc.memo:
        marks = doc.text.count("、") + doc.text.count("。")
        spaced = len(MARK_THEN_SPACE.findall(doc.text))
        doc.memo["garble.flattened_lines"] = spaced >= FLATTENED_MIN and FLATTENED_SHARE * spaced >= marks
    return doc.memo["garble.flattened_lines"]


VERSE_SPACE = re.compile(f"(?<=[{JAPANESE_RANGE}])\u3000+(?=[{JAPANESE_RANGE}])")  # 白雲　山に生じ: a full-width pause
VERSE_SPACES_MIN = 2  # full-width pauses on a line, at least, and more than its sentence ends, that lay out verse


def verse_line(text: str, at: int) -> bool:
    """True when the line holding ``at`` lays out verse: it sets its phrases apart with full-width spaces, at least
    twice and more often than it ends a sentence (a classical poem's reading, 書き下し:
    `白雲　山に生じ、清風　竹を払ふ。…知らず　日の暮るるを。`). A translation that lost a full stop leaves one seam in
    a sentence, typed as a half-width space."""
    line = line_around(text, at, at)
    spaces = len(VERSE_SPACE.findall(line))
    return spaces >= VERSE_SPACES_MIN and spaces > sum(map(line.count, SENTENCE_ENDS))


VERSE_LINES_MIN = 2  # such lines of one length, at least, that quote a poem (a couplet)
VERSE_PIECE = re.compile(f"[{KANJI_RANGE}]+(?=$|{SPACE}|[、。，,；;])")  # 山寺聞鐘聲, before a pause or the line's end
SPACED_VERSE = re.compile(f"[{KANJI_RANGE}](?:{SPACE}[{KANJI_RANGE}])+")  # 山 寺 聞 鐘 聲: one character a cell


def verse_lines(doc) -> tuple[Span, ...]:
    """Lines of a classical Chinese poem quoted in the original (白文), each the span of its kanji: a line that starts
    with pieces of five or seven kanji, each before a pause or the line's end (`山寺聞鐘聲`,
    `山寺聞鐘聲 江村見漁火`, or a piece and its reading: `山寺聞鐘聲 山寺に鐘聲を聞く`), or spaced one kanji a cell
    (`山 寺 聞 鐘 聲`), maybe after the verse's number and before a space and its reading on the same line
    (`②山 寺 聞 鐘 聲 ②山寺に鐘聲を聞く`: a page setting each verse, its reading and its translation side by side),
    or pieces of one length after the poem's title and a pause (`靜星賦 星河照古城 月落照長橋`, two pieces at least:
    the title is cited with them); counted only when the document has at least two of one length, as a poem does.
    A poem keeps its source's character
    forms, and its reading and notes cite them (韻字: 聲・眠)."""
    if "garble.verse_lines" not in doc.memo:
        found: dict[int, list[Span]] = {n: [] for n in VERSE_LENGTHS}
        spaced_found: dict[int, list[Span]] = {n: [] for n in VERSE_LENGTHS}  # the lines spaced one kanji a cell
        for n in range(1, doc.line_count + 1):
            line, start = doc.line_text(n), doc.line_span(n).start
            body = line.strip(SPACES + "\t")
            at = start + line.index(body) if body else start
            if (spaced := _spaced_verse(body)) is not None:
                length = sum(map(is_kanji, body[spaced[0]:spaced[1]]))
                if length in found:
                    found[length].append(Span(at + spaced[0], at + spaced[1]))
                    spaced_found[length].append(Span(at + spaced[0], at + spaced[1]))
                continue
            pieces = _verse_pieces(body, 0, at, found)
            if len({s.end - s.start for s in pieces}) == 1:
                found[pieces[0].end - pieces[0].start].extend(pieces)
            elif (title := VERSE_PIECE.match(body)) and len(title.group()) <= VERSE_TITLE \
                    and (pause := VERSE_PAUSE.match(body, title.end())):
                # the poem's title before its lines on one line (`靜星賦 星河照古城 月落照長橋`): cited with them
                pieces = _verse_pieces(body, pause.end(), at, found)
                if len(pieces) >= VERSE_LINES_MIN and len({s.end - s.start for s in pieces}) == 1:
                    found[pieces[0].end - pieces[0].start].extend([Span(at + title.start(), at + title.end()),
                                                                   *pieces])
        doc.memo["garble.verse_lines"] = tuple(s for spans in found.values() if len(spans) >= VERSE_LINES_MIN
                                               for s in spans)
        doc.memo["garble.spaced_verse_lines"] = tuple(s for spans in spaced_found.values()
                                                      if len(spans) >= VERSE_LINES_MIN for s in spans)
    return doc.memo["garble.verse_lines"]


def _verse_pieces(body: str, pos: int, at: int, found) -> list[Span]:
    """The pieces of verse (five or seven kanji, the lengths ``found`` keys) from ``pos`` in a line's ``body`` that
    begins at offset ``at``, each before a pause or the line's end, up to the first that is none."""
    pieces = []
    while (m := VERSE_PIECE.match(body, pos)) and len(m.group()) in found:
        pieces.append(Span(at + m.start(), at + m.end()))
        pause = VERSE_PAUSE.match(body, m.end())
        if not pause:
            break
        pos = pause.end()
    return pieces


def spaced_verse_lines(doc) -> tuple[Span, ...]:
    """The lines of ``verse_lines`` spaced one kanji a cell (`山 寺 聞 鐘 聲`, `②山 寺 聞 鐘 聲 ②山寺に…`), at least two
    of one length: a poem laid out for reading, as no translation lays out its lines. A line of seven kanji alone is
    a poem's as often as a heading left in Chinese (a column's name above and below an article)."""
    verse_lines(doc)
    return doc.memo["garble.spaced_verse_lines"]


def _spaced_verse(body: str) -> tuple[int, int] | None:
    """Where a verse spaced one kanji a cell lies in a line's ``body`` (its spaces stripped): all of it (`山 寺 聞 鐘
    聲`), or after the verse's number (①, 1.) and before a space and what the line goes on with, its reading
    (`②山 寺 聞 鐘 聲 ②山寺に…`); else None."""
    if SPACED_VERSE.fullmatch(body):
        return 0, len(body)
    number = NUMBERED_START.match(body)
    m = SPACED_VERSE.match(body, number.end()) if number is not None else None
    if m is None or (m.end() < len(body) and body[m.end()] not in SPACES):
        return None
    return m.start(), m.end()


STANZA_LINES = 4  # consecutive lines, at least, of a poem's reading laid out one clause a line
STANZA_COMMAS = 2  # of them ending with 、, at least: a clause that the next line goes on with, as verse is laid out
STANZA_CHARS = 40  # characters of such a line, at most, its ruby, notes and glosses left out and its spaces one each
STANZA_AIDS = re.compile(r"《[^《》\n]*》|[|｜]|[(（][^()（）\n]*[)）]|\[#[^\]\n]*\]")  # ruby, notes, glosses
CLAUSE_ENDS = "、。，"


def stanza_line(doc, at: int) -> bool:
    """True when the line holding ``at`` is one of at least STANZA_LINES consecutive short lines that each end a
    clause with `、` or `。` and hold no other sentence end, two of them or more ending with `、` (a poem's reading laid
    out one line a clause: `山寺に 鐘を聞く 夜は深し、` / `江村に 火を見る 客は眠らず。`; or each line its original
    and its reading). Its spaces are pauses; prose ends no line with `、`, and a translation's lines are paragraphs."""
    if "garble.stanza_lines" not in doc.memo:
        ends = {}  # line number -> the clause end of a line that may be verse
        for n in range(1, doc.line_count + 1):
            line = " ".join(STANZA_AIDS.sub("", doc.line_text(n)).split())
            if line and len(line) <= STANZA_CHARS and line[-1] in CLAUSE_ENDS \
                    and not any(c in SENTENCE_ENDS for c in line[:-1]):
                ends[n] = line[-1]
        stanza: set[int] = set()
        for good, run in itertools.groupby(range(1, doc.line_count + 1), key=lambda n: n in ends):
            run = list(run)
            if good and len(run) >= STANZA_LINES and sum(ends[n] != "。" for n in run) >= STANZA_COMMAS:
                stanza.update(run)
        doc.memo["garble.stanza_lines"] = stanza
    return doc.position(at)[0] in doc.memo["garble.stanza_lines"]


# what social-media, chat and blog writing shows, each with the characters one of which every match of it holds ("":
# no short list): a text with none of them is not searched (a test of each character in C, where the pattern's scan
# steps through every code point of a text that holds no such mark, as most texts do)
CASUAL_MARKS = ((EMOJI, ""), (LAUGHTER, "wｗ笑"), (HASHTAG, "#＃"), (re.compile(HANDLE), "@"), (EMPHASIS, "!?！？"),
                (EXCLAIMED, "!！"), (DRAWN_VOWEL, ""), (TYPED_ELLIPSIS, "。、"))
CASUAL_WITH = 2  # kinds of those marks a text shows, at least, to be written in a casual register


def casual_register(doc) -> bool:
    """True when the text is written in a casual register, as social-media posts, chats and personal blogs are: it
    shows two kinds or more of emoji (🌸), laughter typed as ｗ or (笑), hashtags and @handles, ! or ? written twice
    (`!!`, `!?`), one ! after kana (`着いたよ!`), a vowel drawn out in hiragana (`さぁ`, `いやー`), an ellipsis typed as
    three full stops or commas (`。。。`) and faces typed in parentheses (`(^^;)`). Such writers double their marks
    (`売り切れだって。。`) and type brands and words in Latin letters (`大好物のbagelで`) as a style; a translation of news
    shows none of these."""
    if "garble.casual_register" not in doc.memo:
        text = doc.text
        # FACE, a face typed in parentheses ((^^;)), is defined with the brackets
        kinds = (*CASUAL_MARKS, (FACE, FACE_MARKS))
        doc.memo["garble.casual_register"] = sum(
            (not needs or any(c in text for c in needs)) and m.search(text) is not None for m, needs in kinds) \
            >= CASUAL_WITH
    return doc.memo["garble.casual_register"]


CODE_MARKS = (CODE_OPTION, CODE_CALL, CODE_ARGUMENT, CODE_PATH, CODE_LINE, CODE_PLACEHOLDER)
TECHNICAL_WITH = 2  # kinds of those marks a text shows, at least, to be written in a technical register


def technical_register(doc) -> bool:
    """True when the text is written in a technical register, as a manual or a programming tutorial is: it shows two
    kinds or more of command-line options (`--amend`), calls (`list.sort()`), named arguments (`reverse=True`), file
    system paths (`/var/log`), lines of commands (`git log master`) and commands with a placeholder in angle
    brackets (`apt install <パッケージ名>`). Such writers name commands and identifiers in
    Latin letters as they are typed (`rebaseやmergeを行う`); a translation of news shows none of these."""
    if "garble.technical_register" not in doc.memo:
        doc.memo["garble.technical_register"] = sum(bool(m.search(doc.text)) for m in CODE_MARKS) >= TECHNICAL_WITH
    return doc.memo["garble.technical_register"]


HONORIFICS = word_list("honorifics.txt")  # written after a person's name: さん, 氏 (a name before one, or a handle)
ACCOUNT = re.compile(rf"[(（]{HANDLE}[)）]")  # an account's handle in parentheses, after its display name
ACCOUNT_DASHES = ("— ", "― ")  # what an embedded post's credit opens with (— 星河 (@xinghe) May 1, 2025)
ACCOUNT_NAME = 40  # code points of a display name, at most


def account_names(text: str) -> list[Span]:
    """The display names of social-media accounts, each right before its @handle in parentheses: after a dash, the
    rest of the line up to the handle, as an embedded post credits its writer (`— ほしかわstar river (@xinghe)
    December 1, 2025`), else the last piece of the line before the handle that no space parts (`星河太郎(@xinghe)`).
    A name is its owner's own spelling, not the text's words: English in it, or a kana written twice, is no error."""
    out = []
    for m in ACCOUNT.finditer(text):
        lo = text.rfind("\n", 0, m.start()) + 1
        end = lo + len(text[lo:m.start()].rstrip(SPACES))
        dashes = [at + len(d) for d in ACCOUNT_DASHES for at in (text.rfind(d, lo, end),) if at >= 0]
        start = max(dashes) if dashes else max(lo, *(text.rfind(s, lo, end) + 1 for s in SPACES))
        if 0 < end - start <= ACCOUNT_NAME and not any(c in SENTENCE_ENDS for c in text[start:end]):
            out.append(Span(start, end))
    return out


def in_account_name(doc, span: Span) -> bool:
    """``span`` lies in an account's display name (``account_names``), or its text is part of one the document
    credits (`【ほしかわstar riverさんの投稿】` above `— ほしかわstar river (@xinghe)`). Once a document."""
    names = doc.memo.get("garble.account_names")
    if names is None:
        names = doc.memo["garble.account_names"] = tuple(account_names(doc.text)) if "@" in doc.text else ()
    if not names:
        return False
    words = doc.text[span.start:span.end]
    return any(n.start <= span.start and span.end <= n.end or words in doc.text[n.start:n.end] for n in names)


KANBUN_WITH = 3  # distinct function words of a classical reading (曰く, 其の, 之を) that make a paragraph one


@functools.lru_cache(maxsize=1)
def _kanbun_markers() -> re.Pattern:
    return re.compile("|".join(map(re.escape, word_list("kanbun_markers.txt"))))


CLASSICAL_SENTENCES = 3  # kanji-only sentences of a line that, with classical particles, make it a classical original
CLASSICAL_PARTICLES = 2  # different particles of data/classical_particles.txt in such a line


def classical_original(line: str) -> bool:
    """``line`` holds no kana and at least three sentences of kanji alone (ended by 。), with two different particles of
    classical Chinese (data/classical_particles.txt: 曰, 乎, 也): a classical text quoted in its original (白文,
    `子曰。學而時習之。…`), not Japanese prose. A converted translation keeps its kana."""
    if KANA_CHAR.search(line) is not None:
        return False
    sentences = [s.strip(SPACES + "、，,") for s in line.split("。")]
    kanji_only = sum(1 for s in sentences if len(s) >= 2 and all(is_kanji(c) or c in "、，," for c in s))
    return kanji_only >= CLASSICAL_SENTENCES and classical_particles_in(line)


# what may stand between the kanji of a classical original's sentence on the lines of a block: its pauses (、), the
# dots that list its terms (星・月・日) and the brackets a commentary sets round a phrase it stresses (【星河不滅】)
CLASSICAL_BLOCK_MARKS = "、，,・【】「」 \u3000"


def classical_blocks(doc) -> list[Span]:
    """Blocks of two lines or more in a row, none with kana, that together hold ``CLASSICAL_SENTENCES`` sentences of
    kanji alone or more (ended by 。; pauses, dots and brackets between their kanji) and two particles of classical
    Chinese (data/classical_particles.txt): a classical text quoted in its original a clause or two a line (a sutra's
    `星河觀自在、照見萬象。` / `是故無聲亦無色。` / `師曰、星河不滅。`), whose old
    forms are its own. A converted translation keeps its kana. Once a document."""
    if "garble.classical_blocks" not in doc.memo:
        blocks: list[Span] = []
        run: list[tuple[int, str]] = []  # (start, line) of the kana-less lines in a row

        def close() -> None:
            joined = "".join(line for _, line in run)
            if len(run) >= 2 and classical_particles_in(joined):  # noqa: PLR2004 (two lines make a block)
                sentences = [s.strip(CLASSICAL_BLOCK_MARKS) for s in joined.split("。")]
                kanji_only = sum(1 for s in sentences
                                 if len(s) >= 2 and all(is_kanji(c) or c in CLASSICAL_BLOCK_MARKS for c in s))
                if kanji_only >= CLASSICAL_SENTENCES:
                    blocks.append(Span(run[0][0], run[-1][0] + len(run[-1][1])))
            run.clear()

        if "。" in doc.text:
            at = 0
            for line in doc.text.split("\n"):
                if line.strip(SPACES + "\t") and KANA_CHAR.search(line) is None:
                    run.append((at, line))
                else:
                    close()
                at += len(line) + 1
            close()
        doc.memo["garble.classical_blocks"] = blocks
    return doc.memo["garble.classical_blocks"]


def classical_particles_in(text: str) -> bool:
    """``text`` holds ``CLASSICAL_PARTICLES`` different particles of classical Chinese or more
    (data/classical_particles.txt: 曰, 乎, 也)."""
    return len(_classical_particles() & set(text)) >= CLASSICAL_PARTICLES


@functools.lru_cache(maxsize=1)
def _classical_particles() -> frozenset[str]:
    return frozenset(word_list("classical_particles.txt"))


def kanbun_reading(paragraph: str) -> bool:
    """A paragraph read from classical Chinese (書き下し: 其の父は…、籍曰く、…を以て): KANBUN_WITH of its function
    words (data/kanbun_markers.txt), which no translation of modern Chinese writes."""
    return len(set(_kanbun_markers().findall(paragraph))) >= KANBUN_WITH


def classical_quotation(text: str, at: int) -> bool:
    """``at`` lies inside a 「」 on its line that holds no 。 and a function word of a classical reading (data/
    kanbun_markers.txt: `「他山の石以て錯と為すべし 他山の石以て玉を攻むべし」`): a classical text's reading quoted,
    its lines parted by a space, as a verse's are."""
    lo, hi = line_bounds(text, at, at)
    o = text.rfind("「", lo, at)
    c = text.find("」", at, hi)
    if o < 0 or c < 0 or "」" in text[o:at]:
        return False
    inside = text[o + 1:c]
    return "。" not in inside and _kanbun_markers().search(inside) is not None


QUOTED_VERSE_CLAUSES = 4  # kanji-only clauses, at least, of a poem quoted in the original inside a 「」
QUOTED_VERSE_CLAUSE = 12  # kanji of such a clause, at most
QUOTED_VERSE_PAUSE = re.compile(f"(?:{SPACE}|[、。，,！!？?；;：:])+")  # what parts a quoted poem's clauses
QUOTED_VERSE_CUTS = "・…‥."  # what a quotation marks the rest of the poem left out with (・・・, ……, ...)
VERSE_WORD_REACH = 30  # code points before the quote, within its sentence, in which a word naming a poem is looked for


@functools.lru_cache(maxsize=1)
def _poem_words() -> re.Pattern:
    return re.compile("|".join(map(re.escape, word_list("poem_words.txt"))))


def quoted_verse(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside a 「」 on its line that holds no kana and no Latin letter, only
    ``QUOTED_VERSE_CLAUSES`` clauses of kanji or more parted by pauses (`、，,！；` or spaces), maybe with a mark that
    the rest is left out (`…`, `・・・`), and the sentence before the quote names a poem (data/poem_words.txt: `詩`,
    `詞`): a poem quoted in its original (`有名な詩を残した:「星河落,月照城,…」`), whose forms are its own. A
    conversion leaves kana in a quoted sentence, and a quoted list of words names no poem."""
    lo, hi = line_bounds(text, start, end)
    o = text.rfind("「", lo, start)
    c = text.find("」", end, hi)
    if o < 0 or c < 0 or "」" in text[o:start] or "「" in text[end:c]:
        return False
    inside = text[o + 1:c].rstrip(SPACES + QUOTED_VERSE_CUTS)
    clauses = [p for p in QUOTED_VERSE_PAUSE.split(inside) if p]
    if len(clauses) < QUOTED_VERSE_CLAUSES \
            or not all(len(p) <= QUOTED_VERSE_CLAUSE and all(map(is_kanji, p)) for p in clauses):
        return False
    before = text[max(lo, o - VERSE_WORD_REACH):o]
    sentence = before[max(before.rfind(mark) for mark in SENTENCE_ENDS) + 1:]
    return _poem_words().search(sentence) is not None


KATAKANA_PROSE_WITH = 3  # distinct particles in katakana between kanji that make a paragraph one in katakana prose


@functools.lru_cache(maxsize=1)
def _katakana_particle() -> re.Pattern:
    """A particle in katakana between two kanji (外感ノ項背, 地黄ヲ加テ: data/katakana_particles.txt)."""
    particles = "".join(word_list("katakana_particles.txt"))
    return re.compile(f"(?<=[{KANJI_RANGE}])([{particles}])(?=[{KANJI_RANGE}])")


def katakana_prose(paragraph: str) -> bool:
    """A paragraph of kanji and katakana with no hiragana, its particles in katakana between kanji (此方外感ノ項背強急ニ
    用ルコトハ…地黄ヲ加テ: KATAKANA_PROSE_WITH different ones, data/katakana_particles.txt): the style of pre-war
    writing and of a classical text's reading, whose old character forms are its own. A translation, converted or
    not, writes its particles in hiragana."""
    return not any(map(is_hiragana, paragraph)) \
        and len(set(_katakana_particle().findall(paragraph))) >= KATAKANA_PROSE_WITH


KATAKANA_PROSE_PARAGRAPHS = 2  # paragraphs in katakana prose, at least, of a text written in that style throughout


def katakana_prose_text(doc) -> bool:
    """True when KATAKANA_PROSE_PARAGRAPHS paragraphs or more are in katakana prose (``katakana_prose``) and hold more
    than half the text's characters (a court's judgment or a statute of before the war, `…原告ノ請求ハ之ヲ棄却ス
    ヘキモノトス…`): a text in that style throughout, whose other lines (a docket number's hiragana mark, a list's
    clause with one particle between kanji) are in its old character forms too. A translation, converted or not,
    writes its particles in hiragana; once a document (its memo)."""
    if "garble.katakana_prose_text" not in doc.memo:
        texts = [text for _, text in paragraphs(doc) if katakana_prose(text)]
        doc.memo["garble.katakana_prose_text"] = len(texts) >= KATAKANA_PROSE_PARAGRAPHS \
            and 2 * sum(map(len, texts)) > len(doc.text.strip())
    return doc.memo["garble.katakana_prose_text"]


SPACED_PIECES = 3  # kanji-only pieces, at least, of a line of a classical original written with spaces for pauses
SPACED_KANJI = 8  # kanji, at least, of such a line
SPACED_LINE_MAX = 200  # characters, at most, of such a line (a verse or a clause of a formula; a page's long line is none)
READING_REACH = 4  # characters of the line below read as its reading, at most, per kanji of the original
READING_SHARE = 0.6  # of the original's kanji, at least, that its reading keeps in their order
SPACED_PIECE = re.compile(f"[{KANJI_RANGE}]+(?:[、，,][{KANJI_RANGE}]+)*")


def _spaced_pieces(line: str) -> str:
    """The kanji of ``line`` when it is SPACED_PIECES pieces or more of kanji alone separated by spaces (`太陽病 項背強几几
    無汗惡風 葛根湯主之`), at least SPACED_KANJI of them, on a line of SPACED_LINE_MAX characters at most; else ''."""
    pieces = line.split() if len(line) <= SPACED_LINE_MAX else ()
    if len(pieces) < SPACED_PIECES or not all(SPACED_PIECE.fullmatch(p) for p in pieces):
        return ""
    kanji = "".join(c for c in line if is_kanji(c))
    return kanji if len(kanji) >= SPACED_KANJI else ""


def _common_run(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``."""
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], diagonal + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def spaced_classical(doc) -> tuple[frozenset[int], dict[int, str]]:
    """Lines of a classical Chinese original quoted with spaces for its pauses (白文: `太陽病 項背強几几 無汗惡風
    葛根湯主之`), and the lines that read them: a line of SPACED_PIECES kanji-only pieces or more followed by a line with
    kana that keeps READING_SHARE of its kanji in their order (in its first READING_REACH characters a kanji), reordered
    and with kana between (書き下し: `太陽病。項背強ばること几几。汗無く、惡風するものは葛根湯これを主る。`). Once the text pairs one so, every such line is an original it
    quotes (the formula's line `葛根四兩 麻黄三兩 去節` too). Returns the originals' line numbers, and each reading's line
    number with its original's kanji, whose forms the reading cites (惡風). A converted translation has no such pairs."""
    if "garble.spaced_classical" not in doc.memo:
        originals: dict[int, str] = {}
        for n in range(1, doc.line_count + 1):
            line = doc.line_text(n)
            if " " in line or "\u3000" in line:
                kanji = _spaced_pieces(line.strip(SPACES + "\t-‐・"))
                if kanji and KANA_CHAR.search(line) is None:
                    originals[n] = kanji
        readings: dict[int, str] = {}
        for n, kanji in originals.items():
            below = n + 1
            while below <= doc.line_count and not doc.line_text(below).strip(SPACES):
                below += 1
            line = doc.line_text(below) if below <= doc.line_count else ""
            if KANA_CHAR.search(line) is not None and kanji not in line \
                    and _common_run(kanji, line[:READING_REACH * len(kanji)]) >= READING_SHARE * len(kanji):
                readings[below] = kanji
        doc.memo["garble.spaced_classical"] = (frozenset(originals) if readings else frozenset(), readings)
    return doc.memo["garble.spaced_classical"]


INLINE_PAIRS = 3  # originals read right after them on their line, at least, that make a paragraph one such layout
INLINE_ORIGINAL = re.compile(f"[{KANJI_RANGE}]{{4,8}}")  # a clause of a classical original: four to eight kanji
INLINE_SEGMENT = re.compile(r"[^.。．\n]+")  # what a full stop ends: one original and its reading, on such a line


def inline_classical(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]]:
    """A classical original quoted clause by clause, each clause followed on its line by its reading and a full stop
    (`星河落兮照寒城 星河落ちて寒城を照らす. 月明千里無人聲 月明らかに千里人の聲無し.`: a page of 歸去來兮辭 or a
    poem, its original and its 書き下し run onto one line): a piece of INLINE_ORIGINAL kanji alone between spaces, then,
    up to the next such piece or the full stop, its reading, kana in it and READING_SHARE of the piece's kanji (a
    書き下し reorders them). Returns, when the paragraph ``text`` pairs INLINE_PAIRS clauses so, the originals' spans and
    each reading's span with its original's kanji, whose forms the reading cites (歸 of 歸らざる); else nothing. A
    converted translation has no such pairs."""
    originals: list[tuple[int, int]] = []
    readings: list[tuple[int, int, str]] = []
    for seg in INLINE_SEGMENT.finditer(text):
        pieces = list(re.finditer(r"\S+", seg.group()))
        for i, piece in enumerate(pieces):
            if not INLINE_ORIGINAL.fullmatch(piece.group()):
                continue
            after = pieces[i + 1:]
            stop = next((k for k, p in enumerate(after) if INLINE_ORIGINAL.fullmatch(p.group())), len(after))
            if not stop:
                continue
            lo, hi = seg.start() + after[0].start(), seg.start() + after[stop - 1].end()
            reading, kanji = text[lo:hi], piece.group()
            if KANA_CHAR.search(reading) is not None \
                    and sum(c in reading for c in kanji) >= READING_SHARE * len(kanji):
                originals.append((seg.start() + piece.start(), seg.start() + piece.end()))
                readings.append((lo, hi, kanji))
    if len(originals) < INLINE_PAIRS:
        return (), ()
    return tuple(originals), tuple(readings)


SPACED_PAREN = re.compile(r"[^\s(] \([^()\n]{1,30}\) [^\s)]")  # シンチヤン (新疆) ウイグル


def spaced_parens(doc) -> bool:
    """True when the writer sets half-width parentheses apart with a space on each side, as English does
    (`ソルヴァ (索爾瓦) 市`, at least three times): the space after `)` is the writer's, also before a closing mark."""
    if "garble.spaced_parens" not in doc.memo:  # (every match holds " (": a text without it is not scanned)
        doc.memo["garble.spaced_parens"] = " (" in doc.text and len(SPACED_PAREN.findall(doc.text)) >= 3
    return doc.memo["garble.spaced_parens"]


# the marks that open the lines of a bilingual text, each line in one language: (中)… above (日)…, 【中文】… and 【日本語】…
JAPANESE_LINE_MARKS = ("日", "日文", "日本語", "訳", "訳文", "和訳")
LINE_MARK = re.compile(rf"{SPACE}*[(（【\[［〔]([^)）】\]］〕\n]{{1,3}})[)）】\]］〕]")


def _line_mark(line: str) -> str:
    m = LINE_MARK.match(line)
    return m.group(1) if m else ""


# a note in parentheses that ends a line, on one of its words (我们的歌很长 (歌:うた)): a lesson's or a lyric's gloss
TRAILING_GLOSS = re.compile(rf"{SPACE}*[(（][^()（）\n]{{1,20}}[)）]{SPACE}*$", re.M)
# a sentence's translation in parentheses that ends its line right after the sentence's end mark (例文:我们走吧。(行こう。)):
# a lesson's example sentence given with its meaning on its own line, as a subtitle gives it on the next
TRAILING_TRANSLATION = re.compile(rf"(?<=[。!?！？]){SPACE}*[(（](?P<ja>[^()（）\n]+)[)）]{SPACE}*$", re.M)


def translated_line(text: str, start: int) -> bool:
    """True when the line holding ``start`` has no kana and the next line is its Japanese translation in
    parentheses: a quoted line of dialogue or a subtitle given with its meaning (`妳們今天去哪裡?` /
    `(君たち今日はどこへ行くの?)`), or the parentheses close the same line right after the sentence's end mark, with
    hiragana in them (a lesson's `例文:我们走吧。(行こう。)`); or when a mark opens the line as the Chinese of a bilingual text and the line
    above or below it is marked as its Japanese (`(中)我们明天开会。` / `(日)私たちは明日会議を開く。`); or when the
    line below or above is its reading in pinyin (a lesson's `我们都很好。` / `Wǒmen dōu hěn hǎo.`)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    if hi < 0:
        hi = len(text)
    line_end = hi
    meaning = TRAILING_TRANSLATION.search(text, lo, hi)
    if meaning is not None and start < meaning.start() and any(map(is_hiragana, meaning.group("ja"))) \
            and not any(is_hiragana(c) or is_katakana(c) for c in text[lo:meaning.start()]):
        return True  # 例文:我们走吧。(行こう。): the sentence, then its translation closing its line
    gloss = TRAILING_GLOSS.search(text, lo, hi)
    if gloss is not None and start < gloss.start():
        hi = gloss.start()  # 我们的歌很长 (歌:うた): a lyric's line and a note on one of its words, its reading below
    if any(is_hiragana(c) or is_katakana(c) for c in text[lo:hi]):
        return False
    hi, line_hi = line_end, hi
    after = text.find("\n", hi + 1)
    below = text[hi + 1:len(text) if after < 0 else after].strip(SPACES)
    if below[:1] in "(（" and below[-1:] in ")）" and any(is_hiragana(c) for c in below):
        return True
    above = text[text.rfind("\n", 0, max(lo - 1, 0)) + 1:max(lo - 1, 0)] if lo else ""
    if any(reads_aloud(line, text[lo:line_hi]) for line in (below, above)):
        return True
    if line_hi < hi:
        return False  # a line with a note in kana is read aloud or nothing
    if _line_mark(text[lo:hi]) not in CHINESE_LINE_MARKS:
        return False
    return any(_line_mark(line) in JAPANESE_LINE_MARKS for line in (above, below))


MAX_SPEAKER = 8  # characters of a speaker's name before the colon that opens a line of a script
SCRIPT_TURNS = 3  # speakers' lines of Chinese, at least, of a scene that a translation gives turn for turn
# a line of a script in Chinese: the speaker's name in kanji and a colon (面试官：…, 星河：…)
CHINESE_TURN = re.compile(rf"[{SPACES}]*[{KANJI_RANGE}]{{1,{MAX_SPEAKER}}}[:：]")
# a turn of the same scene translated: a speaker's name in kanji, kana or Latin letters and a colon, at the line's start
# or after a space or a table's bar (| 面接官:… ナンシン:… ルー:…)
TRANSLATED_TURN = re.compile(rf"(?:^|(?<=[{SPACES}|｜]))[{KANJI_RANGE}{KANA_BLOCKS_RANGE}{LATIN_LETTER_RANGE}]{{1,{MAX_SPEAKER}}}[:：]",
                             re.M)


def translated_script(doc, start: int) -> bool:
    """True when the line holding ``start`` is a speaker's line of Chinese (a name in kanji, a colon: `星河：…`) in a
    run of ``SCRIPT_TURNS`` or more such lines with no kana, and the lines with kana right after the run (blank lines
    between) give as many speakers' turns (`| 面接官:… 星河:… ルー:…`, a table's cell): a scene of a drama quoted in the
    original and translated turn for turn, as a lesson quotes it."""
    starts = doc.memo.get("garble.translated_script")
    if starts is None:
        starts = doc.memo["garble.translated_script"] = _translated_scripts(doc.text)
    return doc.text.rfind("\n", 0, start) + 1 in starts


def _translated_scripts(text: str) -> frozenset[int]:
    found: list[int] = []
    lines = text.split("\n")
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and CHINESE_TURN.match(lines[j]) is not None and not _has_kana(lines[j]):
            j += 1
        if j - i < SCRIPT_TURNS:
            i = j + 1
            continue
        k = j
        while k < len(lines) and not lines[k].strip(SPACES):
            k += 1
        m = k
        while m < len(lines) and lines[m].strip(SPACES) and _has_kana(lines[m]):
            m += 1
        if sum(len(TRANSLATED_TURN.findall(line)) for line in lines[k:m]) == j - i:
            found += offsets[i:j]
        i = j
    return frozenset(found)


ANNOUNCING_LINE = 40  # characters, at most, of a line that announces the translation of the Chinese above it


@functools.cache
def _translation_nouns() -> tuple[str, ...]:
    return word_list("translation_nouns.txt")


def announced_translation(text: str, start: int) -> bool:
    """True when the line holding ``start`` has no kana and the next line with kana (past blank lines and the other
    lines of the original, which have none: a heading above its paragraph) is a short line (at most
    ``ANNOUNCING_LINE`` characters) naming a translation (data/translation_nouns.txt): a study page's paragraph of
    the original followed by `この段落の日本語訳はこうです。` and the translation, not Chinese left untranslated."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    if hi < 0 or KANA_CHAR.search(text, lo, hi) is not None:
        return False
    for _ in range(QUOTED_BLOCK_LINES):
        if hi < 0:
            break
        lo, hi = hi + 1, text.find("\n", hi + 1)
        end = len(text) if hi < 0 else hi
        if KANA_CHAR.search(text, lo, end) is None:
            continue  # a blank line, or one more line of the original (its heading above its paragraph)
        if end - lo > 4 * ANNOUNCING_LINE:
            return False  # a long line: no announcement, unless its spaces pad it
        line = text[lo:end].strip(SPACES)
        return len(line) <= ANNOUNCING_LINE and any(noun in line for noun in _translation_nouns())
    return False


# an exercise's item: its number and a separator at its line's start (1;, 2．, ３)), the Chinese word after them
EXERCISE_ITEM = re.compile(rf"{SPACE}*[{DIGIT_RANGE}]{{1,3}}{SPACE}*[.．、)）:：;；]")
EXERCISE_ITEMS = 30  # lines, at most, between an item and the prompt above it (the other items, blank lines)


@functools.cache
def _translation_prompts() -> tuple[str, ...]:
    return word_list("translation_prompts.txt")


def exercise_item(text: str, start: int) -> bool:
    """True when the line holding ``start`` is an exercise's numbered item with no kana (`1;星河`) below other such
    lines or blank ones and, above them, a line with kana that asks the reader to translate them
    (`次の単語を日本語にしなさい。`, data/translation_prompts.txt): a quiz's words, set to translate."""
    lo, hi = line_bounds(text, start, start)
    if EXERCISE_ITEM.match(text, lo) is None or KANA_CHAR.search(text, lo, hi) is not None:
        return False
    above = _kana_line_above(text, lo)
    return above is not None and any(prompt in above for prompt in _translation_prompts())


def _kana_line_above(text: str, lo: int) -> str | None:
    """The nearest line with kana above the line that begins at ``lo``, over lines with none (other items of a list,
    blank lines), EXERCISE_ITEMS lines up at most; None when there is none."""
    for _ in range(EXERCISE_ITEMS):
        if lo == 0:
            return None
        hi = lo - 1
        lo = text.rfind("\n", 0, hi) + 1
        if KANA_CHAR.search(text, lo, hi) is not None:
            return text[lo:hi]
    return None


ANSWER_TERMS = 2  # terms, at least, of a line of answers listed with commas
ANSWER_TERM = 8  # characters of such a term, at most
QUOTED_WORD = re.compile("「[^「」\n]{1,20}」(?:は|って)?")  # the word a question asks about (中国語で「にっこり」は何と…)


@functools.cache
def _form_prompts() -> tuple[str, ...]:
    return word_list("chinese_form_prompts.txt")


def answer_line(text: str, start: int) -> bool:
    """True when the line holding ``start`` has no kana and lists terms with commas (`嫣然一笑、粲然一笑、莞尔一笑`,
    ANSWER_TERMS of up to ANSWER_TERM characters or more) below other such lines or blank ones and, above them, a line
    that asks how something is said in Chinese (`中国語で「にっこり」は何というでしょうか?`, the word asked about left
    out: data/chinese_form_prompts.txt): a quiz's answers, given in Chinese as asked."""
    lo, hi = line_bounds(text, start, start)
    terms = [t.strip(SPACES) for t in re.split(f"[{CLAUSE_COMMAS}]", text[lo:hi])]
    terms = [t for t in terms if t]
    if len(terms) < ANSWER_TERMS or any(len(t) > ANSWER_TERM for t in terms) \
            or KANA_CHAR.search(text, lo, hi) is not None:
        return False
    above = _kana_line_above(text, lo)  # over other lines of answers and blank lines
    return above is not None and any(prompt in QUOTED_WORD.sub("", above) for prompt in _form_prompts())


# a song's or a poem's lines in Chinese, each followed on the next line by its Japanese translation (故乡的河水慢慢流 /
# ふるさとの川は　ゆっくり流れる), so many times in a row with no blank line: a translation page quoting its original;
# or a few lines of Chinese followed by as many lines of Japanese (an itinerary of four lines, then its translation)
INTERLINEAR_PAIRS = 3
INTERLINEAR_GROUP = 4  # lines of Chinese, at most, given together before as many lines of their translation


def interlinear_line(doc, start: int) -> bool:
    """True when the line holding ``start`` is a line of Chinese (two kanji or more, no kana) in a run of at least
    ``INTERLINEAR_PAIRS`` such lines each followed right below by a line with kana, no blank line between, or given
    in groups of up to ``INTERLINEAR_GROUP`` lines followed by as many lines with kana: an original and its
    translation line by line (a lyric or a poem translated, a bilingual diary), not sentences left untranslated. Short
    pairs (``_short_pair``) may stand a pair to a paragraph, one blank line between them (a lyric's page)."""
    starts = doc.memo.get("garble.interlinear_lines")
    if starts is None:
        starts = doc.memo["garble.interlinear_lines"] = _interlinear_lines(doc.text)
    return doc.text.rfind("\n", 0, start) + 1 in starts


def interlinear_text(doc) -> str:
    """The lines of Chinese of ``doc``'s line-by-line translations (``interlinear_line``), joined by newlines."""
    if "garble.interlinear_text" not in doc.memo:
        starts = doc.memo.get("garble.interlinear_lines")
        if starts is None:
            starts = doc.memo["garble.interlinear_lines"] = _interlinear_lines(doc.text)
        doc.memo["garble.interlinear_text"] = "\n".join(line_around(doc.text, at, at) for at in sorted(starts))
    return doc.memo["garble.interlinear_text"]


def _two_kanji(line: str) -> bool:
    """Whether ``line`` holds two kanji or more (searched in C, not tested character by character)."""
    first = KANJI_RUN.search(line)
    return first is not None and (first.end() - first.start() > 1 or KANJI_RUN.search(line, first.end()) is not None)


def _interlinear_lines(text: str) -> frozenset[int]:
    found: list[int] = []
    run: list[int] = []  # the starts of the Chinese lines of the current run of pairs
    lines = text.split("\n")
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    i = 0
    spaced = False  # the pair at line i follows the run's last pair after a blank line
    while i < len(lines):
        group = 0  # lines of Chinese from line i on
        while group < INTERLINEAR_GROUP and i + group < len(lines) and not KANA_CHAR.search(lines[i + group]) \
                and _two_kanji(lines[i + group]):
            group += 1
        below = lines[i + group:i + 2 * group]
        if group and len(below) == group and all(KANA_CHAR.search(line) for line in below):
            short = _short_pair(lines[i:i + 2 * group])
            if spaced and not short:  # a heading left in Chinese above its paragraph is no line of a lyric
                if len(run) >= INTERLINEAR_PAIRS:
                    found += run
                run = []
            run += offsets[i:i + group]
            i += 2 * group
            # a lyric laid out a pair to a paragraph: one blank line, then the next pair
            spaced = short and i + 1 < len(lines) and not lines[i].strip(SPACES) and bool(lines[i + 1].strip(SPACES))
            i += spaced
            continue
        if len(run) >= INTERLINEAR_PAIRS:
            found += run
        run = []
        spaced = False
        i += 1
    if len(run) >= INTERLINEAR_PAIRS:
        found += run
    return frozenset(found)


INTERLINEAR_SHORT = 40  # code points of a line of a lyric or a poem, and of its translation, at most


def _short_pair(lines: list[str]) -> bool:
    """Lines of an original and their translation short enough to be a lyric's or a poem's (INTERLINEAR_SHORT code
    points each), each translation one sentence at most: a pair that stands as a paragraph of its own, blank lines
    around it, is a line of a song translated; a heading left in Chinese above a paragraph of prose is not."""
    return all(len(line) <= INTERLINEAR_SHORT for line in lines) \
        and not any(c in SENTENCE_ENDS for line in lines for c in line.rstrip(SPACES + SENTENCE_ENDS + "」』）)"))


QUOTED_BLOCK_LINES = 40  # lines of a quoted original, at most, between its label and a line of it


def quoted_original(text: str, start: int) -> bool:
    """True when the line holding ``start`` has no kana and lies in a block of lines without kana (no blank line
    between) under a line that holds only a label of a quoted original (data/original_labels.txt: `【原文】` above a
    poem in Chinese, `原詩：`, `◆原詩`), perhaps with one blank line between the label and the block: the text quotes
    that original, it does not leave it untranslated."""
    gap = False  # a blank line passed: only the label may stand right above it
    for line in lines_above(text, start, QUOTED_BLOCK_LINES + 2):
        if not line.strip(SPACES):
            if gap:
                return False
            gap = True
        else:
            m = LABEL_LINE.fullmatch(line)
            if m is not None and (m.group("bracketed") or m.group("colon") or m.group("bulleted")) in CHINESE_LINE_MARKS:
                return True
            if gap or any(is_hiragana(c) or is_katakana(c) for c in line):
                return False
    return False


def lines_above(text: str, start: int, limit: int):
    """The line that holds ``start``, then each line above it in turn, ``limit`` lines at most."""
    hi = text.find("\n", start)
    lo = text.rfind("\n", 0, start) + 1
    for _ in range(limit):
        yield text[lo:len(text) if hi < 0 else hi]
        if lo == 0:
            return
        hi = lo - 1
        lo = text.rfind("\n", 0, hi) + 1


# a text laid out in two languages, paragraph by paragraph: a line of Chinese beside the Japanese line it is the
# source or the translation of (a study page's news item and its Chinese, a guide's field `産地:…` above `产地:…`); or
# a paragraph of each run on one line, each after the other's sentence end and a space (a study page whose layout was
# lost: `…わたしは筆を下した。 然而要做这一篇文章…。 それはそうと…`)
PARALLEL_SHARED = 5  # pairs of kanji or digits, at least, that a block of Chinese shares with the Japanese block beside it
PARALLEL_SHARE = 0.1  # of the pairs of the smaller of the two blocks, at least
PARALLEL_PAIRS = 2  # such blocks in the text, at least: one alone may be a sentence left untranslated beside its neighbour
# pairs, at least, that a short block of Chinese all a parenthesis holds shares with the Japanese block beside it, in a
# text so laid out: a heading's original set after it, too short to share PARALLEL_SHARED ((关于开馆时间的通知))
PARALLEL_SHORT_SHARED = 2
SECTION_BLOCKS = 3  # Chinese blocks in a row, at least, that make a section compared whole with the Japanese beside it
RULE_LINE = re.compile(r"[-―─━=＝*＊_]{5,}")  # a line that only rules the text: a separator of dashes (------)
# where a line splits into blocks: after a sentence's end mark (and its closing quote), at a run of spaces
BLOCK_SEAM = re.compile(f"(?<=[{re.escape(SENTENCE_ENDS + SENTENCE_CLOSERS)}]){SPACE}+")


def parallel_line(doc, start: int) -> bool:
    """True when the block holding ``start`` (a line, or a piece of a line between sentence ends followed by spaces)
    is Chinese (no kana, a simplified-only character) and the nearest block before or after it (blank lines between)
    is Japanese (kana, or no simplified-only character) and says the same: the two share at least
    ``PARALLEL_SHARED`` pairs of neighbouring kanji or digits, once both are folded to one script (関係 and 关系 are
    one pair), a tenth of the smaller block's; and the text holds at least ``PARALLEL_PAIRS`` such blocks
    (`木寺大使が25日に着任した。…` above `木寺昌人已于12月25日到任。…`). A section of several Chinese blocks in a row is
    compared whole with the Japanese section beside it (``_parallel_sections``): one such section is enough. In a
    text so laid out, a short Chinese block all a parenthesis holds that shares ``PARALLEL_SHORT_SHARED`` pairs with
    the Japanese block beside it is one more such block (a notice's heading, then its original: `開館時間のご案内` above
    `(关于开馆时间的通知)`)."""
    found = doc.memo.get("garble.parallel_lines")
    if found is None:
        found = doc.memo["garble.parallel_lines"] = _parallel_lines(doc.text)
    i = bisect.bisect_right(found, (start, len(doc.text) + 1)) - 1
    return i >= 0 and found[i][0] <= start < found[i][1]


def _kanji_pairs(text: str) -> set[str]:
    """Every two neighbouring characters of ``text`` that are kanji or digits (関係, 25)."""
    return {a + b for a, b in zip(text, text[1:]) if (is_kanji(a) or a.isdigit()) and (is_kanji(b) or b.isdigit())}


def _has_kana(text: str) -> bool:
    return KANA_CHAR.search(text) is not None


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of ``text`` that is not blank: its lines, each cut at ``BLOCK_SEAM`` where the
    text on one side has kana and on the other none (a Japanese paragraph's own sentences stay one block)."""
    out: list[tuple[int, int]] = []
    # the seams of the whole text are those of its lines (none holds a line feed, none begins a line: a line feed
    # is no sentence end), found in one search: a line with none is one block, or none when blank
    seams = [m.start() for m in BLOCK_SEAM.finditer(text)]
    k = 0
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        if k == len(seams) or seams[k] >= end:
            if line.strip(SPACES):
                out.append((at, end))
            at = end + 1
            continue
        while k < len(seams) and seams[k] < end:
            k += 1
        lo = 0
        pieces: list[tuple[int, int, bool]] = []  # (start, end, has kana)
        for m in itertools.chain(BLOCK_SEAM.finditer(line), (None,)):
            hi = len(line) if m is None else m.start()
            piece = line[lo:hi]
            if piece.strip(SPACES):
                kana = _has_kana(piece)
                if pieces and pieces[-1][2] == kana:
                    pieces[-1] = (pieces[-1][0], hi, kana)
                else:
                    pieces.append((lo, hi, kana))
            if m is not None:
                lo = m.end()
        out += [(at + a, at + b) for a, b, _ in pieces]
        at += len(line) + 1
    return out


def _parallel_lines(text: str) -> tuple[tuple[int, int], ...]:
    from ...glossary.forms import is_simplified_only, simplified_form  # noqa: PLC0415

    blocks = _blocks(text)
    kana = [_has_kana(text[a:b]) for a, b in blocks]
    chinese = [not k and any(is_simplified_only(c) for c in text[a:b]) for (a, b), k in zip(blocks, kana)]
    if sum(chinese) < PARALLEL_PAIRS:
        return ()
    pairs = {i: _kanji_pairs(simplified_form(text[a:b])) for i, (a, b) in enumerate(blocks)
             if any(chinese[j] for j in (i - 1, i, i + 1) if 0 <= j < len(blocks))}
    found = []
    for i, block in enumerate(blocks):
        if not chinese[i] or len(pairs[i]) < PARALLEL_SHARED:
            continue
        for j in (i - 1, i + 1):
            if j in pairs and not chinese[j] and _says_the_same(pairs[i], pairs[j]):
                found.append(block)
                break
    section = _parallel_sections(text, blocks, kana, chinese)
    if len(found) < PARALLEL_PAIRS and not section:
        return ()
    short = [block for i, block in enumerate(blocks) if chinese[i] and _parenthesised(text[block[0]:block[1]])
             and any(j in pairs and not chinese[j] and len(pairs[i] & pairs[j]) >= PARALLEL_SHORT_SHARED
                     for j in (i - 1, i + 1))]
    return tuple(sorted(set(found) | set(section) | set(short)))


def _parenthesised(block: str) -> bool:
    """All the block holds is in one pair of parentheses: `(关于开馆时间的通知)`, an original set after its translation."""
    block = block.strip(SPACES)
    return len(block) > 2 and block[0] in "(（" and block[-1] == PAIRS[block[0]] \
        and not any(c in "()（）" for c in block[1:-1])


def _says_the_same(chinese: set[str], japanese: set[str]) -> bool:
    shared = len(chinese & japanese)
    return shared >= PARALLEL_SHARED and shared >= PARALLEL_SHARE * min(len(chinese), len(japanese))


def _parallel_sections(text: str, blocks, kana: list[bool], chinese: list[bool]) -> list[tuple[int, int]]:
    """The Chinese blocks of each section of Chinese (consecutive blocks with no kana, at least ``SECTION_BLOCKS`` of
    them Chinese: several paragraphs of an original, a letter with its signature) that says the same as the section
    of Japanese right before or after it (consecutive blocks with kana): a page giving a whole text in both languages,
    one after the other (an ambassador's greeting in Chinese, then in Japanese), not lines left untranslated. Fewer
    Chinese blocks make a section too where a rule line (``RULE_LINE``) parts them from the Japanese section they say
    the same as: an exchange given in Japanese, then its original under a line of dashes."""
    from ...glossary.forms import simplified_form  # noqa: PLC0415

    runs: list[tuple[int, int, bool]] = []  # (first block, last block + 1, has kana)
    for i, k in enumerate(kana):
        if runs and runs[-1][2] == k:
            runs[-1] = (runs[-1][0], i + 1, k)
        else:
            runs.append((i, i + 1, k))

    def section_pairs(lo: int, hi: int) -> set[str]:
        return _kanji_pairs(simplified_form("\n".join(text[a:b] for a, b in blocks[lo:hi])))

    def ruled(i: int) -> bool:
        return RULE_LINE.fullmatch(text[blocks[i][0]:blocks[i][1]].strip(SPACES)) is not None

    found: list[tuple[int, int]] = []
    for r, (lo, hi, k) in enumerate(runs):
        if k:
            continue
        # fewer Chinese blocks make a section where a rule line parts them from the Japanese beside them (a press
        # conference's exchange in Japanese, a line of dashes, then its original: `AFP記者:…` above `------` above
        # `法新社记者:…`), compared with that Japanese alone
        sides = (r - 1, r + 1) if sum(chinese[lo:hi]) >= SECTION_BLOCKS else \
            tuple(n for n, edge in ((r - 1, lo), (r + 1, hi - 1)) if ruled(edge)) if any(chinese[lo:hi]) else ()
        mine = section_pairs(lo, hi) if sides else set()
        if any(0 <= n < len(runs) and _says_the_same(mine, section_pairs(runs[n][0], runs[n][1])) for n in sides):
            found += [blocks[i] for i in range(lo, hi) if chinese[i]]
    return found


READ_ALOUD_SHARE = 0.7  # of the characters of a line, and of the syllables of a line of pinyin, that pair up
READ_ALOUD_MIN = 2  # characters of a line, at least, that its pinyin reads
PINYIN_LETTERS = re.compile(f"[{PINYIN_LETTER_RANGE}]+")
TONE_MARKED = re.compile(f"[{ACCENT_RANGE}1-5]")  # a tone mark or a tone number (hǎo, hao3)


def reads_aloud(line: str, chinese: str, least: int = READ_ALOUD_MIN) -> bool:
    """``line`` is the pinyin of the Chinese line ``chinese``: Latin only, with tone marks or tone numbers, every
    word of it pinyin syllables (an erhua r allowed: diǎnr), which read most of the line's characters in order (a
    lesson's sentence and its reading, a speaker's name left unread); ``chinese`` has ``least`` characters or more."""
    if not line or any(is_japanese(c) for c in line) or TONE_MARKED.search(line) is None:
        return False
    syllables = _syllables(line)
    chars = [c for c in chinese if is_kanji(c)]
    if not syllables or len(chars) < least:
        return False
    paired = _paired(tuple(chars), tuple(syllables))
    return paired >= READ_ALOUD_SHARE * len(chars) and paired >= READ_ALOUD_SHARE * len(syllables)


def read_aloud_elsewhere(doc, start: int) -> bool:
    """True when the line holding ``start``, a line with no kana, is read by a line of pinyin elsewhere in the text (the
    pinyin of most of its characters, in order): a poem or a lesson's text quoted in the original, its reading given
    apart, line for line, under a label of its own (`[ピンイン]`). A sentence left untranslated has no reading."""
    line = line_around(doc.text, start, start)
    if KANA_CHAR.search(line) is not None:
        return False
    readings = doc.memo.get("garble.pinyin_lines")
    if readings is None:
        readings = doc.memo["garble.pinyin_lines"] = tuple(
            r for r in (raw.strip(SPACES) for raw in doc.text.splitlines())
            if TONE_MARKED.search(r) is not None and PINYIN_LETTERS.search(r) is not None
            and JAPANESE_CHAR.search(r) is None)
    return any(reads_aloud(r, line) for r in readings)


READING_GAP = "。？！?!，,、 \u3000"  # what may stand between a sentence in Chinese and its pinyin on the same line


def read_aloud_after(text: str, end: int) -> bool:
    """True when the Chinese that ends at ``end`` (read from its line's start) is followed on its line, after its end
    mark and spaces, by its reading in pinyin up to Japanese or an opening bracket: a lesson's sentence, its reading
    and its meaning on one line (`你叫什么名字？　Nǐ jiào shénme míngzi?　（お名前は何ですか。）`)."""
    k = end
    while k < len(text) and text[k] in READING_GAP:
        k += 1
    stop = k
    while stop < len(text) and text[stop] not in "\n（(" and not is_japanese(text[stop]):
        stop += 1
    return stop > k and reads_aloud(text[k:stop].strip(SPACES), text[text.rfind("\n", 0, end) + 1:end])


def read_aloud_beside(text: str, start: int, end: int) -> bool:
    """True when the line right above or right below the one holding text[start:end] opens with the run's reading in
    pinyin (``reads_aloud``: tone-marked syllables that read most of its characters in order), the whole line or up
    to a katakana reading: a lesson's phrase with its ruby set on a line of its own (`hǎo chī de cài` above `好吃的菜
    ハオチーダツァイ`, or below `好吃的菜 と書く。` as `hǎo chī de cài ハオチー…と読む`). A run left untranslated has no
    reading beside it, and a name's romanisation that opens a sentence of prose (`Yáng Zhènníng 氏は`, below a line
    that opens with the name in simplified characters) is a rendering used, not a reading given."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    beside = [line_around(text, lo - 1, lo - 1)] if lo > 0 else []
    if hi < len(text):
        beside.append(line_around(text, hi + 1, hi + 1))
    for line in beside:
        k = next((i for i, c in enumerate(line) if is_japanese(c)), len(line))
        if (k == len(line) or is_katakana(line[k])) and reads_aloud(line[:k].strip(SPACES), text[start:end]):
            return True
    return False


READ_IN_LINE_SHARE = 0.5  # of the characters of a run that the pinyin on its line reads, every syllable of it


def read_aloud_on_its_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands on a line with no kana whose Latin words are all pinyin, tone-marked, and
    every syllable of them reads a character of the run, in order, half its characters or more: a lesson's dialogue
    whose ruby was flattened into its line (`达达谢谢xiè xie 谢谢。`: a speaker's name, the phrase and its reading;
    `shì 老师lǎo shī ma? 你是老师吗?`: the words' readings, then the sentence). A sentence left untranslated has none."""
    line = line_around(text, start, end)
    latin = " ".join(PINYIN_LETTERS.findall(line))
    if not latin or KANA_CHAR.search(line) is not None or TONE_MARKED.search(latin) is None:
        return False
    syllables = _syllables(latin)
    chars = tuple(c for c in text[start:end] if is_kanji(c))
    return bool(syllables) and len(chars) >= READ_ALOUD_MIN and len(syllables) >= READ_IN_LINE_SHARE * len(chars) \
        and _paired(chars, tuple(syllables)) == len(syllables)


# a kanji and its pinyin in parentheses right after it (田(Tián), 老(lǎo)): a character glossed alone
CHARACTER_GLOSS = re.compile(f"[{KANJI_RANGE}][(（]([{PINYIN_LETTER_RANGE}]+)[)）]")
GLOSSED_CHARACTERS = 3  # characters of a line, at least, glossed one by one


def glossed_character_by_character(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands on a line with no kana whose kanji carry their pinyin one by one, each in
    parentheses right after it, tone-marked, half of them or more and ``GLOSSED_CHARACTERS`` at least (`张 老 师:田(Tián)
    中(zhōng),你(nǐ) 好(hǎo)!`: a lesson's dialogue read character by character, its speaker's name left unread): Chinese
    quoted to teach, its glosses on purpose. Ruby a translation carried over glosses a few characters of prose,
    whose line holds kana."""
    line = line_around(text, start, end)
    if KANA_CHAR.search(line) is not None:
        return False
    glossed = sum(TONE_MARKED.search(m.group(1)) is not None for m in CHARACTER_GLOSS.finditer(line))
    return glossed >= GLOSSED_CHARACTERS and 2 * glossed >= sum(map(is_kanji, line))


def toned_syllable(word: str) -> bool:
    """``word`` is one pinyin syllable with a tone mark (xiè, mā): a reduplicated word's syllable in a reading."""
    return TONE_MARKED.search(word) is not None and not any(c.isdigit() for c in word) \
        and PINYIN_LETTERS.fullmatch(word) is not None and len(_syllables(word) or ()) == 1


def spells_cell_after(text: str, end: int, words: list[str]) -> bool:
    """True when the pinyin ``words`` (tones or none) spell, syllable for syllable, the two or more kanji that follow
    ``end`` after a table's cell separators only: a row that gives a name in Latin letters and then in kanji (an
    image's English label `Yun Jin Icon` in the cell before `雲菫`)."""
    k = end
    while k < len(text) and text[k] in CELL_FILLER and text[k] != "\n":
        k += 1
    stop = k
    while stop < len(text) and is_kanji(text[stop]):
        stop += 1
    syllables = _syllables(" ".join(words))
    return k > end and stop - k >= READ_ALOUD_MIN and syllables is not None and len(syllables) == stop - k \
        and _paired(tuple(text[k:stop]), tuple(syllables)) == stop - k


def _syllables(line: str) -> list[str] | None:
    """The toneless syllables of a line of pinyin, or None when a word of it is no pinyin."""
    from ...phonetics.pinyin import strip_tones  # noqa: PLC0415
    from ...phonetics.syllables import segment  # noqa: PLC0415

    out: list[str] = []
    for word in PINYIN_LETTERS.findall(strip_tones(line.replace("\u0251", "a").replace("\u0261", "g"))):
        parts = segment(word)
        if parts is None and word[-1:] in "rR" and len(word) > 1 and segment(word[:-1]) is not None:
            parts = (*segment(word[:-1]), "er")  # diǎnr reads 点儿
        if parts is None:
            return None
        out.extend(parts)
    return out


def _paired(chars: tuple[str, ...], syllables: tuple[str, ...]) -> int:
    """How many characters, in order, the syllables read (the longest common subsequence under reading)."""
    from ...phonetics.pinyin import char_readings  # noqa: PLC0415

    row = [0] * (len(syllables) + 1)
    for ch in chars:
        readings = char_readings(ch)
        prev = 0
        for j, syl in enumerate(syllables, 1):
            cur = row[j]
            row[j] = prev + 1 if syl in readings else max(row[j], row[j - 1])
            prev = cur
    return row[-1]


# -- brackets -----------------------------------------------------------------
class OffsetPairs:
    """(open, close) offsets, kept in two flat arrays (16 bytes a pair; a tuple of two ints takes about 120)."""

    __slots__ = ("opens", "closes")

    def __init__(self) -> None:
        self.opens, self.closes = array("q"), array("q")

    def append(self, pair: tuple[int, int]) -> None:
        self.opens.append(pair[0])
        self.closes.append(pair[1])

    def __len__(self) -> int:
        return len(self.opens)

    def __iter__(self):
        return zip(self.opens, self.closes)


class Enclosing:
    """Pairs, asked whether one of them holds a span (opens before it, closes at or after its end) in log time: the
    furthest close of the pairs opened up to each point (a scan of every pair for each span grew with the square of
    a long file)."""

    __slots__ = ("opens", "reach")

    def __init__(self, pairs) -> None:
        ordered = sorted(pairs)
        self.opens = array("q", (o for o, _ in ordered))
        self.reach = array("q", itertools.accumulate((c for _, c in ordered), max))

    def holds(self, span: Span) -> bool:
        k = bisect.bisect_left(self.opens, span.start)  # the pairs opened before the span
        return k > 0 and self.reach[k - 1] >= span.end


class _Outermost:
    """Offset -> the outermost glossing pair that holds it (the longest; of equal ones, the first), as runs of offsets
    with one owner each: a dict from every offset inside glossing parentheses took about 100 bytes an offset."""

    __slots__ = ("starts", "owners", "pairs")

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        self.pairs = OffsetPairs()  # in order of preference: the owner of an offset is the first pair that holds it
        for pair in pairs:
            self.pairs.append(pair)
        self.starts, self.owners = array("q"), array("q")
        events = sorted([(o, 0, rank) for rank, (o, _) in enumerate(pairs)]
                        + [(c + 1, -1, rank) for rank, (_, c) in enumerate(pairs)])
        active: list[int] = []  # a heap of the ranks of the pairs open here (closed ones are dropped lazily)
        closed: set[int] = set()
        k = 0
        while k < len(events):
            at = events[k][0]
            while k < len(events) and events[k][0] == at:
                _, opening, rank = events[k]
                if opening == 0:
                    heapq.heappush(active, rank)
                else:
                    closed.add(rank)
                k += 1
            while active and active[0] in closed:
                heapq.heappop(active)
            owner = active[0] if active else -1
            if not self.owners or self.owners[-1] != owner:
                self.starts.append(at)
                self.owners.append(owner)

    def get(self, offset: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0 or self.owners[k] < 0:
            return None
        owner = self.owners[k]
        return self.pairs.opens[owner], self.pairs.closes[owner]


@dataclass
class Brackets:
    text: str
    pairs: OffsetPairs = field(default_factory=OffsetPairs)  # (open, close) offsets
    lone_closers: list[int] = field(default_factory=list)
    lone_openers: list[int] = field(default_factory=list)
    mismatched: dict[int, int] = field(default_factory=dict)  # lone closer -> the opener of another kind it ends
    _enclosing: dict = field(default_factory=dict, repr=False)

    def enclosing(self, name: str, keep) -> Enclosing:
        """The pairs (open, close) for which ``keep(open, close)`` holds, as an ``Enclosing`` (made once per ``name``)."""
        if name not in self._enclosing:
            self._enclosing[name] = Enclosing(p for p in self.pairs if keep(*p))
        return self._enclosing[name]

    def english_gloss_of_quote(self, span: Span) -> bool:
        """True when ``span`` lies in parentheses right after a quotation that hold no Japanese: the quoted title's
        English name (「青い海賞」（Prize of the Sea）) or the quoted name's romanisation (「星河祠」(Xing He Ci))."""
        text = self.text
        o = max(text.rfind("（", 0, span.start), text.rfind("(", 0, span.start))
        if o <= 0 or text[o - 1] not in "」』”":
            return False
        c = text.find("）" if text[o] == "（" else ")", span.end)
        return c >= 0 and not any(is_japanese(ch) or ch == "\n" for ch in text[o + 1:c])

    def inside_gloss(self, span: Span) -> bool:
        """True when ``span`` lies in parentheses that gloss the word before them: 鄧小平（邓小平）, 馬（Ma）.

        A parenthesised line of its own, such as a credit （编辑：…）, glosses nothing.
        """
        outer = self._outermost_gloss
        first = outer.get(span.start)
        return first is not None and outer.get(span.end - 1) == first and first[0] < span.start and span.end <= first[1]

    @functools.cached_property
    def _outermost_gloss(self) -> _Outermost:
        """Each offset inside glossing parentheses -> the outermost such pair (looked up in log time)."""
        return _Outermost(sorted((p for p in self.pairs if self._glosses(p[0])), key=lambda p: p[0] - p[1]))

    def _glosses(self, o: int) -> bool:
        """An opener right after a word, or after a dictionary's headword in 【】 on its line or the line above
        (`りん‐しきょう【林志強】` then `(Lin Zhiqiang)中国の実業家`: the entry's romanisation), or a half-width
        opener one half-width space after a word in kanji or kana (`星河宮 (せいがきゅう、星河宫、Xinghegong)`: the
        space Western typesetting sets before a bracket, as a converted encyclopedia page keeps it; after a Latin word,
        `…Costume (星河县民族博物馆)`, the space is English typesetting, and the bracket glosses no Japanese name)."""
        text = self.text
        if text[o:o + 1] == "(" and o > 1 and text[o - 1] == " " and is_japanese(text[o - 2]):
            return True
        return text[o] in PARENS and o > 0 and (is_word_char(text[o - 1]) or text[o - 1] == HEADWORD_CLOSE
                                                  or text[max(0, o - 2):o] == HEADWORD_CLOSE + "\n")


HEADWORD_CLOSE = "】"  # a dictionary entry's headword ends with it: りん‐しきょう【林志強】
PHRASE_END = ".。?？!！"  # the mark a phrase book's Chinese phrase ends with, before its reading (谢谢.(シエシエ))


def after_phrase(text: str, o: int) -> bool:
    """An opening parenthesis after kanji and the phrase's own end mark (`谢谢.(シエ シエ)`, `这个多少钱?(…)`): a phrase
    book's line, the Chinese phrase and then its reading."""
    return o >= 2 and text[o:o + 1] in PARENS and text[o - 1] in PHRASE_END and is_kanji(text[o - 2])
# a list's marker (1), b), 2.) at a line's start or after a space, a comma or a full stop, or a number and its
# parenthesis right after the colon or the ellipsis that introduces the list (持参するもの…1)旅券, 持ち物:1)写真)
LIST_MARKER = re.compile(rf"(?:^|(?<=[\s、。]))[{DIGIT_RANGE}{LATIN_ANY_WIDTH_RANGE}]{{1,2}}(?:[)）]|\.(?![0-9A-Za-z]))"
                         rf"|(?<=[:：…‥])[{DIGIT_RANGE}]{{1,2}}[)）]")
# a note's number right after a title or quotation (『支那游記』1)を中心に), or after a note mark (本調査注1)では,
# 前掲書※2)を参照): a reference to a footnote, as papers write it, not a bracket
NOTE_REFERENCE = re.compile(rf"(?<=[」』）)注註※])[{DIGIT_RANGE}]{{1,2}}[)）]")
# the same after a sentence's last word, before its full stop, a comma or a space (…とも言われる2)。, …のことである3)
# 次に, …の移民政策4)、): a paper's note reference where a superscript number was flattened into the line
SENTENCE_NOTE = re.compile(rf"(?<=[{HIRAGANA_RANGE}{KANJI_RANGE}])[{DIGIT_RANGE}]{{1,2}}[)）](?=[。、，．\s]|$)")
# a numbered step or item referred to by its number and the parenthesis that numbers it, before a particle (合わせた
# ところへ1)を入れて, 図2)に示す: a recipe's or a paper's step named as its list numbers it)
STEP_REFERENCE = re.compile(rf"(?<=[{HIRAGANA_RANGE}{KANJI_RANGE}])[{DIGIT_RANGE}]{{1,2}}[)）](?=[をにのでとがはへも])")
NUMBERED_STEP = re.compile(rf"^{SPACE}*([{DIGIT_RANGE}]{{1,2}})[.．)）]", re.M)  # a step's number opening its line (1.)
# the inch mark typed as a closing double quote right after a size in figures (6.67”AMOLED, 27” モニター), before a
# Latin letter, a katakana, 型, a space, a closing 」 or the line's end: a screen's size, not a quotation's end
INCH_MARK = re.compile(rf"(?<![{DIGIT_RANGE}.．])[{DIGIT_RANGE}]{{1,3}}(?:[.．][{DIGIT_RANGE}]{{1,2}})?”"
                       rf"(?=[{LATIN_ANY_WIDTH_RANGE}{KATAKANA_RANGE}型\s」]|$)")
# a list's number (①, 1., (1))
LIST_NUMBER = rf"[{CIRCLED_NUMBER_RANGE}{NEGATIVE_CIRCLED_NUMBER_RANGE}]|[{DIGIT_RANGE}]{{1,2}}[.．)）]|[(（][{DIGIT_RANGE}]{{1,2}}[)）]"
# a line's start up to a numbered heading's word (3．実習　実習は…: `3．`)
NUMBERED_START = re.compile(rf"(?:{LIST_NUMBER}){SPACE}*")
# a face typed with an opening parenthesis and no closing one ((^^; (^_^;; （；´Д｀）): not an aside left open
FACE_MARKS = "^＾;；´ωДд∀▽≧≦"  # what a face holds one of, at least, within its first three code points after the bracket
# what stands right before a face's closing parenthesis typed with no opening one (`~>゜)~`, a fish; `^^)`): no aside
FACE_CLOSE_MARKS = "゜^＾´`｀ωДд∀▽"
FACE = re.compile(rf"[(（](?=[^\s)）]{{0,2}}[{re.escape(FACE_MARKS)}])[\^＾;；´`｀ωДд∀▽≧≦゜°・_\-oOｏ0TＴ*＊]{{2,}}")
# laughter or a mood typed after an opening parenthesis and left open at the end of a line or before a space
# (くんねぇかな(w, 疲れた(笑: data/laughter_asides.txt): a face in words, not an aside left open
LAUGHTER_ASIDE = re.compile("[(（](?:" + alternation("laughter_asides.txt") + r")+(?=\s|$)")


MOTION_LINES = 3  # parentheses of one kind, at least, typed in a row that draw a face's motion lines (((((ノ゜Д゜)ノ)


def _motion_lines(para: str, i: int) -> bool:
    """The parenthesis at ``i`` stands in a run of ``MOTION_LINES`` or more of the same mark (`((((ノ゜Д゜)ノ`,
    `ヽ(゜∀゜)ノ)))`): lines drawn beside a face to show it running or shaking, not brackets; two in a row (`((注`) may
    still be a bracket doubled or left open."""
    ch = para[i]
    lo = hi = i
    while lo > 0 and para[lo - 1] == ch:
        lo -= 1
    while hi + 1 < len(para) and para[hi + 1] == ch:
        hi += 1
    return hi - lo + 1 >= MOTION_LINES


def _typed_face(para: str, i: int) -> bool:
    """The opening parenthesis at ``i`` begins a face (``FACE``, ``(^^;``) or laughter in words (``LAUGHTER_ASIDE``,
    ``(w``), typed with no closing mark, or draws a face's motion lines (``_motion_lines``): no aside left open."""
    return FACE.match(para, i) is not None or LAUGHTER_ASIDE.match(para, i) is not None \
        or (para[i] in "(（" and _motion_lines(para, i))


@functools.lru_cache(maxsize=1)
def _item_labels() -> frozenset[str]:
    return frozenset(word_list("item_labels.txt"))


LABEL_HEAD = 4  # kanji, at most, before an item's label that make one label of it (質問例, 回答例)


def opens_with_full_name(toks, whole: bool = False) -> bool:
    """``toks`` open with a person's full name as SudachiPy reads it: a family name (姓), then a given name (名); with
    ``whole``, every token after the family name is the given name's (a table's cell that holds only a name)."""
    given = toks[1:] if whole else toks[1:2]
    return len(toks) >= 2 and toks[0].is_person_name and toks[0].pos[3] == "姓" \
        and all(t.is_person_name and t.pos[3] == "名" for t in given)


def labels_item(head: str) -> bool:
    """``head``, what a line holds before a mark, is an item's label (data/item_labels.txt: ``例``, ``注``), alone or
    after a few kanji that make one label with it (``質問例``): a label, no sentence's end."""
    head = head.strip(SPACES + LIST_BULLET)
    return head in _item_labels() or any(
        head.endswith(label) and 0 < len(head) - len(label) <= LABEL_HEAD and all(map(is_kanji, head))
        for label in _item_labels())


def _is_ignorable_closer(para: str, i: int, steps: frozenset[str] = frozenset()) -> bool:
    """List markers such as ``1)`` or ``b)`` (also right after the colon or the ellipsis that introduces the list:
    ``…1)``), an item's label at its line's start (``例）``, ``注）``: data/item_labels.txt), a note's number after a
    title (``』1)``), a note mark (``注1)``) or a sentence's last word (``言われる2)。``), a step referred to by its
    number before a particle, one of the ``steps`` the text numbers at its lines' starts (``ところへ1)を入れて`` below a
    line ``1.``), the inch mark after a size in figures (``6.67”AMOLED``: ``INCH_MARK``), smileys such as ``:)``,
    ``^^)`` or ``~>゜)~`` and a face's motion lines (``ノ)))``: ``_motion_lines``) close nothing on purpose; a ``”`` or
    ``’`` after a colon is no smiley but a quotation a label introduces, typed with the closing mark at both ends
    (``参考:”星河”、”月”``), paired as such."""
    lo = max(0, i - 4)
    return any(m.end() == i + 1 for m in LIST_MARKER.finditer(para, lo, i + 1)) \
        or any(m.end() == i + 1 for m in NOTE_REFERENCE.finditer(para, lo, i + 1)) \
        or any(m.end() == i + 1 for m in SENTENCE_NOTE.finditer(para, lo, min(len(para), i + 2))) \
        or any(m.end() == i + 1 and m.group()[:-1] in steps
               for m in STEP_REFERENCE.finditer(para, lo, min(len(para), i + 2))) \
        or (para[i] == "”" and any(m.end() == i + 1 for m in INCH_MARK.finditer(para, max(0, i - 7), i + 2))) \
        or (i > 0 and para[i - 1] in ":;" + FACE_CLOSE_MARKS and para[i] not in SAME_MARK_QUOTES) \
        or _motion_lines(para, i) \
        or para[para.rfind("\n", 0, i) + 1:i].strip(SPACES + LIST_BULLET) in _item_labels()


def brackets(doc) -> Brackets:
    """Bracket pairs matched within each paragraph (computed once per document, kept in ``doc.memo``)."""
    if "garble.brackets" not in doc.memo:
        out = Brackets(doc.text)
        steps = frozenset(m.group(1) for m in NUMBERED_STEP.finditer(doc.text)) if ")" in doc.text or "）" in doc.text \
            else frozenset()
        for span, para in paragraphs(doc):
            stack: list[int] = []
            for m in BRACKET.finditer(para):  # the brackets only, found by the regex engine
                i, ch = m.start(), m.group()
                if ch in PAIRS:
                    stack.append(i)
                else:
                    depth = next((k for k in range(len(stack) - 1, -1, -1) if PAIRS[para[stack[k]]] == ch), None)
                    if depth is None:
                        if not _is_ignorable_closer(para, i, steps):
                            out.lone_closers.append(span.start + i)
                        continue
                    out.lone_openers.extend(span.start + j for j in stack[depth + 1:] if not _typed_face(para, j))
                    out.pairs.append((span.start + stack[depth], span.start + i))
                    face = FACE.match(para, stack[depth]) is not None
                    del stack[depth:]
                    if face and stack and PAIRS[para[stack[-1]]] == ch and para[i + 1:].lstrip(SPACES)[:1] in ("", "\n"):
                        # an aside that a face ends at its line's end: (寝てたし(^▽^;) closes both
                        out.pairs.append((span.start + stack.pop(), span.start + i))
            out.lone_openers.extend(span.start + j for j in stack if not _typed_face(para, j))
        out.lone_openers.sort()
        _pair_same_marks(out)
        _pair_mismatched(out, doc.paragraphs())
        _pair_across_paragraphs(out, doc.paragraphs())
        doc.memo["garble.brackets"] = out
    return doc.memo["garble.brackets"]


def _pair_same_marks(out: Brackets) -> None:
    """Two lone ” (or ’) on one line, close together, with no “ between them: a quotation written with the closing
    mark at both ends (`笑いあり涙あり”愛”が詰まった`), a common typing of quotes, not two lone marks; so are two such
    marks farther apart on their line where the first follows a clause's or a label's end and the second ends a
    sentence before と or って (`古い地理書には、”北へ…続いている。”とある`: a passage cited whole)."""
    text = out.text
    lone = [i for i in out.lone_closers if text[i] in SAME_MARK_QUOTES]
    k = 0
    while k + 1 < len(lone):
        i, j = lone[k], lone[k + 1]
        if text[i] == text[j] and 0 < j - i - 1 and "\n" not in text[i:j] \
                and (j - i - 1 <= SAME_MARK_REACH or _cited_passage(text, i, j)):
            out.lone_closers.remove(i)
            out.lone_closers.remove(j)
            out.pairs.append((i, j))
            k += 2
        else:
            k += 1


def _cited_passage(text: str, i: int, j: int) -> bool:
    """The marks at ``i`` and ``j`` (the same ” or ’, one line) hold a passage cited whole: the first after a clause's
    or a label's end or at its line's start, the second right after the passage's last sentence end and before the
    particle that quotes it (``SAME_MARK_ENDS``)."""
    return (i == 0 or text[i - 1] in SAME_MARK_OPENS + "\n") and SAME_MARK_ENDS.match(text, j - 1) is not None


def _pair_mismatched(out: Brackets, spans: SpanArray) -> None:
    """A lone closer after a lone opener of another kind in its paragraph, with no mark between them, ends that
    quotation with the wrong mark (「…） ): one error, reported at the closer; the opener is not lone."""
    openers = set(out.lone_openers)
    marks = sorted(openers | set(out.lone_closers))
    for prev, i in zip(marks, marks[1:]):
        if prev in openers and i not in openers and PAIRS[out.text[prev]] != out.text[i] and _one_paragraph(spans, prev, i):
            out.mismatched[i] = prev
            openers.discard(prev)
    out.lone_openers = [o for o in out.lone_openers if o in openers]


def _one_paragraph(spans: SpanArray, a: int, b: int) -> bool:
    """Offsets ``a`` <= ``b`` in one of the paragraphs ``spans`` (in order, apart), found by bisection."""
    k = bisect.bisect_right(spans.starts, a) - 1
    return k >= 0 and b < spans.ends[k]


def _pair_across_paragraphs(out: Brackets, spans: SpanArray) -> None:
    """A 「 or 『 left open in its paragraph and a lone 」 or 』 in one of the next QUOTE_REACH paragraphs are one
    quotation that runs over paragraphs (matched innermost first, as nested quotes are): not two lone marks."""
    starts = spans.starts

    def para(i: int) -> int:
        return bisect.bisect_right(starts, i) - 1

    text = out.text
    lone = sorted([(i, True) for i in out.lone_openers if text[i] in SPANNING_QUOTES]  # (offset, opens)
                  + [(i, False) for i in out.lone_closers if text[i] in (PAIRS[q] for q in SPANNING_QUOTES)])
    stack: list[int] = []
    paired = _pair_interleaved(out, lone, para)
    for i, opens in lone:
        if i in paired:
            continue
        if opens:
            stack.append(i)
            continue
        k = next((k for k in range(len(stack) - 1, -1, -1) if PAIRS[text[stack[k]]] == text[i]), None)
        if k is None:
            continue
        o = stack[k]
        del stack[k:]
        if 0 < para(i) - para(o) <= QUOTE_REACH or _double_spaced(text, spans, para(o), para(i), text[o] == WORK_QUOTE):
            paired.update((o, i))
            out.pairs.append((o, i))
    paired.update(_pair_broken_asides(out, spans, paired))
    if paired:  # let go of at the end: a list's remove() for each grew with the square of a long file
        out.lone_openers = [o for o in out.lone_openers if o not in paired]
        out.lone_closers = [c for c in out.lone_closers if c not in paired]


def _pair_interleaved(out: Brackets, lone: list[tuple[int, bool]], para) -> set[int]:
    """Two or more lone 「 (or 『) in a row, each in a paragraph of its own, then as many lone closers of theirs in a
    row: a quotation given line by line in several versions (the original, its reading, its translation: `「漢皆已得
    楚乎。` / `「漢皆已に楚を得たるか。` / `「漢はすでに…か。` / `是何楚人之多也。」` / …), each version closed in turn,
    the first opened with the first closed, each pair within QUOTE_REACH paragraphs. Paired so here; nested quotes
    use 『 inside 「, so a mark of one kind is not opened again before it closes."""
    text = out.text
    paired: set[int] = set()
    k = 0
    while k < len(lone):
        i, opens = lone[k]
        run = k
        while run < len(lone) and lone[run][1] and text[lone[run][0]] == text[i]:
            run += 1
        n = run - k
        closers = lone[run:run + n]
        if opens and n >= 2 and len(closers) == n and all(not o and text[c] == PAIRS[text[i]] for c, o in closers):
            pairs = list(zip((o for o, _ in lone[k:run]), (c for c, _ in closers)))
            if len({para(o) for o, _ in pairs}) == n and all(0 < para(c) - para(o) <= QUOTE_REACH for o, c in pairs):
                for o, c in pairs:
                    paired.update((o, c))
                    out.pairs.append((o, c))
                k = run + n
                continue
        k += 1
    return paired


def _double_spaced(text: str, spans: SpanArray, first: int, last: int, work: bool = False) -> bool:
    """Paragraphs ``first`` to ``last`` (at most DOUBLE_SPACED_REACH apart) are each one line of at most SHORT_LINE
    code points, and one of them before ``last`` ends on a comma (a sentence that goes on over the blank line): a
    double-spaced passage, over which a quotation runs line by line; or (at most VERSE_REACH apart) none of them
    before ``last`` ends a sentence or a clause: verse quoted one line a paragraph; or the quotation is a work's
    (``work``: 『』, a song or a poem quoted whole, whatever its lines end on and however the text's paragraphs group
    them) and each of its lines is short, VERSE_REACH lines at most (a song's lyrics, `『山の月は細く` /
    `川辺の娘が歌う。` / … `遠くへ届け』`). Paragraphs of long lines (news, one line a paragraph), or of short
    sentences each ended in a speech's 「」 (`市は「企業を支援した。` / `その後。` / … `良かった」`), keep
    QUOTE_REACH."""
    if not 0 < last - first <= VERSE_REACH:
        return False
    if work:  # a work's lines, however the text's paragraphs group them: each short, VERSE_REACH at most
        verse = [line for line in text[spans.starts[first]:spans.ends[last]].splitlines() if line.strip()]
        return len(verse) <= VERSE_REACH + 1 and all(len(line.strip()) <= SHORT_LINE for line in verse)
    lines = [text[spans.starts[k]:spans.ends[k]].strip() for k in range(first, last + 1)]
    if not all("\n" not in line and len(line) <= SHORT_LINE for line in lines):
        return False
    if last - first <= DOUBLE_SPACED_REACH and any(line.endswith(tuple(CLAUSE_COMMAS)) for line in lines[:-1]):
        return True
    return work or not any(line.endswith(tuple(SENTENCE_ENDS + CLAUSE_COMMAS)) for line in lines[:-1])


def _pair_broken_asides(out: Brackets, spans: SpanArray, taken: set[int]) -> set[int]:
    """A parenthesis left open at the end of a paragraph that is one line ending on no sentence mark, and the next
    lone mark a partner to it on the first line of the next paragraph (`(バスより…の方が` / blank line /
    `早くて…いいと思う)`): a blog that puts a blank line after every short line broke the aside over it, one
    aside, not two lone marks. A paragraph that ends a sentence, or holds more than a line, keeps its lone marks."""
    starts, ends = spans.starts, spans.ends
    text = out.text
    lone = sorted([i for i in out.lone_openers if text[i] in PARENS and i not in taken]
                  + [i for i in out.lone_closers if text[i] in PARENS.values() and i not in taken])
    paired: set[int] = set()
    for o, c in zip(lone, lone[1:]):
        if text[o] not in PARENS or PARENS[text[o]] != text[c] or o in paired:
            continue
        k = bisect.bisect_right(starts, o) - 1
        if k < 0 or k + 1 >= len(starts) or not starts[k + 1] <= c < ends[k + 1]:
            continue
        line = text[starts[k]:ends[k]].rstrip()
        if "\n" in line or line[-1:] in SENTENCE_ENDS or "\n" in text[starts[k + 1]:c]:
            continue
        paired.update((o, c))
        out.pairs.append((o, c))
    return paired


def spliced_pairs(doc) -> list[tuple[int, int]]:
    """(closer, opener) offsets where an unmatched closing mark runs straight into an unmatched opening one."""
    b = brackets(doc)
    openers = set(b.lone_openers)
    return [(c, c + 1) for c in b.lone_closers if c + 1 in openers]


# -- Latin runs ---------------------------------------------------------------
WORD = r"[A-Za-z0-9][A-Za-z0-9'’&.+\-]*"
LATIN_LETTER = re.compile("[A-Za-z]")  # a letter of WORD: a run without one is a number
LATIN_PHRASE = re.compile(rf"{WORD}(?: {WORD})*")  # Latin words and numbers joined by single spaces
TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def latin_runs(text: str, offset: int = 0):
    """(span, words) of each run of Latin words joined by single spaces; words are (span, surface)."""
    for m in LATIN_PHRASE.finditer(text):
        words, pos = [], m.start()
        for w in m.group().split(" "):
            bare = w.rstrip(".")  # a sentence-final full stop is not part of the word
            words.append((Span(offset + pos, offset + pos + len(bare)), bare))
            pos += len(w) + 1
        yield Span(offset + m.start(), offset + m.end()), words


def is_title_word(w: str) -> bool:
    return bool(TITLE_WORD.fullmatch(w))


def is_web_form(w: str) -> bool:
    """Domains and paths (example.com, TCP/IP) are fine in Japanese prose; URLs, e-mail addresses and file
    names are masked from every rule (``textqa.masks``)."""
    return bool(re.search(r"[A-Za-z0-9]\.[A-Za-z]", w)) or "/" in w


# -- tokens -------------------------------------------------------------------
def token_at(doc, span: Span):
    """The SudachiPy token that covers exactly ``span``, or None."""
    from ...tokens import tokens_in  # noqa: PLC0415

    return next((t for t in tokens_in(doc, span) if t.span == span), None)


def reads_in_mandarin(katakana: str, word: str, exact: bool = False) -> bool:
    """``katakana`` transliterates the usual Mandarin reading of ``word``, character by character (pypinyin's table as
    the name finders read it, coarse katakana keys compared: `シンホーホン` for 星河紅; no call into pypinyin, whose
    tone patterns are built in a different order in each process); near enough, or with ``exact`` the same key."""
    from ...phonetics.kana import name_keys  # noqa: PLC0415
    from ...phonetics.pinyin import primary_readings  # noqa: PLC0415
    from ..glossary._sound import kana_key, similar  # noqa: PLC0415

    syllables = [min(primary_readings(c), default="") for c in word]
    if not all(syllables):
        return False
    keys = name_keys(syllables)[1]
    return kana_key(katakana) in keys if exact else similar(kana_key(katakana), sorted(keys))


# how SudachiPy reads Latin letters one by one (an abbreviation such as He -> エイチイー)
LETTER_NAMES = {
    "A": ("エー", "エイ"), "B": ("ビー",), "C": ("シー",), "D": ("ディー", "デー"), "E": ("イー",),
    "F": ("エフ",), "G": ("ジー",), "H": ("エイチ", "エッチ"), "I": ("アイ",), "J": ("ジェー", "ジェイ"),
    "K": ("ケー", "ケイ"), "L": ("エル",), "M": ("エム",), "N": ("エヌ",), "O": ("オー",), "P": ("ピー",),
    "Q": ("キュー",), "R": ("アール",), "S": ("エス",), "T": ("ティー", "テー"), "U": ("ユー",),
    "V": ("ブイ", "ヴィー"), "W": ("ダブリュー", "ダブリュ"), "X": ("エックス",), "Y": ("ワイ",),
    "Z": ("ゼット", "ゼッド"),
}


def is_spelled_out(word: str, reading: str) -> bool:
    """A reading made of letter names (He -> エイチイー): SudachiPy read the word as an abbreviation."""
    if not word:
        return not reading
    return any(reading.startswith(name) and is_spelled_out(word[1:], reading[len(name):])
               for name in LETTER_NAMES.get(word[0].upper(), ()))


def english_word(doc, span: Span, word: str, *, common_only: bool = False, strict: bool = True) -> bool:
    """True when SudachiPy's dictionary has ``word`` as one Latin-script word, not spelled out letter by letter.

    ``strict`` also asks for a katakana reading (some dictionary words, such as romanised syllables,
    are read as themselves); ``common_only`` refuses proper nouns.
    """
    tok = token_at(doc, span)
    if tok is None or tok.oov or not tok.reading or is_spelled_out(word, tok.reading):
        return False
    if strict and not all(is_katakana(c) for c in tok.reading):
        return False
    return not (common_only and tok.is_proper_noun)


def glossary_surface(ctx, span: Span, *, whole: bool = False) -> bool:
    """True when ``span`` is a literal glossary form or overlaps a mention of a glossary entity.

    With ``whole``, the mention must cover the entire span (a name inside a longer phrase does not count).
    """
    if ctx.compiled is None:
        return False
    if ctx.doc.slice(span) in ctx.compiled.forms:
        return True
    near = ctx.mentions.overlapping(span)
    return any(m.span.contains(span) for m in near) if whole else bool(near)


# a kanji all a 「」 holds: a character the sentence cites (「亍」は「宁」の…, 「祿」「其」の用法)
QUOTED_KANJI = re.compile(f"「[{KANJI_RANGE}]」")
CITING_SENTENCE_BOUND = re.compile(f"[{SENTENCE_ENDS}\n]")  # where the sentence citing such characters ends
CITING_REACH = 200  # characters before the quotation searched for its sentence's start


@functools.lru_cache(maxsize=1)
def _character_word_after() -> re.Pattern[str]:
    """A word calling what the quotation before it holds a character of writing, right after its closer or after の,
    という or って (「宁」という字, 「國」の略字: data/character_words.txt)."""
    words = alternation("character_words.txt")
    return re.compile(f"(?:の|という|って)?(?:{words})")


CITED_WORD_REACH = 4  # characters, at most, of the word before a parenthesis that explains one of them


def _kanji_word_before(text: str, end: int) -> str:
    """The kanji that end right before ``end``, CITED_WORD_REACH at most (孔庙 of 孔庙(…)); "" when more run on."""
    i = end
    while i > 0 and end - i <= CITED_WORD_REACH and is_kanji(text[i - 1]):
        i -= 1
    return text[i:end] if end - i <= CITED_WORD_REACH else ""


def cited_character(text: str, start: int, end: int) -> bool:
    """text[start:end] is one kanji all a 「」 holds that the text cites as a character of writing, not a word left
    untranslated: a word calling it one follows (`「宁」という字`: data/character_words.txt), or another kanji quoted
    alone stands in its sentence (`「亍」は「宁」ではなく「于」の異体字`, `「祿」「其」「餘」の用法`: characters compared
    or listed); or one kanji that opens a parenthesis right after a word holding it, then は, the aside explaining
    that character of the word (`孔庙(庙は寺の意味…)`: the word's character glossed, not a word left)."""
    if end - start == 1 and start >= 2 and text[start - 1:start] in ("(", "（") and text[end:end + 1] == "は" \
            and text[start] in _kanji_word_before(text, start - 1):
        return True
    if end - start != 1 or text[start - 1:start] != "「" or text[end:end + 1] != "」":
        return False
    if _character_word_after().match(text, end + 1) is not None:
        return True
    reach = max(0, start - CITING_REACH)
    left = max((m.end() for m in CITING_SENTENCE_BOUND.finditer(text, reach, start)), default=reach)
    right = CITING_SENTENCE_BOUND.search(text, end)
    return len(QUOTED_KANJI.findall(text, left, right.start() if right else len(text))) >= 2
