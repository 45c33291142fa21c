"""Other-kinds classes of round 46: a covid headline that runs two counts together with no stop
(`某省新增9例确诊病例全省累计确诊88例`) names the day's new cases, not an uncatalogued count; a day's new close contacts
(`新增密切接触者…人`) under a bulletin's time are that day's count; a statistical table's sub-rows opened by a part mark
(`其中:小麦`, `#大豆`) are read like the rows above them. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 2, 7)
DAY = "2020-02-05"


def _f(value, unit, subject=None, indicator=None, start=None, end=None, **extra):
    out = {"value": value, "unit": unit}
    if subject is not None:
        out["subject"] = subject
    if indicator is not False:
        out["indicator"] = indicator
    if start is not False:
        out["period_start"] = start
    if end is not False:
        out["period_end"] = end
    out.update(extra)
    return out


HEADLINES = [
    ("a headline's new and running counts with no stop between",
     "甘肃新增7例新冠肺炎确诊病例全省累计确诊67例\n　　本报讯　截至2月5日10时，甘肃新增7例新冠肺炎确诊病例，"
     "累计确诊67例。\n",
     [_f(7, "例", "新增新冠肺炎确诊病例", "covid.new_confirmed", DAY, DAY),
      _f(67, "例", "累计确诊", "covid.cumulative_confirmed", None, DAY)]),
    ("a headline's counts with a province's scope word between",
     "河北新增12例确诊病例全省累计确诊147例\n",
     [_f(12, "例", "新增确诊病例", "covid.new_confirmed", None, "2020-02-07"),
      _f(147, "例", "累计确诊", "covid.cumulative_confirmed", None, "2020-02-07")]),
    ("a city's headline with 全市 between",
     "杭州新增4例确诊病例全市累计确诊158例\n",
     [_f(4, "例", "新增确诊病例", "covid.new_confirmed", None, "2020-02-07"),
      _f(158, "例", "累计确诊", "covid.cumulative_confirmed", None, "2020-02-07")]),
]

CONTACTS = [
    ("new close contacts under a bulletin's as-of time",
     "截至2月5日10时，甘肃新增7例确诊病例。全省新增密切接触者415人，累计5120人，均在集中隔离观察。\n",
     [_f(7, "例", "新增确诊病例", "covid.new_confirmed", DAY, DAY),
      _f(415, "人", "新增密切接触者", "covid.close_contacts", DAY, DAY),
      _f(5120, "人", indicator="covid.close_contacts", start=None, end=DAY)]),
    ("close contacts released that day, and those released so far",
     "截至2月5日10时，甘肃新增7例确诊病例。新增解除密切接触者233人，累计解除密切接触者980人。\n",
     [_f(7, "例", "新增确诊病例", "covid.new_confirmed", DAY, DAY),
      _f(233, "人", "新增解除密切接触者", "covid.close_contacts", DAY, DAY),
      _f(980, "人", "累计解除密切接触者", "covid.close_contacts", None, DAY)]),
    # negative: no bulletin time, the paper's day stays open
    ("new close contacts with no time written",
     "全省新增密切接触者415人。\n",
     [_f(415, "人", "新增密切接触者", "covid.close_contacts", None, "2020-02-07")]),
]

TITLE = "某县2020年国民经济和社会发展统计公报\n"
TABLE = TITLE + "表2 主要农产品产量 | |||\n产品名称 | 计量单位 | 2020年 | 同比增长(%) |\n"
TABLES = [
    ("a bar table's sub-rows opened by 其中:",
     TABLE + "油料 | 吨 | 5200 | 3.1 |\n其中:花生 | 吨 | 4100 | 6.5 |\n蔬菜 | 吨 | 88000 | -2.4 |\n",
     [_f(5200, "吨", "油料", start=False, end=False), _f(3.1, "%", "油料", start=False, end=False),
      _f(4100, "吨", "花生", start=False, end=False), _f(6.5, "%", "花生", start=False, end=False),
      _f(88000, "吨", "蔬菜", start=False, end=False), _f(-2.4, "%", "蔬菜", start=False, end=False)]),
    ("a bar table's sub-row opened by #",
     TABLE + "肉类 | 吨 | 9100 | 12.0 |\n#猪肉 | 吨 | 6300 | 15.2 |\n",
     [_f(9100, "吨", "肉类", start=False, end=False), _f(12.0, "%", "肉类", start=False, end=False),
      _f(6300, "吨", "猪肉", start=False, end=False), _f(15.2, "%", "猪肉", start=False, end=False)]),
]


@pytest.mark.parametrize(("label", "text", "expected"), HEADLINES + CONTACTS, ids=[c[0] for c in HEADLINES + CONTACTS])
def test_covid_bulletins(label, text, expected):
    assert_exactly(text, expected, published=PUBLISHED)


@pytest.mark.parametrize(("label", "text", "expected"), TABLES, ids=[c[0] for c in TABLES])
def test_table_sub_rows(label, text, expected):
    assert_exactly(text, expected, published=date(2021, 4, 20))


def test_one_cell_a_line_table_sub_row():
    """A table written one cell per line (as HTML tables read) with a sub-row opened by `其中：`."""
    text = ("某县2015年国民经济和社会发展统计公报\n全年全县规模以上工业增加值比上年增长6.0%,其中轻工业增长5.0%,"
            "重工业增长7.0%,工业经济运行总体平稳。\n"
            "主要工业产品产量\n产品名称\n计量单位\n产量\n较上年±%\n饮料酒\n千升\n2300\n-1.5\n"
            "其中：啤酒\n千升\n1800\n4.0\n")
    assert_exactly(text, [
        {"value": 6.0}, {"value": 5.0}, {"value": 7.0}, {"subject": "饮料酒产量", "value": 2300, "unit": "千升"},
        {"subject": "饮料酒产量", "value": -1.5, "unit": "%"},
        {"subject": "啤酒产量", "value": 1800, "unit": "千升"}, {"subject": "啤酒产量", "value": 4.0, "unit": "%"},
    ], date(2016, 4, 1))
