from __future__ import annotations

from ...charclass import is_kanji
from ...context import sure_fix
from ...findings import Severity
from .variant import VariantRule, entity_label


class Romanized(VariantRule):
    """
    ## What it does
    Reports a glossary name left in romanised pinyin: with or without tone marks,
    in any case, split or joined (Deng Xiaoping, dengxiaoping, Dèng Xiǎopíng); a person's name of three characters
    or more also in the Western order, the given name first (Xiaoping Deng). For organisations,
    the name without its generic suffix counts too (Dajiang for 大疆创新), and for places the name without its
    administrative suffix and the qualifiers the table gives for it (Xingchuan for 星川县, Qingyuan for the banner
    青原右旗, Fengchuan for the autonomous banner 丰川达斡尔族自治旗, its ethnic groups of
    `phonetics/data/ethnic_groups.tsv` left out too: `phonetics/data/place_suffixes.tsv`), a stem of two syllables at least. A name in a line with no kana or kanji (an
    English abstract, title or credit) is English text, not a leftover, as is a name in an English phrase that a
    list's comma splits and that holds an English word pinyin cannot spell (an address: `Xinghe District, Hebei,
    China`; a roll of names, `Deng Xiaoping, Ma Yun`, is still reported), and a name glossing an institution's
    Japanese name (`星河市博物館（Xinghe Museum）`) is a gloss, as is the English sense of a bilingual dictionary's entry
    (`林志強 : [りんしきょう] 【人名】 1. Lin Zhiqiang`), as is a name in a table's cell right before a correct form
    of it, only cell separators and the cell's other Latin words between (a wiki's row `Yun Jin Icon 雲菫 星4`), or
    after a comma that follows a correct form closing a bracket (`シンホー(星河),Xinghe`: a cell listing a capital's
    forms), or in round brackets right after a Latin form of the name in use that follows a correct form (`星河
    Hsingho (Xinghe)`: a list of places with their spellings) or that a correct form follows right after the
    bracket (`Seiso (Xingseng) 星僧は…`: a monk's name as Japanese reads it, its pinyin, then the name), or ending its line as an English title's author
    (`… (from Stars Over the River) by Xinghe`), as is English's own name of a country or region that pinyin spells
    too inside a name of capitalised English words that holds an English word pinyin cannot spell (`Radio Taiwan
    International`: data/address_countries.txt; `Taiwanの経済` is still reported), as is
    the pinyin of a name that is part of the longer name a bracket after it glosses (`星河浦 (Xīnghé Creek)`: the
    head of 星河浦, not 星河 left in pinyin), as is a word of an English name in round brackets right after its
    katakana, word for word, that holds an English word pinyin cannot spell (`シンホー ミセス パンダ ホステル (Xinghe
    Mrs Panda Hostel)`: a hostel's own name), as is a word of an English name, maybe with a branch's place in round
    brackets, whose Japanese translation follows it in round brackets and writes the name there as the glossary does,
    the English name holding an English word pinyin cannot spell (`Future Global Enterprises(Xiamen)(未来グローバル
    企業(厦門))`: a press release's organiser), a word of the English name that ends a line after its one word in kanji,
    maybe with that word's reading in brackets, the name holding an English word pinyin cannot spell
    (`星港大橋(せいこうおおはし) Pearl River Xinggang Bridge`: a guide's heading, the bridge's English name spelling the
    city in it), and a branch's place in brackets right before a company's legal designator
    (`Orient Machinery(Xiamen)Corporation`), and a name's pinyin printed with its tone marks as a sentence of its own
    with only the copula after it, right after a sentence that writes the name correctly (`星河園に行きました。Xīnghé
    yuánです。`: its reading given; untoned, or in prose, it is still reported). Pinyin printed with tones marks each syllable of a name: a Latin form
    with tone marks spells a name only with one mark a syllable it spells (`xiàn` after 現, one syllable, is not 西安
    `Xī'ān`). A
    name whose last characters follow its pinyin in kanji, as
    the name writes them, is half left in pinyin (`Xinghe鎮` for 星河镇: the place's suffix kept); a place's stem
    followed right away by another suffix in kanji (`Xinghe市` where the glossary has 星河镇) names another place and
    is left alone. A person's or a place's pinyin that the text calls the person or place by (`Deng Xiaopingの名で
    署名した`, `Xingheの名で知られる`) is the name in use and is reported; another name it is also called (`とも呼ばれる`)
    and an organisation's or a term's Latin name it is known or sold under are left alone.

    ## Why is this bad
    The machine translation gave up on the name. Japanese readers cannot map the
    pinyin back to the kanji, and the article names one entity several ways.

    ## Example
    `1978 年、Deng Xiaoping は改革開放を始めた。` (glossary: 邓小平 → 鄧小平)

    ## Use instead
    `1978 年、鄧小平は改革開放を始めた。`
    """

    code = "NAM007"
    name = "romanized-pinyin"
    severity = Severity.ERROR
    safe_fix_from = sure_fix()

    def message(self, m, entry):
        if any(map(is_kanji, m.surface)):
            return (f"'{m.surface}' is {entity_label(entry)} with all but its last characters left in pinyin; "
                    f"write '{entry.ja}'")
        return f"'{m.surface}' is the pinyin of {entity_label(entry)} left in Latin script; write '{entry.ja}'"
