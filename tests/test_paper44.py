"""Round-44 rules on People's Daily features (audit 43a), each row our own sentence with ALL its facts:

- a time between a pairing word and a comparison's close (`和去年基本持平`, `跟去年相比`, `同上年同期相比`) is the base a
  change is measured against: it dates nothing and leaves no `跟`/`同` on the subject; `基本持平` is a rough 0;
- a yearly average spelt out (`平均每年增长`, `每年平均下降`) is the measure's `年均` change, and an average right after
  a change against a base year (`比1978年增长2.1倍，年均增长2.8%`) covers the same years;
- a project's name may carry capital Latin letters (`…PPP项目`, `…5G智慧工厂`): its size is that project's;
- a manner word alone (`实际增长5.0%`) after a first clause telling its measure's goal in words is that measure's
  change, and a goal's `预期` right before its change is no part of the measure's name;
- a change whose subject names again the noun just counted with a word of number (`…提案209件，提案数量增长近40%`) is
  that count's change (its owner kept).
"""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2020, 5, 12)
KEYS = ("subject", "value", "qualifier", "period_start", "period_end")


def _row(subject, value, qualifier, start, end):
    return dict(zip(KEYS, (subject, value, qualifier, start, end), strict=True))


BASES = [
    ("flat roughly with last year, a quarter opening the clause",
     "一季度，全市网络零售额和去年基本持平，实物商品网上零售额同比增长5.9%。\n",
     [_row("网络零售额", 0, "approx", "2020-01-01", "2020-03-31"),
      _row("实物商品网上零售额", 5.9, "exact", "2020-01-01", "2020-03-31")]),
    ("compared with 跟 and 相比",
     "前三季度，全县工业产值跟去年相比增长9%。\n",
     [_row("工业产值", 9, "exact", "2020-01-01", "2020-09-30")]),
    ("compared with 同 and the same period",
     "一季度，全县财政收入同去年同期相比下降3%。\n",
     [_row("财政收入", -3, "exact", "2020-01-01", "2020-03-31")]),
    ("compared with 和 over the months so far",
     "今年前两个月，全省快递业务量和去年同期相比下降12%。\n",
     [_row("快递业务量", -12, "exact", "2020-01-01", "2020-02-29")]),
    ("roughly flat with the same month a year before",
     "4月份，全市限额以上单位家电类零售额与上年同月基本持平。\n",
     [_row("限额以上单位家电类零售额", 0, "approx", "2020-04-01", "2020-04-30")]),
    ("a price roughly flat with 同 in a season",
     "今年春耕，全县化肥价格同去年基本持平。\n",
     [_row("化肥价格", 0, "approx", "2020-01-01", "2020-05-12")]),
    ("roughly flat, 大体",
     "1-4月，全省汽车销量与去年同期大体持平。\n",
     [_row("汽车销量", 0, "approx", "2020-01-01", "2020-04-30")]),
    # negatives: an exact flat stays exact; two times joined by 和 are no base
    ("an exact flat",
     "今年以来，全市粮食价格与上年持平。\n",
     [_row("粮食价格", 0, "exact", "2020-01-01", "2020-05-12")]),
    ("a sum ending in 和 keeps it",
     "全县收入总和为30亿元。\n",
     [_row("收入总和", 3e9, "exact", None, "2020-05-12")]),
]

AVERAGES = [
    ("spelt out after a change over a base year",
     "2018年，全国粮食总产量13158亿斤，比1949年增长4.8倍，平均每年增长2.6%。\n",
     [_row("粮食总产量", 1.3158e12, "exact", "2018-01-01", "2018-12-31"),
      _row("粮食总产量(比1949年)", 4.8, "exact", "1949-01-01", "2018-12-31"),
      _row("粮食总产量(平均每年)", 2.6, "exact", "1949-01-01", "2018-12-31")]),
    ("年均 after a change over a base year",
     "2018年，全省粮食总产量1300万吨，比1978年增长2.1倍，年均增长2.8%。\n",
     [_row("粮食总产量", 1.3e7, "exact", "2018-01-01", "2018-12-31"),
      _row("粮食总产量(比1978年)", 2.1, "exact", "1978-01-01", "2018-12-31"),
      _row("粮食总产量(年均)", 2.8, "exact", "1978-01-01", "2018-12-31")]),
    ("每年平均 after a change over a base year",
     "2018年，全市地区生产总值达到800亿元，比1978年增长120倍，每年平均增长10.2%。\n",
     [_row("地区生产总值", 8e10, "exact", "2018-01-01", "2018-12-31"),
      _row("地区生产总值(比1978年)", 120, "exact", "1978-01-01", "2018-12-31"),
      _row("地区生产总值(每年平均)", 10.2, "exact", "1978-01-01", "2018-12-31")]),
    ("spelt out over a from-to span",
     "全县农村居民人均可支配收入从2015年的8000元增长到2019年的12000元，平均每年增长10.7%。\n",
     [_row("农村居民人均可支配收入", 8000, "exact", "2015-01-01", "2015-12-31"),
      _row("农村居民人均可支配收入", 12000, "exact", "2019-01-01", "2019-12-31"),
      _row("农村居民人均可支配收入(平均每年)", 10.7, "exact", "2015-01-01", "2019-12-31")]),
    # negatives: an average of new things per year is no change; a plain change after a base keeps its own year
    ("an average of new things per year",
     "2019年全县新建学校12所，平均每年新增学位3000个。\n",
     [_row("新建学校", 12, "exact", "2019-01-01", "2019-12-31"),
      _row("平均每年新增学位", 3000, "exact", None, None)]),
]

NAMES = [
    ("a PPP project after its total",
     "4月29日，总投资13.6亿元的湖北某市国家储备林建设PPP项目正式签约落地。\n",
     [_row("湖北某市国家储备林建设PPP项目总投资", 1.36e9, "exact", "2020-04-29", "2020-04-29")]),
    ("a 5G factory after its total",
     "昨天，总投资8亿元的江城5G智慧工厂项目开工。\n",
     [_row("江城5G智慧工厂项目总投资", 8e8, "exact", "2020-05-11", "2020-05-11")]),
    ("an IDC centre after its investment",
     "3月，投资12亿元的滨海IDC数据中心正式投运。\n",
     [_row("滨海IDC数据中心投资", 1.2e9, "exact", "2020-03-01", "2020-03-31")]),
]

GOALS = [
    ("a goal told in quoted words, then the actual rate",
     "城镇居民人均可支配收入增速预期目标为“与经济增长基本同步”，实际增长5.0%。\n",
     [_row("城镇居民人均可支配收入(实际)", 5.0, "exact", None, "2020-05-12")]),
    ("a goal told with 的预期目标是 after a year",
     "去年全县财政收入的预期目标是“稳中有增”，实际增长9.1%。\n",
     [_row("财政收入(实际)", 9.1, "exact", "2019-01-01", "2019-12-31")]),
    ("a goal told with a figure and 预期 before the change",
     "全县农民人均纯收入预期增长8%，实际增长9.2%。\n",
     [_row("农民人均纯收入", 8, "exact", None, None),
      _row("农民人均纯收入(实际)", 9.2, "exact", None, "2020-05-12")]),
    # negative: a goal told with a figure keeps the measure the figure named
    ("a goal told with its figure",
     "2019年，居民消费价格涨幅的预期目标为3%左右，实际上涨2.9%。\n",
     [_row("居民消费价格", 3, "approx", "2019-01-01", "2019-12-31"),
      _row("居民消费价格(实际)", 2.9, "exact", "2019-01-01", "2019-12-31")]),
]

AGAIN = [
    ("an office's proposals counted, then their number's change",
     "2018年，省扶贫办承办省政协委员提案209件，提案数量较2017年增长近40%。\n",
     [_row("省扶贫办承办省政协委员提案", 209, "exact", "2018-01-01", "2018-12-31"),
      _row("省扶贫办承办省政协委员提案数量", 40, "approx", "2018-01-01", "2018-12-31")]),
    ("letters received, then their number's fall",
     "2019年，市信访局受理群众来信1200件，来信数量同比下降15%。\n",
     [_row("市信访局受理群众来信", 1200, "exact", "2019-01-01", "2019-12-31"),
      _row("市信访局受理群众来信数量", -15, "exact", "2019-01-01", "2019-12-31")]),
    # negative: a noun the count did not end with keeps its own subject
    ("another noun's number",
     "2019年，市信访局受理群众来信1200件，来访人数同比下降15%。\n",
     [_row("市信访局受理群众来信", 1200, "exact", "2019-01-01", "2019-12-31"),
      _row("来访人数", -15, "exact", "2019-01-01", "2019-12-31")]),
]


def _got(text):
    return [{k: f[k] for k in KEYS} for f in facts_of(text, PUBLISHED)]


def _want(rows):
    return [{**r, "value": pytest.approx(r["value"])} for r in rows]


@pytest.mark.parametrize("label,text,expected", BASES + AVERAGES + NAMES + GOALS + AGAIN)
def test_paper44(label, text, expected):
    assert _got(text) == _want(expected)
