"""Rate counts: a count whose clause says it is per day, month or year (`平均每天…报告约8万例新增病例`, `每年有7万余名
干部驻村`) keeps that rate in its subject (新增病例(平均每天)), so it does not read as the span's total (audit sheet 47
item 1). Only the count whose thing is named after it: a measure named before its figure keeps its own words
(`日均客流量`). Words in lexicon/owners.toml (`count_rate_adverb`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_RATE = _LEX.compile("(?r){count_rate_adverb}")  # the last in the clause


def with_rate(left: str, subject: str) -> str:
    """`新增病例` counted after `全球平均每天向…报告约` → 新增病例(平均每天); any other subject (one that names a rate
    already: `每年死亡`) unchanged."""
    if not subject or (m := _RATE.search(left)) is None or _RATE.search(subject) is not None:
        return subject
    return f"{subject}({m['rate']})"
