"""Part qualifiers: the word a `其中` list's first part puts before one of its whole's things carries to a later part
that names another of the whole's things alone.

`…共运送旅客85万人次、车辆12万台次，其中出港车辆6.1万台次、旅客43万人次` counts the passengers leaving the
port (出港旅客), not all passengers again: the whole counted 车辆 and 旅客, the first part 出港 + 车辆, so the later
bare 旅客 is 出港旅客. Only the sentence's own figures: each thing a whole counted in the part's unit, the qualifier
short (lexicon/breakdowns.toml `part_qualifier`), only the parts listed right after the first one (a whole told again
after a `；` is no part of the list).
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_QUALIFIER = lexicon().compile("part_qualifier")
_MAX_QUALIFIER = 4  # characters: a longer word before the thing names a part of its own
_MIN_THING = 2
_NEAR = 6  # figures read either side of `其中`: a run-on line of figures is not compared pair by pair
_GAP = 4  # characters between a part's figure and the next part's name: a joiner and a qualifier (`左右`)
_JOINERS = "、，,"
_GROUP_ENDS = "；;。"


def _whole_thing(wholes: list[Mention], unit: str | None, subject: str) -> bool:
    """A whole of the sentence counted in that unit whose subject ends with the subject (`…共运输旅客` for 旅客)."""
    return any(w.unit == unit and w.subject.endswith(subject) for w in wholes)


def _qualifier(first: Mention, wholes: list[Mention]) -> str | None:
    """The word before one of the wholes' things in the first part's subject (`出港车辆` → 出港), if it is one."""
    subject = first.subject
    for n in range(1, _MAX_QUALIFIER + 1):
        thing = subject[n:]
        if len(thing) >= _MIN_THING and _QUALIFIER.fullmatch(subject[:n]) and _whole_thing(wholes, first.unit, thing):
            return subject[:n]
    return None


def _next_item(text: str, before: Mention, m: Mention) -> bool:
    """m's subject is the whole of the list item right after the figure before (`…23.3万台次、旅客117万人次`)."""
    item = m.start - len(m.subject)
    between = text[before.end:item] if before.end <= item else ""
    return 0 < len(between) <= _GAP and between[-1] in _JOINERS and text.startswith(m.subject, item) \
        and not any(c in between for c in _GROUP_ENDS) and not any(c.isdigit() for c in between)


def with_part_qualifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence, a later `其中` part naming another thing of the wholes alone, listed right after the
    first part, given the first part's qualifier (出港旅客)."""
    first = next((i for i, m in enumerate(mentions) if m.part), None)
    if first is None or mentions[first].kind != "level" or mentions[first].place is not None:
        return mentions
    wholes = [m for m in mentions[max(0, first - _NEAR):first] if m.kind == "level"]  # the list right before `其中`
    qualifier = _qualifier(mentions[first], wholes) if wholes else None
    if qualifier is None:
        return mentions
    out, named, last = list(mentions), {}, first
    for i in range(first + 1, min(len(out), first + _NEAR)):
        m = out[i]
        if not (m.part and m.kind == "level" and m.place is None and _next_item(text, out[i - 1], m)):
            break  # the list of parts ended
        last = i
        if not m.subject.startswith(qualifier) and _whole_thing(wholes, m.unit, m.subject) \
                and not _whole_thing(wholes, m.unit, qualifier + m.subject):
            out[i] = replace(m, subject=qualifier + m.subject)
            named[m.subject] = out[i].subject
    return _rates_of_parts(text, out, last, named)


def _rates_of_parts(text: str, mentions: list[Mention], last: int, named: dict[str, str]) -> list[Mention]:
    """The rates told right after the parts (`其中出港车辆…、旅客…,分别增长5%、8%`) measure the parts, so a rate named
    after a thing the parts' qualifier was given to is named as that part is (出港旅客)."""
    out = list(mentions)
    for i in range(last + 1, min(len(out), last + _NEAR)) if named else ():
        m = out[i]
        if m.kind != "change" or any(c in text[out[last].end:m.start] for c in _GROUP_ENDS):
            break  # a level or another group: no rate of the parts
        if m.subject in named:
            out[i] = replace(m, subject=named[m.subject])
    return out
