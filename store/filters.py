"""Filters over facts and the family views, turned into a WHERE clause with bound parameters only.

The export command, `indicators facts` and the dashboard share this one filter type, so a filter means the
same thing everywhere. User input never becomes SQL text: column names come from this module, values are `?`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta

from .columns import READ_COLUMNS

Value = str | Sequence[str] | None


MISSING = ("period", "region", "published", "indicator")


class FilterError(ValueError):
    """A filter that cannot apply (bad date, or a column the table does not have)."""


def _as_list(v: Value) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v] if v != "" else []
    return [str(x) for x in v if x not in (None, "")]


def _as_date(v: date | str | None, what: str, end: bool = False) -> date | None:
    """A date, or a year or month as shorthand: its first day, or with `end` its last day
    (`--to 2021` keeps all of 2021, `--to 2021-02` all of February)."""
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    text = str(v).strip()
    try:
        if len(text) == 4:
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        if len(text) == 7:
            first = date.fromisoformat(text + "-01")
            if not end:
                return first
            return date(first.year, 12, 31) if first.month == 12 else \
                date(first.year, first.month + 1, 1) - timedelta(days=1)
        return date.fromisoformat(text)
    except ValueError:
        raise FilterError(f"{what} must be a date like 2021-07-04, 2021-07 or 2021, not {v!r}") from None


@dataclass(frozen=True)
class FactFilter:
    """What to keep. Each field is optional; a str or a list of str (any of them) for the categorical ones.

    `period_from`/`period_to` keep facts whose period overlaps that range; `search` is a case-insensitive
    substring of the subject or the quote (e.g. a figure as printed: "181.68"). `series` is what a chart draws
    as one line (the `series` column of `corrected_facts`), `grain` the period's grain; `placed` keeps only
    facts with a period (those a time axis can place); `missing` keeps facts that lack all the named things:
    `period`, `region`, `published` (the report's date) or `indicator` (uncatalogued).
    """

    family: Value = None
    indicator: Value = None
    region: Value = None
    period_from: date | str | None = None
    period_to: date | str | None = None
    search: str | None = None
    document_id: Value = None
    doc: Value = None
    status: Value = None
    series: Value = None
    grain: Value = None
    placed: bool = False
    missing: Value = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "", [], (), False) for f in fields(self))

    def where(self, columns: Iterable[str] | None = None) -> tuple[str, list]:
        """`(where_sql, params)`: `where_sql` is "" or starts with "WHERE"; params bind its `?` in order.

        `columns` are the columns of the table being filtered (default: the `corrected_facts` view that every
        reader of facts uses); a filter on a column the table lacks raises `FilterError`. Tables with a `day` column instead of a period
        (`covid_cases`) take the period range on that day.
        """
        cols = set(columns) if columns is not None else set(READ_COLUMNS)
        clauses: list[str] = []
        params: list = []

        def need(col: str, flag: str) -> None:
            if col not in cols:
                raise FilterError(f"the filter {flag} does not apply to this table (it has no {col} column)")

        for col, flag in (("family", "--family"), ("indicator", "--indicator"), ("region", "--region"),
                          ("document_id", "--document-id"), ("doc", "--doc"), ("status", "--status"),
                          ("series", "series"), ("grain", "--grain")):
            values = _as_list(getattr(self, col))
            if not values:
                continue
            need(col, flag)
            clauses.append(f"{_quote(col)} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

        start, end = self._period_columns(cols)
        lo = _as_date(self.period_from, "--from")
        hi = _as_date(self.period_to, "--to", end=True)
        if lo and hi and lo > hi:
            raise FilterError(f"--from {lo} is after --to {hi}")
        if (lo or hi) and start is None:
            raise FilterError("the period filters --from/--to do not apply to this table (it has no period)")
        for what in _as_list(self.missing):
            if what not in MISSING:
                raise FilterError(f"--missing takes {', '.join(MISSING)}, not {what!r}")
            if what == "period":
                if start is None:
                    raise FilterError("--missing period does not apply to this table (it has no period)")
                clauses.append(f"{start} IS NULL AND {end} IS NULL")
            else:
                need(what, f"--missing {what}")
                clauses.append(f"{_quote(what)} IS NULL")
        if self.placed:
            if start is None:
                raise FilterError("this table has no period to place facts in time")
            clauses.append(f"coalesce({start}, {end}) IS NOT NULL")
        if lo:
            clauses.append(f"coalesce({end}, {start}) >= ?")
            params.append(lo)
        if hi:
            clauses.append(f"coalesce({start}, {end}) <= ?")
            params.append(hi)

        if self.search:
            searchable = [c for c in ("subject", "quote", "name", "path") if c in cols]
            if not searchable:
                raise FilterError("--search does not apply to this table (no subject or quote)")
            clauses.append("(" + " OR ".join(
                f"contains(lower(coalesce({_quote(c)}, '')), lower(?))" for c in searchable) + ")")
            params.extend([self.search] * len(searchable))

        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    @staticmethod
    def _period_columns(cols: set[str]) -> tuple[str | None, str | None]:
        if {"period_start", "period_end"} <= cols:
            return "period_start", "period_end"
        if "day" in cols:
            return "day", "day"
        if "published" in cols:
            return "published", "published"
        return None, None


def _quote(col: str) -> str:
    return f'"{col}"'
