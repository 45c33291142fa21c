"""Numbers as a reader checks them against the report: `181.68亿元`, `8600万美元`, `5%`, `2.7个百分点`, and in
English `18.168 billion CNY`. Values stay in base units everywhere else (tables' own columns, exports)."""

from __future__ import annotations

import math

from dashboard.i18n import unit_name

MONEY = {"CNY": ("元", "CNY"), "USD": ("美元", "USD"), "EUR": ("欧元", "EUR")}
ZH_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
EN_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
PERCENT = ("%",)
POINTS = ("个百分点", "百分点", "pp")


def plain_number(x: float, lang: str, digits: int = 6) -> str:
    """Up to `digits` decimals, trailing zeros dropped; thousands separated in English only."""
    text = f"{round(x, digits):,.{digits}f}" if lang != "zh" else f"{round(x, digits):.{digits}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


def _scaled(x: float, lang: str) -> tuple[str, str]:
    """(number, scale word) with the largest scale the value reaches: 18168000000 → ("181.68", "亿")."""
    for divisor, word in (ZH_SCALES if lang == "zh" else EN_SCALES):
        if abs(x) >= divisor:
            return plain_number(x / divisor, lang), word
    return plain_number(x, lang), ""


def _amount(x: float, unit: str | None, lang: str) -> str:
    if unit in PERCENT:
        return f"{plain_number(x, lang)}%"
    if unit in POINTS:
        return f"{plain_number(x, lang)}个百分点" if lang == "zh" else f"{plain_number(x, lang)} percentage points"
    number, scale = _scaled(x, lang)
    if lang == "zh":
        word = MONEY[unit][0] if unit in MONEY else (unit or "")
        return f"{number}{scale}{word}"
    word = MONEY[unit][1] if unit in MONEY else unit_name(unit, lang)
    return " ".join(p for p in (number, scale, word) if p)


QUALIFIED = {"zh": {"approx": "约{}", "more_than": "超过{}", "at_least": "{}以上", "less_than": "不到{}"},
             "en": {"approx": "about {}", "more_than": "more than {}", "at_least": "at least {}",
                    "less_than": "less than {}"}}


def readable(value, unit: str | None, lang: str, value_high=None, qualifier: str | None = None) -> str:
    """The value in the report's own magnitude, with its range and qualifier: `约181.68亿元`, `6%–6.5%`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = _amount(float(value), unit, lang)
    if value_high is not None and not (isinstance(value_high, float) and math.isnan(value_high)):
        text += "–" + _amount(float(value_high), unit, lang)
    form = QUALIFIED["zh" if lang == "zh" else "en"].get(qualifier or "")
    return form.format(text) if form else text


def change(now: float, before: float, unit: str | None, lang: str) -> str:
    """The change between two values of one series: a rate changes in percentage points, money keeps its
    scale: `+1.2个百分点`, `+20.4亿元`, `+1,650 cases`."""
    delta = float(now) - float(before)
    sign = "+" if delta >= 0 else "-"
    text = _amount(abs(delta), "个百分点" if unit in PERCENT else unit, lang)
    return sign + text
