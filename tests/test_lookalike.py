"""The look-alike kanji table (data/lookalike_kanji.tsv) and its self-test as it loads."""
import pytest

from textqa.charclass import is_kanji
from textqa.glossary.forms import simplified_form
from textqa.mentions.lookalike import TABLE, LookalikeMap, lookalikes, parse_lookalikes

HEAD = "# comment\na\tb\thow\n"


def look_alike(a: str, b: str) -> bool:
    """The shipped table pairs the two kanji (秦淮 and 秦准: 淮 and 准)."""
    return b in lookalikes().get(a, ())


@pytest.mark.parametrize("a, b", ["淮准", "憐燐", "羲義", "己已", "己巳", "已巳", "末未", "土士", "侯候", "徽微", "汨汩",
                                  "崇祟", "木禾", "日目", "泪汨",
                                  # parts one or two short strokes apart (丆 and 𠂇, 氺 and 禾, 弋 and 戈, 干 and 十 or
                                  # 于), found in the characters that hold them, and 永 and 氷 (analysed apart)
                                  "石右", "泰秦", "代伐", "茶荼", "早旱", "竿竽", "永氷",
                                  # phonetic parts redrawn (a dot, two short strokes on top, a frame closed, a bowl
                                  # below), and the compounds that share their radical
                                  "水永", "井并", "文女", "同回", "山出", "汶汝", "洞洄", "茼茴", "进迸", "肼胼",
                                  # a stroke set on top of a shape, touching it (on a small shape too), and the
                                  # characters that hold such parts
                                  "十千", "士壬", "白百", "大天", "止正", "古舌", "沽活", "帥師",
                                  # glyphs drawn near-identical, each the other's nearest (the decompositions analyse
                                  # them apart: a closed box or a bar inside, 灬 or 心 under one part, a top redrawn)
                                  "西酉", "熊態", "晋普", "延廷", "亳毫", "興輿", "迭送",
                                  # listed by hand, as the decompositions analyse them apart: a part mirrored, a frame
                                  # around the same inner part, a stroke on top moved inside, a phonetic redrawn
                                  "断継", "斷繼", "郷卿", "同向", "誤語",
                                  # a crown over another part, a character over a short part, a top part a stroke
                                  # apart, a top stroke more
                                  "棠裳", "辰辱", "杏否", "子予",
                                  # an enclosure's inner part swapped inside a character (臼 around other shapes)
                                  "與興", "壞壤",
                                  # stroke sequences near (the stroke edit distance) and glyphs near
                                  "白自", "官宮", "雷電"])
def test_known_pairs_both_ways(a, b):
    assert look_alike(a, b) and look_alike(b, a)


@pytest.mark.parametrize("a, b", ["淮淮", "況况", "沖冲", "冨富", "呑吞", "准水", "口日", "人大", "厰廠"])
def test_not_look_alikes(a, b):
    # the same character, one character in two scripts or two glyphs of one (NAM003's), or shapes too far apart
    assert not look_alike(a, b)


def test_shipped_table_is_symmetric_kanji_pairs():
    table = lookalikes()
    assert len(table) > 200
    for a, others in table.items():
        assert is_kanji(a) and others
        for b in others:
            assert b != a and is_kanji(b) and a in table[b]
            assert simplified_form(a) != simplified_form(b)


@pytest.mark.parametrize("rows, error", [
    ("淮\t淮\tswap\n", "two different kanji"),
    ("淮\t准\tswap\n", "lower code point first"),
    ("准\tx\tswap\n", "one kanji each"),
    ("准\t淮氵\tswap\n", "one kanji each"),
    ("准\t淮\tguess\n", "how one of"),
    ("准\t淮\n", "how one of"),
    ("准\t淮\tswap\n准\t淮\tlisted\n", "listed twice"),
])
@pytest.mark.parametrize("parse", [parse_lookalikes, LookalikeMap.parse])
def test_malformed_table_is_refused(rows, error, parse):
    # the compact map checks a column at a time and names the row as the plain parse does
    with pytest.raises(ValueError, match=error):
        parse(HEAD + "丁\t了\tvisual\n" + rows)


@pytest.mark.parametrize("parse", [parse_lookalikes, LookalikeMap.parse])
def test_header_is_required(parse):
    with pytest.raises(ValueError, match="header"):
        parse("准\t淮\tswap\n")


def test_compact_map_answers_as_the_plain_one():
    # every kanji of the shipped table, and every pair: the same look-alikes, both ways, and nothing for others
    from importlib import resources

    text = resources.files("textqa").joinpath(TABLE).read_text(encoding="utf-8")
    plain, compact = parse_lookalikes(text), lookalikes()
    assert len(compact) == len(plain) and dict(compact.items()).keys() == plain.keys()
    for a, others in plain.items():
        assert a in compact and set(compact[a]) == others and len(compact.get(a)) == len(others)
        assert list(compact[a]) == sorted(others)
        for b in others:
            assert b in compact.get(a, ())
    for ch in ("x", "", "\U0002a6d6", "一", "\u9fff", min(plain), max(plain)):
        assert (ch in compact) == (ch in plain) and "".join(compact.get(ch, ())) == "".join(sorted(plain.get(ch, ())))
    with pytest.raises(KeyError):
        compact["x"]


def test_compact_map_of_few_rows():
    assert dict(LookalikeMap.parse(HEAD + "准\t淮\tswap\n己\t已\tlisted\n己\t巳\tlisted\n").items()) == {
        "准": "淮", "淮": "准", "己": "已巳", "已": "己", "巳": "己"}
    assert len(LookalikeMap.parse(HEAD)) == 0 and LookalikeMap.parse("").get("准") is None


def test_parsed_rows_read_both_ways():
    table = parse_lookalikes(HEAD + "准\t淮\tswap\n己\t已\tlisted\n己\t巳\tlisted\n")
    assert table == {"准": {"淮"}, "淮": {"准"}, "己": {"已", "巳"}, "已": {"己"}, "巳": {"己"}}


# NAM011 on invented names: a name of two kanji or more with exactly one character swapped for a look-alike
from textqa import lint_text  # noqa: E402
from textqa.glossary import Glossary  # noqa: E402
from textqa.glossary.load import parse_glossary  # noqa: E402

GLOSSARY = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "林徽音\t林徽音\tperson\t\t\t\n"   # 徽: 微 looks like it
    "淮川\t淮川\tplace\t\t\t\n"        # 淮: 准 looks like it
    "大田\t大田\tplace\t\t\t\n"        # 大: 太 looks like it, and 太田 is a Japanese surname
    "侯明远\t侯明遠\tperson\t\t\t\n"   # 侯: 候 looks like it and reads alike (hou)
    "石梁坪\t石梁坪\tplace\t\t\t\n"      # 石: 右 looks like it (丆 and 𠂇)
    "茶溪镇\t茶渓鎮\tplace\t\t\t\n"      # 茶: 荼 looks like it, and reads cha only rarely (usually tu)
    "井春生\t井春生\tperson\t\t\t\n"   # 井: 并 looks like it, and reads bing, one initial from jing
    "汶溪镇\t汶渓鎮\tplace\t\t\t\n"      # 汶: 汝 looks like it (the phonetic parts 文 and 女)
    "云洞村\t雲洞村\tplace\t\t\t\n"      # 洞: 洄 looks like it (同 and 回: the frame closed)
    "十陂镇\t十陂鎮\tplace\t\t\t\n"      # 十: 千 looks like it (a short stroke on top)
    "熊立新\t熊立新\tperson\t\t\t\n"   # 熊: 態 is drawn nearly alike (灬 and 心 under 能)
    "西坪镇\t西坪鎮\tplace\t\t\t\n"      # 西: 酉 is drawn nearly alike (a bar more inside)
    "晋文涛\t晋文濤\tperson\t\t\t\n"   # 晋: 普 is drawn nearly alike (the top redrawn)
    "沃壤村\t沃壤村\tplace\t\t\t\n"      # 壤: 壞 holds another shape inside the same enclosure
    "雷岗村\t雷崗村\tplace\t\t\t\n"      # 雷: 電 is near by its strokes and its glyph
    "大连\t大連\tplace\t\t\t\n"          # 連: 運 is near by its strokes and its glyph, and begins words (運河)
    "末\t末\tterm\t\t\t\n"))           # one character: never compared


def _found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.code, f.surface, f.severity.value, f.suggestion) for f in lint_text(text, GLOSSARY)
            if f.code.startswith("NAM")]


def test_a_name_with_one_lookalike_character_is_reported_with_the_correct_form():
    found = _found("詩人の林徽音は北京で育った。林微音の詩集は今も読まれている。")
    assert ("NAM011", "林微音", "warning", "林徽音") in found


def test_a_place_with_one_lookalike_character_before_its_suffix():
    found = _found("淮川の堤防が修復された。准川市の中心部では祭りが開かれた。")
    assert [f for f in found if f[1] == "准川"] == [("NAM011", "准川", "warning", "淮川")]


def test_a_japanese_surname_one_lookalike_from_a_place_is_less_sure_than_a_slip():
    """太田 (a Japanese surname, a dictionary word) differs from the county 大田 by a look-alike: its evidence (a word
    of the dictionary, a person's token) puts it below a slip that is no word (准川 for 淮川), which alone warns."""
    text = "研究室の太田さんは大田の茶を買ってきた。淮川の堤防が修復された。准川市の中心部では祭りが開かれた。"
    found = {f.surface: f for f in lint_text(text, GLOSSARY) if f.code == "NAM011"}
    assert "太田" not in found or found["太田"].confidence < found["准川"].confidence
    assert [f.surface for f in lint_text(text, GLOSSARY) if f.severity.value != "info"] == ["准川"]


def test_the_name_itself_two_changes_and_a_one_character_name_are_silent():
    assert _found("林徽音の詩と淮川の風景。") == []
    assert _found("准州の町と森微言の詩を読んだ。") == []  # two characters changed in each: no longer the name
    assert _found("年末の未明に出発した。") == []  # 末 is a one-character entry: 未 is never read as it


def test_a_lookalike_that_reads_alike_is_a_homophone():
    """候 looks like 侯 and reads hou too: the homophone rule reports it, not NAM011."""
    codes = {f[0] for f in _found("侯明遠は研究所の所長だ。候明遠氏は会見で新しい計画を語った。") if f[1] == "候明遠"}
    assert codes == {"NAM004"}


def test_a_lookalike_by_one_short_stroke_of_a_part():
    """右 for 石: the parts 𠂇 and 丆 are one short stroke apart, the rest of the two characters the same."""
    found = _found("石梁坪の棚田は秋に色づく。右梁坪村の住民は稲刈りを終えた。")
    assert [f for f in found if f[1] == "右梁坪"] == [("NAM011", "右梁坪", "warning", "石梁坪")]


def test_a_lookalike_that_reads_alike_only_by_a_rare_reading_is_a_lookalike():
    """荼 looks like 茶 and is read cha only rarely (usually tu): the eye explains it, not the ear; 候 for 侯 (both
    usually hou) stays a homophone (above)."""
    found = _found("茶渓鎮の製茶工場を訪ねた。荼渓鎮の山あいには茶畑が広がる。")
    assert [f for f in found if f[1] == "荼渓鎮"] == [("NAM011", "荼渓鎮", "warning", "茶渓鎮")]


def test_a_lookalike_that_is_also_a_near_homophone_is_a_lookalike():
    """并 looks like 井 and reads bing, one initial from jing: the eye explains the whole change, the ear most of it,
    so the look-alike claims the span when it is sure enough for a warning."""
    found = _found("栗農家の井春生さんは畑を案内した。并春生さんによると今年は豊作だという。")
    assert [f for f in found if f[1] == "并春生"] == [("NAM011", "并春生", "warning", "井春生")]


def test_a_lookalike_by_a_stroke_on_top():
    """千 for 十: one short stroke set on top of the shape, touching it."""
    found = _found("十陂鎮の港には漁船が並ぶ。千陂鎮の市場では干物が売られている。")
    assert [f for f in found if f[1] == "千陂鎮"] == [("NAM011", "千陂鎮", "warning", "十陂鎮")]


@pytest.mark.parametrize("written, correct", [("沃壞村", "沃壤村"), ("電崗村", "雷崗村")])
def test_a_lookalike_by_an_enclosed_part_or_by_its_strokes(written, correct):
    """壞 for 壤: the same enclosure around another inner shape, the rest of the character the same; 電 for 雷: stroke
    sequences and glyphs both near (scripts/make_lookalike_table.py, how 'swap' and 'strokes')."""
    text = f"{correct}の棚田は秋に色づく。{written}の住民は稲刈りを終えた。"
    assert [f for f in _found(text) if f[1] == written] == [("NAM011", written, "warning", correct)]


def test_a_window_cut_out_of_running_words_is_no_lookalike():
    """運 looks like 連 (the table's stroke-edit rows), but 大運 of 大運河 and 大運動会 is 大 and the start of a word of the
    dictionary that goes on past the window: running words, not the port misread, at no severity; 大運港 (no word
    begins in the window) is reported."""
    text = "大連の港は広い。大運河を船で下り、大運動会も見た。大運港の埠頭には船が並ぶ。"
    assert [f[1] for f in _found(text) if f[0] == "NAM011"] == ["大運"]
    assert [f.column for f in lint_text(text, GLOSSARY) if f.code == "NAM011"] == [26]


@pytest.mark.parametrize("written, correct", [("汝渓鎮", "汶渓鎮"), ("雲洄村", "雲洞村")])
def test_a_lookalike_by_the_phonetic_part_under_a_shared_radical(written, correct):
    text = f"{correct}の市場で茶を買った。{written}の川沿いには古い家並みが残る。"
    assert [f for f in _found(text) if f[1] == written] == [("NAM011", written, "warning", correct)]


@pytest.mark.parametrize("ch, common", [("准", True), ("燐", True), ("日", True), ("淮", False), ("羲", False),
                                        ("沭", False), ("a", False), ("ア", False)])
def test_common_kanji_is_jis_level_one(ch, common):
    from textqa.charclass import common_kanji

    assert common_kanji(ch) is common


def test_a_lookalike_inside_a_longer_run_of_kanji_is_less_sure():
    """准川 alone before its suffix is a slip; 東准川 (another kanji before it) is another word that holds the look-alike:
    its confidence is lower, and it is no warning."""
    alone = {f.surface: f for f in lint_text("淮川の堤防が修復された。准川市の中心部では祭りが開かれた。", GLOSSARY)
             if f.code == "NAM011"}
    inside = [f for f in lint_text("淮川の堤防が修復された。東准川の中心部では祭りが開かれた。", GLOSSARY)
              if f.code == "NAM011"]
    assert alone["准川"].severity.value == "warning"
    assert all(f.confidence < alone["准川"].confidence and f.severity.value == "info" for f in inside)


@pytest.mark.parametrize("text, written, correct", [
    ("養蜂家の熊立新さんは巣箱を見せた。態立新さんによると今年は蜜が多いという。", "態立新", "熊立新"),
    ("西坪鎮の茶園を訪ねた。酉坪鎮の市場では新茶が売られている。", "酉坪鎮", "西坪鎮"),
    ("陶芸家の晋文濤氏は窯を開いた。普文濤氏の作品は県の美術館に並ぶ。", "普文濤", "晋文濤"),
])
def test_a_lookalike_by_glyphs_drawn_nearly_alike(text, written, correct):
    """Pairs the decompositions analyse apart, found by drawing the glyphs (scripts/make_lookalike_table.py)."""
    assert [f for f in _found(text) if f[1] == written] == [("NAM011", written, "warning", correct)]


LISTED = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "卿海明\t卿海明\tperson\t\t\t\n"   # 卿: 郷 holds the same 皀 between two other parts
    "郭语婷\t郭語婷\tperson\t\t\t\n"   # 語: 誤 beside the same 言, 吴 for 吾
    "向坪镇\t向坪鎮\tplace\t\t\t\n"      # 向: 同, its stroke on top moved inside the frame
    "李继平\t李継平\tperson\t\t\t\n"   # 継: 断, the same box of 米 drawn on the other side
    "棠志远\t棠志遠\tperson\t\t\t\n"   # 棠: 裳, the same crown over 衣 for 木
    "辰立新\t辰立新\tperson\t\t\t\n"   # 辰: 辱, 辰 over 寸
    "杏春梅\t杏春梅\tperson\t\t\t\n"   # 杏: 否, 不 for 木 over the same 口
    "石子岭镇\t石子嶺鎮\tplace\t\t\t\n"))  # 子: 予, a stroke more on top


@pytest.mark.parametrize("text, written, correct", [
    ("漁師の卿海明さんは網を繕った。郷海明さんによると今年は不漁だという。", "郷海明", "卿海明"),
    ("茶農家の郭語婷さんは畑を案内した。郭誤婷さんによると今年は豊作だという。", "郭誤婷", "郭語婷"),
    ("向坪鎮の市場で茶を買った。同坪鎮の川沿いには古い家並みが残る。", "同坪鎮", "向坪鎮"),
    ("校長の李継平氏が式辞を述べた。李断平氏は卒業生に記念品を手渡した。", "李断平", "李継平"),
    ("陶芸家の棠志遠さんは窯に火を入れた。裳志遠さんの器は町の土産物店にも並ぶ。", "裳志遠", "棠志遠"),
    ("辰立新さんは村で養蜂を営む。辱立新さんによると、今年の蜜は色が濃いという。", "辱立新", "辰立新"),
    ("刺繍の講座は杏春梅さんが受け持つ。否春梅さんは毎週末に子どもたちを教えている。", "否春梅", "杏春梅"),
    ("石子嶺鎮は山あいの小さな町だ。石予嶺鎮の朝市には近くの村から野菜が届く。", "石予嶺鎮", "石子嶺鎮"),
])
def test_a_lookalike_of_the_hand_listed_pairs(text, written, correct):
    """Pairs scripts/make_lookalike_table.py lists by hand (PAIRS): the decompositions analyse the two apart and the
    drawn glyphs are not each other's nearest. 誤 for 語 reads a syllable off too (wu, yu): the eye explains it all."""
    found = [(f.code, f.surface, f.severity.value, f.suggestion) for f in lint_text(text, LISTED)
             if f.code.startswith("NAM") and f.surface == written]
    assert found == [("NAM011", written, "warning", correct)]


def test_a_place_right_after_a_larger_place_is_not_inside_a_word():
    """省 before 准川 closes a province's name: 江西省准川市 names a city in its province, no longer word holds 准川, so
    it is as sure as 准川 alone (東准川, above, stays inside a word)."""
    alone = {f.surface: f for f in lint_text("淮川の堤防が修復された。准川市の中心部では祭りが開かれた。", GLOSSARY)
             if f.code == "NAM011"}
    placed = {f.surface: f for f in lint_text("淮川の堤防が修復された。江西省准川市の中心部では祭りが開かれた。", GLOSSARY)
              if f.code == "NAM011"}
    assert placed["准川"].severity.value == "warning"
    assert placed["准川"].confidence == alone["准川"].confidence


SURNAMES = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "江立群\t江立群\tperson\t\t\t\n"   # 江: 汪, a surname too, is drawn nearly alike
    "管德明\t管徳明\tperson\t\t\t\n"))  # 管: 菅, a surname too, is drawn nearly alike


@pytest.mark.parametrize("text, written, correct", [
    ("漁師の江立群さんは網を繕った。汪立群さんによると今年は不漁だという。", "汪立群", "江立群"),
    ("校長の管徳明氏が式辞を述べた。菅徳明氏は卒業生に記念品を手渡した。", "菅徳明", "管徳明"),
])
def test_a_surname_one_lookalike_from_the_persons_own_is_a_lookalike(text, written, correct):
    """The surname finder takes any other surname before the person's given name (NAM008); a surname the table pairs
    with the person's own (汪 drawn like 江) is the surname misread by eye, and the look-alike claims the span."""
    found = [(f.code, f.surface, f.severity.value, f.suggestion) for f in lint_text(text, SURNAMES)
             if f.code.startswith("NAM") and f.surface == written]
    assert found == [("NAM011", written, "warning", correct)]


def test_a_surname_that_looks_nothing_like_the_persons_own_stays_a_wrong_surname():
    text = "漁師の江立群さんは網を繕った。劉立群さんによると今年は不漁だという。"
    assert [f.code for f in lint_text(text, SURNAMES) if f.surface == "劉立群"] == ["NAM008"]


FRAMED = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "崔立峰\t崔立峰\tperson\t\t\t\n"   # 崔: 山 over 隹; 崖 is 山 over 厓, and no surname
    "冷海明\t冷海明\tperson\t\t\t\n"   # 冷: 冫 beside 令; 凍 is 冫 beside 東, and no surname
    "江立群\t江立群\tperson\t\t\t\n"))  # 江: 氵 beside 工; 池 is 氵 beside 也, and a surname


def _codes(text: str, surface: str) -> list[tuple[str, str, str | None]]:
    return [(f.code, f.severity.value, f.suggestion) for f in lint_text(text, FRAMED) if f.surface == surface]


@pytest.mark.parametrize("text, written, correct", [
    ("登山ガイドの崔立峰さんは山小屋を営む。崖立峰さんによると、今年は雪が少ないという。", "崖立峰", "崔立峰"),
    ("漁師の冷海明さんは港で網を干した。凍海明さんは毎朝四時に船を出す。", "凍海明", "冷海明"),
])
def test_a_surname_written_with_a_kanji_of_its_frame_that_is_no_surname(text, written, correct):
    """A kanji that shares the surname's frame (data/kanji_frames.tsv: its arrangement and first part) and is no
    surname, before the given name of a person the document names: no other person, and no slip by ear."""
    assert _codes(text, written) == [("NAM011", "warning", correct)]


def test_a_framed_surname_is_silent_where_the_document_never_names_the_person():
    assert _codes("崖立峰さんによると、今年は雪が少ないという。", "崖立峰") == []


def test_a_kanji_of_the_frame_that_is_a_surname_is_another_person():
    """池 shares 江's frame but is a surname: 池立群 may be another person, the surname finder's (NAM008), not NAM011."""
    codes = {c for c, _, _ in _codes("漁師の江立群さんは網を繕った。池立群さんによると今年は不漁だという。", "池立群")}
    assert "NAM011" not in codes


def test_shipped_frames_table():
    """data/kanji_frames.tsv (scripts/make_lookalike_table.py --frames): a kanji's arrangement and first part."""
    from textqa.mentions.lookalike import frame_tables

    frames = frame_tables()[0]
    assert frames["崔"] == frames["崖"] == "d:山" and frames["冷"] == frames["冶"] == frames["凍"]
    assert frames["江"] == frames["汪"] != frames["冷"]


GIVEN = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "宋远航\t宋遠航\tperson\t\t\t\n"   # 遠: 辶 under 袁; 遅 is 辶 under another part, and given names seldom hold it
    "林宏杰\t林宏傑\tperson\t\t\t\n"   # 宏: 宀 over 厷; 害 and 安 are 宀 over another part, 安 a given-name character
    "周玲华\t周玲華\tperson\t\t\t\n"))  # 玲: 王 beside 令; 琳 is 王 beside 林, read lin, a syllable off ling


def _given(text: str, surface: str, glossary: Glossary = GIVEN) -> list[tuple[str, str, str | None]]:
    return [(f.code, f.severity.value, f.suggestion) for f in lint_text(text, glossary)
            if f.code.startswith("NAM") and f.surface == surface]


@pytest.mark.parametrize("text, written, correct", [
    ("船長の宋遠航さんは港に立った。宋遅航さんによると、今年の漁は良いという。", "宋遅航", "宋遠航"),
    ("工房の林宏傑さんは朝から窯に火を入れる。林害傑さんは三代目の職人だ。", "林害傑", "林宏傑"),
])
def test_a_given_name_written_with_a_kanji_of_its_frame_that_names_seldom_hold(text, written, correct):
    """A kanji of a given-name character's frame (data/kanji_frames.tsv) that given names seldom hold
    (data/given_name_chars.txt) and that does not read like it, the surname and the rest as they are, where the
    document names the person: the given name misread by eye."""
    assert _given(text, written) == [("NAM011", "warning", correct)]


def test_a_kanji_of_the_frame_that_given_names_often_hold_may_be_another_person():
    """安 shares 宏's frame, but given names are often made of it: 林安傑 may be the craftsman's brother, and is where
    the text says so, in its sentence a word for a relative (data/kinship_words.txt), or names him twice, or names
    the craftsman beside him in the same sentence, or lists him bare, with no name suffix or title after him."""
    for text in ("工房の林宏傑さんは朝から窯に火を入れる。弟の林安傑さんは三代目の職人だ。",
                 "工房の林宏傑さんは朝から窯に火を入れる。林安傑さんは三代目の職人だ。林安傑さんの器は青い。",
                 "工房では林宏傑さんと林安傑さんが窯に火を入れる。",
                 # a bare name in a list's row, no name suffix or title after it: a member listed, maybe a relative
                 "工房の林宏傑さんは朝から窯に火を入れる。\n工房の職人\n林安傑 林正\n"):
        assert _given(text, "林安傑") == []


def test_a_kanji_of_the_frame_that_given_names_often_hold_written_once_is_a_slip():
    """Written once, in a sentence with no relative and without the person's own name, where the document names
    the person elsewhere: a slip of the eye, whatever names hold the kanji (安 for 宏, 宇 for 守, 雪 for 雲)."""
    text = "工房の林宏傑さんは朝から窯に火を入れる。林安傑さんは三代目の職人だ。"
    assert _given(text, "林安傑") == [("NAM011", "warning", "林宏傑")]


RELATIVES = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "方国梁\t方国梁\tperson\t\t\t\n"   # 国: 囗 around 玉; 図 is 囗 around another part, a given-name character
    "方图梁\t方図梁\tperson\t\t\t\n"   # a second glossary person, one kanji of that frame apart
    "陶雪芳\t陶雪芳\tperson\t\t\t\n"))  # 雪: 雨 over another part; 雲 is 雨 over 云, a given-name character too


def test_two_relatives_whose_given_names_share_a_frame_both_written_consistently_are_silent():
    """Two sisters, 陶雪芳 and 陶雲芳 (雪 and 雲: 雨 over another part, both characters given names are often made
    of), each named again and again: the glossary lists one, the text names the other in her own right."""
    text = ("姉の陶雪芳さんは刺繍を教えている。陶雲芳さんは妹で、布を染める。陶雪芳さんの図案を、"
            "陶雲芳さんが藍で染める。陶雲芳さんは「姉の線は細い」と話す。陶雪芳さんは笑った。")
    assert _given(text, "陶雲芳", RELATIVES) == []


def test_a_framed_given_name_that_is_another_glossary_person_is_silent():
    """方図梁 is a glossary person of its own (a literal form): the exact finder's, never a slip of 方国梁."""
    text = "村長の方国梁さんは畑に出た。方図梁さんは隣村の医師だ。"
    assert _given(text, "方図梁", RELATIVES) == []


def test_a_framed_given_name_is_silent_where_the_document_never_names_the_person():
    assert _given("宋遅航さんによると、今年の漁は良いという。", "宋遅航") == []


def test_a_framed_given_name_the_text_names_again_is_another_person():
    """遅 is no kanji given names are often made of, but a name the text writes twice is named in its own right (a
    slip is seldom made twice the same way): 宋遅航 is someone else, whom the glossary does not list."""
    text = "船長の宋遠航さんは港に立った。宋遅航さんは網を直す。宋遅航さんによると、今年の漁は良いという。"
    assert _given(text, "宋遅航") == []


def test_a_kanji_of_the_frame_read_a_syllable_off_is_left_to_the_sound():
    """琳 shares 玲's frame and reads lin for ling: the near-homophone finder's (NAM005), not a frame's look-alike."""
    assert [code for code, _, _ in _given("歌手の周玲華さんが舞台に立った。周琳華さんは民謡を歌う。", "周琳華")] == ["NAM005"]


def test_shipped_given_name_characters():
    """data/given_name_chars.txt (scripts/make_given_name_chars.py): the characters given names are often made of."""
    from textqa.mentions.lookalike import given_name_chars

    chars = given_name_chars()
    assert {"明", "华", "英", "波", "安"} <= chars and not {"违", "迟", "害"} & chars
    assert all(len(ch) == 1 and is_kanji(ch) and simplified_form(ch) == ch for ch in chars)


LAST = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "何海波\t何海波\tperson\t\t\t\n"   # 波: 氵 beside 皮; 披 is 扌 beside 皮, read pi; 坡 (po) a syllable off bo
    "吕格非\t呂格非\tperson\t\t\t\n"   # 格: 木 beside 各; 略 is 田 beside 各, read lue
    "冯明远\t馮明遠\tperson\t\t\t\n"   # 明: 日 beside 月; 朋 is 月 beside 月 (the decompositions: 月 repeated)
    "宋祥远\t宋祥遠\tperson\t\t\t\n"   # 祥: 礻 beside 羊; 洋 is 氵 beside 羊, usually yang, read xiang only rarely
    "张海生\t張海生\tperson\t\t\t\n"   # 海: 氵 beside 毎; 梅 is 木 beside 毎, a given-name character
    "郑章明\t鄭章明\tperson\t\t\t\n"))  # 章: 亠, 䒑, 日 over 十; 竟 is 亠, 䒑, 日 over 儿 (立 over 早; 音 over 儿)


def _last(text: str, surface: str) -> list[tuple[str, str, str | None]]:
    return _given(text, surface, LAST)


@pytest.mark.parametrize("text, written, correct", [
    ("漁師の何海波さんは港で網を干した。何海披さんは毎朝四時に船を出す。", "何海披", "何海波"),
    ("画家の呂格非さんが個展を開いた。呂略非さんによると、準備に二年かかったという。", "呂略非", "呂格非"),
    ("校長の馮明遠氏が式辞を述べた。馮朋遠氏は卒業生に記念品を手渡した。", "馮朋遠", "馮明遠"),
])
def test_a_given_name_written_with_a_kanji_of_its_last_part_that_names_seldom_hold(text, written, correct):
    """A kanji with the same part on the right and another on the left (data/kanji_last_parts.tsv: 披 for 波, 略 for
    格, 朋 for 明) that given names seldom hold and that does not read like it, where the document names the person:
    read as a frame is, the given name misread by eye."""
    assert _last(text, written) == [("NAM011", "warning", correct)]


def test_a_given_name_written_with_a_kanji_of_its_stack():
    """竟 shares all but the last of 章's stacked parts (data/kanji_stacks.tsv), though no frame links them (立 over
    早, 音 over 儿): read as a frame is, where the document names the person."""
    text = "組合長の鄭章明氏があいさつした。鄭竟明氏は新しい工場の計画を説明した。"
    assert _last(text, "鄭竟明") == [("NAM011", "warning", "鄭章明")]


STACKED = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\treject\n"
    "孙亭山\t孫亭山\tperson\t\t\t\n"   # 亭: 亠, 口, 冖 over 丁; 亮 is 亠, 口, 冖 over 儿, read liang, not ting
    "吴安山\t呉安山\tperson\t\t\t\n"))  # 安: 宀 over 女; 宇 is 宀 over 于 (a frame, not a stack)


def test_a_given_name_written_with_a_kanji_of_its_stack_that_names_often_hold():
    """亮 shares all of 亭's stacked parts but the last and given names often hold it: one glyph but a part, a
    misreading as a look-alike of the table is, read where the document names the person. A kanji given names often
    hold that shares only a frame (宇 for 安) may still be a relative's name, and stays silent where the sentence
    names a relative (息子, a son)."""
    text = "茶館の孫亭山さんは朝から湯を沸かす。孫亮山さんは三代目の主人だ。"
    assert _given(text, "孫亮山", STACKED) == [("NAM011", "warning", "孫亭山")]
    assert _given("茶館の呉安山さんは朝から湯を沸かす。息子の呉宇山さんは三代目の主人だ。", "呉宇山", STACKED) == []


def test_a_kanji_of_the_last_part_read_alike_only_by_a_rare_reading_is_a_lookalike():
    """洋 shares 祥's right part and reads xiang only by a rare reading (usually yang): the homophone finder reads it
    like the name, but the usual reading does not explain the slip; the look-alike claims the span (as 荼 for 茶)."""
    text = "工房の宋祥遠さんは朝から窯に火を入れる。宋洋遠さんは三代目の職人だ。"
    assert _last(text, "宋洋遠") == [("NAM011", "warning", "宋祥遠")]


def test_a_kanji_of_the_last_part_that_given_names_often_hold_may_be_another_person():
    """梅 shares 海's right part, but given names are often made of it: 張梅生 may be the fisherman's sister, and is
    where the sentence says so."""
    assert _last("漁師の張海生さんは港で網を干した。妹の張梅生さんは市場で魚を売る。", "張梅生") == []


def test_a_framed_last_part_is_silent_where_the_document_never_names_the_person():
    assert _last("何海披さんは毎朝四時に船を出す。", "何海披") == []


def test_shipped_last_parts_table():
    """data/kanji_last_parts.tsv (scripts/make_lookalike_table.py --frames): a side-by-side kanji's right part, a
    part repeated read as that part twice (朋: 月 beside 月)."""
    from textqa.mentions.lookalike import frame_tables

    frames, last, *_ = frame_tables()
    assert last["波"] == last["披"] == last["坡"] == "a:皮" and last["明"] == last["朋"] == "a:月"
    assert last["錦"] == last["綿"] != last["祥"] and "崔" not in last  # 崔: 山 over 隹, not side by side
    assert frames["朋"] == frames["肝"] == "a:月"


def test_shipped_stacks_table():
    """data/kanji_stacks.tsv (scripts/make_lookalike_table.py --frames): the parts of a kanji's row but the last, a
    part of two parts in the same arrangement read as its two (章: 立 over 早; 竟: 音 over 儿)."""
    from textqa.mentions.lookalike import frame_tables

    frames, _, stacks, *_ = frame_tables()
    assert stacks["章"] == stacks["竟"] == stacks["意"] == "d:亠䒑日" and frames["章"] == "d:立" != frames["竟"]
    assert "崔" not in stacks  # two parts, 山 over 隹: a frame, no row of three


def test_shipped_bottoms_table():
    """data/kanji_bottoms.tsv (scripts/make_lookalike_table.py --frames): the lower part of a kanji of two parts one
    over the other (思 and 恵: 心; 熊 and 燕: 灬) or under a part that comes down its right (馬 and 鳥: 灬, str), none
    of a side-by-side kanji."""
    from textqa.mentions.lookalike import frame_tables

    *_, bottoms, _ = frame_tables()
    assert bottoms["思"] == bottoms["恵"] == bottoms["念"] == "d:心" and bottoms["熊"] == bottoms["燕"] == "d:灬"
    assert bottoms["馬"] == bottoms["鳥"] == "str:灬"  # over and down the right: another arrangement, its own key
    assert "錦" not in bottoms and "海" not in bottoms  # side by side: a last part, no bottom


def test_shipped_tops_table():
    """data/kanji_tops.tsv (scripts/make_lookalike_table.py --frames): the first two parts of a row of three or more one
    over another (高: 亠 口 冋; 亭: 亠 口 冖 丁), which no stack links where the rows differ in length."""
    from textqa.mentions.lookalike import frame_tables

    *_, stacks, _, tops = frame_tables()
    assert tops["高"] == tops["亭"] == tops["京"] == "d:亠口" and stacks["高"] != stacks["亭"]
    assert "思" not in tops  # two parts, 田 over 心: no row of three


def test_framed_windows_found_through_the_documents_probes_answer_as_every_person_tried_in_every_run():
    """``_framed`` tries only the probes (``_frame_probes``, made once a document) whose anchor begins with a
    character of the run, and no run shorter than the shortest form: the same windows in the same order as trying
    every kanji of every named person's form in every run (the code before, kept here as the reference). Invented
    persons of three and four kanji made of kanji that have frames, last parts or stacks; 3,000 random runs of their
    characters, of kanji sharing their frames and of other kanji, and every form with each of its kanji swapped for
    one of its frame; some swapped windows are literal forms."""
    import random

    from textqa.mentions.lookalike import (CLOSE_FRAMES, FRAMES, _core_probes, _frame_probes, _framed,
                                           _names_people, _one_core_alike, frame_tables)
    from textqa.phonetics.pinyin import primary_readings

    tables, table = frame_tables(), lookalikes()

    def every_person(run, persons, forms):
        out = []
        for zh, form, _ in persons:  # (entity, form, how many of its first kanji may change: all of a person's)
            for k, own in enumerate(form):
                owns = [(frames, frames[own], name in CLOSE_FRAMES) for name, frames in zip(FRAMES, tables)
                        if own in frames] + _core_probes(own)  # a kanji's core, another of its core, its holder
                if not owns:
                    continue
                anchor, offset = (form[:k], 0) if k else (form[1:], 1)
                at = run.find(anchor, offset)
                while at >= 0:
                    start = at - offset
                    window = run[start:start + len(form)]
                    written = window[k] if len(window) == len(form) else own
                    if written != own and window[k + 1:] == form[k + 1:] \
                            and written not in table.get(own, "") \
                            and not primary_readings(written) & primary_readings(own) and window not in forms:
                        names = [_names_people(written, k, close) for frames, frame, close in owns
                                 if frames.get(written) == frame]
                        if names and (not all(names) or k or _one_core_alike(written, own)):
                            out.append((start, len(form), zh, form, all(names)))
                    at = run.find(anchor, at + 1)
        return tuple(out)

    rng = random.Random(32)
    by_frame: dict[str, list[str]] = {}
    for frames in tables:
        for ch, frame in frames.items():
            by_frame.setdefault(frame, []).append(ch)
    framed = sorted({ch for frames in tables for ch in frames if is_kanji(ch)})[::53][:60]
    names = sorted({"".join(rng.sample(framed, n)) for n in (3, 3, 3, 4, 4) for _ in range(4)})
    persons = tuple((f"zh{i}", name, len(name)) for i, name in enumerate(names))

    def kin(ch):  # kanji sharing one of ch's frames
        return [o for frames in tables if ch in frames for o in by_frame[frames[ch]] if o != ch]

    swapped = [name[:k] + other + name[k + 1:] for name in names for k in range(len(name))
               for other in kin(name[k])[:6]]
    forms = set(rng.sample(swapped, len(swapped) // 10))
    pool = "".join(names) + "".join(swapped[::7]) + "山川水港町一"
    runs = [*names, *swapped, *(name + "氏" + other for name, other in zip(names, swapped[::5])),
            *("".join(rng.choice(pool) for _ in range(rng.randint(1, 14))) for _ in range(3000))]
    for chosen in (persons, persons[:1], persons[::3], ()):
        probes = _frame_probes(chosen)
        got = [_framed(r, probes, forms) for r in runs]
        assert got == [every_person(r, chosen, forms) for r in runs]
        if len(chosen) > 2:
            assert sum(map(bool, got)) > 100  # many runs hold framed windows (335 with every person)
