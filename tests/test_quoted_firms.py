"""A figure inside a quotation whose speaker is introduced by one firm's name is the firm's own: no region, the firm in
its subject (extractors/quoted_firms.py; lexicon owners.toml `quote_firm_speaker_after`, `quote_firm_speaker_before`),
also when the speaker's firm is named by a bare name the story taught or by `公司` pointing back (`quote_taught_speaker_after`).
Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY = date(2020, 5, 13)

CASES = [
    ("speaker after the quote",
     "“一季度线上订单同比增长35%，市场回暖很快。”华为消费者业务负责人李明说。",
     [{"subject": "华为线上订单", "value": 35, "unit": "%", "region": None}]),
    ("speaker before the quote",
     "OPPO副总裁王刚表示：“一季度线上销量同比提升约40%。”",
     [{"subject": "OPPO线上销量", "value": 40, "unit": "%", "region": None}]),
    ("a firm named in full",
     "“今年前4个月，我们的出口额增长了18%。”浙江安吉竹木制品有限公司总经理周强介绍。",
     [{"subject": "浙江安吉竹木制品有限公司出口额", "value": 18, "unit": "%", "region": None}]),
]

TAUGHT = [
    # a firm the story named in full, its speaker named by the bare name; the firm's word for itself gives way
    ("a bare name the story taught",
     "走进东岭陶瓷有限责任公司，车间里一片繁忙。\n“测算下来，新政实施后，企业纳税额减少了860万元。”东岭陶瓷董事长刘强说。",
     [{"subject": "东岭陶瓷纳税额变化", "value": -8600000, "unit": "CNY", "region": None}]),
    # `公司` pointing back at the one firm named shortly before the quotation
    ("公司 pointing back",
     "在展厅里，华为研发的智能产品格外吸睛。\n“去年，我们在5G领域摘取了15项国际第一。”公司董事长李明告诉记者。",
     [{"subject": "华为5G领域摘取国际第一", "value": 15, "unit": "项", "region": None}]),
]

KEPT = [
    # two firms named before the quotation: whose `公司` is not told
    ("two firms before 公司",
     "东江集团和西岭公司的产品格外吸睛。\n“去年，我们在5G领域摘取了15项国际第一。”公司董事长李明告诉记者。",
     [{"subject": "5G领域摘取国际第一", "value": 15, "unit": "项", "region": None}]),
    # a national body or an official speaking keeps the country's or the place's figures
    ("a national bureau",
     "“一季度全国规模以上工业增加值下降8.4%。”国家统计局新闻发言人说。",
     [{"subject": "规模以上工业增加值", "value": -8.4, "unit": "%", "region": "全国"}]),
    ("a county head",
     "“全县今年新增就业岗位3200个。”县长王林说。",
     [{"subject": "新增就业岗位", "value": 3200, "unit": "个", "region": None}]),
]


# a wire dateline before the first clause is no part of its subject (lexicon subject_leading)
DATELINE = [
    ("a dateline and a reporter before a time", "线上消费回暖\n\n　　本报北京5月8日电  （记者王明）一季度线上订单同比增长35%。",
     [{"subject": "线上订单", "value": 35, "unit": "%", "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", DATELINE, ids=[c[0] for c in DATELINE])
def test_a_dateline_is_no_subject(label, text, expected):
    assert_exactly(text, expected, MAY)


@pytest.mark.parametrize("label, text, expected", CASES + TAUGHT + KEPT, ids=[c[0] for c in CASES + TAUGHT + KEPT])
def test_quoted_firm_figures(label, text, expected):
    assert_exactly(text, expected, MAY)
