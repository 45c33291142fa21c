"""Numbers in canonical text: regex fragments that find them and `parse_number` that reads them.

The numerals, scales and guards are lexicon data (`lexicon/numbers.toml`); this module exposes them as
fragments (strings for the `regex` module, no capturing groups, compose them freely):

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

from .lexicon import lexicon
from .pattern_cache import compile_regex
from .word_scanner import alternation

MAX_VALUE = 10**18
"""The largest magnitude read as a figure (no report states more than 10^18 in base units)."""
_MAX_DIGITS = 30


class NumberTooLarge(ValueError):
    """A number too large (or too long) to be a reported figure: callers skip it."""


_LEX = lexicon()
ARABIC = _LEX.pattern("arabic_number")
CHINESE = _LEX.pattern("chinese_number")
SCALE = _LEX.pattern("scale")
SCALED = _LEX.pattern("number")
NUMBER = SCALED
NUMBER_RE = compile_regex(NUMBER)

_ARABIC_BODY = regex.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_CN_BODY_RE = _LEX.compile("cn_body")
_CN_YEAR_BODY = _LEX.compile("{cn_place_digit}{4}")
_SCALE_VALUES: dict[str, int] = _LEX.values("scale")
_SCALE_SUFFIX = regex.compile("(?:" + alternation(_SCALE_VALUES) + ")$")
_PER_HUNDRED_MILLION = _LEX.words("counted_scale")[0]  # `5个亿`: read as 5亿, but alone it is no number
_DECIMAL_SCALES = tuple(sorted(_LEX.words("decimal_scale"), key=len, reverse=True))
_DIGIT_VALUES: dict[str, int] = _LEX.values("cn_digit") | _LEX.values("cn_zero")
_ZEROS = frozenset(_LEX.words("cn_zero"))
_POINT = _LEX.words("cn_point")[0]
_SMALL_UNITS: dict[str, int] = _LEX.values("cn_ten") | _LEX.values("cn_hundred") | _LEX.values("cn_thousand")
# A compound unit (`万亿`) is read as one: it stands in as a private-use character with its own value.
_COMPOUNDS = {word: chr(0xE000 + i) for i, word in enumerate(_LEX.values("cn_big_compound"))}
_BIG_UNITS: dict[str, int] = _LEX.values("cn_big_unit") | {
    char: _LEX.values("cn_big_compound")[word] for word, char in _COMPOUNDS.items()}
_NOT_NUMBERS = _LEX.words("not_a_number")
_MINUS = frozenset(_LEX.words("minus_sign"))
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_number(text: str) -> int | float:
    """The value of a number as written (`181.68亿` → 18168000000, `两万` → 20000, `零点五` → 0.5)."""
    s = text.strip().translate(_FULLWIDTH_DIGITS)
    sign = 1
    if s[:1] in ("-", "+") or s[:1] in _MINUS:
        sign = -1 if s[0] != "+" else 1
        s = s[1:].lstrip()
    s = regex.sub(r"(?<=\d) (?=\d)", "", s)
    if not s:
        raise ValueError(f"not a number: {text!r}")
    if any(s.endswith(idiom) for idiom in _NOT_NUMBERS):
        raise ValueError(f"not a number (an idiom): {text!r}")
    scale = 1
    if s in _SCALE_VALUES and s != _PER_HUNDRED_MILLION:
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
    if s.endswith(_PER_HUNDRED_MILLION):
        s, scale = s[:-len(_PER_HUNDRED_MILLION)], _SCALE_VALUES[_PER_HUNDRED_MILLION]
    if _POINT in s:
        for suffix in _DECIMAL_SCALES:
            if s.endswith(suffix):
                s, scale = s[:-len(suffix)], _SCALE_VALUES[suffix]
                break
        whole, frac = s.split(_POINT, 1)
        integer = Decimal(0) if whole in _ZEROS else _chinese_integer(whole)
        return (integer + Decimal("0." + "".join(str(_DIGIT_VALUES[c]) for c in frac))) * scale
    return _chinese_integer(s) * scale


def _chinese_integer(s: str) -> Decimal:
    """Positional reading of a validated Chinese integer; a last digit right after a unit is one place lower
    (`一千五` = 1500, `一万二` = 12000, `二十五` = 25), after `零` it is the units digit (`一千零五` = 1005)."""
    for word, char in _COMPOUNDS.items():
        s = s.replace(word, char)
    total = section = 0
    digit: int | None = None
    unit_before_digit: int | None = None
    previous_unit: int | None = None
    for ch in s:
        if ch in _DIGIT_VALUES:
            value = _DIGIT_VALUES[ch]
            if value == 0 and ch in _ZEROS:
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
