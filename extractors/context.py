"""Document scope: what a document is before any number is read — its date, publisher, place, kind and year.

Works on canonical text (see normalize.py). Nothing here reads the clock: a date comes from the caller, the
text or the file name, and `published_source` says which (given | masthead | title | filename |
delivery | inferred).

- published: the caller's date; else a masthead date (a full date in the page's first 3000 characters followed
  by a weekday, or within 200 characters of the issue number or the paper's name); else a date alone on a title
  line (`（2023年4月12日）` under a communiqué's title); else the file name
  (`2019-08-30`, `20190830`, `lyrb20190830`); else a report's delivery line (`——2020年5月22日在…会议上`); else
  the day after the latest news dateline (`8月29日,`) that is not announced as future.
- publisher: the caller's; else a paper named in the masthead (its first lines, near the masthead date, or after
  `来源:`; a paper cited as `《人民日报》` is not the publisher); else a paper's code in the file name (`rmrb-…`).
- region (the document's place): the caller's; else the publisher's place (a city paper its city, a national
  paper 全国); else a body that speaks for the country (`国务院`, `国家统计局` …) in the title or subtitle; else
  the single place the title names (`万载县2015年国民经济和社会发展统计公报`); else, on a page that speaks of its
  own city's institutions (`市政府`, `全市`), the one city it names far more than any other. Otherwise none: a
  city named a few times is not the home of every figure.
- kind: work-report, communique, covid-bulletin, hotline, newspaper or article; year: the year a report's title
  names (a communiqué of 2015 describes 2015), else a year alone in the file name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from .lexicon import WordScanner, alternation, lexicon
from .numbers import parse_number
from .period_dates import Period, default_period
from .periods import resolve, time_mentions
from .places import Place, breakdown_place, county_short_names, gazetteer, place_mentions
from .regions import in_aside

_HEAD = 3000
_NEAR = 200
_TITLE_LINES = 3
_TITLE_MAX = 64
_SENTENCE_PUNCT = re.compile(r"[。,，;；!！?？]")
_LEX = lexicon()
_FULL_DATE = _LEX.compile("full_date")
_WEEKDAY = _LEX.compile("weekday")
_ISSUE = _LEX.compile("issue_number")
_NAME_DATE = _LEX.compile("filename_date")
_NAME_YEAR = _LEX.compile("filename_year")
_DATELINE = _LEX.compile("news_dateline")
_FUTURE_BEFORE = _LEX.compile(r"(?:{announced_future})\s?$")
_YEAR = _LEX.compile("year_mention")
_DELIVERY = _LEX.compile("delivery_line")
_SOURCE_LINE = _LEX.compile("source_line")
_CITED = "《"  # a paper's name right after this is a citation, not a masthead
_CREDIT_REACH = 16  # characters after `来源:` that may name the paper
_CITY_SUFFIX = _LEX.words("city_suffix")[0]
_NEWS = re.compile(alternation(_LEX.words("news_marker")))
_DATE_LINE_MAX = 24   # characters: a title line that is only a date (`（2023年4月12日）`)
_SOURCE_DATE_LINE_MAX = 40   # characters: a source line that ends with its date (`浙江省统计局　2024-11-20`)
_SUBTITLE = _LEX.compile("subtitle_dash")
_CLAUSE_PUNCT = re.compile("[" + "".join(_LEX.words("clause_punctuation")) + "]")


@dataclass(frozen=True, slots=True)
class DocContext:
    name: str
    published: date | None
    published_source: str | None   # given | masthead | title | filename | delivery | inferred
    issue_no: int | None
    publisher: str | None = None
    region: Place | None = None
    region_source: str | None = None   # given | publisher | issuer | title | content
    kind: str = "article"
    year: int | None = None            # the year the report is about, when its title or file name says so
    period: Period | None = None       # the time its title names (`2024年7月群众诉求情况分析`)

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None

    @property
    def region_name(self) -> str | None:
        return self.region.name if self.region else None

    @property
    def city(self) -> str | None:
        p = gazetteer().parent(self.region, "city")
        return p.name if p else None

    @property
    def province(self) -> str | None:
        p = gazetteer().parent(self.region, "province")
        return p.name if p else None


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


# --- papers ---------------------------------------------------------------------------------------------------

@cache
def _papers() -> tuple[dict[str, str], WordScanner]:
    """Paper name → the place it covers (the lexicon's table, plus `<place>日报` for every place), and a scanner."""
    table = dict(_LEX.values("papers"))
    g = gazetteer()
    for word, (kind, place, _) in g.words.items():
        if kind == "place" and place.level in ("province", "city"):
            for suffix in _LEX.words("paper_suffix"):
                table.setdefault(word + suffix, place.name)
    return table, WordScanner(table)


def paper_place(paper: str | None) -> str | None:
    return _papers()[0].get(paper or "")


def masthead_papers(head: str) -> list[tuple[int, str]]:
    """(position, paper) for papers named as the page's own: on its first lines, or right after `来源:`."""
    _, scanner = _papers()
    spans = [(0, _nth_line_end(head, _TITLE_LINES + 2))]
    spans += [(m.end(), min(len(head), m.end() + _CREDIT_REACH)) for m in _SOURCE_LINE.finditer(head)]
    out = []
    for lo, hi in spans:  # only where a masthead or a credit can be: the paper scanner is large
        for a, _, paper in scanner.finditer(head, lo, hi):
            if head[a - 1:a] != _CITED:
                out.append((a, paper))
    return sorted(set(out))


def _nth_line_end(text: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos == -1:
            return len(text)
    return pos


def filename_paper(name: str) -> str | None:
    stem = Path(name).name.lower()
    for code, paper in _LEX.values("paper_file_codes").items():
        if stem.startswith(code):
            return paper
    return None


# --- dates ----------------------------------------------------------------------------------------------------

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
    """A date alone on one of the first lines (`2023年3月28日`, `（2023年4月12日）` under a communiqué's title)."""
    head = text[:_nth_line_end(text, _TITLE_LINES + 5)]
    for line in head.split("\n"):
        line = line.strip().strip("()（）")
        m = _FULL_DATE.fullmatch(line) if len(line) <= _DATE_LINE_MAX else None
        if m is None and len(line) <= _SOURCE_DATE_LINE_MAX and not _SUBTITLE.match(line):
            # `浙江省统计局　2024-11-20`, `发布时间：2024-11-20`; not a speech's `——在…会议上（…日）`
            m = next((d for d in _FULL_DATE.finditer(line) if d.end() == len(line)
                      and not _CLAUSE_PUNCT.search(line, 0, d.start())), None)
        if m and (d := _full_date(m)):
            return d
    return None


def inferred_date(text: str) -> date | None:
    """The day after the latest news dateline, in the year the text implies (the text's most named year only
    in news: an essay's `5月6日,` may be any year)."""
    years = Counter(int(m["y"]) for m in _YEAR.finditer(text))
    default_year = years.most_common(1)[0][0] if years and _NEWS.search(text) else None
    latest = None
    for m in _DATELINE.finditer(text):
        if _FUTURE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        year = int(m["y"]) if m["y"] else _year_near(text, m.start()) or default_year
        d = _make_date(year, int(m["m"]), int(m["d"]))
        if d and (latest is None or d > latest):
            latest = d
    return latest + timedelta(days=1) if latest else None


def _year_near(text: str, pos: int) -> int | None:
    """The last year named in the 300 characters before pos, within the same paragraph."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    found = [m["y"] for m in _YEAR.finditer(text, start, pos)]
    return int(found[-1]) if found else None


def issue_number(text: str) -> int | None:
    m = _ISSUE.search(text, 0, _HEAD)
    return int(m["issue"]) if m else None


# --- place, kind, year --------------------------------------------------------------------------------------

def _title(text: str) -> str:
    """The title lines: the first lines, as far as they read as titles (short, no sentence punctuation)."""
    end = 0
    for _ in range(_TITLE_LINES):
        nxt = text.find("\n", end + 1 if end else 0)
        nxt = len(text) if nxt == -1 else nxt
        line = text[end:nxt].strip()
        if not line or len(line) > _TITLE_MAX or _SENTENCE_PUNCT.search(line):
            break
        end = nxt
    return text[:end]


def title_place(text: str) -> Place | None:
    """The one place the title lines name as their subject (a group or several places: none)."""
    title = _title(text)
    named = [m for m in place_mentions(title) if m.subject and m.kind in ("place", "national")]
    places = {m.place.name: m.place for m in named}
    if len(places) != 1 or any(m.kind == "group" for m in place_mentions(title)):
        return None
    return next(iter(places.values()))


_ISSUER = re.compile(f"(?:{alternation(_LEX.words('national_issuer'))})(?!{alternation(_LEX.words('national_issuer_tail'))})")


def national_issuer(text: str) -> bool:
    return _ISSUER.search(_title(text)) is not None


_CITY_GOVERNMENT = re.compile(alternation(_LEX.words("city_government")))


@cache
def _county_city_shorts() -> WordScanner:
    """Short names of county-level cities (`诸暨`, `义乌`), counted only to find a city page's own city."""
    return WordScanner(s for s, full in county_short_names().items() if full.endswith(_CITY_SUFFIX))


def content_city(text: str) -> Place | None:
    """On a page that speaks of its own city's institutions: the city it names far more than any other."""
    if _CITY_GOVERNMENT.search(text, 0, 200_000) is None:
        return None
    g = gazetteer()
    counts: Counter[str] = Counter()
    direct: list[tuple[str, str]] = []
    for m in place_mentions(text, 0, min(len(text), 200_000)):
        if m.kind == "place" and m.place.level in ("city", "county") and not in_aside(text, m.start, m.end):
            city = g.parent(m.place, "city")
            if city is not None:
                counts[city.code] += 1
                direct.append((m.place.name, city.code))
    for _, _, short in _county_city_shorts().finditer(text, 0, min(len(text), 200_000)):  # `诸暨` for 诸暨市
        place = g.by_name[breakdown_place(short)][0]
        city = g.parent(place, "city")
        if city is not None:
            counts[city.code] += 1
            direct.append((place.name, city.code))
    if not counts:
        return None
    (code, n), *rest = counts.most_common(2)
    if n < 3 or (rest and rest[0][1] * 2 > n):
        return None
    # a county-level city that has nearly all its prefecture's mentions is the page's city (诸暨 in 绍兴)
    own, share = own_counts.most_common(1)[0] if (own_counts := Counter(
        name for name, parent in direct if parent == code and name.endswith(_CITY_SUFFIX))) else (None, 0)
    if own and share * 3 >= n * 2:
        return g.by_name[own][0]
    return g.by_code[code]


_KINDS = tuple((kind, _LEX.compile(title), _LEX.compile(opening) if opening else None)
               for kind, title, opening in (
    ("work-report", "work_report_title", None), ("communique", "communique_title", None),
    ("hotline", "hotline_title", "hotline_opening"), ("covid-bulletin", "covid_bulletin_title",
                                                      "covid_bulletin_opening")))
def document_kind(text: str, has_masthead: bool) -> str:
    """By the title; a bulletin or hotline report may open with its first line instead of a title."""
    title = _title(text)
    first_line = text[:_nth_line_end(text, 2)]
    for kind, pattern, opening in _KINDS:
        if pattern.search(title) or (opening and not has_masthead and opening.search(first_line)):
            return kind
    return "newspaper" if has_masthead else "article"


def title_period(text: str, published: date | None) -> Period | None:
    """The period a report's title names (`…2015年国民经济…统计公报`, `2024年7月群众诉求情况分析`,
    `2025年第一季度…`); a delivery date says when, not what."""
    title = _title(text)
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


_REPORT_KINDS = ("communique", "work-report", "hotline")


def title_year(text: str, kind: str) -> int | None:
    """The year a report's title names (`万载县2015年国民经济和社会发展统计公报`)."""
    if kind not in _REPORT_KINDS:
        return None
    title = _FULL_DATE.sub("", _title(text))  # a delivery date says when, not what the report is about
    years = {int(m["y"]) for m in _YEAR.finditer(title)}
    return years.pop() if len(years) == 1 else None


def document_context(text: str, name: str, published: date | None = None, region: str | None = None,
                     publisher: str | None = None) -> DocContext:
    """Work out the report's date, publisher, place, kind and year from its canonical text and file name;
    `published`, `region` and `publisher` are what the user declared, and win."""
    issue_no = issue_number(text)
    head = text[:_HEAD]
    named = masthead_papers(head)
    publisher = publisher or (named[0][1] if named else None) or filename_paper(name)
    kind = document_kind(text, bool(named))
    place, source = _document_place(text, region, publisher)
    published, published_source = _published(text, name, published, named)
    # a year alone in the file name stands in for the date only when nothing else dates the report
    year = title_year(text, kind) or (filename_year(name) if published is None else None)
    period = title_period(text, published) if kind in _REPORT_KINDS else None
    return DocContext(name, published, published_source, issue_no=issue_no, publisher=publisher, region=place,
                      region_source=source, kind=kind, year=year, period=period)


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


def _document_place(text: str, declared: str | None, publisher: str | None) -> tuple[Place | None, str | None]:
    g = gazetteer()
    if declared:
        return (g.named(declared) or Place(declared, "unknown")), "given"
    if (covered := paper_place(publisher)) and (place := g.named(covered)):
        return place, "publisher"
    if (place := title_place(text)) is not None:
        return place, "title"
    if national_issuer(text):
        return g.national, "issuer"
    if (place := content_city(text)) is not None:
        return place, "content"
    return None, None
