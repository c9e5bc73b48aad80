from __future__ import annotations

import functools
import re

from ...charclass import (AMOUNT, CELL_FILLER, COLONS, DIGIT_RANGE, KANA_CHAR, KANJI_RANGE, KANJI_RUN, KATAKANA_RANGE, LATIN_WORD, LIST_BULLET, PAIRS,
                          PARENS, RUBY_READING, SENTENCE_ENDS, SPACE, SPACES, LazyPattern, common_kanji, is_kanji)
from ...context import confidence
from ...findings import Severity, Span
from ...glossary.forms import convert, is_simplified_only
from ...phonetics.pinyin import is_surname
from ...labels import ITEM_SEP, labelled_spans, reads_as
from ...tokens import known_as_written, suffix, tokens_in
from ...wordlists import alternation, data_table, word_list
from ..base import Rule
from ._text import (HONORIFICS, NUMBERED_START, brackets, cited_character, classical_blocks, classical_original, glossary_surface,
                    heading_line, inline_classical, interlinear_line, kanbun_reading, line_bounds,
                    katakana_prose, katakana_prose_text, line_around, paragraphs, quoted_original, quoted_verse, spaced_classical,
                    translated_line,
                    verse_lines)
from .halfwidth_period import KANJI_NUMERALS
from .untranslated_chinese import Characters, chinese_form_word, explains, in_foreign_run

SURE_WITH = 2  # distinct converted words in one document: the text went through a conversion
KNOWN_WORD = 2  # characters of a run that the dictionary knowing it as written makes Japanese (a lone 實 is a name's)
MIXED_WITH = 1  # Japanese-only forms (経, 続) show the text is not in the old orthography throughout
# historical kana usage (ゐる, やう, ませう, しやう/しゃう, くゎ, 思ふ。, 遺さうと, しなかつた, であらう, 乘つた, 居つても,
# であつた, と云ふ, といふ, 思ひ立ち; the two-line repeat mark 〳〵 of vertical print, つね〳〵): a conversion to traditional characters never writes it, so a text that has it is in the old
# orthography even when some kanji are modern (a blog copying a pre-war book or a classical poem's reading); ちゃう
# and じゃう are left out, being modern speech (食べちゃう), and かうと too (向かうと); a full-size つ before た or て
# after a kanji is the old spelling of the small っ (乘つた, 立つて), but not before ため (勝つために is modern)
HISTORICAL_KANA = LazyPattern("[ゐゑヰヱ]|[やさか]う[にな。、]|[さや]う[とも]|なかつ[たて]|ませう|でせう|[きしぎひびぴみり]ゃう"
                              f"|[くぐ]ゎ|[{KANJI_RANGE}]ふ[。、]|[でだ]らう|[{KANJI_RANGE}]つ(?:て|た(?!め))"
                              "|[あな]つた(?!め)|[云言思][ふひ]|といふ|[〳〴]〵")
OLD_ORTHOGRAPHY_WITH = 2


def japanese_forms() -> dict[str, str]:
    """Traditional character -> its Japanese form (data/traditional_forms.tsv)."""
    return data_table("traditional_forms.tsv", ("traditional", "japanese"))


@functools.lru_cache(maxsize=1)
def japanese_only_forms() -> frozenset[str]:
    """Japanese forms that are not also simplified Chinese (経, 続, 駅): a conversion to traditional
    characters leaves them as they are, while text in the old orthography writes 經, 續, 驛."""
    from ...glossary.forms import convert  # noqa: PLC0415

    return frozenset(j for t, j in japanese_forms().items() if convert(t, "t2s") != j)


@functools.lru_cache(maxsize=1)
def _print_standard_forms() -> frozenset[str]:
    """Old forms that Japan prints as standard for characters outside its everyday lists (data/print_standard_forms.txt:
    蠟, 醬, 麵)."""
    return frozenset(word_list("print_standard_forms.txt"))


def to_japanese(text: str) -> str:
    forms = japanese_forms()
    return "".join(forms.get(c, c) for c in text)


class TraditionalCharacter(Rule):
    """
    ## What it does
    Reports words in traditional characters where Japanese has its own form (`國` for `国`).
    `會`, `殘` are written `会`, `残`, and the fix is the Japanese spelling. The characters and their Japanese forms are a
    data table (`textqa/data/traditional_forms.tsv`, derived from OpenCC).

    A word is a warning when the document has at least two such words, one an ordinary word (alone or in a short
    compound: the text went through a conversion; old forms in names and titles only are citations), or when it is an ordinary word of two or three characters, which Japanese
    spells one way only (`發表` for `発表`, `觀光客`), or a word of two or more characters that the document also
    writes in its Japanese form (`橫店` beside `横店`: one word in two spellings), or a one-character ordinary noun whose
    Japanese form the document also writes (`數` beside `数年`), outside a title (`『』`, or alone in
    `“”`), or a compound whose ordinary word is in old forms beside a form only Japanese has (`傳統工芸`: 芸 is
    Japanese for 藝, so the run is in two orthographies; not a dish's name, `京醤肉絲`), or a short run of everyday
    nouns (`傳統技術`) that no form label begins (`原題故鄕` names a title); any other single one is `info`. A numeral counts as an ordinary word (`數日前`). Text
    written in the old orthography throughout (`驛`, `經` and no `駅`, `経`) is silent: a converted text mixes both. So is text in the historical kana
    usage (`ゐる`, `であらう`, a full-size `つ` for the small one after a kanji: `乘つた`, `といふ`, `思ひ立ち`, and the
    repeat mark of vertical print, `つね〳〵`), and so is a paragraph of kanji and katakana with no hiragana, three
    different particles in katakana between kanji (`此方外感ノ項背ニ用ル…獨活ヲ加テ`: pre-war prose,
    data/katakana_particles.txt; a text in that style for two paragraphs or more and more than half its characters,
    a pre-war judgment, is silent throughout, its docket number's `第九八七號` too), and so are the lines of a classical original spaced into its pauses (`星河病 頭項強痛
    無汗惡寒 星河湯主之`, three kanji-only pieces or more) in a text that gives one of them its reading on the next line
    (kana, and most of its kanji in their order: `…汗無く、惡寒するものは…`, whose old forms cite it), and so is a form
    all a `「」` holds on a line that quotes its Japanese form too (`「榮」は「栄」の旧字`), and in a text that gives three
    Japanese forms or more with their old forms in parentheses (`乱(亂) 仮(假) 両(兩)`, a page on the orthography)
    every old form is `info`, talked about (a wartime body cited in its own forms, `國語審議會`), as it is in a text with
    a line that holds only a label of a classical text's reading (`書き下し文`, data/reading_labels.txt: a page reading
    classical poems, whose titles and readings cite the original's forms, `西塞山懷古`, `萬里の沙`), and so is an old
    form with its reading in an Aozora ruby mark (`螢草《ほたるぐさ》`: a glyph of the edition transcribed), and so
    is a classical reading (three words of `data/kanbun_markers.txt`), a classical text quoted in
    its original (a line with no kana of three kanji-only sentences or more with two particles of
    `data/classical_particles.txt`: `子曰。學而時習之。…乎。`), or such a text a clause or two a line, two kana-less
    lines in a row or more that hold three such sentences and two such particles together (a sutra quoted in its
    original forms, `星河觀自在、照見萬象。` / `是故無聲亦無色。` / `師曰、…`), whose forms the text cites wherever it names it too
    (`正字で引いた「星河經」`), and a poem quoted in the original
    (lines of five or seven kanji, also spaced one kanji a cell after the verse's number with its reading on the same
    line, or after the poem's title on one line: `靜星賦 星河照古城 月落照長橋 …`, the title cited too), its reading
    and its notes, which cite its forms, or in a `「」` after a word naming it in its sentence, four
    clauses of kanji alone or more and no kana (`詩を残した:「星河落,月照城,…」`: data/poem_words.txt), or any original quoted under a line
    that holds only its label (`【原文】`, data/original_labels.txt); a cited quotation
    makes no conversion sure, nor does a title in `『』` or before its volume's number (`星河藝術ー第一巻`), or a name
    all a `「」` holds (`「汪藏海」`, in every use), or a title all a `「」` holds right after a noun of a work or a
    periodical (`機関誌「星研學刊」`: data/work_nouns.txt; talked about, `info`), or a title before a wiki's note that a reader reached the page
    by it (`（星河國際空港から転送）`: data/redirect_notes.txt), or a name of four kanji at most after a label of one of a person's
    names and up to its sentence's next mark (`字は豫才。`: data/personal_name_labels.txt), or a word in a record's
    title field, a line opened by its label and a space or a colon, with no sentence end (`標題 星河『…』考`:
    data/title_labels.txt, a list of papers: talked about, `info`), and
    a dish or a shop listed on a line of its own (after a bullet, `〇 擔星麵`, or before a
    colon, maybe after a space, and its explanation, `當歸雞湯: 漢方のスープ`, `炸點 : 揚げた品`, or in a bulleted line of
    what was got where, an item before an @ or the place after it, `・花生糖@旺角の糖果專門店`) is talked about
    (`info`) and makes no conversion sure; and
    in a text whose old forms are all quoted, in three words or more, a lone word all a `「」` holds or lists with `・`
    (a study of `「動靜・體用」`) is a term talked about (`info`), as are a word all a `「」` holds before という (a term
    introduced as a shop labels it, `「兒茶液」という成分`) and, in a catalogue citing three titles in old
    forms in `『』` or more, the one word in old forms outside quotes (a database named in its books' forms,
    `全國星河データベース`); a kanji all a `「」` holds that the text cites as a
    character (another kanji quoted alone in its sentence, `「禮」「樂」の用法`, or a word of data/character_words.txt after
    it, `「禮」という字`) is fine. Personal names and organisations that the
    dictionary knows in the old forms (渡邊, 國學院大學; not an everyday word it reads as a rare surname, 會場, unless
    an honorific follows it or the given name after it, `廣本ミドリ氏`),
    a common noun it knows whole as written (a dish's name on a
    menu: `青椒肉絲`, which it does not normalise as it does `發表`, and whose Japanese form is no ordinary word of its own,
    unlike `映畫`, an old spelling of `映画`), a word whose old forms are all Japan's own print forms for characters
    outside its everyday lists (`蠟燭`, `豆板醬`: data/print_standard_forms.txt), glossary forms, glosses in parentheses and forms
    given after a label (`繁体字: 國`, or the example of the script a sentence is about: `繁体字は…。例:國`) are fine, and so is a word in a run of untranslated Chinese, also one that
    Chinese punctuation joins to its simplified characters (`…长出的好米，山村的稻香`: GRB001 reports the run whole),
    and a Chinese word in forms both Chinese scripts write that Japanese has in neither spelling (`收成`: GRB001's),
    and so are a place named with its page in another language or its
    English name in the parentheses after it (a Hong Kong street, `禮星道(中国語版)`, `伊榮湖街(Irving Lake Street)`), a
    shop named with a restaurant's or a tea house's suffix
    (data/shop_suffixes.txt: `星河酒樓`, `星月點心専門店`, the suffix in old forms too: `星月點心專門店`), a name on a page about Hong Kong, Macau or Taiwan (two
    mentions of data/local_places.txt) that the page presents as a name, alone in a table cell or on its line (also after a list's number: `2.星圓`) or all a
    `「」`, `『』` or `【】` holds (`| 金鳳會 九龍の…`, `「星點心」`), in every use (`info`, making no conversion sure), and
    so is, on such a page, a word ending with the last two kanji or more of such a name, of a name listed on its line
    or of one the glossary gives or a shop's suffix ends, an old form among them (the shop's trade, the dish it is
    named after: `今日の昼は肉圓を二つ` under `■星記肉圓`, or another shop of that trade, `月婆芋圓` beside
    `星姨芋圓`), a word followed by its reading with tone numbers after `=`, and
    so are a word the text explains in parentheses (`絲餅（糸のように細い
    餅）`) wherever it stands, or quotes and explains in the words after it, the meaning quoted or not (`「盡忠報國」は「…」という意味`,
    `「麵條兒」は星河方言で細い麺の意味`), a line of
    dialogue with its translation in parentheses on the next line or closing its own line after its end mark (a
    lesson's `例文:我們走吧。(行こう。)`), and lines of Chinese each followed by the line of
    their Japanese translation, or a few of them by as many lines of it, three times or more (a bilingual diary). In a
    text that writes Cantonese (a character of data/cantonese_chars.txt: `唔該`, `靚仔`), which quotes Hong Kong's own
    writing, every word in old forms is `info`: Hong Kong's words and names, talked about; so is one in a text that
    reads such a word aloud as the place reads it, maybe after a space, or gives its Japanese form beside it (`芋圓(ユィユェン)`,
    `點心(ディムサム/点心)`), which writes the place's words in the place's glyphs on purpose, unless several everyday
    words show a conversion. A name alone on its line
    before its price (a caption or a menu's item, `…便當60元`: data/currency_units.txt) is listed. An everyday word in old
    forms in a sentence of a text that gives no such sign (`區間車に乗り`) stays a warning: nothing tells it from a
    conversion's leftover.

    ## Why is this bad
    The translation, or the text it was made from, went through a conversion to traditional Chinese.
    Japanese readers see old or foreign character forms, and searches for the Japanese spelling miss them.

    ## Example
    `韓國の會社は經濟發展が殘念ながら遅れた。`

    ## Use instead
    `韓国の会社は経済発展が残念ながら遅れた。`
    """

    code = "GRB013"
    name = "traditional-character"
    severity = Severity.WARNING
    reads = ("text", "tokens", "mentions", "glossary")

    def check(self, ctx):
        marks = brackets(ctx.doc)
        forms = japanese_forms()
        chars = ctx.doc.characters()
        if forms.keys().isdisjoint(chars) or len(japanese_only_forms() & chars) < MIXED_WITH \
                or len(HISTORICAL_KANA.findall(ctx.doc.text)) >= OLD_ORTHOGRAPHY_WITH or katakana_prose_text(ctx.doc):
            return  # nothing traditional, or the old orthography (literature: 驛に來てゐる; a pre-war judgment in
            # katakana prose throughout, 契約ノ解釋ハ)
        found = []
        explained: set[str] = set()  # words the text explains (絲餅（糸のように細い餅）): every use is explained
        signed: set[str] = set()  # names in old forms that the glossary gives or a shop's suffix ends (星記肉圓)
        local = False  # a word in its own glyphs read aloud in katakana or given beside its Japanese form
        verse = verse_lines(ctx.doc)  # a poem quoted in the original keeps its forms; its reading and notes cite them
        cited = set().union(*(ctx.doc.text[s.start:s.end] for s in verse))
        # a classical text quoted in its original over several lines (a sutra, a clause or two a line): its forms, and
        # the same forms where the text names it (正字で書かれた「星河觀」), cite it
        cited.update(*(ctx.doc.text[s.start:s.end] for s in classical_blocks(ctx.doc)))
        originals, readings = spaced_classical(ctx.doc)  # 太陽病 項背強几几 無汗惡風, then its reading: 惡風するものは
        rare = _rare_chars(chars)  # a paragraph with none of these holds no ``_shared_form_word``
        for para, text in paragraphs(ctx.doc):
            if (forms.keys().isdisjoint(text) and not (rare and not rare.isdisjoint(text)
                                                       and any(map(_shared_form_word, KANJI_RUN.findall(text))))) \
                    or kanbun_reading(text) or katakana_prose(text):
                continue  # a reading of classical Chinese (其の父は…、籍曰く), or prose in katakana (地黄ヲ加テ): old
                # forms are its style
            inline_originals, inline_readings = inline_classical(text)
            for m in KANJI_RUN.finditer(text):
                if (forms.keys().isdisjoint(m.group())
                        and (not _shared_form_word(m.group()) or _in_glossary_form(ctx, m.group()))) \
                        or any(map(is_simplified_only, m.group())) \
                        or in_foreign_run(text, m.start(), m.end()) or chinese_form_word(text, m.start(), m.end()):
                    continue  # nothing traditional, or untranslated Chinese (GRB001), also past its punctuation, or
                    # a Chinese word in forms both Chinese scripts write (收成: GRB001's)
                olds = [c for c in m.group() if c in forms] or list(_shared_form_word(m.group()))
                if _print_standard_forms().issuperset(olds):
                    continue  # 蠟燭, 豆板醬: old forms that are Japan's own print forms for these characters
                if len(m.group()) >= KNOWN_WORD and known_as_written(m.group()) \
                        and not _ordinary_word(to_japanese(m.group())):
                    continue  # a word Japanese writes this way (青椒肉絲): the dictionary keeps it as written, and
                    # its Japanese form is no word of its own (青椒肉糸; unlike 映畫, an old spelling of 映画)
                span = Span(para.start + m.start(), para.start + m.end())
                if cited_character(text, m.start(), m.end()):
                    continue  # 「祿」「其」「餘」の用法: characters of writing cited, in the forms the text talks about
                if classical_original(line_around(text, m.start(), m.end())) or quoted_verse(text, m.start(), m.end()):
                    continue  # 子曰。學而時習之。不亦說乎。: a classical text quoted in its original (白文), or a
                    # poem quoted so in a 「」 after a word naming it (詩を残した:「星河落,月照城,…」)
                if cited.issuperset(olds):
                    continue  # a line of the poem (山寺聞鐘聲), its reading (鐘聲を聞く) or a note (韻字: 聲)
                if any(lo <= m.start() and m.end() <= hi for lo, hi in inline_originals) \
                        or any(lo <= m.start() and m.end() <= hi and set(kanji).issuperset(olds)
                               for lo, hi, kanji in inline_readings):
                    continue  # 星河落兮照寒城 星河落ちて寒城を照らす.: a clause of the original, its reading after it
                line = ctx.doc.position(span.start)[0]
                if line in originals or set(readings.get(line, "")).issuperset(olds):
                    continue  # 無汗惡風 葛根湯主之: a classical original spaced into its pauses, or its reading citing it
                if glossary_surface(ctx, span):
                    signed.add(m.group())
                    continue  # a glossary's form
                if _glossary_surname(ctx, text, m.start(), m.end()):
                    continue  # 溪さん for 溪鉄軍: a person of the glossary named by surname, in the name's own form
                if marks.inside_gloss(span) or _proper_name(ctx.doc, span) \
                        or translated_line(ctx.doc.text, span.start) or quoted_original(ctx.doc.text, span.start) \
                        or interlinear_line(ctx.doc, span.start):
                    continue  # ... or a line of Chinese above its translation, line by line (a bilingual diary)
                if _beside_own_form(text, m.start(), m.end()) or _both_forms_quoted(text, m.start(), m.end()):
                    explained.add(m.group())
                    local = True
                    continue  # 臺北車站(台北車站), or a title row 國華 国華: the word given in both forms on purpose
                if _labelled_name(text, m.start(), m.end()):
                    continue  # 字は豫才。: a person's other name, given in the forms the person bears it in
                if _named_in_parens(text, m.end()):
                    continue  # 禮星道(中国語版), 伊榮湖街(Irving Lake Street): a place's name, its page or its English name
                if _shop(m.group()):
                    signed.add(m.group())
                    continue  # 星河酒樓: a shop's name as the shop writes it
                if _read_aloud(text, m.start(), m.end()):
                    explained.add(m.group())
                    local = True
                    continue
                if RUBY_READING.match(text, m.end()):
                    continue  # 螢草《ほたるぐさ》: a glyph of the edition the text transcribes, with its reading as ruby
                if explains(text, m.start(), m.end()) or _meaning_given(text, m.start(), m.end()):
                    explained.add(m.group())
                    continue
                found.append((span, m.group()))
        # a word explained once (『聊齋志異』(…、聊斎志異)) is explained in every use, also in part (聊齋)
        found = [(span, word) for span, word in found
                 if not any(w in word or (len(word) >= 2 and word in w) for w in explained)]
        # a conversion shows in everyday words (國內, 發表); old forms only in names and titles (劉玄德, 唐詩三百首註釋)
        # are the way classical texts are cited, and a quotation from a cited source keeps its spelling; a title in
        # 『』 or a name all a 「」 holds (「汪藏海」, then 汪藏海 again) is written as its source writes it: no evidence
        quoted = {word for span, word in found if _quoted(ctx.doc, span) or _all_quoted(ctx.doc.text, span)
                  or _titled_work(ctx.doc.text, span)
                  or _listed(ctx.doc.text, span) or _before_volume(ctx.doc.text, span)
                  or _redirected(ctx.doc.text, span) or _titled_field(ctx.doc.text, span)}
        # a page about Hong Kong, Macau or Taiwan presents a shop's or a club's name as a name (alone in its cell or
        # on its line, 「一點心」): the place's own spelling, in every use of the name (…予約した皇雀會)
        local_page = _about_local_places(ctx.doc.text)
        named = {word for span, word in found if _presented_name(ctx.doc.text, span)} if local_page else set()
        # ... and the trade such a name ends with, or a shop's name listed on its line does (■星記肉圓), or one that
        # the glossary gives or a shop's suffix ends, in a sentence too (肉圓, or another shop of that trade, 月婆芋圓
        # beside 星姨芋圓): the dish or the shop named as the place's signs write it
        if local_page:
            shown = named | signed | {word for span, word in found if _listed(ctx.doc.text, span)}
            named |= {word for span, word in found if _shares_trade(word, shown, forms)}
        named |= _in_labelled_form(ctx.doc.text, found)
        words = {word for span, word in found if not _cited(ctx.doc, span) and word not in quoted | named}
        sure = len(words) >= SURE_WITH \
            and any(_ordinary_word(to_japanese(w), w) or _shared_form_word(w) for w in words)
        # old forms only inside quotes, in several terms and titles (「動靜・體用」, 「經説」): a study citing its sources
        # a catalogue's page: old forms in CITED_TITLES titles in 『』 or more and in one word only outside quotes (a
        # database named in the forms of the books it lists, 全國星河データベース): that word names a source too
        catalogue = len(words) == 1 and len({word for span, word in found if _quoted(ctx.doc, span)}) >= CITED_TITLES
        citing = (not words or catalogue) and len(quoted) >= CITED_TERMS
        # a text that writes Cantonese (唔該, 靚仔) quotes Hong Kong's own writing: its old forms are Hong Kong's words
        cantonese = not set(word_list("cantonese_chars.txt")).isdisjoint(chars)
        written = _written_japanese(ctx.doc.text, {to_japanese(w) for w in words if len(w) >= MIXED_WORD})
        # a page that lists forms, each Japanese form with its old one in parentheses (乱(亂) 仮(假) 両(兩)): a text
        # about character forms, whose other old forms are talked about too (a cited 國語審議會)
        forms_page = len(_form_pairs(ctx.doc.text)) >= FORM_PAIRS
        # a text that labels a classical text's reading (書き下し文 on a line of its own): a page reading classical
        # poems, whose titles and readings cite the original's forms (西塞山懷古, 萬里の沙)
        forms_page = forms_page or _reads_classics(ctx.doc.text)
        for span, word in found:
            lone = (_lone_sure(to_japanese(word), word) and not _beside_latin(ctx.doc.text, span)) \
                or to_japanese(word) in written \
                or _one_in_two_forms(ctx.doc.text, word) or _two_orthographies(word) or bool(_shared_form_word(word))
            talked_about = word in named or _quoted(ctx.doc, span) or _cited(ctx.doc, span) \
                or _titled_work(ctx.doc.text, span) \
                or _named_term(ctx.doc.text, span) or _redirected(ctx.doc.text, span) \
                or _listed(ctx.doc.text, span) or _before_volume(ctx.doc.text, span) \
                or _titled_field(ctx.doc.text, span) or (citing and (_all_quoted(ctx.doc.text, span) or word in words))
            # a text that reads a word aloud as the place reads it, or gives its Japanese form beside it
            # (賴阿婆芋圓(ライアーボー…), 點心(ディムサム/点心)), writes the place's words in the place's glyphs on
            # purpose: a lone one is no sign of a conversion (several converted everyday words still are)
            level = 1.0 if (sure or (lone and not talked_about and not local)) and not cantonese \
                and word not in named and not forms_page \
                else confidence(self, "one-converted-word")
            old = "".join(dict.fromkeys(c for c in word if c in forms)) or _shared_form_word(word)
            if to_japanese(word) == word:  # a Chinese word in forms Japanese shares (銷售): no Japanese spelling of it
                yield ctx.finding(self, span, f"'{word}' is a Chinese word in traditional characters ({old}); "
                                              "translate it", confidence=level)
                continue
            yield ctx.finding(self, span, f"'{word}' is written in traditional characters ({old}); "
                                          f"write '{to_japanese(word)}'",
                              suggestion=to_japanese(word), confidence=level)


def _titled_work(text: str, span: Span) -> bool:
    """The word is all a 「」 holds right after a noun of a work or a periodical (`機関誌「星研學刊」`, `雑誌「…」`:
    data/work_nouns.txt): the title as it is published, in the forms its publisher chose, not a word of a sentence left
    in a conversion's forms."""
    return text[span.start - 1:span.start] == "「" and text[span.end:span.end + 1] == "」" \
        and text.endswith(word_list("work_nouns.txt"), 0, span.start - 1)


NAMED_AS = "」という"  # a quoted word's close and the words that introduce it as what something is called


def _named_term(text: str, span: Span) -> bool:
    """The word is all a 「」 holds, right before という (`「兒茶液」という成分`: a term introduced as a shop's label
    writes it): a name talked about, not a word of the sentence left in a conversion's forms."""
    return text[span.start - 1:span.start] == "「" and text.startswith(NAMED_AS, span.end)


def _redirected(text: str, span: Span) -> bool:
    """The word is all a bracket holds before a wiki's note of the title a reader followed (`（星河國際空港から転送）`:
    data/redirect_notes.txt), or begins its line before one: the title named as it was typed, talked about."""
    before = text[span.start - 1:span.start] if span.start else "\n"
    return (before == "\n" or before in PARENS) and text.startswith(word_list("redirect_notes.txt"), span.end)


SHARED_FORM_WORD = (2, 3)  # kanji of a Chinese word in traditional forms that Japanese shares (銷售, 銷售額)


@functools.lru_cache(maxsize=8192)  # asked of every kanji run of every paragraph, twice of a paragraph checked
def _shared_form_word(run: str) -> str:
    """The kanji of ``run`` that are a traditional form Japanese writes too, but seldom (no kanji of JIS's first
    level: 銷, simplified 销), when ``run`` is a word of two or three kanji that Chinese writes (jieba's, in its
    simplified form: 销售) and that SudachiPy does not know as written: a Chinese word converted to traditional
    characters whose forms are no Japanese forms of their own (銷售額 for 销售额); else ''. A run that a surname begins
    is a name's as often (鄧小平), left to the name rules; so is a place's name (頤和園: jieba tags 颐和园 a place),
    which Japanese writes in the same kanji, the rare one having no form of its own to write instead."""
    from ._hanzi import is_place_name  # noqa: PLC0415

    if len(run) not in SHARED_FORM_WORD or not all(map(is_kanji, run)) or is_surname(run[0]):
        return ""  # ... not a name, which a surname begins (鄧小平: jieba knows 邓小平 too)
    rare = "".join(c for c in dict.fromkeys(run) if _rare_traditional(c))
    if not rare or not _converted_chinese_word(run) or is_place_name(convert(run, "t2s")):
        return ""
    return rare


@functools.lru_cache(maxsize=None)
def _rare_traditional(c: str) -> bool:
    """``c`` is a traditional form no Japanese list gives a form of its own, outside JIS's first level (銷): decided
    once a character, every kanji run of every paragraph asking (``_shared_form_word``)."""
    return not common_kanji(c) and c not in japanese_forms() and convert(c, "t2s") != c


# a text's kanji that are ``_rare_traditional`` (what ``_shared_form_word`` looks for), each character tested once
_rare_chars = Characters(lambda c: is_kanji(c) and _rare_traditional(c)).of


def _glossary_surname(ctx, text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a person of the glossary by a short form, as ``bilingual.terms.short_forms`` reads one:
    the surname of the Japanese form (or an accepted one) before a title (溪さん, the glossary writing 溪鉄軍), the
    person named in the name's own forms."""
    if ctx.compiled is None or not text.startswith(HONORIFICS, end):
        return False
    from ...bilingual.terms import short_forms  # noqa: PLC0415 - read only for an old form before an honorific

    reach = min(len(text), end + max(map(len, HONORIFICS)))
    return any(start in short_forms(text, ctx.entry(zh), start, reach) for zh in ctx.compiled.indexes.persons)


def _in_glossary_form(ctx, run: str) -> bool:
    """``run`` is written inside a form of the glossary (蘄春 of 蘄春県): part of a name, in the name's own forms."""
    return ctx.compiled is not None and any(run in form for form in ctx.compiled.forms)


def _converted_chinese_word(word: str) -> bool:
    """``word``, of two or three kanji, is in traditional forms a Chinese word (jieba's, simplified: 銷售 is 销售) that
    SudachiPy does not know as written."""
    from ...mentions.features import is_dictionary_word  # noqa: PLC0415
    from ._hanzi import is_word  # noqa: PLC0415

    simplified = convert(word, "t2s")
    return len(word) in SHARED_FORM_WORD and simplified != word and is_word(simplified) \
        and not is_dictionary_word(word)


CITED_TERMS = 3  # distinct quoted words in old forms, and none outside quotes, that make a text one citing sources
CITED_TITLES = 3  # distinct titles in 『』 in old forms that make a text a catalogue, one unquoted word in them a name
MIXED_WORD = 2  # characters of a converted word whose Japanese form, written elsewhere as a whole run, makes it sure


FORM_PAIRS = 3  # Japanese forms given with their old forms in parentheses that make a text one listing forms
FORM_PAIR = re.compile(f"([{KANJI_RANGE}])[(（]([{KANJI_RANGE}])[)）]")  # 乱(亂): a form, its old form in parentheses


def _form_pairs(text: str) -> set[str]:
    """The characters the text gives with their old form in parentheses right after them (`乱(亂) 仮(假)`: a table of
    forms, as a page on the orthography's history lists them)."""
    return {m.group(2) for m in FORM_PAIR.finditer(text) if m.group(1) != m.group(2)
            and to_japanese(m.group(2)) == m.group(1)}


def _reads_classics(text: str) -> bool:
    """A line of the text holds only a label of a classical text's reading (data/reading_labels.txt: `書き下し文`,
    `【訓読文】`): the text reads classical Chinese in Japanese, citing the original's character forms."""
    labels = word_list("reading_labels.txt")
    return any(label in text for label in labels) and any(heading_line(line, labels) for line in text.split("\n"))


QUOTED_FORM = re.compile("「([^「」\n]{1,8})」")  # a form all a 「」 holds (「栄」は「榮」の新字)


def _both_forms_quoted(text: str, start: int, end: int) -> bool:
    """The word is all a 「」 holds, and its line quotes its Japanese form the same way (`「榮」は「栄」の旧字`, `「翻」と
    「飜」は同字`): a text about character forms, naming both on purpose. A conversion never writes both."""
    if text[start - 1:start] != "「" or text[end:end + 1] != "」":
        return False
    own = to_japanese(text[start:end])
    return own in {m.group(1) for m in QUOTED_FORM.finditer(line_around(text, start, end))}


def _written_japanese(text: str, forms: set[str]) -> set[str]:
    """The ``forms`` (Japanese spellings of converted words) that the text also writes as a whole run of kanji
    (橫店 beside 横店): one word in two spellings is a conversion's leftover, not a name's or a title's own form."""
    if not forms:
        return set()
    return {m.group() for m in KANJI_RUN.finditer(text) if m.group() in forms}


ORDINARY_WORD = (2, 3)  # characters of a word that Japanese spells one way only (発表, 観光客): a converted one is sure
COMPOUND = 4  # characters of a compound in which a converted ordinary word is sure (經濟全体, 業界團體); longer runs
# are titles and classical phrases (唐詩三百首註釋), where old forms are cited, unless only common nouns make them
PLAIN_COMPOUND = 8


def _ordinary_word(word: str, converted: str = "") -> bool:
    """True when ``word`` (in its Japanese form) is an ordinary dictionary word of two or three characters, one
    common noun or adjectival noun or one and its suffix (発表, 実績, 観光客, 豊富), not a name (荘子, 台湾) or a
    phrase; or, given
    ``converted`` (the same word as written), a compound of up to COMPOUND characters in which a common noun of two
    characters or more holds the converted characters (経済 in 經濟全体)."""
    from ...tokens import tokenize  # noqa: PLC0415

    toks = tokenize(word)
    if converted and (len(word) <= COMPOUND or _plain_compound(toks, word)):
        at = 0
        for t in toks:
            n = len(t.surface)
            if n >= 2 and t.is_common_noun and converted[at:at + n] != word[at:at + n]:
                return True
            at += n
    if not ORDINARY_WORD[0] <= len(word) <= ORDINARY_WORD[1]:
        return False
    return bool(toks) and (toks[0].is_common_noun or toks[0].is_numeral or toks[0].is_adjectival_noun) \
        and all(t.is_common_noun or t.is_numeral or t.is_adjectival_noun or suffix(t.pos) for t in toks)


def _one_in_two_forms(text: str, word: str) -> bool:
    """A one-character word, an ordinary noun in its Japanese form (數 for 数), whose Japanese form the document also
    writes (数千): one character in two forms is a conversion's leftover."""
    from ...tokens import tokenize  # noqa: PLC0415

    if len(word) != 1:
        return False
    japanese = to_japanese(word)
    toks = tokenize(japanese)
    return japanese in text and len(toks) == 1 and toks[0].is_common_noun


def _two_orthographies(word: str) -> bool:
    """A compound in which an ordinary word of two characters or more holds the old forms, beside a form only
    Japanese has (傳統工芸: 傳統 is 伝統, and 芸 is Japanese for 藝): one word in two orthographies, which a text in
    the old orthography never writes (傳統工藝) and a conversion leaves behind (the table has no old form to write 芸
    back to). A dish's name keeps its own old form beside Japanese ones (京醤肉絲: 絲 in no word of its own), and a
    title or citation in old forms only has no Japanese-only form (原題故鄕)."""
    return not japanese_only_forms().isdisjoint(word) and _ordinary_word(to_japanese(word), word)


def _lone_sure(word: str, converted: str) -> bool:
    """A converted word alone in its document is sure when it is an ordinary word (発表), a run longer than COMPOUND
    made only of common nouns (年間生產能力), or a short run of two or more such nouns that no form label begins
    (傳統技術: 伝統|技術, everyday prose); a short run after a label is the title it names (原題故鄕: 原題 labels 故鄕)."""
    if _ordinary_word(word):
        return True
    if not _ordinary_word(word, converted):
        return False
    if len(word) > COMPOUND:
        return True
    from ...labels import form_labels  # noqa: PLC0415
    from ...tokens import tokenize  # noqa: PLC0415

    toks = tokenize(word)
    return len(toks) >= 2 and _plain_compound(toks, word) and not word.startswith(form_labels())


def _plain_compound(toks, word: str) -> bool:
    """A run of up to PLAIN_COMPOUND characters made only of common nouns of two characters or more (年間生産能力):
    everyday words, not a title or a name (唐詩|三百|首 holds a numeral, 張|翼徳 names)."""
    return len(word) <= PLAIN_COMPOUND and all(t.is_common_noun and len(t.surface) >= 2 for t in toks)


def _beside_latin(text: str, span: Span) -> bool:
    """A Latin letter right before or after the run (阿Q正傳: the run 正傳 after Q): the run is the tail or the head of
    a title or a name that mixes scripts, no word of its own, so that its being an ordinary word (正伝) says nothing."""
    return any(LATIN_WORD.fullmatch(c) for c in (text[span.start - 1:span.start] if span.start else "",
                                                   text[span.end:span.end + 1]))


def _all_quoted(text: str, span: Span) -> bool:
    """All that a 「…」 holds, or one of the terms it lists with ・: a name or a word talked about (「汪藏海」という名,
    a study of 「動靜・體用」), in its source's spelling."""
    before, after = text[span.start - 1:span.start], text[span.end:span.end + 1]
    if before not in ("「", "・") or after not in ("」", "・") or not span.start:
        return False
    lo, hi = text.rfind("「", 0, span.start), text.find("」", span.start)
    return lo >= 0 and hi >= 0 and TERM_LIST.fullmatch(text, lo + 1, hi) is not None


TERM_LIST = re.compile(f"[{KANJI_RANGE}]+(?:・[{KANJI_RANGE}]+)*")  # 動靜・體用: terms a 「」 lists


def _quoted(doc, span: Span) -> bool:
    """Inside 『…』, or all that “…” holds: a title keeps its own spelling (『學問ノスヽメ』, a film's “畫皮”)."""
    text = doc.text
    if text[span.start - 1:span.start] in "“〝" and text[span.end:span.end + 1] in "”〟" and span.start:
        return True
    return brackets(doc).enclosing("title", lambda o, c: text[o] == "『").holds(span)


# a volume's number right after a title, maybe after a dash or a space (書道藝術ー第一巻, 星河叢書 第3集)
VOLUME_AFTER = re.compile(f"[-‐ー－―・{SPACES}]?第[{DIGIT_RANGE}{KANJI_NUMERALS}]+[巻号集冊輯]")


def _before_volume(text: str, span: Span) -> bool:
    """A volume's number follows the word (`中央公論社-書道藝術ー第一巻`: a series cited with its publisher and volume):
    the title of a book as it was published, in its own forms, as a title in 『』 is."""
    return VOLUME_AFTER.match(text, span.end) is not None


# what introduces a quotation from a cited source: an author and a year in parentheses (藤田(1954)によれば「…」)
CITATION_BEFORE = re.compile(rf"[(（][{DIGIT_RANGE}]{{4}}[a-z]?[)）](?:によれば|によると|は|が|も)?[、,]?$")
CITATION_WINDOW = 12  # code points before the 「 in which the citation is looked for


def _cited(doc, span: Span) -> bool:
    """Inside a 「…」 that quotes a cited source (藤田(1954)によれば「中國古来の…」): the source's spelling."""
    text = doc.text
    return brackets(doc).enclosing("cited", lambda o, c: text[o] == "「" and CITATION_BEFORE.search(
        text, max(0, o - CITATION_WINDOW), o) is not None).holds(span)


# a reading in parentheses, maybe after a space: katakana (a local reading: 蝦餃(ハーガウ), 蝦餃 (ハーガウ), with its
# romanisation after ・), or syllables with tone numbers (Cantonese Jyutping or numbered pinyin: 叉燒包(cha1siu1baau1),
# 焼賣(siu1 maai2))
READING_GLOSS = re.compile(f"[{SPACES}]?[(（]([^()（）\n{KANJI_RANGE}]{{1,40}})[)）]")
KATAKANA_READING = re.compile(f"[〇○]*[{KATAKANA_RANGE}]+(?:[・ ][{KATAKANA_RANGE}]+)*(?:[・ ][A-Za-z0-9 ]+)?")
TONE_NUMBERED = re.compile("[a-z]+[1-6]")  # a syllable with its tone number
PINYIN_READING = re.compile("[A-Za-z]+(?: [A-Za-z]+)*")  # a word's pinyin without tones: 豆瓣(douban), a site's name


READING_AFTER_EQUALS = re.compile("[=＝]([A-Za-z0-9 ]{1,40})")  # 點心=dim2 sam1: a word, then its reading


def _read_aloud(text: str, start: int, end: int) -> bool:
    """The word text[start:end] followed by its reading in parentheses, maybe after a space: in katakana (a Hong Kong
    or Taiwanese dish read as there, `蝦餃(ハーガウ)`, `叉燒包 (チャーシウパウ)`, `焼賣(シウマイ・siu1 maai2)`), in syllables with tone numbers, one a
    character (`叉燒包(cha1siu1baau1)`, or after an equals sign, `點心=dim2 sam1`), or in pinyin that spells the
    word's reading (a site's name, `豆瓣(douban)`):
    a local word talked about, quoted with its local spelling. A conversion never adds a reading; pinyin inserted
    after one character is GRB012's."""
    if start and is_kanji(text[start - 1]):
        return False
    after = READING_AFTER_EQUALS.match(text, end)
    if after is not None and len(TONE_NUMBERED.findall(after.group(1))) >= end - start >= 2:
        return True  # 點心=dim2 sam1: the word, an equals sign and its syllables with their tone numbers
    gloss = READING_GLOSS.match(text, end)
    if gloss is None:
        return False
    reading = gloss.group(1).strip()
    return KATAKANA_READING.fullmatch(reading) is not None \
        or (len(TONE_NUMBERED.findall(reading)) >= end - start >= 2
            and TONE_NUMBERED.sub("", reading).strip(" -'") == "") \
        or (end - start >= 2 and PINYIN_READING.fullmatch(reading) is not None and reads_as(text[start:end], reading))


MAX_OWN_GLOSS = 40  # code points of a parenthesis after a word searched for the word's Japanese form


def _beside_own_form(text: str, start: int, end: int) -> bool:
    """The word text[start:end] given beside its own Japanese form, as a page names a place or a person in both
    scripts on purpose: that form alone, or one of the items, in the parentheses right after it (`臺北車站(台北車站)`,
    `龍山寺(竜山寺・龍山寺)`; or the form of the run's tail that holds the old forms, `ワゴン式點心(ディムサム/点心)`: the
    run took in the word before), or written elsewhere on the word's line when that line has no kana (a title or an
    infobox row giving the name in both forms: `陳 國華 陳 国華 Chen Guohua`). A conversion never writes a word's
    Japanese form beside it."""
    own = to_japanese(text[start:end])
    opener = text[end:end + 1]
    if opener in PARENS:
        close = text.find(PARENS[opener], end + 1, end + 1 + MAX_OWN_GLOSS)
        written = text[start:end]
        if close > 0 and any(item and own.endswith(item) and written[:len(own) - len(item)] == own[:len(own) - len(item)]
                             for item in (item.strip() for item in re.split(ITEM_SEP, text[end + 1:close]))):
            return True  # the whole word, or the part of it in old forms (式點心(ディムサム/点心): 點心 is 点心)
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[lo:len(text) if hi < 0 else hi]
    return KANA_CHAR.search(line) is None and own in line.replace(text[start:end], "")


# after a word, in parentheses: a language edition's page about it (禮星道(中国語版), data/editions.txt) or its name in
# English, words with capitals (伊榮湖街(Irving Lake Street))
ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*)*")


def _named_in_parens(text: str, end: int) -> bool:
    """The word ending at ``end`` is followed by a parenthesis that holds only a language edition (`(中国語版)`: a link
    to the page of that name in another language's encyclopedia) or an English name (`(Irving Lake Street)`): the word is
    the name of a place or a thing, written as where it is (a Hong Kong street), not a conversion's leftover."""
    opener = text[end:end + 1]
    if opener not in PARENS:
        return False
    close = text.find(PARENS[opener], end + 1, end + 1 + MAX_OWN_GLOSS)
    inside = text[end + 1:close] if close > 0 else ""
    return bool(inside) and (inside in word_list("editions.txt") or ENGLISH_NAME.fullmatch(inside) is not None)


def _shop(word: str) -> bool:
    """A shop's name, ending with the suffix of a restaurant's or a tea house's (data/shop_suffixes.txt: 星河酒樓,
    金星甜品): written as the shop writes it (Hong Kong, Taiwan), not a conversion's leftover; a converted text shows in
    its everyday words; the suffix in the shop's own forms too (添星運點心專門店: 專門店 is 専門店), word and suffix
    compared in their Japanese forms, so that a suffix the list writes in old forms still ends a word in them (阿星茶樓
    ends with the list's 茶樓: 茶楼 in both). (A place the Chinese dictionary knows is no such evidence: 中國 and 韓國
    are places too.)"""
    written = to_japanese(word)
    return any(written.endswith(suffix) and len(word) > size for suffix, size in _shop_suffixes())


@functools.lru_cache(maxsize=1)
def _shop_suffixes() -> tuple[tuple[str, int], ...]:
    """data/shop_suffixes.txt's suffixes in their Japanese forms, each with its length as listed (once a process)."""
    return tuple((to_japanese(s), len(s)) for s in word_list("shop_suffixes.txt"))


LOCAL_MENTIONS = 2  # mentions of places of Hong Kong, Macau or Taiwan that make a page one about them
NAME_QUOTES = {o: PAIRS[o] for o in "「『【"}  # what a name is presented in, all it holds


def _about_local_places(text: str) -> bool:
    """The page names places of Hong Kong, Macau or Taiwan (data/local_places.txt) LOCAL_MENTIONS times or more: a
    travel page, whose shops and products write their names in traditional characters."""
    return sum(text.count(place) for place in word_list("local_places.txt")) >= LOCAL_MENTIONS


TRADE_TAIL = 2  # kanji, at least, that end a shop's name and name its trade (肉圓 of 星記肉圓, 芋圓 of 星姨芋圓)


def _shares_trade(word: str, names: set[str], forms: dict[str, str]) -> bool:
    """``word`` ends with the last TRADE_TAIL kanji or more of one of ``names`` (names the page presents as names,
    longer than that ending: `星記肉圓`), and that ending holds an old form: the shop's trade, the dish it is named
    after (`今日の昼は肉圓を二つ`) or another shop of the trade (`月婆芋圓も有名`), written as the place writes it, not a
    conversion's leftover. One kanji in common (`魚圓` beside `星記肉圓`) is no such ending."""
    for name in names:
        for k in range(TRADE_TAIL, min(len(name) - 1, len(word)) + 1):
            tail = name[-k:]
            if word.endswith(tail) and not forms.keys().isdisjoint(tail) and word != name:
                return True
    return False


def _in_labelled_form(text: str, found: list) -> set[str]:
    """The words of ``found``, of two kanji or more, that a form a label gives elsewhere in the text holds (a title
    after 原題, `原題については、星河兒傳奇ですね`, then `星河兒は主人公の名前`, `傳奇は…`): parts of the cited form,
    named in its own spelling as the text talks about it, not words of a conversion."""
    words = {word for span, word in found if len(word) >= 2}
    if not words:
        return set()
    forms = [text[s.start:s.end] for s in labelled_spans(text)]
    return {word for word in words if any(word in form for form in forms)}


def _presented_name(text: str, span: Span) -> bool:
    """The word is all a 「」, 『』 or 【】 holds, or stands alone between its line's edges, spaces and table bars
    (`| 皇雀會 旺角の…`, a blog's title line), also after a list's number (`3.星圓`, `②星圓`: an item's heading):
    presented as a name, not a word of a sentence."""
    before = text[span.start - 1:span.start] if span.start else "\n"
    after = text[span.end:span.end + 1] or "\n"
    if before in NAME_QUOTES and NAME_QUOTES[before] == after:
        return True
    lo = text.rfind("\n", 0, span.start) + 1
    numbered = NUMBERED_START.fullmatch(text, lo, span.start) is not None
    return (before == "\n" or before in CELL_FILLER or numbered) and (after == "\n" or after in CELL_FILLER)


# what may stand before a listed word on its line: a bullet (〇 月湖鱔魚麵, ・擔星麵) and spaces
LIST_ITEM_BEFORE = re.compile(f"[{SPACES}]*[{LIST_BULLET}〇※*•-][{SPACES}]*")
def _listed(text: str, span: Span) -> bool:
    """The word is all its line holds but for a bullet before it (a menu's or a list's item: `〇 擔星麵`; a word alone
    on its line is a heading, no item), or begins
    its line before a colon, maybe after a space, and its explanation (`當歸雞湯: 鶏のスープ`, `炸點 : 揚げた品`) or before a price alone (a caption, `…便當60元`), or is an item
    of a bulleted line that says where it was got after an @, or the name of that place (``_got_at``): a dish's or a
    shop's name listed as the place writes it, talked about. A conversion changes the words of sentences, not only a list's items."""
    lo, hi = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    after = text[span.end:len(text) if hi < 0 else hi]
    if _got_at(text[lo:len(text) if hi < 0 else hi], span.start - lo, span.end - lo):
        return True
    if lo == span.start:
        term = after.lstrip(SPACES)
        return (term[:1] in COLONS and term[1:].strip(SPACES) != "") or _priced(after)
    return LIST_ITEM_BEFORE.fullmatch(text, lo, span.start) is not None and not after.strip(SPACES)


AT_MARKS = "@＠"  # the web's "at": where a listed thing was bought, eaten or seen (・星餅、月糕@星河の店)


def _got_at(line: str, start: int, end: int) -> bool:
    """The word (``start`` to ``end`` in ``line``) is in a bulleted line of what was got where, with no sentence end:
    a listed item, between the bullet and an @ (`・星餅、月糕@星河の店`), or in the place after it (`@旺角の星河餅家`):
    each thing and shop named as the shop or the place writes it."""
    at = next((i for i, c in enumerate(line) if c in AT_MARKS), -1)
    if at < 0 or any(c in SENTENCE_ENDS for c in line):
        return False
    item = LIST_ITEM_BEFORE.match(line)
    return item is not None and item.end() > 0 and (start > at or item.end() <= start and end <= at)


def _priced(after: str) -> bool:
    """What follows a word at its line's start is only a price, an amount and its unit (`星鐵傳統排骨便當60元`,
    data/currency_units.txt): a caption or a menu's item, the thing named as the place sells it."""
    amount = AMOUNT.match(after.strip(SPACES))
    return amount is not None and amount.string[amount.end():].strip(SPACES) in word_list("currency_units.txt")



# a quoted word's meaning given in the words after it, quoted or not, in its clause: 「盡忠報國」は「忠義を尽くし、国に
# 報いる」という意味, 「麵條兒」は星河方言で細い麺の意味 (a dialect's word, the language named before the meaning)
MEANING_AFTER = re.compile(r"」(?:は|とは)(?:「[^「」\n]{1,40}」|[^「」。、\n]{1,40}?)(?:という|の)意味")


def _meaning_given(text: str, start: int, end: int) -> bool:
    """The word text[start:end] is all a 「」 holds, and the sentence gives its meaning next, quoted or in the clause
    (`「盡忠報國」は「…」という意味`, `「麵條兒」は星河方言で細い麺の意味`): an inscription or a term quoted in its own
    forms and explained, not a conversion's leftover."""
    return text[start - 1:start] == "「" and MEANING_AFTER.match(text, end) is not None


def _proper_name(doc, span: Span) -> bool:
    """True when SudachiPy reads a personal name, or an organisation it knows by that spelling, over the
    traditional characters of ``span`` (渡邊, 國學院大學 keep their old forms). A one-character name is no
    evidence: SudachiPy reads many a lone kanji as a given name (實 in 實驗); nor is a name whose Japanese form is
    one everyday word (會場 read as a rare surname: 会場 is a common noun; 渡辺 is a name), unless an honorific
    follows it (會場さん)."""
    forms = japanese_forms()
    toks = tokens_in(doc, Span(span.start, min(len(doc.text), span.end + GIVEN_NAME_WINDOW)))
    return any(((t.is_person_name and len(t.surface) >= 2
                 and not (_everyday_word(to_japanese(t.surface)) and not _honoured(doc.text, toks[i:])))
                or (t.is_proper_noun and t.pos[2] == "一般" and not t.oov))
               and any(c in forms for c in t.surface) for i, t in enumerate(toks) if t.span.start < span.end)


GIVEN_NAME_WINDOW = 8  # code points after a name searched for the given name and the honorific after it
LABELLED_NAME = 4  # kanji of a name after a label of data/personal_name_labels.txt, at most
NAME_END = "、。,，;；（(）)\n"  # what ends such a name


@functools.lru_cache(maxsize=1)
def _name_label() -> tuple[re.Pattern, int]:
    """A label of one of a person's names (data/personal_name_labels.txt) and は or a colon, right before where a
    name begins; no kanji before the label (数字は, 番号は: other words); and how far before the name it can begin."""
    labels = sorted(word_list("personal_name_labels.txt"), key=len, reverse=True)
    pattern = re.compile(rf"(?<![{KANJI_RANGE}])(?:{'|'.join(map(re.escape, labels))})[はも：:]\s?$")
    return pattern, len(labels[0]) + 2  # the longest label, は and a space


@functools.lru_cache(maxsize=1)
def _title_field() -> re.Pattern:
    labels = alternation("title_labels.txt")
    return re.compile(rf"{SPACE}*(?:{labels})(?:{SPACE}+|{SPACE}*[:：]{SPACE}*)(?=\S)")


def _titled_field(text: str, span: Span) -> bool:
    """The word stands in the value of a record's title field, a line opened by a label of data/title_labels.txt and a
    space or a colon, with no sentence end (`標題 星河『…』考`, a list of papers): a work's title, cited in the forms of
    the language it was published in."""
    lo, hi = line_bounds(text, span.start, span.end)
    m = _title_field().match(text, lo, hi)
    return m is not None and m.end() <= span.start and not any(c in SENTENCE_ENDS for c in text[lo:hi])


def _labelled_name(text: str, start: int, end: int) -> bool:
    """The run text[start:end], of four kanji at most, follows a label of one of a person's names and ends at its
    sentence's next mark (`字は豫才。`, `号は星河、`): a name given as the person bears it."""
    if end - start > LABELLED_NAME or end < len(text) and text[end] not in NAME_END:
        return False
    label, reach = _name_label()
    return label.search(text, max(0, start - reach), start) is not None


def _honoured(text: str, toks) -> bool:
    """An honorific follows the name ``toks[0]``, or the given name right after it (`廣本シヲリ氏`, `濱田 花子さん`:
    a surname and a given name, then 氏): a person named, in the name's own forms."""
    if text.startswith(HONORIFICS, toks[0].span.end):
        return True
    given = [t for t in toks[1:] if t.surface.strip(SPACES)][:1]  # the next word, past a space (廣本 ミドリさん)
    return bool(given) and given[0].is_person_name and text[toks[0].span.end:given[0].span.start].strip(SPACES) == "" \
        and text.startswith(HONORIFICS, given[0].span.end)


def _everyday_word(word: str) -> bool:
    """``word`` is one common noun of SudachiPy's dictionary as a whole (会場, 国立; not 渡辺 or 会田)."""
    from ...tokens import tokenize  # noqa: PLC0415

    toks = tokenize(word)
    return len(toks) == 1 and toks[0].is_common_noun
