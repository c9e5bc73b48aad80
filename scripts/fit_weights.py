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
(textqa.mentions.features) to a confidence.

The severity thresholds follow from the fitted confidence:
  report   the lowest confidence at which at least REPORT_PRECISION of the candidates at or above it are errors;
  warning  the lowest confidence at which at least WARNING_PRECISION of the mentions that survive claiming, at
           or above it, are errors, and no mention in a clean control reaches it.
Clean-control candidates weigh CLEAN_WEIGHT in the fit and in both precisions (see below).

Usage: python scripts/fit_weights.py            # fit and write the weights file
       python scripts/fit_weights.py --check    # exit 1 if the shipped file differs from a fresh fit
       python scripts/fit_weights.py --report   # print the data and the fit, write nothing
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
# (correct Japanese) stand for that majority and weigh this much more in the fit.
CLEAN_WEIGHT = 10.0


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


@dataclass
class DocCandidates:
    doc: object
    compiled: object
    layers: list
    labels: dict  # id(mention) -> 1/0 (absent: left out)
    clean: bool


def _label(m, doc, file: str, annotations, excused) -> int | None:
    line, col = doc.position(m.span.start)
    end_line, end_col = doc.position(m.span.end)
    start, end = col - 1, (end_col - 1 if end_line == line else 10 ** 9)

    def overlaps(a) -> bool:
        return a.file == file and a.line == line and start < a.end and a.start < end

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
        for glossary in (load_glossary(str(evalset.glossary)), _large_glossary(evalset.glossary, LARGE)):
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
                out.append(DocCandidates(doc, compiled, layers, labels, is_clean_control(path)))
    return out


def samples(docs: list[DocCandidates]) -> list[Sample]:
    out = []
    for d in docs:
        for layer in d.layers:
            for m in layer:
                if id(m) in d.labels:
                    line = d.doc.position(m.span.start)[0]
                    out.append(Sample(m.features.vector(), d.labels[id(m)],
                                      f"{Path(d.doc.path).name}:{line} {m.surface} {m.entity} {m.kind}", d.clean))
    return out


# -- logistic regression (Newton's method with an L2 penalty) -------------------------------------------------------

def fit(rows: list[dict[str, float]], labels: list[int], names: list[str], l2: float = L2,
        iterations: int = 50, weights: list[float] | None = None) -> tuple[float, dict[str, float]]:
    """(bias, weights) minimising the penalised, sample-weighted log loss; deterministic."""
    k = len(names) + 1  # index 0 is the bias
    xs = [[1.0] + [r.get(n, 0.0) for n in names] for r in rows]
    sample_weights = weights or [1.0] * len(rows)
    w = [0.0] * k
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y, sw in zip(xs, labels, sample_weights):
            z = sum(wi * xi for wi, xi in zip(w, x))
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
        for i in range(1, k):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-9
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-10:
            break
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


def choose_thresholds(docs: list[DocCandidates], model) -> tuple[float, float]:
    from dataclasses import replace

    from textqa.mentions.resolve import resolve

    def weight(d) -> float:
        return CLEAN_WEIGHT if d.clean else 1.0

    cands = [(model.confidence(m.features), d.labels[id(m)], weight(d)) for d in docs for layer in d.layers
             for m in layer if id(m) in d.labels]
    report = round(lowest_threshold(cands, REPORT_PRECISION), DIGITS)
    trial = replace(model, report=report, warning=report)
    final, clean_top = [], 0.0
    for d in docs:
        by_key = {(m.span, m.entity, m.kind): d.labels[id(m)] for layer in d.layers for m in layer if id(m) in d.labels}
        for m in resolve(d.doc, d.compiled, d.layers, trial):
            key = (m.span, m.entity, m.kind)
            if m.features is None or m.glossed or key not in by_key:
                continue
            final.append((m.confidence, by_key[key], weight(d)))
            if d.clean:
                clean_top = max(clean_top, m.confidence)
    warning = round(lowest_threshold(final, WARNING_PRECISION, forbidden=clean_top), DIGITS)
    if warning <= clean_top:
        warning = round(clean_top + 10 ** -DIGITS, DIGITS)
    return max(warning, report), report


def build() -> tuple[dict, list[Sample]]:
    from textqa.mentions.features import FEATURE_NAMES
    from textqa.mentions.score import Model

    docs = collect()
    data = samples(docs)
    names = list(FEATURE_NAMES)
    bias, weights = fit([s.vector for s in data], [s.label for s in data], names,
                        weights=[CLEAN_WEIGHT if s.clean else 1.0 for s in data])
    model = Model(bias, weights, 0.5, 0.5, {})
    warning, report = choose_thresholds(docs, model)
    out = {
        "about": "Weights of the name scorer (textqa.mentions.score), fitted by scripts/fit_weights.py; do not edit.",
        "fitted_on": [s.name for s in development_sets()],
        "samples": {"candidates": len(data), "errors": sum(s.label for s in data)},
        "l2": L2,
        "clean_weight": CLEAN_WEIGHT,
        "precision": {"report": REPORT_PRECISION, "warning": WARNING_PRECISION},
        "thresholds": {"warning": warning, "report": report},
        "bias": round(bias, DIGITS),
        "weights": {n: round(weights[n], DIGITS) for n in names},
    }
    return out, data


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare a fresh fit with the shipped weights file")
    ap.add_argument("--report", action="store_true", help="print the fit and write nothing")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
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
