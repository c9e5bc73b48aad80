from __future__ import annotations

from ...findings import Severity
from ...mentions.kinds import MentionKind
from ._forms import fold, where
from .base import GlossaryRule

# phonetic indexes whose keys name entities, and how to say what the key is
INDEXES = (("homophone", "Mandarin reading"), ("kana", "katakana key"), ("roman", "romanised pinyin"))
LITERAL = "glyph form"


class CollidingForms(GlossaryRule):
    """
    ## What it does
    Reports two entries whose generated forms collide: a glyph variant, a Mandarin reading, a
    katakana key or a romanisation that both produce, naming both entries.

    ## Why is this bad
    Where the text uses that form, the linter cannot tell the two entities apart: it lowers its
    confidence and may report neither. This is often unavoidable (homophonous names), so it is
    information, not a problem to fix.

    ## Example
    `zh=王伟 ja=王偉 type=person` and `zh=汪伟 ja=汪偉 type=person` (both read wang wei)

    ## Use instead
    Nothing to change when both entries are right; a `note` helps the reader tell them apart.
    """

    code = "GLS011"
    name = "colliding-forms"
    severity = Severity.INFO

    def check_glossary(self, gctx):
        from ...glossary.compile import compile_glossary

        rows: dict[str, tuple] = {}
        for g, row in gctx.rows():
            rows.setdefault(row.entry.zh, (g, row))  # first definition wins
        order = {zh: i for i, zh in enumerate(rows)}
        compiled = compile_glossary(gctx.glossary)
        pairs: dict[tuple[str, str], tuple[str, str]] = {}

        def note(entities, what: str, key: str) -> None:
            distinct = sorted({z for z in entities}, key=lambda z: -order.get(z, 0))
            for i, a in enumerate(distinct):
                for b in distinct[i + 1:]:
                    if fold(a) != fold(b):
                        pairs.setdefault((b, a) if order[a] < order[b] else (a, b), (what, key))

        for surface, holders in compiled.forms.items():
            if any(kind == MentionKind.GLYPH for _, kind in holders):
                note([z for z, _ in holders], LITERAL, surface)
        for name, what in INDEXES:
            for key, entities in getattr(compiled.indexes, name).items():
                if len(entities) > 1:
                    note(entities, what, key)
        for (later, earlier), (what, key) in sorted(pairs.items(), key=lambda p: (order[p[0][0]], order[p[0][1]])):
            g, row = rows[later]
            g0, row0 = rows[earlier]
            yield gctx.at_cell(self, g, row, "zh",
                               f"{later} and {earlier} ({where(g0, row0, g.path)}) share the {what} {key!r}: "
                               f"where the text uses it, the linter cannot tell them apart", entity=later)
