"""The one list of fact columns: the fact contract's fields plus the document id and the rule, with SQL types.

The `facts` table, its Arrow batches (store/records.py), the filters and every reader are made from it.
"""

from __future__ import annotations

from extractors.fact import CONTRACT_FIELDS

FACT_COLUMNS = (*CONTRACT_FIELDS, "document_id", "rule")
"""Column order of the `facts` table: the fact contract's fields, then the document id and the rule id."""

FACT_TYPES = {
    "doc": "VARCHAR NOT NULL", "published": "DATE", "family": "VARCHAR NOT NULL", "indicator": "VARCHAR",
    "subject": "VARCHAR", "region": "VARCHAR", "period_start": "DATE", "period_end": "DATE",
    "value": "DOUBLE NOT NULL", "value_high": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR",
    "status": "VARCHAR", "quote": "VARCHAR", "start": "BIGINT", "end": "BIGINT",
    "document_id": "VARCHAR NOT NULL", "rule": "VARCHAR",
}
"""SQL type of every fact column, by name."""
assert set(FACT_TYPES) == set(FACT_COLUMNS), "every fact column needs its SQL type"

DERIVED_COLUMNS = ("grain", "period", "series", "corrected")
"""What the `corrected_facts` view adds: the period's grain and label, the chart series, the corrected fields."""

READ_COLUMNS = (*FACT_COLUMNS, *DERIVED_COLUMNS)
"""Columns of `corrected_facts`, the view every reader of facts uses."""
