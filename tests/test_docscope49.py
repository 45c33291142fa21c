"""Document and section scope of round 49 (kinds48: a reposted district report, a statistics bureau's city report,
an outbreak page; People's Daily data boxes): a photo caption ended by its credit opens no article; a page of no
known place that speaks of one district's own institutions (`区属`, `全区`, `代区长`) is that district's, not its
parent city's; a report of no known place whose lead opens with `全市` keeps that city through its topical headings
(`农业:`) and `其中` parts; a title's place listed after a count of a province's parts is no chain's innermost; a
line of places and a dash (`2018年某市——`) scopes the data box or story part under it. Each row is our own text:
ALL its facts (value, region, and the period where the rule sets it)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 3, 5)
PAPER = "rmrb-2019-03-05-04-01.txt"   # a national paper's page: its scope is the country
PAGE = "page.txt"                     # a web page of no known publisher or place

DISTRICT_CASES = [
    ("a district's work report split by a photo caption, venue in the city", PAGE,
     "会场一角 李某 摄\n【某某网讯】3月2日，德阳市旌阳区第五届人民代表大会第三次会议在德阳市委党校开幕，"
     "代区长王某作政府工作报告。\n王某在报告中说，2018年旌阳全区经济平稳增长，区属地区生产总值增长8.5%。\n"
     "王某作报告 李某 摄\n王某提出2019年主要预期目标：区属地区生产总值增长8%，一般公共预算收入增长7%。\n",
     [(8.5, "旌阳区"), (8, "旌阳区"), (7, "旌阳区")]),
    ("a county's report told by a news site, its targets after a caption", PAGE,
     "【某某网讯】2月25日，南充市仪陇县第十八届人民代表大会第四次会议在南充市委党校开幕，代县长赵某作政府工作报告。\n"
     "会议现场 张某 摄\n赵某提出，今年地区生产总值增长8.5%，一般公共预算收入增长6%。\n",
     [(8.5, "仪陇县"), (6, "仪陇县")]),
    # negatives: a city's own page naming two of its districts; a district named once on the city's page
    ("a city's page naming two of its districts stays the city's", PAGE,
     "市委召开全市经济工作会议\n　　2月20日，德阳市委召开会议。会议指出，全市生产总值增长8.2%。旌阳区、罗江区作交流发言。"
     "德阳市将继续推进项目建设。\n",
     [(8.2, "德阳市")]),
    ("a city's page with one district named is the city's", PAGE,
     "市政府召开常务会议\n　　德阳市政府召开常务会议，市长某某主持。会议听取旌阳区工作汇报。德阳市今年计划新开工项目120个。"
     "全市一般公共预算收入增长7%。\n",
     [(120, "德阳市"), (7, "德阳市")]),
]

CITY_REPORT_CASES = [
    ("a city release's topical headings and its 其中 parts", PAGE,
     "上半年，全市经济运行总体平稳。\n农业：上半年，农林牧渔业增加值120.5亿元，增长4.1%。\n"
     "工业：不含息县，全市规模以上工业增加值增长6.2%。其中，食品制造业增长9.1%，纺织业增长3.3%。\n",
     [(12050000000, "信阳市"), (4.1, "信阳市"), (6.2, "信阳市"), (9.1, "信阳市"), (3.3, "信阳市")]),
    ("a city release's numbered topical headings", PAGE,
     "前三季度，全市经济稳中有进。\n一、农业\n前三季度，粮食产量达到56.2万吨，增长2.5%。\n二、投资\n"
     "前三季度，固定资产投资增长9.4%。南部县投资增长11.2%。\n",
     [(562000, "南充市"), (2.5, "南充市"), (9.4, "南充市"), (11.2, "南部县")]),
    # negatives: named sites listed by example after 其中 are the sites' own; two cities named, no single division
    ("named sites after 其中 in a city release stay the sites'", PAGE,
     "国庆假期，全市旅游市场平稳有序。\n重点景区：纳入监测的20家景区接待游客85.2万人次。其中，甲山、乙湖等景区接待游客"
     "分别增长12.5%和8.1%。\n息县文旅部门加强了假日值守。\n",
     [(852000, "信阳市"), (12.5, None), (8.1, None)]),
    ("a lead of 全市 with two cities named leaves its figures empty", PAGE,
     "上半年，全市经济运行平稳。\n农业：上半年，农林牧渔业增加值80.5亿元。息县、南部县均有增长。\n",
     [(8050000000, None)]),
]

TITLE_CASES = [
    ("a title's zone listed after the province's parts", PAGE,
     "本次疫情已波及四川省3个市的6个县区和天府新区\n2019-03-05 10:20\n3月5日，从四川省疫情防控新闻发布会上获悉，"
     "截至3月4日24时，本次疫情四川省累计报告本土确诊病例56例。\n目前，已有20例确诊病例治愈出院。\n",
     [(56, "四川省"), (20, "四川省")]),  # the title's 6 (县区, lost 疫情波及) is dropped by the bare-name rule (round 50)
]

TITLE_GAPS = [
    # left: a one-line title is also the article's headline, whose scope still takes the zone listed last
    ("a one-line title's zone listed after the province's parts", PAGE,
     "本次疫情已波及陕西省3个市的6个县区和西咸新区\n3月5日，从陕西省疫情防控新闻发布会上获悉，"
     "截至3月4日24时，本次疫情陕西省累计报告本土确诊病例56例。\n目前，已有20例确诊病例治愈出院。\n",
     [(56, "陕西省"), (20, "陕西省")]),  # the title's 6: as in the row above
]

LABEL_CASES = [
    ("a sub-story's kicker over its headline", PAPER,
     "乡村振兴看各地\n　　浙江安吉——\n竹林里的新产业\n　　本报记者 某某\n　　走进村里，竹制品加工厂一家挨着一家。"
     "去年，全县竹产业产值达到180亿元，带动农民就业5万人。\n",
     [(18000000000, "安吉县"), (50000, "安吉县")]),
    # negatives: two places in the label; a dash line that names no place
    ("a label of two places scopes nothing", PAPER,
     "各地欢度春节\n　　本报记者 某某\n　　泰国和老挝——\n　　当地时间2月5日，观看春节演出的民众达300余万人次。\n",
     [(3000000, None)]),
    ("a dash line that names no place scopes nothing", PAPER,
     "各地欢度春节\n　　本报记者 某某\n　　热闹非凡——\n　　当地时间2月5日，观看春节演出的民众达300余万人次。\n",
     [(3000000, "全国")]),
    # (`300余名民众来到文化中心观看演出`: a scene's count, named 民众来, is no fact; round 50 tells a statistic)
]

CASES = DISTRICT_CASES + CITY_REPORT_CASES + TITLE_CASES + LABEL_CASES
CASES += [pytest.param(label, name, text, expected, marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, name, text, expected in TITLE_GAPS]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_docscope49(label, name, text, expected):
    assert_exactly(text, [{"value": v, "region": r} for v, r in expected], PUBLISHED, name)


PERIOD_CASES = [
    ("a data box's year dates its items", PAPER,
     "某某代表——\n帮外来工安家（我的履职这一年）\n　　2018年扬州市——\n　　8.6万\n"
     "　　新增城镇就业8.6万人，培训农民工1.2万人。\n　　95%\n　　一次就业率达95%。\n　　2月10日，记者来到某某公司。\n",
     [(86000, "2018-01-01", "2018-12-31"), (12000, "2018-01-01", "2018-12-31"), (95, "2018-01-01", "2018-12-31")]),
]


@pytest.mark.parametrize("label,name,text,expected", PERIOD_CASES)
def test_docscope49_periods(label, name, text, expected):
    assert_exactly(text, [{"value": v, "period_start": a, "period_end": b} for v, a, b in expected], PUBLISHED, name)
