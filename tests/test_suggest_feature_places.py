"""`glossary suggest --source` proposes a place whose name ends with a word of a natural or built place (a cave, a
walled town, a waterfall, a station, a reservoir, a farm: data/place_feature_words.txt) whole where jieba cuts the
ending off and the translation writes the whole (glossary/feature_places.py); the stem is no row of its own. Invented
pairs."""
from __future__ import annotations

import pytest

from textqa.document import Document
from textqa.glossary.suggest import suggest_with_source


def rows(zh: str, ja: str) -> dict[str, tuple[str, str]]:
    """zh -> (ja, type) of the verified rows suggested for the pair."""
    return {c.zh: (c.ja, str(c.type)) for c in suggest_with_source([(Document(ja, "a.ja.txt"), zh)], None)
            if c.verified}


@pytest.mark.parametrize("zh, ja, name, form, pieces", [
    # a cave, a walled town, a farm: a name jieba knows (青溪/ns, 白马/ns, 八宝/nz) and the ending (洞/n, 城/n, 农场/n)
    ("探险队在青溪洞新测出一段暗河。", "探検隊は青渓洞で新たに地下河川を測定した。", "青溪洞", "青渓洞", ("青溪",)),
    ("游客登上白马城，俯瞰江面。", "観光客は白馬城に登り、川面を見下ろした。", "白马城", "白馬城", ("白马",)),
    ("八宝农场的稻田一望无际。", "八宝農場の水田は見渡す限り広がっている。", "八宝农场", "八宝農場", ("八宝",)),
    # a waterfall named with 漈 (Zhejiang, Fujian), after a stem jieba tags a numeral (千丈/m + 漈/zg) or a name
    ("游客在千丈漈景区观赏瀑布。", "観光客は千丈漈景勝地で滝を眺めた。", "千丈漈", "千丈漈", ("千丈",)),
    ("雨后的青龙漈水量大增。", "雨上がりの青竜漈は水量が大きく増えた。", "青龙漈", "青竜漈", ("青龙",)),
    # an ending the translation writes with a Japanese word (data/name_word_renderings.tsv: 站 as 駅, 水库 as ダム)
    ("岚溪站今年春运发送旅客十万人次。", "嵐渓駅は今年の春節輸送で旅客10万人を送り出した。", "岚溪站", "嵐渓駅",
     ("岚溪",)),
    ("青松水库水位回落。", "青松ダムの水位が下がった。", "青松水库", "青松ダム", ()),
    # the stem's last character glued to the ending (蓝/nr + 崖洞/n)
    ("游客来到蓝崖洞参观。", "観光客が藍崖洞を見学に訪れた。", "蓝崖洞", "藍崖洞", ()),
    # the stem's last character glued to a place jieba knows a little more often (岚/nr + 玉山/ns, 雾/n + 象山/ns)
    ("游客登上岚玉山观赏日出。", "観光客は嵐玉山に登って日の出を眺めた。", "岚玉山", "嵐玉山", ("玉山",)),
    ("游客登上雾象山观赏日出。", "観光客は霧象山に登って日の出を眺めた。", "雾象山", "霧象山", ("象山",)),
    # the ending glued to the localizer after it (青溪/ns + 河南岸/ns: the river's south bank; 岚/nr + 岛上/s)
    ("三星遗址位于青溪河南岸，距今约三千年。", "三星遺跡は青渓河の南岸にあり、約3000年前のものだ。", "青溪河", "青渓河",
     ("青溪",)),
    ("游客在雾岚岛上拍照。", "観光客は霧嵐島で写真を撮った。", "雾岚岛", "霧嵐島", ()),
    # a temple or a memorial hall (宫, 祠) after a stem jieba knows as a place (岚阳/ns + 宫/n)
    ("关于岚阳宫景区闭园的公告", "嵐陽宮景勝地の休園に関する公告", "岚阳宫", "嵐陽宮", ("岚阳",)),
    # a subdistrict (街道) after its district, written after the district in the translation too
    ("在岚溪区青湖街道，几乎家家户户都会刺绣。", "嵐渓区青湖街道では、ほとんどの家が刺繍をする。", "青湖街道", "青湖街道",
     ("青湖",)),
    # a stem that is a common noun (科技) and a longer one the translation writes too: the longer
    ("在南湖科技城，一座实验室正在建设。", "南湖科技城では、実験室が建設中だ。", "南湖科技城", "南湖科技城",
     ("科技城", "南湖")),
])
def test_a_place_cut_off_its_ending_is_one_row(zh, ja, name, form, pieces):
    found = rows(zh, ja)
    assert found.get(name) == (form, "place"), found
    assert not set(pieces) & set(found), found


@pytest.mark.parametrize("zh, ja, name", [
    # the translation does not write the whole as one word
    ("探险队在青溪洞新测出一段暗河。", "探検隊は青渓の洞窟で新たに地下河川を測定した。", "青溪洞"),
    ("游客登上雾象山观赏日出。", "観光客は霧の中、象山に登って日の出を眺めた。", "雾象山"),
    # a word of its own that ends as a place does (银山/nr): a slogan, no place
    ("我们要让冰雪变成金山银山。", "雪と氷を金山銀山に変えよう。", "金山银山"),
])
def test_no_place_is_joined(zh, ja, name):
    assert name not in rows(zh, ja)


def test_a_place_name_of_six_characters_before_its_ending_is_joined():
    # a border crossing whose place jieba knows as one word of six characters (X/ns + 口岸/s): longer than a stem of
    # two words may be
    from textqa.bilingual.whole_names import Token
    from textqa.glossary.feature_places import joined

    toks = [Token("的", "uj", 0), Token("额仁达布其嘎", "ns", 1), Token("口岸", "s", 7), Token("，", "x", 9)]
    out, forms = joined(toks, "盟の額仁達布其嘎口岸では、")
    assert [t.word for t in out] == ["的", "额仁达布其嘎口岸", "，"] and forms == {"额仁达布其嘎口岸": "額仁達布其嘎口岸"}


@pytest.mark.parametrize("zh, ja, name, form", [
    # a river named by one character (data/one_character_stem_endings.txt: 河, 江), jieba cutting it off (雾/n + 河)
    ("雾河两岸的稻田一望无际。", "霧河の両岸には水田が広がる。", "雾河", "霧河"),
    ("雨后星河水位上涨，岚河更急。", "雨の後、星河の水位が上がり、嵐河はさらに速くなった。", "岚河", "嵐河"),
])
def test_a_river_of_one_character_is_one_row(zh, ja, name, form):
    assert rows(zh, ja).get(name) == (form, "place")


def test_another_place_of_one_character_before_its_ending_is_none():
    """A cave of one character (雾 + 洞) is no row: only a river's ending takes a stem of one character."""
    assert "雾洞" not in rows("村民去雾洞采药。", "村民は霧洞へ薬草を採りに行った。")
