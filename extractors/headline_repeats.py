"""A headline figure that restates a body figure in round words (`产业投入逾七百亿` over the body's `截至6月底…产业投入
753.71亿元`): the body's figure, told once with its own time, not a second fact dated to the publication day."""

from __future__ import annotations

from decimal import Decimal

from .fact import Fact
from .sentences import Segmented

_ROUND_DIGITS = 2       # a round figure has at most two significant digits (`七百亿`, `十万`, `1.5万`)
_ROUNDING_SLACK = 0.12  # how far from the round figure the body's exact one may lie
_AT_MOST = ("less_than",)            # `近`, `不足`: the body's figure is not above it
_AT_LEAST = ("more_than", "at_least")  # `逾`, `超`, `以上`: the body's figure is not below it


def is_round(value: float) -> bool:
    """At most two significant digits: `700亿`, `10万`, `6%`, `1.5万`."""
    digits = Decimal(repr(float(value))).normalize().as_tuple().digits
    return value != 0 and len(digits) <= _ROUND_DIGITS


def rounds_to(body: float, head: float, qualifier: str) -> bool:
    """The body's figure, said round as the headline's (on the side its qualifier allows)."""
    if not is_round(head) or body == head or abs(body - head) > _ROUNDING_SLACK * abs(head):
        return False
    return not (qualifier in _AT_MOST and body > head or qualifier in _AT_LEAST and body < head)


def same_measure(head: Fact, body: Fact) -> bool:
    """The same measure: one family, unit and status, and one indicator, or one name inside the other
    (`产业投入` in `万企帮万村产业投入`)."""
    if (head.family, head.unit, head.status) != (body.family, body.unit, body.status):
        return False
    if head.indicator or body.indicator:
        return head.indicator == body.indicator
    return bool(head.subject and body.subject) and (head.subject in body.subject or body.subject in head.subject)


def round_repeats(facts: list[Fact], articles: list[int], undated_heads: list[bool]) -> set[int]:
    """The indexes of undated headline facts that restate, in round words, a body fact of their article."""
    return {i for i, head in enumerate(facts) if undated_heads[i] and any(
        not undated_heads[j] and articles[j] == articles[i] and same_measure(head, body)
        and rounds_to(body.value, head.value, head.qualifier) for j, body in enumerate(facts))}


def body_article(seg: Segmented, article: int) -> int:
    """The article whose body a headline of `article` heads: its own, or, when it holds headline lines only (a lead
    line with a comma, before the headline that opens the body's article), the next one's."""
    while article + 1 < len(seg.articles):
        a = seg.articles[article]
        if any(a.start <= p < a.end and p not in seg.headline_starts and p not in seg.lead_starts
               for p, _ in seg.paragraphs):
            break
        article += 1
    return article
