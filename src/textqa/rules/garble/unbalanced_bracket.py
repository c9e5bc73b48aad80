from __future__ import annotations

import re

from ...charclass import ANGLE_BRACKETS, OPENER_OF, PAIRS, SENTENCE_ENDS, SPACES, is_hiragana
from ...findings import Severity, Span
from ..base import Rule
from ...tokens import tokens_in
from ...mentions.context import link_headings
from ._text import CUT_MARKS, brackets, ends_sentence, paragraphs, spliced_pairs


class UnbalancedBracket(Rule):
    """
    ## What it does
    Reports a bracket or quote mark left without its partner in its paragraph. That is a closing
    mark (」』）)”…) that closes nothing, or an opening mark never closed within its paragraph. Nested
    quotes and quotes that span several sentences of one paragraph are fine, and so is a 「 or 『 closed in one
    of the next three paragraphs (a quotation that runs over paragraphs), or of the next eight where each paragraph
    is one short line and one of them ends on a comma (a double-spaced passage, a blank line after every line, a
    sentence going on over one), or of the next sixteen where each is one short line and none ends a sentence or a
    clause (verse quoted one line a paragraph), or a work's `『` closed within sixteen short lines whatever they end
    on (a song's lyrics or a poem quoted whole); list markers such as `1)`, also right after the colon or the ellipsis that introduces
    the list (`持参するもの…1)旅券`, `持ち物:1)写真`), an item's label
    at its line's start (`例）`, `注）`: data/item_labels.txt), a note's number after a title or a note mark (`『星河紀行』1)を中心に`, `本調査注1)では`)
    or after a sentence's last word before its full stop, a comma or a space (`…とも言われる2)。`, a paper's superscript
    note number flattened into the line), or a step or an item referred to by its number before a particle
    (`ところへ1)を入れて` where a line opens with `1.`: a recipe's step as its list numbers it),
    faces typed with an opening parenthesis only (`(^^;`) or a closing one only (`^^)`, a fish `~>゜)~`), a face's
    motion lines, three or more of one parenthesis in a row left over (`((((ノ゜Д゜)ノ`, `ノ)))`; two, `((注`, still
    count), and laughter or a mood typed so at a line's end or before a
    space (`くんねぇかな(w`, `疲れた(笑`: data/laughter_asides.txt) are not brackets, a face at the end of its line
    closes the aside it ends as well as itself (`(寝てたし(^▽^;)`), and an opening mark on a line that ends in `…` (a
    headline cut short in a list of links) or in `・・・` or `. . .` (a teaser before 続きを読む, also on the same line:
    `「港の . . . 本文を読む`) lost its closer with the cut, as did
    one on the text's last line when that line stops mid-phrase (on no `。`, `？` or closing mark, and on no word that could
    end a sentence: `…さらに「来年は`, a page saved or quoted in part); a last line that ends on a predicate
    (`「来年は畑を広げたい`) is a quotation left open. A quotation closed with the wrong mark
    (`「…）`) is one finding, at the closing mark.
    Two `”` on one line around a short quotation (`”愛”`, the closing mark typed at both ends; also right after a
    label's colon, `参考:”愛”`, no smiley's `:)`) are a pair, and so are two around a passage cited whole, however long,
    the first after a clause's or a label's end, the second right after the passage's last sentence end and before
    と or って (`…には、”…。”とある`); a `”`
    right after a size in figures, before a Latin letter, a katakana, 型, a space or the line's end, is the inch mark
    (`6.67”AMOLED`, a screen's size in a list of specifications).
    Full-width parentheses that hold nothing right after a word ending in hiragana (`2倍に増えた（）と`) lost the aside
    they held; parentheses named or left blank to fill in (`（）内に`, `（）に入る語`, two or more empty ones in a
    paragraph) are fine.
    A Chinese title mark (`《`, `〈`) that the translation carried over and that is never closed in its paragraph
    (`記録によると、《西口越えの古い歌詞には…`) is reported too; a lone closing one is not (`ホーム 〉 ニュース`: a page's
    trail of links).

    The two commonest shapes have their own rules: a closing mark spliced to an opening one
    (GRB005) and a closing mark after the sentence ended (GRB006).

    ## Why is this bad
    The machine translation dropped or moved one half of a pair, so the reader cannot tell
    where the quotation or aside begins or ends.

    ## Example
    `市は企業を支援した。新しい計画」と述べた。`

    ## Use instead
    `市は「企業を支援した新しい計画」と述べた。`
    """

    code = "GRB004"
    name = "unbalanced-bracket"
    severity = Severity.WARNING
    reads = ("text", "tokens")

    def check(self, ctx):
        text = ctx.doc.text
        marks = brackets(ctx.doc)
        spliced = {i for pair in spliced_pairs(ctx.doc) for i in pair}
        for i in marks.lone_closers:
            if i in spliced or (i > 0 and text[i - 1] in SENTENCE_ENDS):
                continue
            if i in marks.mismatched:
                o = marks.mismatched[i]
                right = PAIRS[text[o]]
                yield ctx.finding(self, Span(i, i + 1), f"'{text[i]}' ends the quotation or aside that '{text[o]}' "
                                                        f"opens; write '{right}'", suggestion=right)
                continue
            opener = OPENER_OF.get(text[i], "")
            yield ctx.finding(self, Span(i, i + 1), f"'{text[i]}' closes nothing in this paragraph; delete it, or "
                                                    f"write '{opener}' where the quotation or aside begins")
        for i in marks.lone_openers:
            if i in spliced or _cut_short(ctx.doc, i):
                continue
            yield ctx.finding(self, Span(i, i + 1),
                              f"'{text[i]}' is never closed in this paragraph; write '{PAIRS[text[i]]}' where the "
                              "quotation or aside ends, or delete it")
        for i in _lone_angle_openers(ctx.doc):
            if not _cut_short(ctx.doc, i):
                yield ctx.finding(self, Span(i, i + 1), f"'{text[i]}' is never closed in this paragraph; write "
                                                        f"'{ANGLE_BRACKETS[text[i]]}' where the title ends, or delete it")
        for o in _lost_asides(text, marks.pairs):
            yield ctx.finding(self, Span(o, o + 2), "'（）' holds nothing: the aside it held was lost; write it, or "
                                                    "delete the parentheses")


OPENER_OF_ANGLE = {c: o for o, c in ANGLE_BRACKETS.items()}
ANGLE_MARK = re.compile(f"[{''.join(ANGLE_BRACKETS)}{''.join(ANGLE_BRACKETS.values())}]")


def _lone_angle_openers(doc) -> list[int]:
    """Where a Chinese title mark opens (`《`, `〈`: ``ANGLE_BRACKETS``) that its own closing mark never closes later in
    its paragraph: the title's end lost in translation. Angle marks pair on their own, apart from the quotes and
    brackets (``brackets``), which never hold them."""
    if not any(o in doc.text for o in ANGLE_BRACKETS):
        return []
    out = []
    for span, para in paragraphs(doc):
        stacks: dict[str, list[int]] = {opener: [] for opener in ANGLE_BRACKETS}
        for m in ANGLE_MARK.finditer(para):
            ch = m.group()
            if ch in stacks:
                stacks[ch].append(m.start())
            elif stacks[OPENER_OF_ANGLE[ch]]:
                stacks[OPENER_OF_ANGLE[ch]].pop()
        out.extend(span.start + i for stack in stacks.values() for i in stack)
    return sorted(out)


# what follows parentheses that the text names or leaves to fill in (（）内に, （）に入る語, （）を埋める, （）の中): no aside
NAMED_AFTER = ("内", "に入", "を埋", "の中", "には", "に書", "に記")


def _lost_asides(text: str, pairs) -> list[int]:
    """Full-width parentheses that hold nothing, right after a word ending in hiragana (`2倍に増えた（）と`): an
    aside the translation lost. Parentheses named (`（）内に`) or left as blanks to fill in (two or more empty ones in
    a paragraph: an exercise) are not."""
    empty = [o for o, c in pairs if c == o + 1 and text[o] == "（"]
    out = []
    for o in empty:
        lo, hi = text.rfind("\n\n", 0, o) + 1, text.find("\n\n", o)
        if sum(lo <= e and (hi < 0 or e < hi) for e in empty) > 1:
            continue
        if o > 0 and is_hiragana(text[o - 1]) and not text.startswith(NAMED_AFTER, o + 2):
            out.append(o)
    return out


PREDICATES = ("動詞", "形容詞", "助動詞")  # the parts of speech that make a trailing clause (絶やさないために)
LINKS = ("助詞", "助動詞")  # what ends a clause trailing after its sentence: から, けど, ために's に, ように's に


def _trails_a_clause(words) -> bool:
    """``words`` end on a clause said after its sentence, as speech trails off (倒置): a particle right after a
    predicate (また来たいから, 残ってほしくて), or after a noun or adjectival noun right after a predicate's attributive
    form (絶やさないために, 行けるように). A cut falls anywhere: after a noun (中国の日本へ), inside a word (食い違)."""
    if len(words) < 2 or words[-1].pos[0] not in LINKS:
        return False
    if words[-2].pos[0] in PREDICATES:
        return True
    return len(words) >= 3 and words[-3].pos[0] in PREDICATES and len(words[-3].pos) > 5 \
        and words[-3].pos[5].startswith("連体形")


def _cut_short(doc, i: int) -> bool:
    """An opening mark on a line that ends in `…` or `・・・`: a title, headline or teaser cut short by the page (a list
    of links, `星河市長「新しい港の建設を急ぐ…`; `…と述べ、さらに「港の・・・・` before 続きを読む, also when that
    label ends the same line, `「港の . . . 続きを読む`: data/link_headings.txt), whose closer was cut
    with it; or one on the text's last line when that line stops mid-phrase, on no mark that ends a sentence or
    closes anything and on no word that could end a sentence (`…と語った。さらに「来年は`, `…(Australian F`): the
    text itself was cut there, a page saved or quoted in part. A last line that ends on a predicate, with or without
    a sentence-final particle (`「来年は畑を広げたい`, `「急がないと遅れるぞ`, `「また来よう`), is a quotation left open,
    and reported; so is one whose quotation already holds a whole sentence, a predicate and its full stop, and
    then ends on a clause (``_trails_a_clause``: `「来年は畑を広げたい。村を残すために`): speech that trails off on a
    clause said after its sentence, where a cut falls anywhere (`「来年は畑を広げたい。そして村の`, silent)."""
    text = doc.text
    end = text.find("\n", i)
    line = text[i:len(text) if end < 0 else end].rstrip(SPACES)
    label = next((w for w in link_headings() if line.endswith(w)), "")
    if line[:len(line) - len(label)].rstrip(SPACES).endswith(CUT_MARKS):
        return True  # the teaser's cut, then the link to its full text: `「港の . . . 続きを読む`
    rest = text[i:].rstrip()
    if "\n" in rest or rest[-1] in SENTENCE_ENDS or rest[-1] in OPENER_OF:
        return False
    words = [t for t in tokens_in(doc, Span(i, i + len(rest))) if t.surface.strip()]
    stops = [k for k in range(1, len(words)) if words[k].surface in SENTENCE_ENDS and not words[k].surface.isascii()
             and ends_sentence(words[k - 1])]
    if stops and _trails_a_clause(words[stops[-1] + 1:]):
        return False  # a whole sentence quoted, then a clause trailing after it: a quotation left open
    return not words or not ends_sentence(words[-1])

