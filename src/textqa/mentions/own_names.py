"""Names the document writes several ways that no glossary entry covers: the ``own-names`` layer (NAM012).

A machine translation often writes one person two or three ways on one page: the name in kanji, a homophone of it
(the same Mandarin reading in other characters), a look-alike character, the name's Mandarin reading in katakana.
With a glossary entry the name rules report each; without one, the page itself is the evidence. This module treats
the document's own names as a temporary glossary and runs the ordinary finders with it:

1. the kanji names of the document that the glossary does not cover (``candidates.collect``: SudachiPy proper
   nouns and kanji runs in name context, 氏, 市, 社 …), and a kanji run of a surname and two more kanji that stands
   alone (a word of its own, no dictionary word) in two places or more;
2. grouped when they read the same (a surname read as one) or differ by one look-alike kanji
   (``lookalike.lookalikes``); each group is one temporary entry, written as the form a dictionary knows (jieba's
   Chinese words and names, simplified, or SudachiPy's words), else as its most frequent form (the one with the
   most name evidence on a tie); a person whose given name another entry writes under another surname is left out
   where only the other is spelt in katakana (``_other_surnames``), so that the surname finder reads it as a wrong
   surname;
3. the ordinary finders, with those entries, on a copy of the document: a homophone, a look-alike, a katakana
   rendering or (so left out) a wrong surname of an entry is a candidate, described by its feature record and scored by the fitted scorer
   (``score.model``) as any glossary candidate is; glosses and introduced aliases stay silent as they do there.

Only the kinds that say one name is written two ways are kept (``KINDS``); a span the glossary's own mentions
cover is left to the glossary rules.
"""
from __future__ import annotations

from collections import Counter

from ..charclass import CLOSE_BRACKETS, KANJI_RUN, KATAKANA_RUN, KATAKANA_SEPARATORS, OPEN_BRACKETS, is_kanji
from ..document import Document
from ..findings import Span
from ..glossary.forms import simplified_form
from ..glossary.model import EntityType
from .kinds import MentionKind
from .layer import EMPTY, MentionLayer, mention_layer
from .runs import runs

LAYER = "own-names"
# the kinds that say the document writes one of its own names another way (a romanised name is GRB003's, a glyph
# variant of a name in simplified characters GRB001's)
KINDS = frozenset({MentionKind.HOMOPHONE, MentionKind.LOOKALIKE, MentionKind.KATAKANA, MentionKind.WRONG_SURNAME})
PERSON_RUN = 3  # a run of a surname and a given name of two kanji, read as a name when it stands alone twice
REPEATED = 2
MIN_HOMOPHONE = 3  # two kanji that read like another two are often two words or two names (玄宗, 宣宗; 天宝, 天保)
GLOSS_REACH = 40  # code points before a katakana reading searched for the bracket of the gloss that holds it
INTRODUCED_GAP = 2  # code points between a kanji name and the katakana that gives its reading (one kanji of a longer
# name, a bracket: 羅小黒(ロシャオヘイ))


def own_names(doc, compiled=None) -> MentionLayer:
    """Write the document's ``own-names`` layer (once) and return it."""
    if LAYER not in doc.layers:
        doc.add_layer(LAYER, MentionLayer(_find(doc, compiled)))
    return doc.layers[LAYER]


def own_name_layer(doc) -> MentionLayer:
    """The layer as written before the rules ran (empty when it was not)."""
    return doc.layers.get(LAYER, EMPTY)


def _find(doc, compiled) -> list:
    from ..glossary.compile import compile_glossary
    from ..glossary.model import Entry, Glossary
    from .resolve import annotate

    names = _names(doc, compiled)
    if not names:
        return []
    written = _written_as(names)
    other = _other_surnames(doc.text, [surface for surface, _ in written])
    entries = [Entry(zh=surface, ja=surface, type=typ) for surface, typ in written if surface not in other]
    temporary = compile_glossary(Glossary(entries))
    probe = Document(doc.text, doc.path)
    own = mention_layer(doc)
    out = []
    for m in annotate(probe, temporary):
        if m.kind not in KINDS or m.glossed or own.overlapping(m.span):
            continue
        if m.kind is MentionKind.WRONG_SURNAME and m.surface not in other:
            continue  # two people may share a given name: only the katakana tells a surname wrong
        if m.kind is MentionKind.HOMOPHONE and (len(m.entity) < MIN_HOMOPHONE or _suffixed(m.surface)):
            continue
        if m.kind in (MentionKind.HOMOPHONE, MentionKind.LOOKALIKE) and _known(m.surface):
            continue  # a dictionary's word or name (丹江口 beside a document's 単江口) is no slip for another
        if m.kind is MentionKind.KATAKANA and (_cut(doc.text, m.span) or _standard_katakana(m.surface)
                                                or _untranslated(m.entity)
                                                or _company(doc.text, temporary.entry(m.entity))
                                                or _introduced(doc.text, m.entity, m.surface)):
            continue
        out.append(m)
    return out


def _suffixed(surface: str) -> bool:
    """The window ends in a name suffix that the name lacks (井上氏 read against a name of three kanji)."""
    from ..phonetics.tables import name_context

    return any(surface.endswith(w) for words in name_context().values() for w in words)


def _untranslated(kanji: str) -> bool:
    """A name left in simplified Chinese (库布其, GRB001's): the katakana beside it is the Japanese name, not a slip."""
    from ..glossary.forms import is_simplified_only

    return any(is_simplified_only(c) for c in kanji)


def _company(text: str, entry) -> bool:
    """An organisation: its katakana name is a brand, the usual Japanese name beside its kanji legal name
    (娃哈哈集団有限公司 and ワハハ)."""
    from .context import legal_name

    if entry.type == EntityType.ORG:
        return True
    start = text.find(entry.ja)
    while start >= 0:
        if legal_name(text, start + len(entry.ja)):
            return True
        start = text.find(entry.ja, start + 1)
    return False


def _cut(text: str, span: Span) -> bool:
    """The katakana is part of a longer katakana word or name (セント of テンセント, ゾンフイ of チン・ゾンフイ)."""
    return not any(m.start() == span.start and m.end() == span.end
                   for m in KATAKANA_RUN.finditer(text, max(0, span.start - GLOSS_REACH), span.end + GLOSS_REACH))


def _standard_katakana(surface: str) -> bool:
    """One proper noun of the dictionary (ファーウェイ, ウルムチ): the usual Japanese name, not a made-up reading."""
    from ..tokens import tokenize

    toks = tokenize(surface)
    return len(toks) == 1 and toks[0].is_proper_noun and not toks[0].oov


def _introduced(text: str, kanji: str, katakana: str) -> bool:
    """The document gives the katakana as the kanji's reading somewhere: right after it, or in the brackets after it
    (王一博ワン・イーボー, 羅小黒(ロシャオヘイ) for 小黒 and シャオヘイ, 南 仁東（なん じんとう、ナン・レンドン、…）), or the
    kanji in brackets after the katakana (チョウ・ユンファ（周潤發）, across a line break): a writer who names the person
    both ways on purpose."""
    bare = _bare(katakana)
    for m in KATAKANA_RUN.finditer(text):
        if bare not in _bare(m.group()):
            continue
        head = text[max(0, m.start() - GLOSS_REACH):m.start()]
        heads = [head]
        opened = max(head.rfind(b) for b in OPEN_BRACKETS)
        if opened >= 0 and not any(c in CLOSE_BRACKETS for c in head[opened:]):
            heads.append(head[:opened])  # the katakana inside a gloss: what stands before the gloss
        after = text[m.end():m.end() + INTRODUCED_GAP + len(kanji) + 1].lstrip(CLOSE_BRACKETS + OPEN_BRACKETS + " \u3000\n")
        simple = simplified_form(kanji)  # the gloss may follow the name in another script (南 仁東 for 南仁东)
        if simplified_form(after).startswith(simple) or any(
                simple in simplified_form("".join(h.split()).rstrip(OPEN_BRACKETS)[-(len(kanji) + INTRODUCED_GAP):])
                for h in heads):
            return True
    return False


def _bare(katakana: str) -> str:
    return "".join(c for c in katakana if c not in KATAKANA_SEPARATORS)


class _Name:
    """A kanji name of the document: its surface, how often it stands in the text, and what type it looked like."""

    def __init__(self, surface: str, count: int, types: Counter, strong: bool) -> None:
        self.surface, self.count, self.types, self.strong = surface, count, types, strong

    @property
    def type(self) -> str:
        return max(self.types, key=lambda t: (self.types[t], t)) if self.types else ""


def _names(doc, compiled) -> list[_Name]:
    from .candidates import Script, Seen, collect

    seen: dict[str, Seen] = {}
    collect(doc, compiled, seen)
    out = {s.surface: _Name(s.surface, doc.text.count(s.surface), Counter({str(t): n for t, n in s.types.items()}),
                            s.strong)
           for s in seen.values() if s.script == Script.KANJI and all(is_kanji(c) for c in s.surface)}
    for surface in _lone_person_runs(doc, compiled):
        if surface not in out:
            out[surface] = _Name(surface, doc.text.count(surface), Counter({str(EntityType.PERSON): 1}), False)
    return list(out.values())


def _lone_person_runs(doc, compiled) -> list[str]:
    """Runs of exactly a surname and two kanji, standing alone in two places or more, that the dictionary does not
    read as words (馬化騰 in 馬化騰は…, where the tokenizer finds no proper noun): a person's name the text repeats."""
    from ..phonetics.pinyin import is_surname
    from .features import is_dictionary_word

    counts = Counter(run for _, run in runs(KANJI_RUN, doc.text) if len(run) == PERSON_RUN)
    covered = mention_layer(doc)
    out = []
    for run, n in counts.items():
        if n < REPEATED or not is_surname(run[0]) or is_dictionary_word(run) or is_dictionary_word(run[1:]):
            continue
        start = doc.text.find(run)
        if covered.overlapping(Span(start, start + len(run))):
            continue
        out.append(run)
    return out


def _written_as(names: list[_Name]) -> list[tuple[str, str]]:
    """(form, type) of each group of names that read alike or differ by one look-alike kanji: the most frequent
    form (the one with the most name evidence on a tie)."""
    from .candidates import grouped_by_keys

    out = []
    for group in grouped_by_keys(names, _keys):
        best = max(group, key=lambda n: (_known(n.surface), n.count, n.strong, sum(n.types.values()), n.surface))
        types = sum((n.types for n in group), Counter())
        out.append((best.surface, max(types, key=lambda t: (types[t], t)) if types else ""))
    return sorted(out)


def _other_surnames(text: str, forms: list[str]) -> set[str]:
    """Names of a surname and a given name of two kanji whose given name another of ``forms`` writes under another
    surname, where the document spells that other name in katakana in full and never this one (タン・ヤーウェン beside
    唐雅文 and 楊雅文): the katakana says which surname the person has, so this form is left out of the temporary
    glossary and the surname finder reads it as the other's wrong surname."""
    from ..phonetics.kana import coarse, katakana_romaji, name_keys
    from ..phonetics.pinyin import is_surname, name_readings

    people = [f for f in forms if len(f) == PERSON_RUN and is_surname(f[0])]
    if len(people) < REPEATED:
        return set()
    spelt = {coarse(katakana_romaji(run)) for _, run in runs(KATAKANA_RUN, text) if len(_bare(run)) > PERSON_RUN}

    def in_katakana(name: str) -> bool:
        return any(name_keys(r)[1] & spelt for r in name_readings(name, person=True))

    out = set()
    for name in people:
        rivals = [o for o in people if o != name and o[1:] == name[1:]]
        if rivals and not in_katakana(name) and not _read_after(text, name) and any(in_katakana(o) for o in rivals):
            out.add(name)
    return out


def _read_after(text: str, name: str) -> bool:
    """The name is followed somewhere by its own reading in brackets (羅偉光(ライアン・ロー)): a person of its own."""
    start = text.find(name)
    while start >= 0:
        after = text[start + len(name):start + len(name) + 2]
        if after[:1] in OPEN_BRACKETS and KATAKANA_RUN.match(after[1:]):
            return True
        start = text.find(name, start + 1)
    return False


def _known(surface: str) -> bool:
    """A word or name of the Chinese dictionary (simplified: 馬化騰, 丹江口) or of SudachiPy's: the form a homophone or
    a look-alike of it was written for, however often the document writes the other."""
    from ..phonetics.tables import chinese_word
    from .features import is_dictionary_word

    return chinese_word(simplified_form(surface)) or is_dictionary_word(surface)


def _keys(name: _Name) -> set[tuple]:
    """Keys two names of one group share: a reading ('r', syllables), and the name with one kanji left open for
    each look-alike of it ('l', place, the pair, the rest)."""
    from ..phonetics.pinyin import name_readings
    from .lookalike import lookalikes

    person = name.type in ("", str(EntityType.PERSON))
    keys: set[tuple] = {("r", tuple(r)) for r in name_readings(name.surface, person=person)}
    table = lookalikes()
    for i, c in enumerate(name.surface):
        rest = name.surface[:i] + "?" + name.surface[i + 1:]
        keys |= {("l", rest, frozenset((c, other))) for other in table.get(c, ())}
    return keys
