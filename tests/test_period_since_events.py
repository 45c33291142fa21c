"""Since a dated event, up to the report: `自<time><what happened>以来` runs from that time to the report however
long the event's words are (`自2015年启动第一书记驻村扶贫工作以来`, `自8月8日体育节开幕以来`), not the time alone;
so does a year's founding (`2004年，某区成立后，先后投资…`).

Each row is a small report in our own words (figures restated, never corpus text): its date, and per figure value
the (period_start, period_end) it must get. Negatives are rows whose figures must keep their period.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

SINCE_EVENTS = [
    # a year's event with a long object: the cumulative figure runs to the report
    ("自2015年启动选派干部驻村帮扶工作以来,全省已累计选派驻村干部3.2万名。", date(2019, 2, 20),
     {"32000": ("2015-01-01", "2019-02-20")}),
    ("从2016年在全县推开农村集体产权制度改革以来,累计完成清产核资村412个。", date(2019, 10, 20),
     {"412": ("2016-01-01", "2019-10-20")}),
    # a day's event: from that day to the report
    ("自8月8日市民运动节在河畔公园开幕以来,周边商圈日均客流量提升了35%。", date(2019, 10, 29),
     {"35": ("2019-08-08", "2019-10-29")}),
    ("记者从市金融局获悉:自4月1日纾困专项贷款启动投放以来,获得支持的企业达到860家。", date(2020, 5, 12),
     {"860": ("2020-04-01", "2020-05-12")}),
    # a full date's event
    ("自2019年3月15日新航站楼正式投入使用以来,机场累计保障旅客吞吐量1250万人次。", date(2019, 10, 20),
     {"12500000": ("2019-03-15", "2019-10-20")}),
    # a body's founding in a year (`…成立后`): what it did since runs to the report
    ("2006年,开发区管委会成立后,全区先后投入治理资金85亿元。", date(2020, 5, 25),
     {"8500000000": ("2006-01-01", "2020-05-25")}),
    ("2012年新区挂牌以后,累计引进企业320家。", date(2019, 10, 20), {"320": ("2012-01-01", "2019-10-20")}),
    # negatives: the founding told alone, its figures in a sentence of their own, keep the year
    ("2004年,某生态区成立。全区当年投资5亿元。", date(2020, 5, 25), {"500000000": ("2004-01-01", "2004-12-31")}),
    # negatives: a time with no 以来 keeps its own period; a clause break ends the event (the 以来 is another's);
    # a from-to statement with digits between is no since
    ("8月8日,市民运动节在河畔公园开幕,当天吸引游客2.1万人次。", date(2019, 10, 29),
     {"21000": ("2019-08-08", "2019-08-08")}),
    ("自2015年,该县开展试点,近年来累计建成示范村45个。", date(2019, 2, 20),
     {"45": (None, "2019-02-20")}),
    ("2019年8月8日,新馆开馆,全天接待观众8600人次。", date(2019, 10, 29),
     {"8600": ("2019-08-08", "2019-08-08")}),
]


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,published,expected", SINCE_EVENTS, ids=[row[0][:14] for row in SINCE_EVENTS])
def test_since_an_event_runs_to_the_report(text, published, expected):
    got = _periods(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)
