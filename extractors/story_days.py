"""A story's own day: the day its dateline says it was filed (`本报曼谷5月16日电`, a closing `（本报伦敦5月7日电）`), which
is what its `目前`, `至此`, `今天` and undated figures are told as of when the paper came out a day or more later."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon

_LEX = lexicon()
_OPENING = _LEX.compile("story_opening_dateline")
_CLOSING = _LEX.compile("story_closing_dateline")
_NAMED_DAY = _LEX.compile("story_named_day")
_CLOSING_AFTER = _LEX.compile_at(r"\s*{story_closing_dateline}")  # read as a headline-like line of its own
_OPENING_REACH = 160  # characters after a story's headline where its dateline stands (story_places.py)
_CLOSING_REACH = 160  # characters before a story's end where a closing dateline stands (a long credit too)
_FILED_BEFORE = 31    # days: a dateline this long before the paper is some other day the text names
_REPOSTED_BEFORE = 365  # days: a wire dateline opening a page this long before the page's date: a repost, told then
_REPOSTED = _LEX.compile("reposted_dateline")


def story_day(text: str, span: tuple[int, int], headline: str, published: date | None) -> date | None:
    """The day the story in text[span] was filed: its opening dateline's (after its headline) or its closing one's (at
    its end, or on the line right after it) month and day, in the paper's year (December's in a January paper: the year before), before the paper's day.
    A wire dateline opening the page months before the page's date (`人民网南京11月1日电` on a page of the next March)
    is a repost's: the story was told that day, up to a year before."""
    if published is None:
        return None
    start, end = span
    m = _OPENING.search(text, start, min(end, start + len(headline) + _OPENING_REACH))
    reach = _REPOSTED_BEFORE if m is not None and _REPOSTED.search(m.group()) else _FILED_BEFORE
    if m is None:
        m = _last(_CLOSING.finditer(text, max(start, end - _CLOSING_REACH), end)) or _CLOSING_AFTER.match(text, end)
    filed = _filed_on(int(m["m"]), int(m["d"]), published, reach) if m is not None else None
    return None if filed is None or _names_later_day(text, span, filed, published) else filed


def _names_later_day(text: str, span: tuple[int, int], filed: date, published: date) -> bool:
    """The story names a day after its filing, up to the paper's (`11日起…复课` filed the 10th): it is told as of then."""
    for m in _NAMED_DAY.finditer(text, *span):
        day = int(m["d"])
        months = (int(m["m"]),) if m["m"] else (filed.month, published.month)
        if any(filed < named <= published for named in _days(months, day, published.year)):
            return True
    return False


def _days(months: tuple[int, ...], day: int, year: int):
    for month in months:
        for y in (year, year - 1):
            try:
                yield date(y, month, day)
            except ValueError:
                continue


def _last(matches):
    found = None
    for found in matches:  # noqa: B007
        pass
    return found


def _filed_on(month: int, day: int, published: date, reach: int) -> date | None:
    for year in (published.year, published.year - 1):
        try:
            filed = date(year, month, day)
        except ValueError:
            return None
        if filed <= published:
            return filed if 0 < (published - filed).days <= reach else None
    return None


def delivered_in_title_year(ctx) -> date | None:
    """A work report titled with its session's year (`2019年松溪县人民政府工作报告`) that came with no date or a later
    one (a repost, kinds63): it was told at the year's opening session, so its `过去一年` and undated review figures
    are the year before the title's, not the repost's. The first day of that year stands in for the unknown day."""
    session, published = ctx.session_year, ctx.published
    return date(session, 1, 1) if session is not None and (published is None or published.year > session) else None
