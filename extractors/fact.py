"""The fact contract: one extracted numeric fact, exactly the fields listed in DESIGN.md."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

FAMILIES = ("growth_rate", "investment", "hotline", "covid", "sock_industry", "other")
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "range")
STATUSES = ("actual", "target", "estimate")

# The order of the public contract fields, as printed by `indicators extract`.
CONTRACT_FIELDS = (
    "doc", "published", "family", "indicator", "subject", "region",
    "period_start", "period_end", "value", "value_high", "unit",
    "qualifier", "status", "quote", "start", "end",
)


_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps with options builds a new one per call


@dataclass(frozen=True, slots=True)
class Fact:
    """One numeric fact read from one document; offsets point into the decoded source text. Immutable once
    built: a later sentence that renames a fact replaces it (`dataclasses.replace`)."""

    doc: str
    published: str | None
    family: str
    indicator: str | None
    subject: str
    region: str | None
    period_start: str | None
    period_end: str | None
    value: float | int
    value_high: float | int | None
    unit: str
    qualifier: str
    status: str
    quote: str
    start: int
    end: int
    # Not part of the printed contract: where the fact came from inside the extractor.
    rule: str = field(default="", compare=False)

    def contract(self) -> dict:
        """The fact as the public contract dict (no internal fields)."""
        return {k: getattr(self, k) for k in CONTRACT_FIELDS}

    def to_json(self) -> str:
        return _JSON.encode(self.contract())


def contract_problems(fact: dict, text: str | None = None) -> list[str]:
    """Why a contract dict breaks the contract (empty list when it is valid).

    With the decoded document text, also checks that the offsets are inside it and the quote holds the match.
    """
    problems = []
    missing = [k for k in CONTRACT_FIELDS if k not in fact]
    if missing:
        problems.append(f"missing fields {missing}")
        return problems
    if fact["family"] not in FAMILIES:
        problems.append(f"unknown family {fact['family']!r}")
    if fact["qualifier"] not in QUALIFIERS:
        problems.append(f"unknown qualifier {fact['qualifier']!r}")
    if fact["status"] not in STATUSES:
        problems.append(f"unknown status {fact['status']!r}")
    if not isinstance(fact["value"], int | float) or isinstance(fact["value"], bool):
        problems.append("value is not a number")
    if fact["value_high"] is not None and fact["value_high"] < fact["value"]:
        problems.append("value_high below value")
    ps, pe = fact["period_start"], fact["period_end"]
    if ps and pe and ps > pe:
        problems.append("period_start after period_end")
    if not (0 <= fact["start"] < fact["end"]):
        problems.append("bad offsets")
    if text is not None:
        if fact["end"] > len(text):
            problems.append("offsets outside the text")
    return problems
