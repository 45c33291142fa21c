"""No pattern backtracks catastrophically: extraction time grows about linearly with hostile line length.

Lines of 250 000 and 1 000 000 characters (0.25–3 MB) of digits, punctuation, 增长, 亿, 万, 年 … repeats.
"""

import functools
import time
from datetime import date

import pytest

from extractors.period_dates import Period
from extractors.pipeline import extract_text

UNITS = ["1234567890", "增长增长增长", "亿亿万万", "年年年", ",,。;;%%", "12.5%增长", "5个亿万余", "“1688”",
         "增长5%增长"]  # the last once chained subjects: quadratic time and memory
# Runs that were once quadratic per figure: context words searched in the whole paragraph for every figure
# (`占比5%`), every time expression of the sentence filtered for every figure (`比上年增加5个`).
PER_FIGURE_UNITS = ["房地产管理占比5%;", "比上年增加5个,", "2020年增长5%,",
                    "5个亿万余",  # a trend owner's clause once read back to the sentence start per figure
                    "参展企业中,有5家本地的企业参展,",  # a fair's exhibitors: the set and the fair looked for per figure
                    "5(含2万元)万元,", "投资由负转正,增长5%,",  # a unit after an aside; a trend turn's measure
                    "1月2日,8万只;增长5倍,",  # a change after dated levels reads a bounded window back for its days
                    "当日新增5例,无死亡病例,可使增加5%,",  # a day's list and a projected effect: bounded looks back
                    "5家企业利润增长5%,利润增长5%,",  # a class of firms' scope read back for each bare measure
                    "受理和审结各类案件5件、审结5件,",  # two acts' one object, looked for once per sentence
                    "同年,价格一度增长5%。",  # `同年` reads a bounded window back for the year written before it
                    "温州市与广州、佛山等市合作,签约5个,",  # a partner list walked back: bounded
                    "在深圳设立站点,引进5人,",  # a site set up in an earlier clause: bounded looks back
                    "国庆期间,前3日增长5%;过去7天新增5例,",  # a holiday's part, a span back: bounded looks back
                    "7天长假期间,接待5万人次,",  # a bare holiday: bounded looks back for its day count
                    "天水麦积山景区5万人次、平凉景区4万人次、",  # one body's name, then items: its reach is bounded
                    "密切接触者5人,尚在医学观察5人,,、",  # a bare act's persons: a bounded reach back
                    "村到乡的12公里水泥路,协议约定,投资5亿元,确保5个项目均已复工,",  # a road's ends, a contract, a done clause
                    "3月1日,集中签约仪式举行,现场签约5个项目,节前,检查5家,争取利用外资增长5%,",  # an event's day: bounded
                    "对越南进出口增长5%,对泰国增长5%、老挝5%,贸易总值5亿元,",  # a partner's flow: a bounded window back
                    "2017年12月当月,1月25日,增长5%,"]  # an undated page's datelines: the months it names read once
# (unit, small and large length in characters): 4x the input may take at most 12x the time; quadratic would be
# 16x. (`5个亿万余` measures 10.0-10.3x at 250k -> 1M characters on the 2-core CI machine: memory and GC on one
# million-character sentence, the same on the stop's start, so 10x was a coin toss, not a check.)
RUNS = ([pytest.param(u, 250_000, 1_000_000, marks=pytest.mark.slow) for u in UNITS]
        + [pytest.param(u, 20_000, 80_000) for u in PER_FIGURE_UNITS])


def _seconds(text: str) -> float:
    """CPU seconds, so a loaded machine slows the small and the large run alike."""
    t0 = time.process_time()
    extract_text(text, "hostile.txt")
    return time.process_time() - t0


@pytest.mark.timeout(900)  # wall time: a shared, loaded machine may take several times the CPU time, and a
# million-character sentence of figures takes minutes of CPU; the check is the ratio below, speed is bench/'s
@pytest.mark.parametrize("unit, small, large", RUNS)
def test_time_grows_linearly(unit, small, large):
    t_small = _seconds(unit * (small // len(unit)))
    t_large = _seconds(unit * (large // len(unit)))
    assert t_large <= max(12 * t_small, 0.5), (unit, t_small, t_large)


def test_a_data_dump_is_refused_before_it_exhausts_memory(monkeypatch):
    from extractors import pipeline
    from extractors.errors import ReportError

    monkeypatch.setattr(pipeline, "MAX_FIGURES", 1000)
    with pytest.raises(ReportError, match="figures in one document"):
        extract_text("产值增长5%," * 1001, "dump.txt")
    assert len(extract_text("产值增长5%," * 999, "fine.txt").facts) > 0


@functools.cache
def _ending(text: str, tail: str) -> str:
    """The text with a tail, made once: copying a million characters on each of the 1000 timed calls measured the
    copy (linear in the input by itself), not the check's bounded read."""
    return text + tail


def _calls_seconds(check, text: str) -> float:
    """CPU seconds of 1000 calls, the best of three runs: a loaded machine's cache misses blur a 50 ms measure."""
    return min(_one_run_seconds(check, text) for _ in range(3))


def _one_run_seconds(check, text: str) -> float:
    t0 = time.process_time()
    for _ in range(1000):
        check(text)
    return time.process_time() - t0


def _firm_check(text: str) -> None:
    from extractors.firm_figures import firm_figure

    firm_figure(text, 0, len(text), "产值")


def _trend_check(text: str) -> None:  # text ends in `，产值增长5%`
    from extractors.trend_clauses import trend_owned

    trend_owned(text, 0, len(text) - 6, "产值增长", "产值")


def _zone_check(text: str) -> None:
    from extractors.zone_references import zone_referred

    zone_referred(text, 0, 0, len(text), "产值")


def _rest_check(text: str) -> None:
    from extractors.rest_counts import rest_of_whole

    rest_of_whole(text, 0, len(text) - 2, len(text), "产值")


def _whole_check(text: str) -> None:
    from extractors.whole_parts import part_of_whole

    part_of_whole(text, 0, len(text) - 2, len(text), "产值")


def _source_check(text: str) -> None:
    from extractors.source_firms import source_firm

    source_firm(text, 0, 0, len(text) - 6, len(text), "产值")


def _project_check(text: str) -> None:
    from extractors.project_investment import project_set_investment

    project_set_investment(text, 0, len(text), "完成投资")


def _sized_check(text: str) -> None:
    from extractors.project_status import project_size_indicator

    project_size_indicator("investment.completed", text, 0)


def _planned_size_check(text: str) -> None:
    from extractors.project_status import planned_project_size

    planned_project_size(text, (0, len(text)), len(text) - 2, "工厂投资", "CNY")


def _counted_check(text: str) -> None:
    from extractors.project_status import counts_other_things

    counts_other_things("investment.projects", text, 0, len(text) - 6, len(text) - 3)


def _quote_check(text: str) -> None:
    from extractors.quoted_firms import quoted_firm

    quoted_firm(text, 0, len(text) - 2, "产值")


def _investor_check(text: str) -> None:
    from extractors.clause_owners import clause_owner

    clause_owner("对非直接投资", text, (0, len(text) - 2, len(text)), [])


def _topic_check(text: str) -> None:
    from extractors.topic_owners import topic_total

    topic_total(text, 0, len(text) - 6, len(text) - 6, "，成交额", "成交额")


def _total_check(text: str) -> None:
    from extractors.clause_times import running_total

    running_total(text, 0, len(text) - 2)


def _years_ago_check(text: str) -> None:
    from extractors.period_dates import Period
    from extractors.year_spans import compared_years_ago

    compared_years_ago(text, 4, len(text), Period(date(2014, 1, 1), date(2019, 12, 31)))  # reads forward, bounded


def _project_topic_check(text: str) -> None:
    from extractors.project_topics import project_topic_total

    text = _ending(text, "，总投资")
    project_topic_total(text, 0, len(text), "总投资")
    pointed = _ending(text, "。该项目总投资")  # the sentence before is read back from the pointer's sentence only so far
    project_topic_total(pointed, len(pointed) - 6, len(pointed), "该项目总投资", 0)


def _one_project_check(text: str) -> None:
    from extractors.project_regions import one_project_figure

    text = _ending(text, "，总投资")
    one_project_figure(text, 0, len(text), len(text), "总投资")


def _item_place_check(text: str) -> None:
    from extractors.places import place_mentions
    from extractors.semicolon_items import item_opening_place

    text = _ending(text, "；全市")
    places = place_mentions(text, len(text) - 300, len(text))
    item_opening_place(text, places, [p.start for p in places], 0, len(text) - 2)


def _counted_actor_check(text: str) -> None:
    from extractors.counted_actors import counted_actor

    text = _ending(text, "，共同召开会议")
    counted_actor(text, 0, len(text) - 6, len(text), "共同召开会议")


def _list_clause_check(text: str) -> None:
    from extractors.clause_bounds import subject_clause_start

    text = _ending(text, "、甲类产品" * 12 + "等产量分别增长")  # no clause mark in the window: the list's reach back
    subject_clause_start(text, 0, len(text), list_marks=False)


def _punished_check(text: str) -> None:
    from extractors.case_acts import case_act_subject

    case_act_subject("起诉", "人", _ending(text, "起诉"))


def _event_check(text: str) -> None:
    from extractors.event_leads import names_no_event

    names_no_event(text, (0, len(text)), (len(text) - 2, len(text)))


def _month_total_check(text: str) -> None:
    from extractors.month_totals import year_to_month
    from extractors.periods import time_mentions

    text = _opened(text)
    tm = time_mentions(text, 0, 3)[0]
    year_to_month(text, tm, Period(date(2024, 4, 1), date(2024, 4, 30)), len(text))


def _single_body_check(text: str) -> None:
    from extractors.single_bodies import single_body_figure

    single_body_figure(text, (0, 0), len(text) - 2, len(text) - 1, "企业数量")


def _alone_owner_check(text: str) -> None:
    from extractors.owner_clauses import alone_owner
    from extractors.project_investment import counted_set_total
    from extractors.staff_owners import staff_owner

    text = _ending(text, "，总投资")
    alone_owner("总投资", text, 0, len(text))
    counted_set_total(text, 0, len(text), "总投资")
    staff_owner("员工", text, 0, len(text))


def _repeated_check(text: str) -> None:
    from extractors.repeated_measures import repeated_place

    repeated_place(text, 0, len(text) - 6, "产值增长")


@functools.cache
def _opened(text: str) -> str:
    """The text opened by a month (`4月,`), made once (as _ending)."""
    return "4月," + text


def _pointed_body_check(text: str) -> None:
    from extractors.pointed_bodies import pointed_body

    pointed_body(text, 0, 0, len(text) - 2, "产值")
    pointed = _ending(text, "，该小区产值")  # the pointer is read back from the figure only so far
    pointed_body(pointed, 0, 0, len(pointed), "该小区产值")


def _body_topic_check(text: str) -> None:
    from extractors.body_topics import body_topic

    opened = _opened(text)  # the body's name is read at the sentence start only, the figure's clause back to its comma
    body_topic(opened, 0, len(opened) - 2, "产值")


def _district_check(text: str) -> None:
    from extractors.customs_districts import district_trade

    district_trade(text, 0, 0, len(text) - 2, "进出口")


def _clause_places_check(text: str) -> None:
    from extractors.clause_place_lists import places_listed_before

    places_listed_before(text, 0, len(text) - 2, len(text) - 1, 2)


def _item_bracket_check(text: str) -> None:
    from extractors.case_item_brackets import item_bracket_owner

    opened = _ending(text, "2例(输入病例1例")  # the bracket and the item's count are read back only so far
    item_bracket_owner(opened, [], [], len(opened) - 2)


# made once for every check: `_ending`'s cache compared a test's new million-character text with an equal one an
# earlier test left there (a full comparison on each of the 1000 calls), so a check measured that comparison
_WINDOW_SHORT, _WINDOW_LONG = "5个亿万余" * 2_000 + "，产值增长5%", "5个亿万余" * 200_000 + "，产值增长5%"


@pytest.mark.parametrize("check", [_firm_check, _trend_check, _zone_check, _rest_check, _source_check, _project_check,
                                   _quote_check, _total_check, _sized_check, _whole_check, _investor_check,
                                   _topic_check, _punished_check, _project_topic_check, _one_project_check,
                                   _item_place_check, _planned_size_check, _counted_check, _event_check,
                                   _month_total_check, _counted_actor_check, _list_clause_check,
                                   _single_body_check, _alone_owner_check, _repeated_check, _years_ago_check,
                                   _district_check, _pointed_body_check, _body_topic_check,
                                   _clause_places_check, _item_bracket_check],
                         ids=["firm anaphor", "trend owner", "zone anaphor", "rest of a whole", "cited source",
                              "project set", "quoted firm", "running total", "project sized after",
                              "part of a whole", "investor before", "topic owner", "offences punished before",
                              "project a clause opens with", "one project's size", "place opening a ；item",
                              "project's planned size", "count of projects", "event named near",
                              "month's running total", "counted actor opening", "a list's clause start",
                              "one ship's, college's or event's", "owner named alone, set, staff",
                              "measure repeated from the sentence before", "compared with N years before",
                                 "customs district before", "body pointed at by its kind", "body opening its sentence",
                                 "places an earlier clause listed", "bracket after an item's count"])
def test_a_figure_reads_a_bounded_window_back(check):
    """Asked once per figure, these read back from the figure only so far: in a run-on sentence with no stop, reading
    to the sentence start made a million-character line of figures quadratic (hours)."""
    t_short, t_long = _calls_seconds(check, _WINDOW_SHORT), _calls_seconds(check, _WINDOW_LONG)
    assert t_long <= max(10 * t_short, 0.05), (t_short, t_long)  # the input is 100x longer
