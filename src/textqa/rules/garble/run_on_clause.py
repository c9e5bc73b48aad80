from __future__ import annotations

import functools
import re

from ...context import confidence
from ...mentions.context import link_headings
from ...findings import Severity, Span
from ...tokens import paragraph_tokens, tokenize
from ..base import Rule
from ...charclass import (CIRCLED_NUMBER_RANGE, COLONS, DIGIT_RANGE, GLIDE_KANA, HIRAGANA_RANGE, JAPANESE_RANGE, KANJI_RANGE, KATAKANA_RANGE, LIST_BULLET, PAIRS, SENTENCE_ENDS,
                          SPACE, SPACES, TITLE_CLOSE, is_hiragana)
from ...wordlists import word_list
from ._text import (CUT_MARKS, KEYWORD_LENGTH, KEYWORD_MARKS, PADDED_WORD, brackets, casual_register, classical_quotation, ends_clause, flattened_lines, heading_line, is_japanese,
                    kanbun_reading, line_around, lines_above, opens_with_full_name, quoted_keywords, spaced_phrases, spaced_style, stanza_line, verse_line)

SPACED = re.compile(rf"[{HIRAGANA_RANGE}]{SPACE}+[^\x00-\x7f\s]")  # a space after kana, before Japanese: a first sieve
# a term set apart by a space on each side, before its gloss in brackets or the sentence going on (…とされる 智永
# ( 真草千字文 ) の手を経て: a name the page printed as a link or in bold)
PADDED_BEFORE = re.compile(f"{PADDED_WORD}{SPACE}(?=[(（{JAPANESE_RANGE}])")


SPACED_GLOSS = 30  # code points between a gloss's opener and a reading in it


def _spaced_reading(ctx, words: str, span: Span) -> bool:
    """A reading in kana glossing the name before it, spaced like the name: 李 克強（り こっきょう、…）, also after
    a space (本名は郁星 (いく せい)) or after a title's closing quote, spaced word by word (『青い星河』(あおい せいが、…)):
    nothing but hiragana and spaces between the opener and the reading."""
    if not all(map(is_hiragana, words)):
        return False
    if brackets(ctx.doc).inside_gloss(span):
        return True
    text = ctx.doc.text
    lo = max(0, span.start - SPACED_GLOSS)
    o = max(text.rfind("(", lo, span.start), text.rfind("（", lo, span.start))
    return o > 1 and (text[o - 1] in TITLE_CLOSE or (text[o - 1] in SPACES and is_japanese(text[o - 2]))) \
        and all(is_hiragana(c) or c in SPACES for c in text[o + 1:span.start])


def _link_label(text: str, gap: int) -> bool:
    """The clause before the space at ``gap`` is a link's label standing alone (`… 続きを読む 星河祭に三万人`: a
    blog's list, whose label for an entry's full text runs on into that entry's title; data/link_headings.txt): at the
    line's start or after a mark or a space, not the end of a sentence of prose (`…を読む 星河祭`); or the end of a
    bulleted link's text, a list mark at the line's start or after a space and no sentence mark up to the label (`■星河
    辞典で「星川」の詳細全文を読む スポンサード`: a dictionary site's link to the full entry, then its page's chrome)."""
    label = next((w for w in link_headings() if text.endswith(w, 0, gap)), None)
    if label is None:
        return False
    before = text[:gap - len(label)].rstrip(SPACES)
    if not before or before[-1] == "\n" or not is_japanese(before[-1]):
        return True
    line = before[before.rfind("\n") + 1:]
    mark = max(line.rfind(c) for c in LIST_BULLET)
    return mark >= 0 and (mark == 0 or line[mark - 1] in SPACES) and not any(c in SENTENCE_ENDS for c in line[mark:])


@functools.lru_cache(maxsize=1)
def _field_labels() -> tuple[str, ...]:
    """Words that label a field of a list's entry (data/field_labels.txt: あらすじ, 内容)."""
    return tuple(sorted(word_list("field_labels.txt"), key=len, reverse=True))


def _field_label(text: str, after: int) -> bool:
    """The space that ends at ``after`` comes before a field's label standing alone, a space right after it too
    (`・星河、月に帰る あらすじ 星河は…`: an entry's title, then its synopsis under its label, the fields a list of
    chapters sets apart with spaces), or a colon (`第一声:高さを変えずに長く保つ 例:ā`: a lesson's table run into
    lines, a description's cell, then its example's under its label)."""
    label = next((w for w in _field_labels() if text.startswith(w, after)), None)
    space = text[after + len(label):after + len(label) + 1] if label is not None else ""
    return bool(space) and (space in SPACES or space in COLONS)


# a numbered heading's number at its start: (01), （3）, ②
HEADING_NUMBER = re.compile(f"(?:[(（][{DIGIT_RANGE}]{{1,3}}[)）]|[{CIRCLED_NUMBER_RANGE}])")
# a step's bare number spaced off at its line's start: 2　(a handout's numbered steps)
STEP_NUMBER = re.compile(f"[{DIGIT_RANGE}]{{1,3}}{SPACE}+")


def _numbered_heading(text: str, gap: int) -> bool:
    """The clause before the space at ``gap`` is a numbered heading run in with its text: it begins at its line's
    start or after a space with a number in brackets or a circled one (`…ポイント (01)三国、晋一国となる 孔明の歿後…`: a
    post's numbered sections, their headings and paragraphs joined on one line), or right after a bare number and a
    space that open its line (`2　周囲溝を掘る　田の周りに…`: a handout's numbered step, its heading and text on one
    line), and holds no sentence end."""
    lo = text.rfind("\n", 0, gap) + 1
    start = max(lo, *(text.rfind(c, lo, gap) + 1 for c in SPACES))
    step = STEP_NUMBER.match(text, lo)
    return (HEADING_NUMBER.match(text, start) is not None or step is not None and step.end() == start) \
        and not any(c in SENTENCE_ENDS for c in text[start:gap])


def _headline(text: str, at: int) -> bool:
    """True on a headline: a line with no `。` that is the text's first line or begins with a bracketed label
    (`【市況】…反発　欧州…`), or a list's headline above its article's lead, which holds a sentence and ends cut short
    by the page (`星河の工場で火災 消防車が出動` / `星河新聞 23日夜、…。当局によると...`). Headlines set their parts apart
    with a space."""
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[lo:len(text) if hi < 0 else hi]
    return "。" not in line and (LEADING_SPACE.match(text).end() >= lo  # the first line (not text[:lo].strip())
                                 or line.lstrip().startswith(("【", "■", "◆", "［", "["))
                                 or (hi >= 0 and _cut_lead(line_around(text, hi + 1, hi + 1))))


def _cut_lead(line: str) -> bool:
    """An article's lead in a list of articles: a line that holds a sentence's end and ends cut short (`...`, `…`)."""
    return line.rstrip(SPACES).endswith(CUT_MARKS) and "。" in line


# who reacts, right before the words quoted (中国人「…」, ネット民「…」): a short name of kanji or katakana and a 「
SPEAKER_LABEL = 8  # code points of the name of who reacts, at most
SPEAKER_QUOTE = re.compile(rf"[{KANJI_RANGE}{KATAKANA_RANGE}ー・]{{1,{SPEAKER_LABEL}}}「")


def _reaction_headline(text: str, at: int, after: int) -> bool:
    """The space at ``at`` sets a headline's news apart from the reaction it quotes, as a site that translates
    readers' comments titles its entries (`星河町で祭りが開かれる 中国人「うらやましい」「行ってみたい」`): a speaker
    named in a few kanji or katakana, then a 「, right after the space (which ends at ``after``), and no sentence end
    on the line before it."""
    lo = text.rfind("\n", 0, at) + 1
    return SPEAKER_QUOTE.match(text, after) is not None and not any(c in SENTENCE_ENDS for c in text[lo:at])


LEADING_SPACE = re.compile(r"\s*")  # str.strip()'s whitespace
REFERENCE_ENTRIES = 20  # lines of a list of cited works, at most, between its heading and an entry


def _reference_entry(text: str, at: int) -> bool:
    """The space at ``at`` is on a line of a list of cited works: a line with no sentence end, under a heading of such a
    list (data/reference_headings.txt: `参考資料`, `【参考文献】`) with only such lines between (`- 漢詩を読む 星野一郎
    星河社`): an entry's title, author and publisher, parted by spaces as bibliographies part them."""
    headings = word_list("reference_headings.txt")
    for line in lines_above(text, at, REFERENCE_ENTRIES + 1):
        if not line.strip(SPACES) or any(c in SENTENCE_ENDS for c in line):
            return False
        if heading_line(line, headings):
            return True
    return False


def _spaced_subtitle(ctx, toks, k: int) -> bool:
    """The space of a quoted title that sets its subtitle apart (「星河を歩く 記者たちの湖畔の旅」の2日目): inside a
    「」 or 『』 that closes on the same line, after which the title runs on to its closer with no `。` and no word that
    conjugates, a noun phrase that names (a second clause would end in a predicate before the closer)."""
    text, start = ctx.doc.text, toks[k].span.start
    o = max(text.rfind("「", 0, start), text.rfind("『", 0, start))
    if o < 0 or "\n" in text[o:start]:
        return False
    c = text.find(PAIRS[text[o]], start)
    if c < 0 or any(ch in "\n。" or ch in PAIRS for ch in text[start:c]):
        return False
    return not any(_conjugates(t) for t in toks[k:] if t.span.start < c)


HAIKU_MORAE = range(14, 21)  # morae of a haiku (five, seven and five), with the excess or shortfall poets allow
VERSE_OPENERS = SPACES + "】」』)）"  # what sets a quoted poem apart before it: a space or a label's closer (【鑑賞】)


def _names_verse(doc) -> bool:
    """The text talks about short verse: it writes a word of data/verse_words.txt (俳句, 季語, 句集)."""
    if "garble.names_verse" not in doc.memo:
        doc.memo["garble.names_verse"] = any(word in doc.text for word in word_list("verse_words.txt"))
    return doc.memo["garble.names_verse"]


def _quoted_haiku(ctx, toks, k: int) -> bool:
    """The clause that ends before the space ``toks[k]`` is a haiku quoted in a text about verse (`【鑑賞】
    稲妻のする時雲の形哉 明治時代の俳人・…の作品`): Japanese only, set apart before it by a space or a label's
    closer (not begun at the line's start or after a sentence's end and a space, as a clause of prose is), and read in
    HAIKU_MORAE morae. Such pages set a poem apart from its commentary with a space; a translation's seam joins two
    sentences of prose."""
    if not _names_verse(ctx.doc):
        return False
    text, gap = ctx.doc.text, toks[k].span.start
    start = gap
    while start > 0 and is_japanese(text[start - 1]):
        start -= 1
    before = text[:start].rstrip(SPACES)  # a space after a sentence's end begins a sentence of prose
    if start == 0 or text[start - 1] not in VERSE_OPENERS or not before \
            or not (is_japanese(before[-1]) or before[-1] in VERSE_OPENERS):
        return False
    reading = "".join(t.reading for t in toks[:k] if t.span.start >= start)
    return sum(c not in GLIDE_KANA for c in reading) in HAIKU_MORAE


TAGLINE_PHRASES = 3  # phrases, at least, of a catchphrase that opens its line
PHRASE = re.compile(rf"[^{SPACES}\n]+")


def _tagline(text: str, at: int) -> bool:
    """The space at ``at`` parts two phrases of a catchphrase that opens its line, the page's lines of it run into
    the text after it (`気高く 生きてゆきます あなたとともに 星河の国を舞台に、…`: a programme's or a book's tagline,
    one short phrase a line on the page): the line opens with three phrases or more of up to ten code points, parted by
    spaces, none holding a mark, and the space lies between two of them. A translation's lost full stop parts two
    clauses of ordinary length, not a run of short phrases from a line's start."""
    lo = text.rfind("\n", 0, at) + 1
    phrases = []
    for m in PHRASE.finditer(text, lo):
        if len(m.group()) > KEYWORD_LENGTH or any(c in KEYWORD_MARKS for c in m.group()):  # as a keyword's item
            break
        phrases.append(m)
    return len(phrases) >= TAGLINE_PHRASES and phrases[0].start() < at < phrases[-1].start() \
        and not text[lo:phrases[0].start()].strip(SPACES)


NAME_CELL_LONGEST = 8  # code points of a person's full name that a space sets apart at a line's end


def _name_cell(text: str, after: int) -> bool:
    """All that follows the space to the line's end is a person's full name, a family name and a given name
    (`…翡翠宮で暮らす 星野花子`: a table's row run into one line, a part's description, then the actor's cell): a credit,
    not a sentence going on after a lost full stop."""
    hi = text.find("\n", after)
    rest = text[after:len(text) if hi < 0 else hi].strip(SPACES)
    if not rest or len(rest) > NAME_CELL_LONGEST:
        return False
    return opens_with_full_name(tokenize(rest), whole=True)


def _conjugates(tok) -> bool:
    """A verb, adjective or auxiliary (a word that can end a clause)."""
    return tok.pos[0] in ("動詞", "形容詞", "助動詞", "形状詞") or len(tok.pos) > 5 and tok.pos[4] != "*"


PLAIN_PREDICATE = ("動詞", "形容詞", "助動詞")  # what a predicate in the plain form that modifies a noun is made of
POLITE_OR_COPULA = ("だ", "です", "ます")  # ends of a main clause only: a clause that modifies a noun never ends so
PREDICATE_TOKENS = 3  # tokens, at most, of the predicate between の and the space


def _subject_in_no(toks, i: int) -> bool:
    """The predicate before the space at ``toks[i]`` has its subject marked with の (`交流のない 年配の人と`, `彼の言う
    話`): Japanese marks a subject so only in a clause that modifies a noun (a main clause's takes が or は), so the
    clause goes on into the noun after the space, and no sentence ends there."""
    k = i - 1
    while k > 0 and i - k <= PREDICATE_TOKENS and toks[k].pos[0] in PLAIN_PREDICATE \
            and toks[k].surface not in POLITE_OR_COPULA:
        k -= 1
    return k < i - 1 and k > 0 and toks[k].surface == "の" and tuple(toks[k].pos[:2]) == ("助詞", "格助詞") \
        and toks[k - 1].pos[0] in ("名詞", "代名詞")


def _particle_after(tok) -> bool:
    """The word after the space is a case particle (`…ホテルへ向かう という順`, `向かう と言われた`): no sentence opens with one,
    so the clause before the space goes on into it (a quotation's と, a writer's space before it)."""
    return tuple(tok.pos[:2]) == ("助詞", "格助詞")


class RunOnClause(Rule):
    """
    ## What it does
    Reports two Japanese clauses joined by a space with no punctuation. That is a predicate in its
    sentence-final form, a space, then more Japanese text (`完成している 大阪の…`).
    Only prose paragraphs (those with a `。`) are read, not their headlines (a first or labelled line with no `。`, or
    one with no `。` above a line that holds a sentence and ends cut short, `...` or `…`: a list's headline above its
    article's lead, `…火災が起きる 消防車が…` / `星河新聞 23日夜、…。当局によると...`):
    headings and titles may use spaces. Nor is a classical reading: a line that lays out verse, setting its phrases
    apart with full-width spaces twice or more and more often than it ends a sentence (a poem's 書き下し:
    `白雲　山に生じ、清風　竹を払ふ。…知らず　日の暮るるを。`), or a stanza: four short lines or more in a row
    that each end a clause with `、` or `。`, two of them with `、` (a poem's reading laid out one clause a line,
    `江村に 火を見る 客は眠らず。`), or a paragraph with three function words of a reading of classical
    Chinese (`data/kanbun_markers.txt`: 曰く, 其の, 以て), or a `「」` with no `。` that holds one of them (`「他山の石以て
    錯と為すべし 他山の石以て玉を攻むべし」`: a classical reading quoted, its lines parted); their spaces are pauses. A reading in
    hiragana inside a gloss, spaced like the name it glosses (`李 克強（り こっきょう、…）`) or word by word after a
    work's title (`『青い星河』(あおい せいが、…)`), is not a clause, and
    a text whose writer puts a space before most `、` and `。` spaces its clauses by habit too, as does one that sets
    phrases apart with spaces throughout (six times or more, and twice as often as it ends a sentence: `以前行った ベトナムとか`),
    and one that follows its `、` and `。` with a space, three times or more and one mark in three (a page whose short
    lines were joined with spaces: `…言い伝えがあります。 日本にも…`, so that `売り歩いた 温かく辛い麺` is a line's end).
    Nor is the space after a link's label standing alone, at a line's start or after a mark or a space
    (`… 続きを読む 星河祭に三万人`: a blog's list, whose label for an entry's full text runs on into the entry's title;
    data/link_headings.txt), or ending a bulleted link's text (`■星河辞典で「星川」の詳細全文を読む 広告`: a list mark at
    the line's start or after a space, no sentence mark up to the label). Nor is the space of a quoted title that sets its subtitle apart (`「星河を歩く 記者たちの湖畔の旅」の2日目`): inside a
    `「」` or `『』`, with no `。` and no word that conjugates between the space and the closer (a second clause would
    end in a predicate). Nor is a haiku quoted in a text that talks about verse (a word of `data/verse_words.txt`:
    俳句, 季語): a clause of Japanese only, set apart before it by a space or a label's closer and read in 14 to 20
    morae (`【鑑賞】 稲妻のする時雲の形哉 明治時代の俳人…`), its commentary after the space. Nor is a word of a shop's listing name made of keywords,
    quoted (all a `「」` or `『』` holds: five short items or more parted by spaces and no sentence mark, `「星河 レディース 花柄
    涼しい 軽い 薄手」という名前`). Nor is the space that sets a headline's news apart from the reaction it quotes,
    a speaker named in up to eight kanji or katakana and a `「` right after it, no sentence end before it on its line
    (`星河町で祭りが開かれる 中国人「うらやましい」`: a site that translates readers' comments titles its entries so). Nor is an entry of a list of cited works, a line with no sentence end under a heading of `data/reference_headings.txt` with only such lines
    between (`参考資料` / `- 漢詩を読む 星野一郎 星河社`: a title, its author and its publisher). Nor are the spaces of a
    catchphrase that opens its line, three phrases or more of up to ten code points each with no mark, its lines on the
    page run into the text after it (`気高く 生きてゆきます あなたとともに 星河の国を舞台に、…`: a programme's tagline). Nor is the
    space before a field's label that a space or a colon follows (`・星河、月に帰る あらすじ 星河は…`: a list of chapters,
    each title then its synopsis under its label; `…長く保つ 例:ā`, a lesson's example under its label;
    data/field_labels.txt), nor the space that ends a numbered heading, its
    number in brackets or circled at its line's start or after a space and no sentence end in it (`(01)星河、月に帰る
    星河の没後…`: a post's sections run in on one line), nor the space before a term of kanji or katakana that a space
    follows too, before a bracket or the sentence going on (`…の孫とされる 星河 ( 千字文 ) の手を経て`: a name the page
    printed as a link or in bold, set apart on both sides), nor the space before a person's full name that ends its
    line (`…翡翠宮で暮らす 星野花子`: a table's row run into a line, the actor's cell after the part's description), nor the
    space after a predicate whose subject `の` marks (`交流のない 年配の人と`: only a clause that modifies the noun after
    it marks its subject so, a main clause with `が` or `は`), nor the space before a case particle (`…ホテルへ向かう という
    順`: no sentence opens with one; the clause goes on into a quotation's `と`). In a text written in a
    casual register (a blog's `(笑)`, `!!`, faces, emoji) the finding is `info`: such writers part sentences with a
    space, or with an emoji image that a copy of the page drops (`…休みました ドライバーの夫は…`).

    ## Why is this bad
    The translation lost the full stop or comma between two sentences of the source; the reader
    cannot tell where one statement ends.

    ## Example
    `新しい工場はすでに完成している 大阪の拠点は来年閉鎖される。`

    ## Use instead
    `新しい工場はすでに完成している。大阪の拠点は来年閉鎖される。`
    """

    code = "GRB010"
    name = "run-on-clause"
    severity = Severity.WARNING
    reads = ("text", "tokens")
    per_paragraph = True

    def check(self, ctx):
        if spaced_style(ctx.doc) or spaced_phrases(ctx.doc) or flattened_lines(ctx.doc):
            return  # a writer who spaces words throughout, by habit, or a layout's lines joined with spaces
        for para, para_text in ctx.paragraphs():
            if SPACED.search(para_text):  # only paragraphs with a space between Japanese words
                yield from self._check_tokens(ctx, paragraph_tokens(ctx.doc, para))

    def _check_tokens(self, ctx, toks):
        text = ctx.doc.text
        for i in range(1, len(toks) - 1):
            gap, left, right = toks[i], toks[i - 1], toks[i + 1]
            if gap.surface.strip() or gap.surface.count("\n") or not ends_clause(left):
                continue
            if left.span.end != gap.span.start or gap.span.end != right.span.start:
                continue
            paragraph = ctx.doc.slice(ctx.doc.paragraph_of(gap.span.start))
            if not is_japanese(right.surface[0]) or "。" not in paragraph:
                continue
            if _headline(text, gap.span.start) or _reaction_headline(text, gap.span.start, gap.span.end) \
                    or verse_line(text, gap.span.start) or kanbun_reading(paragraph) \
                    or stanza_line(ctx.doc, gap.span.start) or _link_label(text, gap.span.start) \
                    or _reference_entry(text, gap.span.start) or _tagline(text, gap.span.start) \
                    or _field_label(text, gap.span.end) or _numbered_heading(text, gap.span.start) \
                    or classical_quotation(text, gap.span.start) or _name_cell(text, gap.span.end):
                continue  # a headline's parts, the pauses of verse or of a classical reading, a link's label, a
                # cited work's entry, a catchphrase's phrases, or an entry's title before a field's label
            span = Span(left.span.start, right.span.end)
            if _spaced_reading(ctx, left.surface + right.surface, span) or _spaced_subtitle(ctx, toks, i + 1) \
                    or _quoted_haiku(ctx, toks, i) or quoted_keywords(text, span.start, span.end) \
                    or PADDED_BEFORE.match(text, gap.span.end) is not None or _subject_in_no(toks, i) \
                    or _particle_after(right):
                continue  # ... or a clause whose subject の marks, which modifies the noun after the space, or
                # one that goes on into the case particle after the space
            joined = text[left.span.start:left.span.end] + "。" + text[right.span.start:right.span.end]
            # a blog's or a post's writer parts sentences with a space (or an emoji the copy dropped): a style there
            yield ctx.finding(self, span, f"two clauses joined by a space without punctuation: "
                                          f"'{text[span.start:span.end]}'; write '{joined}' (or join the clauses "
                                          "with '、')",
                              confidence=confidence(self, "casual-register") if casual_register(ctx.doc) else 1.0)
