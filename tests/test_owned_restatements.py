"""A measure named alone that restates an owned amount kept before it (extractors/draft_facts.py `_restates_owned`):
`学前教育幼儿资助金额6.8亿元` then, in a later section, `资助金额共计6.8亿元` is one figure, kept once under its owner.
Only amounts: a count of things named alone may be the whole an earlier subset equals. Each row is our own text and
ALL the facts it must give (subject, value)."""

from __future__ import annotations

import pytest

from tests.factcase import facts_of

ROWS = [
    # the bare amount restates the owned one: kept once, under its owner
    ("2019年，全省资助学前教育幼儿52.3万人次，资助金额6.8亿元。学前教育资助：资助金额共计6.8亿元。",
     [("资助学前教育幼儿", 523_000), ("学前教育幼儿资助金额", 680_000_000)]),
    ("2019年，全省资助本科生4.6万人，资助金额2.5亿元。本科生资助方面，资助金额2.5亿元。",
     [("资助本科生", 46_000), ("本科生资助金额", 250_000_000)]),
    # negatives: another value, or a count of things (a whole that equals an earlier subset), stays
    ("2019年，全省资助学前教育幼儿52.3万人次，资助金额6.8亿元。学前教育资助：资助金额共计7.1亿元。",
     [("资助学前教育幼儿", 523_000), ("学前教育幼儿资助金额", 680_000_000), ("资助金额", 710_000_000)]),
    ("2022年末，全县通广播行政村181个。全县共有181个行政村。",
     [("通广播行政村", 181), ("行政村", 181)]),
]


@pytest.mark.parametrize("text,expected", ROWS, ids=[row[0][:12] for row in ROWS])
def test_owned_amount_restated_bare_counts_once(text, expected):
    assert [(f["subject"], f["value"]) for f in facts_of(text)] == expected
