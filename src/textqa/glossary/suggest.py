"""Names the glossary lacks, found in the articles: ``textqa glossary suggest``.

From the Japanese alone, candidate renderings come from four places (``mentions.candidates``): SudachiPy
proper nouns and kanji runs in name context (before 氏, 市, 社 ...), katakana names, pinyin-shaped Latin names
and untranslated Chinese names (jieba, on runs with simplified-only characters). Renderings of one name
in different scripts are clustered by sound, with the same keys the finders use (joined pinyin,
coarse katakana keys; a person's given name under another surname joins too). A cluster proposes
``zh`` and ``ja`` from its kanji members (``ja`` in Japanese characters, by OpenCC where the page writes only the
simplified form), and is unverified when it has none.

With the Chinese source (a paired file, or a bilingual file), the source names that jieba tags
(nr, ns, nt, nz) become a temporary glossary (``ja`` by OpenCC), and the ordinary mention finders
collect the renderings the translation actually used: no alignment needed.

Whatever the glossary already covers (its forms and every variant the finders link to it) is left
out: those are lint findings, not candidates.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..charclass import KATAKANA_SEPARATORS, is_kanji, is_katakana
from ..document import Document
from ..findings import Span
from ..mentions.candidates import Script, Seen, collect, grouped_by_keys, is_covered
from ..wordlists import word_list
from .model import EntityType

# what stands between a name's form and its other form glossing it: a parenthesis, a square or lenticular bracket
# (`星河楼[シンホーロウ]`, a blog's way), or none
GLOSS_OPENERS = ("(", "（", "[", "［", "【", "")
HONORIFIC_ENDS = tuple(w for w in word_list("honorifics.txt") if len(w) == 1)  # 氏, 様: after a surname, no name
GIVEN_LENGTHS = (1, 2)  # characters of a given name after a surname


@dataclass
class Rendering:
    surface: str
    lines: list[tuple[str, int]] = field(default_factory=list)  # (path, line) of each occurrence

    @property
    def count(self) -> int:
        return len(self.lines)


@dataclass
class Candidate:
    zh: str
    ja: str
    type: str
    verified: bool
    renderings: list[Rendering]
    accept: list[str] = field(default_factory=list)  # forms the row accepts: the page's own katakana name (アリババ)

    @property
    def count(self) -> int:
        return sum(r.count for r in self.renderings)

    def as_dict(self) -> dict:
        return {"zh": self.zh, "ja": self.ja, "type": self.type, "verified": self.verified, "accept": self.accept,
                "renderings": [{"surface": r.surface, "count": r.count,
                                "lines": [{"path": p, "line": n} for p, n in r.lines]} for r in self.renderings]}


def occurrences(doc, surface: str, covered) -> list[tuple[str, int]]:
    """(path, line) of every place ``surface`` stands in ``doc`` as a word of its own, outside glossary names."""
    from ..mentions.exact import bounded

    out, start = [], doc.text.find(surface)
    while start >= 0:
        span = Span(start, start + len(surface))
        if bounded(doc.text, span.start, span.end) and not is_covered(span, covered):
            out.append((doc.path, doc.position(start)[0]))
        start = doc.text.find(surface, start + 1)
    return out


# -- clustering by sound ----------------------------------------------------------------------------

def _keys(s: Seen) -> set[str]:
    """Sound keys of a surface: 'r:' joined pinyin, 'k:' coarse katakana key."""
    from ..phonetics.index import roman_key
    from ..phonetics.kana import coarse, katakana_romaji, name_keys
    from ..phonetics.pinyin import name_readings
    from ..phonetics.syllables import segment

    keys: set[str] = set()
    if s.script == Script.KANJI:
        for syl in name_readings(s.surface, person=s.types.get(EntityType.PERSON, 0) > 0):
            keys.add("r:" + "".join(syl))
            keys |= {"k:" + k for k in name_keys(syl)[1]}
    elif s.script == Script.KATAKANA:
        keys.add("k:" + coarse(katakana_romaji(s.surface)))
    else:
        keys.add("r:" + roman_key(s.surface))
        syllables = [p for w in s.surface.replace("-", " ").split() for p in (segment(w) or ())]
        if syllables:
            keys |= {"k:" + k for k in name_keys(list(syllables))[1]}
    return {k for k in keys if len(k) > 4}


def _given_key(s: Seen) -> str | None:
    """'surname|given' readings of a three-character kanji person name (for wrong-surname renderings)."""
    from ..phonetics.pinyin import is_surname, name_readings

    if s.script != Script.KANJI or len(s.surface) != 3 or not is_surname(s.surface[0]):
        return None
    readings = name_readings(s.surface, person=True)
    return " ".join(readings[0][1:]) if readings else None


def cluster(seen: dict[str, Seen]) -> list[list[Seen]]:
    """Group surfaces that share a sound key, most frequent first."""
    def keys_of(s: Seen) -> set[str]:
        keys = _keys(s)
        given = _given_key(s)
        if given:
            keys.add("g:" + given)
        return keys

    out = [sorted(g, key=lambda s: (-len(s.lines), s.surface)) for g in grouped_by_keys(list(seen.values()), keys_of)]
    return sorted(out, key=lambda g: (-len(g), -sum(len(s.lines) for s in g), g[0].surface))


def _proposal(group: list[Seen], texts: tuple[str, ...] = ()) -> Candidate:
    from .forms import chinese_zh, in_japanese_words, is_simplified_only, japanese_form

    kanji = [s for s in group if s.script == Script.KANJI and all(is_kanji(c) for c in s.surface)]
    types: dict[str, int] = {}
    for s in group:
        for t, n in s.types.items():
            types[t] = types.get(t, 0) + n
    typ = max(types, key=lambda t: (types[t], t)) if types else ""
    renderings = [Rendering(s.surface, sorted(s.lines)) for s in group]
    if kanji:
        keys = {id(s): _keys(s) for s in group}
        # a Japanese form first: a page that quotes a name's simplified form (an infobox's 簡体字 row, a Chinese title)
        # more often than it writes its own still writes the name in Japanese characters
        ja = max(kanji, key=lambda k: (not any(map(is_simplified_only, k.surface)),
                                       sum(bool(keys[id(k)] & keys[id(o)]) for o in group if o is not k),
                                       len(k.lines)))
        ja = ja.surface
        zh = chinese_zh(ja)
        typ = _kanji_type(group, types, typ)
        if any(map(is_simplified_only, ja)) and not in_japanese_words(ja):
            # never the page's simplified form as the Japanese one (but a name Japanese writes with a character of its
            # own that OpenCC takes for a simplified one, data/japanese_words_in_chinese_forms.txt): a row 吴星河 → 吴星河 would hide the page's own
            # leftover (`会議には吴星河が`); the Japanese form, written too where no finder took it (`劉 星河`, spaced),
            # or made by OpenCC, is what lint then holds the page to
            ja = japanese_form(ja)
        # OpenCC left one simplified: the maintainer writes it
        verified = not any(map(is_simplified_only, ja)) or in_japanese_words(ja)
        return Candidate(zh, ja, typ, verified, renderings, _own_katakana(group, kanji, texts, ja))
    return Candidate("", group[0].surface, typ, False, renderings)


def _kanji_type(group: list[Seen], types: dict[str, int], typ: str) -> str:
    """The type of a row with a kanji form: the votes of its renderings' contexts (``typ``, the most), except that a
    tie goes to the person where a katakana name with a separator in the group is said as a person's (ウー・レイ: the
    Japanese dictionary types its kanji form by its first word alone, 呉, a Japanese city's name, of 呉磊)."""
    said = any(map(_said_as_person, group))
    return EntityType.PERSON if said and types.get(EntityType.PERSON, 0) == types.get(typ, 0) else typ


def _said_as_person(s: Seen) -> bool:
    """A katakana name with a separator between its words, in a person's context (ウー・レイ): a person's name."""
    return (s.script == Script.KATAKANA and EntityType.PERSON in s.types
            and any(c in KATAKANA_SEPARATORS for c in s.surface))


def _own_katakana(group: list[Seen], kanji: list[Seen], texts: tuple[str, ...], ja: str = "") -> list[str]:
    """The katakana forms the page gives the name itself: glossed once by one of its kanji forms in parentheses or
    brackets, or glossing one (`アリババ(阿里巴巴)`, then アリババ throughout; `星河楼(シンホーロウ)`, then シンホーロウ now
    and then; `シンホーロウ[星河楼]`), or reading it after its Latin form (`星河楼 SHING HO LAU(シン ホー ラウ)`), or
    listing it with its other forms on a line of their own (`星河楼・Shing Ho Lau・シンホーロウ`), also
    glued to it where the page lost the opening parenthesis (`シン・ホーロウ星河楼)`): the row accepts them, so that
    linting the page with it reports no katakana transliteration of the name it glossed itself; and so is the same
    katakana written without its separators (`ナンシン` beside the glossed `ナン・シン`)."""
    own = [s.surface for s in group if s.script == Script.KATAKANA
           and any(f"{a}{o}{b}" in text for k in kanji for a, b in ((s.surface, k.surface), (k.surface, s.surface))
                   for o in GLOSS_OPENERS for text in texts)
           or s.script != Script.KANJI  # a kanji form glosses no other (諸葛亮 is no reading of 諸葛亮)
           and any(_lede_gloss(text, s.surface, k) or _longer_name_gloss(text, s.surface, k)
                   or _cells_of_a_row(text, s.surface, k) or _reading_after_latin_form(text, s.surface, k)
                   or _forms_on_their_line(text, s.surface, k)
                   for k in {ja, *(k.surface for k in kanji)} - {""} for text in texts)]
    joined = {_unseparated(o) for o in own}
    return own + [s.surface for s in group if s.script == Script.KATAKANA and s.surface not in own
                  and _unseparated(s.surface) in joined]


def _unseparated(katakana: str) -> str:
    """The katakana without the separators between its words (ナン・シン: ナンシン)."""
    return "".join(c for c in katakana if c not in KATAKANA_SEPARATORS)


def _reading_after_latin_form(text: str, katakana: str, kanji: str) -> bool:
    """The kanji, a space, the name's Latin form, then the katakana in parentheses (`星河楼 SHING HO LAU(シン ホー
    ラウ)`: a shop's sign in both scripts, read for the reader): the page's own reading of the name."""
    from ..charclass import is_katakana  # noqa: PLC0415

    if not any(map(is_katakana, katakana)):
        return False
    return re.search(re.escape(kanji) + r"[ 　]+[A-Za-z][A-Za-z .'&\-]*[(（]" + re.escape(katakana) + "[)）]",
                     text) is not None


def _forms_on_their_line(text: str, katakana: str, kanji: str) -> bool:
    """A line that holds only the name's forms, the kanji and the katakana among them, each item parted from the next by
    ・ or a slash, perhaps with its Latin form (`星河樓・Shing Ho Lau・シンホーロウ`, a blog's heading naming a shop in
    its three scripts): the page's own forms of one name, side by side."""
    from ..charclass import LATIN_NAME_RUN, SLASHES, SPACE  # noqa: PLC0415

    item = f"(?:{re.escape(kanji)}|{re.escape(katakana)}|{LATIN_NAME_RUN.pattern})"
    line = re.compile(rf"{SPACE}*{item}(?:{SPACE}*[・{SLASHES}]{SPACE}*{item})+{SPACE}*")
    return any(kanji in row and katakana in row and line.fullmatch(row) for row in text.split("\n"))


def _cells_of_a_row(text: str, katakana: str, kanji: str) -> bool:
    """A table's row gives the name in both forms, the katakana in one cell and the kanji (perhaps with its place's
    suffix) in the next, only spaces, tabs or bars between, on a line with no hiragana (`フフホト 呼和浩特市 1952`: a
    table of capitals, each in Japanese and in Chinese): the page's own forms, side by side."""
    from ..charclass import CELL_FILLER, is_hiragana, is_katakana  # noqa: PLC0415

    if not all(map(is_katakana, katakana)):
        return False
    at = text.find(katakana)
    while at >= 0:
        o = at + len(katakana)
        while o < len(text) and text[o] in CELL_FILLER:
            o += 1
        if o > at + len(katakana) and text.startswith(kanji, o) and (at == 0 or text[at - 1] in CELL_FILLER + "\n"):
            line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", o) + 1 or len(text) + 1) - 1]
            if not any(map(is_hiragana, line)):
                return True
        at = text.find(katakana, at + 1)
    return False


def _longer_name_gloss(text: str, katakana: str, kanji: str) -> bool:
    """The page glosses a longer name that begins with the name, one form by the other: the katakana, more katakana
    words joined to it, then a parenthesis that opens with the kanji (`星河・ジャパン(星河技研日本株式会社)`, a company's
    branch named in both forms), or the kanji, more kanji, then a parenthesis that opens with the katakana as a whole
    word (`星河技研日本(シンホー・ジャパン)`)."""
    from ..charclass import KATAKANA_SEPARATORS, PARENS, is_katakana  # noqa: PLC0415

    at = text.find(katakana)
    while at >= 0:
        o = at + len(katakana)
        while text[o:o + 1] in KATAKANA_SEPARATORS and o + 1 < len(text) and is_katakana(text[o + 1]):
            o += 1
            while o < len(text) and is_katakana(text[o]):
                o += 1  # a further katakana word of the longer name (・ジャパン)
        if o > at + len(katakana) and text[o:o + 1] in PARENS and text.startswith(kanji, o + 1):
            return True
        at = text.find(katakana, at + 1)
    at = text.find(kanji)
    while at >= 0:
        o = at + len(kanji)
        while o < len(text) and is_kanji(text[o]):
            o += 1  # the rest of the longer name in kanji (技研日本)
        after = o + 1 + len(katakana)
        if o > at + len(kanji) and text[o:o + 1] in PARENS and text.startswith(katakana, o + 1) \
                and not (after < len(text) and is_katakana(text[after])):
            return True
        at = text.find(kanji, at + 1)
    return False


LEDE_READING = 30  # code points of a reading in kana (りゅうしょうき) between an entry's headword and its parenthesis
LEDE_PARENTHESIS = 200  # code points into an entry's first parenthesis searched for the name's other form
MARKUP_QUOTES = "'\"*"  # what wiki markup puts around a headword ('''ウランフ'''): bold and emphasis marks


def _lede_gloss(text: str, katakana: str, kanji: str) -> bool:
    """An encyclopedia entry's first lines give the name in both forms: the headword in kanji, perhaps its reading in
    kana, then a parenthesis that opens with the katakana (`劉少奇` / `りゅうしょうき` / `(リウ・シャオチー、1898年…)`),
    or the headword in katakana and the kanji among the items of the parenthesis after it (`'''ウランフ'''(…表記…、
    '''烏蘭夫'''、…)`, a Mongolian name Japanese writes in katakana): the page's own forms of its subject."""
    from ..charclass import PARENS, is_hiragana  # noqa: PLC0415

    at = text.find(kanji)
    while at >= 0:
        o = at + len(kanji)
        while o < len(text) and o - at - len(kanji) <= LEDE_READING and (is_hiragana(text[o]) or text[o].isspace()):
            o += 1  # the headword's reading (りゅうしょうき) and the blank lines around it
        if text[o:o + 1] in PARENS and text.startswith(katakana, o + 1):
            return True
        at = text.find(kanji, at + 1)
    at = text.find(katakana)
    while at >= 0:
        o = at + len(katakana)
        while o < len(text) and text[o] in MARKUP_QUOTES:
            o += 1
        if text[o:o + 1] in PARENS:
            inside = text[o + 1:o + 1 + LEDE_PARENTHESIS]
            close = inside.find(PARENS[text[o]])
            if kanji in (inside if close < 0 else inside[:close]):
                return True
        at = text.find(katakana, at + 1)
    return False


def suggest_japanese(docs, compiled, covered_elsewhere=None) -> list[Candidate]:
    """Candidates from Japanese documents alone (``covered_elsewhere``: path -> spans to leave out)."""
    seen: dict[str, Seen] = {}
    covered = [(doc, collect(doc, compiled, seen, [*(covered_elsewhere or {}).get(doc.path, ()), *_originals(doc)]))
               for doc in docs]
    texts = tuple(doc.text for doc, _ in covered)
    for doc, cov in covered:
        _glossing_kanji(doc, cov, seen)
    out = []
    for group in cluster(seen):
        if len(group) == 1 and not group[0].strong:
            continue  # one rendering that only may be a name: not enough on its own
        for s in group:  # every occurrence of a rendering counts, not only those in name context
            s.lines = [o for doc, cov in covered for o in occurrences(doc, s.surface, cov)] or s.lines
        group.sort(key=lambda s: (-len(s.lines), s.surface))
        for part in ([[s] for s in group] if _tied_namesakes(group) else [group]):
            candidate = _place_read_as_surname(_proposal(part, texts), part)
            if not candidate.zh or (_chinese_name(candidate, part) and not _title(candidate, part, texts)
                                    and not _country_and_place(candidate)):
                out.append(_province(candidate))
    return sorted(out, key=lambda c: (-len(c.renderings), -c.count, c.ja))


def _tied_namesakes(group: list[Seen]) -> bool:
    """The group's two most frequent forms are persons' names in kanji of one length, written as often as each other,
    each in its Japanese form and neither the other's variant (陳星河 ×1, 陳星和 ×1: namesakes, such as two players of one
    team, or a coin toss): the page gives no evidence which is the row's form, and a row of either reports the other;
    each is proposed as a row of its own. A variant or a simplified form beside its Japanese one (劉星河, 刘星河) is still one person's row."""
    from .forms import is_simplified_only, japanese_form

    kanji = [s for s in group if s.script == Script.KANJI and all(is_kanji(c) for c in s.surface)
             and EntityType.PERSON in s.types]
    if len(kanji) < 2:
        return False
    a, b = kanji[0], kanji[1]
    return len(a.lines) == len(b.lines) and len(a.surface) == len(b.surface) \
        and not any(map(is_simplified_only, a.surface + b.surface)) \
        and japanese_form(a.surface) != japanese_form(b.surface)


def _country_and_place(c: Candidate) -> bool:
    """A country's name, then a place's that jieba knows (中国 + a province, cut from before 大学 in `中国X大学`): the
    country qualifies the place, no name of its own (a bank named after its country is cut at 銀行: 中国 alone)."""
    from ..mentions.candidates import is_country  # noqa: PLC0415
    from ..phonetics.tables import chinese_word_tag  # noqa: PLC0415
    from ..tokens import tokenize  # noqa: PLC0415
    from .forms import simplified_form  # noqa: PLC0415

    toks = tokenize(c.ja)
    country, rest = (toks[0].surface, c.ja[len(toks[0].surface):]) if toks else ("", "")
    # both of two characters or more: a one-character "country" is an ancient state's name and a surname (殷)
    return len(country) > 1 and len(rest) > 1 and is_country(toks[0]) \
        and chinese_word_tag(simplified_form(rest)) == PLACE_TAG


def _place_read_as_surname(c: Candidate, group: list[Seen]) -> Candidate:
    """A "person" in kanji alone that jieba knows as a place (``ns``) and the Japanese dictionary reads as a family
    name alone read by Sino-Japanese readings (江蘇 コウソ in a list of provinces, typed by the dictionary's 姓): a
    place, judged as one."""
    from ..mentions.homophone import FAMILY_NAME  # noqa: PLC0415
    from ..phonetics.tables import chinese_word_tag  # noqa: PLC0415
    from ..tokens import person_name, tokenize  # noqa: PLC0415

    if c.type != EntityType.PERSON or not c.zh or any(s.script != Script.KANJI for s in group) \
            or chinese_word_tag(c.zh) != PLACE_TAG:
        return c
    toks = tokenize(c.ja)
    if len(toks) == 1 and person_name(toks[0].pos) and len(toks[0].pos) > 3 and toks[0].pos[3] == FAMILY_NAME \
            and on_reading(toks[0].reading, len(c.ja)):
        c.type = EntityType.PLACE  # 江蘇 コウソ; 高原 タカハラ, read by native readings, is a Japanese family name
    return c


def _province(c: Candidate) -> Candidate:
    """A province or a city that the organisation's word after it typed as an organisation (the province of a
    provincial university, before 大学: the university is the organisation): a place, where jieba's tag ``ns`` says
    so."""
    from ..phonetics.tables import chinese_word_tag  # noqa: PLC0415

    if c.type == EntityType.ORG and chinese_word_tag(c.zh) == PLACE_TAG:
        c.type = EntityType.PLACE
    return c


def _glossing_kanji(doc, covered, seen: dict[str, Seen]) -> None:
    """The kanji in a parenthesis right after a person's katakana name written with a separator (`チャオ・ルースー(趙露思)`,
    an actor the dictionary does not know): a kanji rendering of its own, weak, so that it proposes a row only where
    its sound joins it to the katakana name (a row with a kanji form is verified; a gloss of another sound, a title or
    a role, stays alone and is dropped)."""
    from ..charclass import KANJI_RUN, PARENS  # noqa: PLC0415
    from ..mentions.candidates import MAX_NAME_KANJI  # noqa: PLC0415

    people = [s.surface for s in seen.values() if _said_as_person(s)]
    for name in people:
        at = doc.text.find(name)
        while at >= 0:
            o = at + len(name)
            run = KANJI_RUN.match(doc.text, o + 1) if doc.text[o:o + 1] in PARENS else None
            closed = run is not None and doc.text[run.end():run.end() + 1] == PARENS[doc.text[o]]
            if closed and 2 <= len(run.group()) <= MAX_NAME_KANJI and not is_covered(Span(*run.span()), covered):
                s = seen.setdefault(run.group(), Seen(run.group(), Script.KANJI))
                s.lines.append((doc.path, doc.position(run.start())[0]))
                s.types[EntityType.PERSON] = s.types.get(EntityType.PERSON, 0) + 1
            at = doc.text.find(name, at + 1)


def _title(c: Candidate, group: list[Seen], texts: tuple[str, ...]) -> bool:
    """A "person" in kanji alone that is all a quotation holds wherever the page writes it (`以前は「東方明」のメロディー
    を`), or all but its reading in kana in parentheses (`「霧峰翠(むほうすい)」が最も`, a tea), or the opening words of
    a title in 『』 glued to the rest of it (`『星河大冒険』で`): the title of a song, a book, a game or a film, or a
    product, that the dictionary cuts as a surname and a given name, not a person the page talks about (a person's
    name stands in prose, before さん, 氏, が …)."""
    from ..mentions.context import all_quoted  # noqa: PLC0415

    if c.type != EntityType.PERSON or any(s.script != Script.KANJI for s in group):
        return False
    seen = False
    for s in group:
        for text in texts:
            at = text.find(s.surface)
            while at >= 0:
                span = Span(at, at + len(s.surface))
                if not (all_quoted(text, span) or _quoted_with_reading(text, span) or _opens_title(text, span)):
                    return False
                seen, at = True, text.find(s.surface, at + 1)
    return seen


def _quoted_with_reading(text: str, span: Span) -> bool:
    """The span and its reading in kana in parentheses are all a quotation holds (「霧峰翠(むほうすい)」)."""
    from ..charclass import PARENS, QUOTE_PAIRS, is_hiragana  # noqa: PLC0415

    before, opener = text[span.start - 1:span.start], text[span.end:span.end + 1]
    if before not in QUOTE_PAIRS or opener not in PARENS:
        return False
    close = text.find(PARENS[opener], span.end + 1)
    reading = text[span.end + 1:close] if close > 0 else ""
    return bool(reading) and all(is_hiragana(ch) or is_katakana(ch) for ch in reading) \
        and text[close + 1:close + 2] == QUOTE_PAIRS[before]


def _opens_title(text: str, span: Span) -> bool:
    """The span opens a title in 『』 and more of the title is glued to it (『星河大冒険』: no name stands so)."""
    from ..charclass import QUOTE_PAIRS, is_hiragana  # noqa: PLC0415

    after = text[span.end:span.end + 1]
    if text[span.start - 1:span.start] != "『" or not after or not (is_kanji(after) or is_hiragana(after)
                                                                     or is_katakana(after)):
        return False
    line_end = text.find("\n", span.end)
    return QUOTE_PAIRS["『"] in text[span.end:line_end if line_end >= 0 else len(text)]


def _originals(doc) -> list[Span]:
    """The lines of simplified Chinese that the page gives each above its Japanese line (a bilingual recipe's
    `胡萝卜、黄瓜切丁` above `人参、胡瓜は…`): the original beside its translation, whose words are the source's, not
    the page's names. (Lines in Japanese kanji in that shape, an infobox's rows, are the page's own.)"""
    from ..rules.garble._text import interlinear_text  # noqa: PLC0415
    from .forms import is_simplified_only  # noqa: PLC0415

    lines = {line for line in interlinear_text(doc).split("\n") if any(map(is_simplified_only, line))}
    out, at = [], 0
    for line in doc.text.split("\n"):
        if line in lines:
            out.append(Span(at, at + len(line)))
        at += len(line) + 1
    return out


# -- Chinese-name evidence ---------------------------------------------------------------------------
# A row is proposed from the Japanese alone only for a name that is Chinese by some evidence: a glossary maintainer
# switches off a tool that proposes 会見, 你好, 井上 or 東京. Evidence against: a word of the Chinese dictionary that is
# no name (jieba's tag: 你好 l, 会见 n, 明代 t), a name the Japanese dictionary reads as Japanese (a family name of two
# characters or more that is no Chinese compound surname: 井上, 夏目|漱石; a given name alone: 竜之介), a surname and an
# honorific (頼氏), a Japanese place (data/japanese_places.txt), a place abroad in Japanese kanji by sound (巴里:
# data/foreign_places_in_kanji.txt). Evidence for, where the kanji are all the page gives: a
# person's name that begins with a Chinese surname or that the dictionary knows whole (曹操), a place that the Chinese
# dictionary knows (西安). A name the page also writes by its sound, in katakana or pinyin, is a name.
PLACE_TAG = "ns"  # jieba's tag of a place's name
NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})  # jieba's tags of names (bilingual.names.NAME_TAGS)
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})  # jieba's tags of a person's name
FULL_NAME = "一般"  # SudachiPy's tag of a whole name it knows (人名,一般: 曹操, 習近平), beside 姓 and 名
GIVEN_NAME = "名"


def _chinese_name(c: Candidate, group: list[Seen]) -> bool:
    from ..mentions.homophone import FAMILY_NAME
    from ..phonetics.pinyin import is_surname
    from ..phonetics.tables import chinese_word, chinese_word_tag, surnames
    from ..tokens import person_name, tokenize

    heard = any(s.script != Script.KANJI for s in group)  # written by its sound too: ソウソウ, Cao Cao
    tag = chinese_word_tag(c.zh)
    if tag is not None and tag not in NAME_TAGS and not (heard and tag == "n"):
        return False  # a word, not a name (你好 l even beside ニーハオ; a noun heard as a name, 宝玉 n, stays)
    if not heard and c.type != EntityType.PLACE and _everyday_words(c.ja):
        return False  # 英語, 陳列|品 (for 陈列品, nr to jieba): everyday words to the Japanese dictionary (a place, 西|湖
        # or 長城, is read so too)
    toks = [(t.surface, t.pos[3] if person_name(t.pos) and len(t.pos) > 3 else "") for t in tokenize(c.ja)]
    if _japanese_place(c.ja) or c.ja in word_list("foreign_places_in_kanji.txt"):
        return False  # 石川, 東京, 東京都: a Japanese place, also where the page reads it as a person (a family name);
        # 巴里 (Paris): a place Japanese spells in kanji by sound, and Chinese otherwise
    if c.type == EntityType.PLACE:  # 山本 before 市: a Japanese family name is a Japanese place too
        # a "place" both dictionaries know only as a family name (金山, 高麗: jieba's nr, the Japanese dictionary's 姓;
        # a metaphor, a kingdom) is no Chinese place by them; 花蓮, 湯陰 are nr to jieba but places to the other
        return heard or (chinese_word(c.zh) and not _japanese_name(c, toks)
                         and not (tag in PERSON_TAGS and len(toks) == 1 and toks[0][1] == FAMILY_NAME))
    if c.type != EntityType.PERSON:
        return True
    if c.ja[-1:] in HONORIFIC_ENDS:
        return False  # 頼氏: Mr Lai, the surname and its honorific
    if len(c.zh) == 2 and c.zh[0] == c.zh[1]:
        return False  # a character doubled (a word said twice, which jieba may tag nr after the surname it also is):
        # a phrase list's word and its reading, no surname and given name
    if not heard and (_japanese_name(c, toks) or _native_family_name(c, toks)):
        return False
    return heard or is_surname(c.ja[:1]) or c.zh[:2] in surnames() or (len(toks) == 1 and toks[0][1] == FULL_NAME)


PREFECTURE_ENDS = ("都", "道", "府", "県")  # what a Japanese prefecture's name takes in full (東京都, 大阪府)


def _japanese_place(ja: str) -> bool:
    """A place of data/japanese_places.txt, alone or with its prefecture's ending (東京, 東京都: a table of cities
    compares a Chinese city's population with Tokyo's)."""
    places = word_list("japanese_places.txt")
    return ja in places or (ja.endswith(PREFECTURE_ENDS) and ja[:-1] in places)


def _everyday_words(ja: str) -> bool:
    """The Japanese dictionary reads the Japanese form as common nouns, perhaps with a noun suffix and nothing else
    (中文, 英語, 陳列|品, 新聞|網): a language's name or an everyday word that jieba tags as a name (nz, nr), no
    name; a person's or an organisation's form holds a proper noun or a word the dictionary does not know (places
    are not read so: 西|湖, 長城)."""
    from ..tokens import suffix, tokenize

    toks = tokenize(ja)
    return any(t.is_common_noun for t in toks) and all(t.is_common_noun or suffix(t.pos) for t in toks)


def _japanese_name(c: Candidate, toks: list[tuple[str, str]]) -> bool:
    """The Japanese dictionary reads the person's name as a Japanese one (``toks``: its words and their person tags):
    a family name of two characters or more that is no Chinese compound surname (司馬), whose first character is no
    Chinese surname (井上) or after which comes a given name, or another family name, of two characters or more
    (夏目|漱石, 田中|多田 of a name the page cut; not 楊貴|妃, how the dictionary cuts 楊貴妃); or a given name alone of three characters or more, or of two whose first is no Chinese
    surname (竜之介, 修一; a Chinese courtesy name, 孟徳, begins with a surname); or a name it knows whole whose first
    two characters it reads as such a family name (野口|英世); or a family name of two characters that ends as Japanese
    family names do (data/japanese_family_name_endings.txt: 柳田, 吉沢), or a given name of two characters or more,
    alone or after a family name, that ends as Japanese given names do (data/japanese_given_name_endings.txt: 康男,
    龍|陽一), whatever their first character."""
    from ..mentions.homophone import FAMILY_NAME
    from ..phonetics.pinyin import is_surname
    from ..phonetics.tables import surnames
    from ..tokens import tokenize

    first, tag = toks[0]
    if tag == FAMILY_NAME and len(first) == 2 and c.zh[:2] not in surnames() \
            and first[1:] in word_list("japanese_family_name_endings.txt"):
        return True  # 柳田, 吉沢: a Japanese family name, though 柳 and 吉 are Chinese surnames
    if any(t == GIVEN_NAME and len(s) >= 2 and s[-1:] in word_list("japanese_given_name_endings.txt") for s, t in toks):
        return True  # 康男, 龍|陽一: a Japanese given name, alone or after a surname
    if tag == FULL_NAME and len(first) > 2 and not is_surname(first[0]):
        head = [(t.surface, t.pos[3] if len(t.pos) > 3 else "") for t in tokenize(first[:2])]
        return head == [(first[:2], FAMILY_NAME)]  # 野口英世, known whole: its first two are a Japanese family name
    if tag == FAMILY_NAME and len(first) >= 2 and c.zh[:2] not in surnames():
        return not is_surname(first[0]) or (len(toks) > 1 and toks[1][1] in (GIVEN_NAME, FAMILY_NAME)
                                            and len(toks[1][0]) >= 2)
    return len(toks) == 1 and tag == GIVEN_NAME and (len(first) > 2 or not is_surname(first[0])
                                                     or not on_reading(tokenize(first)[0].reading, len(first)))


def _native_family_name(c: Candidate, toks: list[tuple[str, str]]) -> bool:
    """A "person" in kanji alone that the Japanese dictionary reads as one family name of two characters, by native
    readings (蒲原 カンバラ, 湯山 ユヤマ, 高原 タカハラ: a Japanese executive's family name, a hot spring, a plateau),
    that is no Chinese compound surname: no Chinese name, which Japanese reads by Sino-Japanese readings (江蘇 コウソ
    is judged so as a place by its type)."""
    from ..mentions.homophone import FAMILY_NAME  # noqa: PLC0415
    from ..phonetics.tables import surnames  # noqa: PLC0415
    from ..tokens import tokenize  # noqa: PLC0415

    if len(toks) != 1 or toks[0][1] != FAMILY_NAME or len(c.ja) != 2 or c.zh[:2] in surnames():
        return False
    return not on_reading(tokenize(c.ja)[0].reading, 2)


def on_reading(reading: str, characters: int) -> bool:
    """``reading`` (katakana) can be read as ``characters`` Sino-Japanese readings in a row, each one mora or two with
    the second one of ON_READING_ENDS (モウ|トク, ホウ|ギョク, ケイ|レイ): how Japanese reads a Chinese name. A Japanese
    given name the dictionary reads by the native readings (カズ|オ for 和夫, ヨシ|オ) is no such run."""
    from ..charclass import GLIDE_KANA, ON_READING_ENDS  # noqa: PLC0415

    morae: list[str] = []
    for ch in reading:
        if ch in GLIDE_KANA and morae:
            morae[-1] += ch
        else:
            morae.append(ch)
    ends = {0}  # how many characters' readings can end at each mora: a set per position
    table = [ends] + [set() for _ in morae]
    for i in range(len(morae)):
        for n in table[i]:
            table[i + 1].add(n + 1)
            if i + 1 < len(morae) and morae[i + 1] in ON_READING_ENDS:
                table[i + 2].add(n + 1)
    return characters in table[len(morae)]


# -- with the Chinese source ------------------------------------------------------------------------

def suggest_with_source(pairs, compiled) -> list[Candidate]:
    """Candidates from (Japanese document, Chinese source text) pairs: the source's names and their renderings,
    then the names found in the Japanese alone that no source name accounts for (a name jieba missed)."""
    from ..bilingual.names import listed_with_a_name
    from .common_word import common_word
    from .compile import compile_glossary
    from .ethnic_forms import written_form
    from .forms import japanese_form, simplified_form
    from .model import Entry, Glossary
    from .name_type import name_type
    from .sounded_places import sounded

    known = {simplified_form(e.zh) for e in compiled.glossary} if compiled is not None else set()
    kinds: dict[str, dict[str, int]] = {}
    listed: set[str] = set()  # names in a list beside a name (甘肃、青海): names, whatever the dictionaries say
    written: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}  # a name joined from the translation (cut_names,
    # long_orgs): zh -> the translation's own form of it, and the names inside it with their forms there
    for doc, source in pairs:
        names = _source_names(source, doc.text, written)
        for name in names:
            if simplified_form(name.surface) not in known:
                if name.surface not in listed and listed_with_a_name(name, names, source):
                    listed.add(name.surface)
                k = kinds.setdefault(name.surface, {})
                k[name.entity_type] = k.get(name.entity_type, 0) + 1
    entries, forms = [], set()
    targets = [doc.text for doc, _ in pairs]
    for zh, k in kinds.items():
        ja = written[zh][0] if zh in written else written_form(zh, targets) or japanese_form(zh)
        if ja in forms:
            continue
        forms.add(ja)
        kind = max(k, key=lambda t: (k[t], t))
        entries.append(Entry(zh=zh, ja=ja, type=kind))
    temporary = compile_glossary(Glossary(entries))
    found: dict[str, dict[str, Rendering]] = {}
    spans: dict[str, list[Span]] = {}
    for doc, _ in pairs:
        from ..mentions.resolve import annotate

        own = {m.span for m in annotate(doc, compiled)} if compiled is not None else set()
        probe = Document(doc.text, doc.path)
        for m in annotate(probe, temporary):
            if m.span in own:
                continue
            spans.setdefault(doc.path, []).append(m.span)
            r = found.setdefault(m.entity, {}).setdefault(m.surface, Rendering(m.surface))
            r.lines.append((doc.path, doc.position(m.span.start)[0]))
            for inner, form in written.get(m.entity, ("", ()))[1]:
                if form in m.surface:  # the place an organisation's name opens with: its rendering too
                    r = found.setdefault(inner, {}).setdefault(form, Rendering(form))
                    r.lines.append((doc.path, doc.position(m.span.start)[0]))
    _near(pairs, entries, found)
    by_sound = sounded(pairs, entries, found, Rendering)
    sources, targets = [source for _, source in pairs], [doc.text for doc, _ in pairs]
    out = []
    for e in entries:
        if e.zh in found:
            renderings = sorted(found[e.zh].values(), key=lambda r: (-r.count, r.surface))
            # a name the translation writes only in katakana (加拿大 as カナダ, 哈尔滨 as ハルビン, a Uyghur name) is
            # written so in Japanese: OpenCC's kanji (加拿大) is no Japanese form, and the row would report each mention
            # so is a place written by its stem's sound and its suffix's word (阿勒泰市 as アルタイ市)
            ja = renderings[0].surface if e.zh in by_sound or all(map(_katakana_name, (r.surface for r in renderings))) \
                or _word_rendered(e.ja, renderings[0].surface) else e.ja
            if common_word(e.zh, ja, sources, [r.surface for r in renderings], targets, e.zh in listed,
                           place=e.type == EntityType.PLACE):
                continue  # 温泉, 越冬: an everyday word jieba tags as a name
            typ = name_type(e.zh, kinds[e.zh], sources, [r.surface for r in renderings], targets)
            out.append(Candidate(e.zh, ja, typ, True, renderings))
    out.sort(key=lambda c: (-len(c.renderings), -c.count, c.zh))
    alone = [c for c in suggest_japanese([doc for doc, _ in pairs], compiled, spans) if not _surname_of(c, out)]
    for c in alone:  # a name jieba missed: typed by the Japanese context alone, unless cues on both sides say more
        if c.zh and c.type:
            c.type = name_type(c.zh, {c.type: 1}, sources, [r.surface for r in c.renderings], targets)
    return out + alone


def _surname_of(c: Candidate, persons: list[Candidate]) -> bool:
    """``c``, a person found in the Japanese alone, is the surname a person of ``persons`` (the source's rows) opens
    with, followed by a given name of one or two characters (星河さん after 星河明远): that person, said by surname, no
    row of its own; its renderings join the person's."""
    if c.type != EntityType.PERSON or not c.zh:
        return False
    person = next((p for p in persons if p.type == EntityType.PERSON and p.zh.startswith(c.zh)
                   and len(p.zh) - len(c.zh) in GIVEN_LENGTHS), None)
    if person is not None:
        person.renderings += c.renderings
    return person is not None


def _word_rendered(form: str, surface: str) -> bool:
    """The translation's ``surface`` is the name's kanji ``form`` with a common noun in it translated by the Japanese
    word for it (四国地域 for 四国地区: data/name_word_renderings.tsv): the translation's own rendering of the name, no
    look-alike of it."""
    return any(kanji in form and any(form.replace(kanji, word) == surface for word in words)
               for kanji, words in name_word_renderings())


@functools.lru_cache(maxsize=1)
def name_word_renderings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """data/name_word_renderings.tsv as (the common noun's kanji form, the Japanese words for it), read once."""
    from ..wordlists import data_table
    from .forms import japanese_form

    return tuple((japanese_form(zh), tuple(words.split("|")))
                 for zh, words in data_table("name_word_renderings.tsv", ("chinese", "japanese")).items())


def _near(pairs, entries, found: dict[str, dict[str, Rendering]]) -> None:
    """Each person of the sources with no rendering that its source says a person's, given the translation's forms of
    it with another given name (``near_persons``: `星河麗芳` for 星河丽华) as renderings."""
    from .near_persons import near_renderings, said_a_person

    owned = {surface for renderings in found.values() for surface in renderings}
    for e in entries:
        if e.type != EntityType.PERSON or e.zh in found:
            continue
        for doc, source in pairs:
            for surface, at in near_renderings(doc.text, e.zh, owned) if said_a_person(source, e.zh) else ():
                r = found.setdefault(e.zh, {}).setdefault(surface, Rendering(surface))
                r.lines.append((doc.path, doc.position(at)[0]))


def _source_names(source: str, target: str, written: dict[str, tuple[str, tuple[tuple[str, str], ...]]]) -> list:
    """The names jieba tags in ``source`` (``bilingual.names.source_names``), with those it cut in two that the
    translation ``target`` writes whole joined (``cut_names``), the places named only inside a longer word that it
    writes with their suffix made words (``bound_places``: 星河 + 县城), a direction cut off a place's name joined
    back (``directed_places``: 北 + 衡山) and the organisations' full names added
    (``long_orgs``: their translated forms go into ``written``)."""
    from ..bilingual.names import tagger, names_of
    from ..bilingual.whole_names import rejoined
    from .bound_places import split
    from .cut_names import joined
    from .directed_places import joined as directed
    from .feature_places import joined as featured
    from .long_orgs import long_orgs
    from .titled_persons import persons
    from .written_orgs import organisations

    toks, bound = split(rejoined(source, tagger()), target)
    toks, whole = joined(toks, target)
    toks, featured_places = featured(toks, target)
    toks, directed_places = directed(toks, target)
    toks, titled = persons(toks, source, target)
    whole = {**bound, **whole, **featured_places, **directed_places, **titled}
    toks, forms = long_orgs(toks, target)
    toks, orgs = organisations(toks, source, target)
    whole = {**whole, **{zh: ja for zh, ja in orgs.items() if zh not in forms}}  # long_orgs' form names its place too
    for zh, ja in whole.items():
        written.setdefault(zh, (ja, ()))
    for zh, form in forms.items():
        written.setdefault(zh, form)
    return names_of(toks)


def _katakana_name(surface: str) -> bool:
    return all(is_katakana(c) or c in KATAKANA_SEPARATORS for c in surface)


def tsv(candidates: list[Candidate], header: bool = False) -> str:
    """Ready-to-append glossary rows, each after a comment listing its renderings; unverified rows commented out.
    With ``header``, the glossary's header line first, so that the rows are a glossary of their own."""
    from .load import COLUMNS

    lines = ["\t".join(COLUMNS)] if header else []
    for c in candidates:
        shown = ", ".join(f"{r.surface} ×{r.count} ({_where(r)})" for r in c.renderings)
        lines.append(f"# {shown}")
        row = "\t".join([c.zh, c.ja, c.type, "", "|".join(c.accept), "", ""])
        why = "no Japanese form: write it in ja" if c.zh else "no kanji form: write the name in Chinese characters in zh"
        lines.append(row if c.verified else f"# unverified ({why}, then delete up to this colon): {row}")
    return "\n".join(lines) + ("\n" if lines else "")


def _where(r: Rendering) -> str:
    paths = sorted({p for p, _ in r.lines})
    if len(paths) == 1:
        lines = sorted({n for _, n in r.lines})
        return f"{paths[0]}: " + ", ".join(map(str, lines[:6])) + (", …" if len(lines) > 6 else "")
    return f"{len(paths)} files"


def documents(paths, sources=(), excludes=None, warnings=None, encoding=None, pair_pattern=None):
    """(Japanese documents alone, (Japanese document, Chinese text) pairs, input errors) for the given paths.

    ``sources`` pair with ``paths`` by position (as many as there are paths); otherwise a folder's or a
    file's ``NAME.zh.txt`` pairs with ``NAME.ja.txt``, and XLIFF/TMX/PO files carry their own source.
    Raises ValueError when ``sources`` cannot be paired. A folder with nothing to read adds a
    line to ``warnings`` (when given). Files are read in ``encoding`` (a byte-order mark wins); ``pair_pattern`` names
    sources as the config's ``pair-pattern`` does.
    """
    from functools import partial

    from ..api import read_text as read_any
    from ..bilingual.files import is_bilingual_file, load_target, paired_sources
    from ..bilingual.pair import LAYER
    from ..discovery import discover
    from ..errors import InputError

    read_text = partial(read_any, encoding=encoding)
    if sources and len(sources) != len(paths):
        raise ValueError(f"--source is given {len(sources)} {'time' if len(sources) == 1 else 'times'} for "
                         f"{len(paths)} paths: give one per path")
    alone, paired, errors = [], [], []
    if sources:
        for path, source in zip(paths, sources):
            try:
                paired.append((Document(read_text(path), path), read_text(source)))
            except InputError as exc:
                errors.append(exc)
        return alone, paired, errors
    files, errors = discover(paths, excludes, warnings=warnings, pair_pattern=pair_pattern)
    by_target = paired_sources(files, pair_pattern, on_disk=True)
    for path in files:
        try:
            if is_bilingual_file(path):
                doc = load_target(path, None, None, read=read_text)
                paired.append((doc, doc.layers[LAYER].source.text))
            elif path in by_target:
                paired.append((Document(read_text(path), path), read_text(by_target[path])))
            else:
                alone.append(Document(read_text(path), path))
        except InputError as exc:
            errors.append(exc)
    return alone, paired, errors
