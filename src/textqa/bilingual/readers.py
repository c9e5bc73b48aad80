"""Bilingual files whose units are already aligned: XLIFF 1.2 and 2.x, TMX 1.4, gettext PO.

XML is parsed with defusedxml: no DTD entities are expanded and nothing is fetched. Each unit's target text
becomes one paragraph of a ``MappedDocument`` whose positions report the line and column of that text in the
file itself, so findings point into the XLIFF, TMX or PO file; the source text likewise, for related locations.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document
from ..errors import InputError, refused_xml
from ..findings import Span

SEPARATOR = "\n\n"
CODE_TAGS = {"ph", "bpt", "ept", "it", "x", "bx", "ex", "sc", "ec", "cp"}  # inline codes: not text
XML_NS = "{http://www.w3.org/XML/1998/namespace}"


@dataclass
class Piece:
    """One unit's source and target text, each with the file offset of every character (and one past the end)."""

    unit: str
    source: str
    source_offsets: list[int]
    target: str
    target_offsets: list[int]


@dataclass
class MappedDocument(Document):
    """A document made of the units' texts, whose positions are those of the characters in the original file."""

    offsets: list[int] = field(default_factory=list)  # file offset of each character, plus the end
    file_line_starts: list[int] = field(default_factory=list)
    units: list[tuple[int, str]] = field(default_factory=list)  # (start offset, unit id), sorted

    def position(self, offset: int) -> tuple[int, int]:
        raw = self.offsets[min(offset, len(self.offsets) - 1)]
        i = bisect.bisect_right(self.file_line_starts, raw) - 1
        return i + 1, raw - self.file_line_starts[i] + 1

    def unit_at(self, offset: int) -> str | None:
        i = bisect.bisect_right([s for s, _ in self.units], offset) - 1
        return self.units[i][1] if i >= 0 else None

    def finish(self, findings):
        """Findings with the id of the unit they are in."""
        from dataclasses import replace

        return [replace(f, unit=self.unit_at(f.span.start)) if f.span is not None else f for f in findings]


def _line_starts(raw: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(raw) if ch == "\n"]


def build_documents(path: str, raw: str, pieces: list[Piece]):
    """(source document, target document, fixed paragraph links) from the units of one file."""
    starts = _line_starts(raw)
    docs = []
    for side in ("source", "target"):
        text, offsets, units, spans = "", [], [], []
        for p in pieces:
            piece, offs = getattr(p, side), getattr(p, side + "_offsets")
            if text:
                end = offsets[-1] if offsets else 0
                text += SEPARATOR
                offsets += [end] * len(SEPARATOR)
            units.append((len(text), p.unit))
            spans.append(Span(len(text), len(text) + len(piece)) if piece.strip() else None)
            text += piece
            offsets += offs[:len(piece)]
        offsets.append(offsets[-1] + 1 if offsets else 0)
        doc = MappedDocument(text, path, offsets=offsets, file_line_starts=starts, units=units)
        docs.append((doc, spans))
    (source, s_spans), (target, t_spans) = docs
    links = [(s, t) for s, t in zip(s_spans, t_spans) if s or t]
    return source, target, links


# -- character offsets of decoded text in the raw file ---------------------------------------------------------

def map_xml_text(raw: str, start: int, text: str) -> list[int]:
    """File offset of each character of ``text``, the decoded content of the element whose content starts at
    ``start`` (inline code elements skipped, entities and character references counted as one character)."""
    out, i = [], start
    for ch in text:
        while i < len(raw):
            if raw.startswith("<![CDATA[", i):
                i += len("<![CDATA[")
                continue
            if raw.startswith("]]>", i):
                i += 3
                continue
            if raw[i] == "<":
                m = re.match(r"<(/?)([\w:.-]+)[^>]*?(/?)>", raw[i:])
                if not m:
                    break
                name = m.group(2).split(":")[-1]
                i += m.end()
                if name in CODE_TAGS and not m.group(1) and not m.group(3):
                    close = raw.find("</", i)
                    i = raw.find(">", close) + 1 if close >= 0 else i
                continue
            if raw[i] == "\r" and ch != "\r":
                i += 1
                continue
            break
        out.append(i)
        if i < len(raw) and raw[i] == "&":
            semi = raw.find(";", i)
            i = semi + 1 if semi > 0 else i + 1
        else:
            i += 1
    out.append(i)
    return out


def _content_starts(raw: str, tag: str) -> list[int]:
    """Offsets where the content of each ``<tag ...>`` element starts, in document order (prefixes ignored)."""
    return [m.end() for m in re.finditer(rf"<(?:[\w.-]+:)?{tag}(?:\s[^>]*)?(?<!/)>", raw)]


def _element_text(el) -> str:
    """Text of an element, leaving out inline code elements."""
    parts = [el.text or ""]
    for child in el:
        if _local(child.tag) not in CODE_TAGS:
            parts.append(_element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


# -- XML formats -------------------------------------------------------------------------------------------------

def _parse_xml(path: str, raw: str, kind: str):
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        return ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise InputError(path, f"malformed {kind}: {str(exc).split(':')[0]}", line) from None
    except DefusedXmlException as exc:
        raise refused_xml(path, exc, raw, kind) from None


def _xml_units(path: str, raw: str, root, kind: str, unit_tag: str, source_of, target_of) -> list[Piece]:
    """Pieces from elements in document order; ``source_of``/``target_of`` return (element, tag) or None."""
    starts = {}
    pieces = []
    for unit in (el for el in root.iter() if _local(el.tag) == unit_tag):
        uid = unit.get("id") or unit.get("tuid") or str(len(pieces) + 1)
        for src, tgt in zip(*_pairs(unit, source_of, target_of)):
            texts = []
            for el, tag in (src, tgt):
                if el is None:
                    texts.append(("", [0]))
                    continue
                order = starts.setdefault(tag, [0, _content_starts(raw, tag)])
                index = _index_of(root, el, tag)
                offset = order[1][index] if index < len(order[1]) else 0
                text = _element_text(el)
                texts.append((text, map_xml_text(raw, offset, text)))
            pieces.append(Piece(uid, texts[0][0], texts[0][1], texts[1][0], texts[1][1]))
    if not pieces:
        raise InputError(path, f"no translation units found in this {kind} file")
    return pieces


def _pairs(unit, source_of, target_of):
    sources, targets = source_of(unit), target_of(unit)
    n = max(len(sources), len(targets))
    return sources + [(None, "")] * (n - len(sources)), targets + [(None, "")] * (n - len(targets))


_ORDER_CACHE: dict = {}


def _index_of(root, el, tag: str) -> int:
    """Position of ``el`` among the elements named ``tag`` in document order."""
    key = (id(root), tag)
    if key not in _ORDER_CACHE:
        _ORDER_CACHE.clear()
        _ORDER_CACHE[key] = {id(e): i for i, e in enumerate(x for x in root.iter() if _local(x.tag) == tag)}
    return _ORDER_CACHE[key][id(el)]


def _children(el, name: str) -> list:
    return [c for c in el if _local(c.tag) == name]


def read_xliff(path: str, raw: str) -> list[Piece]:
    root = _parse_xml(path, raw, "XLIFF")
    if _local(root.tag) != "xliff":
        raise InputError(path, f"not an XLIFF file (root element <{_local(root.tag)}>)")
    version = root.get("version", "")
    if version.startswith("2"):
        def sources(unit):
            return [(s, "source") for seg in _children(unit, "segment") for s in _children(seg, "source")[:1]]

        def targets(unit):
            return [(next(iter(_children(seg, "target")), None), "target") for seg in _children(unit, "segment")]

        return _xml_units(path, raw, root, "XLIFF", "unit", sources, targets)

    def sources12(unit):
        return [(s, "source") for s in _children(unit, "source")[:1]]

    def targets12(unit):
        return [(next(iter(_children(unit, "target")), None), "target")]

    return _xml_units(path, raw, root, "XLIFF", "trans-unit", sources12, targets12)


def read_tmx(path: str, raw: str) -> list[Piece]:
    root = _parse_xml(path, raw, "TMX")
    if _local(root.tag) != "tmx":
        raise InputError(path, f"not a TMX file (root element <{_local(root.tag)}>)")

    def lang(tuv) -> str:
        return (tuv.get(XML_NS + "lang") or tuv.get("lang") or "").lower()

    def side(prefix):
        def pick(tu):
            for tuv in _children(tu, "tuv"):
                if lang(tuv).startswith(prefix):
                    return [(next(iter(_children(tuv, "seg")), None), "seg")]
            return [(None, "seg")]
        return pick

    return _xml_units(path, raw, root, "TMX", "tu", side("zh"), side("ja"))


# -- PO ----------------------------------------------------------------------------------------------------------

PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _po_field(path: str, lines: list[str], starts: list[int], i: int) -> tuple[str, list[int]]:
    """Decoded text and file offsets of the quoted string(s) of the PO field on line ``i`` (0-based)."""
    text, offsets = "", []
    first = True
    while i < len(lines):
        line = lines[i]
        if not first and not line.lstrip().startswith('"'):
            break
        q = line.index('"')
        j, end = q + 1, line.rstrip().rfind('"')
        if end == q:
            raise InputError(path, "malformed PO: a string with no closing quote", i + 1)
        while j < end:
            offsets.append(starts[i] + j)
            if line[j] == "\\" and j + 1 < end:
                text += PO_ESCAPES.get(line[j + 1], line[j + 1])
                j += 2
            else:
                text += line[j]
                j += 1
        first = False
        i += 1
    offsets.append(offsets[-1] + 1 if offsets else starts[min(i, len(starts) - 1)])
    return text, offsets


PO_FIELD = re.compile(r'(msgid|msgstr|msgstr\[0\])\s+"')


def read_po(path: str, raw: str) -> list[Piece]:
    import polib

    try:
        po = polib.pofile(raw)
    except (OSError, ValueError) as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise InputError(path, f"malformed PO: {str(exc).splitlines()[0]}",
                         int(line.group(1)) if line else None) from None
    entries = [e for e in po if not e.obsolete and e.msgid]
    starts, lines = _line_starts(raw), raw.split("\n")
    pieces: list[Piece] = []
    pending = None
    for i, line in enumerate(lines):
        m = PO_FIELD.match(line)
        if not m:
            continue
        if m.group(1) == "msgid":
            pending = _po_field(path, lines, starts, i)
        elif pending is not None and pending[0]:
            entry = entries[len(pieces)] if len(pieces) < len(entries) else None
            uid = (entry.msgctxt if entry is not None and entry.msgctxt else None) or f"line {i + 1}"
            target = _po_field(path, lines, starts, i)
            pieces.append(Piece(uid, pending[0], pending[1], target[0], target[1]))
            pending = None
    if not pieces:
        raise InputError(path, "no translated entries found in this PO file")
    return pieces


READERS = {".xlf": read_xliff, ".xliff": read_xliff, ".tmx": read_tmx, ".po": read_po}


def read_bilingual(path: str, raw: str, compiled=None) -> Document:
    """The target document of a bilingual file, with its ``bilingual`` layer attached."""
    from .pair import attach_source

    pieces = READERS[Path(path).suffix.lower()](path, raw)
    source, target, links = build_documents(path, raw, pieces)
    attach_source(target, source, compiled, links=links)
    return target
