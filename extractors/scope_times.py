"""When a figure is, as a sentence's opening sets it: a time that opens a headline, a lead, a section or a paragraph
dates that scope; `同时`/`同期` go on with the sentence before; a lead's day is when its figures were told or the day
of the event it reports — ScopeReader's time readers (the ScopeTimes mixin; the scopes they set are scopes.py's)."""

from __future__ import annotations

import re

from .event_leads import background_month, event_days
from .lead_times import LeadTimes
from .lexicon import lexicon
from .month_totals import year_to_month
from .period_dates import Period, _num, default_period, year_period
from .periods import TimeMention, after_baseline_word, period_at, resolve, year_so_far
from .places import place_mentions
from .sentences import Sentence
from .time_openings import ATTRIBUTED_GAP, OPENING, after_cause
from .undating_times import attributive_end, is_habitual

_LEX = lexicon()
_CONTINUES = _LEX.compile("continuation")
_RUN_IN_TOPIC = _LEX.compile("run_in_topic")
_SENTENCE_BEFORE = _LEX.compile("(?r)(?<=[。!?;]|^)[^。!?;]+[。!?;]$")
_GOAL_YEAR = _LEX.compile("goal_year_phrase")
_CAUSE_INSIDE = _LEX.compile("cause_inside")  # `…,主要受“五一”假期…影响`: a time of the cause, not of the figures
_PART_SINGLED = _LEX.compile(r"{of_which}[,，]?$")  # `…增长8.8%,其中5月份增长14.9%`: a month of the running total
_RESTATED = _LEX.compile(r"{time_restated}")
_UNTIL_OPENING = _LEX.compile(r"(?:{until})[^,，。;；]{0,12}$")  # `截至2018年底`, `截至去年年底`
_SINGLE_PERIOD = _LEX.compile("single_period_opening")
_SAME_PERIOD_OPENING = _LEX.compile("same_period_opening")
_BREAKS_DOWN = _LEX.compile(r"\s*(?:{breakdown_opening}|{breakdown_by_class})")  # `分产业看,`: the figure before's parts
_SINGLED_OUT = _LEX.compile("singled_out_period")  # `9月单月…`: not the total a breakdown parts
_SINGLED_REACH = 16  # characters at a sentence's start where its time and the singling word stand
_DIGIT = re.compile(r"\d")
_DAY_TOLD_BACK = _LEX.compile("day_told_back")
_YEAR_TOLD_BACK = _LEX.compile("year_told_back")
_SAME_YEAR = _LEX.compile("same_year_opening")
_APPRAISAL_YEAR = _LEX.compile("appraisal_year_opening")  # `在2018年度全省…考核中,跃居…`: the appraisal's year only
_ADDRESS = _LEX.compile("address_paragraph")
_WRITTEN_YEAR = _LEX.compile("written_year")
_SAME_YEAR_REACH = 600  # characters back to the year a `同年` points at: a paragraph or two of its story
_DEADLINE = _LEX.compile("deadline_year")  # `“到2025年，…”…发布…计划`: a plan's year dates its paragraph, not the article
_LINE_TOPIC = _LEX.compile("service_line_topic")
_NAMED_BACK = _LEX.compile("event_named_back")
_NAMED_BACK_REACH = 16  # characters at a sentence's start where it names the lead's event back
_TOPIC_REACH, _LINE_TOPIC_REACH = 12, 28  # a place alone before the time; a place and its service line's name


class ScopeTimes(LeadTimes):
    """The time readers of ScopeReader (scopes.py): they read and set its anchors."""

    def _after_address(self, s: Sentence) -> bool:
        """s opens the paragraph right after a speech's address alone on its line (`各位代表：`): a new part of the
        section, whose opening time (`今年以来，…`) holds until the next heading, as a section's first one does."""
        start = self.seg.paragraphs[s.paragraph][0]
        if s.start != start or s.paragraph == 0:
            return False
        before = self.seg.paragraphs[s.paragraph - 1]
        return _ADDRESS.fullmatch(self.text, before[0], before[1]) is not None

    def _year_written_before(self, s: Sentence) -> Period:
        """The last year written before s in its article, within reach; unknown (no period) when none is."""
        lo = max(self.seg.articles[s.article].start, s.start - _SAME_YEAR_REACH)
        year = None
        for m in _WRITTEN_YEAR.finditer(self.text, lo, s.start):
            year = m["year"]
        number = _num(year) if year else None
        return year_period(number) if number and 1000 <= number <= 9999 else Period(None, None)

    def _loose_year_so_far(self, wide: Period) -> bool:
        """A lead's `今年以来` (the year up to the paper's day) under a headline that named a closed span of that year
        from its start (`前三季度…`): the headline says what the lead's year so far is."""
        held = self.article.anchor
        return held != self.doc_anchor and wide.end == self.ctx.published and held.start is not None \
            and held.start == wide.start and held.end is not None and held.end < wide.end

    def _topic_place(self, start: int, end: int) -> bool:
        """`报告指出,龙华区2021年经济平稳…`: one place, the sentence's topic, right before its opening time; or a place
        (`全县` too) and its service line's name (`湘阴县12345公众服务热线2022年9月份共受理…`: lexicon service_line_topic)."""
        if end - start > _LINE_TOPIC_REACH:
            return False
        found = place_mentions(self.text, start, end)
        if len(found) != 1 or not found[0].subject or found[0].start != start:
            return False
        if found[0].end == end:
            return found[0].kind == "place" and end - start <= _TOPIC_REACH
        return found[0].kind in ("place", "scope") and _LINE_TOPIC.fullmatch(self.text, found[0].end, end) is not None

    def _titled_day(self, day: Period) -> bool:
        """day is one day inside the span the report's title names (the article's anchor)."""
        title = self.ctx.period
        return title is not None and self.article.anchor == title and None not in (day.start, title.start, title.end) \
            and day.start == day.end and title.start <= day.start <= title.end and title.start < title.end

    def _event_named_back(self, s: Sentence) -> bool:
        """`12月27日,…集中签约仪式…举行。…今年7月,…成立14个招商专班。签约的27个项目,来自…`: the paragraph's month is
        background before the day of the event the lead tells, and s names that event back (lexicon
        `event_named_back`): s and the rest of the paragraph are of the event's day, not the month."""
        return background_month(self.para_anchor, self.lead_held) \
            and _NAMED_BACK.search(self.text, s.start, min(s.end, s.start + _NAMED_BACK_REACH)) is not None

    def _place_after_until(self, last: TimeMention | None, start: int, end: int) -> bool:
        """The time just read is a day told with `截至`, and text[start:end] is a pause and one place or scope word
        (`截至10月7日,我市国庆黄金周…`): the span after the place is the one that day closes."""
        if last is None or (last.match["md"] or last.match["ymd"]) is None \
                or _UNTIL_OPENING.search(self.text, max(0, last.start - 4), last.end) is None:
            return False
        start += self.text[start] in ",，"
        found = place_mentions(self.text, start, end)
        return len(found) == 1 and found[0].start == start and found[0].end == end and found[0].kind in ("place", "scope")

    def _in_heading(self, s: Sentence) -> bool:
        """s is (part of) the numbered heading of the section in force."""
        section = self.seg.sections[self.section_index]
        return s.start < section.start + len(section.heading)

    def _session_title_year(self, p: Period) -> bool:
        """p is the year of the session a work report's title names (`2020年东宝区政府工作报告`): no period of it."""
        return self.ctx.session_year is not None and p == year_period(self.ctx.session_year)

    def _same_period_across(self, s: Sentence, previous: tuple[Sentence, list[TimeMention]], pos: int) -> bool:
        """A paragraph that opens with a bare `同期` (`…一季度…进出口7462.2亿元。⏎同期,…`) goes on with the time the
        paragraph before told in its last sentence, when that sentence told one and a figure in it (of the same
        article and section; `今年1月至3月,全市疫情平稳。⏎同期…`: no figure, no span carried)."""
        before, times = previous
        if before.paragraph == s.paragraph or before.article != s.article or before.section != s.section \
                or _SAME_PERIOD_OPENING.match(self.text, pos) is None:
            return False
        figures = [m.start() for m in _DIGIT.finditer(self.text, before.start, before.end)]
        return any(not any(tm.start <= f < tm.end for tm in times) for f in figures) \
            and self._period_told_before(previous) is not None

    def _period_told_before(self, previous: tuple[Sentence, list[TimeMention]]) -> Period | None:
        """The period the sentence before names itself (its baselines and runs of years aside), if it names one."""
        begin = after_cause(self.text, previous[0])
        told, explicit = period_at(self.text, begin, previous[0].end, self.para_anchor, self.ctx.published,
                                   skip_baselines=True,
                                   mentions=[tm for tm in previous[1] if tm.start >= begin and not tm.match["run"]])
        return told if explicit else None

    def _back_to_review_span(self, s: Sentence) -> None:
        """A run-in topic (`创新要素加速集聚。`) inside a paragraph that opened with a span of years (`五年来,…`) goes
        back to that span: a year an earlier sentence opened with (`2021年,…三大产业总产值…`) was that sentence's
        highlight, not the time of the topics after it (kinds67c)."""
        paragraph, opening = self._para_opening
        if paragraph != s.paragraph or opening is None or opening.start is None or opening.end is None \
                or opening.start.year == opening.end.year or self.para_anchor == opening:
            return
        before = _SENTENCE_BEFORE.search(self.text, self.seg.paragraphs[s.paragraph][0], s.start)
        if before is not None and _RUN_IN_TOPIC.fullmatch(self.text, before.start(), s.start) is not None:
            self.para_anchor = opening  # the topic sentence holds no figure: it is read with the sentence after it

    def _opening_time(self, s: Sentence, times: list[TimeMention], first_in_article: bool,
                      previous: tuple[Sentence, list[TimeMention]] | None) -> int:
        """Apply a time expression that opens the sentence; return where it ended.

        In a headline, an article's first sentence (its dateline) or a section's first sentence it holds for the
        whole scope, else for the rest of the paragraph. A sentence opening with `同时`/`此外` continues the
        previous one's time, and so does a bare `同期` (`…今年1月1日至3月31日,…。同期…`: that span) or a breakdown of
        the figure before (`…今年一季度实现生产总值30亿元。分产业看,…`: the quarter, not the year), unless that figure
        was a month singled out of the running total (`9月单月投资增长8.4%。分领域看,…`: the paragraph's period); the
        time of a cause (`…,主要受“五一”假期影响`) or of a month singled out mid-sentence (`其中5月份…`) is not carried.
        """
        o = OPENING.match(self.text, s.start, s.end)
        pos = o.end() if o else s.start
        if self.section is not None and self.section.undated and self._in_heading(s):
            self.sentence_anchor, self.sentence_dated, self.sentence_timed = self.para_anchor, False, False
            return pos  # the heading's own times, read by the section already (the latest of two)
        headline = self.seg.paragraphs[s.paragraph][0] in self.seg.headline_starts
        self._back_to_review_span(s)
        if self._event_named_back(s):
            self.para_anchor = self.lead_held  # the event's day, not the month recalled before it
        current = self.para_anchor
        if previous and previous[0].paragraph == s.paragraph and (
                _CONTINUES.match(self.text, pos) or _SAME_PERIOD_OPENING.match(self.text, pos)
                or (_BREAKS_DOWN.match(self.text, s.start) and not _SINGLED_OUT.search(
                    self.text, previous[0].start, min(previous[0].end, previous[0].start + _SINGLED_REACH)))):
            begin = after_cause(self.text, previous[0])   # `受去年3月…影响,`: the cause's time is not the sentence's
            # `…资金连续十三年保持增长。其中，资助幼儿…`: a run of years is the claim's, its parts are the year's
            causes = [c.span() for c in _CAUSE_INSIDE.finditer(self.text, begin, previous[0].end)] \
                + [g.span() for g in _GOAL_YEAR.finditer(self.text, begin, previous[0].end)]  # `全年…目标`: the goal's
            current, _ = period_at(self.text, begin, previous[0].end, self.para_anchor, self.ctx.published,
                                   skip_baselines=True,
                                   mentions=[tm for tm in previous[1] if tm.start >= begin and not tm.match["run"]
                                             and not any(a <= tm.start < b for a, b in causes)
                                             and not _PART_SINGLED.search(self.text, max(begin, tm.start - 3), tm.start)])
            if self._month_total[0] == previous[0].start and self._month_total[1].end == current.end:
                current = self._month_total[1]  # `4月,收入累计完成…。其中:税收收入…`: the parts of Jan–Apr
        elif previous and self._same_period_across(s, previous, pos):
            current = self._period_told_before(previous)  # a paragraph opening `同期,…`: the paragraph before's span
        elif previous and previous[0].paragraph == s.paragraph and self._told_day[0] == previous[0].start \
                and _DAY_TOLD_BACK.match(self.text, pos) is not None:
            current = self._told_day[1]  # `1月23日，…。美国当天只报告1个病例`: the day the sentence before opened with
        elif previous and previous[0].paragraph == s.paragraph and self._told_year[0] == previous[0].start \
                and _YEAR_TOLD_BACK.match(self.text, pos) is not None:
            current = self._told_year[1]  # `3年前，…。当年3月，…`: the year the sentence before recalled
        elif _SAME_YEAR.match(self.text, pos) is not None:
            current = self._year_written_before(s)  # `从2015年开始,…。⏎同年,…`: 2015, not the report's year
        found, before, written, recalled = False, current, False, False
        last = None  # the time just read: `截至4月底，2020年…` reads the year up to its day
        told_on = None  # the day a reporter was told on (`1月25日,记者从…获悉,目前,…`): the `now` it goes on with
        for tm in times:
            if tm.start < pos:
                continue
            if tm.start - pos > 2 and not _RESTATED.fullmatch(self.text, pos, tm.start) \
                    and not (found and ATTRIBUTED_GAP.fullmatch(self.text, pos, tm.start)) \
                    and not (not found and self._topic_place(pos, tm.start)) \
                    and not (found and self._place_after_until(last, pos, tm.start)) or is_habitual(self.text, tm):
                break  # `每年4月至9月，…`: a habit opens no time
            if after_baseline_word(self.text, tm.start):
                break  # `较上月办件增加263件`: the base a change is measured against dates nothing
            if tm.match["run"]:
                break  # `连续两年夺得全省…鼎,R&D占GDP比重…`: a run of years is its own clause's claim, no opening
            if (told := attributive_end(self.text, tm, s.end)) is not None:
                if found and tm.start == pos:  # `去年5月7日至8日的…会议上`: the whole date is the meeting's
                    current, found = before, False
                pos = max(pos, told)  # `记者10日从商务部获悉：春节黄金周期间…`: the time after it opens
                told_on = told_on or (resolve(tm, current, self.ctx.published) if not found else None)
                continue  # `按照上年不变价计算，前三季度…`: a price base, not the sentence's time
            if tm.match["now"] and not found:
                day = told_on is not None and told_on.start is not None and told_on.start == told_on.end
                current = told_on if day else default_period(self.ctx.published)  # `目前,…`: now, not an earlier
                # sentence's day; the day the reporter was told, when the sentence opened with it
            p = year_so_far(last, tm, resolve(tm, current, self.ctx.published), current)
            if p is not None and (total := year_to_month(self.text, tm, p, s.end)) != p:
                p, self._month_total = total, (s.start, total)  # `4月,收入累计完成…`: January to April
            if p is None or (headline and tm.match["ymd"] and p.end == self.ctx.published) \
                    or headline and self._session_title_year(p):
                break  # the masthead's date is when the page came out, a work report's title year its session's
            current, pos, found, last = p, tm.end, True, tm
            written = tm.match["y"] is not None or tm.match["edition"] is not None  # a year written out (`2023年…`), not `目前`
            recalled = bool(tm.match["back"] or tm.match["then"] or tm.match["peak"] or tm.match["era"] or tm.match["recent"]
                            or tm.match["decade"] or tm.match["edition"]
                            or tm.match["pre_holiday"])  # `节前,…`: before the holiday the story goes on to tell
        if found and current.start is not None and current.start == current.end and last is not None \
                and ATTRIBUTED_GAP.match(self.text, last.end) is not None:
            current = Period(None, current.end)  # `12月20日,省市场监管局发布消息,全省…`: as of the release day
        if not found and first_in_article and (event := self._lead_event_day(s, times)) is not None:
            current, found = event, True  # `会议26日上午在北京举行。…171人出席会议`: as of the meeting's day
        first_in_section = self.section is not None and (not self.section.opened or self._after_address(s))
        # `1-8月份,…。8月当月…。采矿业…`: a month singled out of the paragraph's running total dates its sentence only
        single = found and s.start > self.seg.paragraphs[s.paragraph][0] and \
            _SINGLE_PERIOD.match(self.text, pos, s.end) is not None
        # `50年前，阿帕网诞生。`, `当时，…`: a past recalled dates its sentence only; so does an era or a span counted
        # back (`党的十八大以来，…`, `近10日，…`): its paragraph goes on with it, not the section or the article
        single = single or recalled or _APPRAISAL_YEAR.match(self.text, s.start, s.end) is not None
        self._told_year = (s.start, current) if found and last is not None and last.match["back"] else (-1, None)
        # `…。1月22日，政府宣布…。有两组数据…`: a day that opens a sentence inside a paragraph dates that day's event,
        # not the figures the paragraph goes on to tell
        told_day = found and current.start is not None and current.start == current.end \
            and s.start > self.seg.paragraphs[s.paragraph][0]
        self._told_day = (s.start, current) if told_day else (-1, None)
        single = single or told_day
        # `12月25日,…人民代表大会…开幕。`: the day a work report titled with its session's year was delivered dates that
        # sentence only; its undated review figures are the reviewed year's (kinds64 Dongbao)
        single = single or found and first_in_article and self.ctx.session_year is not None \
            and current.start is not None and current.start == current.end
        # a level as of a day (`2015年末…`) dates its paragraph; the article or section it opens is that year
        year_end = found and current.start is None and current.end is not None and (current.end.month, current.end.day) == (12, 31)
        wide = year_period(current.end.year) if year_end else current
        if found and not headline and (honoured := self._honour_year(s, times, pos, current)) is not None:
            wide = honoured  # `2019年10月,大化荣获…`: the month is the honour's, the paragraph's figures the year's
        holiday_day = last is not None and bool(last.match["hnth"] or last.match["hfirst"])  # `国庆假期第二日`
        told_span = None
        if found and first_in_article and current.start is not None and current.start == current.end and not holiday_day:
            wide = Period(None, current.end)  # `1月20日,县长…作报告时,…`: a lead's day is as of when, not a day's flow
            told_span = self._lead_told_span(s, times, pos, current)
            wide = told_span or wide
        if found and first_in_article and last is not None and last.match["ytd"] and self._loose_year_so_far(wide):
            wide = self.article.anchor  # `前三季度农业农村经济稳中有进` over `今年以来,…`: the headline's span
        # `今年6月,我出使埃及。`: a story's event told by its month (or a section's by its day), no figure with it
        told = found and not headline and (first_in_article or first_in_section) and \
            self._event_told(s, times, pos, current, first_in_article)
        told = told or found and first_in_article and not headline and self.section is None and last is not None \
            and _DEADLINE.search(self.text, max(s.start, last.start - 4), min(s.end, last.end + 2)) is not None
        if found and not single and not told and (headline or first_in_article or first_in_section):
            self._scope().anchor = wide
        if found and first_in_article and event_days(self.text, pos, s.end, current):
            self.lead_events[s.article] = (s.paragraph, current)  # `8月27—29日,…联展在上海开幕`: the fair's days
        sectioned_news = told_span is not None and self.section is not None  # `一、工作动态⏎…通报1-2月…`: that section's
        # `2023年1月份…运行办理情况通报` over `一、工作动态⏎2023年1月18日,副县长…`: a day inside the month the title
        # reports is that section's news, not what the report covers
        sectioned_news = sectioned_news or found and self.section is not None and self._titled_day(current)
        if found and first_in_article and not told and not recalled and not sectioned_news:
            self.article.anchor = wide  # the article's lead dates the article, whatever section it opens
            if wide.start is None and current.start is not None and current.start == current.end == wide.end:
                self.lead_days[s.article] = wide  # `5月11日,…累计生产…突破300亿立方米`: the headline's figures too
        if self.section is not None and not headline:
            self.section.opened = True
        if first_in_article and not self.article_named:
            self._lead_place(s)
        self.para_anchor = wide if found and not single else self.para_anchor   # `年末…`: its sentence, not its paragraph
        if s.start == self.seg.paragraphs[s.paragraph][0]:
            self._para_opening = (s.paragraph, self.para_anchor)
        if found and s.start == self.seg.paragraphs[s.paragraph][0] + (o.end() - s.start if o else 0) or (
                found and s.start == self.seg.paragraphs[s.paragraph][0]):
            self.para_year_end = year_end  # `年末共有…。…学校237所`: the paragraph's stocks are year-end levels
        elif found and year_end and _UNTIL_OPENING.search(self.text, max(s.start, pos - 16), pos):
            self.para_year_end = True  # `…。截至2018年底，…。项目共计1414个，投资额达1.2万亿元`: stocks from here on
        self.para_year_end_told = self.para_year_end_told or (found and year_end)
        self.sentence_anchor = current
        self.para_dated = self.para_dated or (found and written and not single)
        self.para_timed = self.para_timed or (found and not single)   # `目前,…` too: undated_changes.py
        self.sentence_timed = found
        self.sentence_dated = (found and written) or (self.para_dated and current == self.para_anchor)
        return pos
