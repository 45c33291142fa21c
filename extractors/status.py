"""Status: actual, target or estimate — from cue words around a figure and the status scope it sits in.

A figure's own sentence decides first: an estimate cue (`预计`, `据…测算，…可`) before it or a forecast's `会` with its
verb in its clause (`增速会放缓到5%`) or a revision from an earlier forecast after it (`比7月的预测值下调了`), a target cue (`力争`, `拟`, `目标是`), `…目标` right after it or a plan's verb
after it in its own clause (`35处场馆都将实现覆盖`); a plan verb in an earlier `；` item with no figure of its own
governs that item only; a budget's own figure (`国防支出预算比上年
增长6.6%`) and its spending arranged (`支出安排`) are targets; `实际完成` resets what came before, and so does `均已…复工` told of the figure in its own clause; an estimate opening a long sentence (`2022年,预计…;…`) covers all its
items. Then its scope: a target list's introduction
earlier in the paragraph (`主要预期目标是：` covers every item after it), or a plan section of a report (its
figures for the coming period are targets unless a verb states what already is, `达`, `已`, or their period
is over by the report's date: `今年1—4月` in a May report). A stock left now (`剩余的24个`) is actual whatever
plan acts on it. A period that has
not begun is a target, and so is the whole of the report's year told before its last month (`全年实现…`); `左右` with a plan cue before it is a target. Cue words are lexicon data
(lexicon/status.toml).
"""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import lexicon
from .period_dates import Period
from .project_status import achieved_after_completion

_LEX = lexicon()
_TARGET_BEFORE = _LEX.compile("(?:{target_cue})|(?:{plan_within_years})")
_TARGET_AFTER = _LEX.compile("target_after")
_STRIVE_CHANGE = _LEX.compile("strive_for_change")
_DIRECTION_AT = _LEX.compile_at("direction")
_ITEM_PLAN_VERB = _LEX.compile("item_plan_verb")
_ITEM_FIGURE = _LEX.compile("item_figure")
_PLANNED_MEASURE = _LEX.compile("planned_measure")
_BUDGET_FIGURE = _LEX.compile("budget_figure_before")
_PLAN_AFTER = _LEX.compile_at("plan_after_figure")
_ARRANGED_FUNDS = _LEX.compile("arranged_funds")
_NORM_BOUND = _LEX.compile("norm_bound_before")
_NORM_REACH = 20  # characters before a figure where its bound and the rule naming it stand
_REMAINING_STOCK = _LEX.compile("remaining_stock")
_DONE_AFTER = _LEX.compile_at("done_after_figure")
_ESTIMATE = _LEX.compile("(?:{estimate_cue})|(?:{effect_modal})")
_ESTIMATE_NOTE = _LEX.compile_at("estimate_note")  # `可使…增加6.2%`: a projected effect
_TARGET_OVER_ESTIMATE = _LEX.compile("target_over_estimate")
_ITEM_ESTIMATE = _LEX.compile("item_estimate")
_ADDEND_ESTIMATE = _LEX.compile("addend_estimate")
_ADDEND_END = _LEX.compile("addend_amount_end")
_BRACKETED = _LEX.compile("bracketed_aside")
_TOLD_BEFORE_ESTIMATE = _LEX.compile("told_before_estimate")
_ESTIMATE_OPENING = _LEX.compile("estimate_list_opening")
_ESTIMATE_IN_BASE = _LEX.compile("estimate_in_base")
_FORECAST_MODAL = _LEX.compile("forecast_modal")
_REVISED_AFTER = _LEX.compile_at("revised_forecast_after")
_ITEM_END = ";；…"  # `；` items, and an enumeration cut short (`……`) before the next statement
_ACTUAL_RESET = _LEX.compile("actual_reset")
_THOUGHT_BREAK = _LEX.compile("thought_break")
_ACTUAL_IN_PLAN = _LEX.compile("actual_in_plan")
_APPROX_PLAN = _LEX.compile("approx_plan_cue")
_WHOLE_YEAR = _LEX.compile("whole_year_ahead")
TARGET_ENUMERATION = _LEX.compile("target_enumeration")
PLAN_HEADING = _LEX.compile("plan_heading")
ESTIMATE_HEADING = _LEX.compile("estimate_heading")
ESTIMATED_EXECUTION = _LEX.compile("estimated_execution")
ESTIMATED_EXECUTION_OPENING = _LEX.compile("estimated_execution_opening")
_LOOKBACK = 240


def _month_end(day: date) -> bool:
    """A period that ends with a month (`1—4月`, `一季度`), not a span up to a day in force (`今年` so far)."""
    return (day + timedelta(days=1)).day == 1


def _year_ahead(published: date | None, period: Period) -> bool:
    """The period is the whole of the report's year and the report comes before its last month."""
    return published is not None and published.month < 12 and period.start == date(published.year, 1, 1) \
        and period.end == date(published.year, 12, 31)


def _cue_scope(text: str, lo: int, pos: int, reach: int = _LOOKBACK) -> str:
    """The words before pos that may carry its status: after the last `实际完成`-like reset or an ellipsis that
    closes a thought (`……`)."""
    before = text[max(lo, pos - reach):pos]
    reset = None
    for r in _ACTUAL_RESET.finditer(before):
        reset = r.end()
    for r in _THOUGHT_BREAK.finditer(before, reset or 0):  # `…也将全部入园……一组数字：去年全省…`: a new statement
        reset = r.end()
    return before[reset:] if reset is not None else before


def _estimated(scope: str) -> bool:
    """An estimate cue in scope holds for the figure at its end, unless it only estimates an earlier list item
    (`…收入预计4.6万元,增长10%;城镇登记失业率为2.3%`: the rate is stated; `春播已完成九成，预计…;早稻…` after a
    clause told done in its item) or a target cue stands between them
    (`预计去年增长4.5%，今年增长目标定在6.5%以上`: the nearer cue decides). A cue inside a share's base
(`占年度预计投资的57.2%`) estimates nothing."""
    cues = [c for c in _ESTIMATE.finditer(scope) if not _ESTIMATE_IN_BASE.match(scope, c.start())
            and not (c.start() > 0 and _ESTIMATE_NOTE.match(scope, c.start() - 1))]  # `(预计数)`: its figure's
    # note (estimate_notes.py), no cue of what follows
    if not cues:
        return False
    cue = cues[-1]
    if _TARGET_OVER_ESTIMATE.search(scope, cue.end()) or _later_addend(scope, cue):
        return False
    own_item = not any(c in scope[cue.end():] for c in _ITEM_END)
    if own_item:
        return True
    item_start = max(scope.rfind(c, 0, cue.start()) for c in _ITEM_END + ":：") + 1
    return _ITEM_ESTIMATE.search(scope, 0, cue.end()) is None and not _TOLD_BEFORE_ESTIMATE.search(
        scope, item_start, cue.start())  # `春播已完成九成，…，预计…；早稻…`: the cue is its own item's


def _later_addend(scope: str, cue) -> bool:
    """The cue qualifies one addend of a sum (`加上预计上级补助收入…亿元(其中:…)、新增债券收入…`) and the figure is
    in a later addend, past that one's amount (the parts in its bracket are still its own)."""
    if _ADDEND_ESTIMATE.search(scope, max(0, cue.start() - 4), cue.start()) is None:
        return False
    after = _BRACKETED.sub("", scope[cue.end():])
    inside = min((at for at in map(after.find, "(（") if at >= 0), default=len(after))  # within the addend's bracket
    return _ADDEND_END.search(after, 0, inside) is not None


def _estimated_list(text: str, sentence_start: int, pos: int) -> bool:
    """An estimate opening a sentence too long for a cue's reach (`2022年,预计全县完成…;…;城镇居民人均可支配收入…`)
    still holds for its last items, as a target list's introduction does."""
    if pos - sentence_start <= _LOOKBACK or _ESTIMATE_OPENING.match(text, sentence_start, pos) is None:
        return False
    return _estimated(_cue_scope(text, sentence_start, pos, pos - sentence_start))


def _comma_clause(text: str, lo: int, pos: int) -> int:
    """Where the comma clause holding pos begins (at lo at the earliest)."""
    lo = max(lo, pos - _LOOKBACK)
    return max(lo, *(text.rfind(c, lo, pos) + 1 for c in ",，;；"))


def _arranged_funds(text: str, at: int, cue: str) -> bool:
    """The cue at text[at:] is `安排` arranging funds (`统筹安排中央财政资金`), not another plan word."""
    m = _ARRANGED_FUNDS.match(text, at)
    return m is not None and m.end() == at + len(cue)


def _target_cued(text: str, sentence_start: int, pos: int, scope: str, past: bool) -> bool:
    """A target cue in scope (the words before pos); a plan verb in an earlier `；` item does not cover a figure of a
    period already over, nor any figure when its own item holds none after it (it governs its own predicate), nor do
    funds arranged for such a period, nor `投产后` one after a completion the story told done."""
    for cue in _TARGET_BEFORE.finditer(scope):
        if achieved_after_completion(text, sentence_start, pos - len(scope) + cue.start(), cue.group(), pos):
            continue
        if past and _arranged_funds(text, pos - len(scope) + cue.start(), cue.group()):
            continue  # funds arranged for a period already over were spent, no plan
        item_end = min((at for at in map(scope.find, _ITEM_END, [cue.end()] * len(_ITEM_END)) if at >= 0), default=-1)
        if item_end < 0 or not _ITEM_PLAN_VERB.match(cue.group()):
            return True
        if not past and _ITEM_FIGURE.search(scope, cue.end(), item_end):
            return True  # `力争…增长7%；…`: a list of targets the verb introduces
    return False


def _striven_change(text: str, start: int, scope: str) -> bool:
    """The figure is a change (it opens with its direction) that `争取` strives for right before it
    (`争取实际利用外资增长10%以上`)."""
    return _STRIVE_CHANGE.search(scope) is not None and _DIRECTION_AT.match(text, start) is not None


def figure_status(text: str, sentence_start: int, start: int, end: int, qualifier: str, period: Period,
                  published: date | None, scope_target: bool, clause_start: int, clause_end: int,
                  dated: bool = True) -> str:
    """The status of the figure text[start:end] (see the module docstring for the order); dated: published is the
    report's day, not only the first day of the year an undated report is told in."""
    scope = _cue_scope(text, sentence_start, start)
    if _estimated(scope) or _estimated_list(text, sentence_start, start) \
            or _FORECAST_MODAL.search(text, _comma_clause(text, clause_start, start), start) \
            or _REVISED_AFTER.match(text, end, min(len(text), end + 48)):
        return "estimate"  # `预计…`, or a forecast's `会` with its verb (`增速会放缓到5%`)
    if _REMAINING_STOCK.search(text, max(clause_start, start - _LOOKBACK), start):
        return "actual"  # `力争…剩余的24个贫困村全部脱贫`: the plan acts on a stock left now
    if _DONE_AFTER.match(text, end, clause_end):
        return "actual"  # `确保…，132个补短板项目均已全部复工`: told done in its own clause
    past = published is not None and period.end is not None and (
        period.end.year < published.year or (period.end < published and _month_end(period.end)))  # `今年1—4月`
    if _target_cued(text, sentence_start, start, scope, past) or _TARGET_AFTER.match(text, end, min(len(text), end + 8)) \
            or _PLANNED_MEASURE.search(text, _comma_clause(text, clause_start, start), start) \
            or _BUDGET_FIGURE.search(text, _comma_clause(text, clause_start, start), start) \
            or _NORM_BOUND.search(text, max(clause_start, start - _NORM_REACH), start) \
            or _striven_change(text, start, scope):
        return "target"  # a budget's own figure (`国防支出预算比上年增长6.6%`) is its plan; `比重不能低于25%` a norm
    stated = _ACTUAL_IN_PLAN.search(text, clause_start, start) or _ACTUAL_IN_PLAN.match(text, end, clause_end)
    if _PLAN_AFTER.match(text, end, clause_end) and not _ACTUAL_IN_PLAN.search(
            text, _comma_clause(text, clause_start, start), start):
        return "target"  # `35处比赛场馆、主干道都将实现5G覆盖`: the plan's verb after what it acts on
    # a span begun in an earlier year and run up to the report (`2007年启动…，之后作了5次改进`) is told done so far, even
    # in a paragraph that named a goal
    so_far = published is not None and period.start is not None and period.end is not None \
        and period.start.year < published.year and period.end <= published
    if scope_target and not past and not so_far and not stated:
        return "target"
    if published and (period.start and (period.start > published if dated else period.start.year > published.year)
                      or period.end and period.end.year > published.year):  # an undated report's year: no day known
        return "target"  # a period that has not begun yet (明年, 2025年 in a 2024 report), or one that ends in a later
        # year (`到2020年…比2017年增长15.5%` in a 2019 article): nothing of it can be told done yet
    if not stated and _year_ahead(published, period) and _WHOLE_YEAR.search(
            text, _comma_clause(text, clause_start, start), start):
        return "target"  # `全年实现签约项目200个` in a May report: the year's outcome cannot be told yet
    if qualifier == "approx" and not past and _APPROX_PLAN.search(scope):
        return "target"
    return "actual"
