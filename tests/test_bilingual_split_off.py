"""BIL003 on invented pairs: a long source sentence whose translation ends in a sentence of its own, which the aligner
leaves unlinked beside the sentence link. That sentence, sharing content with the source sentence, is the rest of its
translation: its length counts when the sentence's translation is judged short, so a clause rendered loosely in the
linked part (我镇将出现寒潮天气 as 青禾鎮は寒波に見舞われ, anchored nowhere: the clause before takes the piece by its
numbers) is not reported as lost; a clause really dropped there, or a note sharing nothing with the source in the
tail's place, still is."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa.findings import Severity

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n青禾镇\t青禾鎮\tplace\t\t\t\n"

ZH = ["青禾镇气象站12月5日16时发布寒潮蓝色预警：受强冷空气影响，预计6日夜间到8日，我镇将出现寒潮天气，48小时内最低气温下降"
      "10摄氏度以上，8日早晨最低气温将降至零下12摄氏度左右。",
      "气象站提醒，居民要注意防寒保暖，农户要及时加固大棚。",
      "据气象站预计，9日起气温将逐渐回升。"]
LOOSE = "6日夜から8日にかけて青禾鎮は寒波に見舞われ、"  # 我镇将出现寒潮天气, rendered loosely
TAIL = "8日朝の最低気温は氷点下12度前後まで下がるという。"  # the source sentence's last clause, split off
JA = ["青禾鎮気象ステーションは12月5日16時、寒波青色警報を発表した。強い寒気の影響で、" + LOOSE
      + "48時間以内に最低気温が10度以上下がる見込みだ。" + TAIL,
      "同ステーションは、住民に防寒を心がけ、農家にはビニールハウスを早めに補強するよう呼びかけている。",
      "同ステーションの予想では、9日から気温は次第に上がる。"]


@pytest.fixture
def lint(tmp_path):
    omissions = rule_on_pairs(tmp_path, GLOSSARY, "BIL003")
    return lambda zh, ja: [(f.severity, f.message) for f in omissions(zh, ja)]


def test_a_sentence_split_off_the_translation_counts_towards_its_length(lint):
    assert lint(ZH, JA) == []


def test_a_clause_dropped_beside_the_split_off_sentence_is_still_a_warning(lint):
    dropped = [JA[0].replace(LOOSE, "6日夜から8日にかけて、")] + JA[1:]
    assert [(s, "我镇将出现寒潮天气" in m) for s, m in lint(ZH, dropped)] == [(Severity.WARNING, True)]


def test_a_note_sharing_nothing_with_the_source_is_no_part_of_its_translation(lint):
    noted = [JA[0].replace(TAIL, "今冬で初めてのことだ。")] + JA[1:]
    assert [s for s, _ in lint(ZH, noted)] == [Severity.WARNING]



# a sentence whose last clause the translation splits off into a sentence of its own, with its number changed there:
# the aligner links the sentence to its first part only; the clause is there, its number wrong (BIL002), not left out
SPLIT_ZH = ["青禾镇今年新建了3座冷库，总库容达到1.2万吨。",
            "为了减少损耗，合作社正在推广预冷设备，目前已有18家农场完成改造，每吨果品每年可减少损耗约60公斤。",
            "合作社负责人说，明年还将建设一座分拣中心。"]
SPLIT_JA = ["青禾鎮では今年、冷蔵倉庫3棟が新設され、総容量は1万2000トンに達した。",
            "損耗を減らすため、合作社は予冷設備を使ったシステムの普及を進めており、これまでに18カ所の農場で切り替えが終わった。"
            "果物1トン当たりの年間ロスは約{n}キロ少なくなる見込みだ。",
            "合作社の責任者によると、来年は選別センターも建設する予定だ。"]


def _split(tail: str) -> list[str]:
    return [SPLIT_JA[0], SPLIT_JA[1].replace("果物1トン当たりの年間ロスは約{n}キロ少なくなる見込みだ。", tail), SPLIT_JA[2]]


def test_a_clause_split_off_with_its_number_changed_is_a_changed_number_not_an_omission(tmp_path):
    changed = [SPLIT_JA[0], SPLIT_JA[1].format(n=80), SPLIT_JA[2]]
    numbers = rule_on_pairs(tmp_path, GLOSSARY, "BIL002")(SPLIT_ZH, changed)
    assert [(f.severity, "'80'" in f.message and "'60'" in f.message) for f in numbers] == [(Severity.WARNING, True)]
    assert rule_on_pairs(tmp_path, GLOSSARY, "BIL003")(SPLIT_ZH, changed) == []


def test_a_clause_split_off_with_its_number_is_no_finding(tmp_path):
    kept = [SPLIT_JA[0], SPLIT_JA[1].format(n=60), SPLIT_JA[2]]
    assert rule_on_pairs(tmp_path, GLOSSARY, "BIL002")(SPLIT_ZH, kept) == []
    assert rule_on_pairs(tmp_path, GLOSSARY, "BIL003")(SPLIT_ZH, kept) == []


def test_a_clause_left_out_beside_an_unrelated_added_sentence_is_still_an_omission(tmp_path):
    noted = _split("青禾鎮は県の北部にあり、80の村がある。")  # shares nothing with the source: no rest of its translation
    assert rule_on_pairs(tmp_path, GLOSSARY, "BIL002")(SPLIT_ZH, noted) == []
    assert [f.severity for f in rule_on_pairs(tmp_path, GLOSSARY, "BIL003")(SPLIT_ZH, noted)] == [Severity.WARNING]
