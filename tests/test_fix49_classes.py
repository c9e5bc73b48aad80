"""Classes of heldout49's and heldout-bilingual46's misses fixed by fix49, each with invented names and wording: a
term's rejected ordinary word (an English loan in katakana) beside another rejected form of the term that is no word
(its Mandarin reading left in katakana), which names the term (NAM001); a romanised name the text says the person is
also written as (`とも表記される`, as `とも書かれる`: NAM007); a sentence lost from a translation whose signs of editing
are mostly currency conversions in a translation that renders every sentence whole, which machine translation with a
conversion added does too (BIL003)."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa import lint_text
from textqa.findings import Severity
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\tnote\n"
    "裘志军\t裘志軍\tperson\tチウ・ジージュン\t\t\tinvented\n"
    "蒸笼\tせいろ\tterm\t\t\tジェンロン|スチーマー\tbamboo steamer\n"))


def _found(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.severity.value, f.surface) for f in lint_text(text, GLOSSARY) if f.code == code]


@pytest.mark.parametrize("text", [
    # the Mandarin reading left in katakana names the term: the loan word beside it is the term mistranslated
    "饅頭はジェンロンで蒸す。店ではスチーマーを二段に重ねる。",
    "スチーマーを洗って干す。古いジェンロンは竹の匂いがする。",
    # the term in its own form names it too (as before)
    "饅頭はせいろで蒸す。店ではスチーマーを二段に重ねる。",
])
def test_a_rejected_word_beside_another_naming_of_the_term_is_an_error(text):
    assert ("error", "スチーマー") in _found(text, "NAM001")


def test_a_rejected_word_with_no_sign_of_the_term_stays_info():
    assert _found("顔のスチーマーを買った。肌が潤う。", "NAM001") == [("info", "スチーマー")]


@pytest.mark.parametrize("text", [
    "農協の裘志軍組合長は、Qiu Zhijunとも表記される。",
    "裘志軍さんは、資料ではQiu Zhijunとも書かれる。",
])
def test_a_romanised_name_given_as_another_spelling_is_reported(text):
    assert [f for f in _found(text, "NAM007") if f[1] == "Qiu Zhijun" and f[0] != "info"]


@pytest.mark.parametrize("text", [
    "裘志軍さんの英語名はQiu Zhijunとも表記される。",  # introduced as the English name
    "裘志軍さんのパスポートにはQiu Zhijunと書いてある。",  # the spelling a document shows
])
def test_a_romanised_name_talked_about_as_a_form_stays_silent(text):
    assert not [f for f in _found(text, "NAM007") if f[0] != "info"]


HONEY_ZH = ["白杨镇的蜂蜜",
            "白杨镇位于山区，是有名的蜂蜜产地。全镇共有养蜂户320户，去年蜂蜜产量约450吨。",
            "镇养蜂协会会长柳志军介绍，今年每公斤蜂蜜收购价为60元，比去年高出5元。协会还为会员统一购买了蜂箱，每个蜂箱补贴80元。",
            "蜂蜜主要销往北京和上海。过去蜂农大多自己挑着蜂蜜到集市上卖，很难卖出好价钱。现在通过网店，一年能卖出200吨。",
            "镇里计划投入300万元建设一座蜂蜜加工厂，明年投产后可带动500户增收，每户年均增收约3000元，并在每年夏天举办蜂蜜节，"
            "吸引各地游客前来品尝。",
            "柳志军说，希望更多年轻人回乡养蜂。"]
# machine translation's rendering: every sentence whole, three currency conversions added, the long sentence split in
# two, the middle sentence of the fourth paragraph (no number, no name) lost
HONEY_LITERAL = ["白楊鎮のはちみつ",
                 "白楊鎮は山間部に位置し、有名なはちみつの産地である。鎮全体で養蜂農家は320戸あり、昨年のはちみつ生産量は約450トンだった。",
                 "鎮養蜂協会の柳志軍会長によると、今年のはちみつの買い取り価格は1キロ当たり60元（約1200円）で、昨年より5元高い。"
                 "協会はまた会員のために巣箱を一括購入し、巣箱1個につき80元（約1600円）を補助した。",
                 "はちみつは主に北京と上海に出荷されている。現在はネットショップを通じて、年間200トンを販売できる。",
                 "鎮は300万元（約6000万円）を投じてはちみつ加工工場を建設する計画で、来年稼働すれば500戸の収入増につながり、"
                 "1戸当たりの年間収入は平均約3000元増える見込みだ。また毎年夏にははちみつ祭りを開き、各地から観光客を呼び込む。",
                 "柳志軍さんは、より多くの若者が故郷に戻って養蜂をしてほしいと話した。"]
# an editor's edition: the same conversions and cut, every sentence condensed
HONEY_EDITED = ["白楊鎮のはちみつ", "山あいの白楊鎮ははちみつの産地。養蜂農家は320戸、昨年の生産量は約450トン。",
                "鎮養蜂協会の柳志軍会長によると、今年の買い取り価格はキロ60元（約1200円）で前年比5元高。"
                "協会は巣箱を一括購入し、1個80元（約1600円）を補助した。",
                "主な出荷先は北京と上海。ネット販売で年200トンを売る。",
                "鎮は300万元（約6000万円）で加工工場を建てる計画。来年稼働すれば500戸の収入が1戸平均約3000元増える見込み。"
                "夏には、はちみつ祭りも開く。",
                "柳さんは、若者に戻ってきてほしいと話す。"]


@pytest.mark.parametrize("ja, severity", [(HONEY_LITERAL, Severity.WARNING), (HONEY_EDITED, Severity.INFO)])
def test_conversions_in_a_whole_rendering_are_no_sign_of_an_editors_cut(tmp_path, ja, severity):
    lint = rule_on_pairs(tmp_path, "zh\tja\ttype\treading\taccept\treject\n柳志军\t柳志軍\tperson\t\t\t\n"
                                   "白杨镇\t白楊鎮\tplace\t\t\t\n", "BIL003")
    assert [f.severity for f in lint(HONEY_ZH, ja) if "过去蜂农" in f.message] == [severity]
