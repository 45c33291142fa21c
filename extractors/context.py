"""Document context: the published date (masthead, file name or content), issue number, home city/province.

Works on canonical text (see normalize.py). Nothing here reads the clock: a date comes from the text, the
file name or the caller (`published=`), and `published_source` says which (masthead | filename | inferred |
given). Dates that do not exist (`2月30日`) are skipped; a masthead date far in the future is accepted as
written (there is no "now" to compare with).

- masthead: a full date `2021年11月19日` (also `二〇二一年十一月十九日`, `2021-11-19`, `2021/11/19`) in
  the page's first 3000 characters that is followed by a weekday (`星期五`, `周五`), or sits within 200
  characters of the issue number (`总第8401期`) or of a known paper's name.
- filename: `2019-08-30`, `2019_08_30`, `2019.08.30`, `20190830`, `lyrb20190830`, `2019年8月30日`.
- inferred: the latest news dateline (`8月29日,`, `9月17日上午,`, `9月16日电`) that is not announced as
  future (`将于9月6日`), in the year the text names with it or else the year it names most often, plus one
  day (papers print yesterday's news).
- city/province: a paper name from places.toml in the first 3000 characters (`辽源日报` → 辽源市, 吉林省),
  else the city whose names the text uses most (at least 3 times), else None.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import regex

from .numbers import parse_number

_HEAD = 3000
_NEAR = 200
_CN_NUM = "[0-9〇零一二三四五六七八九十]"
_FULL_DATE = regex.compile(
    rf"((?:19|20)\d\d|[〇零一二三四五六七八九]{{4}})\s?年\s?({_CN_NUM}{{1,3}})\s?月\s?({_CN_NUM}{{1,3}})\s?[日号]"
    r"|(?<!\d)((?:19|20)\d\d)([-/.])(\d{1,2})\5(\d{1,2})(?!\d)")
_WEEKDAY = re.compile(r"\s*(?:星期|礼拜|周)([一二三四五六日天])")
_ISSUE = re.compile(r"总第\s?(\d{1,6})\s?期")
_NAME_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_. ]?(0[1-9]|1[0-2])[-_. ]?(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)"),
    re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"),
)
_DATELINE = regex.compile(
    r"(?:((?:19|20)\d\d)年)?(\d{1,2})月(\d{1,2})日(?:0?时|凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间|晚)?(?=,|电|在)")
_FUTURE_BEFORE = regex.compile(r"(?:将于|将在|定于|拟于|计划于|预计于|预计|计划|将|至|到|截至|截止|前)\s?$")
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s?年")


@dataclass(frozen=True, slots=True)
class DocContext:
    name: str
    published: date | None
    published_source: str | None  # masthead | filename | inferred | given
    issue_no: int | None
    city: str | None = None
    province: str | None = None

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None


@dataclass(frozen=True, slots=True)
class _Places:
    papers: tuple[tuple[str, str | None, str | None], ...]   # (name, city, province), longest names first
    city_province: dict[str, str]
    alias_city: dict[str, str]                                # every counted name → its city
    alias_re: re.Pattern
    paper_re: re.Pattern                                      # any paper name not cited as `《name》`


@lru_cache(maxsize=1)
def places() -> _Places:
    """The places table (extractors/places.toml), loaded once."""
    data = tomllib.loads((Path(__file__).with_name("places.toml")).read_text(encoding="utf-8"))
    papers = sorted(((n, p.get("city"), p.get("province")) for p in data["paper"] for n in p["names"]),
                    key=lambda t: -len(t[0]))
    city_province = {c["name"]: c["province"] for c in data["city"]}
    alias_city = {}
    for c in data["city"]:
        for alias in [c["name"], *c.get("aliases", []), *c.get("counties", [])]:
            alias_city[alias] = c["name"]
    alias_re = re.compile("|".join(re.escape(a) for a in sorted(alias_city, key=len, reverse=True)))
    # a plain literal alternation: `re` scans it several times faster than `regex`, or than with a lookbehind
    paper_re = re.compile("|".join(re.escape(n) for n, _, _ in papers))
    return _Places(tuple(papers), city_province, alias_city, alias_re, paper_re)


def _number(token: str) -> int | None:
    try:
        value = parse_number(token)
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def _make_date(y, m, d) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def _full_date(m: re.Match) -> date | None:
    groups = m.group(1, 2, 3) if m.group(1) else m.group(4, 6, 7)
    y, mo, d = (_number(g) if not g.isdigit() else int(g) for g in groups)
    return _make_date(y, mo, d)


def masthead_date(text: str) -> date | None:
    """The date printed in the masthead, if the page has one."""
    head = text[:_HEAD]
    anchors = [m.start() for m in _ISSUE.finditer(head)]
    anchors += [head.find(name) for name in _papers_named(head)]
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
    stem = Path(name).name
    for pattern in _NAME_DATES:
        for m in pattern.finditer(stem):
            if d := _make_date(*m.groups()):
                return d
    return None


def inferred_date(text: str) -> date | None:
    """The day after the latest news dateline, in the year the text implies."""
    years = Counter(int(y) for y in _YEAR.findall(text))
    default_year = years.most_common(1)[0][0] if years else None
    latest = None
    for m in _DATELINE.finditer(text):
        if _FUTURE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        year = int(m.group(1)) if m.group(1) else _year_near(text, m.start()) or default_year
        d = _make_date(year, m.group(2), m.group(3))
        if d and (latest is None or d > latest):
            latest = d
    return latest + timedelta(days=1) if latest else None


def _year_near(text: str, pos: int) -> int | None:
    """The last year named in the 300 characters before pos, within the same paragraph."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    found = _YEAR.findall(text, start, pos)
    return int(found[-1]) if found else None


def _papers_named(head: str) -> set[str]:
    """The papers whose name appears as a masthead, not as a cited source (`转自《人民日报》`): one scan."""
    return {m.group() for m in places().paper_re.finditer(head) if head[m.start() - 1:m.start()] != "《"}


def issue_number(text: str) -> int | None:
    m = _ISSUE.search(text, 0, _HEAD)
    return int(m.group(1)) if m else None


def home_place(text: str) -> tuple[str | None, str | None]:
    """(city, province) of the paper: from its name in the masthead, else the most-mentioned city."""
    table = places()
    head = text[:_HEAD]
    named = _papers_named(head)
    for name, city, province in table.papers:
        if name in named:
            return city, province
    counts = Counter(table.alias_city[a] for a in table.alias_re.findall(text, 0, 200_000))
    if not counts:
        return None, None
    (city, n), *rest = counts.most_common(2)
    if n < 3 or (rest and rest[0][1] == n):
        return None, None
    return city, table.city_province.get(city)


def document_context(text: str, name: str, published: date | None = None) -> DocContext:
    """Work out the report's own date and identity from its canonical text and file name."""
    issue_no = issue_number(text)
    city, province = home_place(text)
    if published is not None:
        return DocContext(name, published, "given", issue_no, city, province)
    for source, finder in (("masthead", lambda: masthead_date(text)), ("filename", lambda: filename_date(name)),
                           ("inferred", lambda: inferred_date(text))):
        if (d := finder()) is not None:
            return DocContext(name, d, source, issue_no, city, province)
    return DocContext(name, None, None, issue_no, city, province)

