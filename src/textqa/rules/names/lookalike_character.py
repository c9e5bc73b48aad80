from __future__ import annotations

from ...findings import Severity
from .variant import VariantRule, entity_label


class LookalikeCharacter(VariantRule):
    """
    ## What it does
    Reports a glossary name of two kanji or more written with exactly one
    character swapped for another that looks like it (`data/lookalike_kanji.tsv`:
    氵 for 冫, 木 for 禾, 日 for 目, a stroke more or less, glyphs drawn nearly
    alike as 酉 for 西), all its other characters as they are, with the correct
    form as the fix; a person's name also for one kanji written with another
    of its frame (`data/kanji_frames.tsv`: 崖 for 崔, 山 over another part; 違
    for 遠, 辶 under another), of its last part (`data/kanji_last_parts.tsv`:
    披 for 波, 皮 on the right of another), of its bottom (`data/kanji_bottoms.tsv`:
    恵 for 思, 心 under another; 鳥 for 馬, 灬 under another), of its top (`data/kanji_tops.tsv`: 亭 for 高, a row beginning 亠 and 口) or of
    its stack
    (`data/kanji_stacks.tsv`: 竟 for 章, 亠, 䒑 and 日 over another part)
    where the document names the person: in the surname a kanji that is no surname or one of the surname's core
    in the same arrangement (`data/kanji_cores.tsv`: 湯 for 楊, 昜 on the right of both); in the given name a
    name the text writes only there, and where the kanji is one given names are often made of
    (`data/given_name_chars.txt`; any kanji of its stack is read as a misreading) with a name suffix or title
    after it, in a sentence that names neither the person nor a relative (`data/kinship_words.txt`: 弟, 長女).
    A place's name of two kanji or more before its suffix likewise (`大到坡鎮` for 大致坡鎮: 至 beside another part),
    where the document names the place in its own form and writes the slip only once.
    Any other name also for a kanji of the same last part that reads like the name's only by a rare reading of its
    own (`茶湯鎮` for 茶陽鎮: 昜 on the right of both, 湯 usually tang and read yang only rarely), which the homophone
    finder hears alike: the part that sounds drawn whole, the radical beside it misread.
    Any other name (a place, an organisation, a term) read a syllable off whose one changed kanji keeps the name's
    larger part as a person's misread kanji does (a common kanji of the same core or last part: `石銅郷` for 石洞郷, 同 on the
    right of both, tong for dong; the name's kanji's core itself or a kanji holding it with a part beside, `因溪鎮` for
    咽溪鎮, yin for yan, or holding it whole on its right beside a part of its size, `張松鎮` for 張公鎮, song for
    gong) is reported here, not as NAM005 (near-homophone); a rare kanji of the core read a
    confusable slip apart (坡 po for 波 bo) stays the near-homophone's, the ear's slip, as does a kanji holding the
    name's beside another part read so (金 jin for 欽 qin).

    ## Why is this bad
    OCR and hurried copying swap a character for its look-alike: the name
    then reads otherwise and names nobody, and neither a spell checker nor a
    comparison by sound sees it. A real word or place that differs from a name
    by a look-alike character (a dictionary word, a place the dictionary
    knows) weighs against the finding, and a weak one is dropped. A kanji
    that shares only the frame of a person's surname (the arrangement and
    the first part the eye takes in: 冶 for 冷, 運 for 連), its last part
    (the part on the right, most often the phonetic: 略 for 格) or its stack
    (all but the last of three parts or more in a row) is too loose a
    likeness for any name, but in the name of a person the document names,
    the rest of it as it is, a kanji that names no other person (in the
    surname's place no surname; in the given name's a name written nowhere
    else in the text, since a person the text speaks of is named again; and
    where the kanji is one of the characters Chinese given names are often
    made of, a sibling may be named so: 英 for 芳 is read only with a name
    suffix or title after it (a bare name in a list may list a relative), in
    a sentence that names neither the person nor a relative, as 弟の or
    長女の would; a
    kanji of a given-name character's stack, one glyph but its last part, is
    read as a misreading whatever names hold it: 亮 for 亭)
    and that does not read like the name's own by
    its usual reading nor a syllable off (those are the sound-alike finders',
    but for a common kanji of the name's own core or last part) was misread.

    Its confidence comes from the fitted weights (`data/weights.json`) of
    the look-alike's own features, which no other kind shares: the correct
    form elsewhere in the document, a name suffix after it (市, 氏), the
    span being a dictionary word or a Chinese word, inside a longer run of
    kanji, or part of a longer name, a rare character (outside JIS X 0208's
    first level) written or replaced, a name of two characters, and the
    glossary's size. It is a `warning` when the confidence reaches the name
    scorer's warning threshold and `info` below it (docs/accuracy.md: on the
    real pages with their glossaries, both findings are real errors). A
    look-alike inside a longer run of kanji (a kanji before it that opens no
    place's name, or one after it that is no name suffix: `東准川` for a
    glossary's 淮川) is `info` whatever its confidence: another word that
    holds the look-alike as likely as a slip; a place's name whose own suffix
    begins a word going on past it (`享丘県民` for 亨丘県: 県民) is the name
    written whole, no longer run. A window
    that also reads like the name by the written character's usual reading
    is a homophone (NAM004: 候, usually hou, for 侯); one that reads like it only
    by a rare reading of the written character (荼, usually tu, read cha for
    茶), and is no dictionary word, is a look-alike when the look-alike is as sure or sure enough for a
    warning; so is one that reads a syllable off, a near-homophone as well (義 yi
    for 羲 xi, 并 bing for 井 jing): the look-alike explains the whole change;
    and so is a person's name under another surname drawn like the person's own
    (汪 for 江, which NAM008 would report as a changed surname). A near-homophone
    of a place's, an organisation's or a term's name whose one changed kanji is
    the name's own with a part over, under, inside or around it taken away or
    added (`data/kanji_cores.tsv`: 車 for 軍, 冖 taken off; 癸 for 葵) is weighed
    as a look-alike too: the whole of the name's kanji drawn, misread by eye as
    much as misheard; so is a person's name whose kanji is written with another of
    one enclosing frame (囗 drawn round the other part on every side: 圃 for 図),
    read a syllable off by none of the ear's usual confusions: the frame is the
    whole outline the eye reads. Otherwise a look-alike never takes a span from a sound-alike.

    ## Example
    `林徽音の詩を読み、林微音の生涯を調べた。` (glossary: 林徽音 → 林徽音; 微 for 徽)

    ## Use instead
    `林徽音の詩を読み、林徽音の生涯を調べた。`
    """

    code = "NAM011"
    name = "lookalike-character"
    severity = Severity.WARNING

    def message(self, m, entry):
        changed = next((f"'{a}' for '{b}'" for a, b in zip(m.surface, m.detail) if a != b), "")
        return f"'{m.surface}' looks like {entity_label(entry)} with {changed}, a look-alike; write '{m.detail}'"

    def fix(self, m, entry) -> str:
        return m.detail  # the correct form it was written for (an accepted form stays that form)

    def info_only(self, ctx, m) -> bool:
        """Inside a longer run of kanji (the finder's ``embedded`` feature, read from the text): another word that
        holds the look-alike as likely as a name misread."""
        from ...mentions.lookalike import in_longer_run

        return in_longer_run(ctx.doc, m.span, ctx.entry(m.entity).type)
