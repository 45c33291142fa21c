"""Subjects of shares, pulls and group parts (audit classes S1, S2): a share named by its verb and its whole
(`占到全省`, `分别占全部…的`) is the thing's share (…占比), never a clause with no share word nor the thing itself; a
share that moves in percentage points keeps its share word; a pull in percentage points (`影响CPI`, `分别拉动GDP`)
is named after the thing that pulls and what it pulls, never the bare act nor the thing's contribution rate; a
`其中` part named only by its group (`其中城镇为…`) takes the whole's measure; a bare arrival verb names nothing.
Sentences are our own; each row gives ALL the facts of the sentence, in order."""

from datetime import date

import pytest
from factcase import named_values

DAY = date(2023, 4, 12)


def _facts(text: str) -> list[tuple]:
    return named_values(text, DAY)


SHARES = [
    ("share of the province", "2021年,泉州市钢材产量占到全省的58%。", [("other", "钢材产量占全省比重", 58)]),
    ("share of the country", "去年安溪县茶叶产量占了全国12%。", [("other", "茶叶产量占全国比重", 12)]),
    ("shares of a whole, respectively", "2月份,省内、省外快递业务量分别占全部快递业务量的31.5%、66.2%。",
     [("other", "省内快递业务量占比", 31.5), ("other", "省外快递业务量占比", 66.2)]),
    ("a share that moved", "2022年,第一产业占比下降1.6个百分点。", [("growth_rate", "第一产业占比", -1.6)]),
    ("a share that moved, short name", "去年二产占比提高0.8个百分点。", [("growth_rate", "二产占比", 0.8)]),
]

PULLS = [
    ("a price's pull on CPI", "3月鲜菜价格同比上涨9.6%,影响CPI上涨约0.21个百分点。",
     [("growth_rate", "鲜菜价格", 9.6), ("growth_rate", "鲜菜价格影响CPI", 0.21)]),
    ("pulls after contribution rates",
     "全县生产总值增长6.5%,一、二、三产业对经济的贡献率分别为9.1%、40.3%和50.6%,分别拉动GDP增长0.6、2.6和3.3个百分点。",
     [("growth_rate", "生产总值", 6.5),
      ("other", "第一产业对经济的贡献率", 9.1), ("other", "第二产业对经济的贡献率", 40.3),
      ("other", "第三产业对经济的贡献率", 50.6),
      ("growth_rate", "第一产业拉动GDP", 0.6), ("growth_rate", "第二产业拉动GDP", 2.6),
      ("growth_rate", "第三产业拉动GDP", 3.3)]),
    ("an industry's pull", "1—6月,全市汽车制造业增加值增长15.2%,拉动全市规上工业增长3.1个百分点。",
     [("growth_rate", "汽车制造业增加值", 15.2), ("growth_rate", "汽车制造业拉动全市规上工业", 3.1)]),
]

GROUP_PARTS = [
    ("urban and rural parts of a coefficient", "全市居民恩格尔系数为29.4%,其中城镇为27.8%,农村为33.1%。",
     [("other", "居民恩格尔系数", 29.4), ("other", "城镇居民恩格尔系数", 27.8), ("other", "农村居民恩格尔系数", 33.1)]),
]

NOTHING = [
    ("cars arrived", "去年是1800多台,今年到港已超过4000台。", []),
]

STAYS = [
    ("an urban count named in full", "全市常住人口320万人,其中城镇人口210万人。",
     [("other", "常住人口", 3200000), ("other", "常住城镇人口", 2100000)]),
]


@pytest.mark.parametrize("name,text,facts", SHARES + PULLS + GROUP_PARTS + NOTHING + STAYS,
                         ids=[row[0] for row in SHARES + PULLS + GROUP_PARTS + NOTHING + STAYS])
def test_subject(name, text, facts):
    assert _facts(text) == facts
