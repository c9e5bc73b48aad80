"""Kanji that look like another kanji, and the finder of glossary names written with one of them (NAM011).

The table of look-alikes, ``data/lookalike_kanji.tsv`` (made by scripts/make_lookalike_table.py from the CJK Decomposition Data
and from glyphs drawn in a Noto CJK font and compared) lists each pair once, as
``a<TAB>b<TAB>how`` with a before b; it is read both ways. Loading it checks, as prh checks a rule's specs, that
every row is two different kanji, listed once and in order; each row goes into the map both ways, so the map is
symmetric. A lint holds it as a ``LookalikeMap`` (three flat sequences, about 0.1 MB) where a dict of frozensets of
the same 6,089 pairs (the table then) took 1.9 MB.
"""
from __future__ import annotations

import functools
import itertools
import operator
import re
import sys
from array import array
from typing import NamedTuple

from ..charclass import KANJI_RUN, KATAKANA_RANGE, OPEN_CLOSE_QUOTES, common_kanji, is_kanji, is_katakana
from ..findings import Mention, Span
from ..glossary.model import EntityType
from ..glossary.forms import simplified_form
from ..glossary.open_place import open_place_key
from ..phonetics.pinyin import char_readings, is_surname, primary_readings, surname_length
from ..phonetics.tables import chinese_word
from ..wordlists import CharTable, data_table, package_text, table_rows, word_list
from .context import sentence_around, verbatim_marks
from .features import (Features, cuts_a_word, dictionary_word, name_suffix_after, place_suffixes, shared_characters,
                       suffix_word_end, token_evidence)
from .homophone import LAYER as HOMOPHONES, confusable_slip, heard_alike, medial_slip
from ..tokens import suffix, token_at
from .kinds import CORRECT_KINDS, MentionKind
from .layer import Dropped
from .runs import glossary_memo, long_runs, matches, named_entities

TABLE = "data/lookalike_kanji.tsv"
# the tables of a kanji's frames (scripts/make_lookalike_table.py --frames), each kanji -> its frame of one kind: its
# arrangement and first part, a side-by-side kanji's right part, a kanji's row of parts but the last
FRAMES = ("kanji_frames.tsv", "kanji_last_parts.tsv", "kanji_stacks.tsv", "kanji_bottoms.tsv", "kanji_tops.tsv")
LAST_PARTS = 1  # the place of the last parts' table in FRAMES
TOPS = 4  # the place of the tops' table in FRAMES
# the frame tables whose likeness is close: a stack shares every part of a row of three or more but the last (亮 and
# 亭: 亠, 口 and 冖 over 儿 or 丁), one glyph but a part, where a frame or a last part shares one part of two. In the
# given name's place a kanji of a close table is read though given names often hold it (``_names_people``)
CLOSE_FRAMES = frozenset({"kanji_stacks.tsv"})
TRADITIONAL = "traditional_forms.tsv"  # a traditional or Chinese kanji -> the form Japanese writes (每: 毎)
KANA = "kana_kanji_lookalikes.tsv"  # a katakana letter -> the kanji drawn like it (ロ: 口)
CORES = "kanji_cores.tsv"  # kanji -> arrangement:core, the kanji it is made of with a smaller part added (葵: d:癸)
SIDE_BY_SIDE = "a"  # the arrangement of two parts side by side (欽: a:金)
# the arrangement of a frame drawn around the other part on every side (国 and 固: s:囗, data/kanji_frames.tsv)
ENCLOSING = "s"
HEADER = ("a", "b", "how")
HOWS = frozenset({"stroke", "swap", "listed", "visual", "glyph", "strokes", "part"})  # how scripts/make_lookalike_table.py found the pair


def parse_lookalikes(text: str, source: str = TABLE) -> dict[str, frozenset[str]]:
    """kanji -> the kanji that look like it, from the table's text; raises ValueError when a row is malformed,
    names a character that is no kanji, pairs a character with itself, or repeats a pair (either way round)."""
    out: dict[str, set[str]] = {}
    for n, row in table_rows(text, source, HEADER):
        if len(row) != 3 or row[2] not in HOWS:
            raise ValueError(f"{source}:{n}: expected 'a, b, how' with how one of {sorted(HOWS)}: {row}")
        a, b, _ = row
        if len(a) != 1 or len(b) != 1 or not (is_kanji(a) and is_kanji(b)):
            raise ValueError(f"{source}:{n}: {a!r} and {b!r} must be one kanji each")
        if not a < b:
            raise ValueError(f"{source}:{n}: a pair must be two different kanji, the lower code point first: {a}{b}")
        if b in out.get(a, ()):
            raise ValueError(f"{source}:{n}: the pair {a}{b} is listed twice")
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


class LookalikeMap(CharTable):
    """The look-alike table as the kanji that have a look-alike, in code-point order (one string), and the look-alikes
    of each, one string of them all in the same order with where each kanji's begin (an array): a ``CharTable``.
    Answers ``get``, ``[]``, ``in``, ``len`` and ``items`` as ``parse_lookalikes``'s dict does, with each kanji's
    look-alikes as a string of them in code-point order (a character is ``in`` it as in the set)."""

    __slots__ = ()

    @classmethod
    def parse(cls, text: str, source: str = TABLE) -> "LookalikeMap":
        """The map of the table's text, checked as ``parse_lookalikes`` checks it, a column at a time (a row-by-row
        check took a tenth of a cold start's CPU); when a check fails, ``parse_lookalikes`` finds the row and raises."""
        rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
        if not rows:
            return cls("", array("I", [0]), "")
        body = rows[1:]
        firsts, seconds, hows = zip(*body) if body and {*map(len, body)} == {3} else ((), (), ())
        if (tuple(rows[0]) != HEADER or len(firsts) != len(body) or not {*hows} <= HOWS
                or {*map(len, firsts), *map(len, seconds)} - {1} or not all(map(operator.lt, firsts, seconds))
                or len({*map(operator.add, firsts, seconds)}) != len(body)
                or (body and not KANJI_RUN.fullmatch("".join(firsts) + "".join(seconds)))):
            parse_lookalikes(text, source)  # raises, naming the row
            raise AssertionError(f"{source}: a check of the columns failed where the rows' passed")
        pairs = sorted(map(operator.add, firsts + seconds, seconds + firsts))  # each pair both ways: kanji, look-alike
        keys = [pair[0] for pair in pairs]
        starts = array("I", (i for i, key in enumerate(keys) if not i or key != keys[i - 1]))
        starts.append(len(pairs))
        return cls("".join(map(keys.__getitem__, starts[:-1])), starts, "".join(pair[1] for pair in pairs))


@functools.lru_cache(maxsize=1)
def lookalikes() -> LookalikeMap:
    """kanji -> the kanji that look like it, as a string (``data/lookalike_kanji.tsv``, checked as it loads), kept in
    the cache folder as read (parsing its 6,000 rows left about 3.5 MB of a cold start's heap behind)."""
    return LookalikeMap.cached("lookalike-kanji", lambda: LookalikeMap.parse(
        package_text("textqa", TABLE)))


LAYER = "mentions.lookalike"


def find_lookalikes(doc, compiled) -> list[Mention]:
    """A correct form of two kanji or more written with exactly one character swapped for a look-alike (秦准 for
    秦淮, 謝燐 for 謝憐), all its other characters as they are; never a literal form of the glossary, nor a window
    the homophone finder reads as the same name by the written character's usual reading (候, usually hou, for 侯:
    a homophone, NAM004's). One that reads like the name only by a rare reading of the written character (荼,
    usually tu, read cha for 茶) and is no word the dictionary knows (大和, a Japanese word, read tai he for 太和,
    stays the homophone finder's) is a look-alike, and one read a syllable apart is a near-homophone as well: of
    those, ``resolve`` keeps the look-alike when it is as sure or sure enough for a warning. A window inside one word
    of the dictionary that goes on past it and is no name (本語 of 日本語, for 木語) is none: the word is written as meant;
    and so is a window cut out of running words, a word of the dictionary beginning or ending in it and going on past it
    (大運 of 大|運河, for 大連), unless a name suffix follows (``features.cuts_a_word``).

    A person's name, and a place's before its suffix (``_named_places``), is matched more widely (``_framed``): one
    kanji written with another of its frame
    (data/kanji_frames.tsv: 山 over another part, 崖 for 崔; 冫 beside another, 冶 for 冷; 辶 under another, 違 for 遠)
    or of its last part (data/kanji_last_parts.tsv: 帛 on the right, 綿 for 錦) or bottom (data/kanji_bottoms.tsv: 心
    under another part, 恵 for 思; 灬 under another, 鳥 for 馬) or stack (data/kanji_stacks.tsv: 亠, 䒑 and 日 over
    another part, 竟 for 章) or top (data/kanji_tops.tsv: a row of three parts or more beginning with 亠 and 口, 亭 for
    高) or of its core (data/kanji_cores.tsv: the kanji, its core or another kanji of its core, 癸 for 葵, 繁 for 敏, 員
    for 貞) that does not read like it, the rest of the name as it is, where the document names the person in a literal form: in the surname's place a kanji that is no
    surname or one of the surname's core in the same arrangement (湯 for 楊); in the given name's, a name the text writes only there (``_lone_slip``), and where the kanji is one
    given names are often made of (data/given_name_chars.txt; any kanji of its stack is read as a misreading, 亮 for
    亭: one glyph but its last part) with a name suffix after it or と and a word of writing (と書かれた), in a
    sentence that names no relative and not the person. Such a kanji names no
    other person, and a slip by ear reads like the name by its usual reading or a syllable off (the homophone finder's
    near-homophones, left to it, but for a kanji and its core, the one drawn whole inside the other): what is left is the name misread by eye, as a homophone only by a rare reading of
    the written kanji is (説, usually shuo, read yue for 悦), which ``resolve`` weighs as it weighs the table's."""
    named = named_entities(doc)
    heard, misheard = _heard(doc)
    places = compiled.open_places()
    if not places.lengths:
        doc.add_layer(LAYER, [])
        return []
    memo = glossary_memo(compiled.indexes, "lookalike.runs")  # run -> (start, length, entity, form)
    out: list[Mention] = []
    probes = _frame_probes(_named_persons(compiled, named))
    place_probes = _frame_probes(_named_places(compiled, named))
    by_eye = _soundalikes_by_eye(doc, compiled)
    for run_start, run in long_runs(doc, KANJI_RUN, 2):
        found = memo.get(run)
        if found is None:
            found = memo[run] = _in_run(run, places, compiled.forms)
        framed = _framed(run, probes, compiled.forms) if probes.shortest <= len(run) else ()
        if place_probes.shortest <= len(run):
            framed = (*framed, *_framed(run, place_probes, compiled.forms, place=True))
        if by_eye:
            found = (*found, *_by_eye_in_run(run_start, run, by_eye, found))
        if not found and not framed:
            continue  # most runs hold neither
        # (start, length, entity, form, whether the kanji may name a relative, whether found by a frame)
        for i, n, zh, form, kin, by_frame in itertools.chain(((*w, False, False) for w in found),
                                                             ((*w, True) for w in framed)):
            span = Span(run_start + i, run_start + i + n)
            window = run[i:i + n]
            place, written, own = next((k, a, b) for k, (a, b) in enumerate(zip(window, form)) if a != b)
            if by_frame and (span, zh) in misheard and heard_alike(written, own) and not _drawn_whole(written, own) \
                    and not medial_slip(written, own):
                continue  # a frame is a loose likeness: a name read a syllable off was misheard (but for an initial
                # and its medial i swapped, a likeness of sound no closer: 焼 shao for 暁 xiao, both of 尭; and for
                # another initial the ear does not confuse, 宋 song for 宏 hong: one letter off, misread by eye)
            if by_frame and (span, zh) in misheard and _only_top(written, own):
                continue  # a top is the loosest likeness: a name read a syllable off written with a kanji no other
                # frame table links (高 gao for 豪 hao, both rows opening 亠 and 口) was misheard, whatever the ear
                # confuses
            if by_frame and place and not _lone_slip(doc, span, compiled.entry(zh), kin):
                continue  # a given name of the frame the text names in its own right, or maybe a relative's
            tokens = token_evidence(doc, span)
            if tokens.inside_word and not tokens.proper:
                continue  # inside one word of the dictionary that goes on past it and is no name (本語 of 日本語 for
                # 木語): the word is written as meant, not a name misread
            if tokens.known_word and zh not in named:
                continue  # exactly one ordinary word of the dictionary (本日 for a 木日) in a text that names the entity
                # nowhere: the word written as meant, not a name misread
            if (span, zh) in heard and (primary_readings(written) & _read_in_name(compiled, zh, form, place, own)
                                        or dictionary_word(tokens)):
                continue  # the written character's usual reading is the name's (候 for 侯), or a word: a homophone
            entry = compiled.entry(zh)
            name = Span(span.start, suffix_word_end(doc, span, entry.type))
            if by_frame and dictionary_word(tokens) or cuts_a_word(doc, name) \
                    and not name_suffix_after(doc, span, entry.type):
                continue  # a word the dictionary knows (read so for a frame's loose likeness), or a window cut out of
                # one (毎月明|るい, 大|運河 for 大連; 雁書|繁氏 is a name before its 氏): not a name misread. A name
                # whose own suffix begins a word going on past it (享丘県|民: 県民) ends where that suffix begins,
                # and its tokens and the suffix after it are the evidence, as where the suffix stands alone (享丘|県|の)
            if name != span:
                tokens = token_evidence(doc, name)
            out.append(_mention(doc, span, window, zh, form, entry, tokens, name_suffix_after(doc, name, entry.type),
                                zh in named, rare_written=not common_kanji(written), rare_name=not common_kanji(own)))
    out += _kana_written(doc, compiled, named, places.lengths)
    doc.add_layer(LAYER, out)
    return out


@functools.lru_cache(maxsize=1)
def kana_lookalikes() -> tuple[dict[str, str], re.Pattern]:
    """(katakana letter -> the kanji drawn like it, the pattern of such a letter with no katakana beside it), from
    ``data/kana_kanji_lookalikes.tsv``; raises ValueError when a row is not one katakana letter and one kanji."""
    table = data_table(KANA, ("kana", "kanji"))
    for kana, kanji in table.items():
        if len(kana) != 1 or not is_katakana(kana) or len(kanji) != 1 or not is_kanji(kanji):
            raise ValueError(f"data/{KANA}: {kana} {kanji}: expected one katakana letter and one kanji")
    letters = "".join(table)
    return table, re.compile(f"(?<![{KATAKANA_RANGE}])[{letters}](?![{KATAKANA_RANGE}])")


def _kana_written(doc, compiled, named, lengths) -> list[Mention]:
    """A correct form of two kanji or more written with one kanji as the katakana letter drawn like it (周ロ鎮 for
    周口鎮: ``kana_lookalikes``), the letter alone among kanji, the rest of the form as it is: the longest such form at
    each letter. No kanji table holds the pair, and a run of kanji stops at the letter, so ``_in_run`` never reads
    it; nor does any other finder, whose runs of kanji stop there too."""
    table, letter = kana_lookalikes()
    text, longest, out = doc.text, max(lengths), []
    for m in matches(letter, doc):  # in the stretch the finders search
        p = m.start()
        lo, hi = p, p + 1
        while lo > 0 and p - lo < longest - 1 and is_kanji(text[lo - 1]):
            lo -= 1
        while hi < len(text) and hi - p < longest and is_kanji(text[hi]):
            hi += 1
        if lo == p and hi == p + 1:
            continue  # no kanji beside the letter: katakana of its own (ロ of a list's item)
        run = text[lo:p] + table[m.group()] + text[p + 1:hi]
        fits = [(i, n, zh, run[i:i + n]) for n in sorted(lengths, reverse=True)
                for i in range(max(0, p - lo - n + 1), min(p - lo, len(run) - n) + 1)
                for zh, kind in compiled.forms.get(run[i:i + n], ()) if kind in CORRECT_KINDS]
        if not fits:
            continue
        n = fits[0][1]
        for i, _, zh, form in (f for f in fits if f[1] == n):
            span = Span(lo + i, lo + i + n)
            window = text[span.start:span.end]
            entry = compiled.entry(zh)
            out.append(_mention(doc, span, window, zh, form, entry, token_evidence(doc, span),
                                name_suffix_after(doc, span, entry.type), zh in named, rare_written=True,
                                rare_name=not common_kanji(table[m.group()])))
    return out


def _mention(doc, span: Span, window: str, zh: str, form: str, entry, tokens, context, elsewhere: bool, *,
             rare_written: bool, rare_name: bool) -> Mention:
    """The look-alike candidate ``window`` at ``span`` for ``form`` of ``zh``, with its features: its token evidence
    and the name suffix after it (``context``) as the finder read them."""
    features = Features(MentionKind.LOOKALIKE, len(window), tokens, context=context, elsewhere=elsewhere,
                        embedded=in_longer_run(doc, span, entry.type, context), person=entry.may_be_person,
                        shared=shared_characters(window, form), chinese_word=chinese_word(simplified_form(window)),
                        rare_written=rare_written, rare_name=rare_name)
    return Mention(span, window, zh, MentionKind.LOOKALIKE, detail=form, features=features)


def _soundalikes_by_eye(doc, compiled) -> list[tuple[Span, str, str]]:
    """(span, entity, form) of each sound-alike the homophone finder kept of a name that is no person's (a place, an
    organisation, a term) whose one changed kanji was misread by eye as much as by ear, so that ``resolve`` weighs
    the look-alike against the sound-alike as it weighs the table's (黄宗義 for 黄宗羲):
    - a near-homophone whose changed kanji is its correct form's with a part drawn over, under, inside or around it
      added or taken away (``_one_holds_the_other``: 車 for 軍, 冖 taken off; 癸 for 葵): the whole of the name's kanji
      drawn; or whose changed kanji keeps the name's larger part otherwise as a person's name's does
      (``_drawn_whole``: a common kanji of the same core or last part, 銅 for 洞, 同 on the right of both; not a rare
      one read a confusable slip apart, 坡 po for 波 bo, which the ear explains);
    - a homophone whose changed kanji reads as the name's only by a rare reading of its own, the two kanji of one
      last part (data/kanji_last_parts.tsv, ``_one_last_part``: 湯 for 陽, both 昜 on the right, 湯 usually tang and
      read yang only rarely): the part that gives both their sound drawn whole, the radical beside it misread; the
      rare reading is that part's, which is why the two sound alike at all.
    A person's such kanji are ``_framed``'s, under its conditions; a sound-alike the finder dropped stays dropped."""
    out = []
    text = doc.text
    for m in doc.layers.get(HOMOPHONES, ()):
        if type(m) is Dropped or m.kind not in _BY_EYE_KINDS:
            continue
        entry = compiled.entry(m.entity)
        if entry.may_be_person:
            continue
        window = text[m.span.start:m.span.end]
        by_eye = _drawn_whole if m.kind is MentionKind.NEAR_HOMOPHONE else _one_last_part
        for form in (entry.ja, *entry.accept):
            if len(form) != len(window) or not KANJI_RUN.fullmatch(form):
                continue
            changed = [(a, b) for a, b in zip(window, form) if a != b]
            if len(changed) == 1 and by_eye(*changed[0]):
                out.append((m.span, m.entity, form))
                break
    return out


def _read_in_name(compiled, zh: str, form: str, place: int, own: str) -> frozenset[str]:
    """How the name reads its kanji ``own`` at ``place`` of ``form``: the glossary's syllable there (洞 dong in a
    cave's name, though 洞 reads tong in another place's), or any reading of the kanji where the syllables do not
    line up with the form."""
    syllables = compiled.indexes.syllables.get(zh, ())
    return frozenset((syllables[place],)) if len(syllables) == len(form) else char_readings(own)


_BY_EYE_KINDS = frozenset({MentionKind.NEAR_HOMOPHONE, MentionKind.HOMOPHONE})  # _soundalikes_by_eye's


def _one_last_part(written: str, own: str) -> bool:
    """``written`` and ``own`` are two kanji of one last part, each that part beside another (湯 and 陽: 昜 beside 氵 or
    阝; data/kanji_last_parts.tsv), and the usual reading of ``written`` is none of ``own``'s: a homophone by a rare
    reading of the written kanji, the part that sounds drawn whole."""
    return _of_one_last_part(written, own) and not primary_readings(written) & primary_readings(own)


def _of_one_last_part(a: str, b: str) -> bool:
    """``a`` and ``b`` share their last part, each that part beside another (data/kanji_last_parts.tsv: 湯 and 陽, 昜
    on the right of both)."""
    last = frame_tables()[LAST_PARTS]
    part = last.get(a)
    return part is not None and part == last.get(b) and part.partition(":")[0] == SIDE_BY_SIDE


def _by_eye_in_run(run_start: int, run: str, by_eye, found) -> tuple[tuple[int, int, str, str], ...]:
    """(start, length, entity, form) in ``run`` of the sound-alikes misread by eye (``_soundalikes_by_eye``) that lie
    in it, but for those the table found already."""
    run_end = run_start + len(run)
    known = {(i, n, zh) for i, n, zh, _ in found}
    return tuple((span.start - run_start, span.end - span.start, zh, form) for span, zh, form in by_eye
                 if run_start <= span.start and span.end <= run_end
                 and (span.start - run_start, span.end - span.start, zh) not in known)


def _named_persons(compiled, named: set[str]) -> tuple[tuple[str, str, int], ...]:
    """(entity, form, its length) of each correct form of three kanji or more of the persons of one-character surname
    that the document names in a literal form (``named``): the names whose surname ``_framed`` reads, any kanji of
    which may be written with another of its frame."""
    out = []
    for zh in named:
        entry = compiled.entry(zh)
        if entry.type == EntityType.PERSON and surname_length(zh) == 1:
            out.extend((zh, form, len(form)) for form in (entry.ja, *entry.accept)
                       if len(form) >= 3 and KANJI_RUN.fullmatch(form))
    return tuple(out)


def _named_places(compiled, named: set[str]) -> tuple[tuple[str, str, int], ...]:
    """(entity, form, its name's length) of each correct form of the places the document names in a literal form
    (``named``) that is a name of two kanji or more and a place suffix (大致坡鎮: 大致坡 and 鎮): a kanji of the name,
    not of the suffix, may be written with another of its frame (大到坡鎮: 到 and 致, 至 beside another part), the
    place's own name written nearby, as a person's is."""
    out = []
    suffixes = place_suffixes()
    for zh in named:
        entry = compiled.entry(zh)
        if entry.type != EntityType.PLACE:
            continue
        for form in (entry.ja, *entry.accept):
            if not KANJI_RUN.fullmatch(form):
                continue
            stem = max((len(form) - len(s) for s in suffixes if form.endswith(s) and len(form) - len(s) >= 2),
                       default=0)
            if stem:
                out.append((zh, form, stem))
    return tuple(out)


class FrameProbes(NamedTuple):
    """What ``_framed`` tries in a document's runs, made once a document: for each kanji of each named person's form
    (``_named_persons``) that has a frame, last part or stack, (entity, form, its place k, the kanji, [(table, its
    frame in that table, whether the table is ``CLOSE_FRAMES``)], the anchor: the part of the form the window is found by, before the kanji, or after it
    where it is the first, and the anchor's offset in the window); by the anchor's first character, the places of
    its probes in that list (a run holding no such character holds no anchor); the length of the shortest form (a
    shorter run holds no window of a form)."""

    probes: tuple[tuple[str, str, int, str, list, str, int], ...]
    by_first: dict[str, tuple[int, ...]]
    shortest: int


def _frame_probes(names: tuple[tuple[str, str, int], ...]) -> FrameProbes:
    """``FrameProbes`` of the (entity, form, how many of its first kanji may change) of a document's named persons or
    places: every such kanji of each form that has a frame, last part or stack, in the order of the names and of the
    kanji in a form. The tables are read only for a document naming such a person or place."""
    tables = frame_tables() if names else ()
    probes, by_first = [], {}
    for zh, form, changeable in names:
        for k, own in enumerate(form[:changeable]):
            owns = [(frames, frames[own], name in CLOSE_FRAMES) for name, frames in zip(FRAMES, tables)
                    if own in frames]
            owns.extend(_core_probes(own))
            if not owns:
                continue
            anchor, offset = (form[:k], 0) if k else (form[1:], 1)
            by_first.setdefault(anchor[0], []).append(len(probes))
            probes.append((zh, form, k, own, owns, anchor, offset))
    shortest = min((len(probe[1]) for probe in probes), default=sys.maxsize)
    return FrameProbes(tuple(probes), {ch: tuple(at) for ch, at in by_first.items()}, shortest)


def _core_probes(own: str) -> list[tuple[dict[str, str], str, bool]]:
    """``_frame_probes``'s (table, frame, close) for ``own`` by its core (data/kanji_cores.tsv), each true of a kanji
    written where ``table.get(written) == frame``: another kanji of its core (員 for 貞, both 貝 under another part),
    its core (癸 for 葵; 毎 for 海, the core in its Japanese form: ``_table_form``), or a kanji whose core it is (繁 for
    敏, 金 for 全)."""
    core_of, holders, _ = kanji_cores()
    out = []
    if own in core_of:
        core = core_of[own]
        out.append((core_of, core, False))
        out.append(({form: own for form in _written_forms(core)}, own, False))
    core = _table_form(own)
    if core in holders:
        out.append((core_of, core, False))
    crowned = _crowned_last_part(own)
    if crowned:
        out.append((frame_tables()[LAST_PARTS], crowned, False))
    return out


def _crowned_last_part(ch: str) -> str:
    """The last part (data/kanji_last_parts.tsv) of ``ch``'s core where that core is drawn whole under, over or inside
    the rest (藻: 澡 under 艹, and 澡 is 喿 beside 氵: a:喿), else '': a kanji of that last part (操, 扌 beside 喿) is
    ``ch`` with its crown lost and its radical misread, the larger part that the eye reads first kept."""
    core_of, _, stacked = kanji_cores()
    if ch not in stacked:
        return ""
    return frame_tables()[LAST_PARTS].get(core_of[ch]) or ""


def _only_top(written: str, own: str) -> bool:
    """``written`` and ``own`` share the first two parts of a row of three or more one over another
    (data/kanji_tops.tsv: 高 and 豪, 亠 and 口), the loosest of the frame tables' likenesses, and no other frame table links them (学 and 覚
    share a stack too: ⺍ and 冖 over one part)."""
    tables = frame_tables()
    return all((table.get(written) is not None and table.get(written) == table.get(own)) is (k == TOPS)
               for k, table in enumerate(tables))


def _drawn_whole(written: str, own: str) -> bool:
    """``written`` and ``own`` keep the larger part the eye reads first: one the other's core (``_one_holds_the_other``),
    two kanji of one core (``_one_core``) or of one enclosing frame (``_one_enclosure``: 圃 pu for 図 tu, 囗 round
    both) or one the other's core with a part beside it (``_one_beside_the_other``: 因 yin for 咽 yan) read a syllable
    off by no usual confusion of the ear (孤 gu for 狐 hu; 坡 po for 波 bo is ``homophone.confusable_slip``, by ear, and
    so is 金 jin for 欽 qin), two kanji of one core read so when the written one is common
    (``_familiar_of_one_core``: 培 pei for 焙 bei), or one of the last part of the other's crowned core
    (``_crowned_last_part``: 操 for 藻), or a common kanji of the other's last part (``_familiar_of_one_last_part``:
    銅 tong for 洞 dong). A name read a syllable off so written was misread by eye as much as by ear."""
    last = frame_tables()[LAST_PARTS]
    return _one_holds_the_other(written, own) or _familiar_of_one_core(written, own) \
        or _familiar_of_one_last_part(written, own) or _core_on_the_right(written, own) \
        or ((_one_core(written, own) or _one_enclosure(written, own) or _one_beside_the_other(written, own)
             or _last_part_of_the_other(written, own))
            and not confusable_slip(written, own)) \
        or any(_crowned_last_part(a) and last.get(b) == _crowned_last_part(a)
               for a, b in ((own, written), (written, own)))


def _familiar_of_one_core(written: str, own: str) -> bool:
    """``written`` and ``own`` are two kanji of one core (``_one_core``) and ``written`` is a common kanji
    (``charclass.common_kanji``: 培 for 焙, 礁 for 樵): the eye that misreads a name's kanji lands on
    the familiar kanji of the part it reads first, whatever the sound, so a common kanji of the name's core read a
    slip of the ear apart (pei for bei, jiao for qiao) was misread by eye as much as by ear. A rare kanji written so
    (坡 po for 波 bo) is no kanji an eye falls back on: the translation chose it by sound."""
    return common_kanji(written) and _one_core(written, own)


def _familiar_of_one_last_part(written: str, own: str) -> bool:
    """``written`` and ``own`` are two kanji of one last part, each that part beside another (銅 and 洞: 同 beside 金 or
    氵; data/kanji_last_parts.tsv), and ``written`` is a common kanji (``charclass.common_kanji``), as
    ``_familiar_of_one_core`` reads two kanji of one core: the part that gives both their sound drawn whole, the
    familiar kanji the eye falls back on; a rare one (坡 po for 波 bo) the translation chose by sound."""
    return common_kanji(written) and _of_one_last_part(written, own)


def _one_holds_the_other(written: str, own: str) -> bool:
    """``written`` is ``own`` with a smaller part added or taken away, drawn over, under, inside or around it (葵 and 癸,
    繁 and 敏, 金 and 全: one the other's core, data/kanji_cores.tsv): the whole of one kanji drawn, a likeness closer
    than a frame's, so a name read a syllable off so written is misread by eye (癸 gui for 葵 kui), and ``resolve``
    weighs it against the near-homophone. A core beside another part (因 and 咽, 金 and 欽) is
    ``_one_beside_the_other``'s: a column of its own that the eye may still lose, misread by eye only where the ear
    would not confuse the two (yin for yan; jin for qin it would)."""
    return _holder(written, own) in kanji_cores()[2]


def _one_beside_the_other(written: str, own: str) -> bool:
    """One of ``written`` and ``own`` is the other with a smaller part beside it (咽 and 因: 因 with 口 on its left;
    data/kanji_cores.tsv ``a:因``): the larger part, which the eye reads first, drawn whole in both, as in two kanji of
    one core (``_one_core``). Of the development sets' one-kanji slips so drawn and read otherwise by no confusion
    of the ear, 8 of 9 are annotated look-alikes (the other a surname written as another surname, NAM008's)."""
    return bool(_holder(written, own))


def _last_part_of_the_other(written: str, own: str) -> bool:
    """One of ``written`` and ``own`` is the last part of the other, drawn whole on its right beside a part of its own
    size (松 and 公: 公 beside 木, data/kanji_last_parts.tsv ``a:公``), which no core links (neither part the larger):
    the kanji the eye reads as the sound-giving part kept whole, as ``_one_beside_the_other`` reads a core beside a
    smaller part."""
    last = frame_tables()[LAST_PARTS]
    return last.get(written) == f"{SIDE_BY_SIDE}:{own}" or last.get(own) == f"{SIDE_BY_SIDE}:{written}"


def _core_on_the_right(written: str, own: str) -> bool:
    """One of ``written`` and ``own`` is the other's core and its last part at once: the other is it with a smaller
    part on its left (擦 and 察: 察 on the right of 扌; 済 and 斉: data/kanji_cores.tsv and data/kanji_last_parts.tsv
    both ``a:察``), the part that gives the kanji its sound drawn whole where the eye reads for it, so a name so
    written is misread by eye even where the ear would confuse the two (cha for ca, qi for ji): the radical dropped or
    added. A core on the left of its other part (金 of 欽, 君 of 群: 欠 and 羊 their last parts) is
    ``_one_beside_the_other``'s, a slip of the ear where the ear confuses the two. Of the development sets' one-kanji
    slips read a confusable slip apart, the two drawn so are annotated look-alikes, the three cores on the left two
    near-homophones and one look-alike."""
    return bool(_holder(written, own)) and _last_part_of_the_other(written, own)


def _holder(written: str, own: str) -> str:
    """Whichever of ``written`` and ``own`` is the other, its core, with a smaller part added (葵 of 葵 and 癸; 咽 of 咽
    and 因: data/kanji_cores.tsv, the core in its Japanese form too, ``_table_form``), else ''."""
    core_of = kanji_cores()[0]
    if core_of.get(written) == _table_form(own):
        return written
    return own if core_of.get(own) == _table_form(written) else ""


def _one_core(written: str, own: str) -> bool:
    """``written`` and ``own`` are two kanji of one core, each the core with another smaller part (孤 and 狐: 瓜 beside
    子 or 犭; data/kanji_cores.tsv): the larger part, which the eye reads first, drawn whole in both, so a name read
    a syllable off so written is misread by eye as much as by ear, and ``resolve`` weighs the look-alike against the
    near-homophone (one read as the name's but for its nasal ending stays the near-homophone's)."""
    core_of = kanji_cores()[0]
    core = core_of.get(written)
    return core is not None and core == core_of.get(own)


def _one_core_alike(written: str, own: str) -> bool:
    """``written`` and ``own`` are two kanji of one core with the other part in the same place (湯 and 楊: 昜 on the
    right of both, data/kanji_cores.tsv ``a:昜``): drawn alike but for that smaller part. Not one core arranged
    otherwise (和 and 季: 禾 beside 口, 禾 over 子), which the eye tells apart at once."""
    return _one_core(written, own) and _core_rows().get(written) == _core_rows().get(own)


@functools.lru_cache(maxsize=1)
def _core_rows() -> dict[str, str]:
    """kanji -> its arrangement and core as ``data/kanji_cores.tsv`` writes them (楊: a:昜)."""
    return data_table(CORES, ("kanji", "frame"))


def _one_enclosure(written: str, own: str) -> bool:
    """``written`` and ``own`` are two kanji of one frame drawn around the other part on every side (国 and 固, 囗 round
    玉 or 古; data/kanji_frames.tsv's arrangement ``s``): the frame is the whole outline, the part the eye reads first,
    and what it holds is small, so a name read a syllable off so written is misread by eye as much as by ear, and
    ``resolve`` weighs the look-alike against the near-homophone. A frame open on a side (門, 匚, 广) is not: its
    other part stands out of it."""
    return one_frame(written, own, (ENCLOSING,))


def one_frame(written: str, own: str, arrangements: tuple[str, ...]) -> bool:
    """``written`` and ``own`` are two kanji drawn in one frame of data/kanji_frames.tsv in one of ``arrangements``
    (``s``: 囗 round the other part, ``_one_enclosure``; ``st``: 門 over and around it, ``surname``'s), the frame's
    part compared in its simplified form (門 and 门 are one frame)."""
    frames = frame_tables()[0]

    def frame(ch: str) -> str | None:
        found = frames.get(ch)
        if found is None:
            return None
        arrangement, _, part = found.partition(":")
        return f"{arrangement}:{simplified_form(part)}" if arrangement in arrangements else None

    mine = frame(written)
    return mine is not None and mine == frame(own)


def _written_forms(core: str) -> tuple[str, ...]:
    """A core as the table writes it and as Japanese writes it alone, where that form is no kanji of the table (每
    and 毎): the forms a kanji holding it is written with once its other part is lost."""
    return (core, *(form for form, table_form in japanese_core_forms().items() if table_form == core))


def _table_form(ch: str) -> str:
    """``ch`` as data/kanji_cores.tsv writes it: a core's Japanese form as the table's (毎 as 每), else itself."""
    return japanese_core_forms().get(ch, ch)


@functools.lru_cache(maxsize=1)
def japanese_core_forms() -> dict[str, str]:
    """Japanese form -> the core data/kanji_cores.tsv writes (毎 -> 每, 県 -> 縣, 黒 -> 黑), for each core whose Japanese
    form (data/traditional_forms.tsv) is the core of no kanji of the table (it may have a core of its own: 黒, made
    of 里): the CJK Decomposition Data draws a kanji's parts in their Chinese glyphs, and Japanese writes such a core
    alone in its own (海 less its 氵 is 毎 on a Japanese page, 墨 less its 土 is 黒)."""
    core_of, holders, _ = kanji_cores()
    return {japanese: core for core, japanese in data_table(TRADITIONAL, ("traditional", "japanese")).items()
            if core in holders and japanese not in holders}


@functools.lru_cache(maxsize=1)
def kanji_cores() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(kanji -> its core, the kanji that are a core, the kanji whose other part is not beside the core) of
    ``data/kanji_cores.tsv``, checked as it loads (``_core_rows``: the table read once)."""
    table = _core_rows()
    core_of = {ch: frame.partition(":")[2] for ch, frame in table.items()}
    stacked = frozenset(ch for ch, frame in table.items() if frame.partition(":")[0] != SIDE_BY_SIDE)
    return core_of, frozenset(core_of.values()), stacked


def _framed(run: str, probes: FrameProbes, forms, place: bool = False) -> tuple[tuple[int, int, str, str, bool], ...]:
    """(start, length, entity, form, kin) of each window of ``run`` that is a named person's (or, with ``place``, a
    named place's: any kanji of its name may be so written, and none names a relative) correct form
    (``probes``) but for one kanji, written with another kanji of that kanji's frame (data/kanji_frames.tsv), last
    part (data/kanji_last_parts.tsv) or stack (data/kanji_stacks.tsv) that does not read like it by its usual reading
    and is not its look-alike in the table (the table's are found as such); the rest of the form as it is. In the
    surname's place the kanji must name no other person (``_names_people``: no surname), unless it is a kanji of the
    surname's own core in the same arrangement (``_one_core_alike``): of the development sets' surnames written with
    another surname, none shares the person's core, and every one that does and reads otherwise is annotated a
    look-alike; in the given name's, ``kin``
    says whether it may name a relative (a character given names are often made of, not of a close table), which
    ``find_lookalikes`` weighs with the document (``_lone_slip``). A window that is itself a literal form of the glossary is the exact finder's. Only
    the probes whose anchor begins with a character of the run are tried (in their order: the windows found in the
    order of the persons, of the kanji in a form and of the places in the run)."""
    by_first = probes.by_first
    if len(run) < probes.shortest or by_first.keys().isdisjoint(run):
        return ()
    out = []
    table = lookalikes()
    tried = sorted({at for ch in set(run).intersection(by_first) for at in by_first[ch]})
    for zh, form, k, own, owns, anchor, offset in map(probes.probes.__getitem__, tried):
        at = run.find(anchor, offset)
        while at >= 0:
            start = at - offset
            window = run[start:start + len(form)]
            written = window[k] if len(window) == len(form) else own
            if written != own and window[k + 1:] == form[k + 1:] \
                    and written not in table.get(own, "") \
                    and not primary_readings(written) & primary_readings(own) and window not in forms:
                if place:  # no kanji of a place's name names a person or a relative
                    if any(frames.get(written) == frame for frames, frame, _ in owns):
                        out.append((start, len(form), zh, form, False))
                else:
                    names = [_names_people(written, k, close) for frames, frame, close in owns
                             if frames.get(written) == frame]
                    if names and (not all(names) or k or _one_core_alike(written, own)):
                        # in the surname's place never a surname, but for one of the surname's core in the same
                        # arrangement read otherwise (湯 tang for 楊 yang, 昜 right of 氵 or 木): misread by eye
                        out.append((start, len(form), zh, form, all(names)))
            at = run.find(anchor, at + 1)
    return tuple(out)


def _lone_slip(doc, span: Span, entry, kin: bool) -> bool:
    """A named person's form written at ``span`` with a kanji of the given name swapped for another of its frame is
    a slip, not another person of the same surname, where the text writes that name nowhere else (a person the text
    speaks of is named again, and a slip is seldom made twice the same way: a brother, 林安傑 beside 林宏傑, is named
    again and again). Where the kanji written is one given names are often made of (``kin``: 雪 for 雲, 宇 for 守; a
    relative's given name often shares a kanji's frame with the person's), the text must also address it as a person
    is addressed in running text, a name suffix or title after it (氏, さん, 理事長: a bare name in a list, a table's
    cell or a caption, 林宏傑 林安傑, may list a relative) or と and a word saying it was written so (``_written_so``:
    柏梅松と書かれた招待状, the name as seen misspelt on paper), and its sentence must neither name the person in a correct
    form (a writer who spells the name right in the sentence names another beside it: 林宏傑と弟の林安傑) nor hold a
    word for a relative (data/kinship_words.txt: 弟, 長女, 一族), as the sentence that introduces a brother or a
    daughter does."""
    text = doc.text
    written = text[span.start:span.end]
    if text.count(written) != 1:
        return False
    if not kin:
        return True
    if not (name_suffix_after(doc, span, entry.type) or _written_so(text, span)):
        return False
    where = sentence_around(text, span)
    sentence = text[where.start:span.start] + "\n" + text[span.end:where.stop]
    return not any(form in sentence for form in (entry.ja, *entry.accept) if form) \
        and not any(word in sentence for word in kinship_words())


def _written_so(text: str, span: Span) -> bool:
    """The name at ``span`` (in quotes or not) is followed by と and a word saying it is how something was written or
    printed (柏梅松と書かれた招待状, 「…」と印刷された名札: data/verbatim_verbs.txt): the text reports a spelling of
    the person's name seen on paper, not a relative named in passing, so it stands for a name suffix."""
    end = span.end + (text[span.end:span.end + 1] in OPEN_CLOSE_QUOTES.values())
    return text.startswith(verbatim_marks(), end)


@functools.lru_cache(maxsize=1)
def kinship_words() -> tuple[str, ...]:
    """Words for a relative (``data/kinship_words.txt``), read as parts of a sentence."""
    return word_list("kinship_words.txt")


def _names_people(written: str, place: int, close: bool = False) -> bool:
    """``written``, in the ``place`` of a person's name, may name another person: in the surname's place (0) a
    surname (the surname finder's, NAM008), in the given name's a character given names are often made of
    (data/given_name_chars.txt: 英 for 芳 may be a sibling's name, read only where ``_lone_slip`` says the text names
    no relative; 違 for 遠 names nobody), unless the likeness is
    ``close`` (``CLOSE_FRAMES``: 亮 for 亭, one glyph but its last part, is a misreading, as a look-alike of the
    table is, whatever names hold it). Measured (docs/accuracy.md, fix32): every person form of the repository's
    glossaries with a given-name kanji swapped for a given-name character of its stack is found once in every
    development text and the real pages of real18 to real22, an annotated look-alike; for one of its frame, seven
    times, five of them near-homophones and one another person."""
    if place == 0:
        return is_surname(written)
    return not close and simplified_form(written) in given_name_chars()


@functools.lru_cache(maxsize=1)
def given_name_chars() -> frozenset[str]:
    """The characters Chinese given names are often made of, simplified (``data/given_name_chars.txt``)."""
    return frozenset(line.split("\t")[0] for line in word_list("given_name_chars.txt"))


@functools.lru_cache(maxsize=1)
def frame_tables() -> tuple[dict[str, str], ...]:
    """The frame tables (``FRAMES``), each kanji -> its frame of one kind, checked as they load: its arrangement and
    first part (``data/kanji_frames.tsv``: 崔 and 崖, d:山), ``a:`` and its right part (``data/kanji_last_parts.tsv``:
    錦 and 綿, a:帛), its arrangement and the parts of its row but the last (``data/kanji_stacks.tsv``: 章 and 竟,
    d:亠䒑日), its arrangement and its bottom part (``data/kanji_bottoms.tsv``: 思 and 恵, d:心; 馬 and 鳥, str:灬),
    ``d:`` and the first two parts of its row (``data/kanji_tops.tsv``: 高 and 亭, d:亠口). Each is a ``CharTable``,
    kept in the cache folder as read (as dicts they took about 4 MB)."""
    return tuple(CharTable.cached(name, lambda name=name: CharTable.of(data_table(name, ("kanji", "frame")).items()))
                 for name in FRAMES)


def in_longer_run(doc, span: Span, entity_type: str, suffixed: bool | None = None) -> bool:
    """A look-alike inside a longer run of kanji (its ``embedded`` feature): a kanji right before the span, the kanji
    before it not a larger place ending in its suffix, or a kanji right after it that starts no name suffix (東准川 for
    淮川): another word that holds the look-alike; not a suffix the dictionary binds to the word before it (`享丘県内`,
    県 and 内: within the county). ``suffixed`` is ``name_suffix_after`` when the caller has it; the
    finder and NAM011 (the mention layer keeps no features) both ask this."""
    text, start = doc.text, span.start
    while start > 0 and is_kanji(text[start - 1]):
        start -= 1
    if start < span.start and not _in_place(text[start:span.start], entity_type):
        return True
    if span.end >= len(text) or not is_kanji(text[span.end]) or suffix_word_end(doc, span, entity_type) < span.end:
        return False  # (or the span's own suffix begins a word going on past it: 享丘県|民, the name written whole)
    if (name_suffix_after(doc, span, entity_type) if suffixed is None else suffixed):
        return False
    after = token_at(doc, span.end)  # a suffix of the dictionary bound to the name (享丘県|内, 享丘|産): the name whole
    return after is None or after.span.start != span.end or not suffix(after.pos)


def _in_place(before: str, entity_type: str) -> bool:
    """A place named right after a larger place's suffix in one run of kanji (a province's 省 before a city, 省 a place
    suffix of the general table): a place in its hierarchy, not a part of a longer word."""
    return entity_type == EntityType.PLACE and before.endswith(tuple(place_suffixes()))


def _heard(doc) -> tuple[set[tuple[Span, str]], set[tuple[Span, str]]]:
    """(span, entity) of every homophone of the homophone finder (``Dropped`` records too): a near-homophone (黄宗義
    for 黄宗羲, yi one letter from xi) may be a look-alike as well, and ``resolve`` decides which claims the span;
    and of every other candidate of that finder, near-homophones, which a frame's likeness leaves to it."""
    heard, misheard = set(), set()
    for m in doc.layers.get(HOMOPHONES, ()):
        for zh in (m.entities if type(m) is Dropped else (m.entity,)):
            (heard if m.kind is MentionKind.HOMOPHONE else misheard).add((m.span, zh))
    return heard, misheard


def _in_run(run: str, places, forms) -> tuple[tuple[int, int, str, str], ...]:
    """(start, length, entity, form) of each window of ``run`` that is a correct form but for one look-alike kanji;
    a window that is itself a literal form of the glossary is the exact finder's."""
    table, fitting, lengths = lookalikes(), places.fitting, places.lengths
    # a window fits a key only where each of its characters but the open place is a character of the indexed forms
    # (``places.chars``): left[p] and right[p], how many such characters stand right before and after place p
    held = [ch in places.chars for ch in run]
    if sum(held) + 1 < lengths[0]:
        return ()
    left, right, k = [0] * len(run), [0] * len(run), 0
    for p, h in enumerate(held):
        left[p], k = k, k + 1 if h else 0
    k = 0
    for p in range(len(run) - 1, -1, -1):
        right[p], k = k, k + 1 if held[p] else 0
    out = []
    for p, ch in enumerate(run):
        before, after = left[p], right[p]
        if before + after + 1 < lengths[0]:
            continue  # no window of p's fits a key
        others = table.get(ch)
        if not others:
            continue
        for n in lengths:
            # windows of length n holding place p whose other characters are all the forms'
            for i in range(max(0, p - n + 1, p - before), min(p, len(run) - n, p + after - n + 1) + 1):
                window = run[i:i + n]
                # the key first: most windows fit no form, and a window that is a form itself is asked only then;
                # only the forms a look-alike of the written character fills (their holders read for those alone)
                fit = fitting(open_place_key(window, p - i), others)
                if not fit or window in forms:
                    continue
                for form, holders in fit:
                    out.extend((i, n, zh, form) for zh, kind in holders if kind in CORRECT_KINDS)
    return tuple(out)  # most runs hold none: the one empty tuple
