"""The 12345 hotline weekly summary: contacts, on-site supervision, category shares; period = the week."""

from datetime import date

import pytest
from factcase import assert_facts

FRI = date(2019, 8, 30)
WEEK = {"period_end": "2019-08-30", "period_start": "2019-08-24"}
CASES = [
    ("本周共受理电话来电和其他平台留言2280件,现场督办34件次。",
     [("hotline.contacts_total", 2280, "件", WEEK), ("hotline.onsite_supervision", 34, "件次", WEEK)]),
    ("12345热线本周共受理群众诉求1956件。", [("hotline.contacts_total", 1956, "件")]),
    ("本周“12345”市民服务热线受理来电3012件,同比增长8%。", [("hotline.contacts_total", 3012, "件")]),
    ("本周现场督办41件次。", [("hotline.onsite_supervision", 41, "件次")]),
    # a daily average is a measure of the total before it, never the total itself
    ("本周12345热线共受理群众诉求6300件,日均900件。",
     [("hotline.contacts_total", 6300, "件"), ("hotline.daily_average", 900, "件")]),
    ("12345热线本周受理来电4200个,日均600个。",
     [("hotline.contacts_total", 4200, "个"), ("hotline.daily_average", 600, "个")]),
    ("诉求量较大的问题有以下五类:房地产管理占比20%;城乡建设占比15%;生活资源占比15%。",
     [("房地产管理", 20, "%", WEEK), ("城乡建设", 15, "%", WEEK), ("生活资源", 15, "%", WEEK)]),
    ("热线诉求中交通运输占比13%,环境保护占比13%。", [("交通运输", 13, "%"), ("环境保护", 13, "%")]),
    ("12345热线本周诉求分类:供热问题占比31%。", [("供热", 31, "%")]),
    ("本周热线受理的诉求中,物业管理类占比18%。", [("物业管理", 18, "%")]),
    ("本周受理诉求 2280 件。", [("hotline.contacts_total", 2280, "件")]),
    ("一周数据:共受理来电1800余件。", [("hotline.contacts_total", 1800, "件", {"qualifier": "more_than"})]),
    ("本周12345热线办结诉求1702件。", [("hotline.resolved", 1702, "件")]),
    ("本周12345热线受理诉求1956件,按期办结率98.6%,群众满意率95.2%。",
     [("hotline.resolution_rate", 98.6, "%", WEEK), ("hotline.satisfaction_rate", 95.2, "%", WEEK)]),
    ("12345热线本周办复率100%,满意度96%。",
     [("hotline.resolution_rate", 100, "%"), ("hotline.satisfaction_rate", 96, "%")]),
    ("市12345热线本周受理诉求2,045件,现场督办27件次。",
     [("hotline.contacts_total", 2045, "件"), ("hotline.onsite_supervision", 27, "件次")]),
    ("本周热线诉求中,医疗卫生占比9%,教育占比6%。", [("医疗卫生", 9, "%"), ("教育", 6, "%")]),
    ("上周12345热线受理诉求1500件。", [("hotline.contacts_total", 1500, "件", {"period_end": "2019-08-23"})]),
    ("本周共接听热线来电1650件。", [("hotline.contacts_total", 1650, "件")]),
    # a mayor's line is the city's hotline under its older name (市长公开电话, 市长电话, 便民服务电话)
    ("上周市长公开电话共受理群众来电1340件,办结率97%。",
     [("hotline.contacts_total", 1340, "件", {"period_end": "2019-08-23"}),
      ("hotline.resolution_rate", 97, "%", {"period_end": "2019-08-23"})]),
    ("本周便民服务电话受理来电880件。", [("hotline.contacts_total", 880, "件")]),
    ("本周共受理诉求2,156件,其中电话来电1,820件、网络留言336件。城乡建设类456件,占比21.2%。",
     [("hotline.contacts_total", 2156, "件"), ("hotline.category_count", 456, "件", {"subject": "城乡建设"}),
      ("hotline.category_share", 21.2, "%", {"subject": "城乡建设"})]),
    ("本周12345热线共接到群众来电3456个,其中咨询类占45%,投诉类占30%。",
     [("hotline.contacts_total", 3456, "个"), ("咨询", 45, "%"), ("投诉", 30, "%")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_hotline(text, expected):
    assert_facts(text, "hotline", expected, published=FRI)


def test_parts_after_qizhong_are_not_the_total():
    from factcase import facts_of

    facts = facts_of("本周共受理诉求2,156件,其中电话来电1,820件、网络留言336件。", FRI)
    assert [f["value"] for f in facts if f["indicator"] == "hotline.contacts_total"] == [2156]


# Monthly and quarterly reports of other cities: the report's month or quarter dates its figures (a weekly
# measure is the week only when nothing else dates it); subsets and channels of the contacts are no total;
# `宗` counts items; an item's place in brackets heads only its bracket.
MONTHLY = [
    ("month's report", "某市12345热线10月份运行情况\n10月份,12345热线共受理群众诉求52000件。", date(2024, 11, 8),
     [{"value": 52000, "indicator": "hotline.contacts_total", "period_start": "2024-10-01",
       "period_end": "2024-10-31"}]),
    ("quarter in the title", "某县12345热线2024年第三季度运行情况\n全县共受理热线事项4100宗,办结3900宗。",
     date(2024, 10, 15),
     [{"value": 4100, "indicator": "hotline.contacts_total", "period_start": "2024-07-01",
       "period_end": "2024-09-30"},
      {"value": 3900, "indicator": "hotline.resolved", "period_start": "2024-07-01"}]),
    ("subsets are no total", "本周12345热线共受理诉求3000件(电话诉求2600件、非电话诉求400件);受理省派工单120件,"
     "收到市民感谢诉求40件。", FRI,
     [{"value": 3000, "indicator": "hotline.contacts_total"}, {"value": 2600, "indicator": "hotline.items"},
      {"value": 400, "indicator": "hotline.items"}, {"value": 120, "indicator": "hotline.count"},
      {"value": 40, "indicator": "hotline.items"}]),
    # a quarter's topics `主要集中在X N件,占诉求量的P%`: X is a category, its count and share are the category's;
    # a figure held against a standard (`低于…最低标准85%`) is no reported figure
    ("topics a report's calls centre on",
     "某县12345热线2025年第一季度运行情况\n一季度,群众诉求主要集中在城乡建设2100件,占诉求量的18.5%;劳动保障1400件,"
     "占诉求量的12.3%。\n有6个单位满意率低于市里要求的最低标准85%。", date(2025, 4, 20),
     [{"value": 2100, "indicator": "hotline.category_count", "subject": "城乡建设"},
      {"value": 18.5, "indicator": "hotline.category_share", "subject": "城乡建设"},
      {"value": 1400, "subject": "劳动保障"},
      {"value": 12.3, "indicator": "hotline.category_share", "subject": "劳动保障"},
      {"value": 6, "subject": "单位满意率低于市里要求"}]),
    # a province's report of all its lines: the provincial line's own count is no second total; 及时 opens a word
    ("one level's line is no total", "2024年7月群众诉求情况分析\n7月,全省12345热线共受理群众诉求180万件,及时处办率99.4%。"
     "\n省12345热线共受理群众诉求61723件。\n", date(2024, 8, 6),
     [{"value": 1800000, "indicator": "hotline.contacts_total"}, {"value": 99.4, "subject": "及时处办率"},
      {"value": 61723, "indicator": "hotline.items"}]),
    ("in progress is not resolved", "本周12345热线受理诉求900件,办结820件,在办80件。", FRI,
     [{"value": 900, "indicator": "hotline.contacts_total"}, {"value": 820, "indicator": "hotline.resolved"},
      {"value": 80, "subject": "12345热线受理诉求在办", "indicator": "hotline.items"}]),  # the items still in hand
]


@pytest.mark.parametrize("label, text, published, expected", MONTHLY, ids=[c[0] for c in MONTHLY])
def test_reports_of_other_cities(label, text, published, expected):
    from factcase import assert_exactly

    assert_exactly(text, expected, published)


def test_an_items_place_in_brackets_heads_only_its_bracket():
    from factcase import facts_of

    text = "2019年二季度12345热线交办诉求事项共3100宗,其中办理事项较多的部门是县公安局(287宗)、城关镇(225宗)、县人社局(154宗)。"
    regions = {f["value"]: f["region"] for f in facts_of(text, FRI)}
    assert regions[225] == "城关镇" and regions[154] != "城关镇"


# Other cities' monthly circulars (issue 10, round hotline3): a circular's month, announced after its addressees
# (`现将…5月份…情况通报如下:`), dates every section; what is due (`应办结`) is not what was resolved; one channel's
# intake (`微博受理`, `直接来电受理`, a web board's messages) is no total.
CIRCULARS = [
    ("month after addressees", "各镇人民政府、街道办事处,县政府各部门、各直属单位:\n为加强来电办理,更好回应群众,现将各镇街、"
     "各部门5月份办理情况通报如下:\n一、基本情况\n1.基本数据:5月份,12345热线共受理群众诉求3100件。\n2.办件量前三的部门:"
     "交通局90件;教育局70件。\n二、来电分析\n共受理各类来电3000件,其中转办410件。\n2023年6月10日",
     [{"value": 3100, "indicator": "hotline.contacts_total", "period_start": "2023-05-01", "period_end": "2023-05-31"},
      {"value": 90, "period_start": "2023-05-01", "period_end": "2023-05-31"},
      {"value": 70, "period_start": "2023-05-01"},
      {"value": 3000, "period_start": "2023-05-01", "period_end": "2023-05-31"},
      {"value": 410, "period_start": "2023-05-01"}]),
    ("due is not resolved", "某区12345热线2023年上半年运行情况\n2023年1-6月,12345市民热线共受理各类诉求3120件,应办结3120件,"
     "实际办结3100件。",
     [{"value": 3120, "indicator": "hotline.contacts_total"}, {"value": 3120, "indicator": "hotline.items"},
      {"value": 3100, "indicator": "hotline.resolved"}]),
    ("channels are no total", "某市12345热线8月份运行情况\n8月份,12345热线共受理群众诉求8800件;"
     "微博受理6件,直接来电受理8100件,政务网留言300件。",
     [{"value": 8800, "indicator": "hotline.contacts_total"},
      {"value": 6, "indicator": "hotline.items"}, {"value": 8100, "indicator": "hotline.items"},
      {"value": 300, "indicator": "hotline.items"}]),
    # a channel named by what it brings (a website's requests, a mayor's mailbox's letters) or another line's
    # transferred items is no total either, in either order of words
    ("a website's and a mailbox's intake", "某市12345热线上半年运行情况\n上半年,12345热线共受理群众诉求52000件;"
     "受理省级网站诉求820个,受理市长信箱来信430件,受理省级热线转件190个;网站诉求受理60件。",
     [{"value": 52000, "indicator": "hotline.contacts_total"},
      {"value": 820, "indicator": "hotline.count"}, {"value": 430, "indicator": "hotline.count"},
      {"value": 190, "indicator": "hotline.count"}, {"value": 60, "indicator": "hotline.items"}]),
    ("all classes of problems are the total", "某市12345热线周报\n本周,12345市民热线共受理各类问题6120件,其中受理环保类问题210件。",
     [{"value": 6120, "indicator": "hotline.contacts_total"}, {"value": 210, "indicator": "hotline.count"}]),
]


@pytest.mark.parametrize("name,text,expected", CIRCULARS, ids=[c[0] for c in CIRCULARS])
def test_hotline_circulars(name, text, expected):
    from factcase import facts_of

    facts = facts_of(text, None)
    assert len(facts) == len(expected), [(f["value"], f["indicator"], f["subject"]) for f in facts]
    for fact, want in zip(facts, expected, strict=True):
        assert {k: fact[k] for k in want} == want, fact
