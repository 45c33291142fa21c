"""What a lead's or a section's opening time tells rather than dates: the day of the event a lead reports
(`会议26日上午在北京举行`), the span a lead names as told that day (`4月19日下午,…介绍,一季度全省…`), a month that tells
an event and no figure (`去年11月,总书记在上海考察时强调…`) and an honour's year — the LeadTimes mixin of ScopeTimes."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .period_dates import Period, _month, year_period
from .periods import TimeMention, resolve
from .sentences import Sentence
from .undating_times import attributive_end, is_habitual

_LEX = lexicon()
_LEAD_EVENT_DAY = _LEX.compile("lead_event_day")
_DIGIT = re.compile(r"\d")
_ANNOUNCES = _LEX.compile("announcement_opening")  # `现将…4月份…情况通报如下:` reports a month, tells no event
_HONOUR_TOLD = _LEX.compile("honour_told")
_PRESENTED = _LEX.compile("story_report_year")


def _month_end(d):
    return _month(d.year, d.month).end


class LeadTimes:
    """The lead and event readers of ScopeTimes (scope_times.py), on ScopeReader's text, segments and anchors."""

    def _lead_event_day(self, s: Sentence, times: list[TimeMention]) -> Period | None:
        """The day of the event an article's first sentence reports (`会议26日上午在北京举行`), if any."""
        for tm in times:
            if s.start <= tm.start < s.end and (tm.match["day"] or tm.match["md"]) \
                    and _LEAD_EVENT_DAY.match(self.text, tm.end, s.end):
                return resolve(tm, self.para_anchor, self.ctx.published)
        return None

    def _lead_told_span(self, s: Sentence, times: list[TimeMention], pos: int, day: Period) -> Period | None:
        """`4月19日下午,在…新闻发布会上,…介绍,一季度全省生产总值…`: the day a lead opens with is when the figures
        were told; a span of that year, over by then, that the sentence names before its first figure (`今年国庆假期`
        read as one) is the period they cover and dates the article."""
        later = [tm for tm in times if pos <= tm.start < s.end]
        while later and resolve(later[0], day, self.ctx.published) == day:
            pos = later.pop(0).end  # the lead's own day, read as its event's (`…官方2日在拉萨召开…`)
        figure = next((m.start() for m in _DIGIT.finditer(self.text, pos, s.end)
                       if not any(tm.start <= m.start() < tm.end for tm in later)), s.end)
        told, told_end = None, pos
        for tm in later:
            if tm.start >= figure or (told is not None and tm.start > told_end):
                break
            if is_habitual(self.text, tm) or attributive_end(self.text, tm, s.end) is not None:
                return None
            if (p := resolve(tm, told or day, self.ctx.published)) is None:
                return None
            told, told_end = p, tm.end
        if told is None or told.start is None or told.end is None or told.start == told.end:
            return None
        if told.start.year == day.end.year and told.end <= day.end:
            return told
        # `2日召开新闻发布会,介绍2021年西藏自治区生态环境状况`: a whole year before, presented that day
        presented = told == year_period(day.end.year - 1) and _PRESENTED.search(self.text, s.start, s.end)
        return told if presented else None

    def _event_told(self, s: Sentence, times: list[TimeMention], pos: int, when: Period, lead: bool) -> bool:
        """A lead opening with one month, or a section with one month or day, and no figure in its sentence tells
        an event (`去年11月,总书记在上海考察时强调…`): its time dates its paragraph, not the figures of the story
        after it, which were told of other times (a lead's day is already as-of: `会议26日上午在北京举行`); an
        announcement of a month's report (`现将各单位4月份办理情况通报如下:`) tells none: it dates the report."""
        if _ANNOUNCES.search(self.text, s.start, pos):
            return False
        if when.start is None or when.end is None or (when.start.year, when.start.month) != (when.end.year, when.end.month):
            return False
        day = when.start == when.end
        if day and lead or not day and (when.start.day != 1 or when.end != _month_end(when.end)):
            return False
        spans = [(tm.start, tm.end) for tm in times if pos <= tm.start < s.end]
        return not any(not any(a <= m.start() < b for a, b in spans) for m in _DIGIT.finditer(self.text, pos, s.end))

    def _honour_year(self, s: Sentence, times: list[TimeMention], pos: int, when: Period) -> Period | None:
        """`2019年10月,大化荣获…称号。全县接待游客…`: a paragraph opened by a month of a year already over and an honour,
        with no figure: the figures after it are that year's (the month is the award's only)."""
        if s.start != self.seg.paragraphs[s.paragraph][0] or not self._event_told(s, times, pos, when, False) \
                or not _HONOUR_TOLD.search(self.text, pos, s.end):
            return None
        published = self.ctx.published
        return year_period(when.end.year) if published is None or when.end.year < published.year else None
