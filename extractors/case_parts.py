"""What a part of a count of cases named by its origin alone counts: the whole's outcome, among imported or local
cases (`当日新增治愈出院病例316例,其中境外输入病例14例,本土病例302例` → 新增本土治愈出院病例 302)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_ORIGIN_PART = _LEX.compile("case_origin_part")
_OUTCOME = _LEX.compile("case_outcome")
_LEAD = _LEX.compile("case_count_lead")
_DAY_FLOW = _LEX.compile("case_day_flow")
_AS_OF = _LEX.compile("case_as_of")
_PART_LEAD = _LEX.compile("case_part_lead")
_BRACKET = _LEX.compile("case_origin_bracket")
_NEXT_ORIGIN = _LEX.compile("case_origin_next")
_BARE_ORIGIN = _LEX.compile("case_bare_origin")
_CONVERSION = _LEX.compile("case_conversion_after")
_RUNNING_WHOLE = _LEX.compile("case_running_whole")
_KIND_PART = _LEX.compile("case_kind_part")
_SEVERITY = _LEX.compile("case_severity_part")
_CONFIRMED = _LEX.compile("case_severity_confirmed")
_NEXT_MARKS = frozenset(_LEX.words("list_joiner")) | {",", "，"}
_KEEPS_STATE = _LEX.compile("imported_part_state")
_TRAVELLER_PART = _LEX.compile("case_traveller_part")
_ORIGIN_SECTION = _LEX.compile("case_origin_section")
_ORIGIN_WORD = _LEX.compile("case_origin_word")
_CASE_WHOLE = _LEX.compile("case_whole_noun")
_CONVERSION_REACH = 24  # characters after a count: the longest conversion named


def case_part(subject: str, whole: str) -> str:
    """`境外输入` after `新增无症状感染者682例,其中` → 境外输入无症状感染者. A part of newly confirmed cases
    (`新增确诊病例…,其中本土病例…`) keeps its name after the whole's state (新增本土病例: alone, 本土病例 reads as a
    running total); an origin named with no noun (`…,其中境外输入6例`) takes the whole's; the people who came from
somewhere (`其中上海来(返)苏州人员6例`) are the whole's cases among them."""
    if _KIND_PART.match(subject) and (running := _RUNNING_WHOLE.match(whole)):
        return running["running"] + subject  # `累计报告阳性感染者…,其中确诊病例…` → 累计确诊病例
    if _TRAVELLER_PART.search(subject) and _CASE_WHOLE.search(whole):
        return f"{whole}({subject})"  # `…无症状感染者28例,其中上海来(返)苏州人员6例`: those of the whole who came
    part = _ORIGIN_PART.match(subject)
    if part is None:
        return subject
    if not _OUTCOME.search(whole):
        if _BARE_ORIGIN.fullmatch(subject) and whole:
            return _with_origin(whole, part["origin"])
        state = _LEAD.match(whole)["state"]
        return state + subject if state else subject
    lead = _LEAD.match(whole)
    counted = whole[lead.end():]
    state = lead["state"] if lead["state"] and _KEEPS_STATE.match(part["origin"]) else ""
    return state + part["origin"] + counted if counted else subject


def _with_origin(whole: str, origin: str) -> str:
    """`境外输入` alone after `新增确诊病例8例,其中` → 新增境外输入确诊病例: an origin with no noun names nothing alone,
    so the part is the whole's cases of that origin."""
    lead = _PART_LEAD.match(whole).end()
    return whole[:lead] + origin + whole[lead:]


def day_count_part(text: str, start: int, pos: int) -> bool:
    """A part of a count of cases at pos counts a day's flow when its sentence (from start) counts the day's new
    cases and not cases up to a day (`截至…累计…,其中重症病例7例` are levels that day)."""
    return _DAY_FLOW.search(text, start, pos) is not None and _AS_OF.search(text, start, pos) is None


def bracketed_origin(subject: str, whole: str, between: str, last: str = "") -> str:
    """A bracket right after a count that names an origin alone (`新增出院22例(境外输入11例)`) counts the same
    among imported or local cases: 新增境外输入出院, 累计报告境外输入阳性感染者, 境外输入在院. The next origin of the
    same bracket (`住院病例12例(本土10例、境外输入2例)`, last the part before it) counts the same: 境外输入住院病例."""
    bracket = _BRACKET.match(between) or (_NEXT_ORIGIN.match(between) if _origin_part_of(last, whole) else None)
    part = _ORIGIN_PART.match(between[bracket.end():].strip()) if bracket and whole else None
    if part is None:
        return subject  # `本土病例(广东7例,…)`: a place's part keeps its name
    lead = _PART_LEAD.match(whole).end()
    return whole[:lead] + part["origin"] + whole[lead:]


def bracketed_severity(subject: str, whole: str, between: str, last: str = "") -> str:
    """A bracket right after a count of confirmed cases that names a clinical type alone (`…1289例(轻型1287例,普通型2例)`):
    the whole's cases of that type (新增本地轻型确诊病例); the next type of the same bracket too."""
    part = _SEVERITY.match(subject)
    if part is None or not whole or not _CONFIRMED.search(whole):
        return subject
    bracket = _BRACKET.match(between)
    typed = _CONFIRMED.search(last)
    if bracket is None and not (typed is not None and typed["type"] and between[:1] in _NEXT_MARKS):
        return subject
    at = _CONFIRMED.search(whole).start()
    return whole[:at] + part["severity"] + whole[at:]


def _origin_part_of(last: str, whole: str) -> bool:
    """Is last the whole's count among cases of one origin (`本土住院病例` of `住院病例`)?"""
    if not whole or len(last) <= len(whole):
        return False
    lead = _PART_LEAD.match(whole).end()
    return last.startswith(whole[:lead]) and last.endswith(whole[lead:]) \
        and _BARE_ORIGIN.fullmatch(last[lead:len(last) - len(whole) + lead]) is not None


def conversion_after(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """(noun, end) of the conversions a count at pos names right after it (`2例境外输入无症状感染者转确诊病例`):
    its own subject, never the count before's."""
    m = _CONVERSION.match(text, pos, min(end, pos + _CONVERSION_REACH))
    return (m["noun"], m.end()) if m else None


def in_origin_section(heading: str, subject: str) -> str | None:
    """`累计治愈出院病例` under `一、本地疫情` → 累计本地治愈出院病例: a bulletin's section on its local or imported cases
    counts only those, so a count of cases naming no origin takes the section's (never the region's total, which the
    catalogue reads only without an origin); None when the heading names no origin or the subject already does."""
    section = _ORIGIN_SECTION.search(heading) if heading else None
    if section is None or _ORIGIN_WORD.search(subject) or not _CASE_WHOLE.search(subject):
        return None
    return _with_origin(subject, section["origin"])
