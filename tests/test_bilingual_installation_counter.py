"""Numbers counted with 基, the Japanese counter of installations and machines (数十基の風車 for 几十个风车): the
quantity is read on both sides, so a clause translated loosely with it is tied to its source by its number, not
reported as left out (BIL003), and no number is reported changed (BIL002). Invented pair."""
from __future__ import annotations

import pytest
from lint_helpers import pair_findings

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n鹿鸣岭\t鹿鳴嶺\tplace\t\t\t\n"

FIRST_ZH = "鹿鸣岭风电场去年并网发电，年发电量约1.2亿千瓦时。"
FIRST_JA = "鹿鳴嶺風力発電所は昨年送電網に接続され、年間発電量は約1億2000万キロワット時だ。"
WIND_ZH = "山上常年大风，冬天气温低至零下15摄氏度，他每天都要巡查几十个风塔。"
WIND_JA = "山上は一年中風が強く、冬は気温が氷点下15度まで下がるが、彼は毎日数十基のタワーを見回っている。"
DROPPED_JA = "山上は一年中風が強く、冬は気温が氷点下15度まで下がる。"


@pytest.fixture
def lint(tmp_path):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")

    def run(ja: str):
        return [(f.code, f.severity.value) for f in pair_findings(tmp_path, [FIRST_ZH, WIND_ZH], [FIRST_JA, ja])
                if f.code in ("BIL002", "BIL003") and f.severity.value != "info"]
    return run


def test_a_loose_clause_counted_with_ki_is_tied_by_its_number(lint):
    assert lint(WIND_JA) == []


def test_the_same_clause_dropped_is_still_reported(lint):
    assert lint(DROPPED_JA) == [("BIL003", "warning")]
