"""BIL003 on invented pairs: a clause that names a glossary term no other clause of its sentence names, reworded
round it so that it shares no hanzi with the translation (青湾牡蛎清晨出海捕捞 as 朝とれたカキ), is there when the
translated sentence renders the term; without the term the clause is still reported left out, and a term the
sentence's other clauses name too says nothing of the clause."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\n青湾\t青湾\tplace\t\t\t\n牡蛎\tカキ\tterm\t\t\t牡蛎\n")

ZH = ["青湾牡蛎上市",
      "青湾是当地重要的贝类养殖海湾，养殖牡蛎已有两百多年历史。",
      "湾边建有一个水产批发市场，旺季每天有100多吨牡蛎从这里发往各地。",
      "借助冷链物流，青湾牡蛎清晨出海捕捞，傍晚就能运到上海、杭州等地的酒店。"]
JA = ["青湾のカキが出荷の時期に",
      "青湾は地元の重要な貝類養殖の湾で、カキの養殖には200年以上の歴史がある。",
      "湾のそばには水産物の卸売市場があり、最盛期には毎日100トン余りのカキがここから各地へ出荷される。",
      "冷蔵物流を使えば、朝とれたカキがその日の夕方には上海や杭州などのホテルに届く。"]


@pytest.fixture
def lint(tmp_path):
    return rule_on_pairs(tmp_path, GLOSSARY, "BIL003")


def test_a_clause_reworded_round_a_term_only_it_names_is_there(lint):
    assert lint(ZH, JA) == []


def test_a_clause_whose_term_the_sentence_lacks_is_left_out(lint):
    (found,) = lint(ZH, [*JA[:3], "冷蔵物流を使えば、その日の夕方には上海や杭州などのホテルに届く。"])
    assert found.line == 7 and "青湾牡蛎清晨出海捕捞" in found.message


def test_a_term_another_clause_names_too_says_nothing_of_the_clause(lint):
    zh = [*ZH[:3], "借助牡蛎冷链物流，青湾牡蛎清晨出海捕捞，傍晚就能运到上海、杭州等地的酒店。"]
    (found,) = lint(zh, [*JA[:3], "カキの冷蔵物流を使えば、その日の夕方には上海や杭州などのホテルに届く。"])
    assert found.line == 7 and "青湾牡蛎清晨出海捕捞" in found.message
