from __future__ import annotations

import functools
import re

from ...charclass import (COLONS, SLASHES, DIGIT_RANGE, FULL_WIDTH_CAPITAL_RANGE, FULL_WIDTH_SMALL_RANGE, HANGUL_RANGE, HIRAGANA_BLOCK_RANGE, HIRAGANA_RANGE, KANA_BLOCKS_RANGE, KANA_CHAR, KANJI_RANGE, KATAKANA_RANGE, KATAKANA_RUN,
                          PARENS, PINYIN_LETTER_RANGE, QUOTE_PAIRS, SENTENCE_ENDS, ZHUYIN_RANGE,
                          CELL_FILLER, KANJI_RUN, SPACE, SPACES, TITLE_CLOSE, TONE_VOWEL, LazyPattern, is_hiragana, is_kana, is_kanji,
                          is_katakana)
from ...context import confidence
from ...findings import Severity, Span
from ...glossary.forms import in_japanese_words, is_simplified_only
from ...glossary.model import EntityType
from ...mentions.context import (CONVERTED_TO, cited, converted_to, form_comment, in_embedded_post, in_link_line,
                                 in_term_list, masthead, sentence_around, source_quoted, verbatim_marks)
from ...mentions.runs import glossary_memo
from ...phonetics.tables import COMPOUND_SURNAME, name_context
from ...tokens import numeral, proper_noun, suffix, tokens_in
from ...wordlists import alternation, word_list, word_set
from ..base import Rule
from . import _hanzi
from ._text import (HONORIFICS, PHRASE_END, after_phrase, announced_translation, answer_line, brackets, cited_character,
                    exercise_item, glossed_character_by_character,
                    classical_particles_in, interlinear_line, interlinear_text, katakana_prose_text, line_bounds, paragraphs, parallel_line, places_of,
                    quoted_original, reads_in_mandarin, read_aloud_after, read_aloud_elsewhere, read_aloud_beside, read_aloud_on_its_line, reads_aloud,
                    translated_line, translated_script, spaced_verse_lines, MAX_SPEAKER)

# kanji, digits and the punctuation Chinese puts between them (a half-width comma: 约300元,包括)
RUN_CHAR = re.compile(f"[{KANJI_RANGE}{DIGIT_RANGE}%，,.：:；;“”]")
RUN = re.compile(f"{RUN_CHAR.pattern}+")
EDGE = "，,.：:；;“”"
GLOSS_ITEM_START = "（(、,，:：/／ "  # what stands before and after an item of a gloss (a slash: 東直門(东直门/トンツーメン))
GLOSS_ITEM_END = "）)、,，;；/／ "
MAX_TERM = 8  # characters of a Chinese word that a text explains (书包（かばん）) rather than leaves untranslated
MAX_QUOTED_TERM = 24  # the same of a title all a 「」 or 『』 holds, its translation after it (『星河的游戏凌冬将至』(…))
# a Chinese word followed by its meaning or its reading in parentheses: 书包（かばん）, 衬衫（chenshan、シャツ）; the
# parenthesis perhaps broken by a hard wrap (「星月伝(せいげつで⏎ん)」, a newsletter's lines), not by a blank line
MAX_NAME_TAIL = 8  # the Latin or digit tail of a name a translation's label follows (星河MT(訳:…))
EXPLAINED = re.compile(r"[(（]((?:[^()（）\n]|\n(?!\n)){1,40})[)）]")
# an entry of a word list: the Chinese word at the start of a line, a dash or colon, its reading in kana or its
# meaning in Japanese (召回: リコール, 黑板 - こくばん, 单词: 会議(かいぎ), 打卡: 記録を残す)
LIST_ENTRY = re.compile(rf"{SPACE}*[-－—:：=＝]{SPACE}*[{KANJI_RANGE}]{{0,{MAX_TERM}}}[(（]?[{KANA_BLOCKS_RANGE}]")
# an entry whose dash sets the Chinese word beside its meaning, a short Japanese word in kanji or kana, all the rest of
# its line (鸡 - 鶏, 书 - 本, 鱼 - さかな); such an entry may also end a line of prose, after its sentence's end and a
# space (今日の単語は三つ。 鸡 - 鶏: a lesson's words, each after the sentence that introduces it)
DASHED_MEANING = re.compile(rf"{SPACE}*[-－—=＝]{SPACE}*(?P<meaning>[{KANJI_RANGE}{KANA_BLOCKS_RANGE}]{{1,{MAX_TERM}}}){SPACE}*(?:\n|$)")
AFTER_SENTENCE = re.compile(rf"[^\n]*[{SENTENCE_ENDS}]{SPACE}+")  # a line's sentence, ended, and the space after it
PHRASE_MARKS = re.compile(f"[{re.escape(PHRASE_END)}]*")  # a quoted phrase's own end marks, before the quote closes
CITING_QUOTES = {"“": "”", "〝": "〟"}  # the quotes a text may set the Chinese words it talks about in
# its pinyin after the word, a space between or none, or a slash (a lesson's 问候语/wènhòu yǔ, its words maybe wrapped
# onto the next line by the page), its tones marked or numbered: 茶壶 cháhú, a vocabulary line's 茶壶cháhú:急須, a
# lesson's 茶壶cha2 hu2
PINYIN_AFTER = re.compile(f"(?:{SPACE}|[{SLASHES}]{SPACE}?)?([{PINYIN_LETTER_RANGE}]+[1-5]?"
                          f"(?:[ \n][{PINYIN_LETTER_RANGE}]+[1-5]?){{0,3}})")
ZHUYIN_AFTER = re.compile(f"{SPACE}?[(（]?([{ZHUYIN_RANGE}]+)")  # its reading in zhuyin after the word (银联卡ㄧㄣˊ…)
CELL_ON_ITS_LINE = re.compile(f"{SPACE}*[|｜]{SPACE}*\n{SPACE}*")  # a table's cell that ends its line (a row flattened)
# its Mandarin reading in katakana right after the word (or its closing quote), alone or in square brackets: a phrase
# book's 谢谢[シェシェ], 「您好」ニンハオ
KATAKANA_AFTER = re.compile(f"[\\[［]?({KATAKANA_RUN.pattern})")
# a quoted word set beside its Japanese counterpart: 「爱」は日本語の「愛」, 「谢谢」は日本語で「ありがとう」
JAPANESE_COUNTERPART = re.compile(r"[」』](?:は|、)?日本語(?:の|で(?:は|いう)?)[「『]")
# a word's meaning in 「」 right after the word and は, the word set in a citing quote (“罗马”は「ローマ」): a quiz's key
CITED_MEANING = re.compile(r"は[「『]")
KANA_IN_GLOSS = re.compile(f"[{HIRAGANA_BLOCK_RANGE}]")  # a gloss that gives the reading
# what may come before a speaker's name on its line: a timestamp, brackets, a bullet ([06:58] , 12:01 - ), no words
SPEAKER_PREFIX = re.compile(f"[^\n{KANJI_RANGE}{KANA_BLOCKS_RANGE}]*")
# what opens an entry of a word list: a bullet, a number, a category in brackets ((表情包)笑脸: 笑顔)
LIST_NUMBER = re.compile(rf"[{SPACES}・*]*(?:[{DIGIT_RANGE}]{{1,3}}[.．、)）]{SPACE}*)?(?:[(（][^()（）\n]{{1,6}}[)）]{SPACE}*)?")
LIST_LINE = re.compile(LIST_NUMBER.pattern + rf"[^\s\-－—:：=＝]{{1,{MAX_TERM}}}" + LIST_ENTRY.pattern)  # a whole entry
CHINESE_WORD = 2  # kanji of a word in a Japanese sentence that only a character Japanese does not use shows (奶渣)
AGENT_NOUN = 3  # kanji of a Chinese agent noun, a verb, its object and the ending (采茶人: data/chinese_agent_endings.txt)
LISTED_WORD = 3  # kanji of a Chinese word in characters Japanese uses (洗衣机: data/chinese_words.txt)
# a run of that many kanji alone before a hiragana, no other character of a run (RUN_CHAR) before it: 続く洗衣机で
LISTED_WORD_RUN = re.compile(f"(?<!{RUN_CHAR.pattern})[{KANJI_RANGE}]{{{LISTED_WORD}}}(?=[{HIRAGANA_RANGE}])")
QUOTED_SENTENCE = 8  # kanji at least of a sentence all a 「」 holds, said by someone: 「一年中最忙的時候…」と語った
QUOTED_GRAMMAR = 2  # different characters of Chinese grammar (data/chinese_grammar_chars.txt) such a sentence holds
SAID = "」と"  # what closes a quotation of speech, before its verb (data/speech_verbs.txt)
QUOTED_SENTENCE_RUN = LazyPattern(f"(?<=「)[{KANJI_RANGE}，]{{{QUOTED_SENTENCE},}}(?={SAID})")
# the same sentence said otherwise: all a 「」 holds, its speaker named between its と and the verb (「…」と、星川さんは
# 笑う), or standing as a sentence of its own (「…」。星川さんはそう教えてきた)
# a saying, read partly as one-kanji words (``_read_as_single_kanji``), may be shorter: 「茶碗是有缘分的」, seven kanji
QUOTED_SAYING = 6
QUOTED_SAYING_RUN = LazyPattern(f"(?<=「)[{KANJI_RANGE}，]{{{QUOTED_SAYING},}}(?=」)")
SPEAKER_BETWEEN = 30  # characters at most of the speaker named between a quotation's と and its verb of speech
SAID_BY = LazyPattern(f"」と、?[^。「」\n]{{1,{SPEAKER_BETWEEN}}}?[はが]")  # 」と、星川さんは: the speaker, then the verb
# 」と、 and the rest of its clause, where a verb of speech may follow a particle (」と、理由を説明した: what was said about)
SAID_THEN = LazyPattern(f"」と、[^。「」\n]{{1,{SPEAKER_BETWEEN}}}")
SAYING_SINGLE_KANJI = 2  # one-kanji or unknown words at least that SudachiPy reads in such a saying (a Japanese phrase reads whole)


class UntranslatedChinese(Rule):
    """
    ## What it does
    Reports untranslated Chinese: a run of simplified-only characters, or a short word Japanese never writes.
    A run holds characters that simplified Chinese has and Japanese lacks; the whole run is one finding, and the
    message names its words (segmented with jieba). A text in pre-war katakana prose throughout (two paragraphs or
    more, more than half the text, with their particles in katakana between kanji: a judgment's `原判决ニ違法ナシ`)
    is read for none: its variants (决 for 決) are its print's, and a translation writes its particles in hiragana.
    A sentence all a `「」` holds in characters Japanese uses too is reported, a warning, where it is someone's words
    left in Chinese: eight kanji or more and no kana, two different characters of Chinese grammar or more
    (`data/chinese_grammar_chars.txt`: 的, 是, 了, 都, 很), and a verb of speech right after `」と`
    (`data/speech_verbs.txt`: `「一年中最忙的時候是…」と語り`), or after と、 later in its clause, after a particle
    (`「…」と、その理由を説明した`); a title or a slogan holds no such grammar, and a sentence
    quoted with its translation or its reading (a lesson) is let through as any run is. So is such a saying with its
    speaker named between its と and the verb (`「…」と、星川さんは笑う`) or standing as a sentence of its own, the
    quotation opening its sentence and `。` right after it (`「…」。星川さんはそう教えてきた`), where the clause's 不, 有
    and 才 count too (`data/chinese_clause_chars.txt`) and SudachiPy reads two of its words or more as one kanji or as
    unknown (Japanese compounds and four-character idioms, `「有言実行、不撓不屈」`, read whole); such a saying may be
    as short as six kanji (`「山路是有坡度的」と言う`).

    A character counts as simplified-only when OpenCC converts it to a different traditional
    character and it is not in the JIS X 0208 Japanese character set, unless OpenCC also simplifies it (`藴`, a
    variant of `蘊` whose simplified form is `蕴`, as a Japanese or Taiwanese text writes a person's name). Kanji shared by both
    languages are not evidence on their own; they only join the run. A word of two kanji alone before a
    particle (`奶渣は`, `晾晒と`) is also reported when it holds a character Japanese does not use at all though it is
    no simplified form (`data/chinese_only_chars.txt`: characters of jieba's everyday words, not of its names, that
    Japanese cannot encode: 奶, 晾, 榨), and so is a word of three kanji all but one of them such characters
    (`乒乓球を`), when it is no word of SudachiPy's dictionary (拼音 and 玫瑰 are), unless it is
    quoted whole or is a name (before さん or 氏, ending with 駅 or 市); such a word is a warning where the text
    leaves Chinese elsewhere too (a run reported as above), `info` alone (a dish, a shop or a character of a novel is
    written so as often). So is a Chinese agent noun of three kanji, a verb, its object and 人 (`放牛人`, `制墨人`:
    data/chinese_agent_endings.txt), alone before a hiragana, that SudachiPy reads as three one-kanji words, none a
    numeral, a name or a suffix (Japanese knows neither 放牛 nor 放牛人; `数百人`, `苗族人` and its own agent nouns, `料理人`,
    `旅芸人`, are not so read), in a text that leaves other Chinese characters: a warning beside a run reported as above,
    `info` alone, as such a word is. So is a word of three kanji that Chinese writes and Japanese does not, all of them
    characters Japanese uses (`洗衣机で`, `根据地を`: data/chinese_words.txt, jieba's everyday words that SudachiPy's
    dictionary reads as three single kanji), alone before a hiragana and read so in its sentence too, not quoted
    whole, not a name, in a text that leaves other Chinese characters: a warning beside a run reported as above,
    `info` alone. So is a word of two or three kanji in forms that simplified and traditional Chinese both write and
    Japanese writes otherwise (`收成だった`: 收, Japanese 収; data/traditional_forms.tsv, forms OpenCC leaves as they are
    both ways), alone before a hiragana, when it is a Chinese word (jieba's) that SudachiPy's dictionary knows neither
    as written nor in its Japanese forms (収成 is no word; `每日` and `黑板` are Japanese words in old forms, GRB013's):
    a warning beside a run reported as above, `info` alone. Simplified forms given as a
    gloss in parentheses (`西安（西安市）`, `広東（广东）`, also beside its reading after a slash: `東直門(东直门/トンツーメン)`,
    also in half-width brackets one half-width space after the name: `星河宮 (せいがきゅう、星河宫、Xinghegong)`)
    are fine, and so is the original all a parenthesis holds, three kanji or more, of a name the text writes in its
    traditional or Japanese forms elsewhere (`…Museum (星河县民族博物馆)` under the heading `星河県民族博物館`),
    also after a language's one-character mark that opens the gloss's item (`(せいが、中: 星河传)`:
    data/gloss_language_marks.txt), and so is a Chinese word the text explains: one
    followed by its meaning or reading in parentheses (`书包（かばん）`, also when quoted: `「书包」（かばん）`, a sign's
    words and their meaning, or after the phrase's own end mark: `谢谢.(シエシエ)`, a phrase book, or `长城!(万里の長城)`, a phrase and its meaning, or a row of a
    word list that glosses it in Latin letters: `- 创新:Innovations`), and its other uses, before or after (also inside a longer word: `书包店`), or an entry of a word
    list (`黑板 - こくばん`; also one a dash sets beside a short meaning in kanji, all the rest of its line, at the
    line's start or after the sentence that ends a line of prose: `今日の単語は三つ。 鸡 - 鶏`; also one all a quotation
    holds, the word, a colon and its meaning up to the close: `「口语:話す」「听写:書きとる」`, an exam's parts), or a word followed by its pinyin, a space between or none (a lesson's vocabulary,
    `钥匙yàoshi:鍵`; also one character and its syllable with a tone mark or number, `妈 ma1`, and a table row's next
    cell where the row stands one cell a line, `课 |` / `kè |`), or by its reading in zhuyin, a letter or more for
    each character (a learner's page, `银联卡ㄧㄣˊㄌㄧㄢˊㄎㄚˇ(ぎんれんかーど)`, then `银联卡以外の…`), or by katakana that transliterate its Mandarin reading, right after it or its closing quote,
    alone or in square brackets (a phrase book's `谢谢[シエシエ]`, `「您好」ニンハオ`), or a quoted word set beside its
    Japanese counterpart (`「谢谢」は日本語の「ありがとう」`), or a phrase all a quotation holds that the text comments on
    as an expression in a sentence naming its language (`「别来无恙」という表現は、中国語で…`: data/form_comments.txt,
    data/chinese_language_names.txt), or the original all a parenthesis holds right after a quoted
    term in Japanese (`「暫定規定」(暂行规定)`: a kind of rule named, then its Chinese name, as a gloss gives it after an
    unquoted word); a title all a `「」` or `『』` holds is explained so up to 24 characters (a game's Chinese title and
    its Japanese one: `『星河的游戏凌冬将至』(星河のゲーム-冬来たる)`), an unquoted run up to 8, and one in parts that
    punctuation parts up to 40, one space before its translation at most (a paper cited: `「城市债务、区域差异与增长―基于…」
    (都市債務、地域格差と成長―…)`). A kanji all a `「」` holds is a character cited, not a word, where a word of
    data/character_words.txt follows it (`「宁」という字`) or another kanji quoted alone stands in its sentence
    (`「亍」は「宁」ではなく「于」の異体字`). So is a form the glossary sanctions (its preferred or an accepted form, in simplified
    characters by the house's choice: `雷军` listed as `雷军`, also beside other kanji, or that person's surname alone
    before an honorific or as a speaker: `雷さん`, or a place's form without its administrative suffix: `拖沱` where
    the glossary writes `拖沱県`, a county named short once it is known); a run does not reach across a speaker's name and colon at the start
    of a line (a chat log's `[06:58] 雷军：船で…`). So are a name all a quotation holds and followed by an honorific (a user's handle:
    `「开心妈妈的厨房」さん`) or by と and a word saying it is copied as printed (`『星河贸易商行』と記載がある`:
    data/verbatim_verbs.txt), a shop's, an eatery's or a lodging's name right before という and its noun (`星河小馆という
    店`: the name as its sign writes it, data/signboard_nouns.txt), a licence plate's prefix (one character and a Latin capital: `苏E苏U`), a person's name
    of two or three kanji that begins with a character traditional Chinese keeps as a surname of its own (`涂`, not
    `塗`: data/surname_chars.txt) after a credit's label (`（撮影・涂明）`: data/credit_labels.txt) or before a word
    that follows a person's name (`涂明さん`), or such a surname with that word right after it (`涂先生`) or alone,
    a space and a given name of one or two kanji after it (`古琴 涂 明`, a list of players), a person's name whose
    given name is written with a character traditional Chinese keeps of its own (`愿`, "honest", not `願`:
    data/given_name_chars_of_their_own.txt) after a surname, before such a word (`周愿さん`) or before の and a relative
    (`周愿の娘`, `周愿の六女`: data/kinship_words.txt), a table's
    Chinese form in the cell after katakana that read it, perhaps without its place's suffix (`ハルビン 哈尔滨市 1949`, on a
    line with no hiragana), a quoted title written with a Japanese-only character form (`「兰陵王伝」`: 伝, not 传), a
    line of dialogue with its Japanese translation in parentheses on the next line (a subtitle or script quoted), or
    closing the same line right after the sentence's end mark, hiragana in it (a lesson's `例文:我们走吧。(行こう。)`), a
    name quoted in Chinese with its translation in the parentheses after it (perhaps after a Latin tail of the name),
    opened by a label saying so and a colon (`星河MT(訳:星の川MT)`: data/translation_labels.txt), the
    lines of an original the text quotes under a line that holds only its label (`【原文】`, `原詩：` or `◆原詩` above a
    poem in Chinese, perhaps one blank line between, down to a blank line or a line with kana:
    data/original_labels.txt), a character of a poem the text quotes in the original, lines of five or seven kanji
    spaced one a cell (`月 落 江 村 挂 白 帆` among lines of seven), in the poem or in its reading (`白帆を挂く`), a
    publisher in a book's citation, between its editor's or author's credit and the year (`(星河大学主編 星河书局
    1985)`: data/author_credits.txt), a sentence in Chinese followed on its line by its reading in pinyin (a lesson's
    `你叫什么名字？　Nǐ jiào shénme míngzi?`), a line of Chinese whose next line or the line above is its
    pinyin, also with a note in parentheses closing it (a lyric's `我们的歌很长 (歌:うた)` above `wǒ men de gē hěn
    cháng`), a run on a line with no kana whose tone-marked pinyin reads it, every
    syllable a character of it, half of them or more (a dialogue's ruby flattened into its line: `达达谢谢xiè xie 谢谢。`,
    a speaker's name left unread; or whose kanji carry their pinyin one by one in parentheses, half of them or more:
    `张 老 师:田(Tián)中(zhōng),你(nǐ) 好(hǎo)!`), or a line of Chinese that a line of pinyin elsewhere reads (a poem quoted in
    the original, its reading given apart under a label of its own: `[ピンイン]`, `ju3 tou2 …`), the rest of a line
    headed by a link's label (an infobox's `公式サイト 星河新闻网`, `【関連記事】…`: data/link_headings.txt), the
    linked page's own title, a line
    marked as the Chinese of a bilingual pair beside the line marked as its Japanese (`(中)…` / `(日)…`), a line of
    Chinese beside the Japanese line that says the same in a text laid out so line by line (a news item and its
    Chinese, paragraph by paragraph: they share five pairs of kanji or digits, folded to one script, a tenth of the
    smaller one's, and the text has two such lines or more, and then also a short line all a parenthesis holds that
    shares two such pairs with the Japanese line beside it, a heading's original: `(关于开馆时间的通知)` below
    `開館時間のご案内`; or such paragraphs run on one line, each after the
    other's sentence end and a space; or a section of three Chinese lines or more, with no kana between, that says the
    same as the Japanese section right before or after it, compared whole: a letter given in both languages), lines
    of Chinese (a heading and its paragraph) above a short line naming their translation (`この段落の
    日本語訳はこうです。`, data/translation_nouns.txt), an exercise's numbered items with no kana below a line that asks
    the reader to translate them (`次の単語を日本語にしなさい。` above `1;鸡蛋`: data/translation_prompts.txt), lines of
    short terms with no kana listed with commas below a line that asks how something is said in Chinese (`中国語で
    「にっこり」は何という?` above `嫣然一笑、动人地一笑`: data/chinese_form_prompts.txt, a quiz's answers),
    lines of Chinese each followed right below by a line with kana, three such pairs or
    more with no blank line (a lyric or a poem translated line by line), or with one blank line between pairs when
    each line holds 40 code points at most and each translation one sentence at most (a lyric's page that sets each
    line and its translation apart as a paragraph; a heading left in Chinese above a paragraph of prose is still
    reported), and words of those lines quoted elsewhere
    (歌詞の「河水」は…), a dated note with no kana on a page with another dated note in English or Korean (a
    guestbook's `10/15　谢谢老板！`: each note quoted in its writer's language), and a
    Chinese title in Chinese title marks (`《星河网研究报告》`: a publication cited as published), also all of a
    quotation that holds such a title and the author's name right before it (`星河「关于《星河传》的研究」による`:
    a Chinese source credited), and a publication's title alone on its short line right above or below its issue's
    label (`2016年3月号` / `在鸣门` / `第119期`: a bilingual newsletter's masthead). So is a word in
    Japanese forms but one character (`腌鮮湯`, a dish's name: two or more of its characters are forms simplified
    Chinese never writes, 鮮 and 湯 for 鲜 and 汤, more than its simplified-only ones), and a Japanese word whose usual
    spelling holds a simplified form (断么九 and 么九牌, terms of mahjong: data/japanese_words_in_chinese_forms.txt).
    In a text that quotes Chinese with its reading or its translation (a lesson), a heading in both languages alone
    on its line, either first (`生词 新出単語`, `家庭料理レシピ 正宗红烧鱼`), is silent, and so are its words below it.
    In a text that gives Chinese its pinyin (a lesson, also one reading aloud only a word it does not report:
    `- 旅游 lǚ yóu` below exam choices), a run of one word that nothing above explains, or a phrase all
    a `「」` holds, is `info`: a term the lesson names (`钥匙、门票、簡体字`, a list of its terms) or a phrase it cites
    (`「我忘了带钥匙」は直訳すると…`) as often as a leftover, and so is a sentence all a `“”` holds, its own end mark
    inside, no kana in it and no と or って after it (a quiz's riddle or saying cited: `問2 “白天关着门,…。” が表すもの`);
    a phrase of several words in the prose, or a sentence quoted as speech, is still a warning. In a text that gives a
    Chinese name its Japanese form alone in the parentheses right after it (`星河桥(星河橋)`: the place's forms quoted
    on purpose, as a guide matches the signs), a run all a `「」` holds is `info` too (`「星月广场」駅`).
    So is a word that all of a `“”` holds three times or more in the text, and its uses with Japanese around it (an
    essay's `彼らの“热情”`, thrice, and its title `中国人的热情`): a key term the writer cites in its own language as often
    as a leftover; a word quoted so once or twice is still a warning.

    ## Why is this bad
    The machine translation left this passage in the source language: a Japanese reader
    cannot read it, and the characters may not even display in Japanese fonts.

    ## Example
    `这个项目什么时候开始,约3个月`

    ## Use instead
    A Japanese translation: `このプロジェクトはいつ始まるのか、約3か月後だ`
    """

    code = "GRB001"
    name = "untranslated-chinese"
    severity = Severity.WARNING
    reads = ("text", "tokens", "glossary")

    def check(self, ctx):
        either = ctx.doc.memo.get("garble.chinese_evidence")  # once a document, not once a window of paragraphs
        if either is None:
            chars = ctx.doc.characters()
            either = ctx.doc.memo["garble.chinese_evidence"] = _evidence_chars(chars)
        if (not either and not _quoted_sentence_runs(ctx.doc.text)) or katakana_prose_text(ctx.doc):
            return  # a text in pre-war katakana prose throughout (原判决ニ違法ナシ) writes its print's variants, no Chinese;
            # a run needs a simplified-only character, a word one that Japanese does not use, or a sentence
            # of Chinese grammar quoted as speech
        marks = brackets(ctx.doc)
        explained: set[str] = set()  # Chinese words the text explains once: another use is the same word
        cites = False  # the text explains a Chinese word it sets in “” (“茶壶 cháhú (急須)”)
        lesson = False  # the text quotes a Chinese line with its translation or reading
        toned = False  # the text gives Chinese its pinyin: a lesson, whose lone terms are words it teaches
        own = False  # the text gives a Chinese name its own Japanese form beside it (星河桥(星河橋)): signs' forms cited
        left: list[tuple[Span, str, str, str]] = []  # runs reported once the whole text is read (explained further on?)
        said: set[Span] = set()  # sentences of Chinese quoted as speech (``_quoted_sentence``)
        evidence = either | _agent_endings()  # a run holding none of these is neither foreign nor a Chinese word
        for para, text in paragraphs(ctx.doc):
            # 洗衣机: a Chinese word in characters Japanese uses, no evidence of its own; 「…的…是…」と語った: a sentence
            runs = _listed_word_runs(text) + _quoted_sentence_runs(text)
            if evidence.isdisjoint(text) and not runs:
                continue
            runs = sorted({*_evident_runs(text, evidence), *runs}) if runs else _evident_runs(text, evidence)
            for start, end in (piece for s, e in runs for piece in _pieces(text, s, e)):
                run = text[start:end]
                foreign = _foreign(run)
                chinese = "" if foreign else _chinese_word(text, start, end)
                span = Span(para.start + start, para.start + end)
                if chinese and all(not t.oov for t in tokens_in(ctx.doc, span)):
                    chinese = ""  # a word of SudachiPy's dictionary: Japanese writes it so (拼音, 玫瑰)
                if not foreign and not chinese:
                    chinese = chinese_form_word(text, start, end)  # 收成: a Chinese word in forms both Chinese scripts
                    # write, which Japanese neither writes so nor has in its own forms
                if not foreign and not chinese and _agent_noun(text, start, end) \
                        and _single_kanji(tokens_in(ctx.doc, span), span):
                    chinese = run  # 采茶人: a Chinese agent noun no Japanese dictionary knows
                if not foreign and not chinese and _listed_word(text, start, end) \
                        and _single_kanji(tokens_in(ctx.doc, span), span):
                    chinese = run  # 洗衣机: a Chinese word whose characters Japanese uses, and the word it does not
                if not foreign and not chinese and (_quoted_sentence(text, start, end) or (
                        _quoted_saying(text, start, end) and _read_as_single_kanji(tokens_in(ctx.doc, span)))):
                    chinese = run  # 「一年中最忙的時候是…」と語った: a person's words left in Chinese
                    said.add(span)
                if not foreign and not chinese:
                    if _talked_about(text, start, end):
                        explained.add(run)  # 你好[ニーハオ], then 你好の…: its other uses are the word explained
                    continue
                if (marks.inside_gloss(span) and _whole_item(ctx.doc.text, span)) \
                        or _original_of_quoted_term(ctx.doc.text, span) or _marked_original(ctx.doc.text, span) \
                        or _restated_under_label(ctx.doc.text, span) \
                        or _original_of_written_name(ctx.doc.text, span):
                    continue  # a gloss: 鄧小平（邓小平）, 福州（ふくしゅう、福州市）, 「暫定規定」(暂行规定)
                if _is_explained(run, explained) or _talked_about(text, start, end) \
                        or in_term_list(text, start, end) or _commented_expression(text, start, end) \
                        or _named_in_chinese(text, start, end):  # explained
                    explained.add(run)
                    cites = cites or text[start - 1:start] in CITING_QUOTES
                    toned = toned or _given_reading(text, start, end)
                    own = own or _beside_own_form(text, start, end)
                    continue
                if cited_character(text, start, end):
                    continue  # 「亍」は「宁」の…, 「宁」という字: a character of writing cited, not a word left
                if _glossed_title(text, start, end):
                    continue  # 「城市债务、区域差异…」(都市債務、地域格差…): a cited work's title and its translation
                if _labelled_translation(text, start, end):
                    continue  # 星河MT(訳:星の川MT): a name quoted in Chinese, its translation so labelled after it
                if read_aloud_after(ctx.doc.text, span.end) or read_aloud_elsewhere(ctx.doc, span.start) \
                        or read_aloud_on_its_line(ctx.doc.text, span.start, span.end) \
                        or read_aloud_beside(ctx.doc.text, span.start, span.end) \
                        or glossed_character_by_character(ctx.doc.text, span.start, span.end):
                    lesson = toned = True  # a line quoted with its reading
                    continue
                if translated_line(ctx.doc.text, span.start) or parallel_line(ctx.doc, span.start) \
                        or interlinear_line(ctx.doc, span.start) or translated_script(ctx.doc, span.start):
                    lesson = True  # a line quoted with its translation, or beside it
                    continue
                if _note_in_its_language(ctx.doc, span.start):
                    continue  # a guestbook's note in Chinese among notes in English and Korean
                if in_embedded_post(ctx.doc.text, span.start):
                    continue  # a post embedded as posted, in Chinese, its credit (— Name (@handle) date) below it
                if quoted_original(ctx.doc.text, span.start):
                    continue  # a line of the original the text quotes under its label: 【原文】 above a poem
                if _cited_from_verse(ctx.doc, run):
                    continue  # 月 落 江 村 挂 白 帆, then 白帆を挂く: a poem quoted in the original, its reading citing it
                if in_link_line(ctx.doc.text, span.start) and not text[end:line_bounds(text, end, end)[1]].strip(SPACES):
                    continue  # 公式サイト 星河新闻网: the linked page's own title, the rest of the line
                if announced_translation(ctx.doc.text, span.start):
                    continue  # a paragraph of the original above a line announcing its translation (日本語訳は…)
                if exercise_item(ctx.doc.text, span.start) or answer_line(ctx.doc.text, span.start):
                    continue  # 1;星河 below 次の単語を日本語にしなさい: a quiz's word, set to translate; or its answers
                    # in Chinese, listed below 中国語で「…」は何という?
                if text[start - 1:start] in QUOTE_PAIRS and text[end:end + 1] == QUOTE_PAIRS[text[start - 1]] \
                        and run in interlinear_text(ctx.doc):
                    continue  # 「故乡的河」は…: words quoted from the original the text translates line by line
                if foreign and in_japanese_words(text, start, end):
                    continue  # 断么九, a hand of mahjong: a Japanese word written with 么
                if _plate_code(text, start, end):
                    continue  # 星E, 星E星U: a vehicle registration's prefix, written as the plates write it
                if _imprint(text, start, end):
                    continue  # (星河大学主編 星河书局 1985): a Chinese book's publisher, cited as its imprint prints it
                if _source_title(text, start, end) or masthead(ctx.doc.text, span):
                    continue  # (出所：星河省統計局 2019年星河统计公报): a source's document, titled as published
                if text.startswith(_signboards(), end):
                    continue  # 爱丽丽という店: a shop's name as its sign writes it
                if _surname_of_its_own(text, start, end) or _given_name_of_its_own(text, start, end):
                    continue  # （撮影・涂明）, 周愿の娘: a person whose name is 涂明 or 周愿, written as the person writes it
                if _glossary_covers(ctx, text, start, end, foreign or chinese) or _quoted_name(text, start, end) \
                        or (foreign and _written_in_japanese(run)) \
                        or (text[start - 1:start] in ("《", "〈") and text[end:end + 1] in ("》", "〉")) \
                        or _cited_title(text, start, end) \
                        or cited(text, start) or source_quoted(text, Span(start, end)) \
                        or converted_to(text, Span(start, end), (_converted(text, end),)):
                    continue
                left.append((span, run, foreign, chinese))
        lesson = lesson or bool(explained)  # the text teaches Chinese: it explains or reads some
        kept = []
        for item in left:
            span = item[0]
            if _is_explained(item[1], explained):
                continue  # a heading's 兵马俑 above the line that explains it: 兵马俑（兵馬俑）
            heading = _bilingual_heading(ctx.doc.text, span) if lesson else None
            if heading is not None:
                explained.update(w for w in _hanzi.words(heading) if _foreign(w))  # its words, alone below it
                continue
            if cites and ctx.doc.text[span.start - 1:span.start] in CITING_QUOTES \
                    and ctx.doc.text[span.end:span.end + 1] == CITING_QUOTES[ctx.doc.text[span.start - 1]]:
                continue  # “服务员”, in a text that quotes the Chinese words it explains so: a word cited
            kept.append(item)
        left = kept
        # in a text that gives Chinese its pinyin (a lesson), a lone word or a phrase all a 「」 holds is one it names
        # as often as a leftover: a list of the lesson's terms (汉语、普通话、簡体字), a phrase it cites, at info; a
        # phrase of several words in the prose is still a warning
        toned = toned or (bool(left) and _reads_a_word(ctx.doc))  # 旅游 lǚ yóu: a word given its pinyin
        term = confidence(self, "term-in-a-lesson") if toned else 1.0
        # a text that gives a Chinese name its Japanese form beside it (星河桥(星河橋)) quotes the place's forms on
        # purpose, as a guide matches the signs: a name all a 「」 holds (「星河站」駅) is cited, at info
        signs = confidence(self, "term-in-a-lesson") if own else 1.0
        # a word a writer sets in “” three times or more (“热情”), and its uses with Japanese around it: a key term
        # cited in its own language as often as a leftover, at info
        terms, keyed = _quoted_terms(ctx.doc.text, left), confidence(self, "quoted-term")
        # a product's name in its maker's script glued to its model code (ラケット 星河飞W968-18) in a row of label and
        # value: the product as it is sold as often as a name left untranslated, at info
        product = confidence(self, "product-with-model-code")
        found = {span: ctx.finding(self, span, f"untranslated Chinese '{run}' (words: {' / '.join(words)}; "
                                               f"simplified-only characters: {''.join(dict.fromkeys(foreign))})",
                                   confidence=keyed if _is_explained(run, terms) else
                                   product if _product_with_code(ctx.doc.text, span) else
                                   signs if own and _quoted_whole(ctx.doc.text, span) else
                                   term if len(words) == 1 or _quoted_whole(ctx.doc.text, span)
                                   or _cited_sentence(ctx.doc.text, span) else 1.0)
                 for span, run, foreign, _ in left if foreign for words in (_hanzi.words(run),)}
        # a word of a character Japanese does not use is a name or a dish as often as a word left untranslated: a
        # warning where the translation left Chinese elsewhere too (a run reported above), info alone
        beside = 1.0 if any(f is not None and f.confidence == 1.0 for f in found.values()) else confidence(self, "chinese-word-alone")
        for span, run, foreign, chinese in left:
            yield found[span] if foreign else \
                ctx.finding(self, span, f"untranslated Chinese sentence '{run}' (quoted as speech, in Chinese grammar: "
                                        f"{''.join(dict.fromkeys(c for c in run if c in word_set(GRAMMAR_CHARS)))})") \
                if span in said else \
                ctx.finding(self, span, f"untranslated Chinese word '{run}' (a Chinese word of characters Japanese "
                                        f"uses; Japanese has no such word)" if run in _chinese_words() else
                                        f"untranslated Chinese word '{run}' (a Chinese agent noun: a verb, its object "
                                        f"and {run[-1]}; Japanese has no such word)" if chinese == run else
                                        f"untranslated Chinese word '{run}' (a Chinese word in forms both simplified and "
                                        f"traditional Chinese write: {''.join(dict.fromkeys(chinese))}; Japanese has no "
                                        f"such word)" if all(map(_hanzi.is_chinese_form, chinese)) else
                                        f"untranslated Chinese word '{run}' (a character Japanese does not use: "
                                        f"{''.join(dict.fromkeys(chinese))})", confidence=beside)


# a lesson's heading in two languages alone on its line: a label, the Chinese, a space or a colon, the Japanese (生词
# 新出単語, 3 替换与扩展 言い換え問題, 注释:注釈)
BILINGUAL_HEADING = re.compile(rf"{SPACE}*(?:[{DIGIT_RANGE}A-Za-z{FULL_WIDTH_CAPITAL_RANGE}]{{1,2}}[.．]?{SPACE}*)?(?P<zh>[{KANJI_RANGE}]{{1,{MAX_TERM}}})"
                               rf"(?:{SPACE}+|{SPACE}*[:：]{SPACE}*)(?P<ja>[^\s。、:：]{{1,12}}){SPACE}*")
# the same with the Japanese first: a page's title and then the original's (中華料理レシピ 正宗红烧鱼)
JAPANESE_FIRST_HEADING = re.compile(rf"{SPACE}*(?P<ja>[^\s。、:：]{{1,12}})(?:{SPACE}+|{SPACE}*[:：]{SPACE}*)"
                                    rf"(?P<zh>[{KANJI_RANGE}]{{1,{MAX_TERM}}}){SPACE}*")


def _bilingual_heading(text: str, span: Span) -> str | None:
    """The Chinese of a lesson's heading given in two languages alone on its line (`生词 新出単語`, `注释:注釈`, or the
    Japanese first: `家庭料理レシピ 正宗红烧鱼`), when the run lies in it: the Japanese side has no simplified-only
    character, and kana or a character simplified Chinese never writes (単, 話) shows it is Japanese."""
    from ...glossary.forms import convert  # noqa: PLC0415
    from .traditional_character import japanese_only_forms  # noqa: PLC0415

    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    hi = len(text) if hi < 0 else hi
    m = next((m for m in (p.fullmatch(text, lo, hi) for p in (BILINGUAL_HEADING, JAPANESE_FIRST_HEADING))
              if m is not None and m.start("zh") <= span.start < m.end("zh")), None)
    if m is None or not _foreign(m.group("zh")):
        return None
    ja = m.group("ja")
    japanese = KANA_CHAR.search(ja) is not None \
        or any(c in japanese_only_forms() or (is_kanji(c) and convert(c, "t2s") != c) for c in ja)
    return m.group("zh") if japanese and not _foreign(ja) else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the punctuation at its ends."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run text[start:end], trimmed, split after a speaker's name and its colon at the start of a line when what
    they said is Japanese (a chat log's `[06:58] 王明：船で…`): the run does not reach from the speaker into it. A line
    all in Chinese (`【责任编辑：刘洋】`) stays one run."""
    start, end = _trim(text, start, end)
    colon = next((i for i in range(start + 1, min(end, start + MAX_SPEAKER + 1)) if text[i] in COLONS), end)
    line_end = text.find("\n", end)
    if colon == end or not _speaker(text, start, colon) \
            or KANA_CHAR.search(text, end, len(text) if line_end < 0 else line_end) is None:
        return [(start, end)]
    return [(start, colon), _trim(text, colon + 1, end)]


def _speaker(text: str, start: int, colon: int) -> bool:
    """text[start:colon] is a speaker's name: kanji alone on its line before a colon, after a timestamp or nothing."""
    return text[colon:colon + 1] in tuple(COLONS) and all(map(is_kanji, text[start:colon])) \
        and SPEAKER_PREFIX.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def _glossary_covers(ctx, text: str, start: int, end: int, evidence: str) -> bool:
    """Each character of the run's ``evidence`` (its simplified-only characters, or those Japanese does not use) is
    in a form the glossary sanctions (its preferred form or an
    accepted one, written with a simplified character by the glossary's own choice: 雷军 where the house writes the
    name so, also beside other kanji: 雷军：船, a speaker and what he said); or the run is a glossary person's surname
    as those forms write it, used alone before an honorific or as a speaker (雷さん, 雷：…)."""
    if ctx.compiled is None:
        return False
    run = text[start:end]
    automaton, patterns = ctx.compiled.automaton()
    covered = {k for i, s, e in automaton.find_matches_as_indexes(run)
               if any(kind.correct for _, kind in ctx.compiled.forms[patterns[i]]) for k in range(s, e)}
    if all(k in covered for k, c in enumerate(run) if c in evidence) or _place_named_short(ctx.compiled, run):
        return True
    # the cheap tests first: the surnames are read from every entry of the glossary (a second of CPU for 100,000)
    return len(run) <= COMPOUND_SURNAME and (text.startswith(HONORIFICS, end) or _speaker(text, start, end)) \
        and run in _surnames(ctx.compiled)


def _place_named_short(compiled, run: str) -> bool:
    """``run`` is a glossary place's correct form without its administrative suffix (拖沱 where the glossary writes
    拖沱県): Japanese names a county or a town so once it is known, in a title or a heading too."""
    from ...mentions.features import place_suffixes  # noqa: PLC0415 - the place suffixes Japanese writes (県, 鎮)

    forms = compiled.forms
    return len(run) >= 2 and any(
        compiled.entry(zh).type == EntityType.PLACE
        for suffix in place_suffixes() if run + suffix in forms
        for zh, kind in forms[run + suffix] if kind.correct)


def _surnames(compiled) -> frozenset[str]:
    """The surnames, as the glossary's correct forms write them, of its persons, those with a simplified-only
    character (涂 of 涂志明 where the house writes the name so): kept while the glossary is the same."""
    memo = glossary_memo(compiled.indexes, "untranslated_chinese.surnames")
    if None not in memo:
        from ...phonetics.pinyin import surname_length  # noqa: PLC0415 - pypinyin loads only here

        memo[None] = frozenset(
            form[:n] for e in compiled.glossary if e.type == EntityType.PERSON
            for form in (e.ja, *e.accept) if _foreign(form[:COMPOUND_SURNAME])  # a cheap test before the reading
            for n in (surname_length(e.zh),) if len(form) > n and all(map(is_kanji, form)) and _foreign(form[:n]))
    return memo[None]


QUOTED_TERM_USES = 3  # times a text sets one Chinese word in “” for it to be the writer's term


def _quoted_terms(text: str, left) -> set[str]:
    """The Chinese words (MAX_TERM kanji at most) that all of a “” or 〝〟 holds QUOTED_TERM_USES times or more among
    the runs ``left`` unexplained (`私の好きな“热情”`, three times in an essay): a key term the writer cites in its
    own language, not a passage left untranslated once."""
    counts: dict[str, int] = {}
    for span, run, foreign, _ in left:
        if foreign and len(run) <= MAX_TERM and text[span.start - 1:span.start] in CITING_QUOTES \
                and text[span.end:span.end + 1] == CITING_QUOTES[text[span.start - 1]]:
            counts[run] = counts.get(run, 0) + 1
    return {run for run, n in counts.items() if n >= QUOTED_TERM_USES}


def _is_explained(run: str, explained: set[str]) -> bool:
    """The run is a word the text explains somewhere, alone or with Japanese around it (书包店 after 书包（かばん）)."""
    return any(w in run and not _foreign(run.replace(w, "")) for w in explained)


def _evident_runs(text: str, chars: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each run (``RUN``) of ``text`` that holds one of ``chars``, in order: the document's
    simplified-only characters, those Japanese does not use (``_evidence_chars``) and the
    agent nouns' endings. A run with none of them is passed over, as each piece of it (which holds only its
    characters) is neither foreign nor a Chinese word. The runs are found from the places of those characters
    (``str.find``, in C), not by reading every run of kanji (most of a Japanese text's words)."""
    places = sorted(at for c in chars if c in text for at in places_of(text, c))
    out: list[tuple[int, int]] = []
    end = 0
    for at in places:
        if at < end or not RUN_CHAR.match(text, at):
            continue  # in the run just found, or in no run (a character no run holds)
        start = at
        while start and RUN_CHAR.match(text, start - 1):
            start -= 1
        end = RUN.match(text, start).end()
        out.append((start, end))
    return out


def in_foreign_run(text: str, start: int, end: int) -> bool:
    """text[start:end] lies in a run (``RUN``: kanji, digits and the punctuation Chinese puts between them) that holds
    a simplified-only character: a word of untranslated Chinese, which this rule reports whole (`小村庄的稻香` after
    `火山岩上长出的好米，`: 稻 is no traditional form left in Japanese but a character of the Chinese sentence)."""
    while start and RUN_CHAR.match(text, start - 1):
        start -= 1
    run = RUN.match(text, start)
    return run is not None and bool(_foreign(text[start:max(run.end(), end)]))


def _foreign(run: str) -> str:
    """The run's simplified-only characters, in order (kept: the same runs recur from document to document)."""
    return "".join(c for c in run if is_simplified_only(c))


def _talked_about(text: str, start: int, end: int) -> bool:
    """A Chinese word the text explains: followed by its meaning or reading in parentheses (书包（かばん）), or an
    entry of a word list (黑板-こくばん; 鸡 - 鶏, also after a line's sentence), a word class's label in brackets after
    an entry's word (可气[形容词]), or a word set in “” and followed by は
    and its meaning in 「」 (“纽约”は「ニューヨーク」, a quiz's key). Its first character starts a word."""
    if end - start > _longest_term(text, start, end) or (start and is_kanji(text[start - 1])):
        return False
    if explains(text, start, end, kana=False):
        return True
    if text[start - 1:start] in ("「", "『") and JAPANESE_COUNTERPART.match(text, end) is not None:
        return True  # 「爱」は日本語の「愛」: a Chinese word compared with its Japanese form
    if _script_form_of(text, start, end):
        return True  # 「兰州」というのは「蘭州」の簡体字: the form explained as another's in a script
    if _word_class_label(text, start, end):
        return True  # 可气[形容词] kěqì: a dictionary entry's label of the word before it
    close = CITING_QUOTES.get(text[start - 1:start]) if start else None
    if close is not None and text[end:end + 1] == close and CITED_MEANING.match(text, end + 1) is not None:
        return True  # “纽约”は「ニューヨーク」: a word cited in the quotes a lesson sets Chinese in, and its meaning
    if _given_reading(text, start, end) or _quoted_with_reading(text, start, end):  # the word and its pinyin:
        return True  # “茶壶 cháhú (急須)”, a lesson's vocabulary; 「还」にはhai2と…, a character and its readings
    if _character_list(text, start, end):  # 了 还 便 重 长: a lesson's list of the characters it talks about
        return True
    if _read_in_katakana(text, start, end):  # the word and how it sounds: 谢谢[シェシェ], a phrase book's entry
        return True
    if _katakana_cell_before(text, start, end):  # ハルビン 哈尔滨市: a table's row, the name in both languages
        return True
    if _quoted_entry(text, start, end):  # 「口语:話す」: a word list's entry, all a quotation holds
        return True
    line_start = text.rfind("\n", 0, start) + 1
    entry = LIST_NUMBER.fullmatch(text, line_start, start) is not None  # the word opens its line
    if not entry and AFTER_SENTENCE.fullmatch(text, line_start, start) is None:
        return False
    dashed = DASHED_MEANING.match(text, end)
    if dashed is not None and not _foreign(dashed.group("meaning")):
        return True  # 鸡 - 鶏: the word and its meaning, at a line's start or after its sentence
    if not entry:
        return False
    if LIST_ENTRY.match(text, end) is not None:
        return True
    # a heading of the list (2.书包类: above 书包-かばん): a word and a colon alone on its line, over an entry
    return text[end:end + 1] in COLONS and text[end + 1:end + 2] == "\n" and LIST_LINE.match(text, end + 2) is not None


SCRIPT_FORM_REACH = 12  # code points, at most, of the form the quoted word is said to be another script's form of


@functools.lru_cache(maxsize=1)
def _script_form_pattern() -> re.Pattern:
    """A quotation's close, a topic particle (というのは, とは, は, って), another form in quotes and の, then a form
    label (data/form_labels.txt: 簡体字, 繁体字, 中国語表記): 」というのは「蘭州」の簡体字."""
    from ...labels import form_labels  # noqa: PLC0415
    labels = "|".join(map(re.escape, form_labels()))
    return re.compile(rf"[」』](?:というのは|っていうのは|とは|って|は)[「『][^「『」』\n]{{1,{SCRIPT_FORM_REACH}}}[」』]"
                      rf"の(?:{labels})")


def _script_form_of(text: str, start: int, end: int) -> bool:
    """All a quotation holds, said right after it to be another quoted form written in a script (`「兰州」というのは
    「蘭州」の簡体字ですね`: a blog explaining the simplified name on a chain's signs): a form talked about, as 「爱」は
    日本語の「愛」 is. Said to be anything else (`「兰州」というのは「蘭州」の隣の町`), it is still a leftover."""
    close = QUOTE_PAIRS.get(text[start - 1:start]) if start else None
    return close is not None and text[end:end + 1] == close and _script_form_pattern().match(text, end) is not None


def _quoted_entry(text: str, start: int, end: int) -> bool:
    """The run opens a quotation that holds an entry of a word list whole: the Chinese word, a colon and its meaning
    in Japanese (``LIST_ENTRY``: kanji, then kana), nothing but the meaning's kana after it up to the quotation's close
    (`「口语:話す」「听写:書きとる」`, an exam's parts named in Chinese and glossed, as a list's entry at a line's start
    is). The run may reach over the colon into the meaning's kanji (口语:話). A quotation of the word alone, or of
    more after the meaning (`「口语:話す練習の内容」`), is no such entry."""
    close = QUOTE_PAIRS.get(text[start - 1:start]) if start else None
    if close is None:
        return False
    colon = next((i for i in range(start + 1, end) if text[i] in COLONS), end)
    entry = LIST_ENTRY.match(text, colon)
    if entry is None:
        return False
    closer = text.find(close, entry.end(), entry.end() + MAX_TERM + 1)
    return closer >= 0 and all(map(is_kana, text[entry.end():closer]))  # the meaning's kana only


LABEL_BRACKETS = {"[": "]", "［": "］", "【": "】", "〔": "〕", "(": ")", "（": "）"}  # what holds an entry's label


def _word_class_label(text: str, start: int, end: int) -> bool:
    """text[start:end] is a word class's name a Chinese dictionary labels entries with (data/chinese_word_classes.txt),
    all a pair of brackets holds right after a kanji (`可气[形容词] kěqì`): the field of an entry quoted with its word."""
    close = LABEL_BRACKETS.get(text[start - 1:start]) if start >= 2 else None
    return close is not None and text[end:end + 1] == close and is_kanji(text[start - 2]) \
        and text[start:end] in word_list("chinese_word_classes.txt")


def _commented_expression(text: str, start: int, end: int) -> bool:
    """A phrase all a quotation holds, commented on as a form right after it (data/form_comments.txt: という表現,
    という言い方) in a sentence that names its language (data/chinese_language_names.txt: 「…」という表現は、中国語で
    よく使われる): the phrase talked about, as a Q&A page on Chinese does, not left untranslated."""
    close = QUOTE_PAIRS.get(text[start - 1:start]) if start else None
    if close is None or text[end:end + 1] != close or form_comment().match(text, end) is None:
        return False
    sentence = text[sentence_around(text, Span(start, end))]
    return any(name in sentence for name in word_list("chinese_language_names.txt"))


LANGUAGE_NAMED_REACH = 12  # code points before a quotation searched for the language its word is named in


@functools.lru_cache(maxsize=1)
def _language_named() -> re.Pattern:
    """A Chinese language's name (data/chinese_language_names.txt), a particle that says the word after it is its
    (では, で, の) or a colon, and the 「 that opens the word, ending where the word begins."""
    names = alternation("chinese_language_names.txt")
    return re.compile(f"(?:{names})(?:では|で|の|名は|名)?{SPACE}*[:：]?{SPACE}*「$")


def _named_in_chinese(text: str, start: int, end: int) -> bool:
    """All a 「」 holds, right after the name of the language it is written in (`中国語では「星河广场」、ポルトガル語で
    Largo…といい`: a guide giving a place's names in the languages of its signs): the place's name in Chinese, given on
    purpose; the text's other uses of it (a heading's `星河広場 星河广场` above) are that name too. A word quoted with no
    language named before it (`「星河广场」に着いた`) is still a leftover."""
    return text[end:end + 1] == "」" \
        and _language_named().search(text, max(0, start - LANGUAGE_NAMED_REACH), start) is not None


def _given_reading(text: str, start: int, end: int) -> bool:
    """The word text[start:end] is followed by its pinyin, a space between or none (茶壶 cháhú, 茶壶cháhú:急須; one
    character and its syllable with a tone mark or number: 妈 ma1, a lesson's tones), or in the next cell of a table
    row whose cells stand on lines of their own (`课 |` / `kè |` / `(名) 課 |`: a lesson's new words, the row
    flattened one cell a line), or by its reading in zhuyin, a letter or more for each character (`银联卡ㄧㄣˊㄌㄧㄢˊ
    ㄎㄚˇ`: a learner's page reading the word in Taiwan's phonetic script)."""
    zhuyin = ZHUYIN_AFTER.match(text, end)
    if zhuyin is not None and len(zhuyin.group(1)) >= end - start:
        return True
    cell = CELL_ON_ITS_LINE.match(text, end)
    reading = PINYIN_AFTER.match(text, cell.end() if cell is not None else end)
    return reading is not None and reads_aloud(reading.group(1), text[start:end], least=1)  # 妈 mā: one will do


def _reads_a_word(doc) -> bool:
    """Some word of two kanji or more in the document is followed by its pinyin with tone marks (`旅游 lǚ yóu`): the
    text gives Chinese its pinyin, a lesson, also where the word read is no leftover of its own (a Japanese one too).
    Once a document (its memo), whichever window of paragraphs asks first."""
    if "garble.reads_a_word" not in doc.memo:
        text = doc.text
        doc.memo["garble.reads_a_word"] = TONE_VOWEL.search(text) is not None and any(
            reading is not None and reads_aloud(reading.group(1), m.group(), least=2)
            for m in KANJI_RUN.finditer(text)
            for reading in [PINYIN_AFTER.match(text, m.end()) if m.end() - m.start() >= 2 else None])
    return doc.memo["garble.reads_a_word"]


QUOTED_PINYIN = re.compile(f"」(?:には|とは|は|の){PINYIN_AFTER.pattern}")  # 「还」にはhai2: after a quoted word


def _quoted_with_reading(text: str, start: int, end: int) -> bool:
    """The word text[start:end] is all a 「」 holds, and its reading in pinyin follows the closer and a particle
    (`「还」にはhai2とhuan2という…`: a lesson naming a character's readings), a syllable a character at least."""
    reading = QUOTED_PINYIN.match(text, end) if text[start - 1:start] == "「" else None
    return reading is not None and reads_aloud(reading.group(1), text[start:end], least=1)


CHARACTER_LIST = 5  # single characters, at least, that a line lists parted by spaces (了 还 便 重 长)


def _character_list(text: str, start: int, end: int) -> bool:
    """The run is one character, and its line holds only single characters parted by spaces, CHARACTER_LIST or more
    (`了 还 便 重 长 觉 和`: a lesson listing the characters it talks about, as no sentence is written)."""
    if end - start != 1:
        return False
    items = text[slice(*line_bounds(text, start, end))].split()
    return len(items) >= CHARACTER_LIST and all(len(item) == 1 and is_kanji(item) for item in items)


def _longest_term(text: str, start: int, end: int) -> int:
    """The longest run a gloss after it explains: MAX_TERM, or MAX_QUOTED_TERM for a run all a 「」 or 『』 holds (a
    game's or a book's title as published, its Japanese title in the parenthesis after it)."""
    return MAX_QUOTED_TERM if _quoted_whole(text, Span(start, end)) else MAX_TERM


MAX_QUOTED_TITLE = 40  # characters of a title in parts (「…、…―…」) that its translation in parentheses explains


def _glossed_title(text: str, start: int, end: int) -> bool:
    """text[start:end] is a part of a title all a 「」 or 『』 on its line holds, in parts that punctuation parts (a
    paper's title, `「城市债务、区域差异与增长―基于…的验证」`), with no kana and up to MAX_QUOTED_TITLE characters, and the
    title's translation into Japanese in the parentheses after its closer, one space between at most: a Chinese work
    cited with its Japanese title, as ``explains`` lets through a title of one part."""
    line_start, line_end = line_bounds(text, start, end)
    opener = max(text.rfind("「", line_start, start), text.rfind("『", line_start, start))
    if opener < 0:
        return False
    closer = text.find(QUOTE_PAIRS[text[opener]], end, line_end)
    title = text[opener + 1:closer]
    if closer < 0 or len(title) > MAX_QUOTED_TITLE or KANA_CHAR.search(title) or any(c in title for c in "「『」』"):
        return False
    after = closer + 1 + (text[closer + 1:closer + 2] in SPACES and text[closer + 1:closer + 2] != "")
    gloss = EXPLAINED.match(text, after)
    return gloss is not None and not _foreign(gloss.group(1)) and KANA_IN_GLOSS.search(gloss.group(1)) is not None


@functools.lru_cache(maxsize=1)
def _translation_label() -> re.Pattern:
    labels = alternation("translation_labels.txt")
    return re.compile(rf"[A-Za-z0-9]{{0,{MAX_NAME_TAIL}}}[(（](?:{labels})"
                      rf"{SPACE}*[:：]{SPACE}*[^()（）\s]")


def _labelled_translation(text: str, start: int, end: int) -> bool:
    """The parentheses right after text[start:end] (after a Latin or digit tail of the same name at most: an app's
    `星河MT`) open with a label saying they translate it and a colon (`(訳:星の川MT)`, data/translation_labels.txt):
    the words are quoted in Chinese on purpose, their translation given, with or without kana in it."""
    return _translation_label().match(text, end) is not None


def _beside_own_form(text: str, start: int, end: int) -> bool:
    """The parentheses right after the Chinese word text[start:end] hold its Japanese form alone (`星河桥(星河橋)`): a
    name given in the place's forms and in Japan's on purpose, which a leftover of a translation never is."""
    from ...glossary.forms import japanese_form  # noqa: PLC0415

    gloss = EXPLAINED.match(text, end)
    return gloss is not None and gloss.group(1).strip(SPACES) == japanese_form(text[start:end]) != text[start:end]


def _quoted_whole(text: str, span: Span) -> bool:
    """The run is all a 「」 or 『』 holds (its own end mark aside: 「你好吗?」)."""
    close = span.end + len(PHRASE_MARKS.match(text, span.end).group())
    return text[span.start - 1:span.start] in ("「", "『") and text[close:close + 1] == QUOTE_PAIRS[text[span.start - 1]]


def _cited_sentence(text: str, span: Span) -> bool:
    """The run lies in a sentence of Chinese all a `“”` on its line holds, its own end mark inside the closer, no kana
    in it (pinyin may stand in it: a blank's reading), and no と or って after it (speech reported): a lesson's or a
    quiz's example sentence, riddle or saying cited as such (`問2 “白天关着门,…。” が表すものは`)."""
    line_start, line_end = line_bounds(text, span.start, span.end)
    opener = text.rfind("“", line_start, span.start)
    closer = text.find("”", span.end, line_end)
    if opener < 0 or closer < 0 or "”" in text[opener:span.start] or "“" in text[span.end:closer]:
        return False
    quote = text[opener + 1:closer].rstrip(SPACES)
    return quote[-1:] in PHRASE_END and not KANA_CHAR.search(quote) and not text.startswith(("と", "って"), closer + 1)


def _read_in_katakana(text: str, start: int, end: int) -> bool:
    """The word text[start:end] is followed by katakana that transliterate its Mandarin reading, right after it or its
    closing quote, alone or in square brackets (谢谢[シェシェ], 「您好」ニンハオ: a phrase book gives how it sounds)."""
    quoted = text[start - 1:start] in QUOTE_PAIRS and text[end:end + 1] == QUOTE_PAIRS[text[start - 1]]
    after = KATAKANA_AFTER.match(text, end + quoted)
    return after is not None and reads_in_mandarin(after.group(1), text[start:end])


def _katakana_cell_before(text: str, start: int, end: int) -> bool:
    """The cell before the word text[start:end] in a table's row is katakana that transliterate its Mandarin reading,
    the word perhaps with its place's suffix, only spaces, tabs or bars between, on a line with no hiragana (`ハルビン
    哈尔滨市 1949`: a table of capitals giving each in Japanese and in Chinese)."""
    from ...phonetics.tables import place_suffixes  # noqa: PLC0415

    k = start
    while k > 0 and text[k - 1] in CELL_FILLER:
        k -= 1
    cell = k
    while cell > 0 and is_katakana(text[cell - 1]):
        cell -= 1
    if k == start or cell == k or (cell > 0 and text[cell - 1] not in CELL_FILLER + "\n"):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if any(map(is_hiragana, text[line_start:len(text) if line_end < 0 else line_end])):
        return False
    word = text[start:end]
    stem = next((word[:-len(s)] for s in place_suffixes() if word.endswith(s) and len(word) > len(s)), word)
    return reads_in_mandarin(text[cell:k], stem)


def _converted(text: str, end: int) -> str:
    """The kanji run an arrow after ``end`` leads to (林志强→林志強), if it holds no simplified-only character."""
    arrow = CONVERTED_TO.match(text, end)
    if arrow is None:
        return ""
    run = RUN.match(text, arrow.end())
    return run.group() if run and not _foreign(run.group()) else ""


JAPANESE_WRITTEN_MIN = 2  # characters of a run, at least, in forms simplified Chinese never writes


@functools.lru_cache(maxsize=4096)
def _written_in_japanese(run: str) -> bool:
    """A word in Japanese (or traditional) character forms with one character Japanese lacks a form of: in each word
    of the run (as jieba splits it) that holds a simplified-only character, at least two characters are forms
    simplified Chinese never writes (鮮, 湯: it writes 鲜, 汤), and they outnumber the simplified-only ones (a dish's
    name in a Japanese text, 腌鮮湯). A run copied from Chinese is simplified throughout; a name in simplified
    characters before a Japanese title (郑国强館長: 郑国强 / 館長) or a word half converted (经済) is still reported."""
    from ...glossary.forms import convert  # noqa: PLC0415
    from .traditional_character import japanese_only_forms  # noqa: PLC0415

    def written(text: str) -> int:
        return sum(c in japanese_only_forms() or convert(c, "t2s") != c
                   for c in text if is_kanji(c) and not is_simplified_only(c))

    # each word holding a simplified-only character needs more such forms than it has of those and at least two;
    # jieba's words split the run, so summed over those words the whole run needs more such forms than it has
    # simplified-only characters, and at least two: a run short of that is decided without segmenting it
    total = written(run)
    if total < JAPANESE_WRITTEN_MIN or total <= len(_foreign(run)):
        return False
    for word in _hanzi.words(run):
        foreign = _foreign(word)
        if foreign:
            forms = written(word)
            if forms < JAPANESE_WRITTEN_MIN or forms <= len(foreign):
                return False
    return True


def _quoted_name(text: str, start: int, end: int) -> bool:
    """All a 「…」 or 『…』 holds, and either followed by an honorific (「开心妈妈的厨房」さん: a user's handle) or by と
    and a word saying it is copied as printed (『星河贸易商行』と記載がある: a listing's seller, data/verbatim_verbs.txt),
    or written with a Japanese-only character form (「兰陵王伝」: a title in Japanese glyphs, 伝 not 传 or 傳)."""
    from .traditional_character import japanese_only_forms  # noqa: PLC0415

    if text[start - 1:start] not in ("「", "『") or text[end:end + 1] != {"「": "」", "『": "』"}[text[start - 1]]:
        return False
    return text.startswith(HONORIFICS, end + 1) or text.startswith(verbatim_marks(), end + 1) \
        or any(c in japanese_only_forms() for c in text[start:end])


# a quotation that holds a title in Chinese title marks, no kana in them (「关于《星河传》的研究」): the title of a
# Chinese publication cited as published, Aozora's ruby in 《》 being kana
CITED_TITLE = re.compile(rf"「[^「」\n]*《[^《》\n{KANA_BLOCKS_RANGE}]+》[^「」\n]*」")


IMPRINT_YEAR = re.compile(rf"{SPACE}+[12][0-9]{{3}}(?![0-9])")  # the year of publication after the publisher


@functools.lru_cache(maxsize=1)
def _author_credit() -> re.Pattern:
    words = alternation("author_credits.txt")
    return re.compile(rf"[{KANJI_RANGE}](?:{words}){SPACE}+$")


def _imprint(text: str, start: int, end: int) -> bool:
    """The run text[start:end] stands in parentheses right after a title in 『』 on its line, after an author's or an
    editor's credit and a space (data/author_credits.txt: `主編`, `著`) and before a space and a year: a book's
    publisher in its citation (`『星河目録』(星河大学主編 星河书局 1985)`), named as its imprint prints it."""
    lo, _ = line_bounds(text, start, end)
    o = max(text.rfind("(", lo, start), text.rfind("（", lo, start))
    return o > lo and text[o - 1] == "』" and not any(c in text[o + 1:start] for c in ")）") \
        and _author_credit().search(text, o + 1, start) is not None and IMPRINT_YEAR.match(text, end) is not None


def _cited_from_verse(doc, run: str) -> bool:
    """Every character of ``run`` stands in a line of a poem the text quotes in the original, spaced one kanji a cell
    (``spaced_verse_lines``: `月 落 江 村 挂 白 帆` among lines of seven): the poem's own character, in it or in its
    reading and notes (`白帆を挂く`), which cite it. A line of kanji alone, unspaced, may be a heading left in Chinese
    (a column's name atop and at the foot of an article): no poem."""
    if "garble.verse_characters" not in doc.memo:
        doc.memo["garble.verse_characters"] = frozenset().union(
            *(doc.text[s.start:s.end] for s in spaced_verse_lines(doc)))
    return bool(run) and doc.memo["garble.verse_characters"].issuperset(run)


def _cited_title(text: str, start: int, end: int) -> bool:
    """The run text[start:end] lies in a quotation that holds a title in Chinese title marks (``CITED_TITLE``), or
    ends right before one, its author's name (星河「关于《星河传》的研究」による: a Chinese source credited)."""
    for m in CITED_TITLE.finditer(text, *line_bounds(text, start, end)):
        if m.start() < start and end < m.end() or m.start() == end:
            return True
    return False


def explains(text: str, start: int, end: int, *, kana: bool = True) -> bool:
    """True when the word text[start:end] is followed by its meaning or reading in parentheses, in Japanese
    (书包（かばん）, 絲餅（糸のように細い餅）; with ``kana`` False also in Latin: 衬衫（chenshan、シャツ)), not by
    another script's form (鄧小平（邓小平）). Its first character starts a word."""
    if end - start > _longest_term(text, start, end) or (start and is_kanji(text[start - 1])):
        return False
    if text[start - 1:start] in QUOTE_PAIRS:
        close = end + len(PHRASE_MARKS.match(text, end).group())  # the quoted phrase's own end mark: 「你好吗?」
        if text[close:close + 1] == QUOTE_PAIRS[text[start - 1]]:
            end = close + 1  # the word quoted, then its gloss: 「书包」（かばん）, a sign's words and their meaning
            end += text[end:end + 1] in SPACES  # one space before it: 「你好吗?」 (Nǐ hǎo ma?)
    gloss = EXPLAINED.match(text, end)
    if gloss is None and after_phrase(text, end + 1):  # a phrase book's 谢谢.(シエシエ): the phrase's mark, its reading
        gloss = EXPLAINED.match(text, end + 1)  # a reading (no kanji), or a meaning in Japanese: 长城!(万里の長城)
        return gloss is not None and not _foreign(gloss.group(1)) \
            and (not any(map(is_kanji, gloss.group(1))) or KANA_IN_GLOSS.search(gloss.group(1)) is not None)
    return gloss is not None and not _foreign(gloss.group(1)) \
        and (not kana or KANA_IN_GLOSS.search(gloss.group(1)) is not None)


@functools.lru_cache(maxsize=1)
def _signboards() -> tuple[str, ...]:
    """という and a noun of a shop, an eatery or a lodging (という店, というレストラン): data/signboard_nouns.txt."""
    return tuple("という" + word for word in word_list("signboard_nouns.txt"))


def _chinese_word(text: str, start: int, end: int) -> str:
    """The characters Japanese does not use (``_hanzi.is_chinese_only``: 奶 of 奶渣) of text[start:end] when it is a
    word of two kanji alone in a Japanese sentence, or of three kanji all but one of them such characters (乒乓球),
    before a hiragana (奶渣は, 晾晒と, 乒乓球を), not quoted whole (「奶渣」: a word talked about), not before a
    person's title or ending with a place's or an organisation's word (…さん, …駅: a name); else ''. (A longer run of
    such characters is a name or a brand as often: 拼多多.)"""
    run = text[start:end]
    if len(run) not in (CHINESE_WORD, CHINESE_WORD + 1) or not all(map(is_kanji, run)) \
            or not is_hiragana(text[end:end + 1] or "a") or text[start - 1:start] in QUOTE_PAIRS:
        return ""
    if _named(text, start, end):
        return ""
    chinese = "".join(c for c in run if _hanzi.is_chinese_only(c))
    return chinese if len(run) == CHINESE_WORD or len(chinese) >= len(run) - 1 else ""


def chinese_form_word(text: str, start: int, end: int) -> str:
    """The characters of text[start:end] that simplified and traditional Chinese both write and Japanese writes
    otherwise (``_hanzi.is_chinese_form``: 收 of 收成) when it has the shape of ``_chinese_word`` (two kanji, or three,
    alone before a hiragana, not quoted whole, no name) and is a Chinese word (jieba's) that neither as written nor in
    its Japanese forms is a word of SudachiPy's dictionary (収成 is none; 黑板 is 黒板, a Japanese word in old forms,
    GRB013's); else ''. Such a form is no sign of a conversion to traditional characters: the word is Chinese left
    untranslated."""
    from ...mentions.features import is_dictionary_word  # noqa: PLC0415
    from .traditional_character import to_japanese  # noqa: PLC0415

    run = text[start:end]
    if len(run) not in (CHINESE_WORD, CHINESE_WORD + 1) or not all(map(is_kanji, run)) \
            or not is_hiragana(text[end:end + 1] or "a") or text[start - 1:start] in QUOTE_PAIRS \
            or _named(text, start, end):
        return ""
    forms = "".join(c for c in run if _hanzi.is_chinese_form(c))
    if not forms or not _hanzi.is_word(run) or is_dictionary_word(run) or is_dictionary_word(to_japanese(run)):
        return ""
    return forms


@functools.lru_cache(maxsize=1)
def _agent_endings() -> frozenset[str]:
    return frozenset(word_list("chinese_agent_endings.txt"))


def _agent_noun(text: str, start: int, end: int) -> bool:
    """text[start:end] has the shape of a Chinese agent noun alone in a Japanese sentence: three kanji, the last an
    agent's ending (采茶人: data/chinese_agent_endings.txt), before a hiragana, not quoted whole (a word talked
    about), not before a person's title (a name: 王立人さん)."""
    run = text[start:end]
    if len(run) != AGENT_NOUN or not all(map(is_kanji, run)) or run[-1] not in _agent_endings() \
            or not is_hiragana(text[end:end + 1] or "a") or text[start - 1:start] in QUOTE_PAIRS:
        return False
    return not text.startswith(name_context().get(EntityType.PERSON, ()), end)


@functools.lru_cache(maxsize=1)
def _chinese_words() -> frozenset[str]:
    return frozenset(line.split("\t")[0] for line in word_list("chinese_words.txt"))


def _listed_word_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of ``text`` that is one word of data/chinese_words.txt alone before a hiragana
    (続く洗衣机で): no character of the word is evidence of Chinese, so ``_evident_runs`` does not find it."""
    words = _chinese_words()
    return [m.span() for m in LISTED_WORD_RUN.finditer(text) if m.group() in words]


def _quoted_sentence_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of Chinese in characters Japanese uses too, quoted as someone's speech
    (``_quoted_sentence``, ``_quoted_saying``): no character of it is evidence of Chinese, so ``_evident_runs`` does
    not find it."""
    if "」" not in text:
        return []
    out = [m.span() for m in QUOTED_SENTENCE_RUN.finditer(text) if _quoted_sentence(text, *m.span())] \
        if SAID in text else []
    return out + [m.span() for m in QUOTED_SAYING_RUN.finditer(text)
                  if m.span() not in out and _quoted_saying(text, *m.span())]


def _quoted_sentence(text: str, start: int, end: int) -> bool:
    """text[start:end] is all a 「」 holds, ``QUOTED_SENTENCE`` kanji or more with no kana, holding
    ``QUOTED_GRAMMAR`` different characters of Chinese grammar or more (的, 是, 了: data/chinese_grammar_chars.txt),
    and a verb of speech follows the quote (「一年中最忙的時候是…」と語った: data/speech_verbs.txt), right after its と
    or later in its clause after a particle (``_said_later``: 「…」と、その理由を説明した): a person's words left in
    Chinese. A title, a slogan or a four-character phrase holds no such grammar (「日中友好大学訪中団」); a
    lesson's sentence given with its reading or translation is let through by the checks after it, and a quote with
    two different particles of classical Chinese (data/classical_particles.txt) is a classical text quoted as such."""
    if text[start - 1:start] != "「" or not text.startswith(SAID, end) or end - start < QUOTED_SENTENCE:
        return False
    quote = text[start:end]
    if len(word_set(GRAMMAR_CHARS) & set(quote)) < QUOTED_GRAMMAR or classical_particles_in(quote):
        return False  # no Chinese grammar, or classical Chinese quoted as such (「知之為知之…是知也」: 之, 也)
    return text.startswith(_speech_verbs(), end + len(SAID)) or _said_later(text, end)


def _said_later(text: str, end: int) -> bool:
    """The quotation closing at ``end`` is followed by と、 and, later in its clause, a verb of speech after a particle
    (「…」と、天日干しの理由を説明した; data/speech_verbs.txt): the quotation is what the verb says."""
    then = SAID_THEN.match(text, end)
    if then is None:
        return False
    clause = then.group()
    verbs = _speech_verbs()
    return any(is_hiragana(clause[i - 1]) and clause.startswith(verbs, i) for i in range(len("」と、") + 1, len(clause)))


def _quoted_saying(text: str, start: int, end: int) -> bool:
    """text[start:end] is all a 「」 holds, ``QUOTED_SAYING`` kanji or more with no kana (fewer than a sentence
    needs: the one-kanji words the caller asks for are the evidence a short saying lacks in length), holding
    ``QUOTED_GRAMMAR`` different characters of a Chinese clause or more (data/chinese_grammar_chars.txt, and
    data/chinese_clause_chars.txt: 不, 有, 才, which Japanese compounds hold too), no classical particles, and said: its speaker named between its と and a
    verb of speech (「…」と、星川さんは笑う; data/speech_verbs.txt) or the verb right after its と (「…」と繰り返す), or standing as a sentence of its own, the quotation
    opening its sentence and 。 right after it (「…」。星川さんはそう教えてきた): a saying left in Chinese. The caller
    also asks that SudachiPy read it partly as one-kanji words (``_read_as_single_kanji``): a Japanese phrase of
    compounds and four-character idioms (「有言実行、不撓不屈」) is read whole."""
    if text[start - 1:start] != "「" or text[end:end + 1] != "」" or end - start < QUOTED_SAYING:
        return False
    quote = text[start:end]
    if len((word_set(GRAMMAR_CHARS) | word_set(CLAUSE_CHARS)) & set(quote)) < QUOTED_GRAMMAR or classical_particles_in(quote):
        return False
    said = SAID_BY.match(text, end)
    if said is not None and text.startswith(_speech_verbs(), said.end()):
        return True
    if text.startswith(SAID, end) and text.startswith(_speech_verbs(), end + len(SAID)):
        return True  # 「…」と繰り返す: the verb of speech right after its と
    before = text[:start - 1].rstrip(SPACES)
    return text[end + 1:end + 2] == "。" and (not before or before[-1] in f"\n{SENTENCE_ENDS}」")


def _read_as_single_kanji(toks) -> bool:
    """SudachiPy reads ``SAYING_SINGLE_KANJI`` of the tokens or more as words of one kanji that are no numeral, or as
    words its dictionary does not know (戴|上|面具|就是: a Chinese clause's verbs and particles), as it reads no
    Japanese compound (自力|更生)."""
    return sum(t.oov or (len(t.surface) == 1 and is_kanji(t.surface) and not numeral(t.pos))
               for t in toks) >= SAYING_SINGLE_KANJI


GRAMMAR_CHARS = "chinese_grammar_chars.txt"  # characters of Chinese grammar (的, 是, 了)
CLAUSE_CHARS = "chinese_clause_chars.txt"  # characters of a Chinese clause that Japanese compounds hold too (不, 有)


@functools.lru_cache(maxsize=1)
def _speech_verbs() -> tuple[str, ...]:
    """Verbs of speech after a quotation's と (data/speech_verbs.txt: 語, 話, 述)."""
    return tuple(word_list("speech_verbs.txt"))


def _listed_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is a Chinese word of data/chinese_words.txt (three kanji Japanese uses, the word it does not
    write: 洗衣机, 根据地) alone before a hiragana in a Japanese sentence, not quoted whole (a word talked about), not
    before a person's title, not ending with a place's or an organisation's word (a name)."""
    run = text[start:end]
    if run not in _chinese_words() or not is_hiragana(text[end:end + 1] or "a") or text[start - 1:start] in QUOTE_PAIRS:
        return False
    return not _named(text, start, end)


def _named(text: str, start: int, end: int) -> bool:
    """text[start:end] is a name: before a person's title (…さん, …氏) or ending with a place's or an organisation's
    word (…駅, …市)."""
    names = name_context()
    return text.startswith(names.get(EntityType.PERSON, ()), end) \
        or text[start:end].endswith((*names.get(EntityType.PLACE, ()), *names.get(EntityType.ORG, ())))


# a vehicle registration's prefix: one character of the province's short name and one Latin capital (a plate's
# letters are capitals; a lower-case letter after the capital begins a word: 星Apple is no plate)
PLATE_CODE = re.compile(rf"[A-Z{FULL_WIDTH_CAPITAL_RANGE}](?![a-z{FULL_WIDTH_SMALL_RANGE}])")


def _plate_code(text: str, start: int, end: int) -> bool:
    """True when the run text[start:end] is one character with a Latin capital right after it (苏E, and 苏E苏U run
    together: an infobox's licence-plate row): a registration prefix as the plates write it, not a word left."""
    return end - start == 1 and PLATE_CODE.match(text, end) is not None


@functools.lru_cache(maxsize=1)
def _source_label() -> re.Pattern:
    """A source's credit up to the run: a label of data/source_labels.txt at the line's start or after a bracket or a
    space, its colon, the issuer (no space in it) and one space or more, ending where the run begins."""
    labels = alternation("source_labels.txt")
    return re.compile(rf"(?m)(?:^|(?<=[\s(（【\[]))(?:{labels}){SPACE}*[:：]{SPACE}*(?P<issuer>[^\s:：]+){SPACE}+$")


SOURCE_CLOSE = ")）】]"  # what ends a source's credit set in brackets, after the document's title


def _source_title(text: str, start: int, end: int) -> bool:
    """True when the run text[start:end] follows a source's label, its colon and the issuer written in Japanese (no
    simplified-only character) and a space, and ends its line or the bracket the credit stands in
    (`（出所：星河省統計局 2019年星河统计公报）`): the issuer translated and the document cited by its title as it was
    published, as reports credit a table's source. A run right after the label (`出典：星河网`) is still left."""
    lo, hi = line_bounds(text, start, end)
    m = _source_label().search(text, lo, start)
    if m is None or _foreign(m.group("issuer")):
        return False
    return not text[end:hi].strip(SPACES + SOURCE_CLOSE + "。")


def _single_kanji(toks, span: Span) -> bool:
    """SudachiPy reads the span as one-kanji words or words its dictionary does not know, none a numeral or a name,
    the middle kanji no suffix (放|牛|人: Japanese knows neither 放牛 nor 放牛人; 庄|稼人, 稼人 unknown; 数|百|人 counts,
    王|立|人 is a name, 苗|族|人 is a person of the 苗族)."""
    return bool(toks) and toks[0].span.start == span.start and toks[-1].span.end == span.end \
        and any(t.span.end - t.span.start == 1 for t in toks) \
        and not any(t.span.start == span.start + 1 and suffix(t.pos) for t in toks) and all(
            (t.span.end - t.span.start == 1 or t.oov) and not numeral(t.pos) and not proper_noun(t.pos) for t in toks)



class Characters:
    """The characters of a text that pass ``test``, each distinct character tested once in the process (a
    character's answer never changes; at most every code point is kept)."""

    def __init__(self, test) -> None:
        self.test, self.tested, self.passed = test, set(), set()

    def of(self, chars: set[str]) -> set[str]:
        """Those of the distinct characters ``chars`` (a text's) that pass."""
        new = chars - self.tested
        if new:
            self.passed.update(c for c in new if self.test(c))
            self.tested.update(new)
        return chars & self.passed


# the characters that show a run is Chinese: the simplified-only characters that a run can hold, those Japanese does
# not use (奶, 晾) and the forms both Chinese scripts write (收, 黑); one test a character, as one set is all ``check``
# asks of them
_evidence_chars = Characters(lambda c: (RUN_CHAR.match(c) and is_simplified_only(c)) or _hanzi.is_chinese_only(c)
                             or _hanzi.is_chinese_form(c)).of


QUOTED_TERM = 10  # characters of a quoted Japanese term whose Chinese original a parenthesis after it gives
# those of one all in katakana, a name rendered as a loanword, which runs longer for the same words
# (「プロジェクトディープブルー」(蔚蓝计划): a campaign's name and its original)
QUOTED_KATAKANA_TERM = 20
KATAKANA_TERM = re.compile(f"[{KATAKANA_RANGE}]+")


def _original_of_quoted_term(text: str, span) -> bool:
    """True when the run is all a parenthesis holds right after a quoted term in Japanese (`「暫定規定」(暂行规定)`, a
    page on Chinese law naming each kind of rule and then its Chinese name): the term's original, as a gloss gives
    it after an unquoted word (`民法総則(民法总则)`). The quotation is a term of kanji and kana, not a sentence: up to
    QUOTED_TERM characters, or QUOTED_KATAKANA_TERM all in katakana (`「プロジェクトディープブルー」(蔚蓝计划)`)."""
    o = span.start - 1
    if o < 2 or text[o] not in PARENS or text[span.end:span.end + 1] != PARENS[text[o]] or text[o - 1] not in TITLE_CLOSE:
        return False
    opener = {close: open_ for open_, close in QUOTE_PAIRS.items()}[text[o - 1]]
    q = text.rfind(opener, max(0, o - 2 - QUOTED_KATAKANA_TERM), o - 1)
    term = text[q + 1:o - 1]
    if q < 0 or not term or (len(term) > QUOTED_TERM and not KATAKANA_TERM.fullmatch(term)):
        return False
    return all(is_kanji(c) or KANA_CHAR.fullmatch(c) for c in term)


RESTATED_WITHIN = 80  # characters of the parenthesis after a run in which its labelled original may stand


def _restated_under_label(text: str, span) -> bool:
    """True when the run (or its closing quote) is followed by a parenthesis, on its line, that gives the same run
    again after a form label and its colon (`『二哈和他的白猫师尊』(にはとかれの…、中国語: 二哈和他的白猫师尊)`: an
    encyclopedia's lead naming a work by its original title, its reading and its language): the run cited as that
    original, as the label's own form is."""
    from ...labels import form_labels  # noqa: PLC0415
    run, at = text[span.start:span.end], span.end
    if text[at:at + 1] in TITLE_CLOSE:
        at += 1
    if text[at:at + 1] not in PARENS:
        return False
    close = text.find(PARENS[text[at]], at + 1, at + 1 + RESTATED_WITHIN)
    inner = text[at + 1:close] if close >= 0 else ""
    return "\n" not in inner and any(
        re.search(f"{re.escape(label)}{SPACE}*[:：]{SPACE}*{re.escape(run)}", inner) for label in form_labels()
        if label in inner)


CREDIT_MARKS = "・/／:："  # what parts a credit's label from the name it gives (撮影・涂明, 記者/星河)
SURNAME_NAME = (2, 3)  # kanji of a name that begins with a surname of data/surname_chars.txt


def _surname_of_its_own(text: str, start: int, end: int) -> bool:
    """The run is a person's name of two or three kanji that begins with a character traditional Chinese keeps as a
    surname of its own (涂, not 塗: data/surname_chars.txt), its other characters no simplified form, in a person's
    context: after a credit's label and its mark (`（撮影・涂明）`: data/credit_labels.txt) or before a word that
    follows a person's name (`涂明さん`, `涂明記者`). So is such a surname with a word that follows a person's name in
    kanji right after it, in the run (`涂先生`), or standing alone, a space then a given name of one or two kanji after
    it, as a list of players spaces a name (`古琴 涂 明`)."""
    run = text[start:end]
    if run[:1] not in word_list("surname_chars.txt") or not all(map(is_kanji, run)):
        return False
    if run[1:] in name_context()["person"] or (len(run) == 1 and _spaced_given_name(text, start, end)):
        return True
    if len(run) not in SURNAME_NAME or _foreign(run[1:]):
        return False
    mark = text[start - 1:start]
    credited = mark != "" and mark in CREDIT_MARKS and text[:start - 1].endswith(word_list("credit_labels.txt"))
    return credited or text.startswith(name_context()["person"], end)


@functools.lru_cache(maxsize=None)
def _relative_after() -> re.Pattern:
    """What tells a name before it is a person's: の and a relative (周愿の娘; 周愿の七女, a numbered son or daughter)."""
    relatives = alternation("kinship_words.txt")
    return re.compile(rf"の(?:{relatives}|[{DIGIT_RANGE}一二三四五六七八九十]+[男女])")


def _given_name_of_its_own(text: str, start: int, end: int) -> bool:
    """The run ends with a person's name of two or three kanji, a surname (phonetics/data/surnames.tsv) and a given
    name whose simplified-only characters are all characters traditional Chinese keeps of their own
    (data/given_name_chars_of_their_own.txt: 愿 of 周愿, not 願), the run's only such characters, before a word that
    follows a person's name (`周愿さん`) or before の and a relative (`役人周愿の七女`, `周愿の娘`: data/kinship_words.txt)."""
    from ...phonetics.tables import surnames  # noqa: PLC0415

    run = text[start:end]
    own = word_set("given_name_chars_of_their_own.txt")
    if not (text.startswith(name_context()["person"], end) or _relative_after().match(text, end)):
        return False
    return any(len(run) >= k and run[-k] in surnames() and all(map(is_kanji, run[-k:]))
               and _foreign(run[-k + 1:]) and set(_foreign(run[-k + 1:])) <= own and _foreign(run) == _foreign(run[-k + 1:])
               for k in SURNAME_NAME)


SPACED_GIVEN_NAME = LazyPattern(f"{SPACE}[{KANJI_RANGE}]{{1,2}}(?=$|[{SPACES}、。,，])", re.M)


def _spaced_given_name(text: str, start: int, end: int) -> bool:
    """At the line's start or after a space, a space, then a given name of one or two kanji with no simplified form,
    then the line's end, a space or a comma (`涂 明`): the rest of a name a list spaces between its family and given
    names."""
    m = SPACED_GIVEN_NAME.match(text, end)
    return m is not None and not _foreign(m.group()) and text[start - 1:start] in ("", "\n", *SPACES)


MIN_ORIGINAL = 3  # kanji at least of a parenthesised original its text writes in Japanese forms elsewhere


def _original_of_written_name(text: str, span) -> bool:
    """True when the run is all a parenthesis holds, three kanji or more, and the text writes the same name in
    traditional or Japanese forms elsewhere (`Museum of Ethnic Costume (星河县民族博物馆)` under a
    heading `星河県民族博物館`): the name's original, given beside another rendering of it (an English one, after a space),
    as a gloss gives it right after the name."""
    from ...glossary.forms import convert, japanese_form  # noqa: PLC0415

    o = span.start - 1
    if o < 0 or text[o] not in PARENS or text[span.end:span.end + 1] != PARENS[text[o]] \
            or span.end - span.start < MIN_ORIGINAL:
        return False
    run = text[span.start:span.end]
    forms = {convert(run, "s2t"), japanese_form(run)} - {run}
    return any(0 <= text.find(f) < o or text.find(f, span.end) >= 0 for f in forms)


@functools.lru_cache(maxsize=1)
def _language_mark() -> re.Pattern:
    """An item of a gloss opened by a one-character mark of a language and a colon, right after a bracket or a comma
    (`、中: `: data/gloss_language_marks.txt), up to where the item's form begins."""
    marks = "".join(word_list("gloss_language_marks.txt"))
    return re.compile(f"[（(、,，]{SPACE}*[{marks}][:：]{SPACE}*$")


MARK_REACH = 6  # code points before a form searched for its item's language mark


def _marked_original(text: str, span) -> bool:
    """The run is a whole item of a gloss that a language's mark and a colon open (`『星河』(せいが、中: 星河传)`:
    Wikipedia's gloss giving the title in its original language): the original, given on purpose."""
    return text[span.end:span.end + 1] in GLOSS_ITEM_END \
        and _language_mark().search(text, max(0, span.start - MARK_REACH), span.start) is not None


# a gloss of the gloss, closing right before the outer closer: 地下鉄(城市轨道交通(城轨)), the original and its short form
NESTED_GLOSS = re.compile(r"[(（][^()（）\n]{1,20}[)）](?=[)）])")


# a colon after a bracket's first item, then its rendering up to the bracket's close: 料理(星菜汤:ボルシチ)
# (the ratio sign ∶, U+2236, stands for a colon in text typed with a Chinese input method: 汤圆∶tāngyuán)
RENDERED_AFTER_COLON = re.compile(rf"{SPACE}*[:：∶]{SPACE}*([^()（）:：∶\n]{{1,{MAX_TERM * 2}}}?)[)）]")


def _whole_item(text: str, span) -> bool:
    """True when the run is a whole item of its parentheses, not a phrase of the prose inside them; the item may
    carry a gloss of its own that ends right where the outer parentheses do (`地下鉄(城市轨道交通(城轨))`), or, as
    the bracket's first item, its Japanese rendering after a colon, kana in it and no simplified-only character
    (`ロシア料理(星菜汤:ボルシチ)`: the dish's Chinese name, then what Japanese calls it; `(来源:星河网)` is no
    rendering), or its reading in pinyin after the colon (`湯圓(汤圆:tāngyuán)`: the word's simplified form and how
    it is read, given beside its Japanese spelling; ``reads_aloud``: tone-marked syllables reading its characters)."""
    end = span.end
    nested = NESTED_GLOSS.match(text, end)
    if nested is not None:
        end = nested.end()
    if text[span.start - 1:span.start] in "（(":
        rendered = RENDERED_AFTER_COLON.match(text, end)
        if rendered is not None and ((KANA_CHAR.search(rendered.group(1))
                                      and not any(map(is_simplified_only, rendered.group(1))))
                                     or reads_aloud(rendered.group(1).strip(SPACES), text[span.start:span.end])):
            return True
    return text[span.start - 1:span.start] in GLOSS_ITEM_START and text[end:end + 1] in GLOSS_ITEM_END


# a dated entry of a page of notes (a guestbook's `10/15　…`, a comment list's): the date that opens its line
DATED_ENTRY = re.compile(rf"{SPACE}*[{DIGIT_RANGE}]{{1,4}}[/／.][{DIGIT_RANGE}]{{1,2}}(?:[/／.][{DIGIT_RANGE}]{{1,4}})?{SPACE}+")
ENGLISH_ENTRY = re.compile(r"[A-Za-z]+(?:[ ,.!?'’&()-]+[A-Za-z]+){2,}")  # three English words or more: a note in English
HANGUL = re.compile(f"[{HANGUL_RANGE}]")


# a model code of Latin capitals and digits (W968-18, NEO3) glued to a product's name
MODEL_CODE_AFTER = re.compile(r"[A-Z]{1,5}[0-9]{1,5}(?:-[0-9]{1,3})?(?![A-Za-z])")
MODEL_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}[0-9]{0,5}$")
# a row of an infobox or a table as a page's text gives it: a label of a few characters, a space, the value
LABEL_VALUE_ROW = re.compile(rf"{SPACE}*[^\s|｜]{{1,12}}(?:{SPACE}+|{SPACE}*[|｜]{SPACE}*)")


def _product_with_code(text: str, span: Span) -> bool:
    """The run is glued to a model code of Latin capitals and digits, before it (`星河飞W968-18`) or after it
    (`国星NEO3蓝海绵`, the code's digit read into the run), in the value of a row of label and value with no kana in
    the value (`ラケット 星河飞W968-18`): a product named as its maker sells it, in its maker's script."""
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    hi = len(text) if hi < 0 else hi
    row = LABEL_VALUE_ROW.match(text, lo, hi)
    if row is None or row.end() > span.start or KANA_CHAR.search(text, row.end(), hi) is not None:
        return False
    if MODEL_CODE_AFTER.match(text, span.end) is not None:
        return True
    before = MODEL_CODE_BEFORE.search(text, row.end(), span.start)
    return before is not None and (before.group()[-1:].isdigit() or text[span.start:span.start + 1].isdigit())


def _note_in_its_language(doc, start: int) -> bool:
    """The run lies in a dated entry with no kana (`10/15　谢谢老板！（小李）`: a note written in Chinese) on a page
    with another dated entry in neither Japanese nor Chinese (no kana or kanji: English words or Hangul): a
    guestbook's or a comment page's notes, each quoted in the language its writer wrote it in."""
    entries = doc.memo.get("garble.foreign_notes")
    if entries is None:
        chinese, foreign = set(), False
        at = 0
        for line in doc.text.split("\n"):
            m = DATED_ENTRY.match(line)
            if m is not None:
                body = line[m.end():]
                if not KANA_CHAR.search(body):
                    if any(map(is_kanji, body)):
                        chinese.add(at)
                    elif HANGUL.search(body) or ENGLISH_ENTRY.search(body):
                        foreign = True
            at += len(line) + 1
        entries = doc.memo["garble.foreign_notes"] = frozenset(chinese) if foreign else frozenset()
    return bool(entries) and doc.text.rfind("\n", 0, start) + 1 in entries

