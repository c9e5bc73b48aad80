"""BIL003 on a sentence of several clauses, with no number or name, cut at the end of its paragraph (invented texts):
from a translation that adds currency conversions and cuts another sentence too (two signs of an edition, which
machine translation shows neither of) it is an editor's cut, `info`; with no other cut, or losing a number, it stays
a warning."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa.findings import Severity

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n石门乡\t石門郷\tplace\t\t\t\n"

OTHER_CUT = "合作社的仓库就建在村口的小河边上。"
ZH = ["石门乡今年新建了一座茶叶加工厂。工厂投资800万元，年加工能力达到500吨。",
      "加工厂由乡里的茶叶合作社经营。" + "{other}" + "合作社目前有社员120户，去年户均增收1.5万元。",
      "厂长说，新厂的设备全部从外地购进。厂房的屋顶装了太阳能板。{last}",
      "乡里计划明年再建一座茶叶展示馆。"]
JA = ["石門郷では今年、茶葉の加工工場が新たに建設された。工場への投資額は800万元（約1億6000万円）で、"
      "年間加工能力は500トンに達する。",
      "加工工場は郷の茶葉協同組合が運営している。協同組合の組合員は現在120戸で、昨年は1戸当たりの収入が1万5000元"
      "（約30万円）増えた。",
      "工場長によると、新工場の設備はすべて他の地域から購入した。工場の屋根には太陽光パネルが取り付けられている。",
      "郷は来年、茶葉の展示館をもう一つ建設する計画だ。"]
LAST = "工人们说，机器一响，屋里就闻得到茶香，干活也有劲了。"


@pytest.fixture
def lint(tmp_path):
    return rule_on_pairs(tmp_path, GLOSSARY, "BIL003")


def _severities(lint, other: str, last: str):
    zh = [ZH[0], ZH[1].format(other=other), ZH[2].format(last=last), ZH[3]]
    return [f.severity for f in lint(zh, JA) if last[:6] in f.message]


def test_an_edge_cut_beside_conversions_and_another_cut_is_info(lint):
    assert _severities(lint, OTHER_CUT, LAST) == [Severity.INFO]


def test_an_edge_cut_with_no_other_cut_stays_a_warning(lint):
    assert _severities(lint, "", LAST) == [Severity.WARNING]


def test_an_edge_cut_losing_a_number_stays_a_warning(lint):
    last = "工人们说，机器一响，屋里就闻得到茶香，每天能多加工3000斤茶叶。"
    assert _severities(lint, OTHER_CUT, last) == [Severity.WARNING]
