"""An annual average whose clause counts its own years against a base year (`2022年…；与2020年相比，两年平均增长2.5%`,
`比2019年…三年平均增长`): the N years ending the figure's year (2021–2022), not the span from the base year, which
is the level the average starts from, not a year it averages."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _num

_STATED_AVERAGE = lexicon().compile("stated_years_average")
_REACH = 40  # characters before a figure where its clause's `两年平均` stands


def counted_average_years(text: str, lo: int, pos: int, period: Period) -> Period:
    """period, a span of whole years from a base year N years before its last (over_base_year), cut to the N years
    ending that last year when the clause before pos states an N-year average; any other period as it was."""
    if period.start is None or period.end is None or (period.start.month, period.start.day) != (1, 1) \
            or (period.end.month, period.end.day) != (12, 31):
        return period
    m = _STATED_AVERAGE.search(text, max(lo, pos - _REACH), pos)
    n = _num(m["n"]) if m else None
    if not n or period.end.year - period.start.year != n:
        return period
    return Period(date(period.end.year - n + 1, 1, 1), period.end)
