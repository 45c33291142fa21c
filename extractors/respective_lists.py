"""What each figure of a list gets from the clause that spreads it: `分别` (said or not) over several numbers.

`城镇、农村居民人均可支配收入分别增长5%和6%` gives each number its own subject, direction, place and time; a run of
changes after levels told in order (`…42038元,…20366元,同比增长5.3%和6.4%`) takes the levels' items.
A spread maps a quantity's index to (subject, change, sign, place, time start).
"""

from __future__ import annotations

from itertools import pairwise
from os.path import commonprefix

from .aided_parts import previous_sentence
from .clause_bounds import subject_clause_start
from .clause_place_lists import places_listed_before
from .counted_place_lists import counted_places
from .figure_lists import changes_after_levels, earlier_levels, joined_run
from .gazetteer import gazetteer
from .industry_lists import industries_before, industries_opening
from .industry_names import comma_listed, split_whole
from .interleaved_shares import interleaved_share
from .lexicon import lexicon
from .list_heads import owner_over_earlier
from .list_owners import (
    flows_respectively,
    organisation_items,
    owners_listed_before,
    shares_respectively,
    topic_for_items,
)
from .list_subjects import (
    distributive,
    names_only_places,
    places_over,
    urban_rural_halves,
)
from .macro_list_items import macro_items_before, macro_places
from .measure_owners import opening_set
from .measure_qualifiers import compared_rate, qualifier_shared
from .mention import Mention
from .periods import time_mentions
from .place_words import breakdown_place
from .quantities import UNIT_KINDS, Quantity
from .subjects import GENERIC, LIST_SPLIT, MEASURE_OF_PREVIOUS, SHARE_OF_PREVIOUS, clean_subject
from .time_forms_relative import after_baseline_word
from .trade_lists import partners_before, traded_items

_LEX = lexicon()
CHANGE_UNITS = tuple(unit for unit, kind in UNIT_KINDS.items() if kind in ("percent", "point", "times"))
_RATE_ITEM_MAX = 4  # characters of the first item of rates listed with `分别` unsaid (`机播`, `城镇`)
_PERCENT = next(unit for unit, kind in UNIT_KINDS.items() if kind == "percent")
RESPECTIVELY = _LEX.words("respectively")[0]
_PAIR_MEASURE = _LEX.compile("unsaid_pair_measure")
_SHARED_SCOPE = _LEX.compile("list_shared_scope")  # `城镇私营企业和个体工商户…`: 城镇 is both items'
_SCOPED_ITEM = _LEX.compile("list_scoped_item")
_FIRM_SCOPE = _LEX.compile("list_shared_firm_scope")  # `规模工业增加值、产值…`: the set of firms is both items'
_BARE_FIRM_MEASURE = _LEX.compile("list_bare_firm_measure")
_SHARED_MEASURE_MIN = 2  # characters of the measure levels listed with `分别` unsaid share (`…产量`)
_SHARED_OPENING = 2  # characters a later item shares with the first item's measure, after the first's owner
_RANKING_END = _LEX.compile("(?<=\\p{Han}{2}){ranking_frame}$")
_LIST_VERB = tuple(_LEX.table("ranking_frame", "list_verbs"))
_SHARE_OF = _LEX.words("funded_share")[1]  # `占`: a share named with its whole, 高新技术产业产值(占规模以上工业)
_COMPARED = _LEX.compile("comparison_head")  # `比世界平均水平分别高…`: a base, no measure
_MIN_SHARED = 2  # characters of the measure a list's items share (`投资`)
_ITEM_MAX = 8  # characters of an item a list before named (`同城`, `国际/港澳台`)
_JOINERS = tuple(_LEX.words("list_joiner"))
_STATE_BEFORE = _LEX.compile("{list_state_before_respectively}")
_EXISTENTIAL_LEAD = _LEX.compile("existential_list_lead")
_ITEM_MARK = _JOINERS[0]  # `、`: between a list's items, never inside a name
_BASE = _LEX.compile("change_base_said")  # `同比增长23.6%,环比增长9.3%`: one measure's changes over two bases

Spread = dict[int, tuple]


def list_spread(text: str, start: int, clause: int, raw: str, quantities: list[Quantity], i: int,
                mentions: list[Mention], change: bool, sign: int) -> Spread:
    """The spread that the clause before quantity i opens over it and the numbers joined to it (empty if none)."""
    if (share := interleaved_share(raw, mentions, quantities[i].unit,
                                   lambda: len(joined_run(text, quantities, i)))) is not None:
        return {i: (share, change, sign, None, None)}  # `分别占省下达计划的142.2%、市下达计划的136.5%`
    if RESPECTIVELY in raw:
        return _respectively(text, start, clause, raw, quantities, i, mentions, change, sign)
    if change and (paired := _paired_unsaid(text, raw, quantities, i)):
        times = [tm.start for tm in time_mentions(text, clause, clause + len(raw))]
        when = times[0] if len(times) == 1 and not after_baseline_word(text, times[0]) else None
        return {j: (sub, True, sign, None, when) for j, sub in paired}  # `A、B同比减少45%、54%`: 分别 unsaid
    if change and not clean_subject(raw) and len(run := joined_run(text, quantities, i)) >= 2 \
            and all(quantities[j].unit in CHANGE_UNITS for j in run) \
            and len({quantities[j].unit for j in run}) == 1 \
            and not any(_BASE.search(text, quantities[a].end, quantities[b].start) for a, b in pairwise(run)) \
            and (levels := earlier_levels(mentions, start, len(run))):
        # `城镇居民…42038元,农村居民…20366元,同比增长5.3%和6.4%`: 分别 unsaid, the levels' items in order; a rate
        # then a move of that rate (`增长17.2%,较上月提升2.8个百分点`) is one measure's, no such pair, and so are changes over
        # two bases (`同比增长23.6%,环比增长9.3%`, kinds65 Shantou)
        return {j: (sub, True, sign, None, None) for j, sub in zip(run, levels, strict=True)}
    # the subject test first: joined_run walks the whole run, for every figure of a long run of figures
    if not change and (halves := urban_rural_halves(clean_subject(raw))) \
            and len(run := joined_run(text, quantities, i)) == 2 \
            and quantities[run[0]].unit == quantities[run[1]].unit not in CHANGE_UNITS:
        # `城乡居民收入27306元、8929元`: two levels of 城乡, 分别 unsaid, are the urban one and the rural one
        return {j: (sub, False, sign, None, None) for j, sub in zip(run, halves, strict=True)}
    if not change and (paired := _paired_unsaid(text, raw, quantities, i, levels=True)):
        return {j: (sub, False, sign, None, None) for j, sub in paired}  # `城镇和农村居民…44178元、25396元`
    return {}


def _paired_unsaid(text: str, raw: str, quantities: list[Quantity], i: int,
                   levels: bool = False) -> list[tuple[int, str]]:
    """`进口、出口整体通关时间比上年压缩56.36%和61.19%`, `会议和党委文件同比减少45%、54.25%`: a clause that lists as
    many items as the changes of one unit joined after its direction word gives them in order, `分别` unsaid; a
    clause naming one measure (`城乡居民收入增长…`, `进出口…`) is no list here. With `levels`, the same of levels
    (`城镇和农村居民人均可支配收入44178元、25396元`, kinds64 Xiangtan)."""
    head = clean_subject(raw)
    if not head or len(LIST_SPLIT.split(head)) < 2:
        return []
    run = joined_run(text, quantities, i)
    if len(run) < 2 or len({quantities[j].unit for j in run}) != 1 \
            or not levels and quantities[i].unit not in CHANGE_UNITS \
            or levels and quantities[i].unit in CHANGE_UNITS and quantities[i].unit != _PERCENT:
        return []  # levels in percent are rates a clause lists (`机播、机收机械化程度…97.1%和87.5%`)
    items = distributive(head, len(run))
    named = [clean_subject(x) for x in split_whole(head, LIST_SPLIT)]
    if items and len(named) == len(run) and items[0] != named[0] \
            and (_PAIR_MEASURE.search(named[0]) or not _PAIR_MEASURE.search(items[0][len(named[0]):])):
        items = named  # `会议和党委文件…`: no measure shared, each item is its own thing; `森林覆盖率和…覆盖度`: its own
    if not items or len(set(items)) != len(run) or not all(items):
        return []
    if levels and len(commonprefix([x[::-1] for x in items])) < _SHARED_MEASURE_MIN:
        return []  # `烟尘、二氧化硫、氮氧化物排放约为…`: levels of items sharing no measure are no such list
    if levels and quantities[i].unit == _PERCENT and len(named[0]) > _RATE_ITEM_MAX:
        return []  # rates of short items only (`机播、机收…`): a long first item's share of the tail is a guess
    return list(zip(run, [items[0], *(_first_owner(items[0], x) for x in items[1:])], strict=True))


def _first_owner(first: str, item: str) -> str:
    """`银联移动支付业务交易笔数和交易金额` → 银联移动支付业务交易金额: a later item that opens with words the first item
    names after its owner is that owner's too; `城镇私营企业和个体工商户就业人数` → 城镇个体工商户就业人数: the urban or
    rural scope the first item opens with is a later class of firms' too (lexicon `list_shared_scope`)."""
    at = first.find(item[:_SHARED_OPENING], 1) if len(item) > _SHARED_OPENING else -1
    if at >= _SHARED_OPENING and not item.startswith(first[:at]):
        return first[:at] + item
    return _scope_shared([first, item])[1]


def _scope_shared(items: list[str]) -> list[str]:
    """`城镇私营企业和个体工商户就业人数` → [城镇私营企业就业人数, 城镇个体工商户就业人数]: the urban or rural scope the
    first item opens with on each later class of firms named with no scope (lexicon `list_shared_scope`); the set of
    firms it opens with on each later bare measure (`规模工业增加值、产值` → 规模工业产值, `list_shared_firm_scope`)."""
    if items and (firms := _FIRM_SCOPE.match(items[0] or "")) is not None:  # `规模工业增加值、产值`: 规模工业产值
        items = [items[0], *(firms["scope"] + x if x and _BARE_FIRM_MEASURE.match(x) else x for x in items[1:])]
    scope = _SHARED_SCOPE.match(items[0] or "") if items else None
    if scope is None:
        return items
    return [items[0], *(scope["scope"] + x if x and _SCOPED_ITEM.match(x) else x for x in items[1:])]


def _respectively(text: str, start: int, clause: int, raw: str, quantities: list[Quantity], i: int,
                  mentions: list[Mention], change: bool, sign: int) -> Spread:
    run = joined_run(text, quantities, i)
    run, changes, change_sign = changes_after_levels(
        text, run, [(quantities[j].start, quantities[j].end) for j in run],
        [quantities[j].unit in CHANGE_UNITS for j in run], [quantities[j].unit for j in run])
    subjects, places = _items(text, start, clause, raw, mentions, len(run))
    if _unpaired(raw, subjects):
        subjects = [None] * len(run)  # `红果、板栗产量分别为…、…、…`: which number is whose is not said, no fact
    if not change and quantities[i].unit == "%":
        subjects = shares_respectively(raw, subjects, opening_set(text, start))  # `…分别占比2.6%、…`
    own_times = [tm.start for tm in time_mentions(text, clause, clause + len(raw))]
    baseline = any(after_baseline_word(text, t) for t in own_times)  # `分别比前三季度、1~8月…`
    own_times = own_times if len(own_times) == len(run) and not baseline else [None] * len(run)
    spread = {j: (sub, change, sign, pl, tm) for j, sub, pl, tm in zip(run, subjects, places, own_times, strict=False)}
    spread.update({j: (sub, True, change_sign, pl, None)  # `…,增长8.2%和8.8%`: the same items' changes
                   for j, sub, pl in zip(changes, subjects, places, strict=False)})
    return spread


def _items(text: str, start: int, clause: int, raw: str, mentions: list[Mention], n: int) -> tuple[list, list]:
    """The n subjects and places a `分别` clause lists, in order."""
    raw, rate = compared_rate(raw)  # `…及交易金额较3月日均涨幅分别…`: each item's growth
    subjects, places = _listed(text, start, clause, raw, mentions, n)
    if rate and _joined_name_opens(raw):  # `新兴市场和发展中经济体增速分别…`: the group's own rate
        return [x + rate for x in subjects], places
    return ([x + rate if x else x for x in subjects], places) if rate else (subjects, places)


def _listed(text: str, start: int, clause: int, raw: str, mentions: list[Mention], n: int) -> tuple[list, list]:
    """The n subjects and places of a `分别` clause's items."""
    raw = _without_ranking(raw)
    if traded := traded_items(raw, n):  # `对欧盟、美国分别进出口…`: partners are no places of the figures
        return traded, [None] * n
    by_place = places_over(raw, n)
    if by_place:
        return [by_place[1]] * n, by_place[0]
    if (counted := counted_places(text, start, clause, raw.split(RESPECTIVELY)[0], n)) is not None:
        return [clean_subject(counted[1])] * n, counted[0]  # `松原和白城两地…，两地旅游总收入分别…`
    head = clean_subject(raw.split(RESPECTIVELY)[0])
    end = max(start, clause - 1)
    before = text[subject_clause_start(text, start, end, list_marks=False):end]
    if not head and (state := _STATE_BEFORE.search(text, start, clause)) is not None \
            and LIST_SPLIT.search(clean_subject(before[:len(before) - (clause - state.start())])):  # not `各县(市、区)`
        # `…等7个行业完成…比例均超过序时进度,分别是79%、…`: the list and its measure the clause before states
        raw = text[subject_clause_start(text, start, state.start(), list_marks=False):state.start()] + raw
        raw = _EXISTENTIAL_LEAD.sub("", raw, count=1)  # `增长较快的有兴宁市、…`: the items, not what they are
        head = clean_subject(raw.split(RESPECTIVELY)[0])
    items = None if _joined_name_opens(raw) else distributive(raw, n)
    items = _scope_shared(organisation_items(qualifier_shared(flows_respectively(raw, items)))) if items \
        else comma_listed(text[start:clause], head, n)  # `采矿业,制造业,电力、…供应业分别…`
    subjects = (topic_for_items(items) if items else None) or industries_opening(text[start:clause], head, n) \
        or industries_before(previous_sentence(text, 0, start), head, n) or (
        None if head else earlier_levels(mentions, start, n)) or _of_earlier(head, raw, mentions, start, n) \
        or macro_items_before(head, mentions, start, n) \
        or owners_listed_before(before, head, n) or partners_before(before, head, n) \
        or owner_over_earlier(head, earlier_levels(mentions, start, n)) \
        or _items_of_earlier(text, head, raw, mentions, (start, clause), n) \
        or [head] * n  # `…制造业、…制造业，投资分别增长…`; `…，中央和国家机关分别压缩…`
    bare = places_over(raw, n, bare=True)  # `四川和重庆分别为…和…`
    if bare:  # `兴宁市、蕉岭县和丰顺县,分别增长…`: places only, the measure in force (figure_reader._placed_item)
        return ([None] * n if names_only_places(head) else subjects), bare[0]
    said = text.find(RESPECTIVELY, clause, clause + 2 * len(raw) + len(RESPECTIVELY))  # raw may be cut shorter
    if len(set(subjects)) == 1 and said != -1 and (listed := places_listed_before(text, start, clause, said, n)):
        return subjects, listed  # `酒泉、定西排名第二和第三,GDP增速分别为…`: one measure over the places before
    return subjects, macro_places(subjects) or [_first_item_place(raw, n)] * n


def _unpaired(raw: str, subjects: list[str]) -> bool:
    """`苹果…红果、板栗产量分别为1.37万吨、1.38万吨、0.2万吨`: every item was given one name, though the clause lists
    (by `、`, counting an item cut away before a leading `、`) more or fewer names than there are numbers: no item
    can be paired with its number."""
    written = raw.split(RESPECTIVELY)[0].strip()
    if len(subjects) < 2 or len(set(subjects)) != 1 or _ITEM_MARK not in written:
        return False
    return len(written.split(_ITEM_MARK)) != len(subjects)  # a leading `、`: an item before the clause, cut away


def _joined_name_opens(raw: str) -> bool:
    """`新兴市场和发展中经济体增速分别…`: one place's name with a joiner inside opens the clause, no list of items."""
    m = gazetteer().scanner.match(raw)
    return m is not None and any(j in m[2] for j in _JOINERS)


def _first_item_place(raw: str, n: int) -> str | None:
    """`…增幅前五位的地区分别是临夏38.5%、天水30.4%…`: a place alone between `分别是`/`分别为` and the one number the
    spread holds is the first item of a list of places each named with its own figure: that item's place."""
    if n != 1:
        return None
    rest = raw.partition(RESPECTIVELY)[2]
    rest = rest[1:] if rest.startswith(_LIST_VERB) else rest
    return breakdown_place(rest) if rest else None


def _without_ranking(raw: str) -> str:
    """`游客增幅前五位的地区分别是甲市…、乙市…` → `游客增幅分别是…`: a ranking's frame before a `分别` list of the
    places ranked is cut, each figure is the measure's (ranking_frame)."""
    written, _, rest = raw.partition(RESPECTIVELY)
    if not rest.startswith(_LIST_VERB) or (m := _RANKING_END.search(written)) is None:
        return raw
    return written[:m.start()] + RESPECTIVELY + rest


def _items_of_earlier(text: str, head: str, raw: str, mentions: list[Mention], span: tuple[int, int],
                      n: int) -> list[str] | None:
    """`同城、异地、国际快递业务量分别占…;业务收入分别占…`: a measure named alone, no list and no base of its own, spread
    over as many figures as the list just before it in its sentence, goes in order to that list's items, each as the
    sentence wrote it (`战略性新兴产业、…装备制造业增加值…`: 战略性新兴产业, not 战略性新兴产; kinds67a, kinds67c)."""
    start, clause = span
    levels = earlier_levels(mentions, start, n)
    if not head or levels is None or _ITEM_MARK in raw.split(RESPECTIVELY)[0] or _COMPARED.match(head):
        return None
    shared = commonprefix([x[::-1] for x in levels])[::-1]
    cut = len(levels[0]) - len(shared)
    own = next((k for k in range(len(shared) - _MIN_SHARED, 0, -1)
                if any(text.find(levels[0][:cut + k] + joiner, start, clause) != -1 for joiner in _JOINERS)), 0)
    shared = shared[own:]  # the items' own last words (`产业`, `地区`) are no part of the measure they share
    items = [x[:len(x) - len(shared)] for x in levels]
    if len(shared) < _MIN_SHARED or not all(items) or any(len(item) > _ITEM_MAX for item in items) or head in shared:
        return None
    return [item + head for item in items]


def _of_earlier(head: str, raw: str, mentions: list[Mention], start: int, n: int) -> list[str] | None:
    """`鲜果和鲜菜价格分别下降…,降幅分别扩大4.4和3.6个百分点`: a generic word or a measure of the figures before
    (`降幅`, `两年平均`, as written) spread over them goes, in order, to the items the sentence just listed."""
    written = raw.split(RESPECTIVELY)[0]
    if (share := SHARE_OF_PREVIOUS.fullmatch(written)) and share["within"]:  # `…，在规模以上工业中的占比分别…`
        levels = earlier_levels(mentions, start, n)
        return None if levels is None else [f"{x}({_SHARE_OF}{share['within']})" for x in levels]
    if not head or not (generic := GENERIC.match(head)) and not MEASURE_OF_PREVIOUS.fullmatch(head):
        return None
    head = written if not generic and MEASURE_OF_PREVIOUS.fullmatch(written) else head  # 两年平均, not 两年
    levels = earlier_levels(mentions, start, n)
    return None if levels is None else [f"{x}{head}" if generic else f"{x}({head})" for x in levels]
