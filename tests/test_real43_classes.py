"""real43: one test per class of false alarm found on real Japanese pages of the registers the forty-third batch
gathered (Chinese media's Japanese editions and their converted mirrors, Xinhua and CRI items, Taiwanese media and
news threads, Hong Kong travel blogs, wiki mirrors with infoboxes, Lu Xun in Aozora notation, mapo tofu recipes,
study-abroad and visa Q&A, embassy and consulate notices, a bilingual visa-centre notice, blogs on Chinese phones);
own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

BODY = ("1.星河センターは月曜日から金曜日まで午前9時から午後5時まで開館し、旅券を持つ日本国民の申請を受け付けています。\n\n"
        "(星河中心周一至周五上午9时至下午5时开放,受理持普通护照的日本国民的申请。)\n\n"
        "2.土曜日と日曜日は休館します。急ぎの申請については電話で相談を受け付けていますので、事前にご連絡ください。\n\n"
        "(星期六和星期日休馆。紧急的申请可以电话相谈,请事前联系。)\n")
HEADING = "星河センター開館時間についてのご説明\n\n(关于星河中心开放时间的说明)\n\n"
KEYWORD = ("Lumora(ルモラ)は中国発の家電ブランドです。ルモラ カメラは安くて人気です。"
           "ルモラ カメラの画質も良いので、ルモラ カメラを買う人が増えています。\n")

SOUVENIRS = ("香港旅行のお土産編\n\n・萬壽涼茶@星河藥行\n・花生糖、椰子糖@旺角の糖果專門店\n・蜜棗@上環の乾物屋\n"
             "・陳皮@西環の問屋\n\nどれも美味しかった。\n")

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB004: a list's number and its parenthesis right after the ellipsis or the colon that introduces the list
    # (必要なもの…1)旅券): a list marker, as one after a space or a comma is
    ("a list's 1) right after the ellipsis that introduces it",
     "留学に必要なものは次のとおりです。\n観光ビザに必要なもの…1)旅券の原本、2)写真、3)申請書\n", None),
    ("a list's 1) right after a full-width colon", "持ち物：1)筆記用具、2)上履き\n", None),
    # ... a ) after the ellipsis that numbers nothing still closes nothing
    ("a ) after an ellipsis that numbers nothing", "観光ビザに必要なもの…旅券)と写真\n", "GRB004"),
    # GRB001: a notice that sets each paragraph's Chinese after it in parentheses: a short heading's original, all a
    # parenthesis holds, below the heading it shares two pairs of kanji with, is one more such pair
    ("a heading's original in parentheses in a notice given in both languages", HEADING + BODY, None),
    # ... the same heading and its original in a text with no other paragraph given in both languages
    ("the same heading and original with no pairs below", HEADING + "1.土曜日と日曜日は休館します。\n", "GRB001"),
    # GRB009: a brand the text reads in katakana after its Latin name (Lumora(ルモラ)), a space and an ordinary word,
    # written so three times: a blog's search keyword, as typed
    ("a brand and a word parted by a space thrice, the brand read after its Latin name", KEYWORD, None),
    # ... written so twice, or with no Latin name that the brand reads, it is a word split
    ("the same brand and word twice", KEYWORD.replace("ルモラ カメラを買う", "ルモラのカメラを買う"), "GRB009"),
    ("the same keyword thrice with no Latin name", KEYWORD.replace("Lumora(ルモラ)", "ルモラ"), "GRB009"),
    # GRB009, from the batch's set-aside pages after their one scoring: a page's breadcrumb of ordinary words run
    # into the headline after it (ホーム ニュース 星河》…): words set apart as a label sets them, opening their line
    ("a breadcrumb of ordinary words run into the headline", "ホーム ニュース 星河》市長が会見、記者は驚いた?\n", None),
    # ... a compound split in running text, a space after it or not, is still a word split
    ("a compound split in running text", "市はデータ センター 建設を急いでいる。\n", "GRB009"),
    # GRB013, from the same pages: a travel blog's list of what was bought where, each line a bullet, the items and
    # an @ before the shop or the place (・花生糖、椰子糖@旺角の糖果專門店): items and shops named as their packets and signs
    # print them
    ("items and the shop of a bulleted line with an @", SOUVENIRS, None),
    # ... the same words in a sentence are a conversion's
    ("the same words in a sentence", "お土産に萬壽涼茶を星河藥行で買い、旺角の糖果專門店で花生糖を、上環で蜜棗を買った。\n",
     "GRB013"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
