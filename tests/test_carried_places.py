"""A place that opens a sentence or its paragraph is carried to what follows it there: a scope word (`全省`) past the
sentence's `;` and to the paragraph's later sentences, a place counted with the sample its figures are about
(`呼和浩特市16家商场…`), and a county's short name written before its own whole (`海宁全市`). Never to a sentence that
names another place, a list of places, the parts after `其中`, or a benchmark (`同期全国…`)."""

from datetime import date

import pytest
from factcase import facts_of

OCT = date(2018, 10, 8)
HEAD = "假日旅游市场红火\n"        # a headline that names no place: the report's place is what its text says
FUJIAN = "\n下一步,福建省将继续提升假日旅游服务。"   # the one province the page names, once: `全省` is it
ZHEJIANG = "\n浙江省商务厅表示,将继续做好市场保供。"
HANGZHOU = "\n杭州市统计局表示,工业经济稳中有进。"
SALES = "春节消费市场活跃\n"


def _region(text: str, value: float) -> str | None:
    found = [f for f in facts_of(text, OCT) if abs(f["value"] - value) < 1e-6]
    assert found, (text, value)
    return found[0]["region"]


# (text, value, region)
SCOPE_CARRIED = [
    # a scope word that opens the sentence holds past its `;`
    (HEAD + "记者从省文旅厅获悉,国庆假期,全省接待游客2816.4万人次,增长18.2%;实现旅游收入211.5亿元,增长24.6%。" + FUJIAN,
     21150000000, "福建省"),
    (HEAD + "据省商务厅消息,国庆期间全省重点商贸企业销售额95.2亿元;餐饮收入增长13.3%。" + ZHEJIANG, 13.3, "浙江省"),
    (HEAD + "记者从市统计局了解到,前三季度,全市规模以上工业增加值增长6.1%;工业用电量增长4.7%。" + HANGZHOU, 4.7, "杭州市"),
    # …and to the later sentences of the paragraph it opens
    (HEAD + "记者从省文旅厅获悉,受多重利好带动,全省各大景区客流旺盛。纳入监测的30家景区接待游客612.5万人次,"
     "增长12.4%。" + FUJIAN, 6125000, "福建省"),
    # a place counted with its sample heads its sentence, and its paragraph
    (SALES + "据统计,春节期间,呼和浩特市18家大型商场实现销售额2.4亿元,增长21.5%;超市年货热销。"
     "重点餐饮企业春节期间实现营业收入630万元,增长38%。", 6300000, "呼和浩特市"),
    (SALES + "春节假期,包头市12家重点超市销售额1.1亿元。重点餐饮企业营业额增长15.6%。", 15.6, "包头市"),
    # a county's short name before its own whole
    (SALES + "目前,海宁全市拥有规模以上经编企业246家,上市公司3家。", 246, "海宁市"),
    (SALES + "截至去年底,诸暨全市共有袜业企业5100家。", 5100, "诸暨市"),
    (SALES + "2018年,涪城全区地区生产总值达到380.1亿元、增长9.1%。", 38010000000, "涪城区"),
    (SALES + "去年,平阳全县新增规模以上企业86家。", 86, "平阳县"),
]

# (text, value, region): what must stay as it is
NOT_CARRIED = [
    # a later sentence that names another place is that place's
    (HEAD + "记者从省文旅厅获悉,国庆假期,全省接待游客2816.4万人次。厦门市接待游客増长9.7%;实现旅游收入81.2亿元。",
     8120000000, "厦门市"),
    # a benchmark after the province's figure stays the country's
    (HEAD + "今年1-9月,四川省出口2810.5亿元,增长19.1%,高于同期全国4.8%的整体出口增幅。", 4.8, "全国"),
    # the parts after `其中` are named by themselves, not the province that opened the paragraph
    (HEAD + "记者从省文旅厅获悉,国庆假期,全省重点景区客流旺盛。纳入监测的30家景区接待游客612.5万人次。"
     "其中,清源山、鼓浪屿等景区接待游客增速分别为21.3%和15.4%。" + FUJIAN, 21.3, None),
    # items of a list by place are no sentence's topic
    (HEAD + "新增病例中,乐清市16例、瑞安市11例。另有境外输入病例7例。", 7, None),
    (HEAD + "温州市18家商场、宁波市15家商场参加促销。参与促销的商户销售额增长12.6%。", 12.6, None),
    # a short name that is not the county's own whole stays unread
    (SALES + "目前,平阳全市拥有规模以上企业246家。", 246, None),
]


NOV = date(2019, 11, 14)
NUMBERED = "农业生产情况\n记者从统计部门获悉最新农业数据。\n前三季度,浙江农业生产情况如下:一、粮食产量520万吨,增长1.1%。\n"
POINTS = "外贸运行情况\n记者从海关获悉最新外贸数据。\n前三季度,浙江外贸进出口呈现四个特点:\n一是浙江一般贸易进出口1850.2亿元,增长12.1%。\n"

# (text, value, region, (period_start, period_end)): a point of a list written one a paragraph keeps its list's place
# and time; a point that names its own place is that place's
LIST_POINTS = [
    (POINTS + "二是对东盟进出口增速较快,进出口额420.6亿元,增长18.3%。", 42060000000, "浙江省",
     ("2019-01-01", "2019-09-30")),
    (POINTS + "二是民营企业进出口增长较快。\n三是机电产品出口965.2亿元,增长7.4%。", 7.4, "浙江省",
     ("2019-01-01", "2019-09-30")),
    (POINTS + "二是宁波保持领先地位,进出口值1120.5亿元,增长6.9%。", 6.9, "宁波市", ("2019-01-01", "2019-09-30")),
    # a paragraph after one that is no list's introduction starts afresh
    ("外贸运行情况\n记者从海关获悉最新外贸数据。\n前三季度,浙江外贸进出口平稳增长。\n二是民营企业进出口增长9.2%。",
     9.2, None, (None, "2019-11-14")),
    # a numbered list (`…如下:一、…` then `二、…`) is one list as points are (list_items.py)
    (NUMBERED + "二、油料产量310万吨,增长2.2%。", 2.2, "浙江省", ("2019-01-01", "2019-09-30")),
    (NUMBERED + "二、油料产量310万吨,增长2.2%。\n三、蔬菜产量1700万吨,增长3.1%。", 3.1, "浙江省",
     ("2019-01-01", "2019-09-30")),
    # an item written otherwise (`2.` after `一、`) or numbered on from no item is no item of the list
    (NUMBERED + "2.油料产量310万吨,增长2.2%。", 2.2, None, (None, "2019-11-14")),
    (NUMBERED + "三、油料产量310万吨,增长2.2%。", 2.2, None, (None, "2019-11-14")),
]


@pytest.mark.parametrize("text,value,region,period", LIST_POINTS, ids=[str(c[1]) for c in LIST_POINTS])
def test_a_point_keeps_its_lists_place_and_time(text, value, region, period):
    fact = next(f for f in facts_of(text, NOV) if abs(f["value"] - value) < 1e-6)
    assert (fact["region"], (fact["period_start"], fact["period_end"])) == (region, period), fact


@pytest.mark.parametrize("text,value,region", SCOPE_CARRIED, ids=[str(c[1]) for c in SCOPE_CARRIED])
def test_an_opening_place_is_carried(text, value, region):
    assert _region(text, value) == region


@pytest.mark.parametrize("text,value,region", NOT_CARRIED, ids=[str(c[1]) for c in NOT_CARRIED])
def test_an_opening_place_is_not_carried_past_another(text, value, region):
    # a benchmark may be dropped altogether; whatever is kept is filed under its own place or none
    assert {f["region"] for f in facts_of(text, OCT) if abs(f["value"] - value) < 1e-6} <= {region}
