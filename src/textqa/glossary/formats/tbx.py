"""TBX-Basic in the TBX v3 (ISO 30042:2019) Core structure: conceptEntry / langSec / termSec.

One ``conceptEntry`` per entry. ``zh`` is the preferred term of the ``zh-Hans`` (or ``zh-Hant``)
language section; in the ``ja`` section, ``ja`` is ``preferredTerm-admn-sts``, each ``accept`` form
``admittedTerm-admn-sts`` and each ``reject`` form ``deprecatedTerm-admn-sts``; the reading is a
term with ``termType`` ``transcribedForm``. The entry type is the ``subjectField`` and the note a
``note``. TBX v2 files (martif, termEntry, langSet, tig) are read too.

XML is parsed with defusedxml: no DTDs, no entities, nothing fetched.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ...errors import InputError, refused_xml
from . import needs, table_to_entries, write_bytes

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MODEL = ('<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/'
         'TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
         'schematypens="http://relaxng.org/ns/structure/1.0"?>\n')
STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
          "deprecated": "deprecatedTerm-admn-sts"}
READING = "transcribedForm"


def _term(lang_sec, text: str, status: str | None = None, term_type: str | None = None) -> None:
    term_sec = ET.SubElement(lang_sec, "termSec")
    ET.SubElement(term_sec, "term").text = text
    if term_type:
        ET.SubElement(term_sec, "termNote", type="termType").text = term_type
    if status:
        ET.SubElement(term_sec, "termNote", type="administrativeStatus").text = STATUS[status]


def _zh_lang(zh: str) -> str:
    from ..forms import simplified_form

    return "zh-Hans" if simplified_form(zh) == zh else "zh-Hant"


def write(entries, path: str) -> None:
    root = ET.Element("tbx", {"xmlns": NS, "type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
    header = ET.SubElement(ET.SubElement(ET.SubElement(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    ET.SubElement(header, "p").text = "Chinese-name glossary exported by textqa"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for i, e in enumerate(entries, 1):
        concept = ET.SubElement(body, "conceptEntry", id=f"c{i}")
        if e.type:
            ET.SubElement(concept, "descrip", type="subjectField").text = e.type
        if e.note:
            ET.SubElement(concept, "note").text = e.note
        _term(ET.SubElement(concept, "langSec", {XML_LANG: _zh_lang(e.zh)}), e.zh, "preferred")
        ja = ET.SubElement(concept, "langSec", {XML_LANG: "ja"})
        _term(ja, e.ja, "preferred")
        for form in e.accept:
            _term(ja, form, "admitted")
        for form in e.reject:
            _term(ja, form, "deprecated")
        if e.reading:
            _term(ja, e.reading, "admitted", READING)
    ET.indent(root)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + MODEL + ET.tostring(root, encoding="unicode") + "\n"
    write_bytes(path, text.encode("utf-8"))


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el, *names):
    return [c for c in el if _local(c.tag) in names]


def _text(el) -> str:
    return "".join(el.itertext()).strip()


def _terms(lang_sec):
    """(term, status, termType) of each term section, in order (v3 termSec, v2 tig/ntig)."""
    for sec in _children(lang_sec, "termSec", "tig", "ntig"):
        found = [t for t in sec.iter() if _local(t.tag) == "term"]
        if not found:
            continue
        notes = {n.get("type"): _text(n) for n in sec.iter() if _local(n.tag) == "termNote"}
        yield _text(found[0]), notes.get("administrativeStatus", ""), notes.get("termType", "")


def _entry_lines(path: str, count: int) -> list[int]:
    """Line numbers for problems: a header line, then the line where each entry starts (when it can tell)."""
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    starts = entry_starts(text)
    lines = [0, *starts]
    if len(starts) != count or starts[:1] == [1] or any(a >= b for a, b in zip(lines, lines[1:])):
        return list(range(1, count + 2))  # one line per entry: the n-th entry is "line" n + 1
    return [starts[0] - 1, *starts]


def entry_starts(text: str) -> list[int]:
    """The line of each entry's start tag, counted on from the one before (counting from the top for each entry grew
    with the square of a large glossary)."""
    import re

    starts, line, at = [], 1, 0
    for m in re.finditer(r"<(?:\w+:)?(?:conceptEntry|termEntry)\b", text):
        line += text.count("\n", at, m.start())
        at = m.start()
        starts.append(line)
    return starts


def read(path: str):
    ElementTree = needs("defusedxml.ElementTree", path)
    from defusedxml import DefusedXmlException

    try:
        root = ElementTree.parse(path).getroot()  # entities and external references are refused
    except ET.ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        raise InputError(path, f"not a readable TBX file: {exc}", line) from None
    except DefusedXmlException as exc:
        raise refused_xml(path, exc, Path(path).read_text(encoding="utf-8", errors="replace"), "TBX") from None
    concepts = [c for c in root.iter() if _local(c.tag) in ("conceptEntry", "termEntry")]
    lines = _entry_lines(path, len(concepts))
    rows = [(lines[0], ["zh", "ja", "type", "reading", "accept", "reject", "note"])]
    for n, concept in zip(lines[1:], concepts):
        zh = ja = reading = ""
        accept: list[str] = []
        reject: list[str] = []
        for lang_sec in _children(concept, "langSec", "langSet"):
            lang = (lang_sec.get(XML_LANG) or lang_sec.get("lang") or "").lower()
            for term, status, term_type in _terms(lang_sec):
                if lang.startswith("zh"):
                    zh = zh or term
                elif lang.startswith("ja"):
                    if term_type == READING:
                        reading = reading or term
                    elif status.startswith(("deprecated", "superseded")):
                        reject.append(term)
                    elif status.startswith("preferred") and not ja:
                        ja = term
                    else:
                        accept.append(term)
        if not ja and accept:
            ja = accept.pop(0)
        subject = [_text(d) for d in concept.iter() if _local(d.tag) == "descrip" and d.get("type") == "subjectField"]
        notes = [_text(d) for d in _children(concept, "note")]
        rows.append((n, [zh, ja, subject[0] if subject else "", reading, "|".join(accept), "|".join(reject),
                         notes[0] if notes else ""]))
    return table_to_entries(path, rows)
