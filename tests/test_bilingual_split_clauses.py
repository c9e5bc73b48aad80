"""BIL003 on invented pairs: a source clause the translation splits at its own comma leaves a piece of the translation
that shares too few hanzi with it to be anchored there; when that piece renders a glossary name only that clause names
(茶青 as 生葉), it is the clause's rest, not room for the clause after it, which the translation dropped."""
from __future__ import annotations

import pytest
from lint_helpers import pair_findings

from textqa.findings import Severity

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\n韦志平\t韋志平\tperson\t\t\t\n青禾镇\t青禾鎮\tplace\t\t\t\n"
            "茶青\t生葉\tterm\t\t\t\n")

FIRST_ZH = "青禾镇的农业合作社成立于2015年，现有社员186户。"
FIRST_JA = "青禾鎮の農業協同組合は2015年に設立され、現在の組合員は186戸。"
LAST_ZH = "韦志平说，明年合作社还将建设一座冷库。"
LAST_JA = "韋志平さんは、来年は冷蔵倉庫も建てると話す。"
TEA_ZH = "合作社的茶园在海拔800米以上。韦志平说，雨后起雾时茶青的香气最浓，采茶工要赶在中午前把采下的芽送到加工车间。"
# the middle clause split at とき、: its second piece, 生葉の香りが最も強い, shares only 香 and 最 with it
TEA_SPLIT = "組合の茶園は標高800メートル以上にある。韋志平さんによると、雨上がりに霧が出たときは、生葉の香りが最も強い"
DROPPED = TEA_SPLIT + "という。"
WHOLE = TEA_SPLIT + "く、摘み手は昼前までに摘んだ芽を加工場へ運ばなければならないという。"


@pytest.fixture
def lint(tmp_path):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")

    def run(ja: str):
        return [f for f in pair_findings(tmp_path, [FIRST_ZH, TEA_ZH, LAST_ZH], [FIRST_JA, ja, LAST_JA])
                if f.code == "BIL003"]
    return run


def test_a_clause_dropped_after_a_clause_the_translation_split_is_a_warning(lint):
    assert [(f.severity, "采茶工" in f.message) for f in lint(DROPPED)] == [(Severity.WARNING, True)]


def test_the_whole_sentence_translated_with_the_same_split_is_silent(lint):
    assert lint(WHOLE) == []
