#!/usr/bin/env python3
"""Fit the length model of the zh→ja aligner (src/textqa/bilingual/data/align.toml) on aligned pairs.

Aligns every pair under tests/bilingual/pairs with the current model, keeps the 1-1 sentence links whose
content similarity is high (surely translations of each other), and estimates the mean ratio of Japanese to
Chinese length and its variance per Chinese character (Gale and Church's c and s²). Prints the values; with
--write it updates align.toml in place. Run it again after adding pairs; the values are development fits.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "bilingual" / "pairs"
MODEL = ROOT / "src" / "textqa" / "bilingual" / "data" / "align.toml"
SURE = 0.35  # content similarity above which a 1-1 link is taken as a true translation pair


def links():
    from textqa.bilingual.align import length, similarity, text_anchors
    from textqa.bilingual.pair import attach_source
    from textqa.document import Document

    for zh in sorted(PAIRS.glob("*.zh.txt")):
        ja = zh.with_name(zh.name.replace(".zh.", ".ja."))
        source = Document(zh.read_text(encoding="utf-8"), str(zh))
        target = Document(ja.read_text(encoding="utf-8"), str(ja))
        for link in attach_source(target, source).alignment.sentences:
            if not link.one_to_one:
                continue
            s, t = source.slice(link.source[0]), target.slice(link.target[0])
            if similarity(text_anchors(s, japanese=False), text_anchors(t, japanese=True)) >= SURE:
                yield length(s), length(t)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="update align.toml with the fitted values")
    args = ap.parse_args(argv)
    pairs = list(links())
    if not pairs:
        print("no sure 1-1 links found", file=sys.stderr)
        return 1
    ratio = sum(t for _, t in pairs) / sum(s for s, _ in pairs)
    variance = sum((t - ratio * s) ** 2 / s for s, t in pairs) / len(pairs)
    print(f"{len(pairs)} sure 1-1 sentence links: ratio {ratio:.3f}, variance {variance:.2f}")
    if args.write:
        text = MODEL.read_text(encoding="utf-8")
        text = re.sub(r"^ratio = [0-9.]+", f"ratio = {ratio:.2f}", text, flags=re.M)
        text = re.sub(r"^variance = [0-9.]+", f"variance = {variance:.1f}", text, flags=re.M)
        MODEL.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
