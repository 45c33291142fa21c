"""Period resolution against the report date (never the clock)."""

from datetime import date

import pytest

from extractors.period_dates import default_period
from extractors.periods import period_at

PUB = date(2021, 1, 27)
CASES = [
    ("2020年", PUB, "2020-01-01", "2020-12-31"),
    ("今年", PUB, "2021-01-01", "2021-01-27"),
    ("今年以来", date(2021, 7, 20), "2021-01-01", "2021-07-20"),
    ("截至11月末,今年", date(2020, 12, 10), "2020-01-01", "2020-11-30"),
    ("明年", date(2019, 9, 18), "2020-01-01", "2020-12-31"),
    ("去年", PUB, "2020-01-01", "2020-12-31"),
    ("截至10月末", date(2021, 11, 19), None, "2021-10-31"),               # a level as of that day
    ("截至10月末,比去年同期", date(2021, 11, 19), None, "2020-10-31"),
    ("本周", date(2019, 8, 30), "2019-08-24", "2019-08-30"),
    ("7月4日0—24时", date(2020, 7, 6), "2020-07-04", "2020-07-04"),
    ("截至7月4日24时", date(2020, 7, 6), None, "2020-07-04"),
    ("12月30日", date(2021, 1, 2), "2020-12-30", "2020-12-30"),
    ("8月23日至29日", date(2019, 8, 30), "2019-08-23", "2019-08-29"),
    ("1—5月", date(2022, 6, 15), "2022-01-01", "2022-05-31"),
    ("前5个月", date(2022, 6, 15), "2022-01-01", "2022-05-31"),
    ("今年1—5月", date(2022, 6, 15), "2022-01-01", "2022-05-31"),
    ("2021年1-10月", date(2021, 11, 19), "2021-01-01", "2021-10-31"),
    ("6月11日至7月24日", date(2020, 7, 30), "2020-06-11", "2020-07-24"),
    ("与5年前相比", date(2021, 11, 19), "2016-01-01", "2021-11-19"),
    ("“十三五”期间", PUB, "2016-01-01", "2020-12-31"),
    ("2016—2020年", PUB, "2016-01-01", "2020-12-31"),
    ("上半年", date(2020, 7, 20), "2020-01-01", "2020-06-30"),
    ("前三季度", date(2020, 10, 20), "2020-01-01", "2020-09-30"),
    ("2019年8月", PUB, "2019-08-01", "2019-08-31"),
    ("过去的一年", PUB, "2020-01-01", "2020-12-31"),
    ("2020年…全年", PUB, "2020-01-01", "2020-12-31"),
    # since a month's event, after 自/从: up to the report, not that month; without 自/从 only when the event is told in
    # a few words right after the month (`2019年3月园区挂牌以来`: since_told_event); a longer one, a modifier or a comma
    # between leaves the month
    ("自2014年7月两省签署《共建合作区框架协议》以来", PUB, "2014-07-01", "2021-01-27"),
    ("从2019年3月园区正式挂牌以来", PUB, "2019-03-01", "2021-01-27"),
    ("自2018年5月新馆开放以来", PUB, "2018-05-01", "2021-01-27"),
    ("2019年3月园区挂牌以来", PUB, "2019-03-01", "2021-01-27"),
    ("2019年3月经省政府批复的园区挂牌以来", PUB, "2019-03-01", "2019-03-31"),
    ("2019年3月,园区挂牌,引进企业以来自沪企为主", PUB, "2019-03-01", "2019-03-31"),
]


@pytest.mark.parametrize("text,published,start,end", CASES, ids=[c[0] for c in CASES])
def test_period(text, published, start, end):
    p, explicit = period_at(text, 0, len(text), default_period(published), published)
    assert explicit
    assert (p.start.isoformat() if p.start else None, p.end.isoformat()) == (start, end)


def test_undated_figure_is_the_state_as_of_the_report_date():
    p, explicit = period_at("完成投资", 0, 4, default_period(PUB), PUB)
    assert not explicit and (p.start, p.end) == (None, PUB)


def test_baseline_is_not_the_period():
    anchor = default_period(PUB)
    p, _ = period_at("2020年增速比前三季度", 0, 12, anchor, PUB, skip_baselines=True)
    assert p.end == date(2020, 12, 31)


DOCS = [
    # a dateline holds for the whole article, not for the next one
    ("市里签约仪式举行\n\n本报讯(记者 李锋)8月27日上午,签约仪式举行。\n\n首次签约100万双袜品。\n\n"
     "另一篇报道的标题\n\n本报讯 会议指出,全市新增城镇就业6820人。",
     date(2019, 8, 30), {"1000000": "2019-08-27", "6820": "2019-08-30"}),
    # a work report's review heading sets the year of the figures under it
    ("政府工作报告\n\n一、2020年工作回顾\n\n过去的一年,我们经受住了疫情冲击、三场台风和雨雪冰冻灾害的考验,"
     "全市经济运行稳中向好,社会大局和谐稳定。\n\n经济运行稳定向好,全市地区生产总值增长5%,增速居全省前列,"
     "主要经济指标好于预期。\n\n二、2021年主要目标\n\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,"
     "各项工作要坚持稳中求进工作总基调。",
     date(2021, 1, 27), {"5": "2020-12-31", "6": "2021-12-31"}),
    # the masthead's date is the publication, not a period; the headline's 前5个月 (the year so far) holds
    # for the article
    ("白山日报\n\n2022年6月15日 星期三\n\n总第9123期 今日8版\n\n我市前5个月经济运行稳中有进\n\n"
     "本报讯(记者 刘洋)记者从市统计局获悉,1—5月,全市规模以上工业增加值同比增长7.8%,固定资产投资同比增长12.6%。"
     "全市一般公共预算收入完成15.6亿元,增长4.1%,各项工作稳步推进。",
     date(2022, 6, 15), {"7.8": "2022-05-31", "1560000000": "2022-05-31"}),
    # numbered sections go on with their report: the title's county stays the place, each heading its time
    ("东丰县人民政府工作报告\n\n一、“十三五”工作回顾\n\n五年来,我们坚持稳中求进工作总基调,全县地区生产总值年均增长4.2%,"
     "经济社会发展取得了历史性成就,人民生活水平不断提高。\n\n二、“十四五”主要目标\n\n到2025年,全县地区生产总值达到160亿元,"
     "城镇化率达到55%,人民生活品质不断提升,生态环境持续改善。",
     date(2021, 2, 20), {"4.2": "2020-12-31", "16000000000": "2025-12-31"}),
    # 同时 continues the previous sentence's time
    ("王中代表说,2020年疫情期间东方公司出口仍取得了较好成绩。同时,东方公司还投资1.5亿元新上项目。",
     date(2021, 1, 27), {"150000000": "2020-12-31"}),
    # the same heading on a page pasted from a PDF, a figure per line: the heading still dates its section
    ("2019年某省政府工作报告\n各位代表:\n一、2018年工作回顾\n刚刚过去的一年,我们砥砺奋进。\n——经济稳中有进。\n"
     "全社会用电量增长\n3.5%\n。减税降费\n180\n亿元。", date(2019, 1, 20), {"3.5": "2018-12-31", "18000000000": "2018-12-31"}),
    # a bulletin's day, and `目前` inside it keeps that day
    ("疫情通报\n\n截至10月13日24时,全市累计确诊病例7例,目前无疑似病例。", date(2020, 10, 15),
     {"7": "2020-10-13", "0": "2020-10-13"}),
]


@pytest.mark.parametrize("text,published,ends", DOCS, ids=[d[0][:10] for d in DOCS])
def test_periods_in_documents(text, published, ends):
    from extractors.pipeline import extract_text

    got = {str(f.value): f.period_end for f in extract_text(text, "doc.txt", published).facts}
    for value, end in ends.items():
        assert got.get(value) == end, (value, got)
