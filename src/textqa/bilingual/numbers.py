"""Numbers in Chinese and Japanese text, normalised to values so that two renderings can be compared.

Handles Arabic digits (full-width too, with thousands separators and decimals), Chinese and Japanese numerals
(三千, 两, 二〇二〇), the multipliers 十/百/千/万/亿/億/兆 in any mix with digits (1.5亿 = 1億5000万), Roman
numeral characters (Ⅱ级 = レベル2), percentages (%, パーセント, 百分之三十, 3成; 七分 as tenths against a percentage:
7割), fractions (三分之一, 3分の1), ratios and scales (按1:10比例 = 10分の1の縮尺) and a trailing half (一年半); 两
after a digit is the liang, a unit (一两五个: 5), and so is 两 ending a number after a multiplier (一千两: 1000). Years and dates are plain numbers (2020年4月23日 gives
2020, 4, 23); a time of day is one number of its hour and minutes (18时30分 = 18:30 = 午後6時半). Decades are years:
上世纪八十年代 = 80年代 = 1980 (the 1900s when no century is given), 本世纪二十年代 = 21世纪20年代 = 2020. A period of a year is one quantity, a range of months:
前三季度 = 1～9月期 = 第3四半期累計 = 1-9月 (the forms are data); two periods compare by their months. Numbers inside a
parenthesised conversion of a currency or a measure (100万元（約2000万円）, 1.5万ムー（約1000ヘクタール）) are left out. A lunar-calendar date is its month and day (正月初七 = 旧暦1月7日), and
digits glued to Latin letters are a thing's name (3D, MP3: ``Quantity.term``). The lexical lists live in
``data/numbers.toml``.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from fractions import Fraction

from ..charclass import (KATAKANA_BLOCK_RANGE, LATIN_ANY_WIDTH_RANGE, LATIN_LETTER_RANGE, ROMAN_NUMERAL_RANGE, SPACES,
                         is_kanji, word_alternation)
from ..findings import Span
from ..wordlists import package_text

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
SMALL = {"十": 10, "拾": 10, "百": 100, "千": 1000, "仟": 1000}
BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
MULTIPLIERS = {**SMALL, **BIG}
KANJI_NUM = "".join(DIGITS) + "".join(SMALL) + "".join(BIG)
ARABIC = r"[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?"
# one number: Arabic digits or kanji numerals, mixed with multipliers (3万, 1億5000万, 三千二百, 1.5亿); kanji digits
# right before an Arabic digit are no part of it (a plant's or a product's name of kanji digits, then 42トン), as no
# number writes so
APPROX = "多余"  # 一百多万, 三千余人: "more than", between a number and its multiplier
_KANJI_PART = rf"(?:[{''.join(DIGITS)}](?![{''.join(DIGITS)}]*[0-9])|[{''.join(MULTIPLIERS)}])"
NUMBER = re.compile(rf"(?:{ARABIC}|{_KANJI_PART})(?:{ARABIC}|{_KANJI_PART}|[{APPROX}](?=[{''.join(MULTIPLIERS)}]))*")
FRACTION = re.compile(rf"([{KANJI_NUM}0-9.]+)分[之の]([{KANJI_NUM}0-9.]+)")  # 三分之一, 3分の1
PERCENT_ZH = re.compile(rf"百分之([{KANJI_NUM}0-9.]+)")
# a decade: optional century (上世纪, 本世纪, 21世纪, 二十世纪) and 的, then N十 or N0 and 年代 (八十年代, 80年代)
DECADE = re.compile(rf"(?<![{KANJI_NUM}0-9.])(?:([{KANJI_NUM}0-9]+)世[纪紀]|(上[个個]?世[纪紀]|本世[纪紀]))?的?([一二三四五六七八九]十|[1-9]0)年代")
# a generation cohort: 90后 (born in the 1990s), 95后, 00後; compared as its first year (1990年代生まれ, 1995年以降生まれ)
COHORT = re.compile(r"(?<![0-9.])([0-9]{2})[后後](?![0-9])")
PARENTHESISED = re.compile(r"[（(][^（()）]*[)）]")  # a parenthesised aside: a conversion if it names a currency or
# converts a measure (_conversion_spans)
# a Roman numeral character standing alone (防汛Ⅱ级, 第Ⅳ期): its value, as レベル2 or 4期 renders it
ROMAN = re.compile(f"(?<![{ROMAN_NUMERAL_RANGE}{LATIN_LETTER_RANGE}])[{ROMAN_NUMERAL_RANGE}](?![{ROMAN_NUMERAL_RANGE}{LATIN_LETTER_RANGE}])")
DAY_OR_MONTH = re.compile(r"\d[月日]")  # a date in a festival's gloss: 春節(旧正月、今年は2月5日)


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    return tomllib.loads(package_text("textqa.bilingual", "data/numbers.toml"))


@dataclass(frozen=True)
class Quantity:
    """A number found in a text: where, as written, and its value (percentages as fractions of one)."""

    span: Span
    surface: str
    value: Fraction
    percent: bool = False
    with_unit: Fraction | None = None  # 5千米: 5 (km), or 5000 (m) when the multiplier is read into the number;
    # 1.86米: 186 (cm)
    period: tuple[int, int] | None = None  # first and last month of a period (前三季度: 1, 9); value is the last
    written: tuple[Fraction, ...] = ()  # a period's own numbers (前三个月: 3), which a looser rendering may keep
    clock: Fraction | None = None  # 午後2時: 2, or 14 on a 24-hour clock
    time: bool = False  # a time of day: value is its hour and minutes (18时30分, 午後6時半 as 6.5 with clock 18.5)
    measure: bool = False  # followed by a unit of measure (两个多小时, 三公里), which Japanese writes in digits
    converted: tuple[Fraction, ...] = ()  # an amount with its conversion in parentheses right after it (約3万7000円
    # （1800元）, 1800元（約3万7000円）): the same amount in the other currency, which the other side may give instead
    sizes: tuple[tuple[str, Fraction], ...] = ()  # (dimension, size in its base unit) for a unit of measure after it:
    # 5公里: (length, 5000); 5キロ: (length, 5000) and (mass, 5)
    unit: str = ""  # that unit of measure after the number as written (公里, キロ; not the 時間 inside 1時間半)
    currency: str = ""  # the currency word right after it (元, 円, 米ドル)
    tenths: Fraction | None = None  # a single digit before a counter of tenths (七分靠水土: 7, or 7/10): the tenths it
    # may be, compared with a percentage of the other side only (7割, 70%), as 七成 is
    off: Fraction | None = None  # a price written as the tenths paid (九折, 8掛け: value 0.9, 0.8): the discount
    # it is (0.1, 0.2), which a translation may write instead (1割引き, 20%オフ)
    discount: bool = False  # followed by a word of discount (1割引き, 10%オフ): the part taken off a price
    grown: Fraction | None = None  # a rise by so many times (增加了两倍: 2): the multiple it makes (3倍), which a
    # translation may write instead
    ratio: tuple[Fraction, Fraction] | None = None  # a ratio's two numbers as written (1:10: 1, 10); value is the
    # first divided by the second (1/10), as 10分の1 is
    year: Fraction | None = None  # two digits before 年 (21年): the year they may stand for, written short (2021)
    literal: Fraction | None = None  # an end of an estimate written with a mark between its digits (6、70回: 60
    # and 70): the number as written (6), which a list of two numbers would be
    approx: tuple[Fraction, Fraction] | None = None  # an approximate quantity's range (上百: 100 to 1000; 近百: 80 to
    # 100), compared as a range; value is its round end (100)
    also: tuple[Fraction, ...] = ()  # other values it may be (除夕's day: 30, or 29)
    optional: bool = False  # a number a word names by itself (除夕: 12 and 30): compared where the other side
    # writes it, never missed where it does not
    term: bool = False  # digits glued to Latin letters (3D, U20, DN1200): a thing's name. A translation may write
    # a source's as a number (DN1200 as 口径1200ミリ, U20 as 20歳以下), and a source's left out with its clause is
    # lost; a translation's renders no number of the source (3D for 三维, which is none) and is never extra

    def keys(self) -> set:
        """Values this quantity may be compared by (30% matches 30% and 0.3; 5千米 matches 5キロ and 5000メートル;
        a period matches the same months in any form, or a number written in it)."""
        if self.period is not None:
            return {("months", *self.period), *self.written}
        if self.approx is not None:  # a range (上百) by its round end (100); equal to any number inside it by
            return {("approx", *self.approx), self.value}  # ``common_keys``
        if self.ratio is not None:
            return {self.value, *self.ratio}
        keys = {self.value, self.value * 100} if self.percent else {self.value}
        if self.off is not None:
            keys |= {self.off, self.off * 100}
        # a measure with its conversion beside it (約2000ヘクタール（3万ムー）) is the numbers it writes, not its size:
        # the conversion gives the other unit's number, which must agree (3万亩 is not 約2000ヘクタール（4万ムー）)
        return (keys | {k for k in (self.with_unit, self.clock, self.grown, self.year, self.literal) if k is not None}
                | set(self.converted) | set(() if self.converted else self.sizes) | set(self.also))

    def clashes(self, other: Quantity) -> bool:
        """Both are measured in one dimension, at different sizes (5公里 and 5メートル are different numbers), or are
        amounts in two different currencies with no conversion beside either (3万元 and 3万円)."""
        if self.other_currency(other) and not (self.converted or other.converted):
            return True
        if (self.currency and other.sizes and not other.currency) or (other.currency and self.sizes
                                                                      and not self.currency):
            return True  # an amount of money is no measure (1元 is not the 1 of 1斤当たり)
        common = {d for d, _ in self.sizes} & {d for d, _ in other.sizes}
        return bool(common) and not set(self.sizes) & set(other.sizes)

    def other_currency(self, other: Quantity) -> bool:
        """Both name their currency, and not the same one (numbers.toml ``[currencies]``)."""
        codes = lexicon()["currencies"]
        mine, theirs = codes.get(self.currency, ""), codes.get(other.currency, "")
        return bool(mine and theirs) and mine != theirs

    def in_unit_of(self, other: Quantity) -> Fraction | None:
        """This quantity's size written in ``other``'s unit, where the two clash (5公里 in メートル: 5000), else None."""
        if not self.clashes(other):
            return None
        mine = dict(self.sizes)
        dimension, size = next(((d, v) for d, v in other.sizes if d in mine), (None, None))
        return mine[dimension] * other.value / size if size else None  # none for money against a measure

    def common_keys(self, other: Quantity) -> set:
        """The keys the two have in common; a price in tenths paid has only what it takes off in common with a
        discount (九折 is 1割引き, not 9割引き)."""
        for paid, off in ((self, other), (other, self)):
            if paid.off is not None and off.discount:
                return {paid.off, paid.off * 100} & off.keys()
        for rough, other_side in ((self, other), (other, self)):  # an approximate quantity (上百) and a number
            if rough.approx is not None:  # inside its range (100), or another approximate one whose range meets it
                low, high = rough.approx
                if other_side.approx is not None:  # ranges that overlap, not only touch (数百 and 几千 share 1000)
                    meets = other_side.approx[0] < high and low < other_side.approx[1]
                    return rough.keys() | other_side.keys() if meets else set()
                if other_side.percent:
                    return set()
                return {k for k in other_side.keys() if isinstance(k, Fraction) and low <= k <= high}
        if self.ratio is not None and other.ratio is not None:  # two ratios by their values: 1:10 is not 1:100
            return {self.value} & {other.value}
        if self.period is not None and other.period is not None:  # two periods by their months, or by all the
            # numbers they write (前三季度 loosely as 第3四半期): an end in common is no match (1月至10月 is not 1～11月)
            if self.period == other.period or sorted(self.written) == sorted(other.written):
                return self.keys() & other.keys()
            return set()
        common = self.keys() & other.keys()
        for measure, another in ((self, other), (other, self)):  # a measure's conversion (18万ムー（約1万2000ヘク
            # タール）) is in the measure's dimension: no number measured in another (1.2万吨) is it
            if measure.converted and measure.sizes and another.sizes and not (
                    {d for d, _ in measure.sizes} & {d for d, _ in another.sizes}):
                common -= set(measure.converted) - {measure.value}
        for money, another in ((self, other), (other, self)):  # an amount's conversion (15元（約300円）) is in another
            # currency than the amount's own: no amount in that own currency (三百元) is it
            if money.converted and money.currency and another.currency and not money.other_currency(another):
                common -= set(money.converted) - {money.value}
        for digit, pct in ((self, other), (other, self)):  # 七分 (靠水土) is 7割, 70%, 七成: its tenths
            if digit.tenths is not None and pct.percent:
                common |= {digit.tenths} & pct.keys()
        return common

    def equals(self, other: Quantity) -> bool:
        """The same number, however written: a value in common and no clash of units, or a measure converted from
        a unit an edition rounds (``rounded``)."""
        return ((bool(self.common_keys(other)) and not self.clashes(other)) or self.rounded(other)
                or self.fewer_decimals(other))

    def fewer_decimals(self, other: Quantity) -> bool:
        """One of the two is the other rounded to the fewer decimals it writes, one at least (22.01% as 22・0%, 43.58%
        as 43.6%, 1.537亿 as 1.54億): an editor's rounding, not a changed number. Both decimals with no other digit
        after them, at one scale (a percentage, 亿), and of one kind."""
        if self.percent != other.percent or self.clashes(other):
            return False
        mine, theirs = _decimal_form(self), _decimal_form(other)
        if mine is None or theirs is None:
            return False
        (short, places), (long, more) = sorted((mine, theirs), key=lambda f: f[1])
        if not 0 < places < more or self.value * theirs[0] != other.value * mine[0]:  # one scale
            return False
        return abs(long - short) * 2 <= Fraction(1, 10 ** places)

    def rounded(self, other: Quantity) -> bool:
        """Measures in two units of one dimension, one of them a unit a translation converts roughly
        (numbers.toml `rounded-units`: 1万亩 as 約670ヘクタール): that one's size in the other's unit, rounded to
        the significant digits the other writes, is the other (666.67 ha at two: 670, not 760). Only that way: the
        number in the rounded unit is the measure as given (1万亩 is no rounding of 760 ha)."""
        if self.unit == other.unit or self.converted or other.converted:
            return False  # one unit, or a conversion given beside (compared by its numbers: ``keys``)
        rough = _rounded_units()
        for given, converted in ((self, other), (other, self)):
            if given.unit not in rough:
                continue
            sizes = dict(given.sizes)
            for dimension, size in converted.sizes:
                if sizes.get(dimension) and size and _rounds(sizes[dimension] * converted.value / size,
                                                             converted.value):
                    return True
        return False


def _decimal_form(q: Quantity) -> tuple[Fraction, int] | None:
    """(the decimal number ``q`` writes, its decimals) when its surface writes one decimal number and no other digit
    (22・0%, 1.54億), else None."""
    m = _DECIMAL.fullmatch(normalise_digits(q.surface))
    if m is None or not m.group(1) or not q.value:
        return None
    return Fraction(m.group(1)), len(m.group(1).split(".")[1])


_DECIMAL = re.compile(r"(\d+\.\d+)\D*")


@functools.lru_cache(maxsize=1)
def _rounded_units() -> frozenset[str]:
    return frozenset(lexicon()["rounded-units"])


def _rounds(exact: Fraction, written: Fraction) -> bool:
    """``exact`` rounded to as many significant digits as ``written`` has is ``written`` (66.67 as 67 or 70)."""
    if written <= 0 or exact <= 0:
        return False
    digits = len(significant_digits(written))
    power = math.floor(math.log10(written)) - digits + 1
    step = Fraction(10) ** power
    return abs(exact - written) * 2 <= step


def normalise_digits(text: str) -> str:
    """Full-width digits, separators and points to ASCII, one code point for one (offsets are kept); a middle dot
    used as a decimal point (``middle-dot-decimal-before``: 1・7ポイント) to a point."""
    out = []
    for ch in text:
        if ch in "０１２３４５６７８９，．":
            ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    text = "".join(out)
    if "・" in text:
        text = _middle_dot_decimal().sub(".", text)
    return text


@functools.lru_cache(maxsize=1)
def _middle_dot_decimal() -> re.Pattern:
    before = "|".join(re.escape(w) for w in lexicon()["middle-dot-decimal-before"])
    return re.compile(rf"(?<=\d)・(?=\d+(?:{before}))")


def parse_number(token: str) -> Fraction | None:
    """The value of one number token (digits and numerals mixed with multipliers), or None."""
    if all(ch in DIGITS for ch in token) and len(token) > 1:
        if len(token) < 3 and not any(ch in "〇零" for ch in token):
            return None  # 三四线 (third and fourth tier), 统一六国: two digits side by side are not a number
        return Fraction(int("".join(str(DIGITS[ch]) for ch in token)))  # 二〇二〇, 一九九八
    total, section = Fraction(0), Fraction(0)
    current: Fraction | None = None
    last_big = False
    for part in re.findall(rf"{ARABIC}|[{KANJI_NUM}]", re.sub(f"[{APPROX}]", "", token)):
        if part[0].isdigit():
            if current is not None:
                return None
            current = Fraction(part.replace(",", ""))
            last_big = False
        elif part in DIGITS:
            if current is not None:
                return None
            current = Fraction(DIGITS[part])
            last_big = False
        elif part in SMALL:
            section += (current if current is not None else 1) * SMALL[part]
            current, last_big = None, False
        else:
            amount = section + (current or 0)
            if amount == 0:
                if not (last_big and total):
                    return None
                total *= BIG[part]  # 万亿
            else:
                total += amount * BIG[part]
            section, current, last_big = Fraction(0), None, True
    return total + section + (current or 0)


def _cohort(m: re.Match) -> Fraction:
    """The first year of a COHORT match: two digits at or above the pivot are in the 1900s (90后 = 1990), below it in
    the 2000s (00后 = 2000)."""
    tens = int(m.group(1))
    return Fraction((1900 if tens >= lexicon()["cohorts"]["pivot"] else 2000) + tens)


def _decade(m: re.Match) -> Fraction | None:
    """The first year of a DECADE match (上世纪八十年代 = 1980), or None."""
    tens = parse_number(m.group(3))
    if m.group(1):
        century = parse_number(m.group(1))
        if century is None or not 1 <= century <= 30:
            return None
        return (century - 1) * 100 + tens
    return lexicon()["decade-centuries"].get(m.group(2), 1900) + tens


def _decade_of(norm: str, start: int, end: int, value: Fraction) -> Fraction | None:
    """The first year of the decade that tens at ``start:end`` right before 年代 name, as DECADE reads them (the
    ends of 上世纪六七十年代: 1960 and 1970), else None."""
    if not norm.startswith("年代", end) or value.denominator != 1 or not 10 <= value < 100 or value % 10:
        return None
    before = norm[:start].removesuffix("的")
    century = next((year for word, year in lexicon()["decade-centuries"].items() if before.endswith(word)), 1900)
    return century + value


@functools.lru_cache(maxsize=1)
def _date_forms() -> tuple[re.Pattern, re.Pattern]:
    """Regexes of a whole date (numbers.toml `date-counters`, `date-separators`): numbers with their counters in
    order (2026年12月1日), and three numbers joined by one separator (2026.12.1)."""
    lex = lexicon()
    number = rf"(?:[0-9]{{1,4}}|[{''.join(DIGITS)}十]{{1,4}})"
    counted = "".join(rf"(?:{number}{re.escape(c)})?" for c in lex["date-counters"])
    separated = "|".join(rf"{number}{re.escape(s)}{number}{re.escape(s)}{number}" for s in lex["date-separators"])
    return re.compile(counted), re.compile(separated)


def is_date(text: str) -> bool:
    """``text`` is a date and nothing else: two or more numbers each with its counter in order (2026年12月1日,
    十二月一日), or three numbers joined by one separator (2026.12.1), full-width digits too."""
    norm = normalise_digits(text)
    counted, separated = _date_forms()
    if separated.fullmatch(norm):
        return True
    m = counted.fullmatch(norm)
    return m is not None and sum(norm.count(c) for c in lexicon()["date-counters"]) >= 2


def _short_year(norm: str, start: int, end: int) -> Fraction | None:
    """The year two digits at ``start:end`` before one of `short-year-counters` may stand for, written short (21年
    for 2021年, 98年 for 1998年: the century as for a cohort), else None; not a count of years (16年間, 10年来)."""
    lex = lexicon()
    token = norm[start:end]
    if len(token) != 2 or not token.isdigit() or norm[start - 1:start].isdigit() or norm[start - 1:start] == ".":
        return None
    counter = _starts_with(norm, end, lex["short-year-counters"])
    if not counter or _starts_with(norm, end + len(counter), lex["not-short-year-after"]):
        return None
    tens = int(token)
    return Fraction((1900 if tens >= lex["cohorts"]["pivot"] else 2000) + tens)


def _percent_zh(m: re.Match) -> Fraction | None:
    """The value of a PERCENT_ZH match as a fraction of one (百分之五 = 1/20), or None."""
    value = parse_number(m.group(1))
    return None if value is None else value / 100


def _fraction(m: re.Match) -> Fraction | None:
    """The value of a FRACTION match (三分之一 = 1/3), or None (a zero or unreadable denominator)."""
    den, num = parse_number(m.group(1)), parse_number(m.group(2))
    return None if not den or num is None else num / den


# numbers written as words about them, read in this order: (pattern, its value, a percentage)
WORDED = ((DECADE, _decade, False), (COHORT, _cohort, False), (PERCENT_ZH, _percent_zh, True),
          (FRACTION, _fraction, False))


PERIOD_NUMBER = r"(?<![0-9.])[0-9]{1,2}(?![0-9])|[一二三四五六七八九十两]{1,3}"
MONTH_EXPR = re.compile(r"([0-9]*)([nab]?)([+-][0-9]+)?")


@functools.lru_cache(maxsize=1)
def _period_forms() -> tuple[tuple[re.Pattern, tuple[str, str]], ...]:
    """(regex, month expressions) per period form of the lexicon, longest form first."""
    lex = lexicon()
    dash = "[" + "".join(re.escape(d) for d in lex["range-dashes"]) + "]"
    out = []
    for entry in sorted(lex["periods"], key=lambda e: -len(e["form"])):
        parts = re.split(r"(\{[nab-]\})", entry["form"])
        pattern = "".join(dash if p == "{-}" else f"(?P<{p[1]}>{PERIOD_NUMBER})" if p in ("{n}", "{a}", "{b}")
                          else re.escape(p) for p in parts)
        out.append((re.compile(pattern), tuple(entry["months"])))
    return tuple(out)


def _month(expr: str, numbers: dict[str, int]) -> int | None:
    """Evaluate a month expression of the lexicon (12, n, 3n, 3n-2) for the numbers of one match."""
    m = MONTH_EXPR.fullmatch(expr.replace(" ", ""))
    if m is None or not (m.group(1) or m.group(2)):
        raise ValueError(f"numbers.toml: bad month expression {expr!r}")
    factor, name, shift = m.groups()
    if not name:
        return int(factor)
    if numbers.get(name) is None:
        return None
    return int(factor or 1) * numbers[name] + int(shift or 0)


def _periods(text: str) -> list[tuple[Span, tuple[int, int], tuple[Fraction, ...]]]:
    """Periods of a year in ``text``: span, (first month, last month) and the numbers written in it."""
    found = []
    for regex, months in _period_forms():
        for m in regex.finditer(text):
            numbers = {k: parse_number(v) for k, v in m.groupdict().items()}
            if any(v is None or v.denominator != 1 for v in numbers.values()):
                continue
            ints = {k: int(v) for k, v in numbers.items()}
            first, last = (_month(e, ints) for e in months)
            if first is not None and last is not None and 1 <= first <= last <= 12:
                found.append((Span(m.start(), m.end()), (first, last), tuple(numbers.values())))
    found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start)))
    out: list = []
    for f in found:
        if not any(f[0].overlaps(o[0]) for o in out):
            out.append(f)
    return out


@functools.lru_cache(maxsize=1)
def _conversion_units() -> frozenset[str]:
    """The units of a measure that a conversion in parentheses is in (numbers.toml `conversion-units`, `[units]`)."""
    return frozenset(lexicon()["conversion-units"]) | frozenset(_units())


def _unit_at(text: str, pos: int) -> tuple[str, int]:
    """The unit of `_conversion_units` after a number that ends at ``pos``, past words of `conversion-approx` (1000多亩),
    and where it ends, past such words too (1000ムー余り); ("", pos) where none follows."""
    at = _past_approx(text, pos)
    unit = _starts_with(text, at, _conversion_units())
    if not unit:
        return "", pos
    return unit, _past_approx(text, at + len(unit))


def _past_approx(text: str, at: int) -> int:
    """Where the words of `conversion-approx` (多, 余り) that begin at ``at`` end."""
    approx = lexicon()["conversion-approx"]
    while word := _starts_with(text, at, approx):
        at += len(word)
    return at


def _conversion_spans(text: str) -> list[Span]:
    """The notes in parentheses a translation adds for its readers (digits normalised): an aside naming a currency
    (100万元（約2000万円）); one right after a number and its unit holding a number with another unit or scale
    (1万5000ムー（約1000ヘクタール）, セ氏30度（華氏86度））; and a festival's date (``gloss-after``:
    春節(旧正月、今年は2月5日))."""
    lex = lexicon()
    words, scales, after = lex["currencies"], lex["conversion-scales"], tuple(lex["gloss-after"])
    measured = {end: unit for m in NUMBER.finditer(text) for unit, end in [_unit_at(text, m.end())] if unit}
    out = []
    for m in PARENTHESISED.finditer(text):
        if not any(ch.isdigit() for ch in m.group()):
            continue
        inside = m.group()[1:-1]
        units = {unit for n in NUMBER.finditer(inside) for unit, _ in [_unit_at(inside, n.end())] if unit}
        if any(w in m.group() for w in words) or (m.start() in measured and units and (
                units != {measured[m.start()]} or any(w in inside for w in scales))) or (
                text[:m.start()].rstrip().endswith(after) and DAY_OR_MONTH.search(m.group())):
            out.append(Span(m.start(), m.end()))
    return out


def _amount_ends(text: str) -> set[int]:
    """Where each amount of ``text`` ends: a number and the currency or the measure after it (1.2万元, 3ムー余り)."""
    ends = set()
    for m in NUMBER.finditer(text):
        unit, end = _unit_at(text, m.end())
        if unit:
            ends.add(end)
        at = _past_approx(text, m.end())
        if currency := _starts_with(text, at, lexicon()["currencies"]):
            ends.add(at + len(currency))
    return ends


def without_added_conversions(text: str) -> str:
    """``text`` with each conversion in parentheses right after the amount it converts (1.2万元（約25万円）,
    3ムー（約20アール）) blanked out, offsets kept: what a translation adds for its readers. An aside in parentheses
    that holds amounts of its own (1等3人（各8000元、約16万円）) renders its source's, and stays."""
    norm = normalise_digits(text)
    spans = _conversion_spans(norm)
    ends = _amount_ends(norm) if spans else set()
    return _blanked(text, [span for span in spans if span.start in ends])


def without_conversions(text: str) -> str:
    """``text`` with each conversion in parentheses (100万元（約2000万円）, 1万5000ムー（約1000ヘクタール）) blanked out,
    offsets kept: what a translation adds for its readers, which renders no part of its source."""
    return _blanked(text, _conversion_spans(normalise_digits(text)))


def _blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each of ``spans`` made spaces, offsets kept."""
    for span in spans:
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    return text


@functools.lru_cache(maxsize=1)
def _katakana_numeral() -> re.Pattern:
    """One of `katakana-numerals` where a katakana word begins (ツー of ツーショット), not inside one."""
    return re.compile(f"(?<![{KATAKANA_BLOCK_RANGE}])(?:{word_alternation(lexicon()['katakana-numerals'])})")


def katakana_numerals(text: str) -> set[Fraction]:
    """The values of the English numerals that begin katakana loanwords in ``text`` (`katakana-numerals`: ツーショット
    writes 2, トリプル 3): a number the text writes inside a word."""
    values = lexicon()["katakana-numerals"]
    return {Fraction(values[m.group()]) for m in _katakana_numeral().finditer(text)}


def dated(text: str, q: Quantity) -> bool:
    """``q`` (found in ``text``, at its offset) has a counter of a date after it, past a word of "more than"
    (`date-counters`, `ten-approx`): a date's year, month or day (2024年3月5日), or a count of years (50多年)."""
    lex = lexicon()
    at = q.span.end + len(_starts_with(text, q.span.end, lex["ten-approx"]))
    return bool(_starts_with(text, at, lex["date-counters"]))


def recent(text: str, q: Quantity) -> bool:
    """``q`` (found in ``text``, at its offset) counts the latest years, months or days (近三年, 过去五年: one of
    `recent-before` right before it, one of `recent-counters` right after)."""
    lex = lexicon()
    return (any(text.endswith(w, 0, q.span.start) for w in lex["recent-before"])
            and bool(_starts_with(text, q.span.end, lex["recent-counters"])))


def vaguely_recent(text: str) -> bool:
    """``text`` says "these few years" or "lately" (ここ数年, 近年: one of `recent-vague`), which renders a count of
    the latest years loosely."""
    return any(w in text for w in lexicon()["recent-vague"])


def written_quantities(text: str) -> list[Quantity]:
    """Every number ``text`` writes, those inside a parenthesised currency conversion too (1人60元〈約1200円〉 inside
    a note in parentheses writes the source's 60元, though ``quantities`` leaves it out)."""
    norm = normalise_digits(text)
    return [q for q in quantities(text)] + [q for span in _conversion_spans(norm)
                                            for q in quantities(text[span.start + 1:span.end - 1])]


def written_keys(text: str) -> set:
    """The keys of every number ``text`` writes (``written_quantities``)."""
    return {k for q in written_quantities(text) for k in q.keys()}


def _converted(text: str, end: int, conversions: list[Span]) -> tuple[Fraction, ...]:
    """The values inside a conversion in parentheses right after an amount that ends at ``end`` (after its currency
    word or its unit of measure, if any)."""
    at = end + len(_starts_with(text, end, lexicon()["currencies"]))
    inside = next((s for s in conversions if s.start in (at, _unit_at(text, end)[1])), None)
    return () if inside is None else tuple(q.value for q in quantities(text[inside.start + 1:inside.end - 1]))


@functools.lru_cache(maxsize=1)
def _units() -> dict[str, tuple[tuple[str, Fraction], ...]]:
    """Each unit word with its (dimension, size in the base unit) pairs (numbers.toml ``[units]``)."""
    out: dict[str, list] = {}
    for dimension, words in lexicon()["units"].items():
        for word, size in words.items():
            out.setdefault(word, []).append((dimension, Fraction(str(size))))
    return {word: tuple(sizes) for word, sizes in out.items()}


def _sizes(text: str, ends: tuple[int, ...], value: Fraction) -> tuple[tuple[tuple[str, Fraction], ...], str]:
    """The sizes of ``value`` in the unit of measure right after the first of ``ends`` that one follows (1時間半: the
    unit before the half; 两个半小时: after it), and that unit where it follows the number as written."""
    units = _units()
    for end in ends:
        if unit := _starts_with(text, end, units):
            return tuple((dimension, value * size) for dimension, size in units[unit]), unit if end == ends[-1] else ""
    return (), ""


def _measured(text: str, ends: tuple[int, ...], value: Fraction, percent: bool) -> dict:
    """The ``sizes``, ``unit`` and ``currency`` fields of a quantity (none for a percentage; no unit of measure for
    an amount of money: 米ドル is no metre)."""
    currency = "" if percent else _starts_with(text, ends[-1], lexicon()["currencies"])
    sizes, unit = ((), "") if percent or currency else _sizes(text, ends, value)
    return {"sizes": sizes, "unit": unit, "currency": currency}


@functools.lru_cache(maxsize=1)
def _approximate_forms() -> tuple[re.Pattern, re.Pattern]:
    """numbers.toml's approximate quantities: a prefix before a run of multipliers (上百, 近千, 数十万), and the words
    that name a range by themselves (成千上万)."""
    lex = lexicon()
    prefixed = re.compile(f"({_any_of(lex['approximate-prefixes'])})([{''.join(MULTIPLIERS)}]+)")
    return prefixed, re.compile(_any_of(lex["approximate-words"]))


def _approximates(text: str) -> list[tuple[Span, Fraction, Fraction, Fraction]]:
    """Each approximate quantity of ``text`` (numbers.toml `approximate-prefixes`, `approximate-words`) with the ends
    of its range and its round value (the multipliers' value, 上百 and 近百: 100; a word's low end): a prefixed run of multipliers only before a counter, a unit, a currency or one of
    `approximate-followers`, and not before one of `not-approximate-before` (接近百分之五十) nor, for a lone 十, one of
    `ten-not-counters` (十分: fully)."""
    lex = lexicon()
    prefixed, words = _approximate_forms()
    out = []
    for m in words.finditer(text):
        low, high = (Fraction(str(x)) for x in lex["approximate-words"][m.group()])
        out.append((Span(m.start(), m.end()), low, high, low))
    followers = (lex["counters"], lex["measures"], lex["conversion-units"], lex["currencies"],
                 lex["approximate-followers"], [u for units in lex["units"].values() for u in units])
    for m in prefixed.finditer(text):
        span = Span(m.start(), m.end())
        run = m.group(2)
        value = MULTIPLIERS[run] if len(run) == 1 else parse_number(run)
        if value is None or any(s.overlaps(span) for s, *_ in out) \
                or _starts_with(text, m.end(), lex["not-approximate-before"]) \
                or not any(_starts_with(text, m.end(), words) for words in followers) \
                or (run == "十" and _starts_with(text, m.end(), lex["ten-not-counters"])
                    and not _starts_with(text, m.end(), lex["measures"])):
            continue
        low, high = (Fraction(str(x)) for x in lex["approximate-prefixes"][m.group(1)])
        out.append((span, low * value, high * value, Fraction(value)))
    return out


def _starts_with(text: str, pos: int, words) -> str:
    return max((w for w in words if w and text.startswith(w, pos)), key=len, default="")


def _is_number(text: str, m: re.Match) -> bool:
    """Kanji numerals count only where they are plainly a number, not part of a word (一般, 万一, 十分)."""
    token = m.group()
    if any(ch.isdigit() for ch in token):
        return True
    if token == "十":  # 十年, 十人, 十几个; not 十分 (fully), but 十分钟; 十到十五天: the range's counter
        approx = _starts_with(text, m.end(), lexicon()["ten-approx"])
        after = _starts_with(text, m.end() + len(approx), lexicon()["counters"])
        return bool(after) and (after not in lexicon()["ten-not-counters"]
                                or bool(_starts_with(text, m.end(), lexicon()["measures"]))) \
            or not approx and _shares_counter(text, m.end())
    if token in ("百", "千"):  # 百年, 千年: a span of years; 百姓, 千万 are words
        return bool(_starts_with(text, m.end(), lexicon()["lone-multiplier-counters"]))
    if token[0] not in DIGITS and not (token[0] in SMALL and len(token) > 1):
        return False
    word = _starts_with(text, m.start(), lexicon()["numeral-words"])
    if word and not _starts_with(text, m.start() + len(word), lexicon()["numeral-words-unless-before"]):
        return False  # 四季豆, 一年四季: a word, no number (not 四季度, a quarter)
    if len(token) > 1 and any(ch not in DIGITS for ch in token):
        return True
    if len(token) > 1:
        return True  # 二〇二〇
    after = _starts_with(text, m.end(), lexicon()["counters"]) or _starts_with(text, m.end(), lexicon()["measures"])
    if not after and _shares_counter(text, m.end()):
        after = "shared"  # 第二、三年: the 二 shares the 三's counter (两到三公斤: the 两 its unit)
    if token in "零〇":
        return False  # 零件, 〇〇
    main = _starts_with(text, m.end(), lexicon()["money-main"])
    if main and (token != "一" or _money_subunits(text, m.end() + len(main), main) is not None):
        return True  # 两块 (two yuan, or two pieces of something), 一元两角: an amount of money
    if token == "一":  # 一 is in too many words; only 一年半, 一成, 一米八 and the like
        spoken = _starts_with(text, m.end(), lexicon()["spoken-decimal-units"])
        return _half_after(text, m.end()) > m.end() or bool(_tenth_after(text, m.end())) \
            or bool(spoken) and _spoken_decimals(text, m.end() + len(spoken)) is not None
    return bool(after)


def _shares_counter(text: str, end: int) -> bool:
    """One of numbers.toml ``shared-counter-marks`` at ``end``, then a number with a counter or a unit of measure after
    it: the number before the mark shares it (第二、三年, 两到三公斤, 十到十五天). Not 一, in too many words (一到冬天, as
    soon as winter comes; 第一到三年 reads as the third year)."""
    lex = lexicon()
    mark = _starts_with(text, end, lex["shared-counter-marks"])
    listed = NUMBER.match(text, end + len(mark)) if mark else None
    return listed is not None and bool(_starts_with(text, listed.end(), lex["counters"])
                                       or _starts_with(text, listed.end(), lex["measures"]))


def _grown(text: str, start: int, end: int, value: Fraction) -> Fraction | None:
    """The multiple a rise by ``value`` times makes (增加了两倍 = 3倍: 3), where one of `rise-by` comes right before the
    number at ``start``, or before one of `rise-hedges` right before it (增长了近两倍), and one of `times` right after
    it at ``end``, else None."""
    lex = lexicon()
    if not _starts_with(text, end, lex["times"]):
        return None
    befores = [start] + [start - len(h) for h in lex["rise-hedges"] if text.endswith(h, 0, start)]
    if any(text.endswith(w, 0, at) for at in befores for w in lex["rise-by"]):
        return value + 1
    return None


def _half_after(text: str, end: int) -> int:
    """Where a number ending at ``end`` ends with a following half (一年半, 1カ月半: after the 半), else ``end``.
    A 半 that begins a unit of its own is no half of the number (两个半天 is two half-days)."""
    lex = lexicon()
    half = _starts_with(text, end, lex["half-counters"])
    if text.startswith(half + "半", end) and not _starts_with(text, end + len(half) + 1, lex["half-units"]):
        return end + len(half) + 1
    return end


def _tenth_after(text: str, end: int) -> str:
    """The tenth suffix (成, 割) right after ``end``, unless it begins a word (成为, 成员), else ''."""
    lex = lexicon()
    tenth = _starts_with(text, end, lex["tenth-suffixes"])
    return tenth if tenth and not _starts_with(text, end + len(tenth), lex["not-tenth-before"]) else ""


def _tenths(text: str, m: re.Match, end: int) -> Fraction | None:
    """The tenths a single digit (``m``, ending at ``end``) may be where one of `tenth-counters` follows it (七分靠水土:
    7/10), unless one of `not-tenths-before` or a digit follows that (三分钟, 三分二十秒), else None."""
    lex = lexicon()
    token = m.group()
    value = DIGITS.get(token, int(token) if token.isascii() and token.isdigit() else 0) if len(token) == 1 else 0
    counter = _starts_with(text, end, lex["tenth-counters"]) if value and end == m.end() else ""
    after = end + len(counter)
    if not counter or _starts_with(text, after, lex["not-tenths-before"]) or (
            after < len(text) and (text[after].isdigit() or text[after] in KANJI_NUM)):
        return None
    return Fraction(value, 10)


def _paid_tenths(text: str, m: re.Match) -> tuple[Fraction, int] | None:
    """A price written as the tenths paid (numbers.toml ``paid-tenth-suffixes``: 九折 = 0.9, 八五折 and 8.5折 = 0.85,
    8掛け = 0.8) ending at ``m`` and where its suffix ends, else None."""
    lex = lexicon()
    suffix = _starts_with(text, m.end(), lex["paid-tenth-suffixes"])
    if not suffix or _starts_with(text, m.end() + len(suffix), lex["not-paid-tenth-before"]) or (
            m.start() and _starts_with(text, m.start() - 1, lex["not-paid-tenth-after"])):
        return None
    token = m.group()
    if token == "一" and _starts_with(text, m.end() + len(suffix), lex["once-then"]):
        return None  # 一折就断: bent once, it snaps
    if all(ch in DIGITS for ch in token) and len(token) <= 2:  # 九, 八五: tenths, then hundredths
        value = sum(Fraction(DIGITS[ch], 10 ** (i + 1)) for i, ch in enumerate(token))
    else:
        value = parse_number(token)
        if value is None or not 0 < value < 100:
            return None
        value = value / 100 if value >= 10 else value / 10  # 85折, 8.5折
    return (value, m.end() + len(suffix)) if 0 < value < 1 else None


def _discount_after(text: str, end: int) -> bool:
    """A word of discount right after ``end`` (1割引き, 10%オフ; numbers.toml ``discount-words``), not the start of a
    rise (1割引き上げ)."""
    lex = lexicon()
    word = _starts_with(text, end, lex["discount-words"])
    return bool(word) and not _starts_with(text, end + len(word), lex["not-discount-before"])


def _hundredths(text: str, end: int, tenth: str) -> tuple[Fraction, int]:
    """The hundredths written after a tenth that ends at ``end`` (七成五, 7割5分; 一成半 is half a tenth more) and
    where they end, or (0, end)."""
    lex = lexicon()
    digit = text[end:end + 1]
    if digit == "半":
        return Fraction(1, 20), end + 1
    value = DIGITS.get(digit, int(digit) if digit.isdigit() and digit.isascii() else None)
    closer = lex["tenth-hundredths"].get(tenth)
    after = end + 1 + len(closer or "")
    if value is None or closer is None or not text.startswith(closer, end + 1) or (
            after < len(text) and (text[after] in KANJI_NUM or text[after].isdigit()
                                   or (not closer and _starts_with(text, after, lex["counters"])))):
        return Fraction(0), end
    return Fraction(value, 100), after


def _before_unit(text: str, m: re.Match, units) -> int:
    """Where the number of ``m`` ends when its last multipliers begin a unit (915百帕: 915, then 百帕)."""
    cut = m.end()
    while cut - 1 > m.start() and text[cut - 1] in MULTIPLIERS:
        cut -= 1
        if _starts_with(text, cut, units):
            return cut
    return m.end()


@functools.lru_cache(maxsize=1)
def _ratio_form() -> re.Pattern:
    """Regex of two numbers joined by one of numbers.toml ``ratio-separators`` (1:10, 1∶10, 1比10, 1:10万)."""
    number = rf"(?:{ARABIC}|[{KANJI_NUM}])+"
    separators = "|".join(re.escape(s) for s in lexicon()["ratio-separators"])
    return re.compile(rf"(?<![0-9.{KANJI_NUM}])(?P<a>{number})[{SPACES}]*(?:{separators})[{SPACES}]*(?P<b>{number})"
                      rf"(?![0-9.])")


def _ratios(text: str) -> list[tuple[Span, Fraction, Fraction]]:
    """Ratios and scales in ``text``: span and the two numbers. Two numbers joined by a ratio separator are one only
    where the separator is one of `ratio-signs` (1∶10), right after one of `ratio-before` (比例为1:10, 縮尺は1:10:
    one of `ratio-joins` may come between) or right before one of `ratio-after` (1:10比例, 1:10の縮尺); elsewhere
    they are a time (1:10), a score (3比2获胜) or two numbers."""
    lex = lexicon()
    out = []
    for m in _ratio_form().finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or not b:
            continue
        start = m.start()
        signed = any(sign in m.group() for sign in lex["ratio-signs"])
        before = any(text.endswith(join, 0, start) and _after(text, start - len(join), lex["ratio-before"])
                     for join in ("", *lex["ratio-joins"]))
        if signed or before or _starts_with(text, m.end(), lex["ratio-after"]):
            out.append((Span(start, m.end()), a, b))
    return out


def _any_of(words) -> str:
    """A regex alternation of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


HOUR_NUMBER = rf"[0-9]{{1,2}}|[{''.join(DIGITS)}十]{{1,3}}"


@functools.lru_cache(maxsize=1)
def _clock_forms() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Regexes of a time of day (numbers.toml): an hour, its counter and 半 or minutes (18时30分, 6時半, 八点); an
    hour, a colon and two digits of minutes (18:30); a word that names an hour (正午: `named-hours`)."""
    lex = lexicon()
    edge = rf"(?<![0-9.{KANJI_NUM}])(?<![0-9],)"  # a comma binds only after a digit (1,200); 21时，20时 are two times
    hour = (rf"{edge}(?P<h>{HOUR_NUMBER})(?P<c>{_any_of(lex['hour-counters'])})(?!{_any_of(lex['not-hour-after'])})"
            rf"(?:(?P<half>半)(?!{_any_of(lex['half-units'])})|(?P<m>{HOUR_NUMBER})(?:{_any_of(lex['minute-counters'])})"
            rf"(?!{_any_of(lex['not-minute-after'])}))?")
    # after a comma too: one or two digits before a colon are no group of thousands (21:30，21:00 are two times)
    colon = rf"(?<![0-9.{KANJI_NUM}])(?P<h>[0-9]{{1,2}})(?:{_any_of(lex['clock-separators'])})(?P<m>[0-9]{{2}})(?![0-9])"
    return re.compile(hour), re.compile(colon), re.compile(f"(?P<named>{_any_of(list(lex['named-hours']))})")


def _clock_times(text: str) -> list[tuple[Span, Fraction, Fraction | None]]:
    """Times of day in ``text``: span, the hour and minutes as written (6時半: 6.5) and the time on a 24-hour clock
    where a word before says afternoon or night (午後6時半: 18.5; 深夜12点: 0), else None. The second time of a
    range takes the first's afternoon (午後6時半から9時半: 21.5). A kanji hour alone is a time only after a word
    of the day's part (晚上八点; 三点 may be three points), and an hour, a colon and minutes is none beside a word of
    a score (比分21:15, 21:15获胜: `score-before`, `score-after`). A word that names an hour (正午) is that time
    only as an end of a range whose other end is a time (午前8時半～正午 = 上午8点半至12点); elsewhere it is a word."""
    lex = lexicon()
    day_words = lex["pm-words"] + lex["midnight-words"] + lex["am-words"]
    joins = lex["range-dashes"] + lex["range-words"]
    found = sorted((m for regex in _clock_forms() for m in regex.finditer(text)), key=lambda m: m.start())
    out: list[tuple[Span, Fraction, Fraction | None]] = []
    afternoon_before = False
    for m in found:
        if out and m.start() < out[-1][0].end:
            continue
        if m.groupdict().get("named"):
            if _range_end(text, m, out, joins, day_words):
                hour = Fraction(lex["named-hours"][m.group("named")])
                out.append((Span(m.start(), m.end()), hour, hour))
            continue
        hour = parse_number(m.group("h"))
        minutes = Fraction(30) if m.groupdict().get("half") else parse_number(m.group("m") or "0")
        if (hour is None or minutes is None or hour > 24 or minutes >= 60
                or (not m.group("h").isdigit() and not m.group("m") and not m.groupdict().get("half")
                    and not _after(text, m.start(), day_words))):
            continue
        if "c" not in m.groupdict() and (_after(text, m.start(), lex["score-before"])
                                         or text.startswith(tuple(lex["score-after"]), m.end())):
            continue  # a score or a ratio (比分21:15): two numbers
        in_range = bool(out) and text[out[-1][0].end:m.start()].strip(SPACES) in joins
        afternoon = _after(text, m.start(), lex["pm-words"]) or (in_range and afternoon_before)
        clock = None
        if 1 <= hour <= 11 and afternoon:
            clock = hour + 12 + minutes / 60
        elif hour == 12 and _after(text, m.start(), lex["midnight-words"]):
            clock = minutes / 60  # 深夜12点 is 深夜0時
        afternoon_before = clock is not None and clock >= 12
        out.append((Span(m.start(), m.end()), hour + minutes / 60, clock))
    return out


def _range_end(text: str, m: re.Match, out: list, joins, day_words) -> bool:
    """The named hour ``m`` ends a range whose first end is the last time of ``out`` (午前8時半～正午), or opens one
    whose second end is a time in digits, a kanji hour or a word of the day's part before one (正午～午後2時)."""
    if out and text[out[-1][0].end:m.start()].strip(SPACES) in joins:
        return True
    rest = text[m.end():m.end() + 12].lstrip(SPACES)
    join = _starts_with(rest, 0, joins)
    if not join:
        return False
    after = rest[len(join):].lstrip(SPACES)
    return any(regex.match(after) for regex in _clock_forms()[:2]) or bool(_starts_with(after, 0, day_words))


def _after(text: str, pos: int, words) -> bool:
    """One of ``words`` ends right before ``pos``."""
    return any(text.endswith(w, 0, pos) for w in words)


def clock_text(q: Quantity, like: Quantity) -> str:
    """The time of ``q`` written as ``like`` writes its time: on its 12-hour clock where it has an afternoon word
    (14时7分 as 午後3時7分's 2時7分), with its counter or colon, and 半 where it has one."""
    whole = q.clock if q.clock is not None else q.value
    hour, minutes = int(whole), int((whole - int(whole)) * 60)
    if like.clock is not None and like.clock != like.value and hour > 12:
        hour -= 12
    lex = lexicon()
    separator = next((c for c in lex["clock-separators"] if c in like.surface), "")
    if separator:
        return f"{hour}{separator}{minutes:02d}"
    counter = next((c for c in lex["hour-counters"] if c in like.surface), lex["hour-counters"][0])
    minute = next((c for c in lex["minute-counters"] if c in like.surface), lex["minute-counters"][0])
    tail = "" if not minutes else "半" if minutes == 30 and "半" in like.surface else f"{minutes}{minute}"
    return f"{hour}{counter}{tail}"


def _neighbour_digits(text: str, m: re.Match) -> bool:
    """Two kanji digits side by side, one of numbers.toml `estimate-digit-pairs`, before a counter or a unit of
    `measures`: an estimate of either (五六次 = 5、6回, 两三天 = 2～3日, 二三两 = 100～150グラム), two numbers."""
    token = m.group()
    return (token in lexicon()["estimate-digit-pairs"]
            and bool(_starts_with(text, m.end(), lexicon()["counters"])
                     or _starts_with(text, m.end(), lexicon()["measures"])))


def _estimate(token: str) -> tuple[Fraction, Fraction] | None:
    """The two ends of a range that a number written with two neighbouring kanji digits and a multiplier estimates
    (numbers.toml `estimate-digit-pairs`: 六七十 = 60 and 70, 十七八 = 17 and 18, 两三万 = 20000 and 30000,
    三百六七十 = 360 and 370): the number with the first digit and the number with the second, else None."""
    if not any(ch in MULTIPLIERS for ch in token):
        return None
    dropped = lexicon()["estimate-dropped-units"]
    for i in range(len(token) - 1):
        if token[i:i + 2] in lexicon()["estimate-digit-pairs"]:
            if i + 2 == len(token) and i and token[i - 1] in dropped:
                token += dropped[token[i - 1]]  # 一百二三 = 一百二三十
            low, high = parse_number(token[:i + 1] + token[i + 2:]), parse_number(token[:i] + token[i + 1:])
            return (low, high) if low is not None and high is not None and low < high else None
    return None


@functools.lru_cache(maxsize=1)
def _estimate_value_pairs() -> frozenset[tuple[int, int]]:
    """numbers.toml `estimate-digit-pairs` as the values of their two digits (五六: (5, 6))."""
    return frozenset((DIGITS[p[0]], DIGITS[p[1]]) for p in lexicon()["estimate-digit-pairs"])


def _digit_value(ch: str) -> int | None:
    return int(ch) if ch.isascii() and ch.isdigit() else DIGITS.get(ch)


def _marked_estimate(text: str, a: re.Match, b: re.Match) -> tuple[Fraction, Fraction, Fraction, Fraction] | None:
    """The ends of an estimate written with one of numbers.toml `estimate-marks` between its two neighbouring digits
    (``a``, ``b``: the numbers before and after the mark in ``text``; 6、70 = 60 and 70, 17、8 = 17 and 18, 百二、三十 =
    120 and 130, 20、30 = 20 and 30), with each number as written: (low, high, first as written, second as written),
    else None. None too where the range is the two numbers as written (3、4月): the list reading covers it."""
    first, second = a.group(), b.group()
    if text[a.end():b.start()] not in lexicon()["estimate-marks"] or "." in first + second:
        return None
    tail = second[1:]
    if not all(ch == "0" or ch in MULTIPLIERS for ch in tail):
        return None
    core = first[:-len(tail)] if tail and first.endswith(tail) and len(first) > len(tail) else first
    one, two = core[-1], second[0]
    if one.isascii() != two.isascii() or (_digit_value(one), _digit_value(two)) not in _estimate_value_pairs():
        return None
    if not one.isascii() and core == one and not _is_number(text, a):
        return None  # a kanji digit in a word (唯一、二十人)
    low, high = parse_number(core + tail), parse_number(core[:-1] + second)
    as_written = parse_number(first), parse_number(second)
    if None in (low, high, *as_written) or not low < high or (low, high) == as_written:
        return None
    return low, high, *as_written


def _marked_estimates(text: str) -> list[tuple[Span, Span, tuple[Fraction, Fraction, Fraction, Fraction]]]:
    """Each estimate of `estimate-marks` in ``text``: the spans of its two numbers and what _marked_estimate reads."""
    runs = list(NUMBER.finditer(text))
    out = []
    for a, b in zip(runs, runs[1:]):
        if (out and out[-1][1].end > a.start()) or (read := _marked_estimate(text, a, b)) is None:
            continue
        out.append((Span(*a.span()), Span(*b.span()), read))
    return out


def _number_runs(text: str):
    """The NUMBER matches of ``text``, each cut at a numeral that is a unit of measure where a digit follows it and
    it follows a kanji digit, or begins the run before Arabic digits (一两五个: five to a liang, not 125; 每两10元: 10
    yuan a liang): the number before such a unit is read up to it, and reading goes on after it. Such a numeral that
    ends the run right after a multiplier is the unit too, and the number ends before it (一千两: a thousand liang,
    not 1,002; 两千 and 一千两百 stay numbers), and so is one that ends it right after two neighbouring digits of
    `estimate-digit-pairs` (二三两: two or three liang, not 232)."""
    units, pairs = lexicon()["numeral-units"], lexicon()["estimate-digit-pairs"]
    for m in NUMBER.finditer(text):
        token = m.group()
        if len(token) > 1 and token[-1] in units and (token[-2] in MULTIPLIERS or token[-3:-1] in pairs):
            m = NUMBER.match(text, m.start(), m.end() - 1)
        start, token = m.start(), m.group()
        for i, ch in enumerate(token[:-1]):
            after = token[i + 1]
            cut = after.isdigit() if i == 0 else token[i - 1] in DIGITS and (after in DIGITS or after.isdigit())
            if ch in units and cut:
                if i:
                    yield NUMBER.match(text, start, m.start() + i)
                start = m.start() + i + 1
        yield m if start == m.start() else NUMBER.match(text, start, m.end())


@functools.lru_cache(maxsize=1)
def _lunar_forms() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Regexes of a lunar-calendar date (numbers.toml `lunar-months` and the rest): a named day (除夕), a month of
    `lunar-months`, a day written its own way (初七, 廿三), any day that may follow a month (初七, 廿三, 十五, 15),
    and what a lunar day may follow: a month, a number and 月, or a calendar word."""
    lex = lexicon()
    digit = "".join(ch for ch in DIGITS if DIGITS[ch])
    own_day = (rf"(?:{_any_of(lex['lunar-day-prefixes'])})[{digit}十]|[{''.join(lex['lunar-tens'])}][{digit}]?"
               rf"(?![{KANJI_NUM}])")
    any_day = rf"(?:{own_day}|[{digit}]?十[{digit}]?|[0-9]{{1,2}}(?![0-9.]))"
    month = rf"(?:{_any_of(lex['lunar-months'])}|(?:[0-9]{{1,2}}|[{digit}十]{{1,3}})月|{_any_of(lex['lunar-calendar-words'])})"
    return (re.compile(_any_of(lex["named-days"])), re.compile(_any_of(lex["lunar-months"])),
            re.compile(own_day), re.compile(any_day), re.compile(rf"{month}$"))


def _lunar_day(token: str) -> Fraction:
    """The day a lunar day of its own form names (初七 = 7, 初十 = 10, 廿三 = 23, 卅 = 30)."""
    lex = lexicon()
    prefix = _starts_with(token, 0, lex["lunar-day-prefixes"])
    if prefix:
        return parse_number(token[len(prefix):])
    return Fraction(lex["lunar-tens"][token[0]] + (DIGITS[token[1]] if len(token) > 1 else 0))


def _lunar_dates(text: str) -> list[tuple[Span, Fraction, tuple[Fraction, ...], bool]]:
    """The numbers of the lunar-calendar dates of ``text`` (numbers.toml `lunar-months`): span, value, other values
    it may be and whether a word names it by itself (除夕: 12, and 30 or 29). A month of `lunar-months` with a day
    after it (正月初七: 1), a day of its own form after a month or a calendar word (正月初七, 八月初八, 农历初一:
    7, 8, 1) or ending a range whose first day is one (正月初一至初三: 3)."""
    lex = lexicon()
    named, months, own_day, any_day, month_before = _lunar_forms()
    out: list[tuple[Span, Fraction, tuple[Fraction, ...], bool]] = []
    for m in named.finditer(text):
        month, day, other = lex["named-days"][m.group()]
        span = Span(m.start(), m.end())
        out += [(span, Fraction(month), (), True), (span, Fraction(day), (Fraction(other),), True)]
    for m in months.finditer(text):
        span = Span(m.start(), m.end())
        if not any(s.overlaps(span) for s, *_ in out) and any_day.match(text, m.end()):
            out.append((span, Fraction(lex["lunar-months"][m.group()]), (), False))
    for m in own_day.finditer(text):
        span = Span(m.start(), m.end())
        range_end = any(s.end < m.start() and text[s.end:m.start()] in lex["range-dashes"] for s, *_ in out)
        if (any(s.overlaps(span) for s, *_ in out)
                or not (range_end or month_before.search(text, max(0, m.start() - 8), m.start()))
                or _starts_with(text, m.start() + 1, lex["not-lunar-day-after"])):
            continue
        counter = _starts_with(text, m.end(), lex["counters"])
        if counter and counter not in lex["date-counters"]:
            continue  # 3月初三天: the first three days of March
        out.append((span, _lunar_day(m.group()), (), False))
    return sorted(out, key=lambda f: f[0].start)


LATIN_ANY_WIDTH = re.compile(f"[{LATIN_ANY_WIDTH_RANGE}]")  # a Latin letter, half- or full-width


@functools.lru_cache(maxsize=1)
def _term_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the Latin words after digits that make them a quantity, the Latin words before them that do): numbers.toml
    `latin-units` and the Latin words of the lists that `latin-units` names."""
    lex = lexicon()
    before = [*lex["pm-words"], *lex["am-words"], *lex["currencies"]]
    after = [*lex["latin-units"], *(w for words in lex["units"].values() for w in words), *lex["unit-scales"],
             *lex["percent-suffixes"], *before]
    return (tuple(w for w in after if LATIN_ANY_WIDTH.match(w)),
            tuple(w for w in before if LATIN_ANY_WIDTH.match(w[-1])))


def _term_digits(text: str, m: re.Match) -> bool:
    """The Arabic digits of ``m`` are glued to Latin letters and name a thing (3D, 5G, MP3, COVID-19: numbers.toml
    `latin-units`): no unit or currency after them, nor a currency or a time's word before them."""
    if not all(ch.isascii() and (ch.isdigit() or ch in ".,") for ch in m.group()):
        return False
    letter = LATIN_ANY_WIDTH
    units, prefixes = _term_words()
    near = max(0, m.start() - 8)  # the digits and the words around them, full-width letters as half-width
    plain = "".join(ch if len(n := unicodedata.normalize("NFKC", ch)) != 1 else n for ch in text[near:m.end() + 8])
    end, start = m.end() - near, m.start() - near
    text = text[near:m.end() + 8]
    if start > 1 and text[start - 1] in lexicon()["term-joins"] and letter.match(text, start - 2):
        start -= 1  # COVID-19: the letters before the hyphen
    glued_after = bool(letter.match(text, end)) and not any(
        plain.startswith(w, end) and not letter.match(plain, end + len(w)) for w in units)
    glued_before = bool(start and letter.match(text, start - 1)) and not any(
        plain.endswith(w, 0, start) and (start == len(w) or not letter.match(plain, start - len(w) - 1))
        for w in prefixes if start >= len(w))
    return glued_after or glued_before


LABEL_NUMBER = rf"[0-9]{{1,2}}|[{''.join(DIGITS)}十]{{1,3}}"  # the number of an item: 4, 12, 四, 十二
LABEL_BLANK = "_"  # what an item's label is read as: no numeral, no word of numbers.toml


@functools.lru_cache(maxsize=1)
def _label_forms() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(a number opening a line before an item closer, a number in item brackets, an ordinal opening a point, a
    prize's rank), from numbers.toml."""
    lex = lexicon()

    opens, closes = (re.escape("".join(b[i] for b in lex["item-brackets"])) for i in (0, 1))
    brackets = f"[{opens}]({LABEL_NUMBER})[{closes}]"
    return (re.compile(rf"(?:^|(?<=\n))[{SPACES}\t]*({LABEL_NUMBER})({_any_of(lex['item-closers'])})"),
            re.compile(brackets),
            re.compile(rf"(?:{_any_of(lex['ordinal-before'])})({LABEL_NUMBER})({_any_of(lex['ordinal-after'])})"),
            re.compile(rf"(?<![0-9.{LATIN_LETTER_RANGE}])({LABEL_NUMBER})(?:{_any_of(lex['rank-words'])})"
                       rf"(?=(?:{_any_of(lex['rank-after'])})|[0-9{''.join(DIGITS)}十])"))


def _opens_item(text: str, m: re.Match) -> bool:
    """Whether a number opening a line before an item closer (``m``, matched in ``text`` with its digits normalised:
    the number, the closer) labels an item:
    not 3.5 (a decimal point before a digit), 3、4月 or 三、四月 (a list of numbers sharing a counter)."""
    number, closer = text[m.start(1):m.end(1)], text[m.start(2):m.end(2)]  # as written: ． or .
    after = text[m.end():m.end() + 1]
    digit = number[0].isdigit()
    if closer in "、":
        return not after or not (after.isdigit() if digit else after in DIGITS or after == "十")
    if closer == ".":
        return not after.isdigit()
    if closer == "．":  # 4．12月 (half-width digits, a full-width point) is item 4; ４．５ and 1．5倍 are decimals
        if not after.isdigit():
            return True
        counted = "".join(itertools.dropwhile(str.isdigit, text[m.end():m.end() + 8]))
        return number.isascii() and counted.startswith(tuple(lexicon()["item-before-counters"]))
    return True


def _bracketed_item(text: str, m: re.Match, numbered: list[re.Match]) -> bool:
    """Whether a number in brackets (``m``, one of ``numbered``) labels an item: it opens a line or follows one of
    `item-preceders` (以下の通り：（1）…), or the text numbers another item next to it ((1)…(2)…). A person's age
    after her name (蒯玉琴さん（58）) is none of these, and a number."""
    before = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip(SPACES + "\t")  # its line, up to it
    if not before or before.endswith(tuple(lexicon()["item-preceders"])):
        return True
    value = parse_number(m.group(1))
    return value is not None and any(parse_number(o.group(1)) in (value - 1, value + 1) for o in numbered if o is not m)


def _ordinal(text: str, m: re.Match) -> bool:
    """Whether 第 and a number before one of `ordinal-after` open a point (第一，, 第2に), not a list of ordinals
    sharing a counter (第3、第4四半期, 第二、三年)."""
    if m.group(2) != "、":
        return True
    after = text[m.end():m.end() + 1]
    return not after or not (after.isdigit() or after in DIGITS or after in "十" or after in lexicon()["ordinal-before"])


def item_labels(text: str) -> list[Span]:
    """The spans of ``text`` that label an item of a list and are no quantity (numbers.toml, `item-closers`):
    the number and its mark (四、, 4．, （4）, 第2に, 1等)."""
    norm_text = normalise_digits(text)
    opening, bracketed, ordinal, rank = _label_forms()
    out = [Span(m.start(1), m.end(2)) for m in opening.finditer(norm_text) if _opens_item(text, m)]
    numbered = list(bracketed.finditer(norm_text))
    out += [Span(*m.span()) for m in numbered if _bracketed_item(norm_text, m, numbered)]
    out += [Span(*m.span()) for m in ordinal.finditer(norm_text) if _ordinal(norm_text, m)]
    out += [Span(*m.span()) for m in rank.finditer(norm_text)]
    return sorted(out)


def _without_labels(text: str, norm: str) -> str:
    """``norm`` with the item labels of ``text`` blanked (one code point for one: offsets are kept)."""
    for span in item_labels(text):
        norm = norm[:span.start] + LABEL_BLANK * (span.end - span.start) + norm[span.end:]
    return norm


def quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every number in ``text`` with its value, leaving out parenthesised conversions (of a currency or a measure).

    Spans are shifted by ``offset`` (the position of ``text`` in its document).
    """
    norm = _without_labels(text, normalise_digits(text))  # 四、 and 4． open items: labels, not numbers
    skip = _conversion_spans(norm)
    lex = lexicon()
    out: list[Quantity] = []
    taken: list[Span] = []
    for word in lex["half-words"]:
        for m in re.finditer(re.escape(word), norm):
            span = Span(m.start(), m.end())
            if not any(s.contains(span) for s in skip) and not any(s.overlaps(span) for s in taken):
                out.append(Quantity(span, text[span.start:span.end], Fraction(1, 2)))
                taken.append(span)
    for span, months, written in _periods(norm):
        if not any(s.contains(span) for s in skip):
            out.append(Quantity(span, text[span.start:span.end], Fraction(months[1]), period=months, written=written))
            taken.append(span)
    for m in ROMAN.finditer(norm):
        span = Span(m.start(), m.end())
        if not any(s.contains(span) for s in skip):
            out.append(Quantity(span, m.group(), Fraction(int(unicodedata.numeric(m.group())))))
            taken.append(span)
    lunar = [f for f in _lunar_dates(norm) if not any(s.contains(f[0]) for s in skip)
             and not any(s.overlaps(f[0]) for s in taken)]
    for span, value, also, optional in lunar:  # 正月初七: 1 and 7
        out.append(Quantity(span, text[span.start:span.end], value, also=also, optional=optional))
    taken.extend(span for span, *_ in lunar)
    for span, a, b in _ratios(norm):
        if not any(s.contains(span) for s in skip) and not any(s.overlaps(span) for s in taken):
            out.append(Quantity(span, text[span.start:span.end], a / b, ratio=(a, b)))
            taken.append(span)
    for span, value, clock in _clock_times(norm):
        if not any(s.contains(span) for s in skip) and not any(s.overlaps(span) for s in taken):
            out.append(Quantity(span, text[span.start:span.end], value, clock=clock, time=True))
            taken.append(span)
    for first, second, (low, high, *written) in _marked_estimates(norm):  # 6、70回: 60 and 70
        if any(s.overlaps(span) for span in (first, second) for s in [*skip, *taken]):
            continue
        end = second.end + len(pct := _starts_with(norm, second.end, lex["percent-suffixes"]))
        measure = bool(_starts_with(norm, end, lex["measures"]))
        for span, value, as_written in ((first, low, written[0]), (Span(second.start, end), high, written[1])):
            value, as_written = (value / 100, as_written / 100) if pct else (value, as_written)
            out.append(Quantity(span, text[span.start:span.end], value, bool(pct),
                                literal=None if as_written == value else as_written, measure=measure,
                                year=_decade_of(norm, first.start, second.end, value),
                                **_measured(norm, (second.end, end), value, bool(pct))))
            taken.append(span)
    for span, low, high, value in _approximates(norm):  # 上百辆: 100 to 1000, compared as a range
        if not any(s.contains(span) for s in skip) and not any(s.overlaps(span) for s in taken):
            end = span.end
            out.append(Quantity(span, text[span.start:end], value, approx=(low, high),
                                measure=bool(_starts_with(norm, end, lex["measures"])),
                                currency=_starts_with(norm, end, lex["currencies"])))
            taken.append(span)
    for regex, value_of, percent in WORDED:
        for m in regex.finditer(norm):
            span = Span(m.start(), m.end())
            if any(s.contains(span) for s in skip) or any(s.overlaps(span) for s in taken):
                continue
            value = value_of(m)
            if value is not None:
                out.append(Quantity(span, text[span.start:span.end], value, percent))
                taken.append(span)
    read_to = 0  # where the last number read ends (7割5分 takes its 5)
    for m in _number_runs(norm):
        span = Span(m.start(), m.end())
        if span.start < read_to or any(s.overlaps(span) for s in taken) or any(s.contains(span) for s in skip):
            continue
        if _term_digits(norm, m):  # 3D, MP3, COVID-19: a thing's name (Quantity.term)
            value = parse_number(m.group())
            if value is not None:
                out.append(Quantity(span, text[span.start:span.end], value, term=True))
            read_to = m.end()
            continue
        if (paid := _paid_tenths(norm, m)) is not None:
            value, end = paid
            out.append(Quantity(Span(span.start, end), text[span.start:end], value, True, off=1 - value))
            read_to = end
            continue
        if _neighbour_digits(norm, m):
            tenth = bool(_tenth_after(norm, m.end()))  # 七八成 = 7～8割: each digit is tenths
            for i in range(*m.span()):
                value = Fraction(DIGITS[norm[i]]) / (10 if tenth else 1)
                out.append(Quantity(Span(i, i + 1), text[i], value, tenth,
                                    measure=bool(_starts_with(norm, m.end(), lex["measures"])),
                                    **_measured(norm, (m.end(),), value, tenth)))
            read_to = m.end()
            continue
        if (ends := _estimate(m.group())) is not None:  # 六七十场: 60 and 70, each end of the range
            end = m.end() + len(pct := _starts_with(norm, m.end(), lex["percent-suffixes"]))
            for value in ends:
                value = value / 100 if pct else value
                out.append(Quantity(Span(span.start, end), text[span.start:end], value, bool(pct),
                                    year=_decade_of(norm, span.start, end, value),
                                    measure=bool(_starts_with(norm, end, lex["measures"])),
                                    **_measured(norm, (m.end(), end), value, bool(pct))))
            read_to = end
            continue
        if not _is_number(norm, m):
            continue
        end = _before_unit(norm, m, lex["multiplier-units"])
        value = parse_number(norm[m.start():end])
        if value is None:
            continue
        with_unit = value * math.prod(MULTIPLIERS[c] for c in norm[end:m.end()]) if end < m.end() else None
        if with_unit is None and (scale := _starts_with(norm, end, lex["unit-scales"])):
            with_unit = value * lex["unit-scales"][scale]  # 1.86米 = 186センチ
        percent = False
        unit_at = end
        if (half_end := _half_after(norm, end)) > end:
            value, end = value + Fraction(1, 2), half_end
        pct = _starts_with(norm, end, lex["percent-suffixes"])
        tenth = _tenth_after(norm, end)
        parts_at = None  # where the unit stands when parts of the amount follow it (两元五角, 一米八)
        if pct:
            value, percent, end = value / 100, True, end + len(pct)
        elif tenth:
            hundredths, end = _hundredths(norm, end + len(tenth), tenth)
            value, percent = value / 10 + hundredths, True
        elif (main := _starts_with(norm, end, lex["money-main"])) and (
                money := _money_subunits(norm, end + len(main), main)) is not None:
            parts_at = end  # 两元五角: 2.5, the yuan's currency where it stands
            value, end = value + money[0], money[1]
        elif (main := _starts_with(norm, end, lex["spoken-decimal-units"])) and (
                decimals := _spoken_decimals(norm, end + len(main))) is not None:
            parts_at = end  # 一米八: 1.8, measured in the unit where it stands
            value, end = value + decimals[0], decimals[1]
            with_unit = value * lex["unit-scales"][main] if main in lex["unit-scales"] else with_unit
        read_to = end
        out.append(Quantity(Span(span.start, end), text[span.start:end], value, percent, with_unit,
                            measure=bool(_starts_with(norm, end, lex["measures"])), tenths=_tenths(norm, m, end),
                            discount=percent and _discount_after(norm, end),
                            converted=_converted(norm, end, skip), grown=_grown(norm, span.start, end, value),
                            year=None if percent or end != unit_at else _short_year(norm, span.start, end),
                            **_measured(norm, (unit_at, end) if parts_at is None else (parts_at,), value, percent)))
    joins = lex["range-dashes"] + lex["range-words"]
    out = _ranges_share_unit(norm, _ranges_share_percent(norm, sorted(out, key=lambda q: q.span), joins), joins)
    if offset:
        out = [replace(q, span=Span(q.span.start + offset, q.span.end + offset)) for q in out]
    return out


def _spoken_decimals(norm: str, at: int) -> tuple[Fraction, int] | None:
    """(the decimals that one or two kanji digits at ``at`` make, where they end) after a unit of numbers.toml
    ``spoken-decimal-units`` (八 of 一米八: 0.8; 七五 of 一米七五: 0.75), before no kanji or before one of
    ``spoken-decimal-before``; else None."""
    lex = lexicon()
    digits = ""
    while len(digits) < 2 and at + len(digits) < len(norm) and norm[at + len(digits)] in DIGITS:
        digits += norm[at + len(digits)]
    end = at + len(digits)
    if not digits or end < len(norm) and (norm[end] in KANJI_NUM or is_kanji(norm[end])
                                          and not _starts_with(norm, end, lex["spoken-decimal-before"])):
        return None
    return Fraction("".join(str(DIGITS[c]) for c in digits)) / 10 ** len(digits), end


def _money_subunits(norm: str, at: int, main: str) -> tuple[Fraction, int] | None:
    """(the yuan the subunits after a yuan's word make, where they end) for the numbers and subunit words that begin at
    ``at`` (五角, 两角五分; 五 alone after 块, before no kanji or before 的: 三块二的价格), else None (numbers.toml
    ``money-subunits``)."""
    lex = lexicon()
    extra, end = Fraction(0), at
    while (m := NUMBER.match(norm, end)) is not None:
        value = parse_number(m.group())
        unit = _starts_with(norm, m.end(), lex["money-subunits"]) if value is not None else ""
        if not unit:
            if end == at and main in lex["money-bare-tenth-after"] and value is not None and 0 < value < 10 \
                    and len(m.group()) == 1 and (not is_kanji(norm[m.end():m.end() + 1] or "a")
                                                 or _starts_with(norm, m.end(), lex["money-bare-tenth-before"])):
                return Fraction(value) / 10, m.end()  # 两块五: 2.5
            break
        extra += Fraction(value) * Fraction(str(lex["money-subunits"][unit]))
        end = m.end() + len(unit)
    return (extra, end) if end > at else None


def _ranges_share_percent(norm: str, found: list[Quantity], dashes: list[str]) -> list[Quantity]:
    """A range writes its percent sign once, after its second number (0.3～0.4％, 7～8割): the first number is a
    percentage too. A bare number only (no unit, currency, clock or period of its own)."""
    out = list(found)
    tenths = tuple(lexicon()["tenth-suffixes"])
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if (second.percent and not first.percent and first.period is None and not first.unit and not first.currency
                and first.with_unit is None and norm[first.span.end:second.span.start].strip(SPACES) in dashes):
            # in tenths where the second writes them (7～8割: 7割 and 8割), else in hundredths
            share = 10 if norm[second.span.start:second.span.end].endswith(tenths) else 100
            out[i] = replace(first, value=first.value / share, percent=True)
    return out


def _ranges_share_unit(norm: str, found: list[Quantity], dashes: list[str]) -> list[Quantity]:
    """A range writes its unit of measure once, after its second number (100～150グラム, 2到3公里): the first number
    is measured in it too. A bare number only (no percent, unit, currency, clock or period of its own)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if (second.sizes and second.value and not first.sizes and not first.percent and first.period is None
                and not first.unit and not first.currency and first.with_unit is None and first.clock is None
                and norm[first.span.end:second.span.start].strip(SPACES) in dashes):
            sizes = tuple((dim, size / second.value * first.value) for dim, size in second.sizes)
            out[i] = replace(first, sizes=sizes, unit=second.unit, measure=second.measure)
    return out


def significant_digits(value: Fraction) -> str:
    """The digits of ``value`` with its power of ten left out: 61.3万 and 6万1300 are both 613."""
    return f"{float(value):.6e}".split("e")[0].rstrip("0").replace(".", "")


def digits_slipped(a: Fraction, b: Fraction) -> bool:
    """``b`` is ``a`` with its digits slipped, as a number retyped or misread is: the same two or more significant
    digits at another power of ten (61.3万 as 6万1300) or in another order (27 as 72, 1921 as 1912)."""
    da, db = significant_digits(a), significant_digits(b)
    return a != b and min(len(da), len(db)) >= 2 and sorted(da) == sorted(db)


def likeness(a: Quantity, b: Quantity) -> int:
    """How plausibly ``b`` is ``a`` changed: the same digits at another magnitude (3万 → 30万) or in another order
    (12元 → 21元: ``digits_slipped``) score highest."""
    def digits(q):
        return significant_digits(q.value * 100 if q.percent else q.value)
    same_digits = digits(a) == digits(b) or digits_slipped(a.value, b.value)
    ratio = max(a.value, b.value) / max(min(a.value, b.value), Fraction(1, 10**6))
    big = all(any(ch in BIG for ch in q.surface) for q in (a, b))
    return 3 * same_digits + 2 * big + (ratio <= 100) + (a.percent == b.percent)


def kinship(a: Quantity, b: Quantity) -> int:
    """How many marks of kind two numbers share: a percentage or not, a unit of measure after it or not, what its unit
    measures (an area, a length, a weight: 15亩 and 51ムー, not an age, 52岁), a fraction of a whole (一半, 3分の1) or
    not, a currency or not. A number changed keeps its kind; one left out beside it need not be of that kind."""
    def fraction(q):
        return not q.percent and 0 < q.value < 1
    return sum(f(a) == f(b) for f in (lambda q: q.percent, lambda q: bool(q.sizes or q.measure),
                                      lambda q: tuple(kind for kind, _ in q.sizes), fraction,
                                      lambda q: bool(q.currency)))


def changed(lost: list[Quantity], extra: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(source, target) pairs of numbers whose value changed: each lost source number with the extra target
    number most like it (all of them when there are no more extras than lost numbers: in order, but for one extra,
    which pairs with the first lost number of its kind: ``kinship``). A lost name with digits (U20, a ``term``) is no
    number the translation could have changed."""
    lost = [q for q in lost if not q.term]
    if not lost or not extra:
        return []
    if len(extra) == 1 < len(lost):  # one number changed beside numbers left out: the lost number of its kind
        # (一半 → 3分の1, not the 1.5 of 1.5吨 left out), the first among equals. Where several changed, the sentence
        # link itself is doubtful, and they pair in order
        return [(max(lost, key=lambda s: kinship(s, extra[0])), extra[0])]
    if len(extra) <= len(lost):
        return [(lost[min(i, len(lost) - 1)], q) for i, q in enumerate(extra)]
    out, left = [], list(extra)
    for s in lost:
        best = max(left, key=lambda q: likeness(s, q))
        out.append((s, best))
        left.remove(best)
    return sorted(out, key=lambda p: p[1].span)


def differing(source: str, target: str, source_offset: int = 0, target_offset: int = 0):
    """(lost, extra): the quantities of a source sentence and of its translation with no equal value on the other
    side. A 1 of the translation is not extra when the source has a word that a translation writes as one (一条 as
    1本, 每日 as 1日当たり, 各一场 as 各1回: ``one-words``), though that word is no number by itself; nor is the count
    of a lodging plan's meals (2食付き) where the source counts none (包吃包住: `meal-plan-words`)."""
    lost, extra = unmatched(quantities(source, source_offset), quantities(target, target_offset))
    if any(word in source for word in lexicon()["one-words"]):
        extra = [q for q in extra if q.value != 1 or q.percent or not any(ch.isdigit() for ch in q.surface)]
    if extra and (named := named_units(source)):  # 每斤 as 500グラム当たり: the jin's size, no number changed
        extra = unmatched(named, extra)[1]
    if extra and not _counts_meals(source):  # 包吃包住 as 2食付き: a plan's meals, which the source does not count
        plan = lexicon()["meal-plan-words"]
        extra = [q for q in extra if not _starts_with(target, q.span.end - target_offset, plan)]
    return lost, extra


def _counts_meals(text: str) -> bool:
    """``text`` writes a numeral right before one of `meal-counters` (一日三餐, 两顿饭)."""
    return _meal_count().search(normalise_digits(text)) is not None


@functools.lru_cache(maxsize=1)
def _meal_count() -> re.Pattern:
    """A numeral right before one of `meal-counters`, compiled once."""
    return re.compile(rf"[{KANJI_NUM}0-9](?:{'|'.join(map(re.escape, lexicon()['meal-counters']))})")


def named_units(text: str) -> list[Quantity]:
    """The units of measure that ``text`` names with no digit, right after a word of `unit-named-by` (每斤, 一亩, 半斤),
    as quantities of the count that word names (1, or 0.5): ``optional``, never missed, compared with a number of
    the other side in another unit by their sizes (每斤 = 500グラム)."""
    counts, units = lexicon()["unit-named-by"], _units()
    norm = normalise_digits(text)
    out = []
    for word, count in counts.items():
        for m in re.finditer(re.escape(word), norm):
            if (unit := _starts_with(norm, m.end(), units)) and (m.start() == 0 or norm[m.start() - 1] not in
                                                                 KANJI_NUM + "0123456789."):
                value = Fraction(str(count))
                out.append(Quantity(Span(m.start(), m.end() + len(unit)), text[m.start():m.end() + len(unit)],
                                    value, sizes=tuple((d, value * size) for d, size in units[unit]), unit=unit,
                                    optional=True))
    return out


def counted_ones(text: str) -> set[str]:
    """The counters written right after a one, 一 or 1 (一台机器 and 机器1台 give 台): a one that is no number by itself
    in Chinese (一 is in too many words) but is the 1 of a translation counting the same thing; a measure word of
    `one-counters` counts here too (一块石头 gives 块). A counter of a group of `same-counters` is read as the group's
    first (一张照片 and 写真1枚 give 张)."""
    counters = (*lexicon()["counters"], *lexicon()["one-counters"])
    norm = normalise_digits(text)
    return {same_counter(counter) for m in re.finditer(rf"(?<![0-9.{KANJI_NUM}])[1一]", norm)
            if (counter := _starts_with(norm, m.end(), counters))}


def same_counter(counter: str) -> str:
    """``counter`` as the first counter of its group of `same-counters` (枚 as 张, 本 as 棵: the same things counted in
    the two languages), or itself."""
    return _same_counters().get(counter, counter)


@functools.lru_cache(maxsize=1)
def _same_counters() -> dict[str, str]:
    return {c: group[0] for group in lexicon()["same-counters"] for c in group}


def measured(found: list[Quantity]) -> tuple[frozenset[str], ...]:
    """Each number of a text (its ``quantities``, ``found``), as the dimensions of measure of the unit after it
    (两万多公斤: mass; 2000キロ: length or mass, キロ being either), an empty set for a number with no unit of measure."""
    return tuple(frozenset(dimension for dimension, _ in q.sizes) for q in found)


def shared_ones(a: set[str], b: set[str]) -> int:
    """How many ones two sides' ``counted_ones`` ``a`` and ``b`` count alike: by the same counter, or at least one
    where either side counts with a counter of anything (`generic-counters`: 一块石头 as 1つの石, 一个 as 1個) and the
    other counts a one too."""
    generic = set(lexicon()["generic-counters"])
    return max(len(a & b), int(bool(a and b and (a & generic or b & generic))))


def shared_keys(q: Quantity, others: list[Quantity]) -> set:
    """The keys of ``q`` that it shares with a quantity of ``others`` of its kind that it does not clash with: a
    percentage with a percentage only (8% of one sentence is not the 8 of 8年前 in another, though within one
    sentence 8% may match a plain 8)."""
    return {k for o in others if o.percent == q.percent and not q.clashes(o) for k in q.common_keys(o)}


def unmatched(source: list[Quantity], target: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The quantities of each side that have no equal value on the other (matched one to one, in order); a number a
    word names by itself (除夕: ``optional``) is never one of them. A translation's name with digits (3D: a ``term``)
    matches the same name of the source only and is never extra; the source's may be lost (U20 left out)."""
    left = list(source)
    extra_target = list(target)
    # like with like first (exact numbers, approximate ones), then a number inside an approximate quantity's range:
    # 8100 is no 几千 where 数千 renders it and 1800 became 8100; and in each, a percentage with a percentage and a
    # plain number with a plain number before either with the other (30棟 is not the 30% of 提高到30% where the
    # translation writes 30％ too, and 40座 became 30棟)
    for rough, kind in ((False, True), (False, False), (True, True), (True, False)):
        waiting = []
        for q in extra_target:
            equal = [i for i, s in enumerate(left) if q.equals(s) and (s.term or not q.term)
                     and rough == ((s.approx is None) != (q.approx is None)) and (not kind or s.percent == q.percent)]
            if not equal:
                waiting.append(q)
                continue
            # a period matches a period first, a plain number a plain number (1～9月期 is not the 1 of 1家)
            del left[next((i for i in equal if (left[i].period is None) == (q.period is None)), equal[0])]
        extra_target = waiting
    return [q for q in left if not q.optional], [q for q in extra_target if not (q.optional or q.term)]
