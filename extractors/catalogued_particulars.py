"""Figures of a catalogued indicator that are still no reported figure: a bulletin's case profile, a hospital's
screening throughput, an amount that bounds a counted set, a plan's list size, a start-up's funding round, one contract's
terms (the story rules of story.py leave
catalogued figures alone for recall; these few shapes are settled by their words alone)."""

from __future__ import annotations

from .clause_bounds import LAST_COMMA
from .lexicon import lexicon
from .quantities import RATIO_UNITS

_LEX = lexicon()
_CASE_PROFILE = _LEX.compile("case_profile_after")
_PLAN_LIST = _LEX.compile("plan_list_before")
_ROUND_WON = _LEX.compile("funding_round_before")
_CONTRACT_TERMS = _LEX.compile("contract_terms_before")
_SCREENING_RATE = _LEX.compile("screening_rate_before")
_OVER_THRESHOLD = _LEX.compile("count_over_threshold_before")  # an amount only: a share of the counted is theirs
_STREAK_BOUND = _LEX.compile("(?:{streak_bound_before})$")
_REACH = 240        # characters before a figure that its clause's words are looked for in


def case_profile(text: str, end: int) -> bool:
    """A count of cases that opens its item and says who they are (`2例为外省返乡人员;`): a bulletin's case
    details, even where the heading above it names an indicator (`新增本土确诊病例4例:`)."""
    return _CASE_PROFILE.match(text, end) is not None


def screening_rate(text: str, clause: int, start: int) -> bool:
    """A count of cases after a per-period act of diagnosing or screening (`每月协助诊断3000多例疑似病例`): a system's
    or a hospital's throughput, never the place's suspected or confirmed cases."""
    return _SCREENING_RATE.search(text, max(clause, start - _REACH), start) is not None


def streak_bound(text: str, clause: int, start: int) -> bool:
    """The bound a run of days kept to (`新增确诊病例已连续多天低于50例`): whatever indicator its words name, no count
    reported (the run's days are no figure either). A run with no new case (`连续4天无新增确诊病例`) writes no bound: its
    zero is the day's count."""
    return text[start:start + 1].isdigit() and _STREAK_BOUND.search(text, max(clause, start - _REACH), start) is not None


def threshold_of_count(text: str, clause: int, start: int, unit: str | None) -> bool:
    """An amount that a counted set of things passes (`全县有5个乡镇…收入超过5000万元`): the count is the figure, the
    amount its bound, whatever indicator the amount's words name; a share of the counted is theirs (`…覆盖率超过90%`)."""
    mark = LAST_COMMA.search(text, max(clause, start - _REACH), start)
    return unit not in RATIO_UNITS \
        and _OVER_THRESHOLD.search(text, mark.end() if mark else max(clause, start - _REACH), start) is not None


def plan_list_size(text: str, clause: int, start: int) -> bool:
    """A count right after a five-year plan's name (`“十三五”规划165项重大工程项目`): the size of the plan's list, part
    of its name, whatever indicator the words after it name (`investment.projects`)."""
    return _PLAN_LIST.search(text, max(clause, start - _REACH), start) is not None


def round_won(text: str, clause: int, start: int) -> bool:
    """An amount right after a start-up's round won (`创业项目获天使投资300万元`, `完成A轮融资5000万元`): one firm's or one
    student's particular, never a place's investment, whatever indicator `投资` names."""
    return _ROUND_WON.search(text, max(clause, start - _REACH), start) is not None


def contract_terms(text: str, s_start: int, start: int) -> bool:
    """A figure after one contract's terms opened in its sentence (`协议约定，公司投资2.5亿元…`): one deal's terms told in
    a case's or a dispute's story, never a place's investment, whatever indicator its words name."""
    return _CONTRACT_TERMS.search(text, max(s_start, start - _REACH), start) is not None
