"""A count's parts told body by body after `其中` (`有12件逾期,其中鸠江区政府5件,市住建局3件`) count the whole's thing.

Each part is the whole's measure for its body: a division's government is the division (`鸠江区政府5件` → 逾期, read under
鸠江区 by its place words), any other body owns the measure in the subject (`市住建局3件` → 市住建局逾期). A count shared by
bodies listed together (`市教育局、市水务局各1件`) is no single body's: no fact. Words in lexicon/owners.toml
(`ranked_unit`, `ranked_units_shared`).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .lexicon import lexicon
from .mention import Mention
from .places import place_mentions

_LEX = lexicon()
_UNIT = _LEX.compile("ranked_unit")
_SHARED = _LEX.compile("ranked_units_shared")
_EDGES = " ,，;；、:："
_CLAUSE_MARK = regex.compile(r"[,，;；:：]")
_MAX_WHOLE = 8  # characters: a whole named briefly (`逾期`, `发生事故`); a longer subject is a clause, no measure


def per_unit(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions (text order) with each body's part of a count named by the whole's measure."""
    out: list[Mention] = []
    whole, end = None, start
    for m in mentions:
        words, end = text[end:m.start].strip(_EDGES), m.end
        if not m.part:
            whole = m if 2 <= len(m.subject) <= _MAX_WHOLE else None
            out.append(m)
            continue
        if whole is None or whole.unit != m.unit or m.kind != "level":
            out.append(m)
            continue
        item = _CLAUSE_MARK.split(words)[-1].strip(_EDGES)
        if _SHARED.search(item) and not m.place:
            continue  # `市教育局、市水务局各1件`: several bodies' counts in one figure (places': one figure each)
        found = _UNIT.fullmatch(item)
        if found is None:
            out.append(m)
        elif found["division"] and _known_place(found["body"], found["division"]):
            out.append(replace(m, subject=whole.subject))
        else:
            out.append(replace(m, subject=found["body"] + whole.subject))
    return out


def _known_place(body: str, division: str) -> bool:
    """`鸠江区` in `鸠江区政府` is a place the gazetteer knows (its region is then read from the text)."""
    return any(p.end - p.start == len(division) and p.start == 0 for p in place_mentions(body))


_COUNT_BEFORE = regex.compile(r"\d(?:\s?\p{Han}{1,2}|\s?[%％])$")  # `…5件,` or its share `…占比24.1%,`


def body_item(text: str, own: int, pos: int) -> str | None:
    """`…鸠江区政府5件,市住建局3件`: the comma clause from own (after its mark) to the figure at pos is the next item
    of a list of bodies' counts, a body of its own that is no division's government, so a place of an earlier item is
    not its place: the body's name, else None."""
    name_end = next((i for i in range(own, pos) if text[i].isdigit()), pos)  # `移动公司27件、占比69.2%`: its share too
    found = _UNIT.fullmatch(text, own, name_end)
    listed = found is not None and not found["division"] and _COUNT_BEFORE.search(text, max(0, own - 9), own - 1)
    return found["body"] if listed else None


def firm_body(body: str) -> bool:
    """The body named is a firm whose name names no place (`移动公司`, `供暖公司`): its figures are its own, no
    place's (`中国电信蚌埠分公司` is the city's branch)."""
    return _FIRM_END.search(body) is not None and not place_mentions(body)


_FIRM_END = _LEX.compile("(?:{firm_kind})$")
