"""Invented tests for the look-alike pairs added by hand after a held-out scoring missed them (PAIRS of
scripts/make_lookalike_table.py, so data/lookalike_kanji.tsv; NAM011): each fix's pairs are in the table both ways,
names written with them are reported, and the right names beside ordinary words that hold the same kanji stay
silent. One row a fix; the fix's other classes are tested in its own module (tests/test_fixNN_classes.py)."""
from __future__ import annotations

from typing import NamedTuple

import pytest

from lint_helpers import parsed, warnings
from textqa.mentions.lookalike import lookalikes


class Added(NamedTuple):
    pairs: tuple[str, ...]  # each two kanji that look alike
    names: tuple[tuple[str, str, str], ...]  # (zh, ja, type) of the invented names
    slips: str  # a text that writes each name right, then with one kanji swapped for its look-alike
    reported: tuple[str, ...]  # the slips, NAM011 warnings in order
    silent: str  # the right names beside ordinary words that hold the look-alikes


ADDED = {
    "fix76": Added(("千于", "手毛"), (("韦千里", "韋千里", "person"), ("毛岭镇", "毛嶺鎮", "place")),
                   "韋千里さんは毛嶺鎮で茶を作っている。韋于里さんの畑は手嶺鎮の川沿いにある。", ("韋于里", "手嶺鎮"),
                   "韋千里さんは毛嶺鎮で茶を作っている。選手たちは手作りの弁当を食べた。"),
    "fix82": Added(("冉冊", "赤亦", "呂宮"),
                   (("冉文斌", "冉文斌", "person"), ("赤石镇", "赤石鎮", "place"), ("吕家湾", "呂家湾", "place")),
                   "冉文斌さんは赤石鎮で茶を作る。呂家湾にも畑がある。冊文斌さんの茶は亦石鎮の市場で売られ、宮家湾の店にも並ぶ。",
                   ("冊文斌", "亦石鎮", "宮家湾"), "冉文斌さんは赤石鎮で茶を作る。呂家湾にも畑がある。宮殿の写真を冊子に載せた。"),
    "fix83": Added(("寨賽", "塞賽", "塞寨"), (("星寨镇", "星寨鎮", "place"),),
                   "星寨鎮の市場は広い。星賽鎮の朝市にも人が集まる。", ("星賽鎮",), "星寨鎮の神社の賽銭箱は古い。"),
    "fix84": Added(("繁繋", "弓引"), (("繁嘉明", "繁嘉明", "person"), ("石弓镇", "石弓鎮", "place")),
                   "繁嘉明さんは石弓鎮で竹を編む。繋嘉明さんの工房は石引鎮の川沿いにある。", ("繋嘉明", "石引鎮"),
                   "繁嘉明さんは石弓鎮で竹を編む。店の仕事を引き継ぎ、船を岸に繋いだ。"),
    "fix85": Added(("田申", "司同"), (("林守田", "林守田", "person"), ("上司镇", "上司鎮", "place")),
                   "林守田さんは上司鎮で米を作る。林守申さんの畑は上同鎮の川沿いにある。", ("林守申", "上同鎮"),
                   "林守田さんは上司鎮で米を作る。申請の書類は同じ日に上司へ出した。"),
    "fix86": Added(("広応", "馬焉"), (("林广才", "林広才", "person"), ("白马乡", "白馬郷", "place")),
                   "林広才さんは白馬郷で茶を作る。林応才さんの畑は白焉郷の山にある。", ("林応才", "白焉郷"),
                   "林広才さんは白馬郷で茶を作る。広い畑で馬を飼い、客の注文に応じる。"),
    "fix87": Added(("郭廓", "光先"), (("郭志远", "郭志遠", "person"), ("光明镇", "光明鎮", "place")),
                   "郭志遠さんは光明鎮で茶を作る。廓志遠さんの畑は先明鎮の山にある。", ("廓志遠", "先明鎮"),
                   "郭志遠さんは光明鎮で茶を作る。先月、寺の外廓に光が差した。"),
    "fix88": Added(("同周", "輝輩", "間門"),
                   (("周家坪", "周家坪", "place"), ("刘光辉", "劉光輝", "person"), ("门志远", "門志遠", "person")),
                   "劉光輝さんは周家坪で茶を作る。門志遠さんも手伝う。劉光輩さんの畑は同家坪の山にある。間志遠さんの店は駅前だ。",
                   ("劉光輩", "同家坪", "間志遠"),
                   "劉光輝さんは周家坪で茶を作る。門志遠さんも手伝う。同じ週の間に後輩が光る門を見た。"),
    "fix89": Added(("木朮",), (("木兰坪", "木蘭坪", "place"), ("朱木生", "朱木生", "person")),
                   "朱木生さんは木蘭坪で薬草を育てる。朱朮生さんの畑は朮蘭坪の山にある。", ("朱朮生", "朮蘭坪"),
                   "朱木生さんは木蘭坪で薬草を育てる。白朮の根を木の箱に詰めた。"),
    "fix90": Added(("川州",), (("川口镇", "川口鎮", "place"), ("林川生", "林川生", "person")),
                   "林川生さんは川口鎮で茶を作る。林州生さんの畑は州口鎮の山にある。", ("林州生", "州口鎮"),
                   "林川生さんは川口鎮で茶を作る。川沿いの道を通って州の境まで行った。"),
    "fix91": Added(("安妄", "武式", "齢歯", "蒲薄"),
                   (("安平镇", "安平鎮", "place"), ("武志强", "武志強", "person"), ("长龄镇", "長齢鎮", "place"),
                    ("蒲文杰", "蒲文傑", "person")),
                   "武志強さんは安平鎮で茶を作る。蒲文傑さんは長齢鎮に住む。式志強さんの畑は妄平鎮の山にあり、"
                   "薄文傑さんの店は長歯鎮の駅前にある。", ("式志強", "妄平鎮", "薄文傑", "長歯鎮"),
                   "武志強さんは安平鎮で茶を作る。蒲文傑さんは長齢鎮に住む。式典の後、年齢を問わず薄い歯ブラシが妄想を呼んだ。"),
    "fix91b": Added(("亢元", "雨両"), (("亢明远", "亢明遠", "person"), ("雨田镇", "雨田鎮", "place")),
                    "亢明遠さんは雨田鎮で茶を作る。元明遠さんの畑は両田鎮の山にある。", ("元明遠", "両田鎮"),
                    "亢明遠さんは雨田鎮で茶を作る。元日に両親と雨の中を歩いた。"),
    "fix92": Added(("冉丹",), (("冉立新", "冉立新", "person"), ("丹河镇", "丹河鎮", "place")),
                   "冉立新さんは丹河鎮で茶を作る。丹立新さんの畑は冉河鎮の山にある。", ("丹立新", "冉河鎮"),
                   "冉立新さんは丹河鎮で茶を作る。丹念に育てた茶は、冉という姓の店にも並ぶ。"),
    "fix93": Added(("文父", "群郡"), (("苗群山", "苗群山", "person"), ("文石镇", "文石鎮", "place")),
                   "苗群山さんは文石鎮で茶を作る。苗郡山さんの畑は父石鎮の山にある。", ("苗郡山", "父石鎮"),
                   "苗群山さんは文石鎮で茶を作る。父は郡の役所で文書を扱い、群衆の前で話した。"),
    "fix93b": Added(("由甲", "岳兵", "灘難"),
                    (("岳由生", "岳由生", "person"), ("白滩镇", "白灘鎮", "place")),
                    "岳由生さんは白灘鎮で茶を作る。兵由生さんの畑は白難鎮の山にある。岳甲生さんの店もある。",
                    ("兵由生", "白難鎮", "岳甲生"),
                    "岳由生さんは白灘鎮で茶を作る。理由を聞くと、兵士だった父が甲板で難しい顔をした。"),
    "fix95": Added(("旦旭", "亭亨", "両而"),
                   (("周旭明", "周旭明", "person"), ("长亭镇", "長亭鎮", "place"), ("两河口", "両河口", "place")),
                   "周旭明さんは長亭鎮で茶を作る。両河口にも畑がある。周旦明さんの店は長亨鎮の駅前にあり、而河口の市場にも並ぶ。",
                   ("周旦明", "長亨鎮", "而河口"),
                   "周旭明さんは長亭鎮で茶を作る。両河口にも畑がある。元旦の朝、亭主は両手で茶を注いだ。"),
    "fix96": Added(("営栄", "華筆"), (("营东升", "営東昇", "person"), ("春华镇", "春華鎮", "place")),
                   "営東昇さんは春華鎮で茶を作る。栄東昇さんの畑は春筆鎮の川沿いにある。", ("栄東昇", "春筆鎮"),
                   "営東昇さんは春華鎮で茶を作る。栄養のある茶の名を筆で書き、華やかな箱に詰めた。"),
}


def _glossary(added: Added):
    rows = "".join(f"{zh}\t{ja}\t{typ}\t\t\t\t\n" for zh, ja, typ in added.names)
    return parsed("zh\tja\ttype\treading\taccept\treject\tnote\n" + rows)


@pytest.mark.parametrize("a, b", [tuple(pair) for added in ADDED.values() for pair in added.pairs])
def test_the_pairs_are_in_the_table(a, b):
    assert b in lookalikes()[a] and a in lookalikes()[b]


@pytest.mark.parametrize("fix", ADDED)
def test_names_misread_by_eye_are_reported(fix):
    added = ADDED[fix]
    assert warnings(added.slips, _glossary(added)) == [("NAM011", slip) for slip in added.reported]


@pytest.mark.parametrize("fix", ADDED)
def test_the_right_names_and_words_stay_silent(fix):
    added = ADDED[fix]
    assert warnings(added.silent, _glossary(added)) == []
