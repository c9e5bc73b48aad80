from __future__ import annotations

import functools
import re

from ...charclass import (ACCENT_RANGE, HIRAGANA_RANGE, JAPANESE_CHAR, KANJI_RANGE, KATAKANA_RANGE, LATIN_WORD,
                          OPEN_CLOSE_QUOTE, OPEN_CLOSE_QUOTES, PARENS, SENTENCE_ENDS, SPACES, is_ascii_alnum, is_hiragana,
                          is_kanji)
from ...context import confidence
from ...findings import Severity, Span
from ...labels import FULL_WIDTH_BAR
from ...masks import URL
from ...mentions.context import (address_countries, before_model_number, english_function_words, english_words,
                                 form_of_the_word_before,
                                 in_dictionary_sense)
from ...phonetics.kana import romaji_hiragana
from ...phonetics.syllables import name_shape, segment
from ...tokens import token_at as token_holding, tokenize, tokens_in  # (._text's token_at is a span's token)
from ...wordlists import word_list
from ..base import Rule
from ._names import ROLL_NAMES, latin_chains, roll_of_names, romanised_name
from ._text import (LATIN_LETTER, TITLE_WORD, brackets, casual_register, english_line, english_word, glossary_surface,
                    in_account_name, is_japanese,
                    is_title_word, is_web_form, line_around, line_bounds, line_has_japanese, places_of,
                    spells_cell_after, technical_register, token_at)

STRAY_AFTER = re.compile(r" ?[;:,]")  # half-width punctuation left behind by the English sentence
LINK_LABEL_AFTER = re.compile(rf" ?[:：] ?{URL}")  # official site: https://…: words that label a link
MIN_PHRASE = 3  # a translated name of three or more English words (two-word brand names are common)
# a number and capitals that English writes before a noun (3D scan, 4K video, 5G network): a word of the phrase
SPEC_PREFIX = re.compile(r"[0-9]+[A-Z]")
# what follows an English word used as a Japanese adjective: な and the noun it describes (rich な味, fresh なイメージ)
ADJECTIVE_BEFORE_NOUN = re.compile(f" ?な(?=[{KANJI_RANGE}{KATAKANA_RANGE}])")


def _doubled_given_name(words: list[str]) -> bool:
    """A capitalised word written twice, then a surname of one pinyin syllable (`Lee Lee Chan`: a given name of one
    character doubled, romanised the Cantonese or the English way, before the surname in Western order): a person's
    name, not a Chinese name half translated into English words."""
    surname = segment(words[-1]) if len(words) == 3 and words[0] == words[1] and words[0][:1].isupper() else None
    return surname is not None and len(surname) == 1


class EnglishFragment(Rule):
    """
    ## What it does
    Reports English words and phrases left in Japanese prose. These are lowercase English words that
    are not a name: two or more (one of them in the dictionary or the English word list, the others spelt like English, not pinyin:
    `personalized learning`; or a phrase the dictionary has whole, `supply chain`; or a dictionary word after a
    number and capitals that begin the phrase, `3D scanning`, `4K video`), one with the half-width
    punctuation left after it, or one ordinary English word of five letters or more (`data/english_words.txt`, from
    SCOWL's sizes up to 60, or a closed compound of two of its words, `longline`; or the dictionary's common
    noun) written between Japanese characters with no space (`試合でcarryと呼ばれる`, `毎年秋、harvestの祭り`), or glued
    to the Japanese before it (or to the `。` that ends the sentence before) and spaced from the Japanese after it
    (`応じてencore を`, `湿地はmarsh 保護の`, `…始まった。export 向けの酢`), also
    inside a quotation in Japanese (`「今年のharvestは…」`: translated speech); that word is `info` beside katakana (its
    reading, set apart on purpose), where it is a Japanese word in romaji (`sushi`, `origami`: loans English took
    from Japanese), where the dictionary knows it as a
    name (`youtube`: a brand written in lowercase; not an ordinary English word that stands as a Japanese adjective,
    before な and a noun, `、fresh な香り`: a brand takes no な), in a text written in a casual register (a blog's `!` and `さぁ`:
    such writers type brands and words in Latin letters as a style) or in a text a fifth or more of whose letters are
    Latin (an English lesson, an abstract with its English version); in a technical register (a manual's `--amend`,
    `list.sort()`, `/var/log`, a line `git log master`, `apt install <パッケージ名>`: commands and identifiers named
    as typed) every lowercase word or phrase is `info`, and so is a phrase whose first word the text also writes
    alone before a particle (`apt update を使う` where the text says `apt は`: a program and what is typed after it); one such word set off by spaces before a particle or a kanji word (`いわゆる cheating
    も`, `outdoor 用品`) is judged as a glued word is when it is the text's one lowercase word of Latin letters, and
    is `info` in a text that writes others, since technical Japanese sets its terms so (`git で最後の commit を取り消す`);
    as the text's one lowercase word, a word of four letters spaced from the Japanese after it counts too (`。cozy な`),
    and so does one glued to the Japanese before it and to な and a noun after it (`boldな線`, `warmなもの`) or, an
    English adjective (data/english_adjectives.txt), to の and a noun (`mildの風`);
    and phrases of three or more capitalised words that translate a Chinese name word for word. A phrase that mixes romanised
    Chinese with English words (a half-translated name) is a warning (a person's name whose given name is one word
    written twice before a one-syllable surname, `Lee Lee Chan`, is none; English's own name of a country that pinyin
    spells too, `Taiwan` of `Radio Taiwan International`, is an English word there: data/address_countries.txt; so
    is a place's name in an older romanisation that pinyin spells too, `Taipei` of `Taipei Central Station`:
    data/english_place_names.txt), but
    not in a table's cell right before the
    kanji its pinyin spells (an image's label `Yun Jin Icon` before `雲菫`) or before a model number (a product's
    name as its maker sells it, `Xinghe Star Note 8`); a phrase of English words only,
    or of just two words (a pinyin brand and an English word), is `info`, since some organisations
    do use such names, unless it is listed beside a half-translated name of three words or more (`Hubei Smart
    Transport Affairs、Yunhe Technology、Northern Green Energy`): the translation made up the list's names alike. A
    capitalised word that is no pinyin, listed in a roll of three romanised Chinese names or more (`Skyline、Zhou
    Minghui、Qin Fang、Du Yuanhang`: GRB003's roll), is a warning too: a nickname or an English name the translation
    left in Latin letters among the people the list names.

    Product names, acronyms, camel-case brands, URLs, domains, numbers, units, one- and two-word
    names (Alipay, iPhone 15, NHK, example.com, Goldman Sachs) and glossary forms are fine, and so are a line
    with no Japanese at all (a copyright notice or a credit in English) or one written in English around a Japanese
    name (six Latin words or more, three Latin letters or more for each kana or kanji, and no hiragana but inside
    the one Japanese name of a line that begins in English: `How many episodes does 星河ラジオ have?`, `This page is
    loading the article for 星河の歴史一覧.`), lowercase English that is all of a cell of a
    line whose other cells are Japanese (`■ ごあいさつ｜Greetings from the President`, `証券コード　Stock code`: a
    bilingual page's line, cells parted by bars, a tab, a full-width space or a slash set off by spaces: `坂の眺望再生
    プロジェクト / Project to restore the view`), English that is all a quotation holds
    (「Go for gold!」: words quoted as written; also with its translation in parentheses last, before the quotation
    closes: 「Shall we start the journey?(旅を始めませんか?)」), English in a work's title in 『』
    (`『星河物語 -Tales of the River-』`) or all two wave dashes hold right after a Japanese title (a subtitle:
    `星河の約束~The promise of the river~を観る`), the lowercase small words of a title in Title Case (`Journey to the River of
    Stars`: of, the, and between capitalised words), English words that begin a line with no `。`, or follow a
    list's number there before a date (a byline: `posted by 山田 at 2019年8月2日`, a numbered comment's `2. ann on
    5月 3rd`), a whole sentence in English set between Japanese sentences, a capital first and
    its own end mark last, its words maybe numbers, followed by commas or abbreviated (a blog's motto, `…その他。Done is
    better than perfect.無断転載お断り。`; a news photo's caption, `A Xinghe Co. bus at a depot in Xinghe, China, on
    Friday, Sept. 9, 2022. Star Wire 星河の…`), lowercase English
    after a credit's label and a space on a line with no `。` (`星河編集部●文 text by Star River`: data/credit_labels.txt,
    the credit given again in English), English right
    before という or its casual なんての (`rosy foxという雑貨屋`, `star blogなんてのがあって`: a name introduced) or って感じ
    (`quiet, calm and peacefulって感じ`: a feeling the writer names in English), English before と訳す or と訳される,
    a space between or none (`その役職は deputy director と訳される`: a term's rendering talked about), an
    English term Japanese writes in Latin letters as its own (`To do listを書く`, `podcastで聞いた`: data/latin_terms.txt) and the
    English senses of a bilingual dictionary's entry (`[ちょうおん] (n) long vowel mark`), and the English or
    romanised form after the one kanji word of a list's line, maybe with its reading in brackets (`• 淡水河 tamsui river
    (Danshui)`, `新北市 New Taipei City`, `星河大橋(せいがおおはし) Xinghe Bridge`: a list of names or a heading with their
    forms), and English in an account's display name, right before its @handle in
    parentheses or written elsewhere as part of such a name (`— ほしかわstar river (@xinghe) May 1, 2025`, an embedded
    post's credit, and `【ほしかわstar riverさんの投稿】`: the owner's own spelling).

    ## Why is this bad
    The machine translation gave up on part of the sentence or rendered a Chinese organisation
    name into made-up English; a Japanese reader expects Japanese, or the name's established form.

    ## Example
    `…売上高は過去最高を更新しました。 year ; 2015 年 3 月…`, `Zhejiang Smart Logistics Affairs など`

    ## Use instead
    `…売上高は過去最高を更新しました。2015年3月…`, `浙江スマート物流など` (or the company's own name)
    """

    code = "GRB002"
    name = "english-fragment"
    severity = Severity.WARNING
    reads = ("text", "tokens", "mentions", "glossary")
    per_paragraph = True

    def check(self, ctx):
        marks = brackets(ctx.doc)
        for para, text in ctx.paragraphs(holding=LATIN_LETTER):  # a word with no letter is no English word
            for chain in latin_chains(ctx, para, text):  # shared by GRB002 and GRB003
                phrases = []  # (span, message, case) of the enumeration's translated names
                for run, words in chain:
                    if self._set_apart(ctx, marks, text, para.start, run):
                        continue
                    if not _line_label(ctx.doc.text, run) and not _english_cell(ctx.doc.text, run):
                        yield from self._lowercase(ctx, text, para.start, words)
                    phrases.extend(self._phrases(ctx, words))
                yield from self._listed(ctx, phrases)
                if len(chain) > ROLL_NAMES and roll_of_names(ctx, marks, chain):
                    yield from self._named_in_roll(ctx, marks, text, para.start, chain)

    @staticmethod
    def _set_apart(ctx, marks, text: str, base: int, run: Span) -> bool:
        """Latin text that is no leftover: no letter in it, a gloss, the English of a quotation, a glossary form, a
        line with no Japanese, English quoted whole, a name introduced (という), a dictionary's sense or an account's
        display name (before its @handle)."""
        return not LATIN_LETTER.search(text, run.start - base, run.end - base) \
            or marks.inside_gloss(run) or marks.english_gloss_of_quote(run) or glossary_surface(ctx, run, whole=True) \
            or not line_has_japanese(ctx.doc.text, run) or english_line(ctx.doc.text, run) \
            or _quoted_english(ctx.doc.text, run) or _named(ctx.doc, run) \
            or in_dictionary_sense(ctx.doc.text, run) or _latin_term(ctx.doc.slice(run)) \
            or form_of_the_word_before(ctx.doc.text, run.start, run.end) or _english_sentence(ctx.doc.text, run) \
            or in_account_name(ctx.doc, run) or _wave_subtitle(ctx.doc.text, run)

    def _lowercase(self, ctx, text, base, words):
        """Runs of lowercase dictionary words: two or more, or one left with stray punctuation after it.

        Units and symbols are short, so one word alone needs three letters, and two words need one
        word of three letters (`put on hold`, `in response`).
        """
        group: list = []
        known: list[bool] = []  # which of the group's words the dictionary has
        for at, (span, w) in enumerate([*words, (None, "")]):
            lower = span is not None and _lower_english(ctx, span, w)  # asked once a word, kept for ``known``
            if span is not None and (lower or _english_shaped(w) or (not group and SPEC_PREFIX.fullmatch(w))):
                group.append(span)
                known.append(lower)
                continue
            if group and _title_glue(ctx.doc.text, words, at - len(group), at):
                group, known = [], []
                continue  # Harry Potter and the Stone: the lowercase words of a title written in Title Case
            if group and any(known) and max(g.end - g.start for g in group) >= 3:
                end = group[-1].end
                tail = STRAY_AFTER.match(text, end - base)
                if LINK_LABEL_AFTER.match(text, end - base):
                    group, known = [], []
                    continue  # a link's label (official site: https://…), not prose
                # one word before a colon or comma needs the dictionary's own Latin entry: the English list holds
                # the words of labels and headers too (wrote:, key:)
                if len(group) >= 2 or (tail and _lower_english(ctx, group[0], ctx.doc.slice(group[0]), listed=False)):
                    if tail:
                        end = base + tail.end()
                    found = Span(group[0].start, end)
                    technical = technical_register(ctx.doc) or _named_command(ctx.doc.text, ctx.doc.slice(group[0]))
                    yield ctx.finding(self, found, f"English fragment '{ctx.doc.slice(found)}' left in Japanese prose",
                                      confidence=confidence(self, "technical-register") if technical else 1.0)
                elif _glued(text, group[0].start - base, end - base):
                    yield self._glued_word(ctx, group[0])
                elif _spaced_in_sentence(text, group[0].start - base, end - base):
                    # the text's one English word is a leftover as surely as a glued one; technical Japanese that
                    # sets its terms apart so writes more than one (git の commit を)
                    yield self._glued_word(ctx, Span(group[0].start, end), "lone-spaced-english-word"
                                           if _one_english_word(ctx.doc) else "spaced-english-word")
                elif _one_english_word(ctx.doc) and _spaced_after(text, group[0].start - base, end - base):
                    # a shorter word (cozy な) spaced from the Japanese after it, the text's one English word
                    yield self._glued_word(ctx, Span(group[0].start, end), "lone-spaced-english-word")
                elif _one_english_word(ctx.doc) and _glued_adjective(ctx.doc, text, base, group[0].start - base,
                                                                     end - base):
                    # a shorter word glued before な and a noun (boldな線, warmなもの), or an English adjective before
                    # の and a noun (mildの風), the text's one English word
                    yield self._glued_word(ctx, Span(group[0].start, end), "lone-spaced-english-word")
            group, known = [], []

    def _glued_word(self, ctx, span: Span, ordinary: str = "glued-english-word"):
        """One lowercase English word inside a Japanese clause (``_glued``): a warning when the evidence is strong,
        an ordinary word (the English list or the dictionary's common noun), not a Japanese word in romaji, beside no
        katakana (its own reading), in prose written in neither a casual nor a technical register; `info` otherwise.
        A word set off by spaces (``_spaced_in_sentence``) is judged so too, its ``ordinary`` case chosen by the
        caller: a warning only when it is the text's one lowercase English word.
        A quotation or an aside in Japanese is prose too (「今年のharvestは…」: translated speech with a word left in
        English); words set apart whole (「harvest」, 収穫（harvest）) never get here."""
        text, word = ctx.doc.text, ctx.doc.slice(span)
        token = token_at(ctx.doc, span)
        if token is not None and token.is_proper_noun \
                and not (ordinary_english(word) and (ADJECTIVE_BEFORE_NOUN.match(text, span.end)
                                                     or _before_noun(ctx.doc, text, 0, span.start, span.end))):
            # the dictionary's name (youtube): a brand written in lowercase; not an ordinary English word that is
            # a Japanese adjective here, before な and a noun (fresh な香り, warmなもの, a name the dictionary has
            # too), or an English adjective before の and a noun (mildの風): a brand takes no な
            case = "named-english-word"
        elif not (ordinary_english(word) or english_word(ctx.doc, span, word, common_only=True)):
            case = "unlisted-english-word"
        elif romaji(word):
            case = "romaji-word"  # a Japanese word in Latin letters (sushi, origami), English's loan from Japanese
        elif _beside_katakana(text, span):
            case = "glossed-english-word"  # beside its reading: set apart on purpose
        elif casual_register(ctx.doc):
            case = "casual-english-word"  # casual writers type brands and words in Latin letters as a style
        elif english_heavy(ctx.doc):
            case = "english-heavy-text"  # a lesson, an abstract or a bilingual page: English written on purpose
        elif technical_register(ctx.doc):
            case = "technical-register"  # a manual names commands and identifiers as they are typed
        else:
            case = ordinary
        return ctx.finding(self, span, f"English word '{word}' left in Japanese prose",
                           confidence=confidence(self, case))

    def _phrases(self, ctx, words):
        """(span, message, case) of each phrase of capitalised words that translates a Chinese name (``_phrase``)."""
        group: list = []
        for span, w in [*words, (None, "")]:
            if span is not None and is_title_word(w) and not is_web_form(w):
                group.append((span, w))
                continue
            if len(group) >= 2 and (found := self._phrase(ctx, group)):
                yield found
            group = []

    def _listed(self, ctx, phrases):
        """The findings of one enumeration's translated names (or of one run of Latin words). A name that mixes pinyin
        with three English words or more is sure; an English phrase or a two-word name listed beside it (`Hubei Smart
        Transport Affairs、Yunhe Technology、Northern Green Energy`) is one of the names the translation made up for
        the same list, so sure too."""
        sure = any(case == "pinyin-and-english-long" for _, _, case in phrases)
        for span, message, case in phrases:
            listed = sure and case in ("pinyin-and-english-short", "english-phrase")
            yield ctx.finding(self, span, message, confidence=confidence(self, "listed-with-translated-name"
                                                                          if listed else case))

    def _phrase(self, ctx, group):
        if name_shape([w for _, w in group]) or _doubled_given_name([w for _, w in group]):
            return None  # a romanised person's name: GRB003; Lee Lee Chan, its given name doubled
        countries = _country_names([w for _, w in group])  # China, Taiwan: English's own names, though pinyin spells them
        english = [w for i, (s, w) in enumerate(group) if i in countries or english_word(ctx.doc, s, w, strict=False)]
        pinyin = [w for s, w in group if w not in english and segment(w)]
        if len(group) < MIN_PHRASE and (len(pinyin) != 1 or len(segment(pinyin[0])) < 2):
            return None  # Ma Yun is GRB003's; a short syllable (Sun, Bo) proves little
        if len(english) + len(pinyin) < len(group):
            return None  # an unknown word: likely a real brand name
        span = Span(group[0][0].start, group[-1][0].end)
        surface = ctx.doc.slice(span)
        if pinyin and english and spells_cell_after(ctx.doc.text, span.end, pinyin):
            return None  # a table row's label, then the name in kanji: `Yun Jin Icon 雲菫`
        if pinyin and english and before_model_number(ctx.doc.text, span.end):
            return None  # a product's model as its maker sells it: `Xinghe Star Note 8`
        if pinyin and english:
            # two words may be a company's own English name (pinyin brand + Technology): info only
            return (span, f"half-translated name '{surface}': romanised Chinese ({', '.join(pinyin)}) mixed with "
                          "English words",
                    "pinyin-and-english-long" if len(group) >= MIN_PHRASE else "pinyin-and-english-short")
        if english and len(group) >= MIN_PHRASE:
            return (span, f"English phrase '{surface}' in Japanese prose: translate it or use the organisation's "
                          "established name", "english-phrase")
        return None

    def _named_in_roll(self, ctx, marks, text: str, base: int, chain):
        """A capitalised word that is not pinyin listed in a roll of romanised Chinese names (``roll_of_names``:
        `Dundee、Xu Lan、Zhou Minghui、Qin Fang`): a person's nickname or English name the translation left in Latin
        letters among the others. A pinyin word there is GRB003's."""
        for run, words in chain:
            if len(words) != 1 or not is_title_word(words[0][1]) or is_web_form(words[0][1]) \
                    or segment(words[0][1]) or romanised_name(ctx, marks, words) \
                    or glossary_surface(ctx, words[0][0]) or self._set_apart(ctx, marks, text, base, run):
                continue
            span, word = words[0]
            yield ctx.finding(self, span, f"name '{word}' left in Latin letters in a roll of romanised Chinese "
                                          "names: write the person's name in Japanese",
                              confidence=confidence(self, "listed-in-roll"))



def _country_names(words: list[str]) -> set[int]:
    """The indices of ``words`` that spell an English name of a country or region that pinyin could spell too
    (data/address_countries.txt: `Taiwan`, `Hong Kong`), or of a place in an older romanisation that pinyin spells
    too though the place's pinyin is another (data/english_place_names.txt: `Taipei`, not Taibei): English's own word
    for the place, so a phrase of it and English words (`Radio Taiwan International`, an organisation's English name;
    `Taipei Central Station`) mixes no romanised Chinese in."""
    found: set[int] = set()
    for name in (*address_countries(), *word_list("english_place_names.txt")):
        parts = name.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i:i + len(parts)] == parts:
                found.update(range(i, i + len(parts)))
    return found


def _title_glue(text: str, words, first: int, end: int) -> bool:
    """``words[first:end]`` are all English function words (of, the, and: data/english_function_words.txt) with a
    capitalised word right before and right after them (Philosopher's too), a space apart, in a run of Latin words
    that begins with a capital and holds only capitalised and such small words: a title written in Title Case
    (`Harry Potter and the Philosopher's Stone`, `The Lord of the Rings`), which keeps its small words lowercase. A
    run that begins in lowercase (`…はthe Star River and the Moon Bridgeを`) is English left in the sentence."""
    if first < 1 or end >= len(words):
        return False
    small = english_function_words()
    return all(TITLE_WORD.match(w) or w in small for _, w in words) and bool(TITLE_WORD.match(words[0][1])) \
        and all(TITLE_WORD.match(w) for _, w in (words[first - 1], words[end])) \
        and all(w in small for _, w in words[first:end]) \
        and all(text[a.end:b.start] == " " for (a, _), (b, _) in zip(words[first - 1:end], words[first:end + 1]))


def _named_command(text: str, word: str) -> bool:
    """The phrase's first word is one the text also writes alone before a particle (`apt は`, `apt を例に`): the
    name of a program the text talks about, and the phrase that program with what is typed after it (`apt update
    を使う`), a command named as typed. A translation's leftover (`supply chain`) does not name its first word alone."""
    probe = word + " "  # found by str.find: a pattern starting with a look-behind is tried at every character
    at = text.find(probe)
    while at >= 0:
        before, after = text[at - 1:at] if at else "", text[at + len(probe):at + len(probe) + 1]
        if not (before and (is_ascii_alnum(before) or before in COMMAND_NAME_PUNCTUATION)) \
                and after and is_hiragana(after):
            return True
        at = text.find(probe, at + 1)
    return False


COMMAND_NAME_PUNCTUATION = "_.-"  # what a command's name may hold besides ASCII letters and digits (apt-get, pip3.11)


def _quoted_english(text: str, run: Span) -> bool:
    """English that is all a quotation holds (「Go for gold!」), or all it holds but for its translation in parentheses
    last (「Shall we start the journey?(旅を始めませんか?)」): words quoted as written, such as a post, a slogan or a
    teaser, not a translation's leftover; and English in a title in 『』 (a work's own title)."""
    lo, hi = text.rfind("\n", 0, run.start) + 1, text.find("\n", run.end)
    line = text[lo:len(text) if hi < 0 else hi]
    for m in OPEN_CLOSE_QUOTE.finditer(line):
        close = line.find(OPEN_CLOSE_QUOTES[m.group()], m.end())
        if lo + m.start() < run.start and close >= 0 and run.end <= lo + close:
            # 『…』 holds a work's title as published, English subtitle and all (『星河物語 -Tales of the River-』)
            held = line[m.end():close]
            glossed = ENGLISH_THEN_TRANSLATION.fullmatch(held)  # 「Shall we …?(…しませんか?)」: and its translation
            if glossed is not None:
                return lo + m.end() + glossed.end("english") >= run.end and not any(map(is_japanese, glossed["english"]))
            return m.group() == "『" or not any(is_japanese(c) for c in held)
    return False


# what a quotation holds when it quotes English and then gives its translation in parentheses before it closes
# (「Shall we start the journey?(旅を始めませんか?)」): the English, and the parenthesis, last
_OPEN, _CLOSE = re.escape("".join(PARENS)), re.escape("".join(PARENS.values()))
ENGLISH_THEN_TRANSLATION = re.compile(
    rf"(?P<english>[^{_OPEN}{_CLOSE}]*?)[{SPACES}]?[{_OPEN}][^{_OPEN}{_CLOSE}]+[{_CLOSE}]")


# what follows a name being introduced (rosy foxという雑貨屋, a casual writer's star blogなんてのがあって) or a feeling
# named in the writer's own English words (calm and peacefulって感じ)
NAMING = ("という", "っていう", "なんていう", "なんての", "って感じ")
# more English words after a run, parted by commas or spaces, before the naming words (quiet, calm and peacefulって感じ:
# the words named together)
ENGLISH_GOES_ON = re.compile(r"(?:[ ,]*[A-Za-z][A-Za-z'\-]*)*")
# what follows an English word the text says a term is translated as, perhaps after a space (その役職は deputy
# director と訳される, 英語では head と訳す): a rendering talked about, not a leftover of the translation
TRANSLATED_AS = re.compile(r" ?と(?:英)?訳[さしすせ]")


NAMED_AT = "english_fragment.naming"  # doc.memo: where the NAMING strings stand, and the text before them by length


def _named(doc, run: Span) -> bool:
    """English right before という (`rosy foxという雑貨屋さん`) or って感じ (`calm and peacefulって感じ`, a feeling named
    in English), also with more English words listed between (`quiet, calm and peacefulって感じ`), here or where the
    text introduces the same words: a name introduced as a name, written as its owner writes it, or words the writer
    chose, not a translation's leftover. The places of という are
    found once a document, and the run's words looked for right before each (not the whole text searched for the
    words and という at every run: ``words + naming in text`` holds just where one of them ends at such a place)."""
    text = doc.text
    if text.startswith(NAMING, run.end) or text.startswith(NAMING, ENGLISH_GOES_ON.match(text, run.end).end()) \
            or TRANSLATED_AS.match(text, run.end):
        return True
    held = doc.memo.get(NAMED_AT)
    if held is None:
        held = doc.memo[NAMED_AT] = (tuple(at for naming in NAMING for at in places_of(text, naming)), {})
    places, before = held
    n = run.end - run.start
    if n not in before:  # the n code points before each place, gathered once for every run of n code points
        before[n] = frozenset(text[at - n:at] for at in places if at >= n)
    return text[run.start:run.end] in before[n]


WAVES = "~〜～"  # the wave dashes Japanese sets a title's subtitle between (星河の約束~The promise of the river~)
# English and nothing else between two wave dashes on one line: a capital first, then words, spaces and marks
WAVED_ENGLISH = re.compile(r"[A-Z][A-Za-z0-9 ,.'!?&:\-]*")


def _wave_subtitle(text: str, run: Span) -> bool:
    """The run lies in English all that a pair of wave dashes holds on its line, right after Japanese
    (`星河の約束~The promise of the river~を観る`): a work's subtitle as its title is published, set apart as Japanese
    sets a subtitle, not words a translation left in a clause."""
    lo, hi = line_bounds(text, run.start, run.end)
    opening = max(text.rfind(w, lo, run.start) for w in WAVES)
    if opening <= lo or not is_japanese(text[opening - 1]):
        return False
    m = WAVED_ENGLISH.match(text, opening + 1, hi)
    return m is not None and m.end() >= run.end and text[m.end():m.end() + 1] in tuple(WAVES)


# a whole sentence in English: a capital, three words or more, its own end mark (Done is better than perfect.); its
# words may be numbers, followed by a comma, or a short capitalised abbreviation with its point before another word
# (A Xinghe Co. bus at a depot in Xinghe, China, on Friday, Sept. 9, 2022.: a news photo's caption)
ENGLISH_SENTENCE = re.compile(r"[A-Z][A-Za-z']*(?:,? (?:[A-Z][a-z]{0,3}\.(?= [A-Za-z0-9])|[A-Za-z0-9][A-Za-z0-9'-]*)){2,}"
                              r"[.!?]")


def _english_sentence(text: str, run: Span) -> bool:
    """The run is part of a whole sentence in English, set between Japanese sentences: it begins after a Japanese
    sentence's end or its line's start with a capital, and ends with its own `.`, `!` or `?` before Japanese or the
    line's end (`…その他。Done is better than perfect.無断転載お断り。`, a blog's motto; `A Xinghe Co. bus at a depot in
    Xinghe, China, on Friday, Sept. 9, 2022. Star Wire 星河の…`, a news photo's caption and its credit run into the
    article's first line): English written as English, not words a translation left inside a Japanese clause."""
    lo, hi = line_bounds(text, run.start, run.end)
    before = text[lo:run.start]
    cut = max(before.rfind(c) for c in SENTENCE_ENDS)
    start = lo + cut + 1
    while start < run.start and text[start] in SPACES:
        start += 1
    m = ENGLISH_SENTENCE.match(text, start, hi)
    return m is not None and m.end() >= run.end and not (m.end() < hi and text[m.end()].isascii()
                                                         and text[m.end()].isalnum())


# a list's number, a byline's words and the date after them (`2. ann on 5月 3rd`: a blog's numbered comment's
# header, its author and when it was written)
NUMBERED_BYLINE = re.compile(r"[0-9]{1,3}[.)] +[A-Za-z][A-Za-z' ]*? [0-9]")


def _line_label(text: str, run: Span) -> bool:
    """Lowercase English words that begin a line with no sentence in it (`posted by 山田 at 2019年…`), or follow a
    credit's label and a space there (`●文 text by 星河`: data/credit_labels.txt, the label given again in English),
    or open the cell after a title bar's `|` and a space, a colon and Japanese after them (`記事の題 | star river notes:
    星の小さな発見`: the site's name and its tagline),
    or follow a list's number there right before a date (`2. ann on 5月 3rd, 2010 8:15 AM`, a numbered comment's
    header): a page's byline or label, not prose (a capitalised phrase there is still a translated name; a list's item that
    opens with a command, `- kiln fetch - …`, is still English left in the text)."""
    line = line_around(text, run.start, run.end)
    if "。" in line:
        return False
    lo = text.rfind("\n", 0, run.start) + 1
    if lo == run.start:
        return True
    before = text[lo:run.start]
    if before.rstrip(SPACES).endswith(("|", FULL_WIDTH_BAR)) and before.rstrip(SPACES) != before \
            and SITE_TAGLINE.match(text, run.end):
        return True  # 記事の題 | star river notes: 星の小さな発見: a title bar's site name, its tagline after the colon
    if before.endswith(tuple(SPACES)) and before.rstrip(SPACES).endswith(word_list("credit_labels.txt")):
        return True  # 星河編集部●文 text by Star River: a credit's label, then the same credit in English
    return not before.strip(SPACES) and NUMBERED_BYLINE.match(text, run.start, run.end) is not None


# a colon after a site's name and the tagline in Japanese after it, on a title bar's line (| star river notes: 星の…)
SITE_TAGLINE = re.compile(rf"[{SPACES}]?[:：][{SPACES}]*(?=[^\n]*[{HIRAGANA_RANGE}{KATAKANA_RANGE}{KANJI_RANGE}])")


# what parts a line into the cells of a bilingual page: table bars, a tab, a full-width space (証券コード　Stock code)
CELL_BREAKS = "|" + FULL_WIDTH_BAR + "\t\u3000"
# a slash set off by spaces between a title and its translation (眺望再生プロジェクト / Project to restore the view):
# a bilingual page's title line, its halves parted so; a slash with no space is a word's (and/or, 1/2)
SLASH_BREAKS = (" / ", " ／ ")


def _english_cell(text: str, run: Span) -> bool:
    """English that is all of a cell, on a line whose other cells are Japanese (`■ ごあいさつ｜Greetings from the
    President`, `証券コード：1234　Stock code: 1234`): the English half of a bilingual page's line, written whole, not
    words a sentence left untranslated (its lowercase words are no leftover; a capitalised phrase there may still be
    a translated name). A cell runs between two of ``CELL_BREAKS`` or ``SLASH_BREAKS`` (`日暮里の坂 / Project to
    restore the view`) or the line's ends."""
    line_start = text.rfind("\n", 0, run.start) + 1
    line_end = text.find("\n", run.end)
    stop = len(text) if line_end < 0 else line_end  # breaks are looked for on the run's line only
    lo = max(line_start, *(text.rfind(c, line_start, run.start) + 1 for c in CELL_BREAKS),
             *(at + len(c) for c in SLASH_BREAKS if (at := text.rfind(c, line_start, run.start)) >= 0))
    hi = min(p for p in (stop, *(text.find(c, run.end, stop) for c in (*CELL_BREAKS, *SLASH_BREAKS))) if p >= 0)
    whole_line = lo == line_start and hi == stop
    return not whole_line and not any(is_japanese(c) for c in text[lo:hi])


GLUED_WORD = 5  # letters of a lone English word written between Japanese characters with no space (試合でcarryと)
SPACED_WORD = 4  # letters of the text's one English word spaced from the Japanese after it (。cozy な, いわゆる cozy な)
SHORT_ADJECTIVE = 3  # letters of an English adjective of data/english_adjectives.txt glued before な and a noun (shyな笑顔)
ENGLISH_SHARE = 0.2  # of a text's letters (Latin, kana and kanji), at least, in Latin: a text written in English too
ENGLISH_LETTERS = 80  # Latin letters of such a text, at least (a sentence or two): not one word in a short text


def english_heavy(doc) -> bool:
    """True when a fifth or more of the text's letters, and ENGLISH_LETTERS at least, are Latin (an English lesson,
    an abstract with its English version, a bilingual page): such a text writes English words among its Japanese on
    purpose. A translation's leftovers are a word or two in a Japanese text (the development sets' articles with one:
    under a tenth)."""
    if "garble.english_heavy" not in doc.memo:
        latin = sum(1 for _ in LATIN_LETTER.finditer(doc.text))  # asked only for a lone word glued to Japanese
        japanese = sum(1 for _ in JAPANESE_CHAR.finditer(doc.text))
        doc.memo["garble.english_heavy"] = latin >= max(ENGLISH_LETTERS, ENGLISH_SHARE * (latin + japanese))
    return doc.memo["garble.english_heavy"]


def _english_shaped(word: str) -> bool:
    """A lowercase word the dictionary lacks but that is spelt like English, not pinyin (personalized, reliance):
    it joins a phrase of dictionary words (personalized learning), never makes one alone."""
    letters = word.replace("-", "")
    return len(letters) >= 3 and letters.isalpha() and letters.isascii() and letters.islower() \
        and "" not in word.split("-") and segment(letters) is None


def _glued(text: str, start: int, end: int, shortest: int = GLUED_WORD, *, spaced: bool = False) -> bool:
    """One lowercase dictionary word of ``shortest`` letters or more between Japanese characters with no space
    (試合でcarryと呼ばれる; after a 「 that opens a quotation too, 「softな生地」), or glued to the Japanese before it
    (or a 、, or a 。 that ends the sentence before: 。falconry の愛好家) and spaced from the Japanese after it
    (応じてencore を, 、premiumization の, 湿地は marsh 保護の; 「curator の is ``_spaced_in_sentence``'s), only so
    with ``spaced``: a word left untranslated inside a sentence, not a product name (those are
    capitalised) or a unit (short). Technical Japanese that sets a term apart spaces it on both sides (最後の commit
    を): ``_spaced_in_sentence``."""
    return end - start >= shortest and start > 0 and end < len(text) \
        and (is_japanese(text[start - 1]) or text[start - 1] == "、" or _japanese_sentence_end(text[start - 1])
             or (text[start - 1] == "「" and is_japanese(text[end]) and not spaced)) \
        and ((is_japanese(text[end]) and not spaced) or (text[end] == " " and is_japanese(text[end + 1:end + 2] or "a")))


def _japanese_sentence_end(ch: str) -> bool:
    """A full-width mark that ends a Japanese sentence (。, ！ or ？): the word after it begins the next sentence of the same
    Japanese paragraph (…始まった。export 向けの酢は). Half-width ! and ? end English sentences too."""
    return ch in SENTENCE_ENDS and not ch.isascii()


def _spaced_in_sentence(text: str, start: int, end: int, shortest: int = GLUED_WORD) -> bool:
    """One lowercase English word of ``shortest`` letters or more after a Japanese character or 「 and a space (or
    right after 「), and a space and a particle, な or a kanji word after it (いわゆる cheating も, reusable な機体,
    「ranger の, outdoor 用品): likely a word left untranslated, but technical Japanese writes terms so too (commit を
    取り消す): a warning only as the text's one English word (``_one_english_word``)."""
    opened = start > 0 and text[start - 1] == "「"
    spaced = start > 1 and text[start - 1] == " " and is_japanese(text[start - 2])
    return end - start >= shortest and end + 1 < len(text) and (opened or spaced) \
        and text[end] == " " and (is_hiragana(text[end + 1]) or is_kanji(text[end + 1]))


def _spaced_after(text: str, start: int, end: int) -> bool:
    """A word of SPACED_WORD letters or more (cozy, mini) spaced from the Japanese after it, glued to the Japanese or
    the sentence end before it (。cozy な山小屋風) or spaced from it too (いわゆる cozy な): a leftover as the text's
    one English word; glued on both sides (ブログmemoに), a word this short is as often a label or a loan written in
    Latin letters."""
    return _glued(text, start, end, SPACED_WORD, spaced=True) or _spaced_in_sentence(text, start, end, SPACED_WORD)


def _glued_adjective(doc, text: str, base: int, start: int, end: int) -> bool:
    """A word of SPACED_WORD letters or more (or an English adjective of data/english_adjectives.txt, of three: 客は
    shyな笑顔で) glued to the Japanese before it and to な and a noun after it (職人が boldな線を引く; a noun in hiragana
    too, 町がwarmなものに包まれる), or an English adjective (data/english_adjectives.txt)
    glued so to の and a noun (港はmildの風が吹く): an English adjective the translation left where a Japanese one
    belongs; as the text's one English word only, since blogs mix in short adjectives on purpose with others (cute
    な服と nice な店). A noun glued before の (ブログmemoの内容) is a loan written in Latin letters as often."""
    shortest = SHORT_ADJECTIVE if text[start:end] in english_adjectives() else SPACED_WORD
    return _glued(text, start, end, shortest) and _before_noun(doc, text, base, start, end)


def _before_noun(doc, text: str, base: int, start: int, end: int) -> bool:
    """The word ``text[start:end]`` stands right before な and a noun (boldな線, warmなもの), or is an English adjective
    (data/english_adjectives.txt) right before の and a noun (mildの風): a word used as an adjective."""
    if end >= len(text) or text[end] not in ATTRIBUTIVE_LINKS \
            or (text[end] == "の" and text[start:end] not in english_adjectives()):
        return False
    at = end + 1
    return at < len(text) and (NOUN_START.match(text, at) is not None or _noun_at(doc, base + at))


ATTRIBUTIVE_LINKS = "なの"  # what joins an adjective to the noun it describes (boldな線, mildの風)
NOUN_START = re.compile(f"[{KANJI_RANGE}{KATAKANA_RANGE}]")  # a noun's first character, kanji or katakana


def _noun_at(doc, at: int) -> bool:
    """A noun of the dictionary begins at ``at`` (もの, こと: a noun in hiragana)."""
    t = token_holding(doc, at)
    return t is not None and t.span.start == at and t.pos[0] == "名詞" and not t.oov


@functools.lru_cache(maxsize=1)
def english_adjectives() -> frozenset[str]:
    """Short English adjectives, of three or four letters (data/english_adjectives.txt: shy, mild, warm)."""
    return frozenset(word_list("english_adjectives.txt"))


# a lowercase word of plain Latin letters, three or more, that no other letter or tone mark touches (not toned
# pinyin, whether its marks are precomposed, bìhuà, or combining, as text from some converters writes them), nor a
# hyphen after a letter (the given name's second syllable of Ming-hui, the second part of off-peak: one word)
LOWER_WORD = re.compile(rf"(?<![A-Za-z{ACCENT_RANGE}])(?<![A-Za-z{ACCENT_RANGE}]-)[a-z]{{3,}}(?![A-Za-z{ACCENT_RANGE}])")


def _one_english_word(doc) -> bool:
    """The text holds one lowercase word of Latin letters, no more (a link's https, a second term, a command would
    be one more): a Japanese text that writes no English but the word left untranslated, not one that mixes in
    English terms as technical writing and blogs do (git の commit を, cute な服と nice な店)."""
    if "garble.one_english_word" not in doc.memo:
        found = LOWER_WORD.finditer(doc.text)
        doc.memo["garble.one_english_word"] = next(found, None) is not None and next(found, None) is None
    return doc.memo["garble.one_english_word"]


def _lower_english(ctx, span: Span, word: str, *, listed: bool = True) -> bool:
    """A lowercase dictionary word (or, with ``listed``, an ordinary English word of data/english_words.txt); a
    hyphenated one (off-peak) when each of its parts is one; a word of a lowercase phrase that the dictionary has whole
    (supply chain)."""
    start, parts = span.start, []
    for part in word.split("-"):
        parts.append((Span(start, start + len(part)), part))
        start += len(part) + 1
    if all(p.isalpha() and p.islower() and len(p) >= 2
           and (english_word(ctx.doc, s, p) or (listed and (ordinary_english(p) or len(parts) > 1 and _derived(p))))
           for s, p in parts):
        return True
    if not (word.isalpha() and word.isascii() and word.islower()):
        return False
    around = tokens_in(ctx.doc, span)  # only for the rare word the dictionary lacks alone
    return len(around) == 1 and " " in around[0].surface and around[0].surface.islower() \
        and around[0].surface.isascii() and not around[0].oov and around[0].pos[0] == "名詞"


@functools.lru_cache(maxsize=4096)
def romaji(word: str) -> bool:
    """A Japanese word written in romaji (sushi, origami, tsunami: loans English took from Japanese and lists as its
    own): spelt in native syllables whose hiragana SudachiPy reads as one word of its dictionary."""
    kana = romaji_hiragana(word)
    if not kana:
        return False
    tokens = tokenize(kana)
    return len(tokens) == 1 and not tokens[0].oov


KATAKANA_AFTER = re.compile(f"[ ・]?[{KATAKANA_RANGE}]")
KATAKANA_BEFORE = re.compile(f"[{KATAKANA_RANGE}][ ・]?$")


def _beside_katakana(text: str, span: Span) -> bool:
    """Katakana right before or after the word, or a space or ・ away (ロングライン longline, sleeperスリーパー): the
    word's reading or the word beside its reading, written so on purpose."""
    return bool(KATAKANA_AFTER.match(text, span.end) or KATAKANA_BEFORE.search(text[max(0, span.start - 2):span.start]))


COMPOUND_PART = 4  # letters of each word of a closed compound, at least (longline: long + line)


@functools.lru_cache(maxsize=4096)
def ordinary_english(word: str) -> bool:
    """An ordinary English word (data/english_words.txt, from SCOWL's sizes up to 60), or a closed compound
    of two of them (longline, roadmap) that is not two pinyin syllables (dongfang). A word of one pinyin syllable
    under five letters (long, fang) is Chinese as often as English: not counted alone."""
    if "-" in word:  # a hyphenated compound (soft-spoken, warm-hearted): each part an ordinary word or one made so
        parts = word.split("-")
        return len(parts) > 1 and all(len(p) >= 2 and p.isalpha() and (ordinary_english(p) or _derived(p))
                                      for p in parts)
    words = english_words()
    if word in words:
        return len(word) >= GLUED_WORD or len(segment(word) or ()) != 1
    return any(word[:i] in words and word[i:] in words
               and not (len(segment(word[:i]) or ()) == 1 and len(segment(word[i:]) or ()) == 1)
               for i in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1))


# the ending English adds to a noun to make the last part of a compound adjective (warm-hearted, blue-eyed): the
# noun heart or eye, with -ed or (after its own e) -d
DERIVED_ENDINGS = ("ed", "d")
DERIVED_STEM = 3  # letters of the noun, at least (eye of blue-eyed; not the r of red)


def _derived(part: str) -> bool:
    """``part`` is an ordinary English word with an ending that makes a compound adjective's last part (hearted of
    warm-hearted, eyed of blue-eyed): read so only inside a hyphenated compound, where the first part is a word too."""
    return any(part.endswith(end) and len(part) - len(end) >= DERIVED_STEM and part[:-len(end)] in english_words()
               for end in DERIVED_ENDINGS)


def _latin_term(run: str) -> bool:
    """The run is an English term Japanese prose writes in Latin letters as its own (`To do list`:
    data/latin_terms.txt), compared lowercase with hyphens as spaces."""
    return " ".join(run.lower().replace("-", " ").split()) in word_list("latin_terms.txt")
