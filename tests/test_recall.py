"""Strict recall and precision of the NAM and GRB rules on the development corpus (scripts/evaluate.py).

The development sets: the test corpus (tests/corpus/articles, tests/corpus/glossary.tsv, tests/corpus/annotations.tsv), whose
entities are unrelated to the example article, the example article (corpus-annotations.tsv), and tests/dev-single
(names mentioned once, with name context, and clean controls that are traps for that), tests/heldout6, tests/dev7
(varied topics and styles), tests/dev8, tests/dev9 and tests/dev10 (controls in new styles), and every set that was held out once and has been
scored (tests/heldout, tests/heldout2 to tests/heldout133; no set is held out now, the next pair to be written after heldout133's; a set held out is not here). Scoring is strict: only warnings and errors of
the annotated kind count; inconsistent rows (NAM002, info by default for forms the glossary all sanctions) are
counted apart, not in recall. The floors are the measured figures (docs/accuracy.md's tables), so that a
regression fails; raise them when recall improves, never lower them to make a run pass (they fell once, when
inconsistent rows left the count). A set still held out is not scored here: it is scored once, by hand, and reported.
"""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, accuracy_tables, load_evaluate, load_script

# (set, family) -> detected annotations at warning or above, of the annotated kind: the measured strict figures
FLOORS = {
    ("test-corpus", "NAM"): 108,  # inconsistent rows are counted apart (README: mixed correct forms)
    ("test-corpus", "GRB"): 42,
    # 39 -> 38 with the fit on every development set (2026-11-30, docs/accuracy.md): the split name Zeng…国帆, named
    # nowhere else, was at info; 38 -> 39 with the refit of 2026-12-01 (real5: a clean bibliography's romanised name
    # glossed by its characters is a form, one candidate fewer; warning threshold 0.441 -> 0.4438)
    ("example-article", "NAM"): 40,
    ("example-article", "GRB"): 39,  # romanised nicknames in a roll of names (GRB003, grb17); Latin ones, and English
    # names listed beside a half-translated one (GRB002, grb18)
    ("dev-single", "NAM"): 27,  # 株州 at warning again after real5's refit (26 after the first refit of 2026-12-01)
    ("dev-single", "GRB"): 5,
    ("heldout6", "NAM"): 108,  # held out until scored once at the end of its session, development since (README)
    ("heldout6", "GRB"): 46,  # 經濟 in a compound with a Japanese-only form (2026-12-01, rec5)
    ("dev7", "NAM"): 114,  # a development set written to vary topics and styles (tests/dev7/README.md); 114 with
    # glyph:verbatim (波音 for the glossary's ボーイング, acc32)
    ("dev7", "GRB"): 59,  # two half-width stops ending a sentence (GRB007, grb18); 59 with one English word set off by spaces (GRB002, grbfix19)
    # a development set weighted toward precision (tests/dev8/README.md); 83 -> 125 NAM and 31 -> 33 GRB with its four
    # articles that write names only wrongly (2026-12-01, helper mt15: 42 of their 47 name rows at warning); 138 with
    # its two OCR-style articles of look-alike characters (NAM011, 13 of their 14 rows at warning; look17); 136 with
    # the refit after the list rule of NAM005 (代山 twice at 0.44, under the threshold moved above a clean 落陽); 137
    # with six clean controls of the 落陽 class and the refit on tokens:inside-word and rare-reading:lexical (nam18); 139
    # with the refit on glyph:verbatim (海鋭 for 海瑞, twice, acc32)
    ("dev8", "NAM"): 139,
    ("dev8", "GRB"): 34,  # a word's run-together pinyin in brackets after it (GRB012, grbfix19)
    # a development set weighted toward precision, twenty controls in new styles (tests/dev9/README.md, sil19)
    ("dev9", "NAM"): 25,  # 24 before fix27 (its 亳/毫 look-alike after a province)
    ("dev9", "GRB"): 15,  # 15 with GRB012 and GRB002 of grbfix19
    # a development set weighted toward precision, twenty more controls in new styles (tests/dev10/README.md, sil20)
    ("dev10", "NAM"): 20,
    ("dev10", "GRB"): 13,
    # the other sets held out until scored once, development since (README): gated from 2026-12-01 (fourth session)
    ("heldout", "NAM"): 84, ("heldout", "GRB"): 33,
    ("heldout2", "NAM"): 56, ("heldout2", "GRB"): 12,
    ("heldout3", "NAM"): 84, ("heldout3", "GRB"): 58,
    ("heldout4", "NAM"): 105, ("heldout4", "GRB"): 65,
    ("heldout5", "NAM"): 109, ("heldout5", "GRB"): 41,
    ("heldout7", "NAM"): 100, ("heldout7", "GRB"): 51,
    ("heldout8", "NAM"): 107, ("heldout8", "GRB"): 53,  # GRB 53 since fix127 (evidence-based, a warning)
    ("heldout9", "NAM"): 103, ("heldout9", "GRB"): 51,
    ("heldout10", "NAM"): 118, ("heldout10", "GRB"): 75,
    ("heldout11", "NAM"): 120, ("heldout11", "GRB"): 69,
    ("heldout13", "NAM"): 142, ("heldout13", "GRB"): 72,
    ("heldout14", "NAM"): 158, ("heldout14", "GRB"): 74,
    ("heldout15", "NAM"): 147, ("heldout15", "GRB"): 68,
    ("heldout16", "NAM"): 143, ("heldout16", "GRB"): 70,
    ("heldout17", "NAM"): 145, ("heldout17", "GRB"): 68,
    ("heldout18", "NAM"): 148, ("heldout18", "GRB"): 68,
    ("heldout19", "NAM"): 147, ("heldout19", "GRB"): 69,
    ("heldout20", "NAM"): 150, ("heldout20", "GRB"): 71,  # 149 before fix43: a place's pinyin, a space, の名で (NAM007)
    ("heldout21", "NAM"): 150, ("heldout21", "GRB"): 71,  # 68 at its scoring; GRB012 and GRB002 of fix21g
    ("heldout22", "NAM"): 150, ("heldout22", "GRB"): 71,  # 149, 70 at scoring: a banner's qualifier, GRB004
    ("heldout23", "NAM"): 161, ("heldout23", "GRB"): 71,  # 155 at its scoring; a banner's qualifier, NAM011's shape
    # pairs, brand words, GRB001's three-kanji words
    ("heldout24", "NAM"): 161, ("heldout24", "GRB"): 74,  # 153, 73 as scored: look-alike parts, autonomous areas'
    # heads, GRB014 before an honorific
    ("heldout25", "NAM"): 166, ("heldout25", "GRB"): 74,  # 158 as scored: a stroke on top (NAM011), a simplified
    # brand name before という (NAM003), a surname alone before 団長 and 船長 (NAM006); glyphs drawn alike (NAM011); a
    # named place's kanji written with another of its frame (fix57); 165 between fix85 and fix88 (池海坡, 坡 a rare
    # kanji of 波's last part read a confusable slip apart, NAM011 then; the near-homophone it is annotated since)
    ("heldout26", "NAM"): 172, ("heldout26", "GRB"): 76,  # 167 as scored: glyphs drawn alike (NAM011, fix27); a
    # surname written with a kanji of its frame that is no surname (NAM011, fix29)
    ("heldout27", "NAM"): 172, ("heldout27", "GRB"): 76,  # 168, 73 as scored: a one-letter katakana surname
    # (NAM006), a three-kanji Chinese word, English adjectives before な (fix28); a surname's frame (fix29); a given
    # name's frame (施 for 旋, fix30)
    ("heldout28", "NAM"): 175, ("heldout28", "GRB"): 76,  # 169 as scored: a surname drawn like the person's own
    # (汪 for 江) is a look-alike, not a changed surname; a surname's frame (運 for 連) (fix29); a given name's last
    # part (朋 for 明) and stack (竟 for 章) (NAM011, acc31)
    ("heldout29", "NAM"): 175, ("heldout29", "GRB"): 74,  # 171 as scored: a given name's frame (違 for 遠, 実 for
    # 宝; NAM011, fix30)
    ("heldout30", "NAM"): 175, ("heldout30", "GRB"): 76,  # 172 as scored (18:53 UTC, twentieth session): a given
    # name's last part (綿 for 錦; 説 for 悦, read alike only by a rare reading; NAM011, acc31)
    ("heldout31", "NAM"): 175, ("heldout31", "GRB"): 75,  # 74 GRB as scored (21:39 UTC, twenty-first session):
    # an adjectival noun in old forms (豐富) is an ordinary word (GRB013, fix31); NAM 175: a given-name kanji of the
    # frame that names often hold, written once and no relative in its sentence (宇 for 守; NAM011, acc35)
    # acc32 raised heldout14 to heldout31's NAM floors: a term's zh copied verbatim, a word Japanese has too (甘蔗,
    # 井水: glyph:verbatim, NAM003), and four look-alike pairs listed by hand (継/断, 卿/郷, 向/同, 語/誤: NAM011)
    ("heldout32", "NAM"): 177, ("heldout32", "GRB"): 75,  # 176 and 74 as scored (04:12 UTC, twenty-third session):
    # a given name's stack, whatever names hold the kanji (NAM011), SCOWL's sizes 55 and 60 (GRB002; fix32)
    ("heldout33", "NAM"): 178, ("heldout33", "GRB"): 75,  # 175 NAM as scored (05:33 UTC, twenty-third session):
    # given-name kanji of the frame that names often hold, each written once (図 for 国, 衡 for 衛, 雪 for 雲; acc35)
    ("heldout34", "NAM"): 44, ("heldout34", "GRB"): 18,  # NAM 43 as scored (06:28 UTC, twenty-third session; a small set)
    ("heldout35", "NAM"): 156, ("heldout35", "GRB"): 70,  # 152 and 66 as scored (11:13 UTC, twenty-fourth session):
    # four look-alike pairs listed by hand (棠/裳, 辰/辱, 杏/否, 子/予; NAM011), a full-width comma in a text whose comma
    # is 、 (GRB007), a Chinese sentence quoted as speech (GRB001; fix35)
    ("heldout36", "NAM"): 152, ("heldout36", "GRB"): 71,  # 147 and 69 as scored (14:03 UTC, twenty-fifth session):
    # look-alikes by a kanji's core (kanji_cores.tsv, NAM011), という名前で (NAM003), an English word glued after 「
    # (GRB002), a quotation left open on a clause (GRB004; fix36); 素影坊, an accepted form, disputed
    ("heldout37", "NAM"): 149, ("heldout37", "GRB"): 71,  # 146 and 67 as scored (15:34 UTC, twenty-sixth session):
    # Chinese sayings quoted with the speaker before the verb or as a sentence of their own (GRB001), pinyin after a
    # word in hiragana (GRB012), a brand in simplified glyphs Japanese writes otherwise (NAM003), a place's kanji
    # without its cover weighed as a look-alike (NAM011; fix37); 木面坊, an accepted form, disputed; 冒 for 昌
    # (黛世冒) found since look69 (SWAPS 冃/日, 148 -> 149)
    ("heldout38", "NAM"): 150, ("heldout38", "GRB"): 70,  # 148 and 67 as scored (16:24 UTC, twenty-sixth session):
    # a core in its Japanese form (毎 for 每, NAM011), a place's stem in pinyin before kanji (NAM007), a saying closed
    # by a gesture (と目を細める) and an agent noun read partly as unknown (庄|稼人; GRB001), pinyin after a hiragana
    # noun ending like a particle (GRB012; fix38); 車輛, an old form Japanese still writes, left
    ("heldout39", "NAM"): 148, ("heldout39", "GRB"): 71,  # 143 and 68 as scored (17:18 UTC, twenty-sixth session):
    # a one-kana particle written twice that SudachiPy reads as another word (GRB008), a lone four-letter English word
    # glued before な (GRB002), final ao|ou as a near-homophone (NAM005; fix39); a one-character place stem in pinyin
    # with an English word for its suffix (Xun County, NAM007; twenty-seventh session); look-alikes 于/子 and 巾/市
    # (a shape under the lid 亠; NAM011, fix43)
    ("heldout40", "NAM"): 148, ("heldout40", "GRB"): 69,  # 144 and 68 as scored (18:17 UTC, twenty-seventh session):
    # look-alike pairs the table lacked (万/方, 礼/札, 冠/寇 through 冦; NAM011), a near-homophone by the nasal ending
    # alone kept as such (NAM005), a quoted Chinese sentence whose verb of speech comes later (GRB001; fix40)
    ("heldout41", "NAM"): 151, ("heldout41", "GRB"): 71,  # 149 and 70 as scored (18:50 UTC, twenty-seventh session):
    # look-alikes whose both parts are swapped (扌/木 and 柬/東; 艹/⺮ for a surname, NAM011 over NAM008), a Chinese word
    # in forms both Chinese scripts share (收成, GRB001 over GRB013; fix41)
    ("heldout42", "NAM"): 151, ("heldout42", "GRB"): 71,  # 147 and 67 as scored (19:38 UTC, twenty-seventh session):
    # look-alikes by one core, by the usual readings only, by a crowned core's right part, 且/亘 (NAM011); pinyin after a
    # closing quote (GRB012); rare old forms jieba knows simplified (GRB013); a saying with its verb after と (fix42)
    ("heldout43", "NAM"): 142, ("heldout43", "GRB"): 47,  # 136 and 46 as scored (20:32 UTC, twenty-seventh session):
    # pinyin whole or split that the text calls a person by (の名で), a name introduced by という名の, look-alikes 牛/生
    # and one before a deputy's title (副局長; NAM007, NAM009, NAM008, NAM011), で twice read as conjunctions (GRB008;
    # fix43); 142 with a rejected form in a sentence that reports an English text's rendering (fix55)
    ("heldout44", "NAM"): 125, ("heldout44", "GRB"): 47,  # 123 and 45 as scored (20:50 UTC, twenty-eighth session):
    # a short Chinese saying quoted as speech, and 才 of a Chinese clause (GRB001; fix44); a look-alike before 老人 (a
    # person suffix now) and one of a kanji of one enclosing frame, 囗, read a syllable off (NAM011 over NAM005; lk44)
    ("heldout45", "NAM"): 123, ("heldout45", "GRB"): 51,  # 121 and 51 as scored (22:08 UTC, twenty-eighth session):
    # a stroke drawn twice makes the shape plus a stroke (平/半 in the look-alike table; NAM011), a simplified spelling
    # in shared glyphs (云 for 雲) before という is the name in use (NAM003; fix45)
    ("heldout46", "NAM"): 119, ("heldout46", "GRB"): 50,  # 115 and 49 as scored (22:38 UTC, twenty-eighth session):
    # a text about kanji spellings (表記) that once says how a surname is read is no text about readings, so its
    # katakana readings in running text are renderings (NAM006) and its tone pinyin a garble (GRB; fix46); NAM 119
    # since fix75 (a kanji of the same last part read like the name's only by a rare reading is a look-alike)
    ("heldout47", "NAM"): 55, ("heldout47", "GRB"): 29,  # 51 and 28 as scored (23:15 UTC, twenty-eighth session): a
    # pinyin surname glued to the given name in kanji (Zeng麗華), a near-homophone the text calls the person by, medial
    # slips with the initial (qiang as chang), a capitalised tone-marked word in brackets (fix47)
    ("heldout48", "NAM"): 79, ("heldout48", "GRB"): 34,  # 77 and 31 as scored (23:30 UTC on 2026-12-04, twenty-ninth
    # session): a given-name kanji of the name's frame or last part followed by と書かれた is the name misspelt on
    # paper, as a name suffix says (梅 for 海; NAM011; lk48); Kuang麗娟 (fix47); a capitalised tone-marked gloss in
    # brackets after the name it reads (洪徳鎮（Hóngdé）; GRB012, the lead's follow-up to fix47)
    ("heldout49", "NAM"): 77, ("heldout49", "GRB"): 36,  # 74 and 36 as scored (00:40 UTC on 2026-12-05, twenty-ninth
    # session): a term's rejected ordinary word beside a rejected form of it that is no word (NAM001), a romanised
    # name given as another spelling with とも表記される (NAM007; fix49)
    ("heldout50", "NAM"): 79, ("heldout50", "GRB"): 35,  # 76 and 35 as scored (01:22 UTC on 2026-12-05, twenty-ninth
    # session); 78 with the look-alike table's enclosure swaps and stroke-edit rows (fix50: 與 for 興, 自 for 白); 79
    # since the scorer's rule of 9281496d (a look-alike that reads like the entity, 竈麗絹 for 竈麗娟, is a homophone too)
    ("heldout51", "NAM"): 79, ("heldout51", "GRB"): 35,  # 77 and 35 as scored (03:32 UTC on 2026-12-05, thirtieth
    # session; fix51 after it took its four false warnings away); 79 since the scorer's rule of 9281496d (look-alikes
    # that read like the entity, 瓶桂欄 for 瓶桂蘭 and 舵国緯 for 舵国偉, are homophones too)
    ("heldout52", "NAM"): 82, ("heldout52", "GRB"): 36,  # 79 as scored (04:05 UTC on 2026-12-05, the thirtieth
    # session's final detection code); 81 with a named place's kanji written with another of its frame (fix57); 82
    # with a frame-mate read with another initial a look-alike (fix59: 識 for 織)
    ("heldout53", "NAM"): 80, ("heldout53", "GRB"): 36,  # 77 and 35 as scored (05:07 UTC on 2026-12-05, thirty-first
    # session); 79 and 36 with katakana words about readings counted only whole (fix53: ルビ is no word of ハルビン); 80
    # with a person's pinyin in the Western order keyed (fix54: Yanhua Nuo)
    ("heldout54", "NAM"): 84, ("heldout54", "GRB"): 36,  # 79 and 36 as scored (06:00 UTC on 2026-12-05, the
    # thirty-first session's detection code then); 80 with a person's pinyin in the Western order keyed (fix54); 82
    # with a named place's kanji written with another of its frame (fix57); 83 with a romanised name an English text
    # shows reported (fix59); 84 with a named person's kanji written with another of its top (fix102b: 毯受芬, 受 for
    # 愛, ⺤ and 冖 opening both)
    ("heldout55", "NAM"): 83, ("heldout55", "GRB"): 35,  # 77 and 34 as scored (06:40 UTC on 2026-12-05, the
    # thirty-first session's final detection code); fix55 after it: 茶湯鎮 a look-alike (a rare reading of a kanji of
    # the same last part), rejected forms in sentences reporting an English text's rendering, 篷振車 at warning after
    # the refit, the capitalised pinyin Yún'ào with its apostrophe; 82 with a romanised name an English text shows
    # reported (fix59); 83 with a named person's kanji written with another of its bottom part (fix102: 鷺漢交, 交
    # for 文, 乂 under both)
    ("heldout56", "NAM"): 83, ("heldout56", "GRB"): 35,  # 77 and 33 as scored (07:17 UTC on 2026-12-05, the
    # thirty-second session's first hour: the thirty-first session's final detection code); fix55 after it: rejected
    # forms in sentences reporting an English text's rendering, 芸 read yun in a zh, 鎮長 a title, Qià'ěrbāgé; GRB 35
    # with a town's tone-marked pinyin before its kanji in brackets (fix57)
    ("heldout57", "NAM"): 84, ("heldout57", "GRB"): 36,  # 82 and 33 as scored (08:09 UTC on 2026-12-05, the
    # thirty-second session's detection code then: fix55, fixb53 and real38 in); fix57 after it: named places' kanji
    # written with another of their frame, tone-marked pinyin in a name's place in prose, deepな beside Ming-hui; GRB
    # 36 with such pinyin kept beside NAM007 on a glossary place (fix59)
    ("heldout58", "NAM"): 55, ("heldout58", "GRB"): 23,  # as scored (09:35 UTC on 2026-12-05, the thirty-second
    # session's final detection code); NAM 55 with 町長 a person's title (fix59)
    ("heldout59", "NAM"): 80, ("heldout59", "GRB"): 36,  # 75 and 33 as scored (09:55 UTC on 2026-12-05, main 2a4f7a5:
    # the thirty-second session's final detection code, f627420); fix59 after it: romanised names an English text
    # shows reported, 屠 a surname, 宋 for 宏 a look-alike, 町長 a title, an unclosed 《, tone-marked pinyin beside NAM007
    ("heldout60", "NAM"): 80, ("heldout60", "GRB"): 35,  # 78 and 34 as scored (11:09 UTC on 2026-12-05, main d846532:
    # the thirty-third session's final detection code); fix60 after it: a split name after a language label (英語の
    # 報告書では) reported, a lower-case word's tone-marked pinyin opening a sentence reported; 80 with a named
    # person's kanji written with another of its bottom part (fix102: 吊国棟, 吊 for 帛, 巾 under both)
    ("heldout61", "NAM"): 51, ("heldout61", "GRB"): 22,  # as scored (11:47 UTC on 2026-12-05, main 302132e: the
    # thirty-third session's final detection code)
    ("heldout62", "NAM"): 79, ("heldout62", "GRB"): 36,  # 76 and 34 as scored (12:23 UTC on 2026-12-05, main 557f9055:
    # the thirty-third session's final detection code); fix62 after it: a surname's kanji written with a common kanji
    # of its core a slip of the ear apart is a look-alike, a short English adjective glued before の or な reported
    ("heldout63", "NAM"): 57, ("heldout63", "GRB"): 23,  # 56 and 23 as scored (13:30 UTC on 2026-12-05, main
    # d8ab9fb8: the thirty-fourth session's final name and garble detection code); look69 after it: PAIRS 可/司 in
    # the generated look-alike table (百福可鎮)
    ("heldout64", "NAM"): 53, ("heldout64", "GRB"): 23,  # as scored (14:05 UTC on 2026-12-05, main f70f59aa: the
    # thirty-fourth session's final detection code)
    ("heldout65", "NAM"): 56, ("heldout65", "GRB"): 23,  # 54 and 23 as scored (14:48-14:50 UTC on 2026-12-05, main
    # 92a4e5d9: the thirty-fourth session's final detection code, c3c1be87); look65 after it: look-alikes of a part and
    # that part with a stroke more beside a shared part, or of both parts (make_lookalike_table), and a place's suffix
    # read into the next word (県|民)
    ("heldout66", "NAM"): 57, ("heldout66", "GRB"): 24,  # 56 and 23 (with 1 false warning) as scored (15:37 UTC on
    # 2026-12-05, main 7cc8894e: the thirty-fifth session's final detection code but for fix66); fix66 after it:
    # toned pinyin opening a sentence after a half-width stop and its space (GRB012), and a glossary place's correct
    # form without its administrative suffix taken as the glossary's (GRB001, the false warning); look69: PAIRS 来/耒
    # in the generated look-alike table (来麗珠, a near-homophone as scored, 56 -> 57)
    ("heldout67", "NAM"): 58, ("heldout67", "GRB"): 24,  # as scored (16:06 UTC on 2026-12-05, main c9bb3361: the
    # thirty-fifth session's detection code at the time, 0750d189, fix66 in)
    ("heldout68", "NAM"): 58, ("heldout68", "GRB"): 24,  # as scored (16:37 UTC on 2026-12-05, main ad7f12bc: the
    # thirty-fifth session's final detection code, ede9c2ff, fix66, sug35 and the two real43 exemption tests in)
    ("heldout69", "NAM"): 58, ("heldout69", "GRB"): 24,  # 57 and 24 as scored (17:07 UTC on 2026-12-05, main 3f888608:
    # the thirty-fifth session's final detection code, 78220b5e); look69 after it: SWAPS 冃/日 in the generated
    # look-alike table (冒 for 昌, 沁徳冒)
    ("heldout70", "NAM"): 57, ("heldout70", "GRB"): 24,  # 54 and 24 as scored (17:30 UTC on 2026-12-05, main 13397328:
    # the thirty-sixth session's detection code at the time, 98ccfd76, look69, sug36 and real44 in); look70 after it: a
    # look-alike before a suffix the dictionary binds to it (県|内) or a professional title (医師) is no embedded
    # window, and PAIRS 中/申 (檬貴山 for 檬貴生, sheng and shan, stays missed)
    ("heldout71", "NAM"): 58, ("heldout71", "GRB"): 24,  # as scored (17:56 UTC on 2026-12-05, main fea00dc8: the
    # thirty-sixth session's final detection code at the time, b51e2441, look69, sug36, real44, look70 and the NAM011
    # ordinary-word change in)
    ("heldout72", "NAM"): 57, ("heldout72", "GRB"): 24,  # as scored (18:43 UTC on 2026-12-05, main b2287dd7: the
    # thirty-sixth session's final detection code at the time, 0b7a635a, fixb68 and real45 in; 淵辛東, 辛 for 幸, a
    # look-alike reported as a near-homophone, xin and xing one nasal ending apart, stays missed by design)
    ("heldout73", "NAM"): 58, ("heldout73", "GRB"): 24,  # as scored (19:47 UTC on 2026-12-05, at the start of the
    # thirty-seventh session, main a4886cb2 before any change: the thirty-sixth session's final detection code)
    ("heldout74", "NAM"): 55, ("heldout74", "GRB"): 24,  # 54 and 24 as scored (20:04 UTC on 2026-12-05, main 126beea8:
    # the thirty-seventh session's detection code at the time, aec74794, fixb70 in); fix74 after it: a place's name
    # under another administrative suffix (察隅鎮 beside the county 察隅県) is no near-homophone, so the look-alike
    # 卞察隅鎮 for 下察隅鎮 is reported as itself (NAM011); 'Weimin Tong' (a rendering the text labels as English
    # articles', silent by design), 通為氏 (民/氏) and 慈巴講 (溝/講), pairs outside the look-alike table, stay missed
    ("heldout75", "NAM"): 58, ("heldout75", "GRB"): 24,  # 57 and 23 as scored (20:31 UTC on 2026-12-05, main 3e810ba4:
    # the thirty-seventh session's detection code at the time, 77109f3e, real46 and fix74 in); fix75 after it: a kanji
    # of the same last part whose usual reading the name's kanji has only in other names is a look-alike (盤県大桐
    # for 盤県大洞, NAM004 as scored, NAM011 now); GRB 24 since the annotation of the unclosed 「 moved from line 9 (a
    # closed quotation) to line 21, where it was planted and GRB004 warned (an annotation error, fixed in 43f36127)
    ("heldout76", "NAM"): 58, ("heldout76", "GRB"): 24,  # 56 and 24 as scored (20:54 UTC on 2026-12-05, main a551370d:
    # the thirty-seventh session's detection code at the time, a8fd0574, fix75 and sug37 in); fix76 after it: 千/于 and
    # 手/毛 join the look-alike table's pairs (岐于馳 for 岐千馳 and 手俊鎮 for 毛俊鎮, missed as scored, NAM011 now)
    ("heldout77", "NAM"): 55, ("heldout77", "GRB"): 24,  # 54 and 24 as scored (21:18 UTC on 2026-12-05, main 780d9478:
    # the thirty-seventh session's detection code at the time, 39fc38de, fix76 and the review mends in); fix77 after it:
    # 技術員 after a name is a title (忻志逮 for 忻志遠, found only at info as scored, NAM011 now); the Uyghur name's part
    # misspelt across its middle dot (艾爾肯・吐爾迪, 艾爾肯・吐爾池) and its Uyghur Latin spelling (Erkin Turdi) are left
    ("heldout78", "NAM"): 58, ("heldout78", "GRB"): 24,  # 56 and 24 as scored (22:20 UTC on 2026-12-05, at the start of
    # the thirty-eighth session, main 2d1b67cf before any change: the thirty-seventh session's final detection code);
    # 39312297 after it: 白/臼 and 雄/雌 join the look-alike table's pairs (臼水鎮 for 白水鎮 and 馬雌山 for 馬雄山,
    # under both, missed as scored, NAM011 now)
    ("heldout79", "NAM"): 57, ("heldout79", "GRB"): 24,  # 52 and 24 as scored (22:35 UTC on 2026-12-05, main 1ba0fb62:
    # the thirty-eighth session's detection code at the time, 39312297); the scorer's rule of 9281496d after it: a
    # look-alike that reads like the entity in lazy_pinyin is a homophone too (相麗那, 池何鎮, 宿広汎, 蓋夢揺 and 饒蜂鎮,
    # NAM004 as scored, a warning of another kind then); 仰豊鎮 for 迎豊鎮 (迎/仰, not in the look-alike table, NAM005)
    # stays missed
    ("heldout81", "NAM"): 56, ("heldout81", "GRB"): 24,  # 56 and 24 as scored (23:12 UTC on 2026-12-05, main e0aad72b:
    # the thirty-eighth session's detection code at the time, 42082e4e, fix79 in); 舒掛蘭 for 舒桂蘭 (桂/掛, not in the
    # look-alike table, NAM005: one syllable off, a warning of another kind) and 貫渓鎮 for 貢渓鎮 (named in its sentence
    # as a wrong place name left in a notice: a misspelling talked about, silent by design) missed
    ("heldout82", "NAM"): 57, ("heldout82", "GRB"): 24,  # 54 and 24 as scored (23:26 UTC on 2026-12-05, main 2852858b:
    # the thirty-eighth session's detection code at the time, eefff6e9, fix81 and real47 in); fix82 after it: 冉/冊, 赤/亦
    # and 呂/宮 among the look-alike table's hand-chosen pairs (冊麗娟, 亦岩鎮 and 宮河鎮, missed as scored, NAM011 now);
    # 院桂蘭 for 阮桂蘭 (阮/院, not in the look-alike table, NAM008: the given name under another surname, the right
    # entity, a warning of another kind) stays missed
    ("heldout83", "NAM"): 58, ("heldout83", "GRB"): 24,  # 57 and 24 as scored (23:43 UTC on 2026-12-05, main 031c74b2:
    # the thirty-eighth session's detection code at the time, 69778db7, fix82 in); fix83 after it: 寨, 賽 and 塞 among
    # the look-alike table's hand-chosen pairs (南賽郷 for 南寨郷, missed as scored, NAM011 now)
    ("heldout84", "NAM"): 57, ("heldout84", "GRB"): 24,  # 54 and 24 as scored (00:22 UTC on 2026-12-06, main 16e556f6:
    # the thirty-eighth session's detection code at the time, ebe3e3cb, fix83 in); fix84 after it: 繁/繋 and 弓/引 among
    # the look-alike table's hand-chosen pairs (繋徳華 and 八引鎮, missed as scored, NAM011 now); 雪銅鎮 (洞/銅, 同 on
    # the right of both) NAM011 since fix85; 強立析 (新/析, NAM005: xi for xin, the nasal ending's slip by ear, the
    # right entity, a warning of another kind) stays missed
    ("heldout80", "NAM"): 55, ("heldout80", "GRB"): 24,  # 54 and 24 as scored (00:56 UTC on 2026-12-06, main 51ca7f11,
    # first thing in the thirty-ninth session: the thirty-eighth's final detection code, fix84 and its review mend in);
    # fix85 after it: 田/申 and 司/同 among the look-alike table's hand-chosen pairs (羅守申, missed as scored, NAM011
    # now); 下同鎮 (its sentence calls it 誤った表記) and Ran秀鳳 ('Ran秀鳳という表記があり') are forms the text talks
    # about, silent by design; 藍夢各 (各/谷, NAM005: one syllable off, the right entity, a warning of another kind)
    # stays missed
    ("heldout85", "NAM"): 58, ("heldout85", "GRB"): 24,  # 56 and 24 as scored (01:12 UTC on 2026-12-06, main 3fb0ba12:
    # the thirty-ninth session's detection code at the time, 4791e17f, fix85 in); fix86 after it: 広/応 and 焉/馬 among
    # the look-alike table's hand-chosen pairs, and co-operative and office titles (組合長, 科長, 処長 ...) among a
    # person's name suffixes (天焉鎮 and 譚広福組合長, missed as scored, NAM011 now)
    ("heldout87", "NAM"): 58, ("heldout87", "GRB"): 24,  # 56 and 24 as scored (01:36 UTC on 2026-12-06, main 7a4944f3:
    # the thirty-ninth session's detection code at the time, dc22e05c, fix85, fix86 and real48 in); fix87 after it:
    # 郭/廓 and 光/先 among the look-alike table's hand-chosen pairs (廓鎮 and 邵先輝, missed as scored, NAM011 now)
    ("heldout88", "NAM"): 55, ("heldout88", "GRB"): 24,  # 52 and 24 as scored (02:12 UTC on 2026-12-06, main 08b3718f:
    # the thirty-ninth session's detection code at the time, 240efd3d, fix87 and its review mend in); fix88 after it:
    # 同/周, 輝/輩 and 門/間 among the look-alike table's hand-chosen pairs (同家山鎮, 車永輩 and 間建華, missed as scored,
    # NAM011 now); 艾麗群 (群 is 君 beside 羊, a core beside another part read a confusable slip apart, NAM005: the
    # ear's slip by design, the right entity, a warning of another kind), 孟建華 (a surname changed only by its nasal
    # ending, NAM005 by design, another kind) and 車永飛 (two slips of one name in one paragraph read as a family's
    # names: a precision rule) stay missed
    ("heldout86", "NAM"): 58, ("heldout86", "GRB"): 24,  # 56 and 24 as scored (03:27 UTC on 2026-12-06, main 03aa4ce8,
    # first thing in the fortieth session: the thirty-ninth session's final detection code); fix89 after it: 木/朮 among
    # the look-alike table's hand-chosen pairs (青朮川鎮, missed as scored, NAM011 now) and Japanese titles (駅長, 署長,
    # 教頭 ...) among a person's name suffixes (薩建銘 before 駅長, info as scored, 駅 read as a station's name)
    ("heldout89", "NAM"): 57, ("heldout89", "GRB"): 24,  # 55 and 24 as scored (03:34 UTC on 2026-12-06, main 0c4bdbed:
    # the fortieth session's detection code at the time, 03aa4ce8, fix89 not in); fix89 (its title list, written before
    # this set was scored, has 教頭: 滕麗姻, info as scored, a warning now) and fix90 (川/州 among the hand-chosen
    # pairs: 文州鎮, missed as scored, NAM011 now) after it; 楊振華 (a surname changed only by its nasal ending, yang
    # for yan, NAM005 by design, the right entity, a warning of another kind) stays missed
    ("heldout90", "NAM"): 58, ("heldout90", "GRB"): 24,  # 54 and 24 as scored (03:53 UTC on 2026-12-06, main 847c4381:
    # the fortieth session's detection code at the time, 5879898f, fix89 in); fix91 after it: 安/妄, 武/式, 齢/歯 and
    # 蒲/薄 among the look-alike table's hand-chosen pairs (普妄鎮, 式連鎮 and 鶴歯鎮, missed as scored, and 薄暁嵐,
    # NAM008 as scored, a warning of another kind, NAM011 now)
    ("heldout91", "NAM"): 58, ("heldout91", "GRB"): 24,  # 56 and 24 as scored (04:12 UTC on 2026-12-06, main 80f84a79:
    # the fortieth session's detection code at the time, af70043c, fix90 as first landed); fix91 after it: 亢/元 and
    # 雨/両 among the look-alike table's hand-chosen pairs (元暁嵐 and 桑両濤, missed as scored, NAM011 now)
    ("heldout92", "NAM"): 56, ("heldout92", "GRB"): 24,  # 55 and 24 as scored (06:25 UTC on 2026-12-06, main 1370a2f5,
    # first thing in the forty-first session, before any change); fix92 after it: 冉/丹 among the look-alike table's
    # hand-chosen pairs (丹書濤, NAM008 as scored, a warning of another kind, NAM011 now); 冉書唐 (a near-homophone,
    # tao for tang, no confusable pair) and 尚紅梅 (NAM008, another surname: 向/尚 left out of the table, as heldout81
    # annotates 尚学軍 a wrong surname; a warning of another kind) stay missed
    ("heldout93", "NAM"): 58, ("heldout93", "GRB"): 24,  # 56 and 24 as scored (06:33 UTC on 2026-12-06, main b8a68af9:
    # the session's detection code at the time, 1370a2f5); fix92 after it: 文/父 and 群/郡 among the hand-chosen pairs
    # (羅父鎮, missed as scored, and 苑鳳郡, NAM005 as scored, a warning of another kind, NAM011 now)
    ("heldout94", "NAM"): 58, ("heldout94", "GRB"): 24,  # 55 and 24 as scored (06:48 UTC on 2026-12-06, main 18611808:
    # the session's detection code at the time, 1370a2f5); fix92 after it: 由/甲, 岳/兵 and 灘/難 among the hand-chosen
    # pairs (甲国棟 and 兵家鎮, missed as scored, and 響難鎮, NAM005 as scored, a warning of another kind, NAM011 now)
    ("heldout95", "NAM"): 58, ("heldout95", "GRB"): 24,  # 55 and 24 as scored (09:14 UTC on 2026-12-06, main 50ff593f,
    # first thing in the forty-second session, before any change: the forty-first session's final detection code);
    # fix95 after it: 旦/旭, 亭/亨 and 両/而 among the look-alike table's hand-chosen pairs (弓旦東, 橋亨鎮 and 下而鎮,
    # under both, missed as scored, NAM011 now)
    ("heldout96", "NAM"): 58, ("heldout96", "GRB"): 24,  # 55 and 24 as scored (11:58 UTC on 2026-12-06, main 4f4c1e1a,
    # first thing in the forty-third session, before any change: the forty-second session's final detection code);
    # fix96 after it: 亻/扌 among the look-alike table's swapped parts, 営/栄 and 華/筆 among its hand-chosen pairs, 佛
    # read fo in place names (栄志剛, NAM008 as scored, and 鉄払鎮, NAM004 as scored, warnings of another kind, and
    # 劇玉筆, missed as scored, NAM011 now)
    ("heldout97", "NAM"): 57, ("heldout97", "GRB"): 24,  # 56 and 24 as scored (14:35 UTC on 2026-12-06, main 2c6b00ac,
    # first thing in the forty-fourth session, before any change: the forty-third session's final detection code);
    # fix97 after it: a frame surrounding from the top (門) and a character holding a small part in it look alike
    # (make_lookalike_table.py `framed`: 土閏鎮, missed as scored, NAM011 now); 騰建単 for 騰建軍 still missed (単/軍 in
    # no rule of the table)
    ("heldout98", "NAM"): 56, ("heldout98", "GRB"): 24,  # 56 and 24 as scored (17:12 UTC on 2026-12-06, main 529c9f41,
    # first thing in the forty-fifth session, before any change: the forty-fourth session's final detection code);
    # fix98 after it changed only bilingual rules and glossary suggest: 補木鎮 for 楠木鎮 still missed (補/楠 in no rule
    # of the table) and 'Hongxia Yong' for 永紅霞 still missed (a name the sentence glosses as its English form, which
    # NAM007 leaves alone by design)
    ("heldout99", "NAM"): 55, ("heldout99", "GRB"): 23,  # 53 and 23 as scored (19:42 UTC on 2026-12-06, main 015f1d53,
    # first thing in the forty-sixth session, before any change: the forty-fifth session's final detection code);
    # fix99 after it: a person's surname written with another surname of its core in the same arrangement is a
    # look-alike (kanji_cores.tsv: 陽明貴 for 暢明貴, NAM008 as scored, a warning of another kind, NAM011 now); still
    # missed: 汪志剛 for 宛志剛 and 丸麗萍 for 凡麗萍 (NAM005 near-homophones, warnings of another kind), 'Shuqin Deng'
    # for 登書琴 (a name the sentence glosses as its English form, which NAM007 leaves alone by design), and 豬舍
    # found only at info (GRB013 reads only its 舍 as traditional: a single word of the document in old forms); 55
    # with a named place's kanji written with another of its bottom part (fix102, kanji_bottoms.tsv: 霊鷺鎮 for 霊鷲鎮, 鳥
    # under both, missed as scored, NAM011 now)
    ("heldout100", "NAM"): 53, ("heldout100", "GRB"): 24,  # 52 and 24 as scored (22:35 UTC on 2026-12-06, main
    # 8adaf4fa, first thing in the forty-seventh session, before any change: the forty-sixth session's final detection
    # code); fix100 after it: a place's kanji written as its core, or as a kanji holding it, with a part beside it, read
    # a syllable off by no confusion of the ear, is a look-alike (kanji_cores.tsv, 舒 a:舍: 河舍鎮 for 河舒鎮, NAM005 as
    # scored, a warning of another kind, NAM011 now); still reported as NAM005 near-homophones (warnings of another
    # kind): 銀難鎮 for 銀漢鎮 (難 and 漢 share one part drawn on opposite sides, which no table links) and 僭国慶 for
    # 潜国慶 (jian for qian a confusable initial; 僭's last part is that of 潛, not of 潜); still missed: ドライングマット
    # for 晒席 (after 英語の商品説明では, which the form-label mask reads as a form given in English), 'Hexu Town' for
    # 河舒鎮 (Hexu no pinyin of 河舒, so no name reads so; GRB002 info only, half-translated) and 'Wenjing Qi' for 騎文静
    # (a name the sentence glosses as its English form, which NAM007 leaves alone by design)
    ("heldout101", "NAM"): 55, ("heldout101", "GRB"): 24,  # 51 and 23 as scored (01:24 UTC on 2026-12-07, main
    # c84c4034, first thing in the forty-eighth session, before any change: the forty-seventh session's final detection
    # code); fix101 after it: a word of reading talk inside a phrase about reading a text (本を読む, 一緒に読む,
    # 読み聞かせ: data/text_reading_phrases.txt) no longer makes a text one about readings, which silenced NAM006 and
    # GRB012 (クイ・シアオイエン, リウ・ジエンジュン and マン・チュンヤン, katakana, and Bāshǔ, tone-pinyin, missed as
    # scored, found now); still a warning of another kind: 邵海濤 for 招海濤 (a wrong surname reported as NAM011's
    # look-alike: 邵 and 招 share 召, and 邵 is a common surname too); still missed: 昆求剛 for 昆永剛 (永/求 in no
    # table) and 'Chunyang Man' for 曼春陽 (a name the sentence glosses as its English form, which NAM007 leaves alone
    # by design); 55 with a named person's kanji written with another of its bottom part (fix102, kanji_bottoms.tsv:
    # 奎暁熊 for 奎暁燕, 灬 under both, missed as scored, NAM011 now)
    ("heldout102", "NAM"): 56, ("heldout102", "GRB"): 24,  # 53 and 24 as scored (03:54 UTC on 2026-12-07, main
    # e11ac4be, first thing in the forty-ninth session, before any change: the forty-eighth session's final detection
    # code); fix102 after it: a title after a name (場長 and others, added to name_context.tsv's person row) keeps a
    # homophone the tokenizer joined to it (同麗平場長: 平場) from being taken for a window cut out of a word, and a
    # named place's kanji written with another of its bottom part is a look-alike (kanji_bottoms.tsv, 思 d:心: 恵依鎮
    # for 思依鎮), both missed as scored, found now; 56 with a named place's kanji written with another of its top
    # (fix102b, kanji_tops.tsv, 高 d:亠口: 妙亭鎮 for 妙高鎮, missed as scored, NAM011 now); still missed: 文威鎮 for
    # 文成鎮 (威/成 in no table) and 'Yunxia Chi' for 赤雲霞 (a name the sentence glosses as its English form, which
    # NAM007 leaves alone by design)
    ("heldout103", "NAM"): 58, ("heldout103", "GRB"): 23,  # 57 and 23 as scored (06:02 UTC on 2026-12-07, main
    # de984791, at the forty-ninth session's end, nothing changed after: the forty-ninth session's final code); fix103
    # after it: a kanji's bottom part also where its other part comes down its right (kanji_bottoms.tsv, cjk-decomp's
    # str: 馬 and 鳥, 灬 under both: 流鳥鎮 for 流馬鎮, missed as scored, NAM011 now); still found only at info: 鹽井
    # (GRB013 reads a lone word in old forms at info unless it is an ordinary word, and 塩井, its Japanese form, is a
    # surname in the dictionary; left by design)
    ("heldout104", "NAM"): 57, ("heldout104", "GRB"): 23,  # 56 and 23 as scored (07:06 UTC on 2026-12-07, main
    # 0f9757c2, in the fiftieth session, before any change made against it), with 1 false warning (NAM002 on the
    # brand's reading シーシアンホン printed on a box beside its written form) and 1 of another kind (張松鎮 as NAM005);
    # fix104 after it: an accepted form shown as a name's reading is a form talked about (resolve.SHOWN_KINDS), and a
    # place's kanji written with a kanji holding it whole on its right is a look-alike
    # (lookalike._last_part_of_the_other: 張松鎮 for 張公鎮, missed as scored, NAM011 now); still missed: 嘗秀蘭 for 嘉秀蘭 (嘉/嘗 in no table); still found
    # only at info: 舊橋 (GRB013 reads a lone word in old forms at info unless it is an ordinary word, and 旧橋, its
    # Japanese form, is a surname in the dictionary; left by design)
    ("heldout105", "NAM"): 58, ("heldout105", "GRB"): 24,  # 57 and 24 as scored (08:04 UTC on 2026-12-07, main
    # 4762baf0, at the fiftieth session's end, nothing changed after: the session's final code), with 0 false warnings
    # and 1 of another kind (察耳鎮 for 擦耳鎮 as NAM005: 察 is 擦's core and last part, but cha for ca is a confusable
    # slip, so the look-alike was refused); fix105 after it: a kanji that is the name's kanji's core and last part at
    # once (the other has a smaller radical on its left) is a look-alike though the two read a confusable slip apart
    # (lookalike._core_on_the_right: 察耳鎮, missed as scored, NAM011 now); nothing left
    ("heldout106", "NAM"): 54, ("heldout106", "GRB"): 24,  # 52 and 24 as scored (08:54 UTC on 2026-12-07, main
    # c65439e3, in the fifty-first session, before any change made against it), with 0 false warnings and 3 of another
    # kind (習栄貴 as NAM008, 秦文濤 and 園徳訓 as NAM005); fix106 after it: a heteronym surname read as the glossary's
    # katakana reads it (phonetics.index._surname_as_read: Zhao紅英, missed as scored, NAM009 now), a kanji under a
    # crown of the crown's own size has it as its core (make_lookalike_table.CROWNS: 七宝等鎮, missed as scored, NAM011
    # now); still missed: 習栄貴 for 羽栄貴 (NAM008), 秦文濤 for 慶文濤 (NAM005), 園徳訓 for 園徳順 and 三合鎮 for 三会鎮
    # (in no table)
    ("heldout107", "NAM"): 52, ("heldout107", "GRB"): 23,  # 51 and 23 as scored (09:08 UTC on 2026-12-07, main
    # b3b4b648, in the fifty-first session, before any change made against it), with 1 false warning (NAM002 on
    # 沿口寒中水泳会, its ceiling below) and 3 of another kind (堕麗娟, 壊振東 and 黄振東 as NAM005); fix107 after it: the
    # roof, hole, rain and cover crowns in the cores table (龍安鎮, missed as scored, NAM011 now); still missed: 倉徳勢,
    # 中必鎮, 堕麗娟, 壊振東, 黄振東 and Zhendong Huan (a romanized name given as what English articles call a person is
    # talked about, by design); 鬪志 (traditional: 鬪 is an old form OpenCC's t2jp does not convert, in no table)
    ("heldout108", "NAM"): 54, ("heldout108", "GRB"): 24,  # 53 and 24 as scored (09:29 UTC on 2026-12-07, main
    # 98d22da5, in the fifty-first session, before any change made against it), with 0 false warnings and 1 of another
    # kind (宕徳勝 as NAM005); fix108 after it: a kanji whose parts cjk-decomp draws merged one over the other, with a
    # first part that frames other kanji from the top left, is framed from the top left too
    # (make_lookalike_table.frames: 存宝慶, missed as scored, NAM011 now); still missed: 衷市鎮, 復感鎮 and 黍家鎮 (no
    # table links the two kanji) and 宕徳勝 (reported as NAM005: dang for ding is heard alike)
    ("heldout109", "NAM"): 55, ("heldout109", "GRB"): 24,  # as scored (09:52 UTC on 2026-12-07, main 9221c5d4, in the
    # fifty-first session, before any change made against it), with 0 false warnings and 1 of another kind (陳麗娟 for
    # 澄麗娟, annotated wrong-surname, as NAM005); fix109 after it changed no NAM or GRB figure of it; still missed: 商興鎮
    # (no table links 商 and 高), 陳麗娟 (chen for cheng, the near-homophone's by design) and Desheng Geng (a romanized
    # name given as what English articles call a person is talked about, by design)
    ("heldout110", "NAM"): 57, ("heldout110", "GRB"): 23,  # as scored (10:04 UTC on 2026-12-07, main d19cf100, at the
    # fifty-first session's end, before any change made against it), with 0 false warnings and none of another kind,
    # GRB with 1 false warning as scored (GRB013 on 溪 of 溪さん, a glossary person's surname alone with an honorific;
    # fix110 after it: such a surname in the name's own form is no old form, 0 false now); still missed: 宏興鎮 for
    # 広興鎮 (no table links 宏 and 広) and the split katakana ボランティ ア
    ("heldout111", "NAM"): 57, ("heldout111", "GRB"): 24,  # 56 and 21 as scored (10:54 UTC on 2026-12-07, main
    # 2b44a50b, the fifty-first session's final code), with 1 false warning (NAM002 on 飛燕芸能団, its ceiling below)
    # and none of another kind; missed then: 龍召鎮 for 龍台鎮 (lookalike), Zhendong Wu (a romanized name given as what
    # English articles call a person is talked about, by design), a half-width period and a 『 on
    # guangan-longtai-library-van-xiaoxi-fan-dance.ja.txt:11 and the split katakana ガスコン ロ; fix111 after it: a
    # labelled form (英語の紹介記事ではZhendong Wu…) ends where the prose's hiragana resumes, so 龍召鎮, the period and the
    # 『 after it are linted, and a letter split off a compound's second word is a split; still missed: Zhendong Wu
    ("heldout112", "NAM"): 55, ("heldout112", "GRB"): 24,  # as scored (11:23 UTC on 2026-12-07, main ef11a56f, fix111
    # in, in the fifty-second session, before any change made against it, nothing fixed against it), with 0 false
    # warnings and none of another kind, GRB 24/24 with 0 false; missed: Haibo Hong (a romanized name given as what
    # English articles call a person is talked about, by design), 但麗萍 for 恒麗萍 (忄 and 亻 beside 亘 and 旦, both
    # parts other, which no table links) and 魏典鎮 for 魏興鎮 (典 and 興 share only their bottom 八)
    ("heldout113", "NAM"): 56, ("heldout113", "GRB"): 23,  # as scored (11:31 UTC on 2026-12-07, main f54808d0, code as
    # ef11a56f: fix111 in, in the fifty-second session, before any change made against it, nothing fixed against it),
    # with 0 false warnings and 2 of another kind or entity (瓦海禱 for 瓦海濤 reported as NAM005, one syllable off: 禱 is
    # a rare kanji, which the look-alike finder leaves to the ear; 渉市鎮 for 渡市鎮 reported as a look-alike of 河市鎮),
    # GRB 23/24 with 0 false; missed: 福普鎮 for 福善鎮 (no table links 普 and 善), 瓦海禱 (above) and the split katakana
    # メンテナン ス (inside a form labelled by 英語の記事では, masked as a labelled form, as heldout110's ボランティ ア)
    ("heldout114", "NAM"): 56, ("heldout114", "GRB"): 24,  # as scored (12:10 UTC on 2026-12-07, main a4cb5b8d, code as
    # f15de4de: fix114 in, in the fifty-second session, before any change made against it), with 1 false warning and
    # none of another kind, GRB 24/24 with 0 false; the false warning, NAM002 on 青禾農機服務隊
    # (kaijiang-guangfu-village-vet-bamiao-farm-machinery:23, the team's accepted form beside its preferred
    # 青禾農機サービス隊 in an article that also writes the team in simplified characters, a warning by design then), a
    # note since fix115 (0 now, so no ceiling); missed: Weiguo Tong (a romanized name given as what English articles call
    # the person, by design) and Bamiao Town (romanized 八庙镇)
    ("heldout115", "NAM"): 55, ("heldout115", "GRB"): 24,  # as scored (12:38 UTC on 2026-12-07, main cdee7adf, code as
    # 930a9419: fix115 and real67 in, in the fifty-second session, before any change made against it, nothing fixed
    # against it), with 0 false warnings and one warning of another kind (黄秋蓮 for 煥秋蓮, annotated wrong-surname,
    # reported NAM005: huang for huan, the near-homophone's by design), GRB 24/24 with 0 false; missed: Yunfei Ji (a
    # romanized name given as what English articles call the person, by design), 用華鎮 for 月華鎮 (no table links 用
    # and 月) and 黄秋蓮 (above)
    ("heldout116", "NAM"): 54, ("heldout116", "GRB"): 23,  # as scored (12:56 UTC on 2026-12-07, main c128411a, fix116,
    # the fifty-second session's final code, at its end, before any change made against it, nothing fixed against it),
    # with 0 false warnings and two warnings of another kind (秋麗萍 for 韭麗萍, annotated wrong-surname, reported NAM005:
    # qiu for jiu; 太己鎮 for 太乙鎮, annotated lookalike, reported NAM005: ji/qi for yi), GRB 23/24 with 0 false;
    # missed: 芋達軍 for 芋建軍 (no table links 達 and 建), 非麗萍 for 韭麗萍 (韭 is 非 over a stroke, which no table
    # links), the two above, and the traditional form 舊橋 (found only at info)
    ("heldout117", "NAM"): 55, ("heldout117", "GRB"): 24,  # as scored (13:47 UTC on 2026-12-07, main ac8ac77b, code as
    # 98e2a4e5, in the fifty-third session, before any change made against it, nothing fixed against it), with 0 false
    # warnings, GRB 24/24 with 0 false; missed: 苓秋鳳 for 岑秋凤 (岑 and 苓 differ in both parts, which no table links),
    # Derong Ji and Kongque Town (romanized, each the form an English article is cited under, by design)
    ("heldout118", "NAM"): 55, ("heldout118", "GRB"): 24,  # as scored (14:23 UTC on 2026-12-07, main 4888348b, real68's
    # commit, the fifty-third session's code then, before any change made against it, nothing fixed against it), with 0
    # false warnings and one warning of another kind (洗头盆, annotated rejected, reported NAM003 as the simplified-Chinese
    # form), GRB 24/24 with 0 false; missed: 囲馬鎮 for 回马镇 and 衆山鎮 for 象山镇 (look-alikes) and 洗头盆 (above)
    ("heldout119", "NAM"): 56, ("heldout119", "GRB"): 24,  # as scored (14:36 UTC on 2026-12-07, main fa8250a3, code as
    # e4d7aa80, fix118, the fifty-third session's code then, at its end, before any change made against it; output
    # identical under the one code change after, 6473a299), with 0 false warnings and two warnings of another kind (驢明遠 for 蘆明遠 and 羅原鎮 for 羅泉鎮, both
    # annotated lookalike, reported NAM005: lv for lu, yuan for quan), GRB 24/24 with 0 false; missed: those two
    ("heldout120", "NAM"): 58, ("heldout120", "GRB"): 24,  # as scored (15:23 UTC on 2026-12-07, main dc3e7058, code as
    # 0d4f9138, in the fifty-fourth session, before any change made against it, nothing fixed against it), with 0 false
    # warnings and none of another kind, GRB 24/24 with 0 false; nothing missed; no finding at all on its two controls
    ("heldout121", "NAM"): 55, ("heldout121", "GRB"): 24,  # as scored (16:09 UTC on 2026-12-07, main 26ab8e82, code as
    # 603c4e05, fix120 and real69, the fifty-fourth session's code then, before any change made against it, nothing
    # fixed against it), with 0 false warnings and one warning of another kind (蹈春麗 for 韜春麗, annotated lookalike,
    # reported NAM005: dao for tao), GRB 24/24 with 0 false; missed: that one, 方塚鎮 for 方家鎮 and 蒲井鎮 for 満井鎮
    # (look-alikes)
    ("heldout122", "NAM"): 56, ("heldout122", "GRB"): 24,  # 55 as scored (16:36 UTC on 2026-12-07, main d406bd4d,
    # code as fd564cba, fix121, the fifty-fourth session's code then, before any change made against it), with 0 false
    # warnings and none of another kind, GRB 24/24 with 0 false; missed: 葦静宜 for 葦静儀 (homophone: SudachiPy read
    # 宜さ and ん as one word), 輸志剛 for 楡志剛 and 丈川鎮 for 大川鎮 (look-alikes); fix122 after it: a homophone whose
    # last kanji SudachiPy reads with the name suffix's first kana is not the stem of a word (homophone._window_tests):
    # the homophone found, 56 now; the two look-alikes left
    ("heldout123", "NAM"): 56, ("heldout123", "GRB"): 24,  # 55 as scored (17:14 UTC on 2026-12-07, main 730b9ee1,
    # code as adeaeb4c, fix122 and the anchor-key rename, the fifty-fourth session's code then, before any change made
    # against it, nothing fixed against it), with 0 false warnings and one warning of another kind (闕少娟 for 闕小娟,
    # annotated lookalike, reported NAM005: shao for xiao), GRB 24/24 with 0 false; missed: that one, 余渓鎮 for 金渓鎮
    # and 周ロ鎮 for 周口鎮 (the katakana ロ for the kanji 口; look-alikes); no finding at all on its two controls; fix124
    # in the fifty-fifth session (after heldout-bilingual122, not against this set): NAM011 reads a kanji of a glossary
    # form written as the katakana letter drawn like it: 周ロ鎮 found, 56 now; 余渓鎮 and 闕少娟 left
    ("heldout124", "NAM"): 55, ("heldout124", "GRB"): 23,  # GRB 23 since fix127 (soft-spokenな); 22 as scored (17:50 UTC on 2026-12-07, main 087a22f0, code as
    # 59ce3c75, fix123 and a variable rename, the fifty-fourth session's final code, at its end, before any change made
    # against it, nothing fixed against it), with 0 false warnings and none of another kind; missed: ジューズ and
    # ステープル for the term 锔子 (rejected, found only at info) and 東斤鎮 for 東升鎮 (look-alike); GRB 22/24 with 0
    # false, 'soft-spokenな' (latin-leftover) and '舊い' (traditional) found only at info; no warning on its two
    # controls (NAM002 info on both)
    ("heldout125", "NAM"): 55, ("heldout125", "GRB"): 24,  # NAM 55 since fix130 (関建平); 54 as scored (18:15 UTC on 2026-12-07, on main 6d7eb739's
    # code, the fifty-fifth session's first pair, before any change made against it, nothing fixed against it: fix124
    # leaves its output identical), with 0 false warnings and one warning of another kind (関建平 for 闕建平, annotated
    # lookalike, reported NAM008 as a wrong surname); missed, all look-alikes no table pairs: 減秀蘭 for 臧秀蘭, 坐国棟
    # for 巫国棟, that one and 黄円鎮 for 黄丹鎮; GRB 24/24 with 0 false; no warning on its two controls (NAM002 info on
    # both)
    ("heldout126", "NAM"): 58, ("heldout126", "GRB"): 24,  # as scored (19:21 UTC on 2026-12-07, main 4a75537e, fix125,
    # the fifty-fifth session's code then, before any change made against it, nothing fixed against it; fix126 and
    # real71 after it leave its output as scored),
    # with 0 false warnings and none of another kind: every kind full; GRB 24/24 with 0 false; no finding at all on its
    # two controls
    ("heldout127", "NAM"): 54, ("heldout127", "GRB"): 23,  # GRB 23 since fix127 (warm-heartedな); 22 as scored (20:09 UTC on 2026-12-07, main 6bbeb58e, real71
    # after fix126, the fifty-fifth session's final code, at its end, before any change made against it, nothing fixed
    # against it), with 0 false warnings and none of another kind; missed: look-alikes no table pairs (専保鎮 for 寿保鎮,
    # 龍札鎮 for 龍孔鎮, 閔辰福 for 閔長福) and the romanized 'Changfu Min'; GRB 22/24 with 0 false (missed 麥わら, found
    # only at info, and 'warm-heartedな'); no warning on its two controls (NAM002 info on both)
    ("heldout128", "NAM"): 52, ("heldout128", "GRB"): 23,  # NAM 52 since fix129 (墨竹溝鎮 a look-alike: 黒 read as
    # the cores table's 黑), GRB 23 since fix127 ('shyな'); 51 and 22 as scored (20:45 UTC on 2026-12-07, on main
    # d6ae3128's code, the fifty-fifth session's final code, the fifty-sixth session's first pair, before any change made
    # against it), with 0 false warnings and 3 of another kind (墨竹溝鎮 and 互渡鎮 reported NAM005, 岳卒紅 NAM004);
    # missed the look-alikes 阿秀鳥, 冉挙軍, 毬坪鎮, 墨竹溝鎮, 互渡鎮 and 岳卒紅 and the near-homophone 吉海楼; GRB 22/24
    # with 0 false (missed 燈籠 and 'shyな'); no warning on its two controls (NAM002 info on both)
    ("heldout129", "NAM"): 55, ("heldout129", "GRB"): 24,  # NAM 55 since fix130 (關雪蓮); 54 as scored (21:34 UTC on 2026-12-07, int56 7ba1c6c7:
    # fix127, fix129, an earlier form of fix128 and real72 on 7857a8fb, the fifty-sixth session's final code, at its
    # end, before any change made against it, nothing fixed against it; fix128's final form leaves its output as
    # scored), with 0 false warnings and 2 of another kind (關雪蓮 reported NAM008, 蒲常順 NAM005); missed the
    # look-alikes 吉皇郷, 永勞郷 and 關雪蓮 and the homophone 蒲常順; GRB 24/24 with 0 false; no finding at all on its
    # two controls
    ("heldout130", "NAM"): 53, ("heldout130", "GRB"): 21,  # GRB 21 since fix131 (ことががが); 20 as scored (22:44 UTC on 2026-12-07, main 1861f6aa: fix130
    # and a review mend after the fifty-sixth session's second pair, the session's final code, at its end, its third
    # and last pair, before any change made against it, nothing fixed against it), with 0 false warnings and none of
    # another kind; missed the look-alike 福縁鎮 for 福禄鎮 and four glyph rows whose surface is the glossary's own
    # correct form (苟玉梅, 敖建平, 卞秋霞, 巫海林: an annotation defect of the set, scored as written); GRB 20/24 with 0
    # false (missed 綠 and 鐵, found only at info, and the doubled 'がが' and 'でで'); no warning on its two controls
    # (NAM002 info on both)
    ("heldout131", "NAM"): 52, ("heldout131", "GRB"): 24,  # as scored (23:09 UTC on 2026-12-07, main 6d011d06's
    # code, src as 1861f6aa, the fifty-sixth session's final code, the fifty-seventh session's first pair, before any
    # change made against it; nothing fixed against it, its output identical after fix131, fix132, fix133, real73 and
    # real74), with 0 false warnings and 2 of another kind (鍾永享 reported NAM005, 苟海濤 NAM008); missed the
    # look-alikes 廿秀蘭, 笠根鎮, 伍戍剛, 朱華鎮, 鍾永享 and 苟海濤 (heldout3 annotates a like case, 王 for 全, as
    # wrong-surname: the annotations disagree, left as is); GRB 24/24 with 0 false; no warning on its two controls
    # (NAM002 info on both)
    ("heldout132", "NAM"): 57, ("heldout132", "GRB"): 24,  # as scored (00:06 UTC on 2026-12-08, main feeb8795:
    # fix131, fix132, fix133, real73 and real74, the fifty-seventh session's final code, at its end, its second and
    # last pair, before any change made against it, nothing fixed against it), with 0 false warnings and 1 of another
    # kind; missed the wrong surname 程文剛 for 陳文剛 (reported NAM005, with the right fix); GRB 24/24 with 0 false; no
    # finding at all on its two controls
    ("heldout133", "NAM"): 57, ("heldout133", "GRB"): 22,  # as scored (00:37 UTC on 2026-12-08, main 931a6aa9, src
    # as feeb8795: the fifty-seventh session's final code, at its end, its third and last pair, before any change made
    # against it, nothing fixed against it), with 0 false warnings and 1 of another kind; missed the look-alike 朱沌鎮
    # for 朱沱鎮 (reported NAM005, with the right fix); GRB 22/24 with 0 false (missed the traditional 賣 and 舊, found
    # only at info); no warning on its two controls (NAM002 info on both)
}
# development sets that were held out once and are gated like the others
FORMER_HELDOUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout7", "heldout8", "heldout9",
                  "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                  "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22",
                  "heldout23", "heldout24", "heldout25", "heldout26",
                  "heldout27", "heldout28", "heldout29", "heldout30",
                  "heldout31", "heldout32", "heldout33",
                  "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39",
                  "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47",
                  "heldout48", "heldout49", "heldout50", "heldout51",
                  "heldout52", "heldout53", "heldout54", "heldout55", "heldout56", "heldout57", "heldout58",
                  "heldout59", "heldout60", "heldout61", "heldout62",
                  "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68",
                  "heldout69", "heldout70", "heldout71", "heldout72", "heldout73", "heldout74",
                  "heldout75", "heldout76", "heldout77", "heldout78", "heldout79",
                  "heldout80", "heldout81", "heldout82", "heldout83", "heldout84", "heldout85",
                  "heldout86", "heldout87", "heldout88", "heldout89", "heldout90", "heldout91",
                  "heldout92", "heldout93", "heldout94", "heldout95", "heldout96", "heldout97",
                  "heldout98", "heldout99", "heldout100", "heldout101", "heldout102",
                  "heldout103", "heldout104", "heldout105", "heldout106", "heldout107",
                  "heldout108", "heldout109", "heldout110", "heldout111",
                  "heldout112", "heldout113", "heldout114", "heldout115",
                  "heldout116", "heldout117", "heldout118", "heldout119",
                  "heldout120", "heldout121", "heldout122",
                  "heldout123", "heldout124", "heldout125",
                  "heldout126", "heldout127", "heldout128",
                  "heldout129", "heldout130", "heldout131",
                  "heldout132", "heldout133")
MAX_FALSE_WARNINGS = 0
# sets that still draw false warnings, as measured (lower as they are fixed, never raise)
# (dev9: 30 at its first measurement, tests/dev9/README.md; 0 since real15a: a pen-pal letter that talks about pinyin
# reads about readings, so its katakana salutation is a form talked about)
# (heldout24: 1 as scored, GRB008 on a label line's last word; 0 since, docs/accuracy.md)
FALSE_WARNING_CEILINGS: dict[str, int] = {
    "heldout65": 0,  # 1 as scored: NAM002 on 紅渡 (wangmo-beipan-ferry.ja.txt:21), the brand's accepted form beside its
    # preferred Latin Hongdu, a warning since the article also writes it in the unsanctioned glyph 红渡 (a planted row);
    # 0 since fix79 (an organisation's Latin name beside its kanji name is two names it goes by: info)
    "heldout78": 0,  # 1 as scored: NAM002 on 源茗軒 (zhanyi-maxiong-pearl-river-source-tea-school.ja.txt:17), the
    # brand's accepted form beside its preferred Latin Yuanmingxuan, with the unsanctioned glyph 源茗轩 (line 13); 0 since
    # fix79
    "heldout79": 0,  # 1 as scored: NAM002 on 漢柳舟 (shiquan-houliu-han-river-ferry-canyon-school.ja.txt:17), the
    # company's accepted form beside its preferred Latin Hanliuzhou, with the unsanctioned glyph 汉柳舟 (line 13); 0
    # since fix79
    "heldout58": 0,  # 1 as scored: GRB010 on 難しい と, the space a planted lost 」 left before と (the bracket row is
    # annotated at its 「; real40: a space before a case particle is no clause boundary)
    "heldout51": 0,  # 4 as scored: NAM004 errors on 冷箱 inside 保冷箱 (a cool box) read as a homophone of an
    # organisation named elsewhere, and the NAM002 that mix turned into a warning (fix51: a sound-alike window a
    # dictionary word crosses is cut out of running words)
    "heldout44": 0,  # 1 as scored: NAM002 on an organisation's accepted form named as a sign's text (看板には…と書かれている;
    # fix44: a form talked about is no rendering choice)
    "heldout107": 0,  # 1 as scored, left by design then: NAM002 on 沿口寒中水泳会
    # (wusheng-yankou-swimmers-lieme-brooms.ja.txt:23), the club's accepted form beside its preferred 沿口冬泳協会, a
    # warning since the article also misspells the name (a mix of correct forms in a document that misspells the name
    # too was a warning by design; fix107's message); fix115: such a mix is a note, the misspelling its own finding
    "heldout111": 0,  # 1 as scored, left by design then: NAM002 on 飛燕芸能団
    # (guangan-longtai-library-van-xiaoxi-fan-dance.ja.txt:23), the troupe's accepted form beside its preferred
    # 飛燕芸術団, a warning since the article also misspells the name (a mix of correct forms in a document that
    # misspells the name too was a warning by design, as heldout107's); fix115: a note now
}
# (dev10: 16 at its first measurement, 0 after seven fixes: tests/dev10/README.md)
CLEAN_CONTROL = "tests/corpus/articles/clean-control.ja.txt"
TABLE_ROWS = {"test-corpus": "test corpus", "example-article": "example article", "dev-single": "`tests/dev-single/`",
               "heldout6": "`tests/heldout6/`", "dev7": "`tests/dev7/`",
               "dev8": "`tests/dev8/`", "dev9": "`tests/dev9/`", "dev10": "`tests/dev10/`",
               **{s: f"`tests/{s}/`" for s in FORMER_HELDOUT}}


evaluate = load_evaluate()
SETS = {"test-corpus": lambda: evaluate.named_set("test-corpus"), "example-article": evaluate.example_set,
        "dev-single": lambda: evaluate.named_set("dev-single"), "heldout6": lambda: evaluate.named_set("heldout6"),
        "dev7": lambda: evaluate.named_set("dev7"), "dev8": lambda: evaluate.named_set("dev8"),
        "dev9": lambda: evaluate.named_set("dev9"), "dev10": lambda: evaluate.named_set("dev10"),
        **{s: (lambda s=s: evaluate.named_set(s)) for s in FORMER_HELDOUT}}


@pytest.fixture(scope="module")
def results():
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = evaluate.evaluate(SETS[name]())
        return cache[name]
    return get


@pytest.mark.parametrize("name", SETS)
def test_annotations_are_valid(name):
    evalset = SETS[name]()
    assert evaluate.check_annotations(evalset.annotations, evalset.glossary) == []
    if evalset.tolerated is not None:
        assert evaluate.check_annotations(evalset.tolerated, evalset.glossary, strict_kinds=False) == []


def test_test_glossary_is_independent_of_the_example():
    from textqa import load_glossary

    ours = load_glossary(str(ROOT / "tests" / "corpus" / "glossary.tsv"))
    example = load_glossary(str(ROOT / "glossary" / "hunan-blockchain.names.tsv"))
    assert 40 <= len(ours) <= 60
    assert {e.zh for e in ours}.isdisjoint(e.zh for e in example)


def test_every_glossary_entity_is_used_correctly_in_the_clean_control():
    """The clean control mentions most entities in a correct form, so silence there means something."""
    from textqa import load_glossary

    text = (ROOT / CLEAN_CONTROL).read_text(encoding="utf-8")
    entries = load_glossary(str(ROOT / "tests" / "corpus" / "glossary.tsv"))
    unused = [e.zh for e in entries if not any(form in text for form in e.correct_forms)]
    assert len(unused) <= len(entries) // 10, unused


@pytest.mark.parametrize("name, family", FLOORS)
def test_strict_recall_does_not_regress(results, name, family):
    score = results(name).families[family]
    missed = "\n".join(score.missed)
    assert score.detected >= FLOORS[name, family], (
        f"{family} strict recall on {name} is {score.detected}/{score.annotated}, below the floor "
        f"{FLOORS[name, family]}; missed:\n{missed}")


@pytest.mark.parametrize("name, family", FLOORS)
def test_accuracy_tables_report_the_strict_figures(results, name, family):
    """docs/accuracy.md's development table shows what the script measures now."""
    score = results(name).families[family]
    row = rf"\| {TABLE_ROWS[name]}[^|]* \| development[^|]* \| {family} \| {score.annotated} \| {score.detected} \| "
    assert re.search(row, accuracy_tables()), f"accuracy row for {name} {family}: {score.detected}/{score.annotated}"


def test_readme_summary_is_current():
    """The README's accuracy summary is the sum of docs/accuracy.md's per-set rows (scripts/accuracy_summary.py)."""
    summary = load_script("accuracy_summary")
    table = summary.summary(summary.ACCURACY.read_text(encoding="utf-8"))
    assert table.count("\n") >= 8, table
    assert table in (ROOT / "README.md").read_text(encoding="utf-8"), "regenerate: python scripts/accuracy_summary.py"


@pytest.mark.parametrize("name", SETS)
def test_no_false_warnings(results, name):
    result = results(name)
    false = [w for s in result.families.values() for w in s.false_warnings]
    listing = "\n".join(f"{w['file']}:{w['line']}:{w['column']} {w['code']} {w['surface']!r} {w['message']}"
                        for w in false)
    assert len(false) <= FALSE_WARNING_CEILINGS.get(name, MAX_FALSE_WARNINGS), (
        f"{len(false)} false warning(s) on {name}:\n{listing}")


def test_clean_control_is_silent(results):
    result = results("test-corpus")
    assert result.false_by_file[CLEAN_CONTROL] <= MAX_FALSE_WARNINGS, [
        (w["line"], w["code"], w["surface"]) for s in result.families.values()
        for w in s.false_warnings if w["file"] == CLEAN_CONTROL]


def test_tolerated_rows_count_unless_the_readme_excuses_them(results):
    """Every tolerated error is either excused by the README with a reason, or scored as an annotation."""
    evalset = evaluate.example_set()
    tolerated = evaluate.load_annotations(evalset.tolerated, strict_kinds=False)
    excused = evaluate.readme_excused()
    listed = [t for t in tolerated if (t.file, t.line, t.surface) in excused]
    assert listed and len(listed) < len(tolerated)
    annotated = evaluate.load_annotations(evalset.annotations)
    nam = results("example-article").families["NAM"]
    counted = [t for t in tolerated if t.family == "NAM" and t not in listed]
    apart = [t for t in annotated + counted if t.kind in evaluate.HOUSE_KINDS]  # counted apart, not in recall
    assert nam.annotated == sum(a.family == "NAM" for a in annotated) + len(counted) - len(apart)
    assert sum(rows for rows, _, _ in nam.house_kinds.values()) == len(apart)


def test_strict_scoring_ignores_info_and_wrong_kind(tmp_path):
    """A finding at info, or from another rule of the family, does not detect an annotation."""
    article = tmp_path / "a.ja.txt"
    article.write_text("夏門市を訪れた。\n", encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\n厦门\t廈門\tplace\n", encoding="utf-8")
    rel = evaluate.rel(article)
    annotations = tmp_path / "ann.tsv"
    header = "\t".join(evaluate.COLUMNS)
    annotations.write_text(f"{header}\n{rel}\t1\t夏門\tNAM\tnear-homophone\t厦门\t廈門\n", encoding="utf-8")
    result = evaluate.evaluate(evaluate.EvalSet("t", glossary, annotations, (article,)), ("NAM",))
    assert result.families["NAM"].detected == 0 and result.families["NAM"].annotated == 1


@pytest.mark.parametrize("surface, detected", [("殷明遠", 1), ("陳明遠", 0)])
def test_a_wrong_surname_that_reads_like_the_right_one_is_a_homophone_too(tmp_path, surface, detected):
    """A surname swapped for one of the same reading (殷 for 尹, both yin) is a homophone by the format's own test,
    so NAM004 detects a wrong-surname row then; a surname of another reading needs NAM008."""
    from types import SimpleNamespace

    annotation = evaluate.Annotation("a.ja.txt", 1, surface, "NAM", "wrong-surname", "尹明远", "尹明遠", 1)
    homophone = SimpleNamespace(code="NAM004", entity="尹明远")
    assert evaluate._matches(homophone, annotation) == bool(detected)
    assert evaluate._matches(SimpleNamespace(code="NAM008", entity="尹明远"), annotation)


def test_cli_check_annotations_succeeds(capsys):
    assert evaluate.main(["--check-annotations"]) == 0
    assert evaluate.main(["--check-annotations", "--corpus"]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_inconsistent_rows_are_counted_apart_at_any_severity(tmp_path):
    """An inconsistent row (NAM002 on forms the glossary all sanctions: info by default) is scored apart, per row,
    detected at any severity, and not in the family's recall."""
    article = tmp_path / "a.ja.txt"
    article.write_text("星河市は港町だ。星河市の人口は多い。セイガ市の空港もある。\n", encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\taccept\n星河市\t星河市\tplace\tセイガ市\n", encoding="utf-8")
    annotations = tmp_path / "ann.tsv"
    header = "\t".join(evaluate.COLUMNS)
    annotations.write_text(f"{header}\n{evaluate.rel(article)}\t1\tセイガ市\tNAM\tinconsistent\t星河市\t星河市\n",
                           encoding="utf-8")
    result = evaluate.evaluate(evaluate.EvalSet("t", glossary, annotations, (article,)), ("NAM",))
    nam = result.families["NAM"]
    assert nam.annotated == 0 and nam.house_kinds == {"inconsistent": [1, 1, 0]} and not nam.false_warnings
    assert "inconsistent      1/1   rows, 0 at warning" in evaluate.report(result)
