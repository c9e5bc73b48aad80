"""Name-recall classes of issue 11, each on invented text with an invented glossary: what must now be found at
`warning` or above and of the right kind, and the correct text beside it that must stay silent."""
from __future__ import annotations

import pytest

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.forms import other_kanji
from textqa.glossary.load import parse_glossary
from textqa.glossary.model import Entry
from textqa.phonetics.index import latin_short_names

TSV = """zh\tja\ttype\treading\taccept\treject\tnote
林巍\t林巍\tperson\tリン・ウェイ\t\t\tarchaeologist
周东升\t周東升\tperson\t\t\t\tbanker
赛里木湖\tサイラム湖\tplace\t\t\t\tlake
星河视频\tセイガ動画\torg\t\t\tS駅|Sステーション\tvideo site
星乐台\t星楽台\tplace\t\t\t\ttown
单明远\t単明遠\tperson\t\t\t\tcurator; the surname 单 reads shan
苏静\t蘇静\tperson\t\t\t\tecologist
平清\t平清\tperson\t\t\t\tpainter
六安\t六安\tplace\t\t\t\tcity read lu an
米伦\tミーレン\torg\t\t\t\tbrand
岚都\tラムド\tplace\t\t嵐都\t\tvalley town whose standard name is not its Mandarin reading
星光TV\tセイコーTV\torg\t\t\t\tstreaming service
王星河\t王星河\tperson\t\t\t\tfounder of the bank named after him
星河银行\t星河銀行\torg\t\tXinghe\t\tbank
许振明\t許振明\tperson\t\t\t\tprofessor
周炳南\t周炳南\tperson\t\t\t\tgeologist
长岭\t長嶺\tplace\t\t\t\tcounty whose 长 reads chang, as in place names
阿尔泰\tアルタイ\tplace\t\t\t\tmountain range
常州\t常州\tplace\t\t\t\tcity in Jiangsu
邢海波\t邢海波\tperson\t\t\t\tgeologist
南志远\t南志遠\tperson\t\t\t\tastronomer
贾明华\t賈明華\tperson\t\t\t\tactor
周立新\t周立新\tperson\t\t\t\tengineer
莫海川\t莫海川\tperson\t\t\t\tboatbuilder
钟岚\t鍾嵐\tperson\t\t\t\tviolinist whose given name is one character
石鼓岭\t石鼓嶺\tplace\t\t\t\thill north of the town
月湾镇\t月湾鎮\tplace\t\t\t\tfishing town
柏文清\t柏文清\tperson\tボー・ウェンチン\t\t\tferryman
于晓川\t于暁川\tperson\tユー・シャオチュワン\t\t\tnet maker whose surname is one syllable, its key one letter
安德明\t安徳明\tperson\tアン・ドーミン\tアンディ・アン\t\tsinger known by an English name too
星河\t星河\tplace\t\t\t\ttown
星河画社\t星河画社\torg\t\t\t\tprint studio named after the town
金凤凰民乐团\tJin Fenghuang\torg\t\t金鳳凰民楽団\t\tfolk orchestra preferred by its Latin short name
"""
GLOSSARY = Glossary(parse_glossary(TSV))
WARN = ("warning", "error")


def _found(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.code, f.severity.value, text[f.span.start:f.span.end] if f.span else "", f.entity or "")
            for f in lint_text(text, GLOSSARY) if f.code.startswith("NAM")]


@pytest.mark.parametrize("text, code, surface, entity", [
    # a person's given name in another kanji of the same reading, before a title word (所長): a homophone
    ("考古研究所の林威所長は、遺跡を評価した。", "NAM004", "林威", "林巍"),
    # a kanji that Japanese keeps apart from the name's own, though simplified Chinese merged them (昇, 升): another
    # kanji of one reading, so a homophone, not the name in another script
    ("周東升氏が会見した。周東昇氏は語った。", "NAM004", "周東昇", "周东升"),
    # the Mandarin reading in katakana of the part of a name whose Japanese form is katakana and a kanji (サイラム湖)
    ("サイラム湖は美しい。サイリームー湖の水位は下がった。", "NAM006", "サイリームー", "赛里木湖"),
    # a katakana rendering that follows a character's other reading (乐: le first, yue here)
    ("星楽台は小さな町だ。シンユエタイの市場は朝から賑わう。", "NAM006", "シンユエタイ", "星乐台"),
    ("市場はXingyuetaiの中心にある。星楽台は小さな町だ。", "NAM007", "Xingyuetai", "星乐台"),
    # a rejected form stays wrong when the text calls the thing by it, quoted or not
    ("セイガ動画の幹部が語った。若者の間で「S駅」と呼ばれる同社は成長した。", "NAM001", "S駅", "星河视频"),
    # a heteronym surname read the usual way (单 dan, not shan) and written with a kanji of that reading
    ("館長の単明遠氏が語った。丹明遠氏は展示を説明した。", "NAM008", "丹明遠", "单明远"),
    # a person's two-character name with one sound confused (jing/jin) before a title word, the person named
    # literally elsewhere in the text
    ("蘇静教授が調査した。蘇金教授によると、鳥は増えた。", "NAM005", "蘇金", "苏静"),
    # a name that a Chinese dictionary reads otherwise than its characters (六安 lu an), written with kanji read as
    # its characters (liu an): the name misread, a near-homophone
    ("六安市の工場が増えた。留安市の工場も増えた。", "NAM005", "留安", "六安"),
    # a two-syllable brand's own katakana name with one sound other, beside the name itself
    ("ミーレンは新店を開いた。ミーロンの担当者が語った。", "NAM006", "ミーロン", "米伦"),
    # a place whose name ends in 都, read du in place names (pypinyin reads it dou alone), whose preferred form is
    # another katakana: its Mandarin reading in katakana or pinyin is not the house form
    ("ラムドの町は谷にある。ランドゥの市場は朝から賑わう。", "NAM006", "ランドゥ", "岚都"),
    ("ラムドの町は谷にある。Landu の市場は朝から賑わう。", "NAM007", "Landu", "岚都"),
    # a brand of katakana and Latin letters with one long vowel written out (ウ for ー), before its Latin tail
    ("セイコーTVは成長した。セイコウTVの幹部が語った。", "NAM006", "セイコウ", "星光TV"),
    # a person's pinyin name that holds another entity's Latin short name (Xinghe): the person is meant
    ("王星河氏が創業した星河銀行は成長した。Wang Xinghe 氏は語った。", "NAM007", "Wang Xinghe", "王星河"),
    # a given name's syllable with a confusable initial and a confusable final at once (zheng for zhen)
    ("大学の許増明教授が語った。", "NAM005", "許増明", "许振明"),
    # a name written with a kanji that reads like the name's only by an uncommon reading, its usual reading a
    # confusable sound (平: ping, rarely bing): as read, one syllable away from the name, a near-homophone
    ("周炳南氏が調査した。周平南氏によると、地層は古い。", "NAM005", "周平南", "周炳南"),
    # a place written with a kanji read as place names read it (長 chang, though the table puts zhang first): a
    # homophone, not a near-homophone read zhang
    ("常州市は江蘇省にある。長州市の工場も増えた。", "NAM004", "長州", "常州"),
    # a place whose 长 reads chang as in place names (pypinyin reads 长岭 zhang ling): its pinyin is its reading
    ("長嶺県は小さな町だ。Changling の市場は朝から賑わう。", "NAM007", "Changling", "长岭"),
    # the katakana form with a syllable put before it (阿 read アー, then the form): one katakana word, not the form
    ("アルタイ山脈は長い。アーアルタイの観光局の担当者が語った。", "NAM006", "アーアルタイ", "阿尔泰"),
    # a person's surname changed by one merged sound (data/confusable.tsv): the surname misheard, the name read one
    # syllable off (a front for a back nasal, xin for xing; l for n, lan for nan)
    ("邢海波氏が調査した。辛海波氏によると、地層は古い。", "NAM005", "辛海波", "邢海波"),
    ("南志遠氏が観測した。藍志遠氏は語った。", "NAM005", "藍志遠", "南志远"),
    # a surname changed in any other way is another surname, even one letter other and even when the kanji reads the
    # person's surname rarely (夏 xia, rarely jia, for 贾 jia; 鄒 zou for 周 zhou)
    ("賈明華氏が出演した。夏明華氏は語った。", "NAM008", "夏明華", "贾明华"),
    ("周立新氏が設計した。鄒立新氏は語った。", "NAM008", "鄒立新", "周立新"),
    # ... and when the kanji is a surname of its own that reads the person's surname only by an uncommon reading
    # unlike its usual one (万: wan as a surname, rarely mo, for 莫 mo): another surname, not the name in other
    # characters read alike (NAM004 said it "reads mo hai chuan")
    ("莫海川氏が舟を造った。万海川氏は語った。", "NAM008", "万海川", "莫海川"),
    # ... and a given name of one character, its own character under another surname before a name suffix, the
    # person written correctly elsewhere
    ("鍾嵐氏が演奏した。唐嵐氏は語った。", "NAM008", "唐嵐", "钟岚"),
    ("唐嵐さんの演奏が始まった。終演後、鍾嵐さんは語った。", "NAM008", "唐嵐", "钟岚"),
    # a name in other kanji of its sound, which the text calls the thing by (と呼ばれる): the name in use, misspelt
    ("石鼓嶺は町の北にある。人々は、石古嶺と呼ばれる丘に毎朝登る。", "NAM004", "石古嶺", "石鼓岭"),
    # a place's pinyin without its suffix, the suffix written after it in kanji as the name writes it: the name half
    # left in pinyin, reported with the kanji so that the fix replaces both
    ("月湾鎮の港は古い。Yuewan鎮の市場は朝から賑わう。", "NAM007", "Yuewan鎮", "月湾镇"),
    # a person's surname alone in katakana as the glossary's reading spells it, before an honorific, the person named
    # in kanji in the text: the Mandarin reading of the surname for a name the house writes in kanji
    ("柏文清さんは渡し守だ。ボーさんは今朝も舟を出した。", "NAM006", "ボー", "柏文清"),
    ("柏文清さんは渡し守だ。ボウ氏は今朝も舟を出した。", "NAM006", "ボウ", "柏文清"),
    # ... a surname of one syllable whose key is one letter (ユー: u), as the reading spells it, letter for letter
    ("于暁川さんは網を編む。ユーさんは今朝も浜に出た。", "NAM006", "ユー", "于晓川"),
    # ... and before a title of the head of a crew, a troupe or a shop (船長, 団長, 店長: data/name_context.tsv)
    ("柏文清さんは渡し守だ。ボー船長は今朝も舟を出した。", "NAM006", "ボー", "柏文清"),
    ("柏文清さんは楽団を率いる。ボー団長は練習を始めた。", "NAM006", "ボー", "柏文清"),
    # a homophone of an organisation's name that holds another entry's name (the town it is named after) in its own
    # characters: the longer name is meant, one character of it other; the town's literal form inside it does not
    # hide it
    ("星河の町は古い。星河画舎の売り場は広い。", "NAM004", "星河画舎", "星河画社"),
    # the katakana of a Latin short name that spells the pinyin of the name's first characters (Jin Fenghuang, jin
    # feng huang of 金凤凰民乐团): the preferred form's sound in another script
    ("金鳳凰民楽団は巡演した。ジンフォンホアンの団員が語った。", "NAM006", "ジンフォンホアン", "金凤凰民乐团"),
])
def test_found_at_warning_and_of_its_kind(text, code, surface, entity):
    found = _found(text)
    assert any(c == code and sev in WARN and s == surface and e == entity for c, sev, s, e in found), found


def test_a_person_homophone_named_once_before_a_title_is_found():
    """A two-character person's homophone mentioned once, before a Chinese company title (董事長): a name in context,
    found; at info from the fit on every development set (docs/accuracy.md, 2026-11-30) to the refit with the clean
    controls of the 落陽 class (2026-12-02, warning threshold 0.442 -> 0.3886), at the rule's severity since."""
    found = _found("同社の蘇晶董事長は、業界は調整期に入ったと認めた。")
    assert ("NAM004", "error", "蘇晶", "苏静") in found, found


@pytest.mark.parametrize("text", [
    "考古研究所の林巍所長は、遺跡を評価した。",
    "周東升氏が会見した。周東升氏は語った。",
    "サイラム湖は美しい。サイラムの草原も広い。",  # the katakana of the form, alone, is the name too
    "セイガ動画の幹部が語った。セイガ動画は成長した。",
    "館長の単明遠氏が語った。単明遠氏は展示を説明した。",
    "蘇金教授によると、鳥は増えた。",  # the person is not named otherwise: too weak alone
    "平清氏の作品が並んだ。平井氏も同席した。",  # 平井 (ping jing) is a word of its own: a Japanese surname
    "同社の蘇静董事長は、業界は調整期に入ったと認めた。",
    "ミーロンの担当者が語った。",  # a brand's katakana one sound other, with the brand named nowhere: too weak alone
    "ラムド（嵐都）は谷の町だ。中国語の読みをカタカナで書けばランドゥだが、日本ではラムドの名で知られる。",
    "セイコーTVは成長した。セイコーの名は日本でも知られる。",  # the brand's katakana without its tail
    "星河銀行（Xinghe）は成長した。Xingheの幹部が語った。",
    "周炳南氏が調査した。周炳南氏によると、地層は古い。",
    "長嶺県は小さな町だ。長嶺県の市場は朝から賑わう。",
    "邢海波氏が調査した。邢海波氏によると、地層は古い。",
    "莫海川氏が舟を造った。万海氏は語った。",
    "ボーさんは今朝も舟を出した。",  # the person is named nowhere: a katakana word alone is too short to be anyone
    "于暁川さんは網を編む。ウーさんは今朝も浜に出た。",  # a one-letter key (u) is matched letter for letter only
    "ユーさんは今朝も浜に出た。",  # the person with that reading is named nowhere
    "柏文清さんは渡し守だ。ボーの汽笛が鳴った。",  # no honorific after it: a word, not a person
    "安徳明さんが歌った。アンさんの新曲も出た。",  # a person known by a katakana name (アンディ・アン) too
    "星河の町は古い。星河画廊の売り場は広い。",  # the town, then a word that does not read like the studio's name
    "星河の町は古い。星河画社の売り場は広い。",
    "月湾鎮の港は古い。Yuewan市の船も来る。",  # another suffix than the name's: not its kanji, not this place
    "賈明華氏が出演した。夏明氏は語った。",  # another person who shares no given name
    "南志遠氏が観測した。南志氏は語った。",
    # a given name of one character under another surname: only its own character, before a name suffix, opening
    # its run of kanji, the person named correctly too
    "鍾嵐氏が演奏した。唐藍氏は語った。",  # another character of the same sound: another person
    "鍾嵐氏が演奏した。唐嵐の絵も飾られた。",  # no name suffix after it
    "唐嵐氏が演奏した。",  # the person is named nowhere
    "鍾嵐氏が演奏した。団員の高明嵐氏も語った。",  # the end of a longer name (明嵐 of 高明嵐)
    "石鼓嶺は町の北にある。昔は石古嶺とも呼ばれた。",  # also called so: another name beside the name
    "金鳳凰民楽団は巡演した。Jin Fenghuangの団員が語った。",
])
def test_correct_text_stays_silent(text):
    assert not [f for f in _found(text) if f[1] in WARN], _found(text)


def test_other_kanji_tells_two_kanji_from_two_scripts_of_one():
    assert other_kanji("周東昇", "周東升")  # 昇 and 升: two Japanese kanji
    assert not other_kanji("张", "張")  # simplified and Japanese forms of one character
    assert not other_kanji("俞敏", "兪敏")  # variant glyphs that OpenCC does not merge
    assert not other_kanji("拉萨", "ラサ")  # only kanji are compared
    assert not other_kanji("聊齋誌異", "聊斎志異")  # beside an old form (齋): converted to traditional Chinese


def test_a_persons_katakana_name_other_than_the_glossary_reading_is_only_info():
    """The glossary gives the Mandarin reading (ジョウ・シンチー) and accepts another katakana name (a Cantonese one):
    a writer who uses it beside the kanji is naming the person as he goes by, not choosing a rendering."""
    glossary = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                       "周星河\t周星河\tperson\tジョウ・シンホー\tチャウ・シンホー\t\t\n"
                                       "谷星河\t谷星河\tperson\t\tアイリーン・グー\t\t\n"))
    cantonese = lint_text("チャウ・シンホー監督の映画を見た。周星河のDVDも買った。", glossary, strict_consistency=True)
    assert [(f.code, f.severity.value) for f in cantonese if f.code == "NAM002"] == [("NAM002", "info")]
    # with no reading in the glossary there is no evidence that the form is another name: a rendering choice, which a
    # house that wants one form (strict-consistency) hears as a warning
    english = lint_text("アイリーン・グー選手が優勝した。谷星河選手は笑った。", glossary, strict_consistency=True)
    assert [(f.code, f.severity.value) for f in english if f.code == "NAM002"] == [("NAM002", "warning")]


PROVINCES = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                    "山西\t山西\tplace\t\t\t\tprovince\n福州\t福州\tplace\t\t\t\tcity\n"))


@pytest.mark.parametrize("text, surface", [
    # another real place (a place name the dictionary knows, with its suffix) that reads like the entity only when
    # tones are ignored (shǎn/shān, fǔ/fú): two places, not a slip
    ("山西省の大同市は古都だ。陝西省の西安市も古都である。", None),
    ("福州市は港町だ。撫州市は江西省にある。", None),
    # kanji that name no place, with the other tones: still a homophone of the entity
    ("山西省の大同市は古都だ。杉西省の太原市も古都である。", "杉西"),
    ("福州市は港町だ。富州市の港も大きい。", "富州"),
])
def test_a_real_place_read_alike_only_without_tones_is_another_place(text, surface):
    found = [text[f.span.start:f.span.end] for f in lint_text(text, PROVINCES) if f.code == "NAM004"
             and f.severity.value in WARN]
    assert found == ([surface] if surface else []), found


def test_a_correct_katakana_form_split_by_a_space_is_split_katakana_not_a_transliteration():
    """The brand's katakana form with its last letter split off: the piece before the space reads like the
    Mandarin name, but the text wrote the form and a space slipped in (GRB009), no rendering of the reading."""
    glossary = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n奥兰\tアオランド\torg\t\t\t\tbrand\n"))
    text = "アオランドは新店を開いた。担当者は「アオラン ドの客は増えた」と話す。"
    found = [(f.code, text[f.span.start:f.span.end]) for f in lint_text(text, glossary) if f.severity.value in WARN]
    assert found == [("GRB009", "アオラン ド")], found


def test_a_latin_short_name_gives_katakana_keys_only_when_it_spells_the_names_first_syllables():
    """Hong-style short names: a Latin form that spells in pinyin the reading of the name's first three characters
    or more, but not all of them; an English form, a two-syllable one and the whole reading (keyed already) do not."""
    readings = [["jin", "feng", "huang", "min", "yue", "tuan"]]

    def short(ja: str, accept: tuple[str, ...] = ()) -> list[list[str]]:
        return latin_short_names(Entry("金凤凰民乐团", ja, "org", accept=accept), readings)

    assert short("Jin Fenghuang") == [["jin", "feng", "huang"]]
    assert short("金鳳凰民楽団", ("Jinfenghuang Min",)) == [["jin", "feng", "huang", "min"]]
    assert short("Golden Phoenix") == []
    assert short("Jin Feng") == []  # two syllables make too many katakana words
    assert short("Jin Fenghuang Minyuetuan") == []  # the whole reading: the name's own keys
    assert short("金鳳凰") == []  # not a Latin form


NEAR_SURNAMES = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                        "左明川\t左明川\tperson\tズオ・ミンチュアン\t\t\tinvented weaver\n"
                                        "卓海生\t卓海生\tperson\tジュオ・ハイション\t\t\tinvented town clerk\n"))


@pytest.mark.parametrize("first, second", [("左明川さんが", "卓海生氏が"), ("卓海生氏が", "左明川さんが")])
@pytest.mark.parametrize("surface, entity", [("ズオ", "左明川"), ("ジュオ", "卓海生")])
def test_a_katakana_surname_alone_names_the_person_whose_reading_spells_it(first, second, surface, entity):
    """Two people the text names in kanji whose katakana surnames share one sound key (ズオ, ジュオ: the key merges z
    and j): the surname alone as one of their readings spells it names that person, whichever the text named first,
    and no finding suggests the other."""
    text = f"{first}工房を開いた。{second}訪ねた。{surface}さんは機を織り続けた。"
    found = [(f.code, f.severity.value, f.entity) for f in lint_text(text, NEAR_SURNAMES)
             if f.span and text[f.span.start:f.span.end] == surface]
    assert found and all(c == "NAM006" and sev in WARN and e == entity for c, sev, e in found), found


def test_other_kanji_and_glyph_forms_as_their_former_loops():
    """``other_kanji`` (now one cached test a place) and ``glyph_forms_many`` (now gathered in C) answer as the loops
    they replaced, kept here: random texts of kanji that scripts merge or keep apart, and of other characters."""
    import random

    from textqa.glossary.forms import _own_kanji, convert, convert_many, glyph_forms_many

    def former_other_kanji(text, form):
        if len(text) != len(form):
            return False
        pairs = [(a, b) for a, b in zip(text, form) if a != b]
        return bool(pairs) and all(
            _own_kanji(a) and _own_kanji(b) and convert(a, "t2s") == convert(b, "t2s") for a, b in pairs)

    def former_glyph_forms_many(texts):
        trad = convert_many(texts, "jp2t")
        variants = [texts, convert_many(texts, "t2s"), convert_many(texts, "s2t"), trad, convert_many(trad, "t2s")]
        forms = [set(v) for v in zip(*variants)]
        for configs in (("s2t", "t2jp"), ("t2jp",)):
            flat = [f for fs in forms for f in fs]
            out = iter(convert_many(flat, *configs))
            for fs in forms:
                fs |= {next(out) for _ in range(len(fs))}
        return forms

    rng = random.Random(7)
    pool = "昇升陳陈东東張张兪俞彫雕国國圀斎齋志誌聊異异龍竜龙沢澤泽广広廣发発髪髮王李ワンaB1 "
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 5))) for _ in range(600)]
    for text, form in zip(texts, reversed(texts)):
        assert other_kanji(text, form) == former_other_kanji(text, form)
    for a in pool:
        for b in pool:
            assert other_kanji(a + "東", b + "東") == former_other_kanji(a + "東", b + "東")
    assert glyph_forms_many(texts) == former_glyph_forms_many(texts)
    assert any(other_kanji(a, b) for a in pool for b in pool)
