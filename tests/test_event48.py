"""Event classes of round 48: a figure of one event, forum, games or campaign names it when its sentence opens with
the event as actor or with the campaign's span. A campaign's acts counted after `专项行动期间，`/`在…整治行动中，`/
`此次专项行动共…` are the campaign's (…专项行动出动监察人员), a forum pointed at by its kind (`此次论坛推出…`,
`本届论坛…，共有…官方代表团`) is the forum the story named, and what a named event has or draws (`…运动会设置了20个
大项`, `…大会已经成功举办了4届，…吸引观众…`) is the event's. Each row is our own text: ALL its facts (value, subject,
region)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 23)
PAPER = "rmrb-2020-05-23-05-01.txt"   # a national paper's page: its scope is the country
LOCAL = "case.txt"                    # a page of no known scope: its headline and lead name its place

CASES = [
    # (a) a campaign's span opens the clause: its acts are the campaign's, the scope word stays the region's
    ("a campaign pointed at after its name, national inspectors", PAPER,
     "治理欠薪取得成效\n　　本报北京5月22日电  针对社会关注的清理欠薪冬季专项行动，人社部有关负责人介绍，专项行动期间，"
     "全国共出动监察人员3.2万人次，检查用人单位8.6万户。\n",
     [(32000, "清理欠薪冬季专项行动出动监察人员", "全国"), (86000, "清理欠薪冬季专项行动检查用人单位", "全国")]),
    ("a city's campaign told with 在…中", LOCAL,
     "长沙市整治市容\n　　长沙市市容办负责人介绍，在为期一个月的秋季市容环境集中整治行动中，长沙共出动城管队员6万余人次，"
     "拆除违章广告牌1300处。\n",
     [(60000, "秋季市容环境集中整治行动出动城管队员", "长沙市"),
      (1300, "秋季市容环境集中整治行动拆除违章广告牌", "长沙市")]),
    ("a campaign pointed at with 此次 opening its sentence", PAPER,
     "打击野生动物走私\n　　多国警方近日联合开展打击野生动物走私专项行动。此次专项行动共逮捕犯罪嫌疑人80人，"
     "缴获象牙制品2000多件。\n",
     [(80, "打击野生动物走私专项行动逮捕犯罪嫌疑人", "全国"), (2000, "打击野生动物走私专项行动缴获象牙制品", "全国")]),
    ("a campaign named with 中 before a month span", PAPER,
     "民政部通报低保工作\n　　本报北京5月22日电  记者从民政部获悉：今年农村低保专项治理中，1月至4月，"
     "全国清退不符合条件的低保对象30万户。\n",
     [(300000, "农村低保专项治理清退不符合条件的低保对象", "全国")]),
    # (b) a forum pointed at by its kind: the forum the story's lead named
    ("a forum pointed at as the actor of its subject", LOCAL,
     "2019东江科技论坛开幕\n　　2019东江科技论坛16日在东江市开幕。\n　　此次论坛推出“15项应用场景项目”，为新技术落地搭建平台。\n",
     [(15, "东江科技论坛推出应用场景项目", None)]),
    ("a forum pointed at owns the delegations it has", LOCAL,
     "南岭安全论坛在京举行\n　　第九届南岭安全论坛21日在北京开幕。\n　　本届论坛以“合作与安全”为主题，共有60个官方代表团参加。\n",
     [(60, "南岭安全论坛官方代表团", None)]),
    # (c) a named event opening its sentence: what it sets or draws
    ("games named as actor set their contests", LOCAL,
     "东江市运动会开幕\n　　第三届东江市运动会18日开幕。第三届东江市运动会设置了20个大项、150个小项的比赛。\n",
     [(20, "东江市运动会大项", None)]),
    ("a conference held for years draws its visitors", LOCAL,
     "东江智能制造大会举行\n　　东江智能制造大会已经成功举办了4届，参展企业达到800多家，吸引观众近20万人次。\n",
     [(800, "东江智能制造大会参展企业", None), (200000, "东江智能制造大会观众", None)]),
    # negatives: a since of a campaign, a place's total beside a campaign, a city's total during a forum,
    # a forum pointed at that the story never named
    ("a rate after a campaign's since stays the nation's", PAPER,
     "民航正点率创新高\n　　去年民航局开展航班正常性专项行动。专项行动开展以来，全年航班正常率达81%。\n",
     [(81, "航班正常率", "全国")]),
    ("a city's growth after it ran a campaign stays the city's", LOCAL,
     "东江市整治市容\n　　东江市开展城乡环境集中整治行动，全市规模以上工业增加值增长6%。\n",
     [(6, "规模以上工业增加值", None)]),
    ("a city's visitors during a forum stay the city's", LOCAL,
     "东江科技论坛开幕\n　　东江科技论坛16日开幕。论坛期间，全市接待游客12万人次。\n",
     [(120000, "接待游客", None)]),
    ("a forum pointed at with no forum named keeps the subject", LOCAL,
     "东江市开放周\n　　东江市开放周活动18日开幕。论坛由市政府主办，参会代表团共有30个。\n",
     [(30, "参会代表团", None)]),
]

GAPS = [
    # left: a standing committee pointed at by its kind in its work report (an organ, not an event)
    ("an organ pointed at by its kind", PAPER,
     "全国人大常委会工作报告\n　　本报北京5月22日电  全国人大常委会工作报告回顾了一年来的工作。\n"
     "　　一年来，常委会认真履职，开展5项专题调研。\n",
     [(5, "全国人大常委会专题调研", "全国")]),
    # left: an event's kind inside the subject (`会演剧目`), not opening its sentence
    ("an event's kind inside a share's whole", LOCAL,
     "东江市戏曲会演落幕\n　　2019东江市戏曲会演在东江落幕。现实题材在会演剧目里占比近六成，观众上座率达90%以上。\n",
     [(90, "东江市戏曲会演观众上座率", None)]),
]
CASES += [pytest.param(label, name, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, name, text, expected in GAPS]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_event48(label, name, text, expected):
    assert_exactly(text, [{"value": v, "subject": s, "region": r} for v, s, r in expected], PUBLISHED, name)
