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
  names (a communiqué of 2015 describes 2015), else a year alone in the file name; told_year: in an undated text
  with neither, the one year it names with a part of that year so far (`2025年前三季度`, `今年（2025年）`:
  stated_years.py), the year its bare `前三季度` counts in.

This module owns the DocContext and putting it together; each part is found in its own module: report_dates.py
(published, year, the title's period), publishers.py (publisher), document_place.py (region) and
report_titles.py (the title lines and the kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .document_place import _document_place
from .gazetteer import Place, gazetteer
from .period_dates import Period, year_period
from .publishers import filename_paper, masthead_papers
from .report_dates import (
    _HEAD,
    _published,
    filename_year,
    issue_number,
    session_titled,
    title_year,
    titled_period,
)
from .report_titles import document_kind
from .review_openings import review_opening
from .stated_years import stated_year


@dataclass(frozen=True, slots=True)
class DocContext:
    name: str
    published: date | None
    published_source: str | None   # given | masthead | title | filename | delivery | inferred
    issue_no: int | None
    publisher: str | None = None
    region: Place | None = None
    # given | publisher | title | signature | delivery | source | issuer | content | opening | section | lead |
    # slogan | table title | service line
    region_source: str | None = None
    kind: str = "article"
    year: int | None = None            # the year the report is about, when its title or file name says so (a work
    # report's title names its session's year: it is about the year before)
    period: Period | None = None       # the time its title names (`2024年7月群众诉求情况分析`)
    told_year: int | None = None       # an undated text's own year, for its time words without one
    session_year: int | None = None    # a work report's session's year, its title's (`2019年…政府工作报告`)

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
    def told_on(self) -> date | None:
        """The day the report was told, else the first day of the year an undated one says it is told in (a budget
        report's draft year): what a status reads to know a period is over."""
        return self.published or (date(self.told_year, 1, 1) if self.told_year else None)

    @property
    def province(self) -> str | None:
        p = gazetteer().parent(self.region, "province")
        return p.name if p else None


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
    period = titled_period(text, kind, published)
    if year is None and period is None and (opening := review_opening(text, kind, published)) is not None:
        year, period = opening.start.year, (None if opening == year_period(opening.start.year) else opening)
    told = stated_year(text) if published is None and year is None else None
    session = year if year is not None and session_titled(text, kind, year) else None
    if session is not None:  # `2019年…政府工作报告` reviews the year before
        year, period = year - 1, None
    return DocContext(name, published, published_source, issue_no=issue_no, publisher=publisher, region=place,
                      region_source=source, kind=kind, year=year, period=period, told_year=told,
                      session_year=session)


