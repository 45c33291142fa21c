"""A story's span: an economic review whose lead paragraph names its span once (`初步统计,前三季度…`, `数据显示,今年
上半年,全市…`) and then reports flow after flow with no time of their own; those flows cover that span, not the
paper's day. Read once per article (ScopeReader keeps it as `story_span`), applied by the Resolver to a flow that
nothing else dated; stocks (`余额`, `现有`, `年末`) keep their day."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from .lexicon import lexicon
from .mention import Mention
from .period_dates import Period, default_period, year_period
from .periods import (
    TimeMention,
    after_baseline_word,
    period_at,
    resolve,
    time_mentions,
)
from .sentences import Segmented
from .time_openings import opened_by_formula, told_then_span
from .undating_times import attributive_end, is_habitual

_LEX = lexicon()
_REVIEW = _LEX.compile("story_span_subject")
_FLOW_MEASURE = _LEX.compile("story_span_flow")
_REPORT_YEAR = _LEX.compile("story_report_year")
_WORK_REPORT_LEAD = _LEX.compile("work_report_story_lead")
_REVIEW_SEASON_END: int = _LEX.table("time_past_year", "review_season_end")  # a review by then looks back on last year
_STOCK = _LEX.compile("stock_cue")
_BALANCE = _LEX.compile("balance_cue")
_POPULATION = _LEX.compile("population_stock")
_SINGLE_PERIOD = _LEX.compile("single_period_opening")  # `6月当月进出口…`: a month singled out, no span of the story
_OPENS_AT = 2          # characters before a time that still opens its sentence (`今年前三季度` after `我市`)
_RECENT_DAYS = 100     # a review's span ended at most this long before the paper came out
_LOOK_BACK = 200       # characters before a figure searched for a time of its own paragraph
_REVIEW_PARAGRAPHS = 3  # the delivery lead and the two after it, where a summary line may precede the review opening


def lead_span(text: str, seg: Segmented, starts: list[int], article: int, anchor: Period,
              published: date | None, place_led: bool = False, story_end: int | None = None) -> Period | None:
    """The span the article's lead paragraph opens a sentence with, when that paragraph reviews its place's whole
    (`全市`, `我市`, `地区生产总值`, `经济运行`, or the page's place is the one its lead's figure is of: `place_led`,
    lead_places.py) and the span is a closed part of the paper's year, over by its day;
    in a story on a work report, the review year the report's opening names (`报告指出,2020年是…的一年`)."""
    if published is None or anchor not in (default_period(published), year_period(published.year - 1),
                                           year_period(published.year)):
        return None  # the paper's day, or a year its headline names (`…摘要:2021年…`, its dateline's year)
    lead = _lead_paragraph(seg, starts, article)
    if lead is None:
        return None
    start, end = seg.paragraphs[lead]
    if _WORK_REPORT_LEAD.search(text, start, end):
        return _review_year(text, seg, starts, (lead, story_end or seg.articles[article].end), anchor, published)
    if not (place_led or _REVIEW.search(text, start, end)):
        return None
    span = next(_opening_spans(text, seg, starts, lead, anchor, published), None)
    return span if _closed_span(span, published) else None


def report_review_year(text: str, seg: Segmented, starts: list[int], article: int, anchor: Period,
                       published: date | None, story_end: int) -> Period | None:
    """The year a story on a work report reviews (`…作工作报告。` then `报告显示,2022年,…`), as `lead_span` reads it:
    the report's figures that name no time of their own are that year's, counts and rates as well as flows."""
    if published is None or anchor != default_period(published):
        return None
    lead = _lead_paragraph(seg, starts, article)
    if lead is None or not _WORK_REPORT_LEAD.search(text, *seg.paragraphs[lead]):
        return None
    return _review_year(text, seg, starts, (lead, story_end), anchor, published)


def _review_year(text: str, seg: Segmented, starts: list[int], lead_in: tuple[int, int], anchor: Period,
                 published: date) -> Period | None:
    """The calendar year before the story that opens the delivery lead or the report's opening after it (one summary
    paragraph may stand between them), when the story came out in the review season (`1月26日…作政府工作报告。` then
    `报告指出,2020年是…`); the story's sub-headings (`平安广州`) stand between them uncounted (kinds67b). lead_in: the lead
    paragraph and where its story ends."""
    lead, story_end = lead_in
    if published.month > _REVIEW_SEASON_END:
        return None
    review = year_period(published.year - 1)
    paragraph, read = lead, 0
    while read < _REVIEW_PARAGRAPHS and paragraph < len(seg.paragraphs) and seg.paragraphs[paragraph][0] < story_end:
        if seg.paragraphs[paragraph][0] not in seg.headline_starts:
            if review in _opening_spans(text, seg, starts, paragraph, anchor, published):
                return review
            read += 1
        paragraph += 1
    return None


def _opening_spans(text: str, seg: Segmented, starts: list[int], paragraph: int, anchor: Period,
                   published: date):
    """The spans the paragraph's sentences opened by a time open with, in order (None for a habitual time)."""
    for k in range(bisect_left(starts, seg.paragraphs[paragraph][0]), len(starts)):
        s = seg.sentences[k]
        if s.paragraph != paragraph:
            break
        times = time_mentions(text, s.start, s.end)
        if told_then_span(text, s.start, times):
            times = times[1:]  # `长沙海关10月15日发布消息,前三季度…`: the day it was told, then the data's span
        elif not times or not (times[0].start - s.start <= _OPENS_AT
                               or opened_by_formula(text, s.start, s.end, times[0].start)):
            continue
        run = _opening_run(times)
        if _SINGLE_PERIOD.match(text, run[-1].end):
            continue
        if any(is_habitual(text, tm) or attributive_end(text, tm, s.end) is not None for tm in run):
            yield None
        else:
            yield period_at(text, run[0].start, run[-1].end, anchor, published, mentions=run)[0]


def reported_year(text: str, seg: Segmented, starts: list[int], article: int, published: date | None) -> int | None:
    """The year of the report the article's first sentence tells was issued (`…发布2022年…统计公报。`), when it is
    the year before the story came out: the story's figures (`全年…`) are that year's."""
    k = bisect_left(starts, seg.articles[article].start)
    if published is None or k >= len(starts) or seg.sentences[k].start >= seg.articles[article].end:
        return None
    firsts = [seg.sentences[k]]
    if (lead := lead_bounds(seg, starts, article)) is not None and (j := bisect_left(starts, lead[0])) < len(starts):
        firsts.append(seg.sentences[j])  # under a headline line that tells a figure: the lead's own first sentence
    for s in firsts:
        m = _REPORT_YEAR.search(text, s.start, s.end)
        year = int(m["report_year"]) if m and m["report_year"].isdigit() else None
        if year == published.year - 1:
            return year
    return None


def _opening_run(times: list[TimeMention]) -> list[TimeMention]:
    """The times written one right after the other at a sentence's opening (`今年` `上半年`)."""
    run = [times[0]]
    for tm in times[1:]:
        if tm.start - run[-1].end > 1:
            break
        run.append(tm)
    return run


def _lead_paragraph(seg: Segmented, starts: list[int], article: int) -> int | None:
    """The article's first paragraph that is no headline line (read from its first sentence on, not the page's)."""
    a = seg.articles[article]
    for k in range(bisect_left(starts, a.start), len(starts)):
        s = seg.sentences[k]
        if s.start >= a.end:
            return None
        if seg.paragraphs[s.paragraph][0] not in seg.headline_starts:
            return s.paragraph
    return None


def lead_bounds(seg: Segmented, starts: list[int], article: int) -> tuple[int, int] | None:
    """Where the article's lead paragraph starts and ends in the text (None when it has none)."""
    lead = _lead_paragraph(seg, starts, article)
    return None if lead is None else seg.paragraphs[lead]


def held_span(anchor: Period, published: date | None) -> Period | None:
    """The span a story's lead dated it with, when it is a closed recent span a sub-heading's flows go on covering."""
    return anchor if published is not None and _closed_span(anchor, published) else None


def _closed_span(span: Period | None, published: date) -> bool:
    return span is not None and span.start is not None and span.end is not None and span.start < span.end \
        and span.start.year == span.end.year and span.end <= published \
        and (published - span.end).days <= _RECENT_DAYS


def as_told(period: Period, span: Period, published: date | None) -> bool:
    """The period of a figure nothing dated: the paper's day, or the day after the span its lead told of it
    (`1月20日,县长…作政府工作报告` in a paper of 21 January)."""
    return period == default_period(published) or (
        period.start is None and period.end is not None and span.end is not None and published is not None
        and span.end < period.end <= published)


def is_flow(m: Mention) -> bool:
    """A change of anything but a stock, or a level that names a flow (`增加值`, `零售额`, `投资`, `产量`)."""
    subject = m.subject
    if _STOCK.search(subject) or _BALANCE.search(subject) or _POPULATION.search(subject):
        return False
    return m.kind in ("change", "delta") or (m.kind == "level" and _FLOW_MEASURE.search(subject) is not None)


def dated_in_paragraph(text: str, paragraph_start: int, pos: int, span: Period, published: date | None) -> bool:
    """A time other than the story's span (or a comparison's base) stands in the figure's paragraph before it."""
    for tm in time_mentions(text, max(paragraph_start, pos - _LOOK_BACK), pos):
        if after_baseline_word(text, tm.start):
            continue
        if resolve(tm, span, published) != span:
            return True
    return False
