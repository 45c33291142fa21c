"""A later measure of a sentence named after the owner the figure before it had: a trade flow's good or partner
(`钢材出口212.8亿元,出口均价为每吨5738.9元` → 钢材出口均价), a group of visitor sites (`主要旅游景区景点接待游客…,门票收入…`
→ 主要旅游景区景点门票收入), and the comparable-price basis written alone, which names no measure of its own
(`农林牧渔业增加值69.68亿元,可比价增长5.1%` → 农林牧渔业增加值). Words in lexicon/subjects.toml (`flow_owner_before`,
`flow_measure_after_owner`, `site_group_intake`, `site_group_revenue`, `comparable_price_basis`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_COMPARABLE = _LEX.compile("comparable_price_basis")
_FLOW_OWNER = _LEX.compile("flow_owner_before")
_FLOW_MEASURE = _LEX.compile("flow_measure_after_owner")
_SITE_GROUP = _LEX.compile("site_group_intake")
_SITE_REVENUE = _LEX.compile("site_group_revenue")


def owned_after(prev: str, subject: str, change: bool) -> str | None:
    """The subject named after the previous figure's owner, or None when no such rule holds."""
    if subject and (owned := _FLOW_OWNER.match(prev)) is not None and subject.startswith(owned["flow"]) \
            and _FLOW_MEASURE.match(subject):  # `…;出口总额…`: every export's again
        return owned["owner"] + subject
    if (sites := _SITE_GROUP.match(prev)) is not None and _SITE_REVENUE.fullmatch(subject):
        return sites["group"] + subject
    if change and _COMPARABLE.fullmatch(subject):
        return prev  # the measure's change, at comparable prices as every change is
    return None
