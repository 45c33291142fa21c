"""Naming a figure after what came before it in its sentence: a measure of the previous figure (`…名义`), a share
of its whole, a generic or bare word (`增长41%`, `总额`), an amount of change named after what changed, a share
named, a rate stated as a level made a change, an ownerless share of a ranked set, the share done of a set just
counted (`117个重点项目已完成82%`), and a ratio to last year's level (`用电量达到去年同期的106.7%`).

Mixed into FigureReader (figure_reader.py), whose sentence state (prev_subject, mentions, text, start) it reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .budget_bases import budget_clause, budget_of, share_of_budget
from .category_rates import category_rate
from .counted_again import count_again
from .figure_bases import OTHER_BASE as _OTHER_BASE
from .figure_bases import POINTS as _POINTS
from .figure_bases import FigureBases, without_rate
from .firm_set_series import set_series_subject
from .goal_measures import goal_measure
from .goods_flows import total_of
from .led_subjects import manner_rate
from .level_moves import level_moved
from .lexicon import lexicon
from .measure_owners import describes_thing, handles_previous
from .measure_qualifiers import measure_in_base
from .owned_after import owned_after
from .pulled_figures import pull_act, pulled
from .quantities import UNIT_KINDS
from .sentences import inside_bracket
from .subject_debris import compared_place
from .subjects import (
    BARE_VERB,
    COUNT_UNITS,
    GENERIC,
    MEASURE_END,
    MEASURE_OF_PREVIOUS,
    RATE_WORD,
    SHARE_OF_PREVIOUS,
    part_named,
    share_named,
)
from .unit_prices import priced

if TYPE_CHECKING:
    from .figure_state import Figure

_LEX = lexicon()
_SINGLE_PERIOD = _LEX.compile("single_period_opening")  # `当季`, `当月`: one period singled out
_RATE_TAIL = _LEX.compile("rate_named_tail")
_ONE_CHAR = frozenset(_LEX.words("one_char_product"))  # `…,纱增长16.2%`: a product of its own, not the one before's
_COMPARISON = _LEX.compile("{comparison_point}|{comparison_base}|{comparison_with}")
_PERFECTIVE = _LEX.words("perfective")[0]
_NAMED_SHARE_ENDS = tuple(_LEX.words("named_share_end"))
_BOUND_AFTER_DIRECTION = _LEX.compile(r"\s?(?:{qualifier_before}|{reaching_verb})\s?$")  # `增加近`: 近 is the value's
_REACHED = _LEX.compile("reached_level")
_RECOVERED = _LEX.compile("recovered_share")
_RECOVERED_NAME = _LEX.table("recovered_share", "name")
_COMPARED = _LEX.compile("comparison_fragment")
_BARE_COMPARATIVE = _LEX.compile("bare_comparative")
_TOP_RANKED = _LEX.compile("top_ranked_set")
_OWNERLESS_SHARE = _LEX.compile("ownerless_share")
_TOP_RANKED_REACH = 160  # characters: a ranked list of a few diseases or items
_WHOLE_CONTINUED = _LEX.compile("share_whole_continued")
_SHARE_TAKEN = _LEX.compile("share_taken")
_MONTH_OR_QUARTER = _LEX.compile("month_or_quarter_base")
_AMOUNT_KINDS = frozenset(("count", "count_event", "length", "area", "mass", "volume", "currency", "energy"))
_TOPIC_CLAUSE = _LEX.compile("topic_clause")
_TOPIC_REACH = 24  # characters before a count's clause where a category clause of its own stands
_AVERAGE = frozenset(_LEX.words("average_change"))  # `平均增长率约为6%`: the rate is an average, no subject alone
_COLLECTORS = frozenset(_LEX.words("revenue_collector"))
_COLLECTED = _LEX.table("revenue_collector", "measure")  # 组织收入: what a collecting agency's sum measures
_ADDING = _LEX.compile("sum_adding")
_BRACKET_OPENS = ("(", "（")
_YEAR_PLAN = _LEX.compile("year_plan_named")
_PROGRESS = _LEX.compile("counted_progress_share")
_PROGRESS_NAME = _LEX.table("counted_progress_share", "name")
_TIME_BASED_MOVE = _LEX.compile("(?P<base>{comparison_point}|{comparison_base})(?:{rate_move_alone})\\s*$")
_RATE_MOVE_NAME = _LEX.table("rate_move_alone", "name")
_PROPERTY = _LEX.compile("thing_property_measure")
_BASE_RATIO = _LEX.compile("base_period_ratio")
_BASE_RATIO_NAME = _LEX.table("base_period_ratio", "name")
_EXTREME_RATE = _LEX.compile("extreme_rate")
_HANDLING_STATE = _LEX.compile("handling_state_end")
_PERIOD_AVERAGE = _LEX.compile("period_average_alone")
_CONTRIBUTION = _LEX.compile("contribution_after_pull")
_PULLED = _LEX.compile(_LEX.table("contribution_after_pull", "pulled"))


class FigureNaming(FigureBases):
    """The naming steps of FigureReader."""

    def _count_again(self, subject: str) -> str | None:
        """`…提案209件，提案数量较2017年增长近40%` → 某办承办提案数量: a count before in this sentence (the last of a run of
        counts in a count unit that names the noun)."""
        for m in reversed(self.mentions):  # `…丙类传染病病例2084例,无死亡病例,报告病例数较11月份减少…`: past a zero
            if m.start < self.start or m.kind != "level" or m.unit not in COUNT_UNITS:
                return None
            if (again := count_again(subject, m.subject)) is not None:
                return again
        return None

    def _share_past_base(self, f: Figure, subject: str) -> str | None:
        """The share a bare move in points is of, when only its base's bracketed level stands between them; else None."""
        if not f.change or f.q.unit != _POINTS or subject or len(self.mentions) < 2:
            return None
        base, share = self.mentions[-1], self.mentions[-2]
        if share.start < self.start or share.kind != "level" or not inside_bracket(self.text, self.start, base.start + 1) \
                or inside_bracket(self.text, self.start, share.start):
            return None
        whole = regex.search(r"[(]([^()]*)[)]$", share.subject)
        return share.subject if whole and SHARE_OF_PREVIOUS.fullmatch(whole[1]) else None

    def _averaged_level(self, f: Figure, subject: str) -> str | None:
        """`…办件302万件,接通率61.90%;日均8254件`: a per-period average alone, after a figure of another unit, is the
        average of the sentence's last level of its own unit (办件); None otherwise."""
        if not _PERIOD_AVERAGE.fullmatch(subject) or not self.mentions or self.mentions[-1].unit == f.q.unit:
            return None
        return next((m.subject for m in reversed(self.mentions)
                     if m.start >= self.start and m.kind == "level" and m.unit == f.q.unit), None)

    def _named(self, f: Figure, subject: str) -> str:
        """A measure of the figure before, a share of its whole, or a generic word: named after what came before."""
        prev = self.prev_subject
        if not subject and not f.change and f.q.unit in COUNT_UNITS:
            if topic := self._topic_before(f):
                self._topic = (self.start, topic)
                return topic  # `一是防疫类诉求,共329件`: the category the clause before names, not the figure before's
            if getattr(self, "_topic", None) == (self.start, prev):
                return subject  # `…,主要为咨询…,共226件`: a part of the category, which its count is not
        if (moved := self._share_past_base(f, subject)) is not None:
            return moved  # `占月监测天数的100%,同比2024年(93.5%)上升6.5个百分点`: the share moved, past its base's level
        if (averaged := self._yearly_average(f, subject)) is not None:
            return averaged
        if f.change and (again := self._count_again(subject)) is not None:
            return self._year_based(f, again) or again  # `…提案209件，提案数量增长近40%`: the count's number changed
        if (based := self._year_based(f, subject)) is not None:
            return based
        if (rated := category_rate(self.text, self.mentions[-1] if self.mentions else None, f.q.start, subject)):
            return rated  # `…等类工单534件、满意率92%`: the category's rate
        measure = MEASURE_END.search(subject)
        if measure and measure.start() > 1 and prev and subject[:measure.start()] in _AVERAGE:
            # `…由3000亿元增长到…,年均实际增长9%`: the average change of the measure before, not of `年均`
            return f"{regex.sub(r'[(][^()]*[)]$', '', prev)}({measure.group()})"
        if measure and measure.start() == 0 and not prev and (goal := goal_measure(self.text, self.start, f.clause)):
            return f"{goal}({subject})"  # `…增速预期目标为“…”，实际增长5.0%`: the goal's measure, actually
        if measure and measure.start() > 1:  # `居民人均可支配收入名义` → 居民人均可支配收入(名义)
            return f"{subject[:measure.start()]}({measure.group()})"
        if f.q.unit == "%" and self.mentions and (shared := _SHARE_TAKEN.fullmatch(self.mentions[-1].subject)) \
                and (w := _WHOLE_CONTINUED.fullmatch(f.raw.strip())):
            return f"{shared['base']}({shared['verb']}{w['whole']})"  # `占全国总量的65%,世界总量的三分之一`
        if prev and SHARE_OF_PREVIOUS.fullmatch(subject) and (ranked := self._top_ranked(f, subject)) != subject:
            return ranked  # `…死亡26人;居前五位的病种依次为…,占…总数的94%`: the ranked set's share, not the deaths'
        if prev and SHARE_OF_PREVIOUS.fullmatch(subject) and (other := _other_whole(prev, subject)):
            return other  # `A占B的比重为38.9%,占C的57.05%`: A's share of C, not B's share with C in brackets
        if self.mentions and (firms := set_series_subject(self.text, prev, self.mentions[-1].end, f.clause, subject)):
            return firms  # `规模以上工业企业实现主营业务收入…,利润…`: the set's series
        if prev and (owned := owned_after(prev, subject, f.change)) is not None:
            return owned  # `钢材出口…,出口均价…`, `…景区景点接待游客…,门票收入…`, `…,可比价增长5.1%`
        if prev and _CONTRIBUTION.fullmatch(subject) and (puller := _PULLED.match(prev)) is not None:
            return puller["owner"] + subject  # `民营经济拉动GDP增长…,对GDP增长的贡献率…`: the puller's contribution
        if prev and (MEASURE_OF_PREVIOUS.fullmatch(subject) or SHARE_OF_PREVIOUS.fullmatch(subject)):
            base = regex.sub(r'[(][^()]*[)]$', '', self._averaged_level(f, subject) or prev)
            if f.change and _SINGLE_PERIOD.fullmatch(subject) or not f.change and SHARE_OF_PREVIOUS.fullmatch(subject):
                base = _RATE_TAIL.sub("", base)  # `…当季同比增长…`: the measure's own change; `…增幅…,占…的54.9%`: its share
            return f"{base}({subject})"
        if prev and _BARE_COMPARATIVE.fullmatch(subject):
            return prev + subject  # `人民币贷款增加…,同比多增…`: the previous measure's more or less
        if prev and f.q.unit == _POINTS and (based := self._next_base(f, prev)) is not None:
            return based  # `快于全省2.2个百分点、全国4.3个百分点`: the gap over the next base, not the measure itself
        if prev and _COMPARED.fullmatch(subject):  # `…工资较第三产业低12%，较全省平均水平低9%`: the same measure's
            own = _COMPARED.search(prev)
            return f"{prev[:own.start()] if own and own.start() >= 2 else prev}({subject})"  # its name, then how it compares
        if prev and compared_place(subject):  # `我国经济增长6.2%，远高于美国2%、…`: the place's own figure of the
            return regex.sub(r"[(][^()]*[)]$", "", prev)  # measure named before (its region is the place's)
        if prev and _RECOVERED.fullmatch(subject) and (f.change or f.q.unit == "%"):
            # `…完成2026亿元,恢复到去年同期的93.3%`: how far the measure came back; `…恢复至增长5.9%`: its change
            return prev if f.change else regex.sub(r"[(][^()]*[)]$", "", prev) + _RECOVERED_NAME
        if prev and _REACHED.match(subject):
            return prev  # `…从54.36%下降到去年底的9.27%`: the same measure, reached
        if not subject and f.change and f.d is not None and (based := measure_in_base(f.d.group())):
            return based  # `日均2429万人次,较节前五日日均客运量增长17.9%`: the daily measure's change
        if prev and (progress := self._progress_share(f)) is not None:
            return f"{regex.sub(r'[(][^()]*[)]$', '', prev)}({progress})"  # `117个重点项目已完成82%`: the set's share done
        # a bare verb takes the previous subject, unless it acts on the things the act before named (`受理投诉…，办结…`)
        if not f.delta and (GENERIC.match(subject) or (len(subject) < 2 and not f.noun and subject not in _ONE_CHAR)
                            or BARE_VERB.fullmatch(subject) and not (f.q.unit in COUNT_UNITS and handles_previous(subject, prev))):
            if subject and (self._sibling_item(f, prev) or GENERIC.match(prev)):
                return subject  # `消费、投资、出口分别增长…`: 投资 is an item of its own; a bare `占` before names nothing
            if prev and self.mentions and _ADDING.search(self.text, self.mentions[-1].end, f.clause):
                return subject  # `…债券1.6万亿元,再加上一些国债,有2万亿元的规模`: the sum of both, not the bonds'
            if describes_thing(self.text, f.q.end, subject):
                return subject  # `面积已达350亩，有投资7000万元的企业某某`: the firm's investment, not the area's
            if self.text[f.q.start - 1:f.q.start] in _BRACKET_OPENS and _YEAR_PLAN.fullmatch(subject):
                return subject  # `占年度计划（200亿元）的60%`: the plan the share is of, named alone
            if prev and RATE_WORD.fullmatch(subject) and RATE_WORD.search(prev):
                return prev  # `GDP增速` then `增速提高…`: the same rate, not `GDP增速增速`
            if prev and not subject and f.change and f.q.unit == "%":
                return without_rate(prev)  # `…增速提高0.5个百分点;2014年增长7.7%`: GDP's growth again
            if prev and BARE_VERB.fullmatch(subject) and (built := _PROPERTY.search(prev)) is not None:
                return prev[:built.start()] + subject  # `某某高铁全长533公里，投资…`: the railway's, not its length's
            if prev and _HANDLING_STATE.fullmatch(subject) and (done := _HANDLING_STATE.search(prev)):
                if done.start() < 2:
                    return subject  # `应办结2580件,办结2580件`: the same items in another state, not `应办结办结`
                prev = prev[:done.start()]  # `…事项办结` then `在办`: …事项在办, not …办结在办
            if prev and f.q.unit == _POINTS and (move := _TIME_BASED_MOVE.search(self.text, f.clause, f.q.start)):
                if self.mentions and self.mentions[-1].kind == "level" and not RATE_WORD.search(prev) \
                        and not RATE_WORD.search(self.text, f.clause, move.start()):  # `…，增速比上年末高…`: the rate's
                    return level_moved(prev, move["base"])  # `失业率为5.0%，比上月低0.1个百分点`: the level's
                return prev if RATE_WORD.search(prev) else prev + _RATE_MOVE_NAME  # `…增长13.1%，比上月末高0.4个百分点`:
                # the rate's move, not `…余额高` (a place's rate compared, `比全省快`, is point_changes.py's)
            return total_of(prev, subject) if prev else subject  # `新增企业…，总数…`: the stock's total
        return subject

    def _sibling_item(self, f: Figure, prev: str) -> bool:
        """The figure is an item of a `分别` list and the subject before it another item of such a list."""
        return f.spread is not None and any(j < f.i and item[0] == prev for j, item in self.spread.items())

    def _budget_named(self, f: Figure) -> tuple[str, str] | None:
        """(subject, account) of the budget a result is measured against, told right after it (`…收入累计完成24627万元,
        完成年初预算数60999万元的40.4%`): its amount is the account's budget (一般公共预算收入年初预算数), the share
        after it the account's share of it (累计一般公共预算收入(完成年初预算数)); the account is what the figures
        after them measure again. None for any other figure."""
        last, account = (self.mentions[-1] if self.mentions else None), self.prev_subject
        if last is None or not account or f.change or f.delta or f.spread is not None:
            return None
        if f.q.unit == last.unit and last.kind == "level" and UNIT_KINDS.get(f.q.unit or "") == "currency" \
                and (told := budget_clause(f.left)) is not None:
            self.budget = (f.q.end, told)
            return budget_of(account, told[1]), account
        if f.q.unit == "%" and self.budget is not None and self.budget[0] == last.end \
                and (share := share_of_budget(self.text[last.end:f.q.start], account, self.budget[1])) is not None:
            return share, account
        return None

    def _progress_share(self, f: Figure) -> str | None:
        """`…117个重点项目已完成82%`: a share told by a bare act of completion right after a count is the counted
        set's share done (counted_progress_share's name), not the set itself; None otherwise."""
        if f.change or f.delta or f.q.unit != "%" or not self.mentions or self.mentions[-1].unit not in COUNT_UNITS:
            return None
        return _PROGRESS_NAME if _PROGRESS.fullmatch(f.raw.strip()) else None

    def _topic_before(self, f: Figure) -> str | None:
        """The category a figure-free clause right before the count's clause names (`防疫类诉求,共329件`)."""
        found = _TOPIC_CLAUSE.search(self.text[max(self.start, f.clause - _TOPIC_REACH):f.clause])
        return found["topic"] if found else None

    def _top_ranked(self, f: Figure, subject: str) -> str:
        """`发病数居前五位的病种依次为…,共占…总数的99%`: an ownerless share is the ranked set's (a bounded look back)."""
        if not _OWNERLESS_SHARE.match(subject):
            return subject
        found = list(_TOP_RANKED.finditer(self.text, max(self.start, f.clause - _TOP_RANKED_REACH), f.clause))
        return f"{found[-1]['set']}({subject})" if found else subject

    def _as_stated(self, f: Figure, subject: str, base_subject: str) -> str:
        """An amount of change named after what changed, a share named, a rate stated as a level made a change."""
        if f.change and f.d is not None and (top := _EXTREME_RATE.search(subject)) and top["extreme"] \
                and (rate := _EXTREME_RATE.match(f.d.group())) and rate["rate"]:
            subject += rate["rate"]  # `单品最高降幅达93%`: the largest cut, not `单品最高`
        if f.change and f.spread is None:  # `…涨幅回落,影响CPI上涨约3个百分点`: the thing before pulls
            subject = pulled(pull_act(f.raw, f.q.unit), subject, self.prev_subject)
        if f.change and f.q.unit == _POINTS:
            subject = share_named(subject)  # `一产占比下降3个百分点`: the share moved, not `一产占`
        if f.delta:
            verb = _BOUND_AFTER_DIRECTION.sub("", _COMPARISON.sub("", f.d.group()).strip(" -－−"))
            subject = base_subject + verb.removesuffix(_PERFECTIVE)  # `增加了近1400人` → …增加 (qualifier approx)
            if UNIT_KINDS.get(f.q.unit or "") in _AMOUNT_KINDS and (other := _OTHER_BASE.match(f.d.group().strip())) \
                    and _MONTH_OR_QUARTER.search(other["base"]):
                subject += f"({other['base']})"  # `比上月多3.05万亿元`: against last month, not the year before
        if not f.change and UNIT_KINDS.get(f.q.unit or "") in _AMOUNT_KINDS:
            subject = part_named(subject)  # `桥梁占62公里`: the part's length
        if subject in _COLLECTORS and (f.change or UNIT_KINDS.get(f.q.unit or "") == "currency"):
            subject += _COLLECTED  # `税务部门完成1.8亿元`: the revenue the agency collected, not the agency
        if not f.change and f.q.unit == "%":
            subject = self._top_ranked(f, share_named(manner_rate(self.text, f.q.end, subject)))  # `以每年1.6%的…速率`
            if rate := RATE_WORD.search(subject):  # `地区生产总值增速为5.2%`, `增速回落至3%`: a growth rate
                f.change, f.sign = True, 1
                left = subject[:rate.start()]
                if left in _AVERAGE:  # `…经济增长…，平均增长率约为6%`: the previous measure's average, not `平均`
                    subject = f"{self.prev_subject}({left})" if self.prev_subject else subject
                else:
                    subject = left or self.prev_subject
            elif subject and _BASE_RATIO.search(f.left) and not subject.endswith((_RECOVERED_NAME, _BASE_RATIO_NAME)):
                subject += _BASE_RATIO_NAME  # `日均用电量达到去年同期的106.7%`: a ratio to last year's level
        return priced(self.text, f.clause, f.q.start, f.q.end, f.q.unit, subject)  # `某超市按每千瓦时1.30元收取电费`


def _other_whole(prev: str, subject: str) -> str | None:
    """`中央财政资金占资助资金总额比重` then `占财政资金总额` → 中央财政资金占财政资金总额比重: the same thing's share of
    another whole, named as a share of its own (one denominator), when the previous subject named its share unbracketed."""
    taken = _SHARE_TAKEN.fullmatch(prev)
    if taken is None or "(" in prev or not prev.endswith(_NAMED_SHARE_ENDS):
        return None
    named = share_named(taken["base"] + subject)
    return named if named != taken["base"] + subject else None
