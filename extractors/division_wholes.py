"""The total a division by place breaks down when no `X中,` heading names it: `2024年1—10月,铁岭市规模以上工业增加值同比
下降5.3%。⏎分地区看,开发区同比增长3.4%,昌图县同比增长1.3%…` lists each place's growth of 规模以上工业增加值 (the places'
items name no measure). The total is the first figure of the sentence before when the lexicon knows its parts'
measure (`breakdown_measures.measure_of_parts`), else the article's first such total: after a part (`其中:税收收入…`) or an industry breakdown
(`…23个行业增加值同比下降…`) the places break the whole down again (kinds63 Tieling)."""

from __future__ import annotations

from .breakdown_measures import measure_of_parts
from .lexicon import lexicon
from .mention import Mention

_DIVISION = lexicon().compile("division_opening")
_PART_OPENING = lexicon().compile("part_opening")
_CHANGE = "change"  # only a change is broken down so: a count's places (`南山区40例`) need their own heading


def carried_measure(text: str, start: int, before: list[Mention], whole: tuple[int, str], before_start: int) -> str:
    """The measure a sentence opening with a way of division by place (`分地区看,开发区同比增长3.4%,昌图县…`) breaks
    down when the sentence before names no `X中,` heading: the measure of that sentence's first change when it is a
    total the lexicon knows (`规模以上工业增加值`) and the sentence (from before_start) is no part (`其中:…`), else the
    article's first such total (whole: its article and measure;
    after an industry breakdown's `23个行业增加值同比下降…` the places break down the whole again, kinds63 Tieling);
    "" when the sentence opens otherwise or no total is known."""
    if _DIVISION.match(text, start) is None:
        return ""
    first = next((m for m in before if m.kind == _CHANGE), None) if _PART_OPENING.match(text, before_start) is None \
        else None
    if first is not None and _breaks_down(first):
        return first.subject
    return whole[1]


def _breaks_down(m: Mention) -> bool:
    """A whole's change a division by place may break down: no place's item, no part, a measure the lexicon knows."""
    return m.kind == _CHANGE and not m.place and not m.part and measure_of_parts(m.subject) is not None


def article_whole(whole: tuple[int, str], article: int, mentions: list[Mention]) -> tuple[int, str]:
    """The article's first change of a total the lexicon knows the parts of (`规模以上工业增加值`), as (article, measure)."""
    if whole[0] == article and whole[1]:
        return whole
    found = next((m.subject for m in mentions if _breaks_down(m)), "")
    return (article, found)
