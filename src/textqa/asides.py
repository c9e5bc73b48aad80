"""Text set aside when names are read: tone-marked pinyin inserted in parentheses after a character.

Machine translations of pages with pinyin annotations carry them into the text (相當(dāng), 習(xí)近平). GRB012
reports each one; the mention finders read the text without them, so 習(xí)近平 is still found as 習近平.
"""
from __future__ import annotations

import re

from .charclass import (HIRAGANA_RANGE, KANJI_RANGE, KATAKANA_RANGE, KATAKANA_WORD, LATIN_LETTER_RANGE, PINYIN_LOWER_RANGE,
                        PINYIN_UPPER_RANGE,
                        SENTENCE_ENDS, SENTENCE_OR_LINE_ENDS, TITLE_CLOSE, TONE_VOWEL, TONE_VOWELS, to_katakana)
from .findings import Span
from .phonetics.kana import coarse, katakana_romaji, name_keys, syllable_keys
from .phonetics.pinyin import strip_tones
from .phonetics.syllables import LONGEST, VOWELS
from .phonetics.tables import pinyin_syllables

WORD_SYLLABLES = 4  # most syllables of a word's pinyin run together
SEPARATORS = "'’"  # the apostrophe that parts a syllable opening with a, o or e from the one before (dàtiān'é)
# lower-case pinyin in parentheses right after a kanji or katakana: one syllable (相當(dāng), 韓國（guó）, ブドウ(pú))
# or a word's syllables run together, an apostrophe before a syllable opening with a vowel (切り絵(jiǎnzhǐ),
# キウイ(míhóutáo), オオハクチョウ(dàtiān'é)); after a word in kanji and kana too, one or two kana ending it (ほぞ組み(sǔnmǎo)):
# a word's pinyin only, the syllable's pattern asks for the kanji or katakana
PINYIN_WORD = rf"[{PINYIN_LOWER_RANGE}]{{1,{WORD_SYLLABLES * LONGEST}}}(?:[{SEPARATORS}][{PINYIN_LOWER_RANGE}]{{1,{LONGEST * 2}}}){{0,2}}"
INSERTED = re.compile(rf"(?<=[{KANJI_RANGE}{KATAKANA_RANGE}])[(（]({PINYIN_WORD})[)）]")
INSERTED_AFTER_KANA = re.compile(rf"(?:(?<=[{KANJI_RANGE}][{HIRAGANA_RANGE}])|(?<=[{KANJI_RANGE}][{HIRAGANA_RANGE}]{{2}}))"
                                 rf"[(（]({PINYIN_WORD})[)）]")
# after a word in hiragana alone (ちまき(zòngzi): the Japanese word for the thing, then the Chinese word's pinyin), not
# after a particle (これは(nǐhǎo)です: the pinyin is the word talked about)
ENDING_PARTICLES = "はがをにへでとものや"
INSERTED_AFTER_HIRAGANA_WORD = re.compile(rf"(?<=[{HIRAGANA_RANGE}]{{2}})(?<![{ENDING_PARTICLES}])[(（]({PINYIN_WORD})[)）]")
# ... and after a particle's kana that ends a word in hiragana (じゃがいも(mǎlíngshǔ), かに(pángxiè)): where the dictionary
# reads the hiragana before the parenthesis as one noun (``_hiragana_noun_before``), not a word and its particle (ねこ|も)
INSERTED_AFTER_PARTICLE_KANA = re.compile(rf"(?<=[{HIRAGANA_RANGE}]{{2}})(?<=[{ENDING_PARTICLES}])[(（]({PINYIN_WORD})[)）]")
# ... and after a quoted word's closing quote (「紅心キウイ」(hóngxīn): the Chinese word's pinyin after the quoted
# rendering), the quote's last character a kanji or katakana; a katakana reading in quotes (「ニーハオ」(nǐhǎo)) is one
INSERTED_AFTER_QUOTE = re.compile(rf"(?<=[{KANJI_RANGE}{KATAKANA_RANGE}][{TITLE_CLOSE}])[(（]({PINYIN_WORD})[)）]")
# a capitalised word's pinyin run together in parentheses right after a kanji (黄姚船工協会（Huángyáo）, 黄姚鎮（Huángyáo）,
# an apostrophe before a syllable opening with a vowel: 雲澳鎮（Yún'ào）): a proper name's ruby carried over
INSERTED_CAPITALISED = re.compile(rf"(?<=[{KANJI_RANGE}])[(（]([{PINYIN_UPPER_RANGE}][{PINYIN_LOWER_RANGE}]"
                                  rf"{{1,{WORD_SYLLABLES * LONGEST}}}(?:[{SEPARATORS}][{PINYIN_LOWER_RANGE}]"
                                  rf"{{1,{LONGEST * 2}}}){{0,2}})[)）]")
# a capitalised word's tone-marked pinyin run together standing in Japanese prose in a name's stead (Sānjiāngの集落,
# 、Zúróng(足栄鎮)で: the source's ruby left where the kanji should be): after no Latin letter, digit or space, and
# right before a kana, a kanji or an opening bracket that holds kanji; after a space too where a sentence's end is
# before it (…という. Sānjiāngの集落: a half-width stop and its space, the next sentence opening with the pinyin)
PROSE_CAPITALISED = re.compile(rf"(?:(?<![{LATIN_LETTER_RANGE}{PINYIN_LOWER_RANGE}0-9{SEPARATORS} \u3000(（])"
                               rf"|(?<=[{SENTENCE_ENDS}.!?][ \u3000]))"
                               rf"([{PINYIN_UPPER_RANGE}][{PINYIN_LOWER_RANGE}]{{1,{WORD_SYLLABLES * LONGEST}}}"
                               rf"(?:[{SEPARATORS}][{PINYIN_LOWER_RANGE}]{{1,{LONGEST * 2}}}){{0,2}})"
                               rf"(?=[{HIRAGANA_RANGE}{KATAKANA_RANGE}{KANJI_RANGE}]|[(（][{KANJI_RANGE}])")
# a lower-case word's tone-marked pinyin run together opening a Japanese sentence, glued to the kana or kanji after
# it (。yóutiáoは、…: the source's ruby left where the word's Japanese rendering should be); not after a label or a
# word that names a language (中国語ではnǐhǎoと言う: the sentence opens before it)
PROSE_LOWER = re.compile(rf"(?<=[{SENTENCE_ENDS}])({PINYIN_WORD})(?=[{HIRAGANA_RANGE}{KATAKANA_RANGE}{KANJI_RANGE}])")
HIRAGANA_NOUN = re.compile(f"[{HIRAGANA_RANGE}]{{2,}}")
NOUN_WINDOW = 24  # characters before the parenthesis that the dictionary reads, the word's sentence at most
KATAKANA_BEFORE = re.compile(f"{KATAKANA_WORD.pattern}$")
HIRAGANA_BEFORE = re.compile(f"[{HIRAGANA_RANGE}ー]+$")
# a lower-case word with a tone mark (bìhuà, nǐ, dàtiān'é): pinyin given as a reading, not a name's romanisation
# (Wénhuī)
TONED_WORD = re.compile(rf"(?<![{LATIN_LETTER_RANGE}])(?<![{LATIN_LETTER_RANGE}][{SEPARATORS}])"
                        rf"(?=[{PINYIN_LOWER_RANGE}{SEPARATORS}]*[{TONE_VOWELS}])"
                        rf"[{PINYIN_LOWER_RANGE}]+(?:[{SEPARATORS}][{PINYIN_LOWER_RANGE}]+)*(?![{LATIN_LETTER_RANGE}])")


def has_tone_marks(text: str) -> bool:
    """A tone-marked vowel stands in ``text``: every ``TONED_WORD`` holds one, and so does every pinyin that
    ``inserted_pinyin`` and ``inserted_word_pinyin`` report. One scan for the vowels' class (``TONE_VOWEL``), far
    cheaper than one of those patterns' scans, which try their look-behinds at every code point of a text that holds
    no pinyin at all (most texts), and about six times cheaper than a test of each vowel (``str.__contains__``, one
    scan a vowel)."""
    return TONE_VOWEL.search(text) is not None


def reads_once(text: str) -> bool:
    """The text holds one lower-case tone-marked word at most: a reading given once, as a translation carries one
    ruby over (壁画（bìhuà）, the page's only pinyin), not words glossed as a lesson or a guide glosses them all."""
    if not has_tone_marks(text):
        return True
    found = TONED_WORD.finditer(text)
    return next(found, None) is None or next(found, None) is None


GLOSSED_WORDS = 4  # different toned words, at least, of a text that glosses Chinese words on purpose


def glosses_words(text: str) -> bool:
    """The text gives the pinyin of ``GLOSSED_WORDS`` different words or more (a recipe's or a guide's dish names, a
    lesson's words, a guide's place names in brackets): readings written on purpose, not ruby a translation carried
    over (one or two a text in every development set's articles)."""
    if not has_tone_marks(text):
        return False
    words = {m.group() for m in TONED_WORD.finditer(text)}
    words.update(m.group(1) for regex in (INSERTED_CAPITALISED, PROSE_CAPITALISED) for m in regex.finditer(text)
                 if any(c in TONE_VOWELS for c in m.group(1)))
    return len(words) >= GLOSSED_WORDS


def inserted_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of tone-marked pinyin syllables inserted in parentheses after characters (the parentheses included):
    after a kanji, or after a katakana word (ブドウ(pú), the pinyin of the Chinese word it translates) that is not
    that syllable's own reading (シー(xī): a lesson's katakana and the pinyin it stands for)."""
    out: list[Span] = []
    if not has_tone_marks(text):
        return out
    for m in INSERTED.finditer(text):
        syllable = strip_tones(m.group(1))
        if any(c in TONE_VOWELS for c in m.group(1)) and syllable in pinyin_syllables() \
                and not _reads_as(text, m.start(), syllable):
            out.append(Span(offset + m.start(), offset + m.end()))
    return out


def inserted_word_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of a word's tone-marked pinyin, two to four syllables run together with no space (a neutral syllable
    may carry no mark: lièba), inserted in parentheses after a kanji (切り絵(jiǎnzhǐ)), after a word in hiragana
    (ちまき(zòngzi): the Japanese word, then the Chinese word's pinyin) or after a katakana word that
    is not its reading (キウイ(míhóutáo): the Chinese word the katakana translates; ニーハオ(nǐhǎo) is a katakana
    reading with its pinyin); a name's romanisation (習近平（Xí Jìnpíng）) has capitals and spaces."""
    out: list[Span] = []
    if not has_tone_marks(text):
        return out
    seen = set()  # a word of kanji and two kana is a word in hiragana's end too: each parenthesis once
    for m in sorted([*INSERTED.finditer(text), *INSERTED_AFTER_KANA.finditer(text),
                     *INSERTED_AFTER_HIRAGANA_WORD.finditer(text), *INSERTED_AFTER_QUOTE.finditer(text),
                     *(m for m in INSERTED_AFTER_PARTICLE_KANA.finditer(text) if _hiragana_noun_before(text, m.start()))],
                    key=lambda m: m.start()):
        if m.start() in seen:
            continue
        seen.add(m.start())
        word = strip_tones(m.group(1))
        if not any(c in TONE_VOWELS for c in m.group(1)) or word in pinyin_syllables():
            continue
        splits = list(_splits(word))
        at = m.start() - (text[m.start() - 1] in TITLE_CLOSE)  # the quoted word's end, after a quote
        if splits and (not KATAKANA_BEFORE.search(text, max(0, at - 1), at)
                       or not _reads_as_word(text, at, splits)) \
                and not _hiragana_reads_as_word(text, at, splits):
            out.append(Span(offset + m.start(), offset + m.end()))
    return out


def inserted_name_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of a capitalised word's tone-marked pinyin, two to four syllables run together, inserted in parentheses
    after a kanji (黄姚船工協会（Huángyáo）: the ruby of 黄姚 carried over after the whole name; 黄姚鎮（Huángyáo）: after
    the name it reads, as the source page's ruby was, where Japanese glosses a name in katakana). A whole name's
    romanisation with spaces (習近平（Xí Jìnpíng）, 黄姚鎮（Huángyáo Zhèn）) is never read here; a text that teaches
    readings or glosses several words so is left alone by the rule that asks."""
    return _toned_words(INSERTED_CAPITALISED, text, offset, 0)


def prose_name_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of a capitalised word's tone-marked pinyin, two to four syllables run together, standing in Japanese
    prose where the name it reads should be written (三江の集落 as Sānjiāngの集落; a town's pinyin with its kanji in
    brackets after it, Zúróng(足栄鎮)): Japanese writes a Chinese name in kanji or katakana, and tone marks are a
    reading's, the source page's ruby left in place of the name. A romanisation after a label or in brackets is
    another matter (``inserted_name_pinyin``, ``textqa.labels``); a text that teaches readings or glosses several
    words so is left alone by the rule that asks."""
    return _toned_words(PROSE_CAPITALISED, text, offset, 1)


def prose_word_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of a lower-case word's tone-marked pinyin, two to four syllables run together, opening a Japanese
    sentence glued to the kana or kanji after it (油条 as 。yóutiáoは、: the source page's ruby left where the word
    should be written); a text that teaches readings or glosses several words so is left alone by the rule that asks."""
    return _toned_words(PROSE_LOWER, text, offset, 1)


def _toned_words(regex: re.Pattern, text: str, offset: int, group: int) -> list[Span]:
    """Spans (of the match's ``group``) of ``regex``'s matches whose word (its group 1) is tone-marked pinyin of two to
    four syllables run together: ``inserted_name_pinyin``'s and ``prose_name_pinyin``'s one test."""
    out: list[Span] = []
    if not has_tone_marks(text):
        return out
    for m in regex.finditer(text):
        word = strip_tones(m.group(1)).lower()
        if not any(c in TONE_VOWELS for c in m.group(1)) or word in pinyin_syllables():
            continue
        if next(_splits(word), None) is not None:
            out.append(Span(offset + m.start(group), offset + m.end(group)))
    return out


def _splits(word: str, count: int = 0):
    """Each way ``word`` is two to WORD_SYLLABLES pinyin syllables run together (jianzhi: jian|zhi), or parted by an
    apostrophe (tian'e: tian|e), as lists."""
    if not word:
        if count >= 2:
            yield []
        return
    if word[0] in SEPARATORS:  # between syllables, before one that opens with a vowel (tian'e)
        if count and word[1:2] in VOWELS:
            yield from _splits(word[1:], count)
        return
    if count == WORD_SYLLABLES:
        return
    for n in range(1, min(LONGEST, len(word)) + 1):
        if word[:n] in pinyin_syllables():
            for rest in _splits(word[n:], count + 1):
                yield [word[:n], *rest]


def _reads_as_word(text: str, at: int, splits: list[list[str]]) -> bool:
    """The katakana word that ends at ``at`` renders one syllabification of the pinyin (ニーハオ for ni|hao)."""
    word = KATAKANA_BEFORE.search(text, max(0, at - 4 * WORD_SYLLABLES), at)
    if word is None:
        return False
    key = coarse(katakana_romaji(word.group()))
    return any(key in name_keys(split)[1] for split in splits)


def _hiragana_noun_before(text: str, at: int) -> bool:
    """The word that ends at ``at`` is one noun in hiragana, two kana or more, as the dictionary reads the sentence
    up to it (じゃがいも, though its も is a particle's kana; not ねこ|も nor これ|も)."""
    from .tokens import tokenize  # noqa: PLC0415  (read only for such a parenthesis, seldom)

    start = max(at - NOUN_WINDOW, *(text.rfind(end, 0, at) + 1 for end in SENTENCE_OR_LINE_ENDS))
    tokens = tokenize(text[start:at])
    return bool(tokens) and tokens[-1].is_common_noun and HIRAGANA_NOUN.fullmatch(tokens[-1].surface) is not None


def _hiragana_reads_as_word(text: str, at: int, splits: list[list[str]]) -> bool:
    """The word in hiragana that ends at ``at`` spells one syllabification of the pinyin (にーはお for ni|hao: a
    reading written in hiragana, then its pinyin), as ``_reads_as_word`` reads a katakana word."""
    run = HIRAGANA_BEFORE.search(text, max(0, at - 4 * WORD_SYLLABLES), at)
    if run is None:
        return False
    # where the word begins, hiragana do not tell (これはにーはお): each ending of the run is tried
    katakana = "".join(c if c == "ー" else to_katakana(c) for c in run.group())
    keys = {coarse(katakana_romaji(katakana[i:])) for i in range(len(katakana) - 1)}
    return any(not keys.isdisjoint(name_keys(split)[1]) for split in splits)


def _reads_as(text: str, at: int, syllable: str) -> bool:
    """The katakana word that ends at ``at`` is a rendering of the pinyin ``syllable`` (シー for xi)."""
    word = KATAKANA_BEFORE.search(text, max(0, at - 8), at)
    return word is not None and coarse(katakana_romaji(word.group())) in syllable_keys(syllable)


def set_aside(text: str, spans: list[Span]) -> tuple[str, list[int]]:
    """``text`` without ``spans``, and for each offset of the result (and its end) the offset in ``text``."""
    kept, where, pos = [], [], 0
    for span in [*spans, Span(len(text), len(text))]:
        kept.append(text[pos:span.start])
        where.extend(range(pos, span.start))
        pos = span.end
    where.append(len(text))
    return "".join(kept), where
