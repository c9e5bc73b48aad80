from __future__ import annotations

import re

from ...asides import (glosses_words, inserted_name_pinyin, inserted_pinyin, inserted_word_pinyin, prose_name_pinyin,
                       prose_word_pinyin)
from ...charclass import DIGIT_RANGE, KANJI_RANGE, SENTENCE_ENDS, SPACE, is_kanji
from ...findings import Severity, Span
from ...mentions.context import document_about_readings
from ..base import Rule
from ._text import glossed_character_by_character


class TonePinyin(Rule):
    """
    ## What it does
    Reports tone-marked pinyin inserted in parentheses after a character (`相當(dāng)`, `韓國(guó)人`).
    One lower-case syllable with a tone mark counts, right after a kanji, or after a katakana word
    (`ブドウ(pú)`: the pinyin of the Chinese word the katakana translates), and a word's syllables run together right
    after a kanji (`切り絵(jiǎnzhǐ)`: the Chinese word's pinyin after its Japanese rendering; an apostrophe may part a
    syllable that opens with a vowel, `(dàtiān'é)`), after a word of kanji that ends in one or two kana
    (`ほぞ組み(sǔnmǎo)`), after a word in hiragana alone (`だんご(tāngyuán)`: the Japanese word for the thing, then the
    Chinese word's pinyin) or after a katakana word
    that does not read as them (`リンゴ(píngguǒ)`; a neutral syllable may go unmarked) in a text that does not
    teach readings. A Chinese word followed by its own pinyin is a form with its reading (`textqa.labels`) when it
    holds a character only simplified Chinese writes (`饺子(jiǎozi)`) or, a word both scripts write alike, the text
    reads other words too (a lesson, a menu); a word written the Japanese way (`陳皮(chénpí)`) or the text's one
    toned word (`村の壁画（bìhuà）は`) is reported, unless the text gives four different toned words or more (a recipe's
    `焼売（shāomài）`, `麻婆豆腐（mápódòufu）` among its dishes' readings). A whole name's romanisation given as a gloss
    (`習近平（Xí Jìnpíng）`) is fine, and so is a katakana reading followed by the syllable it renders
    (`シー(xī)`, a lesson's pronunciation guide), the reading of a word list's entry, the word opening its line and
    its meaning after the reading and a space (`好(hǎo) よい`; in a text that teaches readings or glosses several words,
    also a short meaning right after it that ends the line, `我(wǒ)私`), a line with no kana whose kanji carry their
    pinyin one by one, half of them or more, in such a text (`田(Tián)中(zhōng),你(nǐ) 好(hǎo)!`: a lesson's dialogue
    read character by character), a syllable that is no reading of the kanji before it, in such a text (`第一声(ā)`:
    a lesson's tone shown on a vowel, where ruby carried over reads its character), and a kanji that stands alone,
    with no kanji on
    either side, given its pinyin in a text about readings (`■不(bù)+第4声`: a lesson on tones) or in one that gives
    four toned words or more (a guide's `「闽(mǐn)」という字は`: a character talked about among the words it reads).
    A capitalised word's pinyin run together after a kanji (`青柳漁業協会（Qīngliǔ）`: a proper name's ruby carried
    over after the longer name that holds it; `青柳鎮（Qīngliǔ）`: after the name it reads, where Japanese prose glosses
    a Chinese name in katakana) is reported too, outside a text that teaches readings or glosses several words, and
    so is one standing alone where the name belongs (`Mùshíの劇場`, also opening a sentence after a half-width stop
    and its space: `…という. Mùshíの劇場`), even where NAM007 reports the glossary name's
    pinyin on the same word: the tone marks tell the source's ruby was left there. So is a lower-case word's pinyin
    run together opening a sentence, glued to the kana or kanji after it (`。yóutiáoは、`: the word's ruby left where
    its Japanese rendering belongs), outside a text that teaches readings or glosses several words.

    ## Why is this bad
    The source page carried pinyin annotations (ruby) over some characters, and the machine translation
    copied them into the text. The reader stumbles over Latin syllables in the middle of words, and names
    with an annotation inside them are no longer searchable. (The name rules set the pinyin aside
    (`textqa.asides`), so they still check 習(xí)近平 as 習近平.)

    ## Example
    `この決定は相當(dāng)重要で、韓國(guó)人の観光客も増えた。`

    ## Use instead
    `この決定は相当重要で、韓国人の観光客も増えた。`
    """

    code = "GRB012"
    name = "tone-pinyin"
    severity = Severity.WARNING
    reads = ("text",)
    per_paragraph = True
    paragraph_local = True
    covered_by_names = False  # tone marks in a name's place say more than NAM007's pinyin of the name: both stay

    def local_key(self, ctx) -> tuple:
        """Whether the text talks about readings (``context.about_readings``) and whether it glosses several words
        with their pinyin (``asides.glosses_words``), once a document."""
        if "garble.glosses_words" not in ctx.doc.memo:
            ctx.doc.memo["garble.glosses_words"] = glosses_words(ctx.doc.text)
        return document_about_readings(ctx.doc), ctx.doc.memo["garble.glosses_words"]

    def check(self, ctx):
        lesson, glossing = self.local_key(ctx)
        for para, text in ctx.paragraphs():
            # a word's pinyin (壁画（bìhuà）) only outside a text about readings or one that glosses several words:
            # a lesson, a recipe or a guide gives its words' readings so
            words = [] if lesson or glossing else inserted_word_pinyin(text, para.start) + inserted_name_pinyin(
                text, para.start)
            prose = [] if lesson or glossing else prose_name_pinyin(text, para.start)
            for span in prose:
                shown = ctx.doc.slice(span)
                yield ctx.finding(self, span, f"tone-marked pinyin '{shown}' written in Japanese prose where the name "
                                              "belongs; write the name in kanji")
            for span in [] if lesson or glossing else prose_word_pinyin(text, para.start):
                shown = ctx.doc.slice(span)
                yield ctx.finding(self, span, f"tone-marked pinyin '{shown}' opens a Japanese sentence where the word "
                                              "belongs; write the word in Japanese")
            for span in sorted(inserted_pinyin(text, para.start) + words):
                if _entry_reading(ctx.doc.text, span) or ((lesson or glossing) and (
                        _lone_character(ctx.doc.text, span) or _entry_line(ctx.doc.text, span)
                        or _other_sound(ctx.doc.text, span)
                        or glossed_character_by_character(ctx.doc.text, span.start, span.end))):
                    continue
                shown = ctx.doc.slice(span)
                yield ctx.finding(self, span, f"pinyin '{shown}' inserted after '{ctx.doc.text[span.start - 1]}'; "
                                              "delete it")


ENTRY_MEANING_LONGEST = 12  # code points of an entry's meaning, at most, after its reading on its line
# what a word list puts before an entry's word at a line's start: a bullet or a number, and the word itself
ENTRY_HEAD = re.compile(rf"{SPACE}*(?:[-・*•]|[{DIGIT_RANGE}]{{1,3}}[.．、)）])?{SPACE}*[{KANJI_RANGE}]{{1,4}}")


def _entry_reading(text: str, span) -> bool:
    """The pinyin of a word list's entry: the word opens its line (after a bullet or a number) and its meaning
    follows the reading after a space (`好(hǎo) よい`, a lesson's new words), not a syllable inside a sentence."""
    lo = text.rfind("\n", 0, span.start) + 1
    return ENTRY_HEAD.fullmatch(text, lo, span.start) is not None and text[span.end:span.end + 1] in (" ", "\u3000", "\t")


ENTRY_MEANING = re.compile(f"[^\\s{SENTENCE_ENDS}、]{{1,{ENTRY_MEANING_LONGEST}}}")  # a short meaning, no sentence


def _entry_line(text: str, span) -> bool:
    """The pinyin of a word list's entry whose meaning follows the reading right away and ends the line (`我(wǒ)私`,
    `孩子(háizi)子供`: a lesson's words, each line the word, its reading and its meaning): in a text that teaches
    readings or glosses several words, where a line that holds nothing else is an entry, not prose."""
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    return ENTRY_HEAD.fullmatch(text, lo, span.start) is not None \
        and ENTRY_MEANING.fullmatch(text, span.end, len(text) if hi < 0 else hi) is not None


def _other_sound(text: str, span: Span) -> bool:
    """The one syllable in the parentheses is no reading of the kanji before it (`第一声(ā)`, `第三声(ǎ)`: a lesson's
    tone shown on a vowel), where ruby carried over reads the character it stood over (`相當(dāng)`): a sound the
    lesson cites, not the kanji's pinyin. A kanji the reading table lacks tells nothing."""
    from ...phonetics.pinyin import char_readings, strip_tones  # noqa: PLC0415  (pypinyin's table, for lessons only)

    syllable = strip_tones(text[span.start + 1:span.end - 1]).lower()
    readings = char_readings(text[span.start - 1]) if is_kanji(text[span.start - 1]) else frozenset()
    return bool(readings) and syllable not in readings


def _lone_character(text: str, span: Span) -> bool:
    """The pinyin follows a kanji with no kanji on either side (`■不(bù)+`, `「一(yī)」`): a character talked about,
    not a word that the pinyin splits (`韓國(guó)人`, `相當(dāng)重要`)."""
    before = text[span.start - 2:span.start - 1] if span.start >= 2 else ""
    after = text[span.end:span.end + 1]
    return is_kanji(text[span.start - 1]) and not (before and is_kanji(before)) and not (after and is_kanji(after))
