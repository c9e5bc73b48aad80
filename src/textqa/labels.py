"""Forms introduced by a label (繁体字: 國, 拼音: Xí Jìnpíng, an infobox row 簡体字<tab>习近平), from
data/form_labels.txt. A name talked about as a form is not an error; ``textqa.masks`` masks these spans.
"""
from __future__ import annotations

import functools
import re

from .charclass import (CELL_FILLER, COLONS, CLOSE_BRACKETS, HIRAGANA_RANGE, JAPANESE_CHAR, KANA_BLOCKS_RANGE, KANA_CHAR,
                        KATAKANA_SEPARATORS,
                        KANJI_CHAR, KANJI_RANGE, KANJI_RUN, KATAKANA_RANGE, LATIN_LETTER_RANGE, LIST_BULLET,
                        OPEN_CLOSE_QUOTES, SLASHES, SPACE, SPACES, LazyPattern, is_hiragana, is_kanji, is_katakana,
                        word_alternation)
from .findings import Span
from .wordlists import word_list

# a label narrowed by a word of up to four kanji: 中国語の表記, 中国語の警報名, 英語の資料
LABEL_QUALIFIER = f"(?:の[{KANJI_RANGE}]{{1,4}})?"
RUN_ON_LABEL = 3  # code points, at least, of a label glued to its value in a lead's run of forms (簡体字星饼繁体字星餅)
FULL_WIDTH_BAR = "\uff5c"  # ｜, a table's or infobox row's cell separator in Japanese text
ITEM_SEP = f"[、,，・{SLASHES}{SPACES}]"  # what separates the items in a pair of brackets
MAX_FORM = 60  # code points a labelled form may run before it is taken for prose
TOPIC_BEFORE_FORM = 12  # code points of the thing named between a language and its quoted word (中国語で売り場は「…」)
MAX_ENGLISH = 160  # those of a value all in English to its line's end (文字通りの意味The Silk Road of …: a translation)
FORM_END = "、。,，;；」』”）)】|\n"
LATIN_OR_QUOTE = re.compile(f"{SPACE}*[{LATIN_LETTER_RANGE}「『“\"'(（]")  # what a Latin-script label's form begins with
PROSE_RESUMES = re.compile(f"[{HIRAGANA_RANGE}]")  # a hiragana after a labelled form that is no reading: prose again
NEXT_QUOTE = tuple(close + open_ for open_, close in OPEN_CLOSE_QUOTES.items())  # 」「: a quotation, another


@functools.lru_cache(maxsize=1)
def form_labels() -> tuple[str, ...]:
    return tuple(sorted(word_list("form_labels.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def name_row_labels() -> tuple[str, ...]:
    """Labels of an infobox's row of a name as written at home, alone on their line above the value or with は in a
    note in brackets that holds the value (正式名称): data/name_row_labels.txt, longest first."""
    return tuple(sorted(word_list("name_row_labels.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def bracket_labels() -> tuple[str, ...]:
    """Labels that mark a form when a pair of brackets holds them alone (【簡】, 〔拼〕): data/bracket_labels.txt and
    every form label, longest first (then in code-point order: the same pattern in every process)."""
    labels = set(word_list("bracket_labels.txt")) | set(form_labels())
    return tuple(sorted(labels, key=lambda label: (-len(label), label)))


def label_begins() -> str:
    """A look ahead that holds wherever a match of ``_label`` can begin: every alternative there begins at a line's
    start, at a bracket (住所（中国語）：, 【簡】) or at a form label (the labels as a tree of their beginnings, tried
    once where the first look passes, before the alternatives that each try every label in turn). A sieve: the
    pattern matches what it matches without it (tests/test_scan_sieves.py)."""
    return rf"(?=^|[（(【〔［]|{word_alternation(form_labels())})"


@functools.lru_cache(maxsize=1)
def _label() -> re.Pattern:
    labels = "|".join(map(re.escape, form_labels()))
    rows = "|".join(map(re.escape, (*form_labels(), *name_row_labels())))  # labels of a row above its value
    home = "|".join(map(re.escape, name_row_labels()))  # labels of the name as written at home (正式名称)
    in_brackets = "|".join(map(re.escape, bracket_labels()))
    # a label that may be glued to its value: one ending in a kanji, a katakana letter or a closing bracket (簡体字林志强,
    # 漢語ピンインLin Zhiqiang, 中国語(簡体字)林志强); one ending in a Latin letter would run into a Latin value
    glued = "|".join(re.escape(label) for label in form_labels()
                     if is_kanji(label[-1]) or is_katakana(label[-1]) or label[-1] in CLOSE_BRACKETS)
    # every match begins with a label's first character, in a table row a space or a bar, a dictionary field's
    # opening bracket, or a row label's bracket that narrows it (住所（中国語）：): a cheap look first
    # a label narrowed by another (中国語名の読み方: the reading of the Chinese name) or by a word of kanji
    label_of = rf"(?:の(?:{labels})|{LABEL_QUALIFIER})"
    # a glued label of three code points or more (簡体字, 繁体字, ピン音; no one-kanji label, 簡 or 英, which words hold)
    chained = "|".join(re.escape(label) for label in form_labels()
                       if len(label) >= RUN_ON_LABEL and (is_kanji(label[-1]) or is_katakana(label[-1])))
    # the next row's label and its colon, run onto the end of a value's line (阳朔(yáng shuò)中国語名の読み方:)
    next_label = rf"(?:(?:{labels}){label_of}{SPACE}*[:：]{SPACE}*)?"
    starts = {label[0] for label in form_labels()} | set(SPACES) | {"|", "【", "〔", "［", "[", "（", "("} | set(LIST_BULLET)
    first = "".join(sorted(re.escape(c) for c in starts))
    return re.compile(
        rf"(?=[{first}]){label_begins()}(?:"
        rf"^[{SPACES}|]*(?:{rows}){SPACE}*[:：]?[{SPACES}|]*\n(?:{SPACE}*\n)?"
        rf"(?=[^\n、。{HIRAGANA_RANGE}]{{1,{MAX_FORM}}}?{next_label}$)"
        # a label alone on its line above its value, with or without a colon or a blank line between (別表記 /
        # リン・ジーチアン Lin Zhiqiang; 簡体字: / (blank) / 林志强): a data sheet's row, an infobox that lost its bars;
        # so is a row's label of the name as written at home (正式名称 / 青禾星河网络科技有限公司: name_row_labels),
        # and a table row's label whose value cell wrapped onto the next line, the bar left after it (拼音: | / Lǐ …)
        rf"|(?<=[^\n{SPACES}])(?:{labels}){label_of}{SPACE}*[:：]{SPACE}*\n(?=[^\n、。{HIRAGANA_RANGE}]{{1,{MAX_FORM}}}?{next_label}$)"
        # a label and its colon that end the line of the value before it, above its own value (中国語名: / 阳朔(yáng
        # shuò)中国語名の読み方: / ヤン シュオ英語名: / Yangshuo): a page's rows of label and value run together, each
        # line a value and the next row's label; the value may end the same way
        rf"|(?:{labels}){LABEL_QUALIFIER}{SPACE}*[:：=][{SPACES}|]*"  # 簡体字: 习近平, 拼音：Xí Jìnpíng, 中国語の警報名：…
        rf"|[（(](?:[^（）()\n]{{0,20}}?{ITEM_SEP})?(?:{labels})(?:{ITEM_SEP}[^（）()\n]{{0,20}}?)?[）)]{SPACE}*[:：][{SPACES}|]*"
        # a row's label narrowed in brackets by a form label, one item of the brackets: 住所（中国語）：, 店名（簡体字、
        # 看板の表記）：, 住所（中国語表記、タクシー用）：; the value is that form
        rf"|^[{SPACES}|]*(?:[{LIST_BULLET}]{SPACE}*)?(?:{labels})[{CELL_FILLER}]+"
        # an infobox or table row, or a list item: 簡体字 习近平, | 繁体字 | 國 |, ・中国語表記 星河网
        rf"|^[{SPACES}|]*(?:{glued})(?=[{LATIN_LETTER_RANGE}{KATAKANA_RANGE}][^\n、。{HIRAGANA_RANGE}]{{0,{MAX_FORM}}}$"
        rf"|[A-Za-z][\x20-\x7e]{{0,{MAX_ENGLISH}}}$"
        rf"|[{KANJI_RANGE}][{KANJI_RANGE}{LATIN_LETTER_RANGE}]{{0,{MAX_FORM}}}{SPACE}*$)"
        # an infobox row whose cell separator was lost, the label glued to its value (カタカナ転写リン・ジーチアン,
        # 拼音Lín Zhìqiáng, 簡体字林志强, 中国語(簡体字)林志强, 漢語ピンインLin Zhiqiang): a label ending in a kanji, a
        # closing bracket or katakana, then a Latin or katakana value with no hiragana up to the line's end, or a run of
        # kanji that ends the line, perhaps with Latin letters after its first kanji (繁体字中国語星Q傳, a title that
        # mixes scripts; not a row of cells: 英文维基 | 中文维基)
        rf"|(?:{chained})(?=[{KANJI_RANGE}]{{1,{MAX_FORM}}}?(?:{chained}))"
        # a lead's forms whose colons and commas were lost, each label glued to its value and the value to the next
        # label (星餅(簡体字星饼繁体字星餅)は, 繁体字西遊記簡体字西游记ピン音:Xī Yóu Jì): the first label's value runs on
        # over the others to the bracket's close or the 、 (labelled_spans), forms listed
        rf"|^{SPACE}*[【［\[][{KANJI_RANGE}][:：]{SPACE}*"
        # a dictionary's field of one kanji at a line's start: 【中:Lin Zhiqiang, 【和:りんしきょう
        rf"|[【〔［](?:{in_brackets})[】〕］]{SPACE}*(?=[^\n、。{HIRAGANA_RANGE}])"
        # a dictionary entry's field label that a pair of brackets holds alone: 农美兰 after 【簡】, 〔英〕Nong Meilan;
        # the form follows on the line (a kana word after it is the entry's sense, not a form)
        rf"|(?:{labels})[はがも](?:、(?=[「『“]))?(?=[{LATIN_LETTER_RANGE}{KATAKANA_RANGE}「『“])"
        # 発音はシー・チンピン, 中国語名は「星河」, 中国名は、「星河网络」と言います: a comma after the topic before a
        # quotation only (中国名は、星河网络で is prose)
        rf"|[（(]※?{SPACE}*(?:{home})[はがも]{SPACE}*(?=[^（）()\n、。{HIRAGANA_RANGE}]{{1,{MAX_FORM}}}[）)])"
        # a note in brackets that gives the name as written at home, the whole bracket after a row's label of it and
        # は (星河弁(※正式名称は星河语言推广办公室): name_row_labels), the bracket holding nothing but that value (a form
        # label and its colon in brackets, （原題：…）, is the colon's alternative above, read from the label)
        rf"|(?:{labels})は[^\n例]{{1,{MAX_FORM}}}?例[:：]{SPACE}*(?=[{KANJI_RANGE}{LATIN_LETTER_RANGE}{KATAKANA_RANGE}])"
        # 繁体字は台湾などで使われる。例:國(くに): the example of the script the sentence is about, a form of it
        rf"|(?:{labels})(?:[（(][^（）()\n]{{0,12}}[）)])?表記[はがも](?=[「『{KANJI_RANGE}{LATIN_LETTER_RANGE}{KATAKANA_RANGE}])"
        # 簡体字表記は林志强, 繁体字（香港・台湾など）表記は林志強: the form in that script
        rf"|(?:{labels}){LABEL_QUALIFIER}で[はも]{SPACE}*(?=[「『“{KANJI_RANGE}{LATIN_LETTER_RANGE}{KATAKANA_RANGE}])"
        # 簡体字では习近平と書く, 英語の資料では Tarim、Bosten のように, 中国語の原詞でも「…」
        rf"|(?:{labels}){LABEL_QUALIFIER}で[はも]?[、,]{SPACE}*"
        rf"(?=[{LATIN_LETTER_RANGE}][{LATIN_LETTER_RANGE}'’. \-]*{SPACE}*(?:と|って|[、。,，)）]|$))"
        # ピンインで、Ma Long と書く, 中国語のピンインでは、Fan Zhendong。: a comma after the language, then its Latin form,
        # said or listed as a form (と, って, a comma or the sentence's end after it; 英文の資料では、X Townの工場は is prose)
        rf"|(?:{labels})[のでに]?(?=[「『“])"  # 中国語の「养老」, ※中国語表記『迪丽热巴』, 中国語で「友谊」と刻む: a word
        # quoted in its language
        rf"|(?:{labels})で(?:は)?、?(?:[{KANJI_RANGE}{KATAKANA_RANGE}ー・の]|(?<=[{KANJI_RANGE}])[{HIRAGANA_RANGE}]"
        rf"(?=[{KANJI_RANGE}])){{1,{TOPIC_BEFORE_FORM}}}は(?=[「『“])"
        # 中国語で切符の窓口は「取票处」と呼びます: the thing named between the language and its word, a noun
        # phrase of kanji and katakana, one kana between two kanji at most (売り場; no clause: 中国語で売り場は、店員が)
        rf"|(?:{labels})(?:だと|なら|で[書か]く(?:と|なら|としたら)|で[書か]けば)[、{SPACES}]*"
        rf"(?=[「『{KANJI_RANGE}{LATIN_LETTER_RANGE}{KATAKANA_RANGE}])"
        # 漢字だと星河通信, 英語なら Galaxia, カタカナで書くとしたらシンホー, 中国語でかくと、星河门路駅: the form in
        # that script
        rf"|(?:{labels})(?:について|に関して)は?[、{SPACES}]+(?=[{KANJI_RANGE}{LATIN_LETTER_RANGE}{KATAKANA_RANGE}]"
        rf"[^\n、。{HIRAGANA_RANGE}]{{0,{MAX_FORM}}}(?:[、。\n]|です|でした|だ))"
        # 原題については、星河兒傳奇ですね: the label made the topic, then its value, no clause before the copula
        rf")", re.M)


# a line listing one name in several scripts: 新疆ウイグル自治区/新疆维吾尔自治区/Xinjiang Uyghur Autonomous Region
FORM_ROW = re.compile(rf"^[^{SLASHES}\n。、]{{1,40}}(?:[{SLASHES}][^{SLASHES}\n。、]{{1,40}})+$", re.M)
LATIN = re.compile(f"[{LATIN_LETTER_RANGE}]")
# one Latin word glued to two kanji or more (Tang雅琴): a name half in pinyin, half in kanji, a word of the prose in no
# one script, not a form that a label (英語では, 英語の報告書では) gives in its language
MIXED_SCRIPT_NAME = re.compile(f"[{LATIN_LETTER_RANGE}]+[{KANJI_RANGE}]{{2}}")
# a labelled value all in English (no 、 to end it), perhaps opening with an optional word in brackets ((Xi hu) long jing)
ENGLISH_VALUE = re.compile(f"[(]?[A-Za-z][\x20-\x7e]{{0,{MAX_ENGLISH}}}")
LATIN_LIST_ITEM = re.compile(f"[、,，]{SPACE}*([{LATIN_LETTER_RANGE}][{LATIN_LETTER_RANGE} .'-]{{0,40}}?)(?={SPACE}*[、,，のと]|$)", re.M)
# a reading after those a label gives in kana, each after a 、 or a slash, up to its line's end (読み方:せいがろう、
# ほしかわろう/シンホーロウ: a guide's field of a sight's readings, Japanese and local)
KANA_VALUE = re.compile(f"[{KANA_BLOCKS_RANGE}]+")
KANA_LIST_ITEM = re.compile(f"[、,，{SLASHES}]{SPACE}*([{KANA_BLOCKS_RANGE}]{{1,40}}?)(?={SPACE}*[、,，{SLASHES}]|{SPACE}*$)", re.M)


# a table row or infobox line: cells separated by spaces, tabs or bars, and no full stop
TABLE_LINE = re.compile(rf"^[^\n。]*[{CELL_FILLER}][^\n。]*$", re.M)
CELL_SEP = re.compile(rf"[{CELL_FILLER}()（）]+")
# Chinese (two or more kanji, Chinese commas) followed by its own pinyin with tone marks (我姓李。 Wǒ xìng Lǐ.), or
# with none in square brackets (中国话["zhongguo hua"])
# (one character with its pinyin, 國(guó), is pinyin inserted by a converter: GRB012)
# (tried only from a run's first kanji, and the run is never given back: a long run of kanji costs no more than its
# length; the pattern opens with the kanji, so the engine skips to the next kanji in C before trying it)
CHINESE_THEN_PINYIN = re.compile(rf"([{KANJI_RANGE}](?<![{KANJI_RANGE},，][{KANJI_RANGE}])"
                                 rf"(?<![{KANJI_RANGE},，]{SPACE}[{KANJI_RANGE}])"
                                 rf"(?:[{KANJI_RANGE},，]|{SPACE}(?=[{KANJI_RANGE}]))++)[。.]?{SPACE}*"
                                 rf"([(（]|[\[［][\"“]?)?"
                                 rf"([{LATIN_LETTER_RANGE}]+(?:[ ,'’\-]+[{LATIN_LETTER_RANGE}]+)*)")
# Chinese quoted as a form, of any length, followed by its pinyin (「纸」zhǐ の発音, “书”（shū）): a language lesson or a
# dictionary talks about the characters; the pinyin must carry tone marks and spell a reading of them (see below)
QUOTED_THEN_PINYIN = re.compile(rf"[「『“]([{KANJI_RANGE}]{{1,12}})[」』”]{SPACE}*[(（]?{SPACE}*"
                                rf"([{LATIN_LETTER_RANGE}]+(?:[ '’\-]+[{LATIN_LETTER_RANGE}]+)*)")
# a romanised name followed by its characters in brackets, and any other forms of them there (生まれ Wang Baoshan
# (王寶山 ;王宝山 )): an infobox row or a gloss giving the name in both scripts
# (a name of up to NAME_WORDS words, each tried from its first letter: a long English text costs no more than its length)
NAME_WORDS, NAME_WORD = 6, 30
# (the pattern opens with the letter, so the engine skips to the next Latin letter in C before trying it)
LATIN_THEN_FORMS = re.compile(rf"([{LATIN_LETTER_RANGE}](?<![{LATIN_LETTER_RANGE}\-'’][{LATIN_LETTER_RANGE}])"
                              rf"[{LATIN_LETTER_RANGE}]{{0,{NAME_WORD - 1}}}"
                              rf"(?:[ \-'’][{LATIN_LETTER_RANGE}]{{1,{NAME_WORD}}}){{0,{NAME_WORDS - 1}}}){SPACE}*[(（]{SPACE}*"
                              rf"([{KANJI_RANGE}]+)[^（）()\n{KANA_BLOCKS_RANGE}]{{0,{MAX_FORM}}}[)）]")
# a bracket that opens with a name in Latin script and gives the kanji form after it ((Starsea Network Ltd. 星海网络、…)):
# a gloss of the name's forms, as a company's page opens
LATIN_LED_GLOSS = re.compile(rf"[(（]{SPACE}*[{LATIN_LETTER_RANGE}][{LATIN_LETTER_RANGE}0-9 .,&'’\-]{{0,{MAX_FORM}}}?"
                             rf"{SPACE}([{KANJI_RANGE}]+)(?={SPACE}*[、,，;；)）])")
# a dictionary's headword line: the reading in hiragana (after the headword, if given), then the name's romanisation,
# then the entry's bracketed data or the line's end (りんしきょう Lin Zhi-qiang [生]…, 林志強 りんしきょう Lin Zhi-qiang)
HEADWORD_ROMANISATION = re.compile(rf"^{SPACE}*(?:[{KANJI_RANGE}]+{SPACE}+)?[{HIRAGANA_RANGE}ー‐・]{{2,20}}{SPACE}*"
                                   rf"([{LATIN_LETTER_RANGE}][{LATIN_LETTER_RANGE}\-'’ ]*[{LATIN_LETTER_RANGE}])"
                                   rf"(?={SPACE}*(?:$|[\[［(（【]))", re.M)
# a Chinese sentence followed by its Japanese translation in parentheses (我家在星河。（私の家は星河にあります。）):
# quoted to be taught, as a lesson's answers or a dictionary's examples give it
_SENTENCE_END = "[。？！?!]"
_THEN_OPENING = rf"{SPACE}*[（(]"
CHINESE_THEN_TRANSLATION = LazyPattern(rf"(?:^|(?<=[\s）)」』]))([{KANJI_RANGE}][{KANJI_RANGE}，、]*[{KANJI_RANGE}]{_SENTENCE_END})"
                                       rf"{_THEN_OPENING}[^（）()\n]*[{KANA_BLOCKS_RANGE}][^（）()\n]*[）)]", re.M)
SENTENCE_THEN_OPENING = re.compile(_SENTENCE_END + _THEN_OPENING)  # what every such match holds: a cheap look first
# a dictionary's headword with its other script form in brackets, alone on its line: 星河网[星河網]
BRACKETED_FORM = re.compile(rf"^{SPACE}*([{KANJI_RANGE}]+)[\[［【]([{KANJI_RANGE}]+)[\]］】]{SPACE}*$", re.M)
KANALESS_QUOTE = LazyPattern(rf"「[{KANJI_RANGE}][^「」{KANA_BLOCKS_RANGE}\n]{{0,30}}」")  # 「学习」: no kana inside
LESSON_PAIRS = 2  # lines of Chinese above their own pinyin, or with a blank, or led by their pinyin, that make a text a
# Chinese lesson
# a line that opens with tone-marked pinyin followed by the characters it spells (`nǐhǎo 你好 → níhǎo`, `bù qù 不去 bú
# qù`): a pronunciation drill's item
PINYIN_LED = re.compile(rf"^{SPACE}*([{LATIN_LETTER_RANGE}][{LATIN_LETTER_RANGE} '’]*?){SPACE}*([{KANJI_RANGE}]+)", re.M)
BLANK = re.compile(rf"[（(]{SPACE}+[）)]")  # a blank to fill in: （　　）, (   )
ERHUA = frozenset({"r"})  # 儿 written as a final r in pinyin (一点儿 yìdiǎnr)
TITLE_WINDOW = 6  # lines above an infobox line in which the name's Japanese form may stand alone
FORM_LIST_BELOW = 1  # a word alone on its line above its other form alone on the next: a list of forms (陈冲 / 陳沖)


# a table: a header row whose column titles hold a form label (中国語名（簡体字）, 拼音, 英語名) makes each cell of
# that column, in the rows below up to a blank line or the table's end, a form talked about as a form.
# Wikitext (! a !! b, | a || b, |- between rows), Markdown (| a | b |, |---|) and tab-separated rows.
TABLE_LEAD = re.compile(rf"{SPACE}*(?:\{{\||[!|])?")
TABLE_CELL_SEP = re.compile(rf"{SPACE}*(?:!!|\|\||\||\t){SPACE}*")
TABLE_RULE = re.compile(rf"{SPACE}*(?:\|-|\|?{SPACE}*:?-{{3,}})")
TABLE_END = re.compile(rf"{SPACE}*\|\}}")
BARRED_ROW = re.compile(rf"{SPACE}*\|.*\|{SPACE}*")  # | a | b |: a row even when a cell holds a sentence (。)
MAX_HEADER_CELL = 30  # code points a column title may run


def _cells(line: str) -> list[tuple[int, int]]:
    """Cells of one table row as (start, end) offsets in the line; a closing bar's empty cell is dropped."""
    pos = TABLE_LEAD.match(line).end()
    out = []
    for sep in TABLE_CELL_SEP.finditer(line, pos):
        out.append((pos, sep.start()))
        pos = sep.end()
    end = len(line.rstrip())
    if pos < end:
        out.append((pos, end))
    return out


def _label_columns(line: str) -> set[int]:
    """Indexes of the columns that a header row titles with a form label; empty when the line is no header."""
    cells = _cells(line)
    if len(cells) < 2 or "。" in line or not TABLE_CELL_SEP.search(line):
        return set()
    titles = [line[s:e] for s, e in cells]
    if any(len(t) > MAX_HEADER_CELL or t.endswith((":", "：")) for t in titles):  # 拼音: | … is an infobox row
        return set()
    # a one-character label (簡, 英) titles a column only alone; a longer one anywhere in the title (中国語名（簡体字）)
    return {i for i, t in enumerate(titles) if any(label in t if len(label) > 1 else t == label
                                                   for label in form_labels())}


def labelled_cells(text: str) -> list[Span]:
    """The cell after a cell that is only a form label, in a row with table bars (`| zh | 簡体字 | 星河网 |`)."""
    out: list[Span] = []
    labels = set(form_labels())
    offset = 0
    for line in text.split("\n"):
        if "|" in line and ("。" not in line or BARRED_ROW.fullmatch(line)):
            cells = _cells(line)
            out += [Span(offset + cells[i + 1][0], offset + cells[i + 1][1]) for i in range(len(cells) - 1)
                    if line[cells[i][0]:cells[i][1]].strip(SPACES + COLONS) in labels]
        offset += len(line) + 1
    return out


def labelled_columns(text: str) -> list[Span]:
    """Cells of table columns whose header names a form (簡体字, 拼音, 英語名 …)."""
    out: list[Span] = []
    columns: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        if not line.strip() or TABLE_END.match(line):
            columns = set()
        elif columns and not TABLE_RULE.match(line):
            cells = _cells(line) if TABLE_CELL_SEP.search(line) and ("。" not in line or BARRED_ROW.fullmatch(line)) \
                else []  # prose is no row
            out += [Span(offset + cells[i][0], offset + cells[i][1]) for i in sorted(columns) if i < len(cells)]
        elif not columns:
            columns = _label_columns(line)
        offset += len(line) + 1
    return out


PLACE_STEM = 2  # kanji of a place's name, at least, that a cell gives without the suffix its other form has


def _same_word(a: str, b: str) -> bool:
    """Two cells that are one word in two scripts (廈門市 / 厦门市, 张 / 張, and 吴 / 呉, which OpenCC does not link:
    phonetics/data/surname_glyphs.tsv), or the same word twice; or a place's name of two kanji or more and, in the
    other script, the same name with an administrative suffix (蘭州 / 兰州市: a table's city beside its Chinese form,
    phonetics/data/place_suffixes.tsv)."""
    from .glossary.forms import simplified_form  # noqa: PLC0415  (never s2t: a warm run loads no s2t table)
    from .phonetics.tables import place_suffixes, surname_glyphs  # noqa: PLC0415

    short, long_ = sorted((simplified_form(a), simplified_form(b)), key=len)
    if a == b or short == long_:
        return True
    if len(short) >= PLACE_STEM and long_.startswith(short) and long_[len(short):] in place_suffixes():
        return True
    glyphs = surname_glyphs()
    return len(a) == len(b) and all(x == y or glyphs.get(x) == y or glyphs.get(y) == x for x, y in zip(a, b))


def _toned(latin: str) -> bool:
    """Pinyin with tone marks (or other letters past ASCII): a reading given as such, never a name used in prose."""
    return any(ord(c) > 0x7F for c in latin)


def reads_as(kanji: str, latin: str) -> bool:
    """True when ``latin``, tones and separators removed, spells a reading of ``kanji`` syllable by syllable."""
    from .phonetics.pinyin import char_readings, strip_tones  # noqa: PLC0415

    chars = [c for c in kanji if c not in ",，" + SPACES]
    target = "".join(c for c in strip_tones(latin).lower() if c.isalpha())
    ends = {0}
    for ch in chars:
        readings = char_readings(ch) | ERHUA if ch in "儿兒" else char_readings(ch)  # 一点儿 yìdiǎnr: 儿 as a final r
        ends = {e + len(r) for e in ends for r in readings if target.startswith(r, e)}
        if not ends:
            return False
    return len(target) in ends


# an infobox or list row's label: `本社所在地: `, `- 名称：`, `| 拼音: ` (up to twelve code points, no sentence)
INFOBOX_LABEL = re.compile(rf"[{SPACES}*・|\-]*[^\s:：。、]{{1,12}}{SPACE}*[:：]{SPACE}*")


# a row's value above a row that gives its reading (名前:迪丽热巴 / 読み:ディルラバ): a profile gives the name as written,
# then how it is read; the value is the written form
READING_LABELS = ("読み方", "読み", "よみがな", "ヨミガナ", "ふりがな", "フリガナ")
NAME_ABOVE_READING = re.compile(rf"^{INFOBOX_LABEL.pattern}([^\n]{{1,{MAX_FORM}}})\n"
                                rf"[{SPACES}*・|\-]*(?:{'|'.join(READING_LABELS)}){SPACE}*[:：]", re.M)


def row_value(line: str) -> str:
    """The value of an infobox or list row (`- 名称: 星河网` gives 星河网); a line that is no such row, whole."""
    m = INFOBOX_LABEL.match(line)
    return line[m.end():] if m else line


def _interlinear_lines(lines: list[str]) -> list[Span]:
    """A line of Chinese followed by a line of its own tone-marked pinyin (a lesson's dialogue: 王明：你好。 above
    Wáng Míng: Nǐ hǎo.), or a row's Chinese value above a row of its pinyin (a basic-information list:
    `- 名称: 星河网` above `- ピンイン: xīng hé wǎng`): the Chinese is taught or given as a form, not left untranslated."""
    out = []
    offset = 0
    for whole, below_row in zip(lines, lines[1:] + [""]):
        line, below = whole, below_row
        if KANA_CHAR.search(below) and not KANA_CHAR.search(row_value(below)):  # a labelled pinyin row
            line, below = row_value(whole), row_value(below)
        # a Japanese line below (most lines) is rejected at its first kanji or kana
        if not JAPANESE_CHAR.search(below) and any(ord(c) > 0x7F and c.isalpha() for c in below) \
                and not KANA_CHAR.search(line):
            kanji = "".join(c for c in line if is_kanji(c))
            if len(kanji) > 1 and reads_as(kanji, below):
                out.append(Span(offset, offset + len(whole)))
        offset += len(whole) + 1
    return out


def _blank_lines(lines: list[str]) -> list[Span]:
    """Lines of Chinese (kanji, no kana) with a blank to fill in (`我明天不(   )上课。`, `你学习（　　）？`): an
    exercise, not an untranslated sentence."""
    out = []
    offset = 0
    for line in lines:
        if BLANK.search(line) and KANJI_CHAR.search(line) and not KANA_CHAR.search(line):
            out.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    return out


def _pinyin_led_lines(text: str) -> int:
    """How many lines open with tone-marked pinyin followed by the characters it spells (`nǐhǎo 你好 → níhǎo`,
    `bù qù 不去 bú qù`): a pronunciation drill's items, as a Chinese lesson lists them."""
    return sum(1 for m in PINYIN_LED.finditer(text) if _toned(m.group(1)) and reads_as(m.group(2), m.group(1)))


def _lesson_lines(lines: list[str]) -> list[Span]:
    """In a Chinese lesson or exercise (two or more lines of Chinese above their own pinyin, ``_interlinear_lines``,
    with a blank to fill in, ``_blank_lines``, or led by their own pinyin, ``_pinyin_led_lines``), the Chinese
    the lesson drills: lines with kanji and no kana (exercises and answers: `(1) 你学习（　　）？`, `(1) 汉语　(2) 吗`)
    and a word without kana quoted in Japanese (`「学习」を使って`)."""
    out = []
    offset = 0
    for line in lines:
        if KANJI_CHAR.search(line) and not KANA_CHAR.search(line):
            out.append(Span(offset, offset + len(line)))
        else:
            out += [Span(offset + m.start(), offset + m.end()) for m in KANALESS_QUOTE.finditer(line)]
        offset += len(line) + 1
    return out


def _lead_cell(line: str) -> str:
    """A line's word alone, or the first cell of a table row whose other cells hold no kanji (陈冲 | ○ | × |: a table
    of one name's spellings and where each is used)."""
    cell = line.strip(CELL_FILLER)
    head, bar, rest = cell.partition("|")
    if bar and not KANJI_RUN.search(rest):
        return head.strip(SPACES + "\t")
    return cell


NATIVE_NAME = re.compile(f"[{KANJI_RANGE}]{{2,4}}")  # a person's name in kanji, as an infobox gives it
# a name in katakana, its words joined by a middle dot or an equals sign (ジャック・シン・ハイロン)
KATAKANA_TITLE = re.compile(f"[{KATAKANA_RANGE}]+(?:[{re.escape(KATAKANA_SEPARATORS)}][{KATAKANA_RANGE}]+)*")
TABLE_RULE_CELL = re.compile(r"[\-:|]+")  # a Markdown table's rule row under its title row (|---|---|)


def _native_name_below_title(cells: list[str], i: int) -> bool:
    """The lead cell of line ``i``, two to four kanji with a simplified-only character, is all its row holds, and the
    nearest cell above it (blank lines and a table's rule row passed over, TITLE_WINDOW lines at most) is a name in
    katakana whose last parts read it in Mandarin (`ジャック・シン・ハイロン` above `星海龙`): an infobox's title and
    the native name it gives under it, in the person's own script, as 習近平 under 习近平's title does."""
    from .glossary.forms import is_simplified_only  # noqa: PLC0415
    from .phonetics.kana import coarse, katakana_romaji, name_keys  # noqa: PLC0415
    from .phonetics.pinyin import name_readings  # noqa: PLC0415

    cell = cells[i]
    if not NATIVE_NAME.fullmatch(cell) or not any(map(is_simplified_only, cell)):
        return False
    above = next((c for c in reversed(cells[max(0, i - TITLE_WINDOW):i]) if c and not TABLE_RULE_CELL.fullmatch(c)), "")
    if not KATAKANA_TITLE.fullmatch(above):
        return False
    parts = [p for p in re.split(f"[{re.escape(KATAKANA_SEPARATORS)}]", above) if p]
    tails = {coarse(katakana_romaji("".join(parts[k:]))) for k in range(len(parts))}
    return any(tails & name_keys(list(r))[1] for r in name_readings(cell, person=True))


WORD_CONTEXT = 40  # characters before a kanji run that the tokenizer reads to find the word it ends


def _word_tail(text: str, start: int) -> bool:
    """The kanji at ``start`` end a Japanese compound that begins before them with kanji and okurigana (焼き豆腐,
    蒸し饅頭, 手作り豆腐: one word of the dictionary, or a verb's stem or a noun written with okurigana glued to the
    noun): pinyin after them reads only the compound's Chinese tail, inserted by a translation, not a Chinese word
    given with its reading (村の壁画（bìhuà）, 古い壁画: a word of its own after a particle or an adjective)."""
    if start == 0 or not is_hiragana(text[start - 1]):
        return False
    from .tokens import tokenize  # noqa: PLC0415 (the tokenizer only for a run glued to kana before it)

    lo = max(text.rfind("\n", 0, start) + 1, start - WORD_CONTEXT)
    for t in tokenize(text[lo:start + 1 + WORD_CONTEXT], lo):
        if t.span.start < start < t.span.end:
            return True  # the dictionary's one word (焼き豆腐)
        if t.span.end == start:
            return any(map(is_kanji, t.surface)) and (
                t.pos[0] == "名詞" or (t.pos[0] == "動詞" and t.pos[5].startswith("連用形")))
    return False


def _inserted_word_reading(text: str, word: str, opener: str | None, latin: str) -> bool:
    """A word's pinyin, lower case and run together, in parentheses after a word of Japanese prose, which a translation
    carried over from the page's ruby: the word is written the Japanese way (陳皮(chénpí), 麺棒(miànbàng):
    kanji that simplified Chinese writes otherwise, none of its own), so the Chinese reading glosses no Chinese word;
    or, a word both scripts write alike, it is the text's one toned word (村の壁画（bìhuà）は, nothing else read aloud).
    A word with a character only simplified Chinese writes (饺子(jiǎozi): a Chinese word quoted with its reading), and a
    word both scripts share in a text that reads several words (a lesson, a menu), stay forms with their readings."""
    from .asides import reads_once  # noqa: PLC0415
    from .glossary.forms import is_simplified_only, simplified_form  # noqa: PLC0415

    if opener not in ("(", "（") or not latin.isalpha() or not latin.islower():
        return False
    kanji = "".join(c for c in word if c not in ",，" + SPACES)
    if any(map(is_simplified_only, kanji)):
        return False  # written as Chinese writes it: a Chinese word quoted with its reading
    return simplified_form(kanji) != kanji or reads_once(text)


FORM_TABLE_ROWS = 3  # rows, at least, of a barred table that give one character in two scripts (| 东 | 東 |)


def _listed_forms(cell: str) -> tuple[str, ...]:
    """A barred table's cell split at its 、: the forms it lists for the character beside it (`発、髪` beside 发)."""
    return tuple(cell.split("、"))


def _character_table_rows(text: str, rows: list[Span]) -> list[Span]:
    """The other rows of a table of characters: in a block of barred rows (| a | b |, up to a line that is none) of
    which FORM_TABLE_ROWS or more, and half or more of its rows, give one character in two scripts (``rows``: `| 东 |
    東(ひがし) |`, `| 书 | 書 |`), each row whose first cell is one kanji is an entry of the same table, a character set
    beside its counterpart (`| 钅 | 金(きん) |`: the simplified radical and the character it stands for, which no
    conversion links), not Chinese left in a sentence."""
    marked = {span.start for span in rows}
    out: list[Span] = []
    block: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n") + [""]:
        if BARRED_ROW.fullmatch(line) and not TABLE_RULE.match(line):
            block.append((offset, line))
        elif not (BARRED_ROW.fullmatch(line) and TABLE_RULE.match(line)):
            pairs = sum(start in marked for start, _ in block)
            if pairs >= FORM_TABLE_ROWS and 2 * pairs >= len(block):
                for start, row in block:
                    cells = _cells(row)
                    first = row[cells[0][0]:cells[0][1]].strip(SPACES) if cells else ""
                    if start not in marked and len(cells) > 1 and len(first) == 1 and KANJI_RUN.fullmatch(first):
                        out.append(Span(start, start + len(row)))
            block = []
        offset += len(line) + 1
    return out


def form_rows(text: str) -> list[Span]:
    """Lines and phrases that give one word in several forms, talked about as forms:
    a table row with a word and its other script side by side (廈門市 厦门市 (Xiàmén Shì), 张 張 ちょう ジャン), or in
    a barred row beside a cell that lists the forms it stands for with 、 (| 发 | 発、髪 |), and the other rows of a
    table of characters that such rows make (| 钅 | 金(きん) |: ``_character_table_rows``),
    an infobox line repeating the title above it in another script (习近平 under 習近平; the native name in simplified
    characters under a title in katakana that reads it, 星海龙 under ジャック・シン・ハイロン), a word alone on its line
    above its other form alone on the next (a list of one name's forms: 陈冲 / 陳沖), a dictionary's headword with its
    other form in brackets (星河网[星河網]), Chinese followed by its
    own pinyin (我姓李。 Wǒ xìng Lǐ.: a lesson's example; 中国话["zhongguo hua"]: a dictionary's; 林 志強 Lín Zhìqiáng:
    a headword), a romanised name followed by its characters in brackets (Wang Baoshan (王寶山 ;王宝山 )), and the
    kanji form in a bracket that opens with the name in Latin script ((Starsea Network Ltd. 星海网络、…)), and the
    romanisation after a dictionary headword's reading (りんしきょう Lin Zhi-qiang [生]…)."""
    out = []
    for line in TABLE_LINE.finditer(text):
        cells = [c for c in CELL_SEP.split(line.group()) if c]
        pairs = list(zip(cells, cells[1:]))
        barred = BARRED_ROW.fullmatch(line.group()) is not None
        if any(KANJI_RUN.fullmatch(a) and any(KANJI_RUN.fullmatch(form) and _same_word(a, form)
                                              for form in (_listed_forms(b) if barred else (b,))) for a, b in pairs) \
                or any((len(a) > 1 or barred) and KANJI_RUN.fullmatch(a) and LATIN.match(b)
                       and _toned(b) and reads_as(a, b) for a, b in pairs):
            # not 車(chē), pinyin inserted after a character; but | 冯 | Féng |, a table's character and its reading;
            # and | 发 | 発、髪 |, a character and the forms it stands for, listed in one cell
            out.append(Span(line.start(), line.end()))
    out += _character_table_rows(text, out)
    lines = text.split("\n")
    cells = list(map(_lead_cell, lines))
    offset = 0
    for i, (line, cell) in enumerate(zip(lines, cells)):
        if KANJI_RUN.fullmatch(cell) and (any(
                KANJI_RUN.fullmatch(other) and other != cell and _same_word(other, cell)
                for other in cells[max(0, i - TITLE_WINDOW):i] + cells[i + 1:i + 1 + FORM_LIST_BELOW])
                or _native_name_below_title(cells, i)):
            out.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    interlinear = _interlinear_lines(lines)
    blanks = _blank_lines(lines)
    out += interlinear + blanks
    if len(interlinear) + len(blanks) + _pinyin_led_lines(text) >= LESSON_PAIRS:
        out += _lesson_lines(lines)
    if SENTENCE_THEN_OPENING.search(text):  # (the pattern itself is tried at every line start and closer)
        out += [Span(m.start(1), m.end(1)) for m in CHINESE_THEN_TRANSLATION.finditer(text)]
    out += [Span(m.start(), m.end()) for m in BRACKETED_FORM.finditer(text)
            if m.group(1) != m.group(2) and _same_word(m.group(1), m.group(2))]
    for m in CHINESE_THEN_PINYIN.finditer(text):
        latin = m.group(3)
        # tone marks, or square brackets, which give a reading (中国[zhongguo]), never a name used in prose
        if _toned(latin) or (m.group(2) or "")[:1] in "[［":
            # a headword may space its name (林 志強 Lín Zhìqiáng); a word before it is no part of it (出典 林志強)
            starts = [m.start(1)] + [m.start(1) + i + 1 for i, c in enumerate(m.group(1)) if c in SPACES]
            start = next((s for s in starts if reads_as(text[s:m.end(1)], latin)), None)
            if start is not None and not _word_tail(text, start) \
                    and not _inserted_word_reading(text, text[start:m.end(1)], m.group(2), latin):
                out.append(Span(start, m.end()))
    out += [Span(m.start(), m.end()) for m in QUOTED_THEN_PINYIN.finditer(text)
            if _toned(m.group(2)) and reads_as(m.group(1), m.group(2))]
    out += [Span(m.start(1), m.end(1)) for m in LATIN_LED_GLOSS.finditer(text)]
    out += [Span(m.start(1), m.end(1)) for m in HEADWORD_ROMANISATION.finditer(text)]
    for m in LATIN_THEN_FORMS.finditer(text):
        # the words before the name are no part of it (born Wang Baoshan (王宝山)): the name is a tail of the words
        starts = [m.start(1)] + [m.start(1) + i + 1 for i, c in enumerate(m.group(1)) if c == " "]
        start = next((s for s in starts if reads_as(m.group(2), text[s:m.end(1)])), None)
        if start is not None:
            out.append(Span(start, m.end()))
    return out


# the marks that open the lines of a bilingual text's Chinese side ((中)…, 【中文】…), and the labels of an original the
# text quotes (【原文】, 原詩：) on a line of their own (data/original_labels.txt)
CHINESE_LINE_MARKS = word_list("original_labels.txt")
ORIGINAL = "原"  # what a label of a quoted original holds (原文, 原詩), as a side's mark of a bilingual text (中文) does not
# a line that holds only a label of a quoted original (【原文】, 原詩：, or after a heading's bullet: ◆原詩): the block of
# lines under it is the quotation
LABEL_LINE = re.compile(rf"{SPACE}*(?:[(（【\[［〔〈<＜]{SPACE}*(?P<bracketed>[^)）】\]］〕〉>＞\n]{{1,8}}?){SPACE}*"
                        rf"[)）】\]］〕〉>＞]|(?P<colon>[^:：\n]{{1,8}}?){SPACE}*[:：]"
                        rf"|[{LIST_BULLET}]{SPACE}*(?P<bulleted>[^:：\n]{{1,8}}?){SPACE}*[:：]?){SPACE}*")


def original_block_spans(text: str) -> list[Span]:
    """The lines of an original the text quotes, under a line that holds only its label (`原文：`, `【原文】`, `◆原詩`:
    ``CHINESE_LINE_MARKS``), perhaps one blank line between, down to a blank line or a line with kana; the rest of a
    line that such a label of an original (原…, not a bilingual side's 中) opens in brackets, when it holds kanji and no
    kana (`【原文】知彼知己、百戰不殆`); and each
    quotation elsewhere in the text of words of those lines (`「热搜」は…`, the translator's note on a word of the
    original): the original quoted, not names or words left untranslated."""
    out: list[Span] = []
    quoted: list[str] = []
    lines = text.split("\n")
    at = 0
    offsets = []
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    i = 0
    while i < len(lines):
        m = LABEL_LINE.fullmatch(lines[i])
        if m is None:
            m = LABEL_LINE.match(lines[i])
            label = m.group("bracketed") if m is not None else None
            rest = lines[i][m.end():] if label in CHINESE_LINE_MARKS and ORIGINAL in label else ""
            if rest.strip(SPACES) and any(map(is_kanji, rest)) \
                    and not any(is_hiragana(c) or is_katakana(c) for c in rest):
                # the label of an original in brackets opens the line and the original follows on it (`【原文】知彼知己、
                # 百戰不殆`): the rest of the line, with no kana, is the quotation, its commas and all (a side's mark of a
                # bilingual text, (中), is not: its line is quoted only beside its translation)
                out.append(Span(offsets[i] + m.end(), offsets[i] + len(lines[i])))
                quoted.append(rest)
            i += 1
            continue
        if (m.group("bracketed") or m.group("colon") or m.group("bulleted")) not in CHINESE_LINE_MARKS:
            i += 1
            continue
        i += 1
        if i < len(lines) and not lines[i].strip(SPACES):
            i += 1  # one blank line between the label and the block
        while i < len(lines) and lines[i].strip(SPACES) and not any(is_hiragana(c) or is_katakana(c) for c in lines[i]):
            out.append(Span(offsets[i], offsets[i] + len(lines[i])))
            quoted.append(lines[i])
            i += 1
    if quoted:
        block = "\n".join(quoted)
        for m in QUOTED_WORDS.finditer(text):
            if m.group(2) in block:
                out.append(Span(m.start(2), m.end(2)))
    return out


# a quotation of up to a line's words in kanji: 「热搜」, 『一盏』
QUOTED_WORDS = re.compile(rf"([「『“])([{KANJI_RANGE}]{{2,20}})(?=[」』”])")


@functools.lru_cache(maxsize=1)
def _label_after() -> re.Pattern:
    """A label in parentheses after a form: Wong Kar-wai（英語）, ウォン・カーウァイ（広東語）, or the name of any language or
    variety, a word ending in 語 (Lín Zhìqiáng (閩南語), a romanisation in a regional variety)."""
    labels = "|".join(map(re.escape, form_labels()))
    return re.compile(rf"[（(](?:{labels}|[{KANJI_RANGE}]{{1,{LANGUAGE_NAME}}}語){LABEL_QUALIFIER}[）)]")


LANGUAGE_NAME = 4  # kanji of a language's or variety's name before its 語 (客家語, 閩南語)


FORM_START = "、。,，;；:：「『（(|\n"  # what may stand before a form that a label follows
# a form marked as wrong in a style guide or a quiz (×ターリームー, ✕ Xi Jingping): cited, not used; a mark
# between two words (ファーウェイ×ライカ, a collaboration; 3×4) marks nothing
STRUCK_MARKS = "×✕✖✗✘❌"
STRUCK_FORM = re.compile(rf"(?:^|(?<=[{re.escape(FORM_START)}{SPACES}]))[{STRUCK_MARKS}]{SPACE}*([^{re.escape(FORM_END)}]{{1,{MAX_FORM}}})",
                         re.M)


def _forms_of_one_name(items: list[str]) -> bool:
    """Slash-separated items that are one name in several scripts: Latin beside other scripts (ウルムチ/Urumqi), or
    one word in kanji of two scripts (星河網/星河网)."""
    if len({bool(LATIN.search(item)) for item in items}) == 2:
        return True
    cells = [item.strip(SPACES) for item in items]
    return all(KANJI_RUN.fullmatch(c) for c in cells) and len(set(cells)) > 1 \
        and all(_same_word(cells[0], c) for c in cells[1:])


@functools.lru_cache(maxsize=1)
def _latin_labels() -> tuple[str, ...]:
    """data/latin_form_labels.txt, longest first."""
    return tuple(sorted(word_list("latin_form_labels.txt"), key=len, reverse=True))


def _latin_label(match: str) -> bool:
    """The label ``match`` (a match of ``_label``, its leading space, bar or bracket aside) names a form written in
    Latin letters (英語, 英名, ピンイン: data/latin_form_labels.txt), not another label that begins with one."""
    label = match.lstrip(SPACES + "|【〔［[（(")
    latin = next((w for w in _latin_labels() if label.startswith(w)), "")
    return bool(latin) and not any(len(w) > len(latin) and label.startswith(w) for w in form_labels())


def labelled_spans(text: str) -> list[Span]:
    """Spans of the forms that labels introduce, each up to the next 、, closing bracket or line end (a Chinese comma
    followed by a kanji does not end a form labelled right after an opening bracket: `（原題：星之城，月之镇）`),
    of lines that list a name's forms in several scripts, separated by slashes (ウルムチ/Urumqi, 星河網/星河网),
    of the form rows above, and of a row's value above a row that gives its reading (名前:陈丽华 above 読み:チェン・リーホア). A full-width bar (簡体字｜习近平) separates cells as ``|`` does.
    A form ends where the prose's hiragana resumes (英語の記事ではMingyuan Linの名で…), but for a reading in hiragana; a
    label of a form written in Latin letters (``_latin_label``) followed by no Latin letter and no quotation mark gives
    none (英語の記事ではボランティアの一団として…: the English account, rendered in Japanese)."""
    text = text.replace(FULL_WIDTH_BAR, "|")  # one code point for one: every offset holds
    out = [Span(m.start(), m.end()) for m in FORM_ROW.finditer(text) if _forms_of_one_name(re.split(f"[{SLASHES}]", m.group()))]
    out += form_rows(text)
    if "|" in text or "\t" in text:
        out += labelled_columns(text)
    if "|" in text:
        out += labelled_cells(text)
    for m in _label().finditer(text):
        end = m.end()
        if MIXED_SCRIPT_NAME.match(text, end):
            continue  # 英語ではTang雅琴局長と記された: a surname in Latin glued to a given name in kanji, no form
        if not LATIN_OR_QUOTE.match(text, end) and _latin_label(m.group()):
            continue  # 英語の記事ではボランティアの一行として…: the English account rendered, no English form
        bracketed = m.start() > 0 and text[m.start() - 1] in "（("  # （原題：星之城，月之镇）: up to the closer
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if ENGLISH_VALUE.fullmatch(text, end, line_end):
            end = line_end  # a value all in English runs to its line's end, commas and all (One Belt, One Road)
        while end < len(text) and end - m.end() < MAX_FORM and (
                text[end] not in FORM_END or (bracketed and text[end] == "，" and is_kanji(text[end + 1:end + 2] or "a"))):
            end += 1
        if not is_hiragana(text[m.end():m.end() + 1] or "a") and text[m.end():m.end() + 1] not in OPEN_CLOSE_QUOTES:
            # a form is a name or a word: the prose's own grammar resumes at its first hiragana (英語の記事ではMingyuan
            # Linの名で…: the form is Mingyuan Lin, not the sentences after it; 片仮名表記はシンホーで…: シンホー); a
            # reading in hiragana is hiragana throughout (読み:せいがろう)
            grammar = PROSE_RESUMES.search(text, m.end(), end)
            end = grammar.start() if grammar else end
        end = m.end() + len(text[m.end():end].rstrip())
        while text[end:end + 2] in NEXT_QUOTE:  # 日本語と中国語で「友好」「友谊」: each quotation a form
            close = text.find(text[end], end + 2, end + 2 + MAX_FORM)
            if close < 0:
                break
            end = close
        if end > m.end():
            out.append(Span(m.end(), end))
        # a list of Latin forms goes on after 、 (英語では Tarim、Bosten、Niya), and one of readings in kana after 、 or
        # a slash (読み方:せいがろう、ほしかわろう/シンホーロウ)
        listed = LATIN_LIST_ITEM if LATIN.match(text, m.end()) else \
            KANA_LIST_ITEM if KANA_VALUE.fullmatch(text, m.end(), end) else None
        if listed is not None:
            for item in listed.finditer(text, end):
                if item.start() != end:
                    break
                out.append(Span(item.start(1), item.end(1)))
                end = item.end()
    if "（" in text or "(" in text:
        for m in _label_after().finditer(text):
            start = m.start()
            while start > 0 and m.start() - start < MAX_FORM and text[start - 1] not in FORM_START:
                start -= 1
            start += len(text[start:m.start()]) - len(text[start:m.start()].lstrip(SPACES + "*・-"))
            if start < m.start():
                out.append(Span(start, m.start()))
    if any(label in text for label in READING_LABELS):
        out += [Span(m.start(1), m.end(1)) for m in NAME_ABOVE_READING.finditer(text)]
    out += original_block_spans(text)
    if any(mark in text for mark in STRUCK_MARKS):  # (the pattern itself is tried at every line start and FORM_START)
        out += [Span(m.start(1), m.end(1)) for m in STRUCK_FORM.finditer(text)]
    return out
