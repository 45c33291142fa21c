"""Owners carried from an earlier sentence: a firm a clause points back at (`该行`, `公司`), or the firm whose act
opens the paragraph's sentences before a sentence that has no actor of its own.

`此外，汉口银行与…合作，…。推出创业担保贷款，累计发放贷款15亿元` is the bank's lending, not the province's, and
`…卧龙集团里…。公司汇聚了…，拥有5000多名外籍员工` counts the group's staff. A measure a firm keeps of itself named
alone (lexicon/owners.toml `firm_measure_head`) takes the firm's name only on such a cue, and never when its sentence
names a place or another firm before it; an earlier round found that the previous sentence's firm, taken without
a cue, is often the wrong owner. A measure named alone in an unbroken run of clauses that are each a measure and its figure after one a firm keeps
(`…利润总额2825亿元，上缴税金1891亿元`) is the same firm's account. A part after `其中` of a whole that opens such a sentence is the same firm's
(`截至2019年底，在华累计投资…，其中，高端制造投资…` → 某集团高端制造投资). Such a figure is the firm's, so never the
paper's whole country (resolve.py).
"""

from __future__ import annotations

import regex

from .document_firms import names_document_firm
from .firm_figures import firm_actor, names_a_firm, owns_up_to
from .firm_references import firms_named
from .lexicon import lexicon
from .places import place_mentions
from .sentences import sentence_start_before

_LEX = lexicon()
_MEASURE = _LEX.compile("firm_measure_head")
_FIRM = _LEX.compile("firm_name")
_ANAPHOR = _LEX.compile("firm_anaphor")
_ACTOR = _LEX.compile("firm_actor_opening")
_NO_ACTOR = _LEX.compile("carried_act_opening")
_LEAD = _LEX.compile("sentence_lead")
_IN_COUNTRY = _LEX.compile("firm_acts_in_country")
_WHOLE_OPENING = _LEX.compile("carried_whole_opening")
_ACTS_IN = _LEX.compile_at("anaphor_acts_in")
_LOCAL = _LEX.compile("local_anaphor")
_SERIES_ITEM = _LEX.compile("firm_series_measure")
_OF_WHICH = _LEX.words("of_which")[0]
_SCOPE_TAIL = regex.compile(r"[(][^()]*[)]$")  # `外籍员工(占员工)`: a share of the measure, named after it
_BACK = 3  # sentences of the paragraph read back for the firm whose act they carry on
_MAX_OWNED = 24  # characters: a longer subject is a piece of narrative
_REACH = 400  # characters of the paragraph read back from a figure: a run-on paragraph is read nearby only
_SERIES_BACK = 4  # clauses of a firm's series read back: a longer run tells of more than the firm
_COMMAS = "，,"
_CLAUSE_ENDS = "，,；;。"


def carried_firm(text: str, para_start: int, sent_start: int, pos: int, subject: str, part: bool = False) -> str:
    """The subject of a figure at pos (its sentence opening at sent_start) with the firm an anaphor of its sentence
    or its paragraph's actor names, when the subject is a firm's measure named alone (a part of a whole after `其中`
    when part); else the subject as it is."""
    if not _MEASURE.search(_SCOPE_TAIL.sub("", subject)):  # the measure ends the subject (`外籍员工(占员工)`)
        series = _series_item(text, sent_start, pos, subject) and _sentence_actor(text, sent_start, pos)
        return (series and firm_owned(series, subject)) or subject  # `…利润总额…，上缴税金…`: the firm's series
    anaphors = list(_ANAPHOR.finditer(text, sent_start, pos))
    anaphor = anaphors[-1] if anaphors else None  # the last one before the figure points at its owner
    bare = subject[len(anaphor[0]):] if anaphor and subject.startswith(anaphor[0]) else subject
    if not _MEASURE.search(_SCOPE_TAIL.sub("", bare)) or _FIRM.search(bare) or _ANAPHOR.search(bare) \
            or names_document_firm(text, bare):
        return subject
    if anaphor is not None:
        firm = _one_firm(text, para_start, (anaphor.start(), anaphor.end()), pos, bare)
    else:
        firm = _sentence_actor(text, sent_start, pos) or (part and _whole_owner(text, sent_start, pos)) \
            or _paragraph_actor(text, para_start, sent_start, pos, subject, part)
    return (firm and firm_owned(firm, bare)) or subject


def firm_owned(firm: str, subject: str) -> str | None:
    """The subject with its firm's name before it, or None when that is too long to be a measure's name."""
    if subject.startswith(firm):
        return None  # `云帆科技实现营业收入`: the subject names its firm already
    owned = firm + subject
    return owned if len(owned) <= _MAX_OWNED else None


def _one_firm(text: str, para_start: int, anaphor: tuple[int, int], pos: int, bare: str) -> str | None:
    """The one firm the paragraph names before an anaphor (its span), when nothing between the anaphor and the
    figure (its measure bare) names a place or another firm, but where the firm works (_past_site)."""
    at, after = anaphor
    if _FIRM.search(text, after, pos) or place_mentions(text, _past_site(text, after, pos, bare), pos):
        return None
    names = firms_named(text, max(para_start, at - _REACH), at)
    return names.pop() if len(names) == 1 else None


def _past_site(text: str, after: int, pos: int, bare: str) -> int:
    """Where the text after an anaphor (ending at after) stops telling where the firm works: past `在` and a place
    (`该公司在浙江…`, lexicon anaphor_acts_in) when a later clause opens with the measure (bare) of the figure at pos
    after its lead alone (`，去年营业收入…`; not `，还与当地政府签署了…投资`); else after."""
    m = _ACTS_IN.match(text, after, pos)
    places = place_mentions(text, m.end(), pos) if m is not None else []
    clause = max(text.rfind(c, after, pos) for c in "，,") + 1
    if not places or places[0].start != m.end() or clause <= places[0].end or _LOCAL.search(bare):
        return after
    lead = _LEAD.match(text, clause, pos)
    return places[0].end if lead is not None and text.startswith(bare, lead.end()) else after


def _sentence_actor(text: str, sent_start: int, pos: int) -> str | None:
    """The firm opening the figure's own sentence as its actor (`截至2018年末，南岭银行县域贷款余额…，农户贷款…`),
    when nothing between it and the figure names a place, another firm or a `；`."""
    actor = firm_actor(text, sent_start)
    return actor[0] if actor is not None and actor[1] <= pos and owns_up_to(text, actor[1], pos) else None


def _paragraph_actor(text: str, para_start: int, sent_start: int, pos: int, subject: str, part: bool) -> str | None:
    """The firm whose act opens the nearest earlier sentence of the paragraph, when the figure's sentence and any
    between have no actor of their own (they open with an act, or with the figure's measure or, for a part, its
    whole's)."""
    lead = _LEAD.match(text, sent_start)
    opens_with_measure = lead is not None and (text.startswith(subject, lead.end())
                                               or part and _opens_with_whole(text, lead.end(), pos))
    if not (opens_with_measure or _NO_ACTOR.match(text, sent_start)) \
            or _FIRM.search(text, sent_start, pos) or _places_named(text, sent_start, pos):
        return None
    end = sent_start
    for _ in range(_BACK):
        if end <= para_start + 1:
            return None
        floor = max(para_start, end - _REACH)
        lo = sentence_start_before(text, floor, end)
        if (m := _ACTOR.match(text, lo)) is not None:
            return m["firm"]
        if not _NO_ACTOR.match(text, lo):
            return None
        end = lo
    return None


def _whole_owner(text: str, sent_start: int, pos: int) -> str | None:
    """The one firm whose measure named alone opens the sentence (after its lead) before `其中` and a part at pos
    (`截至2019年底，宏达集团在华累计投资…，其中，高端制造投资…` → 宏达集团)."""
    lead = _LEAD.match(text, sent_start)
    whole = _WHOLE_OPENING.match(text, lead.end(), pos) if lead is not None else None
    if whole is None or _OF_WHICH not in text[whole.end():pos] or not (firm := _FIRM.match(whole["measure"])):
        return None
    measure = whole["measure"][firm.end():]
    return firm[0] if _MEASURE.search(measure) and not _FIRM.search(measure) and names_a_firm(firm[0]) else None


def _opens_with_whole(text: str, at: int, pos: int) -> bool:
    """The sentence (after its lead, at `at`) opens with a firm's measure named alone and its figure, then `其中`
    before pos (`在华累计投资407亿美元，其中，…`): the whole a part at pos belongs to."""
    m = _WHOLE_OPENING.match(text, at, pos)
    return m is not None and _MEASURE.search(m["measure"]) is not None and _OF_WHICH in text[m.end():pos]


def _places_named(text: str, start: int, end: int) -> bool:
    """text[start:end] names a place whose figure it could be, not the country a firm acts in (`在华累计投资`)."""
    return any(not (m.kind == "china" and (_IN_COUNTRY.fullmatch(text, m.start, m.end)
                                            or _IN_COUNTRY.fullmatch(text, max(0, m.start - 1), m.end)))
               for m in place_mentions(text, start, end))


def _series_item(text: str, sent_start: int, pos: int, subject: str) -> bool:
    """`茅台集团累计实现白酒产量…，销售收入…，利润总额…，上缴税金…`: a measure named alone (firm_series_measure)
    opening its comma clause, the figure at pos, after an unbroken run of clauses that are each only a measure and its
    figure, back to one whose measure a firm keeps of itself (firm_measure_head): the run is one account of the firm."""
    clause = max(text.rfind(c, sent_start, pos) for c in _COMMAS) + 1
    if clause <= sent_start or not _SERIES_ITEM.fullmatch(subject) or not text.startswith(subject, clause):
        return False
    end = clause
    for _ in range(_SERIES_BACK):
        before = max(sent_start, max(text.rfind(c, sent_start, end - 1) for c in _CLAUSE_ENDS) + 1)
        m = _WHOLE_OPENING.match(text, before, end)
        if m is None or m.end() != end:
            return False
        if _MEASURE.search(m["measure"]):
            return True
        end = before
    return False
