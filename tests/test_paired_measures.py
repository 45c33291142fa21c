"""A subject that names a different measure than its value's (sheets 34-36): a pair of items with a pair of changes
gives each its own item, `分别` said or not (进口整体通关时间 / 出口整体通关时间, never both for each); 进出口 spread by
`分别` is its halves; how long clearance takes is no trade indicator; `起降` counts flights, no decline; a measure
reckoned without a part (`剔除…影响后`) keeps the exclusion; a `其中` part named by its sector alone measures the
whole's foreign investment. Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import assert_exactly

MAR = date(2024, 3, 20)
Y23 = {"period_start": "2023-01-01", "period_end": "2023-12-31"}


def _facts(*rows):
    return [{"subject": s, "value": v, "indicator": ind} for s, v, ind in rows]


PAIRS = [
    # `分别` unsaid: as many items as changes joined after one direction word, in order, each with the sign
    ("2023年,全市进口、出口整体通关时间比上年压缩48.2%和57.9%。",
     _facts(("进口整体通关时间", -48.2, None), ("出口整体通关时间", -57.9, None))),
    ("今年前8个月,全区会议和党委文件同比减少38%、51.5%。",
     _facts(("会议", -38, None), ("党委文件", -51.5, None))),
    ("2023年,全县城镇、农村居民人均可支配收入同比增长4.8%和6.9%。",
     _facts(("城镇居民人均可支配收入", 4.8, "growth.disposable_income_urban"),
            ("农村居民人均可支配收入", 6.9, "growth.disposable_income_rural"))),
    ("2023年,全市工业增加值和利润同比增长5.5%、9.1%。",
     _facts(("工业增加值", 5.5, "growth.industrial_value_added"), ("利润", 9.1, None))),
    # the later item opening with the first item's measure words is the first's owner's too; one time dates both
    ("春节期间,某支付平台交易笔数和交易金额较去年同期增长1.8倍和3.1倍。",
     _facts(("某支付平台交易笔数", 1.8, None), ("某支付平台交易金额", 3.1, None))),
    # `分别` said: 进出口 named as one item is its two halves, imports first
    ("2023年,全市进出口平均通关时间分别压缩36%和68%。",
     _facts(("进口平均通关时间", -36, None), ("出口平均通关时间", -68, None))),
    ("2023年,全省货物进出口额分别增长4.2%和7.3%。",
     _facts(("货物进口额", 4.2, "growth.imports"), ("货物出口额", 7.3, "growth.exports"))),
    # negatives: one measure named, or one change, stays as it is
    ("2023年,全市进出口平均通关时间压缩36%。", _facts(("进出口平均通关时间", -36, None))),
    ("2023年,全市外贸进出口总额同比增长8.4%。", _facts(("外贸进出口总额", 8.4, "growth.import_export"))),
    ("2023年,全县城乡居民人均可支配收入增长5.2%。",
     _facts(("城乡居民人均可支配收入", 5.2, "growth.disposable_income"))),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_pairs_each_item_its_own(text, expected):
    assert_exactly(text, expected, MAR)


SIGNS = [
    # takeoffs and landings are counted, no decline (was -418, and the subject lost its 降)
    ("国庆假期,某机场运行平稳。共保障航班起降418架次,日均60架次。",
     [{"subject": "保障航班起降", "value": 418}, {"subject": "保障航班起降(日均)", "value": 60}]),
    # a bare 降 before a figure is still a decline
    ("2023年,全市工商业电价降4%。", [{"subject": "工商业电价", "value": -4}]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS)
def test_counted_events_keep_their_sign(text, expected):
    assert_exactly(text, expected, MAR)


EXCLUDED = [
    ("专家认为,剔除猪肉价格影响后,CPI仅上涨1.2%左右。",
     [{"subject": "CPI(剔除猪肉价格影响)", "value": 1.2, "indicator": None}]),
    ("2023年,扣除汽车类商品后,全市社会消费品零售总额同比增长8.6%。",
     [{"subject": "社会消费品零售总额(扣除汽车类商品)", "value": 8.6, "indicator": None}]),
    # negatives: taking prices out is the measure's real change; no exclusion is no change
    ("2023年,剔除价格因素,全市社会消费品零售总额实际增长6.1%。",
     [{"subject": "社会消费品零售总额(实际)", "value": 6.1, "indicator": "growth.retail_sales"}]),
    ("2023年,全国CPI上涨1.9%。", [{"subject": "CPI", "value": 1.9, "indicator": "growth.cpi"}]),
]


@pytest.mark.parametrize(("text", "expected"), EXCLUDED)
def test_measure_without_a_part(text, expected):
    assert_exactly(text, expected, MAR)


PARTS = [
    ("2023年,全省制造业实际使用外资同比增长18.4%,占比为28.2%。其中,高技术制造业同比增长31.7%。",
     [{"subject": "制造业实际使用外资", "value": 18.4}, {"subject": "制造业实际使用外资占比", "value": 28.2},
      {"subject": "高技术制造业实际使用外资", "value": 31.7}]),
    ("2023年,全市实际利用外资同比增长12%,其中服务业增长15.5%。",
     [{"subject": "实际利用外资", "value": 12}, {"subject": "服务业实际利用外资", "value": 15.5}]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_sector_part_of_foreign_investment(text, expected):
    assert_exactly(text, [{**e, **Y23} for e in expected], MAR)


def test_one_time_dates_every_unsaid_item():
    assert_exactly("受疫情影响,某班列1—4月开行数和发货量同比上升19%和23%。",
                   [{"subject": "某班列开行数", "value": 19, "period_start": "2024-01-01", "period_end": "2024-04-30"},
                    {"subject": "发货量", "value": 23, "period_start": "2024-01-01", "period_end": "2024-04-30"}], date(2024, 5, 20))


CHECKED = [
    # passing a named check says which things are counted, not all such things
    ("2023年,全国有118个贫困县通过验收脱贫。", [{"subject": "通过验收脱贫的贫困县", "value": 118}]),
    ("2023年,全省46家企业通过认定成为高新技术企业。", [{"subject": "通过认定成为高新技术企业的企业", "value": 46}]),
    # negatives: 通过 as a means stays narrative; a check with nothing after it leaves the bare things, no fact
    ("他们通过网络销售农产品120万元。", []),
    ("2023年,全市52个项目通过验收。", []),  # 项目 without the check it passed: a bare name (round 50)
]


@pytest.mark.parametrize(("text", "expected"), CHECKED)
def test_things_that_passed_a_check(text, expected):
    assert_exactly(text, expected, MAR)


SUB_INDICES = [
    # a purchasing managers' sub-index after `其中` is the survey's, its change too
    ("1月,全国制造业采购经理指数(PMI)为49.8%,其中生产指数为51.2%,环比上升0.3个百分点。",
     [{"subject": "制造业采购经理指数", "value": 49.8}, {"subject": "制造业PMI生产指数", "value": 51.2},
      {"subject": "制造业PMI生产指数(环比)", "value": 0.3}]),
    ("1月,制造业PMI为49.8%,其中新订单指数为50.4%,从业人员指数为47.9%。",
     [{"subject": "制造业PMI", "value": 49.8}, {"subject": "制造业PMI新订单指数", "value": 50.4},
      {"subject": "制造业PMI从业人员指数", "value": 47.9}]),
    # negative: a part of another whole keeps its name
    ("1月,全市工业增加值增长5%,其中生产指数为51%。",
     [{"subject": "工业增加值", "value": 5}, {"subject": "生产指数", "value": 51}]),
]


@pytest.mark.parametrize(("text", "expected"), SUB_INDICES)
def test_survey_sub_index(text, expected):
    assert_exactly(text, expected, date(2024, 2, 20))
