"""Markdown: the prose of a ``.md`` file, for rules that read Japanese text.

markdown-it-py parses the file; only the characters of its text runs are kept: no fenced or indented
code, inline code, HTML blocks or comments, link and image targets, emphasis marks, list or heading
markers, table pipes, nor YAML/TOML front matter. Every newline is kept, so line numbers stay those of
the file; ``Prose.kept`` maps each kept character back to its offset in the file, for columns and fixes.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from .charclass import LINE_FEED
from .document import KeptOffsets

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(?:\n|\Z)", re.S)
LOOKAHEAD = 16
BILINGUAL_SEPARATOR = " / "  # English / 日本語 headings and list items of bilingual READMEs  # how far ahead a text character may sit behind escapes and entities


@dataclass
class Prose:
    text: str  # the kept characters, in order
    kept: KeptOffsets  # the file offset of each character of ``text``


def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _close_bracket(src: str, i: int, open_: str, close: str) -> int:
    """The index after the bracket that closes the one at ``i`` (or ``i`` when unbalanced on its line)."""
    depth = 0
    for j in range(i, len(src)):
        ch = src[j]
        if ch == "\\":
            continue
        if ch == open_:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                return j + 1
        elif ch == "\n" and j > i and src[j - 1] == "\n":
            break
    return i


def _skip_link_tail(src: str, i: int) -> int:
    """After a link's text: skip ``](target "title")``, ``][ref]`` or ``]``."""
    if i < len(src) and src[i] == "]":
        i += 1
        if i < len(src) and src[i] in "([":
            return _close_bracket(src, i, src[i], ")" if src[i] == "(" else "]") or i
    return i


def prose(src: str) -> Prose:
    """The prose characters of Markdown source ``src``: which characters are kept is a byte a character, and
    what they map back to a pair of offsets a stretch of them (a list of a bool and of an offset a character took
    about 44 bytes a character)."""
    keep = bytearray(len(src))
    line_starts = array("q", [0])
    for m in LINE_FEED.finditer(src):
        keep[m.start()] = 1
        line_starts.append(m.end())
    body = src
    m = FRONT_MATTER.match(src)
    if m:  # blank it (newlines kept) so the parser sees empty lines there
        body = re.sub(r"[^\n]", " ", m.group()) + src[m.end():]
    cursor = 0
    for token in _parser().parse(body):
        if token.type != "inline" or token.map is None:
            continue
        if cursor > line_starts[token.map[0]]:  # another cell of a table row: keep the pipe between them
            pipe = src.find("|", cursor, cursor + LOOKAHEAD)
            if pipe >= 0:
                keep[pipe] = 1
        cursor = max(cursor, line_starts[token.map[0]])
        limit = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(src)
        for child in token.children or []:
            cursor = _keep_child(child, src, cursor, limit, keep)
    _drop_lines_without_japanese(src, keep, line_starts)
    kept = KeptOffsets()
    for run in KEPT_RUN.finditer(keep):
        kept.add(*run.span())
    return Prose("".join(src[a:b] for a, b in kept.pieces()), kept)


KEPT_RUN = re.compile(b"\x01+")  # a stretch of kept characters in ``keep``


def _drop_lines_without_japanese(src: str, keep: bytearray, line_starts: array) -> None:
    """A line of prose with letters but no kana or kanji is English (a bilingual README, a list of tools),
    not Japanese with English left in it: leave it out."""
    from .charclass import is_kana, is_kanji

    def drop_if_english(kept: list[int]) -> None:
        chars = [src[i] for i in kept]
        if any(c.isalpha() for c in chars) and not any(is_kana(c) or is_kanji(c) for c in chars):
            for i in kept:
                keep[i] = 0

    for n, start in enumerate(line_starts):
        end = line_starts[n + 1] - 1 if n + 1 < len(line_starts) else len(src)
        kept = [i for i in range(start, end) if keep[i]]
        line = "".join(src[i] for i in kept)
        if BILINGUAL_SEPARATOR in line:  # `Installing / インストール`: each side on its own
            at = 0
            for part in line.split(BILINGUAL_SEPARATOR):
                drop_if_english(kept[at:at + len(part)])
                at += len(part) + len(BILINGUAL_SEPARATOR)
        else:
            drop_if_english(kept)


def _keep_child(child, src: str, cursor: int, limit: int, keep: bytearray) -> int:
    """Mark the source characters of one inline child as kept; return the new cursor."""
    if child.type == "text":
        for ch in child.content:
            at = src.find(ch, cursor, min(limit, cursor + LOOKAHEAD))
            if at >= 0:
                keep[at] = 1
                cursor = at + 1
        return cursor
    if child.type in ("code_inline", "html_inline"):
        at = src.find(child.content, cursor, limit)
        return at + len(child.content) if at >= 0 else cursor
    if child.type == "link_close":
        at = src.find("]", cursor, limit)
        return _skip_link_tail(src, at) if at >= 0 else cursor
    if child.type == "image":
        at = src.find("![", cursor, limit)
        if at < 0:
            return cursor
        end = _close_bracket(src, at + 1, "[", "]")
        return _skip_link_tail(src, end - 1) if end > at + 1 else cursor
    return cursor
