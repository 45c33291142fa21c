"""A hotline report's ranking of its contacts' categories and an official's session at the line (kinds34 class).

Lines that open with a category and its count right under `诉求量前N位的分别是:` count that category's contacts
(hotline.category_count), though no hotline word stands in the line, in a titled report and in an untitled excerpt;
an official who takes calls in person (`副市长…现场接听…,两小时共接听来电…`) tells one session's particulars, no figure
of the line. Own sentences of other cities, periods and figures.
"""

from datetime import date

import pytest
from factcase import assert_exactly

TITLED = "湖州市2023年第三季度12345政务服务便民热线运行情况\n一、受理情况\n"
UNTITLED = "一、受理情况\n"
OCT = date(2023, 10, 12)
Q3 = {"period_start": "2023-07-01", "period_end": "2023-09-30"}
OPEN = "2023年第三季度,全市12345热线共受理群众诉求80250件。\n"
_TOTAL = [{"subject": "12345热线受理群众诉求", "value": 80250, "indicator": "hotline.contacts_total", **Q3}]


def _cats(*rows):
    return [{"subject": s, "value": v, "family": "hotline", "indicator": "hotline.category_count", **Q3}
            for s, v in rows]


RANKED = [
    ("从诉求类型看,诉求量前5位的分别是:\n城市管理2310件,主要是占道经营、噪音扰民等。\n"
     "交通出行1870件,主要是公交线路、停车难等。\n劳动保障1502件。\n",
     _cats(("城市管理", 2310), ("交通出行", 1870), ("劳动保障", 1502))),
    ("(二)来电量排名前三的类别依次为：\n住房保障960件,主要是公租房申请、保障房分配和租金补贴等。\n"
     "教育培训720件,主要涉及招生入学、学区划分和校外培训退费等。\n市场监管488件,主要是预付卡退费、食品安全和价格投诉等。\n",
     _cats(("住房保障", 960), ("教育培训", 720), ("市场监管", 488))),
    ("从工单归口领域看,工单量前三位为:\n物业服务655件,集中在电梯维保、小区停车。\n医疗卫生402件。\n",
     _cats(("物业服务", 655), ("医疗卫生", 402))),
]


@pytest.mark.parametrize("head", [TITLED, UNTITLED], ids=["titled", "untitled"])
@pytest.mark.parametrize("text,expected", RANKED)
def test_lines_under_a_ranking_of_categories_count_their_category(head, text, expected):
    assert_exactly(head + OPEN + text, _TOTAL + expected, OCT)


def test_a_ranking_of_units_keeps_its_units_measure():
    """Negative: a ranking of departments (`诉求量排名前三的部门是:`) counts its measure for each unit, no category."""
    text = "诉求量排名前三的部门是:市城管局300件;市交通局240件。\n"
    expected = [{"subject": "市城管局诉求量", "value": 300, "indicator": "hotline.items"},
                {"subject": "市交通局诉求量", "value": 240, "indicator": "hotline.items"}]
    assert_exactly(TITLED + OPEN + text, _TOTAL + [{k: v for k, v in f.items() if k in ("subject", "value", "indicator")}
                                                  for f in expected], OCT)


def test_lines_with_no_ranking_above_stay_as_they_are():
    """Negative: the same kind of line after an ordinary sentence is no category of a ranking."""
    text = "全市新建口袋公园。\n城市管理2310件,主要是占道经营、噪音扰民等。\n"
    facts = [{"subject": "城市管理", "value": 2310, "indicator": None}]
    assert_exactly(UNTITLED + "2023年第三季度,全市受理群众诉求80250件。\n" + text,
                   [{"subject": "群众诉求受理", "value": 80250, "indicator": None}] + facts, OCT)


@pytest.mark.xfail(strict=True, reason="a ranking whose items run on in its own line is not read as categories yet")
def test_a_ranking_with_its_items_inline_counts_each_category():
    text = "从诉求类型看,诉求量前3位的分别是:城市管理2310件、交通出行1870件、劳动保障1502件。\n"
    assert_exactly(UNTITLED + OPEN + text,
                   _TOTAL + _cats(("城市管理", 2310), ("交通出行", 1870), ("劳动保障", 1502)), OCT)


SESSION = {"region": "湖州市", "period_start": "2023-09-01", "period_end": "2023-09-30"}
SESSIONS = [
    # an official's session: its counts are no figures of the line
    ("9月12日,湖州市副市长李明在热线大厅现场接听12345热线电话,三小时共接听市民来电15个,形成工单15件并当场交办。", []),
    ("9月20日,区长王芳走进直播间接听群众来电,一个半小时接听来电8个,现场答复5件。", []),
    # negatives: the line's own month in the same report stays; officials in sum are no one session
    ("9月,湖州市12345热线共接听市民来电21000个。",
     [{"subject": "12345热线接听市民来电", "value": 21000, **SESSION}]),
    ("9月,湖州市市领导共接听市民来电36个。", [{"value": 36, **SESSION}]),
]


@pytest.mark.parametrize("text,expected", SESSIONS)
def test_an_officials_session_at_the_line_gives_no_figure(text, expected):
    assert_exactly(TITLED.replace("第三季度", "9月份") + text, expected, OCT)


MONTH = {"period_start": "2023-09-01", "period_end": "2023-09-30"}
OUTCOMES = [
    # an outcome named alone counts the contacts an earlier count of its sentence named
    ("9月,市12345平台共呼入来电30500个,接通29800个,接通率97.7%。",
     [{"subject": "市12345平台呼入来电", "value": 30500, "indicator": "hotline.count", **MONTH},
      {"subject": "接通来电", "value": 29800, "indicator": "hotline.count", **MONTH},
      {"subject": "接通率", "value": 97.7, **MONTH}]),
    ("9月,各承办单位办结群众工单6200件,已解决5900件,未解决300件。",
     [{"subject": "各承办单位办结群众工单", "value": 6200, **MONTH},
      {"subject": "解决工单", "value": 5900, **MONTH},
      {"subject": "未解决工单", "value": 300, **MONTH}]),
    # negatives: an outcome with no contacts counted before it stays; a rate names its own
    ("9月,全市未解决事项45项。", [{"subject": "未解决事项", "value": 45, **MONTH}]),
    ("9月,市民来电9000个,其中办结率98%。", [{"subject": "市民来电", "value": 9000, **MONTH},
                                      {"subject": "来电办结率", "value": 98, **MONTH}]),
]


@pytest.mark.parametrize("text,expected", OUTCOMES)
def test_an_outcome_named_alone_counts_the_contacts_before_it(text, expected):
    assert_exactly(TITLED.replace("第三季度", "9月份") + text, expected, OCT)
