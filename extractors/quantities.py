"""Quantities in canonical text: a number with its scale, unit, qualifier and range, value in base units.

Finding a quantity is separate from deciding what it measures (match.py) and when/where (resolve.py).
Numbers that are names (`“1688”服务站`), ranks (`第20位`), phone numbers and dates carry no unit and are
dropped here; `500万元以上项目` is kept but marked as a modifier (it qualifies a noun, it is not a fact).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from .fragments import compose
from .numbers import MAX_VALUE, parse_number

_QUANTITY = regex.compile(compose(
    # every form starts with a digit or a Chinese numeral character: skip other characters cheaply
    r"(?=[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])"
    r"(?:百分之(?P<pct>[零〇一二两三四五六七八九十点]{1,8}|\d{1,3}(?:\.\d{1,4})?)"
    r"|(?<=增长|提高|下降|减少|增加|上升|降低|超过|近|约|达)(?P<tenths>[一二两三四五六七八九])成(?=以上|左右|多|余|[,，;；。、]|$)"
    r"|(?P<num>{number})\s?(?P<more1>余|多)?\s?(?P<scale>{scale})?(?P<more2>余|多)?"
    r"|(?<![\p{Han}\d])(?P<bare>[万千百])(?P<more0>余|多)(?=\s?{unit})"
    r"|(?<=[达约近超逾共])(?P<bare2>[万千百])(?P<more3>余|多)(?=\s?{unit}))"
    r"\s?(?P<unit>{unit})?"
    r"(?:\s?{range_sep}\s?(?P<num2>\d{1,13}(?:\.\d{1,6})?)\s?(?P<scale2>{scale})?\s?(?P<unit2>{unit})?)?"
    r"(?P<after>{qual_after})?"
))
_QUAL_BEFORE = regex.compile(r"(?:大约|约为|约|将近|接近|近|超过|逾|突破|不足|不到|低于|至少|不少于)\s?$")
_MODIFIER_AFTER = regex.compile(r"(?:以上|以下|以内)(?=[\p{Han}“\"])")

_SCALES = {"万": 10**4, "亿": 10**8, "千": 10**3, "百": 10**2, "十": 10}
UNIT_NAMES = {"元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "日元": "JPY",
              "名": "人", "百分点": "个百分点"}


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: int | float
    value_high: int | float | None
    unit: str | None      # normalised unit (`CNY`, `%`, `人` …) or None when the text gives none
    qualifier: str        # exact | approx | more_than | at_least | less_than | range
    scaled: bool          # the number carried a scale word (万/亿 …)
    modifier: bool        # `500万元以上项目`: describes a noun, not a fact


def scale_factor(scale: str | None) -> int:
    factor = 1
    for c in (scale or "").replace("个", ""):
        factor *= _SCALES[c]
    return factor


def _number(text: str) -> Decimal:
    text = text.replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal(str(parse_number(text)))


def plain(d: Decimal) -> int | float:
    """Exact-looking Python number: 181.68亿 → 18168000000 (int), 28.4 → 28.4."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def _unit(raw: str | None) -> str | None:
    if raw is None:
        return None
    return UNIT_NAMES.get(raw, raw)


def _qualifier_after(word: str | None) -> str | None:
    return {"之多": "more_than", "以上": "at_least", "+": "at_least", "以下": "less_than", "以内": "less_than",
            "左右": "approx"}.get(word or "")


def _qualifier_before(text: str, pos: int) -> str | None:
    before = _QUAL_BEFORE.search(text, max(0, pos - 4), pos)
    if not before:
        return None
    word = before.group().strip()
    return ("approx" if word in ("大约", "约为", "约", "将近", "接近", "近") else
            "less_than" if word in ("不足", "不到", "低于") else
            "at_least" if word in ("至少", "不少于") else "more_than")


class TooManyQuantities(ValueError):
    """More quantities than the caller's limit: raised as soon as the limit is passed, not after."""


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    limit: int | None = None) -> list[Quantity]:
    """Every quantity in text[start:end], in order; numbers without unit or scale are left out."""
    found = []
    for m in _QUANTITY.finditer(text, start, len(text) if end is None else end):
        if limit is not None and len(found) > limit:
            break
        if m["pct"] or m["tenths"]:
            try:
                value = parse_number(m["pct"]) if m["pct"] else 10 * int(parse_number(m["tenths"]))
            except ValueError:
                continue
            qualifier = _qualifier_after(m["after"]) or _qualifier_before(text, m.start()) or "exact"
            found.append(Quantity(m.start(), m.start() + len(m.group().rstrip()), value, None, "%", qualifier,
                                  False, False))
            continue
        unit = _unit(m["unit"] or m["unit2"])
        scale = m["scale"]
        if m.end() < len(text) and text[m.end()] in "/每":
            continue  # `3000元/吨`, `5元每斤`: a rate, not an amount
        if unit is None and not scale:
            continue
        if m["num"] is not None:
            base = _number(m["num"])
        else:
            base, scale = Decimal(1), m["bare"] or m["bare2"]
        try:
            value = base * scale_factor(scale)
        except KeyError:
            continue
        if abs(value) > MAX_VALUE:
            continue  # no report states more than 10^18 in base units: a code or a garbled number
        high = None
        qualifier = "exact"
        if m["num2"] and (m["unit"] is None or m["unit2"] is not None):
            high_d = Decimal(m["num2"]) * scale_factor(m["scale2"] or scale)
            if high_d > value:
                high, qualifier = plain(high_d), "range"
        if qualifier != "range":
            more = m["more1"] or m["more2"] or m["more0"] or m["more3"]
            qualifier = ("more_than" if more else _qualifier_after(m["after"]) or
                         _qualifier_before(text, m.start()) or "exact")
        modifier = bool(_MODIFIER_AFTER.match(text, m.end() - len(m["after"] or ""))) and m["after"] in (
            "以上", "以下", "以内")
        end_at = m.start() + len(m.group().rstrip())
        scaled = "万" in (scale or "") + (m["num"] or "") or "亿" in (scale or "") + (m["num"] or "")
        if unit is None and not scaled:
            continue
        found.append(Quantity(m.start(), end_at, plain(value), high, unit, qualifier, scaled, modifier))
    if limit is not None and len(found) > limit:
        raise TooManyQuantities(f"more than {limit} figures")
    return found
