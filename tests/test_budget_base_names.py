"""A result, then the budget it is measured against (`…收入完成…,完成年初预算数…的…%,比上年减收…,下降…%`): the budget's
amount is named as the account's budget, the share after it as the account's share of it, and the change and
growth after them are the account's, never the budget's (budget_bases.py, figure_naming.py)."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY = date(2024, 5, 16)
YTD = {"period_start": "2024-01-01", "period_end": "2024-04-30"}
Y24 = {"period_start": "2024-01-01", "period_end": "2024-12-31"}
Y23 = {"period_start": "2023-01-01", "period_end": "2023-12-31"}

CASES = [
    ("budget amount, its share, a decline",
     "1—4月,全县一般公共预算收入完成3.2亿元,完成年初预算数7.9亿元的40.5%,比上年减收0.2亿元,下降5.9%。", MAY,
     [{"subject": "一般公共预算收入", "value": 3.2e8, "status": "actual", **YTD},
      {"subject": "一般公共预算收入年初预算数", "value": 7.9e8, "status": "target", **Y24},
      {"subject": "一般公共预算收入(完成年初预算数)", "value": 40.5, "status": "actual", **YTD},
      {"subject": "一般公共预算收入变化", "value": -2e7, "status": "actual", **YTD},
      {"subject": "一般公共预算收入", "value": -5.9, "status": "actual", **YTD}]),
    ("a running account's budget is the year's plan",
     "4月,政府性基金预算支出累计完成0.6亿元,完成年初预算1.5亿元的40%,比上年增支0.1亿元,增长20%。", MAY,
     [{"subject": "累计政府性基金预算支出", "value": 6e7, **YTD},
      {"subject": "政府性基金预算支出年初预算", "value": 1.5e8, **Y24},
      {"subject": "累计政府性基金预算支出(完成年初预算)", "value": 40, **YTD},
      {"subject": "政府性基金预算支出累计增支", "value": 1e7, **YTD},
      {"subject": "累计政府性基金预算支出", "value": 20, **YTD}]),
    ("为调整预算, a year's report",
     "2023年,全区税收收入9.1亿元,为调整预算9.5亿元的95.8%,同比增长3.4%。", date(2024, 1, 20),
     [{"subject": "税收收入", "value": 9.1e8, **Y23},
      {"subject": "税收收入调整预算", "value": 9.5e8, "status": "target", **Y23},
      {"subject": "税收收入(为调整预算)", "value": 95.8, **Y23},
      {"subject": "税收收入", "value": 3.4, **Y23}]),
    ("a share of the budget with no amount",
     "2023年,全县一般公共预算支出完成31.2亿元,完成年度预算数的98%,同比增长4%。", date(2024, 1, 20),
     [{"subject": "一般公共预算支出", "value": 3.12e9}, {"subject": "一般公共预算支出(完成年度预算数)", "value": 98},
      {"subject": "一般公共预算支出", "value": 4}]),
    # negatives: a budget's own account before its amount is a result; an amount after a share is no budget
    ("a budget's own account",
     "1—4月,全县一般公共预算收入完成3.2亿元,政府性基金预算收入完成0.5亿元。", MAY,
     [{"subject": "一般公共预算收入", "value": 3.2e8}, {"subject": "政府性基金预算收入", "value": 5e7}]),
    ("a result after a share",
     "1—4月,全县税收收入完成2.4亿元,占一般公共预算收入的75%,非税收入0.8亿元。", MAY,
     [{"subject": "税收收入", "value": 2.4e8}, {"subject": "税收收入(占一般公共预算收入)", "value": 75},
      {"subject": "非税收入", "value": 8e7}]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_budget_base_names(name, text, published, expected):
    assert_exactly(text, expected, published)
