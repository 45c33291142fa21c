"""12345 (mayor's, citizens' service, convenience line) reports never seen (audit kinds45): a month's report that
opens under a heading with its first figures (`全市12345平台共汇集…诉求…个`) is a hotline report, so its channel parts,
calls dialled in and put through (个, 次), connection rate and category counts in 个 are hotline figures of the
report's city and month, and the city's own platform among its counties' keeps the city in its subject; outside a hotline report, a paragraph about a line keeps its calls (`呼入来电…个`) and its
connection rate (`电话接通率`) in the family. A figure of another subject (a GDP growth, a network's connection rate)
stays what it is, and a count of staff or seats is no item of the line. Each row is our own report text (other
cities, months, figures) with ALL its facts."""

from __future__ import annotations

from datetime import date

import pytest
from factcase import assert_exactly

F = ("value", "unit", "indicator", "region", "period_start", "period_end")
S = ("subject", "value", "indicator", "region")
PUBLISHED = date(2022, 11, 10)
OCT = ("2022-10-01", "2022-10-31")
Q1 = ("2022-01-01", "2022-03-31")
H1 = ("2022-01-01", "2022-06-30")
WEEK = ("2022-11-04", "2022-11-10")


def _rows(fields, *rows):
    return [dict(zip(fields, r, strict=True)) for r in rows]


MONTH_UNDER_HEADING = (
    "一、诉求概况\n2022年10月,全市12345平台共汇集群众和企业诉求32810个。其中,镇江市平台(覆盖市区)受理12400个,"
    "占37.8%;丹阳12345受理9100个,占27.7%;句容12345受理4300个,占13.1%。\n从来源渠道看,镇江市12345平台共呼入来电11800个,接通11200个,接通率94.92%;"
    "网站受理52件;微信受理188件;短信受理40件,省平台转派620件。\n从诉求类型看,投诉类5200个,占41.9%;咨询类4100个,占33.1%。\n")
QUARTER_OF_A_NAMED_LINE = (
    "(一)来电概况\n一季度,扬州市民生服务热线累计接收群众来电8650个,呼入电话9120次,接听8830次,接听率96.8%,"
    "回访满意率95.1%。同期全市生产总值增长6.2%。热线现有话务员42人。\n")
ARTICLE_ON_A_LINE = (
    "我市政务服务再提速\n今年以来,全市新设立企业3200户。\n上半年,南通市12345热线共受理诉求36万件,电话接通率达98.2%,"
    "群众满意率96.5%。热线呼入来电38万个,接通来电37万个。全市移动电话基站接通率99.1%。热线服务中心设有接听坐席60个。\n")
WEEK_WITH_TITLE = ("盐城市12345政务服务便民热线运行周报\n本周,热线共受理群众来电4210个,一次接通率93.6%。其中,"
                   "城乡建设类1020个,占24.2%;劳动保障类760个,占18.1%。\n")
NEWS_NAMING_A_LINE = "市民通过12345热线办理了落户手续。\n今年以来,全市新增城镇就业1.2万人。\n"

ZJ = "镇江市"
CASES = [
    ("a month's report opening under a heading: parts, channels, calls, rate, categories in 个", MONTH_UNDER_HEADING,
     _rows(F, (32810, "个", "hotline.contacts_total", ZJ, *OCT),
           (12400, "个", "hotline.count", ZJ, *OCT), (37.8, "%", "hotline.category_share", ZJ, *OCT),
           (9100, "个", "hotline.contacts_total", "丹阳市", *OCT), (27.7, "%", "hotline.category_share", "丹阳市", *OCT),
           (4300, "个", "hotline.contacts_total", "句容市", *OCT), (13.1, "%", "hotline.category_share", "句容市", *OCT),
           (11800, "个", "hotline.count", ZJ, *OCT), (11200, "个", "hotline.count", ZJ, *OCT),
           (94.92, "%", "hotline.share", ZJ, *OCT), (52, "件", "hotline.items", ZJ, *OCT),
           (188, "件", "hotline.items", ZJ, *OCT), (40, "件", "hotline.count", ZJ, *OCT),
           (620, "件", "hotline.count", ZJ, *OCT),
           (5200, "个", "hotline.category_count", ZJ, *OCT), (41.9, "%", "hotline.category_share", ZJ, *OCT),
           (4100, "个", "hotline.category_count", ZJ, *OCT), (33.1, "%", "hotline.category_share", ZJ, *OCT))),
    # negatives inside: the city's GDP growth stays growth; the operators (人) are no item of the line
    ("a quarter of a citizens' line named without its number: calls in 次, answer rate", QUARTER_OF_A_NAMED_LINE,
     _rows(F, (8650, "个", "hotline.contacts_total", "扬州市", *Q1), (9120, "次", "hotline.count", "扬州市", *Q1),
           (8830, "次", "hotline.count", "扬州市", *Q1), (96.8, "%", "hotline.share", "扬州市", *Q1),
           (95.1, "%", "hotline.satisfaction_rate", "扬州市", *Q1), (6.2, "%", "growth.gdp", "扬州市", *Q1),
           (42, "人", None, "扬州市", None, "2022-03-31"))),
    # negatives inside: a network's connection rate and the line's seats are not the line's figures
    ("an article whose paragraph is about a line: its calls and connection rate", ARTICLE_ON_A_LINE,
     _rows(F, (3200, "户", None, "南通市", "2022-01-01", "2022-11-10"),
           (360000, "件", "hotline.contacts_total", "南通市", *H1), (98.2, "%", "hotline.share", "南通市", *H1),
           (96.5, "%", "hotline.satisfaction_rate", "南通市", *H1), (380000, "个", "hotline.count", "南通市", *H1),
           (370000, "个", "hotline.count", "南通市", *H1), (99.1, "%", None, "南通市", *H1),
           (60, "个", None, "南通市", *H1))),
    ("a week's report with its title: first-call connection rate, categories in 个", WEEK_WITH_TITLE,
     _rows(F, (4210, "个", "hotline.contacts_total", "盐城市", *WEEK), (93.6, "%", "hotline.share", "盐城市", *WEEK),
           (1020, "个", "hotline.category_count", "盐城市", *WEEK), (24.2, "%", "hotline.category_share", "盐城市", *WEEK),
           (760, "个", "hotline.category_count", "盐城市", *WEEK), (18.1, "%", "hotline.category_share", "盐城市", *WEEK))),
    ("a news story that names a line without figures is no hotline report", NEWS_NAMING_A_LINE,
     _rows(F, (12000, "人", None, None, "2022-01-01", "2022-11-10"))),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_hotline_reports45(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)


SUBJECTS = [
    ("the city's own platform among its counties' keeps the city (kinds45 #14, #236)",
     "一、诉求概况\n2022年10月,全市12345平台共汇集群众和企业诉求32810个。其中,镇江市平台(覆盖市区)受理12400个,"
     "占37.8%;丹阳12345受理9100个,占27.7%;句容12345受理4300个。\n",
     _rows(S, ("12345平台汇集群众和企业诉求", 32810, "hotline.contacts_total", ZJ),
           ("镇江市平台受理", 12400, "hotline.count", ZJ), ("镇江市平台受理", 37.8, "hotline.category_share", ZJ),
           ("丹阳12345受理", 9100, "hotline.contacts_total", "丹阳市"),
           ("丹阳12345受理", 27.7, "hotline.category_share", "丹阳市"),
           ("句容12345受理", 4300, "hotline.contacts_total", "句容市"))),
]


@pytest.mark.parametrize("label,text,expected", SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_hotline_platform_subjects45(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)


GAPS = [
    ("`全市` is the city whose county lines are listed, not a county-level 市 the list names",
     "一、诉求概况\n2022年10月,全市12345平台共汇集群众和企业诉求32810个。其中,镇江市平台受理12400个,占37.8%;"
     "丹阳12345受理9100个,占27.7%。\n",
     _rows(S, ("12345平台汇集群众和企业诉求", 32810, "hotline.contacts_total", ZJ),
           ("镇江市平台受理", 12400, "hotline.count", ZJ), ("镇江市平台受理", 37.8, "hotline.category_share", ZJ),
           ("丹阳12345受理", 9100, "hotline.contacts_total", "丹阳市"),
           ("丹阳12345受理", 27.7, "hotline.category_share", "丹阳市"))),
    ("`市12345平台` after one county's part is the report's city, not the county (a county-level 市 read back)",
     "一、诉求概况\n2022年10月,镇江市12345平台共汇集群众和企业诉求32810个。其中,丹阳12345受理9100个,占27.7%。\n"
     "从来源渠道看,市12345平台共呼入来电11800个。\n",
     _rows(S, ("12345平台汇集群众和企业诉求", 32810, "hotline.contacts_total", ZJ),
           ("丹阳12345受理", 9100, "hotline.contacts_total", "丹阳市"),
           ("丹阳12345受理", 27.7, "hotline.category_share", "丹阳市"),
           ("市12345平台呼入来电", 11800, "hotline.count", ZJ))),
    ("a share of one category's complaints by kind names the kind, not the category (kinds45 #11, #59, #227)",
     "一、诉求概况\n2022年10月,全市12345平台共汇集群众和企业诉求32810个。\n环境保护900件,主要是施工引起的噪音污染"
     "(占环境污染投诉总量48.1%);油烟引起的空气污染(占30.2%)。\n",
     _rows(S, ("12345平台汇集群众和企业诉求", 32810, "hotline.contacts_total", None),
           ("环境保护", 900, "hotline.count", None),
           ("噪音污染投诉(占环境污染投诉总量)", 48.1, "hotline.category_share", None),
           ("空气污染投诉(占环境污染投诉总量)", 30.2, "hotline.category_share", None))),
]


@pytest.mark.parametrize("label,text,expected", GAPS, ids=[g[0] for g in GAPS])
@pytest.mark.xfail(strict=True, reason="subject and anaphor-place gaps this round leaves (docs/EXTRACTION.md)")
def test_hotline_report_gaps45(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)
