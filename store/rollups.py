"""The rollups the overview and chart pages read: defined once over `facts` and `documents`.

Over a local database they are views (computed when read, small data); `indicators publish` stores them as
tables in the published layer's small DuckDB file, so a page over a billion facts reads thousands of rows.
Same names and columns either way, so the dashboard's queries run unchanged on both.
"""

from __future__ import annotations

SUBJECT_SERIES = ("hotline.category_share",)
"""Indicators whose chart series are told apart by subject (one series per hotline category)."""

LATEST_FACTS = 10_000
"""Rows of `rollup_latest_facts`: the explorer's first 200 pages of 50 when nothing is filtered."""
LATEST_DOCUMENTS = 500
"""Rows of `rollup_latest_documents`: the explorer's document picker."""

SERIES_SQL = ("CASE WHEN indicator IS NULL OR indicator IN ({}) THEN subject ELSE indicator END"
              .format(", ".join(f"'{s}'" for s in SUBJECT_SERIES)))
"""A fact's chart series: its indicator id, or its subject when uncatalogued or told apart by subject."""

ROLLUPS = {
    # one row: what the archive holds (samples: the project's bundled sample reports, data/samples/)
    "rollup_totals": """
        SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM facts) AS facts,
               (SELECT min(published) FROM documents) AS first, (SELECT max(published) FROM documents) AS last,
               (SELECT count(*) FROM documents WHERE replace(path, '\\', '/') LIKE '%data/samples/%') AS samples""",
    "rollup_documents_by_date": """
        SELECT published, count(*) AS documents FROM documents WHERE published IS NOT NULL
        GROUP BY published ORDER BY published""",
    "rollup_facts_by_family": """
        SELECT family, count(*) AS facts, count(DISTINCT document_id) AS documents,
               min(period_end) AS first_period, max(period_end) AS last_period
        FROM facts GROUP BY family ORDER BY facts DESC""",
    "rollup_regions": """
        SELECT coalesce(region, '') AS region, count(*) AS facts, count(DISTINCT document_id) AS documents,
               min(period_end) AS first_period, max(period_end) AS last_period
        FROM facts GROUP BY ALL ORDER BY facts DESC""",
    # the series a family's chart offers, with a representative subject and unit, and their time span
    "rollup_series": f"""
        SELECT family, {SERIES_SQL} AS series, any_value(indicator) AS indicator, mode(subject) AS subject,
               mode(unit) AS unit, count(*) AS n, min(period_end) AS lo, max(period_end) AS hi
        FROM facts WHERE period_end IS NOT NULL GROUP BY ALL ORDER BY family, n DESC, series""",
    "rollup_family_regions": """
        SELECT family, region, count(*) AS n FROM facts WHERE region IS NOT NULL
        GROUP BY ALL ORDER BY family, n DESC, region""",
    # one point per series, region, period end and status: the fact of the most recently published report
    # (ties: document id, then offset); an aggregate, not a window: 3x faster over 100 M facts
    "rollup_points": f"""
        SELECT family, series, p.indicator, p.subject, region, p.period_start, period_end, p.value, p.value_high,
               p.unit, p.qualifier, status, p.doc, p.published, p.document_id, p.start, p."end", p.quote
        FROM (
            SELECT family, {SERIES_SQL} AS series, region, period_end, status,
                   arg_min({{'indicator': indicator, 'subject': subject, 'period_start': period_start,
                             'value': value, 'value_high': value_high, 'unit': unit, 'qualifier': qualifier,
                             'doc': doc, 'published': published, 'document_id': document_id, 'start': start,
                             'end': "end", 'quote': quote}},
                           (published IS NULL, -coalesce(date_diff('day', DATE '1970-01-01', published), 0),
                            document_id, start)) AS p
            FROM facts WHERE period_end IS NOT NULL GROUP BY ALL
        )
        ORDER BY family, series, region, period_end""",
    # the latest two periods of each series, region and status: the overview's headline cards
    "rollup_recent_points": """
        SELECT * FROM rollup_points
        QUALIFY row_number() OVER (PARTITION BY family, series, region, status ORDER BY period_end DESC) <= 2
        ORDER BY family, series, region, status, period_end DESC""",
    # the explorer's opening pages (nothing filtered) and its document picker: the newest first
    "rollup_latest_facts": f"""
        SELECT * FROM facts ORDER BY published DESC NULLS LAST, doc, start LIMIT {LATEST_FACTS}""",
    "rollup_latest_documents": f"""
        SELECT id, name, published FROM documents ORDER BY published DESC NULLS LAST, name
        LIMIT {LATEST_DOCUMENTS}""",
}
