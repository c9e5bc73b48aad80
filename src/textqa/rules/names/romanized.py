from __future__ import annotations

from ...findings import Severity
from .variant import VariantRule, entity_label


class Romanized(VariantRule):
    """
    ## What it does
    Reports a glossary name left in romanised pinyin: with or without tone marks,
    in any case, split or joined (Yi Lihua, yilihua, Yì Lǐhuá). For organisations,
    the name without its generic suffix counts too (Qulian for 趣链科技).

    ## Why is this bad
    The machine translation gave up on the name. Japanese readers cannot map the
    pinyin back to the kanji, and the article names one entity several ways.

    ## Example
    `2015 年に、Yi Lihua 氏はブロックチェーンを始めた。` (glossary: 易理华 → 易理華)

    ## Use instead
    `2015 年に、易理華氏はブロックチェーンを始めた。`
    """

    code = "NAM007"
    name = "romanized-pinyin"
    severity = Severity.ERROR
    kinds = ("romanized",)

    def message(self, m, entry):
        return f"'{m.surface}' is the pinyin of {entity_label(entry)} left in Latin script; write '{entry.ja}'"
