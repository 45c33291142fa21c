"""Periods of round 47 (sheet 46's spans): a bare `N年来`/`N年间` told in the story's own year runs from N years
before it (`五年来` told in 2018 → 2013, JUDGE.md), and so does the level a from–to over it starts at; a speaker told
with the day of the speech (`…22日在作政府工作报告时说，去年，…`) lets the time after the verb open the sentence.
Known gaps left as strict xfails. Each row is our own text: ALL its facts (value, period)."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY20 = date(2020, 5, 23)
OCT19 = date(2019, 10, 17)
FEB19 = date(2019, 2, 7)

CASES = [
    # (a) a bare run of years counted back from the story's year
    ("five years between, a zone's growth", MAY20,
     "5年间，某自贸片区实际利用外资规模增长86.5%。\n",
     [(86.5, "2015-01-01", "2020-05-23")]),
    ("thirty years since a city was set up", OCT19,
     "30年来，全市累计新增就业岗位12万个。\n",
     [(120000, "1989-01-01", "2019-10-17")]),
    ("two years, in words", OCT19,
     "两年来，该区累计整治散乱污企业4000多家。\n",
     [(4000, "2017-01-01", "2019-10-17")]),
    ("ten years between, after 这", date(2019, 6, 10),
     "这十年间，全省累计新增造林面积50万亩。\n",
     [(500000, "2009-01-01", "2019-06-10")]),
    ("a from-to over two years starts at their first (unchanged)", OCT19,
     "天津市推出接电服务，两年来将办理环节由6个缩减为2个，接入成本由19.2万元降为0元。\n",
     [(192000, "2017-01-01", "2017-12-31"), (0, None, "2019-10-17")]),
    ("a spring story's lead day, then three years", date(2019, 2, 23),
     "湖南化解过剩产能\n　　2月19日，省政府召开会议。3年来全省淘汰钢铁落后产能120万吨。\n",
     [(1200000, "2016-01-01", "2018-12-31")]),
    ("five years of a province's planting", date(2020, 5, 7),
     "5年来，湖南省油茶种植面积新增10万亩。\n",
     [(100000, "2015-01-01", "2020-05-07")]),
    ("nearly five years counts back as five years do", date(2019, 10, 28),
     "近5年来，全县累计新增就业岗位2.3万个。\n",
     [(23000, "2014-01-01", "2019-10-28")]),
    # negatives: a yearly event `举办N年来` counts its editions, a spring review its whole years, a closed year in force
    ("a yearly contest held five times counts its editions", date(2019, 10, 15),
     "中国“互联网+”大学生创新创业大赛举办五年来，已累计有近1000万大学生参赛。\n",
     [(10000000, "2015-01-01", "2019-10-15")]),
    ("a spring review's five years", date(2018, 3, 5),
     "五年来，全省累计新增就业岗位52万个。\n",
     [(520000, "2013-01-01", "2017-12-31")]),
    ("two years ending a closed year in force", FEB19,
     "2018年，全市营收稳步增长。两年来，全市累计整治企业4万多家。\n",
     [(40000, "2017-01-01", "2018-12-31")]),
    # (b) a speaker with the day of the speech, then the time the words tell of
    ("a work report digest's review section", MAY20,
     "政府工作报告摘登\n　　国务院总理22日在作政府工作报告时说，去年，我国发展面临诸多困难。\n"
     "　　——经济运行总体平稳。城镇新增就业1352万人，国内生产总值增长6.1%。\n",
     [(13520000, "2019-01-01", "2019-12-31"), (6.1, "2019-01-01", "2019-12-31")]),
    ("a governor's report day, then last year, over the next paragraph", date(2019, 2, 22),
     "经济运行报告\n　　某省省长16日在作政府工作报告时指出，去年，全省经济稳中有进。\n"
     "　　地区生产总值增长7.1%，城镇新增就业65万人。\n",
     [(7.1, "2018-01-01", "2018-12-31"), (650000, "2018-01-01", "2018-12-31")]),
    # negatives: no time after the verb keeps the lead's day; a month with no figure tells an event (as before);
    # a from-to over a counted span still starts at the level N years back
    ("a speech with no time after the verb", MAY20,
     "政府工作报告摘登\n　　国务院总理22日在作政府工作报告时说，疫情防控取得重大成果，全国调派医护人员4万多名。\n",
     [(40000, "2020-05-22", "2020-05-22")]),
    ("a spokesman's month with no figure tells an event", date(2019, 2, 22),
     "外贸开局平稳\n　　商务部新闻发言人21日在例行发布会上介绍，1月，全国利用外资稳定增长。\n"
     "　　全国实际使用外资增长4.8%。\n",
     [(4.8, None, "2019-02-22")]),
]

GAPS = {
    # left: an annual average over an era's counted years (`十八大以来，6年累计…，年均…` told in 2019 → 2013–2018)
    ("an era's six years summed and averaged", OCT19,
     "党的十八大以来，我国6年累计减贫8000多万人，年均减贫1300多万人。\n",
     ((80000000, "2013-01-01", "2018-12-31"), (13000000, "2013-01-01", "2018-12-31"))),
    # left: a plan to invest over N years from the story's year (`5年内将投资…`) is a target from that year
    ("a firm's pledge over five years", OCT19,
     "某公司5年内将投资30亿元发展产业生态。\n",
     ((3000000000, "2019-01-01", "2023-12-31"),)),
    # left: a section reviewing last year that turns to this year (`今年以来，…疫情…` with no figure) dates the
    # paragraphs after it this year's (`一季度减税降费…` → 2020 Q1 (now 2019 Q1), not the heading's 2019)
    ("a review section turning to this year", MAY20,
     "关于计划执行情况的报告\n　　一、2019年计划执行情况\n　　全年国内生产总值增长6.1%。\n"
     "　　今年以来，突如其来的疫情带来巨大冲击。\n　　统筹推进复工复产。一季度减税降费规模超过7000亿元。\n",
     ((6.1, "2019-01-01", "2019-12-31"), (700000000000, "2020-01-01", "2020-03-31"))),
    # left: a budget cut is the budget year's (`一般性支出压缩10%` → 2020, target)
    ("a city's general spending cut", MAY20,
     "某市在一般性支出压缩10%的基础上，大力盘活存量资金。\n",
     ((-10, "2020-01-01", "2020-12-31"),)),
    # left: a day opening a paragraph after one opened by an earlier year, its event named with this year
    ("an event's day after a paragraph of last year", OCT19,
     "某市创新成果喜人\n　　2018年，某市研发投入强度达到6.17%。\n"
     "　　10月14日，2019某论坛举行成果发布会，会上集中发布5项创新政策。\n",
     ((6.17, "2018-01-01", "2018-12-31"), (5, "2019-10-14", "2019-10-14"))),
}
CASES += [pytest.param(label, pub, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, pub, text, expected in sorted(GAPS)]


@pytest.mark.parametrize("label,published,text,expected", CASES)
def test_periods47(label, published, text, expected):
    assert_exactly(text, [{"value": v, "period_start": s, "period_end": e} for v, s, e in expected], published)
