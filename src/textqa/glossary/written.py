"""Where a translation writes a word of its Chinese source, for ``glossary suggest``'s joined names (``cut_names``,
``long_orgs``): in any script, character for character (岚渓県 of 岚溪县, where OpenCC writes 嵐谿県; 禚海濤 of 禚海涛,
which OpenCC leaves as it is), the form a row takes from it, and the titles a Japanese name may stand before (局長)."""
from __future__ import annotations

import functools

from .forms import is_simplified_only, japanese_form, simplified_form


def written_at(target: str, word: str) -> list[int]:
    """Where ``target`` writes ``word`` (simplified Chinese): as it is, in OpenCC's Japanese form, or in any script
    compared character for character in simplified form (where the simplified target is as long as the target)."""
    simple = _simplified(target)
    out = set()
    for text, form in ((target, word), (target, japanese_form(word)),
                       (simple if len(simple) == len(target) else "", simplified_form(word))):
        at = text.find(form) if text and len(form) == len(word) else -1
        while at >= 0:
            out.add(at)
            at = text.find(form, at + 1)
    return sorted(out)


def own_form(surface: str, word: str) -> str:
    """The translation's ``surface`` of the source's ``word`` as a row's Japanese form: its own characters (干 of
    干沟河 as written, not OpenCC's 幹; 禚海濤), but where it left a simplified-only one (沟, 镇 of `干沟河镇`) OpenCC's
    form of ``word`` gives it (溝, 鎮)."""
    opencc = japanese_form(word)
    if len(opencc) != len(surface):
        return surface if not any(map(is_simplified_only, surface)) else opencc
    return "".join(o if is_simplified_only(c) else c for c, o in zip(surface, opencc))


@functools.lru_cache(maxsize=4)
def _simplified(target: str) -> str:
    return simplified_form(target)


@functools.lru_cache(maxsize=1)
def japanese_titles() -> frozenset[str]:
    """The titles that may follow a surname and a given name (bilingual/data/whole_names.toml's 会长, 所长), in
    Japanese (会長, 所長), and their last character (長 of センター長)."""
    from ..bilingual.whole_names import whole_name_data

    forms = {japanese_form(t) for t in whole_name_data()["titles"]}
    return frozenset(forms | {f[-1:] for f in forms})
