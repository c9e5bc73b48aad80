"""Generate realistic Chinese-name glossaries of any size for the benchmark.

Entries are people (surname by frequency + one or two given-name characters),
places (stem + administrative suffix) and organisations (stem + suffix).
``ja`` is filled with the OpenCC Japanese form, as a glossary author would
write it, so that compile time (not ja derivation) is what load measures.
The real glossaries given as ``base`` come first, so the corpus has findings.

    python bench/gen_glossary.py 100000 out.tsv [base.tsv ...]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from names import GIVEN, ORG_STEMS, ORG_SUFFIXES, PLACE_STEMS, PLACE_SUFFIXES, SURNAMES  # noqa: E402

HEADER = ("zh", "ja", "type", "reading", "accept", "reject", "note")
GIVEN_CHARS = list(dict.fromkeys(GIVEN))


def _base_rows(paths) -> list[list[str]]:
    from textqa.glossary import load_glossary_file

    rows, seen = [], set()
    for p in paths:
        for e in load_glossary_file(p):
            if e.zh not in seen:
                seen.add(e.zh)
                rows.append([e.zh, e.ja, e.type, e.reading, "|".join(e.accept), "|".join(e.reject), e.note])
    return rows


def _person(rng: random.Random) -> str:
    surname = rng.choices(list(SURNAMES), weights=list(SURNAMES.values()))[0]
    size = 1 if rng.random() < 0.3 else 2
    return surname + "".join(rng.choice(GIVEN_CHARS) for _ in range(size))


def _place(rng: random.Random) -> str:
    return "".join(rng.sample(PLACE_STEMS, 2)) + rng.choice(PLACE_SUFFIXES)


def _org(rng: random.Random) -> str:
    return "".join(rng.sample(ORG_STEMS, rng.choice((2, 3)))) + rng.choice(ORG_SUFFIXES)


def generate(n: int, base=(), seed: int = 6) -> list[list[str]]:
    from textqa.glossary.forms import japanese_form

    rng = random.Random(seed)
    rows = _base_rows(base)[:n]
    seen = {r[0] for r in rows}
    # a form belongs to one entity (GLS004, GLS006): no generated ja may be any base entry's form
    seen_ja = {f for r in rows for f in (r[1], r[3], *r[4].split("|"), *r[5].split("|")) if f}
    kinds = [(_person, "person")] * 16 + [(_place, "place")] * 2 + [(_org, "org")] * 2
    while len(rows) < n:
        make, typ = rng.choice(kinds)
        zh = make(rng)
        ja = japanese_form(zh)
        if zh in seen or ja in seen_ja:
            continue
        seen.add(zh)
        seen_ja.add(ja)
        rows.append([zh, ja, typ, "", "", "", ""])
    return rows


def write_tsv(rows, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    size, out, *base = sys.argv[1:]
    print(write_tsv(generate(int(size), base), out))
