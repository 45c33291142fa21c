"""Macro-regions as the items of a `分别` list (`东、中、西部地区快递业务量比重分别为…`): a later `分别` clause of the
sentence that names only its measure (`业务收入比重分别为…`) measures the same regions, in order. A list of several
macro-regions gives no region to a figure of them together; a `分别` list spreads one figure to each, whose subject
opens with its own macro-region: that macro-region is its region (`东部、中部地区投资分别增长7%和8%`)."""

from __future__ import annotations

from .figure_lists import earlier_levels
from .lexicon import lexicon

_MACRO = lexicon().values("macro_region")   # as written → the canonical name (`长江三角洲` → 长三角)
_LONGEST_FIRST = sorted(_MACRO, key=len, reverse=True)
_ITEM_LEAD = "".join(lexicon().words("list_joiner")) + "，,；; "  # what opens a later item of a run
_BREAKDOWN = lexicon().compile("{breakdown_opening}|{breakdown_by_class}")  # `分地区看,`: breakdown_measures' items


def _owner(subject: str) -> tuple[str, str] | None:
    """(the macro-region as the subject writes it, its canonical name) when the subject opens with one."""
    word = next((w for w in _LONGEST_FIRST if subject.startswith(w)), None)
    return (word, _MACRO[word]) if word is not None and len(subject) > len(word) else None


def macro_items_before(head: str, mentions: list, start: int, n: int) -> list[str] | None:
    """`东、中、西部地区快递业务量比重分别为…,业务收入比重分别为…`: the later clause's measure for each macro-region
    the figures just before it in the sentence were about, in order."""
    if len(head) < 2 or _owner(head) is not None:
        return None
    levels = earlier_levels(mentions, start, n)
    owners = [_owner(s) for s in levels] if levels else None
    if not owners or not all(owners) or len({o[1] for o in owners}) != n:
        return None
    return [word + head for word, _ in owners]


def macro_places(subjects: list) -> list[str] | None:
    """`东部地区投资`, `中部地区投资` spread by one `分别`: each figure's region is the macro-region its subject opens
    with, when every item opens with a different one."""
    owners = [_owner(s) if s else None for s in subjects]
    if len(owners) < 2 or not all(owners) or len({o[1] for o in owners}) != len(owners):
        return None
    return [o[1] for o in owners]


def macro_run_item(raw: str, subject: str, unit: str | None, earlier: list, told: str) -> tuple[str, str] | None:
    """`东部地区投资增长4.1%,中部地区增长9.5%`, `其中，西部地区资助16万人次、中部地区资助33万人次`: an item of a run over
    macro-regions (the last earlier figure of its unit in the sentence is another macro-region's) is its own
    macro-region's: (subject, region), the subject that figure's measure when it names none of its own (中部地区 →
    中部地区投资). A sentence that opened a breakdown before it (`分地区看,`, told) names its items by the whole's
    measure already (breakdown_measures.py)."""
    if _BREAKDOWN.search(told):
        return None
    item = raw.lstrip(_ITEM_LEAD)
    word = next((w for w in _LONGEST_FIRST if item.startswith(w)), None)
    last = next((m.subject for m in reversed(earlier) if m.unit == unit), None)
    before = _owner(last) if word is not None and last else None
    if before is None or before[1] == _MACRO[word]:
        return None
    return (word + last[len(before[0]):] if subject == word else subject), _MACRO[word]
