#!/usr/bin/env python3
"""Fit the name scorer's weights on the development corpus and write src/textqa/data/weights.json.

Every sound-alike candidate that the finders produce on the development sets (every annotated set but a held-out
one: see ``development_sets``) is labelled by the annotations: 1 when it overlaps an annotated name error of the
same entity on its line, 0 otherwise. Candidates on errors the README excuses or on errors of another family (a name
in an untranslated Chinese passage: scripts/evaluate.py counts a warning there neither as a detection nor as a false
warning), on masked spans or on literal glossary forms (which claim their spans first), and mentions correct by
context (glosses, introduced aliases) are left out. Each document is also scored against its own glossary grown to
LARGE entries with generated names (bench/gen_glossary.py; candidates for those are wrong), so that chance
sound-alikes and glossary size are learnt too. Clean controls are the sets' articles/clean-*.ja.txt. They are not
scored against the other sets' glossaries: there a correct real name of the text is a sound-alike of another
glossary's entity (王衛 of 王巍, 山西 of 陕西, Chengdu beside 成都), which no feature tells from an error and which put
the warning threshold at 0.97 when tried (2026-11-30); the generated names already stand for chance sound-alikes.
A logistic regression with an L2 penalty (Newton's method, pure Python, deterministic) maps the features
(textqa.mentions.features) to a confidence. It is fitted in two steps: first every kind but the look-alike (NAM011)
with the bias, then the look-alike's own features (LOOKALIKE_FEATURES, which no other kind has) on the look-alike
candidates alone, with the first step's bias as a fixed offset. So the look-alike's rows move no other kind's weight
or threshold, and the thresholds are chosen on the other kinds' mentions alone (the look-alikes share them).

The severity thresholds follow from the fitted confidence:
  report   the lowest confidence at which at least REPORT_PRECISION of the candidates at or above it are errors;
  warning  at or below the lowest confidence at which at least WARNING_PRECISION of the mentions that survive
           claiming, at or above it, are errors, and above every mention in a clean control; placed just above the
           highest mention it leaves out (the lowest DIGITS-digit value above it), so that no mention it keeps sits
           exactly on it.
Clean-control candidates weigh CLEAN_WEIGHT in the fit and in both precisions (see below); CLEAN_WEIGHT is chosen
by leave-one-set-out cross-validation (--select): each development set is scored at warning by a model fitted,
thresholds included, on the other sets alone.

Usage: python scripts/fit_weights.py            # fit and write the weights file
       python scripts/fit_weights.py --check    # exit 1 if the shipped file differs from a fresh fit
       python scripts/fit_weights.py --report   # print the data and the fit, write nothing
       python scripts/fit_weights.py --select   # print the cross-validation table of each clean weight, write nothing
       python scripts/fit_weights.py --select --clean-weights 10 --without context:elsewhere   # what a feature adds
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "textqa" / "data" / "weights.json"
L2 = 1.0  # penalty on the weights (not the bias)
REPORT_PRECISION = 0.5
WARNING_PRECISION = 0.95
DIGITS = 4
LARGE = 10_000  # entries in the grown glossaries
# The development articles are dense with errors; most real text is correct. Candidates from the clean controls
# (correct Japanese) stand for that majority and weigh this much more in the fit. Chosen by --select (leave-one-set-out
# cross-validation, 2026-12-01, measured with heldout10 to heldout12 in the fit too; the table is in docs/accuracy.md):
# 10 found the most errors less FALSE_COST a false warning, ahead of 20 and 5.
CLEAN_WEIGHT = 10.0
CLEAN_WEIGHTS = (1.0, 3.0, 5.0, 10.0, 20.0, 30.0, 100.0)  # tried by --select
FALSE_COST = 5.0  # --select: a false warning costs as much as this many errors missed


def _evaluate_module():
    """scripts/evaluate.py: the annotation format, the development sets and what the README excuses."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate

    return evaluate


def development_sets():
    ev = _evaluate_module()
    return [ev.named_set(name) for name in
            ("test-corpus", "example", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
             "heldout7", "heldout8", "heldout9", "dev-single", "dev7", "dev8")]


@dataclass
class Sample:
    vector: dict[str, float]
    label: int
    where: str  # file:line surface entity kind, for the report
    clean: bool  # from a clean control
    lookalike: bool = False  # a look-alike candidate (NAM011): fitted on its own features, second


@dataclass
class DocCandidates:
    doc: object
    compiled: object
    layers: list
    labels: dict  # id(mention) -> 1/0 (absent: left out)
    clean: bool
    evalset: str = ""  # the development set's name (leave-one-set-out cross-validation)
    large: bool = False  # scored against the glossary grown to LARGE entries
    errors: tuple = ()  # the file's annotated name errors that count (not excused), for recall


def _overlapping(m, doc, file: str):
    """A test of whether an annotation lies on the mention's line and overlaps it."""
    line, col = doc.position(m.span.start)
    end_line, end_col = doc.position(m.span.end)
    start, end = col - 1, (end_col - 1 if end_line == line else 10 ** 9)
    return lambda a: a.file == file and a.line == line and start < a.end and a.start < end


def _label(m, doc, file: str, annotations, excused) -> int | None:
    overlaps = _overlapping(m, doc, file)
    if any(overlaps(t) for t in excused):
        return None
    touched = [a for a in annotations if overlaps(a)]
    if any(a.family == "NAM" and a.entity == m.entity for a in touched):
        return 1
    # on an error of another family (a name in an untranslated Chinese passage): neither a hit nor a false warning
    # for scripts/evaluate.py, so neither here
    return None if any(a.family != "NAM" for a in touched) else 0


def is_clean_control(path: Path) -> bool:
    """A clean control: correct Japanese with no annotated error (articles/clean-*.ja.txt in every set)."""
    return path.name.startswith("clean-")


def _large_glossary(path: Path, size: int):
    """The glossary filled up to ``size`` entries with generated names (bench/gen_glossary.py): chance sound-alikes."""
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    from gen_glossary import generate, write_tsv
    from textqa.glossary import load_glossary

    with tempfile.TemporaryDirectory() as tmp:
        return load_glossary(str(write_tsv(generate(size, [str(path)]), Path(tmp) / "large.tsv")))


def collect() -> list[DocCandidates]:
    """Candidates of every development document, with labels, against its own glossary and its glossary grown to
    LARGE entries."""
    from textqa.api import read_text
    from textqa.document import Document
    from textqa.glossary import load_glossary
    from textqa.glossary.cache import compiled_glossary
    from textqa.masks import is_masked
    from textqa.mentions.resolve import candidates, mark_context

    ev = _evaluate_module()
    out = []
    for evalset in development_sets():
        annotations = ev.load_annotations(evalset.annotations)
        ev.locate(annotations)
        excused: list = []
        if evalset.tolerated is not None and evalset.tolerated.is_file():
            tolerated = ev.load_annotations(evalset.tolerated, strict_kinds=False)
            ev.locate(tolerated)
            excused, counted = ev.split_tolerated(tolerated, ev.readme_excused())
            annotations += counted
        for large, glossary in ((False, load_glossary(str(evalset.glossary))),
                                (True, _large_glossary(evalset.glossary, LARGE))):
            compiled = compiled_glossary(glossary)
            for path in evalset.files:
                file = ev.rel(path)
                doc = Document(read_text(str(path)), str(path))
                layers = candidates(doc, compiled)
                every = sorted((m for layer in layers for m in layer), key=lambda m: (m.span.start, m.span.end))
                glossed = {(m.span, m.entity) for m in mark_context(doc, compiled, every) if m.glossed}
                literal = [m.span for m in every if m.features is None]  # certain: they claim their spans first
                labels = {}
                for m in every:
                    if m.features is None or is_masked(doc, m.span) or (m.span, m.entity) in glossed:
                        continue
                    if any(m.span.overlaps(span) for span in literal):
                        continue
                    label = _label(m, doc, file, annotations, excused)  # a generated name is never annotated: 0
                    if label is not None:
                        labels[id(m)] = label
                errors = tuple(a for a in annotations if a.family == "NAM" and a.file == file
                               and a.kind not in ev.APART)
                out.append(DocCandidates(doc, compiled, layers, labels, is_clean_control(path), evalset.name, large,
                                         errors))
    return out


def samples(docs: list[DocCandidates]) -> list[Sample]:
    from textqa.mentions.kinds import MentionKind

    out = []
    for d in docs:
        for layer in d.layers:
            for m in layer:
                if id(m) in d.labels:
                    line = d.doc.position(m.span.start)[0]
                    out.append(Sample(m.features.vector(), d.labels[id(m)],
                                      f"{Path(d.doc.path).name}:{line} {m.surface} {m.entity} {m.kind}", d.clean,
                                      m.kind is MentionKind.LOOKALIKE))
    return out


# -- logistic regression (Newton's method with an L2 penalty) -------------------------------------------------------

def fit(rows: list[dict[str, float]], labels: list[int], names: list[str], l2: float = L2,
        iterations: int = 50, weights: list[float] | None = None,
        offset: float | None = None) -> tuple[float, dict[str, float]]:
    """(bias, weights) minimising the penalised, sample-weighted log loss; deterministic. With an ``offset``, the
    bias is that, fixed, and only the weights are fitted."""
    lead = [1.0] if offset is None else []  # index 0 is the bias, unless it is fixed
    base = offset or 0.0
    k = len(names) + len(lead)
    merged: dict[tuple, float] = {}  # identical rows with one label weigh their sum (the same optimum, found faster)
    for r, y, sw in zip(rows, labels, weights or [1.0] * len(rows)):
        key = (tuple(r.get(n, 0.0) for n in names), y)
        merged[key] = merged.get(key, 0.0) + sw
    xs = [[*lead, *x] for x, _ in merged]
    labels = [y for _, y in merged]
    sample_weights = list(merged.values())
    w = [0.0] * k
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y, sw in zip(xs, labels, sample_weights):
            z = base + sum(wi * xi for wi, xi in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
            g, h = sw * (p - y), sw * p * (1.0 - p)
            for i in range(k):
                if x[i]:
                    grad[i] += g * x[i]
                    hx = h * x[i]
                    row = hess[i]
                    for j in range(k):
                        if x[j]:
                            row[j] += hx * x[j]
        for i in range(len(lead), k):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        if lead:
            hess[0][0] += 1e-9
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-10:
            break
    if offset is not None:
        return offset, dict(zip(names, w))
    return w[0], dict(zip(names, w[1:]))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-15:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-15:
            continue
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


# -- thresholds -----------------------------------------------------------------------------------------------------

def lowest_threshold(scored: list[tuple[float, int, float]], precision: float, forbidden: float = 0.0) -> float:
    """The lowest confidence t (above ``forbidden``) such that the (weighted) items at or above t are right at
    least ``precision`` of the time. Items are (confidence, label, weight)."""
    ranked = sorted(scored, key=lambda s: -s[0])
    best, right, total = 1.0, 0.0, 0.0
    for i, (p, y, w) in enumerate(ranked, 1):
        right += w * y
        total += w
        if p <= forbidden:
            break
        if right / total >= precision and (i == len(ranked) or ranked[i][0] < p):
            best = p
    return best


def just_above(scored: list[tuple[float, int, float]], threshold: float) -> float:
    """The lowest DIGITS-digit confidence above every item below ``threshold``: a threshold placed just above the
    highest item it leaves out, so that the lowest item it keeps is not on the edge (a confidence rounded to the
    threshold, or moved by 10**-DIGITS in a refit, would flip it)."""
    below = max((p for p, _, _ in scored if p < threshold), default=0.0)
    return round((math.floor(below * 10 ** DIGITS) + 1) / 10 ** DIGITS, DIGITS)


def choose_thresholds(docs: list[DocCandidates], model, clean_weight: float = CLEAN_WEIGHT) -> tuple[float, float]:
    from dataclasses import replace

    from textqa.mentions.resolve import resolve

    def weight(d) -> float:
        return clean_weight if d.clean else 1.0

    from textqa.mentions.kinds import MentionKind

    # on the other kinds' candidates alone: the look-alike's rows, fitted second, must not move the thresholds
    cands = [(model.confidence(m.features), d.labels[id(m)], weight(d)) for d in docs for layer in d.layers
             for m in layer if id(m) in d.labels and m.kind is not MentionKind.LOOKALIKE]
    report = round(lowest_threshold(cands, REPORT_PRECISION), DIGITS)
    trial = replace(model, report=report, warning=report)
    final, clean_top = [], 0.0
    for d in docs:
        by_key = {(m.span, m.entity, m.kind): d.labels[id(m)] for layer in d.layers for m in layer if id(m) in d.labels}
        for m in resolve(d.doc, d.compiled, d.layers, trial):
            key = (m.span, m.entity, m.kind)
            if m.features is None or m.glossed or key not in by_key or m.kind is MentionKind.LOOKALIKE:
                continue
            final.append((m.confidence, by_key[key], weight(d)))
            if d.clean:
                clean_top = max(clean_top, m.confidence)
    # at or above the lowest confidence that keeps the precision, and above every clean-control mention (the
    # highest of which the search stops at); placed just above the highest mention left out
    warning = just_above(final, lowest_threshold(final, WARNING_PRECISION, forbidden=clean_top))
    return max(warning, report), report


def fitted(docs: list[DocCandidates], clean_weight: float = CLEAN_WEIGHT, names: list[str] | None = None):
    """The model fitted on ``docs`` (on the features ``names``, every one by default), with its thresholds: the
    other kinds first, with the bias; then the look-alike's own features on top of that bias."""
    from dataclasses import replace

    from textqa.mentions.features import FEATURE_NAMES, LOOKALIKE_FEATURES
    from textqa.mentions.score import Model

    names = list(names or FEATURE_NAMES)
    data = samples(docs)
    bias, weights = 0.0, {}
    for lookalike in (False, True):
        part = [s for s in data if s.lookalike is lookalike]
        own = [n for n in names if (n in LOOKALIKE_FEATURES) is lookalike]
        bias, found = fit([s.vector for s in part], [s.label for s in part], own,
                          weights=[clean_weight if s.clean else 1.0 for s in part],
                          offset=bias if lookalike else None)
        weights.update(found)
    # rounded as the weights file writes them: the thresholds are chosen on the confidences textqa will compute (with
    # the unrounded weights, a clean control's mention 0.0001 under the warning threshold rose above it once read back)
    model = Model(round(bias, DIGITS), {n: round(weights.get(n, 0.0), DIGITS) for n in FEATURE_NAMES}, 0.5, 0.5, {})
    warning, report = choose_thresholds(docs, model, clean_weight)
    return replace(model, warning=warning, report=report)


def build() -> tuple[dict, list[Sample]]:
    from textqa.mentions.features import FEATURE_NAMES

    docs = collect()
    data = samples(docs)
    model = fitted(docs)
    out = {
        "about": "Weights of the name scorer (textqa.mentions.score), fitted by scripts/fit_weights.py; do not edit.",
        "fitted_on": [s.name for s in development_sets()],
        "samples": {"candidates": sum(not s.lookalike for s in data),
                    "errors": sum(s.label for s in data if not s.lookalike)},
        "lookalike_samples": {"candidates": sum(s.lookalike for s in data),
                              "errors": sum(s.label for s in data if s.lookalike)},
        "l2": L2,
        "clean_weight": CLEAN_WEIGHT,
        "precision": {"report": REPORT_PRECISION, "warning": WARNING_PRECISION},
        "thresholds": {"warning": model.warning, "report": model.report},
        "bias": round(model.bias, DIGITS),
        "weights": {n: round(model.weights[n], DIGITS) for n in FEATURE_NAMES},
    }
    return out, data


# -- leave-one-set-out cross-validation (--select) ------------------------------------------------------------------

@dataclass
class Heldout:
    """One set's name figures at warning under a model fitted without the set (one glossary size)."""
    found: int = 0  # annotated name errors that a warning of their entity overlaps
    errors: int = 0
    false: int = 0  # warnings on candidates that are no error
    clean: int = 0  # of which in clean controls

    def add(self, other: "Heldout") -> None:
        self.found += other.found
        self.errors += other.errors
        self.false += other.false
        self.clean += other.clean

    def cell(self) -> str:
        return f"{self.found}/{self.errors} {self.false}({self.clean})"


def score_heldout(docs: list[DocCandidates], model) -> dict[tuple[str, bool], Heldout]:
    """(set, large glossary) -> figures of ``docs`` at ``model``'s warning threshold."""
    from textqa.mentions.resolve import resolve

    ev = _evaluate_module()
    out: dict[tuple[str, bool], Heldout] = {}
    for d in docs:
        h = out.setdefault((d.evalset, d.large), Heldout())
        labels = {(m.span, m.entity, m.kind): d.labels[id(m)] for layer in d.layers for m in layer if id(m) in d.labels}
        warned = [m for m in resolve(d.doc, d.compiled, d.layers, model)
                  if not m.glossed and m.confidence >= model.warning]
        false = sum(m.features is not None and labels.get((m.span, m.entity, m.kind)) == 0 for m in warned)
        h.false += false
        h.clean += false if d.clean else 0
        file = ev.rel(d.doc.path)
        where = [(m.entity, _overlapping(m, d.doc, file)) for m in warned]
        h.errors += len(d.errors)
        h.found += sum(any(entity == a.entity and overlaps(a) for entity, overlaps in where) for a in d.errors)
    return out


def cross_validate(docs: list[DocCandidates], clean_weight: float, names: list[str]) -> dict:
    """Each set's figures under a model fitted on the other sets."""
    out: dict[tuple[str, bool], Heldout] = {}
    for name in dict.fromkeys(d.evalset for d in docs):
        model = fitted([d for d in docs if d.evalset != name], clean_weight, names)
        out.update(score_heldout([d for d in docs if d.evalset == name], model))
    return out


def utility(figures: dict[tuple[str, bool], Heldout]) -> float:
    """What --select maximises: errors found less FALSE_COST per false warning, over every set and both glossary
    sizes."""
    return sum(h.found - FALSE_COST * h.false for h in figures.values())


def select(docs: list[DocCandidates], clean_weights: list[float], names: list[str]) -> float:
    """Print the leave-one-set-out table of each clean weight; return the one of highest ``utility`` (the lower
    on a tie)."""
    tried = {w: cross_validate(docs, w, names) for w in clean_weights}
    sets = list(dict.fromkeys(d.evalset for d in docs))
    print("leave-one-set-out: found/errors false(of which on clean controls), at warning, each set fitted without it")
    print(f"{'set':<16}" + "".join(f"{'clean weight ' + format(w, 'g'):>22}" for w in clean_weights))
    for large in (False, True):
        for name in sets:
            print(f"{name + (' +large' if large else ''):<16}"
                  + "".join(f"{tried[w][name, large].cell():>22}" for w in clean_weights))
        totals = {w: Heldout() for w in clean_weights}
        for w in clean_weights:
            for name in sets:
                totals[w].add(tried[w][name, large])
        print(f"{'all' + (' +large' if large else ''):<16}" + "".join(f"{totals[w].cell():>22}" for w in clean_weights))
    print(f"{'utility':<16}" + "".join(f"{utility(tried[w]):>22g}" for w in clean_weights))
    best = max(clean_weights, key=lambda w: (utility(tried[w]), -w))
    print(f"chosen: clean weight {best:g} (errors found less {FALSE_COST:g} a false warning, own and large glossary)")
    return best


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare a fresh fit with the shipped weights file")
    ap.add_argument("--report", action="store_true", help="print the fit and write nothing")
    ap.add_argument("--select", action="store_true",
                    help="print the leave-one-set-out table of each clean weight and the one chosen; write nothing")
    ap.add_argument("--clean-weights", help="with --select: the clean weights to try, comma-separated")
    ap.add_argument("--without", action="append", default=[], metavar="FEATURE",
                    help="with --select: fit without this feature (repeatable), to measure what it adds")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    if args.select:
        from textqa.mentions.features import FEATURE_NAMES

        unknown = [n for n in args.without if n not in FEATURE_NAMES]
        if unknown:
            ap.error(f"unknown features {unknown}")
        weights = [float(w) for w in args.clean_weights.split(",")] if args.clean_weights else list(CLEAN_WEIGHTS)
        select(collect(), weights, [n for n in FEATURE_NAMES if n not in args.without])
        return 0
    data, rows = build()
    text = dumps(data)
    if args.report:
        print(text)
        from textqa.mentions.score import parse_model

        model = parse_model(data)
        for s in sorted(rows, key=lambda s: -s.label):
            z = model.bias + sum(model.weights.get(n, 0) * v for n, v in s.vector.items())
            p = 1 / (1 + math.exp(-z))
            flag = "warning" if p >= model.warning else "info" if p >= model.report else "drop"
            if (s.label and flag != "warning") or (not s.label and flag != "drop"):
                print(f"{'ERR ' if s.label else 'ok  '}{p:.3f} {flag:<7} {s.where}")
        return 0
    if args.check:
        shipped = Path(args.out).read_text(encoding="utf-8") if Path(args.out).is_file() else ""
        if shipped != text:
            print(f"{args.out} differs from a fresh fit: run python scripts/fit_weights.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {data['samples']}, thresholds {data['thresholds']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
