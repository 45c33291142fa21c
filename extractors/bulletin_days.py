"""A bulletin's reporting day (`8月31日0-24时`) dates every count after it in its article until another day is named,
across sentences and paragraphs: a 新增 count is that day's flow, a running or held count (累计, 现有, 尚在, 目前在院)
is as of its end. A newspaper's reprint opens with its own day (`9月1日,…发布通报:8月31日0-24时,…`), which dates
no count after the reporting day. A tally as of a day's end (`另悉，截至5月4日24时，…`) that no reporting day already
reaches is that day's report up to its paragraph's end."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from .lexicon import lexicon
from .period_dates import Period
from .periods import resolve, time_mentions

_LEX = lexicon()
_DAY = _LEX.compile("bulletin_reporting_day")
_DAY_CLOSED = _LEX.compile("bulletin_day_closed")
_WINDOW = _LEX.compile("bulletin_reporting_window")
_DAY_FLOW = _LEX.compile("case_day_flow")
_AS_OF = _LEX.compile("case_as_of")
_RUNNING = _LEX.compile("case_running_cue")
_NOW_OPENING = _LEX.compile("case_now_opening")
_CONVERSION = _LEX.compile("case_conversion_after")
_PATIENTS_HELD = _LEX.compile("bulletin_patients_held")
_COVID = "covid"
_HELD_UNITS = _LEX.words("bulletin_held_count_units")
_SAME_DAY = _LEX.compile("time_same_day")
_DAY_CHANGE = _LEX.compile("case_day_change")
_DAY_EVENT = _LEX.compile("case_day_event")
_CLAUSE_END = _LEX.compile("clause_end")


@dataclass(frozen=True, slots=True)
class _Reach:
    start: int   # where the reporting day is written
    told: int    # where it ends
    end: int     # where another day is first named after it (or the text's end)
    day: date
    first: date  # the day its window opens (`2月14日22时至2月15日10时`), else the day itself


def _window_of(match, published: date | None, year: int | None = None) -> tuple[date, date] | None:
    """(first day, last day) of a reporting day or of a window over a night; None when it is neither. An undated
    text's days are in the year its title or file name gives (`year`)."""
    day = _day_of(match["y"] or (str(year) if published is None and year else None),
                  match["m"] or match.groupdict().get("m0"), match["d"], published)
    if day is None or "m0" not in match.groupdict():
        return (day, day) if day is not None else None
    first = _day_of(str(day.year), match["m0"], match["d0"], None)
    if first is not None and first > day:
        first = _day_of(str(day.year - 1), match["m0"], match["d0"], None)  # `12月31日22时至1月1日10时`
    return (first, day) if first is not None and (day - first).days == 1 else None


def _day_of(y: str | None, m: str, d: str, published: date | None) -> date | None:
    year = int(y) if y else (published.year if published else None)
    if year is None:
        return None
    try:
        day = date(year, int(m), int(d))
    except ValueError:
        return None
    if not y and published is not None and day > published:
        day = date(year - 1, day.month, day.day)  # `12月31日0-24时` in a paper of 1 January
    return day


class BulletinDays:
    """The reporting days of one text and how far each reaches, read once (only texts that write one are scanned)."""

    def __init__(self, text: str, published: date | None, year: int | None = None):
        self.text, self.published, self.year = text, published, year
        self._reaches: list[_Reach] | None = None
        self._starts: list[int] = []

    def _read(self) -> list[_Reach]:
        reaches = sorted(self._reaches_of(_DAY, lambda end: len(self.text))
                         + self._reaches_of(_WINDOW, lambda end: len(self.text)), key=lambda r: r.start)
        closed = [r for r in self._reaches_of(_DAY_CLOSED, self._paragraph_end, reaches)
                  if not any(o.start <= r.start < o.end for o in reaches)]
        reaches = sorted(reaches + closed, key=lambda r: r.start)
        self._starts = [r.start for r in reaches]
        return reaches

    def _reaches_of(self, pattern, last, others: list[_Reach] = ()) -> list[_Reach]:
        """The reaches of the days pattern finds, each up to the next day either finds or last(its end)."""
        found = [(m.start(), m.end(), days) for m in pattern.finditer(self.text)
                 if (days := _window_of(m, self.published, self.year)) is not None]
        nexts = sorted([f[0] for f in found] + [o.start for o in others])
        reaches = []
        for start, end, (first, day) in found:
            i = bisect_right(nexts, start)
            limit = min(nexts[i], last(end)) if i < len(nexts) else last(end)
            reaches.append(_Reach(start, end, self._other_day(end, limit, day), day, first))
        return reaches

    def _paragraph_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end == -1 else end

    def _other_day(self, start: int, limit: int, day: date) -> int:
        """Where the first time after a reporting day that names another day stands (`截至8月31日24时` and a
        bulletin's `目前` are its own day's end)."""
        anchor = Period(day, day)
        for tm in time_mentions(self.text, start, limit):
            if tm.match is None or tm.match["now"]:
                continue
            p = resolve(tm, anchor, self.published)
            if p is not None and p.end != day:
                return tm.start
        return limit

    def day_at(self, lo: int, pos: int) -> tuple[date, int, date] | None:
        """The reporting day a count at pos is of (and where it is written to, and the day its window opens): the last
        one written in text[lo:pos] that no other day follows."""
        if self._reaches is None:
            self._reaches = self._read()
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        r = self._reaches[i]
        return (r.day, r.told, r.first) if lo <= r.start and r.told <= pos < r.end else None

    def headline_day(self, pos: int, hi: int) -> tuple[date, int, date] | None:
        """The reporting day a headline's count at pos is of: the first one its article's lead writes after it, before
        hi (`云南新增6例本土确诊病例` over `…通报,4月14日0—24时,云南新增确诊病例6例`), told where it is written."""
        if self._reaches is None:
            self._reaches = self._read()
        i = bisect_right(self._starts, pos)
        if i >= len(self._reaches) or self._reaches[i].start >= hi:
            return None
        return self._reaches[i].day, pos, self._reaches[i].first


def left_to_bulletin(period: Period, published: date | None, told_before: str, day: date | None = None,
                     first: date | None = None) -> bool:
    """A count's period is one a bulletin's reporting day dates: none the text told, the paper's day, or the paper's
    day read from `当日`/`当天` before it, which in a bulletin is the day it reports (`当日新增出院12例` printed the
    morning after), or from no time written in its sentence before it (a headline's `10月9日·快报` over a bulletin
    of 10月8日0—24时); or a level as of the reporting day carried from before, no time but `当日` written in its
    sentence before it (`8月20日0—24时,…。3例本土无症状感染者解除医学观察`: the bulletin decides flow or level)."""
    if period.start is None and period.end in (None, published) or first is not None and first != day \
            and period == Period(first, day):
        return True  # none told, or the window over a night itself, carried from where it was written
    same_day_only = _SAME_DAY.search(told_before) is not None or not time_mentions(told_before, 0, len(told_before))
    if period.start is None and day is not None and period.end == day:
        return same_day_only
    return period.start == period.end == published and same_day_only


def bulletin_period(day: date, subject: str, day_count: bool, told_before: str, first: date | None = None) -> Period:
    """A count's period under a reporting day: the day for a day's flow (`新增…`, an indicator of a day that no
    running word before it in its sentence holds: `目前,…已解除医学观察48人` is a running total), else as of its end
    (`累计…`, `尚在…`, `在院…`); the day's conversions (`无症状感染者转确诊病例`), changes on the day before
    (`危重病例较前一日减少2例`) and events (`3例本土无症状感染者解除医学观察`, `当日排除疑似病例2例`, no running word in
    their own clause) are its flow too."""
    flow = _DAY_FLOW.search(subject) or _CONVERSION.search(subject) or _DAY_CHANGE.search(told_before) \
        or (day_count and not _RUNNING.search(told_before)) or _day_event(subject, told_before)
    if flow and not _AS_OF.search(subject):
        return Period(first or day, day)  # a window over a night: from its first day
    return Period(None, day)


def _day_event(subject: str, told_before: str) -> bool:
    """`本土无症状感染者解除医学观察`, `排除疑似病例` with no running word in the clause before it (`累计`, `已`, `目前`) nor a
    sentence opening on now."""
    own = max((m.end() for m in _CLAUSE_END.finditer(told_before)), default=0)
    return _DAY_EVENT.search(subject) is not None and _RUNNING.search(told_before, own) is None \
        and _NOW_OPENING.match(told_before) is None  # `目前追踪到…,解除医学观察31人`: the sentence's now


def held_count(unit: str | None, subject: str) -> bool:
    """A count a reporting day holds as of its end though no indicator names it: in a unit a bulletin counts cases in
    (`目前在院372例`), or of patients held in any unit (`89名…患者在定点医疗机构隔离治疗`)."""
    return unit in _HELD_UNITS or _PATIENTS_HELD.match(subject) is not None


def bulletin_family(family: str | None, subject: str) -> str | None:
    """A bulletin's patients in hospital on its day (`目前在院372例`) are a covid count, named by no case word."""
    return _COVID if _PATIENTS_HELD.match(subject) else family
