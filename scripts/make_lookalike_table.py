"""Write src/textqa/data/lookalike_kanji.tsv: pairs of kanji that look alike but are other characters.

Source: the CJK Decomposition Data (cjk-decomp.txt, first compiled by Gavin Grover, published at
github.com/amake/cjk-decomp; offered under a choice of licences, used here under the Apache License 2.0). Each record
reads ``char:config(component,...)``, a component being a character, a stroke (U+31C0-U+31EF) or a five-digit number
for an unencoded intermediate shape. The file is not part of this repository: pass its path.

Two characters are look-alikes when
  stroke   they are one another plus one stroke (大 and 太, 王 and 玉: ``config(char, stroke)``) or plus a stroke set on
           top of it and touching it (十 and 千, 士 and 壬, 白 and 百: ``d/t(stroke, char)``, on a shape of any size),
           two strokes set on one shape (太 and 犬, 戌 and 戍), or the same parts in another arrangement with a stroke
           among them (土 and 士, 末 and 未, 日 and 曰);
  swap     they have the same arrangement and the same parts but one, and those two parts are look-alikes: found
           above (候 and 侯: 亻 and 亻 with a stroke), or one of SWAPS, the radicals and parts that look alike (氵 and
           冫, 木 and 禾, 日 and 目, 丆 and 𠂇 in 石 and 右, 氺 and 禾 in 泰 and 秦); this is repeated twice on its own
           results (parts that are themselves swapped pairs, down to a part of a part: 十 and 干 in 朩 and the lower
           part of 余, so 茶 and 荼);
  listed   SWAPS that are characters themselves (己 and 已), and PAIRS: look-alikes the decompositions do not link
           (they analyse the two characters differently).
Both characters must be unified ideographs of the BMP that a Japanese or a simplified-Chinese character set holds
(cp932 or GB2312), and a pair that OpenCC maps onto one character (况 and 況, 冲 and 沖: one character in two scripts,
which NAM003 reports; 冨 and 富, 呑 and 吞: two glyphs of one), and so is a pair of GLYPHS.

usage: python scripts/make_lookalike_table.py PATH/TO/cjk-decomp.txt
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from textqa.glossary.forms import convert

OUT = Path(__file__).resolve().parent.parent / "src" / "textqa" / "data" / "lookalike_kanji.tsv"
RECORD = re.compile(r"^([^:]+):([a-z0-9/]+)\((.*)\)$")
STROKES = range(0x31C0, 0x31F0)
DOT = "\u31d4"  # ㇔
ON_TOP = "d/t"  # downwards and touching: the first part set on top of the second (千 is ㇒ on 十)
INSIDE = ("w", "s")  # arrangements that put the second part within the first or the first around it
# radicals and parts that look alike though they are other parts (hand-chosen: the slips of OCR and of hurried
# reading that the decompositions cannot see, each a pair of shapes one or two short strokes apart: a stroke's
# direction or length, a hook, a dot or a short stroke more; a pair whose characters are mostly glyphs of one
# character, as 冖 and 宀 are, is left out)
SWAPS = ("氵冫", "木禾", "日目", "亻彳", "礻衤", "火忄", "广疒", "刀力", "人入", "八入", "由田", "田甲",
         "甲申", "尸戸", "矢失", "午牛", "千干", "日白", "己已", "己巳", "已巳", "天夭", "王壬", "鳥烏", "辛幸", "月丹",
         "夕歹", "士土", "丆𠂇", "水氺", "氺禾", "厂广", "弋戈", "干于", "十干",
         # a phonetic part redrawn, so that a radical's compounds pair up (汶 and 汝, 洞 and 洄): a dot more (水 and
         # 永), two short strokes on top (井 and 并), crossing strokes under a dot or a bend (文 and 女), a frame
         # closed (同 and 回), a short bowl more below (山 and 出)
         "水永", "井并", "文女", "同回", "山出")
# look-alike characters the decompositions analyse apart (hand-chosen, as SWAPS)
PAIRS = ("崇祟", "徽微", "鳥烏", "末未", "候侯", "汨汩", "准淮", "曰日", "貝見", "問間", "倦捲", "券巻", "衡衝", "微徴",
         "緑縁", "撤撒", "徹撤", "暮募", "墓幕", "績積", "侍待", "特持", "使便", "壁璧", "義羲", "永氷")


def parse(path: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    """char -> (its configuration, as ``d/t`` with how the parts join, its parts)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = RECORD.match(line.strip())
        if m:
            out[m.group(1)] = (m.group(2), tuple(p for p in m.group(3).split(",") if p))
    return out


def arrangement(config: str) -> str:
    """A configuration without how its parts join (``d`` of ``d/t``)."""
    return config.split("/")[0]


def is_stroke(part: str) -> bool:
    return len(part) == 1 and ord(part) in STROKES


def wanted(ch: str) -> bool:
    if len(ch) != 1 or not 0x4E00 <= ord(ch) <= 0x9FFF:
        return False
    for codec in ("cp932", "gb2312"):
        try:
            ch.encode(codec)
            return True
        except UnicodeEncodeError:
            pass
    return False


# glyphs of one character that OpenCC does not map onto each other (hand-chosen, from the table's first output)
GLYPHS = ("凖準", "刊刋", "吞呑", "券劵", "廢癈", "冦寇", "厰廠")
# OpenCC's conversions whose results are one character in another script or another glyph of it
VARIANTS = (("jp2t", "t2s"), ("tw2t", "t2s"), ("hk2t", "t2s"), ("t2jp",), ("s2t", "t2jp"), ("s2t",), ("t2s",))


def variants(ch: str) -> set[str]:
    """``ch`` and what OpenCC converts it to: two characters that share one are one character (况 and 況, 冨 and 富)."""
    return {ch, *(convert(ch, *chain) for chain in VARIANTS)}


def _small(decomp, shape: str) -> bool:
    """A shape of strokes alone (十, 人) or one part redrawn (口, 冖): a stroke more makes another shape (土, 大)."""
    parts = decomp.get(shape, ("", ()))[1]
    return len(parts) < 2 or all(map(is_stroke, parts))


def _plus_stroke(decomp) -> dict[str, set[str]]:
    """shape -> the shapes that are it plus one stroke (and back): a dot anywhere, another stroke inside it or
    touching it (本 for 木; a stroke above or beside it, 旦 or 旧 for 日, makes another shape), on a shape that is more
    than a few strokes, and a stroke set on top of a shape and touching it, on any shape (千 for 十, 百 for 白)."""
    out: dict[str, set[str]] = {}
    on: dict[str, list[str]] = {}  # base shape -> shapes that are it plus one stroke
    for ch, (config, parts) in decomp.items():
        if len(parts) == 2 and sum(map(is_stroke, parts)) == 1:
            base, stroke = (parts[0], parts[1]) if is_stroke(parts[1]) else (parts[1], parts[0])
            on_top = config == ON_TOP and stroke == parts[0]
            if not on_top and (_small(decomp, base) or not (stroke == DOT or config.startswith(INSIDE))):
                continue
            out.setdefault(ch, set()).add(base)
            out.setdefault(base, set()).add(ch)
            on.setdefault(base, []).append(ch)
    for shapes in on.values():  # two strokes set on one shape: 太 and 犬
        for a in shapes:
            out[a].update(b for b in shapes if b != a)
    by_parts: dict[tuple, list[str]] = {}  # the same parts, one a stroke, in another arrangement: 土 and 士
    for ch, (config, parts) in decomp.items():
        if len(parts) >= 2 and any(map(is_stroke, parts)):
            by_parts.setdefault(parts, []).append(ch)
    for shapes in by_parts.values():
        for a in shapes:
            out.setdefault(a, set()).update(b for b in shapes if b != a and arrangement(decomp[b][0]) != arrangement(decomp[a][0]))
    return out


def _swapped(decomp, alike: dict[str, set[str]]) -> dict[str, set[str]]:
    """shape -> the shapes of the same arrangement and parts but one, the two differing parts look-alikes."""
    by_rest: dict[tuple, list[str]] = {}
    for ch, (config, parts) in decomp.items():
        for i in range(len(parts)):
            by_rest.setdefault((arrangement(config), i, parts[:i] + parts[i + 1:]), []).append(ch)
    out: dict[str, set[str]] = {}
    for (config, i, _), shapes in by_rest.items():
        if len(shapes) < 2:
            continue
        for a in shapes:
            pa = decomp[a][1][i]
            for b in shapes:
                if b != a and decomp[b][1][i] in alike.get(pa, ()):
                    out.setdefault(a, set()).add(b)
    return out


def _merge(into: dict[str, set[str]], more: dict[str, set[str]]) -> None:
    for a, bs in more.items():
        into.setdefault(a, set()).update(bs)


def _both_ways(listed) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, b in listed:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def pairs(decomp) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> how they were found."""
    stroke = _plus_stroke(decomp)
    parts = {k: set(v) for k, v in stroke.items()}
    _merge(parts, _both_ways(SWAPS))
    swapped = _swapped(decomp, parts)
    _merge(parts, swapped)
    swapped2 = _swapped(decomp, parts)
    _merge(parts, swapped2)
    swapped3 = _swapped(decomp, parts)  # a part of a part of a part: 十 and 干, then 朩 and 余's lower part, then 茶 and 荼
    found: dict[tuple[str, str], str] = {}
    for how, table in (("stroke", stroke), ("swap", swapped), ("swap", swapped2), ("swap", swapped3),
                       ("listed", _both_ways((*SWAPS, *PAIRS)))):
        for a, bs in table.items():
            for b in bs:
                key = (min(a, b), max(a, b))
                if key not in found and wanted(a) and wanted(b) and a != b and not variants(a) & variants(b) \
                        and a + b not in GLYPHS and b + a not in GLYPHS:
                    found[key] = how
    return found


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit(__doc__)
    found = pairs(parse(Path(argv[0])))
    rows = ["# Kanji that look alike but are other characters (秦淮 misread as 秦准); NAM011 reads it, both ways.",
            "# Generated by scripts/make_lookalike_table.py from the CJK Decomposition Data (cjk-decomp.txt, Gavin "
            "Grover; github.com/amake/cjk-decomp; Apache-2.0) with the script's hand-chosen SWAPS and PAIRS; do not "
            "edit by hand.",
            "a\tb\thow"]
    rows += [f"{a}\t{b}\t{how}" for (a, b), how in sorted(found.items())]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(found)} pairs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
