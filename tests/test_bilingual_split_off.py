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
