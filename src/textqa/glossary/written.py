"""Where a translation writes a word of its Chinese source, for ``glossary suggest``'s joined names (``cut_names``,
``long_orgs``): in any script, character for character (資渓県, 资溪县 and OpenCC's 資谿県 of 资溪县; 宓海濤 of 宓海涛,
which OpenCC leaves as it is), and the titles a Japanese name may stand before (局長, 副局長)."""
from __future__ import annotations

import functools

from .forms import japanese_form, simplified_form


def written_at(target: str, word: str) -> list[int]:
    """Where ``target`` writes ``word`` (simplified Chinese) in any script, compared character for character in
    simplified form; where the simplified target is not as long as the target, the forms as they are."""
    simple = _simplified(target)
    if len(simple) != len(target):
        simple = target
    want = simplified_form(word)
    out, at = [], simple.find(want)
    while at >= 0:
        out.append(at)
        at = simple.find(want, at + 1)
    if not out and simple is target:
        at = target.find(japanese_form(word))
        while at >= 0:
            out.append(at)
            at = target.find(japanese_form(word), at + 1)
    return out


@functools.lru_cache(maxsize=4)
def _simplified(target: str) -> str:
    return simplified_form(target)


@functools.lru_cache(maxsize=1)
def japanese_titles() -> frozenset[str]:
    """The titles that may follow a surname and a given name (bilingual/data/whole_names.toml's 会长, 所长), in
    Japanese (会長, 所長), and their last character (長 of センター長)."""
    from ..bilingual.whole_names import _data

    forms = {japanese_form(t) for t in _data()["titles"]}
    return frozenset(forms | {f[-1:] for f in forms})
