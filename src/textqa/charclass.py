"""Character classes used by finders and rules (by code point, no tables of words)."""
from __future__ import annotations


def is_kanji(ch: str) -> bool:
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F or ch in "々〆")


def is_katakana(ch: str) -> bool:
    o = ord(ch)
    return 0x30A1 <= o <= 0x30FA or ch == "ー" or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9D


def is_hiragana(ch: str) -> bool:
    return 0x3041 <= ord(ch) <= 0x3096


def is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def is_latin_letter(ch: str) -> bool:
    o = ord(ch)
    return (ch.isascii() and ch.isalpha()) or (0xC0 <= o <= 0x24F and ch.isalpha())


def is_fullwidth_alnum(ch: str) -> bool:
    return 0xFF10 <= ord(ch) <= 0xFF19 or 0xFF21 <= ord(ch) <= 0xFF3A or 0xFF41 <= ord(ch) <= 0xFF5A


def script(ch: str) -> str:
    """One of kanji, katakana, hiragana, latin, digit, space, other."""
    if is_kanji(ch):
        return "kanji"
    if is_katakana(ch):
        return "katakana"
    if is_hiragana(ch):
        return "hiragana"
    if is_latin_letter(ch):
        return "latin"
    if ch.isdigit():
        return "digit"
    if ch.isspace():
        return "space"
    return "other"


OPEN_BRACKETS = "「『（(“【〔［["
CLOSE_BRACKETS = "」』）)”】〕］]"
PAIRS = dict(zip(OPEN_BRACKETS, CLOSE_BRACKETS))

# the same classes as regular-expression ranges (inside [...])
KANJI_RANGE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
KANA_RANGE = "\u3041-\u3096\u30a1-\u30fa\u30fc"
JAPANESE_RANGE = KANJI_RANGE + KANA_RANGE
