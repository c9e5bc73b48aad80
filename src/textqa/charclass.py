"""Character classes used by finders and rules (by code point, no tables of words)."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left


KNOWN_CHARACTERS = 1 << 16  # answers each class remembers (then afresh)


class LazyPattern:
    """A regular expression compiled when a run first uses it, for a pattern that only some texts reach (behind a
    rule's sieve or a rare line): ``re`` spends about 1.5 ms of CPU on each class of the kanji ranges a pattern names
    (it marks their 27,000 code points one by one in a Python loop), so a plain lint should compile only what it
    runs. Used as the compiled pattern is (``search``, ``finditer``...); after the first use its methods are
    attributes of this object, looked up as fast as a compiled pattern's."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


class CharClass:
    """One character class, defined once by code-point ranges: a membership test and a regex range (inside [...])."""

    def __init__(self, ranges: tuple[tuple[int, int], ...], extra: str = ""):
        self.ranges, self.extra = ranges, extra
        self.range = "".join(f"{_esc(lo)}-{_esc(hi)}" for lo, hi in ranges) + extra
        self._known: dict[str, bool] = {}  # character -> member, for the characters tested so far (bounded)

    def __contains__(self, ch: str) -> bool:
        known = self._known.get(ch)  # this test runs for every character some rules read: one lookup
        if known is None:
            known = self._test(ch)
            if len(self._known) >= KNOWN_CHARACTERS:
                self._known.clear()
            self._known[ch] = known
        return known

    def _test(self, ch: str) -> bool:
        if len(ch) != 1:  # no character (a slice past either end of the text) is in no class
            return False
        o = ord(ch)
        for lo, hi in self.ranges:
            if lo <= o <= hi:
                return True
        return ch in self.extra


def word_alternation(words) -> str:
    """A regular expression (no group) matching where one of ``words`` begins, written as a tree of their shared
    beginnings (中国語(?:表記|名|…)?|…): the engine follows one branch a character, where a flat alternation compares
    the text with every word in turn. Longer words through a node are tried before the one that ends there, as a
    flat alternation of the words longest first does. Not for IGNORECASE patterns (two branches, 'a' and 'A', could
    then both go on)."""
    tree: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word matches everywhere")
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


def _esc(o: int) -> str:
    return f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}"


KANJI = CharClass(((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x3134F)), "々〆")
# katakana letters and the long mark (not the middle dot ・), small ㇰ-ㇿ and half-width ｦ-ﾝ
KATAKANA = CharClass(((0x30A1, 0x30FA), (0x30FC, 0x30FC), (0x31F0, 0x31FF), (0xFF66, 0xFF9D)))
HIRAGANA = CharClass(((0x3041, 0x3096),))
# katakana that no word begins with: the moraic n, the small tsu and small vowels and ya/yu/yo, the long mark
KATAKANA_NON_INITIAL = "ンッァィゥェォャュョヮヵヶー"
GLIDE_KANA = "ァィゥェォャュョヮ"  # small kana that join the kana before into one mora (シュ, ティ): no mora of their own
# the morae that end a Sino-Japanese (on) reading of two morae (コウ, ケイ, ガク, セキ, イチ, ハツ, キン, and ガッ
# before another): a kanji's on reading is one mora or two, the second one of these
ON_READING_ENDS = "イウキクチツンッ"
LATIN_LETTER_RANGE = "A-Za-z\u00c0-\u024f"  # with accented letters: pinyin with tone marks (Dù Fǔ)
ACCENT_RANGE = "\u00c0-\u024f\u0300-\u036f"  # accented letters and combining marks: a tone mark (hǎo, or a + ̌)
# a letter of pinyin as lessons print it: Latin with tone marks, precomposed or combining, and the script a and g of
# some fonts (ɡāo, mɑ)
PINYIN_LETTER_RANGE = f"A-Za-z{ACCENT_RANGE}\u0251\u0261"
# zhuyin (bopomofo), the phonetic script Taiwan reads characters with: its letters (ㄅ to ㄯ, and the extended ㆠ to ㆿ)
# and the tone marks it writes after a syllable (ˊ ˇ ˋ ˙), as a learner's page reads a word (ㄧㄣˊ) (a regex range)
ZHUYIN_RANGE = "\u3105-\u312f\u31a0-\u31bf\u02ca\u02c7\u02cb\u02d9"
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"  # the vowels of pinyin with a tone mark, precomposed
PINYIN_LOWER_RANGE = f"a-zü{TONE_VOWELS}"  # a lower-case letter of pinyin, tone-marked or not (a regex range)
PINYIN_UPPER_RANGE = f"A-ZÜ{TONE_VOWELS.upper()}"  # a capital letter opening pinyin, tone-marked or not (Ān, Huáng)
# the Unicode kana blocks whole, where a check wants every character of them (the marks ゛゜ゝゞヽヾ, ・ and ー too)
HIRAGANA_BLOCK_RANGE = "\u3040-\u309f"
KATAKANA_BLOCK_RANGE = "\u30a0-\u30ff"
KANA_BLOCKS_RANGE = HIRAGANA_BLOCK_RANGE + KATAKANA_BLOCK_RANGE
SPACES = " \u3000"  # a half- or a full-width space
SPACE = f"[{SPACES}]"  # regex: one of them
SLASHES = "/／"  # a half- or a full-width slash
COLONS = ":："  # a half- or a full-width colon (a label's, a speaker's, a term's before its explanation)
DIGIT_RANGE = "0-9０-９"  # a half- or a full-width digit (a regex range: inside [...])
AMOUNT = LazyPattern(f"[{DIGIT_RANGE}][{DIGIT_RANGE},，.]*")  # an amount written in digits, with its separators: 60, 1,200
FULL_WIDTH_CAPITAL_RANGE = "Ａ-Ｚ"  # a full-width Latin capital (a regex range)
FULL_WIDTH_SMALL_RANGE = "ａ-ｚ"  # a full-width Latin small letter (a regex range)
LATIN_ANY_WIDTH_RANGE = f"A-Za-z{FULL_WIDTH_CAPITAL_RANGE}{FULL_WIDTH_SMALL_RANGE}"  # a half- or a full-width Latin letter, unaccented (a regex range)
# a list item's or heading's bullet at a line's start (・中国語表記 星河网, ■不(bù)+第4声, ● 出演)
LIST_BULLET = "■□●○◆◇▲△▼▽★☆・"
CELL_FILLER = SPACES + "\t|"  # what stands around a table cell's or a short line's text: spaces, tabs, table bars
KATAKANA_SEPARATORS = "・･ 　=＝"  # what joins the katakana words of one name (マ・ファテン, マ＝ファテン)
LIST_JOINERS = "と、や"  # what joins the items of a list of names in Japanese prose (藍港と華図, 大同、太原)
CHINESE_LIST_JOINERS = "、和与及"  # what joins the items of a list of names in Chinese prose (甘肃、青海; 泰国和巴西)
ROMAN_NUMERAL_RANGE = "\u2160-\u216b\u2170-\u217b"  # Ⅰ–Ⅻ and ⅰ–ⅻ, one character each (Ⅱ级, 第Ⅳ期)
# numbers in circles, as lists and exam papers number their items: ① to ⑳, and white on black ❶ to ❿ (regex ranges)
CIRCLED_NUMBER_RANGE = "①-⑳"
NEGATIVE_CIRCLED_NUMBER_RANGE = "❶-❿"
KATAKANA_A_TO_N_RANGE = "\u30a2-\u30f3"  # the katakana letters ア to ン (small ones among them), as labels (ア, イ, ウ)
# a lone surrogate: how Python keeps the bytes of a file name that is not UTF-8 (a regex range)
SURROGATE_RANGE = "\ud800-\udfff"
GETA_MARK = "〓"  # a typesetter's mark for a character the font or the encoding lacks


def is_kanji(ch: str) -> bool:
    return ch in KANJI


def sorted_place(chars: str, ch: str) -> int:
    """Where the character ``ch`` is in ``chars``, a string of distinct characters in code-point order (a bisection
    in C), or -1: a table's thousands of characters held as one string of a few kilobytes, where a set or a dict's
    keys take about 100 bytes a character."""
    at = bisect_left(chars, ch)
    return at if at < len(chars) and chars[at] == ch else -1


@functools.lru_cache(maxsize=8192)
def common_kanji(ch: str) -> bool:
    """A kanji of JIS X 0208's first level (rows 16-47, the 2,965 kanji of everyday Japanese: 准, 燐, 日): a character
    any Japanese text may hold. The second level and characters JIS lacks (淮, 羲, 沭) are rare in Japanese."""
    try:
        code = ch.encode("euc_jp")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xCF


def is_katakana(ch: str) -> bool:
    return ch in KATAKANA


def is_hiragana(ch: str) -> bool:
    return ch in HIRAGANA


def is_kana(ch: str) -> bool:
    return is_hiragana(ch) or is_katakana(ch)


KANA_OFFSET = ord("ア") - ord("あ")  # from a hiragana to the katakana of the same sound


def to_katakana(hiragana: str) -> str:
    """Hiragana written as the katakana of the same sounds (の -> ノ); other characters are not expected."""
    return "".join(chr(ord(c) + KANA_OFFSET) for c in hiragana)


def to_hiragana(katakana: str) -> str:
    """Katakana written as the hiragana of the same sounds (ノ -> の); other characters are not expected."""
    return "".join(chr(ord(c) - KANA_OFFSET) for c in katakana)


def japanese_share(text: str) -> float:
    """Kana and kanji among the letters of ``text`` (0.0 when it has no letters)."""
    japanese = letters = 0
    for ch in text:
        if is_kanji(ch) or is_kana(ch):
            japanese += 1
            letters += 1
        elif ch.isalpha():
            letters += 1
    return japanese / letters if letters else 0.0


def is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()



SENTENCE_ENDS = "。！？!?"  # marks that end a Japanese sentence (full- and half-width)
SENTENCE_OR_LINE_ENDS = SENTENCE_ENDS + "\n"  # where a sentence ends: its mark, or the end of its line
SPEAKER_MARKS = "：:—―"  # what ends a speaker's label at the start of an interview's paragraph (柯晓岚：, 记者——)
OPEN_BRACKETS = "「『（(“【〔［["
CLOSE_BRACKETS = "」』）)”】〕］]"
TITLE_CLOSE = "』」"  # the quotes a work's title ends with (『青い星河』), before its reading in brackets
PAIRS = dict(zip(OPEN_BRACKETS, CLOSE_BRACKETS))
OPENER_OF = dict(zip(CLOSE_BRACKETS, OPEN_BRACKETS))  # the opening bracket of each closing one
PARENS = {"（": "）", "(": ")"}  # round brackets, full- and half-width
ANGLE_BRACKETS = {"〈": "〉", "《": "》"}  # Chinese title marks; a headword's other script too (星河龍〈星河龙〉)
# what holds a gloss right after a name: round brackets, and the tortoise-shell brackets a dictionary entry holds a
# headword's reading in (林志強〔リン・ジーチアン〕)
GLOSS_BRACKETS = {**PARENS, "〔": "〕"}
QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”", "\"": "\""}  # quotes around a word talked about as a word
OPEN_CLOSE_QUOTES = {o: c for o, c in QUOTE_PAIRS.items() if o != c}  # those whose two marks differ (not "…")
OPEN_CLOSE_QUOTE = re.compile(f"[{''.join(OPEN_CLOSE_QUOTES)}]")  # regex: the opening mark of one of them
SENTENCE_CLOSERS = CLOSE_BRACKETS + "’"  # quotes and brackets that close with the sentence before them
BRACKET = re.compile(f"[{re.escape(OPEN_BRACKETS + CLOSE_BRACKETS)}]")  # any opening or closing bracket

# the same classes as regular-expression ranges (inside [...])
KANJI_RANGE = KANJI.range
KATAKANA_RANGE = KATAKANA.range
HIRAGANA_RANGE = HIRAGANA.range
KANA_RANGE = HIRAGANA.range + KATAKANA.range
JAPANESE_RANGE = KANJI_RANGE + KANA_RANGE
HANGUL_RANGE = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"  # Korean syllables and jamo

# one character of a class, to search a text for in C rather than test it character by character (the same answers
# as ``is_kana``, ``is_kanji`` and either: tests/test_scan_sieves.py)
KANA_CHAR = re.compile(f"[{KANA_RANGE}]")
TONE_VOWEL = re.compile(f"[{TONE_VOWELS}]")  # a vowel of pinyin with a tone mark (one scan of a text in C)
KANJI_CHAR = LazyPattern(f"[{KANJI_RANGE}]")  # searched only in a text that may be a Chinese lesson (labels)
JAPANESE_CHAR = re.compile(f"[{JAPANESE_RANGE}]")

# runs of one script, shared by the finders and the rules
KANJI_RUN = re.compile(f"[{KANJI_RANGE}]+")
JAPANESE_RUN = re.compile(f"[{JAPANESE_RANGE}]+")  # kana and kanji together: a Japanese stretch of a mixed line
# an Aozora Bunko ruby: the reading in kana, in 《》, of the word before it (螢草《ほたるぐさ》; a Chinese title in 《》 holds
# kanji)
RUBY_READING = LazyPattern(f"《[{KANA_RANGE}]+》")
SPEAKER_LABEL = re.compile(f"[{JAPANESE_RANGE}]{{1,10}}[{SPEAKER_MARKS}]")  # a speaker's label opening an interview's paragraph (记者：)
KATAKANA_WORD = re.compile(f"[{KATAKANA_RANGE}]+")
KATAKANA_RUN = re.compile(f"[{KATAKANA_RANGE}]+(?:[{KATAKANA_SEPARATORS}][{KATAKANA_RANGE}]+)*")  # words joined by separators
LATIN_WORD = re.compile(f"[{LATIN_LETTER_RANGE}]+")
LATIN_NAME_RUN = re.compile(f"[{LATIN_LETTER_RANGE}]+(?:[ \\-'][{LATIN_LETTER_RANGE}]+)*")  # Deng Xiaoping, Yi-Lihua

EMOJI = re.compile("[\U0001F000-\U0001FAFF]")  # pictographs, faces, hands (🌸 😂 👍): social-media writing
# (each pattern below opens with the character it needs, its look behind after it: the engine then skips to that
# character in C, where a look behind first is tried at every code point of a text that holds none)
# laughter typed as w after a word (行列できてるｗ, 眠いｗｗ), or 笑 in parentheses: casual writing
LAUGHTER = re.compile(f"[ｗw](?<=[{JAPANESE_RANGE}][ｗw])[ｗw]*(?![{LATIN_ANY_WIDTH_RANGE}0-9])|[(（]笑[)）]")
EMPHASIS = re.compile("[!?！？]{2,}")  # ! or ? written twice or more (面白い!!, ほんと!?): a casual writer's emphasis
# one ! after kana, ending what is said (着いたよ!, いいね!): news and its translations state, they do not exclaim
EXCLAIMED = re.compile(f"[!！](?<=[{HIRAGANA_RANGE}][!！])(?![!?！？])")
# a vowel drawn out in hiragana, by a small vowel kana, a long-vowel mark or a wave dash (さぁ, いやー, 夏じゃ〜ん, う~ん): speech
# typed as it sounds, which standard orthography leaves to katakana loanwords
DRAWN_VOWEL = re.compile(f"[{HIRAGANA_RANGE}][ぁぃぅぇぉゎー〜～~]")
# an ellipsis typed as three full stops or commas or more (こんなものか。。。, むずかしい、、、): a personal writer's trailing
# off; edited prose and its translations write …
TYPED_ELLIPSIS = re.compile("。{3,}|、{3,}")
# what technical writing shows around the commands and identifiers it names in Latin letters
CODE_OPTION = re.compile(r"-(?<![^\s]-)-?[a-z][a-z-]*(?![A-Za-z0-9])")  # a command-line option: commit --amend, run -d
# a command's one-letter option after its hyphen, the letter alone (-O, -s): `-a、-b、 -C のいずれか`
ONE_LETTER_OPTION = "[A-Za-z](?![A-Za-z0-9])"
CODE_CALL = re.compile(r"\b[a-z_][A-Za-z0-9_]*(?:\.[a-z_][A-Za-z0-9_]*)*\([A-Za-z0-9_=,.'\" ]*\)", re.ASCII)  # sort()
CODE_ARGUMENT = re.compile(r"\b[a-z_][a-z0-9_]*=[A-Za-z0-9_\"'\[]", re.ASCII)  # a named argument: reverse=True
CODE_PATH = re.compile(r"/(?<![A-Za-z0-9.:/~]/)[a-z0-9_.-]+/[a-z0-9_.-]*", re.ASCII)  # a file system path: /var/log
CODE_LINE = re.compile(r"(?m)^[ \t]*[a-z][a-z0-9_.-]*(?:[ \t]+[A-Za-z0-9_.:/=^~-]+)+[ \t]*$")  # git log master
# a command with a placeholder for what the reader types after it, in angle brackets (apt install <パッケージ名>,
# cp <file-name>); not a word of Latin letters alone, which is how an HTML tag reads (<b>, <span>)
CODE_PLACEHOLDER = re.compile(r"\b[a-z][a-z0-9_.-]* <(?![A-Za-z0-9]+>)[^<>\s]{1,30}>", re.ASCII)
HASHTAG = re.compile(r"[#＃](?<![^\s][#＃])[^\s#＃。、，,.!?！？「」『』()（）]+")  # #tag at a word start: an identifier
# Line breaks as str.splitlines() knows them (CR LF is one break); one definition for documents, excerpts, glossaries
LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
LINE_FEED = re.compile("\n")  # the one line break of Markdown offsets and of suppression comments' lines
