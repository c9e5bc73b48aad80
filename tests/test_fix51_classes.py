"""One invented test per class fixed after the scoring of heldout51 (fix51), with contrasts: a homophone window cut
out of running words (NAM004: 動靴 of 運動|靴 read dong xue like an organisation written correctly elsewhere)."""
import pytest

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

BRANDS = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                 "东雪\t東雪\torg\tDongxue\t\t\tfrozen-food brand (invented)\n"
                                 "彩田\t彩田\torg\tCaitian\t\t\tseed company (invented)\n"
                                 "嘉禾斯\t嘉禾斯\tplace\tJiahesi\t\t\ttown (invented)\n"))


@pytest.mark.parametrize("text, found", [
    # 運動|靴: 運動 begins before 動靴 and ends in it; the brand is written correctly in the first sentence
    ("東雪の工場は町の北にある。店は運動靴を並べた。", []),
    # 野菜|畑: the same with 菜畑 (cai tian)
    ("彩田の倉庫は駅前にある。農家は野菜畑を耕した。", []),
    # a run of kanji of its own that reads like the brand is still the brand misheard
    ("東雪の工場は町の北にある。棟雪の店も開いた。", [("NAM004", "error", "棟雪")]),
    ("彩田の倉庫は駅前にある。農家は菜田の種を買った。", [("NAM004", "error", "菜田")]),
    # SudachiPy reads the name's last kanji with the particle after it as one word (斯の, an old この): a word going on
    # past the window in kana only, that does not conjugate, cuts nothing
    ("嘉禾斯の港は広い。彼は加禾斯の出身で、店を開いた。", [("NAM004", "error", "加禾斯")]),
])
def test_a_homophone_window_cut_out_of_running_words_is_no_name(text, found):
    names = [f for f in lint_text(text, BRANDS) if f.code.startswith("NAM")]
    assert [(f.code, f.severity.value, text[f.span.start:f.span.end]) for f in names] == found
