"""Scopes of round 64: a chart's caption printed after a paragraph's last sentence (`…领域。图3诉求内容分类图`) stands
apart, so the numbered item on the next line is read alone; a bare verb with its owner (`中央财政发行`) names the thing the
amount after it names, up to what it is for (`用于…`).
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

Q3_2021 = {"period_start": "2021-07-01", "period_end": "2021-09-30"}

HEZE = "菏泽市12345热线2021年第三季度运行分析\n\n本季度,菏泽市12345政务服务便民热线共受理群众诉求52100件,较上年同期增长8.2%。\n\n"
HEZE_FACTS = [{"value": 52100, "indicator": "hotline.contacts_total", "region": "菏泽市", **Q3_2021},
              {"value": 8.2, "region": "菏泽市", **Q3_2021}]

TRAILING_CAPTIONS = [
    ("a caption after a paragraph's last sentence stands apart: the next line's item is a category of its own",
     HEZE + "从诉求内容看,物业管理、交通出行、市容环境等方面是群众反映较为集中的领域。图2诉求内容分类图\n\n"
     "1.物业管理问题8400件,主要集中在小区停车、电梯维修等方面。\n\n2.交通出行问题6100件。\n",
     [*HEZE_FACTS, {"value": 8400, "subject": "物业管理问题", "indicator": "hotline.count", **Q3_2021},
      {"value": 6100, "subject": "交通出行问题", "indicator": "hotline.count", **Q3_2021}]),
    ("a table's caption with its number and a colon",
     HEZE + "各类诉求中,咨询类最多。表1:诉求性质分布\n\n1.咨询类诉求23000件,占44.1%。\n",
     [*HEZE_FACTS, {"value": 23000, "subject": "咨询", "indicator": "hotline.category_count", **Q3_2021},
      {"value": 44.1, "subject": "咨询", "indicator": "hotline.category_share", **Q3_2021}]),
    # negative: a sentence pointing at a chart is no caption, and the chart's number is no count (`2所`)
    ("a chart pointed at inside a sentence",
     HEZE + "如图2所示,物业管理问题8400件,交通出行问题6100件。\n",
     [*HEZE_FACTS, {"value": 8400, "subject": "物业管理问题", **Q3_2021},
      {"value": 6100, "subject": "交通出行问题", **Q3_2021}]),
    ("schools counted are a count", HEZE + "本季度全市新建学校2所。\n",
     [*HEZE_FACTS, {"value": 2, "unit": "所", **Q3_2021}]),
]

OWNED_VERBS = [
    ("a bare verb with its owner names the thing the amount after it names",
     "中央财政将发行1万亿元抗疫特别国债,全部转给地方。\n",
     [{"value": 1_000_000_000_000, "subject": "中央财政发行抗疫特别国债"}]),
    ("the thing ends before what it is for",
     "支持金融机构发行3000亿元小微金融债券以发放小微贷款。\n",
     [{"value": 300_000_000_000, "subject": "支持金融机构发行小微金融债券"}]),
    ("a use after the thing", "省财政下达5亿元衔接资金用于产业发展。\n",
     [{"value": 500_000_000, "subject": "省财政下达衔接资金(用于产业发展)"}]),
    # negative: a list after the amount names no one thing; the verb keeps its subject
    ("a list of kinds after the amount", "南京市公开发放3.18亿元餐饮、体育等品类电子消费券。\n",
     [{"value": 318_000_000, "subject": "公开发放"}]),
    # negative: a thing applied to a use (`应用于`) still ends at its own name
    ("things applied to a use", "由该材料制造的6.5万辆货车应用于重载铁路。\n",
     [{"value": 65000, "unit": "辆"}]),
]

TABLES = [
    (TRAILING_CAPTIONS, date(2021, 10, 15), "news.txt"),
    (OWNED_VERBS, date(2020, 5, 31), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round64_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
