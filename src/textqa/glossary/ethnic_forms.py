"""An autonomous area's name as a Japanese translation writes it, for ``glossary suggest``: its ethnic groups in their
Japanese forms (data/ethnic_groups_japanese.tsv: 白族 as ペー族, 满族 as 満州族), the rest in OpenCC's.

OpenCC's form of 星河白族自治州 is 星河白族自治州, which a translation hardly writes (星河ペー族自治州): the source's
name then has no rendering and is no row. Where a translation writes the name with its groups so, that form is the
row's ``ja``.
"""
from __future__ import annotations

import functools
import itertools

from ..wordlists import data_table
from .forms import japanese_form

HEADER = ("group", "japanese")
AREA_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗")  # the suffixes whose names hold ethnic groups


@functools.lru_cache(maxsize=1)
def _groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(group, its Japanese forms) of data/ethnic_groups_japanese.tsv, the longest group first."""
    table = data_table("ethnic_groups_japanese.tsv", HEADER)
    return tuple(sorted(((g, tuple(j.split("|"))) for g, j in table.items()), key=lambda p: -len(p[0])))


def written_form(zh: str, targets: list[str]) -> str:
    """The form of the autonomous area ``zh`` with its ethnic groups in Japanese that one of ``targets`` writes; else
    ""."""
    if not zh.endswith(AREA_SUFFIXES):
        return ""
    parts, i, rest = [], 0, ""  # alternating: OpenCC's form of a stretch of no group, a group's Japanese forms
    while i < len(zh):
        group = next(((g, f) for g, f in _groups() if zh.startswith(g, i)), None)
        if group is None:
            rest += zh[i]
            i += 1
            continue
        parts += [(japanese_form(rest),), group[1]]
        rest, i = "", i + len(group[0])
    if not parts:
        return ""
    parts.append((japanese_form(rest),))
    plain = japanese_form(zh)
    for form in map("".join, itertools.product(*parts)):
        if form != plain and any(form in t for t in targets):
            return form
    return ""
