"""The sock industry: brands, exports and targets, orders in pairs and yuan, jobs, styles, rewards."""

from datetime import date

import pytest
from factcase import assert_facts

NOV = date(2021, 11, 19)
SEP = date(2019, 9, 18)
CASES = [
    ("东北袜业园截至10月末,全国自主品牌达到了636个,比去年同期的300个翻了一番还多。",
     [("sock.own_brands", 636, "个", {"period_end": "2021-10-31"}),
      ("sock.own_brands", 300, "个", {"period_end": "2020-10-31"})], NOV),
    ("与5年前相比,全国袜品的附加值平均提高了30%。", [("附加值", 30, "%", {"period_start": "2016-01-01"})], NOV),
    ("截至目前,袜业园已吸引181所高校的3000余名大学生创业就业。",
     [("大学生", 3000, "人", {"qualifier": "more_than"})], NOV),
    ("袜业园成立以来,辐射带动上下游就业人数达10万余人。", [("就业", 100000, "人", {"qualifier": "more_than"})], NOV),
    ("园区生产的袜子达万余款。", [("sock.styles", 10000, "款", {"qualifier": "more_than"})], NOV),
    ("东北袜业园今年出口创汇目标是5000万美元,明年1亿美元,使袜子单品价格提高10%左右。",
     [("sock.exports", 50000000, "USD", {"status": "target", "period_end": "2019-12-31"}),
      ("sock.exports", 100000000, "USD", {"status": "target", "period_end": "2020-12-31"}),
      ("价格", 10, "%", {"status": "target", "qualifier": "approx"})], SEP),
    ("8月27日,皮尔卡丹袜品与东北袜业园签约。首次签约100万双袜品,总额300万元。",
     [("sock.orders_pairs", 1000000, "双", {"period_end": "2019-08-27"}), ("签约", 3000000, "CNY")], SEP),
    ("双方将打造袜业交易平台,实现3年内“5亿+”业绩目标。",
     [("业绩", 500000000, "CNY", {"status": "target", "qualifier": "at_least"})], SEP),
    ("9月1日,一家袜企多出了一笔6400多元的收入。\n这是东北袜业园给予企业的第一笔奖励资金。",
     [("奖励", 6400, "CNY", {"qualifier": "more_than", "period_end": "2019-09-01"})], SEP),
    ("2020年,东北袜业园实现出口创汇8600万美元。", [("sock.exports", 86000000, "USD")], NOV),
    ("袜业园新增订单1.2亿双,订单金额5.6亿元。",
     [("sock.orders_pairs", 120000000, "双"), ("sock.orders_value", 560000000, "CNY")], NOV),
    ("袜业园共发放出口奖励资金120万元。", [("sock.rewards", 1200000, "CNY")], NOV),
    ("袜业园区企业拥有的自主品牌达到636个,而去年同期只有300个。",
     [("sock.own_brands", 636, "个"), ("sock.own_brands", 300, "个")], NOV),
    ("诸暨大唐袜业年产袜子200多亿双。", [("sock.output_pairs", 20000000000, "双", {"qualifier": "more_than"})], NOV),
    ("袜业园今年生产袜子3.5亿双,同比增长12%。", [("sock.output_pairs", 350000000, "双")], NOV),
    ("袜企与外商签约订购袜子50万双。", [("sock.orders_pairs", 500000, "双")], NOV),
    # a share of the country's or world's output; knitting machines
    ("这个镇每年织袜200亿双,产量占全国的六成半即65%。", [("sock.output_share", 65, "%")], NOV),
    ("袜业园内共有织袜机2.3万台,配套企业89家。", [("sock.machines", 23000, "台"), ("sock.companies", 89, "家")], NOV),
    ("袜业园区内袜企已有1,300家,带动就业6万人。", [("sock.companies", 1300, "家"), ("sock.jobs", 60000, "人")], NOV),
    ("去年,大唐袜业实现产值580亿元,年产袜子258亿双。今年1—5月,大唐袜业出口额达9.6亿美元。",
     [("sock.revenue", 58000000000, "CNY", {"period_end": "2020-12-31"}), ("sock.output_pairs", 25800000000, "双"),
      ("sock.exports", 960000000, "USD", {"period_start": "2021-01-01", "period_end": "2021-05-31"})],
     date(2021, 6, 20)),
    ("袜业园今年销售收入达到50亿元以上。", [("sock.revenue", 5000000000, "CNY", {"qualifier": "at_least"})], NOV),
]


@pytest.mark.parametrize("text,expected,published", CASES, ids=[c[0][:16] for c in CASES])
def test_sock(text, expected, published):
    assert_facts(text, "sock_industry", expected, published=published)


def test_a_headline_restating_the_body_counts_once():
    from factcase import facts_of

    page = ("东北袜业园与皮尔卡丹签约\n\n本报讯(记者 李锋)8月27日上午,皮尔卡丹袜品与东北袜业园签约仪式在上海举行。"
            "首次签约100万双袜品,总额300万元。双方将共同打造袜业交易平台,推动东北袜业转型升级、高质量发展。\n\n"
            "首次签约100万双袜品、金额300万元\n\n本报讯 会议还研究了其他事项,部署了下一步的重点工作任务。")
    facts = [f for f in facts_of(page, SEP) if f["family"] == "sock_industry"]
    assert sorted((f["indicator"], f["value"], f["period_end"]) for f in facts) == [
        ("sock.orders_pairs", 1000000, "2019-08-27"), ("sock.orders_value", 3000000, "2019-08-27")]
