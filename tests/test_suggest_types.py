"""The type `glossary suggest` gives a name from a Chinese source: the cues around it on both sides
(data/chinese_type_cues.tsv, data/japanese_type_cues.tsv, textqa.glossary.name_type) outvote jieba's tag. Invented
texts, one class of wrong type each (scripts/evaluate_suggest.py --sets dev measures the type accuracy)."""
from __future__ import annotations

import pytest

from textqa.document import Document
from textqa.glossary.name_type import cues, name_type, votes
from textqa.glossary.suggest import suggest_with_source


def typed(zh, tag, source, renderings, target):
    return name_type(zh, {tag: 1}, [source], renderings, [target])


@pytest.mark.parametrize("zh, tag, source, ja, target, expected", [
    # a town jieba takes for a person: where a company has its seat, where it builds (位于〜, 在〜新建; 〜にある)
    ("岚溪", "person", "公司总部位于岚溪，今年又在岚溪新建工厂。", "嵐渓", "本社は嵐渓にあり、今年は嵐渓に工場を新設した。",
     "place"),
    # a river, a mountain, a temple: the name ends with the word (白石|江, not 李|江)
    ("青杉江", "person", "青杉江水位上涨。", "青杉江", "青杉江の水位が上がった。", "place"),
    ("雾岭山", "person", "游客登上雾岭山。", "霧嶺山", "観光客が霧嶺山に登った。", "place"),
    # a district after the name on either side (〜区, 〜市)
    ("禾川", "person", "禾川区的工厂", "禾川", "禾川区の工場", "place"),
    # a brand or a club jieba takes for a person or a place (〜科技, 〜俱乐部; 〜社, 〜クラブ)
    ("澜舟", "person", "澜舟科技发布新款手机。", "瀾舟", "瀾舟社が新型スマホを発表した。", "org"),
    ("蓝鲸", "place", "蓝鲸俱乐部宣布签下新援。", "藍鯨", "藍鯨クラブは新戦力の獲得を発表した。", "org"),
    # a person jieba takes for a place: a title before the name, saying after it (理事长〜, 〜说; 〜さん)
    ("柯远山", "place", "理事长柯远山说，收成不错。", "柯遠山", "柯遠山さんは収穫が良いと話した。", "person"),
    # a Uyghur given name ending in 江 (-jan) is a person's where a middle dot joins it to the father's name
    ("阿力江", "person", "铜匠阿力江·吐逊经营着一家小店。", "阿力江", "銅細工職人の阿力江・吐遜は小さな店を営む。", "person"),
    # a county head is a person though 〜県 is a place's cue: the longest cue wins (〜县长, 〜県長)
    ("葛松年", "place", "县长葛松年表示，", "葛松年", "葛松年県長は", "person"),
    # a mountain pass, a walled town, an estuary jieba takes for a person (a surname first): the word the name ends
    # with says a place (data/place_feature_words.txt: 关, 城, 口)
    ("黄岚关", "person", "车队紧挨着黄岚关长城。", "黄嵐関", "車列は黄嵐関の長城のすぐそばにある。", "place"),
    ("白岚城", "person", "游客登上白岚城。", "白嵐城", "観光客は白嵐城に登った。", "place"),
    ("吴岚口", "person", "邮轮从吴岚口启航。", "呉嵐口", "クルーズ船は呉嵐口から出航した。", "place"),
    # an office that ends as a place does is an organisation's: a customs house, an extension station
    ("岚溪海关", "place", "岚溪海关查获一批走私货。", "嵐渓海関", "嵐渓海関は密輸品を押収した。", "org"),
    ("岚溪县果树站", "place", "岚溪县果树站推广新品种。", "嵐渓県果樹站", "嵐渓県果樹站は新品種を普及させた。", "org"),
    # a temple ends with 宫, a centre for young people's activities too: the longer ending says an organisation's
    ("青崖宫", "person", "游客来到青崖宫参观。", "青崖宮", "観光客は青崖宮を見学に訪れた。", "place"),
    ("岚溪市青少年宫", "place", "岚溪市青少年宫开设了书法班。", "嵐渓市青少年宮", "嵐渓市青少年宮は書道教室を開いた。", "org"),
])
def test_context_outvotes_the_tag(zh, tag, source, ja, target, expected):
    assert typed(zh, tag, source, [ja], target) == expected


def test_a_place_a_university_is_named_after_stays_a_place():
    # 〜大学 is a word the name ends with (…大学), not a cue after it: 岚溪大学 is an org, 岚溪 before it a place
    assert typed("岚溪", "place", "他在岚溪大学读书。", ["嵐渓"], "嵐渓大学で学んだ。") == "place"
    assert typed("岚溪大学", "place", "他在岚溪大学读书。", ["嵐渓大学"], "嵐渓大学で学んだ。") == "org"


def test_a_longer_word_that_begins_as_a_cue_is_no_cue():
    # 市场 after a brand is no 市; 社会 after a name is no 社
    assert votes(["澜舟"], ["澜舟市场份额上升。"], "chinese_type_cues.tsv") == {}
    assert votes(["瀾舟"], ["瀾舟社会貢献"], "japanese_type_cues.tsv") == {}


def test_a_given_name_that_ends_as_a_mountain_does_is_a_person_by_its_context():
    # 山 at the end is one vote for a place, once; two sayings outvote it
    assert typed("柯远山", "person", "柯远山说，柯远山表示满意。柯远山说完就走了。", ["柯遠山"], "柯遠山は語った。") == "person"


def test_with_no_cue_the_tag_decides():
    assert typed("澜舟", "person", "澜舟来了。", ["瀾舟"], "瀾舟が来た。") == "person"
    assert name_type("澜舟", {"person": 1, "place": 3}, ["澜舟来了。"], ["瀾舟"], ["瀾舟が来た。"]) == "place"


def test_a_tie_of_cues_goes_to_the_tag():
    assert name_type("岚溪", {"org": 2}, ["岚溪公司位于岚溪"], [], []) == "org"


def test_cue_tables_load_with_their_sides():
    for table in ("chinese_type_cues.tsv", "japanese_type_cues.tsv"):
        before, after, ends = cues(table)
        assert after and ends and set(after) <= set(ends)
        assert {t for _, t in (*before, *after, *ends)} <= {"person", "place", "org", "-"}


@pytest.mark.parametrize("source, target, zh, expected", [
    # jieba tags the town nr (a surname and a given name's character): its seat and its new plant say a place
    ("星澜电池公司总部位于程溪。去年，公司在程溪新建了第二座工厂。",
     "星瀾電池の本社は程渓にある。昨年、同社は程渓に第二工場を新設した。", "程溪", "place"),
    # jieba tags the club nr: 俱乐部 after it, クラブ after its rendering say an organisation
    ("蓝鲸俱乐部宣布签下新援。蓝鲸上赛季排名第三。", "藍鯨クラブは新戦力の獲得を発表した。藍鯨は昨季3位だった。",
     "蓝鲸", "org"),
])
def test_suggest_types_a_name_by_its_context(source, target, zh, expected):
    rows = {c.zh: c.type for c in suggest_with_source([(Document(target, "t.ja.txt"), source)], None) if c.verified}
    assert rows.get(zh) == expected, rows
