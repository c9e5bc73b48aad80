"""`glossary suggest --source` proposes a company's name by its name and its trade (星河科技, 星河电池) that jieba cuts
into words, or glues to the next word, where the translation writes it whole character for character, its ending
perhaps in Japanese (glossary/written_orgs.py); its first word alone is no row. Invented pairs."""
from __future__ import annotations

import pytest

from conftest import suggested_rows as rows


@pytest.mark.parametrize("zh, ja, name, form", [
    # a name jieba guesses (a word its dictionary lacks) and a trade's word
    ("岚绪科技今年推出了三款新手机。岚绪科技的销量增长了两成。", "嵐緒科技は今年、新型スマートフォンを3機種発売した。嵐緒科技の販売台数は2割増えた。",
     "岚绪科技", "嵐緒科技"),
    # the trade's word glued to the next word by jieba (…科技开发/nt): the name ends inside it
    ("系统由本地企业泉岚科技开发。", "システムは地元企業の泉嵐科技が開発した。", "泉岚科技", "泉嵐科技"),
    # the source's 公司 after the trade, which the translation leaves out: the name the translation writes
    ("绒绪玩具公司总经理表示，订单已排到明年。", "絨緒玩具の総経理によると、受注は来年まで埋まっている。", "绒绪玩具", "絨緒玩具"),
    # an institution whose ending the translation writes in its Japanese form (data/org_endings.tsv: 小学 as 小学校,
    # 幼儿园 as 幼稚園)
    ("新建的禾绪实验小学将首次招生。", "新設の禾緒実験小学校が初めて児童を募集する。", "禾绪实验小学", "禾緒実験小学校"),
    ("武陵区的柳岚湖幼儿园只招到了十个孩子。", "武陵区の柳嵐湖幼稚園が今年集めた園児は10人だけだ。", "柳岚湖幼儿园",
     "柳嵐湖幼稚園"),
])
def test_a_company_by_its_name_and_trade_is_one_row(zh, ja, name, form):
    found = rows(zh, ja)
    assert found.get(name) == (form, "org"), found
    assert not {n for n in found if n != name and n in name}, found


@pytest.mark.parametrize("zh, ja", [
    # a word of the dictionary before the trade: a kind of car, no company
    ("理想汽车越来越多。", "理想の車が増えている。"),
    # a compound of common words before an institution's ending
    ("当地将建设一座民族乐器博物馆。", "地元では民族楽器博物館を建設する。"),
])
def test_common_words_before_a_trade_are_no_company(zh, ja):
    assert not any(z.endswith(("汽车", "博物馆")) for z in rows(zh, ja))
