"""General phonetic tables and keys: no names, only how sounds are written."""
from __future__ import annotations

import pytest

from textqa.phonetics.index import roman_key
from textqa.phonetics.kana import coarse, katakana_romaji, name_keys
from textqa.phonetics.pinyin import char_readings, name_readings, strip_tones


@pytest.mark.parametrize("zh,katakana", [
    ("马化腾", "マー・ホアテン"), ("马化腾", "マ・ファテン"), ("雷军", "レイ・ジュン"), ("张一鸣", "ジャン・イーミン"),
    ("王兴", "ワン・シン"), ("刘强东", "リウ・チャンドン"), ("周鸿祎", "ジョウ・ホンイー"), ("西安", "シーアン"),
    ("厦门", "シアメン"), ("青岛", "チンダオ"), ("义乌", "イーウー"),
])
def test_katakana_renderings_share_a_key_with_the_pinyin(zh, katakana):
    _usual, keys = name_keys(name_readings(zh, person=True)[0])
    assert coarse(katakana_romaji(katakana)) in keys


def test_long_vowels_keep_syllables_apart():
    assert coarse(katakana_romaji("イーウー")) == "iu"
    assert coarse(katakana_romaji("リー・リン")) == coarse(katakana_romaji("リーリン")) == "ririn"


def test_readings_cover_heteronyms_and_japanese_forms():
    assert {"zeng", "ceng"} <= char_readings("曾")
    assert "cha" in char_readings("査")  # shinjitai of 查, read through the simplified form
    assert char_readings("暁") == char_readings("晓")
    assert "lv" in char_readings("吕")


def test_surnames_are_read_as_surnames():
    assert name_readings("曾国藩", person=True)[0][0] == "zeng"
    assert name_readings("单田芳", person=True)[0][0] == "shan"


def test_tones_and_umlaut():
    assert strip_tones("Dèng Xiǎopíng") == "Deng Xiaoping"
    assert strip_tones("lǚ Lü") == "lv Lv"
    assert roman_key("Dèng Xiǎo-píng") == "dengxiaoping"


def test_index_buckets_keep_glossary_order_without_repeats_and_prefixes_cover_every_key():
    from textqa.glossary import Entry, Glossary
    from textqa.phonetics.index import build_indexes

    # three names read alike (one bucket, glossary order); 京 is a one-syllable key
    entries = [Entry("张伟明", "張偉明", "person"), Entry("章炜鸣", "章煒鳴", "person"),
               Entry("張偉明", "張偉明", "person"), Entry("京", "京", "place"), Entry("长沙市", "長沙市", "place")]
    idx = build_indexes(Glossary(entries))
    assert idx.homophone["zhang wei ming"] == ("张伟明", "章炜鸣", "張偉明")
    for name in ("homophone", "near", "given", "surname", "kana", "kana_near", "roman", "mixed"):
        for key, bucket in getattr(idx, name).items():
            assert type(bucket) is tuple and len(set(bucket)) == len(bucket), (name, key)
    keys = [*idx.homophone, *idx.near, *idx.mixed]
    assert idx.prefixes == {" ".join(k.split()[:n]) for k in keys for n in range(1, len(k.split()) + 1)}
    assert idx.singles == {k for k in idx.prefixes if " " not in k and k in {*idx.homophone, *idx.near, *idx.mixed}}
    assert "jing" in idx.singles and "zhang" not in idx.singles


def test_a_name_holding_a_phrase_reads_as_pypinyin_reads_it_whole():
    """Names that hold a phrase of pypinyin's dictionary are read word by word of its segmenter (each word's
    reading cached): the same syllables as pypinyin reading the whole name, for every name of the glossaries in
    glossary/ and tests/corpus
    and organisation names whose suffixes are phrases."""
    from pathlib import Path

    import pypinyin

    from textqa.glossary import load_glossary
    from textqa.glossary.forms import simplified_form
    from textqa.phonetics import pinyin

    root = Path(__file__).resolve().parent.parent

    paths = [*root.glob("glossary/*.tsv"), root / "tests" / "corpus" / "glossary.tsv"]
    names = {e.zh for path in paths for e in load_glossary(str(path))}
    names |= {"长沙银行股份有限公司", "重庆长安汽车集团", "银行行长", "长春一汽", "Q币中心", "厦门大学"}
    held = 0
    for zh in sorted(names):
        simple = simplified_form(zh)
        singles = [pinyin._single_reading(c) for c in simple]
        reading = pinyin._phrase_reading(simple, singles)
        held += reading is not singles
        assert reading == pypinyin.lazy_pinyin(simple, style=pypinyin.Style.NORMAL), zh
    assert held >= 6


def test_grouped_keeps_each_keys_distinct_values_in_first_order_past_a_small_bucket():
    """A bucket grows as a dict past SMALL_BUCKET values (a tuple made the index quadratic in a bucket's size):
    the buckets are the same tuples as the definition gives, repeats after the switch included."""
    from textqa.phonetics.index import SMALL_BUCKET, _grouped

    values = [(f"名{i % (3 * SMALL_BUCKET)}", i % 2) for i in range(10 * SMALL_BUCKET)]  # repeats before and after
    pairs = [("big", v) for v in values] + [("one", "a"), ("one", "a"), ("few", 1), ("few", 2), ("few", 1)]
    expected: dict = {}
    for key, value in pairs:
        expected.setdefault(key, [])
        if value not in expected[key]:
            expected[key].append(value)
    got = _grouped(iter(pairs))
    assert got == {key: tuple(v) for key, v in expected.items()} and all(type(b) is tuple for b in got.values())
    assert len(got["big"]) > SMALL_BUCKET and list(got) == ["big", "one", "few"]


def test_grouped_keys_is_grouped_of_its_pairs():
    """The katakana indexes group (keys, value) groups (``_grouped_keys``: a name and its dozen keys, with no pair
    made): the same buckets in the same order as ``_grouped`` of every (key, value) pair, past a small bucket too."""
    from textqa.phonetics.index import SMALL_BUCKET, _grouped, _grouped_keys

    groups = [([f"k{j % 5}" for j in range(i, i + 3)] + ["big"], f"名{i % (2 * SMALL_BUCKET)}")
              for i in range(6 * SMALL_BUCKET)]
    groups += [(["one", "one"], "a"), ([], "b"), (["few", "big"], 1), (["few"], 2)]
    pairs = [(key, value) for keys, value in groups for key in keys]
    got = _grouped_keys(iter(groups))
    assert list(got.items()) == list(_grouped(iter(pairs)).items())
    assert len(got["big"]) > SMALL_BUCKET and all(type(b) is tuple for b in got.values())


def test_prefixes_made_a_syllable_at_a_time_equal_every_leading_run_of_every_key():
    """``_prefixes`` makes the runs a syllable shorter at a time from the distinct runs before: on random keys of
    random syllables (near keys' ``*`` too, and keys with a leading, trailing or doubled space and the empty key,
    which no index makes), the same set as the former loop (kept here): every key with each of its prefixes that ends before a
    space, none of a key that begins with one."""
    import random

    from textqa.phonetics.index import _prefixes

    def former(keys):
        out = set(keys)
        for key in keys:
            end = key.find(" ")
            while end > 0:
                out.add(key[:end])
                end = key.find(" ", end + 1)
        return frozenset(out)

    rng = random.Random(34)
    syllables = ["a", "ba", "zhang", "wei", "*", "lv", "ming", ""]
    for _ in range(300):
        keys = [" ".join(rng.choice(syllables) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(0, 40))]
        assert _prefixes(keys) == former(keys)
    assert _prefixes([" a b", "a  b", ""]) == former([" a b", "a  b", ""]) == {" a b", "a  b", "a ", "a", ""}


def test_other_readings_as_the_former_loop():
    """``other_readings`` asks each character's other readings once (``_heteronyms``, cached): the same alternatives,
    in the same order, as the loop it replaced (kept here), on names of heteronyms and of plain characters."""
    import random

    from textqa.glossary.forms import simplified_form
    from textqa.phonetics.index import MAX_HETERONYMS, other_readings
    from textqa.phonetics.pinyin import char_readings, name_readings

    def former(zh, readings):
        simple, first, out = simplified_form(zh), readings[0], []
        for i, ch in enumerate(simple):
            for r in sorted(char_readings(ch) - {first[i]})[:MAX_HETERONYMS]:
                alt = first[:i] + [r] + first[i + 1:]
                if alt not in readings and alt not in out:
                    out.append(alt)
        return out

    rng = random.Random(3)
    pool = "勒乐长行重朝曾查单解仇区覃和发都阿尔泰库王李华"
    names = ["".join(rng.choice(pool) for _ in range(rng.randint(2, 5))) for _ in range(300)]
    checked = 0
    for zh in names:
        readings = name_readings(zh)
        if readings:
            assert other_readings(zh, readings) == former(zh, readings)
            checked += bool(former(zh, readings))
    assert checked > 100
