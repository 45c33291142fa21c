"""Periods of round 48 (audit sheet 47): a past peak or low told by its extreme alone (`最多的时候，…`, `高峰时期，…`,
`损耗最高时可达…`) is a moment the text does not give, so its figures have no period, not the report's day; inside a
span in force the span holds; and a planned level at a written year's end (`到年底…总数将达到…`) is that end's level,
not the whole year's plan. Each row is our own text: ALL its facts (value, subject, period)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 10, 15)
TODAY = "2019-10-15"
KEYS = ("value", "subject", "period_start", "period_end")


def _facts(*rows):
    return [dict(zip(KEYS, row, strict=True)) for row in rows]


CASES = [
    # a peak as a clause of its own: the figures after it in the sentence have no period
    ("a peak told as a clause of its own",
     "最多的时候，一天有150多辆货车进园区装货。",
     _facts((150, "一天货车进园区装货", None, None))),
    pytest.param("a peak period dates every item of its list",
                 "高峰时期，全市共开设120家发热门诊、35个集中隔离点，仅主城区就有40家。",  # `主城区` of 40 is no subject
                 _facts((120, "开设发热门诊", None, None), (35, "集中隔离点", None, None)),
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) keeps a wrong fact: a "
                                         "place alone as the subject (仅主城区就有40家 → 主城区), a part's clause after "
                                         "its whole")),
    # a peak after its measure: the figure's moment, and no part of the measure's name
    ("a peak after the measure it qualifies",
     "该厂的原料损耗最高时可达2%。",
     _facts((2, "该厂的原料损耗", None, None))),
    ("a visitor peak after its measure",
     "商场客流最多时超过3万人次。",
     _facts((30000, "商场客流", None, None))),
    ("a firm's heyday after its owner",
     "东方物流公司鼎盛时期拥有300多辆货车。",
     _facts((300, "东方物流公司货车", None, None))),
    # negatives: a span in force holds, the next sentence is the report's again, hours and a share's base are no peak
    ("a year written before a peak keeps its year so far",
     "2019年，全县蔬菜价格最高时上涨30%。",
     _facts((30, "蔬菜价格", "2019-01-01", TODAY))),
    ("the sentence after a peak is as of the report",
     "最多的时候，一天有150多辆货车进园区装货。目前园区共有企业80家。",
     _facts((150, "一天货车进园区装货", None, None), (80, "园区企业", None, TODAY))),
    ("rush hours are no past peak",
     "高峰时段，车站开放12条安检通道。",
     _facts((12, "车站开放安检通道", None, TODAY))),
    ("a share of the peak's level keeps the day",
     "5月5日，全市在院患者降至60例，为最高峰时的4.2%。",
     _facts((60, "在院患者", None, "2019-05-05"), (4.2, "在院患者(为最高峰时)", None, "2019-05-05"))),
]


def _params(cases):
    """Each row without its label, the label its id (a pytest.param row keeps its marks)."""
    rows = [(c.values, c.marks) if hasattr(c, "marks") else (c, ()) for c in cases]
    return [pytest.param(*values[1:], marks=marks, id=values[0]) for values, marks in rows]


@pytest.mark.parametrize("text,expected", _params(CASES))
def test_past_peak_periods(text, expected):
    assert_exactly(text, expected, PUBLISHED)


GAPS = [
    # a peak right before a measure at a clause's start is read as the subject's moment lead: the first figure is
    # dropped with it and the yearly value after `、` stays as of the report (audit 47#154)
    ("a peak opening a clause before its measure",
     "村里种茶多年，最多时茶园面积达2000多亩、年产值超500万元。",
     _facts((2000, "茶园面积", None, None), (5000000, "年产值", None, None))),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in GAPS], ids=[c[0] for c in GAPS])
@pytest.mark.xfail(strict=True, reason="a peak before its measure at a clause's start is the subject's moment lead")
def test_past_peak_gaps(text, expected):
    assert_exactly(text, expected, PUBLISHED)


# A planned level at a written year's end (audit 47#145; deadline_stocks.year_end_level): what a total, a count held
# or an area will stand at `到年底` is the level at that end (open start), not the whole year's plan; a flow in the
# figure's own comma clause (`新建`, `建成`, `新增`) or a change keeps the year.
PLANNED = date(2019, 10, 25)
YEAR = ("2019-01-01", "2019-12-31")
END = (None, "2019-12-31")

YEAR_END_CASES = [
    ("a total after the year's new builds so far",
     "今年前三季度，全市新建公厕1500座，到年底全市公厕总数将达到7000余座。",
     _facts((1500, "新建公厕", "2019-01-01", "2019-09-30"), (7000, "公厕总数", *END))),
    ("a network's length after what was built this year",
     "全县今年已新建污水管网40公里，到年底污水管网总长将达到300公里。",
     _facts((40, "新建污水管网", "2019-01-01", "2019-10-25"), (300, "污水管网总长", *END))),
    ("a count held after a clause of new builds",
     "到今年底，全区将新建5个公园，公园总数将达到60个。",
     _facts((5, "新建公园", *YEAR), (60, "公园总数", *END))),
    # negatives: flows by the year's end keep the year, a level already read as the end's point stays
    ("what is to be built and added by the year's end",
     "到今年底，全区将建成600个养殖单元，新增产能80万头。",
     _facts((600, "养殖单元", *YEAR), (800000, "新增产能", *YEAR))),
    ("a change planned by the year's end",
     "力争到年底全市污水处理率提高5个百分点。",
     _facts((5, "污水处理率", *YEAR))),
    ("a level of a later year's end",
     "到2020年底，全国高素质农民将达到1800万人。",
     _facts((18000000, "高素质农民", None, "2020-12-31"))),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in YEAR_END_CASES], ids=[c[0] for c in YEAR_END_CASES])
def test_year_end_levels(text, expected):
    assert_exactly(text, expected, PLANNED)
