"""Names jieba cuts in two that the translation writes whole, put back together for ``glossary suggest``.

jieba's tagger cuts a name it does not know where its dictionary has a word: a compound surname read as a place
(欧阳/ns + 秋山/nr), a name's last character cut off (欧阳明/nr + 川/j), a surname the surname table lacks standing
alone (禚/yg + 文远/nr, 笪/nr + 明亮/a), a town's first characters taken as a word (新/a + 濑镇/ns; 干沟/n + 河镇/ns),
an administrative suffix cut off (加弄/v + 乡/n). ``whole_names`` joins pieces only where the words around them say
so and the surname is in the table; with the translation at hand there is better evidence: it writes the whole as one
word (欧陽秋山さん, 新瀬鎮は). Joined, each only where the translation writes the whole (``written.written_at``: as
it is, in OpenCC's form, or in any script):

- a person: a surname of phonetics/data/surnames.tsv as a word of its own (compound ones first) and one or two words
  after it, one of the words tagged a name (nr, ns, nz: 秋山/nr, 长河/ns), three or four characters in all, or no word
  so where an age before it, a title before it or a verb of saying after it says a person's (冷/n + 启航/v: a given
  name jieba reads as a verb; then written only before a title or an honorific); or a character of its own that the
  table lacks, after an age or a title or before a verb of saying (bilingual/data/whole_names.toml), and a given name
  of one or two characters, or with nothing around it, a given name of two written before an honorific alone
  (`笪明亮さん`); written whole after a character that is no kanji and before one, or before a title or an honorific
  (`欧陽秋山さん`, `禚文遠副局長は`, the source's title after the name); where the words around say a person's, also
  written with kanji of the same sound for the given name (`冷啓行さん` of 冷启航: 行 may read hang) or for the
  surname (`卓建華さん` of 禚建华), errors a row lets lint report;
  or a person's name (nr) of a surname and one character and the one character after it, written whole before an
  honorific or a title only (`欧陽明川さん`; not `黄竜病の` of 黄龙/nr + 病), or a conjunction's character (和/c)
  before a verb, which joins no noun there (苗青/nr + 和/c + 提醒/v), written whole between characters that are no
  kanji or before a title or an honorific (`医師、苗青和から`);
- a place: a place with its administrative suffix (ns, 濑镇), or a noun of its suffix and one character (滩镇/n of
  草坪滩镇; or a person's name jieba's dictionary hardly knows, 峪村/nrt of 石榴峪村, not 小镇/nr), or a noun of its
  suffix and more that jieba's dictionary hardly knows (水口镇/n of 石水口镇, another town), and the one or two
  words before it, two characters at most (three in one word before a stem's two characters glued to the suffix,
  阿拉坦 + 温都镇), that are no function word, no verb before a place (位于 before a province is the sentence's; a verb
  may open a village's stem glued to its suffix, 转身 + 岭村), no title and no place with its suffix (县 before a town
  is where the town is; a common noun of jieba's dictionary that ends with a suffix's character may be the stem
  before a suffix cut off, 结盟 + 镇), nor a place of two characters before a place with its suffix and a stem of two
  (a province before its city: where it is; but a place before a suffix with a stem of one, 岚潭 + 江镇), the words
  before a noun no common noun of the Japanese dictionary (not 特色 + 小镇; a town's stem of one character, 石 +
  集镇, is no word to ask about); or the suffix cut off as a word of its own after a stem of two or three characters
  that the Japanese dictionary does not read as one common noun (加弄 + 乡, 沙岭子 + 镇; not 祭祀 + 区),
  but a town's stem may be one (青石 + 镇, 黄瓜 + 园镇: a suffix of data/town_suffixes.txt, the stem after a
  punctuation mark, a preposition or a place with its suffix; not 的 + 豆腐 + 村); a word jieba tags a direction, a
  numeral or a bound morpheme may open the stem (西/f + 城镇, 九所/m + 镇), and one it tags a measure word may be a
  character of it (宽/a + 道/q + 镇), where it opens a clause (not 2026 + 年 +
  星河市);
  written whole after a character that is no kanji (`の新瀬鎮`, a line that opens with `干沟河镇`) or after the last
  character of the source's place before it (`岚溪市山下河鎮`);
- a word of three characters or more that ends with a suffix, that jieba tags as no name and its dictionary hardly
  knows (大沐乡/n; not 地级市), its stem no everyday word (行政 of 行政村; a Japanese noun jieba hardly counts, 会同 of
  会同县, may be a stem), written whole as above: a place.

The pieces are then no rows of their own (欧阳 as a place, 秋山 as a person, 濑镇 as a place). The row's ``ja`` is
the translation's own form (``written.own_form``).
"""
from __future__ import annotations

from ..charclass import is_kanji
from ..phonetics.tables import place_suffixes
from ..wordlists import word_list
from .forms import japanese_form
from .written import japanese_titles, own_form, written_at

PERSON_LENGTHS = (3, 4)  # characters of a person's name joined here: a surname and a given name of one or two
PLACE_PREFIX = 2  # characters at most put before a place with its suffix (新 of 新濑镇, 干沟 of 干沟河镇)
PERSON_WORDS = 3  # words at most joined into a person's name
BARE_STEM = 2  # characters at least before an administrative suffix jieba cut off as a word of its own (加弄 + 乡)
BARE_PREFIX = 3  # characters at most before it (沙岭子 + 镇)
RETAG_FREQ = 60  # jieba's count of a word ending in a suffix at most for the translation to make it a place (船山区 3,
# 周口市 11, 营口市 20; not 地级市 885)
VERB = "v"  # jieba's tag of a verb: before a place with its suffix, the sentence's (位于 + 星河省), not the place's
NOUN = "n"  # jieba's tag of a noun (口镇/n, 滩镇/n: a town's suffix and the last character of its stem)
GLUED_FLAGS = ("nr", "nrt", "nrfg")  # jieba's tags of a word of a suffix and the last character of the stem before it
# besides a noun's: a person's name, in a word jieba's dictionary hardly knows (峪村/nrt, 庄村/nr; not 小镇/nr)
PART_FLAGS = ("f", "m", "yg", "q")  # jieba's tags of a word no name holds elsewhere that a place's stem may hold, and
# open with where it opens a clause: a direction (西/f + 城镇/ns), a numeral (九所/m + 镇), a bound morpheme (乌/j +
# 迳/yg + 镇), a measure word's character (长/a + 道/q + 镇, 石/n + 头/q + 村)
CONJUNCTION = "c"  # jieba's tag of a conjunction (和, 与): before a verb, no conjunction but a name's last character
UNKNOWN = "x"  # jieba's tag of a punctuation mark, and of a character its dictionary lacks (陂 of 晁 + 陂 + 镇)
# tags of the word before a town's stem that leave the stem the town's: a punctuation mark, a preposition (在 + 青石 + 镇)
OPENER_FLAGS = (UNKNOWN, "p")


def joined(toks, target: str) -> tuple[list, dict[str, str]]:
    """jieba's words ``toks`` (``whole_names.Token``) of a source, with the names cut in two that ``target`` (its
    translation) writes whole joined (see the module's docstring), and zh -> the translation's form of each joined
    name (``written.own_form``: 干溝河鎮 where it writes 干沟河镇, not OpenCC's 幹溝河鎮)."""
    from ..bilingual.whole_names import PERSON, PLACE, joined_token

    out, forms, i = [], {}, 0
    while i < len(toks):
        j, form = _person_end(toks, i, target)
        if j is not None:
            out.append(joined_token(toks[i:j + 1], PERSON))
            forms.setdefault(out[-1].word, form)
            i = j + 1
            continue
        k, form = _place_start(toks, i, out, target)
        if k is not None:
            out[len(out) - (i - k):] = [joined_token(toks[k:i + 1], PLACE)]
        else:
            t, form = _retagged(toks[i], toks[i - 1] if i else None, target)
            out.append(t)
        if form:
            forms.setdefault(out[-1].word, form)
        i += 1
    return out, forms


def plain_word(t) -> bool:
    """A word that may be part of a name: all kanji, no function word, no title, no verb of saying."""
    from ..bilingual.whole_names import FUNCTION_FLAGS, whole_name_data

    data = whole_name_data()
    return (all(map(is_kanji, t.word)) and not t.flag.startswith(FUNCTION_FLAGS) and t.word not in data["speech"]
            and not t.word.endswith(data["titles"]))


def _person_end(toks, i: int, target: str) -> tuple[int | None, str]:
    """The index of the last word of a person's name cut in two that starts with word ``i`` and the translation's
    form of it; else (None, "")."""
    from ..bilingual.whole_names import NAME_FLAGS, PERSON, after_title, surname_length

    first = toks[i]
    for j in range(min(i + PERSON_WORDS, len(toks)) - 1, i, -1):  # the longest name first
        parts = toks[i:j + 1]
        name = "".join(t.word for t in parts)
        linked = _linked_last(toks, i, j)
        if name.endswith(place_suffixes()) or not (linked or all(map(plain_word, parts[1:]))):
            continue
        surname = surname_length(name)
        strict = False
        if linked and surname and len(first.word) == surname + 1:  # 苗青/nr + 和/c + 提醒/v: no link before a verb
            shape = True
        elif surname and len(first.word) == surname + 1 and first.flag.startswith(PERSON) and len(parts) == 2 \
                and len(parts[1].word) == 1:  # 欧阳明/nr + 川/j: a name's last character cut off; only before an
            shape = strict = True  # honorific or a title in the translation (欧陽明川さん; not 黄竜病の of 黄龙/nr + 病)
        elif not surname and first.flag.startswith(PERSON) and len(first.word) > 1 and len(parts) == 2 \
                and len(parts[1].word) == 1:  # 丹增扎/nr + 来/v: a name of no surname of the table (a Tibetan's)
            shape = strict = True  # cut before its last character; only before an honorific in the translation
        elif surname:  # a surname of the table, a word of its own, and a given name jieba knows as a name's
            # (志远/nrfg, 长河/ns), or any word where the words around say a person's (48岁的 + 刁/a + 远航/v: a
            # given name jieba reads as a verb; then only before an honorific or a title)
            named = any(t.flag.startswith(PERSON) or t.flag in NAME_FLAGS for t in parts)
            shape = len(name) in PERSON_LENGTHS and len(first.word) == surname and len(name) - surname <= 2 \
                and plain_word(first) and (named or _person_cue(toks, i, j))
            strict = not named
        else:  # a rarer surname, a character of its own (亓/nr, 禚/x), that the words around say a person's, or
            # else the translation's honorific after the whole (`笪明亮さん`)
            shape = len(first.word) == 1 and is_kanji(first.word) and len(name) - 1 in (1, 2)
            honorific = shape and not _person_cue(toks, i, j)
            strict = honorific and len(name) == len(first.word) + 2
            shape = shape and (not honorific or strict)
        title = toks[i - 1].word if after_title(toks, i) else ""
        form = written_whole(target, name, both_sides=True, title=title, strict=strict,
                              honorific=surname == 0 and strict) if shape else ""
        if shape and not form and _person_cue(toks, i, j):
            form = _sounded_whole(target, name, surname or len(first.word), title, strict=strict)
        if form:
            return j, form
    return None, ""


def _linked_last(toks, i: int, j: int) -> bool:
    """Words ``i`` and ``j`` a person's name jieba knows (nr) and one character it reads as a conjunction (和/c, 与/c)
    right before a verb (苗青/nr + 和/c + 提醒/v): a conjunction joins the name to another noun, so before a verb the
    character is the name's last (苗青和), where the translation writes the whole. A preposition is left (在/p before
    a verb says what one is doing)."""
    from ..bilingual.whole_names import PERSON

    after = toks[j + 1] if j + 1 < len(toks) else None
    return j == i + 1 and toks[i].flag.startswith(PERSON) and len(toks[j].word) == 1 and is_kanji(toks[j].word) \
        and toks[j].flag.startswith(CONJUNCTION) and after is not None and after.flag.startswith(VERB)


def _person_cue(toks, i: int, j: int) -> bool:
    """Words around the name of words ``i`` to ``j`` that say a person's: an age phrase before it (48岁的, bilingual/
    data/whole_names.toml's ages), a title before it or a verb of saying after it."""
    from ..bilingual.whole_names import after_title, whole_name_data

    data = whole_name_data()
    before = "".join(t.word for t in toks[max(0, i - 2):i])
    after = toks[j + 1].word if j + 1 < len(toks) else ""
    return before.endswith(data["ages"]) or after_title(toks, i) or after in data["speech"]


def _sounded_whole(target: str, name: str, surname: int, title: str = "", strict: bool = False) -> str:
    """OpenCC's form of the person's ``name`` (its first ``surname`` characters the surname) where ``target`` writes
    the surname and then, for the given name, kanji of the same sound, each one sharing a reading with the source's
    character in its place (`星河藍さん` of 星河兰; `冷啓行さん` of 冷启航, 行 read hang as 航 is: a character of the same
    reading put for the name's own, the error a row lets lint report), or the given name after kanji of the surname's
    sound (`卓建華さん` of 禚建华: a common surname put for a rarer one of its sound), after a character that is no kanji
    (or at its start) and before a title, an honorific, the Japanese form of the source's ``title`` or (not
    ``strict``) a character that is no kanji; else ""."""
    from ..phonetics.pinyin import char_readings

    def same_sound(written: str, word: str) -> bool:
        return all(char_readings(a) & char_readings(b) for a, b in zip(written, word))

    after = _after_words(title)
    head, given = name[:surname], name[surname:]
    places = [(at, at + len(name)) for at in written_at(target, head)]  # the surname as it is, the given name by sound
    places += [(at - surname, at + len(given)) for at in written_at(target, given)]  # or the other way round
    for start, end in places:
        written = target[start:end] if start >= 0 else ""
        if len(written) == len(name) and (start == 0 or not is_kanji(target[start - 1])) \
                and all(map(is_kanji, written)) and _ends_well(target, end, after, strict) \
                and same_sound(written, name):
            return japanese_form(name)
    return ""


def _after_words(title: str = "") -> tuple[str, ...]:
    """What may stand after a person's whole name in a translation: a Japanese title, an honorific, the Japanese form of
    the source's ``title``."""
    return (*japanese_titles(), *word_list("honorifics.txt"), *([japanese_form(title)] if title else []))


def _ends_well(target: str, end: int, after: tuple[str, ...], strict: bool) -> bool:
    """A name ending at ``end`` of ``target`` stands before one of ``after`` or (not ``strict``) at the end or before a
    character that is no kanji."""
    return target.startswith(after, end) or not strict and (end == len(target) or not is_kanji(target[end]))


def _place_start(toks, i: int, out: list, target: str) -> tuple[int | None, str]:
    """The index of the first word of a place cut in two that ends with word ``i`` (a place with its suffix), the
    words before it still the last ones of ``out``, and the translation's form of it; else (None, "")."""
    from ..bilingual.names import tagger
    from ..bilingual.whole_names import PLACE
    from ..tokens import one_common_noun

    t = toks[i]
    suffix = next((s for s in place_suffixes() if t.word.endswith(s)), "")
    if not suffix:
        return None, ""
    bare = t.word == suffix  # 乡 cut from 加弄: a stem of two characters at least before it
    rare = tagger().tokenizer.FREQ.get(t.word, 0) <= RETAG_FREQ
    noun = not bare and (len(t.word) == len(suffix) + 1 and (t.flag == NOUN or t.flag in GLUED_FLAGS and rare)
                         or t.flag == NOUN and rare)
    # 滩镇/n of 草坪滩镇; 峪村/nrt of 石榴峪村, not 小镇/nr; 水口镇/n of 石水口镇: a place jieba's dictionary knows as a
    # rare noun, written whole with a character before it
    if not (bare or noun or t.flag == PLACE):
        return None, ""
    own = t.word[:-len(suffix)]  # the stem before its suffix
    best, k, prefix = (None, ""), i - 1, 0
    while k >= 0 and i - k <= len(out) and out[len(out) - (i - k)] is toks[k]:
        before = toks[k]
        prefix += len(before.word)
        if prefix > (BARE_PREFIX if bare or len(own) > 1 and k == i - 1 else PLACE_PREFIX) or not stem_part(before) \
                or before.word.endswith(place_suffixes()) and not (bare and _dictionary_noun(before)) \
                or (not (bare or noun) and before.flag.startswith(VERB) and not _lone_stem(own, before)) \
                or (before.flag == PLACE and not bare and len(before.word) > 1 and len(own) > 1):
            break
        stem = "".join(w.word for w in toks[k:i])
        if before.flag in PART_FLAGS and not _opens(toks, k):  # not 2026 + 年 + 星河市: a stem that opens with a
            # word of a tag of PART_FLAGS opens a clause
            k -= 1
            continue
        if (bare or noun) and (len(stem) > 1 or suffix not in word_list("town_suffixes.txt")) \
                and one_common_noun(japanese_form(stem)) and not _town(toks, k, i, suffix) \
                or bare and prefix < BARE_STEM:
            k -= 1
            continue  # 特色 + 小镇, 祭祀 + 区: a word and a suffix
        place = toks[k - 1].word if k > 0 and toks[k - 1].word.endswith(place_suffixes()) else ""
        form = written_whole(target, "".join(w.word for w in toks[k:i + 1]), both_sides=False, place=place)
        if form:
            best = (k, form)
        k -= 1
    return best


def _dictionary_noun(t) -> bool:
    """A common noun of jieba's dictionary of two characters or more (结盟/n, making an alliance): one that ends with a
    suffix's character (盟, a league's) is no place with its suffix, and may be the stem of a town whose suffix jieba
    cut off as a word of its own (结盟 + 镇). A suffix standing alone (县/n of 县 + 道 + 镇六线, a county road's name) is
    no stem."""
    from ..bilingual.names import tagger

    return len(t.word) > 1 and t.flag == NOUN and tagger().tokenizer.FREQ.get(t.word, 0) > 0


def _lone_stem(own: str, before) -> bool:
    """A place word of one character before its suffix (仙乡/ns) after a verb of one character (跳/v): a stem jieba
    cut in two, the verb its first character (跳仙乡), where the translation writes the whole (``written_whole``)."""
    return len(own) == 1 and len(before.word) == 1


def stem_part(t) -> bool:
    """A word that may be part of a place's stem: a word that may be part of a name (``plain_word``), or one of a tag of
    ``PART_FLAGS`` otherwise so (西/f of 西城镇), or a kanji jieba's dictionary lacks, tagged as a punctuation mark is
    (``UNKNOWN``: 陂/x of 晁陂镇)."""
    from dataclasses import replace

    unknown = t.flag == UNKNOWN and all(map(is_kanji, t.word))
    return plain_word(replace(t, flag=NOUN) if t.flag in PART_FLAGS or unknown else t)


def _town(toks, k: int, i: int, suffix: str) -> bool:
    """Words ``k`` to ``i`` a town whose stem is a common noun (青石 + 镇, 黄瓜 + 园镇): a suffix of data/
    town_suffixes.txt, cut off alone or with one character of the stem in a word jieba's dictionary lacks (园镇; not
    小镇 of 特色 + 小镇), and the stem after a punctuation mark, a preposition or a place with its suffix, or at the
    start (not 的 + 示范 + 村)."""
    from ..bilingual.names import tagger

    last = toks[i].word
    if suffix not in word_list("town_suffixes.txt") or last != suffix and tagger().tokenizer.FREQ.get(last, 0):
        return False
    return _opens(toks, k)


def _opens(toks, k: int) -> bool:
    """Word ``k`` at the start, or after a punctuation mark, a preposition or a place with its suffix."""
    return k == 0 or toks[k - 1].flag in OPENER_FLAGS or toks[k - 1].word.endswith(place_suffixes())


def _retagged(t, before, target: str):
    """A word of three characters or more that ends with an administrative suffix and that jieba tags as no name
    (大沐乡/n), its stem no everyday word (a common noun of the Japanese dictionary that jieba counts above
    ``everyday``: 行政 of 行政村; but 会同 of 会同县, a noun Japanese has that names a county), written whole by the
    translation: the word as a place (``before``: the word before it in the source); else the word as it is."""
    from dataclasses import replace

    from ..bilingual.align import threshold
    from ..bilingual.names import tagger
    from ..bilingual.whole_names import NAME_FLAGS, PLACE
    from ..tokens import one_common_noun

    suffix = next((s for s in place_suffixes() if t.word.endswith(s)), "")
    stem = t.word[:-len(suffix)] if suffix else ""
    freq = tagger().tokenizer.FREQ
    if not suffix or t.flag in NAME_FLAGS or len(stem) < BARE_STEM or not plain_word(t) \
            or freq.get(t.word, 0) > RETAG_FREQ \
            or one_common_noun(japanese_form(stem)) and freq.get(stem, 0) > threshold("everyday"):
        return t, ""  # 地级市, 自然保护区: words of jieba's dictionary; 行政村: a word of everyday words
    place = before.word if before is not None and before.word.endswith(place_suffixes()) else ""
    form = written_whole(target, t.word, both_sides=False, place=place)
    return (replace(t, flag=PLACE, joined=True), form) if form else (t, "")


def written_whole(target: str, name: str, both_sides: bool, title: str = "", strict: bool = False,
                   place: str = "", honorific: bool = False) -> str:
    """The translation's form of ``name`` (``written.own_form``) where ``target`` writes it in any script
    (``written.written_at``) after a character that is no kanji (or at its start), or after the last character of
    ``place`` (the source's place before it, 岚溪市 of 岚溪市山下河镇: `岚溪市山下河鎮`), and with ``both_sides`` before
    one too, or before a title or an honorific (`禚文遠局長は`, `詹明遠氏に`), or before the Japanese form of the
    source's ``title`` (副局长: `禚文遠副局長に`), and with ``strict`` before one of those alone; else ""."""
    after = word_list("honorifics.txt") if honorific else \
        (*japanese_titles(), *word_list("honorifics.txt"), *([japanese_form(title)] if title else []))
    ends = {place[-1:], japanese_form(place)[-1:]} - {""}
    for at in written_at(target, name):
        end = at + len(name)
        if (at == 0 or not is_kanji(target[at - 1]) or target[at - 1] in ends) and (
                not both_sides or target.startswith(after, end)
                or not strict and (end == len(target) or not is_kanji(target[end]))):
            return own_form(target[at:end], name)
    return ""
