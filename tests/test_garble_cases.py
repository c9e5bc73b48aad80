"""GRB rules against the bad and good examples in tests/data/garble/cases.txt."""
from __future__ import annotations

import re

import pytest

from conftest import DATA
from textqa import lint_text

CASES = DATA / "garble" / "cases.txt"
MARK = re.compile("⟦(.*?)⟧", re.S)  # a mark may span a line break


def _cases():
    code, out = None, []
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            code = line[3:].strip()
        elif line.startswith(("bad: ", "good: ")):
            kind, text = line.split(": ", 1)
            out.append(pytest.param(code, kind, text.replace("\\n", "\n"), id=f"{code}-{kind}-line{n}"))
    return out


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans = "", []
    pos = 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    return text + marked[pos:], spans


def test_every_rule_has_bad_and_good_cases():
    from textqa.rules.garble import FAMILY

    kinds = {(p.values[0], p.values[1]) for p in _cases()}
    for rule in FAMILY:
        assert (rule.code, "bad") in kinds and (rule.code, "good") in kinds, rule.code


@pytest.mark.parametrize("code,kind,marked", _cases())
def test_case(code, kind, marked):
    text, expected = _unmark(marked)
    findings = lint_text(text)
    mine = sorted((f.span.start, f.span.end) for f in findings if f.code == code)
    if kind == "bad":
        assert expected, "a bad case must mark its damage"
        assert mine == expected, [(f.code, f.surface) for f in findings if f.code == code]
    else:
        assert mine == []
        warned = [(f.code, f.surface) for f in findings if f.code.startswith("GRB") and f.severity.value != "info"]
        assert warned == []


@pytest.mark.parametrize("text, word", [
    ("専門家は「curator の数が足りない」と述べた。職員の hiring は進まない。", "curator"),  # after 「
    ("会議では、いわゆる outsourcing も議題になった。次回は budget の話だ。", "outsourcing"),
    ("手順では、git で最後の commit を取り消す。", "commit"),  # technical Japanese writes terms so: hence only info
])
def test_a_lone_english_word_set_off_by_spaces_before_a_particle_is_only_info(text, word):
    """In a text that writes other lowercase English too (a second term, a command): English mixed in on purpose."""
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"]
    assert (word, "info") in found and not [w for w, sev in found if sev != "info"], found


@pytest.mark.parametrize("text, word", [
    ("会議では、いわゆる outsourcing も議題になった。", "outsourcing"),
    ("店では窓辺を飾る vintage の品として人気がある。", "vintage"),
    ("若者の間で garden 用品が売れている。", "garden"),  # before a kanji word
    ("この茶は gentle な味わいだ。", "gentle"),  # as an adjective before な
])
def test_the_texts_one_english_word_set_off_by_spaces_is_a_warning(text, word):
    """The text's one lowercase word of Latin letters, an ordinary English word inside a Japanese clause: a
    translation's leftover, as a glued word is."""
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"]
    assert found == [(word, "warning")], found


@pytest.mark.parametrize("text, word, severity", [
    # an ordinary English word (data/english_words.txt) glued inside a Japanese clause: a translation's leftover
    ("村では毎年秋、harvestの祭りが三日間開かれる。", "harvest", "warning"),
    ("干潟の多い湾では、tidelandと呼ばれる浅瀬で貝を育てている。", "tideland", "warning"),  # a closed compound
    ("専門家は「この湾はmarsh 保護の手本だ」と話した。", "marsh", "warning"),  # spaced from the kanji after it
    ("漁師は「今年のharvestは悪くない」と話した。", "harvest", "warning"),  # inside translated speech: prose too
    ("職人は版画家と組み、woodcut の展示を開いた。", "woodcut", "warning"),  # SCOWL's medium size (50) has it
    ("柚子の皮を煮ると、zingyな後味の菓子になる。", "zingy", "warning"),  # SCOWL's size 55 has it
    ("春の庭は、blossomy な香りに包まれる。", "blossomy", "warning"),  # and its size 60
    # the word that begins a sentence after 。, spaced from the particle after it: a leftover as much as after 、
    ("港の市場は朝に開く。harvest の祝いには村の人が集まった。", "harvest", "warning"),
    ("窯元は新しい器を並べた。pottery 向けの土は近くの山で採る。", "pottery", "warning"),
    # the same word set apart on purpose, or a name: only info
    ("港の倉庫はウェアハウスwarehouseの名で呼ばれる。", "warehouse", "info"),  # beside its katakana reading
    ("そこで、youtubeで昔の試合を探してみた。", "youtube", "info"),  # the dictionary's name: a brand in lowercase
    ("旅の締めくくりに、sushiを食べた。", "sushi", "info"),  # a Japanese word in romaji, which English took as a loan
    ("旅は終わった。sushi の店にも寄った。", "sushi", "info"),  # after 。 too
    ("店は二階にある。youtube の動画で紹介された。", "youtube", "info"),
    # an ordinary English word that SudachiPy also has as a name (fresh, rich), standing as a Japanese adjective
    # before な and a noun: a brand takes no な, so the word is a leftover; the same word as a name, no な after it,
    # stays the dictionary's name
    ("朝市の名物は、fresh な香りの夏野菜だ。", "fresh", "warning"),
    ("この干物は、rich な味わいで知られる。", "rich", "warning"),
    ("その店は、fresh の名で知られる。", "fresh", "info"),
])
def test_a_lone_english_word_inside_a_clause_is_a_warning_only_on_strong_evidence(text, word, severity):
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"]
    assert found == [(word, severity)], found


# an English lesson (invented): half its letters are Latin, so its English words among the Japanese are on purpose
ENGLISH_LESSON = ("Lesson 3: At the market\n\nI bought some apples and a bag of rice at the market.\n"
                  "私は市場でりんごを少しと米を一袋買いました。\n\nThe apples were fresh and cheap.\n"
                  "りんごは新鮮で安かったです。\n\n"
                  "今日の単語marketは「市場」、appleは「りんご」という意味です。")


def test_a_lone_english_word_in_a_text_written_in_english_too_is_only_info():
    found = [(f.surface, f.severity.value) for f in lint_text(ENGLISH_LESSON) if f.code == "GRB002"]
    assert found == [("market", "info"), ("apple", "info")], found


def test_ordinary_english_reads_the_word_list_and_closed_compounds():
    from textqa.rules.garble.english_fragment import ordinary_english

    assert ordinary_english("harvest") and ordinary_english("race")
    assert ordinary_english("longline")  # long + line, each in the list
    assert not ordinary_english("dongfang")  # two pinyin syllables, each also an English word
    assert not ordinary_english("long")  # one pinyin syllable under five letters: Chinese as often as English
    assert not ordinary_english("youtube") and not ordinary_english("bilibili")


@pytest.mark.parametrize("text, word, severity", [
    # a number and capitals that begin an English phrase (3D, 4K) with a dictionary word after them: a phrase left
    # in English, as two lowercase words are
    ("複製には3D scanning の技術も使われた。", "3D scanning", "warning"),
    ("会場では4K video で試合を流した。", "4K video", "warning"),
])
def test_a_dictionary_word_after_a_number_and_capitals_is_an_english_phrase(text, word, severity):
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"]
    assert found == [(word, severity)], found


@pytest.mark.parametrize("text", [
    "複製には3Dスキャンの技術も使われた。",  # the Japanese word
    "会場では3D の映像を流した。",  # the number and capitals alone
    "新型の5G 対応機種が並んだ。",
    "Galaxy S23 Ultra を買った。",  # a product's name
])
def test_a_number_and_capitals_without_an_english_word_is_no_phrase(text):
    assert not [f for f in lint_text(text) if f.code == "GRB002" and f.severity.value != "info"]


@pytest.mark.parametrize("text, word, severity", [
    # a lone converted compound whose ordinary word is in old forms beside a form only Japanese has (芸 for 藝): one
    # word in two orthographies, a conversion's leftover
    ("湖州の筆は傳統工芸として知られ、市は毎年秋に祭りを開く。", "傳統工芸", "warning"),
    # a dish's name keeps its old form (絲) beside a Japanese one (醤), in no word of its own
    ("本日のおすすめは京醤肉絲です。", "京醤肉絲", "info"),
    # old forms only: a title or a citation may keep them; after a form label (原題) the run is the title it names
    ("小説の原題故鄕は、作者の村を指す。", "原題故鄕", "info"),
    # a short run of two everyday nouns, one converted, no label before it: prose run through a conversion
    ("村は今年、竹細工の傳統技術を学ぶ教室を開き、経費は県が出す。", "傳統技術", "warning"),
    ("工場は品質檢査の手順を見直し、続けて設備も改めた。", "品質檢査", "warning"),
])
def test_a_lone_converted_compound_is_sure_when_it_mixes_two_orthographies(text, word, severity):
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB013"]
    assert found == [(word, severity)], found


LOST_NAME = "zh\tja\ttype\treading\taccept\treject\tnote\n何华武\t何華武\tperson\t\t\t\tengineer\n"


@pytest.mark.parametrize("text, lost", [
    # a `?` after a question word (何) is a question's mark, unless the kanji around it begin and end a glossary form:
    # a name that begins with 何 lost a character
    ("研究院を訪れた何?武院士は、「次の目標だ」と述べた。", ["?"]),
    ("何?どうしたの。何華武院士は語った。", []),  # a question: no form begins 何 and ends どう
    ("これは何? 武士の刀だ。", []),  # spaced: a question's mark
])
def test_a_question_mark_inside_a_glossary_form_is_a_lost_character(text, lost):
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    glossary = Glossary(parse_glossary(LOST_NAME))
    assert [f.surface for f in lint_text(text, glossary) if f.code == "GRB014"] == lost
    assert [f.surface for f in lint_text(text) if f.code == "GRB014"] == []  # no glossary: read as a question


@pytest.mark.parametrize("text, lost", [
    # a `?` after a question word before an honorific read as a name's suffix: a surname that lost a character (何,
    # 誰 may be questions; no question's mark comes before さん or 氏), sure even where the text asks elsewhere
    ("工房を営む何?さんは「客が来ると楽しい」と笑う。", [("?", "warning")]),
    ("本当に来るの? 茶園を継いだ何?氏は首を振った。", [("?", "warning")]),
    ("何?君はどう思う。", []),  # 君 a pronoun after a question
])
def test_a_question_mark_before_an_honorific_is_a_lost_character_of_a_name(text, lost):
    assert [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB014"] == lost


# Chinese dishes in their Japanese restaurant spelling (invented pages): two old-form dish names (絲) made a
# conversion "sure"; a run the dictionary knows whole and keeps as written (青椒肉絲) is Japanese
DISH_PAGES = [
    # a recipe page
    "# 青椒肉絲の作り方\n\n豚肉は細切りにして下味をつけます。京醤肉絲と同じく、肉は強火で手早く炒めるのがこつです。\n\n"
    "ピーマンを加え、青椒肉絲の合わせ調味料を回しかけたら完成です。",
    # a restaurant menu
    "## 本日のメニュー\n\n- 京醤肉絲 1,200円\n- 青椒肉絲 1,100円\n- 回鍋肉 1,000円\n- 麻婆豆腐 950円\n- 棒棒鶏 800円\n"
    "- 担々麺 900円\n- 小籠包（4個） 600円\n- 魯肉飯 850円\n- 東坡肉 1,500円\n- 北京烤鴨（半羽） 4,800円",
    # a food blog
    "週末は横浜の中華街へ。前菜の棒棒鶏に続いて、京醤肉絲と青椒肉絲を頼みました。"
    "締めの小籠包まで大満足。次は東坡肉と魯肉飯を食べに来たいと思います。",
]


@pytest.mark.parametrize("text", DISH_PAGES)
def test_dish_names_in_their_japanese_spelling_stay_below_warning(text):
    assert not [f for f in lint_text(text) if f.code == "GRB013" and f.severity.value != "info"]


def test_converted_words_beside_dish_names_are_still_warnings():
    text = DISH_PAGES[2] + "\n\n政府は傳統工芸の振興策を發表した。觀光客は増えている。"
    found = {f.surface for f in lint_text(text) if f.code == "GRB013" and f.severity.value != "info"}
    assert {"傳統工芸", "發表", "觀光客"} <= found and "青椒肉絲" not in found, found


# a social-media timeline (invented): its writers double a mark as a style (GRB007 only info); a text with no more
# than one kind of casual mark (a hashtag) and news prose keep it a warning
CASUAL_TIMELINE = ("はるか🌸 @haruka_tabi · 5月3日 11:02\n駅前の屋台、もう行列できてるｗ\n#春祭り\n\n"
                   "はるか🌸 @haruka_tabi · 5月3日 12:40\n焼きそば売り切れだって。。かなしい、、")


def test_a_doubled_mark_in_a_casual_timeline_is_only_info():
    found = [(f.surface, f.severity.value) for f in lint_text(CASUAL_TIMELINE) if f.code == "GRB007"]
    assert found == [("。。", "info"), ("、、", "info")], found


@pytest.mark.parametrize("text", [
    "市は新しい計画を発表した。。住民の反応はさまざまで、、説明会が注目される。",
    "#春祭り の会場は昼から混雑した。。運営は入場を制限した、、という。",
])
def test_a_doubled_mark_outside_a_casual_register_is_a_warning(text):
    found = [f.severity.value for f in lint_text(text) if f.code == "GRB007"]
    assert found == ["warning", "warning"], found


# a personal profile (invented) whose writer trails off after a sentence left unfinished: its 。。 closing the line is
# only info; the same doubled mark after a whole sentence, or going on into the next one, stays a warning
@pytest.mark.parametrize("text, severity", [
    ("星河に来てからは毎日が新鮮で、楽しい。\nあれほど夢中だった練習のことも忘れてしまうほど。。", "info"),
    ("月湖の祭りにも行きたかったけど。。\n今年は仕事でした。", "info"),
    ("星河に来てからは毎日が新鮮で、楽しい。\n練習のことは忘れてしまった。。", "warning"),
    ("練習のことも忘れてしまうほど。。毎日が楽しい。", "warning"),
])
def test_a_doubled_stop_closing_an_unfinished_line_is_only_info(text, severity):
    assert [f.severity.value for f in lint_text(text) if f.code == "GRB007"] == [severity]


# a travel blog and a recipe blog (invented): one ! after kana (着いたよ!) and a vowel drawn out in hiragana (さぁ, いやー)
# are two kinds of casual mark; such writers double their marks and type brands and words in Latin letters as a style
CASUAL_BLOG = "空港に着いたよ!\nまずは大好物のbagelで朝ごはんじゃ〜。さぁ、出発だ。"
CASUAL_RECIPE = "いやー、辛いのなんのって!!\n\n花椒は多めに、、それがコツ。"


def test_a_blogs_exclamation_and_drawn_vowels_make_a_casual_register():
    assert [(f.surface, f.severity.value) for f in lint_text(CASUAL_BLOG) if f.code == "GRB002"] == [("bagel", "info")]
    assert [(f.surface, f.severity.value) for f in lint_text(CASUAL_RECIPE) if f.code == "GRB007"] == [("、、", "info")]


@pytest.mark.parametrize("text, code, surface", [
    ("空港に着いたよ!まずは大好物のbagelで朝ごはんを食べた。", "GRB002", "bagel"),  # one kind: an exclamation
    ("空港に着いた。まずは大好物のbagelで朝ごはんじゃ〜。", "GRB002", "bagel"),  # one kind: a drawn vowel
    ("いやー、花椒は多めに、、それがコツだ。", "GRB007", "、、"),
    ("市長は「頑張ろう！」と呼びかけた。会場は満員で、、入れない人もいた。", "GRB007", "、、"),
])
def test_one_kind_of_casual_mark_makes_no_casual_register(text, code, surface):
    assert [(f.surface, f.severity.value) for f in lint_text(text) if f.code == code] == [(surface, "warning")]


# a programming tutorial (invented): command-line options and a line of commands are two kinds of code mark; such a
# text names commands and identifiers in Latin letters as they are typed (commitした, rebaseやmerge)
TECH_MANUAL = "誤ってcommitした変更は、git commit --amend で直せる。rebaseやmergeの前に履歴を確かめよう。\n\ngit log --oneline\n"


def test_lowercase_english_in_a_technical_register_is_only_info():
    found = [(f.surface, f.severity.value) for f in lint_text(TECH_MANUAL) if f.code == "GRB002"]
    assert found and all(severity == "info" for _, severity in found), found
    assert ("commit", "info") in found and ("merge", "info") in found, found


# a manual (invented) that lists a program's commands with a placeholder for what the reader types (two kinds of code
# mark with a path), and one that names the program alone before a particle and then a command of it in prose
@pytest.mark.parametrize("text, commands", [
    ("主な操作は次のとおり。\n- kiln fetch <ファイル名> - ファイルを取り寄せる\n- kiln purge <ファイル名> - ファイルを消す\n"
     "設定は /etc/kiln/kiln.conf に書く。", ["kiln fetch", "kiln purge"]),
    ("手順を示す。最も手軽なのは kiln で、この節では kiln を例に使う。設定を読み直すには kiln reload を使ってください。",
     ["kiln reload"]),
])
def test_a_command_named_as_typed_is_only_info(text, commands):
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"]
    assert found == [(command, "info") for command in commands]


def test_one_kind_of_code_mark_makes_no_technical_register():
    text = "誤ってcommitした変更は、git commit --amend で直せる。"  # an option, and no other kind
    assert ("commit", "warning") in [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"]


# a translation (invented) that left a credit line in Chinese: it leaves Chinese elsewhere too
LEFT_CHINESE = "责任编辑：张小明\n\n"


@pytest.mark.parametrize("text, found", [
    # a word of two kanji before a particle, with a character Japanese does not use (烘, 晾; no simplified form), that
    # SudachiPy does not know
    (LEFT_CHINESE + "村の女性たちは毎朝、烘房で柿を干し、町の市場で売っている。", [("烘房", "warning")]),
    (LEFT_CHINESE + "収穫した玉米は、屋根の上で晾干してから倉に入れる。", [("晾干", "warning")]),
    # the same word in a text that leaves no other Chinese: a dish or a shop's name is written so as often
    ("村の女性たちは毎朝、烘房で柿を干し、町の市場で売っている。", [("烘房", "info")]),
    # a word talked about (quoted whole, or with its meaning), a name (before a title)
    (LEFT_CHINESE + "小屋の入口には「烘房」と書いた札が掛かっている。", []),
    (LEFT_CHINESE + "村では烘房（柿を干す小屋）を建て直した。", []),
    (LEFT_CHINESE + "組合の傻妞さんは、毎朝牛の世話をする。", []),
    # Japanese words: kanji Japanese encodes, or a word of SudachiPy's dictionary (拼音: ピンイン)
    (LEFT_CHINESE + "村の女性たちは毎朝、乳製品を作り、町の市場で売っている。", []),
    (LEFT_CHINESE + "駅の看板には拼音も書かれている。", []),
])
def test_a_short_word_of_characters_japanese_does_not_use_is_untranslated_chinese(text, found):
    credit = [("责任编辑：张小明", "warning")] if text.startswith(LEFT_CHINESE) else []
    assert [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB001"] == credit + found


@pytest.mark.parametrize("text, severity", [
    # a word of pinyin syllables in a roll of three romanised names or more: the list names people, so it is one
    ("式典には、Xiaobao、Zhou Minghui、Qin Fang、Du Yuanhangらが招かれた。", "warning"),
    ("発起人はLu Wenjie、Xiaobao、Fan Qiuyun、Shen Kaiの四人だ。", "warning"),
    # beside one name only: a nickname as often as a shop or a brand, so only info
    ("式典には、Xiaobao、Zhou Minghuiが招かれた。", "info"),
])
def test_a_lone_pinyin_word_in_a_roll_of_romanised_names_is_a_warning(text, severity):
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB003" and " " not in f.surface]
    assert found == [("Xiaobao", severity)], found


@pytest.mark.parametrize("text, found", [
    # a capitalised word that is no pinyin in a roll of three romanised names or more: a nickname or an English name
    # the translation left in Latin letters among the people it lists
    ("業界には、Skyline、Zhou Minghui、Qin Fang、Du Yuanhang、Marlowらがいる。",
     [("Skyline", "warning"), ("Marlow", "warning")]),
    # beside fewer names the list may name a shop, a brand or a band as well as people: silent
    ("式典には、Skyline、Zhou Minghui、Marlowが招かれた。", []),
    # the same words outside the list
    ("Skylineの社員は、Zhou Minghui、Qin Fang、Du Yuanhangの三人だ。", []),
])
def test_a_latin_word_in_a_roll_of_romanised_names_is_a_leftover(text, found):
    assert [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"] == found


@pytest.mark.parametrize("text, severity", [
    # listed beside a name of pinyin and three English words or more: the translation made up the list's names alike
    ("市は、Hubei Smart Transport Affairs、Yunhe Technology、Northern Green Energyなどの企業を誘致した。", "warning"),
    # alone, or beside such a name in another sentence: a company may have such an English name of its own
    ("市は、Yunhe Technology、Northern Green Energyなどの企業を誘致した。", "info"),
    ("市はHubei Smart Transport Affairsを誘致した。Yunhe Technology、Northern Green Energyも進出した。", "info"),
])
def test_english_names_listed_beside_a_half_translated_name_are_warnings(text, severity):
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB002"]
    assert [(s, v) for s, v in found if s != "Hubei Smart Transport Affairs"] == \
        [("Yunhe Technology", severity), ("Northern Green Energy", severity)], found


def test_a_lone_term_in_a_text_that_gives_chinese_its_pinyin_is_only_info():
    """A lesson that reads a word aloud (钥匙yàoshi) lists other terms in Chinese (门票): a term it names, at info;
    the same list in a text that gives no pinyin is a leftover."""
    lesson = "単語の一覧\n・钥匙、门票、簡体字\n\n钥匙yàoshi:鍵"
    assert [(f.surface, f.severity.value) for f in lint_text(lesson) if f.code == "GRB001"] == [("门票", "info")]
    plain = "持ち物の一覧\n・钥匙、门票、簡体字"
    assert [(f.surface, f.severity.value) for f in lint_text(plain) if f.code == "GRB001"] == \
        [("钥匙", "warning"), ("门票", "warning")]


def test_a_phrase_a_lesson_quotes_whole_is_only_info():
    """In a text that gives Chinese its pinyin, a phrase all a 「」 holds is one the lesson cites (info); the same
    phrase in the prose, unquoted, is a leftover."""
    quoted = "今日の単語\n\n钥匙yàoshi:鍵\n\n「我忘了带钥匙」は直訳すると「鍵を忘れた」です。"
    assert [(f.surface, f.severity.value) for f in lint_text(quoted) if f.code == "GRB001"] == \
        [("我忘了带钥匙", "info")]
    prose = "今日の単語\n\n钥匙yàoshi:鍵\n\n今朝は我忘了带钥匙で困った。"
    assert [(f.surface, f.severity.value) for f in lint_text(prose) if f.code == "GRB001"] == \
        [("我忘了带钥匙", "warning")]


@pytest.mark.parametrize("text, word", [
    ("魯迅の「阿Q正傳」は、辛亥革命のころの村を描いた小説だ。", "正傳"),  # a title of a kanji, a letter and old forms
    ("星河社の「X經濟」は、昨年から続く連載だ。", "經濟"),
])
def test_old_forms_glued_to_a_latin_letter_are_a_titles_part_and_only_info(text, word):
    """The run after (or before) a Latin letter is the tail of a title or a name that mixes scripts (阿Q正傳), not
    the ordinary word its characters make alone (正伝): one such run is no sign of a conversion."""
    found = [(f.surface, f.severity.value) for f in lint_text(text) if f.code == "GRB013"]
    assert found == [(word, "info")], found


def test_an_ordinary_word_in_old_forms_with_no_letter_beside_it_is_still_a_warning():
    found = [(f.surface, f.severity.value) for f in lint_text("星河社の經濟は、昨年から続く連載だ。") if f.code == "GRB013"]
    assert found == [("經濟", "warning")], found


def test_a_chinese_sentence_holding_a_traditional_looking_character_is_untranslated_not_traditional():
    """A line of Chinese whose last clause, after a Chinese comma, has no simplified-only character but one GRB013
    converts (稻, Japanese 稲) is one run of untranslated Chinese (GRB001), not a word in traditional characters
    (GRB013, whose shorter span the text report would show in its place): the comma joins the clause to the
    sentence. Old forms in the Japanese prose (稻田, 關係) are still GRB013's."""
    text = ("海辺の町の暮らし\n\n报道标题：海边长出的新芽，山村的稻香\n\n"
            "町の人々は駅前の港で働き、稲作と漁は三代続く家業だ。村の稻田は狭いが、漁協との關係は深い。")
    found = [(f.code, f.surface, f.severity.value) for f in lint_text(text) if f.code in ("GRB001", "GRB013")]
    assert found == [("GRB001", "报道标题：海边长出的新芽，山村的稻香", "warning"), ("GRB013", "稻田", "warning"),
                     ("GRB013", "關係", "warning")], found
