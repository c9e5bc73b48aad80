"""`textqa glossary suggest`: names the glossary lacks, clustered across scripts by sound; with the source, its names."""
from __future__ import annotations

import json
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.glossary import load_glossary

from conftest import CORPUS, DATA, GLOSSARY, ROOT

PAIRS = ROOT / "tests" / "bilingual" / "pairs"
REMOVED = {  # entity -> renderings of it in the example article (test data: names are fine here)
    "易理华": {"易麗華", "イー・リフア", "Yi Lihua"},
    "娄底": {"婁迪", "ラウディ", "Loudi", "婁底"},
    "李林": {"リー リン", "Li Lin", "李林"},
}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def reduced():
    """The shipped glossary less the entries for 易理华, 娄底 and 李林 (tests/data, used by the README too)."""
    return DATA / "glossary" / "hunan-minus-three.tsv"


def test_reduced_glossary_is_the_shipped_one_less_three_entries(reduced):
    rows = [l for l in GLOSSARY.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    kept = [l for l in reduced.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    assert kept == [l for l in rows if l.split("\t")[0] not in REMOVED] and len(kept) == len(rows) - 3


@pytest.fixture(scope="module")
def candidates(reduced):
    result = run("glossary", "suggest", "--glossary", reduced, "--format", "json", CORPUS)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)["candidates"]


def test_one_candidate_per_removed_entity_with_three_renderings_or_more(candidates):
    for zh, renderings in REMOVED.items():
        holding = [c for c in candidates if {r["surface"] for r in c["renderings"]} & renderings]
        assert len(holding) == 1, (zh, holding)
        (c,) = holding
        surfaces = {r["surface"] for r in c["renderings"]}
        assert renderings <= surfaces and len(surfaces) >= 3
        assert c["verified"] is True and c["type"] in ("person", "place")
    by_ja = {c["ja"]: c for c in candidates}
    assert by_ja["婁底"]["zh"] == "娄底" and by_ja["李林"]["zh"] == "李林"
    assert by_ja["易麗華"]["type"] == "person"  # the kanji rendering that sounds like the others, not 李麗華


def test_renderings_counted_most_frequent_first_with_lines(candidates):
    loudi = next(c for c in candidates if c["zh"] == "娄底")
    counts = {r["surface"]: r["count"] for r in loudi["renderings"]}
    assert counts["婁底"] == 19 and counts["Loudi"] == 6 and counts["ラウディ"] == 5 and counts["婁迪"] == 5
    assert [r["count"] for r in loudi["renderings"]] == sorted(counts.values(), reverse=True)
    lines = {(x["path"], x["line"]) for r in loudi["renderings"] if r["surface"] == "婁迪" for x in r["lines"]}
    assert (str(CORPUS), 5) in lines
    assert set(candidates[0]) == {"zh", "ja", "type", "verified", "accept", "renderings"}


def test_what_the_glossary_covers_is_not_a_candidate():
    result = run("glossary", "suggest", "--glossary", GLOSSARY, "--format", "json", CORPUS)
    surfaces = {r["surface"] for c in json.loads(result.stdout)["candidates"] for r in c["renderings"]}
    assert not surfaces & set().union(*REMOVED.values())
    assert not surfaces & {"深セン", "長沙", "Huobi.com"}


def test_unverified_when_no_kanji_form(candidates):
    unverified = [c for c in candidates if not c["verified"]]
    assert unverified and all(c["zh"] == "" for c in unverified)
    assert all(not any("\u4e00" <= ch <= "\u9fff" for r in c["renderings"] for ch in r["surface"]) for c in unverified)


def test_an_unverified_row_says_what_to_write_and_where():
    from textqa.glossary.suggest import Candidate, Rendering, tsv

    katakana = Candidate("", "ケン・ロウ", "person", False, [Rendering("ケン・ロウ", [("a.ja.txt", 2)])])
    simplified = Candidate("鄂伦春", "鄂伦春", "place", False, [Rendering("鄂伦春", [("a.ja.txt", 5)])])
    rows = [line for line in tsv([katakana, simplified]).splitlines() if line.startswith("# unverified")]
    assert rows == ["# unverified (no kanji form: write the name in Chinese characters in zh, then delete up to this "
                    "colon): \tケン・ロウ\tperson\t\t\t\t",
                    "# unverified (no Japanese form: write it in ja, then delete up to this colon): "
                    "鄂伦春\t鄂伦春\tplace\t\t\t\t"]


def test_tsv_rows_append_to_the_glossary(reduced, tmp_path):
    result = run("glossary", "suggest", "--glossary", reduced, CORPUS)
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert out[0].startswith("# 婁底 ×19 (") and out[1] == "娄底\t婁底\tplace\t\t\t\t"
    grown = tmp_path / "grown.tsv"
    grown.write_text(reduced.read_text(encoding="utf-8") + result.stdout, encoding="utf-8")
    zh = {e.zh for e in load_glossary(str(grown))}  # loads: no error-level problem in the proposed rows
    assert {"娄底", "李林"} <= zh


def test_with_no_glossary_at_all_the_rows_start_a_glossary(tmp_path, monkeypatch):
    """No glossary given or configured: the rows come after the header line, so that `suggest -o names.tsv` writes
    a glossary that `glossary check` and `lint` read (without it, the first row was taken for the header)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "farm.txt").write_text("福建省の茶農家、周明遠さんは娘の周佳琪さんと会社を設立した。"
                                       "周佳琪さんは販売を担当している。\n", encoding="utf-8")
    assert run("glossary", "suggest", "farm.txt", "-o", "names.tsv").exit_code == 1
    rows = (tmp_path / "names.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "zh\tja\ttype\treading\taccept\treject\tnote" and len(rows) > 2
    check = run("glossary", "check", "names.tsv")
    assert check.exit_code == 0, check.output
    assert "周佳琪" in {e.zh for e in load_glossary("names.tsv")}
    # told to ignore a glossary, the rows are still rows to append to one
    assert not run("glossary", "suggest", "--no-glossary", "farm.txt").stdout.startswith("zh\t")
    # -o writes a whole file, which must read as a glossary, with --no-glossary too (it had no header line)
    assert run("glossary", "suggest", "--no-glossary", "farm.txt", "-o", "all.tsv").exit_code == 1
    assert (tmp_path / "all.tsv").read_text(encoding="utf-8").startswith("zh\tja\ttype\t")
    assert run("lint", "--glossary", "all.tsv", "farm.txt").exit_code in (0, 1)


def test_a_new_glossary_file_with_no_name_in_it_is_still_a_glossary(tmp_path, monkeypatch):
    """An article with no name (a statistics release) made an empty `names.tsv`, which `lint --glossary` refused as a
    glossary with no header line: the maintainer's next step failed."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "figures.txt").write_text("上半期の売上高は前年同期比4.7%増えた。\n", encoding="utf-8")
    assert run("glossary", "suggest", "figures.txt", "-o", "names.tsv").exit_code == 0
    assert (tmp_path / "names.tsv").read_text(encoding="utf-8") == "zh\tja\ttype\treading\taccept\treject\tnote\n"
    assert run("lint", "--glossary", "names.tsv", "figures.txt").exit_code == 0
    assert run("glossary", "suggest", "figures.txt").stdout == ""  # nothing to suggest prints nothing


def test_a_headerless_glossary_is_told_to_add_the_header(tmp_path):
    rows = tmp_path / "rows.tsv"
    rows.write_text("# rows without their header\n周佳琪\t周佳琪\tperson\n", encoding="utf-8")
    result = run("glossary", "check", rows)
    assert result.exit_code == 1
    assert ("2:1: GLS001 error header has no 'zh' column: the first line that is not a comment is the header, "
            "and this one names no column (an entry?); add a header line above the rows, e.g. "
            "zh<TAB>ja<TAB>type<TAB>reading<TAB>accept<TAB>reject<TAB>note") in result.stdout
    lint = run("lint", "--glossary", rows, rows)
    assert lint.exit_code == 2 and "add a header line above the rows" in lint.stderr


def test_with_the_chinese_source_the_source_names_are_proposed():
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", PAIRS / "drones.zh.txt",
                          PAIRS / "drones.ja.txt").stdout)
    by_zh = {c["zh"]: c for c in data["candidates"]}
    assert {"汪滔", "李泽湘", "大疆"} <= set(by_zh)
    assert all(by_zh[zh]["verified"] for zh in ("汪滔", "李泽湘", "大疆"))
    assert by_zh["汪滔"]["type"] == "person" and by_zh["汪滔"]["ja"] == "汪滔"
    assert by_zh["李泽湘"]["ja"] == "李沢湘"
    assert all(x["path"].endswith(".ja.txt") for c in data["candidates"] for r in c["renderings"]
               for x in r["lines"])  # renderings are in the translations, never in their sources


def test_source_names_the_glossary_has_are_left_out():
    data = json.loads(run("glossary", "suggest", "--glossary", PAIRS.parent / "glossary.tsv", "--format", "json",
                          PAIRS).stdout)
    assert not {"汪滔", "李泽湘", "大疆"} & {c["zh"] for c in data["candidates"]}


def test_explicit_source_and_bilingual_file(tmp_path):
    zh, ja = (PAIRS / "drones.zh.txt").read_text(encoding="utf-8"), (PAIRS / "drones.ja.txt").read_text(encoding="utf-8")
    (tmp_path / "article.txt").write_text(ja, encoding="utf-8")
    (tmp_path / "source.txt").write_text(zh, encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", tmp_path / "article.txt",
                          "--source", tmp_path / "source.txt").stdout)
    assert "汪滔" in {c["zh"] for c in data["candidates"]}
    units = "".join(f'<trans-unit id="{i}"><source>{escape(s)}</source><target>{escape(t)}</target></trans-unit>'
                    for i, (s, t) in enumerate(zip(zh.split("\n\n"), ja.split("\n\n"))))
    xliff = tmp_path / "drones.xlf"
    xliff.write_text('<?xml version="1.0"?><xliff version="1.2"><file source-language="zh" target-language="ja">'
                     f"<body>{units}</body></file></xliff>", encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", xliff).stdout)
    assert "汪滔" in {c["zh"] for c in data["candidates"]}


def test_bad_input_exit_2(tmp_path):
    result = run("glossary", "suggest", "--no-glossary", tmp_path / "missing.txt")
    assert result.exit_code == 2 and "missing.txt" in result.stderr
    result = run("glossary", "suggest", "--no-glossary", CORPUS, CORPUS, "--source", CORPUS)
    assert result.exit_code == 2 and "--source is given 1 time for 2 paths" in result.stderr


def test_nothing_to_suggest_exit_0(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("今日は良い天気です。\n", encoding="utf-8")
    result = run("glossary", "suggest", "--glossary", GLOSSARY, clean)
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("text", [
    "刘星河\n簡体字 刘星河\n劉星河(りゅう せいが)は中国の作家である。\n刘星河の小説は広く読まれている。",  # quoted more often
    "刘 星河\n簡体字 刘星河\n劉星河さんは中国の作家だ。刘星河さんは来日した。",  # the Japanese form written too
])
def test_the_proposed_japanese_form_has_no_simplified_only_character(tmp_path, text):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout)
    name = next(c for c in data["candidates"] if c["zh"] == "刘星河")
    assert name["ja"] == "劉星河"


def test_a_name_written_only_in_simplified_characters_is_proposed_in_its_japanese_form(tmp_path):
    """Only the simplified form is written: the row's Japanese form is still the Japanese one (OpenCC's), never the
    page's own simplified form, which would make the page's leftover the glossary's preferred form and hide it."""
    page = tmp_path / "page.txt"
    page.write_text("中国の作家、刘星河さんが来日した。刘星河さんは東京で講演した。", encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout)
    assert next(c for c in data["candidates"] if c["zh"] == "刘星河")["ja"] == "劉星河"


def test_a_suggested_row_does_not_hide_the_pages_simplified_leftover(tmp_path):
    """A person written once in simplified characters in Japanese prose (吴 for 呉): the row proposes 呉月明, and lint
    with it reports the page's 吴月明 (a row 吴月明 → 吴月明 silenced even GRB001's finding)."""
    page = tmp_path / "page.txt"
    page.write_text("  • 会議には吴月明などが出席。\n", encoding="utf-8")
    rows = run("glossary", "suggest", "--no-glossary", page).stdout
    assert "吴月明\t呉月明\tperson" in rows
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\treading\taccept\treject\tnote\n" + rows, encoding="utf-8")
    result = run("lint", page, "--glossary", glossary, "--format", "json", "--fail-on", "never")
    assert any(f["surface"] == "吴月明" and f["suggestion"] == "呉月明" for f in json.loads(result.stdout)["findings"])


@pytest.mark.parametrize("text, word", [
    ("英文维基 | 中文维基 | 星河维基\n星河文庫は中国の図書館。簡体字中国語: 星河文库、英语: Xinghe Library\n", "中文"),
    ("英文维基 | 中文维基 | 星河维基\n星河文庫は中国の図書館。簡体字中国語: 星河文库、英语: Xinghe Library\n", "英文"),
    ("星河文庫は英文の本も集めている。\n出典:星河日报新闻网\n", "新闻网"),  # a site's generic word ("news site")
    ("趙星河「星河の旅」手稿 王月「关于《星河之旅》的陈列品」星河档案サイトによる\n"
     "趙星河「星河の旅」草稿 王月「关于《星河之旅》的陈列品」星河档案サイトによる\n", "陈列品"),  # nr to jieba
])
def test_everyday_words_that_jieba_tags_as_names_are_not_proposed(tmp_path, text, word):
    """A language's name in a site's menu (中文, 英文: jieba's nz) or an everyday word of a cited Chinese title (陈列品,
    "exhibit", jieba's nr): the Japanese dictionary reads their Japanese forms as common nouns (中文, 陳列|品), no name."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout or "{}")
    assert word not in {c["zh"] for c in data.get("candidates", [])}


# Precision: from the Japanese alone, a row only for a name with Chinese-name evidence (real16's pages: a suggested
# glossary of greetings, common words, Japanese people and places is one a maintainer switches off)
NOT_CHINESE_NAMES = ("中国の作家、劉星河氏が来日した。劉星河氏は東京と大阪で講演し、通訳の森川哲也さんが同行した。"
                     "森川哲也さんによると、劉星河氏は会場で「你好」(ニーハオ、Nǐ hǎo)と挨拶した。\n"
                     "大阪の会見で劉星河氏は星河市の話をした。森川さんも星河市を訪れたことがある。")


def _suggested(tmp_path, text: str) -> dict[str, dict]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout or "{}")
    return {c["ja"]: c for c in data.get("candidates", [])}


def test_japanese_people_places_and_greetings_are_not_proposed(tmp_path):
    found = _suggested(tmp_path, NOT_CHINESE_NAMES)
    assert "劉星河" in found  # the Chinese writer: a Chinese surname
    assert not {"東京", "大阪", "森川哲也", "森川", "你好", "ニーハオ", "会見"} & set(found), sorted(found)


def test_a_place_heard_in_katakana_is_proposed_though_no_dictionary_knows_it(tmp_path):
    """A name the page also writes by its Mandarin sound is a name, where its kanji alone are no evidence."""
    heard = "雪河市はシュエホー市とも書かれる。雪河市の人口は多い。シュエホー市には空港がある。"
    assert "雪河" in _suggested(tmp_path, heard)
    assert "雪河" not in _suggested(tmp_path, heard.replace("シュエホー市", "その町"))  # no Chinese dictionary's place


def test_evidence_for_and_against_a_chinese_name():
    from textqa.glossary.suggest import Candidate, _chinese_name
    from textqa.mentions.candidates import Script, Seen

    def kept(zh, ja, typ, heard=()):
        group = [Seen(ja, Script.KANJI)] + [Seen(h, Script.KATAKANA) for h in heard]
        return _chinese_name(Candidate(zh, ja, typ, True, []), group)

    assert kept("刘星河", "劉星河", "person") and kept("曹操", "曹操", "person")  # a surname; a name known whole
    assert not kept("黄氏", "黄氏", "person")  # a surname and its honorific
    assert not kept("夏目漱石", "夏目漱石", "person") and not kept("井上", "井上", "person")  # Japanese family names
    assert not kept("龙之介", "竜之介", "person")  # a Japanese given name alone
    assert kept("杨贵妃", "楊貴妃", "person")  # the dictionary's 楊貴|妃 is no Japanese family name and given name
    assert not kept("明代", "明代", "person") and not kept("你好", "你好", "", heard=("ニーハオ",))  # words, not names
    assert kept("西安", "西安", "place") and not kept("京都", "京都", "place")  # a Japanese place


def test_japanese_names_that_begin_with_a_chinese_surname_are_no_chinese_names():
    """Japanese family and given names whose first character is a Chinese surname (a picture book's author, a grant's
    researcher, a blogger's source on real17's pages): their endings are Japanese (data lists), so no row is proposed;
    Chinese names with the same first characters are still kept."""
    from textqa.glossary.suggest import Candidate, _chinese_name
    from textqa.mentions.candidates import Script, Seen

    def kept(zh, ja, typ="person"):
        return _chinese_name(Candidate(zh, ja, typ, True, []), [Seen(ja, Script.KANJI)])

    assert not kept("柳泽", "柳沢") and not kept("吉田", "吉田")  # Japanese family names, 柳 and 吉 Chinese surnames
    assert not kept("龙健一", "龍健一") and not kept("康男", "康男")  # Japanese given names, alone or after a surname
    assert kept("周伯通", "周伯通") and kept("胡锦涛", "胡錦濤") and kept("温家宝", "温家宝")  # Chinese names
    assert not kept("横须贺", "横須賀", "place") and not kept("相模湾", "相模湾", "place")  # a core city, a bay
    assert kept("青岛", "青島", "place")  # a Chinese city with a family name's ending: places are not judged by it
    assert not kept("石川", "石川")  # a Japanese prefecture the page reads as a family name


def test_a_katakana_name_the_page_glosses_with_its_chinese_form_is_accepted(tmp_path):
    """A company the page names in katakana throughout, glossed once by its Chinese name in parentheses: the row
    accepts the page's katakana, so linting the page with the row reports no transliteration of its own name."""
    page = tmp_path / "page.txt"
    page.write_text("中国の大手アリババ(阿里巴巴)が決算を発表した。アリババの利益は増えた。\n"
                    "アリババは来年、東南アジアに進出する。アリババの株価は上がった。", encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout)
    row = next(c for c in data["candidates"] if "アリババ" in [r["surface"] for r in c["renderings"]])
    assert row["accept"] == ["アリババ"] and row["ja"] == "阿里巴巴", row
    rows = run("glossary", "suggest", "--no-glossary", page).stdout
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\treading\taccept\treject\tnote\n" + rows, encoding="utf-8")
    result = run("lint", "--format", "json", "--glossary", glossary, page)
    assert [f for f in json.loads(result.stdout)["findings"] if f["code"] == "NAM006"] == []


def test_a_katakana_reading_the_page_gives_after_the_kanji_name_is_accepted(tmp_path):
    """A name the page writes in kanji, glossed once by its katakana reading and later called by it now and then
    (real17's Taipei travel blogs, a restaurant): the page's own reading is accepted, though the kanji are written
    more often."""
    page = tmp_path / "page.txt"
    page.write_text("台北の実業家、林志強(リン・ジーチアン)氏が店を開いた。林志強氏は有名な料理人だ。\n\n"
                    "市内に支店を持つリン・ジーチアン氏だが、本店は林志強氏の故郷にある。林志強氏の餃子はおいしい。",
                    encoding="utf-8")
    rows = run("glossary", "suggest", "--no-glossary", page).stdout
    assert "リン・ジーチアン" in rows, rows
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\treading\taccept\treject\tnote\n" + rows, encoding="utf-8")
    result = run("lint", "--format", "json", "--glossary", glossary, page)
    assert [f for f in json.loads(result.stdout)["findings"] if f["code"] == "NAM006"] == []


def test_a_surname_of_the_common_list_in_its_traditional_form_is_evidence():
    """萧 (traditional 蕭), among the hundred commonest surnames, was missing from surnames.tsv: a person named with it
    in Japanese kanji had no surname evidence (real16's pages)."""
    from textqa.glossary.suggest import Candidate, _chinese_name
    from textqa.mentions.candidates import Script, Seen

    assert _chinese_name(Candidate("萧文岚", "蕭文嵐", "person", True, []), [Seen("蕭文嵐", Script.KANJI)])


def test_japanese_places_words_and_given_names_real18():
    """real17's and real18's leftovers: Tokyo's cities (多摩, 小金井: data/japanese_places.txt) and "places" both
    dictionaries know only as family names (金山, 高麗: a metaphor, a kingdom) are no Chinese places, and a given name
    alone that the dictionary reads by its native readings (和夫 カズオ: no run of Sino-Japanese readings) is
    Japanese; Chinese places, also those jieba tags as persons (花蓮), and given names read as Chinese names are
    (孟徳 モウトク, 西安)."""
    from textqa.glossary.suggest import Candidate, _chinese_name, on_reading
    from textqa.mentions.candidates import Script, Seen

    def kept(zh, ja, typ):
        return _chinese_name(Candidate(zh, ja, typ, True, []), [Seen(ja, Script.KANJI)])

    assert not kept("多摩", "多摩", "place") and not kept("小金井", "小金井", "place")
    assert not kept("金山", "金山", "place") and not kept("高丽", "高麗", "place")
    assert kept("西安", "西安", "place") and kept("青岛", "青島", "place") and kept("花莲", "花蓮", "place")
    assert not kept("和夫", "和夫", "person") and kept("孟德", "孟徳", "person")
    assert on_reading("モウトク", 2) and on_reading("ホウギョク", 2) and not on_reading("カズオ", 2)


def test_words_of_a_recipes_chinese_lines_are_not_proposed(tmp_path):
    """A bilingual recipe gives each Chinese line above its Japanese one (real18): the original's words (胡萝卜, a
    carrot jieba tags as a name; 丁小可 cut from 若切的丁小可…) are the source's, not the page's names."""
    text = ("五目チャーハン\n"
            "胡萝卜、黄瓜、香肠切丁，葱切成葱花；\n人参、胡瓜、ソーセージはさいの目に切る。\n"
            "胡萝卜放入沸水中焯一下捞出。若切的丁小可不需要此步骤；\n人参をゆでる。小さければ省略してよい。\n"
            "倒入胡萝卜丁和香肠丁，放蚝油和酱油翻炒；\n人参とソーセージを入れて炒める。\n")
    assert not {"胡萝卜", "丁小可"} & set(_suggested(tmp_path, text)), sorted(_suggested(tmp_path, text))


def test_an_entrys_katakana_reading_after_its_headword_is_accepted(tmp_path):
    """An encyclopedia entry: the headword in kanji, its reading in hiragana, then a parenthesis that opens with the
    katakana (real18's keyword page); or the headword in katakana and the kanji among the items of its parenthesis (a
    wiki lede, the simplified form in a cited title). The row accepts the page's katakana."""
    found = _suggested(tmp_path, "劉星河\n\nりゅうせいが\n\n(リウ・シンホー、1898年 - 1969年)\n\n中国の政治家。"
                                 "劉星河は党の副主席を務めた。劉星河の著作も多い。")
    assert found["劉星河"]["accept"] == ["リウ・シンホー"], found
    found = _suggested(tmp_path, "'''ウラントゥ'''(モンゴル語表記:ウラーントゥ、'''烏蘭図'''、1906年 - 1988年)は"
                                 "政治家。ウラントゥは自治区の主席を務めた。ウラントゥの一族も力を持った。\n"
                                 "参考文献: 「草原之王乌兰图」")
    row = next(c for c in found.values() if "ウラントゥ" in [r["surface"] for r in c["renderings"]])
    assert row["accept"] == ["ウラントゥ"], row


def test_a_title_in_quotes_that_reads_as_a_name_is_not_proposed_as_a_person(tmp_path):
    """A song's title the dictionary cuts as a surname and a given name (東方|明), all a quotation holds wherever the
    page writes it: no person; the same name in prose, before さん, is one."""
    assert "東方明" not in _suggested(tmp_path, "中国の放送局。以前は「東方明」のメロディーを使用していた。\n")
    assert "東方明" in _suggested(tmp_path, "中国の放送局。以前は東方明さんのメロディーを使用していた。\n")


def test_a_name_the_translation_writes_only_in_katakana_is_proposed_in_katakana(tmp_path):
    """Given the source, a row's ja was OpenCC's kanji even where the translation wrote the name only in katakana
    (加拿大 for カナダ): no Japanese form, and linting the translation with the row would report every mention. The
    katakana the translation writes is the row's ja then; a name written in kanji keeps its kanji form."""
    (tmp_path / "a.zh.txt").write_text("他去年从加拿大回到哈尔滨，在哈尔滨开了一家面包店。\n", encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text("彼は昨年カナダから哈爾浜に戻り、哈爾浜でパン屋を開いた。\n", encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", tmp_path).stdout)
    by_zh = {c["zh"]: c for c in data["candidates"]}
    assert by_zh["加拿大"]["ja"] == "カナダ" and by_zh["加拿大"]["verified"]
    assert by_zh["哈尔滨"]["ja"] == "哈爾浜"


HUAXING_PAGE = ("華星技研有限公司とは、中国の通信機器メーカーである。日本では「ホアシン」の表記が多い。\n"
                "本社は深圳市の华星基地にある。\n"
                "2005年には日本法人としてホアシン・ジャパン(華星技研日本株式会社)を設立した。\n"
                "ホアシンの製品は日本でも売れている。\n")


def _nam006_with_suggested_rows(tmp_path, text: str) -> tuple[str, list[dict]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    rows = run("glossary", "suggest", "--no-glossary", page).stdout
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\treading\taccept\treject\tnote\n" + rows, encoding="utf-8")
    result = run("lint", "--format", "json", "--glossary", glossary, page)
    return rows, [f for f in json.loads(result.stdout)["findings"] if f["code"] == "NAM006"]


def test_a_katakana_name_glossed_as_part_of_a_longer_name_is_accepted(tmp_path):
    """real20: an encyclopedia page glosses a company's Japanese branch, its katakana name and more katakana, by the
    kanji name and more kanji (`ホアシン・ジャパン(華星技研日本株式会社)`), and writes the simplified form once elsewhere:
    the row accepts the page's katakana, so the page linted with it reports no transliteration of its own name."""
    found = _suggested(tmp_path, HUAXING_PAGE)
    assert found["華星"]["accept"] == ["ホアシン"], found
    assert _nam006_with_suggested_rows(tmp_path, HUAXING_PAGE)[1] == []


def test_a_longer_katakana_name_glossed_by_other_kanji_accepts_nothing(tmp_path):
    """The same page whose branch is glossed by kanji that do not begin with the name (another company's): no
    gloss of the name, the katakana stays a transliteration to report."""
    text = HUAXING_PAGE.replace("(華星技研日本株式会社)", "(東洋技研株式会社)")
    assert _suggested(tmp_path, text)["華星"]["accept"] == [], _suggested(tmp_path, text)
    assert _nam006_with_suggested_rows(tmp_path, text)[1], "NAM006 on ホアシン"


def test_a_japanese_region_named_in_sports_and_weather_is_no_chinese_place():
    """real20: 阪神 (Osaka and Kobe), a region of Japan that weather reports and baseball results name, is in
    data/japanese_places.txt: no row; a Chinese region still is one (华南 → 華南)."""
    from textqa.glossary.suggest import Candidate, _chinese_name
    from textqa.mentions.candidates import Script, Seen

    def kept(zh, ja):
        return _chinese_name(Candidate(zh, ja, "place", True, []), [Seen(ja, Script.KANJI)])

    assert not kept("阪神", "阪神") and kept("华南", "華南")


CAPITALS_TABLE = ("省都の一覧\n\n省 省都 中国語 人口\n内モンゴル フフホト 呼和浩特市 3,446,100\n甘粛省 蘭州 兰州市 4,359,446\n"
                  "\nフフホトは北方の都市である。\n")


def test_a_katakana_cell_beside_the_kanji_name_in_a_table_row_is_accepted(tmp_path):
    """real22: a table of capitals gives each by its Japanese name, in katakana for some (フフホト), and its Chinese
    form in the next cell: the row accepts the page's katakana, so the page linted with it reports no
    transliteration; katakana in a sentence before the name is no cell."""
    found = _suggested(tmp_path, CAPITALS_TABLE)
    row = next(c for c in found.values() if c["zh"].startswith("呼和浩特"))
    assert row["accept"] == ["フフホト"], found
    assert _nam006_with_suggested_rows(tmp_path, CAPITALS_TABLE)[1] == []
    text = CAPITALS_TABLE.replace("内モンゴル フフホト 呼和浩特市", "内モンゴルのフフホトと呼和浩特市")
    row = next(c for c in _suggested(tmp_path, text).values() if c["zh"].startswith("呼和浩特"))
    assert row["accept"] == []


def test_a_place_abroad_in_japanese_kanji_by_sound_is_not_proposed(tmp_path):
    """real22's further pages: a library card of a pre-war travel essay gives its title, which names Paris in
    Japanese kanji by sound (巴里), with the title's reading in katakana below (パリまで): no Chinese place, so no row
    (one would report the page's own パリ as a transliteration); a Chinese place on the same card still is."""
    text = "巴里まで\nパリまで\n作品ID 1\n著者 星川\n\n 浦潮を出た列車は巴里へ向かつた。途中で西安に寄つた。\n"
    found = _suggested(tmp_path, text)
    assert "巴里" not in found, found
    assert "西安" in found, found


def test_a_katakana_name_glued_to_its_kanji_gloss_is_accepted(tmp_path):
    """real24: a drama news item glosses each actor's katakana name by the kanji in parentheses, and once lost the
    opening one (`リン・ジーチアン林志強)`), then uses the katakana in prose: the row accepts the page's katakana, so the
    page linted with it reports no transliteration of the name it glossed itself."""
    text = ("新作の主演はチョウ・ハイタオ(周海濤)とリン・ジーチアン林志強)の二人だ。\n\n"
            "リン・ジーチアンは初めて刑事を演じる。チョウ・ハイタオは医師の役だ。\n")
    rows, nam006 = _nam006_with_suggested_rows(tmp_path, text)
    assert "林志強\tperson\t\tリン・ジーチアン" in rows and nam006 == [], (rows, nam006)
    rows, nam006 = _nam006_with_suggested_rows(tmp_path, text.replace("リン・ジーチアン林志強)", "林志強"))
    assert [f["surface"] for f in nam006] == ["リン・ジーチアン"], (rows, nam006)  # never glossed: still reported


def test_a_japanese_prefecture_written_in_full_is_not_proposed(tmp_path):
    """real24: a business page compares Chinese cities' populations with Japanese prefectures written in full
    (東京都, 大阪府): Japanese places, so no row (data/japanese_places.txt lists them without the ending); the
    Chinese cities of the same lines still are."""
    text = ("中国の人口ランキング\n\n重慶市の人口は東京都の2倍を超える。青島市は大阪府とほぼ同じだ。西安市も大きい。\n")
    found = _suggested(tmp_path, text)
    assert not {"東京都", "大阪府", "東京", "大阪"} & set(found), sorted(found)
    assert "西安" in found or "重慶" in found, sorted(found)


def test_the_glossed_katakana_without_its_separator_is_accepted_too(tmp_path):
    """real24's further pages: a drama column glosses a character once as `林志強(リン・ジーチアン)` and writes
    `リンジーチアン` in its translated dialogue: the same katakana without the dot is the page's own form too."""
    text = ("主人公の林志強(リン・ジーチアン)は作家だ。林志強は湖に行く。\n\n"
            "| 面接官:あなたの強みは? リンジーチアン:体力です。 |\n")
    rows, nam006 = _nam006_with_suggested_rows(tmp_path, text)
    assert nam006 == [], (rows, nam006)
    rows, nam006 = _nam006_with_suggested_rows(tmp_path, text.replace("林志強(リン・ジーチアン)", "林志強"))
    assert [f["surface"] for f in nam006] == ["リンジーチアン"], (rows, nam006)  # never glossed: still reported


def test_a_row_accepts_no_kanji_form_for_a_parenthesis_that_never_closes(tmp_path):
    """real24's last pages: a tag page's snippets cut a parenthesis after a name (`林志強(作家 […]`) and name the
    person again within the next lines: the row accepted its own kanji form as a gloss of itself; only a reading or a
    romanised form in a gloss is accepted (`劉星河(Liuxinghe)` still is)."""
    text = "林志強(作家 […] 続きを読む\n対談 -林志強・周海濤の二人- 2024年1月7日 林志強は語った。\n"
    row = next(c for c in _suggested(tmp_path, text).values() if c["zh"] == "林志强")
    assert row["accept"] == [], row
    row = next(c for c in _suggested(tmp_path, "会長の劉星河(Liuxinghe)氏は語った。劉星河氏は笑った。\n").values()
               if c["zh"] == "刘星河")
    assert row["accept"] == ["Liuxinghe"], row


def test_a_japanese_only_glyph_is_written_in_its_chinese_form_in_zh(tmp_path):
    # 呉 is a Japanese city's name to the dictionary and a glyph OpenCC does not link to 吴: the row is a person's,
    # its zh in the Chinese form (data/japanese_glyph_forms.tsv)
    found = _suggested(tmp_path, "歌手のウー・シンホー(呉星河)が新曲を発表した。ウー・シンホーは来月に北京で歌う。\n")
    row = found["呉星河"]
    assert (row["zh"], row["type"], row["verified"]) == ("吴星河", "person", True)


def test_a_kanji_gloss_of_a_katakana_name_makes_a_verified_row(tmp_path):
    # the dictionary knows no 戚若雪: the kanji would not be proposed, the katakana row left unverified
    found = _suggested(tmp_path, "新作ではチー・ルオシュエ(戚若雪)が主演を務める。チー・ルオシュエの演技は評判だ。\n"
                                 "相手役のマー・ティエンユー(主人公)も好評だった。\n")
    row = found["戚若雪"]
    assert (row["zh"], row["type"], row["verified"], row["accept"]) == ("戚若雪", "person", True, ["チー・ルオシュエ"])
    assert "主人公" not in found  # a gloss that is no reading of the name proposes nothing


def test_a_province_before_a_university_is_a_place_not_an_organisation(tmp_path):
    found = _suggested(tmp_path, "本学は江西大学と協定を結んだ。江西大学の学長が来日し、江西大学の学生とも会った。\n")
    assert found["江西"]["type"] == "place"


@pytest.mark.parametrize("text, words", [
    ("対戦ゲーム『全明星篮球对决』の新版が審査を通った。\n", "全明星"),  # the opening words of a title in 『』
    ("春に摘んだ「程雲峰(ていうんぽう)」が最も高価だ。\n", "程雲峰"),  # a product quoted with its reading
])
def test_a_title_or_a_product_the_dictionary_cuts_as_a_name_is_not_a_person(tmp_path, text, words):
    assert words not in _suggested(tmp_path, text)


def test_a_person_who_also_opens_a_title_is_still_proposed(tmp_path):
    found = _suggested(tmp_path, "記者の程雲峰氏が取材した。『程雲峰日記』も読まれている。\n")
    assert found["程雲峰"]["type"] == "person"


def test_a_country_before_a_province_before_a_university_is_no_row(tmp_path):
    found = _suggested(tmp_path, "本学は中国江西大学と協定を結んだ。中国江西大学の学長が来日し、中国江西大学の学生とも会った。\n")
    assert "中国江西" not in found


@pytest.mark.parametrize("text, words", [
    # a press release's executive, spaced from his given name: a Japanese family name read by native readings
    ("代表取締役社長 石原 稔\n問合せ先 企画部長\n\n石原は上海の子会社を訪れた。石原によれば新会社は来月稼働する。\n", "石原"),
    ("昼は湯山で休み、夕方に湯山を出て北京に戻った。湯山の宿は古い。\n", "湯山"),  # a hot spring near Beijing
    ("西部はパミール高原、崑崙山脈などの山岳と高原が連なり、高原の南に盆地が広がる。\n", "高原"),  # a plateau
])
def test_a_kanji_person_read_as_a_native_japanese_family_name_is_not_proposed(tmp_path, text, words):
    """real25: a press release's executive (蒲原), a pre-war diary's hot spring (湯山) and a country page's plateau
    (高原), each read by the Japanese dictionary as one family name of two characters by native readings (タカハラ):
    no Chinese person's name, which Japanese reads by Sino-Japanese readings; 楊旭 still is."""
    found = _suggested(tmp_path, text)
    assert words not in found, found
    assert "楊旭" in _suggested(tmp_path, "元代表の楊旭氏は上海のクラブで語った。楊旭氏によれば子どもたちは熱心だ。\n")


def test_a_family_name_cut_before_another_is_not_a_chinese_person(tmp_path):
    """real25: a diary names a companion 田中多田二君; the cut 田中多田 is a family name followed by another that the
    dictionary knows, a Japanese name, not a Chinese one."""
    found = _suggested(tmp_path, "9月13日、午前8時起床。田中多田二君帰宿。\n翌日、田中多田二君と北京の城壁を歩いた。\n")
    assert "田中多田" not in found and "北京" in found, found


def test_a_province_the_dictionary_reads_as_a_family_name_is_a_place(tmp_path):
    """real25: a table of provinces, commas between them and no prose: 江蘇 is a family name to the Japanese
    dictionary (コウソ, Sino-Japanese readings) and a place to jieba: a place."""
    text = "23省 |\n河北,河南,山西,山東 |\n福建,江西,陝西,甘粛,青海,広東,広西,江蘇 |\n安徽,湖北,湖南,浙江 |\n"
    assert _suggested(tmp_path, text)["江蘇"]["type"] == "place"


@pytest.mark.parametrize("text, katakana", [
    # a blog glosses the shop's katakana name with its kanji in square brackets
    ("シンホーロウ[星河樓] 台北本店で小籠包を食べた。\n\nシンホーロウの小籠包は人気で、シンホーロウには行列ができる。\n",
     "シンホーロウ"),
    # a shop's kanji, its Latin sign, then the katakana reading in parentheses
    ("有名な「星河樓 SHING HO LAU(シン ホー ラウ) 忠孝店」にいきました。星河樓の小籠包はうまい。\n", "シン ホー ラウ"),
    # real27: a heading line that lists the shop's forms, kanji, Latin and katakana, parted by ・
    ("昼は小籠包の店へ。\n\n星河樓・Shing Ho Lau・シンホーロウ\n\n蒸したての小籠包はうまい。\n", "シンホーロウ"),
])
def test_a_katakana_reading_in_brackets_or_after_a_latin_sign_is_accepted(tmp_path, text, katakana):
    """real25's further pages: travel blogs give a Taipei restaurant's katakana name with its kanji in square
    brackets (`ディンタイフォン[鼎泰豐]`), or its kanji, its Latin sign and the katakana in parentheses (`鼎泰豐 DIN TAI
    FUNG(ディン タイ フォン)`): the row accepts the page's katakana, so linting the page with it reports no
    transliteration of a name the page read itself."""
    rows, nam006 = _nam006_with_suggested_rows(tmp_path, text)
    assert katakana in rows and nam006 == [], (rows, nam006)


def test_a_doubled_character_is_no_person(tmp_path):
    """A word whose character is doubled (jieba tags some such words nr, their character being a surname too), given
    with its reading in a phrase list, proposes no person's row; a name beside it still does."""
    page = tmp_path / "page.txt"
    page.write_text("旅先で使える言葉\n①お礼\n谢谢.(シエ シエ)\n\n案内役の刘星河さんが教えてくれた。刘星河さんは親切だ。\n",
                    encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout)
    zhs = {c["zh"] for c in data["candidates"]}
    assert "谢谢" not in zhs and "刘星河" in zhs


def test_two_homophone_persons_written_as_often_as_each_other_propose_no_row(tmp_path):
    """Two persons' names in kanji that read alike, each written once in its Japanese form (namesakes of one team's
    roster), give no evidence which the row should hold: a row of each (one row would report the other); a name
    written twice beside a homophone written once still proposes its row."""
    page = tmp_path / "page.txt"
    page.write_text("代表には陳星河、李月湖らが選ばれた。\n\n前回の大会では陳星和、張海峰が活躍した。\n", encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout)
    both = [c for c in data["candidates"] if {"陳星河", "陳星和"} <= {r["surface"] for r in c["renderings"]}]
    assert both == [], both
    assert {"陳星河", "陳星和"} <= {c["ja"] for c in data["candidates"]}, data["candidates"]
    page.write_text("代表には陳星河、李月湖らが選ばれた。陳星河は主将だ。\n\n前回の大会では陳星和、張海峰が活躍した。\n",
                    encoding="utf-8")
    data = json.loads(run("glossary", "suggest", "--no-glossary", "--format", "json", page).stdout)
    assert any(c["ja"] == "陳星河" for c in data["candidates"]), data["candidates"]


@pytest.mark.parametrize("rank", ["少将", "上将", "将軍", "大佐"])
def test_a_name_before_a_military_rank_is_a_person_of_its_own(tmp_path, rank):
    """real34: a person named with a military rank after the name (`王光明少将`, data name_context.tsv) is a person's
    name, as before 氏 or 主席; a kanji run that holds the rank is no name of two to four characters, so the namesake
    went unseen, was proposed under nobody's row, and linting with the suggested glossary reported him as the other
    person (張光明) under a wrong surname (NAM008). Each now has a row of his own and the lint is silent."""
    page = tmp_path / "page.txt"
    page.write_text(f"彼は囲碁棋士の張光明と友人で、張によれば軍の王光明{rank}と三人でよく遊んだという。\n", encoding="utf-8")
    tsv = tmp_path / "suggested.tsv"
    run("glossary", "suggest", "--no-glossary", page, "-o", tsv)
    rows = {l.split("\t")[1] for l in tsv.read_text(encoding="utf-8").splitlines() if l and not l.startswith(("#", "zh"))}
    assert {"張光明", "王光明"} <= rows, rows
    data = json.loads(run("lint", "--format", "json", "--no-summary", "--glossary", tsv, page).stdout)
    assert [f["code"] for f in data["findings"] if f["severity"] != "info"] == [], data["findings"]
