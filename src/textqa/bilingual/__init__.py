"""Bilingual mode: a Japanese translation checked against its Chinese source.

Stages, in order: ``files`` (which file is whose source; plain pairs or XLIFF/TMX/PO via ``readers``),
``pair.attach_source`` (language checks, then ``align``: paragraphs, then sentences) writing the ``bilingual``
layer, and ``terms`` (glossary names of each source segment and their renderings). The BIL rules
(``textqa.rules.bilingual``) only read those layers. ``numbers`` normalises numerals for comparison;
``names.source_names`` lists the names in a Chinese text (jieba's tagger).

The small API below serves the ``align`` command and other front ends (an HTML report can show the alignment
side by side from ``alignment_data``).
"""
from __future__ import annotations


def align_files(source: str, target: str, glossary=None):
    """The Bitext of a Chinese ``source`` file and its Japanese ``target`` (or one XLIFF/TMX/PO file as target).

    ``glossary`` is a Glossary, paths to glossary TSV files, or None. Raises InputError on bad input.
    """
    from ..api import Linter, read_text
    from ..document import Document
    from .files import is_bilingual_file, load_target
    from .pair import LAYER

    compiled = Linter(glossary).compiled if glossary else None
    texts: dict[str, str] = {}

    def read(path: str) -> str:  # each file once (the checks below and the alignment read the same text)
        if path not in texts:
            texts[path] = read_text(path)
        return texts[path]

    if source and not is_bilingual_file(target):
        from .pair import check_target

        source_text = read(source)
        check_target(read(target), target, source_text)
    doc = load_target(target, source, compiled, read) if not is_bilingual_file(target) else load_target(
        target, None, compiled, read)
    assert isinstance(doc, Document)
    return doc.layers[LAYER]


def alignment_data(bitext) -> dict:
    """The alignment as plain data: paragraph links, each with its sentence links and both sides' positions."""
    from .show import alignment_dict

    return alignment_dict(bitext)
