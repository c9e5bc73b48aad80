from __future__ import annotations

from ...findings import Severity
from ...mentions.kinds import MentionKind
from ._forms import fold, where
from .base import GlossaryRule


class ConflictingForm(GlossaryRule):
    """
    ## What it does
    Reports an `accept` or `reject` form of one entry that is the preferred or accepted form of
    another entry.

    ## Why is this bad
    The glossary contradicts itself across entries. A form rejected for one entity but preferred for
    another makes `--fix` rewrite correct text into the wrong entity (a person's name into a city);
    a form accepted for two entities makes every mention ambiguous.

    ## Example
    `zh=马云 ja=馬雲 type=person reject=馬芸` and `zh=马芸 ja=馬芸 type=person`

    ## Use instead
    `zh=马云 ja=馬雲 type=person` (each form belongs to one entity: correct whichever row is wrong)
    """

    code = "GLS006"
    name = "conflicting-form"
    severity = Severity.ERROR

    def check_glossary(self, gctx):
        rows = list(gctx.rows())
        holders: dict[str, list[tuple[int, MentionKind]]] = {}  # preferred or accepted form -> (row index, how)
        for i, (_, row) in enumerate(rows):
            holders.setdefault(row.entry.ja, []).append((i, MentionKind.PREFERRED))
            for a in row.entry.accept:
                holders.setdefault(a, []).append((i, MentionKind.ACCEPTED))
        for i, (g, row) in enumerate(rows):
            e = row.entry
            if not (e.accept or e.reject):  # most rows (a glossary's compile checks every row of it)
                continue
            for column, forms in (("accept", e.accept), ("reject", e.reject)):
                for form in dict.fromkeys(forms):
                    for j, how in holders.get(form, ()):
                        g0, row0 = rows[j]
                        if fold(row0.entry.zh) == fold(e.zh):
                            continue  # the same entity (or GLS003's duplicate)
                        if column == "accept" and how is MentionKind.ACCEPTED and j > i:
                            continue  # two entries accepting one form: reported once, on the later row
                        verb = "accepted" if column == "accept" else "rejected"
                        yield gctx.at_cell(
                            self, g, row, column,
                            f"{form!r} is {verb} for {e.zh} but is the {how} form of {row0.entry.zh} "
                            f"({where(g0, row0, g.path)}); a form belongs to one entity", text=form, entity=e.zh)
                        break
