"""The document's own place: the caller's; else the publisher's; else the single place the title names; else the
country, for a national issuer (in the title, or briefing the press in the lead); else, on a page that speaks of its own city's institutions, the city it names
far more than any other; else the one place whose issuing body a credit line names (`来源:湖北省卫生健康委员会`)
while the text speaks of that place's whole; else the one place whose body (a service line, a department) a report's opening sentence
makes the subject of its activity, or (a report opening with other news) the first sentence under its heading lines;
else the one place a report names only in its slogans or its tables' titles (slogan_places.py); else the one place a page names only before its
service line's number (service_places.py)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .county_pages import own_county
from .gazetteer import Place, gazetteer
from .lead_places import lead_place
from .lexicon import lexicon
from .place_chains import _ancestry, one_place
from .place_words import breakdown_place, county_short_names
from .places import place_mentions
from .publishers import paper_place
from .regions import in_aside, scope_place
from .report_titles import _title, opening_end
from .service_places import service_line_place
from .slogan_places import slogan_place, table_title_place
from .word_scanner import WordScanner, alternation

_LEX = lexicon()
_CITY_SUFFIX = _LEX.words("city_suffix")[0]
_LIST_NEXT = frozenset(_LEX.words("list_joiner"))
_ZONE_AFTER = _LEX.compile_at("titled_zone_after_place")


ZONE_TITLE = "zone title"  # the region source of a zone's report: no place, its bare measures the zone's


def titled_zone(text: str) -> str | None:
    """The zone word of a title whose subject is a zone named after its place (`天津开发区上半年生产总值突破千亿` → 开发区):
    the report is the zone's, whose figures are no place's, not the city's; else None."""
    title = _title(text)
    named = [m for m in place_mentions(title) if m.subject and m.kind == "place"]
    zone = _ZONE_AFTER.match(title, named[0].end) if len(named) == 1 else None
    return zone.group() if zone is not None else None


def title_place(text: str) -> Place | None:
    """The one place the title lines name as their subject, or the innermost of a chain of them (a group or
    several unrelated places: none)."""
    title = _title(text)
    named = [m for m in place_mentions(title) if m.subject and m.kind in ("place", "national")]
    places = {m.place.name: m.place for m in named}
    if any(m.kind == "group" for m in place_mentions(title)):
        return None
    if len(places) > 1 and one_place(named):
        last = named[-1]
        if title[last.start - 1:last.start] in _LIST_NEXT and named[-2].end != last.start:
            # `本次疫情已波及甘肃省5个市州的13个县区和兰州新区`: the last place is an item listed with the parts of the
            # place named first, which the title is about, not the innermost of a chain
            return min((m.place for m in named), key=lambda p: len(_ancestry(gazetteer(), p)))
        return last.place  # `2024年安徽省蚌埠市…统计公报`: the city, inside the province named before it
    return next(iter(places.values())) if len(places) == 1 else None


_ISSUER = re.compile(f"(?:{alternation(_LEX.words('national_issuer'))})(?!{alternation(_LEX.words('national_issuer_tail'))})")


def national_issuer(text: str) -> bool:
    return _ISSUER.search(_title(text)) is not None


_BRIEFING = _LEX.compile_at("national_briefing_after")
_LEAD_REACH = 200  # characters of a page's opening (its title and lead) where a national body's briefing is told


def national_briefing(text: str) -> bool:
    """The lead tells of a national body briefing the press (`12月23日,商务部召开例行新闻发布会。`): the page reports
    the whole country's figures. A local office (`商务部门`) or a foreign one (`美国商务部`) is no national body."""
    reach = min(len(text), _LEAD_REACH)
    return any(m.kind == "body" and _BRIEFING.match(text, m.end) is not None
               for m in place_mentions(text, 0, reach))


_CITY_GOVERNMENT = re.compile(alternation(_LEX.words("city_government")))


@cache
def _county_city_shorts() -> WordScanner:
    """Short names of county-level cities (`诸暨`, `义乌`), counted only to find a city page's own city."""
    return WordScanner(s for s, full in county_short_names().items() if full.endswith(_CITY_SUFFIX))


def content_city(text: str) -> Place | None:
    """On a page that speaks of its own city's institutions: the city it names far more than any other (or the one
    district of it whose own institutions the page speaks of as often: county_pages.own_county)."""
    if _CITY_GOVERNMENT.search(text, 0, 200_000) is None:
        return None
    g = gazetteer()
    counts: Counter[str] = Counter()
    direct: list[tuple[str, str]] = []
    places: list[Place] = []   # the cities and counties named: a district's own page is the district's (county_pages)
    for m in place_mentions(text, 0, min(len(text), 200_000)):
        if m.kind == "place" and m.place.level in ("city", "county") and not in_aside(text, m.start, m.end):
            city = g.parent(m.place, "city")
            if city is not None:
                counts[city.code] += 1
                direct.append((m.place.name, city.code))
                places.append(m.place)
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
    city = g.by_code[code]
    return own_county(text, 0, min(len(text), 200_000), city, places) or city


_STATS_SOURCE = _LEX.compile("statistics_source")
_SOURCE_BEFORE = _LEX.compile("(?:{statistics_source_before})$")
_SOURCE_REACH = 8  # characters before the place where `从国家统计局` may stand
_LEAD_REACH = 200  # characters of a page's opening where its lead names its source
_SENTENCE_END = re.compile("[。！？!?\n]")


def source_place(text: str) -> Place | None:
    """The place whose statistics office a page's lead cites as its source (`记者从重庆市统计局获悉,今年1-8月,全市…`),
    when the same sentence speaks of that place's whole (`全市`): its figures are that place's."""
    lead_end = min(len(text), _LEAD_REACH)
    mentions = place_mentions(text, 0, lead_end)
    for m in mentions:
        if m.kind != "place" or _SOURCE_BEFORE.search(text, max(0, m.start - _SOURCE_REACH), m.start) is None \
                or (source := _STATS_SOURCE.match(text, m.end)) is None:
            continue
        if any(m.end <= o.start < source.end() for o in mentions):
            return None  # `从…湖南调查总队和湖北调查总队获悉`: two places' offices name no single place
        stop = _SENTENCE_END.search(text, m.end)
        end = stop.start() if stop else len(text)
        if any(s.kind == "scope" and scope_place(s.scope, [m.place]) == m.place
               for s in place_mentions(text, m.end, end)):
            return m.place
    return None


_SIGNATURE = _LEX.compile("signature_body")
_SIGNATURE_DATE = _LEX.compile("signature_date")


def signature_place(text: str) -> Place | None:
    """The place of the body that signs the document on its last lines (`荆门市卫生健康委员会` over the date):
    the line must be that body alone, its name beginning with the one place it names."""
    lines = [line.strip() for line in text[-400:].split("\n") if line.strip()]
    last = lines[-1] if lines else ""
    if (date_at := _SIGNATURE_DATE.search(last)) is not None:
        last = last[:date_at.start()].strip() or (lines[-2] if len(lines) > 1 else "")
    if not _SIGNATURE.match(last):
        return None
    named = [m for m in place_mentions(last) if m.kind == "place"]
    if not named or named[0].start != 0 or not one_place(named):
        return None
    return named[-1].place


_CREDIT = _LEX.compile("source_line")
_CREDIT_REACH = 300  # characters at a page's head and tail where a credit line (`来源:…`) stands
_CREDIT_NAMED = 2  # times the page names the credited body's place beside the credit: it speaks of that place


def credit_place(text: str) -> Place | None:
    """The place of the issuing body a page credits as its source on a line of its own at its head or tail
    (`来源:湖北省卫生健康委员会`, as a signature would be), when the text speaks of that place's whole (`全省…`) or
    names it again and again (`红寺堡区便民服务热线`, `红寺堡区行政审批服务工作`):
    the page is that body's release, and its figures that name no place are the place's."""
    for lo, hi in ((0, min(len(text), _CREDIT_REACH)), (max(0, len(text) - _CREDIT_REACH), len(text))):
        for credit in _CREDIT.finditer(text, lo, hi):
            stop = text.find("\n", credit.end())
            body = text[credit.end():stop if stop != -1 else len(text)].strip()
            named = [m for m in place_mentions(body) if m.kind == "place"] if _SIGNATURE.match(body) else []
            if not named or named[0].start != 0 or not one_place(named):
                continue
            place = named[-1].place
            mentions = place_mentions(text)
            if any(m.kind == "scope" and scope_place(m.scope, [place]) == place for m in mentions) \
                    or sum(m.kind == "place" and m.place == place for m in mentions) > _CREDIT_NAMED:
                return place
    return None


_DELIVERY = _LEX.compile("report_delivery_body")
_DELIVERY_REACH = 600  # characters of a report's opening where its delivery line stands


def delivery_place(text: str) -> Place | None:
    """The place whose government delivers a work report (`我代表上杭县人民政府，向大会报告工作`): one place, or
    the innermost of a chain of them."""
    if (line := _DELIVERY.search(text, 0, min(len(text), _DELIVERY_REACH))) is None:
        return None
    named = [m for m in place_mentions(line["body"]) if m.kind == "place"]
    return named[-1].place if named and one_place(named) else None


_OPENING_BODY = _LEX.compile("opening_body")
_TIME_FIRST = _LEX.compile("report_time_opening")  # `2月份,` before the place a heading's first sentence opens with
_NEWS = re.compile(alternation(_LEX.words("news_marker")))
_FIRST_SENTENCE = re.compile("[。！？!?;；]")


def opening_body_place(text: str) -> Place | None:
    """The place of the body a report (not a news story) makes the subject of its opening sentence
    (`6月,宁夏12328交通运输服务监督电话共受理来电…件。`): that sentence names one place, right before the body."""
    end = opening_end(text)
    start = text.rfind("\n", 0, end - 1) + 1 if end else 0
    stop = _FIRST_SENTENCE.search(text, start, end)
    sentence_end = stop.start() if stop else end
    if _NEWS.search(text, 0, sentence_end) is not None:
        return None
    named = [m for m in place_mentions(text, start, sentence_end) if m.kind in ("place", "group", "national")]
    if len(named) != 1 or named[0].kind != "place" or _OPENING_BODY.match(text, named[0].end, sentence_end) is None:
        return None
    return named[0].place


_HEADING_LINE_MAX = 30  # a heading line (`二、运行情况`, `(一)12345热线运行情况`): short, no sentence mark
_SECTION_REACH = 2000  # characters of a report where the sections that open its body stand


def section_body_place(text: str) -> Place | None:
    """The one place whose body (its service line, a department) the first sentence under a report's heading lines
    makes the subject of its activity (`一、工作动态⏎…⏎二、运行情况⏎(一)热线运行情况⏎隆回县12345政务服务热线4月份共受理…`),
    as the opening sentence's would be (opening_body_place): a report that opens with other news names its scope in
    the section that counts. Two such places, or a news page, name none."""
    reach = min(len(text), _SECTION_REACH)
    if _NEWS.search(text, 0, reach) is not None:
        return None
    found: set[str] = set()
    place = None
    start = 0
    while start < reach:
        end = text.find("\n", start, reach)
        end = reach if end == -1 else end
        line = text[start:end].strip()
        if line and len(line) <= _HEADING_LINE_MAX and _FIRST_SENTENCE.search(line) is None and end < reach:
            nxt = text.find("\n", end + 1, reach)
            sentence = text[end + 1:nxt if nxt != -1 else reach]
            stop = _FIRST_SENTENCE.search(sentence)
            first = sentence[:stop.start()] if stop else sentence
            named = [m for m in place_mentions(first) if m.kind in ("place", "group", "national")]
            if len(named) == 1 and named[0].kind == "place" \
                    and (named[0].start == 0 or _TIME_FIRST.match(first[:named[0].start]) is not None) \
                    and _OPENING_BODY.match(first, named[0].end) is not None:
                found.add(named[0].place.name)
                place = named[0].place
        start = end + 1
    return place if len(found) == 1 else None


def _document_place(text: str, declared: str | None, publisher: str | None) -> tuple[Place | None, str | None]:
    g = gazetteer()
    if declared:
        return (g.named(declared) or Place(declared, "unknown")), "given"
    if (covered := paper_place(publisher)) and (place := g.named(covered)):
        return place, "publisher"
    if titled_zone(text) is not None:
        return None, ZONE_TITLE
    if (place := title_place(text)) is not None:
        return place, "title"
    if (place := signature_place(text)) is not None:
        return place, "signature"
    if (place := credit_place(text)) is not None:
        return place, "signature"
    if (place := delivery_place(text)) is not None:
        return place, "delivery"
    if (place := source_place(text)) is not None:
        return place, "source"
    if national_issuer(text) or national_briefing(text):
        return g.national, "issuer"
    if (place := content_city(text)) is not None:
        return place, "content"
    if (place := opening_body_place(text)) is not None:
        return place, "opening"
    if (place := section_body_place(text)) is not None:
        return place, "section"
    if (place := lead_place(text)) is not None:
        return place, "lead"
    if (place := slogan_place(text)) is not None:
        return place, "slogan"
    if (place := table_title_place(text)) is not None:
        return place, "table title"
    if (place := service_line_place(text)) is not None:
        return place, "service line"
    return None, None
