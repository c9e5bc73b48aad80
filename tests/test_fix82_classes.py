"""Invented tests for the classes fixed after heldout82 and heldout-bilingual79 were scored (fix82):
- NAM011: 冉 and 冊, 赤 and 亦, 呂 and 宮 are look-alikes (PAIRS of scripts/make_lookalike_table.py, so
  data/lookalike_kanji.tsv; tested with the other fixes' pairs in tests/test_lookalike_pairs_added.py);
- BIL003: the text's closing sentence, with no number or name, cut from a translation that adds currency conversions
  is an edition's trim (`info`), however many clauses it has; the same sentence cut before the end of the text is
  still a warning.
Each with its contrast."""
from __future__ import annotations

import pytest
from lint_helpers import pair_warnings


PAIR_GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n星河村\t星河村\tplace\t\t\t\t\n"
                 "林秀梅\t林秀梅\tperson\t\t\t\t\n")
# a village's figures, with the yuan converted to yen in parentheses (an edition for readers)
FIRST_ZH = "星河村位于山谷深处，村里保存着二十多栋百年老屋。去年，星河村接待游客约3万人次，旅游收入达到120万元。"
FIRST_JA = ("星河村は山あいの谷の奥にあり、築百年を超える古い家屋が二十数棟残る。昨年は延べ約3万人の観光客を迎え、"
            "観光収入は120万元（約2500万円）に達した。")
# a host's wish, then a closing remark of two clauses with no number or name, left out
WISH_ZH = "林秀梅说，她希望游客不只是拍拍照，而是能坐下来，听老人讲讲村里的故事。这样，老屋里的日子才算真正被记住了。"
WISH_JA = "林秀梅さんは、観光客には写真を撮るだけでなく、腰を下ろしてお年寄りから村の話を聞いてほしいと願っている。"


@pytest.fixture
def omissions(tmp_path):
    return pair_warnings(tmp_path, PAIR_GLOSSARY, ("BIL003",))


def test_the_closing_sentence_of_an_edition_is_a_trim(omissions):
    assert omissions([FIRST_ZH, WISH_ZH], [FIRST_JA, WISH_JA]) == []


def test_the_same_sentence_cut_before_the_end_still_warns(omissions):
    last_zh = FIRST_ZH.replace("3万", "4万")
    last_ja = FIRST_JA.replace("3万", "4万")
    assert omissions([FIRST_ZH, WISH_ZH, last_zh], [FIRST_JA, WISH_JA, last_ja]) == ["BIL003"]
