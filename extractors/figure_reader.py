"""Reading a sentence's figures in turn: each quantity's subject, from its clause and what the figures before left.

A figure's subject is the clause text before the number (or the noun after a count: `实施48个民生项目`), cleaned
by subjects.py; a list spread (`分别`) gives each number its own; a subject left empty or generic (`增长41%`,
`总额`) is inherited from the previous figure; a place alone (`(吉林36例,…)`) is a breakdown of the previous
figure; the owner, topic, holder and `其中` whole that a sentence opens carry to the figures after it.
"""

from __future__ import annotations

from dataclasses import replace

from .acted_parts import acted_part
from .all_in_place import place_holding_all
from .bracketed_plans import bracketed_plan
from .breakdown_items import (
    _breakdown_item,
    shares_listed_count,
)
from .case_parts import bracketed_origin, bracketed_severity, case_part
from .clause_bounds import subject_clause_start
from .excluded_effects import without_excluded
from .figure_direction import _DIR_END, _sign, month_on_month, view_openings
from .figure_items import FigureItems
from .figure_naming import FigureNaming
from .figure_nouns import FigureNouns
from .figure_state import Figure, clause_direction
from .funded_parts import funded_part
from .goods_flows import Flow, goods_flow
from .group_parts import group_part
from .held_subjects import HeldSubjects
from .homonym_districts import headed_district
from .index_parts import sub_index_part
from .led_subjects import kind_part, sized_part, threshold_part
from .lexicon import lexicon
from .list_heads import owner_part
from .macro_list_items import macro_run_item
from .measure_owners import (
    bracket_owner,
    counted_set,
    opens_shared_bracket,
)
from .measure_qualifiers import averaged_base
from .mention import Mention
from .offence_parts import offence_part
from .part_bodies import body_of_part
from .point_changes import point_subject
from .pulled_figures import pull_act, pulled
from .purpose_scopes import for_purpose
from .quantities import UNIT_KINDS, Quantity
from .ranked_items import ranked_item
from .respective_lists import list_spread
from .sentence_owners import sentence_owner
from .sentences import inside_bracket
from .share_counts import bracketed_item_share, changed_measure, share_counted
from .shared_items import each_item, items_sharing
from .shared_place_counts import places_sharing
from .sub_accounts import sub_account
from .subject_checks import bounded_subject, class_of_examples, trimmed_cut
from .subjects import clean_subject, overlap_joined, without_measure_tail
from .trend_subjects import record_measure, top_measure, trend_subject
from .unit_named_levels import in_second_unit

_LEX = lexicon()
_TIMES = next(unit for unit, kind in UNIT_KINDS.items() if kind == "times")
_MONTH_ON_MONTH = _LEX.words("month_on_month")[0]
_MOM_TAIL = f"({_MONTH_ON_MONTH})"
_BASE_SAID = _LEX.compile("change_base_said")  # a change with its own base
_YEAR_ON_YEAR = _LEX.words("comparison_base")[0]  # `同比`
_CASE_ITEM = _LEX.compile_at("case_item_after")
_MONITORED_SET = _LEX.compile("monitored_set_after")
_COUNTED_SET_ACT = _LEX.compile("counted_set_act")
_DIVISIONS_COUNTED = _LEX.compile("divisions_counted_before_act")
_OF_WHICH = _LEX.words("of_which")[0]
_AMONG = _LEX.compile("counted_set_among")  # `899个开复工项目中，`: the parts after it are of that set
_AMONG_TAIL = _LEX.compile("counted_set_among_tail")
_TOLD_REACH = 240  # characters before a figure a breakdown's opening is looked for (bounded in run-on text)


class FigureReader(FigureNaming, FigureNouns, FigureItems, HeldSubjects):
    """The state carried from figure to figure through one sentence text[start:end]."""

    def __init__(self, text: str, start: int, end: int, heading: str, mentions: list[Mention], whole: str = ""):
        self.text, self.start, self.end = text, start, end
        self.mentions, self.listed = mentions, [False] * len(mentions)
        self.prev_end, self.prev_subject, self.heading = start, heading, heading
        self.owner: str | None = None
        self.topic: str | None = None
        self.population: str | None = None  # `在规模以上工业中，`: the set whose parts the figures are
        self.last_item, self.part, self.whole = False, bool(whole), whole  # `…户籍人口…。其中,城镇人口…`
        self.counted = None  # `落地项目633个、`: the set whose amounts may follow
        self.share_of: str | None = None  # the count a bare share just read is of (share_counts.py)
        self.counted_scope: tuple[int, str] | None = None  # `36个中心城市完成`: where the set's measure starts, the set
        self.last_count: tuple[str, str, str | None] | None = None  # `刊发185个专版、`: (subject, noun, unit)
        self.holder, self.holder_group, self.group, self.scanned = None, -1, start, start  # `德胜村共有443户，`
        self.spread: dict[int, tuple] = {}  # quantity index → (subject, change, sign, place, time) from `分别`
        self.spread_left = ""  # the clause that opened the last spread, before its first number
        self.flow: Flow | None = None  # `出口了口罩…，防护服…`: the verb a list's items share
        self.views = view_openings(text, start, end)  # `从环比看，`: the base the paragraph's changes are taken against
        self.mom_end = -1  # where the last change against the month before ended: the next bare change is one too
        self.budget: tuple[int, tuple[str, str]] | None = None  # a budget's amount: its end, how its share is told

    def read(self, i: int, q: Quantity, quantities: list[Quantity]) -> None:
        """Read quantity i of the sentence, adding its mention (if it is one)."""
        if q.modifier:
            if _MONITORED_SET.match(self.text, q.end - 1):  # `339个地级及以上城市平均…`: the measure after it starts
                self.prev_end = q.end                       # at its set's noun, not at the count
            elif (act := _COUNTED_SET_ACT.match(self.text, q.end - 1)) is not None:  # `36个中心城市完成…`
                self.prev_end, self.counted_scope = act.end(), (act.end(), act["set"])
            return
        if (counted := _DIVISIONS_COUNTED.match(self.text, q.end - 1)) is not None:  # `11个市累计报告…`: the reach
            self.prev_end = counted.end()
            return
        first = not self.mentions
        clause = subject_clause_start(self.text, max(self.start, self.prev_end), q.start, list_marks=False)
        left = self.text[clause:q.start]
        after_level = bool(self.mentions) and self.mentions[-1].kind == "level" and self.mentions[-1].unit == q.unit
        f = Figure(i, q, clause, left, *clause_direction(left, q.unit, after_level))
        self.prev_subject = changed_measure(f.change, q.unit, self.share_of, self.prev_subject)  # not `…占比`
        subject = self._listed_subject(f, quantities)
        if subject is None:
            return  # an item of a `分别` list whose names and numbers do not pair up
        subject = ranked_item(self.text, self.start, q.start, subject)  # `受理数量排名前三的分别是住房公积金650件`
        if not subject and f.change:   # `工业投资由负转正,增长2.7%`: the measure whose trend turned
            subject = trend_subject(self.text, max(self.start, self.prev_end), clause)
        elif not subject and self.prev_end > self.start:  # `…,对规上工业增速贡献率最高,达39.6%`: the measure ranked top
            subject = top_measure(self.text, self.prev_end, q.start)
        if not subject and not f.change:  # `…突破百万大关,达100.56万户`: the measure that passed the milestone
            subject = record_measure(self.text, max(self.start, self.prev_end), q.start)
        if subject and self.counted_scope and self.counted_scope[0] == f.clause:  # the measure the set's cities did
            subject = self.counted_scope[1] + subject
        f.spread = self.spread.get(i)
        shared = None if f.spread else places_sharing(self.text, max(self.start, self.prev_end), q.start)
        each = None if f.spread or shared else items_sharing(self.text, max(self.start, self.prev_end), q.start)
        item_place = shared[0] if shared else None if f.spread or shares_listed_count(
            self.text, self.text.rfind(f.raw, clause, q.start)) \
            else _breakdown_item(f.raw, _CASE_ITEM.match(self.text, q.start) is not None)
        item_place = headed_district(self.text, self.start, q.start, item_place) if item_place else item_place
        if item_place and self._run_of_changes(f):
            f.change, f.sign = True, self.mentions[-1].sign  # `…分别是临夏38.5%、天水30.4%`: the run's growth too
        if not f.change and q.unit == _TIMES:
            return
        subject = self._with_noun(f, subject)
        if subject is None:
            return  # `12个省份的51家单位`: the count says where the next figure's things are
        subject = self._held(f, self._named(f, subject), first)
        base_subject = subject or self.prev_subject
        subject = self._as_stated(f, subject, base_subject)
        subject = point_subject(subject, q.unit, self.text, self.start, q.start, self.mentions)
        subject = sentence_owner(subject, self.text, (self.start, self.end), f.clause, q.start, self.mentions)
        subject = without_excluded(subject, self.text, self.start, f.clause)  # `剔除猪肉价格影响后，CPI…`
        subject, place = self._item_place(f, subject, item_place)
        macro = None if place is not None else macro_run_item(f.raw, subject, q.unit, self.mentions,
                                                               self.text[max(self.start, q.start - _TOLD_REACH):q.start])
        subject = macro[0] if macro else subject  # `东部地区投资增长4.1%,中部地区增长9.5%`: the run's next macro-region
        budget = self._budget_named(f)  # `…累计完成…,完成年初预算数60999万元的40.4%`: the result's budget, its share
        added = len(self.mentions)
        self._add(f, budget[0] if budget else subject, place, base_subject)
        if macro and len(self.mentions) > added:  # its region, set after: the item is no breakdown of the figure before
            self.mentions[-1] = replace(self.mentions[-1], place=macro[1])
        if shared and place == item_place:  # `南阳市、商丘市各2例`: the count once more for each later place
            self._each_place(shared[1:])
        elif place and place == item_place and (inner := place_holding_all(self.text, q.end, place)):
            self._each_place([inner])  # `黑龙江13例,均在哈尔滨市`: the city's count too
        elif each and len(self.mentions) > added:  # `院长、副院长各1名`: the count once for each thing
            each_item(self.mentions, self.listed, each)
        self.prev_subject = budget[1] if budget else self.prev_subject  # what the change after them measures

    def _each_place(self, places: list[str]) -> None:
        last, listed = self.mentions[-1], self.listed[-1]
        for place in places:
            self.mentions.append(replace(last, place=headed_district(self.text, self.start, last.start, place)))
            self.listed.append(listed)

    def _listed_subject(self, f: Figure, quantities: list[Quantity]) -> str:
        """The subject a list spread gives the figure, else the one its own clause (or list item) names."""
        text, spread = self.text, self.spread
        if f.i in spread:
            spread[f.i] = self._placed_item(spread[f.i])
            subject, f.change, f.sign, _, _ = spread[f.i]
            if f.change and f.d is not None:  # each item of a `分别` list may carry its own direction, and the
                f.sign = _sign(f.d, f.left)   # items after it share it (`分别增长5%、1%和下降4%、6%`)
                spread.update({j: (*v[:2], f.sign, *v[3:]) for j, v in spread.items() if j > f.i})
            return subject
        listed = list_spread(text, self.start, f.clause, f.raw, quantities, f.i, self.mentions, f.change, f.sign)
        if act := pull_act(f.raw, f.q.unit):  # `…贡献率分别为…,分别拉动GDP增长…`: each item's pull, not its rate
            listed = {j: (pulled(act, v[0], ""), *v[1:]) for j, v in listed.items()}
        spread.update(listed)
        self.spread_left = f.left if listed else self.spread_left
        if f.i in spread:
            spread[f.i] = self._placed_item(spread[f.i])
            return spread[f.i][0]
        list_start = subject_clause_start(text, max(self.start, self.prev_end), f.q.start, list_marks=True)
        # `乐清市16例、瑞安市11例`: items after an earlier figure of the clause; `来电、市长信箱、短信…
        # 25.95万件` with no figure between is one subject
        if list_start > f.clause and self.prev_end > subject_clause_start(text, self.start, f.q.start, list_marks=False):
            f.raw = text[list_start:f.q.start]
            d2 = _DIR_END.search(f.raw)
            f.raw = f.raw[:d2.start()] if (f.change and d2) else f.raw
        subject, lo = clean_subject(f.raw), max(self.start, self.prev_end)
        if not subject and (plan := bracketed_plan(text, lo, f.q.start)):
            return plan  # `完成…额度（22900亿元）`: the quota's amount, not the measure's
        if item := bracketed_item_share(text, lo, f.q.start, subject):
            return item  # `…噪音污染(占环境投诉总量52.3%)`: the item's share, not the category's
        return bracket_owner(text, lo, f.q.start, subject)

    def _of_whole(self, subject: str, unit: str | None) -> str:
        """A part after `其中` named as the whole's account, body, cases or act (户籍城镇人口, 住户部门短期贷款增加,
        抓获A级逃犯)."""
        part = subject
        subject = case_part(body_of_part(sub_account(group_part(subject, self.whole), self.whole), self.whole), self.whole)
        subject = funded_part(sub_index_part(subject, self.whole), self.whole)  # `…其中中央财政资金`, `其中生产指数`
        subject = threshold_part(sized_part(kind_part(subject, self.whole), self.whole), self.whole)
        named = owner_part(acted_part(subject, self.whole, unit), self.whole)  # `其中，中央企业…`
        return overlap_joined(named[:-len(part)], part) if part and named.endswith(part) else named

    def _among(self) -> bool:
        """The figure before was a count of things that `中，` makes a set whose parts follow (`899个开复工项目中，`); its
        noun may have taken the `中` in already."""
        last = self.mentions[-1] if self.mentions else None
        return last is not None and last.kind == "level" and any(
            (m := _AMONG.match(self.text, at)) is not None and m.end() > self.prev_end
            for at in range(max(self.start, self.prev_end - 2), self.prev_end + 1))

    def _bracket_item(self, f: Figure) -> str | None:
        """The subject of the level a bare change follows inside the same bracket, else None."""
        last = self.mentions[-1] if self.mentions else None
        if last is None or last.kind != "level" or last.start < self.start or clean_subject(f.raw) \
                or not inside_bracket(self.text, self.start, f.q.start):
            return None
        opened = max(self.text.rfind("(", self.start, f.q.start), self.text.rfind("（", self.start, f.q.start))
        return last.subject if opened < last.start else None

    def _add(self, f: Figure, subject: str, place: str | None, base_subject: str) -> None:
        text, q = self.text, f.q
        if f.change and (item := self._bracket_item(f)) is not None:
            subject = item  # `(黄牛17.62万头,同比增长5.57%;…)`: the item's change, not the whole's before the bracket
        mom = _MONTH_ON_MONTH in f.left or (_YEAR_ON_YEAR not in f.left and month_on_month(self.views, q.start)) \
            or (f.change and self.mom_end == self.prev_end and not clean_subject(f.raw) and not _BASE_SAID.search(f.left))
        if (f.change or f.delta) and mom and not subject.endswith(_MOM_TAIL):
            subject = f"{subject}{_MOM_TAIL}"  # `环比下降0.2%`: against last month, not the year-on-year measure
        self.mom_end = f.noun_end if (f.change or f.delta) and mom else -1
        subject, self.flow = goods_flow(subject, self.flow, text[self.prev_end:q.start] if self.prev_end > self.start else "")
        left = self.spread_left if f.spread else f.left  # a `分别` list's comparison is written once, before it
        subject = averaged_base(left, subject) if f.change else subject  # `较4月日均增长`: not year on year
        span_start = f.clause + f.d.start() if (f.change and f.d is not None) else q.start
        kind = "change" if f.change else "delta" if f.delta else "level"
        self.share_of = share_counted(kind, f.left, q.unit, self.prev_subject)  # `…125件,占7.68%,同比增长25%`
        subject = bounded_subject(trimmed_cut(class_of_examples(subject, q.unit), q.unit))
        bracketed = bracketed_severity(bracketed_origin(subject, self.prev_subject, text[self.prev_end:q.start],
                                                        self.mentions[-1].subject), self.prev_subject,
                                       text[self.prev_end:q.start], self.mentions[-1].subject) \
            if self.prev_end > self.start and self.mentions else subject
        if bracketed != subject:
            subject = bracketed
        elif self.prev_end > self.start and (_OF_WHICH in text[self.prev_end:q.start] or self._among()):
            self.part, self.whole = True, _AMONG_TAIL.sub("", self.prev_subject)  # `户籍人口…,其中城镇人口…`: the whole
            subject = self._of_whole(subject, q.unit)  # a new `其中` (or `N个…中，`): a new whole
        elif self.part and not f.spread:
            subject = self._of_whole(subject, q.unit)
        elif self.mentions and self.mentions[-1].start >= self.start:  # `…超200亿元的园区9个，超300亿元的8个`:
            subject = threshold_part(subject, self.mentions[-1].subject)  # a sibling bound, the same set's things
        if self.part and not f.spread:
            subject = offence_part(text, self.start, q.start, subject)  # `其中,侦破食品案件…,打掉犯罪团伙…`
        if kind == "level":  # `…464列、32609标箱`: the same measure in another unit
            subject = in_second_unit(subject, q.unit, self.mentions[-1] if self.mentions else None, text,
                                     (self.start, f.noun_end))
        scoped = for_purpose(text, f.noun_end, subject) if kind == "level" else subject  # `…118万元用于校舍维修`
        self.mentions.append(Mention(kind, scoped, q.value, q.value_high, q.unit, q.qualifier, f.sign, span_start,
                                     q.end, kind, place, self.part, f.spread[4] if f.spread else None))
        self.listed.append(q.listed)
        self.counted = counted_set(subject, q.unit, self.counted, kind == "level")
        self.last_count = (subject, f.noun, q.unit) if kind == "level" else None
        self.prev_end = f.noun_end
        # an amount of change names what changed (`一般公共预算收入增收23.25亿元,同比增长9.1%`); a measure of a
        # subject (`虫害防治…(约占)`) is not what the next figure measures
        pull = f.change and not f.spread and pull_act(f.raw, q.unit) is not None  # `…,拉动全省出口增长7.2个百分点,占…`
        if not pull and (not inside_bracket(text, self.start, q.start)
                         or (subject and opens_shared_bracket(text, self.start, q.start))):
            # `香港68例(出院6例,死亡2例),澳门10例`: 死亡 stays inside; `住房保障类(793件,占比…)` names the bracket's share
            self.prev_subject = (self.prev_subject if place and not f.spread else base_subject if f.delta
                                 else without_measure_tail(subject))
