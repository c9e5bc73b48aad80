from __future__ import annotations

import functools
import re

from ...charclass import (DIGIT_RANGE, HIRAGANA_RANGE, KANJI_RANGE, KATAKANA_NON_INITIAL, KATAKANA_RANGE, PAIRS, SENTENCE_ENDS, SPACE,
                          SPACES)
from ...findings import Severity, Span
from ...glossary.model import EntityType
from ...tokens import tokenize
from ...wordlists import word_list
from ..base import Rule
from ._text import (CLAUSE_COMMAS, NUMBERED_START, PHRASE_END, after_phrase, brackets, line_around, line_bounds, opens_with_full_name, paragraphs,
                    places_of, quoted_keywords, reads_in_mandarin)

KATA = f"[{KATAKANA_RANGE}]"
LIST_ITEMS = 3  # a line of at least this many space-separated items and no sentence punctuation is a list
SENTENCE_MARKS = SENTENCE_ENDS + "、"
SPLIT = re.compile(rf"(?<![{KATAKANA_RANGE}・=＝]){KATA}{{2,}}(?:{SPACE}{KATA}{{2,}})+(?!{KATA})")
# a katakana word with one letter split off by a space (ボーイン グ, パ ン): a split only when the text writes the word
# whole elsewhere (ボーイング), the letter begins no word, or the dictionary knows the whole as one common noun (ボトル);
# a word of two letters only when the second begins no word (パ ン)
SPLIT_LETTER = re.compile(rf"(?<![{KATAKANA_RANGE}・=＝])(?:{KATA}{{2,}} {KATA}|{KATA} {KATA}{{2,}}"
                          rf"|{KATA} [{KATAKANA_NON_INITIAL}])(?![{KATAKANA_RANGE}])")
LONE_LETTER = re.compile(rf"(?<![{KATAKANA_RANGE}]){KATA}(?![{KATAKANA_RANGE}])")  # a katakana letter standing alone
MAY_SPLIT = re.compile(rf"{KATA}{SPACE}{KATA}")  # what SPLIT and SPLIT_LETTER both hold: a fast first test


WORD_LETTERS = 3  # an ordinary word of at least this many letters, so that two short words never join into one
# a full name in kanji in prose, a half-width space between surname and given name (28分に星野 雄太のゴール), as a
# league's or a paper's house style sets every player's name
SPACED_FULL_NAME = re.compile(rf"(?:^|(?<=[{HIRAGANA_RANGE}、。（(「]))[{KANJI_RANGE}]{{1,3}} [{KANJI_RANGE}]{{1,3}}"
                              rf"(?=[のがはとをにで、。）)」])", re.M)
SPACED_NAMES = 3  # distinct full names so spaced that make the text's style


@functools.lru_cache(maxsize=4096)
def _ordinary_word(word: str) -> bool:
    """SudachiPy reads the word, alone, as one common noun it knows (ボトル, グループ): not a name, not a guess."""
    toks = tokenize(word)
    return len(word) >= WORD_LETTERS and len(toks) == 1 and toks[0].is_common_noun


def _word_cut(parts: list[str]) -> str | None:
    """The ordinary word (``_ordinary_word``) that a space splitting one letter off cuts in two, where the letters
    before it begin with another common noun the dictionary knows (ワインボト ル: ワイン, then ボトル cut before its last
    letter): a compound's second word split, which the dictionary does not know whole (ワインボトル)."""
    first, second = parts
    for cut in range(1, len(first)):
        head, tail = first[:cut], first[cut:] + second
        toks = tokenize(head)
        if len(tail) > len(second) and len(toks) == 1 and toks[0].is_common_noun and _ordinary_word(tail):
            return tail
    return None


def _spaced_name_style(doc) -> bool:
    """The text writes full names in kanji with a space between surname and given name, three different ones at least
    (`星野 雄太`, `川辺 朝陽`, `森田 健吾`): a house style, which spaces a foreign name's parts too. Once a document."""
    if "garble.spaced_name_style" not in doc.memo:
        names = {m.group() for m in SPACED_FULL_NAME.finditer(doc.text)} if " " in doc.text else set()
        doc.memo["garble.spaced_name_style"] = len(names) >= SPACED_NAMES
    return doc.memo["garble.spaced_name_style"]


KEYWORD_USES = 3  # times, at least, that a text writes a brand and a word parted by a space for it to be its keyword


def _brand_keyword(doc, words: str) -> bool:
    """A brand's name in katakana, a space and an ordinary word (`ルモラ カメラ`), the brand given in the text as
    the reading of its Latin name (`Lumora(ルモラ)`, `Lumora(ルモラ、…)`), the two written so ``KEYWORD_USES``
    times or more: a blog's search keyword, written as typed wherever it stands, not one word split. A name split
    (`ジョン スミス`) has no ordinary word, and a compound split (`スマート シティ`) is no brand the text reads."""
    parts = words.split()
    if len(parts) != 2 or _ordinary_word(parts[0]) or not _ordinary_word(parts[1]) \
            or doc.text.count(words) < KEYWORD_USES:
        return False
    return re.search(rf"[A-Za-z][A-Za-z0-9]*[(（]{re.escape(parts[0])}[)）、,，]", doc.text) is not None


def _name_in_spaced_style(doc, words: str) -> bool:
    """Two katakana words, neither an ordinary word (`マルコ ベルナルド`), in a text that spaces every full name
    (``_spaced_name_style``): a person's name set in the house style, not a compound split (`スマート シティ`)."""
    parts = words.split()
    return len(parts) == 2 and not any(_ordinary_word(p) for p in parts) and _spaced_name_style(doc)


def _spaced_letters(text: str, m: re.Match) -> bool:
    """A letter standing alone next to the match (ア イ ウエ, ボ ト ル): letters listed, or spaced for emphasis or
    layout, not a word split."""
    before, after = m.start() - 2, m.end() + 1
    return (before >= 0 and text[before + 1] in SPACES and LONE_LETTER.match(text, before) is not None) \
        or (after < len(text) and text[m.end()] in SPACES and LONE_LETTER.match(text, after) is not None)


def _set_apart(ctx, marks, readings, para, m: re.Match) -> bool:
    """A reading in brackets, after a phrase, or a line of listed words: spaced on purpose."""
    span = Span(para.start + m.start(), para.start + m.end())
    return marks.inside_gloss(span) or readings.holds(span) or _word_list_line(ctx.doc.text, span)


def _word_list_line(text: str, span: Span) -> bool:
    """A line of words separated by spaces with no sentence punctuation: a breadcrumb trail, tags or keywords
    (ホーム カテゴリー エッセイ), not a sentence."""
    line = line_around(text, span.start, span.end)
    return not any(c in SENTENCE_MARKS for c in line) and len(line.split()) >= LIST_ITEMS


SPACED_LATIN = re.compile(rf"[A-Za-z0-9]{SPACE}|{SPACE}[A-Za-z0-9]")


@functools.lru_cache(maxsize=1)
def _spaced_function_word() -> re.Pattern:
    """An English function word in katakana between two spaces (` オブ `): data/katakana_function_words.txt."""
    words = "|".join(map(re.escape, word_list("katakana_function_words.txt")))
    return re.compile(rf"{SPACE}(?:{words}){SPACE}")


def _spaced_title(doc, span: Span) -> bool:
    """A quoted title whose words are spaced as its owner styles it, with a spaced Latin word or number
    (「2030 FIFAワールドカップ スペイン大会」) or an English function word in katakana between spaces (「星の伝説 ブレス
    オブ ザ ワイルド」: an English title transliterated word by word), or all a 『』 holds, or all a 「」 holds right after a
    noun of a work (`ソフト「星河クエスト ハジマリノモリ」`: data/work_nouns.txt): the official name, not a seam of a
    translation."""
    text = doc.text

    def styled(o: int, c: int) -> bool:
        return text[o] in "「『" and (SPACED_LATIN.search(text, o + 1, c) is not None
                                     or _spaced_function_word().search(text, o + 1, c) is not None)
    if text[span.start - 1:span.start] == "『" and text[span.end:span.end + 1] == "』":
        return True  # all a 『』 holds: a work's title as it was published (『クラウド アトラス』)
    if text[span.start - 1:span.start] == "「" and text[span.end:span.end + 1] == "」" \
            and text.endswith(word_list("work_nouns.txt"), 0, span.start - 1):
        return True  # all a 「」 holds after a noun of a work (ソフト「星河クエスト ハジマリノモリ」): its title
    return brackets(doc).enclosing("spaced-title", styled).holds(span)


def _product_spec(text: str, span: Span) -> bool:
    """The words after the space are the spec a shop appends to a quoted product's name, a katakana word and a
    suffix of data/spec_suffixes.txt that closes the quotation (「ゴミ袋止めクリップ フック付き」): the name as the shop
    styles it. A translation's seam splits a word or a name (「スマート シティ」), with no spec after it."""
    o = max(text.rfind("「", 0, span.start), text.rfind("『", 0, span.start))
    if o < 0 or "\n" in text[o:span.start]:
        return False
    return any(text.startswith(suffix + PAIRS[text[o]], span.end) for suffix in word_list("spec_suffixes.txt"))


def _heading_space(text: str, span: Span) -> bool:
    """Only full-width spaces part the words, in a line with no sentence end (陽澄湖サイクリングコース　ルートガイド,
    a title, a heading, a label and its value): Japanese typography setting two phrases apart. A translation's seam
    is the half-width space of the language it came from (ジョン スミス), and a sentence is no place for either."""
    return " " not in text[span.start:span.end] \
        and not any(c in SENTENCE_ENDS for c in line_around(text, span.start, span.end))


def _numbered_label(text: str, span: Span) -> bool:
    """The first part is a numbered item's label, right after the item's number at its line's start, and a full-width
    space parts it from the item's text (`2．コース　ナイトツアーのコースは…`, as notices and syllabuses set an item's
    heading): two phrases set apart, not one word split. A translation's seam is a half-width space, or splits a word
    in running text, not after a list's number."""
    lo = text.rfind("\n", 0, span.start) + 1
    number = NUMBERED_START.match(text, lo)
    first = text[span.start:span.end].split(maxsplit=1)[0]
    return number is not None and number.end() == span.start and number.end() > lo \
        and text[span.start + len(first)] == SPACES[1]


def _label_of_words(text: str, span: Span) -> bool:
    """The split words are all their line holds, close it after a space (a page whose lines were run into one, its
    last label after a link's text: `…の全文を読む スポンサード リンク`) or open it before one (its breadcrumb run into
    the headline after it: `ホーム ニュース 星河》…`), and each is an ordinary word of three letters or more (a page's
    label, `ニュース トピックス`): words set apart as a label sets them, not one word split. A name's parts
    (ジョン スミス) or a word cut in two (ウルム チ) are no pair of common nouns, and words after a comma go on its
    sentence."""
    parts = text[span.start:span.end].split()
    line = line_around(text, span.start, span.end).strip(SPACES)
    words = text[span.start:span.end]
    closes = line.endswith(SPACES[0] + words) or line.endswith(SPACES[1] + words)
    opens = line.startswith((words + SPACES[0], words + SPACES[1]))
    return (line == words or opens or closes and not line[:-len(words)].rstrip(SPACES).endswith(tuple(CLAUSE_COMMAS))) \
        and all(_ordinary_word(p) for p in parts)


def _epithet_before_name(text: str, span: Span) -> bool:
    """An ordinary word set apart by a space before a name written with ・ (中国トップスター シャオ・ジャン, a headline's
    epithet and the name it describes): the last part begins that name, and joining them with ・ would make the
    epithet part of it."""
    parts = text[span.start:span.end].split()
    return text[span.end:span.end + 1] == "・" and len(parts) == 2 and _ordinary_word(parts[0]) \
        and re.match(KATA, text[span.end + 1:span.end + 2]) is not None


def _headline_subject(text: str, span: Span) -> bool:
    """A headline's subject set apart by a space, as news headlines set it for は or が (`共栄タンカー シンガポールに子会社
    設立`, `星河ホールディングス ウエハー投資を増額`): the line has no sentence end, the space ends the line's first word,
    the headline goes on after the words split, and the text names that first word alone elsewhere (`共栄タンカー(本社:
    …)`), so it is a name of its own, not the first half of one word."""
    lo, hi = line_bounds(text, span.start, span.end)
    first = text[lo:hi].lstrip(SPACES)
    subject = first.split(maxsplit=1)[0] if first else ""
    start = hi - len(text[lo:hi].lstrip(SPACES))
    if any(c in SENTENCE_ENDS for c in text[lo:hi]) or start + len(subject) not in range(span.start, span.end) \
            or span.end >= hi or text[span.end] in SPACES:
        return False
    return any(not (at < len(text) and (re.match(KATA, text[at]) or text[at] in SPACES + "・\n"))
               for at in (i + len(subject) for i in places_of(text, subject) if not lo <= i < hi))


def _quantity_before_noun(text: str, span: Span) -> bool:
    """The first part is a unit that counts after the number right before it (`1/2インチ イメージセンサー`,
    `6.1インチ ディスプレイ`: a counter the dictionary knows, `助数詞可能`): a quantity set apart from the noun it
    measures, as spec sheets and product names write it, not one word split; unless the unit and the next part join
    into one word (`10キロ メートル`: キロメートル)."""
    parts = text[span.start:span.end].split()
    if span.start == 0 or not text[span.start - 1].isdigit() or len(parts) < 2 or _ordinary_word(parts[0] + parts[1]):
        return False
    toks = tokenize(parts[0])
    return len(toks) == 1 and toks[0].is_counter


def _organisation_and_unit(text: str, span: Span) -> bool:
    """Two parts, the second heading the name of a unit that a word of data/unit_words.txt ends right after it
    (`ファーウェイ コンシューマー事業部門CEO`), the first a name the text writes alone elsewhere, before neither katakana
    nor a space nor ・ (`ファーウェイは`): the organisation and its unit, set apart as captions and bylines write them,
    not one word split. A seam splits one word (`デジタル マーケティング部門` where the text never writes `デジタル`
    alone)."""
    parts = text[span.start:span.end].split()
    if len(parts) != 2 or not text.startswith(word_list("unit_words.txt"), span.end):
        return False
    return any(at >= len(text) or not (re.match(KATA, text[at]) or text[at] in SPACES + "・\n")
               for at in (i + len(parts[0]) for i in places_of(text, parts[0])
                          if (i == 0 or not re.match(KATA, text[i - 1])) and i != span.start))


NAME_AFTER = 8  # code points after the split words read for the full name a title is written before


def _title_before_name(text: str, span: Span) -> bool:
    """The last part is an ordinary word (a post: `パートナー`, `マネージャー`) written right before a person's full name
    in kanji, a family name and a given name (`…監査法人星河 パートナー山田太郎君`, an affiliation, then the post and
    the person holding it): the space parts the organisation from the post, as records and credits write them, not
    one word split. A seam splits a word of a sentence (`デジタル マーケティングの会社`), with no name after it."""
    parts = text[span.start:span.end].split()
    if len(parts) < 2 or not _ordinary_word(parts[-1]):
        return False
    return opens_with_full_name(tokenize(text[span.end:span.end + NAME_AFTER]))


# a label in kanji and katakana, maybe with hiragana before its last word (旅の口コミと比較サイト), a space, and a name in
# katakana, all the line holds (囲碁ゲームサロン パンダネット), or
# a word in katakana and the copula or the ending that makes it the line's predicate (星河ドラマ ロマンスです)
LABEL_AND_NAME = re.compile(rf"{SPACE}*[{KANJI_RANGE}{HIRAGANA_RANGE}{KATAKANA_RANGE}]*[{KANJI_RANGE}]{KATA}+{SPACE}{KATA}+"
                            rf"[{HIRAGANA_RANGE}]*{SPACE}*")


def _label_before_name(text: str, span: Span) -> bool:
    """A line that is only a label of kanji and katakana (hiragana may come before its last word, a compound whose
    katakana follows a kanji: `旅の口コミと比較サイト`), a space and a name in katakana (a site's banner, `囲碁ゲーム
    サロン パンダネット`, a page's title): what the site is, then what it is called; or, with no sentence end, a label and a katakana
    word that the line's copula makes its predicate (`星河ドラマ ロマンスです`, a blog's line of notes: what the work is).
    A seam splits one word (`スマート フォン`), with no kanji word that the first part ends."""
    lo, hi = line_bounds(text, span.start, span.end)
    return LABEL_AND_NAME.fullmatch(text, lo, hi) is not None \
        and not _ordinary_word(re.sub(SPACE, "", text[span.start:span.end]))  # 星河スマート フォン: one word split


DATA_SHEET_ROWS = 3  # rows of a label, a space and a value, in one block of lines, that make it a data sheet
SHEET_ROW = re.compile(rf"{SPACE}*([^{SPACES}]+){SPACE}+(\S)")  # a row's label, and the first character of its value


def _data_sheet_row(text: str, span: Span) -> bool:
    """The space is the one between a row's label and its value (`ジャンル アクションRPG`, `メディアタイプ フィルム`)
    in a data sheet: a block of lines with no sentence end (a row may list its values with 、, not the row split),
    three or more of them such rows, one at least with
    a value that is no katakana (`製作年 1993`, `監督 星河`): an infobox or a film's credits that lost their cells.
    Where the block holds a sentence, the rows right above and below the row, up to the first line that is none, make
    the sheet (``_run_of_rows``: a review database's rows with the review under them and no blank line between)."""
    lo = text.rfind("\n", 0, span.start) + 1
    row = SHEET_ROW.match(text, lo)
    if row is None or not span.start < row.end(1) < span.end:
        return False
    if any(c in SENTENCE_MARKS for c in line_around(text, lo, lo)):
        return False  # (another row may list its values with 、: `対応言語 テキスト:簡体中国語、英語`)
    block = _block_of_lines(text, lo, span.end)
    if any(c in SENTENCE_ENDS for c in block):
        block = _run_of_rows(text, lo)  # the sheet's rows run straight into prose, with no blank line between
    rows = [m for m in map(SHEET_ROW.match, block.split("\n")) if m is not None]
    return len(rows) >= DATA_SHEET_ROWS and any(not re.match(KATA, m.group(2)) for m in rows)


def _sheet_line(line: str) -> bool:
    """A line that is a data sheet's row: a label, a space and a value, no sentence end (`点数 8点`)."""
    return SHEET_ROW.match(line) is not None and not any(c in SENTENCE_ENDS for c in line)


def _run_of_rows(text: str, lo: int) -> str:
    """The lines next to the line at ``lo``, with it, each of them a data sheet's row (``_sheet_line``), up to the
    first line that is none (a review's prose right under a database's rows, `タイトル名 星河`, `レビュワー 星野さん`,
    `点数 8点`, with no blank line between): the sheet, cut from the prose it runs into. Only those lines are read,
    not the whole text."""
    first, last = line_bounds(text, lo, lo)
    if not _sheet_line(text[first:last]):
        return ""
    while first > 0:
        above = text.rfind("\n", 0, first - 1) + 1
        if not _sheet_line(text[above:first - 1]):
            break
        first = above
    while last < len(text):
        below = text.find("\n", last + 1)
        below = len(text) if below < 0 else below
        if not _sheet_line(text[last + 1:below]):
            break
        last = below
    return text[first:last]


QUOTED_PHRASE = re.compile("「([^「」\n]{1,40})」")  # what a 「」 holds, on one line


def _search_keywords(text: str) -> set[str]:
    """What a 「」 holds right before words saying it is typed into a search (`「キャンプ テント」で検索すると`,
    `「…」を探している人`: data/search_verbs.txt): a keyword, written as typed, its words parted by spaces."""
    verbs = word_list("search_verbs.txt")
    return {m.group(1) for m in QUOTED_PHRASE.finditer(text) if text.startswith(verbs, m.end())}


NAME_PART = re.compile(f"[{KANJI_RANGE}]{{1,4}}")  # a family or a given name in kanji (鄭, 躍軍)


def _reading_of_name_beside(text: str, span: Span) -> bool:
    """The split words are all their line holds, and the nearest line above or below with anything on it is a name in
    kanji parted into as many names by spaces (`ホシ カワオ` above `星 河男`: a form's or a roster's furigana row, which
    parts a reading as the name is parted). A seam splits words of a sentence, with no such name beside them."""
    lo, hi = line_bounds(text, span.start, span.end)
    if text[lo:hi].strip(SPACES) != text[span.start:span.end]:
        return False
    parts = len(text[span.start:span.end].split())
    for step in (-1, 1):
        at = lo - 1 if step < 0 else hi + 1
        while 0 <= at < len(text):
            a, b = line_bounds(text, at, at)
            line = text[a:b].strip(SPACES)
            if line:
                names = line.split()
                if len(names) == parts and all(NAME_PART.fullmatch(n) for n in names):
                    return True
                break
            at = a - 1 if step < 0 else b + 1
    return False


# a chronicle's row: a year (`87年`, `1996年`) and a space open the line (a profile's or a history's record of events)
YEAR_ROW = re.compile(rf"{SPACE}*[{DIGIT_RANGE}]{{2,4}}年{SPACE}")
CHRONICLE_ROWS = 2  # rows that open with a year and a space, in one block of lines, that make it a chronicle


def _block_of_lines(text: str, lo: int, hi: int) -> str:
    """The block of lines (between blank lines) that holds ``text[lo:hi]``."""
    blank = text.rfind("\n\n", 0, lo)
    block_end = text.find("\n\n", hi)
    return text[blank + 2 if blank >= 0 else 0:len(text) if block_end < 0 else block_end]


def _chronicle_row(text: str, span: Span) -> bool:
    """The line is a row of a chronicle, its items parted by spaces (`91年 星河省 省チーム ジュニア部に。` among `90年 …`,
    `92年 …`): it opens with a year and a space, holds three items or more, and its block of lines holds another row
    that opens so. The space parts the row's items, as a profile's record of events parts them; a seam splits one
    word inside a sentence (`2019年、ジョン スミスが来日した。`)."""
    lo, hi = line_bounds(text, span.start, span.end)
    if YEAR_ROW.match(text, lo, hi) is None or len(text[lo:hi].split()) < LIST_ITEMS:
        return False
    block = _block_of_lines(text, lo, hi)
    return sum(YEAR_ROW.match(line) is not None for line in block.split("\n")) >= CHRONICLE_ROWS


# a run of kanji and the space after it, up to where a split begins (星河紅 before シンホーホン ミナ)
KANJI_BEFORE = re.compile(rf"([{KANJI_RANGE}]{{2,}}){SPACE}$")
READ_BEFORE_REACH = 21  # code points before the split read for the kanji word and its space


def _mimetic_words(split: str) -> bool:
    """Each part of ``split`` is a mimetic word of its own, two letters written twice (`ハラハラ ドキドキ`, `ワクワク
    ドキドキ`: a writer's pair of onomatopoeia, set apart as two words; `・` would join them into no name), not one
    word split. A part that is no such doubling (`ドキドキ ランド`) still draws."""
    parts = re.split(SPACE, split)
    return len(parts) >= 2 and all(len(p) == 4 and p[:2] == p[2:] and p[0] not in KATAKANA_NON_INITIAL
                                   for p in parts)


def _reading_of_word_before(text: str, span: Span) -> bool:
    """Two parts, the first the Mandarin reading in katakana of the kanji word right before it and a space (`星河紅
    シンホーホン ミナさん`, a Chinese film's title, its reading set after it, then a reviewer's handle): the first
    part glosses the word before it (the last two kanji or more of the run before the space, read to the same coarse
    key), and the space after it parts that gloss from what follows, not one word split. A seam splits a name or a
    word (`ジョン スミス`, `星河 マーリン ミナ`, where the first part reads no word before it)."""
    parts = text[span.start:span.end].split()
    word = KANJI_BEFORE.search(text, max(0, span.start - READ_BEFORE_REACH), span.start)
    if len(parts) != 2 or word is None:
        return False
    run = word.group(1)  # the word may end a longer run of kanji (映画星河紅): read its last two kanji or more
    return any(reads_in_mandarin(parts[0], run[k:], exact=True) for k in range(len(run) - 1))


PART = re.compile(f"{KATA}+")
SPELLING_WORDS = ("カタカナ", "カナ", "片仮名")  # with the words of reading talk: what a spelled-out reading follows
SPELLING_REACH = 40  # code points before the quote, within its sentence, in which such a word is looked for


@functools.lru_cache(maxsize=1)
def _spelling_talk() -> re.Pattern:
    from ...wordlists import word_list, words_pattern  # noqa: PLC0415

    return words_pattern((*word_list("reading_talk.txt"), *SPELLING_WORDS))


# the closing quote of a pronunciation and the verb that says it is read or pronounced so (「シン ホー」と読ませる)
READ_SO_AFTER = re.compile("」と(?:読[まみむめも]|発音)")


def _spelled_reading(text: str, span: Span) -> bool:
    """All a 「」 holds, after words about readings or katakana in its sentence (無理にカタカナで書くと「チャー シウ
    バーウ」, 発音は「ホン コン」), or before と and a verb of reading it so (`「星河」を「シン ホー」と読ませる`):
    a pronunciation spelled out syllable by syllable, spaced on purpose."""
    if text[span.start - 1:span.start] != "「" or text[span.end:span.end + 1] != "」":
        return False
    if READ_SO_AFTER.match(text, span.end) is not None:
        return True
    lo = max(span.start - 1 - SPELLING_REACH, 0)
    before = text[lo:span.start - 1]
    sentence = before[max(before.rfind(c) for c in (*SENTENCE_ENDS, "\n")) + 1:]
    return _spelling_talk().search(sentence) is not None


# a parenthesis's content: a phrase with no kana (kanji, and the Latin letters and marks of its writing: 食咗D飯?),
# a space, and katakana words parted by spaces up to its close
ORIGINAL_AND_READING = re.compile(rf"[{KANJI_RANGE}A-Za-z?？!！]*[{KANJI_RANGE}][{KANJI_RANGE}A-Za-z?？!！]*"
                                  rf"{SPACE}+({KATA}+(?:{SPACE}+{KATA}+)*){SPACE}*")


def _original_and_reading(text: str, span: Span) -> bool:
    """The split words close a parenthesis opened right after a phrase's end mark (`ご飯は食べましたか?(…)`: a quoted
    utterance in Japanese), which holds the utterance's original, a phrase with no kana, a space and the original's
    reading in katakana, word by word (`(食咗飯未呀 セッチョ ファンメイ ア)`): a phrase book's reading, spaced as the
    phrase's words are, not one word split."""
    o = max(text.rfind("(", 0, span.start), text.rfind("（", 0, span.start))
    if o < 1 or text[o - 1] not in PHRASE_END:
        return False
    c = text.find(PAIRS[text[o]], span.end)
    m = ORIGINAL_AND_READING.fullmatch(text, o + 1, c) if c > 0 else None
    return m is not None and m.start(1) <= span.start and span.end <= m.end(1)


def _place(ctx, span: Span) -> bool:
    """A place's name: a glossary place's form, or read by SudachiPy as place names only (モンゴル, ニューヨーク)."""
    surface = ctx.doc.slice(span)
    if ctx.compiled is not None and any(ctx.compiled.entry(zh).type == EntityType.PLACE
                                        for zh, _ in ctx.compiled.forms.get(surface, ())):
        return True
    return _place_word(surface)


@functools.lru_cache(maxsize=4096)
def _place_word(word: str) -> bool:
    """SudachiPy reads the word, alone, as place names only (モンゴル, ニューヨーク)."""
    toks = tokenize(word)
    return bool(toks) and all(t.is_place_name for t in toks)


def _places(ctx, span: Span) -> bool:
    """Words that are each a place's name (モンゴル　バヤンノール, アメリカ ニューヨーク): a region and a place in it,
    as a caption or an address gives them, not one word split."""
    text = ctx.doc.slice(span)
    return all(_place(ctx, Span(span.start + m.start(), span.start + m.end())) for m in PART.finditer(text))


class SplitKatakana(Rule):
    """
    ## What it does
    Reports katakana words separated by a space (`スマート シティ`, `ジョン スミス`).
    The finding covers the words on both sides of the space.
    Readings in parentheses, which often separate surname and given name with a space
    (`鄧小平（ドン シャオピン）`), are fine, also after a phrase book's Chinese phrase and its own end mark
    (`谢谢.(シエ シエ)`), and so is a line of three or more space-separated words with no
    sentence punctuation (a breadcrumb trail or a list of tags: `ホーム カテゴリー エッセイ`), and a quoted title
    spaced as its owner styles it, with a spaced Latin word or number (`「2030 FIFAワールドカップ スペイン大会」`) or
    an English function word in katakana between spaces (`「ブレス オブ ザ ワイルド」`), all a `『』` holds (a work's
    title as published, `『クラウド アトラス』`) or all a `「」` holds right after a noun of a work (`ソフト「星河クエスト
    ハジマリノモリ」`: data/work_nouns.txt), an ordinary word set apart before a name written with `・`
    (`中国トップスター シャオ・ジャン`: an epithet, which `・` would make part of the name),
    and words that are each a place's name (`アメリカ　ニューヨーク`: a region and a place in it, as captions and
    addresses give them; a place is a glossary place's form or a word the dictionary knows as a place), a row's
    label and its value in a data sheet (`ジャンル アクションRPG` among `製作年 1993`, `監督 星河`: three or more such
    rows in a block of lines with no sentence end, or in a run of such rows right above or below prose with no blank
    line between, one with a value that is no katakana), and a
    pronunciation spelled out, all a 「」 holds after words about readings or katakana in its sentence
    (`カタカナで書くと「チャー シウ バーウ」`) or before と and a verb of reading (`「シン ホー」と読ませる`), and
    words parted only by full-width spaces in a line with no sentence
    end (`サイクリングコース　ルートガイド`: a title, a heading or a label, set apart as Japanese typography does; the
    seam a translation leaves is the half-width space), ordinary words of three letters or more that are all their
    line holds or close it after a space (a page's label, `ニュース トピックス`, also where the page's lines were run
    into one, `…全文を読む スポンサード リンク`) or open it before one (a breadcrumb run into the headline after it,
    `ホーム ニュース 星河》…`; not a name's parts, `ジョン スミス`, nor words after a comma), a headline's subject set apart
    for は or が (`星河タンカー シンガポールに子会社設立`: a line with no sentence end whose first word the space ends, the
    headline going on after the split words, and that word named alone elsewhere in the text, `星河タンカー(本社:…)`), a
    line that is only a label of kanji and katakana, maybe with hiragana before its last word, whose katakana follows
    a kanji, and a name in katakana (a banner, `囲碁ゲームサロン ホシネット`, a title line, `旅の口コミと比較サイト
    ホシトラベル`), or
    those and the copula that makes the katakana word the line's predicate (`星河ドラマ ロマンスです`, a blog's note;
    not where the two parts join into one common noun, `星河スマート フォン`), and a quoted product's name with its spec after the space,
    a katakana word and a suffix of `data/spec_suffixes.txt` that closes the quotation (`「ゴミ袋止めクリップ
    フック付き」`: the name as a shop styles it), and a search keyword, what a `「」` holds before words saying it is
    typed into a search (`「キャンプ テント」で検索すると`, `「…」を探している人`, `「ミナ カワ」の検索結果`:
    data/search_verbs.txt), wherever the
    text writes it (a review page repeats its keyword as typed), and a word of a shop's listing name made of keywords,
    all a `「」` or `『』` holds on its line being five short items or more parted by spaces and no sentence mark
    (`「星河 レディース 花柄 コットン ポケット 涼しい 軽い」という名前`), and a name's reading on a line of its own above or
    below the name in kanji parted the same way (`ホシ カワオ` / `星 河男`: a form's furigana row), and a row of a
    chronicle, a line opening with a year and a space that holds three space-parted items or more, in a block with
    another row opening so (`91年 星河省 省チーム ジュニア部に。` among `90年 …`: a profile's record of events), and a
    unit that counts after the number before it, set apart from the noun it measures (`1/2インチ イメージセンサー`: a
    spec's quantity; not `10キロ メートル`, one word split), and an organisation and the post written before a
    person's full name in kanji (`監査法人星河 パートナー山田太郎君`: who holds the post, as a record writes it), and an
    organisation's name and the name of its unit, a word of `data/unit_words.txt` right after the second part, where the
    text writes the first part alone elsewhere (`ホシテック コンシューマー事業部門` beside `ホシテックは`: a caption's
    organisation and unit; not `デジタル マーケティング部門`, one word split), and a
    numbered item's label right after its number, a full-width space before the item's text (`2．コース　ナイトツアーの
    コースは…`: a notice's or a syllabus's heading), and a foreign name of two words, neither an ordinary word, in a text
    that writes three full names in kanji or more with a half-width space between surname and given name (`星野 雄太`,
    `川辺 朝陽`, `森田 健吾`, then `マルコ ベルナルド`: a league's house style, which spaces every player's name), and a
    brand's name in katakana, a space and an ordinary word, written so three times or more in a text that gives the
    brand as the reading of its Latin name (`Lumora(ルモラ)`, then `ルモラ カメラ` thrice: a blog's search keyword,
    written as typed wherever it stands; once or twice, or two names, `ジョン スミス`, still warn), and the reading of
    a quoted utterance's original, word by word, after the original in parentheses opened right after the
    utterance's end mark (`「ご飯は食べましたか?(食咗飯未呀 セッチョ ファンメイ ア)」`: a phrase book's line), and
    the Mandarin reading of the kanji word right before it and a space, then one more word (`星河紅 シンホーホン
    ミナさん`: a title, its reading, then a reviewer's name; not `星河 マーリン ミナ`, which reads no word), and mimetic
    words, each two letters written twice (`ハラハラ ドキドキ`: two words a writer pairs, not one split; not `ドキドキ
    ランド`).
    So does one letter split off a word the text writes whole, or split off before a letter that begins no word
    (`ドロー ン`, `パ ン`: ン, ッ, ー and the small kana), or split off a word of three or more letters that the dictionary
    knows, joined, as one common noun (`ボト ル`, `グ ループ`: not a name, which a space may part), or one letter split
    off the end of a compound's second word that the dictionary knows, after a first word it knows (`ワインボト ル`:
    ワイン, ボトル), unless a letter
    stands alone next to it (`ア イ ウエ`: letters listed, or spaced for emphasis or layout), it is a reading in
    brackets, or the line is a list of words.
    The suggested fix puts `・` between the words; where a part after the space begins with a letter no word begins
    with (`ー`, `ッ`, `ン` or a small kana: `ドロ ーン`), the space cut one word and the fix joins it (`ドローン`).

    ## Why is this bad
    Japanese does not separate words with spaces: a compound is written as one word and the parts
    of a foreign name are joined with `・`. The space is a machine-translation habit carried over
    from English.

    ## Example
    `その後、ジョン スミスはデジタル マーケティングの会社に入社しました。`

    ## Use instead
    `その後、ジョン・スミスはデジタルマーケティングの会社に入社しました。`
    """

    code = "GRB009"
    name = "split-katakana"
    severity = Severity.WARNING
    reads = ("text", "glossary")

    def check(self, ctx):
        marks = brackets(ctx.doc)
        readings = marks.enclosing("phrase-reading", lambda o, c: after_phrase(ctx.doc.text, o))
        keywords = _search_keywords(ctx.doc.text) if "「" in ctx.doc.text else set()
        for para, text in paragraphs(ctx.doc):
            if not MAY_SPLIT.search(text):
                continue
            for m in SPLIT.finditer(text):
                span = Span(para.start + m.start(), para.start + m.end())
                if marks.inside_gloss(span) or readings.holds(span) or _word_list_line(ctx.doc.text, span) \
                        or _spaced_title(ctx.doc, span) or _places(ctx, span) or _spelled_reading(ctx.doc.text, span) \
                        or _data_sheet_row(ctx.doc.text, span) or _epithet_before_name(ctx.doc.text, span) \
                        or _heading_space(ctx.doc.text, span) or _product_spec(ctx.doc.text, span) \
                        or _label_of_words(ctx.doc.text, span) or _headline_subject(ctx.doc.text, span) \
                        or _label_before_name(ctx.doc.text, span) or any(m.group() in k for k in keywords) \
                        or _reading_of_name_beside(ctx.doc.text, span) \
                        or _chronicle_row(ctx.doc.text, span) or _quantity_before_noun(ctx.doc.text, span) \
                        or _title_before_name(ctx.doc.text, span) or _numbered_label(ctx.doc.text, span) \
                        or _organisation_and_unit(ctx.doc.text, span) \
                        or quoted_keywords(ctx.doc.text, span.start, span.end) \
                        or _name_in_spaced_style(ctx.doc, m.group()) or _brand_keyword(ctx.doc, m.group()) \
                        or _original_and_reading(ctx.doc.text, span) or _reading_of_word_before(ctx.doc.text, span) \
                        or _mimetic_words(m.group()):
                    continue  # ... or a search keyword, written as typed wherever the text uses it, or one of a
                    # listing's name made of keywords, quoted
                parts = re.split(SPACE, m.group())
                if any(p[0] in KATAKANA_NON_INITIAL for p in parts[1:]):  # ドロ ーン: a part no word begins with,
                    whole = "".join(parts)  # split inside one word, which only joining mends
                    yield ctx.finding(self, span, f"katakana split by a space: '{m.group()}'; join the parts "
                                                  f"({whole})", suggestion=whole)
                    continue
                joined = "・".join(parts)
                yield ctx.finding(self, span, f"katakana split by a space: '{m.group()}'; "
                                              f"join the parts or use ・ ({joined})", suggestion=joined)
            for m in SPLIT_LETTER.finditer(text):
                whole = m.group().replace(" ", "")
                if len(whole) == len("パン") and (_spaced_letters(text, m) or _set_apart(ctx, marks, readings, para, m)):
                    continue  # two letters alone: listed (ァ ィ ゥ), or a reading spaced on purpose
                # a split when the text writes the word whole, or when the letter after the space begins no word
                if whole in ctx.doc.text:
                    why = f"the text writes it '{whole}' elsewhere"
                elif (letter := m.group().split(" ")[1][:1]) in KATAKANA_NON_INITIAL:
                    why = f"no word begins with '{letter}'"
                elif _ordinary_word(whole) and not _spaced_letters(text, m) \
                        and not _set_apart(ctx, marks, readings, para, m):
                    why = f"'{whole}' is one word"
                elif len(parts := m.group().split(" ")) == 2 and len(parts[1]) == 1 \
                        and (word := _word_cut(parts)) is not None and not _spaced_letters(text, m) \
                        and not _set_apart(ctx, marks, readings, para, m):
                    why = f"'{word}' is one word"
                else:
                    continue
                span = Span(para.start + m.start(), para.start + m.end())
                yield ctx.finding(self, span, f"katakana word split by a space: '{m.group()}'; {why}",
                                  suggestion=whole)
