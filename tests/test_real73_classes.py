"""real73: one test per class of false alarm found on real Japanese pages of the registers the seventy-third batch
gathered (Pingyao's old town, Li Hongzhang and Zeng Guofan, Jia Zhangke's films, Haier's appliances, Chinese
dialects, study in China, China's grain harvests, Sanxingdui and other digs); own sentences, not the pages' text.

Classes:
- GRB009: a data sheet's row, a label, a space and its value (`レビュワー ホシえもんさん` among `タイトル名 星河物語` and
  `点数 7点`), where the sheet runs straight into the review under it with no blank line between, is the label and
  its value, not a katakana word split (``split_katakana._run_of_rows``, read by ``_data_sheet_row``); the same row
  alone above the prose, or among rows of katakana values only, still draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a film and a town
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "星河物语\t星河物語\tterm\t\t\n"
                  "月湖镇\t月湖鎮\tplace\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB009: a review database's rows, then the review with no blank line between
    ("a sheet's rows above the review", "タイトル名 星河物語\nレビュワー ホシえもんさん\n点数 7点\n"
     "月湖鎮を舞台にした静かな映画で、最後まで飽きずに観られた。\n", None),
    # ... the same row alone above the prose still draws
    ("one row above the review", "レビュワー ホシえもんさん\n月湖鎮を舞台にした静かな映画で、最後まで飽きずに観られた。\n",
     "GRB009"),
    # ... and among rows whose values are all katakana
    ("rows of katakana values only", "ジャンル ドラマ\nレビュワー ホシえもんさん\nメディア フィルム\n"
     "月湖鎮を舞台にした静かな映画で、最後まで飽きずに観られた。\n", "GRB009"),
    # ... and a split in a sentence right under the rows
    ("a split in the review", "タイトル名 星河物語\n点数 7点\n制作 月湖鎮\n"
     "主役のジョン スミスが月湖鎮を歩く場面が良かった。\n", "GRB009"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)
