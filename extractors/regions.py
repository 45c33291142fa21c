"""Regions: the place a figure is about — the place its clause names, else its section's or article's place,
else the document's, else none.

A clause names a place when a place word stands before the figure in the same clause (after the last `;`), in
subject position (not after `向`, `从`, `比` …) and not inside a parenthesis that closed before it
(`(长春市1例、吉林市1例),新增无症状感染者5例`). Scope words stand for the scope's own place at their level
(`全市` → the city of the article's or document's place, `全省` → its province); a named macro-region (`西部地区`,
`三区三州`) is a place of its own, any other group of places (`各地`, `川渝`) names no single place and stops the
search: such a figure's region stays empty.

The place a national paper's story is about is story_places.py; places written as a chain, each inside the one
before, are read as one in place_chains.py; the place things land in (`20项项目在京落地`) is landed_places.py.
"""

from __future__ import annotations

from bisect import bisect_left

from .case_item_brackets import item_bracket_owner
from .deputy_homes import deputy_home
from .gazetteer import LOCALITIES, Place, gazetteer
from .lexicon import lexicon
from .listed_places import in_list, partner_item
from .place_chains import _ancestry, item_before_items
from .place_labels import bounds_a_whole, excluded_place
from .place_topics import is_topic
from .places import PlaceMention, place_mentions
from .sentences import inside_bracket
from .site_places import site_set_up
from .trade_partners import listed_partner, trade_partner
from .unit_parts import body_item, firm_body

GROUP = Place("", "group")          # several places at once: a figure about them has no single region
_LISTED = PlaceMention(0, 0, "group", None)
_LOOKBACK = 240                     # characters before a number that may hold its place words
_EXAMPLE_LIST_END = lexicon().compile("example_list_end")
_LISTED_BEFORE_COUNT = lexicon().compile_at("places_listed_before_count")
BREAKDOWN_ITEM = lexicon().compile("breakdown_item")
_LIST_MARK = lexicon().words("list_joiner")[0]   # 、
_ITEM_REACH = 6   # characters between a breakdown item's place and its figure
_ITEM_FIGURE = lexicon().compile_at("[^、,，;；。:：\\d]{0,10}\\d[^、,，;；。]{0,8}、")  # an item's name and figure
_NEXT_ITEM_REACH = 12  # characters from a country's figure to the next country of its list
_FOREIGN_LEVEL = "foreign"
_OPENING_BRACKETS = ("(", "（")
_FROM = lexicon().compile("from_place")
_FROM_REACH = 4   # characters: `来自中国香港`
_BARE_CHANGE = lexicon().compile(r"\s?(?:{comparison_base})\s?(?:{up_verb}|{down_verb})")  # `,同比增长5.1%`
_SCOPE_LEVELS = {"city": ("city",), "province": ("province",), "county": ("county",),
                 "district": ("county",), "prefecture": ("city",), "town": ("town",)}
_CITY_SUFFIX = lexicon().words("city_suffix")[0]
_AUTONOMOUS_REGION = lexicon().words("autonomous_region_suffix")[0]
_GENERIC_DIVISIONS = frozenset(lexicon().words("generic_division_names"))


def _is_own_scope(level: str, place: Place) -> bool:
    """A county-level city is its own `全市` (`义乌市` under 金华市), and so is a municipality (`重庆市`); an
    autonomous region is its own `全区`."""
    if level == "city":
        return place.level in ("county", "province") and place.name.endswith(_CITY_SUFFIX)
    return level == "district" and place.level == "province" and place.name.endswith(_AUTONOMOUS_REGION)


def scope_place(level: str, scopes: list[Place | None]) -> Place | None:
    """The place a scope word (`全市`, `全省`, `全县`) stands for: the innermost scope's place at that level."""
    g = gazetteer()
    for place in scopes:
        if level == "town":  # below the gazetteer: a scope that is itself a town, else no place
            return place if place is not None and place.level == "town" else None
        if place is None or place is GROUP or place.level in ("national", "world", "foreign", "unknown", "town"):
            continue  # a town (`三溪镇…全县`) lies in the county an outer scope names
        if _is_own_scope(level, place):
            return place
        for wanted in _SCOPE_LEVELS[level]:
            found = g.parent(place, wanted)
            if found is not None:
                return found
        return None  # the innermost known place is above that level (`全市` in a provincial document)
    return None


def sole_division(text: str, lo: int, hi: int, level: str) -> Place | None:
    """`从省统计局和国家统计局湖北调查总队获悉,…全省…`: the one division at a scope word's level that any place
    named in text[lo:hi] lies in (an office's name too), when there is exactly one; else None."""
    g = gazetteer()
    wanted = _SCOPE_LEVELS.get(level, ())
    found = set()
    for m in place_mentions(text, lo, hi):
        if m.kind != "place" or m.place is None or m.place.level in ("foreign", "town") \
                or _FROM.search(text, max(lo, m.start - _FROM_REACH), m.start):
            continue  # `8例来自中国香港`: where cases come from, not where the report is
        holder = next((p for w in wanted if (p := g.parent(m.place, w)) is not None), None)
        if holder is None:
            return None  # a place above the level (`全省` with 北京市 named) or abroad: no single one
        found.add(holder)
    return found.pop() if len(found) == 1 else None


def mention_place(m: PlaceMention, scopes: list[Place | None]) -> Place | None:
    if m.kind == "group" and m.scope == LOCALITIES:  # `各地…规模已超过1300亿元` in a national story: the country's
        return national_scope(scopes) or GROUP
    if m.kind == "group":  # a named macro-region (`西部地区`) is a place of its own; any other group none
        return m.place if m.place is not None and m.place.level == "macro" else GROUP
    if m.kind == "scope":
        return scope_place(m.scope, scopes)
    return m.place


def national_scope(scopes: list[Place | None]) -> Place | None:
    """The country when it is the innermost place in force (a national paper's story of no single place), else None."""
    inner = next((p for p in scopes if p is not None and p is not GROUP), None)
    return inner if inner is not None and inner.level == "national" else None


def enclosed(text: str, pos: int, before: int) -> bool:
    """The place at pos sits inside a parenthesis that closes before `before`."""
    close = text.find(")", pos, before)
    if close == -1:
        return False
    if text.find("(", pos, close) == -1:
        return True  # `…;湖南1例,在湘潭市),含114例`: the bracket it is in closes first, however long it was
    lo = max(0, pos - _LOOKBACK)  # bounded: a scan back to the text's start per figure is quadratic
    return text.rfind("(", lo, pos) > text.rfind(")", lo, pos)


def clause_start(text: str, sentence_start: int, pos: int) -> int:
    """Where the place words that may govern pos begin: after the last `;` of the sentence."""
    lo = max(sentence_start, pos - _LOOKBACK)
    cut = max(text.rfind(";", lo, pos), text.rfind("；", lo, pos))
    return cut + 1 if cut >= 0 else lo


def named_in_clause(text: str, mentions: list[PlaceMention], starts: list[int], sentence_start: int,
                    pos: int) -> PlaceMention | None:
    """The topic place of the clauses that govern the figure at pos, if any (mentions sorted by start)."""
    if (owner := item_bracket_owner(text, mentions, starts, pos)) is not None:
        return owner  # `喀什地区2例(乌鲁木齐市输入病例1例,…)`: parts of the item's count
    lo = clause_start(text, sentence_start, pos)
    own = max(text.rfind(c, lo, pos) for c in (",", "，"))  # where the figure's own comma clause starts
    k = bisect_left(starts, pos) - 1
    own_body = own >= lo and body_item(text, own + 1, pos)  # `…鸠江区政府5件,市住建局3件`: the bureau's own item
    item_passed = False  # a place heading an earlier item of a list by place was passed
    while k >= 0 and mentions[k].start >= lo:
        m = mentions[k]
        if own_body and m.start < own:
            return _LISTED if firm_body(own_body) else None  # a firm's item: its own figure; a bureau's: the scope's
        if item_passed and _own_item_figure(text, m, pos):
            return _LISTED  # `…麦积山大景区25万人次、平凉崆峒山景区17.9万人次、月牙泉…`: no item's place
        item_passed = item_passed or _heads_earlier_item(text, m, pos) and not enclosed(text, m.start, pos)
        # `…8例(向阳区5例、郊区2例、前进区1例),含…1例`: a closed bracket's items are the count's, not a list's run
        if m.start > own and (m.kind == "group" and bounds_a_whole(text, m.start, m.end) or excluded_place(text, m)):
            return _LISTED  # `“三区三州”外的…169个`, `湖北以外省份…`: a group or a place bounding what its own clause
            # counts, no place of it
        if m.start < own and site_set_up(text, m):
            k -= 1
            continue  # `在大湾区设立工作站，…，共引进人才超300人`: where the site stands, not what is counted later
        if deputy_home(text, mentions, k, pos):
            k -= 1
            continue  # `…慈利县某某乡副乡长某某代表在…数据下画上记号:国内生产总值…`: the deputy's home, not the report's
        if k == bisect_left(starts, pos) - 1 and first_country_item(text, mentions, k, pos):
            return m  # `远高于美国2%、日本1.3%…的经济增速`: the first country's own figure, like the items after it
        if m.subject and not m.comparison and not enclosed(text, m.start, pos) and is_topic(text, m, lo) \
                and not _listed_far(text, m, pos) and not _own_bracket_closed(text, m.end, pos) \
                and not item_before_items(text, mentions, k, pos) and not partner_item(text, mentions, k) \
                and not trade_partner(text, mentions, k, pos) and not listed_partner(text, mentions, k):
            return _LISTED if in_list(text, mentions, k) or _parallel_before(text, mentions, k, lo, pos) \
                or _heads_listed_count(text, m, pos) else m
        k -= 1
    return None


def _heads_earlier_item(text: str, m: PlaceMention, pos: int) -> bool:
    """`、平凉崆峒山景区17.9万人次、月牙泉…`: the place opens an item of a list (after `、`) whose own figure comes
    before the figure at pos; the items before it name their own places, none of them the later items'."""
    return m.kind == "place" and m.subject and not m.comparison \
        and text[max(0, m.start - 1):m.start] == _LIST_MARK and _own_item_figure(text, m, pos)


def _own_item_figure(text: str, m: PlaceMention, pos: int) -> bool:
    """The place heads an item of a list, `天水麦积山大景区25万人次、`: its name, its figure, then the next item, all
    before pos."""
    return _ITEM_FIGURE.match(text, m.end, pos) is not None


def first_country_item(text: str, mentions: list[PlaceMention], k: int, pos: int) -> bool:
    """`远高于美国2%、日本1.3%、欧盟1.3%的经济增速`: a foreign country with the figure at pos right after it, followed by
    `、` and another foreign country with its own figure, is the first item of a list of countries' figures (after a
    comparison's verb too: each value is its country's, not the clause's topic's)."""
    m = mentions[k]
    if k + 1 >= len(mentions) or not _foreign(m) or pos - m.end > _ITEM_REACH or not BREAKDOWN_ITEM.match(text, m.end):
        return False
    nxt = mentions[k + 1]
    return _foreign(nxt) and pos < nxt.start <= pos + _NEXT_ITEM_REACH and text[nxt.start - 1] == _LIST_MARK \
        and BREAKDOWN_ITEM.match(text, nxt.end) is not None


def _foreign(m: PlaceMention) -> bool:
    return m.kind == "place" and m.subject and m.place is not None and m.place.level == _FOREIGN_LEVEL


def _heads_listed_count(text: str, m: PlaceMention, pos: int) -> bool:
    """`山西省太原、大同、长治3个市…`: the place is the first of places counted together (the others unread
    alone), so a figure at or after their count is the list's, not the first member's."""
    listed = _LISTED_BEFORE_COUNT.match(text, m.end) if m.end < pos else None
    return listed is not None and listed.start("count") <= pos


def _parallel_before(text: str, mentions: list[PlaceMention], k: int, lo: int, pos: int) -> bool:
    """`北京有…,上海有…,广州有…,4个一线城市`: clauses before the figure's own, each opened by an unrelated place,
    are parallel examples; the figure after them is none of theirs."""
    own = max(text.rfind(c, lo, pos) for c in (",", "，"))
    m = mentions[k]
    if m.kind != "place" or m.place is None or m.start > own \
            or any(b in text[m.end:pos] for b in _OPENING_BRACKETS):
        return False  # the place opens the figure's own clause, or heads its bracket (`市中区(直办3718件,转办…`)
    opened = max(text.rfind(c, lo, m.start) for c in (",", "，"))  # the comma clause the place opens
    if not any(c in text[m.end:own] for c in (",", "，")) and _BARE_CHANGE.match(text, own + 1):
        return False  # `…,珠山区完成零售额105.38亿元,同比增长5.1%`: the change of the clause right before, the place's
    g = gazetteer()
    mine = _ancestry(g, m.place)
    for j in range(k - 1, -1, -1):
        other = mentions[j]
        if other.start < lo:
            break
        if other.start > opened:
            continue  # `腾冲市界头镇`: a chain within the place's own clause
        if other.kind != "place" or other.place is None or not other.subject:
            continue
        if text[other.start - 1:other.start] == _LIST_MARK:
            continue  # `广东对东盟、美国、欧盟等…进出口`: a later item of a list its head decides (here a partner)
        if other.place.name not in mine and m.place.name not in _ancestry(g, other.place) \
                and is_topic(text, other, lo):
            return True
    return False


def _own_bracket_closed(text: str, end: int, pos: int) -> bool:
    """`忠信镇(225宗)、县人社局(154宗)`: a place with its figure in brackets right after it heads only that
    bracket, not the items after it."""
    if text[end:end + 1] not in _OPENING_BRACKETS:
        return False
    close = min((i for i in (text.find(c, end, pos) for c in ")）") if i != -1), default=-1)
    return close != -1 and any(ch.isdigit() for ch in text[end:close])  # not a note: `环翠区(含高区)22例`


def _listed_far(text: str, m: PlaceMention, pos: int) -> bool:
    """A place after `、` heads its item only when its figure follows it closely (`乐清市16例、瑞安市11例`), not
    in a list of things (`意大利…、韩国兄弟等国际先进设备4000余台`), and a landmark never does."""
    if text[max(0, m.start - 1):m.start] != _LIST_MARK:
        return False
    if text[m.start:m.end] in gazetteer().landmarks:
        return True  # `、萧山国际机场60公里`: a thing with a place, not a breakdown by place
    if _EXAMPLE_LIST_END.fullmatch(text, m.end, pos):
        return True  # `、平江幕阜山等6处`: the place begins an example's name; the count is the list's
    return pos - m.end > _ITEM_REACH and text[m.end:m.end + 1] not in _OPENING_BRACKETS  # `、市中区(直办3718件`


def region_of(place: Place | None) -> str | None:
    """The region written in a fact (a group of places or an unknown one is none); a district named only `城区`
    (three are) is written with its city's name (`阳泉市城区`), which names it alone."""
    if place is None or place is GROUP or not place.name:
        return None
    if place.name in _GENERIC_DIVISIONS:
        city = gazetteer().by_code.get(place.parent or "")
        return city.name + place.name if city is not None else None
    return place.name


def in_aside(text: str, pos: int, end: int | None = None) -> bool:
    """pos sits inside a bracket opened shortly before it; with the place's end, not as a list item with its own
    figure (`(城厢区1例)` is a breakdown, `(其中无锡重点督办事项74件)` an aside)."""
    if end is not None and BREAKDOWN_ITEM.match(text, end):
        return False
    return inside_bracket(text, max(0, pos - _LOOKBACK), pos)
