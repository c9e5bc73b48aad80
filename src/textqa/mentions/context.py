"""Where a mention is correct by context: parenthesised glosses and introduced aliases."""
from __future__ import annotations

import re

from ..charclass import CLOSE_BRACKETS, is_hiragana
from ..findings import Span

GLOSS_OPEN = {"（": "）", "(": ")"}
MAX_SUFFIX = 2  # 合肥市（…）: a short suffix may stand between a name and its gloss
# Japanese phrases that introduce another name for the same thing (英語名はポニー・マー)
# ... and phrases after a name that talk about the name itself (Xの名で知られる, Xと表記する)
ALIAS_FOLLOWERS = re.compile(r"(?:の名で|の名義|という名|という呼び名|と呼ば|と表記|と名乗|と綴|でも知られ|として\S{0,4}知られ)")
ALIAS_MARKERS = ("英語名", "英名", "英文名", "通称", "別名", "愛称", "略称", "旧称", "ブランド名", "中国語名", "原名")


def gloss_groups(text: str) -> list[tuple[int, Span]]:
    """(open offset, inner span) of each parenthesis closed within its line."""
    groups = []
    for i, ch in enumerate(text):
        close = GLOSS_OPEN.get(ch)
        if not close:
            continue
        depth, j = 0, i + 1
        while j < len(text) and text[j] != "\n":
            if text[j] == ch:
                depth += 1
            elif text[j] == close:
                if depth == 0:
                    groups.append((i, Span(i + 1, j)))
                    break
                depth -= 1
            j += 1
    return groups


def gloss_after(text: str, end: int, groups_by_open: dict[int, Span]) -> Span | None:
    """The gloss that opens right after offset ``end`` (allowing a short suffix)."""
    for k in range(MAX_SUFFIX + 1):
        pos = end + k
        if pos in groups_by_open:
            return groups_by_open[pos]
        if pos >= len(text) or not text[pos].strip() or text[pos] in "、。，,.：:" + CLOSE_BRACKETS:
            return None
    return None


def named_as_such(text: str, end: int) -> bool:
    """True when the text goes on to talk about the name itself (…の名で知られる, …と表記する)."""
    after = text[end:end + 12].lstrip("」』”")
    return ALIAS_FOLLOWERS.match(after) is not None


def introduced_as_alias(text: str, start: int) -> bool:
    """True when a marker such as 英語名は stands just before ``start``."""
    window = text[max(0, start - 12):start]
    for marker in ALIAS_MARKERS:
        pos = window.rfind(marker)
        if pos < 0:
            continue
        between = window[pos + len(marker):]
        if len(between) <= 3 and all(is_hiragana(c) or c in "「『:：、 " for c in between):
            return True
    return False
