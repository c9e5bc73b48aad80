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


def is_kana(ch: str) -> bool:
    return is_hiragana(ch) or is_katakana(ch)


def japanese_share(text: str) -> float:
    """Kana and kanji among the letters of ``text`` (0.0 when it has no letters)."""
    japanese = letters = 0
    for ch in text:
        if is_kanji(ch) or is_kana(ch):
            japanese += 1
            letters += 1
        elif ch.isalpha():
            letters += 1
    return japanese / letters if letters else 0.0


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
