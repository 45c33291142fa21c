"""Investment subjects name the money or the projects, not the act around them: no leading act of securing or
carrying out (`争取落实…资金`, `获得…下达…限额`, `实施…项目`), no body and `于` left by a cut date, no auxiliary
`将` before the verb, no clause that says what the money brought (`…来自…专项债资金`); a works named after the
figure is the one the figure describes, after the places it lies in; a signed memorandum or agreement names a
contracted amount and a pledge no investment completed, and a later `这些举措…的…` sentence does not rename it. Catalog: investment.toml `strip` and
`exclude`; lexicon: subject_trailing, this_names_previous, attributed_to."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 6, 18)
NATIONAL_PAPER = "rmrb-2021-06-18-05-02.txt"  # a national paper: its scope is 全国

CASES = [
    # the act of securing funds is the indicator's, not the funds' name
    ("funds secured and put in place", "今年以来，平和县已争取落实各类财政衔接资金2460万元。",
     [{"subject": "各类财政衔接资金", "indicator": "investment.funds_secured", "value": 24600000, "region": "平和县"}]),
    ("funds secured, bare verb", "去年，漳浦县争取上级补助资金3.2亿元。",
     [{"subject": "上级补助资金", "indicator": "investment.funds_secured", "value": 320000000, "region": "漳浦县"}]),
    # a quota received from the ministry: the receiving act and the sender are dropped, the early batch kept
    ("quota received", "截至目前，贵州获得财政部下达2021年提前批新增专项债务限额630亿元。",
     [{"subject": "提前批新增专项债务限额", "indicator": "investment.special_bonds", "value": 63000000000,
       "region": "贵州省", "period_start": "2021-01-01"}]),
    ("quota released, cut date", "财政部于5月底提前下达第二批2021年地方政府新增专项债券额度6000亿元。",
     [{"subject": "提前下达第二批地方政府新增专项债券额度", "indicator": "investment.special_bonds",
       "value": 600000000000}]),
    ("what the bond money brought", "这股劲头来自今年年初到位的专项债资金4200万元。",
     [{"subject": "年初到位的专项债资金", "indicator": "investment.special_bonds", "value": 42000000}]),
    # projects carried out: the act is no part of their name
    ("projects carried out", "去年，沙县区投入资金2.1亿元实施民生项目38项。",
     [{"subject": "投入资金", "indicator": None, "value": 210000000},
      {"subject": "民生项目", "indicator": "investment.projects", "value": 38}]),
    ("projects carried out well", "2020年，大田县实施好重点工程项目26个。",
     [{"subject": "重点工程项目", "indicator": "investment.projects", "value": 26}]),
    # a planned amount with its auxiliary 将 before the verb: the auxiliary is cut, the figure stays a target
    ("auxiliary before the verb", "今年三季度全国水利建设投资将完成1800亿元。",
     [{"subject": "水利建设投资", "indicator": "investment.completed", "value": 180000000000, "status": "target"}]),
    # the works a figure describes, named after the villages it lies in
    ("works after its villages", "目前，投资68万元涉及4个村的桥梁加固项目，投资326万元的上坪村、下坪村两个饮水提升工程均已竣工。",
     [{"subject": "桥梁加固项目投资", "value": 680000}, {"subject": "饮水提升工程投资", "value": 3260000}]),
    ("works after its village", "投资90万元的东坪村两座污水处理站已经建成。",
     [{"subject": "污水处理站投资", "value": 900000}]),
]

SIGNED = [
    ("memorandum, then what it shows",
     "某化工公司总经理表示，该公司在福建省保持着两年落地一个新项目的纪录，前不久还与当地政府签署了未来3年投资5亿美元的"
     "合作备忘录。这些举措体现了该公司对市场的承诺和信心。", 5e8, "target"),
    ("agreement signed", "该集团前不久与市政府签订了投资20亿元的合作协议。", 2e9, "actual"),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_investment_subject(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("label, text, value, status", SIGNED, ids=[c[0] for c in SIGNED])
def test_signed_is_contracted_not_completed(label, text, value, status):
    """What is signed is actual; an amount over the coming years (`未来3年`) is a plan."""
    assert_exactly(text, [{"indicator": "investment.contracted", "value": value, "status": status}], DAY,
                   name=NATIONAL_PAPER)


def test_a_pledge_is_no_investment_completed():
    assert_exactly("该公司承诺未来5年投资8亿元。", [], DAY, name=NATIONAL_PAPER)


def test_a_later_these_are_sentence_still_names_the_amount():
    assert_exactly("村里去年收到一笔80万元的款项。这些钱都是省里下拨的奖励资金。",
                   [{"subject": "奖励资金", "value": 800000}], DAY, name=NATIONAL_PAPER)


@pytest.mark.xfail(strict=True, reason="an issued amount broken down after `其中` keeps the bond's bare name: the act "
                   "(发行) is in the whole named a paragraph before, and the breakdown reads its own paragraph only")
def test_bonds_issued_part_keeps_the_act():
    assert_exactly("截至5月底，今年发行地方债券12000亿元。\n其中一般债券3100亿元；专项债券8900亿元。",
                   [{"value": 1.2e12}, {"value": 3.1e11}, {"subject": "发行专项债券", "value": 8.9e11}],
                   DAY, name=NATIONAL_PAPER)


@pytest.mark.xfail(strict=True, reason="a firm named without its kind (`某能源`, not `某能源公司`) is no firm_name: "
                   "`公司` after it is not carried to it")
def test_company_back_reference_to_a_brand():
    assert_exactly("华峰能源先行布局新能源产业。公司立足当地资源优势，规划投资8亿元。",
                   [{"subject": "华峰能源规划投资", "value": 8e8}], DAY, name=NATIONAL_PAPER)
