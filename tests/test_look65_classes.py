"""One invented test per class fixed after heldout65 was scored (look65): kanji that share most of their shape but
that no decomposition row of data/lookalike_kanji.tsv linked before, made look-alikes by scripts/make_lookalike_table.py
from the decompositions alone:
- how 'part' (near_parts): the same part drawn whole, at least as large as the other, beside, over or around a shape
  or that shape with one stroke more (亨 and 享: 亠 and 口 over 了 or 子; 古 and 吉), and characters that hold such a
  pair as a part (枯 and 桔);
- both_alike: the same arrangement, both parts look-alikes of the decompositions (春 and 眷: 𡗗 over 日, 龹 over 目,
  𡗗 and 龹 the same legs under 丰 or 半, a pair of SWAPS);
and, in the finder, a place's name whose own suffix begins a word of the dictionary going on past it (県|民, 市|長) is
the name written whole, not a window cut out of running words (textqa.mentions.features.suffix_word_end).
Each with its contrast: the correct names, and a correct word that holds the other kanji, stay silent."""
from conftest import lint_findings, load_script
from textqa.mentions.lookalike import lookalikes

table = load_script("make_lookalike_table")

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "亨丘县\t亨丘県\tplace\tこうきゅうけん\t\t\ta tea-growing county (invented)\n"
            "葛春林\t葛春林\tperson\tグー・チュンリン\t\t\ta tea farmer (invented)\n")
PLACE = "亨丘県の茶畑は山の南斜面に広がる。"
PERSON = "茶農家の葛春林さんは四月になると新茶を摘む。"


def _nam011(text: str) -> list[str]:
    return [f[2] for f in lint_findings(text, GLOSSARY) if f[0] == "NAM011"]


def test_the_table_holds_the_classes():
    table_ = lookalikes()
    assert "享" in table_["亨"] and "吉" in table_["古"] and "桔" in table_["枯"] and "眷" in table_["春"]


def test_a_place_written_with_a_stroke_more_under_the_same_top():
    """Written so alone, the correct form nowhere in the text: only the table links 享 to 亨."""
    assert _nam011("享丘県では今年、駅の東に新しい図書館ができた。") == ["享丘県"]


def test_a_place_whose_suffix_begins_a_longer_word():
    """県民 is one word of the dictionary: the name is written whole before it, its suffix read into the next word, no
    window cut out of running words (features.suffix_word_end); written correctly so, it stays silent."""
    assert _nam011("享丘県民の多くは秋に米を収穫する。") == ["享丘県"]
    assert _nam011("亨丘県民の多くは秋に米を収穫する。") == []


def test_a_given_name_written_with_both_parts_alike():
    assert _nam011(PERSON + "葛眷林さんの茶は香りが強いと評判だ。") == ["葛眷林"]


def test_correct_names_and_words_stay_silent():
    assert _nam011(PLACE + PERSON + "享楽的な旅ではなく、家族を思う眷属の話だ。春には享年九十の恩師を偲ぶ。") == []


def test_near_parts_a_shape_and_itself_with_a_stroke_more_beside_a_shared_part():
    decomp = {"亨": ("d", ("T", "了")), "享": ("d", ("T", "子")), "子": ("lock", ("了", "㇐")),
              "了": ("d/t", ("㇇", "㇚")), "T": ("d", ("亠", "口")), "亠": ("wt", ("㇐", "㇔")), "口": ("mc", ("囗",)),
              "囗": ("d/t", ("⺆", "㇐")), "⺆": ("a", ("㇑", "㇆")),
              "十": ("lock", ("㇐", "㇑")), "士": ("wb", ("十", "㇐")), "古": ("d/t", ("十", "口")),
              "吉": ("d", ("士", "口")),
              # characters that hold such a pair as a part, beside the same radical
              "枯": ("a", ("木", "古")), "桔": ("a", ("木", "吉")),
              # the shared part smaller than the other (氵, no analysis here: one part): a stroke more is no slip
              "汁": ("a", ("氵", "十")), "汢": ("a", ("氵", "土")), "土": ("d/t", ("十", "㇐"))}
    assert table.near_parts(decomp, {}) == {("亨", "享"): "part", ("古", "吉"): "part",
                                            ("枯", "桔"): "part"}
    assert ("亨", "享") not in table.near_parts(decomp, {("亨", "享"): "visual"})


def test_both_alike_pairs_two_parts_each_alike_in_the_decompositions():
    decomp = {"春": ("d", ("𡗗", "日")), "眷": ("d", ("龹", "目")), "𡗗": ("d/m", ("丰", "八")),
              "龹": ("d/m", ("半", "八")), "日": ("w", ("口", "㇐")), "目": ("w", ("口", "二")), "二": ("rd", ("㇐",)),
              "秦": ("d", ("𡗗", "禾")), "泰": ("d", ("𡗗", "氺")), "巻": ("d", ("龹", "己"))}
    # 秦 and 泰 share their first part (a swap of pairs(), not this); 巻's 己 is like neither 禾 nor 氺
    assert table.both_alike(decomp, {}) == {("春", "眷"): "swap"}
    assert table.both_alike(decomp, {("春", "眷"): "visual"}) == {}
