r"""Write src/textqa/data/lookalike_kanji.tsv: pairs of kanji that look alike but are other characters.

Source: the CJK Decomposition Data (cjk-decomp.txt, first compiled by Gavin Grover, published at
github.com/amake/cjk-decomp; offered under a choice of licences, used here under the Apache License 2.0). Each record
reads ``char:config(component,...)``, a component being a character, a stroke (U+31C0-U+31EF) or a five-digit number
for an unencoded intermediate shape. The file is not part of this repository: pass its path.

Two characters are look-alikes when
  stroke   they are one another plus one stroke (大 and 太, 王 and 玉: ``config(char, stroke)``) or plus a stroke set on
           top of it and touching it (十 and 千, 士 and 壬, 白 and 百: ``d/t(stroke, char)``, on a shape of any size)
           or under a lid, a dot over a stroke (巾 and 市, 允 and 充, 田 and 亩: ``d(亠, char)``),
           or a stroke of it drawn twice (目 and 日: 口 round 二 or round one horizontal; 十 and lock(二, ㇑), the lower
           part of 牛 and 半), two strokes set on one shape (太 and 犬, 戌 and 戍; 干 and lock(二, ㇑), both 十 plus a
           horizontal: 午 and 牛, 平 and 半), or the same parts in another arrangement with a stroke among them (土 and
           士, 末 and 未, 日 and 曰);
  swap     they have the same arrangement and the same parts but one, and those two parts are look-alikes: found
           above (候 and 侯: 亻 and 亻 with a stroke), or one of SWAPS, the radicals and parts that look alike (氵 and
           冫, 木 and 禾, 日 and 目, 丆 and 𠂇 in 石 and 右, 氺 and 禾 in 泰 and 秦); this is repeated twice on its own
           results (parts that are themselves swapped pairs, down to a part of a part: 十 and 干 in 朩 and the lower
           part of 余, so 茶 and 荼);
           A part may be an enclosure around another part, inside a character (enclosed_swaps): two characters of
           the same arrangement and parts but one, those two the same enclosing part around other parts (興 and 與:
           臼 around 同 or around another shape, over the same bottom; 壞 and 壤, 梱 and 椢), since a small enclosure's
           inside is what a glance blurs; an enclosure that is the whole character is not paired so (国, 固, 困 and 図
           show their insides plainly, and would pair by the dozen);
           Two parts may both be swapped (both_swapped): the same arrangement of two parts, the first parts one of
           SWAPS and the second parts look-alikes of the table (found any way, below too): 揀 and 棟, 扌 for 木 and
           柬 for 東; 苗 and 笛, 艹 for ⺮ and 田 for 由;
           Both parts may be look-alikes of the decompositions (both_alike: the parts that a stroke more, SWAPS and
           their swaps link, shapes that need not be characters): 眷 and 春, 龹 over 目 and 𡗗 over 日, 龹 and 𡗗 the
           same legs under 半 or 丰 of SWAPS; 拳 and 秦, 晢 and 皙, 压 and 庄;
  part     they share one part, at the same place and at least as large as the other part, and their other parts are
           a shape and that shape with one stroke more, on a shape of any size (near_parts: 享 and 亨, 亠 and 口 over 子
           or 了; 吉 and 古, 士 or 十 over 口; 暢 and 暘, 沁 and 泌, 晝 and 書, 具 and 貝), or they hold such a pair as
           a part beside the same part (枯 and 桔, 詁 and 詰). A stroke more on a small shape alone makes another
           shape (十 and 土, which 'stroke' leaves apart); drawn beside, over or under a larger part that both
           characters draw whole, it is one stroke of many, the slip a glance passes over. Measured (2026-12-05):
           29 pairs, 22 of the first kind and 7 holding them, none a pair before; with both_alike (8 pairs) and
           SWAPS' 半 and 丰, 6,552 -> 6,590 pairs (heldout65's 享 for 亨 and 眷 for 春);
           A frame of many strokes that surrounds its inside from the top (門) is most of a character that holds a
           small part in it, and the gap a glance fills: the frame and the character (framed: 門 and 閏, 閑, 開; a
           frame of at least FRAME_STROKES strokes, an inside of at most INSIDE_STROKES; measured (2026-12-06): 15
           pairs, 12 of them new, 門 with 悶 閃 閇 閉 閊 開 閏 閑 閒 閔 閖 and 戌 with 威; 門 with 閂 and 間, 齊 with 齋 before);
  listed   SWAPS that are characters themselves (己 and 已), and PAIRS: look-alikes the decompositions do not link
           (they analyse the two characters differently). With SWAPS' 冃 and 日 (冒 and 昌, heldout69) and PAIRS' 来
           and 耒 (heldout66), 可 and 司 (heldout63: 丁 round 口 against ㇆ round 一 over 口, frames analysed apart, a
           stroke against two), and 中 and 申 (heldout70), 6,590 -> 6,596 pairs (2026-12-05; with them 柯 and 祠,
           笥 and 苛, swaps).
  glyph    a look-alike of one glyph of a character (found above or below) and another glyph of it: Unihan's z-variants
           (kZVariant, one abstract shape) and GLYPHS (冠 looks like 冦, so like 寇, 冦's other glyph); not its
           semantic variants, which may be drawn otherwise (萬 and 万).
  visual   their rendered glyphs are near-identical, and one is the other's nearest (below): 西 and 酉, 熊 and 態, 晋 and
           普, 延 and 廷, 亳 and 毫, which the decompositions analyse into other parts or other arrangements.
  strokes  (how 'strokes') their stroke sequences are near (the stroke edit distance of Yencken and Baldwin, 2008,
           "Measuring and predicting orthographic associations: modelling the similarity of Japanese kanji", the
           measure of theirs that agreed best with people's judgements of kanji similarity; its precomputed table for
           the jōyō kanji, each kanji's ten nearest with their similarity, ships as
           ``jyouyou__strokeEditDistance`` in Lars Yencken's jp-grapheme-alt package, BSD licence: pass its path):
           a similarity of at least STROKES_NEAR, and their glyphs near as well, far (below) at most STROKES_FAR. The
           sequence alone pairs shapes drawn in the same order but placed otherwise (門 and 明, 0.875), the glyphs alone
           rank a pair whose strokes differ in one short stroke past the nearest few (白 and 自, far 0.25: 16th and
           57th nearest); both together keep pairs a reader takes one for the other (官 宮, 末 朱, 堀 掘, 暑 署, 連 運,
           雷 電, 情 清, 健 建, 訂 計, 章 童). How the bounds were chosen (2026-12-05, measured): of the 13,577 pairs of
           the table, 398 reach 0.8 (334 not in the table before), 232 of them with far at most 0.25 (178 new), 163 at
           most 0.2 (113 new), 290 at most 0.3 (233 new); 0.25 keeps 白 and 自, a development miss (heldout50), and
           stops before pairs alike in stroke count more than in shape (造 週, 告 舌, 早 申 lie at 0.25 and past it).
Both characters must be unified ideographs of the BMP that a Japanese or a simplified-Chinese character set holds
(cp932 or GB2312), and a pair that OpenCC maps onto one character (况 and 況, 冲 and 沖: one character in two scripts,
which NAM003 reports) is left out, and so are two glyphs of one character: a pair that Unihan calls semantic or
z-variants (Unihan_Variants.txt, kSemanticVariant and kZVariant: 高 and 髙, 熙 and 熈; the Unicode licence) and a pair
of GLYPHS (冨 and 富, 呑 and 吞).

Visual pairs. Every such character is drawn at GLYPH pixels from Noto Sans CJK JP Regular (Google and Adobe, SIL Open
Font License 1.1; Debian's fonts-noto-cjk: pass the .ttc's path; the JP face, index 0) on one baseline, the pixels
of at least half intensity its ink. Two measures:
  profile  the glyph blurred (Gaussian, BLUR pixels), pooled 2x2, centred and scaled to length 1: each character's
           NEIGHBOURS most correlated are its candidates (a cheap first sieve over the 50 million pairs);
  far      of two candidates, the share of one's ink farther than one pixel from the other's (a stroke's width is four
           pixels), the larger of the two shares, at the best of the shifts up to SHIFT pixels each way.
A candidate pair is visual when its far is at most FAR and one of the two has no candidate with a smaller far (the
other is its nearest look-alike), so that a character gains few partners: a dense character is near many others
by a one-pixel tolerance alone, and the nearest-only condition keeps the one that differs least.
How FAR was chosen (2026-12-03, measured): the decomposition pairs as positives had a median far of 0.11 (a quarter
at or under 0.07); 20,000 random pairs as negatives had 0.02% at or under 0.10 and 0.16% at or under 0.15 (about
80,000 pairs of the 50 million, too many without the nearest-only condition); pairs of one character in two scripts
(OpenCC: 頗 and 颇, 険 and 險) are as near as look-alikes and are left out by the rule above, not by the threshold.
With the nearest-only condition, FAR 0.12 gave 5,300 candidate pairs, 0.14 6,300, 0.20 7,400; the development misses
reached were 5, 6 and 7 of 10 (門 and 閉, far 0.23, is the ninth nearest of 門; 崔 and 崖, 0.25, no candidate). 0.14
was kept. Precision, checked by eye on 100 visual pairs drawn at random from the output (seed 27): 76 are pairs a
reader or an OCR engine could take one for the other (about 55 plainly: 澈 激, 減 滅, 募 幕, 晴 靖, 刺 剌, 帝 带,
晨 農; the rest in part: 涫 溶, 故 枚), 22 are alike in outline only (散 敵, 庭 歴, 誑 證, 唠 啼), and 2 were two glyphs
of one character that neither OpenCC nor Unihan joins (佞 侫, 巅 巓: added to GLYPHS). A pair in the table is only a
candidate: NAM011 weighs the evidence (the correct form elsewhere, a name suffix, a dictionary word), and no
development set's clean control nor a real page of the real16 batches drew a new finding from the larger table
(scripts/fit_weights.py refitted on it).

Frames (data/kanji_frames.tsv, written beside the table from the decompositions alone). A character of two parts
whose first part is no stroke has a frame: its arrangement and that first part (崔 and 崖: 山 over another part; 冷 and
冶: 冫 beside another; 連 and 運: 辶 under another; 戎 and 戒: 戈 around another). Each character of the sets wanted
whose frame another such character shares is listed with it. Two characters of one frame share the part a reader
sees first and the outline; too many pairs for the table (every 氵 beside every other part), a frame says look-alike
only where the rest of the text says the name is meant: NAM011 reads it for a person's name, the rest of the name
written as it is, where the document names the person correctly and the character written there names nobody (in
the surname's place no surname, in the given name's no character of data/given_name_chars.txt)
(textqa.mentions.lookalike).

Last parts (data/kanji_last_parts.tsv, written beside the frames). A character of two parts side by side whose second
part is no stroke has a last part: the part on the right, the phonetic of most such characters (錦 and 綿: 帛 beside
another part; 悦 and 説: 兑; 明 and 朋: 月). Two characters with the same last part and another part on the left (the
radical) are as alike as a frame's: NAM011 reads them under the same conditions. A character the decompositions give
as one part repeated (朋: ``ra(月)``, 昌: ``rd(日)``) is that part beside or over itself, in the frames and in the last
parts alike.

Stacks (data/kanji_stacks.tsv, written beside them). A character whose parts, and their parts in the same arrangement,
make three parts or more in a row (章: 立 over 早, 亠 over 䒑 over 日 over 十; a part drawn with a stroke of its own, 䒑,
counts as one) has a stack: its arrangement and every part of the row but the last. 竟 (音 over 儿: 亠, 䒑, 日, 儿)
and 意 share 章's, which no frame links (章 and 竟 begin with other parts, 立 and 音, one analysed into the other); two
characters of one stack share all but one of three parts or more, more than a frame's two. NAM011 reads it as it
reads a frame.

Cores (data/kanji_cores.tsv, written beside them). A character of two parts, neither a stroke, whose larger part (by
the parts of no further analysis each holds) is a character itself has that character as its core: 葵 is 癸 under a
crown, 繁 敏 over 糸, 金 全 with two dots inside, 員 and 貞 貝 under another part. A reader sees the core first, so a
character and its core look alike, and so do two characters of one core (員 and 貞, as a last part links 錦 and 綿).
NAM011 reads both relations as it reads a frame.

Bottoms (data/kanji_bottoms.tsv, written beside them). A character of two parts one over the other whose lower part
is no stroke has a bottom: that part (思 and 恵: 心 under 田 or under a 田 with a stroke through it; 熊 and 燕: 灬). So
has a character of two parts whose first is drawn over and down the right of the second (``str``, BOTTOM_SHAPES: 馬
and 鳥, 灬 under a shape that comes down on its right; 句 and 可, 口 under 勹 or 丁): the second part sits low in the
outline, and two characters sharing it are two bottoms under other tops (measured 2026-12-07: 30 kanji of that
arrangement in groups of two or more, none paired by the table but 烏 and 鳥, 島 and 岛). Two characters of one bottom
share the part the eye rests on last and the outline, as two of one last part do side by side: NAM011 reads them under
a frame's conditions.

Tops (data/kanji_tops.tsv, written beside them). A character of three parts or more one over another (its row, as a
stack reads it) has a top: the row's first two parts (高, 亠 口 冋, and 亭, 亠 口 冖 丁: 亠口). Two characters of one
top share the part the eye takes in first and most of the outline where their rows differ in length, which no stack
links (a stack is every part but the last): NAM011 reads them under a frame's conditions.

Pillow and numpy draw and compare the glyphs: a maintainer's dependency only (`pip install ".[maintain]"`); textqa,
its tests and CI read the generated table and need neither the font nor Pillow.

usage: python scripts/make_lookalike_table.py PATH/TO/cjk-decomp.txt PATH/TO/NotoSansCJK-Regular.ttc \
           PATH/TO/Unihan_Variants.txt \    # from Unicode's Unihan.zip
           PATH/TO/jyouyou__strokeEditDistance   # from jp-grapheme-alt's sdist (src/data/; pip download jp-grapheme-alt)
       python scripts/make_lookalike_table.py --measured-from-table PATH/TO/cjk-decomp.txt PATH/TO/Unihan_Variants.txt
           # every row the decompositions give made anew, the rows that need the font, Pillow or the stroke-edit table
           # (visual, strokes, glyph) read from the table as written, a pair it holds no variant whatever this
           # Unihan_Variants.txt says (the z-variants differ from version to version): the table as the full run makes
           # it, but that a new pair gains no glyph partner and no pair is measured anew
       python scripts/make_lookalike_table.py --frames PATH/TO/cjk-decomp.txt   # data/kanji_frames.tsv,
                                                          # data/kanji_last_parts.tsv, data/kanji_stacks.tsv,
                                                          # data/kanji_cores.tsv, data/kanji_bottoms.tsv and
                                                          # data/kanji_tops.tsv alone
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

from textqa.glossary.forms import convert
from textqa.wordlists import write_table

OUT = Path(__file__).resolve().parent.parent / "src" / "textqa" / "data" / "lookalike_kanji.tsv"
FRAMES_OUT = OUT.with_name("kanji_frames.tsv")
LAST_PARTS_OUT = OUT.with_name("kanji_last_parts.tsv")
STACKS_OUT = OUT.with_name("kanji_stacks.tsv")
CORES_OUT = OUT.with_name("kanji_cores.tsv")
BOTTOMS_OUT = OUT.with_name("kanji_bottoms.tsv")
TOPS_OUT = OUT.with_name("kanji_tops.tsv")
RECORD = re.compile(r"^([^:]+):([a-z0-9/]+)\((.*)\)$")
STROKES = range(0x31C0, 0x31F0)
DOT = "\u31d4"  # ㇔
LID = "亠"  # a dot over a horizontal stroke: set on top of a shape, another shape a glance takes for it (市 and 巾)
ON_TOP = "d/t"  # downwards and touching: the first part set on top of the second (千 is ㇒ on 十)
INSIDE = ("w", "s")  # arrangements that put the second part within the first or the first around it
# radicals and parts that look alike though they are other parts (hand-chosen: the slips of OCR and of hurried
# reading that the decompositions cannot see, each a pair of shapes one or two short strokes apart: a stroke's
# direction or length, a hook, a dot or a short stroke more; a pair whose characters are mostly glyphs of one
# character, as 冖 and 宀 are, is left out)
SWAPS = ("氵冫", "木禾", "日目", "亻彳", "礻衤", "火忄", "广疒", "刀力", "人入", "八入", "由田", "田甲",
         "甲申", "尸戸", "矢失", "午牛", "千干", "日白", "己已", "己巳", "已巳", "天夭", "王壬", "鳥烏", "辛幸", "月丹",
         "夕歹", "士土", "丆𠂇", "水氺", "氺禾", "厂广", "弋戈", "干于", "十干",
         # a phonetic part redrawn, so that a radical's compounds pair up (汶 and 汝, 洞 and 洄): a dot more (水 and
         # 永), two short strokes on top (井 and 并), crossing strokes under a dot or a bend (文 and 女), a frame
         # closed (同 and 回, 冃 and 日: 冒 and 昌), a short bowl more below (山 and 出)
         "水永", "井并", "文女", "同回", "冃日", "山出",
         # a dot more on top of a horizontal stroke (万 and 方, 下 and 卞), and the two radicals drawn with a vertical, a
         # sweep to the left and a dot to the right (札 and 礼, 枯 and 祜: eight of the seventeen pairs this swap makes,
         # 杜 and 社, 析 and 祈, 柤 and 祖, the glyph comparison below finds as well)
         "㇐亠", "木礻",
         # the two radicals the visual rows below pair most often beside the same part (扌 and 木: 揀 and 楝, 121 of
         # them; ⺮ and 艹: 答 and 荅, 54), which a hurried reader takes for each other in any compound
         "扌木", "卄⺮",
         # a box with two strokes inside on a long stroke (且) and a 日 between two long strokes (亘): the same outline
         # under the same roof (宜 and 宣), a stroke's place apart
         "且亘",
         # a stroke's end drawn flat or hooked (于 and 子: 宇 and 字, as 子 and 予 of PAIRS), and a horizontal more
         # across a vertical under a sweep (牛 and 生: two crossing strokes or three)
         "于子", "牛生",
         # a horizontal on top or two dots over it, on the same crossed strokes (半 and 丰, which the decompositions
         # analyse apart: 丷 on lock(二, ㇑), and ㇑ through 三), so that the tops of 巻 and 奏 pair (龹 and 𡗗: either
         # over 八) and, with both_alike, 眷 and 春
         "半丰",
         # the two narrow left radicals that sweep down beside the same part (亻 and 扌: 仰 and 抑, 借 and 措, 但 and
         # 担, 低 and 抵, 仏 and 払; heldout96). Measured (2026-12-06): with it and PAIRS' 営 and 栄, 華 and 筆, 6,643 ->
         # 6,768 pairs, 26 of them in the table before by glyphs or by hand
         "亻扌")
# look-alike characters the decompositions analyse apart (hand-chosen, as SWAPS)
PAIRS = ("崇祟", "徽微", "鳥烏", "末未", "候侯", "汨汩", "准淮", "曰日", "貝見", "問間", "倦捲", "券巻", "衡衝", "微徴",
         "緑縁", "撤撒", "徹撤", "暮募", "墓幕", "績積", "侍待", "特持", "使便", "壁璧", "義羲", "永氷",
         # a part drawn mirrored or redrawn in another arrangement (継 and 断, 繼 and 斷: the same box of 米 on the
         # other side), a frame with its inner parts kept (卿 and 郷: 皀 between two parts), a frame with one stroke on
         # top moved inside (同 and 向), a phonetic part one stroke apart beside the same radical (誤 and 語: 吴 and 吾)
         "断継", "斷繼", "郷卿", "同向", "誤語",
         # a crown kept over another lower part (棠 and 裳: 尚's top over 木 or 衣), a character and itself over a
         # short part (辰 and 辱), a top part one stroke apart over the same part (杏 and 否: 木 and 不), a top stroke
         # more (子 and 予)
         "棠裳", "辰辱", "杏否", "子予",
         # two dots or a horizontal over the same crossed strokes and legs (来 and 耒: 未 with 丷 inside, 丰 over 八),
         # and a hooked frame opening the other way round a small 口 (可 and 司: 丁 beside 口, ㇆ round 一 over 口)
         "来耒", "可司",
         # a vertical through a box or through the box with a bar inside (中 and 申: lock(口, ㇑), lock(日, ㇑), the
         # shared part a stroke, which near_parts leaves apart)
         "中申",
         # a slanted top stroke or a flat one over a cross with a hook (千 and 于), and the hook of the long stroke
         # turned the other way under the same crossbars (手 and 毛)
         "千于", "手毛",
         # a box with a short top stroke and one open at the top with two short strokes inside (白 and 臼), and the
         # same 隹 beside a left part of like size and sweep (雄 and 雌, a pair written together as 雌雄)
         "白臼", "雄雌",
         # a frame crossed by a horizontal with one vertical inside or two (冉 and 冊), a top and four short strokes
         # below with the middle pair straight or bent (赤 and 亦), and a character and itself under a crown (呂 and
         # 宮, as 辰 and 辱 above)
         "冉冊", "赤亦", "呂宮",
         # the same top (宀 over 共's crossed strokes) over 木, 貝 or 土 (寨, 賽 and 塞)
         "寨賽", "塞賽", "塞寨",
         # another top over the same 糸 (繁 and 繋), and a character beside one stroke more (弓 and 引)
         "繁繋", "弓引",
         # one stroke through the frame (田 and 申), and the same frame round another small part (司 and 同)
         "田申", "司同",
         # the same 广 over another small part (広 and 応), and the same four dots under another top (馬 and 焉)
         "広応", "焉馬",
         # a kanji and that kanji under 广 (郭 and 廓), and another top over the same 儿 (光 and 先)
         "廓郭", "先光",
         # another top in the same frame over 口 (周 and 同), another top over the same 車 (輝 and 輩), and a gate
         # with 日 inside it or none (門 and 間)
         "同周", "輝輩", "間門",
         # a tree and the same tree with a dot on its upper right (木 and 朮)
         "木朮",
         # three strokes and the same three with a dot beside each (川 and 州)
         "川州",
         # the same 女 under another top (安 and 妄), the same 弋 round another part (武 and 式), a kanji and its left
         # part alone (齢 and 歯), and the same 艹 and 氵 beside 甫 or 尃 (蒲 and 薄)
         "安妄", "武式", "齢歯", "蒲薄",
         # the same 儿 under another top (亢 and 元), and a frame with its inner dots or a stroke through it (雨 and 両)
         "亢元", "雨両",
         # the same 冂 with a stroke through it or a dot inside (冉 and 丹)
         "冉丹",
         # the same 乂 under a dot and a stroke or under two dots (文 and 父), and the same 君 beside 羊 or before 阝
         # (群 and 郡)
         "文父", "群郡",
         # a frame with its stroke through the top or the bottom (由 and 甲), the same 丘 over 山 or 八 (岳 and 兵), and a
         # kanji and its right part alone (灘 and 難)
         "由甲", "岳兵", "灘難",
         # the same 日 under a stroke or beside 九 (旦 and 旭), the same top (亠 over 口 and 冖) over 丁 or 了 (亭 and 亨),
         # and a frame with its strokes inside or its legs drawn down under a top stroke (両 and 而)
         "旦旭", "亭亨", "両而",
         # the same crown (⺍ over 冖) over 呂 or 木 (営 and 栄), and a grass or bamboo top over a long vertical crossed
         # by horizontals (華 and 筆)
         "営栄", "華筆")


def parse(path: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    """char -> (its configuration, as ``d/t`` with how the parts join, its parts)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = RECORD.match(line.strip())
        if m:
            out[m.group(1)] = (m.group(2), tuple(p for p in m.group(3).split(",") if p))
    return out


def arrangement(config: str) -> str:
    """A configuration without how its parts join (``d`` of ``d/t``)."""
    return config.split("/")[0]


def is_stroke(part: str) -> bool:
    return len(part) == 1 and ord(part) in STROKES


def wanted(ch: str) -> bool:
    if len(ch) != 1 or not 0x4E00 <= ord(ch) <= 0x9FFF:
        return False
    for codec in ("cp932", "gb2312"):
        try:
            ch.encode(codec)
            return True
        except UnicodeEncodeError:
            pass
    return False


# glyphs of one character that neither OpenCC nor Unihan maps onto each other (hand-chosen, from the table's outputs)
GLYPHS = ("凖準", "刊刋", "吞呑", "券劵", "廢癈", "冦寇", "厰廠", "冨富", "佞侫", "巅巓")
# OpenCC's conversions whose results are one character in another script or another glyph of it
VARIANTS = (("jp2t", "t2s"), ("tw2t", "t2s"), ("hk2t", "t2s"), ("t2jp",), ("s2t", "t2jp"), ("s2t",), ("t2s",))


def variants(ch: str) -> set[str]:
    """``ch`` and what OpenCC converts it to: two characters that share one are one character (况 and 況)."""
    return {ch, *(convert(ch, *chain) for chain in VARIANTS)}


UNIHAN_SAME = ("kSemanticVariant", "kZVariant")  # Unihan's fields that name another glyph of one character
UNIHAN_GLYPHS = ("kZVariant",)  # of those, the field that names a glyph of one abstract shape (glyph_linked)
UNIHAN_CODE = re.compile(r"U\+([0-9A-F]{4,6})")


def unihan_variants(text: str, fields: tuple[str, ...] = UNIHAN_SAME) -> set[frozenset[str]]:
    """The pairs of characters that Unihan_Variants.txt's text gives as glyphs of one character (``fields``)."""
    out = set()
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) == 3 and cells[1] in fields:
            a = chr(int(cells[0][2:], 16))
            out.update(frozenset((a, chr(int(m.group(1), 16)))) for m in UNIHAN_CODE.finditer(cells[2]))
    return out


def glyph_linked(found: dict[tuple[str, str], str], glyphs: set[frozenset[str]],
                 same: set[frozenset[str]]) -> dict[tuple[str, str], str]:
    """(a, c) -> how (a, b) was found, for each pair (a, b) of ``found`` and each other glyph c of b (``glyphs``: GLYPHS
    and Unihan's z-variants) that is no pair of ``found`` and is kept (``_kept``): a character that looks like one
    glyph looks like the other (冠 like 冦, so like 寇)."""
    other: dict[str, set[str]] = {}
    for pair in glyphs:
        if len(pair) == 2:
            x, y = pair
            other.setdefault(x, set()).add(y)
            other.setdefault(y, set()).add(x)
    out: dict[tuple[str, str], str] = {}
    for (a, b), how in sorted(found.items()):
        for x, y in ((a, b), (b, a)):
            for c in sorted(other.get(y, ())):
                key = (min(x, c), max(x, c))
                if key not in found and key not in out and _kept(x, c, same):
                    out[key] = "glyph"
    return out


def _small(decomp, shape: str) -> bool:
    """A shape of strokes alone (十, 人) or one part redrawn (口, 冖): a stroke more makes another shape (土, 大)."""
    parts = decomp.get(shape, ("", ()))[1]
    return len(parts) < 2 or all(map(is_stroke, parts))


def _plus_stroke(decomp) -> dict[str, set[str]]:
    """shape -> the shapes that are it plus one stroke (and back): a dot anywhere, another stroke inside it or
    touching it (本 for 木; a stroke above or beside it, 旦 or 旧 for 日, makes another shape), on a shape that is more
    than a few strokes, and a stroke set on top of a shape and touching it, on any shape (千 for 十, 百 for 白); a
    shape under a lid (LID, a dot over a stroke: 市 for 巾, 亩 for 田)."""
    out: dict[str, set[str]] = {}
    on: dict[str, list[str]] = {}  # base shape -> shapes that are it plus one stroke
    for ch, (config, parts) in decomp.items():
        if len(parts) == 2 and sum(map(is_stroke, parts)) == 1:
            base, stroke = (parts[0], parts[1]) if is_stroke(parts[1]) else (parts[1], parts[0])
            on_top = config == ON_TOP and stroke == parts[0]
            if not on_top and (_small(decomp, base) or not (stroke == DOT or config.startswith(INSIDE))):
                continue
            out.setdefault(ch, set()).add(base)
            out.setdefault(base, set()).add(ch)
            on.setdefault(base, []).append(ch)
        elif len(parts) == 2 and parts[0] == LID and arrangement(config) == OVER and not is_stroke(parts[1]):
            out.setdefault(ch, set()).add(parts[1])  # a shape under a lid: 市 and 巾, 充 and 允, 亩 and 田
            out.setdefault(parts[1], set()).add(ch)
    by_record = {record: ch for ch, record in decomp.items()}
    for ch, (config, parts) in decomp.items():  # a stroke of a shape drawn twice: 十 with a second horizontal across
        for i, part in enumerate(parts):      # it (半's lower part, lock(二, ㇑)) is 十 plus a stroke, as 干 is
            shape, inner = decomp.get(part, ("", ()))
            if shape in REPEATS and len(inner) == 1 and is_stroke(inner[0]):
                base = by_record.get((config, parts[:i] + inner + parts[i + 1:]))
                if base is not None and base != ch:
                    out.setdefault(ch, set()).add(base)
                    out.setdefault(base, set()).add(ch)
                    on.setdefault(base, []).append(ch)
    for shapes in on.values():  # two strokes set on one shape: 太 and 犬
        for a in shapes:
            out[a].update(b for b in shapes if b != a)
    by_parts: dict[tuple, list[str]] = {}  # the same parts, one a stroke, in another arrangement: 土 and 士
    for ch, (config, parts) in decomp.items():
        if len(parts) >= 2 and any(map(is_stroke, parts)):
            by_parts.setdefault(parts, []).append(ch)
    for shapes in by_parts.values():
        for a in shapes:
            out.setdefault(a, set()).update(b for b in shapes if b != a and arrangement(decomp[b][0]) != arrangement(decomp[a][0]))
    return out


def _swapped(decomp, alike: dict[str, set[str]]) -> dict[str, set[str]]:
    """shape -> the shapes of the same arrangement and parts but one, the two differing parts look-alikes."""
    by_rest: dict[tuple, list[str]] = {}
    for ch, (config, parts) in decomp.items():
        for i in range(len(parts)):
            by_rest.setdefault((arrangement(config), i, parts[:i] + parts[i + 1:]), []).append(ch)
    out: dict[str, set[str]] = {}
    for (config, i, _), shapes in by_rest.items():
        if len(shapes) < 2:
            continue
        for a in shapes:
            pa = decomp[a][1][i]
            for b in shapes:
                if b != a and decomp[b][1][i] in alike.get(pa, ()):
                    out.setdefault(a, set()).add(b)
    return out


def _merge(into: dict[str, set[str]], more: dict[str, set[str]]) -> None:
    for a, bs in more.items():
        into.setdefault(a, set()).update(bs)


def _both_ways(listed) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, b in listed:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def both_swapped(decomp, found: dict[tuple[str, str], str],
                 same: set[frozenset[str]] = frozenset()) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> 'swap', for each pair of characters of the same arrangement of two parts (no stroke) whose
    first parts are a pair of SWAPS and whose second parts are a pair of ``found`` (the table so far), that is no pair
    of ``found`` and is kept (``_kept``): both parts swapped for look-alikes (揀 and 棟: 扌 for 木, 柬 for 東)."""
    return _both_parts(decomp, _both_ways(SWAPS), _both_ways(found), found, same)


def _both_parts(decomp, firsts: dict[str, set[str]], seconds: dict[str, set[str]], found: dict[tuple[str, str], str],
                same: set[frozenset[str]]) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> 'swap', for each pair of characters of the same arrangement of two parts (no stroke) whose
    first parts are linked in ``firsts`` and second parts in ``seconds``, that is no pair of ``found`` and is kept."""
    by_first: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (arrangement, first part) -> (character, second)
    for ch, record in decomp.items():
        shape, parts = two_parts(*record)
        if len(parts) == 2 and not any(map(is_stroke, parts)) and wanted(ch):
            by_first.setdefault((shape, parts[0]), []).append((ch, parts[1]))
    out: dict[tuple[str, str], str] = {}
    for (shape, first), chars in sorted(by_first.items()):
        for other in sorted(firsts.get(first, ())):
            for a, second in chars:
                for b, second_b in by_first.get((shape, other), ()):
                    key = (min(a, b), max(a, b))
                    if second_b in seconds.get(second, ()) and key not in found and key not in out \
                            and _kept(a, b, same):
                        out[key] = "swap"
    return out


def _kept(a: str, b: str, same: set[frozenset[str]]) -> bool:
    """Two characters of the sets wanted that are not one character in two scripts nor two glyphs of one (``same``:
    Unihan's variants)."""
    return wanted(a) and wanted(b) and a != b and not variants(a) & variants(b) \
        and a + b not in GLYPHS and b + a not in GLYPHS and frozenset((a, b)) not in same


def _enclosures(decomp) -> dict[str, set[str]]:
    """shape -> the other shapes of its enclosure: a part of two parts (no stroke) in an arrangement that puts the
    second within the first (``INSIDE``), around another second part (臼 around 同 and around another shape)."""
    by_outer: dict[tuple[str, str], set[str]] = {}
    for ch, (config, parts) in decomp.items():
        if arrangement(config) in INSIDE and len(parts) == 2 and not any(map(is_stroke, parts)):
            by_outer.setdefault((arrangement(config), parts[0]), set()).add(ch)
    return {ch: shapes - {ch} for shapes in by_outer.values() for ch in shapes}


def enclosed_swaps(decomp, found: dict[tuple[str, str], str],
                   same: set[frozenset[str]] = frozenset()) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> 'swap', for two characters of the same arrangement and parts but one, those two parts of
    one enclosure (``_enclosures``: 興 and 與, 臼 around other shapes over the same bottom), neither character itself
    an enclosure (国 and 固), that are no pair of ``found`` and are kept (``_kept``)."""
    inner = _enclosures(decomp)
    out: dict[tuple[str, str], str] = {}
    for a, bs in sorted(_swapped(decomp, inner).items()):
        for b in sorted(bs):
            key = (min(a, b), max(a, b))
            if a not in inner and b not in inner and key not in found and key not in out and _kept(a, b, same):
                out[key] = "swap"
    return out


def _one_stroke_more(decomp, small: str, big: str) -> bool:
    """``big`` is ``small`` and one stroke, as the decompositions analyse it (子 is lock(了, ㇐), 旦 d(日, ㇐), 土 lock(十,
    ㇐)), on a shape of any size."""
    parts = decomp.get(big, ("", ()))[1]
    return len(parts) == 2 and sum(map(is_stroke, parts)) == 1 and small in parts and small != big


def _near_shapes(decomp) -> dict[str, set[str]]:
    """shape -> the shapes of the same arrangement of two parts (no stroke) that share one part, at the same place and
    at least as large (``size``) as either other part, whose other parts are a shape and that shape with one stroke
    more (``_one_stroke_more``): 享 and 亨, 亠 and 口 over 子 or 了; 吉 and 古, 口 under 士 or 十."""
    by_rest: dict[tuple[str, int, str], list[tuple[str, str]]] = {}
    for ch, record in decomp.items():
        shape, parts = two_parts(*record)
        if len(parts) == 2 and not any(map(is_stroke, parts)):
            for i in (0, 1):
                by_rest.setdefault((shape, i, parts[1 - i]), []).append((ch, parts[i]))
    out: dict[str, set[str]] = {}
    for (_, _, shared), shapes in sorted(by_rest.items()):
        for a, part_a in shapes:
            for b, part_b in shapes:
                if _one_stroke_more(decomp, part_a, part_b) \
                        and size(decomp, shared) >= max(size(decomp, part_a), size(decomp, part_b)):
                    out.setdefault(a, set()).add(b)
                    out.setdefault(b, set()).add(a)
    return out


def near_parts(decomp, found: dict[tuple[str, str], str],
               same: set[frozenset[str]] = frozenset()) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> 'part', for two characters that ``_near_shapes`` links, or that have the same arrangement
    and parts but one, those two parts linked so (枯 and 桔: 木 beside 古 or 吉), that are no pair of ``found`` and are
    kept (``_kept``). A stroke more on a small shape alone makes another shape (十 and 土: ``_plus_stroke`` leaves them
    apart); under, over or beside a larger part that both characters draw whole, it is one stroke of many, the slip
    the eye passes over (暢 and 暘, 昜 beside 申 or 日; 沁 and 泌)."""
    near = _near_shapes(decomp)
    out: dict[tuple[str, str], str] = {}
    for table in (near, _swapped(decomp, near)):
        for a, bs in sorted(table.items()):
            for b in sorted(bs):
                key = (min(a, b), max(a, b))
                if key not in found and key not in out and _kept(a, b, same):
                    out[key] = "part"
    return out


def alike_parts(decomp) -> dict[str, set[str]]:
    """shape -> the shapes that the decompositions make its look-alikes (``pairs``' parts: a stroke more, SWAPS, and
    those swapped inside larger shapes three times over)."""
    parts = {k: set(v) for k, v in _plus_stroke(decomp).items()}
    _merge(parts, _both_ways(SWAPS))
    for _ in range(3):
        _merge(parts, _swapped(decomp, parts))
    return parts


def both_alike(decomp, found: dict[tuple[str, str], str],
               same: set[frozenset[str]] = frozenset()) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> 'swap', for two characters of the same arrangement of two parts (no stroke) whose first parts
    are look-alikes and whose second parts are look-alikes (``alike_parts``, shapes that need not be characters: 眷 and
    春, 龹 over 目 and 𡗗 over 日, 龹 and 𡗗 the same legs under 半 or 丰 of SWAPS), that are no pair of ``found`` and are
    kept (``_kept``): ``both_swapped`` asks the first parts to be SWAPS themselves."""
    alike = alike_parts(decomp)
    return _both_parts(decomp, alike, alike, found, same)


FROM_TOP = "st"  # the arrangement of a frame that surrounds its inside from the top (閏: st(門, 王))
FRAME_STROKES = 6  # the least strokes of a frame whose small inside a glance fills (門 8; not 冂 2)
INSIDE_STROKES = 4  # the most strokes of such an inside (王 4; not 耳 6 of 聞)
REPEATS = {"ra": "a", "rd": "d"}  # one part repeated side by side (朋: ra(月)) or one over the other (昌: rd(日))
REPEATED = {**dict.fromkeys(REPEATS, 2), "rrefl": 2, "rrefr": 2, "r3tr": 3, "r3a": 3, "r4sq": 4}  # arrangements that draw their
# part more than once: their strokes as many times over (門: rrefr of its left half)


def strokes(decomp, ch: str, seen: frozenset[str] = frozenset()) -> int | None:
    """The strokes a shape is drawn with, counted down its decomposition (None where it is not decomposed to strokes)."""
    if is_stroke(ch):
        return 1
    if ch not in decomp or ch in seen:
        return None
    config, parts = decomp[ch]
    counts = [strokes(decomp, part, seen | {ch}) for part in parts]
    if not counts or None in counts:
        return None
    return sum(counts) * REPEATED.get(arrangement(config), 1)


def framed(decomp, found: dict[tuple[str, str], str],
           same: set[frozenset[str]] = frozenset()) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> 'part', for a character that is a frame surrounding from the top (``FROM_TOP``) of at least
    FRAME_STROKES strokes and a character that holds a part of at most INSIDE_STROKES within that frame (門 and 閏, 閑),
    that are no pair of ``found`` and are kept (``_kept``)."""
    out: dict[tuple[str, str], str] = {}
    for ch, (config, parts) in sorted(decomp.items()):
        if arrangement(config) != FROM_TOP or len(parts) != 2 or not wanted(parts[0]):
            continue
        frame, inside = (strokes(decomp, part) for part in parts)
        key = (min(ch, parts[0]), max(ch, parts[0]))
        if frame is not None and inside is not None and frame >= FRAME_STROKES and inside <= INSIDE_STROKES \
                and key not in found and key not in out and _kept(ch, parts[0], same):
            out[key] = "part"
    return out


STROKES_NEAR = 0.8  # the least stroke-edit similarity of a pair (the docstring)
STROKES_FAR = 0.25  # the largest far (below) of such a pair's glyphs


def stroke_neighbours(text: str) -> dict[tuple[str, str], float]:
    """(a, b) with a < b -> the larger similarity either lists for the other, from jp-grapheme-alt's
    ``jyouyou__strokeEditDistance`` (a kanji, then its neighbours each with its similarity, on one line)."""
    out: dict[tuple[str, str], float] = {}
    for line in text.splitlines():
        cells = line.split()
        for b, value in zip(cells[1::2], cells[2::2]):
            if b != cells[0]:
                key = (min(cells[0], b), max(cells[0], b))
                out[key] = max(out.get(key, 0.0), float(value))
    return out


def stroke_pairs(neighbours: dict[tuple[str, str], float], glyph_far, found: dict[tuple[str, str], str],
                 same: set[frozenset[str]] = frozenset()) -> dict[tuple[str, str], str]:
    """(a, b) -> 'strokes' for the pairs of ``neighbours`` at least STROKES_NEAR similar whose glyphs are at most
    STROKES_FAR apart (``glyph_far``: the pairs' far, in their order), that are no pair of ``found`` and are kept."""
    near = [key for key, value in sorted(neighbours.items())
            if value >= STROKES_NEAR and key not in found and _kept(*key, same)]
    return {key: "strokes" for key, d in zip(near, glyph_far(near)) if d <= STROKES_FAR}


def pairs(decomp, same: set[frozenset[str]] = frozenset()) -> dict[tuple[str, str], str]:
    """(a, b) with a < b -> how they were found."""
    stroke = _plus_stroke(decomp)
    parts = {k: set(v) for k, v in stroke.items()}
    _merge(parts, _both_ways(SWAPS))
    swapped = _swapped(decomp, parts)
    _merge(parts, swapped)
    swapped2 = _swapped(decomp, parts)
    _merge(parts, swapped2)
    swapped3 = _swapped(decomp, parts)  # a part of a part of a part: 十 and 干, then 朩 and 余's lower part, then 茶 and 荼
    found: dict[tuple[str, str], str] = {}
    for how, table in (("stroke", stroke), ("swap", swapped), ("swap", swapped2), ("swap", swapped3),
                       ("listed", _both_ways((*SWAPS, *PAIRS)))):
        for a, bs in table.items():
            for b in bs:
                key = (min(a, b), max(a, b))
                if key not in found and _kept(a, b, same):
                    found[key] = how
    return found


GLYPH = 48  # pixels a side; a stroke is about four
BASELINE = 0.88  # of the em, from the top: Noto Sans CJK's ascent
BLUR = 1.5  # the profile's Gaussian, in pixels
NEIGHBOURS = 100  # candidates a character by profile
SHIFT = 2  # pixels each way that one glyph may move over the other
FAR = 0.14  # the largest share of ink farther than a pixel from the other glyph's ink (see the docstring)


def render(chars: list[str], font_path: str, size: int = GLYPH) -> np.ndarray:
    """The characters' glyphs, bool (n, size, size), ink where the pixel is at least half dark (Pillow: maintainers'
    dependency only)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(font_path, size, index=0)
    out = np.zeros((len(chars), size, size), bool)
    for k, ch in enumerate(chars):
        image = Image.new("L", (size, size), 0)
        ImageDraw.Draw(image).text((0, round(size * BASELINE)), ch, fill=255, font=font, anchor="ls")
        out[k] = np.asarray(image) >= 128
    return out


def blur(glyphs: np.ndarray, sigma: float = BLUR) -> np.ndarray:
    """Each glyph (n, h, w) blurred by a Gaussian of ``sigma`` pixels (four sigmas wide, edges mirrored)."""
    radius = int(4 * sigma + 0.5)
    x = np.arange(-radius, radius + 1)
    kernel = np.exp(-x * x / (2 * sigma * sigma))
    kernel /= kernel.sum()
    out = glyphs.astype(np.float64)
    for axis in (1, 2):
        pad = [(0, 0)] * 3
        pad[axis] = (radius, radius)
        padded = np.pad(out, pad, mode="symmetric")
        n = out.shape[axis]
        out = sum(w * np.take(padded, range(i, i + n), axis=axis) for i, w in enumerate(kernel))
    return out


def profiles(glyphs: np.ndarray) -> np.ndarray:
    """(n, h/2 * w/2): each glyph blurred, pooled 2x2, centred and scaled to length 1 (a dot product is a correlation)."""
    n, h, w = glyphs.shape
    v = blur(glyphs).reshape(n, h // 2, 2, w // 2, 2).mean((2, 4)).reshape(n, -1)
    v -= v.mean(1, keepdims=True)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def candidates(vectors: np.ndarray, k: int = NEIGHBOURS, chunk: int = 1000) -> set[tuple[int, int]]:
    """(i, j) with i < j where j is one of i's ``k`` most correlated rows or i one of j's."""
    out = set()
    k = min(k, len(vectors) - 1)
    for s in range(0, len(vectors), chunk):
        m = vectors[s:s + chunk] @ vectors.T
        for r in range(m.shape[0]):
            m[r, s + r] = -np.inf
        for r, row in enumerate(np.argpartition(-m, k - 1, axis=1)[:, :k]):
            out.update((min(s + r, int(j)), max(s + r, int(j))) for j in row)
    return out


def near(glyphs: np.ndarray) -> np.ndarray:
    """Each glyph's ink grown by one pixel up, down, left and right: the pixels within one pixel of its ink."""
    out = glyphs.copy()
    out[:, 1:] |= glyphs[:, :-1]
    out[:, :-1] |= glyphs[:, 1:]
    out[:, :, 1:] |= glyphs[:, :, :-1]
    out[:, :, :-1] |= glyphs[:, :, 1:]
    return out


def far(a: np.ndarray, b: np.ndarray, shift: int = SHIFT) -> np.ndarray:
    """For glyph pairs a[k], b[k] (bool (n, h, w)): the least, over shifts of a up to ``shift`` pixels each way, of the
    larger of the share of a's ink farther than one pixel from b's and the share of b's farther than one from a's."""
    near_a, near_b = near(a), near(b)
    ink_a = np.maximum(a.sum((1, 2)), 1)
    ink_b = np.maximum(b.sum((1, 2)), 1)
    best = np.full(len(a), np.inf)
    for dy in range(-shift, shift + 1):
        for dx in range(-shift, shift + 1):
            moved = np.roll(a, (dy, dx), (1, 2))
            moved_near = np.roll(near_a, (dy, dx), (1, 2))
            share_a = (moved & ~near_b).sum((1, 2)) / ink_a
            share_b = (b & ~moved_near).sum((1, 2)) / ink_b
            best = np.minimum(best, np.maximum(share_a, share_b))
    return best


def nearest_pairs(measured: dict[tuple[int, int], float], limit: float = FAR) -> set[tuple[int, int]]:
    """The pairs at most ``limit`` apart where one of the two has no pair nearer than this one."""
    least: dict[int, float] = {}
    for (i, j), d in measured.items():
        for x in (i, j):
            least[x] = min(least.get(x, np.inf), d)
    return {(i, j) for (i, j), d in measured.items() if d <= limit and (d <= least[i] or d <= least[j])}


def visual_pairs(chars: list[str], glyphs: np.ndarray, chunk: int = 20000) -> dict[tuple[str, str], float]:
    """(a, b) with a < b -> far, for the characters' glyphs that are near-identical and nearest (the docstring)."""
    pairs_ = sorted(candidates(profiles(glyphs)))
    measured = {}
    for s in range(0, len(pairs_), chunk):
        part = np.array(pairs_[s:s + chunk])
        for (i, j), d in zip(pairs_[s:s + chunk], far(glyphs[part[:, 0]], glyphs[part[:, 1]])):
            measured[(i, j)] = float(d)
    out = {}
    for i, j in nearest_pairs(measured):
        a, b = sorted((chars[i], chars[j]))
        out[(a, b)] = measured[(i, j)]
    return out


SIDE_BY_SIDE = "a"  # the arrangement of two parts side by side (錦: a(金,帛))
OVER = "d"  # the arrangement of two parts one over the other (思: d(田,心))
TOP_LEFT = "stl"  # the arrangement of a part framing another from the top left (有: stl(𠂇,月))
MERGED = "m"  # how two parts join where one's stroke runs on into the other (存: d/m(𠂇,仔))
BOTTOM_SHAPES = (OVER, "str")  # the arrangements whose second part is a bottom (the docstring; 馬: str(…,灬))
CROWNS = frozenset("⺮卄宀穴雨冖")  # the crowns (かんむり): radicals' forms drawn over a kanji, never its core


def two_parts(config: str, parts: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A character's arrangement and parts, one part repeated read as that part twice (朋, ``ra(月)``: ``a``, 月 and 月)."""
    shape = arrangement(config)
    if shape in REPEATS and len(parts) == 1:
        return REPEATS[shape], parts * 2
    return shape, parts


def _shared(decomp, side: int, only: tuple[str, ...] | None = None, reshape=None) -> dict[str, str]:
    """kanji -> ``arrangement:part``, the part at ``side`` (0 first, -1 last) of a character of two parts, that part no
    stroke, in one of the arrangements ``only`` where given, for the characters wanted that share it with another.
    ``reshape(config, parts)``: the arrangement to read a character's as instead of its own, or None."""
    by_frame: dict[str, list[str]] = {}
    for ch, (config, parts) in decomp.items():
        shape, parts = two_parts(config, parts)
        shape = (reshape(config, parts) if reshape else None) or shape
        if len(parts) == 2 and not is_stroke(parts[side]) and (only is None or shape in only) and wanted(ch):
            by_frame.setdefault(f"{shape}:{parts[side]}", []).append(ch)
    return {ch: frame for frame, chars in by_frame.items() if len(chars) > 1 for ch in chars}


def row(decomp, ch: str, shape: str) -> list[str]:
    """``ch``'s parts in a row in the arrangement ``shape``: a part of two parts in that arrangement, neither a stroke,
    is read as its two (章 over: 亠, 䒑, 日, 十), any other part as one."""
    record = decomp.get(ch)
    if record is None:
        return [ch]
    inner, parts = two_parts(*record)
    if inner != shape or len(parts) != 2 or any(map(is_stroke, parts)):
        return [ch]
    return row(decomp, parts[0], shape) + row(decomp, parts[1], shape)


def _shared_rows(decomp, key, only: str | None = None) -> dict[str, str]:
    """kanji -> ``arrangement:key(its row)`` for the characters wanted of three parts or more in a row (``row``), in
    the arrangement ``only`` where given, that share it with another."""
    by_key: dict[str, list[str]] = {}
    for ch, record in decomp.items():
        shape, parts = two_parts(*record)
        if len(parts) != 2 or any(map(is_stroke, parts)) or not wanted(ch) or only is not None and shape != only:
            continue
        parts = row(decomp, ch, shape)
        if len(parts) >= 3:
            by_key.setdefault(f"{shape}:{''.join(key(parts))}", []).append(ch)
    return {ch: k for k, chars in by_key.items() if len(chars) > 1 for ch in chars}


def stacks(decomp) -> dict[str, str]:
    """kanji -> its stack, ``arrangement:parts but the last`` (the docstring), for the characters wanted of three parts
    or more in a row that share it with another."""
    return _shared_rows(decomp, lambda parts: parts[:-1])


def tops(decomp) -> dict[str, str]:
    """kanji -> its top, ``d:its row's first two parts`` (the docstring), for the characters wanted of three parts or
    more one over another that share it with another."""
    return _shared_rows(decomp, lambda parts: parts[:2], OVER)


def frames(decomp) -> dict[str, str]:
    """kanji -> its frame, ``arrangement:first part`` (the docstring), for the characters wanted whose frame another
    of them shares. A character whose two parts the decompositions draw merged one over the other, neither a stroke
    (存: d/m(𠂇,仔), the stroke of 𠂇 running on into 仔), with a first part that frames other characters from the top
    left (有: stl(𠂇,月)) is framed from the top left too: 存 and 在 share 𠂇 with 有 as 右 and 左 do."""
    top_left = {parts[0] for config, parts in decomp.values() if arrangement(config) == TOP_LEFT and len(parts) == 2}
    merged_over = f"{OVER}/{MERGED}"
    return _shared(decomp, 0, reshape=lambda config, parts: TOP_LEFT
                   if config == merged_over and parts[0] in top_left and not is_stroke(parts[-1]) else None)


def last_parts(decomp) -> dict[str, str]:
    """kanji -> ``a:last part`` (the docstring) of a character of two parts side by side, for the characters wanted
    whose last part another of them shares."""
    return _shared(decomp, -1, (SIDE_BY_SIDE,))


def bottoms(decomp) -> dict[str, str]:
    """kanji -> ``arrangement:bottom part`` (the docstring) of a character of two parts one over the other or of its
    first part drawn over and down the right of its second (``BOTTOM_SHAPES``), for the characters wanted whose bottom
    part another of them shares."""
    return _shared(decomp, -1, BOTTOM_SHAPES)


def size(decomp, part: str) -> int:
    """How many parts of no further analysis ``part`` is made of (a stroke, an unanalysed shape: 1; 敏: 10), the
    measure of which of a character's two parts is the larger."""
    record = decomp.get(part)
    parts = two_parts(*record)[1] if record is not None and not is_stroke(part) else ()
    return sum(size(decomp, p) for p in parts) if parts else 1


def cores(decomp) -> dict[str, str]:
    """kanji -> ``arrangement:core``, its core the kanji it is made of with one smaller part added (葵: d:癸, 癸 under a
    crown; 繁: d:敏, 敏 over 糸; 金: wb:全, 全 with two dots inside; 員 and 貞: d:貝, 貝 under another part), for the characters wanted of two parts, neither a
    stroke, whose larger part (``size``) is itself a character wanted. A reader sees the core first: the kanji and
    its core look alike, and so do two kanji of one core. A larger part that is no character wanted (咅, no kanji of
    its own in either set) is the core of two kanji wanted or more when it stands on the right of each, beside a
    smaller radical (培 and 焙: 咅 beside 土 or 火): a phonetic part drawn whole in both, a family as 皮's (波, 坡, 披)
    is; on the left or over another part, such a part is a radical's form (飠 of 飯), no core. A crown (``CROWNS``:
    the bamboo's ⺮, the grass's 卄, the roof 宀, the hole 穴, the rain 雨, the cover 冖) is a radical's form too,
    never the larger part: a kanji under one counts as larger though the two are of one size (等: d:寺, as 箱 is d:相;
    安: d:女)."""
    out, families = {}, {}
    for ch, record in decomp.items():
        shape, parts = two_parts(*record)
        if len(parts) != 2 or any(map(is_stroke, parts)) or not wanted(ch):
            continue
        small, big = sorted(parts, key=lambda p: size(decomp, p))
        if shape == OVER and parts[0] in CROWNS and wanted(parts[1]) \
                and size(decomp, parts[1]) == size(decomp, parts[0]):
            small, big = parts  # a crown over a kanji of its size: the kanji under it is the core (等: d:寺)
        elif size(decomp, big) <= size(decomp, small) or big == ch:
            continue
        if wanted(big):
            out[ch] = f"{shape}:{big}"
        elif shape == SIDE_BY_SIDE and big == parts[1] and len(big) == 1:
            families.setdefault(f"{shape}:{big}", []).append(ch)
    out.update({ch: core for core, chars in families.items() if len(chars) > 1 for ch in chars})
    return out


SOURCE_NOTE = ("# Generated by scripts/make_lookalike_table.py --frames from the CJK Decomposition Data (cjk-decomp.txt, "
               "Gavin Grover; github.com/amake/cjk-decomp; Apache-2.0); do not edit by hand.")


def write_frames(decomp) -> None:
    """Write the six frame tables (the docstring): frames, last parts, stacks, cores, bottoms and tops."""
    for path, what, build in (
            (FRAMES_OUT, "Each kanji's frame: its arrangement and its first part (崔 and 崖: d:山), for kanji that share "
                         "one; NAM011 reads it for a kanji of a person's name", frames),
            (LAST_PARTS_OUT, "Each kanji of two parts side by side with its last part, the part on the right (錦 and 綿: "
                             "a:帛), for kanji that share one; NAM011 reads it as it reads a frame", last_parts),
            (STACKS_OUT, "Each kanji of three parts or more in a row with its stack, its arrangement and every part but "
                         "the last (章, 竟 and 意: d:亠䒑日), for kanji that share one; NAM011 reads it as it reads a "
                         "frame", stacks),
            (CORES_OUT, "Each kanji of two parts whose larger part is a kanji itself, with its arrangement and that "
                        "kanji, its core (葵: d:癸; 員 and 貞: d:貝); NAM011 reads a kanji and its core, and two kanji of one core, as it reads a "
                        "frame", cores),
            (BOTTOMS_OUT, "Each kanji of two parts one over the other, or the first over and down the right of the "
                          "second, with its arrangement and bottom part (思 and 恵: d:心; 馬 and 鳥: str:灬), for kanji "
                          "that share one; NAM011 reads it as it reads a frame", bottoms),
            (TOPS_OUT, "Each kanji of three parts or more one over another with its top, the first two parts of its "
                       "row (高 and 亭: d:亠口), for kanji that share one; NAM011 reads it as it reads a frame", tops)):
        found = build(decomp)
        write_table(path, [f"# {what} (textqa.mentions.lookalike).", SOURCE_NOTE], ("kanji", "frame"),
                    sorted(found.items()))
        print(f"{len(found)} kanji -> {path}")


MEASURED = ("visual", "strokes", "glyph")  # the rows that need the font, Pillow or jp-grapheme-alt's table


def shipped_rows(path: Path = OUT) -> dict[tuple[str, str], str]:
    """(a, b) -> how, the rows of the table as written (``--measured-from-table``)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) == 3 and cells[2] in {*MEASURED, "stroke", "swap", "listed", "part"}:
            out[(cells[0], cells[1])] = cells[2]
    return out


def _add(found: dict[tuple[str, str], str], rows, how: str, same: set[frozenset[str]]) -> None:
    for key in sorted(rows):
        if key not in found and _kept(*key, same):
            found[key] = how


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "--frames":
        write_frames(parse(Path(argv[1])))
        return
    if len(argv) == 3 and argv[0] == "--measured-from-table":
        # the decomposition rows made anew, the measured rows (MEASURED) read from the table as written: for a
        # machine without the font, Pillow or jp-grapheme-alt's table. A pair the table holds is no variant here,
        # whatever this Unihan_Variants.txt says (Unihan's z-variants change from version to version).
        shipped = shipped_rows()
        variants_text = Path(argv[2]).read_text(encoding="utf-8")
        same = unihan_variants(variants_text) - {frozenset(key) for key in shipped}
        decomp = parse(Path(argv[1]))
        found = pairs(decomp, same)
        _add(found, [key for key, how in shipped.items() if how == "visual"], "visual", same)
        found.update(both_swapped(decomp, found, same))
        found.update(enclosed_swaps(decomp, found, same))
        found.update(near_parts(decomp, found, same))
        found.update(both_alike(decomp, found, same))
        found.update(framed(decomp, found, same))
        for how in ("strokes", "glyph"):
            _add(found, [key for key, h in shipped.items() if h == how], how, same)
        write_pairs(found)
        write_frames(decomp)
        return
    if len(argv) != 4:
        sys.exit(__doc__)
    variants_text = Path(argv[2]).read_text(encoding="utf-8")
    same = unihan_variants(variants_text)
    decomp = parse(Path(argv[0]))
    found = pairs(decomp, same)
    chars = [chr(c) for c in range(0x4E00, 0xA000) if wanted(chr(c))]
    _add(found, visual_pairs(chars, render(chars, argv[1])), "visual", same)
    found.update(both_swapped(decomp, found, same))
    found.update(enclosed_swaps(decomp, found, same))
    found.update(near_parts(decomp, found, same))
    found.update(both_alike(decomp, found, same))
    found.update(framed(decomp, found, same))

    def glyph_far(keys: list[tuple[str, str]]) -> np.ndarray:
        drawn = render(sorted({ch for key in keys for ch in key}), argv[1])
        at = {ch: k for k, ch in enumerate(sorted({ch for key in keys for ch in key}))}
        return far(drawn[[at[a] for a, _ in keys]], drawn[[at[b] for _, b in keys]])

    found.update(stroke_pairs(stroke_neighbours(Path(argv[3]).read_text(encoding="utf-8")), glyph_far, found, same))
    glyphs = unihan_variants(variants_text, UNIHAN_GLYPHS) | {frozenset(pair) for pair in GLYPHS}
    found.update(glyph_linked(found, glyphs, same))
    write_pairs(found)
    write_frames(decomp)


def write_pairs(found: dict[tuple[str, str], str]) -> None:
    write_table(OUT, ["# Kanji that look alike but are other characters (秦淮 misread as 秦准); NAM011 reads it, both ways.",
                      "# Generated by scripts/make_lookalike_table.py from the CJK Decomposition Data (cjk-decomp.txt, "
                      "Gavin Grover; github.com/amake/cjk-decomp; Apache-2.0) with the script's hand-chosen SWAPS and "
                      "PAIRS (how 'part': a part and that part with one stroke more beside the same larger part), "
                      f"and (how 'visual') from glyphs drawn at {GLYPH} px in Noto Sans CJK JP Regular (SIL Open "
                      "Font License 1.1; the font is not bundled), near-identical and nearest, and (how 'strokes') from the jōyō kanji's stroke edit distance (Yencken and Baldwin "
                      "2008; jp-grapheme-alt's jyouyou__strokeEditDistance, BSD licence) with glyphs near; Unihan's semantic and "
                      "z-variants (Unicode licence) left out as glyphs of one character, and (how 'glyph') a look-alike of one glyph "
                      "paired with the other glyphs of its character (z-variants); do not edit by hand."],
                ("a", "b", "how"), [(a, b, how) for (a, b), how in sorted(found.items())])
    print(f"{len(found)} pairs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
