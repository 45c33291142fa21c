"""When a report was published, from its text or file name and never the clock (a masthead, a date alone on a
title line, the file name, a delivery line, or the day after the latest news dateline), and the period and year
its title names."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from .lexicon import lexicon
from .numbers import parse_number
from .period_dates import Period, _month, default_period
from .periods import resolve, time_mentions
from .publishers import masthead_papers
from .report_titles import _TITLE_LINES, _nth_line_end, _title
from .word_scanner import alternation

_LEX = lexicon()
_HEAD = 3000
_NEAR = 200
_FULL_DATE = _LEX.compile("full_date")
_WEEKDAY = _LEX.compile("weekday")
_ISSUE = _LEX.compile("issue_number")
_MONTHLY_ISSUE = _LEX.compile("monthly_issue")
_NAME_DATE = _LEX.compile("filename_date")
_NAME_YEAR = _LEX.compile("filename_year")
_DATELINE = _LEX.compile("news_dateline")
_FUTURE_BEFORE = _LEX.compile(r"(?:{announced_future})\s?$")
_YEAR = _LEX.compile("year_mention")
_DELIVERY = _LEX.compile("delivery_line")
_NEWS = re.compile(alternation(_LEX.words("news_marker")))
_ERA_TERMS = _LEX.values("era_term")
_ERA_TERM = re.compile(alternation(tuple(_ERA_TERMS)))
_DATE_LINE_MAX = 24   # characters: a title line that is only a date (`（2023年4月12日）`)
_SOURCE_DATE_LINE_MAX = 40   # characters: a source line that ends with its date (`浙江省统计局　2024-11-20`)
_SUBTITLE = _LEX.compile("subtitle_dash")
_DATE_LABEL = _LEX.compile("date_label_line")
_DOTTED_RANGE = _LEX.compile("title_dotted_range")
_CLAUSE_PUNCT = re.compile("[" + "".join(_LEX.words("clause_punctuation")) + "]")


def _number(token: str | None) -> int | None:
    if token is None:
        return None
    if token.isdigit():
        return int(token)
    try:
        value = parse_number(token)
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def _make_date(y, m, d) -> date | None:
    try:
        return date(y, m, d) if None not in (y, m, d) else None
    except (TypeError, ValueError, OverflowError):
        return None


def _full_date(m) -> date | None:
    if m["y"]:
        return _make_date(_number(m["y"]), _number(m["m"]), _number(m["d"]))
    return _make_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))


def masthead_date(text: str, papers: list[tuple[int, str]] | None = None) -> date | None:
    """The date printed in the masthead, if the page has one (`papers`: its masthead papers, if known)."""
    head = text[:_HEAD]
    papers = masthead_papers(head) if papers is None else papers
    anchors = [m.start() for m in _ISSUE.finditer(head)] + [pos for pos, _ in papers]
    near_anchor = None
    for m in _FULL_DATE.finditer(head):
        d = _full_date(m)
        if d is None:
            continue
        if _WEEKDAY.match(head, m.end()):
            return d
        if near_anchor is None and any(abs(m.start() - a) <= _NEAR for a in anchors):
            near_anchor = d
    return near_anchor


def filename_date(name: str) -> date | None:
    """A date written in the file name (`lyrb20190830.txt`, `2019-08-30.txt`)."""
    for m in _NAME_DATE.finditer(Path(name).name):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"]) if m["y2"] \
            else (m["y3"], m["m3"], m["d3"])
        if found := _make_date(int(y), int(mo), int(d)):
            return found
    return None


def filename_year(name: str) -> int | None:
    """A year alone in the file name, when it holds no full date."""
    if filename_date(name):
        return None
    years = {int(m["y"]) for m in _NAME_YEAR.finditer(Path(name).name)}
    return years.pop() if len(years) == 1 else None


def delivery_date(text: str) -> date | None:
    """`——2020年5月22日在第十三届全国人民代表大会…上`: when a report was delivered."""
    m = _DELIVERY.search(text, 0, _HEAD)
    return _full_date(_FULL_DATE.match(m["date"])) if m else None


def title_date(text: str) -> date | None:
    """A date alone on one of the first lines (`2023年3月28日`, `（2023年4月12日）` under a communiqué's title), or
    after a date label that opens one (`日期:2022年01月24日 作者:…`)."""
    head = text[:_nth_line_end(text, _TITLE_LINES + 5)]
    for line in head.split("\n"):
        line = line.strip().strip("()（）")
        m = _FULL_DATE.fullmatch(line) if len(line) <= _DATE_LINE_MAX else None
        if m is None and len(line) <= _SOURCE_DATE_LINE_MAX and not _SUBTITLE.match(line):
            # `浙江省统计局　2024-11-20`, `发布时间：2024-11-20`; not a speech's `——在…会议上（…日）`
            m = next((d for d in _FULL_DATE.finditer(line) if d.end() == len(line)
                      and not _CLAUSE_PUNCT.search(line, 0, d.start())), None)
        m = m or (_DATE_LABEL.match(line) if len(line) <= _SOURCE_DATE_LINE_MAX else None)  # `日期:… 作者:…`
        if m and (d := _full_date(m)):
            return d
    return None


def inferred_date(text: str) -> date | None:
    """The day after the latest news dateline, in the year the text implies (the text's most named year only
    in news: an essay's `5月6日,` may be any year)."""
    years = Counter(int(m["y"]) for m in _YEAR.finditer(text) if not _SINCE_AFTER.match(text, m.end()))
    top = years.most_common(2)
    # `2017年以来`: a start only; two years named as often leave the year unknown
    default_year = top[0][0] if years and _NEWS.search(text) and (len(top) == 1 or top[0][1] > top[1][1]) else None
    if not years and (era := _ERA_TERM.search(text)) is not None:
        default_year = _ERA_TERMS[era.group()]  # `新型冠状病毒感染的肺炎`: a bulletin of early 2020
    latest, months_named = None, None
    for m in _DATELINE.finditer(text):
        if _FUTURE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        year = int(m["y"]) if m["y"] else _year_near(text, m.start()) or default_year
        d = _make_date(year, int(m["m"]), int(m["d"]))
        if d and not m["y"]:
            months_named = _months_named(text) if months_named is None else months_named
            if (last := months_named.get(d.year)) is not None and last > d:
                d = _make_date(year + 1, int(m["m"]), int(m["d"]))  # `2017年…。1月25日,…2017年12月当月…`: told in 2018
        if d and (latest is None or d > latest):
            latest = d
    return latest + timedelta(days=1) if latest else None


def _months_named(text: str) -> dict[int, date]:
    """Per year, the end of the latest month the text names with its year (`2017年12月当月…`), read once per text: a
    dateline's day without its year before it (`1月25日` read as 2017's) is the next year's."""
    ends: dict[int, date] = {}
    for tm in time_mentions(text, 0, len(text)):
        p = resolve(tm, default_period(None), None) if _YEAR.search(text, tm.start, tm.end) else None
        if p is not None and p.start is not None and p.end is not None and p.start.year == p.end.year \
                and p.start.month == p.end.month and p.end > ends.get(p.end.year, p.start):
            ends[p.end.year] = p.end
    return ends


def _year_near(text: str, pos: int) -> int | None:
    """The last year named in the 300 characters before pos, within the same paragraph."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    found = [m["y"] for m in _YEAR.finditer(text, start, pos)]
    return int(found[-1]) if found else None


def issue_number(text: str) -> int | None:
    m = _ISSUE.search(text, 0, _HEAD)
    return int(m["issue"]) if m else None


def title_period(text: str, published: date | None) -> Period | None:
    """The period a report's title names (`…2015年国民经济…统计公报`, `2024年7月群众诉求情况分析`,
    `2025年第一季度…`); a delivery date says when, not what."""
    title = _title(text)
    if published is not None and (dotted := _DOTTED_RANGE.search(title)) is not None:
        return _dotted_range(dotted, published)  # `市长电话周工作综述(11.17-11.23)`
    if published is not None and (issue := _MONTHLY_ISSUE.search(title)) is not None \
            and (month := _issue_month(int(issue["y"]), int(issue["n"]), published)) is not None:
        return month  # `2023年第5期` out on June 19th: May's report
    cut = [(m.start(), m.end()) for m in _FULL_DATE.finditer(title)]
    times = [tm for tm in time_mentions(title, 0, len(title)) if not any(a <= tm.start < b for a, b in cut)]
    for i, tm in enumerate(times):
        p = resolve(tm, default_period(published), published)
        if p is None:
            continue
        part = times[i + 1] if i + 1 < len(times) and times[i + 1].start == tm.end else None
        within = resolve(part, p, published) if part is not None else None  # `2025年第二季度`: the quarter
        return within if within is not None and within.start and p.start and within.start >= p.start else p
    return None


def _issue_month(year: int, number: int, published: date) -> Period | None:
    """The month a year's issue numbered `number` reports, when it came out in that month or the next."""
    month = _month(year, number) if 1 <= number <= 12 else None
    after = _month(year + number // 12, number % 12 + 1) if month is not None else None
    return month if after is not None and month.start <= published <= after.end else None


def _dotted_range(m, published: date) -> Period | None:
    """`(11.17-11.23)` in a title published 2012-11-17: the days of the year the report was published in (of the
    year before when the range starts after the publication month: `(12.28-1.3)` in January)."""
    m1, d1, m2, d2 = (int(m[k]) for k in ("m1", "d1", "m2", "d2"))
    y1 = published.year - (1 if m1 > published.month + 1 else 0)
    start = _make_date(y1, m1, d1)
    end = _make_date(y1 + (1 if m2 < m1 else 0), m2, d2)
    return Period(start, end) if start and end and start <= end else None


_REPORT_KINDS = ("communique", "work-report", "hotline")
_BULLETIN_TITLE = _LEX.compile("bulletin_title_end")


def titled_period(text: str, kind: str, published: date | None) -> Period | None:
    """The period a report's title names (title_period), for a communiqué, work report or hotline report, and for a
    bulletin by its title's end (`…2010年12月法定报告传染病疫情的通告`)."""
    if kind in _REPORT_KINDS or (kind == "article" and _BULLETIN_TITLE.search(_title(text))):
        return title_period(text, published)
    return None


def title_year(text: str, kind: str) -> int | None:
    """The year a report's title names (`万载县2015年国民经济和社会发展统计公报`)."""
    if kind not in _REPORT_KINDS:
        return None
    title = _FULL_DATE.sub("", _title(text))  # a delivery date says when, not what the report is about
    years = {int(m["y"]) for m in _YEAR.finditer(title)}
    return years.pop() if len(years) == 1 else None


_SESSION_TITLE = _LEX.compile("session_year_title")
_SINCE_AFTER = _LEX.compile_at("year_since_after")


def session_titled(text: str, kind: str, year: int) -> bool:
    """The year is a work report's session's (`2019年松溪县人民政府工作报告`): told that year, it reviews the year
    before, so the report is about that one (a year under the title, `一、2021年工作回顾`, is the reviewed one)."""
    session = _SESSION_TITLE.search(_title(text)) if kind == "work-report" else None
    return session is not None and int(session["y"]) == year


_NAME_AGREES = 31  # days: a masthead or title date this far from the file name's is some other day the text names


def _with_weekday(text: str, d: date) -> bool:
    """The date is printed with its weekday near the top, as mastheads print theirs."""
    head = text[:_HEAD]
    return any(_full_date(m) == d and _WEEKDAY.match(head, m.end()) for m in _FULL_DATE.finditer(head))


def _published(text: str, name: str, declared: date | None,
               papers: list[tuple[int, str]]) -> tuple[date | None, str | None]:
    if declared is not None:
        return declared, "given"
    named = filename_date(name)
    for source, finder in (("masthead", lambda: masthead_date(text, papers)), ("title", lambda: title_date(text)),
                           ("filename", lambda: named), ("delivery", lambda: delivery_date(text)),
                           ("inferred", lambda: inferred_date(text))):
        if (d := finder()) is not None:
            if named is not None and abs((d - named).days) > _NAME_AGREES and not _with_weekday(text, d):
                return named, "filename"  # `1956年7月14日，人民日报头版刊发…`: a date the story cites, not the issue's
            return d, source
    return None, None
