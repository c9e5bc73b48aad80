"""scripts/make_lookalike_table.py's glyph measures, on small synthetic bitmaps (the font and Pillow are the
maintainer's: these tests need neither)."""
import numpy as np
import pytest

from conftest import load_script

table = load_script("make_lookalike_table")


def _box(size=16, bar=False):
    """A square frame (口), and with a bar across its middle (日)."""
    g = np.zeros((size, size), bool)
    g[3, 3:13] = g[12, 3:13] = True
    g[3:13, 3] = g[3:13, 12] = True
    if bar:
        g[8, 3:13] = True
    return g


def test_near_grows_ink_by_one_pixel_four_ways():
    g = np.zeros((1, 5, 5), bool)
    g[0, 2, 2] = True
    grown = table.near(g)[0]
    assert grown.sum() == 5 and grown[1, 2] and grown[3, 2] and grown[2, 1] and grown[2, 3] and not grown[1, 1]


def test_far_is_nothing_for_one_glyph_moved_within_the_shifts():
    a = _box()[None]
    moved = np.roll(a, (2, -1), (1, 2))
    assert table.far(a, a)[0] == 0 and table.far(a, moved)[0] == 0
    assert table.far(a, np.roll(a, (6, 0), (1, 2)))[0] > 0.2  # beyond the shifts


def test_far_is_the_share_of_the_glyph_with_a_stroke_more():
    a, b = _box()[None], _box(bar=True)[None]
    d = table.far(a, b)[0]
    # the bar's pixels more than a pixel from the frame (six of its eight), of the barred glyph's ink
    assert d == pytest.approx(6 / b.sum())
    assert d == table.far(b, a)[0]  # symmetric


def test_far_of_shapes_apart_is_all_their_ink():
    a = np.zeros((1, 16, 16), bool)
    b = a.copy()
    a[0, 2:14, 2] = True
    b[0, 2:14, 13] = True
    assert table.far(a, b)[0] == 1


def test_blur_keeps_the_ink_and_its_symmetry():
    g = np.zeros((1, 21, 21))
    g[0, 10, 10] = 1
    b = table.blur(g, 1.5)[0]
    assert b.sum() == pytest.approx(1) and b[10, 10] == b.max()
    assert np.allclose(b, b.T) and np.allclose(b, b[::-1])


def test_profiles_are_centred_unit_vectors_and_candidates_the_most_correlated():
    glyphs = np.stack([_box(), _box(bar=True), np.roll(_box(), (1, 0), (0, 1)), np.eye(16, dtype=bool)])
    v = table.profiles(glyphs)
    assert np.allclose(np.linalg.norm(v, axis=1), 1) and np.allclose(v.mean(1), 0)
    assert (0, 2) in table.candidates(v, k=1)  # the frame moved by a pixel is the frame's nearest
    assert all(i < j for i, j in table.candidates(v, k=2))


def test_nearest_pairs_keep_a_close_pair_when_it_is_one_of_the_two_nearest():
    measured = {(0, 1): 0.05, (0, 2): 0.10, (1, 2): 0.30, (2, 3): 0.20,
                (4, 5): 0.12, (5, 6): 0.11, (4, 6): 0.13, (6, 7): 0.05}
    # (0, 2): 2's nearest; (1, 2) and (2, 3): over the limit; (4, 6): neither 4's nearest (5) nor 6's (7)
    assert table.nearest_pairs(measured, 0.14) == {(0, 1), (0, 2), (4, 5), (5, 6), (6, 7)}


def test_unihan_variants_are_the_glyphs_of_one_character():
    text = ("# Unihan_Variants.txt\n"
            "U+9AD8\tkZVariant\tU+9AD9\n"
            "U+7199\tkSemanticVariant\tU+7188<kMatthews U+7155<kFenn\n"
            "U+9663\tkSpecializedSemanticVariant\tU+9673<kFenn\n"  # 陣 and 陳: alike in part, two characters
            "U+4E07\tkTraditionalVariant\tU+842C\n")
    assert table.unihan_variants(text) == {frozenset("高髙"), frozenset("熙熈"), frozenset("熙煕")}


def test_kept_leaves_out_glyphs_of_one_character():
    same = {frozenset("高髙")}
    assert table._kept("西", "酉", same)
    assert not table._kept("高", "髙", same)  # Unihan's variants
    assert not table._kept("冨", "富", same)  # GLYPHS
    assert not table._kept("況", "况", same)  # one character in two scripts (OpenCC)


# decomposition records as cjk-decomp.txt writes them (char -> configuration, parts), a few of its real analyses
DECOMP = {"錦": ("a", ("金", "帛")), "綿": ("a", ("糹", "帛")), "帛": ("d", ("白", "巾")), "明": ("a", ("日", "月")),
          "朋": ("ra", ("月",)), "肝": ("a", ("月", "干")), "章": ("d", ("立", "早")), "竟": ("d", ("音", "儿")),
          "音": ("d", ("立", "日")), "立": ("d/t", ("亠", "䒑")), "早": ("d/t", ("日", "十")), "䒑": ("d/t", ("丷", "㇐")),
          "意": ("d", ("音", "心")), "崔": ("d", ("山", "隹")), "崖": ("d", ("山", "厓"))}


def test_frames_last_parts_and_stacks():
    """A frame is the arrangement and first part (崔 and 崖), a last part the right part of two side by side (錦 and
    綿), a part repeated counts twice (朋: 月 beside 月), and a stack is a row of three parts or more but its last, a
    part of two in the same arrangement read as its two and one drawn with a stroke as one (章, 竟 and 意)."""
    assert table.frames(DECOMP) == {"崔": "d:山", "崖": "d:山", "朋": "a:月", "肝": "a:月", "竟": "d:音", "意": "d:音",
                                    "章": "d:立", "音": "d:立"}
    assert table.last_parts(DECOMP) == {"錦": "a:帛", "綿": "a:帛", "明": "a:月", "朋": "a:月"}
    assert table.row(DECOMP, "章", "d") == ["亠", "䒑", "日", "十"]
    assert table.stacks(DECOMP) == {"章": "d:亠䒑日", "竟": "d:亠䒑日", "意": "d:亠䒑日"}


def test_cores_are_the_larger_part_when_it_is_a_character():
    """A core is the larger of two parts (by the parts of no further analysis each holds) when it is a character
    wanted: 帛 of 錦 and 綿, 音 of 竟 and 意, 立 of 章 and 音; parts of one size (明, 崔) or a larger part that is no
    character wanted (立's 䒑) give none."""
    assert table.size(DECOMP, "音") == 4 and table.size(DECOMP, "山") == 1
    assert table.cores(DECOMP) == {"錦": "a:帛", "綿": "a:帛", "章": "d:立", "竟": "d:音", "音": "d:立", "意": "d:音"}


def test_both_swapped_pairs_two_parts_each_a_lookalike():
    """Two characters of one arrangement whose first parts are a pair of SWAPS and whose second parts are a pair of
    the table so far are look-alikes (揀 and 棟: 扌 for 木, 柬 for 東); one part other only (揀 and 楝, found already) or
    a second part no look-alike (揀 and 様) gives none."""
    decomp = {"揀": ("a", ("扌", "柬")), "棟": ("a", ("木", "東")), "楝": ("a", ("木", "柬")), "様": ("a", ("木", "羕"))}
    found = {("東", "柬"): "visual", ("揀", "楝"): "visual"}
    assert table.both_swapped(decomp, found) == {("揀", "棟"): "swap"}


def test_a_shape_under_a_lid_is_a_lookalike_of_the_shape():
    """A shape under 亠 (a dot over a stroke) looks like the shape (市 and 巾, 亩 and 田), in either arrangement the
    decompositions write; a lid over two parts, or 亠 under a shape, gives none."""
    decomp = {"市": ("d/t", ("亠", "巾")), "亩": ("d", ("亠", "田")), "京": ("d", ("亠", "口", "小")),
              "巾": ("lock", ("⺆", "㇑")), "田": ("s", ("囗", "十"))}
    found = table.pairs(decomp)
    assert found[("巾", "市")] == "stroke" and found[("亩", "田")] == "stroke"
    assert not any("京" in pair for pair in found)


def test_a_stroke_drawn_twice_is_the_shape_plus_a_stroke():
    """A shape whose part is one stroke drawn twice (目: 口 round 二, 二 a horizontal repeated) is the shape with the
    stroke once (日: 口 round a horizontal) plus a stroke, and two shapes that are one shape plus a stroke are alike
    (十 with a horizontal on top, 干, and with a second one across, lock(二, ㇑)): so 午 and 牛, a sweep on each, are a
    swap, and 泊 and 泪 (氵 beside 白 or 目, 白 a sweep on 日). A part repeated that is no stroke (朋: 月 twice) gives
    nothing of the kind."""
    decomp = {"二": ("rd", ("㇐",)), "日": ("w", ("口", "㇐")), "目": ("w", ("口", "二")),
              "白": ("d/t", ("㇒", "日")), "泊": ("a", ("氵", "白")), "泪": ("a", ("氵", "目")),
              "十": ("lock", ("㇐", "㇑")), "干": ("d/t", ("㇐", "十")), "37024": ("lock", ("二", "㇑")),
              "午": ("wtl", ("干", "㇒")), "牛": ("wtl", ("37024", "㇒")),
              "朋": ("ra", ("月",)), "月": ("s", ("⺆", "二")), "冃": ("s", ("⺆", "㇐"))}
    found = table.pairs(decomp)
    assert found[("日", "目")] == "stroke" and found[("白", "目")] == "stroke"
    assert found[("午", "牛")] == "swap" and found[("泊", "泪")] == "swap"
    assert not any("朋" in pair for pair in found)


def test_an_enclosed_part_swapped_inside_a_character():
    """Two characters of the same arrangement and parts but one, those two one enclosure around other parts, are
    look-alikes (興 and 與: 臼 around 同 or another shape, over the same bottom); two characters that are each the
    whole enclosure (国 and 固) are not, nor a pair found already."""
    decomp = {"興": ("d", ("E1", "B")), "與": ("d", ("E2", "B")), "E1": ("w", ("臼", "同")), "E2": ("w", ("臼", "X")),
              "国": ("s", ("囗", "玉")), "固": ("s", ("囗", "古"))}
    assert table.enclosed_swaps(decomp, {}) == {("與", "興"): "swap"}
    assert table.enclosed_swaps(decomp, {("與", "興"): "visual"}) == {}


def test_stroke_neighbours_are_paired_when_their_glyphs_are_near_too():
    """jp-grapheme-alt's stroke-edit table (a kanji, then neighbours with their similarity) gives the larger of the
    two similarities a pair is listed with; a pair at least STROKES_NEAR similar whose glyphs are at most STROKES_FAR
    apart is kept, not one whose glyphs are far (門 and 明: the same strokes placed otherwise) nor one less similar."""
    text = "白 自 0.833333 百 0.5\n自 白 0.8 目 0.833333\n門 明 0.875\n"
    neighbours = table.stroke_neighbours(text)
    assert neighbours[("白", "自")] == pytest.approx(0.833333) and neighbours[("明", "門")] == 0.875
    glyph_far = {("白", "自"): 0.246, ("明", "門"): 0.4, ("目", "自"): 0.05}
    found = table.stroke_pairs(neighbours, lambda keys: [glyph_far[k] for k in keys], {("目", "自"): "stroke"})
    assert found == {("白", "自"): "strokes"}
