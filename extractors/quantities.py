"""Quantities in canonical text: a number with its scale, unit, qualifier and range, value in base units.

Finding a quantity is separate from deciding what it measures (match.py) and when/where (resolve.py).
Numbers that are names (`“1688”服务站`), ranks (`第20位`), phone numbers and dates carry no unit and are
dropped here; `500万元以上项目` is kept but marked as a modifier (it qualifies a noun, it is not a fact).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from .lexicon import lexicon
from .numbers import MAX_VALUE, parse_number
from .shared_qualifiers import share_run_qualifiers
from .threshold_sets import bounds_a_set

_LEX = lexicon()
_TENTHS_MORE = frozenset(lexicon().table("tenths_end", "more"))
_QUANTITY = _LEX.compile("quantity")
_GROUP_NAMES = tuple(next((name for name, i in _QUANTITY.groupindex.items() if i == k), None)
                     for k in range(1, _QUANTITY.groups + 1))  # the name of each of m.groups()
_QUAL_BEFORE = _LEX.compile(r"{qualifier_before}\s?$")
_QUALIFIER_BEFORE: dict[str, str] = _LEX.values("qualifier_before")
_SHARE_QUALIFIER = _LEX.compile("share_qualifier")
_SHARE_REACH = 18  # characters: the share's verb, its whole and `的`
_QUALIFIER_AFTER: dict[str, str] = _LEX.values("qualifier_after")
_MODIFIER_AFTER = _LEX.compile(r"{noun_bound}(?!{not_a_modified_noun})(?=[\p{Han}“\"])")
_MODIFIED = _LEX.compile("modified_noun")
_THRESHOLD_OF_COUNT = _LEX.compile("threshold_of_count")
_RANGE_CLASS = _LEX.compile("range_class_of_count")  # `投资1-10亿元的项目61个`: a size class's bounds
_VIEW_COUNTER = _LEX.compile("page_view_counter")  # `点击:649次`: the page's counter
_CONTACT_OF_CASE = _LEX.compile("case_whose_contact")  # `为近期1例确诊病例的密切接触者`: one person described
_COUNTER_REACH = 8  # characters before a number its page counter's label takes
_CASE_UNIT = frozenset(_LEX.words("case_unit"))
_POPULATION_THRESHOLD = _LEX.compile("population_threshold_set")
_MONITORED_SET = _LEX.compile("monitored_set_after")
_COUNTED_SET_ACT = _LEX.compile("counted_set_act")
_LISTED_ITEMS_COUNT = _LEX.compile("listed_items_count")  # `甲、乙等3个行业…分别…`: how many the list names  # `36个中心城市完成公共交通客运量…`: the count names the set
_NOUN_BOUNDS = frozenset(_LEX.words("noun_bound"))
_SCALES: dict[str, int] = _LEX.values("scale")
_UNIT_ENTRIES = [name for name in _LEX.entries if name.startswith("unit_")]
UNIT_NAMES: dict[str, str] = {word: canonical for name in _UNIT_ENTRIES
                              for word, canonical in _LEX.values(name).items()}
UNIT_KINDS: dict[str, str] = {canonical: _LEX.table(name, "kind") for name in _UNIT_ENTRIES
                              for canonical in _LEX.values(name).values()}
_RATE_AFTER = frozenset(_LEX.words("per_unit"))
_PER_CAPITA_BASE = _LEX.compile_at("per_capita_base_after")
_CHART_REFERENCE = _LEX.compile("chart_reference")
_PER_BEFORE = _LEX.compile("per_word_before")
_INTENSITY = _LEX.compile("intensity_per")
_INTENSITY_UNITS = frozenset(_LEX.words("intensity_unit"))
RATIO_UNITS = frozenset(u for u, kind in UNIT_KINDS.items() if kind in ("percent", "permille", "point", "times"))
_CURRENCY_UNITS = frozenset(u for u, kind in UNIT_KINDS.items() if kind == "currency")
_SHARED_UNIT = _LEX.compile("shared_unit_items")
_ITEM = _LEX.compile(r"(?:(?<=、)-)?\d+(?:\.\d+)?")  # `0.15、-5.64、1.34个百分点`: a later item's sign
_LIST_REACH = 60   # characters before a quantity searched for the bare numbers that share its unit
_SHARED_POINT = _LEX.compile("shared_point")
_SIGNED = _LEX.compile(r"{signed_figure}\s?\d$")
_SIGN_REACH = 3   # `为 -`: the sign and a space before the digits
_AFTER_ASIDE = _LEX.compile("unit_after_aside")
_ASIDE_UNIT_REACH = 8   # characters after the aside's bracket: a scale and a unit
_WAN_YI = tuple(w for w, v in _SCALES.items() if len(w) == 1 and v >= 10**4)  # 万, 亿: a number with them is a figure


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
    listed: bool = False  # `12、3和40万吨`: a bare number of a list that takes the last item's unit


def scale_factor(scale: str | None) -> int:
    """`万` → 10000, `个亿` → 10^8, `千万` → 10^7; no scale → 1 (KeyError for an unknown one)."""
    return _SCALES[scale] if scale else 1


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


def unit_name(raw: str | None) -> str | None:
    """How a unit word is written in a fact (`元` → CNY, `名` → 人, `百分点` → 个百分点)."""
    if raw is None:
        return None
    return UNIT_NAMES.get(raw, raw)


def qualifier_after(word: str | None) -> str | None:
    return _QUALIFIER_AFTER.get(word or "")


def qualifier_before(text: str, pos: int) -> str | None:
    """The qualifier given by the word right before pos (`约`, `超过`, `不足` …), if any."""
    before = _QUAL_BEFORE.search(text, max(0, pos - 4), pos)
    if before:
        return _QUALIFIER_BEFORE[before.group().strip()]
    share = _SHARE_QUALIFIER.search(text, max(0, pos - _SHARE_REACH), pos)  # `约占世界总数的10%`
    return _QUALIFIER_BEFORE[share["q"]] if share else None


def fraction_percent(denominator: str, numerator: str) -> int | float:
    """`三分之一` (denominator 三, numerator 一) → 33.33…: a fraction as a percentage."""
    value = 100 * parse_number(numerator) / parse_number(denominator)
    return int(value) if value == int(value) else value


class TooManyQuantities(ValueError):
    """More quantities than the caller's limit: raised as soon as the limit is passed, not after."""


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    limit: int | None = None) -> list[Quantity]:
    """Every quantity in text[start:end], in order; numbers without unit or scale are left out."""
    found = []
    for m in _QUANTITY.finditer(text, start, len(text) if end is None else end):
        if limit is not None and len(found) > limit:
            break
        g = dict(zip(_GROUP_NAMES, m.groups(), strict=True))  # one call: reading each group by name costs ~1 µs
        if g["frac_den"]:  # `占全国的三分之一`: a share as a percentage
            qualifier = qualifier_after(g["after"]) or qualifier_before(text, m.start()) or "exact"
            found.append(Quantity(m.start(), m.start() + len(m.group().rstrip()),
                                  fraction_percent(g["frac_den"], g["frac_num"]), None, "%", qualifier, False, False))
            continue
        if g["pct"] or g["tenths"]:
            try:
                value = parse_number(g["pct"]) if g["pct"] else 10 * int(parse_number(g["tenths"]))
            except ValueError:
                continue
            qualifier = qualifier_after(g["after"]) or qualifier_before(text, m.start()) or "exact"
            if g["tenths"] and qualifier == "exact" and text[m.end():m.end() + 1] in _TENTHS_MORE:
                qualifier = "more_than"  # `增长四成多`: more than 40%
            end_at = m.start() + len(m.group().rstrip())
            q = Quantity(m.start(), end_at, value, None, "%", qualifier, False, bounds_a_set(text, m.start(), end_at, qualifier))
            if g["pct"] and g["pct"][:1].isdigit():
                found.extend(_listed_before(text, q, None))
            found.append(q)
            continue
        unit = unit_name(g["unit"] or g["unit2"])
        shared = _SHARED_POINT.match(text, m.end()) if g["unit"] is None and g["unit2"] is None else None
        if shared:
            unit = unit_name(shared["point"])  # `0.63个、2.34个、3.73个百分点`: the list's unit is written once
        scale = g["scale"]
        intensity = _INTENSITY.match(text, m.end()) if unit in _INTENSITY_UNITS else None
        if intensity is None and m.end() < len(text) and text[m.end()] in _RATE_AFTER:
            continue  # a rate, not an amount
        if _PER_BEFORE.match(text, max(0, m.start() - 1), m.start()) and _PER_CAPITA_BASE.match(text, m.end()):
            continue  # `每10万人中拥有…`: the base of a rate per head
        if unit is None and not scale:
            continue
        if m.start() and _CHART_REFERENCE.match(text, m.start() - 1):
            continue  # `如图2所示`: the chart's number
        if _VIEW_COUNTER.search(text, max(0, m.start() - _COUNTER_REACH), m.start()) is not None:
            continue  # `点击:649次`: the page's counter of its views
        if unit in _CASE_UNIT and _CONTACT_OF_CASE.match(text, m.end()) is not None:
            continue  # `为近期1例确诊病例的密切接触者`: a description of one person
        if g["num"] is not None:
            base = _number(g["num"])
        else:
            base, scale = Decimal(1), g["bare"] or g["bare2"]
        try:
            value = base * scale_factor(scale)
        except KeyError:
            continue
        if abs(value) > MAX_VALUE:
            continue  # no report states more than 10^18 in base units: a code or a garbled number
        high = None
        qualifier = "exact"
        if g["num2"] and (g["unit"] is None or g["unit2"] is not None):
            high_d = Decimal(g["num2"]) * scale_factor(g["scale2"] or scale)
            if not scale and g["scale2"] and g["num"] is not None and base < Decimal(g["num2"]):
                value = base * scale_factor(g["scale2"])  # `3-5万吨`: the low end takes the high end's scale
            if high_d > value:
                high, qualifier = plain(high_d), "range"
        if qualifier != "range":
            more = g["more1"] or g["more2"] or g["more0"] or g["more3"]
            qualifier = ("more_than" if more else qualifier_after(g["after"]) or
                         qualifier_before(text, m.start()) or "exact")
        modifier = (g["after"] in _NOUN_BOUNDS and bool(_MODIFIER_AFTER.match(text, m.end() - len(g["after"])))) \
            or (unit in _CURRENCY_UNITS and not g["after"] and _MODIFIED.match(text, m.end()) is not None) \
            or (unit in _CURRENCY_UNITS and _THRESHOLD_OF_COUNT.match(text, m.end()) is not None) \
            or (unit in _CURRENCY_UNITS and qualifier == "range" and _RANGE_CLASS.match(text, m.end()) is not None) \
            or bounds_a_set(text, m.start(), m.end(), qualifier) \
            or _MONITORED_SET.match(text, m.end() - len(g["unit"] or "")) is not None \
            or _COUNTED_SET_ACT.match(text, m.end() - len(g["unit"] or "")) is not None \
            or _POPULATION_THRESHOLD.match(text, m.end()) is not None \
            or _LISTED_ITEMS_COUNT.match(text, m.start()) is not None
        end_at = m.start() + len(m.group().rstrip()) + (1 if shared else 0)
        if intensity is not None:  # `0.21吨标准煤/万元`: energy per output, a measure of its own
            unit, end_at = unit + intensity.group(), intensity.end()
        scaled = any(w in (scale or "") + (g["num"] or "") for w in _WAN_YI)
        if unit is None and not scaled:
            continue
        q = Quantity(m.start(), end_at, plain(value), high, unit, qualifier, scaled, modifier)
        if g["num"] is not None:
            found.extend(_listed_before(text, q, scale))
        found.append(q)
    if limit is not None and len(found) > limit:
        raise TooManyQuantities(f"more than {limit} figures")
    if (asides := _after_aside(text, start, len(text) if end is None else end)):
        found = sorted(found + asides, key=lambda q: q.start)
    return share_run_qualifiers(text, [_signed(text, q) for q in found], qualifier_before)  # `分别增长约24%和15%`


def _signed(text: str, q: Quantity) -> Quantity:
    """`为-1.23‰`: a minus sign written before the digits makes the figure negative (and part of it)."""
    sign = _SIGNED.search(text, max(0, q.start - _SIGN_REACH), q.start + 1) if q.value > 0 else None
    if sign is None:
        return q
    high = -q.value_high if q.value_high is not None else None
    return replace(q, start=sign.start(), value=-q.value, value_high=high)


def _listed_before(text: str, q: Quantity, scale: str | None) -> list[Quantity]:
    """`12、3和40万吨`: the bare numbers listed right before q, with its scale, unit and qualifier."""
    lo = max(0, q.start - _LIST_REACH)
    items = _SHARED_UNIT.search(text, lo, q.start)
    if items is None or q.value_high is not None:
        return []
    out = []
    for n in _ITEM.finditer(text, items.start(), items.end()):
        value = plain(Decimal(n.group()) * scale_factor(scale))
        out.append(Quantity(n.start(), n.end(), value, None, q.unit, q.qualifier, q.scaled, q.modifier, listed=True))
    return out


def _after_aside(text: str, start: int, end: int) -> list[Quantity]:
    """`1748(不包括基金收入1435万元)万元`: the number with the unit written after its aside; the quantity spans the
    number only (the aside's own figures are read as before)."""
    out = []
    for m in _AFTER_ASIDE.finditer(text, start, end):
        probe = m["num"] + text[m.end():min(end, m.end() + _ASIDE_UNIT_REACH)]
        q = next(iter(find_quantities(probe, 0, len(probe))), None)
        if q is None or q.start != 0 or q.end <= len(m["num"]) or q.value_high is not None:
            continue
        out.append(replace(q, start=m.start("num"), end=m.end("num")))
    return out
