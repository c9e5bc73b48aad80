"""Structure checks shared by the held-out bilingual sets (tests/test_heldout_bilingual*.py): structure only.

A held-out set is scored once by ``python scripts/evaluate.py --set NAME``, and its recall and warnings are
deliberately not asserted (a test that gates them would invite tuning on it). What is checked: the set is declared
for the scorer, the annotations are valid and on their lines, the glossary is valid and its entities are new to the
project, the clean pairs carry no rows, and the pairs follow the shared layout (/work/bil-format.md,
tests/bilingual/README.md). A test module subclasses ``BilingualSetChecks`` as ``Test…`` and names its set.
"""
from __future__ import annotations

from click.testing import CliRunner

from conftest import ROOT, glossary_forms, load_script, tsv_rows

from textqa.cli import main

evaluate_bilingual = load_script("evaluate_bilingual")


def _glossary(path):
    header, *rows = tsv_rows(path)
    return header, rows


class BilingualSetChecks:
    NAME = ""  # the set's folder under tests/ and its --set name
    SIBLING = ""  # a held-out set written in the same hour by another author, unseen by this one
    MIN_PAIRS = 6  # a set written small (at the end of a session) may lower these two
    MIN_STRICT = 20

    @property
    def folder(self):
        return ROOT / "tests" / self.NAME

    def _rows(self):
        return evaluate_bilingual.load_rows(self.folder / "annotations.tsv")

    def _fields(self):
        return tsv_rows(self.folder / "annotations.tsv")[1:]

    def _ja_files(self):
        return sorted((self.folder / "pairs").glob("*.ja.txt"))

    def test_the_set_is_declared_for_the_scorer(self):
        assert evaluate_bilingual.SETS[self.NAME] == self.folder
        assert self.NAME in load_script("evaluate").BILINGUAL_SETS

    def test_annotation_rows_are_valid_and_on_their_lines(self):
        rows = self._rows()
        assert evaluate_bilingual.locate(rows) == []
        data = self._fields()
        assert len(data) == len(rows) and all(r[3] == "BIL" for r in data)  # every row is a BIL row, none skipped
        for r in rows:
            assert r.file.startswith(f"tests/{self.NAME}/pairs/") and r.file.endswith(".ja.txt"), r.label()
            if r.kind in ("omission", "omission-paragraph"):
                assert r.surface == "", r.label()
            if r.kind in ("number", "untranslated", "addition"):
                assert r.surface, r.label()

    def test_term_rows_name_glossary_entries_and_their_preferred_form(self):
        _, entries = _glossary(self.folder / "glossary.tsv")
        preferred = {e[0]: e[1] for e in entries}
        fields = self._fields()
        terms = [f for f in fields if f[4] == "term"]
        assert terms
        for f in terms:
            assert f[5] in preferred, f
            assert f[6] == preferred[f[5]], f
        for f in fields:
            if f[4] == "number":
                assert f[6] and f[2] != f[6], f  # the source number as written, differing from the target's

    def test_clean_pairs_have_no_rows_and_error_pairs_have_rows(self):
        annotated = {r.file for r in self._rows()}
        files = {p.relative_to(ROOT).as_posix() for p in self._ja_files()}
        clean = {f for f in files if f.rsplit("/", 1)[1].startswith("clean-")}
        assert len(clean) >= 2
        assert not annotated & clean
        assert annotated == files - clean

    def test_every_kind_is_planted(self):
        kinds = [r.kind for r in self._rows()]
        for kind in ("term", "number", "omission", "untranslated", "omission-paragraph", "addition"):
            assert kind in kinds, kind
        assert sum(k in evaluate_bilingual.STRICT for k in kinds) >= self.MIN_STRICT

    def test_pairs_follow_the_layout(self):
        ja = self._ja_files()
        assert len(ja) >= self.MIN_PAIRS
        for path in ja:
            zh = path.with_name(path.name.replace(".ja.", ".zh."))
            assert zh.is_file(), zh
            for side in (zh, path):
                text = side.read_text(encoding="utf-8")
                assert text.endswith("\n") and not text.endswith("\n\n"), side
                lines = text[:-1].split("\n")
                assert all(bool(line.strip()) == (i % 2 == 0) for i, line in enumerate(lines)), side  # blank-separated
            assert 8 <= len(zh.read_text(encoding="utf-8").split("\n\n")) <= 15, zh

    def test_glossary_is_valid_and_its_entities_are_new(self):
        header, entries = _glossary(self.folder / "glossary.tsv")
        assert header == ["zh", "ja", "type", "reading", "accept", "reject", "note"]
        assert all(len(e) == 7 for e in entries), [e for e in entries if len(e) != 7]
        ours = {e[0] for e in entries}
        assert len(ours) == len(entries)
        sibling = ROOT / "tests" / self.SIBLING if self.SIBLING else None
        others = [p for p in (*(ROOT / "glossary").glob("*.tsv"), *(ROOT / "tests").glob("*/glossary.tsv"))
                  if p.parent not in (self.folder, sibling)]
        assert len(others) >= 2
        for path in others:
            theirs = {e[0] for e in _glossary(path)[1] if e}
            assert not ours & theirs, (path, ours & theirs)
        result = CliRunner().invoke(main, ["glossary", "check", str(self.folder / "glossary.tsv")])
        assert result.exit_code == 0, result.output
        assert "0 findings" in result.output


class NewFormChecks:
    """For a set whose glossary shares no form at all (zh, ja, accept, reject) with any other glossary of the
    repository, and whose `term` entries carry reject lists. Mixed into a ``BilingualSetChecks`` subclass."""
    ALL_FORMS = ("zh", "ja", "accept", "reject")
    UNSEEN = ""  # a set written in the same hour that this set's glossary was not compared with, if any

    def test_no_form_is_shared_with_another_glossary(self):
        ours = glossary_forms(self.folder / "glossary.tsv", self.ALL_FORMS)
        skip = {self.folder, *([ROOT / "tests" / self.UNSEEN] if self.UNSEEN else [])}
        others = [p for p in (*(ROOT / "glossary").glob("*.tsv"), *(ROOT / "tests" / "data" / "glossary").glob("*.tsv"),
                              *(ROOT / "tests").glob("*/glossary.tsv"))
                  if p.parent not in skip]
        assert len(others) >= 20
        for path in others:
            shared = ours & glossary_forms(path, self.ALL_FORMS)
            assert not shared, (path, shared)

    def test_term_entries_carry_reject_lists(self):
        terms = [e for e in tsv_rows(self.folder / "glossary.tsv")[1:] if e[2] == "term"]
        assert len(terms) >= 6
        assert all(e[5] for e in terms), [e[0] for e in terms if not e[5]]
