"""Where a mention is correct by context: parenthesised glosses and introduced aliases."""
from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Mapping
from typing import NamedTuple

from ..charclass import (CLOSE_BRACKETS, COLONS, HASHTAG, HIRAGANA_RANGE, OPEN_BRACKETS, KANA_BLOCKS_RANGE, KANA_CHAR, KANJI_RANGE,
                         KATAKANA_BLOCK_RANGE, KANJI_RUN, LATIN_LETTER_RANGE, LATIN_WORD, GLOSS_BRACKETS, QUOTE_PAIRS,
                         DIGIT_RANGE, PAIRS, PARENS, SENTENCE_ENDS, SLASHES, SPACE, SPACES, LazyPattern, is_hiragana, is_kana, is_kanji, is_katakana,
                         is_ascii_alnum, KANA_RANGE, LIST_BULLET)
from ..findings import Mention, Span
from ..glossary.forms import is_simplified_only, japanese_forms, simplified_form, simplified_spelling
from ..labels import FULL_WIDTH_BAR, labelled_spans
from ..phonetics.pinyin import tone_marks
from ..phonetics.syllables import segment
from ..phonetics.tables import org_suffixes
from ..wordlists import alternation, has_word, word_list, words_pattern
from .kinds import MentionKind

LATIN_NAME_GOES_ON = re.compile(r"(?: [A-Z][A-Za-z]*)*")  # more capitalised words of an English name
MAX_COUNTRY = 2  # 華為技術日本株式会社: a country in two kanji between a name and its company type
_GLOSS_OPENER = re.compile("[" + re.escape("".join(GLOSS_BRACKETS)) + "]")
MAX_SUFFIX = 2  # 合肥市（…）: a short suffix may stand between a name and its gloss
# Words for a language edition (data/editions.txt), words that introduce another name for the same thing
# (data/alias_markers.txt: 英語名はポニー・マー) and words before a name that give it as the name of a subsidiary
# (data/subsidiary_markers.txt: 星河通信日本法人のギャラクシア) are data, read by textqa.wordlists.


@functools.lru_cache(maxsize=1)
def alias_followers() -> re.Pattern:
    """Phrases after a name that talk about the name itself (Xの名で知られる, Xと表記する), give it as another name of
    what follows (XことY), call something by it (Xという会社, Xっていう人), say which kind of name it is (X って英語名), or
    give it as a wiki page's other title (Xから転送, Xからリダイレクト: a redirect from an old name or a short one)."""
    markers = "|".join(map(re.escape, word_list("alias_markers.txt")))
    return re.compile(r"(?:、?いわゆる|の名で|の名義|という|っていう|って言う|と呼ば|とも呼ば|と言われ|と表記|とも表記|と名乗|と綴|"
                      r"でも知られ|として\S{0,4}知られ|こと(?=[^\s、。，がをにはもでのと])|から転送|からリダイレクト|"
                      r"(?:って|は|が|の)\s?(?:" + markers + "))")


TALK_BEFORE, TALK_AFTER = 80, 40  # code points searched for words about names around a quoted form


WRAPPED_GLOSS = 160  # code points a gloss may run over a line break of hard-wrapped text (no blank line, no 。)


def gloss_groups(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, Span]]:
    """(open offset, inner span) of each parenthesis closed within its line, or, in hard-wrapped text, on a line
    after it in the same paragraph within WRAPPED_GLOSS code points and no `。` (林志強（りん しきょう、 / リン・
    ジーチアン、1960年 - ）), that opens from ``start``, before ``end``. A parenthesis the text's end cuts short
    (an excerpt that stops inside a gloss: `…藍思追(ラン・スー`), with no `。` and less than WRAPPED_GLOSS code
    points after it, holds a gloss up to that end."""
    groups = []
    for m in _GLOSS_OPENER.finditer(text, start, len(text) if end is None else end):
        i, ch = m.start(), m.group()
        close = GLOSS_BRACKETS[ch]
        depth, j = 0, i + 1
        while j < len(text) and (text[j] != "\n" or (
                j - i < WRAPPED_GLOSS and text[j + 1:j + 2] not in ("\n", "") and "。" not in text[i:j])):
            if text[j] == ch:
                depth += 1
            elif text[j] == close:
                if depth == 0:
                    groups.append((i, Span(i + 1, j)))
                    break
                depth -= 1
            j += 1
        else:
            if depth == 0 and j - i < WRAPPED_GLOSS and not text[j:].strip() and "。" not in text[i:j]:
                groups.append((i, Span(i + 1, j)))  # cut short by the text's end
    return groups


class GlossGroups(Mapping):
    """``gloss_groups(text)`` as a mapping from open offset to inner span, kept in three flat arrays (24 bytes a
    group; a dict entry with its Span took about 200): a long document keeps it while its rules run."""

    __slots__ = ("opens", "starts", "ends")

    def __init__(self, text: str) -> None:
        self.opens, self.starts, self.ends = array("q"), array("q"), array("q")
        for opening, inner in gloss_groups(text):  # in order of their openings
            self.opens.append(opening)
            self.starts.append(inner.start)
            self.ends.append(inner.end)

    def __getitem__(self, opening: int) -> Span:
        k = bisect.bisect_left(self.opens, opening)
        if k == len(self.opens) or self.opens[k] != opening:
            raise KeyError(opening)
        return Span(self.starts[k], self.ends[k])

    def __iter__(self):
        return iter(self.opens)

    def __len__(self) -> int:
        return len(self.opens)


# wiki source between a name and its gloss: bold marks and footnotes ('''林志強'''<ref>…</ref>（りん しきょう、…）)
_WIKI_INLINE = r"(?:<ref\b[^<>\n]*/>|<ref\b[^<>\n]*>[^<\n]*</ref>|'{2,3})+"
WIKI_INLINE = re.compile(_WIKI_INLINE)
WIKI_INLINE_BEFORE = re.compile(_WIKI_INLINE + r"\Z")
WIKI_WINDOW = 400  # code points before a gloss searched for footnotes


def before_wiki_markup(text: str, opening: int) -> int:
    """Where the wiki markup that ends right before ``opening`` begins (``opening`` itself when there is none)."""
    m = WIKI_INLINE_BEFORE.search(text, max(0, opening - WIKI_WINDOW), opening) if text[opening - 1:opening] in ">'" \
        else None
    return m.start() if m else opening


def gloss_after(text: str, end: int, groups_by_open: Mapping[int, Span], *, editions: bool = True) -> Span | None:
    """The gloss that opens right after offset ``end`` (allowing a short suffix and a space after it, 星河市 (セイガ市),
    a language edition, 星河網日本語版（…）, more words of a Latin name: Huawei Technologies Japan (華為技術日本)
    glosses the whole name, or wiki bold marks and footnotes: '''星河'''<ref>…</ref>（…）)."""
    if end and text[end - 1].isascii() and text[end - 1].isalpha():
        end = LATIN_NAME_GOES_ON.match(text, end).end()
    if text[end:end + 1] in ("<", "'"):
        wiki = WIKI_INLINE.match(text, end)
        end = wiki.end() if wiki else end
    while end < len(text) and text[end] in GLOSS_GAP + "】":  # Lin Zhiqiang (繁体字: …), 「Sun Yat-sen」(孫逸仙)
        end += 1
    if text[end - 1:end + 1] == "】\n":  # a dictionary's headword above its gloss: …【林志強】 / (Lin Zhiqiang)…
        end += 1
    if editions:
        edition_words = word_list("editions.txt")
        if text.startswith(edition_words, end):  # 星河網日本語版（…）
            end += next(len(e) for e in edition_words if text.startswith(e, end))
    kinds, heads = legal_suffixes(), _suffix_heads()
    for k in range(MAX_SUFFIX + 1):
        pos = end + k
        gap = pos
        while k and gap < len(text) and text[gap] in GLOSS_GAP:  # 星河市 (セイガ市), 「星河南」（Xinghe Nan）
            gap += 1
        if gap in groups_by_open:
            return groups_by_open[gap]
        kind = next(t for t in kinds if text.startswith(t, pos)) \
            if text[pos:pos + 1] in heads and text.startswith(kinds, pos) else None
        if kind:  # 星河市博物館（Xinghe Museum）: the gloss gives the institution's name, the place's in it
            after = pos + len(kind)
            while after < len(text) and text[after] in SPACES:
                after += 1
            if after in groups_by_open:
                return groups_by_open[after]
        if pos >= len(text) or not text[pos].strip() or text[pos] in GLOSS_HEAD_ENDS:
            return None
    return None


GLOSS_HEAD_ENDS = "、。，,.：:" + CLOSE_BRACKETS  # what ends the words a gloss after a name may follow
GLOSS_GAP = " \u3000」』”"  # what may stand, any number of times, between a name (or its suffix) and its gloss
# what lets ``gloss_after`` read on past a name without bound: spaces and closing marks, a dictionary's 】, wiki markup
_READ_ON = re.compile("[" + re.escape("".join(dict.fromkeys(GLOSS_GAP + "】" + SPACES + "<'"))) + "]")


@functools.lru_cache(maxsize=1)
def _gloss_reach() -> int:
    """How far past a name ``gloss_after`` reads when nothing lets it read on (``_READ_ON``): the line break after a
    dictionary's 】, a language edition, ``MAX_SUFFIX`` code points and an organisation's suffix."""
    return 1 + max(map(len, word_list("editions.txt"))) + MAX_SUFFIX + max(map(len, legal_suffixes()))


def gloss_beyond_reach(text: str, end: int, opens) -> bool:
    """True when ``gloss_after(text, end, groups)`` is None for certain, as it is for most names: no gloss opens at or
    after ``end`` (``opens``: the openings of ``groups``, in order), or none within the code points it reads past
    ``end`` (``_gloss_reach``) and nothing there lets it read further (a Latin name going on, wiki markup, spaces,
    closing quotes). A cheap first test (a bisection and a search in C) before the full one."""
    k = bisect.bisect_left(opens, end)
    if k == len(opens):
        return True  # every gloss it returns opens at or after end
    reach = _gloss_reach()
    if opens[k] <= end + reach or (end and text[end - 1].isascii() and text[end - 1].isalpha()):
        return False
    return _READ_ON.search(text, end, end + reach + 1) is None


LONGER_NAME = 8  # kanji or katakana that may follow a name inside a longer one that an English gloss translates
ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*)+")  # Shilin Yi Autonomous County


def english_gloss_of_longer_name(text: str, end: int, groups_by_open: Mapping[int, Span]) -> Span | None:
    """The English gloss of a longer name that begins with the one ending at ``end``: `青石ミャオ族自治県(Qingshi Miao
    Autonomous County)` translates the whole name, and spells 青石 in it as the English name does."""
    pos = end
    while pos < len(text) and pos - end < LONGER_NAME and (is_kanji(text[pos]) or is_katakana(text[pos])):
        pos += 1
    inner = groups_by_open.get(pos) if pos > end else None
    return inner if inner is not None and ENGLISH_NAME.fullmatch(text, inner.start, inner.end) else None


def named_as_such(text: str, end: int) -> bool:
    """True when the text goes on to talk about the name itself (…の名で知られる, …と表記する)."""
    after = text[end:end + 12].lstrip("」』” \u3000")
    return alias_followers().match(after) is not None


# what calls a place or a person by a name (X と呼ばれる, X の名で知られる, X という名前で売る: under that name; X という
# 名の人: one of that name): said of the thing, not of how it is written
CALLED_BY = re.compile(r"(?:と|とも)呼ば|の名前?で|という名前?[での]|の名義|と名乗|でも知られ|として\S{0,4}知られ")


# what names a reading as one, right after it (カンザイシャンズと読む, …とも読みます)
READ_SO = re.compile(r"と(?:も)?読[むみまめ]")


def read_so(text: str, end: int) -> bool:
    """True when the reading right before ``end``, unquoted, is named as the way the name is read
    (`星河巷子に。シンホーシャンズと読むようです`): a reading told, not the name rendered by its sound. A reading quoted
    before と読む (`「シンホー」と読む`) is a form the text shows, read as quoted forms are."""
    return READ_SO.match(text, end) is not None


# what a text says a reading is in, right before it (標準中国語でシンホー・ミン。広東語ではセンホー・メン): a language's name
# (data/chinese_language_names.txt) and で, では or だと, perhaps a space
_IN_LANGUAGE_TAIL = ("では", "だと", "で")
LANGUAGE_NAME = 6  # code points a language's name takes at most (標準中国語, 台湾華語)


def read_in_language(text: str, start: int) -> bool:
    """True when the reading right after ``start`` follows a Chinese language's name and で, では or だと
    (`星河明(ジミー・シン)` / `標準中国語でシンホー・ミン。広東語ではセンホー・メン。`: a star's profile giving his name's
    reading in each language): a reading told as the name's sound in that language, not the name rendered by its
    sound."""
    k = start
    while k > 0 and text[k - 1] in SPACES:
        k -= 1
    tail = next((t for t in _IN_LANGUAGE_TAIL if text.startswith(t, k - len(t))), None)
    if tail is None:
        return False
    head = text[max(0, k - len(tail) - LANGUAGE_NAME):k - len(tail)]
    return head.endswith(tuple(word_list("chinese_language_names.txt")))


# the marks a title sets its reading between, one either side (長相思-ちょうそうし-): hyphens, dashes and wave dashes,
# never the long-vowel mark ー
READING_DASHES = "-－‐‑–—~～〜"


def reading_between_dashes(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the reading is all a pair of one dash holds, right after one of the entity's ``correct`` forms
    (`「星河賦-せいがふ-」のキャスト`: a drama's title with its reading set between hyphens, as Japanese sets a title's
    reading or subtitle): the reading given beside the name, as in brackets. The reading after a dash alone
    (`星河賦-せいがふの物語`) is no such pair."""
    o = span.start - 1
    if o < 1 or text[o] not in READING_DASHES or text[span.end:span.end + 1] != text[o]:
        return False
    return any(form and text.startswith(form, o - len(form)) for form in correct)


# the quotes a name is set in before the reading a text gives right after it: 「…」 and 『…』
READING_QUOTES = {"「": "」", "『": "』"}


def reading_after_quoted_name(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the reading follows right after one of the entity's ``correct`` forms that a 「」 or 『』 holds whole,
    a space between at most (`『星河』 せいがは雑貨の店だ`: a shop's quoted name and then its reading, as a blog reads out a
    sign): the reading given beside the name, as in brackets. The reading with no quoted name right before it
    (`せいがは雑貨の店だ`) is no such gloss."""
    k = span.start
    if k > 0 and text[k - 1] in SPACES:
        k -= 1
    q = k - 1
    if q < 2 or text[q] not in READING_QUOTES.values():
        return False
    opener = next(o for o, c in READING_QUOTES.items() if c == text[q])
    return any(form and text.startswith(form, q - len(form)) and text[q - len(form) - 1:q - len(form)] == opener
               for form in correct)


READING_ANGLES = {"〈": "〉"}  # angle brackets a reading is set in right after the name: 星河〈シンホー〉


def reading_in_angle_brackets(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the reading is all a pair of angle brackets holds right after one of the entity's ``correct`` forms
    (`名前は星河〈シンホー〉。`: an encyclopedia's lead giving the name's reading in 〈〉 as others do in round brackets).
    The reading in 〈〉 after another word (`名前は〈シンホー〉。`) is no such gloss."""
    o = span.start - 1
    if o < 1 or text[o] not in READING_ANGLES or text[span.end:span.end + 1] != READING_ANGLES[text[o]]:
        return False
    return any(form and text.startswith(form, o - len(form)) for form in correct)


def other_script_in_angle_brackets(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the name's form in Chinese is all a pair of angle brackets holds right after one of the entity's
    ``correct`` forms (`星河龍〈星河龙〉`: an encyclopedia's or a wiki's headword, then the same name in the other script,
    as ``reading_in_angle_brackets`` gives its reading so): the original shown beside the name, not a name left in
    Chinese. The form in 〈〉 after another word (`名前は〈星河龙〉`) is no such gloss."""
    return reading_in_angle_brackets(text, span, correct)


def original_beside_its_form(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the span lies in a run of Chinese characters holding a character only simplified Chinese writes, and
    a bracket right after the run gives the run in Japanese forms, one of the entity's ``correct`` forms where the span
    stands in the run (`原作:刘星河风月记(劉星河風月記)`: a drama's source cited in Chinese with its Japanese form): the
    original cited beside its rendering, not a name left in Chinese. The same run with no such bracket, or a bracket
    that reads it otherwise (`刘星河风月记(りゅうせいが…)`), still counts."""
    line_start = text.rfind("\n", 0, span.start) + 1
    lo = span.start
    while lo > line_start and is_kanji(text[lo - 1]):
        lo -= 1
    hi = span.end
    while hi < len(text) and is_kanji(text[hi]):
        hi += 1
    if text[hi:hi + 1] not in ("(", "（"):
        return False
    c = text.find(PAIRS[text[hi]], hi + 1)
    line_end = text.find("\n", hi)
    if c < 0 or (0 <= line_end < c) or not any(is_simplified_only(ch) for ch in text[lo:hi]):
        return False
    at = hi + 1 + (span.start - lo)
    return any(form and text.startswith(form, at) and at + len(form) <= c for form in correct)


def called_by(text: str, end: int, simplified: bool = False) -> bool:
    """True when the name right before ``end``, unquoted, is what the text calls the thing (大窩凼と呼ばれる窪地): a
    name in use, whose characters must be the Japanese ones; the quoted form 「…」と呼ばれる is another matter. A name
    written in simplified Chinese (``simplified``: a character that only simplified Chinese has, or characters Japanese
    has too but writes otherwise in the name, 云 for 雲: ``forms.simplified_spelling``) is in use before an unquoted
    という too, unless the words after it talk about the name (锦泰という鍋: the brand; 锦泰という表記: the form): no
    Japanese name is written so, however the text introduces it."""
    if CALLED_BY.match(text, end) is not None:
        return True
    return simplified and text.startswith(SO_CALLED, end) \
        and not has_word(text[end + len(SO_CALLED):end + len(SO_CALLED) + NOUN_AFTER], name_talk_words())


ALSO = ("とも", "でも")  # before 呼ばれる, 知られる: also called so, a name beside the name (泰山は太山とも呼ばれる)


def called_by_alone(text: str, end: int) -> bool:
    """True when the name right before ``end``, unquoted, is what the text calls the thing (石鐘山と呼ばれる山, Xの名で
    知られる), not another name it is also called (Xとも呼ばれる, Xでも知られる): the name in use, so a sound-alike or a
    look-alike of a glossary name there is that name written with other characters, not an alias. A space after a
    Latin name is skipped (`Xinghe の名で`, as a machine translation sets Latin words apart)."""
    while text[end:end + 1] == " ":
        end += 1
    return CALLED_BY.match(text, end) is not None and not text.startswith(ALSO, end)


SO_CALLED = "という"
NOUN_AFTER = 4  # code points after という where a word about the name is looked for (という表記, という読み方)


# X は A、Y は B と言われる: names listed with what each is called; the first form is followed by 、 and the next pair
CALLED_LIST_REST = re.compile(r"、[^。、\n]{1,20}は[^。、\n]{1,30}?(?:と呼ば|と言われ|と読)")


def called_so_in_a_list(text: str, span: Span) -> bool:
    """True when the sentence pairs names with what each is called and this form is one of them:
    甲はアルファ、乙はベータと言われる (the form after は, followed by the next pair)."""
    return text[span.start - 1:span.start] == "は" and CALLED_LIST_REST.match(text, span.end) is not None


def in_hashtag(text: str, span: Span) -> bool:
    """True when ``span`` lies inside a hashtag (#星河通信): an identifier, not a rendering choice."""
    i = span.start
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "#＃":
        i -= 1
    if i == 0 or text[i - 1] not in "#＃":
        return False
    m = HASHTAG.match(text, i - 1)
    return m is not None and m.end() >= span.end


@functools.lru_cache(maxsize=1)
def _alias_markers() -> tuple[tuple[str, ...], re.Pattern]:
    """The markers ``introduced_as_alias`` looks for, and a pattern that finds any of them (a fast first test)."""
    markers = word_list("alias_markers.txt") + word_list("subsidiary_markers.txt")
    return markers, re.compile("|".join(map(re.escape, markers)))


def introduced_as_alias(text: str, start: int) -> bool:
    """True when a marker such as 英語名は, or one that names a subsidiary (日本法人の), stands just before ``start``."""
    window = text[max(0, start - 12):start]
    markers, any_marker = _alias_markers()
    if not any_marker.search(window):
        return False
    for marker in markers:
        pos = window.rfind(marker)
        if pos < 0:
            continue
        between = window[pos + len(marker):]
        if len(between) <= 3 and all(is_hiragana(c) or c in "「『:：、 " for c in between):
            return True
    return False


@functools.lru_cache(maxsize=1)
def name_talk_words() -> tuple[str, ...]:
    return word_list("name_talk.txt")


@functools.lru_cache(maxsize=1)
def verbatim_marks() -> tuple[str, ...]:
    """と and a word saying a form is copied as written or printed (と記載, と表記, と書かれ): data/verbatim_verbs.txt."""
    return tuple("と" + word for word in word_list("verbatim_verbs.txt"))


def written_also_so(text: str, end: int) -> bool:
    """True when the name right before ``end`` is followed by とも and a word of data/verbatim_verbs.txt (Lan Yumei
    とも表記される, とも書かれる): a spelling the text gives beside the name in use, as a rendering of it; not talk that
    sets the name apart as a form (Xと表記する, ``named_as_such``)."""
    after = text[end:end + 12].lstrip("」』” \u3000")
    return after.startswith(_also_marks())


@functools.lru_cache(maxsize=1)
def _also_marks() -> tuple[str, ...]:
    """``verbatim_marks`` with とも for と (とも表記, とも書かれ)."""
    return tuple("とも" + mark[len("と"):] for mark in verbatim_marks())


@functools.lru_cache(maxsize=1)
def brand_words() -> tuple[str, ...]:
    """Words that name a brand or a trademark (data/brand_words.txt: ブランド, 商標)."""
    return word_list("brand_words.txt")


READING_TALK_SENTENCES = 3  # sentences about readings that make a text about readings
SENTENCE_BREAK = re.compile("[。\n]")


def document_about_readings(doc) -> bool:
    """``about_readings`` of the document's text, worked out once a document (its memo) whichever caller asks first."""
    if "mentions.about_readings" not in doc.memo:
        doc.memo["mentions.about_readings"] = about_readings(doc.text)
    return doc.memo["mentions.about_readings"]


def about_readings(text: str) -> bool:
    """True when three or more sentences of the text talk about how names are read or written (data/reading_talk.txt:
    読み, 発音, ルビ, 表記), two at least about how they are read (a word not of data/writing_talk.txt): a text about
    readings (`シーチンピン読みとシージンピン読み`), whose katakana readings of a name are forms compared, not
    renderings used. A word inside a phrase about reading a text (data/text_reading_phrases.txt: 本を読む, 絵本の読み
    聞かせ) is no talk about readings: a story of a library or a reading corner uses names. A text about kanji
    spellings (表記が混じった, 誤った表記) that once says a surname's reading needs explaining compares no readings, and a
    reading it writes in running text is still a rendering."""
    seen = read = 0
    sentence_end = -1  # where the sentence of the last word counted ends: one count a sentence
    read_end = -1  # the same for the last sentence counted as about reading
    texts_read = [m.span() for m in _text_reading().finditer(text)]
    for m in _reading_talk().finditer(text):
        if any(lo <= m.start() < hi for lo, hi in texts_read):
            continue
        if m.start() >= sentence_end:
            seen += 1
            found = SENTENCE_BREAK.search(text, m.end())
            sentence_end = found.end() if found else len(text)
        if m.start() >= read_end and m.group() not in word_list("writing_talk.txt"):
            read += 1
            read_end = sentence_end
        if seen >= READING_TALK_SENTENCES and read >= READING_SENTENCES:
            return True
    return False


READING_SENTENCES = 2  # of those, the sentences about how names are read, not only written


@functools.lru_cache(maxsize=1)
def _reading_talk() -> re.Pattern:
    return words_pattern(word_list("reading_talk.txt"))


@functools.lru_cache(maxsize=1)
def _text_reading() -> re.Pattern:
    return words_pattern(word_list("text_reading_phrases.txt"))


def ruby_reading(text: str, span: Span) -> bool:
    """True when the mention is a reading in kana that is all an Aozora Bunko ruby mark holds (王※［＃…］《ワンウー》,
    閏土《ルントウ》): the reading of the word before it, printed above it, not a name used in prose."""
    return text[span.start - 1:span.start] == "《" and text[span.end:span.end + 1] == "》" and span.start > 1 \
        and not text[span.start - 2].isspace() and all(is_kana(c) or c in "・ー" for c in text[span.start:span.end])


QUOTE_CLOSERS = ("」", "』")  # a quoted word's closing mark, between the word and its reading in brackets


def reading_of_longer_word(text: str, span: Span) -> bool:
    """True when a reading in kana is part of a longer reading that a pair of round brackets holds whole, right after
    a word in kanji, perhaps quoted (`台湾星雀(たいわんシンジャン)`, `「台湾星雀」(たいわんシンジャン)`: the word's reading,
    of which the mention reads a part, given after it as a dictionary's lead gives it), not the reading standing for
    the name in prose. A bracket that holds the
    mention alone (`台湾星雀(シンジャン)`) reads no more than the name and is left to the other tests."""
    def reading(c: str) -> bool:
        return is_kana(c) or c in "・ー"

    lo, hi = span.start, span.end
    while lo > 0 and reading(text[lo - 1]):
        lo -= 1
    while hi < len(text) and reading(text[hi]):
        hi += 1
    opener = text[lo - 1:lo] if lo > 1 else ""
    word_end = lo - 2
    if text[word_end:word_end + 1] in QUOTE_CLOSERS and word_end > 0:
        word_end -= 1  # 「台湾星雀」(たいわんシンジャン): the word quoted, its reading after the quote
    return opener in PARENS and text[hi:hi + 1] == PARENS[opener] and is_kanji(text[word_end]) \
        and (lo, hi) != (span.start, span.end)


def all_quoted(text: str, span: Span) -> bool:
    """True when the mention is all a quotation holds (「…」, 『…』, “…”)."""
    before = text[span.start - 1:span.start] if span.start else ""
    return before in QUOTE_PAIRS and text[span.end:span.end + 1] == QUOTE_PAIRS[before]


@functools.lru_cache(maxsize=1)
def honorifics() -> tuple[str, ...]:
    """What Japanese writes after a person's name (さん, 氏, 様: data/honorifics.txt)."""
    return tuple(word_list("honorifics.txt"))


SEARCH_BOX_WORDS = ("検索", "入力", "ググ")  # what a search box's verbs hold (で検索, と入力), not 探す or 調べる,
# which prose also uses for looking for a person or a place


@functools.lru_cache(maxsize=1)
def _search_box_verbs() -> tuple[str, ...]:
    """The words of data/search_verbs.txt that say a quoted phrase is typed into a search box (で検索, の検索結果, と入力,
    でググる), not only looked for (を探して)."""
    return tuple(v for v in word_list("search_verbs.txt") if any(w in v for w in SEARCH_BOX_WORDS))


def quoted_as_form(text: str, span: Span) -> bool:
    """True when the mention is all a quotation holds, or all but an honorific after it (「ミーさん」と呼んでいた: how
    someone was addressed), and the text around talks about names (呼び方, 読み, 表記): 「マオ・ツォートン」でなく
    「もうたくさん」と読む, 英語では「Sun Yat-sen」; or about a brand (ブランド, 商標: data/brand_words.txt), the
    brand named as such, when the form is no simplified spelling (``simplified_spelling``: ブランド「星乐」, with a
    simplified-only character, and ブランド「叶星」 for 葉星, with 叶 that Japanese writes for another word, are Chinese
    left in); or when words saying it is typed into a search box follow the quotation (`「ミナ カワ」の検索結果`,
    `「…」で検索`: data/search_verbs.txt, those of a search box), the keyword as typed."""
    if text[span.start - 1:span.start] not in QUOTE_PAIRS:
        return False  # no quotation opens right before it (most mentions): ``all_quoted`` fails, honorific or not
    honorific = next((h for h in honorifics() if text.startswith(h, span.end)), "")
    if not all_quoted(text, Span(span.start, span.end + len(honorific))):
        return False
    if text.startswith(_search_box_verbs(), span.end + len(honorific) + 1):
        return True  # 「ミナ カワ」の検索結果, 「…」で検索: the name typed into a search box, as typed
    around = text[max(0, span.start - TALK_BEFORE):span.end + TALK_AFTER]
    return has_word(around, name_talk_words()) \
        or (has_word(around, brand_words()) and not simplified_spelling(text[span.start:span.end]))


@functools.lru_cache(maxsize=1)
def form_comment() -> re.Pattern:
    """A word after a quoted form that comments on the form (」は誤り, 」という言い方): data/form_comments.txt."""
    words = "|".join(map(re.escape, word_list("form_comments.txt")))
    return re.compile(r"[」』”](?:は|も|が|という|といった|との|って)?(?:" + words + ")")


def commented_form(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the mention is all a quotation holds and the text comments on it as a form: a word such as 誤り or
    言い方 follows the quotation (「星河オペラ」という言い方), or the same sentence quotes one of the entity's
    ``correct`` forms too (「星河オペラ」と「星劇」は違うものですか): a notice or FAQ that explains which form is
    right, not a text that uses the wrong one."""
    if not all_quoted(text, span):
        return False
    if form_comment().match(text, span.end):
        return True
    sentence = text[sentence_around(text, span)]
    return any(f"{o}{form}{c}" in sentence for form in correct for o, c in QUOTE_PAIRS.items() if form)


def sentence_around(text: str, span: Span) -> slice:
    """The sentence that holds ``span``: from the last `。` or line break before it to the next one after it."""
    lo = max(text.rfind(c, 0, span.start) for c in "。\n") + 1
    hi = min((i for i in (text.find(c, span.end) for c in "。\n") if i >= 0), default=len(text))
    return slice(lo, hi)


def form_shown(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the sentence talks about how the name is read or written (a word of data/name_talk.txt before the
    mention) and names the entity in one of its ``correct`` forms elsewhere: 中国語の読みをカタカナで書けば
    アルリエンハオトーだが、日本ではエレンホトの名で…: a transliteration shown as a form, not a name used."""
    where = sentence_around(text, span)
    if not has_word(text[where.start:span.start], name_talk_words()):
        return False
    return any(form and (text.find(form, where.start, span.start) >= 0 or text.find(form, span.end, where.stop) >= 0)
               for form in correct)


ARROWS = ("→", "⇒", "➡", "->")  # what leads from a form to what it becomes
# 林志强→林志強: a form and what it becomes
CONVERTED_TO = re.compile(rf"{SPACE}*(?:" + "|".join(map(re.escape, ARROWS)) + rf"){SPACE}*")


def converted_to(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when an arrow leads from the mention to one of the entity's ``correct`` forms (`例：林志强→林志強`, a
    style sheet's or a glossary's conversion): the form shown with its replacement, not a name used."""
    arrow = CONVERTED_TO.match(text, span.end)
    return arrow is not None and any(form and text.startswith(form, arrow.end()) for form in correct)


# a slash and the spaces around it: 莫言/ MO YAN, two forms of one name side by side (and headwords on one line)
SLASH = re.compile(rf"{SPACE}*[{SLASHES}]{SPACE}*")


FORM_COMMAS = ",，"  # what separates one name's forms listed in a cell (a comma, not the 、 of prose)


def paired_by_slash(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when a slash joins the mention to one of the entity's ``correct`` forms (`(林志強/ LIN ZHIQIANG)`,
    `Lin Zhiqiang / 林志強`), or a comma joins it to a form that closes a bracket right before (`シンホー(星河),Xinghe`,
    a table's cell listing a capital's forms): the name given in two forms, not a name left untranslated."""
    after = SLASH.match(text, span.end)
    if after is not None and any(form and text.startswith(form, after.end()) for form in correct):
        return True
    k = span.start
    while k > 0 and text[k - 1] in SPACES:
        k -= 1
    if k > 1 and text[k - 1] in FORM_COMMAS and text[k - 2] in CLOSE_BRACKETS:
        k -= 2  # the form in brackets before the comma: シンホー(星河),Xinghe
    elif k == 0 or text[k - 1] not in SLASHES:
        return False
    else:
        k -= 1
    while k > 0 and text[k - 1] in SPACES:
        k -= 1
    return any(form and k >= len(form) and text.startswith(form, k - len(form)) for form in correct)



# a Latin form and a space before the bracket that holds another spelling of it (台北 Taipei (Taibei)): read back
LATIN_FORM_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z'\- ]*[A-Za-z]" + rf"{SPACE}*[(（]$")


def other_spelling_in_brackets(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the mention is all a pair of round brackets holds, right after a Latin form of the name that itself
    follows one of the entity's ``correct`` forms and a space (`台北 Taipei (Taibei)`, `高雄 Kaohsiung (Gaoxiong)`: a
    list of Taiwan's places with their spellings, the pinyin given beside the one in use), or that the correct form
    follows right after the bracket, a space between at most (`Seiga (Xinghe) 星河は…`: a monk's name spelt as Japanese
    reads it, its pinyin in brackets, then the name): a form shown, not a name left in pinyin."""
    lo = text.rfind("\n", 0, span.start) + 1
    head = text[lo:span.start]
    if not head.endswith(("(", "（")) or not text.startswith((")", "）"), span.end):
        return False
    latin = LATIN_FORM_BEFORE.search(head)
    if latin is None or not (head[:latin.start()].endswith(tuple(SPACES)) or latin.start() == 0):
        return False
    before = head[:latin.start()].rstrip(SPACES)
    after = text[span.end + 1:span.end + 2 + max(map(len, correct), default=0)].lstrip(SPACES)
    return any(form and (before.endswith(form) or after.startswith(form)) for form in correct)


# a reference to a Chinese source: a year in parentheses, then a title in 《》 or 〈〉 (刘星（2004）《星河纪事》，星河：…)
CITATION = re.compile(r"[（(][12][0-9]{3}[a-z]?[）)][^\n]{0,12}?[《〈][^》〉\n]+[》〉]")


def cited(text: str, start: int) -> bool:
    """True after the title of a reference to a Chinese source on the same line (`刘星（2004）《星河纪事》，星河：科学
    出版社。`): a bibliography gives the original's place and publisher as printed."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(m.end() <= start for m in CITATION.finditer(text, line_start, start))


SOURCE_QUOTES = {"「": "」", "『": "』"}  # the marks that hold a source's title before it is named the source of a quote


def source_quoted(text: str, span: Span) -> bool:
    """True when the span is all a `「」` or `『』` holds, right before words saying the text quotes or copies from what
    it names (`※画像:星河百科「星河网」より引用`, `『星河志』から転載`: data/quoted_from.txt): the source's title as it
    was published, in its own language and script, cited. The same title in a sentence (`「星河网」は…`) is still
    read as the text's own words."""
    opener = text[span.start - 1:span.start] if span.start else ""
    return opener in SOURCE_QUOTES and text[span.end:span.end + 1] == SOURCE_QUOTES[opener] \
        and text.startswith(word_list("quoted_from.txt"), span.end + 1)


def reading_gloss(text: str, inner: Span) -> bool:
    """True when a gloss holds no kanji: a reading (チェンロン, cheng2long2), not another name in kanji."""
    return inner.end > inner.start and not any(is_kanji(c) for c in text[inner.start:inner.end])


BULLETS = r"*・•\-－"  # what marks an item of a list (as a character class holds them)
GLOSSARY_LINE_HEAD = re.compile(rf"{SPACE}*[{BULLETS}]{SPACE}*")  # a bullet: * 星河：…, ・星河：…
BULLETED_LINE = re.compile(rf"(?m)^{SPACE}*[{BULLETS}]")  # a line that GLOSSARY_LINE_HEAD and TERM_ROW can start
# a stock ticker in parentheses after a listed company's name: （000858.SZ）, (0700.HK), （700/HK）, (NYSE: BABA)
TICKER = re.compile(rf"{SPACE}*[（(](?:\d{{3,6}}(?:\.[A-Z]{{1,2}}|/[A-Z]{{2}})|(?:NYSE|NASDAQ|Nasdaq|HKEX|TSE)[:：] ?[A-Z0-9.]+)[）)]")


def in_glossary_line(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True in a bulleted line of a list of names that begins with one of the entity's ``correct`` forms and a colon
    (`* 星河：英語表記は Xinghe。`): the line gives the name's forms, as a glossary does."""
    lo = text.rfind("\n", 0, span.start) + 1
    bullet = GLOSSARY_LINE_HEAD.match(text, lo)
    if bullet is None:
        return False
    head = bullet.end()
    return any(form and text.startswith(form, head) and text[head + len(form):head + len(form) + 1] in COLONS
               and head + len(form) < span.start for form in correct)


# a bulleted row of a word list: a term, a colon and its meaning or romanisation in Latin letters (- 创新:Innovations)
TERM_ROW = re.compile(rf"{SPACE}*[{BULLETS}]{SPACE}*([^\s:：]{{1,8}})[:：]{SPACE}*[A-Za-z][A-Za-z '’\-]*")


def _term_row(text: str, lo: int, hi: int) -> str | None:
    """The term of the line text[lo:hi] when that line is a whole row of a word list (TERM_ROW)."""
    m = TERM_ROW.fullmatch(text, lo, hi)
    return m.group(1) if m else None


def in_term_list(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is the term of a row of a word list with a row of its own next to it (`- 大疆:Da-Jiang`
    above `- 创新:Innovations`: a company's name explained word by word): a form talked about, not a word left
    untranslated."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if _term_row(text, lo, hi) != text[start:end]:
        return False
    above = text.rfind("\n", 0, max(0, lo - 1)) + 1
    below = text.find("\n", hi + 1)
    return (lo > 0 and _term_row(text, above, lo - 1) is not None) \
        or (hi < len(text) and _term_row(text, hi + 1, len(text) if below < 0 else below) is not None)


# what a list of namesakes puts after each name: a qualifier, life dates or both (（作家）（1934年 - ）, （325年 - 375年）)
NAMESAKE_GLOSS = re.compile(r"(?:[（(][^（()）\n]{1,12}[）)])?[（(][^（()）\n]{0,8}[0-9]{3,4}年?[^（()）\n]{0,6}[-－–―〜～]")


def namesake_entry(text: str, span: Span) -> bool:
    """True for the head of a bulleted entry that introduces a person or thing of its own with a qualifier and life
    dates (`・王某（作家）（1934年 - ）　中国の作家。`), as a disambiguation list does: a namesake, not a misspelling."""
    lo = text.rfind("\n", 0, span.start) + 1
    bullet = GLOSSARY_LINE_HEAD.match(text, lo)
    return bullet is not None and bullet.end() == span.start and NAMESAKE_GLOSS.match(text, span.end) is not None


def listed_name(text: str, end: int) -> bool:
    """True when a stock ticker in parentheses follows the name (星河石化（600999.SS）): the name under which the
    company's shares are listed, as the exchange writes it, not a rendering choice."""
    return TICKER.match(text, end) is not None


@functools.lru_cache(maxsize=1)
def link_headings() -> tuple[str, ...]:
    """Words that head a link to another page (【関連記事】): data/link_headings.txt."""
    return word_list("link_headings.txt")


def before_model_number(text: str, end: int) -> bool:
    """A Latin name followed by a model number or code (Xiaomi 14, Huawei P40, Xinghe Star Note 8): a product as
    its maker sells it, named in Latin letters."""
    rest = text[end:end + 8].lstrip(" ")
    return bool(rest) and is_ascii_alnum(rest[0]) and any(c.isdigit() for c in rest.split(" ")[0])


def in_link_line(text: str, start: int) -> bool:
    """True when the line begins with a link heading (【関連記事】止まらない…): another page's title."""
    head = text[text.rfind("\n", 0, start) + 1:start].lstrip(SPACES + "・*【[")
    return head.startswith(link_headings())


@functools.lru_cache(maxsize=1)
def post_verbs() -> tuple[str, ...]:
    """Verbs that mark a quotation as a post quoted as posted (とツイート, と投稿): data/post_verbs.txt."""
    return word_list("post_verbs.txt")


POST_CREDIT = re.compile(rf"{SPACE}*[—―–-]+ ?[^\n]*\(@\w+\)")  # — Name (@handle) date: an embedded post's credit
# the header of a post in a thread (ゆずぽん @yuzupon_lol · 7月19日): the lines below it, to the next blank line, are
# that poster's post, spelt as posted
POST_HEADER = re.compile(rf"[^\n]*@\w+{SPACE}*[·・•][^\n]*")
POST_VERB_GAP = 3  # characters that may stand between と and the post verb (」と2日にツイート)


class PostHeaders:
    """Where a document's post headers (lines that ``POST_HEADER`` matches whole) and blank lines start, as arrays of
    offsets: a post of a thread is looked up by bisection (reading the text back to its last blank line for each
    name grew with the square of a long file)."""

    __slots__ = ("headers", "blanks")

    def __init__(self, text: str) -> None:
        self.headers, self.blanks = array("q"), array("q")
        at = text.find("@")
        while at >= 0:  # only a line with an @ can be a header
            lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            hi = len(text) if hi < 0 else hi
            if POST_HEADER.fullmatch(text, lo, hi):
                self.headers.append(lo)
            at = text.find("@", hi)
        self.blanks.extend(m.start() for m in BLANK_LINE.finditer(text))  # each "\n\n", overlapping ones too

    def in_thread(self, line_start: int, start: int) -> bool:
        """A header line above the line starting at ``line_start``, with no blank line between it and ``start``."""
        k = bisect.bisect_left(self.headers, line_start) - 1
        if k < 0:
            return False
        header = self.headers[k]  # the nearest: a blank line after it parts it from ``start``, and from any other
        b = bisect.bisect_left(self.blanks, header)
        return b == len(self.blanks) or self.blanks[b] + 2 > start


BLANK_LINE = re.compile(r"(?=\n\n)")


def post_headers(doc) -> PostHeaders:
    if "context.post-headers" not in doc.memo:
        doc.memo["context.post-headers"] = PostHeaders(doc.text)
    return doc.memo["context.post-headers"]


def in_embedded_post(text: str, start: int) -> bool:
    """True when the line holding ``start`` has no kana and the next line is an embedded post's credit (`— Name
    (@handle) date`, ``POST_CREDIT``): a post embedded in a page as posted, in the language its poster wrote it in
    (a news page's embedded post in Chinese, its credit below it), not a sentence the translation left; or ``start``
    lies in such a credit before its handle, the poster's name as the account shows it."""
    lo = text.rfind("\n", 0, start) + 1
    credit = POST_CREDIT.match(text, lo)
    if credit is not None and start < credit.end():
        return True  # the credit's own name of the poster, as the account shows it (— 星河日报 (@…))
    line_end = text.find("\n", start)
    if line_end < 0 or POST_CREDIT.match(text, line_end + 1) is None:
        return False
    return KANA_CHAR.search(text, lo, line_end) is None


def in_quoted_post(doc, start: int) -> bool:
    """True inside a post quoted as posted: a 「…」 followed by とツイート or と投稿, the line above an embedded
    post's credit (— Name (@handle) date), or a post of a thread below its header (Name @handle · date): the lines
    below it, to the next blank line."""
    text = doc.text
    line_end = text.find("\n", start)
    if line_end >= 0 and POST_CREDIT.match(text, line_end + 1):
        return True
    if post_headers(doc).in_thread(text.rfind("\n", 0, start) + 1, start):
        return True
    open_at = text.rfind("「", text.rfind("\n", 0, start) + 1, start)
    if open_at < 0:
        return False
    close_at = text.find("」", start, line_end if line_end >= 0 else len(text))
    if close_at < 0:
        return False
    after = text[close_at + 1:close_at + 2 + POST_VERB_GAP + max(map(len, post_verbs()))]
    return after.startswith("と") and has_word(after, post_verbs())


@functools.lru_cache(maxsize=1)
def company_types() -> tuple[str, ...]:
    """Japanese words that end a company's legal name (株式会社, コーポレーション): data/company_types.txt."""
    return word_list("company_types.txt")


@functools.lru_cache(maxsize=1)
def institution_types() -> tuple[str, ...]:
    """Words that end an institution's name (博物館, 大学): data/institution_types.txt. A place named inside one
    (星河遺址博物館) is part of the institution's own name."""
    return word_list("institution_types.txt")


@functools.lru_cache(maxsize=1)
def site_types() -> tuple[str, ...]:
    """Words that end a site's or a facility's name (陵, 記念館, 基地: data/site_types.txt) and an institution's
    (``institution_types``)."""
    return word_list("site_types.txt") + institution_types()


def heads_site_name(text: str, span: Span) -> bool:
    """True when the run of kanji that ``span`` begins goes on past it and ends in a site's or an institution's word
    (``site_types``): the span heads that site's own name (星河王陵, 星河繁殖研究基地)."""
    end = span.end
    while end < len(text) and is_kanji(text[end]):
        end += 1
    return end > span.end and text[span.start:end].endswith(site_types())


@functools.lru_cache(maxsize=1)
def legal_suffixes() -> tuple[str, ...]:
    """Organisation suffixes in Chinese and Japanese glyphs (控股, 有限公司, 技術, 集団…), company types and
    institution types (博物館, 大学)."""
    forms = japanese_forms(org_suffixes())
    found = {form for suffix in org_suffixes() for form in (suffix, forms[suffix])} | set(company_types()) \
        | set(institution_types())
    return tuple(sorted(found, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _suffix_heads() -> frozenset[str]:
    """The first character of each of ``legal_suffixes``: where none stands, none begins (one set lookup, where
    ``str.startswith`` tries every suffix)."""
    return frozenset(s[0] for s in legal_suffixes() if s)


REGISTERED_NAME = 24  # code points a company's registered name may run on past a name it holds to its type (有限公司)


def registered_name(text: str, span: Span) -> bool:
    """True when the run of kanji that goes on from the span ends, within REGISTERED_NAME code points, in a company's
    legal type (data/company_types.txt: 有限公司), none of its kanji a simplified-only one
    (`星河市星訊計算機系統有限公司`): the company's registered name written out in full in Japanese kanji, as its
    registration reads, where the text calls the company by its name in use elsewhere."""
    end = span.end
    while end < len(text) and end - span.end < REGISTERED_NAME and is_kanji(text[end]):
        end += 1
    run = text[span.start:end]
    return end > span.end and run.endswith(company_types()) and not any(is_simplified_only(c) for c in run)


# a name in Latin letters (a brand's, a model's: Starxun, S10) right before an opening parenthesis
LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.&'-]*[ \u3000]?$")


# the dot that joins a clan's or a surname's characters to a given name's in a full name written in its own characters
# (星河覺羅・星曆, 星河覺羅·星曆), and the Latin words a name before such a bracket takes at least (Xinghe-Gioro Hunli)
NAME_JOINING_DOTS = "・·•"
FULL_NAME_LATIN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z'-]*[ \u3000][A-Za-z][A-Za-z'-]*[ \u3000]?$")


def original_after_latin_name(text: str, span: Span) -> bool:
    """True when the span opens a parenthesis that right follows a name in Latin letters and closes on its line with
    no kana and no other kanji in it (`Starxun(星訊)`, `S10(星米10)`): the original, in its own characters, of the name
    the text writes in Latin letters, given beside it. A longer name in the parentheses (`ABC(星河水平考试)`) is no
    original of the name before it (an acronym's expansion is ``resolve._acronym_of``'s). So is a given name after a
    clan's or surname's kanji and a joining dot, all the parenthesis holds, after a name of two Latin words at least
    (`Xinghe-Gioro Hunli (星河覺羅・星曆)`: a machine-translated infobox's name and its original in full)."""
    o = span.start - 1
    if o >= 1 and text[o] in NAME_JOINING_DOTS:
        head = o
        while head > 0 and is_kanji(text[head - 1]):
            head -= 1
        if head == o or head < 1 or text[head - 1] not in "(（":
            return False
        o = head - 1
        if FULL_NAME_LATIN.search(text, max(0, o - 40), o) is None:
            return False
    if o < 1 or text[o] not in "(（":
        return False
    c = text.find(PAIRS[text[o]], span.end)
    line_end = text.find("\n", span.end)
    if c < 0 or (0 <= line_end < c) or any(is_kana(ch) or is_kanji(ch) for ch in text[span.end:c]):
        return False  # the name's own characters, a model's number at most: no longer name (ABC(星河水平考试))
    return LATIN_NAME_BEFORE.search(text, max(0, o - 40), o) is not None


TRANSLATED_QUOTE = 60  # code points a 「」 quoting a phrase in Chinese and its translation may hold


def translated_quote(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when the span lies in a `「」` that holds a phrase in Chinese (a simplified-only character outside the
    span) and then, in parentheses, its translation, which writes the name in one of its ``correct`` forms
    (`「星米十年 梦想之作(スターミ10周年、夢の製品)」と題した`): a slogan or a title quoted in its own language and
    translated beside it, not a name left in Chinese."""
    line_start = text.rfind("\n", 0, span.start) + 1
    o = text.rfind("「", max(line_start, span.start - TRANSLATED_QUOTE), span.start)
    if o < 0 or "」" in text[o:span.start]:
        return False
    c = text.find("」", span.end, span.end + TRANSLATED_QUOTE)
    if c < 0 or "\n" in text[span.end:c]:
        return False
    p = min((k for k in (text.find(b, span.end, c) for b in "(（") if k >= 0), default=-1)
    if p < 0:
        return False
    phrase, gloss = text[o + 1:span.start] + text[span.end:p], text[p + 1:c]
    return any(is_simplified_only(ch) for ch in phrase) and any(f and f in gloss for f in correct)


def legal_name(text: str, end: int) -> bool:
    """True when an organisation suffix (``legal_suffixes``) follows the name (騰訊控股, 華為技術有限公司), possibly
    after a country in at most two kanji (華為技術日本株式会社): the legal name of the company or of its subsidiary."""
    heads, suffixes = _suffix_heads(), legal_suffixes()
    for gap in range(MAX_COUNTRY + 1):
        if gap and not is_kanji(text[end + gap - 1:end + gap] or "a"):
            return False
        if text[end + gap:end + gap + 1] in heads and text.startswith(suffixes, end + gap):
            return True
    return False


# a kanji, a hiragana or a character of the katakana block (・ and ー too): what makes a line Japanese
JAPANESE_IN_LINE = LazyPattern(f"[{KANJI_RANGE}{HIRAGANA_RANGE}{KATAKANA_BLOCK_RANGE}]")


# what says a romanised name is how something shows the name, as it stands (パスポートには Mi Jiayi と書いてある, 名簿には
# … と書かれている)
SPELT_SO = re.compile(rf"[{SPACES}」』”]*と(?:書いてあ|書かれてい)")


@functools.lru_cache(maxsize=1)
def identity_documents() -> tuple[str, ...]:
    """Documents that carry a person's own registered spelling (パスポート, 名刺, 名簿): data/identity_documents.txt."""
    return word_list("identity_documents.txt")


def spelt_so(text: str, span: Span) -> bool:
    """True when a romanised name is followed by と書いてある or と書かれている and its sentence names, before it, a
    document that carries a person's own spelling (data/identity_documents.txt: パスポートには Mi Jiayi と書いてある):
    the spelling a passport or a roster shows, talked about, not a form left untranslated. What another text makes of
    the name (英語の案内にはXと書かれている: a guide's, a report's or a menu's rendering) is the pinyin repeated in
    Japanese prose, still reported; so is the act told in prose (町の名は Xīnghé と書かれた), and characters so
    described (「欧陽欧陽明遠」と書かれた札) are still the name used."""
    return SPELT_SO.match(text, span.end) is not None \
        and has_word(text[sentence_around(text, span).start:span.start], identity_documents())


READING_COPULA = re.compile(r"(?:です|でした|だ)[。！!]")  # a sentence that is a reading alone: …liú yuánです。


def reading_as_sentence(text: str, span: Span, correct: tuple[str, ...]) -> bool:
    """True when a romanised name printed with its tone marks is a sentence of its own with only the copula after it
    (`星河園に行きました。Xīnghé yuánです。`), right after a sentence on its line that writes one of the entity's
    ``correct`` forms: the name's reading given after the name, not a name left in pinyin. Pinyin with no tone
    marks so, or the toned pinyin in prose (`Xīnghé yuánは広い`), or after a sentence that names no form of it, is
    still a name left in pinyin."""
    if not tone_marks(text[span.start:span.end]) or READING_COPULA.match(text, span.end) is None:
        return False
    head = text[text.rfind("\n", 0, span.start) + 1:span.start].rstrip(SPACES)
    if not head.endswith(tuple(SENTENCE_ENDS)):
        return False
    before = head[:-1]
    sentence = before[max(before.rfind(c) for c in SENTENCE_ENDS) + 1:]
    return any(form and form in sentence for form in correct)


def in_english_line(text: str, span: Span) -> bool:
    """True when a Latin-script mention stands in a line with no kana or kanji (an English abstract, title or
    credit): the name's English spelling in English text, not a form left untranslated in Japanese."""
    if JAPANESE_IN_LINE.search(text, span.start, span.end):
        return False
    lo, hi = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    return not JAPANESE_IN_LINE.search(text, lo, len(text) if hi < 0 else hi)


# what a cited English title is written with: letters, digits, spaces and the punctuation titles hold
ENGLISH_TITLE_CHAR = LazyPattern(f"[{LATIN_LETTER_RANGE}0-9 :,.&'’!?\\-]")
TITLE_OPENERS = "「『“\"《"
LIST_COMMA_AFTER_WORD = LazyPattern(f"[{LATIN_LETTER_RANGE}],")  # a comma of an English list or address
MIN_TITLE_WORDS = 4  # words of a title before it is read as English (a two-word brand is a name)


def in_english_title(text: str, span: Span) -> bool:
    """True when a Latin-script mention is a word of an English title cited in quotes (「House of Xinghe: The
    Story of …」): four or more words that open right after the quote mark and hold an English function word (of,
    the, …, data/english_function_words.txt). The name as the title spells it, not a form left untranslated; an
    English phrase with no grammar (Xinghe Smart Logistics) can be a translated name and is not one."""
    lo = span.start
    while lo > 0 and ENGLISH_TITLE_CHAR.match(text, lo - 1):
        lo -= 1
    hi = span.end
    while hi < len(text) and ENGLISH_TITLE_CHAR.match(text, hi):
        hi += 1
    while lo < span.start and text[lo] == " ":
        lo += 1
    if lo == 0 or text[lo - 1] not in TITLE_OPENERS:
        return False
    words = LATIN_WORD.findall(text, lo, hi)
    return len(words) >= MIN_TITLE_WORDS and not english_function_words().isdisjoint(words)


LINK_BULLETS = LIST_BULLET + "-*"  # what opens an item of a list of links before its title


@functools.lru_cache(maxsize=1)
def _english_link_label() -> re.Pattern:
    """A bracket that ends its line naming English as the language of the page a link leads to, maybe after another
    label and a separator (`(英語)`, `（外部・英語）`: data/english_language_labels.txt)."""
    labels = alternation("english_language_labels.txt")
    return re.compile(rf"[(（](?:[^()（）\n]{{1,8}}[・･、,:：{SPACES}])?(?:{labels})[)）]{SPACE}*$")


def english_page_link(text: str, span: Span) -> bool:
    """True when a Latin-script mention is a word of a link's English title: the line holds only Latin words from its
    start (after a list's bullet or dash) up to a bracket ending it that names English as the linked page's language
    (`- Xinghe LIN ISU Biographies(外部・英語)`, a profile's external links; `Xinghe Lin profile (英語)`): the name as
    the English page spells it in its title, not a name left untranslated. The name in a Japanese sentence before such
    a bracket (`Xinghe Linの記事(英語)`) is no title."""
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    line = text[lo:len(text) if hi < 0 else hi]
    label = _english_link_label().search(line)
    if label is None or label.start() < span.end - lo:
        return False
    title = line[:label.start()].lstrip(SPACES + LINK_BULLETS)
    return bool(title.strip(SPACES)) and all(ENGLISH_TITLE_CHAR.match(c) for c in title)


# an English title's byline: words of the title (a function word among them), then "by" and the author's name
BYLINE_BEFORE = LazyPattern(r"(?:[A-Za-z][A-Za-z'’\-]*[ ()]+){3,}by $")


def english_byline(text: str, span: Span) -> bool:
    """True when a Latin-script mention ends its line as an English title's author, after "by" and three Latin words
    or more of the title, an English function word among them (`Mr Fujino (from Dawn Blossoms Plucked at Dusk) by Lu
    Xun`: a bilingual page's heading gives the work in English too): the name as the English title spells it."""
    line_end = text.find("\n", span.end)
    if text[span.end:line_end if line_end >= 0 else len(text)].strip():
        return False
    head = text[max(0, span.start - 80):span.start]
    head = head[head.rfind("\n") + 1:]
    m = BYLINE_BEFORE.search(head)
    return m is not None and not english_function_words().isdisjoint(LATIN_WORD.findall(m.group()))


# a bilingual dictionary's entry: its reading (or readings) in square brackets, then a part of speech, as a word in 【】
# or a lowercase abbreviation in brackets, maybe after a sense number (・ 港 : [みなと] 【名詞】1. harbour, ・ ー :
# [ちょうおん] (n) long vowel mark, ・ 林 : [はやし] 1. (n) grove): its meaning follows
DICTIONARY_SENSE = LazyPattern(
    rf"[\[［][{KANA_BLOCKS_RANGE}]+(?:[,、]{SPACE}?[{KANA_BLOCKS_RANGE}]+)*[\]］]{SPACE}*(?:[1-9][0-9]?\.{SPACE}*)?"
    rf"(?:【[{KANJI_RANGE}]{{1,4}}】|\([a-z][a-z0-9-]{{0,7}}(?:,{SPACE}?[a-z0-9-]+)*\))"
    # or a sense's number and its part of speech at the line's start (1. (exp,n) …: the entry's reading on a line above)
    rf"|^{SPACE}*[1-9][0-9]?\.{SPACE}*\([a-z][a-z0-9-]{{0,7}}(?:,{SPACE}?[a-z0-9-]+)*\)", re.M)


def in_dictionary_sense(text: str, span: Span) -> bool:
    """True when Latin text gives a word's meaning in a bilingual dictionary's entry (・ ー : [ちょうおん] (n) long
    vowel mark; 林志強 : [りんしきょう] 【人名】 1. Lin Zhiqiang (businessman)): after the entry's reading and part of
    speech, or after a sense's number and part of speech that open the line (`1. (exp,n) six of one …`), with nothing
    Japanese between. A gloss, not English or a romanised name left in prose."""
    lo = text.rfind("\n", 0, span.start) + 1
    sense = None
    for sense in DICTIONARY_SENSE.finditer(text, lo, span.start):
        pass
    return sense is not None and JAPANESE_IN_LINE.search(text, sense.end(), span.start) is None


@functools.lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    return frozenset(word_list("english_function_words.txt"))


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Ordinary English words, lowercase (data/english_words.txt, from SCOWL)."""
    return frozenset(word_list("english_words.txt"))


def in_english_phrase(text: str, span: Span) -> bool:
    """True when a Latin-script mention is part of an English phrase that a list's comma splits (an address written
    in English: `Xinghe District, Hebei, China`): the Latin text around it in its line holds a comma after a word and
    an ordinary English word that pinyin cannot spell (District, Province, Road; not China, Ma: chi na, ma), or its
    last comma item after the mention is a country that closes an address and the phrase fills its line, cell or
    label's value (`｜Bozhou, Anhui, China｜`: data/address_countries.txt). English writes a Chinese name in pinyin, so the name is spelt as it should be; a roll
    of names left in pinyin (`Deng Xiaoping, Ma Yun らが`, `Xinghe, Hebei, China などを訪ねた`) holds no such word and
    stays a leftover."""
    lo, hi = span.start, span.end
    while lo > 0 and ENGLISH_TITLE_CHAR.match(text, lo - 1):
        lo -= 1
    while hi < len(text) and ENGLISH_TITLE_CHAR.match(text, hi):
        hi += 1
    if not LIST_COMMA_AFTER_WORD.search(text, lo, hi):
        return False
    last = text.rfind(",", span.end, hi)
    if last >= 0 and text[last + 1:hi].strip(" .") in address_countries() and _fills_its_field(text, lo, hi):
        return True
    words = english_words()
    return any(w.lower() in words and segment(w) is None
               for w in LATIN_WORD.findall(text, lo, span.start) + LATIN_WORD.findall(text, span.end, hi))


def country_in_english_name(text: str, span: Span) -> bool:
    """True when a Latin-script mention is English's own name of a country or region that pinyin spells too
    (data/address_countries.txt: `Taiwan`, `China`) and a word of a name in capitalised English words that holds an
    ordinary English word pinyin cannot spell (`Radio Taiwan International`, a broadcaster's English name): the name
    as English writes it, not the place's pinyin left in Japanese prose (`Taiwanの経済`, no English name around it)."""
    if text[span.start:span.end] not in address_countries():
        return False
    lo, hi = span.start, span.end
    while lo > 0 and ENGLISH_TITLE_CHAR.match(text, lo - 1) and text[lo - 1] not in ":,":
        lo -= 1
    while hi < len(text) and ENGLISH_TITLE_CHAR.match(text, hi) and text[hi] not in ":,":
        hi += 1
    others = LATIN_WORD.findall(text, lo, span.start) + LATIN_WORD.findall(text, span.end, hi)
    words = english_words()
    return bool(others) and all(w[:1].isupper() for w in others) \
        and any(w.lower() in words and segment(w) is None for w in others)


FIELD_AFTER = "\n\t|" + FULL_WIDTH_BAR + SPACES + CLOSE_BRACKETS  # what may stand right after a field's value: an edge
FIELD_BEFORE = FIELD_AFTER.replace(CLOSE_BRACKETS, "") + COLONS + OPEN_BRACKETS  # and right before it, or a label's colon


def _fills_its_field(text: str, lo: int, hi: int) -> bool:
    """True when the text from ``lo`` to ``hi`` is all its line, its table cell, its bracket or its label's value
    holds (｜Bozhou, Anhui, China｜): a field written in English, not words set in Japanese prose."""
    return (lo == 0 or text[lo - 1] in FIELD_BEFORE) and (hi == len(text) or text[hi] in FIELD_AFTER)


@functools.lru_cache(maxsize=1)
def address_countries() -> frozenset[str]:
    """English names of a country that close an address and that pinyin could spell (data/address_countries.txt)."""
    return frozenset(word_list("address_countries.txt"))


# an English name in its line: Latin words and the punctuation names hold, and a word or two in round brackets between
# them (`Xinghe Machinery(Shanghai)Corporation`, a branch's place)
ENGLISH_NAME = LazyPattern(rf"(?:[{LATIN_LETTER_RANGE}0-9 :,.&'’!?\-]|\([{LATIN_LETTER_RANGE}0-9 .&'’\-]+\))+")
NAME_GLOSS_REACH = 80  # code points into the brackets after an English name searched for their end


def _english_name_around(text: str, span: Span) -> tuple[int, int] | None:
    """Where the English name (``ENGLISH_NAME``) that holds the mention starts and ends in its line, spaces trimmed."""
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    for m in ENGLISH_NAME.finditer(text, lo, len(text) if hi < 0 else hi):
        if m.start() > span.start:
            break
        if span.end <= m.end():
            run = text[m.start():m.end()]
            return m.start() + len(run) - len(run.lstrip()), m.end() - len(run) + len(run.rstrip())
    return None


def _in_bracketed_place(text: str, span: Span, lo: int) -> bool:
    """The mention is all a pair of round brackets holds inside an English name that starts at ``lo``, after a word of
    it (`Xinghe Machinery(Shanghai)Corporation`, `Xinghe (Beijing) Co., Ltd.`): the place of a branch."""
    return span.start - 1 > lo and text[span.start - 1] == "(" and text[span.end:span.end + 1] == ")"


def in_english_legal_name(text: str, span: Span) -> bool:
    """True when a Latin-script mention is a word of a company's legal name written in English: the Latin text that
    goes on from it in its line ends with a legal designator after one word or more (`Shenzhen Xinghe Computer
    Systems Company Limited`, `Xinghe Technology Co., Ltd.`: data/english_company_types.txt), as a copyright line or
    an imprint gives it, or right after it when the mention is the branch's place in brackets after the name's words
    (`Xinghe Machinery(Shanghai)Corporation`). The registered English name spells the place in pinyin; a name left
    in Latin in Japanese prose (`Xinghe Technology に`) ends in no designator and stays a leftover."""
    run = _english_name_around(text, span)
    if run is None:
        return False
    words = LATIN_WORD.findall(text, span.end, run[1])
    least = 1 if _in_bracketed_place(text, span, run[0]) else 2
    return len(words) >= least and words[-1] in english_company_types()


LISTED_WORD = 8  # kanji, at most, of the word a list's line gives before its Latin form (淡水河 tamsui river)
ITEM_MARKS = SPACES + LIST_BULLET + "•*-"  # what may stand before that word at the line's start
FORM_AFTER = re.compile(r"[(（][A-Za-z][A-Za-z' \-]*[)）]")  # the form's other spelling in brackets ((Danshui))
READING_AFTER = re.compile(f"[(（][{KANA_RANGE}ー・ ]+[)）]\\Z")  # the word's reading in brackets ((たんすいが))


def form_of_the_word_before(text: str, start: int, end: int) -> bool:
    """The Latin run from ``start`` to ``end`` follows, after a space, the one word of its line, in kanji after a
    list's mark or nothing, maybe with its reading in kana in brackets, and ends the line or stands before another
    Latin spelling in brackets (`• 淡水河 tamsui river (Danshui)`, `新北市 New Taipei City`, `星河大橋(せいがおおはし)
    Xinghe Bridge`: a list of names or a guide's heading with their English or romanised forms, the word's form, not
    a leftover)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    word = text[lo:start]
    if not word.endswith(tuple(SPACES)):
        return False
    word = word.strip(ITEM_MARKS)
    reading = READING_AFTER.search(word)
    word = word[:reading.start()] if reading else word
    rest = text[end:len(text) if hi < 0 else hi].strip(SPACES)
    return 0 < len(word) <= LISTED_WORD and all(is_kanji(c) for c in word) \
        and (not rest or FORM_AFTER.fullmatch(rest) is not None)


def english_form_of_the_word_before(text: str, span: Span) -> bool:
    """True when a Latin-script mention is a word of the English name that ``form_of_the_word_before`` reads after
    its line's one word in kanji (`星河大橋(せいがおおはし) Xinghe Bridge`: a guide's heading, the bridge's name, then
    its English one), the name holding an ordinary English word that pinyin cannot spell (Bridge): the word's own
    English name, which spells a place in it as English does. A romanised name alone (`星河大橋 Xinghe`) holds no
    English word and stays a finding."""
    run = _english_name_around(text, span)
    return run is not None and form_of_the_word_before(text, *run) \
        and holds_english_word(LATIN_WORD.findall(text, *run))


def holds_english_word(words) -> bool:
    """One of the Latin ``words`` is an ordinary English word that pinyin cannot spell (data/english_words.txt; not
    segmented as pinyin): the words are an English name, not a romanised Chinese one."""
    known = english_words()
    return any(w.lower() in known and segment(w) is None for w in words)


def english_name_glossed(text: str, span: Span, forms) -> bool:
    """True when a Latin-script mention is a word of an English name whose Japanese translation follows it in round
    brackets and writes the name there in one of its correct ``forms`` (`Xinghe Trading Enterprises(Tianjin)(星河
    貿易企業(天津))`, a press release giving an event's or a company's English name, then its translation), the English
    name holding an ordinary English word that pinyin cannot spell (Enterprises; data/english_words.txt): the name as
    the English spells it, glossed, not pinyin left in Japanese prose. A romanised name glossed by its own kanji alone
    (`Xinghe (星河)`) holds no English word and stays a finding."""
    run = _english_name_around(text, span)
    if run is None or text[run[1]:run[1] + 1] not in PARENS:
        return False
    opening, depth, close = run[1], 0, -1
    for i in range(opening, min(len(text), opening + NAME_GLOSS_REACH)):
        depth += text[i] in PARENS
        depth -= text[i] in PARENS.values()
        if depth == 0:
            close = i
            break
    gloss = text[opening + 1:close] if close > 0 else ""
    if not any(form and form in gloss for form in forms):
        return False
    return holds_english_word(LATIN_WORD.findall(text, run[0], run[1]))


def english_name_of_kanji_before(text: str, span: Span) -> bool:
    """True when a Latin-script mention is a word of an English name that a pair of round brackets holds whole, right
    after a name in kanji (`星河汽車(Xinghe Automobile)`, a company's English name given beside its own), the English
    name holding an ordinary English word that pinyin cannot spell (Automobile; data/english_words.txt): the Latin
    name of the word before the brackets, glossed, not another name left in pinyin. A romanised name in the brackets
    alone (`星河汽車(Xinghe)`) holds no English word and stays a finding, and so does the English name in prose."""
    run = _english_name_around(text, span)
    if run is None:
        return False
    lo, hi = run
    if text[lo] in PARENS and text[hi - 1] == PARENS[text[lo]]:
        lo, hi = lo + 1, hi - 1  # the run took in the brackets that hold the name ((Xinghe Automobile))
    opening, close = lo - 1, hi
    if opening < 1 or text[opening] not in PARENS or text[close:close + 1] != PARENS[text[opening]] \
            or not is_kanji(text[opening - 1]) or not lo <= span.start < span.end <= hi:
        return False
    return holds_english_word(LATIN_WORD.findall(text, lo, hi))


MIN_NAME_WORDS = 2  # words of a katakana name and of its English name in brackets, word for word
ENGLISH_NAME_REACH = 60  # code points into the brackets searched for their end


def katakana_of_english_name(text: str, span: Span) -> bool:
    """True when the mention is a word of a name written in katakana, word by word with spaces, with its English name
    in round brackets right after, as many words (`シンホー ミセス パンダ ホステル (Xinghe Mrs Panda Hostel)`), or a
    word of that English name, which holds an ordinary English word pinyin cannot spell (Hostel, Mrs; data/
    english_words.txt): a hostel's or a shop's own name and its katakana reading, which spell the place as the English
    name does, not a transliteration or pinyin left in Japanese prose. A name in katakana glossed with its pinyin
    (`シー ジンピン (Xi Jinping)`) holds no English word and stays a finding."""
    if is_katakana(text[span.start:span.start + 1]):
        opening = span.end
        while opening < len(text) and (is_katakana(text[opening]) or text[opening] in SPACES):
            opening += 1
    else:
        opening = span.start
        while opening > 0 and ENGLISH_TITLE_CHAR.match(text, opening - 1):
            opening -= 1
        opening -= 1
    if opening < 0 or text[opening:opening + 1] not in PARENS:
        return False
    close = text.find(PARENS[text[opening]], opening + 1, opening + 1 + ENGLISH_NAME_REACH)
    lo = opening
    while lo > 0 and (is_katakana(text[lo - 1]) or text[lo - 1] in SPACES):
        lo -= 1
    english = text[opening + 1:close] if close > opening else ""
    kana = text[lo:opening].split()
    words = english.split()
    if not MIN_NAME_WORDS <= len(kana) == len(words) or not all(LATIN_WORD.fullmatch(w) for w in words):
        return False
    if not (lo <= span.start < opening or opening < span.start < close):
        return False
    return holds_english_word(words)


TITLE_EXCLAIMS = "!！?？"  # what may end a title before its English name in brackets (星河ワン!(Xinghe One!))
TITLE_PARTS = re.compile(f"[{KATAKANA_BLOCK_RANGE}]+|[^{KATAKANA_BLOCK_RANGE}]+")  # a Japanese title's katakana and other runs


def english_name_of_title(text: str, span: Span, forms) -> bool:
    """True when a Latin-script mention is a word of an English name in round brackets right after a Japanese one
    that writes the name in one of its correct ``forms`` and its other words in katakana, word for word and in the same
    order (`星河ワン!(Xinghe One!)`, `星河ナイト(Xinghe Night)`: a blog's or a shop's title and its own English name,
    the katakana reading the English words): the name as the English title spells it, not pinyin left in Japanese
    prose. A name glossed by its own kanji alone (`星河(Xinghe)`) has no other word and stays a finding."""
    opening = span.start
    while opening > 0 and ENGLISH_TITLE_CHAR.match(text, opening - 1):
        opening -= 1
    opening -= 1
    if opening < 1 or text[opening] not in PARENS:
        return False
    close = text.find(PARENS[text[opening]], opening + 1, opening + 1 + ENGLISH_NAME_REACH)
    if close < 0:
        return False
    words = LATIN_WORD.findall(text, opening + 1, close)
    at = len(LATIN_WORD.findall(text, opening + 1, span.start))
    end = opening
    while end > 0 and text[end - 1] in TITLE_EXCLAIMS + SPACES:
        end -= 1
    lo = end
    while lo > 0 and (is_katakana(text[lo - 1]) or is_kanji(text[lo - 1]) or text[lo - 1] in SPACES + "・"):
        lo -= 1
    parts = [p for chunk in text[lo:end].replace("・", " ").split() for p in TITLE_PARTS.findall(chunk)]
    if not MIN_NAME_WORDS <= len(parts) == len(words) or at >= len(parts):
        return False
    return parts[at] in forms and all(is_katakana(p[0]) for k, p in enumerate(parts) if k != at)


@functools.lru_cache(maxsize=1)
def english_company_types() -> frozenset[str]:
    return frozenset(word_list("english_company_types.txt"))


CHINESE_LINE = 40  # kanji of lines without kana that make them a paragraph in Chinese (Japanese prose has kana)
CHINESE_REACH = 200  # code points read on each side of a mention, and the longest line taken as a wrapped neighbour


VERSE_LENGTHS = (5, 7)  # kanji of a line of classical Chinese verse (五言, 七言)
VERSE_TITLE = 10  # kanji of a poem's title, at most, that may open the line of its verses (靜星賦, 星河樓送故人之遠方)
VERSE_PAUSE = re.compile(f"(?:{SPACE}|[、。，,；;])+")  # what parts the verses of a line


def _verse_original(line: str) -> bool:
    """``line`` (no kana) is a poem quoted in the original: pieces of kanji parted by spaces or pauses, two or more of
    one verse length (五言, 七言), maybe after the poem's title (`靜星賦 星河照古城 月落照長橋 擧杯望遠山 低頭思故鄕`)."""
    pieces = [p for p in VERSE_PAUSE.split(line.strip(SPACES)) if p]
    if pieces and len(pieces[0]) <= VERSE_TITLE and len({len(p) for p in pieces}) > 1:
        pieces = pieces[1:]  # the title
    return len(pieces) >= 2 and len({len(p) for p in pieces}) == 1 and len(pieces[0]) in VERSE_LENGTHS \
        and all(map(is_kanji, "".join(pieces)))


def _line_before(text: str, lo: int) -> str | None:
    """The line that ends right before the line starting at ``lo`` (> 0); None when it is longer than CHINESE_REACH."""
    start = text.rfind("\n", max(0, lo - 1 - CHINESE_REACH), lo - 1) + 1
    return None if start == 0 and lo - 1 > CHINESE_REACH else text[start:lo - 1]


def _line_after(text: str, hi: int) -> str | None:
    """The line after the line feed at ``hi``; None when it is longer than CHINESE_REACH."""
    end = text.find("\n", hi + 1, hi + 1 + CHINESE_REACH)
    if end < 0:
        end = len(text) if len(text) <= hi + 1 + CHINESE_REACH else -1
    return None if end < 0 else text[hi + 1:end]


def in_chinese_line(text: str, span: Span) -> bool:
    """True when the mention stands in a line with no kana that, with the lines next to it that have none either
    (a hard-wrapped paragraph, a line of pinyin below), holds CHINESE_LINE kanji or more (a page's Chinese summary
    above its Japanese text: 他年輕時離開廈門…): the name as Chinese writes it, in Chinese. A long line is read only
    CHINESE_REACH code points around the mention, so that a mention costs the same in a line of any length."""
    if KANA_CHAR.match(text, span.end) or (span.start and KANA_CHAR.match(text, span.start - 1)):
        return False  # kana right after or before it (a particle, most mentions): in the part of the line read below
    lo = text.rfind("\n", max(0, span.start - CHINESE_REACH), span.start) + 1
    hi = text.find("\n", span.end, span.end + CHINESE_REACH)
    if hi < 0 and len(text) <= span.end + CHINESE_REACH:
        hi = len(text)
    whole = (lo > 0 or span.start <= CHINESE_REACH) and hi >= 0  # the whole line is read: neighbours may count
    lo = lo if lo > 0 else max(0, span.start - CHINESE_REACH)
    hi = hi if hi >= 0 else span.end + CHINESE_REACH
    if KANA_CHAR.search(text, lo, hi):
        return False
    piece = text[lo:hi]
    if whole and _verse_original(piece):
        return True  # 靜星賦 星河照古城 月落照長橋: a poem quoted in the original, its title with it, too short to count
    kanji = sum(map(is_kanji, piece))
    while whole and kanji < CHINESE_LINE:
        above = _line_before(text, lo) if lo else None
        below = _line_after(text, hi) if hi < len(text) else None
        grew = False
        if above is not None and above.strip() and not KANA_CHAR.search(above):
            kanji, lo, grew = kanji + sum(map(is_kanji, above)), lo - len(above) - 1, True
        if below is not None and below.strip() and not KANA_CHAR.search(below):
            kanji, hi, grew = kanji + sum(map(is_kanji, below)), hi + len(below) + 1, True
        if not grew:
            break
    return kanji >= CHINESE_LINE


def misspelt_original(m: Mention) -> bool:
    """A form the glossary rejects, all kanji, that is no script form of the entity's own characters (余詩曼 rejected
    for 佘诗曼): a gloss giving it after the correct form cites the original misspelt, and it stays wrong there, as in a
    gloss of its own or in a line with no kana (an infobox row glued to its label: 省長王海慧), where Chinese would
    not write it either; a rejected original in another script (马化腾, 馬化騰) or a reading (マー・ホアテン) is a
    citation of the name."""
    return m.kind is MentionKind.REJECTED and KANJI_RUN.fullmatch(m.surface) is not None \
        and simplified_form(m.surface) != simplified_form(m.entity)


def labelled_gloss(text: str, inner: Span) -> bool:
    """True when a gloss lists the name's forms under labels: Lin Zhiqiang (繁体字: 林志強、ピンイン: …)."""
    return bool(labelled_spans(text[inner.start:inner.end]))


class Sieve(NamedTuple):
    """Which of the tests that need a mark somewhere in the text can hold in it, decided once a text: each is False
    only where its tests are False at every mention, so a mention skips them (most texts have no arrow, slash,
    bulleted line or alias marker, and each test costs a few lines of Python a mention)."""

    arrows: bool  # an arrow (ARROWS): ``converted_to``
    slashes: bool  # a slash (SLASHES), or a comma after a closing bracket: ``paired_by_slash``
    bullets: bool  # a bulleted line (BULLETED_LINE): ``in_glossary_line``, ``in_term_list``, ``namesake_entry``
    aliases: bool  # an alias or subsidiary marker: ``introduced_as_alias``


def sieve(text: str) -> Sieve:
    return Sieve(arrows=any(arrow in text for arrow in ARROWS), slashes=any(slash in text for slash in SLASHES)
                 or any(c + comma in text for c in CLOSE_BRACKETS for comma in FORM_COMMAS),
                 bullets=BULLETED_LINE.search(text) is not None, aliases=_alias_markers()[1].search(text) is not None)


# an issue's label alone on its line: 第119期, 2016年3月号, Vol.12, No. 3 (a newsletter's or a magazine's number)
ISSUE_LABEL = re.compile(rf"(?:第[{DIGIT_RANGE}]+[期号號]|[{DIGIT_RANGE}]{{4}}年[{DIGIT_RANGE}]{{1,2}}月号"
                         rf"|(?:Vol|No)\.?{SPACE}?[{DIGIT_RANGE}]+)")
MASTHEAD_LENGTH = 12  # the longest publication title a masthead's line holds


def masthead(text: str, span: Span) -> bool:
    """``span`` lies in a short line that holds nothing else but a title (up to MASTHEAD_LENGTH characters, no
    sentence end), right above or below a line that holds only an issue's label (`2016年3月号` / `在鸣门` / `第119期`):
    a newsletter's or a magazine's name as its masthead prints it, in its own language and spelling."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    line = text[start:end].strip(SPACES)
    if not line or len(line) > MASTHEAD_LENGTH or any(c in SENTENCE_ENDS for c in line):
        return False
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1] if start else ""
    after = text.find("\n", end + 1)
    below = text[end + 1:len(text) if after < 0 else after]
    return any(ISSUE_LABEL.fullmatch(neighbour.strip(SPACES)) for neighbour in (above, below))
