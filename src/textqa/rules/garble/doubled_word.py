from __future__ import annotations

import functools
import re

from ...charclass import (CELL_FILLER, DIGIT_RANGE, HASHTAG, HIRAGANA_RANGE, KANJI_RANGE, LIST_BULLET, OPEN_BRACKETS, SENTENCE_ENDS, SPACE, SPACES,
                          is_hiragana, is_kanji, is_katakana, to_katakana)
from ...findings import Severity, Span
from ...glossary.forms import is_simplified_only
from ...tokens import paragraph_columns, paragraph_tokens, part_of_speech, person_name, suffix, tokenize
from ..base import Rule
from ...wordlists import word_list
from ._hanzi import is_chinese_only
from ._text import (CLAUSE_COMMAS, HONORIFICS, KEYWORD_ITEMS, LIST_NUMBER, NUMBERED_START, account_names, line_around,
                    line_bounds, toned_syllable)

# a cheap first sieve: a kana particle, or two to eight characters (not digits), written twice ...
REPEATED_KANA = re.compile(rf"([{HIRAGANA_RANGE}])[、,，\s]{{0,2}}\1")
REPEATED_UNIT = re.compile(r"([^\s\d]{2,8}?)[、,，\s]{0,2}\1")
# ... the unit's first two characters come again within ten: a looser test that is faster to reject with
REPEATED_PAIR = re.compile(r"(?s)([^\s\d]{2})(?=.{0,8}?\1)")

PARTICLES = ("係助詞", "格助詞", "副助詞")
SEPARATORS = ("読点", "空白")
REDUPLICATED_KANA = 3  # longest kana unit read as a reduplication when written twice
STAMMER_SEPARATORS = "、,，…‥ \u3000"
STAMMER_GAP = 3
SENTENCE_LOOKBACK = 8  # code points read back over spaces for what stands before a doubling
HEADING_LENGTH = 16  # longest line read as a heading when it has no sentence mark
TITLE_LENGTH = 48  # longest title line whose last word may open the next line's compound (…新館 台北 / 台北編)
HEADING_NOT = SENTENCE_ENDS + "、，．"  # marks of a sentence, which a heading does not hold
DISTRIBUTIVE = "一"  # 一歩一歩, 一人一人, 一つ一つ: "one by one", a repeat by nature
# what numbers or marks a heading or a list item (①休学, 1. 休学, (1) 休学, ■休学)
HEADING_MARKER = re.compile(rf"^(?:{LIST_NUMBER}|[{LIST_BULLET}]){SPACE}*")


# a verb's ending in kana written twice right before a full stop (染まっていたいた。): the tokenizer reads the pair as
# other words (い|たい|た), so it is found on the text and confirmed on the tokens
# a word's reading in hiragana in parentheses right after its kanji (饒河街夜市(じょうががいよいち)): its morae,
# not words, so a kana doubled at a seam (じょうが|がい) is no particle written twice
READING_GLOSS = re.compile(rf"(?<=[{KANJI_RANGE}])[（(][{HIRAGANA_RANGE}]{{2,}}[）)]")
DOUBLED_ENDING = re.compile(rf"([{HIRAGANA_RANGE}]{{2,4}})\1(?=[。．])")
CONJUNCTIVE_TE = ("て", "で")  # the particle a verb's auxiliary ending follows (染まって|いた)
NAME_RUN = 3  # nouns read back from an honorific for the name it follows (莫|秋雲|さん)


def _repeats(text: str) -> bool:
    return bool(REPEATED_KANA.search(text) or (REPEATED_PAIR.search(text) and REPEATED_UNIT.search(text)))


def _is_separator(tok) -> bool:
    return tok.pos[1] in SEPARATORS or not tok.surface.strip()


@functools.lru_cache(maxsize=None)
def _separator_pos(pos_id: int) -> bool:
    return part_of_speech(pos_id)[1] in SEPARATORS


def _may_double(surfaces: list[str], pos_ids) -> bool:
    """An exact sieve before ``_check_tokens``: False only where it finds nothing. Every finding there pairs
    two equal surfaces at most four tokens apart, with only separators between the two words it compares:
    a word and its double (left, right), two words and their double (left-1 and right, left and right+1),
    a noun and its particle written twice (i and i+2, i+1 and i+3), or a verb and up to three auxiliaries written
    twice (i to i+k-1 and i+k to i+2k-1)."""
    def sep(i: int) -> bool:
        return i < len(surfaces) and (_separator_pos(pos_ids[i]) or not surfaces[i].strip())

    def same(i: int, j: int) -> bool:
        return j < len(surfaces) and surfaces[i] == surfaces[j]

    for k in range(1, 5):
        for i in [i for i, (a, b) in enumerate(zip(surfaces, surfaces[k:])) if a == b]:
            if k == 1 or (k == 2 and (sep(i + 1) or same(i + 1, i + 3))) \
                    or (k == 3 and ((sep(i + 1) and sep(i + 2)) or (sep(i + 2) and same(i + 1, i + 4)))) \
                    or (k == 4 and sep(i + 2) and sep(i + 3) and same(i + 1, i + 5)) \
                    or all(same(i + m, i + k + m) for m in range(1, k)):
                return True
    return False


def _repeated_at(surfaces: list[str]) -> set[int]:
    """The indices of the tokens whose surface comes again within four tokens after them."""
    return {i for k in range(1, 5) for i, (a, b) in enumerate(zip(surfaces, surfaces[k:])) if a == b}


NOMINAL_PARTICLE = "準体助詞"  # の that makes a clause a noun (こういうの, 赤いの): a の after it is the genitive


def _doubles(a, b, separated: bool) -> bool:
    if a.surface != b.surface:
        return False
    if a.pos[1] == NOMINAL_PARTICLE and b.pos[1] == "格助詞" and not separated:
        return False  # こういうのの地の文, 赤いのの方: "the one" and its genitive, not の twice
    if len(a.surface) == 1 and not separated and a.pos[0] in ("助詞", "助動詞") and (
            b.pos[0] == "接続詞" or a.pos[0] == b.pos[0] == "助動詞"
            or (a.pos[0] == b.pos[0] == "助詞" and a.pos[:2] != b.pos[:2])):
        # 途中でで, 静かででにぎやか, 採用したがが: the second read as a conjunction, another particle or the copula again;
        # not an auxiliary and a particle (持ってて, 濡れてて: a spoken ていて)
        return True
    if a.pos[:2] != b.pos[:2]:
        return False
    if a.pos[0] == "助詞":
        return a.pos[1] in PARTICLES and (separated or a.surface not in word_list("reduplicated_particles.txt"))
    # a repeated noun only counts across a space (読点 lists such as 「はい、はい」 are dialogue); a noun that serves
    # as an adverb (a time or a quantity: 毎日, 毎朝, 全部) written twice is emphasis, 毎日毎日; a symbol that SudachiPy
    # reads as a noun (a footnote's back-link ↩︎, the arrow and its variation selector) is a mark, not a word
    return a.pos[0] == "名詞" and a.pos[1] != "数詞" and len(a.surface) >= 2 and not separated \
        and not a.is_time_word and not a.surface.isascii() and not _is_reduplication(a.surface) \
        and any(c.isalpha() for c in a.surface)


def _is_reduplication(unit: str) -> bool:
    """A unit written twice on purpose: a short kana unit (mimetic words: くしゃくしゃ, old spelling くしやくしや,
    ドキドキ), 一 and a counter or noun read "one by one" (一歩一歩, 一手一手, 一人一人), or the stem of an adjective made by
    writing a word twice (派手派手 of 派手派手しい), or a noun of a place, time or occasion written twice for "each of
    them" (要所要所, 節目節目: data/distributive_nouns.txt), or a noun of a reply or a feeling written twice as an
    exclamation (感謝感謝, 同感同感: data/emphatic_nouns.txt)."""
    if len(unit) <= REDUPLICATED_KANA and unit.startswith(DISTRIBUTIVE) and len(unit) >= 2:
        return True
    return (len(unit) <= REDUPLICATED_KANA and all(is_hiragana(c) or is_katakana(c) for c in unit)) \
        or unit in word_list("distributive_nouns.txt") or unit in word_list("emphatic_nouns.txt") \
        or _reduplicated_adjective(unit)


ADJECTIVE_ENDING = "しい"  # what a word written twice takes to make an adjective (派手派手しい, 毒々しい)


@functools.lru_cache(maxsize=4096)
def _reduplicated_adjective(unit: str) -> bool:
    """The unit written twice, with しい, is one adjective the dictionary knows (派手派手しい): the doubled word is
    that adjective's stem (派手派手ステージ), written twice by nature."""
    toks = tokenize(unit + unit + ADJECTIVE_ENDING)
    return len(toks) == 1 and toks[0].pos[0] == "形容詞"


ONE_CHARACTER_RUN = 5  # copies of one character in a row that are a picture drawn in writing (人人人人人), no word twice


def _one_character_run(text: str, span: Span) -> bool:
    """The doubled span is one character written over and over, in a row of ONE_CHARACTER_RUN copies or more around
    it (`すごい人人人人人( ̄Д ̄;)`: a crowd drawn with the character for "person"): a picture on purpose, a run no
    reading splits into one word written twice; a word of two characters doubled (`観客観客`) is no such row."""
    chunk = text[span.start:span.end]
    if len(set(chunk)) != 1:
        return False
    lo, hi = span.start, span.end
    while lo > 0 and text[lo - 1] == chunk[0]:
        lo -= 1
    while hi < len(text) and text[hi] == chunk[0]:
        hi += 1
    return hi - lo >= ONE_CHARACTER_RUN


def _is_stammer(text: str, end: int, unit: str) -> bool:
    """A stammer repeats the start of the next word: つ、つ、つまり, ど、どうしよう."""
    rest = text[end:end + len(unit) + STAMMER_GAP].lstrip(STAMMER_SEPARATORS)
    return rest.startswith(unit)


class _Outside:
    """A rule's context that asks for no finding inside ``spans`` (an account's display name): none is made, so none
    is noted for the paragraph's later copies either."""

    def __init__(self, ctx, spans: list[Span]) -> None:
        self._ctx, self._spans = ctx, spans

    def __getattr__(self, name):
        return getattr(self._ctx, name)

    def finding(self, rule, span, message, **keywords):
        if span is not None and any(n.start <= span.start and span.end <= n.end for n in self._spans):
            return None
        return self._ctx.finding(rule, span, message, **keywords)


class DoubledWord(Rule):
    """
    ## What it does
    Reports a particle or noun written twice in a row (`数字は、は正確だ`). A particle (は, が, を, に, も…) or a
    pair of them (では, には) counts when only punctuation or a space stands between; a noun when it
    repeats directly or across a space, or with its particle (の: not after a relation noun); also `途中でで` and the
    copula's で written twice (`静かででにぎやか`; not a spoken ていて, `持ってて`), one kana particle written twice right after
    a particle and before a word in kanji or katakana, which SudachiPy reads as an interjection, a verb or a
    conjunction (`腕をはは磨く`, `売店をでで町に`, `米をでで炊く`; not a noun or an adverb of its own, `にももジュース`, `はやや大きい`), or
    written three times right after a word, which SudachiPy reads as an adverb (`ことががが子ども`; not a laugh, `へへへ笑った`), and a
    verb's past ending written twice after the word it belongs to (`明らかにしたした`; not an exclamation that begins
    its sentence, `来た来た！`), a verb written twice between its argument and the noun it modifies
    or its auxiliary (`交代を行う行う予定`, `練習をするするようになった`; not an emphatic repeat at a clause's end,
    `食べる食べる！`, nor a mimetic word before と, `木にするすると登る`, nor a noun made of a verb written twice,
    `…があるあるらしい`: data/reduplicated_verb_nouns.txt), and a verb with its auxiliaries
    written twice after its argument (`橋が取り壊される取り壊される`, `式典が開かれた開かれた`; not before an exclamation,
    `負けられない負けられない！`, nor after a pause, `ほら、始まった始まった`). So are an honorific written twice right after a
    person's name (`李明華さんさんは`; not `陽光さんさんと`, 燦々 in kana) and a verb's ending written twice after て before a
    full stop (`染まっていたいた。`; not a mimetic word, `泣いてばたばた。`). Repetition in dialogue (`はい、はい`), stammers
    (`つ、つ、つまり`), `一歩一歩` and a heading word (alone on its line, or after a marker or label, or ending a short
    numbered title or a line of hashtags) above a line that begins with it, a heading's word after a bullet run into the text after a sentence's end and a
    space before its text that opens with the word (`…訪ねてきました。 ●焼酎 焼酎(しょうちゅう)は`), a numbered heading's word followed by an
    ideographic or ASCII space and a sentence that begins with it (`3．実習　実習は週に一度行う。`: the heading on its
    body's line; with no number when the line opens its paragraph and the word stands alone on a line of the text too, `星河` /
    `星河 星河は星河省の省都である。`), a short
    heading run into a line after a sentence's end and a space, before a sentence whose first
    word is a compound beginning with the heading's last word (`…です。 星河仏手 仏手茶は`), a verb's て-form in で before
    では or でも (`望んでではない`, `死んででも`), a word ending a short line with no
    sentence mark above another such line that begins with it (a contents page's entries `基本セクション` /
    `セクションの例`, lines of verse) or above a line that is a whole sentence, ending with its mark, more than a
    heading's length and twice the short line's (`中国の治安` / `治安に関しては主観が入るので、事実を先に並べる。`: a heading
    above its section; not above a short sentence, `新しい茶葉` / `茶葉は香りがよい。`; so is a line of several sentences whose
    first is such a sentence, whatever ends the line, `星河にご用心` / `用心すべきは、…ということです。 …岸辺の歩き方`), a word ending a short heading above a line that opens with a compound beginning
    with it (`対象茶葉` above `茶葉名`) or ending, after a space, a longer title line with no sentence mark above such a
    line (`…新館 台北` above `台北編ラストは`; or above a longer sentence that opens with the word and a particle, `…公園 星河省` above `星河省の星河湖公園は…。`), `などなど` (data/reduplicated_particles.txt), a noun that serves
    as an adverb written twice for emphasis (`毎日毎日`), two cells of a table row that hold the same word (a line with
    no hiragana and no sentence mark), two keywords of a product's name that share a word, the first ending with it and
    the second beginning with it (`ハンズフリー通話 通話&録音`, in five or more space-separated items with no hiragana),
    particles doubled where they open a sentence or follow a comma (`ではでは、またね`,
    `でもでも、`, `…ですが、でもでもやっぱり`: a particle binds to a word before it, so with none they are an interjection), a
    noun of a place, time or occasion written twice for "each of them" (`要所要所`, `節目節目`: data/distributive_nouns.txt),
    a word written twice that is all a `「」` holds (`「お客さんお客さん」と声をかける`: a call quoted as called),
    a noun of a reply or a feeling written twice as an exclamation (`感謝感謝です`, `同感同感と`, with の too,
    `念願の念願の、`: data/emphatic_nouns.txt),
    and
    words that repeat by nature (`人々`, `まだまだ`, `くしゃくしゃ`, old spelling `くしやくしや`, a reduplicated word's
    pinyin syllable with its tone mark, `谢谢 xiè xiè`, and the stem of an
    adjective made by doubling, `派手派手` of `派手派手しい`), the emphatic repeat of a word with も (`何度も何度も`), the
    reciprocal `人間と人間との` (a noun and と twice, then の), kana right after an Aozora ruby mark (`隔《へだ》てて`: the okurigana
    and a particle) and one kana twice after a katakana word that makes with it, all in katakana, one word the
    dictionary knows (`ピりり`, a mimetic word finished in the other script) are fine, and so is a place's name written
    twice right before the suffix of a road's, a station's or a bridge's name (`星川星川路`: the village, then the road
    named after it, in an address; data/feature_suffixes.txt), the の that makes a clause a noun before the genitive の
    (`こういうのの話`, `赤いのの方`), a thought ending in an obligation cut short, quoted with と (`食べないと、と急いだ`), and a
    symbol written twice (a footnote's back-links, `↩︎ ↩︎`, one for each place that cites it: no letter, no word), and
    a social-media account's display name right before its @handle in parentheses (`— ほしたたか (@xinghe) May 1,
    2025`, an embedded post's credit: the owner's own spelling), and a word that closes its line alone after the
    line's last sentence and a space, above a line that opens with it and a space (`…亡くなった。 人物` / `人物 【星河伝】…`:
    a listing's category label at both ends of each entry), and the first two cells of a table's header row, a line
    of a heading's length that opens with the word, above two rows or more of a short label, a space and its value
    (`効果 効果の内容` above `攻撃 ・敵への被害が増える`), and a word holding a character only Chinese writes
    (`哗啦哗啦漫画`: Chinese left in the text, doubled as its language doubles words, which GRB001 reports).

    ## Why is this bad
    The translation emitted the same word twice at a seam between two renderings of one clause;
    the sentence is ungrammatical.

    ## Example
    `発表された数字は、は正確だ`

    ## Use instead
    `発表された数字は正確だ`
    """

    code = "GRB008"
    name = "doubled-word"
    severity = Severity.WARNING
    reads = ("text", "tokens")
    per_paragraph = True
    paragraph_local = True

    def local_key(self, ctx) -> tuple:
        """The words run in as a paragraph's label that also stand alone on a line of the text (``_titled_run_ins``)."""
        return (_titled_run_ins(ctx.doc),)

    def check(self, ctx):
        titles = _titled_run_ins(ctx.doc)
        for para, text in ctx.paragraphs():
            # only paragraphs that repeat something are tokenized, and read as tokens only where two are alike
            if not _repeats(text):
                continue
            # an account's display name before its @handle (— しったたか (@xinghe)): its owner's spelling, no seam
            names = [Span(para.start + n.start, para.start + n.end) for n in account_names(text)] if "@" in text else []
            # and a reading in hiragana in parentheses after its kanji (夜市(じょうががいよいち)): morae, no particles
            names += [Span(para.start + m.start(), para.start + m.end()) for m in READING_GLOSS.finditer(text)]
            at = _Outside(ctx, names) if names else ctx
            surfaces, pos_ids = paragraph_columns(ctx.doc, para)
            if _may_double(surfaces, pos_ids):
                yield from self._check_tokens(at, paragraph_tokens(ctx.doc, para), _repeated_at(surfaces), titles)
            if DOUBLED_ENDING.search(text):
                yield from self._doubled_endings(at, para, text)
            if REPEATED_KANA.search(text):
                yield from self._misread_particle_pairs(at, para)

    def _misread_particle_pairs(self, ctx, para):
        """One kana particle written twice right after a particle, or three times right after a word, and before a
        word in kanji or katakana, which the tokenizer reads as another word (腕をはは磨く: はは an interjection;
        売店をでで町に: a verb and its ending; ことががが子ども: an adverb) and reads as the particle once the copies
        are gone (腕をは磨く, 売店をで町に, ことが子ども)."""
        toks = paragraph_tokens(ctx.doc, para)
        for i in range(1, len(toks) - 1):
            n = _misread_pair_length(toks, i)
            if n:
                span = Span(toks[i].span.start, toks[i + n - 1].span.end)
                written = ctx.doc.slice(span)
                shown = written[:1]
                said = "doubled" if len(written) == 2 else "tripled"
                yield ctx.finding(self, span, f"{said} '{shown}' in '{written}'; write '{shown}'", suggestion=shown)

    def _doubled_endings(self, ctx, para, text):
        """A verb's auxiliary ending written twice after て or で and before a full stop (染まっていたいた。); a mimetic
        word there is an adverb of its own (泣いてばたばた。), not a verb. Only where the tokenizer misreads the pair
        (い|たい|た): an ending it splits in two (き|た|き|た) is the token reading's to find."""
        toks = paragraph_tokens(ctx.doc, para)
        starts = {t.span.start: i for i, t in enumerate(toks)}
        for m in DOUBLED_ENDING.finditer(text):
            i, middle = starts.get(para.start + m.start()), para.start + m.start() + len(m.group(1))
            if i and middle not in starts and toks[i].pos[0] == "動詞" and toks[i - 1].surface in CONJUNCTIVE_TE \
                    and toks[i - 1].pos[1] == "接続助詞":
                span = Span(para.start + m.start(), para.start + m.end())
                shown = m.group(1)
                yield ctx.finding(self, span, f"doubled '{shown}' in '{ctx.doc.slice(span)}'; write '{shown}'",
                                  suggestion=shown)

    def _check_tokens(self, ctx, toks, repeated: set[int], titles: frozenset[str] = frozenset()):
        """``repeated``: the tokens whose surface comes again within four tokens (``_repeated_at``): every doubling
        this reports begins at one of them or right after one."""
        for i in sorted(repeated):  # a noun or a verb with its ending written twice: toks[i] is toks[i + 2]
            n = 2 if _noun_phrase_repeat(toks, i) or _past_ending_repeat(toks, i) else _inflected_verb_repeat(toks, i)
            if n:  # 観客が観客が, 明らかにしたした, 橋が取り壊される取り壊される: n tokens written twice
                span = Span(toks[i].span.start, toks[i + 2 * n - 1].span.end)
                shown = "".join(t.surface for t in toks[i:i + n])
                yield ctx.finding(self, span, f"doubled '{shown}' in '{ctx.doc.slice(span)}'; write '{shown}'",
                                  suggestion=shown)
            if _modifying_verb_repeat(toks, i):  # 交代を行う行う予定: the verb written twice before its noun
                span = Span(toks[i].span.start, toks[i + 1].span.end)
                shown = toks[i].surface
                yield ctx.finding(self, span, f"doubled '{shown}' in '{ctx.doc.slice(span)}'; write '{shown}'",
                                  suggestion=shown)
        # a word repeated from ``right`` after ``left`` (at most three tokens on): toks[left] is toks[right], or
        # toks[left - 1] is toks[right] (two tokens written twice)
        for left in sorted(repeated | {i + 1 for i in repeated if i + 1 < len(toks)}):
            if _is_separator(toks[left]):
                continue
            right = left + 1
            while right < len(toks) and right - left <= 2 and _is_separator(toks[right]) \
                    and toks[right].span.start == toks[right - 1].span.end:
                right += 1
            if right >= len(toks) or toks[right].span.start != toks[right - 1].span.end:
                continue
            if _lines_of_their_own(ctx.doc.text, toks[left], toks[right]) \
                    or _trailing_label_above_label(ctx.doc.text, toks[left], toks[right]) \
                    or _header_above_rows(ctx.doc.text, toks[left], toks[right]) \
                    or _numbered_heading_on_its_body(ctx.doc.text, toks[left], toks[right], titles) \
                    or _heading_run_in(ctx.doc.text, toks[left], toks[right]) \
                    or _cells_of_a_row(ctx.doc.text, toks[left], toks[right]) \
                    or _keywords_sharing_a_word(ctx.doc.text, toks[left], toks[right]):
                continue
            has_comma = any(t.pos[1] == "読点" for t in toks[left + 1:right])
            n = _repeat_length(toks, left, right, has_comma)
            if n == 1 and _is_stammer(ctx.doc.text, toks[right].span.end, toks[right].surface):
                continue
            if n == 1 and right == left + 1 and toks[left].surface + toks[right].surface \
                    in word_list("reduplicated_stem_words.txt"):
                continue  # すっかり錆び錆び: a verb's stem written twice as a word of its own (data file), no seam
            if n:
                span = Span(toks[left - n + 1].span.start, toks[right + n - 1].span.end)
                if ctx.doc.text[span.start - 1:span.start] == RUBY_CLOSE:
                    continue  # 隔《へだ》てて: an Aozora ruby mark splits the word; its okurigana and a particle follow
                if _opens_clause(ctx.doc.text, span.start) and all(t.pos[0] == "助詞" for t in toks[right:right + n]):
                    continue  # ではでは、またね / …が、でもでも: a particle binds to the word before it; with none, an interjection
                if all(toned_syllable(t.surface) for t in toks[right:right + n]):
                    continue  # 谢谢 xiè xiè, 妈妈 mā mā: a reduplicated word's syllables in its pinyin
                if _chinese_unit("".join(t.surface for t in toks[right:right + n])):
                    continue  # 咔嚓咔嚓: a Chinese word written twice by nature, in Chinese left in the text (GRB001's)
                if _call_repeated(ctx.doc.text, span):
                    continue  # 「お客さんお客さん」と声をかける: a call quoted as it was called, twice
                if _one_character_run(ctx.doc.text, span):
                    continue  # 人人人人人(汗): one kanji written over and over for a crowd, a picture, not a word twice
                shown = "".join(t.surface for t in toks[right:right + n])
                if has_comma and shown == GLOSS_NO and ctx.doc.text.startswith(_meaning_nouns(), span.end):
                    continue  # 転じて、心からの、の意: a gloss ending with の, then の and the noun naming it a sense
                once = ctx.doc.text[span.start:toks[left].span.end]
                yield ctx.finding(self, span, f"doubled '{shown}' in '{ctx.doc.slice(span)}'; write '{once}'",
                                  suggestion=once)


def _chinese_unit(unit: str) -> bool:
    """The unit holds a character that only Chinese writes (a simplified form, or one of data/chinese_only_chars.txt):
    a word of Chinese left in the text, doubled as its language doubles words (a name, 咔嚓咔嚓), which GRB001 reports
    as untranslated; Japanese writes no such word, so it is no seam between two renderings."""
    return any(is_simplified_only(c) or is_chinese_only(c) for c in unit)


RUBY_CLOSE = "》"  # the end of an Aozora Bunko ruby mark: 隔《へだ》てて
GLOSS_NO = "の"  # the particle that ends a gloss's phrase and joins it to the noun that names it a sense


@functools.lru_cache(maxsize=1)
def _meaning_nouns() -> tuple[str, ...]:
    """Nouns naming what a gloss gives, after its phrase and の (data/meaning_nouns.txt: 意, 略)."""
    return tuple(word_list("meaning_nouns.txt"))


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but spaces between ``start`` and the line's start, a sentence's end, an opening bracket or a comma
    that ends the clause before it (…と思いますが、でもでもやっぱり)."""
    before = text[max(0, start - SENTENCE_LOOKBACK):start].rstrip(SPACES + "\t")
    return not before or before[-1] in "\n" + SENTENCE_ENDS + OPEN_BRACKETS + CLAUSE_COMMAS


def _alone_on_line(text: str, tok) -> bool:
    """The token is all its line holds, but for a list or section marker before it (①, 1., (1), ■)."""
    line = line_around(text, tok.span.start, tok.span.end).strip(CELL_FILLER)
    return HEADING_MARKER.sub("", line, count=1) == tok.surface


def _lines_of_their_own(text: str, a, b) -> bool:
    """A word alone on its line (or after a list marker), or ending a short line with no sentence mark after a
    space or colon (a heading: `1日目　星河`) or after a list marker (a numbered title: `⑧旅立ちの星河`), or ending a
    line of hashtags (`#旅行 #星河`), above a line that begins with it: a heading or an infobox repeating the title
    (星河 / 星河市 / 星河), not a doubled word; so is a word ending one short line with no sentence mark above another
    such line that begins with it: two items of a list or a contents page (`基本セクション` / `セクションの例`), or a
    poem's lines taking up each other's words, not a clause written twice; so is a word ending such a line above a
    line that is a whole sentence longer than a wrap would leave it (``_sentence_line_below``: a heading above its
    section's first sentence; one trailing off counts, `…・・`); and a word ending any such short line
    above a line whose first word is a compound that begins with it (a heading `対象茶葉` above the label `茶葉名`: the
    word goes on, in kanji or katakana, so it is not written twice)."""
    if "\n" not in text[a.span.end:b.span.start]:
        return False
    if _alone_on_line(text, a):
        return True
    line = line_around(text, a.span.start, a.span.end).strip(CELL_FILLER)
    if line.endswith(a.surface) and line != a.surface and not HASHTAG.sub("", line).strip(SPACES):
        return True  # a line of tags (#ニュース #星河) above a line that begins with the last tag's word
    if not _short_unmarked(line):
        return _title_above_compound(text, line, a, b)
    below = line_around(text, b.span.start, b.span.end).strip(CELL_FILLER)
    if _short_unmarked(below):
        return True  # two items of a list or a contents page (基本セクション / セクションの例), or two lines of verse
    if _sentence_line_below(line, below):
        return True  # a heading above its section's first sentence (中国の治安 / 治安に関しては…), no wrapped line
    if HEADING_MARKER.match(line):
        return True
    label = line[:-len(a.surface)] if line.endswith(a.surface) else None
    goes_on = text[b.span.end:b.span.end + 1]
    return label is not None and (label[-1:] in tuple(CELL_FILLER + ":：・")
                                  or bool(goes_on) and (is_kanji(goes_on) or is_katakana(goes_on)))


def _trailing_label_above_label(text: str, a, b) -> bool:
    """A word that closes its line alone after the line's last sentence and a space (`…早くに亡くなった。 人物`), above a
    line that opens with the same word and a space (`人物 【星河伝】星次郎 の…`): the category label a listing sets at
    both ends of each entry, run into its lines, not a word written twice. A seam of a translation doubles a word
    inside its sentence, with no sentence's end and space before the first."""
    if text[a.span.end:b.span.start].strip(SPACES + "\n") != "" or "\n" not in text[a.span.end:b.span.start] \
            or text[b.span.end:b.span.end + 1] not in tuple(SPACES):
        return False
    lo = text.rfind("\n", 0, a.span.start) + 1
    before = text[lo:a.span.start]
    label_gap = before.rstrip(SPACES)
    return len(label_gap) < len(before) and label_gap[-1:] in tuple(SENTENCE_ENDS)


HEADER_ROWS = 2  # rows of a short label, a space and a value, right below a header line, that make it a table's
ROW_LABEL = 8  # characters, at most, of a row's first cell
TABLE_ROW = re.compile(rf"{SPACE}*[^{SPACES}\n]{{1,{ROW_LABEL}}}{SPACE}+[^{SPACES}\n]")


def _header_above_rows(text: str, a, b) -> bool:
    """The first two cells of a table's header row, parted by a space: the line opens with the word, holds no
    sentence mark and is a heading's length, and right below it stand two rows or more of a short label, a space and
    its value (`効果 効果の内容` above `攻撃 ・敵への被害が増える`, `防御 ・…`): the columns' names, the second
    naming what the first column's value does, not a word written twice."""
    if text[a.span.end:b.span.start] not in tuple(SPACES):
        return False
    lo, hi = line_bounds(text, a.span.start, b.span.end)
    line = text[lo:hi]
    if line[:a.span.start - lo].strip(SPACES) or not _short_unmarked(line.strip(SPACES)):
        return False
    rows = 0
    at = hi + 1
    while at < len(text) and rows < HEADER_ROWS:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if TABLE_ROW.match(text, at, end) is None:
            break
        rows += 1
        at = end + 1
    return rows >= HEADER_ROWS


BODY_TO_HEADING = 2  # times a heading's length the sentence line below it holds, at least (more than HEADING_LENGTH)
TRAILING_ENDS = ("…", "‥", "・・", "...")  # what a sentence trailing off ends with, an ellipsis typed or printed


def _sentence_line_below(line: str, below: str) -> bool:
    """The line below the short one is a whole sentence, ending with its mark, longer than a heading and at least
    ``BODY_TO_HEADING`` times the short line: a text wrapped by width fills its lines, so the short line was ended on
    purpose, a heading above its section's first sentence (`中国の治安` / `治安に関しては主観が入るので、事実を先に並べる。`),
    not a clause cut by a wrap with its word written again. A short sentence below (`新しい茶葉` / `茶葉は香りがよい。`)
    may be such a clause's other half. A sentence trailing off ends so too (`星河と書いてホシカワ` / `ホシカワ、案外かんたん
    だと思っていました・・`). So does a line of several sentences whose first, ending with its mark, is such a sentence
    itself, whatever ends the line (`星河にご用心` / `用心すべきは、星河の水は冬に冷たいということです。 …次の節の見出し`: a
    section's paragraph run on to the next heading), not a clause cut by a wrap."""
    if len(below) < BODY_TO_HEADING * len(line):
        return False
    if (below[-1:] in tuple(SENTENCE_ENDS) or below.endswith(TRAILING_ENDS)) and len(below) > HEADING_LENGTH:
        return True
    first = next((i for i, c in enumerate(below) if c in SENTENCE_ENDS), -1) + 1
    return first > HEADING_LENGTH and first >= BODY_TO_HEADING * len(line)


def _call_repeated(text: str, span: Span) -> bool:
    """The doubled word is all a 「」 holds, maybe with a space or a comma between (`「日本人日本人」と声をかけてくる`, a
    tout's call quoted as called): a cry repeated on purpose, not a word the translation wrote twice."""
    return text[span.start - 1:span.start] == "「" and text[span.end:span.end + 1] == "」"


# a line that opens with a word, a space and the same word again (星河 星河は…): a heading run in, or a word doubled
RUN_IN = re.compile(rf"^{SPACE}*([^\s]{{1,{HEADING_LENGTH}}}){SPACE}\1", re.M)


def _titled_run_ins(doc) -> frozenset[str]:
    """The words that open a line, a space after them, and open it again (``RUN_IN``), and that also stand alone on a
    line of the text: a section's title, run in again as its body's label. Once a document; none in most texts."""
    if "garble.titled_run_ins" not in doc.memo:
        words = {m.group(1) for m in RUN_IN.finditer(doc.text)}
        lines = {line.strip() for line in doc.text.split("\n")} if words else set()
        doc.memo["garble.titled_run_ins"] = frozenset(words & lines)
    return doc.memo["garble.titled_run_ins"]


def _title_above_compound(text: str, line: str, a, b) -> bool:
    """A title line longer than a heading, with no sentence mark, whose last word stands after a space (`熱々の星河饅頭
    星河楼 新館 台北`: the place that ends a blog post's title) above a line that opens with a compound beginning
    with that word (`台北編ラストは…`: the word goes on in kanji or katakana), or with the word and a particle in a
    sentence longer than the title (`初雪の星河湖公園 星河省` above `星河省の星河湖公園は…。`: a news photo's title and
    its place, then the caption that names the place first), not a word written twice."""
    goes_on = text[b.span.end:b.span.end + 1]
    if not (len(line) <= TITLE_LENGTH and not any(c in HEADING_NOT for c in line) and line.endswith(a.surface)
            and line[:-len(a.surface)].endswith(tuple(SPACES)) and goes_on):
        return False
    if is_kanji(goes_on) or is_katakana(goes_on):
        return True
    below = text[b.span.start:line_bounds(text, b.span.start, b.span.end)[1]]
    return is_hiragana(goes_on) and len(below) > len(line) and any(c in SENTENCE_ENDS for c in below)


def _numbered_heading_on_its_body(text: str, a, b, titles: frozenset[str] = frozenset()) -> bool:
    """A line that opens with a list's number and a heading's word, then one space (ideographic or ASCII) and a
    sentence that begins with the same word (`3．実習　実習は週に一度行う。`): a heading run onto its body's line, not a
    word written twice. So is such a line with no number that opens its paragraph when the word also stands alone on
    a line of the text (``titles``: `星河` above `星河 星河は星河省の省都である。`, a section's title run in again as its
    body's label, as a page of profiles writes each under its title)."""
    if text[a.span.end:b.span.start] not in tuple(SPACES):
        return False
    lo, hi = line_bounds(text, a.span.start, b.span.end)
    start = NUMBERED_START.match(text, lo)
    if start is not None and start.end() < a.span.end:
        heading = text[start.end():a.span.end]
    elif text[lo:a.span.end].lstrip(SPACES) in titles \
            and (lo == 0 or not text[text.rfind("\n", 0, lo - 1) + 1:lo].strip()):
        heading = text[lo:a.span.end].lstrip(SPACES)  # the line opens its paragraph (a blank line above it)
    else:
        return False
    rest = text[b.span.start:hi]
    return (not any(c in HEADING_NOT + SPACES for c in heading) and rest.startswith(heading)
            and len(rest) > len(heading) and any(c in SENTENCE_ENDS for c in rest))


def _heading_run_in(text: str, a, b) -> bool:
    """A short heading run into the text after a sentence's end and a space, or at its line's start, a space after it,
    and a sentence whose first word is a compound that begins with the heading's last word (`…ウーロン茶です。 永春仏手
    仏手茶は…`: a list of headings and their paragraphs run onto one line): the word goes on, in kanji or katakana, so it
    is not written twice. So is a heading that a list's bullet or number opens, the same word opening its text after
    the space (`…訪ねてきました。 ●焼酎 焼酎(しょうちゅう)は…`: a blog's headed paragraphs run onto one line), whatever
    follows the word: the bullet marks the heading as such."""
    if text[a.span.end:b.span.start] not in tuple(SPACES):
        return False
    lo = line_bounds(text, a.span.start, a.span.end)[0]
    before = text[lo:a.span.start]
    seam = max(before.rfind(c + s) for c in SENTENCE_ENDS for s in SPACES)
    heading = before[seam + 2:] if seam >= 0 else before.lstrip(SPACES)
    goes_on = text[b.span.end:b.span.end + 1]
    marked = bool(heading) and HEADING_MARKER.fullmatch(heading) is not None  # ●焼酎: a list's bullet opens it
    return (seam >= 0 or not before.strip(SPACES)) and _short_unmarked(heading + a.surface) \
        and not any(c in SPACES for c in heading) and bool(goes_on) \
        and (is_kanji(goes_on) or is_katakana(goes_on) or (marked and goes_on not in SPACES + "\n"))


def _short_unmarked(line: str) -> bool:
    """A line of a heading's length with no sentence mark: a title, a list's item or a line of verse."""
    return len(line) <= HEADING_LENGTH and not any(c in HEADING_NOT for c in line)


def _cells_of_a_row(text: str, a, b) -> bool:
    """Two cells of a table row that hold the same word, with only spaces, a tab or a bar between, on a line with no
    hiragana and no sentence mark (`執政 1932-1934 星河 星河=康徳`: a reign name and a personal name that coincide)."""
    between = text[a.span.end:b.span.start]
    if not between or between.strip(CELL_FILLER):
        return False
    line = line_around(text, a.span.start, b.span.end)
    return not any(is_hiragana(c) or c in HEADING_NOT for c in line)


# what ends the stretch a keyword list may fill: a line's end, a bracket, a sentence's mark
KEYWORD_STRETCH_END = "\n「」『』()（）【】" + "。．！？!?"


def _keywords_sharing_a_word(text: str, a, b) -> bool:
    """Two keywords of a listing's title, spaces between, that share a word: the first ends with it, the second begins
    with it (`ハンズフリー通話 通話&音楽`), in a stretch of ``KEYWORD_ITEMS`` space-separated items or more with no
    hiragana (a product's name made of search words, often quoted): two items, not a word written twice."""
    between = text[a.span.end:b.span.start]
    if not between or between.strip(SPACES) or a.span.start == 0 or text[a.span.start - 1] in SPACES \
            or b.span.end >= len(text) or text[b.span.end] in SPACES + "\n":
        return False
    lo = max(text.rfind(c, 0, a.span.start) for c in KEYWORD_STRETCH_END) + 1
    hi = min((i for i in (text.find(c, b.span.end) for c in KEYWORD_STRETCH_END) if i >= 0), default=len(text))
    stretch = text[lo:hi]
    return not any(map(is_hiragana, stretch)) and len(stretch.split()) >= KEYWORD_ITEMS


def _noun_phrase_repeat(toks, i: int) -> bool:
    """A noun and its particle written twice in a row (観客が観客が, 観客の観客の).

    With の only for a noun that names no relation (子供の子供の世話, 友達の友達 are right: relational_nouns.txt)
    and no feeling a writer exclaims twice (念願の念願の、 is emphasis: emphatic_nouns.txt).
    Not with も: a unit ending in も written twice is the emphatic idiom 何度も何度も, 何年も何年も; nor with と before
    の: the reciprocal "between one and another" (人間と人間との関係, 国と国との約束).
    """
    if i + 3 >= len(toks):
        return False
    a, b = toks[i:i + 2], toks[i + 2:i + 4]
    noun, particle = a
    reciprocal = particle.surface == RECIPROCAL and i + 4 < len(toks) and toks[i + 4].surface == "の"
    return (noun.pos[0] == "名詞" and noun.pos[1] != "数詞" and len(noun.surface) >= 2
            and particle.pos[0] == "助詞" and particle.surface != "も" and not reciprocal
            and (particle.surface != "の" or (noun.surface not in word_list("relational_nouns.txt")
                                              and noun.surface not in word_list("emphatic_nouns.txt")))
            and not _is_reduplication(noun.surface + particle.surface)
            and [t.surface for t in a] == [t.surface for t in b]
            and all(x.span.end == y.span.start for x, y in zip(toks[i:i + 3], toks[i + 1:i + 4])))


RECIPROCAL = "と"  # the particle of 人間と人間との: a noun, と, the noun again, と, then の

PAST = ("た", "だ")


def _past_ending_repeat(toks, i: int) -> bool:
    """A verb or auxiliary and its past ending written twice, bound to the word before (明らかにしたした,
    開始しましたました). An exclamation that begins its sentence (来た来た！, あ、あったあった) repeats on purpose."""
    if i < 1 or i + 3 >= len(toks):
        return False
    before, a, b = toks[i - 1], toks[i:i + 2], toks[i + 2:i + 4]
    return (a[0].pos[0] in ("動詞", "助動詞") and a[1].pos[0] == "助動詞" and a[1].surface in PAST
            and [t.surface for t in a] == [t.surface for t in b]
            and not _is_separator(before) and before.pos[0] not in ("補助記号", "感動詞")
            and all(x.span.end == y.span.start for x, y in zip(toks[i - 1:i + 3], toks[i:i + 4])))


ARGUMENT_POS = ("助詞", "名詞")  # what stands before a verb bound to its clause (交代を行う, 筆を使う)


def _modified(tok) -> bool:
    """What a verb's plain form binds to inside its sentence: a noun (予定), an auxiliary (らしい, べき, だろう), or the
    stem of one (よう of ようになる)."""
    return tok.pos[0] in ("名詞", "助動詞") or tok.pos[:2] == ("形状詞", "助動詞語幹")


def _modifying_verb_repeat(toks, i: int) -> bool:
    """A verb in its plain form written twice in a row, right after its argument and right before the noun or the
    auxiliary it binds to (交代を行う行う予定, 筆を使う使う生徒, 練習をするするようになった). Emphasis repeats a verb at a
    clause's end (食べる食べる！) or after an adverb; repeats that are words of their own (見る見る, 泣く泣く, the
    mimetic するする before a verb) are one adverb token, and a mimetic word read as two verbs ends before と
    (木にするすると登る); a noun made by writing a verb twice that the dictionary lacks and reads as the verb twice
    (`「途中でダレる」があるあるらしい`: data/reduplicated_verb_nouns.txt) is that noun."""
    if i < 1 or i + 2 >= len(toks):
        return False
    before, a, b, after = toks[i - 1], toks[i], toks[i + 1], toks[i + 2]
    if a.surface + b.surface in word_list("reduplicated_verb_nouns.txt"):
        return False  # があるあるらしい: a noun made by writing the verb twice ("a thing everyone knows"), no seam
    return (a.surface == b.surface and len(a.surface) >= 2 and a.pos[0] == b.pos[0] == "動詞"
            and before.pos[0] in ARGUMENT_POS and before.surface != a.surface and _modified(after)
            and all(x.span.end == y.span.start for x, y in zip(toks[i - 1:i + 2], toks[i:i + 3])))


INFLECTED_UNIT = 4  # tokens of a verb and its auxiliaries, at most, read as one unit written twice
EMPHATIC_AFTER = "！？!?ー〜"  # what follows an emphatic repeat (負けられない負けられない！)


def _inflected_verb_repeat(toks, i: int) -> int:
    """How many tokens a verb and its auxiliaries span when they are written twice in a row right after the verb's
    argument (橋が取り壊される取り壊される, 式典が開かれた開かれた; 取り壊さ|れる), else 0. An emphatic repeat stands alone or
    ends in an exclamation (ほら、始まった始まった, 負けられない負けられない！); a verb with て is a request (食べて食べて)."""
    if i < 1 or toks[i].pos[0] != "動詞" or toks[i - 1].pos[0] not in ARGUMENT_POS:
        return 0
    n = 1
    while n < INFLECTED_UNIT and i + n < len(toks) and toks[i + n].pos[0] == "助動詞":
        n += 1
    unit, again = toks[i:i + n], toks[i + n:i + 2 * n]
    after = toks[i + 2 * n].surface[:1] if i + 2 * n < len(toks) else ""
    return n if n >= 2 and [t.surface for t in unit] == [t.surface for t in again] and not (after and after in EMPHATIC_AFTER) \
        and all(x.span.end == y.span.start for x, y in zip(toks[i - 1:i + 2 * n - 1], toks[i:i + 2 * n])) else 0


def _repeat_length(toks, left: int, right: int, separated: bool) -> int:
    """How many tokens end at ``left`` and repeat from ``right``: 2 for では、では, 1 for は、は, else 0."""
    if left >= 1 and right + 1 < len(toks):
        a, b = toks[left - 1:left + 1], toks[right:right + 2]
        if all(x.surface == y.surface and x.pos[0] == y.pos[0] == "助詞" for x, y in zip(a, b)) \
                and b[0].span.end == b[1].span.start and a[0].span.end == a[1].span.start:
            return 2
    following = toks[right + 1].surface[:1] if right + 1 < len(toks) else ""
    if separated and _same_kana_particle(toks[left], toks[right]) and not (following and is_hiragana(following)):
        return 0 if _quoted_obligation(toks, left, right) else 1
    if _mixed_script_mimetic(toks, left, right) or _place_then_its_feature(toks, left, right) \
            or _te_form_then_topic(toks, left, right):
        return 0
    return 1 if _doubles(toks[left], toks[right], separated) or _doubled_honorific(toks, left, right) else 0


TOPIC_AFTER_TE = ("は", "も")  # what follows で after a verb's て-form in ででは, ででも (望んでではない, 死んででも)


def _te_form_then_topic(toks, left: int, right: int) -> bool:
    """A verb's て-form in で (望ん|で), then で and は or も (`自ら望んでではない`, `死んででも行く`): the verb's form, then
    the copula's で before a topic, as grammar writes it. A particle written twice follows a noun (`途中でで`)."""
    a, b = toks[left], toks[right]
    after = toks[right + 1] if right + 1 < len(toks) else None
    return right == left + 1 and left >= 1 and toks[left - 1].pos[0] == "動詞" and a.surface == b.surface == "で" \
        and a.pos[1] == "接続助詞" and after is not None and after.surface in TOPIC_AFTER_TE \
        and after.span.start == b.span.end


def _mixed_script_mimetic(toks, left: int, right: int) -> bool:
    """One kana written twice right after a katakana word, the three one word the dictionary knows once in katakana
    (ピりり: ピリリ, a mimetic word begun in katakana and finished in hiragana): a slip of the script, not a doubling."""
    if left < 1 or right != left + 1 or len(toks[left].surface) != 1 or not is_hiragana(toks[left].surface):
        return False
    before = toks[left - 1]
    if not before.surface or not all(is_katakana(c) for c in before.surface) or before.span.end != toks[left].span.start:
        return False
    word = before.surface + to_katakana(toks[left].surface + toks[right].surface)
    found = tokenize(word)
    return len(found) == 1 and not found[0].oov


def _place_then_its_feature(toks, left: int, right: int) -> bool:
    """A proper noun written twice, the second copy followed at once by the suffix of a road's, a station's or a
    bridge's name (data/feature_suffixes.txt: 星川|星川|路): an address naming the place and then the road named after
    it, not a doubled word."""
    a, b = toks[left], toks[right]
    after = toks[right + 1] if right + 1 < len(toks) else None
    return right == left + 1 and a.is_proper_noun and b.surface == a.surface and after is not None \
        and after.span.start == b.span.end and after.surface in word_list("feature_suffixes.txt")


MIMETIC_AFTER = ("と", "たる")  # what follows a mimetic word read as an adverb (さんさんと降り注ぐ: 燦々 in kana)


def _doubled_honorific(toks, left: int, right: int) -> bool:
    """An honorific written twice right after a person's name (莫|秋雲|さんさんは: one of the nouns right before it is
    a person's name); not a mimetic word the tokenizer splits into two honorifics (陽光さんさんと降り注ぐ)."""
    a, b = toks[left], toks[right]
    if not (right == left + 1 and suffix(a.pos) and suffix(b.pos) and a.surface == b.surface
            and a.surface in HONORIFICS):
        return False
    if right + 1 < len(toks) and toks[right + 1].surface in MIMETIC_AFTER:
        return False
    i, run = left, []
    while i > 0 and len(run) < NAME_RUN and toks[i - 1].pos[0] == "名詞" and toks[i - 1].span.end == toks[i].span.start:
        i -= 1
        run.append(toks[i])
    return any(person_name(t.pos) for t in run)


NEGATIVE = "ない"  # the negative ending of 食べないと: a clause that ends so before と says what one must do


def _quoted_obligation(toks, left: int, right: int) -> bool:
    """と after a negative ending, a comma, then と again (`食べないと、と急いだ`): the first ends the thought
    `食べないと(いけない)`, cut short as speech cuts it, and the second quotes that thought; not a particle twice. A
    と after a noun (`彼と、と`) is one."""
    a, b = toks[left], toks[right]
    return left >= 1 and a.surface == b.surface == "と" and a.pos[1] == "接続助詞" and b.pos[1] == "格助詞" \
        and toks[left - 1].surface == NEGATIVE


def _same_kana_particle(a, b) -> bool:
    """で、で: the same short kana word on both sides of a comma, the second a particle."""
    return a.surface == b.surface and len(a.surface) <= 2 and "助詞" in (a.pos[0], b.pos[0]) \
        and all(is_hiragana(c) for c in a.surface)


# what the tokenizer reads a particle written twice as (はは, で|で; で|で after を, both read as the conjunction で);
# written three times, an adverb too (こと|ががが|子ども: no adverb is one kana three times, as やや is twice), but
# not an interjection: one kana three times is a laugh (ははは, へへへ笑った)
MISREAD_PAIR_POS = ("感動詞", "動詞", "助動詞", "接続詞")
MISREAD_TRIPLE_POS = ("動詞", "助動詞", "接続詞", "副詞")
# what a particle written three times follows: the word it binds to (こと, 人|たち) or a particle before it
TRIPLE_AFTER_POS = ("名詞", "代名詞", "接尾辞", "助詞")


def _misread_pair_length(toks, i: int) -> int:
    """How many tokens (one to three) from ``i`` hold one kana particle (data/single_kana_particles.txt) written
    twice right after a particle, or three times right after a word or a particle, and right before a word that
    opens in kanji or katakana, read as an interjection, a verb, an auxiliary or a conjunction (three times, a verb,
    an auxiliary, a conjunction or an adverb), never as a noun (もも, やや: words of their own when written twice), and read as the particle when
    written once; else 0."""
    before = toks[i - 1]
    if before.pos[0] not in TRIPLE_AFTER_POS or before.span.end != toks[i].span.start:
        return 0
    for n in (1, 2, 3):
        if i + n >= len(toks):
            return 0
        run = toks[i:i + n]
        text = "".join(t.surface for t in run)
        if len(text) > 3 or len(set(text)) != 1 or text[0] not in word_list("single_kana_particles.txt") \
                or any(x.span.end != y.span.start for x, y in zip(toks[i - 1:i + n], toks[i:i + n + 1])):
            return 0
        if len(text) < 2:
            continue
        after = toks[i + n]
        opens_word = (is_kanji(after.surface[:1]) or is_katakana(after.surface[:1])) and after.surface[:1] != "ー"
        allowed = MISREAD_PAIR_POS if len(text) == 2 else MISREAD_TRIPLE_POS
        if (len(text) == 2 and before.pos[0] != "助詞") or not opens_word or any(t.pos[0] not in allowed for t in run):
            if len(text) == 2:
                continue  # perhaps the first two of three (が|がが)
            return 0
        return n if _particle_once(before.surface, text[0], after.surface) else 0
    return 0


@functools.lru_cache(maxsize=1024)
def _particle_once(before: str, kana: str, after: str) -> bool:
    """The kana, written once between the particle before it and the word after it, reads as a particle."""
    toks = tokenize(before + kana + after)
    return len(toks) >= 2 and toks[1].surface == kana and toks[1].pos[0] == "助詞"
