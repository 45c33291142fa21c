"""Numbers in canonical text: regex fragments that find them and `parse_number` that reads them.

Fragments (strings for the `regex` module, no capturing groups, compose them freely):

- `ARABIC`: `181.68`, `1,234`, `2280`; never inside a longer digit/Latin/URL run (`CN22-0010`, `jl@126`,
  `www.0437.com`, `-3249118`), never with a leading zero (`0437`; `0.5` is fine), never after `第` (a rank),
  never a piece of `1..2`.
- `CHINESE`: `一千二百`, `两万`, `十五`, `三点五`, `零点五`, `二〇二〇` (digit by digit, only before `年`).
  The guard is built in: a Chinese numeral must contain a unit (`十百千万亿`) or `点`, must not start with a
  bare unit (`百姓`, `千万不要`, `万一`; `十` only when a digit, 万 or 亿 follows: `十五`, `十万`, not
  `十分重要`), must not touch other numeral characters (`十四五`, `两三个`, `数十`), must not be followed by
  `分之` (`二十分之一`), and must not follow `第` (`第十次`). So single characters (`统一`, `进一步`,
  `一个马克思主义政党`, `三个`) and `十` alone are never numbers; `百分之五十` yields `五十` (the caller
  sees the `百分之` before it).
- `SCALE`: `万亿 千亿 百亿 十亿 亿 千万 百万 十万 万 千 百`, and `个亿` (`5个亿`). `百` is never read from
  `百分之…`/`百分点`.
- `SCALED`: a number with its scale: `ARABIC` or `CHINESE`, optionally followed by `SCALE` (`181.68亿`,
  `5个亿`, `1.2万亿`, `三千万`), or a bare scale directly before `余`/`多` (`万余款`, `千余人`).
- `NUMBER` = `SCALED` (what `parse_number` reads).

`parse_number(text)` reads exactly the text those fragments match (and, more leniently, full-width digits
and spaces inside digit groups): `181.68亿` → 18168000000, `5个亿` → 500000000, `万` → 10000, `零点五` → 0.5.
Values are computed with Decimal and returned as int when whole, else float (18168000000, not
18168000000.000002). A value beyond `MAX_VALUE` raises `NumberTooLarge` (a ValueError); text that is not a
number raises ValueError. `亿万` (an idiom: "hundreds of millions of people") is not a number.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

MAX_VALUE = 10**18
"""The largest magnitude read as a figure (no report states more than 10^18 in base units)."""
_MAX_DIGITS = 30


class NumberTooLarge(ValueError):
    """A number too large (or too long) to be a reported figure: callers skip it."""


_D = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_Z = "零〇"
_ALL_CN = _D + _Z + "十百千万亿点拾佰仟"
_d = f"[{_D}]"
_z = f"[{_Z}]"
_shi = "[十拾]"
_bai = "[百佰]"
_qian = "[千仟]"

# One section (1..9999), standard forms plus the colloquial trailing digit (`一千五` = 1500).
_AFTER_BAI = rf"(?:{_d}{_shi}{_d}?|{_z}{_d}|{_d})"
_SECTION = (
    rf"(?:{_d}{_qian}(?:{_d}{_bai}{_AFTER_BAI}?|{_z}(?:{_d}?{_shi}{_d}?|{_d})|{_d})?"
    rf"|{_d}{_bai}{_AFTER_BAI}?"
    rf"|{_d}?{_shi}{_d}?"
    rf"|{_d})"
)
_AFTER_WAN = rf"(?:{_z}?{_SECTION})"
_WAN_PART = rf"(?:{_SECTION}万{_AFTER_WAN}?)"
_CN_INTEGER = (
    rf"(?:{_SECTION}(?:万亿|亿)(?:{_z}?{_WAN_PART}|{_z}?{_SECTION})?"
    rf"|{_WAN_PART}"
    rf"|{_SECTION})"
)
_CN_DIGITS = f"[{_Z}一二三四五六七八九]"
_CN_DECIMAL = rf"(?:(?:{_CN_INTEGER}|{_z})点{_CN_DIGITS}{{1,12}})"
_CN_YEAR = rf"(?:{_CN_DIGITS}{{4}}(?=年))"
# What parse_number reads as a Chinese numeral (the fragment adds the guards and the year's lookahead).
_CN_BODY = rf"(?:{_CN_DECIMAL}(?:万亿|亿|万)?|{_CN_INTEGER}(?:个亿)?)"
_HAS_UNIT = rf"(?=[{_D}{_Z}]{{0,12}}[点十百千万亿拾佰仟])"
_CN_START_GUARD = rf"(?<![{_ALL_CN}第])(?![百佰千仟万亿])(?![十拾](?![{_D}万亿]))"
_CN_END_GUARD = rf"(?![{_ALL_CN}]|分之)"

CHINESE = rf"(?:{_CN_START_GUARD}(?:{_HAS_UNIT}{_CN_BODY}|{_CN_YEAR}){_CN_END_GUARD})"
ARABIC = (r"(?:(?<![\d.A-Za-z_/@#第])(?<!(?<!\d)0\d{2,3}-)(?<![A-Z]\d{1,6}\+)(?!0\d)"  # not K35+200
          r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,30})(?:\.\d{1,12})?(?!\d|\.\d|,\d{3}(?!\d)))")
SCALE = r"(?:个亿|万亿|千亿|百亿|十亿|亿(?!万)|千万|百万|十万|万|千(?![米克瓦伏帕卡焦])|百(?!分))"
_BARE_SCALE = rf"(?:(?<![\d{_ALL_CN}数几])(?:十万|百万|千万|万|千|百|十|亿)(?=余|多))"
SCALED = rf"(?:{ARABIC}{SCALE}?|{CHINESE}|{_BARE_SCALE})"
NUMBER = SCALED

_ARABIC_BODY = regex.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_CN_BODY_RE = regex.compile(_CN_BODY)
_CN_YEAR_BODY = regex.compile(f"{_CN_DIGITS}{{4}}")
_SCALE_VALUES = {
    "个亿": 10**8, "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8, "千万": 10**7,
    "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3, "百": 10**2,
}
_SCALE_SUFFIX = regex.compile(r"(?:个亿|万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)$")
_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {
    "零": 0, "两": 2, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10**4, "亿": 10**8, "兆": 10**12}
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

NUMBER_RE = regex.compile(NUMBER)


def parse_number(text: str) -> int | float:
    """The value of a number as written (`181.68亿` → 18168000000, `两万` → 20000, `零点五` → 0.5)."""
    s = text.strip().translate(_FULLWIDTH_DIGITS)
    sign = 1
    if s[:1] in ("-", "+", "负"):
        sign = -1 if s[0] != "+" else 1
        s = s[1:].lstrip()
    s = regex.sub(r"(?<=\d) (?=\d)", "", s)
    if not s:
        raise ValueError(f"not a number: {text!r}")
    if s == "亿万" or s.endswith("亿万"):
        raise ValueError(f"not a number (an idiom): {text!r}")
    scale = 1
    if s in _SCALE_VALUES and s != "个亿":
        return _exact(Decimal(_SCALE_VALUES[s]) * sign, text)
    if not _CN_BODY_RE.fullmatch(s):
        m = _SCALE_SUFFIX.search(s)
        if m and m.start() > 0 and _ARABIC_BODY.fullmatch(s[:m.start()]):
            scale, s = _SCALE_VALUES[m.group()], s[:m.start()]
    if _ARABIC_BODY.fullmatch(s):
        digits = s.replace(",", "")
        if len(digits.replace(".", "")) > _MAX_DIGITS:
            raise NumberTooLarge(f"number too long to be a figure: {text!r}")
        value = Decimal(digits)
    elif _CN_BODY_RE.fullmatch(s):
        value = _chinese_value(s)
    elif _CN_YEAR_BODY.fullmatch(s):
        value = Decimal("".join(str(_DIGIT_VALUES[c]) for c in s))
    else:
        raise ValueError(f"not a number: {text!r}")
    return _exact(value * scale * sign, text)


def _exact(value: Decimal, text: str) -> int | float:
    if abs(value) > MAX_VALUE:
        raise NumberTooLarge(f"number too large to be a figure: {text!r}")
    try:
        if value == value.to_integral_value():
            return int(value)
    except InvalidOperation:
        raise NumberTooLarge(f"number out of range: {text!r}") from None
    return float(value)


def _chinese_value(s: str) -> Decimal:
    scale = 1
    if s.endswith("个亿"):
        s, scale = s[:-2], 10**8
    if "点" in s:
        for suffix in ("万亿", "亿", "万"):
            if s.endswith(suffix):
                s, scale = s[:-len(suffix)], _SCALE_VALUES[suffix]
                break
        whole, frac = s.split("点", 1)
        integer = Decimal(0) if whole in ("零", "〇") else _chinese_integer(whole)
        return (integer + Decimal("0." + "".join(str(_DIGIT_VALUES[c]) for c in frac))) * scale
    return _chinese_integer(s) * scale


def _chinese_integer(s: str) -> Decimal:
    """Positional reading of a validated Chinese integer; a last digit right after a unit is one place lower
    (`一千五` = 1500, `一万二` = 12000, `二十五` = 25), after `零` it is the units digit (`一千零五` = 1005)."""
    s = s.replace("万亿", "兆")
    total = section = 0
    digit: int | None = None
    unit_before_digit: int | None = None
    previous_unit: int | None = None
    for ch in s:
        if ch in _DIGIT_VALUES:
            value = _DIGIT_VALUES[ch]
            if value == 0 and ch in _Z:
                previous_unit = None
                digit = None
                continue
            digit = value
            unit_before_digit = previous_unit
            previous_unit = None
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            section += (1 if digit is None else digit) * unit
            digit, previous_unit = None, unit
        else:
            unit = _BIG_UNITS[ch]
            section += digit or 0
            total += section * unit
            section, digit, previous_unit = 0, None, unit
    if digit is not None:
        section += digit * (unit_before_digit // 10 if unit_before_digit else 1)
    return Decimal(total + section)


def find_numbers(text: str):
    """(start, end, value) of every number in canonical text; numbers too large to be figures are skipped."""
    for m in NUMBER_RE.finditer(text):
        try:
            yield m.start(), m.end(), parse_number(m.group())
        except NumberTooLarge:
            continue
