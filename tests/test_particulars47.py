"""One story's particulars of round 47 (particulars47): the figures of one scene's make-up are no reported figures —
one case named as its sentence's frame (`本案中`, `该案`, a coded case `“6·18”大案中`), the athletes of one contest's
round or one team's entries, the attendees of one gathering and where they came from, the signers of one memorandum.
Statistics of a place, a programme or a sector told beside the same words stay. Each row is our own text: ALL its
facts (value, region)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 10, 14)
PAPER = "rmrb-2019-10-14-10-04.txt"   # a national paper's page
LEAD = "某地新闻\n　　本报北京10月13日电　"

CASES = [
    # one case named as the frame: its sums, suspects, gangs and people
    ("a case pointed at by 该案", LEAD + "常德市公安局日前通报一起非法采砂案。该案涉案金额达3000余万元，警方共抓获犯罪嫌疑人45名。\n",
     []),
    ("a coded case's gangs, cases and people", LEAD + "“6·18”大案中，岳阳警方共打掉4个盗采犯罪团伙，破获非法采砂案15起，"
     "涉案人员达300余人。\n", []),
    ("people of one case after 本案中", LEAD + "调查发现，本案中3个团伙的作案人员有60余人，收购、运输等相关人员达到200多人。\n",
     []),
    # negatives: a province's tally, a city's tally after the case is told
    ("a province's tally of cases stays", LEAD + "今年以来，全省共侦破非法采砂案件120起，抓获犯罪嫌疑人300余名。\n",
     [(120, "北京市"), (300, "北京市")]),
    ("a city's running tally after 该案发生后 stays", LEAD + "该案发生后，全市今年以来共查处同类案件56起。\n",
     [(56, "北京市")]),
    # one contest: a round's athletes, one team's entries
    ("the athletes of one final's round", LEAD + "女子组决赛第一轮共有10名选手参加，中国队4名选手分列前四位。\n", []),
    ("one team's entries in one championship", LEAD + "本届游泳世锦赛上，中国队共派出50名选手参加比赛，创下历届之最。\n", []),
    ("a country's players in one cup", LEAD + "本次围棋世界杯赛，中国共有6名棋手出战。\n", []),
    # negatives: a province's registered athletes
    ("a province's registered athletes stay", LEAD + "截至去年底，全省共有注册运动员3.2万名。\n", [(32000, "北京市")]),
    # one gathering: attendees and where they came from
    ("a forum's attendees' institutions", LEAD + "“面向2035年的管理学”学术研讨会日前在北京举行，来自80多所高校和科研机构的"
     "200多位专家学者参加了此次会议。\n", []),
    ("a meeting of young people from many countries", LEAD + "10月12日，来自60个国家的近200名青年相聚杭州，共话丝路友谊。\n",
     []),
    ("a meeting's attendance", LEAD + "来自全国各地的相关部门代表共计80余人参加会议。\n", []),
    ("a reception's guests at the sentence's end", LEAD + "国庆招待会在使馆举行，有关部门负责人及各界代表共约300人参加。\n", []),
    ("a festival's opening guests", LEAD + "开幕当天，千余名华侨华人及当地各界人士参加开幕仪式。\n", []),
    # negatives: a programme's trainees
    ("a city's trainees stay", LEAD + "今年全市共有5万名干部参加培训。\n", [(50000, "全国")]),
    # one signed text: its signers and the list that counts them
    ("the signers of one memorandum and their list", LEAD + "10月12日，签署合作备忘录的12个海关包括成都海关、昆明海关、"
     "西宁海关等10个西部直属海关，以及大连、青岛2个沿海直属海关。\n", []),
]

GAPS = {
    # left: one police team's holiday scene and one village's moving day name no case, contest or gathering
    ("one police team on duty in a holiday scene", LEAD + "国庆期间，在宜昌市交巡警支队勤务一大队，52人保持了全员在岗，有的民警连续值守了一周。\n", ()),
}
CASES += [pytest.param(label, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, text, expected in sorted(GAPS)]


@pytest.mark.parametrize("label,text,expected", CASES)
def test_particulars47(label, text, expected):
    assert_exactly(text, [{"value": v, "region": r} for v, r in expected], PUBLISHED, PAPER)
