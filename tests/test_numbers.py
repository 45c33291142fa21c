"""parse_number and the NUMBER fragment: values, guards against numerals inside words, huge numbers."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.numbers import (
    ARABIC,
    CHINESE,
    NUMBER,
    NUMBER_RE,
    SCALE,
    NumberTooLarge,
    find_numbers,
    parse_number,
)

VALUES = [
    # Arabic, separators, decimals
    ("181.68", 181.68), ("1,234", 1234), ("1 234", 1234), ("12,345,678", 12345678), ("0.5", 0.5),
    ("2280", 2280), ("３６５", 365), ("-2.4", -2.4),
    # with scales: base units, exact-looking
    ("181.68亿", 18168000000), ("5000万", 50000000), ("1.49万", 14900), ("23.89亿", 2389000000),
    ("1.2万亿", 1200000000000), ("5个亿", 500000000), ("3千", 3000), ("7百万", 7000000), ("2.5千万", 25000000),
    ("0.03亿", 3000000), ("13908亿", 1390800000000),
    # bare scales (`万余款`)
    ("万", 10000), ("百万", 1000000), ("千万", 10000000), ("亿", 100000000), ("十万", 100000),
    # Chinese numerals
    ("十五", 15), ("二十", 20), ("一千二百", 1200), ("一千零五", 1005), ("一千零五十", 1050), ("一百零五", 105),
    ("两万", 20000), ("十万", 100000), ("二十五万三千", 253000), ("一亿二千万", 120000000),
    ("三万亿", 3000000000000), ("一亿零五万", 100050000), ("壹仟贰佰", 1200),
    # colloquial trailing digit
    ("一千五", 1500), ("一万二", 12000), ("两百五", 250), ("一亿五", 150000000),
    # decimals and years
    ("零点五", 0.5), ("三点一四", 3.14), ("三点五亿", 350000000), ("二〇二〇", 2020), ("二零二一", 2021),
    ("十五个亿", 1500000000),
]


@pytest.mark.parametrize("text,value", VALUES)
def test_parse_number(text, value):
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize("text", ["", "abc", "十四五", "亿万", "一二三", "1..2", "增长", "%", "点五", "万万"])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text", ["９９９９９９９９９９９９９９９９９９亿", "1" * 40, "99999999999万亿"])
def test_huge_numbers_raise_a_clear_error(text):
    with pytest.raises(NumberTooLarge, match="too"):
        parse_number(text)


# sentence → the numbers NUMBER finds in it, with values
FOUND = [
    ("完成投资181.68亿元,增长5%", [("181.68亿", 18168000000), ("5", 5)]),
    ("签约100万双,总额300万元", [("100万", 1000000), ("300万", 3000000)]),
    ("设计袜子达万余款", [("万", 10000)]),
    ("就业人数达10万余人", [("10万", 100000)]),
    ("目标3年5个亿", [("3", 3), ("5个亿", 500000000)]),
    ("全省粮食产量达七百六十亿斤", [("七百六十亿", 76000000000)]),
    ("二〇二〇年全市新增两万人", [("二〇二〇", 2020), ("两万", 20000)]),
    ("十余家企业", [("十", 10)]),
    ("增长6%-6.5%", [("6", 6), ("6.5", 6.5)]),
    ("2019-2020年度", [("2019", 2019), ("2020", 2020)]),
    ("总数:2280件", [("2280", 2280)]),
    ("5千米道路", [("5", 5)]),
    ("1..2%", [("1", 1)]),
]


@pytest.mark.parametrize("sentence,expected", FOUND)
def test_find_numbers(sentence, expected):
    assert [(sentence[s:e], v) for s, e, v in find_numbers(sentence)] == expected


# Numerals inside words, names and codes: the fragment must not match at all.
NOT_NUMBERS = [
    "这是一次十分重要的会议", "全市上下思想高度统一", "进一步优化营商环境", "一个马克思主义政党",
    "召开第十次常务会议", "审查“十四五”规划", "“十三五”规划收官", "千万不要麻痹大意", "服务千家万户",
    "万一出现问题", "百姓的获得感", "两三个部门", "三分之一的企业", "二十分之一", "国内统一刊号:CN22-0010",
    "新闻热线:0437-3249118", "E-mail:jl_lyrb@126.com", "http://www.0437.com", "PM2.5浓度", "A405号信箱",
    "居全国第20位", "千方百计", "亿万人民", "数十位企业家", "几百个", "一些问题", "一定要", "一直以来", "第一批单位",
]


@pytest.mark.parametrize("sentence", NOT_NUMBERS)
def test_numerals_inside_words_are_not_numbers(sentence):
    assert [sentence[s:e] for s, e, _ in find_numbers(sentence)] == []


def test_overflow_in_text_is_skipped():
    assert list(find_numbers("９９９９９９９９９９９９９９９９９９亿元".translate(
        {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"}))) == []


def test_fragments_compose_without_capturing_groups():
    for fragment in (ARABIC, CHINESE, SCALE, NUMBER):
        compiled = regex.compile(fragment)
        assert compiled.groups == 0
    pattern = regex.compile(rf"增长(?P<num>{NUMBER})%")
    assert pattern.search("同比增长14.5%")["num"] == "14.5"


def test_fragment_is_linear_on_long_runs():
    import time

    for run in ("9" * 200_000, "一二三四五六七八九十" * 20_000, "万亿" * 100_000, "1,000" * 40_000):
        start = time.perf_counter()
        list(NUMBER_RE.finditer(run))
        assert time.perf_counter() - start < 2.0


# ---- property: an independent writer of Chinese numerals round-trips through fragment and parser -------

_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    out, zero = [], False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // size % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out.append("零")
                zero = False
            out.append(_DIGITS[d] + unit)
    return "".join(out)


def chinese(n: int) -> str:
    """Standard Chinese numeral for 1 <= n < 10^16 (十五 not 一十五 at the start)."""
    groups = [(n // 10**12) % 10**4, (n // 10**8) % 10**4, (n // 10**4) % 10**4, n % 10**4]
    units = ["万亿", "亿", "万", ""]
    if groups[0]:  # 万亿 only as a whole leading unit
        groups = [n // 10**12, (n // 10**8) % 10**4, (n // 10**4) % 10**4, n % 10**4]
    out, pending_zero = [], False
    for g, unit in zip(groups, units, strict=True):
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out.append("零")
        out.append(_section(g) + unit)
        pending_zero = False
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n):
    text = chinese(n)
    assert parse_number(text) == n, text
    if n > 10:  # a single digit character, or 十 alone (十分重要), is never taken for a number in running text
        assert NUMBER_RE.fullmatch(text), text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_arabic_with_scales_round_trip(whole, cents):
    text = f"{whole}.{cents:02d}" if cents else str(whole)
    if whole == 0 and not cents:
        text = "0"
    assert parse_number(text + "万") == pytest.approx((whole + cents / 100) * 10**4)
    grouped = f"{whole:,}"
    assert parse_number(grouped) == whole
    if whole:
        assert NUMBER_RE.fullmatch(grouped + "亿")
