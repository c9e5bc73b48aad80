from __future__ import annotations

import functools
import re
from collections import Counter

from ...charclass import (CELL_FILLER, COLONS, HIRAGANA_BLOCK_RANGE, JAPANESE_CHAR, LATIN_NAME_RUN, LATIN_WORD, SPACE,
                          is_hiragana, is_kanji, is_katakana)
from ...context import confidence
from ...findings import Severity
from ...glossary.forms import simplified_form
from ...glossary.model import EntityType
from ...labels import INFOBOX_LABEL
from ...mentions.context import before_model_number, company_types, in_link_line, in_quoted_post
from ...mentions.kinds import MentionKind
from ...phonetics.pinyin import name_readings
from ...wordlists import word_list
from ..base import Rule

# what follows a speaker's name that labels a line of a transcript or script (林志強 実は私…, 司会：はい): a colon, or a
# space and speech that does not go on with a particle (Galaxia は… is prose: Japanese spaces a Latin word so)
SPEAKER_LABEL_END = re.compile(rf"{SPACE}*[:：]|{SPACE}+[^\s{HIRAGANA_BLOCK_RANGE}]")
JOINERS = "・･"
PAIR_JOINERS = "・･=＝-－/／"  # 旧星河ラジオ・星河放送局, 星人代＝星河人民代表大会: one thing named twice, side by side
SHORT_TAIL = 3  # shortest tail of a longer form read as its short name (パンダ国家公園)
PAIR_SUFFIX = 2  # kanji that may end the first name before the joiner (星河市-セイガ市)
CELL_SUFFIX = 3  # kanji that may end a name in a cell of a data line (索爾瓦市, 星河自治区)


def _inside_english_phrase(text: str, start: int, end: int) -> bool:
    """A Latin form with another word of 2+ letters in its Latin run (a title, a reference, an English quotation)."""
    if not LATIN_NAME_RUN.fullmatch(text, start, end):
        return False
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    for run in LATIN_NAME_RUN.finditer(text, lo, hi):
        if run.start() <= start and end <= run.end():
            return any(len(w.group()) >= 2 and (w.end() <= start or w.start() >= end)
                       for w in LATIN_WORD.finditer(text, run.start(), run.end()))
    return False


def _line(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The text before the span on its line, and after it."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo:start], text[end:len(text) if hi < 0 else hi], text[lo:len(text) if hi < 0 else hi]


def _data_cell(before: str, after: str, line: str) -> bool:
    """A cell of a line of words set apart by spaces, tabs or bars, with no hiragana and no sentence mark: an
    infobox's heading (`中華人民共和国 星河自治区 索爾瓦市`: country, region, city) or a table row, not prose. The cell
    may end in a short suffix (市, 自治区)."""
    if not any(c in CELL_FILLER for c in line.strip(CELL_FILLER)) or any(is_hiragana(c) or c in "。、，" for c in line):
        return False
    suffix = 0
    while suffix < CELL_SUFFIX and suffix < len(after) and is_kanji(after[suffix]):
        suffix += 1
    return (not before or before[-1] in CELL_FILLER) and after[suffix:suffix + 1] in ("", *CELL_FILLER)


@functools.lru_cache(maxsize=1)
def _talk_after() -> tuple[str, ...]:
    """と and a word that talks about the name before it: one saying it is copied as printed on a sign or a label
    (と書かれ, と記載: data/verbatim_verbs.txt), or one calling the thing by it (と呼ぶ: data/calling_verbs.txt)."""
    return tuple("と" + word for word in word_list("verbatim_verbs.txt") + word_list("calling_verbs.txt"))


def _not_a_rendering_choice(doc, m) -> bool:
    """A form that is not a choice of how to write the name in prose:
    - alone on its line (a title, an infobox heading, a caption, a list of forms), or heading a line before a colon or
      a space (a speaker's label in a transcript: `林志強 実は私…`);
    - Latin in a line with no Japanese at all (a copyright or address line: `© China Radio International`);
    - in the value of an infobox row (`本社所在地: 星河通信ビル`): data, not prose;
    - all hiragana (a reading: りこくきょう);
    - in the title of another page after a link heading (【関連記事】…), or in a post quoted as posted
      (「…」とツイート, a line above `— Name (@handle)`): the poster's spelling;
    - part of a longer katakana name (ファーウェイ・ジャパン), or a company's full name (新浪コーポレーション);
    - a form talked about: what a sign or a label says, or what people call the thing (札には星河と印刷されている,
      常連はシンホーと呼ぶ), beside the form the text itself writes."""
    text = doc.text
    before, after, line = _line(text, m.span.start, m.span.end)
    surface = m.surface
    if not before.strip(CELL_FILLER) and (not after.strip(CELL_FILLER)
                                          or (not surface.isascii() and SPEAKER_LABEL_END.match(after))):
        return True
    if surface.isascii() and not JAPANESE_CHAR.search(line):
        return True
    if any(c in COLONS for c in before) and INFOBOX_LABEL.match(line) and "。" not in line:
        return True
    if _data_cell(before, after, line):
        return True
    if all(is_hiragana(c) or c in JOINERS + " " for c in surface):
        return True
    if in_link_line(text, m.span.start) or in_quoted_post(doc, m.span.start):
        return True
    if is_katakana(surface[-1]) and after[:1] in JOINERS and is_katakana(after[1:2] or "a"):
        return True
    if is_katakana(surface[0]) and before[-1:] in JOINERS and is_katakana(before[-2:-1] or "a"):
        return True
    if after.startswith(_talk_after()):
        return True
    return any(surface.endswith(t) and surface != t for t in company_types())


def _wordings_of_one_term(entry, a: str, b: str) -> bool:
    """Two forms of a `term` entry (an ordinary word, not a name) that share a kanji or katakana: two wordings of
    one word (黄金の仮面, 金の仮面), which a reader does not take for two things."""
    content = {ch for ch in a if is_kanji(ch) or is_katakana(ch)}
    return entry.type == EntityType.TERM and any(ch in content for ch in b)


def _paired(text: str, a, b) -> bool:
    """Two forms of one entity side by side, joined by ・, ＝ or a dash (旧星河ラジオ・星河放送局): a double name,
    given as a gloss is."""
    first, second = (a, b) if a.span.start < b.span.start else (b, a)
    between = text[first.span.end:second.span.start]
    return 1 <= len(between) <= PAIR_SUFFIX + 1 and between[-1] in PAIR_JOINERS \
        and all(is_kanji(c) for c in between[:-1])


def _paired_mentions(text: str, ms: list) -> set[int]:
    """The ids of the mentions in ``ms`` that are ``_paired`` with another one of ``ms``: only mentions that end
    at most PAIR_SUFFIX + 1 code points before another begins can be, so each is tested against those alone."""
    by_start: dict[int, list] = {}
    for m in ms:
        by_start.setdefault(m.span.start, []).append(m)
    out: set[int] = set()
    for m in ms:
        for gap in range(1, PAIR_SUFFIX + 2):
            for o in by_start.get(m.span.end + gap, ()):
                if o is not m and _paired(text, m, o):
                    out.update((id(m), id(o)))
    return out


def _abbreviates(short: str, full: str, tail: bool) -> bool:
    """A short name after the full one, not another rendering: a kanji form made of some of a longer form's
    characters, in order and from its first (星人代 for 星河人民代表大会), or the longer form without its first word
    (パンダ国家公園 for ジャイアントパンダ国家公園; ``tail``: for names, not for a term's wordings)."""
    if tail and len(short) >= SHORT_TAIL and len(short) < len(full) and full.endswith(short):
        return True
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or not all(is_kanji(c) for c in short):
        return False
    rest = iter(full)
    return all(c in rest for c in short)


def _another_name(entry, form: str) -> bool:
    """A person's katakana form other than the Mandarin reading the glossary gives (チャウ・シンチー where the
    reading is ジョウ・シンチー: a Cantonese or English name): a name the person goes by, not a rendering of it."""
    return (entry.type == EntityType.PERSON and bool(entry.reading) and form not in (entry.reading, entry.ja)
            and all(is_katakana(c) or c in JOINERS + " " for c in form))


def _latin_and_kanji_names(entry, a: str, b: str) -> bool:
    """An organisation's Latin name and its name in kanji (a brand spelt Xinghe and written 星河坊): two names it
    goes by, as a person's Cantonese name is, not two renderings of one name."""
    if entry.type != EntityType.ORG:
        return False
    latin = [f for f in (a, b) if LATIN_NAME_RUN.fullmatch(f)]
    return len(latin) == 1 and any(all(map(is_kanji, f)) for f in (a, b))


def _courtesy_name(a: str, b: str) -> bool:
    """Two kanji forms of a person that read differently (張飛 and 張翼徳, 劉備 and 玄徳): the person's name and a
    courtesy or art name, which classical texts use side by side, not two spellings of one name."""
    if not (all(map(is_kanji, a)) and all(map(is_kanji, b))) or simplified_form(a) == simplified_form(b):
        return False
    return (name_readings(a, person=True) or [[]])[0] != (name_readings(b, person=True) or [[]])[0]


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


class InconsistentForm(Rule):
    """
    ## What it does
    Reports an entity written in two correct forms in one document, flagging
    each occurrence of the other forms: an `info` house-style note where the glossary sanctions every form (a mix
    of correct forms is not an error), a `warning` under `strict-consistency = true`.

    Forms the glossary all sanctions (its preferred form and its `accept` forms) are correct Japanese, so by
    default their mix is only `info`, a house-consistency note, even where the document also writes the entity in
    a form the glossary does not sanction (a glyph variant, a sound-alike, a rejected form): that form is reported
    by its own rule, and the correct forms beside it are no error. A house that
    wants one form of each name throughout makes every mix a warning with `strict-consistency = true` in
    `textqa.toml` (or `[tool.textqa]`; in the API, the linter's `strict_consistency` option).
    The suggestion is the glossary's preferred form when the document uses it, else the form used most.
    For an entry of `type` `term` (an ordinary word, not a name), two accepted wordings that share a kanji or
    katakana (黄金の仮面, 金の仮面) are a matter of style and only `info`; wordings with nothing in common
    (スマートフォン, 携帯電話) are still a warning.
    A form in a gloss, after 英語名は, alone in quotes or as part of a legal name (騰訊控股, 華為技術日本株式会社) is
    not counted, nor a Latin form inside a run of English words (a title or reference: `* Xyz City Yearbook 2021`)
    or in a line with no Japanese (a copyright line), another page's title after a link heading (【関連記事】), a
    post quoted as posted (「…」とツイート) or a thread's post below its header (Name @handle · date), a form alone
    on its line (a title, an infobox heading) or in a cell of a line of words set apart by spaces with no hiragana
    and no `。` or `、` (an infobox heading that names country, region and city), or heading a line
    before a colon or a space (a speaker's label in a transcript), a form talked about before と and a word saying
    it is what a sign or a label says or what people call the thing (`札には星河と印刷されているが、常連はシンホーと
    呼ぶ`: data/verbatim_verbs.txt, data/calling_verbs.txt), a form shown in a sentence about how the name is read or
    written beside another of its correct forms (`箱には星河坊の文字と読み方のシンホーファンが刷られている`: the reading
    printed, data/name_talk.txt), a form inside an institution's name
    (星河遺址博物館) or after 日本法人の (a subsidiary's name), a
    reading in hiragana, a full company name (新浪コーポレーション) or a form inside a longer katakana name
    (ファーウェイ・ジャパン), nor two forms side by side joined by ・, ＝ or a dash (a double name:
    `旧星河ラジオ・星河放送局`), nor a kanji short name made of the full name's characters in order (星人代 beside
    星河人民代表大会) or the full name without its first word (パンダ国家公園 beside ジャイアントパンダ国家公園), nor a
    person's form that the text itself gives in a gloss or as an alias (a Cantonese or
    English name: `林志強（ラム・チーキョン）`; the person goes by both). A person's katakana form other than the Mandarin
    reading the glossary gives (a Cantonese name, チャウ・シンチー, where the reading is ジョウ・シンチー) is also a name the
    person goes by: mixed with another form it is only `info`; so is an organisation's Latin name beside its name in
    kanji (a brand spelt `Xinghe` and written `星河坊`: it goes by both).
    Nor is a person's other name in kanji that reads differently (a courtesy name, `張翼徳` beside `張飛`: classical
    texts use both).

    ## Why is this bad
    Readers take two spellings for two different things. House style picks one
    form per article, even when the glossary accepts both.

    ## Example
    `騰訊の決算は…。テンセントでは…。テンセントの株価は…` (glossary: 腾讯 → 騰訊, accept テンセント;
    `strict-consistency = true`: without it, `info`)

    ## Use instead
    `テンセントの決算は…。テンセントでは…。テンセントの株価は…`
    """

    code = "NAM002"
    name = "inconsistent-form"
    severity = Severity.WARNING
    reads = ("text", "mentions", "glossary")
    needs_glossary = True

    def check(self, ctx):
        text = ctx.doc.text
        correct = [k for k in MentionKind if k.correct]
        surfaces_of: dict[str, set[str]] = {}  # the forms of each entity outside glosses
        introduced: dict[str, set[str]] = {}  # forms of a person the text itself gives (林志強（ラム・チーキョン）)
        for _, entity, surface, _, glossed in ctx.mentions.records(correct):
            (introduced if glossed else surfaces_of).setdefault(entity, set()).add(surface)
        mixed = {entity for entity, surfaces in surfaces_of.items() if len(surfaces) > 1}
        if not mixed:  # an entity written in one form only has no mix to report
            return
        by_entity: dict[str, list] = {}
        for m in ctx.mentions.of_kinds(correct, mixed):
            if (not m.glossed and not before_model_number(text, m.span.end)
                    and not _inside_english_phrase(text, m.span.start, m.span.end)
                    and not _not_a_rendering_choice(ctx.doc, m)):
                by_entity.setdefault(m.entity, []).append(m)
        # forms the glossary all sanctions: correct Japanese, a house note (a wrong form beside them is its own rule's
        # finding), unless the house wants one form throughout
        sanctioned = not ctx.strict_consistency
        for zh, ms in by_entity.items():
            entry = ctx.entry(zh)
            if entry.type == EntityType.PERSON:  # a person may go by two names the text gives
                ms = [m for m in ms if m.surface not in introduced.get(zh, ())]
            surfaces = {m.surface for m in ms}
            paired = _paired_mentions(text, ms)
            tail = entry.type != EntityType.TERM
            ms = [m for m in ms if not any(_abbreviates(m.surface, other, tail) for other in surfaces)
                  and id(m) not in paired]
            counts = Counter(m.surface for m in ms)
            if len(counts) < 2:
                continue
            main = entry.ja if entry.ja in counts else max(counts, key=lambda s: counts[s])
            for m in ms:
                if m.surface != main and not (entry.type == EntityType.PERSON and _courtesy_name(main, m.surface)):
                    yield ctx.finding(
                        self, m.span,
                        f"{zh} is written '{main}' {_times(counts[main])} and '{m.surface}' "
                        f"{_times(counts[m.surface])}; write '{main}' throughout", entity=zh, suggestion=main,
                        confidence=confidence(self, "term-wordings") if _wordings_of_one_term(entry, main, m.surface)
                        else confidence(self, "another-name") if _another_name(entry, main) or _another_name(
                            entry, m.surface) or _latin_and_kanji_names(entry, main, m.surface)
                        else confidence(self, "sanctioned-mix") if sanctioned else 1.0)
