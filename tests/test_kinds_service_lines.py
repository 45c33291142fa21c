"""Service-line reports and department reports of other places (kinds23, classes found on real reports outside
every gold): a report whose opening sentence, after short heading lines, makes one place's service line or
department the subject of its activity has that place as its scope, like a title; any public service line's
number or name (12328, 12315, 12369, …) makes a hotline report, so its counts and shares are the hotline family.
Own sentences, other places and figures."""

from datetime import date

import pytest
from factcase import assert_exactly, facts_of

from extractors.document_place import opening_body_place
from extractors.report_titles import document_kind

JULY = date(2022, 8, 3)

# A monthly service-line report opening with its place: every figure is that place's and the hotline family's.
SERVICE_LINE_REPORTS = [
    ("一、来电受理\n(一)工单总量\n7月,甘肃12328交通运输服务监督电话共受理来电18400件。其中,咨询类16200件,"
     "占业务总量的88.04%。\n(二)接通率\n本月人工接通率为95.1%。", "甘肃省"),
    ("7月,青海12315消费者投诉热线共受理来电5230件。其中,投诉类2100件。", "青海省"),
    ("一、总体情况\n7月份,铜仁12369环保举报热线累计受理举报612件。其中,大气类301件。", "铜仁市"),
]


@pytest.mark.parametrize("text,region", SERVICE_LINE_REPORTS)
def test_an_opening_service_line_gives_the_report_its_place_and_family(text, region):
    facts = facts_of(text, JULY)
    assert facts and all(f["region"] == region for f in facts), facts
    assert all(f["family"] == "hotline" for f in facts), [(f["subject"], f["family"]) for f in facts]
    assert any(f["indicator"] == "hotline.contacts_total" for f in facts), facts


def test_the_opening_total_is_the_hotline_total():
    text = "一、来电受理\n7月,甘肃12328交通运输服务监督电话共受理来电18400件。"
    assert_exactly(text, [{"value": 18400, "indicator": "hotline.contacts_total", "region": "甘肃省",
                           "period_start": "2022-07-01", "period_end": "2022-07-31"}], JULY)


OPENING_BODIES = [
    ("一、电话受理情况\n6月,云南12328交通运输服务监督电话共受理来电9000件。", "云南省"),
    ("2021年,甘南州交通运输局全年完成投资12亿元。", "甘南藏族自治州"),
    ("(一)受理情况\n本周,柳州12345政务服务热线受理诉求3100件。", "柳州市"),
    # negatives: a paper's story, two places compared, a source office, a place that is no body's
    ("本报讯 云南12328交通运输服务监督电话共受理来电9000件。", None),
    ("6月,云南与贵州12328电话共受理来电9000件。", None),
    ("记者从云南省统计局获悉,全省完成投资12亿元。", None),
    ("6月,云南省完成投资12亿元。", None),
    ("6月,云南交通运输厅厅长说,全省完成投资12亿元。", None),
]


@pytest.mark.parametrize("text,region", OPENING_BODIES)
def test_the_opening_sentences_body_names_the_reports_place(text, region):
    place = opening_body_place(text)
    assert (place.name if place else None) == region


SERVICE_LINE_KINDS = [
    ("一、电话受理情况\n(一)工单数量\n6月,江西12328交通运输服务监督电话共受理来电2100件。", "hotline"),
    ("12315消费者投诉热线月报\n5月共受理投诉300件。", "hotline"),
    ("交通运输服务监督电话受理情况\n5月共受理来电300件。", "hotline"),
    # negatives: the number as a figure, a heading report with no service line
    ("一、总体情况\n5月,全市共受理案件12328件。", "article"),
    ("一、经济运行\n(一)工业生产\n5月,全市规模以上工业增加值增长6%。", "article"),
]


@pytest.mark.parametrize("text,kind", SERVICE_LINE_KINDS)
def test_a_service_lines_number_or_name_makes_a_hotline_report(text, kind):
    assert document_kind(text, False) == kind


Q3 = date(2021, 11, 20)
NINE_MONTHS = {"period_start": "2021-01-01", "period_end": "2021-09-30"}

# A numbered heading naming a sector is the scope of a bare measure under it; its own items keep their names.
SECTOR_HEADINGS = [
    ("(一)铁路建设。1—9月完成投资310.5亿元。其中:\n城际铁路完成投资120.2亿元。",
     [("铁路建设完成投资", 310.5e8), ("城际铁路完成投资", 120.2e8)]),
    ("（二）港口航道。1—9月完成投资42.8亿元,同比增长6.1%。",
     [("港口航道完成投资", 42.8e8), ("港口航道完成投资", 6.1)]),
    ("三、民航机场\n1—9月完成投资18.4亿元。", [("民航机场完成投资", 18.4e8)]),
    # negatives: a summary or praise heading, a measure with its own name, a later sentence of the line
    ("(一)总体情况。1—9月完成投资52.3亿元。", [("完成投资", 52.3e8)]),
    ("一、经济运行稳中向好\n1—9月完成投资52.3亿元。", [("完成投资", 52.3e8)]),
    ("(二)公路建设。1—9月高速公路完成投资25.1亿元。", [("高速公路完成投资", 25.1e8)]),
    ("(三)水运建设。1—9月航道整治有序推进。1—9月完成投资8.2亿元。", [("完成投资", 8.2e8)]),
]


@pytest.mark.parametrize("text,expected", SECTOR_HEADINGS)
def test_a_sector_heading_scopes_a_bare_measure(text, expected):
    assert_exactly(text, [{"subject": s, "value": v, **NINE_MONTHS} for s, v in expected], Q3)


SPRING = date(2022, 2, 9)

# A figure-free clause naming a category right before a count with no subject: the count is the category's; a
# later subjectless count in the same category's stretch is a part of it, named nothing.
TOPIC_CLAUSES = [
    ("节日期间诉求主要集中在两类:一是出行类诉求,共210件,主要为咨询返程政策,共130件;二是物业类诉求,共95件。",
     [("出行", 210), ("物业", 95)]),
    ("春节期间12345热线诉求集中在两类:一是燃气类诉求，共48件;二是供水类，共31件。", [("燃气", 48), ("供水", 31)]),
    # negatives: a clause of praise, a count with its own subject
    ("今年以来工作成效明显,共办理320件。", [("办理", 320)]),
    ("一是供暖类诉求,其中投诉诉求62件。", [("投诉诉求", 62)]),
]


@pytest.mark.parametrize("text,expected", TOPIC_CLAUSES)
def test_a_category_clause_names_the_count_after_it(text, expected):
    facts = facts_of(text, SPRING)
    assert sorted((f["subject"], f["value"]) for f in facts) == sorted(expected), facts
