"""A list's subject spread over its figures: the places a `分别` list names once before its figures (`长春、吉林两市
地区生产总值分别为…和…` → 长春市, 吉林市) and the items that share one measure (`蛋鸡、黑猪饲养量` → 蛋鸡饲养量, 黑猪饲养量)."""

from __future__ import annotations

import regex

from .industry_lists import industries_short, ordinal_items, without_count_class
from .industry_names import split_whole
from .lexicon import lexicon
from .list_heads import head_shared
from .list_item_names import item_name
from .list_leads import shared_lead, with_lead
from .numbers import parse_number
from .place_words import county_after, place_name
from .subjects import (
    _ATTRIBUTIVE,
    _ETC,
    _QUOTES,
    _RESPECTIVELY,
    _URBAN_RURAL,
    ENUMERATION_COMMA,
    LIST_SPLIT,
    RATE_WORD,
    clean_subject,
    overlap_joined,
)

_LEX = lexicon()
_PLACE_COUNT = _LEX.compile("place_count")
_HALVES = tuple(_LEX.table("urban_rural", "halves"))
_TRADE = _LEX.words("trade_halves")[0]
_TRADE_HALVES = tuple(_LEX.table("trade_halves", "halves"))
_SHARED_BY_ITEMS = _LEX.compile("shared_by_items")
_ITEM_MEASURE = _LEX.compile("shared_item_measure")
_LIST_MEASURE = _LEX.compile("list_shared_measure")
_COMMA = regex.compile(regex.escape(ENUMERATION_COMMA))
_LIST_CLASS = _LEX.compile("list_shared_class")
_NO_MEASURE = _LEX.compile("list_item_without_measure")
_INDUSTRY_END = _LEX.compile("industry_name_end")
_OWN_MEASURE = _LEX.compile("list_item_own_measure")
_TRADE_FLOW = _LEX.compile("list_shared_trade_flow")
_OPEN_BAND = _LEX.compile("list_open_band")
_TOPIC_FILLER = _LEX.compile("topic_filler")
_GRADE = _LEX.compile("graded_category")
_GRADED_HEAD = _LEX.compile("graded_list_head")
_CADRE_GRADE = _LEX.compile("cadre_grade")
_GRADED_SET = _LEX.compile("graded_set_opening")
_JOINED_CLASSES = _LEX.compile("etc_joined_classes")
_SHARE_TAIL = _LEX.compile("list_share_tail")
_LEVEL_RUN, _LEVEL_MARK = _LEX.compile("level_run"), _LEX.table("level_run", "level_mark")
_CLASS_END = _LEX.compile("(?:{list_shared_class})$")
_PAIRED_COUNT = _LEX.compile("paired_count_measure")
_SHARED_WHEN_SHORTER = 4  # characters: a measure shared by items no shorter than the last one's name is a compound


def graded_noun(text: str, noun: str, noun_end: int) -> str:
    """`32个省级、316个地市级反诈骗中心` → 省级反诈骗中心: a count's noun that is only a grade takes the things the
    list's last grade names (see graded_list_head)."""
    if not _GRADE.fullmatch(noun) or (m := _GRADED_HEAD.match(text, noun_end, noun_end + 60)) is None:
        return noun
    return noun + m["head"]


def graded_member(text: str, start: int, end: int, subject: str) -> str:
    """`受处分的干部中,县处级58人,乡科级及以下900人` → 乡科级及以下干部: a subject that is only a cadre's grade counts
    the people the sentence's set opening names before it (see graded_set_opening), not a grade."""
    if not _CADRE_GRADE.fullmatch(subject):
        return subject
    found = list(_GRADED_SET.finditer(text, start, end))
    return subject + found[-1]["head"] if found else subject


def _leading_place(item: str) -> tuple[str, str] | None:
    """(place, rest) when the item opens with a place name (`长春`, `吉林两市地区生产总值`); in an address
    (`河北保定`) the innermost place."""
    for n in range(min(len(item), 8), 1, -1):
        if place := place_name(item[:n]):
            inner = _leading_place(item[n:])
            county = None if inner else county_after(place, item[n:])  # `湖北潜江`: the county in it
            return inner if inner else (county[0], item[n + county[1]:]) if county else (place, item[n:])
    return None


def places_over(subject_raw: str, count: int, bare: bool = False) -> tuple[list[str], str] | None:
    """`长春、吉林两市地区生产总值分别为…和…` → ([长春市, 吉林市], 地区生产总值); with `bare`, places that name no
    subject of their own too (`四川和重庆分别为…和…`: the measure is the clause's before)."""
    head = _QUOTES.sub("", subject_raw.split(_RESPECTIVELY)[0])
    head = head[max(head.rfind(","), head.rfind("，")) + 1:]
    if _ATTRIBUTIVE in head and not _leading_place(head):
        head = head[head.rfind(_ATTRIBUTIVE) + 1:]  # `增速较快的海南、福建分别…`: the places after a modifier
    items = [x for x in LIST_SPLIT.split(head) if x]
    found = [_leading_place(x) for x in items]
    if len(found) != count or count < 2 or not all(found):
        found = _places_in_turn(head[_TOPIC_FILLER.match(head).end():])
        if len(found) != count or count < 2:
            return None  # `今年尼日利亚和南非经济…`, `肯尼亚和埃及…`: a time before them, a joiner inside a name
        items = [""] * count
    kind = _PLACE_COUNT.match(found[-1][1])
    places = [place for place, _ in found]
    if kind:  # `长春、吉林两市`: 吉林 is the city here, not the province
        places = [place_name(item[:len(item) - len(rest)] + kind["kind"]) or place
                  for item, (place, rest) in zip(items, found, strict=True)]
    subject = clean_subject(found[-1][1][kind.end():] if kind else found[-1][1])
    return (places, subject) if len(subject) >= 2 or (bare and not subject) else None


def _places_in_turn(head: str) -> list[tuple[str, str]]:
    """`肯尼亚和埃及经济增速` → [(肯尼亚, …), (埃及, 经济增速)]: places joined one after another, read name by name
    (the 及 of 埃及 joins nothing); the rest after the last is the measure."""
    found, rest = [], head
    while (hit := _leading_place(rest)) is not None:
        found.append(hit)
        joiner = LIST_SPLIT.match(hit[1])
        if joiner is None:
            break
        rest = hit[1][joiner.end():]
    return found


def names_only_places(head: str) -> bool:
    """`蕉岭县和丰顺县`: nothing but places joined one after another, no measure after them."""
    found = _places_in_turn(head)
    return bool(found) and not found[-1][1]


def urban_rural_halves(subject: str) -> list[str] | None:
    """`城乡居民收入` → [`城镇居民收入`, `农村居民收入`]: 城乡 is its two halves, in this order; else None."""
    if not subject.startswith(_URBAN_RURAL) or len(subject) <= len(_URBAN_RURAL):
        return None
    return [half + subject[len(_URBAN_RURAL):] for half in _HALVES]


def trade_halves(subject: str) -> list[str] | None:
    """`进出口平均通关时间` → [`进口平均通关时间`, `出口平均通关时间`]: 进出口 is its two halves, in this order; else None."""
    if _TRADE not in subject:
        return None
    return [subject.replace(_TRADE, half, 1) for half in _TRADE_HALVES]


def distributive(subject_raw: str, count: int) -> list[str] | None:
    """`蛋鸡、黑猪饲养量` for two numbers → [`蛋鸡饲养量`, `黑猪饲养量`]."""
    head = subject_raw.split(_RESPECTIVELY)[0]
    if industries := industries_short(head, count) or ordinal_items(head, count):
        return industries
    if levels := _levels(head, count):
        return levels
    head = without_count_class(head, count)
    items = [x for x in (item_name(x) for x in split_whole(head, LIST_SPLIT)) if x]
    if len(items) != count:  # `汽车及零部件产业、食品产业增加值`: 及 inside an item, 、 between them
        items = [x for x in (item_name(x) for x in split_whole(head, _COMMA)) if x]
    if len(items) != count:  # `…沿线国家、欧盟、东盟实际投入金额`: partners that read as places alone, named whole
        items = [x for x in split_whole(clean_subject(head), _COMMA) if x]
    if count == 2 and len(items) == 1 and (halves := urban_rural_halves(items[0]) or trade_halves(items[0])):
        return halves  # `城乡居民人均可支配收入分别增长…和…`, `进出口通关时间分别压缩…和…`
    if len(items) != count or count < 2:
        return None
    lead, items = shared_lead(items)  # `进口天然气、原油…贸易额`: 进口 is every item's
    if (borrowed := _borrowed_from_next(items)) is not None:
        return with_lead(lead, borrowed)
    first, last = items[0], items[-1]
    if _ETC in last:  # `生物、新能源等战略性新兴产业投资`: the class after 等 is what each one measures
        tail = _class_after_etc(last[last.index(_ETC) + 1:])
        return [x.split(_ETC)[0] + tail for x in items]
    if _ATTRIBUTIVE in last:  # `博物馆、…、历史文化街区的游客比例`: what follows 的 is what each one measures
        tail = last[last.rindex(_ATTRIBUTIVE):]
    elif _whole_names(first, last):
        tail = ""  # `纺织业和汽车制造业分别增长…`: two industries named whole, no measure shared (not 纺织业造业)
    elif (band := _OPEN_BAND.search(last)) is not None:
        tail = last[band.end():]  # `0-17岁、…、60岁及以上户籍人口`: what follows the open band is what each counts
    else:
        tail = last[len(first):] if len(last) > len(first) + 1 else ""
        while len(tail) > 2 and first.endswith(tail[0]):
            tail = tail[1:]  # `豆油、菜籽油价格`: 油 ends the last item's own name, 价格 is what each measures
        tail = _class_kept(first, last, _known_tail(first, last, tail))
        if _OWN_MEASURE.search(first) and _OWN_MEASURE.search(tail):
            tail = ""  # `固定资产投资、一般公共预算收入`: each item names its own measure, none is shared
        elif _NO_MEASURE.search(tail) and not _LIST_CLASS.fullmatch(tail):
            tail = ""  # `计算机电子、铁路船舶航空航天业`: a tail ending a name is the last item's own (never 计算机电子空航天业)
    if not tail and (flow := _TRADE_FLOW.search(last)) and not any(_TRADE_FLOW.search(x) for x in items[:-1]):
        tail = flow[0]  # `塑料制品、箱包、家具出口`: goods named as long as the last one's name share its flow
    if (share := _SHARE_TAIL.search(last)) and not tail.endswith(share[0]) and not _SHARE_TAIL.search(first):
        tail = share[0]  # `检验收入、卫生材料和药费占比`: each item's share, even of an item naming its own measure
    return with_lead(lead, head_shared(_paired_counts([x if x.endswith(tail) else x + tail for x in items])))


def _borrowed_from_next(items: list[str]) -> list[str] | None:
    """`城市、县城污水处理率和地级城市污泥无害化处理处置率` for three numbers: a later item that names its own measure
    (`县城污水处理率`) lends its measure to the bare items before it (城市污水处理率), the last item keeps its own; None
    unless a middle item names a measure the last one does not end with."""
    first = items[0]
    middle = [x for x in items[1:-1] if len(x) > len(first) + 1 and _OWN_MEASURE.search(x)]
    if len(items) < 3 or not middle or len(first) > _SHARED_WHEN_SHORTER or items[-1].endswith(middle[0][len(first):]):
        return None
    out, lender = [], None
    for x in reversed(items):
        if lender is not None and len(x) <= _SHARED_WHEN_SHORTER and not _OWN_MEASURE.search(x):
            x += lender[len(x):]
        elif len(x) > len(first) + 1 and _OWN_MEASURE.search(x):
            lender = x
        out.append(x)
    return out[::-1]


def _paired_counts(items: list[str]) -> list[str]:
    """`批捕非法采矿案件人数`, `案件数` → the later count word is the first item's too (paired_count_measure)."""
    first = _PAIRED_COUNT.search(items[0])
    if first is None or first.start() < 2:
        return items
    thing = items[0][:first.start()]
    return [items[0]] + [overlap_joined(thing, x, least=1) if _PAIRED_COUNT.fullmatch(x) else x for x in items[1:]]



def _levels(head: str, count: int) -> list[str] | None:
    """`省市县三级申请材料` for three numbers → [省级申请材料, 市级申请材料, 县级申请材料] (level_run)."""
    m = _LEVEL_RUN.search(head)
    if m is None or not len(m["levels"]) == parse_number(m["n"]) == count:
        return None
    return [clean_subject(head[:m.start()] + level + _LEVEL_MARK + head[m.end():]) for level in m["levels"]]


def _class_after_etc(tail: str) -> str:
    """What each example before `等` takes from the words after it: the class and measure (`战略性新兴产业投资`), but
    of two classes joined (`新材料和电子产品增速`: each example is one or the other) only the measure, if any."""
    if not _JOINED_CLASSES.search(tail):
        return tail
    measure = _LIST_MEASURE.search(tail) or RATE_WORD.search(tail)
    return measure[0] if measure else ""


def _whole_names(first: str, last: str) -> bool:
    """`纺织业`, `汽车制造业`: a first and a last item ending alike in a name's end (list_item_without_measure), or both
    in an industry's (`…业`, `卫生和社会工作`: industry_name_end), are whole names of the same kind; the last names no
    measure for the others."""
    a, b = _NO_MEASURE.search(first), _NO_MEASURE.search(last)
    return a is not None and b is not None and a[0] == b[0] \
        or _INDUSTRY_END.search(first) is not None and _INDUSTRY_END.search(last) is not None  # `…业、卫生和社会工作`


def _class_kept(first: str, last: str, tail: str) -> str:
    """`集成电路、生命健康产业主营业务收入`: a class word right before the tail guessed from the first item's length
    (`主营业务收入`) is shared too (集成电路产业…), unless the first item ends in a class or a name's end of its own
    (`高技术制造业、战略性新兴产业增加值`: never 高技术制造业产业增加值)."""
    if not tail or not last.endswith(tail) or (cls := _CLASS_END.search(last[:-len(tail)])) is None \
            or first.endswith(cls[0]) or _NO_MEASURE.search(first) or len(cls[0]) >= len(last) - len(tail):
        return tail
    return cls[0] + tail


def _known_tail(first: str, last: str, guessed: str) -> str:
    """The shared measure a list's last item ends with (`液化石油气价格` → 价格), where the tail guessed from the first
    item's length cuts the measure (`加值`) or a name (`石油气价格`); a class word before it stays (`居民…`, `产业…`),
    unless the first item ends with it already (`民营企业与外商投资企业进出口额`: never 民营企业企业…), and a first item
    naming a measure of its own (`销售收入、…产值`: no tail guessed) is left alone."""
    m = _LIST_MEASURE.search(last)
    if m is None or m.start() == 0 or guessed == m[0] or (
            not guessed and not _NO_MEASURE.search(first)
            and (_OWN_MEASURE.search(first) or len(m[0]) < _SHARED_WHEN_SHORTER)):
        return guessed  # no tail guessed when the last item is no longer than the first: a compound measure is
        # shared (`…沿线国家、欧盟、东盟实际投入金额`) unless the first names its own; a word (`跨境直接投资`) is the item's
    word = guessed[:-len(m[0])] if guessed.endswith(m[0]) else ""
    return guessed if _LIST_CLASS.fullmatch(word) and not first.endswith(word) else m[0]


def items_sharing(clause: str) -> list[str] | None:
    """`大米、面粉价格均与上周持平` (the clause up to its figure) → [`大米价格`, `面粉价格`]: each item of a list has
    the one figure that follows `均`; None when the clause is no such list."""
    m = _SHARED_BY_ITEMS.search(clause)
    if m is None:
        return None
    head = m["head"]
    count = len([x for x in LIST_SPLIT.split(head) if x])
    items = distributive(head, count)
    if not items or any(len(x) < 2 for x in items):
        return None
    named = [clean_subject(x) for x in LIST_SPLIT.split(head) if x]
    if items != named and (len(items[-1]) - len(named[0]) > 3 or any(len(x) > 4 for x in named[:-1])):
        return None  # a measure shared by short names only (`豆油、菜籽油价格`): a longer one is a guess
    alike = len({x[-1] for x in items}) == 1 or all(_ITEM_MEASURE.search(x) for x in items)
    return items if alike else None
