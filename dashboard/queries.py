"""The one module that talks to DuckDB for the dashboard: short-lived read-only connections, cached."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from extractors.store import DEFAULT_DB


def db_path() -> Path:
    return Path(os.environ.get("INDICATORS_DB", DEFAULT_DB))


def growth_rates() -> pd.DataFrame:
    p = db_path()
    if not p.exists():
        return pd.DataFrame(columns=["subject", "period_end", "value", "quote", "doc"])
    with duckdb.connect(str(p), read_only=True) as con:
        return con.execute(
            "SELECT subject, period_end, value, quote, doc FROM facts WHERE family = 'growth_rate' "
            "ORDER BY period_end").df()
