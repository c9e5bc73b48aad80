"""A glossary person's given name under the wrong surname (王鴻禕 for 周鴻禕).

A candidate only when the document also names that person some other way (literally or by a sound-alike
candidate), and never when the span is itself another glossary name. The wrong surname is a surname, or a
character read like the person's surname character read the usual way where it reads otherwise as a surname
(a heteronym surname misread: 茶 cha for 查, read zha as a surname; 曲 qu for 区, read ou). A given name of one
character (姜鹏) is matched in its own character only, under a surname that opens its run of kanji, before a name
suffix, the person named literally (a syllable alone matches too many other people's given names).
"""
from __future__ import annotations

from ..charclass import KANJI_RUN
from ..findings import Mention, Span, replaced
from ..glossary.forms import simplified_form
from ..glossary.model import EntityType
from ..phonetics.pinyin import (char_readings, is_surname, other_surname_readings, primary_readings, surname_length,
                               surname_readings)
from .features import Features, name_suffix_after, token_evidence
from .homophone import misheard_surname, window_keys
from .kinds import MentionKind
from .layer import named_in
from .runs import glossary_memo, long_runs, named_entities, scope_of

LAYER = "mentions.surname"
EARLIER = ("mentions.exact", "mentions.homophone", "mentions.katakana", "mentions.romanized")


def find_wrong_surnames(doc, compiled) -> list[Mention]:
    idx = compiled.indexes
    mentioned = {zh for layer in EARLIER for zh in named_in(doc.layers.get(layer, ()))}
    scope = scope_of(doc)
    if scope is not None:  # a stretch of a long document: the entities named elsewhere in it too (so far)
        mentioned |= scope.mentioned
    named = named_entities(doc)
    memo = glossary_memo(idx, "surname.runs")  # run -> its (start, given length, entity, surname fits)
    out: list[Mention] = []
    for run_start, run in long_runs(doc, KANJI_RUN, 2):  # a surname and a given name
        found = memo.get(run)
        if found is None:
            found = memo[run] = _in_run(run, idx)
        for i, n, zh, fits in found:
            if zh not in mentioned:
                if scope is not None:
                    scope.unmet.add(zh)  # a candidate if a later stretch names zh
                continue
            if not fits:
                continue
            span = Span(run_start + i, run_start + i + 1 + n)
            context = name_suffix_after(doc, span, EntityType.PERSON)
            if n == 1 and not (context and zh in named):
                continue  # a one-character given name under another surname: only before a name suffix (楊鵬氏),
                # the person written correctly elsewhere (many people share one character of a given name)
            features = Features(MentionKind.WRONG_SURNAME, len(idx.syllables[zh]), token_evidence(doc, span),
                                context=context, elsewhere=zh in named)
            out.append(Mention(span, doc.slice(span), zh, MentionKind.WRONG_SURNAME,
                               detail=" ".join(idx.syllables[zh]), features=features))
    doc.add_layer(LAYER, out)
    return out


def _in_run(run: str, idx) -> tuple[tuple[int, int, str, bool], ...]:
    """What a run of kanji holds for the finder whatever the document: (start, given name's length, entity, whether
    the head is a surname or a misread one of the entity's) for each surname head followed by a glossary person's
    given name read alike, under a surname that is not the person's."""
    lengths = idx.given_lengths
    misread = idx.misread_surnames
    out = []
    for i in range(len(run) - 1):
        head = run[i]
        surname_head = is_surname(head)
        if not surname_head and not (misread and char_readings(head) & misread):
            continue
        for n in lengths:
            given = run[i + 1:i + 1 + n]
            if len(given) < n:
                break
            if n == 1 and i:
                continue  # a given name of one character: the surname opens the run of kanji (no longer name's
                # middle: 李明鵬 holds no 明鵬)
            for zh in {z for key in window_keys(given) for z in idx.given.get(key, ())}:
                if n == 1 and simplified_form(given) != simplified_form(zh[1]):
                    continue  # its own character (鵬 of 姜鵬), not another that sounds alike
                surname = idx.syllables[zh][0]
                if char_readings(head) & (surname_readings(zh[0]) | {surname}):  # a homophone of the surname
                    continue
                out.append((i, n, zh, surname_head or bool(char_readings(head) & other_surname_readings(zh, surname))))
    return tuple(out)  # most runs hold none: the one empty tuple


def reported_kind(m: Mention, idx) -> Mention:
    """The mention as reported: a person's name changed only in its one-character surname is the surname misheard
    when the change is one merged sound (data/confusable.tsv: 潘 pan for 庞 pang, 藍 lan for 南 nan), the name read
    one syllable off (NAM005); any other surname, even one letter other (夏 xia for 贾 jia, 鄒 zou for 周 zhou), is
    a wrong surname (NAM008), and so is a surname of its own that reads the person's only by an uncommon reading
    unlike its usual one (王 for 喻: wang as a surname, yu only in an old sense), which the homophone finder reads as
    the name in other characters. A first character that is no surname at all, read one slightly different syllable
    from the surname (慈 ci for 訾 zi), is the surname misheard (NAM005), not another surname. The finders find it
    either way (this finder under any other surname; the homophone finder when the kanji reads the surname's sound
    only rarely, 夏 jia, or as a near-homophone of the whole name), and are scored as they found it."""
    name = idx.syllables.get(m.entity)
    if not name or m.entity not in idx.persons or surname_length(m.entity) != 1:
        return m
    if m.kind is MentionKind.HOMOPHONE:
        return replaced(m, kind=MentionKind.WRONG_SURNAME) if _another_surname(m, name[0]) else m
    if m.kind is MentionKind.WRONG_SURNAME:
        heard = misheard_surname("/".join(primary_readings(m.surface[0])), name[0])
        if heard:
            return replaced(m, kind=MentionKind.NEAR_HOMOPHONE, detail=" ".join((heard, *name[1:])))
        return replaced(m, kind=MentionKind.LOOKALIKE) if _framed_alike(m.surface[0], m.entity[0]) else m
    read = m.detail.split()
    if m.kind is MentionKind.NEAR_HOMOPHONE and len(read) == len(name) and read[1:] == name[1:] \
            and read[0] != name[0] and not misheard_surname(read[0], name[0]) and is_surname(m.surface[0]):
        return replaced(m, kind=MentionKind.WRONG_SURNAME, detail=" ".join(name))
    return m


def _framed_alike(written: str, own: str) -> bool:
    """Two surnames drawn in one frame that surrounds its inside from the top (data/kanji_frames.tsv ``TOP_FRAMES``:
    關 and 闕, 門 over and around another part), read unlike (``homophone.heard_alike``): the frame is most of either
    glyph and the inside the part a glance blurs, so the surname was misread by eye (NAM011), not exchanged for
    another (NAM008)."""
    from .homophone import heard_alike
    from .lookalike import one_frame

    return one_frame(written, own, TOP_FRAMES) and not heard_alike(written, own)


TOP_FRAMES = ("st",)  # the arrangement of a frame drawn over and around the other part from the top (門 in 闕)


def _another_surname(m: Mention, surname: str) -> bool:
    """The mention's first character is a surname other than the person's that reads the person's surname (any of
    its readings as a surname: 覃 qin or tan) only by an uncommon reading: as a surname, and usually, it reads
    otherwise."""
    head = m.surface[0]
    as_surname = surname_readings(head)
    person = surname_readings(m.entity[0]) | {surname}
    return bool(as_surname) and simplified_form(head) != simplified_form(m.entity[0]) \
        and not person & (as_surname | primary_readings(head))
