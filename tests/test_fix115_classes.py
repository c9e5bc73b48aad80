"""Invented tests for the class fixed after heldout-bilingual111 was scored (fix115):
- BIL003: a clause whose numbers, two or more, small ones too, are all in its paragraph's translation (每墩留二到三根 as
  1株2本から3本…, in the next sentence there, the boundary moved) is there, no clause lost; 根 counts long things
  (bilingual/data/numbers.toml ``counters``: 二到三根, 二十根竹竿), so its numbers are read.
"""
from __future__ import annotations

from lint_helpers import pair_findings
from textqa.bilingual.numbers import quantities

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n母枝\t親枝\tterm\t\t\t\t\n"
ZH = ["南岭茶叶专业合作社2026年春季社员大会纪要",
    "时间：2月20日上午9点。地点：合作社茶厂二楼。应到社员48人，实到45人。会议由理事长主持。",
    "一、去年收支情况。去年全社共采收鲜叶96吨，销售收入208万元。扣除肥料和人工等成本后，每亩平均纯收入3800元，比前年多了500元。",
    "二、今年生产安排。3月中旬开始采收春茶，4月下旬停采，开始留母枝，每墩留二到三根。留母枝期间，各户要及时打掉下部的枯枝。",
    "三、新增面积。今年计划新栽茶苗80亩，茶苗由合作社统一育，社员按成本价领取，每株三毛钱。",
    "四、销售。继续和长沙的两家茶庄签订单，保底价每斤八十块，市场价高于保底价时按市场价收。",
    "五、其他事项。会上表决通过了新建一座晾青房的方案，赞成41票，反对4票。晾青房建成后，鲜叶可以多放一到两天再制。",
    "理事长最后说，今年雨水偏多，请大家注意清沟排水，防止烂根。",
    "散会时间：上午11点10分。"]
JA = ["南嶺茶葉専業協同組合　2026年春季組合員総会議事録",
    "日時：2月20日午前9時。場所：組合製茶工場2階。組合員48人中45人が出席し、組合長が議事を進行した。",
    "1．昨年の収支。昨年の組合全体の生葉収穫量は96トン、販売収入は208万元だった。肥料や人件費などの費用を差し引いた1ムー当たりの純収入は平均3800元で、一昨年を500元上回った。",
    "2．今年の生産計画。3月中旬に春茶の摘み取りを始め、4月下旬に打ち切って親枝に移る。1株2本から3本の親枝を残し、その間、各世帯は下の方の枯れ枝を早めに取り除く。",
    "3．作付けの拡大。今年は茶の苗を新たに80ムー植え付ける。苗は組合がまとめて育て、組合員は原価の1株0.3元で受け取る。",
    "4．販売。引き続き長沙の茶荘2軒と契約を結ぶ。最低保証価格は1斤80元（約1680円）とし、市場価格がこれを上回る場合は市場価格で買い取る。",
    "5．その他。萎凋室を1棟新設する案を賛成41票、反対4票で可決した。完成すれば、生葉を1日から2日長く置いてから製茶できる。",
    "最後に組合長が、今年は雨が多いので、溝をさらって排水に気を付け、根腐れを防ぐよう呼びかけた。",
    "閉会：午前11時10分。"]


def test_root_counts_long_things():
    assert [q.value for q in quantities("每墩留二到三根。")] == [2, 3]
    assert [q.value for q in quantities("买了二十根竹竿")] == [20]
    assert quantities("他是一根筋") == []


def findings(tmp_path, ja):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    return [(f.code, f.line) for f in pair_findings(tmp_path, ZH, ja) if f.code == "BIL003" and f.severity.value != "info"]


def test_a_clause_rendered_in_the_next_sentence_with_its_numbers(tmp_path):
    assert findings(tmp_path, JA) == []


def test_a_clause_whose_numbers_are_nowhere_is_still_lost(tmp_path):
    dropped = [p.replace("1株2本から3本の親枝を残し、その間、", "その間、") for p in JA]
    assert findings(tmp_path, dropped) == [("BIL003", 7)]
