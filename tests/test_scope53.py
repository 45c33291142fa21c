"""Scopes of round 53: a scraped page's field line under its title (`发布日期:…`), a list of counts written a line
each, a bulletin's window over a night (`2月14日22时至2月15日10时`) and a whole restated to open its breakdown
(`119例确诊病例中,…`). Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

FIELDS = "发布日期:2024-06-03 16:09:12  发文单位:行政审批局(数字化发展局)  发布机构:某某市政府网"
HOTLINE_PAGE = [
    ("a field line under the title: the title still makes a hotline report",
     f"2024年某某市12345政务服务便民热线运行分析报告\n\n{FIELDS}\n\n"
     "一、受理情况\n本月共转派工单4800件。\n(一)诉求分类情况\n表扬120件 占比2.5%\n",
     [{"value": 4800}, {"value": 120, "family": "hotline", "subject": "表扬"}, {"value": 2.5, "family": "hotline"}]),
    ("a list of counts a line each under a numbered heading",
     f"2024年某某市12345政务服务便民热线运行分析报告\n\n{FIELDS}\n\n(二)承办单位工单办理量\n"
     "市直部门3100件\n街道 280件\n乡镇 95件\n(三)诉求热点\n",
     [{"value": 3100, "subject": "市直部门工单办理量"}, {"value": 280, "subject": "街道工单办理量"},
      {"value": 95, "subject": "乡镇工单办理量"}]),
    ("a category's items after the verb that opens them are the hotline's",
     f"某某市12345热线月度报告\n\n{FIELDS}\n\n(三)诉求热点\n群众反映的热点问题主要集中在:\n1.住房保障类(600件,占比15%)。主要涉及物业管理300件、房屋建设150件。\n",
     [{"value": 600, "family": "hotline"}, {"value": 15, "family": "hotline"},
      {"value": 300, "family": "hotline", "subject": "物业管理"}, {"value": 150, "family": "hotline", "subject": "房屋建设"}]),
]

WINDOW_BULLETIN = [
    ("a window over a night: new counts are the window's, running ones as of its end",
     "2020年3月1日22时至3月2日10时某某省新型冠状病毒肺炎疫情情况\n\n发布时间:2020-03-02 10:30:00\n\n"
     "2020年3月1日22时至3月2日10时,某某省新增确诊病例2例。目前,某某省累计报告确诊病例95例,治愈出院40例。\n",
     [{"value": 2, "period_start": "2020-03-01", "period_end": "2020-03-02"},
      {"value": 95, "period_start": None, "period_end": "2020-03-02"},
      {"value": 40, "period_start": None, "period_end": "2020-03-02"}]),
    ("a whole restated: no new fact, its parts count what it counted, as of the window's end",
     "2020年2月14日22时至2月15日10时,辽宁省无新增确诊病例。目前,辽宁省累计报告确诊病例119例。\n"
     "119例确诊病例中,沈阳市28例、大连市18例。\n",
     [{"value": 0, "period_start": "2020-02-14", "period_end": "2020-02-15"},
      {"value": 119, "subject": "累计报告确诊病例", "period_start": None, "period_end": "2020-02-15"},
      {"value": 28, "subject": "累计报告确诊病例", "region": "沈阳市", "period_start": None, "period_end": "2020-02-15"},
      {"value": 18, "subject": "累计报告确诊病例", "region": "大连市", "period_start": None, "period_end": "2020-02-15"}]),
    ("a count that is not the one before stays a fact of its own",
     "目前,辽宁省累计报告确诊病例119例。\n120例确诊病例中,沈阳市28例。\n",
     [{"value": 119}, {"value": 120, "subject": "确诊病例"}, {"value": 28, "subject": "确诊病例", "region": "沈阳市"}]),
    ("a window of a day's hours is no night's window: the day's bulletin as before",
     "2020年2月15日0时至24时,辽宁省新增确诊病例1例。\n",
     [{"value": 1, "period_start": "2020-02-15", "period_end": "2020-02-15"}]),
]

TABLES = [
    (HOTLINE_PAGE, date(2024, 6, 3), "hotline.txt"),
    (WINDOW_BULLETIN, date(2020, 2, 15), "bulletin.txt"),
]
ROWS = [(text, expected, published, name) for rows, published, name in TABLES for _, text, expected in rows]
IDS = [row[0] for rows, _, _ in TABLES for row in rows]


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round53_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
