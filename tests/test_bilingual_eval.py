"""The development pairs: strict BIL recall, no false warnings, and a clean pair with no warnings at all."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT, accuracy_tables, load_evaluate, load_script


def _scorer():
    name = "textqa_evaluate_bilingual"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "evaluate_bilingual.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the class is made
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def score():
    module = _scorer()
    return module.evaluate(module.SETS["bilingual"]).as_dict()


def test_strict_recall(score):
    assert score["strict"]["annotated"] >= 60
    assert score["strict"]["recall"] >= 0.95, score["missed"]
    assert score["strict"]["detected"] >= 60, score["missed"]
    for kind in ("term", "number", "untranslated"):
        assert score["kinds"][kind]["annotated"] >= 3
    assert score["kinds"]["omission"]["annotated"] >= 21


# the held-out sets scored once and fixed against since: development sets, gated at their figures in docs/accuracy.md
# warnings still drawn on clean pairs, as measured (lower as they are fixed, never raise): each a sentence or half an edited
# translation cut that BIL003's evidence cannot tell from a planted omission (README, docs/accuracy.md)
CLEAN_PAIR_CEILINGS = {"heldout-bilingual13": 1,
                       "heldout-bilingual16": 0,  # 2 as scored: BIL001 on 同館 (bilfix18) and BIL003 on a quoted
                       # remark an edited translation cut (clean-zhuji-pearls:13, the text's closing sentence; fix82:
                       # such a sentence, no number or name, in a translation that adds currency conversions)
                       "heldout-bilingual57": 0,  # 1 as scored: BIL003 on a clause an edited report reworded
                       # round its term (乐清蛏子当天采挖 as その日に掘ったマテガイ; fixb58: a name only it names)
                       "heldout-bilingual23": 1,  # an interview's cut opening (4 as scored: its answer labels too)
                       "heldout-bilingual25": 1,  # 2 as scored: sentences an edited speech and an edited review
                       # cut (the review's, at its paragraph's end, no number or name, beside currency conversions and
                       # another cut: fixb61)
                       "heldout-bilingual26": 0,  # 2 as scored: a sentence an edited weather bulletin cut, its
                       # service line's number (fixb61: 12121气象服务电话 dials, counts nothing), and a clause rendered
                       # loosely, its sentence's tail split off (bil32)
                       "heldout-bilingual27": 0,  # as scored: none
                       "heldout-bilingual49": 1,  # 3 as scored: BIL005 on a notice's sign-off (the village
                       # committee in Japanese forms, its date on the line below), BIL002 on 二三两 (two or three liang,
                       # rendered 100～150グラム) read as 232 (both fixb49), and BIL003 on a sentence an edited feature
                       # cut at its paragraph's end, with a date the translation has nowhere (left)
                       "heldout-bilingual53": 0,  # 2 as scored: BIL003 on a notice's closing time (21:00 after
                       # a full-width comma, read as 21 and 00) and GRB009 on a numbered item's label set off by an
                       # ideographic space (2．コース　ナイトツアーの…); both fixb53
                       "heldout-bilingual50": 1,  # as scored: BIL003 on a quotation an edited feature cut at its
                       # paragraph's end (the paragraph's translation far shorter than its source predicts: left)
                       "heldout-bilingual28": 0,  # 1 as scored: a scale, 1:10 in the source, 10分の1 (fix30b)
                       "heldout-bilingual29": 0,  # 2 as scored: BIL005 on two all-kanji Japanese lines (fix31)
                       "heldout-bilingual30": 0,  # 1 as scored: BIL002 on a menu's number of dumplings to a
                       # liang (两 after a digit, a unit) read as one number with the digits around it (fix32)
                       "heldout-bilingual31": 0,  # 1 as scored: GRB008 on a syllabus's numbered heading 実習 that
                       # its first sentence repeats after an ideographic space (実習　実習は…) (fix33)
                       "heldout-bilingual33": 0,  # 4 as scored: BIL002 on list items numbered 四、/五、, 4．/5．,
                       # and on 1等3人 against 一等奖3名 (item labels and a prize's rank: pair25)
                       "heldout-bilingual34": 0,  # 1 as scored: BIL005 on a sign-off, an issuer's name in
                       # Japanese forms and a date (fixb34)
                       "heldout-bilingual36": 0,  # 1 as scored: BIL002 on a lunar date, 正月初七 as 旧暦1月7日
                       # (fixb36: a lunar date is its month and day)
                       "heldout-bilingual37": 0,  # 3 as scored: BIL003 on an edited notice's dropped courtesy
                       # formulas (感谢…理解和配合, 请…积极配合) and on 不收取任何费用 restating 免费 (fixb37)
                       "heldout-bilingual40": 0,  # 1 as scored: BIL001 on a recipe's sentence whose subject, the
                       # jam (青梅酱), good Japanese leaves unsaid (fixb40: a term the headline names, opening its
                       # source sentence, with nothing like it in the translation, is info)
                       "heldout-bilingual43": 0,  # 1 as scored: BIL003 on a sentence rendered loosely beside its
                       # unlinked source, 一张 counted as 1枚 (fixb43: same-counters)
                       "heldout-bilingual68": 0,  # 5 as scored: BIL001 three times on 义诊 opening a notice's items
                       # (一、义诊时间： as 1．実施日時：) under a headline naming it, BIL002 on 5．65歳以上 (an item's
                       # number before an age read as 5.65), BIL003 on 第三代传人 as 3代目 (fixb68)
                       "heldout-bilingual69": 0,  # 1 as scored: BIL003 on a notice's opening clause 经医院研究决定
                       # (the authority it is issued on) left out, as editions do (fixb69: cuts.toml formulas)
                       "heldout-bilingual70": 0,  # 1 as scored: BIL003 on a report's purpose clause 为了方便群众参观，
                       # (clean-zhuanglang-county-museum-terrace-exhibition:13), which the translation leaves out (an
                       # editor's cut; fixb70: cuts.toml formulas)
                       "heldout-bilingual72": 0,  # 1 as scored: BIL003 on a clause 沿着山路走访十几个村子，
                       # (clean-zhenping-zhongbao-health-centre-family-doctors:7) the translation renders whole
                       # (山道を歩き、十数カ所の村を回って): 十数カ所 read as no number, カ所 as no counter (fix75:
                       # カ所 and its spellings are counters of places)
                       "heldout-bilingual73": 0,  # 1 as scored: BIL003 on a notice's opening clause 根据省、市有关文件精神，
                       # (clean-chengbu-county-tcm-hospital-screening-notice:5), the documents it follows, left out (an
                       # editor's cut; fix76: cuts.toml formulas)
                       "heldout-bilingual74": 0,  # 1 as scored: BIL003 on a notice's hours 上午8点半至12点 rendered
                       # 午前8時半～正午 (clean-jinping-county-archives-collection-notice:11), the 12 read as left out
                       # (fix77: 正午 as a range's end is 12時, numbers.toml named-hours)
                       "heldout-bilingual78": 0,  # 1 as scored: BIL003 on a notice's policy clause
                       # 按照“预防为主、积极消灭”的方针， (clean-pingli-county-forest-fire-season-notice:3), the policy it
                       # follows, left out (an editor's cut; fix81: cuts.toml formulas)
                       "heldout-bilingual79": 0,  # 1 as scored: BIL003 on a report's closing sentence
                       # 这样，老祖宗留下的东西才算真正被看见了。 (clean-tianzhu-county-sanmentang-timber-village:15), left
                       # out (an editor's cut; fix82: the text's closing sentence, no number or name, in a translation
                       # that adds currency conversions, however many clauses it has)
                       "heldout-bilingual80": 0,  # 2 as scored: BIL003 on two clauses at a sentence's end, trimmed
                       # (小作坊可以租用那里的烤炉和包装线 and 不少在外打工的汉阴人每年都要买上几箱,
                       # clean-hanyin-county-kangkang-flatbread-workshops:13 and :15; an editor's trim; fix83: a clause at
                       # either end of its sentence, no number or name, in a translation that adds currency conversions
                       # and cuts a whole sentence too, however short it leaves its sentence)
                       "heldout-bilingual84": 0,  # 2 as scored: NAM005 on '市洋県', a window across 漢中市|洋県 read
                       # one syllable from 西郷県, and BIL003 on the cut closing comment 这是牧马河生态持续向好的最好证明。
                       # (clean-xixiang-county-muma-river-bird-patrol:7 and :13; fix87: a window beginning with the
                       # suffix ending the place named before it reads across two names; a comment summing up the
                       # facts before it as their proof is a formula, cuts.toml)
                       "heldout-bilingual86": 0,  # 2 as scored: BIL003 twice at clean-langao-minzhu-ecological-ranger:17,
                       # the paragraphs after a short source paragraph whose translation carries two conversions linked
                       # one off (fix90: a paragraph's length also read without the conversions it adds after an amount)
                       "heldout-bilingual87": 0,  # 1 as scored: BIL002 on '8割' (clean-xixia-kiwifruit-gift-box-
                       # customer-faq:5), 七八成熟 rendered 7～8割 read as 7 and 8 against 7% and 80% (fix91: neighbouring
                       # kanji digits before a tenth are each tenths; a range whose second end writes tenths has both)
                       "heldout-bilingual95": 1,  # 3 as scored: BIL003 twice on clauses holding 三分球, whose 三 the
                       # translation writes only as the スリー of スリーポイントシュート (clean-ruyang-county-village-
                       # basketball-final-match-report:5 and :11; fix98: an English numeral opening a katakana
                       # loanword writes the number inside a word), and BIL003 on a step of the tea process the clean
                       # translation really leaves out (先摊在竹匾上晾几个小时, clean-ruyang-fudian-xitaishan-tea-garden-
                       # report:9, its author's condensed sentence, 3.25 standard deviations short: left, nothing tells
                       # that cut from a loss)
                       "heldout-bilingual96": 0,  # 2 as scored: BIL002 on '5' and '2' (clean-yichuan-minggao-village-
                       # opera-troupe-playbill:5:16 and :5:33), the source's 正月初一至初五 read as 1 and 1 only (its
                       # range's end day no date) and the translation's 元日 not as the first of the first month, so 5日
                       # and the 2 of 2回公演 looked like changed numbers (fix99: a lunar day ending a range and
                       # 元日/元旦 are dates, numbers.toml named-days)
                       "heldout-bilingual101": 1,  # as scored: BIL003 on the clause 麦子打下来以后
                       # (clean-sheqi-jinzhuang-village-history-room-audio-guide:5), which the translation renders in
                       # the sentence before as 脱穀した麦 (left)
                       "heldout-bilingual108": 0,  # 1 as scored: BIL003 on a voice message rendered short
                       # (clean-wolong-shiqiao-rose-nursery-voice-messages:15, 16 characters for 30; fix111: measured
                       # with the rest of its translation, split off at its commas)
                       "heldout-bilingual110": 1,  # as scored: BIL003 on 他说，再晚也要当天送完，不能让乡亲们等。 rendered
                       # freely and at length, どんなに遅くなっても…と本人は言う。
                       # (clean-xiping-penyao-rural-postman-award-nomination:11: the aligner left both sentences
                       # unlinked, the rendering longer than the one-slot rule's length allows; left)
                       "heldout-bilingual116": 0,  # 1 as scored: BIL003 on 这道菜在我们店里一盘卖十八元，… rendered
                       # as two sentences with a currency conversion in parentheses
                       # (clean-biyang-guanzhuang-steamed-locust-blossom-recipe:17: at the sentence level the aligner
                       # measured a translation's length as written, conversion included, so no 1-2 link was made;
                       # reading it without the conversion then lost heldout-bilingual87's omission inside a 2-1
                       # merge; fix120: sentence lengths read without the conversions, and align._merged_back keeps
                       # that merge, so the sentence is linked and the warning gone)
                       }
# false warnings in error pairs left as measured, each explained in docs/accuracy.md (lower as they are fixed, never raise)
FALSE_WARNING_CEILINGS: dict[str, int] = {
    "heldout-bilingual28": 1,  # as scored: BIL003 on a clause rendered in other words (jiashi-melon-harvest:11)
    "heldout-bilingual31": 0,  # 2 as scored: BIL002 on 一千两 (a thousand liang) read as 1,002, and BIL003 on the
    # clause after it, whose 千两 (the tea's name) read as 1,002 was a number its translation lacked (fix33)
    "heldout-bilingual33": 0,  # 1 as scored: BIL002 on 95后 rendered 1995年以降生まれ (fixb33: read as the year)
    "heldout-bilingual34": 0,  # 1 as scored: BIL002 on 六七十场 (60 to 70) rendered 60～70回 (fixb34: a range)
    "heldout-bilingual37": 0,  # 1 as scored: BIL001 on a person named by surname and title (白農芸師; fixb37)
    "heldout-bilingual38": 0,  # 3 as scored: BIL002 twice on 七分/三分 (seven and three tenths) rendered 7割/3割, and
    # BIL003 on an added sentence aligned to a whole omitted paragraph (panan-herbs:11; fixb38)
    "heldout-bilingual41": 0,  # 2 as scored: BIL001 on 制干 rendered 乾燥 (the glossary's 乾燥加工 shortened), BIL002 on
    # 上百辆 (a hundred-odd) rendered 100台 (fixb41: a term shortened is info; an approximate quantity is a range)
    "heldout-bilingual42": 0,  # 1 as scored: BIL002 on a number changed 12 → 21 reported as '2' against 12, the source's
    # 两到三周 unread (fix44: a kanji digit before 到 and the range's other end shares its counter)
    "heldout-bilingual47": 0,  # 1 as scored: BIL002 on 500 of 500グラム当たり, the source's 每斤 (a jin, 500 g) rendered
    # by its weight (fixb47: unit-named-by)
    "heldout-bilingual44": 0,  # 3 as scored: BIL002 on 3 against the source's 两 (增长了近两倍 as 3倍近く), BIL001 on a
    # person named by surname (厳さん after 厳福青, a homophone of 严福清), BIL003 on a sentence's list of vegetables
    # (四季豆 read as the number 4; fixb45: rise-hedges, a short form after a variant, numeral-words)
    "heldout-bilingual39": 0,  # 1 as scored: BIL002 on 1000 of an area's conversion in parentheses, 約1000ヘクタール
    # (fixb39: a measure converted in parentheses is left out, as a currency conversion is)
    "heldout-bilingual43": 0,  # 3 as scored: two BIL002 the scorer placed inside a longer number ('12' in '120';
    # fixb43: a number row's surface stands alone) and BIL003 on a last clause split off with its number changed
    # (fixb43: split_rest)
    "heldout-bilingual50": 0,  # 1 as scored: BIL001 on a tea farm's head named again by surname and a title made
    # from what he heads (貫場長 after his full name; fixb50: any kanji before 長 make a title, terms.toml title-ends)
    "heldout-bilingual56": 0,  # 2 as scored: BIL002 on numbers of a sentence whose source has other numbers ('2'
    # of 2食付き against 三成, '五' of 五つ星 against 37; fixb56: star ratings and a lodging plan's meals)
    "heldout-bilingual69": 0,  # 1 as scored: BIL002 on '100' of 樹齢100年, the source's 超过百年 unread as 100, so 100
    # was paired with 2000 and the changed count 1200本余り missed (fixb69: numbers.toml lone-multiplier-counters)
    "heldout-bilingual71": 0,  # 1 as scored: BIL003 on 乾燥三七42トン (malipo-donggan-forest-sanqi-cooperative:5),
    # the plant's name 三七 and 42 read as one number, so the source's 42 was nowhere in the translation (fix74: kanji
    # digits right before an Arabic digit are no part of the number)
    "heldout-bilingual84": 0,  # 1 as scored: BIL003 on 「家里有15亩樱桃园，」 (xixiang-yanghe-cherry-rain-shelters:7), the
    # changed 15亩 -> 51ムー (BIL002's) paired with the age 52岁 of the sentence before, so the clause looked lost
    # (fix87: numbers.kinship counts what a unit measures)
    "heldout-bilingual107": 0,  # 3 as scored, all BIL003: a sentence rendered with its count changed, 二十多 as 30余り,
    # reported lost beside BIL002's finding of the number (dengzhou-jitan-wooden-comb-maker:5); the headline's clause
    # 一家腐竹作坊的早晨 rendered with no hanzi in common (dengzhou-shilin-yuba-workshop:1); 晾到一折就断才算干透 rendered
    # freely (shilin:11); fix110 changed none of them; fix111: align._count_changed pairs the first, a headline's clause
    # with no number lost is rewritten, 一 before 折 and 就 is no price
    "heldout-bilingual128": 0,  # 1 as scored: BIL003 on 「秧盘由本社统一提供，」
    # (clean-huangchuan-jiangjiaji-rice-transplanting-booking-notice:9), a source sentence the translation split in
    # three, left unlinked (1-0 beside three 0-1) and its middle clause, no hanzi in common, reported left out
    # (fix132: align._gathered links one source sentence to the three sentences it was split into)
}


@pytest.mark.slow  # each set is linted whole
@pytest.mark.parametrize("name, annotated, detected, info_missed", [
    ("heldout-bilingual", 20, 20, 0), ("heldout-bilingual2", 25, 25, 0), ("heldout-bilingual3", 34, 34, 0),
    ("heldout-bilingual4", 31, 30, 0), ("heldout-bilingual5", 31, 31, 0), ("heldout-bilingual6", 31, 31, 0),
    ("heldout-bilingual7", 33, 32, 0), ("heldout-bilingual8", 33, 33, 0), ("heldout-bilingual9", 35, 35, 0),
    ("heldout-bilingual10", 39, 39, 0), ("heldout-bilingual11", 41, 41, 1), ("heldout-bilingual12", 40, 40, 0),
    ("heldout-bilingual13", 42, 42, 0), ("heldout-bilingual14", 41, 41, 0), ("heldout-bilingual15", 39, 39, 0),
    ("heldout-bilingual16", 37, 37, 0), ("heldout-bilingual17", 34, 34, 0),
    ("heldout-bilingual18", 34, 34, 0), ("heldout-bilingual19", 34, 34, 0), ("heldout-bilingual20", 37, 36, 0),
    ("heldout-bilingual21", 38, 38, 0), ("heldout-bilingual22", 39, 39, 0),
    ("heldout-bilingual23", 40, 39, 0), ("heldout-bilingual24", 40, 40, 0),
    ("heldout-bilingual25", 40, 40, 0), ("heldout-bilingual26", 43, 42, 0), ("heldout-bilingual27", 42, 42, 0),
    ("heldout-bilingual28", 42, 42, 0), ("heldout-bilingual29", 43, 43, 0),
    ("heldout-bilingual30", 39, 39, 0), ("heldout-bilingual31", 39, 39, 0),
    ("heldout-bilingual32", 13, 13, 0), ("heldout-bilingual33", 37, 37, 0),
    ("heldout-bilingual34", 37, 37, 0), ("heldout-bilingual35", 35, 35, 0), ("heldout-bilingual36", 35, 35, 0),
    ("heldout-bilingual37", 35, 35, 0), ("heldout-bilingual38", 35, 35, 0),
    ("heldout-bilingual39", 35, 35, 0), ("heldout-bilingual40", 36, 36, 0),
    ("heldout-bilingual41", 28, 28, 0), ("heldout-bilingual42", 29, 29, 0), ("heldout-bilingual43", 41, 41, 0),
    ("heldout-bilingual44", 30, 30, 0), ("heldout-bilingual45", 28, 27, 0),
    ("heldout-bilingual46", 30, 30, 0), ("heldout-bilingual47", 27, 27, 0),
    ("heldout-bilingual48", 30, 29, 0), ("heldout-bilingual49", 28, 28, 0),
    ("heldout-bilingual50", 29, 28, 0), ("heldout-bilingual51", 30, 28, 0),
    ("heldout-bilingual52", 30, 29, 0), ("heldout-bilingual53", 31, 29, 0),
    ("heldout-bilingual54", 31, 28, 0), ("heldout-bilingual55", 24, 24, 0),
    ("heldout-bilingual56", 28, 28, 0), ("heldout-bilingual57", 27, 26, 0), ("heldout-bilingual58", 16, 16, 0),
    ("heldout-bilingual59", 27, 27, 0), ("heldout-bilingual60", 17, 17, 0),
    ("heldout-bilingual61", 17, 17, 0), ("heldout-bilingual62", 17, 16, 0),
    ("heldout-bilingual63", 18, 17, 0), ("heldout-bilingual64", 18, 18, 0),
    ("heldout-bilingual65", 17, 17, 0), ("heldout-bilingual66", 17, 17, 0),
    ("heldout-bilingual67", 17, 16, 0), ("heldout-bilingual68", 17, 16, 0),
    ("heldout-bilingual69", 17, 17, 0),  # heldout-bilingual69: 16 as scored (fixb69)
    ("heldout-bilingual70", 17, 17, 0), ("heldout-bilingual71", 17, 16, 0),
    ("heldout-bilingual72", 17, 16, 0), ("heldout-bilingual73", 17, 16, 0),
    ("heldout-bilingual74", 17, 17, 0), ("heldout-bilingual75", 17, 17, 0),
    ("heldout-bilingual76", 17, 16, 0), ("heldout-bilingual77", 17, 16, 0),
    ("heldout-bilingual78", 17, 17, 0), ("heldout-bilingual79", 17, 17, 0),
    ("heldout-bilingual80", 17, 17, 0), ("heldout-bilingual81", 17, 17, 0),
    ("heldout-bilingual82", 17, 17, 0), ("heldout-bilingual84", 17, 17, 0),
    ("heldout-bilingual83", 17, 17, 1),  # its added sentence (an info kind) missed, as scored
    ("heldout-bilingual85", 17, 17, 0), ("heldout-bilingual86", 17, 16, 0),
    ("heldout-bilingual87", 17, 17, 0),
    ("heldout-bilingual88", 17, 17, 0),  # 16 as scored (its omission info by design then; fix96: a false cut
    # beside it now linked, so it is a warning)
    ("heldout-bilingual89", 17, 17, 1),  # its added sentence (an info kind) missed, as scored
    ("heldout-bilingual90", 17, 17, 1),  # its added sentence (an info kind) missed, as scored
    ("heldout-bilingual91", 17, 16, 0),  # 15 as scored (the untranslated clause, found since: fix93)
    ("heldout-bilingual92", 17, 17, 0),  # 16 as scored, with 1 false warning: BIL002 on '2' of 2往復 against
    # the changed 12元, the source's 往返两趟 unread as a number, and 21元 missed
    # (songxian-checun-baiyunshan-village-bus-line:11; fix95: trip counters, a number with its digits reordered);
    # 0 false warnings now, so no ceiling
    ("heldout-bilingual93", 17, 16, 0),  # 15 as scored, with 1 false warning: BIL003 on the closing sentence
    # 我能做的，就是把这段河看好。” rendered freely (yiyang-jinping-luohe-wetland-bird-ranger:19), both omissions missed
    # (fix96: a freely rendered sentence in its slot, editing signs); 0 false warnings now, so no ceiling; left: jinping:13
    ("heldout-bilingual94", 17, 16, 0),  # 15 as scored, with 0 false warnings and 0 on the clean pairs: both omissions
    # missed (luoning-shangge-dwarf-apple-orchard:15, a sentence's last clause beside a clause rendered freely;
    # luoning-guxian-reservoir-sturgeon-farm:15, a middle clause in a sentence not short); fix97: a translation's free
    # clauses render every clause anchored nowhere between the same neighbours; left: the sturgeon-farm clause
    ("heldout-bilingual95", 17, 17, 0),  # 17 as scored, with 0 false warnings and 3 on the clean pairs (its ceiling
    # above: 1 now)
    ("heldout-bilingual96", 17, 17, 0),  # 16 as scored, with 0 false warnings and 2 on the clean pairs (its ceiling
    # above: 0 now): the omission at yichuan-jiangzuo-mountain-bus-route-driver:11 missed (回来时捎上米面和药 lost from a
    # sentence the aligner left unlinked beside its translation, the two sharing no word: BIL003 at info only, as a
    # whole sentence with no translation); fix99: an unlinked source sentence and the one unlinked translated sentence
    # beside it that share beside-hanzi (2) hanzi apart are a pair (align.toml)
    ("heldout-bilingual97", 17, 16, 0),  # 15 as scored, with 0 false warnings and 0 on the clean pairs (no ceiling):
    # both omissions missed (xinan-tiemen-roadside-sour-noodle-shop:11, a clause with no number or name lost from a
    # translated sentence; xinan-cijian-family-pottery-kiln:9, a clause whose number, 三成, the translation has nowhere,
    # beside a translated clause anchored to no source clause that writes no number); fix100: a clause that loses a
    # number written as a number is rendered by no free clause of the translation that writes none; left: the tiemen
    # clause
    ("heldout-bilingual98", 17, 16, 0),  # 16 as scored, with 0 false warnings and 0 on the clean pairs (no ceiling):
    # the omission at mengjin-huimeng-yellow-river-ferry:17 missed (儿子不愿接班, a clause with no number or name lost
    # from a quotation, with no finding on its line even at info); fix101 changed no check of the pairs; left: that
    # clause
    ("heldout-bilingual99", 17, 16, 0),  # 16 as scored, with 1 false warning and 0 on the clean pairs: BIL003 on
    # 有时候一块石头要看好几天才敢下刀。 rendered freely as 1つの石を何日も眺めてから… (zhenping-shifosi-jade-carving-workshop:7:
    # the aligner's one-slot rule refused a pair holding a number); fix102: a one both sides count alike (一块 as 1つ,
    # numbers.shared_ones) no longer blocks it; 0 false warnings now, so no ceiling; the omission at shifosi:3 missed
    # (作坊在一条小巷的尽头, a clause with no number or name dropped inside a sentence, with no finding on its line
    # even at info); left: that clause
    ("heldout-bilingual100", 18, 16, 0),  # 16 as scored, with 0 false warnings and 0 on the clean pairs (no
    # ceiling): both omissions missed (fangcheng-guaihe-danshen-grower:11, 不能把根刨断, a clause with no number or
    # name dropped inside a sentence, with no finding on its line even at info; fangcheng-dushu-stone-monkey-maker:11,
    # the sentence 当地人说，石猴能辟邪，…拴在身上。 dropped at its paragraph's end, found only at info: BIL003 reads a
    # sentence with no glossary name cut at a paragraph's end from a translation that adds currency conversions as an
    # edition's cut, by design); fix103 changed no check of the pairs; left: both
    ("heldout-bilingual101", 18, 17, 0),  # 16 as scored, with 1 false warning and 1 on the clean pairs (its
    # ceiling above): BIL003 on 现在油坊一年要用两万多公斤芝麻。 rendered with its amount changed as
    # 今では工房で使うごまは年間2000キロ余りに上る。 (sheqi-lidian-sesame-oil-mill:13: the aligner left both unlinked, so
    # the number row '2000キロ' was missed); fix104: a sentence left out and one added in one slot, one number each
    # measured in one dimension, sharing a hanzi, are one sentence with its amount changed (align._measured_alike);
    # 0 false warnings now, so no ceiling; the omission at sheqi-raoliang-cotton-fluffing-shop:7 missed (晒过的棉花才蓬松,
    # a clause with no number or name, with no finding on its line); left: that clause
    ("heldout-bilingual102", 19, 17, 0),  # 17 as scored (08:04 UTC on 2026-12-07, main 4762baf0, at the fiftieth
    # session's end, nothing changed after), with 0 false warnings and 0 on the clean pairs (no ceiling): both
    # omissions missed (tanghe-guotan-peanut-grower:13, the clause 不然容易发霉 dropped at a sentence's end;
    # tanghe-yuantan-sorghum-broom-maker:11, the clause 扎紧了，笤帚才不散, also at its sentence's end: clauses with no
    # number or name, with no finding on their lines; left by design: real edited translations cut clauses, and a
    # length-only gate gave hundreds of false warnings when tried in the fiftieth session); fix105 changed no check of
    # the pairs; left: both
    ("heldout-bilingual103", 19, 17, 0),  # 17 as scored (08:54 UTC on 2026-12-07, main c65439e3, in the fifty-first
    # session, before any change made against it), with 1 false warning and 0 on the clean pairs: BIL003 on 两个人一轻一重,
    # a count of people opening a clause (xichuan-jingziguan-blacksmith-forge:9); fix106: a count of people that opens
    # a clause refers back to the people the sentence named (omitted_sentence.refers_back); 0 false warnings now, so no
    # ceiling; both omissions missed (jingziguan:11, the clause 做一把得花大半天; xichuan-xianghua-chili-paste-workshop:7,
    # the clause 再去掉辣椒把: clauses with no number or name, with no finding on their lines); left: both, by design
    ("heldout-bilingual104", 19, 18, 0),  # 17 as scored (09:08 UTC on 2026-12-07, main b3b4b648, in the fifty-first
    # session, before any change made against it), with 1 false warning and 0 on the clean pairs: BIL001 on 星, 秤星
    # referred back to by a part of its earlier mention (xinye-shian-steelyard-maker:11); fix107: such a part is a
    # rendering elsewhere (terms._part_of_before), and a whole short sentence of a link left in Chinese is untranslated
    # (不然竹片会裂 at xinye-shayan-bamboo-steamer-workshop:7, missed as scored); 0 false warnings now, so no ceiling;
    # the omission at shian:15 missed; left: that clause
    ("heldout-bilingual105", 19, 18, 0),  # 18 as scored (09:29 UTC on 2026-12-07, main 98d22da5, in the fifty-first
    # session, before any change made against it), with 0 false warnings and 0 on the clean pairs (no ceiling): the
    # omission at nanzhao-banshanping-acorn-jelly-workshop:11 missed (the clause 浆才能滤得细, with no number or name and
    # no finding on its line); fix108 changed no check of the pairs; left: that clause
    ("heldout-bilingual106", 19, 17, 0),  # as scored (09:52 UTC on 2026-12-07, main 9221c5d4, in the fifty-first
    # session, before any change made against it), with 0 false warnings and 2 warnings on the clean pairs (BIL002 on
    # '2' against 四 of 四周 and GRB010 on '掘る　田', clean-tongbai-maoji-rice-loach-training-handout:7, a handout's
    # numbered step); fix109: 四周 is a numeral-word unless a word of time follows, and a bare step number opening a
    # line starts a numbered heading; 0 on the clean pairs now, so no ceiling; both omissions missed
    # (tongbai-bujiang-wooden-bucket-maker:7, tongbai-pingshi-tin-ware-shop:9: a clause and a sentence with no number or
    # name, with no finding on their lines); left: both, by design
    ("heldout-bilingual107", 19, 18, 0),  # as scored (10:04 UTC on 2026-12-07, main d19cf100, at the fifty-first
    # session's end, before any change made against it), with 3 false warnings (all BIL003, its ceiling above) and 0 on
    # the clean pairs; fix110 changed no check of the pairs; the omission at dengzhou-shilin-yuba-workshop:9 missed (a
    # clause with no number or name, with no finding on its line); left: that clause and the three warnings
    ("heldout-bilingual108", 19, 19, 0),  # 16 after fix111 (see below); as scored (10:54 UTC on 2026-12-07, main 2b44a50b, the fifty-first
    # session's final code, nothing changed after), with 0 false warnings and 1 on the clean pairs (its ceiling above):
    # number 3/5 (2か月 at wolong-angao-cloth-shoe-workshop:17 and 10日間 at wolong-pushan-cowhide-drum-maker:11
    # missed), the omission at pushan:11 missed; fix111 after it: a 2-1 paragraph link gives an added paragraph the
    # source paragraph it fits (align._given_back: 2か月) and a paragraph left out beside one added in one slot is
    # their pair (align._paragraph_slot: 10日間 and the omission), and the clean pair's voice message is measured with
    # its rest: 19/19, 0 on the clean pairs
    ("heldout-bilingual109", 19, 19, 0),  # as scored (11:23 UTC on 2026-12-07, main ef11a56f, fix111 in, in the
    # fifty-second session, before any change made against it, nothing fixed against it), with 0 false warnings and 0
    # on the clean pairs: term 9/9, number 6/6, omission 2/2, untranslated 2/2; info kinds 2/2
    ("heldout-bilingual110", 19, 18, 0),  # as scored (11:31 UTC on 2026-12-07, main f54808d0, code as ef11a56f:
    # fix111 in, in the fifty-second session, before any change made against it), with 0 false warnings and 1 on the
    # clean pairs (its ceiling above): term 10/10, number 5/5, omission 1/2, untranslated 2/2; info kinds 2/2; the
    # omission at xiping-quanzhai-handloom-cloth-weaver:7 missed (一斤线要用二两小米: 一斤 a unit named by 一, no number by
    # design, and 两 as a unit of weight not read); fix113 after it changed glossary suggest only; left: both
    ("heldout-bilingual111", 19, 19, 0),  # as scored (12:10 UTC on 2026-12-07, main a4cb5b8d, code as f15de4de:
    # fix114 in, in the fifty-second session, before any change made against it), with 0 false warnings and 1 on the
    # clean pairs: term 10/10, number 5/5, omission 2/2, untranslated 2/2; info kinds 2/2; the clean-pair warning, BIL003
    # on 每墩留三到四根 (clean-queshan-liuzhuang-asparagus-coop-meeting-minutes:7, the clause rendered in the next
    # sentence with its numbers, 1株に3本から4本…), gone since fix115 (a clause whose numbers are all in its paragraph's
    # translation is there, 根 a counter): 0 on the clean pairs, so no ceiling
    ("heldout-bilingual112", 19, 19, 0),  # as scored (12:38 UTC on 2026-12-07, main cdee7adf, code as 930a9419:
    # fix115 and real67 in, in the fifty-second session, before any change made against it), with 2 false warnings and
    # 0 on the clean pairs: term 9/9, number 6/6, omission 2/2, untranslated 2/2; info kinds 2/2; the false warnings,
    # BIL003 on 她会唱的长篇书目有十几部 (pingyu-sheqiao-zhuizi-ballad-singer:9, rendered 長編の演目は十数編あり: 編 no
    # counter then) and BIL002 on '2.5' against 两 (pingyu-yangbu-traditional-egg-hatchery:15: 两元五角 read as 2
    # yuan), gone since fix116 (an amount in yuan and its subunits is one amount; 編 a counter): 0 now, so no ceiling
    ("heldout-bilingual113", 19, 19, 0),  # as scored (12:56 UTC on 2026-12-07, main c128411a, fix116, the
    # fifty-second session's final code, at its end, before any change made against it, nothing fixed against it),
    # with 0 false warnings and 0 on the clean pairs: term 10/10, number 5/5, omission 2/2, untranslated 2/2; info kinds
    # 2/2; no ceiling needed
    ("heldout-bilingual114", 19, 19, 0),  # as scored (13:47 UTC on 2026-12-07, main ac8ac77b, code as 98e2a4e5, in
    # the fifty-third session, before any change made against it), with 0 false warnings and 0 on the clean pairs:
    # term 10/10, number 5/5, omission 2/2, untranslated 2/2; info kinds 2/2; fix117 after it changed glossary suggest
    # only (7 -> 9 of 9); no ceiling needed
    ("heldout-bilingual115", 19, 19, 0),  # 18 as scored (14:23 UTC on 2026-12-07, main 4888348b, real68's commit, the
    # fifty-third session's code then, before any change made against it), with 1 false warning and 0 on the clean
    # pairs: term 9/9, number 5/6, omission 2/2, untranslated 2/2; info kinds 2/2; missed 200元 for 三百元
    # (xincai-liancun-porcelain-staple-mender:9: the 300 of the conversion 15元（約300円） earlier in the sentence taken
    # for it); the false warning, BIL001 on 一滴 for 锔钉 (liancun:13, in the sentence whose clause 前后打了二十四个锔钉 is
    # omitted, annotated and found as omission); fix118 after it: an amount's conversion in another currency is not
    # the source number's (BIL002), and a term of a clause BIL003 reports left out is lost with it (BIL001): 19/19 with
    # 0 false now, so no ceiling
    ("heldout-bilingual116", 19, 19, 0),  # as scored (14:36 UTC on 2026-12-07, main fa8250a3, code as e4d7aa80,
    # fix118, the fifty-third session's code then, at its end, before any change made against it; output identical
    # under the one code change after, 6473a299), with 0 false warnings and 1 on the clean pairs (its ceiling above,
    # 0 since fix120): term 10/10, number 5/5, omission 2/2, untranslated 2/2; info kinds 2/2
    ("heldout-bilingual117", 19, 19, 0),  # 18 as scored (15:23 UTC on 2026-12-07, main dc3e7058, code as 0d4f9138,
    # in the fifty-fourth session, before any change made against it), with 0 false warnings and 0 on the clean
    # pairs: term 10/10, number 4/5, omission 2/2, untranslated 2/2; info kinds 2/2; missed 250元 for 两百元
    # (shangshui-lianji-piano-tuner:13: the sentence, whose translation adds two conversions, left unlinked, so no
    # BIL002); fix120 after it: a translated sentence's length read without its conversions, and align._merged_back:
    # 19/19 now, so no ceiling
    ("heldout-bilingual118", 19, 19, 0),  # as scored (16:09 UTC on 2026-12-07, main 26ab8e82, code as 603c4e05,
    # fix120 and real69, in the fifty-fourth session, before any change made against it), with 0 false warnings and 1
    # on the clean pairs: BIL003 on 每份午餐两荤一素一汤，老人只需付三元，… (clean-luoshan-zhoudang-elderly-canteen-bulletin:5:
    # a sentence translated as two, the first rendering the menu by meaning with a conversion, left unlinked); term 9/9,
    # number 6/6, omission 2/2, untranslated 2/2; info kinds 2/2; fix121 after it: a part of a merge or split that writes
    # a number of the other side is not unrelated (align._shares_a_number): 0 on the clean pairs now, so no ceiling
    ("heldout-bilingual119", 19, 19, 0),  # 18 as scored (16:36 UTC on 2026-12-07, main d406bd4d, code as fd564cba,
    # fix121, in the fifty-fourth session, before any change made against it), with 0 false warnings and 0 on the
    # clean pairs: term 10/10, number 4/5, omission 2/2, untranslated 2/2; info kinds 2/2; missed 1.6メートル for 一米八
    # (dancheng-wutai-mulberry-pitchfork-grower:11: a length in spoken Chinese, 1.8 m, its decimal a bare digit after
    # the unit, read as 1, so no BIL002); fix122 after it: spoken decimals after a unit of length read
    # (numbers._spoken_decimals): 19/19 now, so no ceiling
    ("heldout-bilingual120", 19, 19, 0),  # 18 as scored (17:14 UTC on 2026-12-07, main 730b9ee1, code as adeaeb4c,
    # fix122 and the anchor-key rename, in the fifty-fourth session, before any change made against it), with 1 false
    # warning and 0 on the clean pairs: term 10/10, number 4/5, omission 2/2, untranslated 2/2; info kinds 2/2; missed
    # 20日 and the false warning on the same line (luyi-wangpiliu-genealogy-repairer:13: 十到十五天 rendered 10日から20日,
    # the 十 before 到 not read as a number, so BIL002 reported the 10 against 十五 and missed the 20); fix123 after it:
    # 十 before a range's mark shares the counter after the range's other end (numbers._shares_counter): 19/19 with 0
    # false now, so no ceiling
    ("heldout-bilingual121", 19, 19, 0),  # 18 as scored (17:50 UTC on 2026-12-07, main 087a22f0, code as 59ce3c75,
    # fix123 and a variable rename, the fifty-fourth session's final code, at its end, before any change made against
    # it), with 1 false warning and 0 on the clean pairs: term 9/9, number 5/6, omission 2/2, untranslated 2/2; info
    # kinds 2/2; missed 8キロ and the false warning on the same line (taikang-xunmukou-migratory-beekeeper:9: 十来天,
    # ten-odd days, its 十 before 来 not read as a number, so BIL002 reported the 10 against 五); fix124 in the
    # fifty-fifth session: 来 after 十 is a word of "about ten" (numbers.toml ten-approx): 19/19 with 0 false now
    ("heldout-bilingual122", 19, 19, 0),  # 16 as scored (18:15 UTC on 2026-12-07, main 6d7eb739's code, the
    # fifty-fifth session's first pair, before any change made against it), with 2 false warnings and 1 on the clean
    # pairs: term 10/10, number 4/5, omission 0/2, untranslated 2/2; info kinds 2/2; fix124 after it (align: a
    # paragraph that lost its first sentence kept as one paragraph, a split part whose count changed by one digit,
    # a sentence split in two with a free second half; 十来 read as 10): 19/19 with 0 false and 0 on the clean pairs
    ("heldout-bilingual123", 19, 18, 0),  # as scored (19:21 UTC on 2026-12-07, main 4a75537e, fix125, the
    # fifty-fifth session's code then, its second pair, before any change made against it, nothing fixed against it;
    # fix126 and real71 after it leave its output as scored), with
    # 0 false warnings and 0 on the clean pairs: term 10/10, number 5/5, omission 1/2, untranslated 2/2; info kinds
    # 2/2; missed an omitted sentence with a number (huaiyang-lutai-hearing-aid-fitter:9)
    ("heldout-bilingual124", 19, 18, 0),  # as scored (20:09 UTC on 2026-12-07, main 6bbeb58e, real71 after fix126,
    # the fifty-fifth session's final code, at its end, its third and last pair, before any change made against it,
    # nothing fixed against it), with 0 false warnings and 0 on the clean pairs: term 9/9, number 5/6, omission 2/2,
    # untranslated 2/2; info kinds 2/2; missed a changed number (xihua-niedui-film-projectionist:11, '3元')
    ("heldout-bilingual125", 19, 18, 0),  # 19 as scored (20:45 UTC on 2026-12-07, main d6ae3128's code, the
    # fifty-fifth session's final code, the fifty-sixth session's first pair, before any change made against it), with
    # 1 false warning and 0 on the clean pairs: term 10/10, number 5/5, omission 2/2, untranslated 2/2; info kinds 2/2;
    # the false warning a BIL003 on a quoted sentence that is translated (fugou-cuiqiao-wooden-pitchfork-maker:15), and
    # the omission row on line 11 matched by a BIL003 warning that named the wrong sentence (他说，心急的人…, translated
    # as a quotation), while the sentence left out (烤好的杈头…定型七天) was only info; fix128 after it (align: a shift
    # linked in place, words said unquoted after 说， counted as quotation marks; BIL003 same-counters) links the
    # quotation to its source, so BIL003 names the right sentence, still at info (七 is no significant number): 18/19
    # with 0 false and 0 on the clean pairs; left: that omission at info
    ("heldout-bilingual126", 19, 19, 0),  # as scored (21:34 UTC on 2026-12-07, int56 7ba1c6c7: fix127, fix129, an
    # earlier form of fix128 and real72 on 7857a8fb, the fifty-sixth session's final code, at its end, its second and
    # last pair, before any change made against it, nothing fixed against it; fix128's final form leaves its output as
    # scored), with 0 false warnings and 0 on the clean pairs: term 10/10, number 5/5, omission 2/2, untranslated 2/2;
    # info kinds 2/2
    ("heldout-bilingual127", 19, 18, 0),  # as scored (22:44 UTC on 2026-12-07, main 1861f6aa: fix130 and a review
    # mend, the fifty-sixth session's final code, at its end, its third and last pair, before any change made against
    # it, nothing fixed against it), with 0 false warnings and 0 on the clean pairs: term 9/9, number 6/6, omission 2/2,
    # untranslated 1/2; info kinds 2/2; missed an untranslated clause (shangcheng-wangqiao-mountain-postman:13,
    # '一年能跑一百多趟腿')
    ("heldout-bilingual128", 19, 19, 0),  # 18 as scored (23:09 UTC on 2026-12-07, main 6d011d06's code, src as
    # 1861f6aa, the fifty-sixth session's final code, the fifty-seventh session's first pair, before any change made
    # against it), with 0 false warnings and 1 on the clean pairs: term 10/10, number 4/5, omission 2/2, untranslated
    # 2/2; info kinds 2/2; missed a changed number ('3メートル' for 两米, huangchuan-sanpo-hollow-noodle-maker:9, the
    # paragraph's other 2, 两根 as 2本, taken as rendering it); the clean-pair warning a BIL003 on 「秧盘由本社统一提供，」
    # (clean-huangchuan-jiangjiaji-rice-transplanting-booking-notice:9), a source sentence the translation split in
    # three, left unlinked (1-0 beside three 0-1); fix132 after it (BIL002 _recounted: a repeated number changed beside
    # a unit of one dimension; align._gathered: one source sentence linked to three): 19/19 with 0 false and 0 on the
    # clean pairs
    ("heldout-bilingual129", 19, 19, 0),  # as scored (00:06 UTC on 2026-12-08, main feeb8795: fix131, fix132,
    # fix133, real73 and real74, the fifty-seventh session's final code, at its end, its second and last pair, before
    # any change made against it, nothing fixed against it), with 0 false warnings and 0 on the clean pairs: term
    # 10/10, number 5/5, omission 2/2, untranslated 2/2; info kinds 2/2
    ("heldout-bilingual130", 19, 18, 0)])  # as scored (00:37 UTC on 2026-12-08, main 931a6aa9, src as feeb8795: the
    # fifty-seventh session's final code, at its end, its third and last pair, before any change made against it,
    # nothing fixed against it), with 0 false warnings and 0 on the clean pairs: term 10/10, number 5/5, omission 1/2,
    # untranslated 2/2; info kinds 2/2; missed an omission (pingqiao-hudian-fish-pond-winter-netting:7, the clause
    # 一网下来要一个多小时 left out, not reported at any severity)
def test_former_held_out_sets_keep_their_development_figures(name, annotated, detected, info_missed):
    module = _scorer()
    d = module.evaluate(module.SETS[name]).as_dict()
    assert d["strict"]["annotated"] == annotated
    assert d["strict"]["detected"] >= detected, d["missed"]
    assert len(d["false_warning_list"]) <= FALSE_WARNING_CEILINGS.get(name, 0), d["false_warning_list"]
    # no warning of any family on a clean pair; heldout-bilingual6's one name-rule warning (NAM006 on a district's
    # reading used as its name) belongs to the name rules' precision work, not to the BIL rules
    clean = [w for w in d["clean_warning_list"] if name != "heldout-bilingual6" or " NAM006 " not in w]
    assert len(clean) <= CLEAN_PAIR_CEILINGS.get(name, 0), clean
    assert d["info_kinds"]["detected"] >= d["info_kinds"]["annotated"] - info_missed
    assert _table_row(name, "development since scored once", d["strict"]), "docs/accuracy.md's bilingual table is stale"


def _table_row(name: str, used_for: str, strict: dict) -> bool:
    """docs/accuracy.md's bilingual table has this set's strict figures as measured now."""
    row = f"| `tests/{name}/`"
    return any(line.startswith(row) and f" | {used_for} | BIL (strict kinds) | {strict['annotated']} | {strict['detected']} | "
               in line for line in accuracy_tables().splitlines())


def test_accuracy_row_is_current(score):
    assert _table_row("bilingual", "development", score["strict"]), "docs/accuracy.md's bilingual table is stale"


def test_info_kinds_found(score):
    assert score["info_kinds"]["detected"] == score["info_kinds"]["annotated"] >= 4, score["missed"]


def test_no_false_warnings_and_clean_pair_silent(score):
    assert score["false_warning_list"] == []
    assert score["clean_warning_list"] == []


def test_check_annotations_validates_a_bilingual_set_without_linting(monkeypatch, capsys):
    import textqa.runner

    def no_lint(*a, **k):
        raise AssertionError("--check-annotations must not lint")

    monkeypatch.setattr(textqa.runner, "lint_one", no_lint)
    evaluate = load_evaluate()
    assert evaluate.main(["--set", "bilingual", "--check-annotations"]) == 0
    out = capsys.readouterr().out
    assert "tests/bilingual/annotations.tsv:" in out and "0 problem(s)" in out


def test_check_annotations_reports_a_surface_not_on_its_line(tmp_path, monkeypatch, capsys):
    evaluate_bilingual = load_script("evaluate_bilingual")
    folder = tmp_path / "set"
    (folder / "pairs").mkdir(parents=True)
    (folder / "pairs" / "a.ja.txt").write_text("一行目。\n", encoding="utf-8")
    (folder / "annotations.tsv").write_text(
        "file\tline\tsurface\tfamily\tkind\tentity\tsuggestion\n"
        f"{(folder / 'pairs' / 'a.ja.txt').as_posix()}\t1\t二行目\tBIL\tuntranslated\t\t\n", encoding="utf-8")
    monkeypatch.setitem(evaluate_bilingual.SETS, "scratch", folder)
    assert evaluate_bilingual.check("scratch") == 1
    captured = capsys.readouterr()
    assert "'二行目' is not on" in captured.err and "1 problem(s)" in captured.out


def test_locate_puts_a_number_row_on_its_standalone_occurrence(tmp_path):
    """A number row's surface sits where it stands alone, not inside a longer number before it on the line
    ('25' in '250', '7' in '（17）', '75' in '3.75'); the k-th row of a surface takes the k-th standalone place, and
    a surface found only inside numbers keeps its first occurrence, and one more row than standalone places
    its k-th occurrence ('250' in '1,250' for the second row of '250')."""
    evaluate_bilingual = _scorer()
    text = "倉庫は250平方メートル（17区画）、単価3.75元で、25人が7日、25人が7日、延べ1,250時間働いた。"
    path = tmp_path / "a.ja.txt"
    path.write_text(text + "\n", encoding="utf-8")
    rows = [evaluate_bilingual.Row(path.as_posix(), 1, surface, kind, "", n) for n, (surface, kind) in enumerate(
        [("25", "number"), ("7", "number"), ("25", "number"), ("7日", "number"), ("75", "number"),
         ("250", "number"), ("250", "number")])]
    assert evaluate_bilingual.locate(rows) == []
    assert [r.start for r in rows] == [text.index("25人"), text.index("7日"), text.rindex("25人"),
                                       text.index("7日"), text.index("75元"), text.index("250"), text.rindex("250")]
