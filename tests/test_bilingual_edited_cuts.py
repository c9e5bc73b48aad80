"""BIL003 on edited translations (invented texts): a sentence with no number or name cut at either end of its
paragraph, where the paragraph and the whole translation render their source condensed, is an editor's cut (`info`);
the same cut in a translation rendered sentence by sentence, a cut inside a paragraph and a cut that loses a number
stay warnings. A sentence merged into its linked neighbour's translation is not reported at all."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa.findings import Severity

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n韦志平\t韋志平\tperson\t\t\t\n青禾镇\t青禾鎮\tplace\t\t\t\n"

CUT = "村里的老人也常来借戏曲光盘，听完了再还回来。"  # the paragraph's last sentence: no number, no name
BUS_ZH = ["青禾镇流动图书车今年春天开始运行。图书车每周两次开进山里的8个村子，每次带去约1500册图书。",
          "司机兼管理员韦志平今年46岁，开这辆车已经三年。他说，孩子们一听到车的喇叭声就会跑出来。" + CUT,
          "今年以来，图书车共借出图书1.2万册次，比去年增长了三成。镇文化站计划明年再增加一辆图书车，覆盖更多偏远村庄。"
          "附近几个乡镇也派人来学习经验。",
          "韦志平说，他最高兴的是看到孩子们爱上了读书。"]
# an editor's edition: every sentence condensed, the paragraph's last sentence cut
BUS_EDITED = ["青禾鎮の移動図書車が今春運行を開始した。毎週2回、山あいの8つの村に入り、1回に約1500冊の本を届ける。",
              "運転手兼管理員の韋志平さん（46）は運転歴3年。子どもたちは車の音を聞くとすぐ走って来るという。",
              "今年の貸出冊数は延べ1万2000冊で、前年比3割増。鎮の文化站は来年1台増やし、偏遠の村にも回る計画。近くの郷鎮からも学びに来る。",
              "韋さんは、子どもたちが読書を好きになったのが一番うれしいと話す。"]
# machine translation's: every sentence rendered whole, the same sentence lost
BUS_LITERAL = ["青禾鎮の移動図書館車は今年の春に運行を開始した。図書館車は毎週2回山の中の8つの村に入り、毎回約1500冊の図書を持って行く。",
               "運転手兼管理人の韋志平さんは今年46歳で、この車を運転してすでに3年になる。彼は、子どもたちは車のクラクションの音を聞くとすぐに"
               "走って出てくると話した。",
               "今年に入ってから、図書館車は延べ1万2000冊の図書を貸し出し、昨年より3割増加した。鎮の文化ステーションは来年さらに図書館車を1台"
               "増やし、より多くの辺境の村をカバーする計画である。近くのいくつかの郷鎮も経験を学ぶために人を派遣してきた。",
               "韋志平さんは、最もうれしいのは子どもたちが読書を好きになったのを見ることだと述べた。"]
# the editor's edition cutting the paragraph's middle sentence instead (the quotation's speaker), keeping the last
MIDDLE_CUT = BUS_EDITED[:1] + ["運転手兼管理員の韋志平さん（46）は運転歴3年。村のお年寄りも伝統劇のディスクをよく借りに来て、"
                               "聞き終わると返しに来る。"] + BUS_EDITED[2:]
NUMBER_ZH = BUS_ZH[:1] + [BUS_ZH[1].replace(CUT, "村里的老人也常来借戏曲光盘，每月能借出200多张。")] + BUS_ZH[2:]


@pytest.fixture
def lint(tmp_path):
    return rule_on_pairs(tmp_path, GLOSSARY, "BIL003")


@pytest.mark.parametrize("zh, ja, start, severity", [
    (BUS_ZH, BUS_EDITED, "村里的老人", Severity.INFO),  # an editor's cut at the paragraph's end
    (BUS_ZH, BUS_LITERAL, "村里的老人", Severity.WARNING),  # rendered whole elsewhere: lost
    (BUS_ZH, MIDDLE_CUT, "他说，孩子们", Severity.WARNING),  # inside the paragraph: editors cut at its ends
    (NUMBER_ZH, BUS_EDITED, "村里的老人", Severity.WARNING)])  # it loses a number
def test_a_cut_at_a_paragraphs_end_in_a_condensed_translation_is_an_editors(lint, zh, ja, start, severity):
    assert [f.severity for f in lint(zh, ja) if start in f.message] == [severity]


FESTIVAL_ZH = ["青禾镇今年举办了第一届读书节，活动持续一周，吸引了3000多名居民参加。",
               "青禾书店是当地规模最大的书店之一。书店经理韦志平说，今年店里新增了2000多册儿童读物，周末常常有家长带着孩子来看书。",
               "本届读书节共设5个组别的朗读比赛。参赛的小学生在台上朗读了自己喜欢的故事，评委从中评出了20名优胜者。"]
FESTIVAL_JA = ["青禾鎮で今年、初めての読書祭りが開かれた。期間は1週間で、住民3000人余りが参加した。",
               "地元最大の書店の一つ、青禾書店の韋志平経理によると、今年は児童書を2000冊余り増やし、週末には子ども連れの親がよく本を読みに来る。",
               "朗読コンテストは5部門。小学生たちが好きな物語を舞台で朗読し、審査員が20人の優秀者を選んだ。"]


def test_a_sentence_merged_into_its_neighbours_translation_is_not_left_out(lint):
    """青禾书店是当地规模最大的书店之一。 has no translation of its own: the next sentence's translation begins with it
    (地元最大の書店の一つ、青禾書店の…), words its own source lacks. Without them the sentence is left out."""
    assert [f for f in lint(FESTIVAL_ZH, FESTIVAL_JA) if "青禾书店" in f.message] == []
    unmerged = FESTIVAL_JA[:1] + [FESTIVAL_JA[1].replace("地元最大の書店の一つ、青禾書店の", "")] + FESTIVAL_JA[2:]
    assert len([f for f in lint(FESTIVAL_ZH, unmerged) if "青禾书店" in f.message]) == 1


# a fifth paragraph: its two sentences, merged by the edition into one, the second rendered by meaning (no word of it)
CLASS_ZH = BUS_ZH + ["镇文化站还在图书车上开设了流动课堂，请退休教师给孩子们讲故事。"
                     "孩子们围坐在车旁听得津津有味，不少家长也跟着一起听，成了山村周末最热闹的场面。"]
CLASS_FIRST = "鎮の文化站は図書車に流動教室を開設し、退職教師が子どもたちに物語を語る"
CLASS_MERGED = CLASS_FIRST + "が、親子で聞き入る姿はすっかりおなじみだ。"


@pytest.mark.parametrize("ja, found", [
    (BUS_EDITED + [CLASS_MERGED], []),  # merged: the paragraph's length fits both sentences at the edition's rate
    (BUS_LITERAL + [CLASS_MERGED], [Severity.WARNING]),  # a translation rendered whole: short by the second
    (BUS_EDITED + [CLASS_FIRST + "。"], [Severity.INFO])])  # the second really cut: an editor's cut (the edge)
def test_a_sentence_merged_by_meaning_into_a_condensed_translation_is_not_left_out(lint, ja, found):
    """The aligner links the merged translation to the first sentence alone and leaves the second out, and the
    paragraph's translation is short for both at the aligner's ratio; but an edition that renders its sentences
    condensed (the median one-to-one link under `condensed` of the predicted length) renders this paragraph at its
    own rate with both sentences in it far likelier than with the first alone: the second is there, merged."""
    assert [f.severity for f in lint(CLASS_ZH, ja) if "孩子们围坐" in f.message] == found



SECOND_CUT = "鎮の文化ステーションは来年さらに図書館車を1台増やし、より多くの辺境の村をカバーする計画である。"  # 镇文化站计划…
TWO_LOST = [p.replace(SECOND_CUT, "") for p in BUS_LITERAL]


@pytest.mark.parametrize("ja, found", [
    (TWO_LOST, [Severity.WARNING] * 2),  # rendered whole otherwise, nothing else edited: both lost
    (TWO_LOST[:2] + [TWO_LOST[2] + TWO_LOST[3]], [Severity.INFO])])  # the last two paragraphs merged: an edition
def test_sentences_lost_from_a_translation_rendered_whole_are_no_sign_of_each_other_being_cut(lint, ja, found):
    """Two sentences with no number or name left out of a translation that renders every other sentence whole, one to
    one, with nothing else edited (no merge, no conversion, no paragraph cut): machine translation that loses one loses
    others, so neither is a sign that the other was cut on purpose, and both are warnings. Where the translation merges
    paragraphs too, as an editor does, they are an edition's cuts (the second, in the merged paragraph, not even that).
    """
    assert [f.severity for f in lint(BUS_ZH, ja) if "村里的老人" in f.message or "镇文化站计划" in f.message] == found


# machine translation that adds a currency conversion and leaves the end of a sentence in Chinese: the half in
# Chinese is as long as its source (not condensed), so the translation still renders every sentence whole and the
# sentence it lost is a warning; so it is where the only short rendering is the article's terse title
PRICED_ZH = BUS_ZH[:2] + [BUS_ZH[2].replace("镇文化站计划明年再增加一辆图书车", "镇文化站计划明年再投入20万元增加一辆图书车")] + BUS_ZH[3:]
PRICED_JA = BUS_LITERAL[:2] + [BUS_LITERAL[2].replace("鎮の文化ステーションは来年さらに図書館車を1台",
                                                      "鎮の文化ステーションは来年さらに20万元（約400万円）を投じて図書館車を1台")] + BUS_LITERAL[3:]
HALF_CHINESE = PRICED_JA[:2] + [PRICED_JA[2].replace("近くのいくつかの郷鎮も経験を学ぶために人を派遣してきた。",
                                                     "また、附近几个乡镇也派人来学习经验。")] + PRICED_JA[3:]
TITLE_ZH, TITLE_JA = "青禾镇流动图书车：开进大山深处的“移动书房”", "青禾鎮の図書車、山奥へ「動く書斎」"


@pytest.mark.parametrize("zh, ja", [(PRICED_ZH, PRICED_JA), (PRICED_ZH, HALF_CHINESE),
                                    ([TITLE_ZH] + PRICED_ZH, [TITLE_JA] + PRICED_JA)])
def test_a_sentence_lost_by_machine_translation_half_left_in_chinese_or_under_a_terse_title_is_a_warning(lint, zh, ja):
    assert [f.severity for f in lint(zh, ja) if "村里的老人" in f.message] == [Severity.WARNING]
