"""One story's particulars a national paper dates or tells as a tally are still no facts (audit classes N1/N2): one
session of a course (`每期80人`), what one centre teaches (`…等12项技能`), a study's first cases (`首批52例`), the
size of a first honoured set named at a ceremony, a consequence worked out for one unit (`就此可`), one leader's or
one worker's activities (`主持召开…会议8次`), the figures of the one cooperative a profile is about. A programme's
total, a region's share of a list and a place's cooperatives stay."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 8, 5)
NATIONAL_PAPER = "rmrb-2023-08-05-07-01.txt"

PARTICULARS = [
    ("one session", "2022年起，基金会每季度组织一次集中培训，每期80人。\n"),
    ("one batch", "2022年以来，该学院举办研修班，每批学员40名。\n"),
    ("taught at one centre", "在某市阳光工坊，老师去年指导学员学习剪纸、编织、直播等12项技能。\n"),
    ("taught crafts", "2022年，合作社请来技术员，传授嫁接、修枝等8门技术。\n"),
    ("a study's first cases", "结果显示，首批52例确诊病例中，30例有野味市场接触史，22例没有。\n"),
    ("an honoured set", "2022年6月8日，首批“枫林式示范站”命名揭晓仪式在应急管理部举行，80个基层站获得这一殊荣。\n"),
    ("a worked example", "将热效率提高1%，一台30万千瓦机组就此可每年节约燃料费用90多万元。\n"),
    ("one leader's meetings", "2012年以来，省委书记已到库区考察调研6次，主持召开相关会议8次。\n"),
    ("one worker's projects", "“技术能手”某某，2015年以来主持各类技术革新项目60多项。\n"),
    ("a profile's cooperative", "去年，合作社流转土地900多亩，托管土地3万亩，实现收益80多万元。\n"),
    ("this cooperative", "2022年，这家合作社营业收入从不到5万元跃至26万元。\n"),
    ("a cooperative born", "2021年，在帮扶下，一个合作社应运而生，吸收56户农户。\n"),
    ("a named family's home", "2021年3月，阿依古丽一家搬进75平方米的新房。\n"),
]

FACTS = [
    ("a programme's total", "2022年，全省共培训新型职业农民10万人次。\n", [1e5]),
    ("all sessions' trainees", "2022年，基金会举办培训班12期，共培训学员2400人。\n", [2400]),
    ("a region's share of a list", "2022年，首批“绿色学校”名单公布，浙江有12所学校入选。\n", [12]),
    ("a place's cooperatives", "2022年，全县合作社流转土地12万亩。\n", [1.2e5]),
    ("firms moved in", "2022年，共有12家企业搬进产业园。\n", [12]),
    ("cooperatives counted", "2022年底，全市专业合作社达1800家。\n", [1800]),
    ("a place's cases", "2022年3月5日，新增52例确诊病例中，30例为本土病例。\n", [52, 30]),
]


@pytest.mark.parametrize("text", [c[1] for c in PARTICULARS], ids=[c[0] for c in PARTICULARS])
def test_a_particular_is_no_fact(text):
    assert_exactly(text, [], DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("text, values", [c[1:] for c in FACTS], ids=[c[0] for c in FACTS])
def test_a_tally_stays(text, values):
    assert_exactly(text, [{"value": v} for v in values], DAY, name=NATIONAL_PAPER)


ESSAY_DAY = date(2020, 5, 12)
ESSAY_BYLINE = "（作者为中国驻某国大使）\n"


def test_an_envoy_essay_retells_history():
    text = "2014年，某国暴发疫情。中国率先派出医护人员400多人次，培训当地医护人员600余人次。\n" + ESSAY_BYLINE
    assert_exactly(text, [], ESSAY_DAY, name="rmrb-2020-05-12-03-05.txt")


def test_an_envoy_essays_last_year_stays():
    text = "2019年，两国双边贸易额达到52亿美元。\n" + ESSAY_BYLINE
    assert_exactly(text, [{"value": 5.2e9, "period_start": "2019-01-01"}], ESSAY_DAY, name="rmrb-2020-05-12-03-05.txt")


def test_the_same_history_elsewhere_is_read_as_before():
    text = "2014年，某国暴发疫情。中国率先派出医护人员400多人次。\n"
    assert_exactly(text, [{"value": 400, "period_start": "2014-01-01"}], ESSAY_DAY, name="rmrb-2020-05-12-03-05.txt")
