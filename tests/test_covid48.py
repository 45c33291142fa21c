"""Kinds round 48 (a provincial COVID bulletin): a paragraph on infections that names them once (`新增无症状感染者…。
解除医学观察…例,尚在医学观察…例`) counts in 例 the infections still observed, so the bare `尚在医学观察` there is its
current asymptomatic infections (named so), as the released ones already were; contacts counted or named in the
clause before keep the observation (`追踪到密切接触者…,尚在医学观察…`), and with no infections named it stays the
observation count. A running count framed by its outbreak (`本次疫情甘肃省累计…,其中,兰州市…`) keeps the frame in
its subject but not the province, whose cities' items share it. A headline's day count (`湖南新增4例本土确诊病例`) is of the reporting day its article's lead writes
after it (`…通报,4月14日0—24时,…`), not open up to that day. Each row is our own sentence with ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUB = date(2022, 4, 15)
DAY = {"period_start": "2022-04-14", "period_end": "2022-04-14"}
AS_OF = {"period_start": None, "period_end": "2022-04-14"}
OPEN = "4月14日0—24时，湖南省新增无症状感染者"


def _f(value, subject, period, indicator=None, unit="例", region="湖南省"):
    return {"value": value, "family": "covid", "indicator": indicator, "subject": subject, "region": region,
            "unit": unit} | period


def _new(n, imported=None):
    facts = [_f(n, "新增无症状感染者", DAY, "covid.new_asymptomatic")]
    if imported is not None:
        facts.append(_f(imported, "新增境外输入无症状感染者", DAY, "covid.new_imported_asymptomatic"))
    return facts


RELEASED = "covid.released_asymptomatic"
CURRENT = "covid.current_asymptomatic"

OBSERVED = [
    ("released and still observed, a sentence after the infections",
     OPEN + "9例，其中境外输入2例。当日解除医学观察7例，尚在医学观察64例。",
     _new(9, 2) + [_f(7, "解除医学观察无症状感染者", DAY, RELEASED), _f(64, "尚在医学观察无症状感染者", AS_OF, CURRENT)]),
    ("still observed alone, in the next sentence",
     OPEN + "4例。尚在医学观察58例。",
     _new(4) + [_f(58, "尚在医学观察无症状感染者", AS_OF, CURRENT)]),
    ("kept: one sentence, the bracket's imported part named too",
     "4月14日0—24时，全省新增无症状感染者3例；解除医学观察5例，尚在医学观察41例（境外输入6例）。",
     [_f(3, "新增无症状感染者", DAY, "covid.new_asymptomatic", region=None),
      _f(5, "解除医学观察无症状感染者", DAY, RELEASED, region=None),
      _f(41, "尚在医学观察的无症状感染者", AS_OF, CURRENT, region=None),
      _f(6, "境外输入尚在医学观察的无症状感染者", AS_OF, region=None)]),
]

NEGATIVES = [
    ("contacts traced in the clause before: their observation",
     OPEN + "3例。追踪到密切接触者300人，尚在医学观察40例。",
     _new(3) + [_f(300, "密切接触者", AS_OF, "covid.close_contacts", unit="人"),
                _f(40, "尚在医学观察的密切接触者", AS_OF, "covid.under_observation")]),
    ("no infections named: the observation count",
     "截至4月14日24时，湖南省尚在医学观察65例。",
     [_f(65, "尚在医学观察", AS_OF, "covid.under_observation")]),
    ("contacts named with their counts in 人",
     "4月14日0—24时，湖南省新增确诊病例2例，当日解除医学观察的密切接触者90人，尚在医学观察的密切接触者700人。",
     [_f(2, "新增确诊病例", DAY, "covid.new_confirmed"),
      _f(90, "解除医学观察的密切接触者", DAY, "covid.released_from_observation", unit="人"),
      _f(700, "尚在医学观察的密切接触者", AS_OF, "covid.under_observation", unit="人")]),
]

LEAD = "某网长沙4月15日电 据湖南省卫生健康委员会通报,4月14日0—24时,湖南新增确诊病例4例,均为本土病例。"
HEADLINES = [
    ("a headline's new count, the lead's reporting day after it",
     "湖南新增4例本土确诊病例\n\n" + LEAD,
     [_f(4, "新增本土确诊病例", DAY, "covid.new_local"), _f(4, "新增确诊病例", DAY, "covid.new_confirmed")]),
    ("a headline's new count beside its running total, the total as of the day",
     "湖南新增4例本土确诊病例 累计确诊1200例\n\n" + LEAD + "累计报告确诊病例1200例。",
     [_f(4, "新增本土确诊病例", DAY, "covid.new_local"),
      _f(1200, "累计报告确诊病例", AS_OF, "covid.cumulative_confirmed"),
      _f(4, "新增确诊病例", DAY, "covid.new_confirmed")]),
]
HEADLINE_NEGATIVES = [
    ("a lead that writes no reporting day: as before, up to the paper's day",
     "湖南新增4例本土确诊病例\n\n某网长沙4月15日电 记者从湖南省卫生健康委员会获悉,湖南新增确诊病例4例,均为本土病例。",
     [_f(4, "新增本土确诊病例", {"period_start": None, "period_end": "2022-04-15"}, "covid.new_local"),
      _f(4, "新增确诊病例", {"period_start": None, "period_end": "2022-04-15"}, "covid.new_confirmed")]),
]

ROUND = [
    ("an outbreak's running count and its cities' parts",
     "截至4月14日24时,本次疫情湖北省累计报告本土确诊病例230例,其中,武汉市120例,孝感市19例。",
     [_f(v, "本次疫情累计报告本土确诊病例", AS_OF, region=p) for p, v in [("湖北省", 230), ("武汉市", 120), ("孝感市", 19)]]),
    ("a scope word after the frame goes too",
     "截至4月14日24时,本轮疫情全省累计报告本土确诊病例230例。",
     [_f(230, "本轮疫情累计报告本土确诊病例", AS_OF, region=None)]),
]

GAPS = [
    ("an imported part in a bracket, a sentence after the infections, is not named as infections",
     OPEN + "5例。尚在医学观察60例（境外输入8例）。",
     _new(5) + [_f(60, "尚在医学观察无症状感染者", AS_OF, CURRENT), _f(8, "境外输入尚在医学观察无症状感染者", AS_OF)]),
]


@pytest.mark.parametrize("label,text,expected", OBSERVED + NEGATIVES + HEADLINES + HEADLINE_NEGATIVES + ROUND)
def test_covid48(label, text, expected):
    assert_exactly(text + "\n", expected, PUB)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("label,text,expected", GAPS)
def test_covid48_gaps(label, text, expected):
    assert_exactly(text + "\n", expected, PUB)
