"""The rollups the overview and chart pages read: defined once over `corrected_facts` and `corrected_documents`.

In a database they are views (store.schema creates them beside the other views, so the analysts' corrections
show in every rollup at once); `indicators publish` stores them as tables in the published layer's small
DuckDB file, so a page over a billion facts reads thousands of rows. Same names and columns either way, so
the dashboard's queries run unchanged on both.
"""

from __future__ import annotations

LATEST_FACTS = 10_000
"""Rows of `rollup_latest_facts`: the explorer's first 200 pages of 50 when nothing is filtered."""
LATEST_DOCUMENTS = 500
"""Rows of `rollup_latest_documents`: the explorer's document picker."""
HEADLINE_PERIODS = 60
"""Periods kept per series, region and grain in `rollup_recent_points`: enough to find the period a headline
card is compared with (the same kind of period just before)."""

_PLACED = "coalesce(period_start, period_end) IS NOT NULL"
_FIRST = "min(coalesce(period_start, period_end))"
_LAST = "max(coalesce(period_end, period_start))"

ROLLUPS = {
    # one row: what the store holds (samples: the project's bundled sample reports, data/samples/)
    "rollup_totals": """
        SELECT (SELECT count(*) FROM corrected_documents) AS documents,
               (SELECT count(*) FROM corrected_facts) AS facts,
               (SELECT min(published) FROM corrected_documents) AS first,
               (SELECT max(published) FROM corrected_documents) AS last,
               (SELECT count(*) FROM corrected_documents
                WHERE replace(path, '\\', '/') LIKE '%data/samples/%') AS samples""",
    "rollup_documents_by_date": """
        SELECT published, count(*) AS documents FROM corrected_documents WHERE published IS NOT NULL
        GROUP BY published ORDER BY published""",
    "rollup_facts_by_family": f"""
        SELECT family, count(*) AS facts, count(DISTINCT document_id) AS documents,
               {_FIRST} AS first_period, {_LAST} AS last_period
        FROM corrected_facts GROUP BY family ORDER BY facts DESC, family""",
    "rollup_regions": f"""
        SELECT region, count(*) AS facts, count(DISTINCT document_id) AS documents,
               {_FIRST} AS first_period, {_LAST} AS last_period
        FROM corrected_facts GROUP BY region ORDER BY facts DESC, region NULLS LAST""",
    # the series a family's chart offers (those a time axis can place), a representative subject and unit,
    # and their time span
    "rollup_series": f"""
        SELECT family, series, any_value(indicator) AS indicator, mode(subject) AS subject,
               mode(unit) AS unit, count(*) AS n, {_FIRST} AS lo, {_LAST} AS hi
        FROM corrected_facts WHERE {_PLACED} GROUP BY family, series ORDER BY family, n DESC, series""",
    "rollup_family_regions": """
        SELECT family, region, count(*) AS n FROM corrected_facts WHERE region IS NOT NULL
        GROUP BY family, region ORDER BY family, n DESC, region""",
    # what a chart of a series cannot place: facts without a period, without a region
    "rollup_gaps": """
        SELECT family, series, status, count(*) AS facts,
               count(*) FILTER (WHERE period_start IS NULL AND period_end IS NULL) AS no_period,
               count(*) FILTER (WHERE region IS NULL) AS no_region
        FROM corrected_facts GROUP BY family, series, status ORDER BY family, series, status""",
    # one point per series, region, period and status: the fact of the most recently published report
    # (ties: document id, then offset); an aggregate, not a window: 3x faster over 100 M facts
    "rollup_points": f"""
        SELECT family, series, p.indicator, p.subject, region, period_start, period_end, grain, p.value,
               p.value_high, p.unit, p.qualifier, status, p.doc, p.published, p.document_id, p.start, p."end",
               p.quote, p.corrected
        FROM (
            SELECT family, series, region, period_start, period_end, grain, status,
                   arg_min({{'indicator': indicator, 'subject': subject, 'value': value, 'value_high': value_high,
                             'unit': unit, 'qualifier': qualifier, 'doc': doc, 'published': published,
                             'document_id': document_id, 'start': start, 'end': "end", 'quote': quote,
                             'corrected': corrected}},
                           (published IS NULL, -coalesce(date_diff('day', DATE '1970-01-01', published), 0),
                            document_id, start)) AS p
            FROM corrected_facts WHERE {_PLACED}
            GROUP BY family, series, region, period_start, period_end, grain, status
        )
        ORDER BY family, series, region, coalesce(period_end, period_start), period_start, status""",
    # the overview's headline cards: the latest actual values of each series, region and grain, and how many
    # periods of that grain there are
    "rollup_recent_points": f"""
        SELECT *, count(*) OVER (PARTITION BY family, series, region, grain) AS periods
        FROM rollup_points WHERE status = 'actual'
        QUALIFY row_number() OVER (PARTITION BY family, series, region, grain
                                   ORDER BY period_end DESC NULLS LAST, period_start DESC) <= {HEADLINE_PERIODS}
        ORDER BY family, series, region, grain, period_end DESC""",
    # which regions report which indicators (actual values a time axis can place): the overview's region choice
    "rollup_indicator_regions": """
        SELECT indicator, region, count(*) AS n FROM corrected_facts
        WHERE indicator IS NOT NULL AND status = 'actual' AND grain IS NOT NULL
        GROUP BY indicator, region ORDER BY indicator, n DESC, region NULLS LAST""",
    # the explorer's opening pages (nothing filtered) and its document picker: the newest first; the period
    # label is written by the query that shows a page (writing it for every fact first costs most)
    "rollup_latest_facts": f"""
        SELECT * EXCLUDE (period) FROM corrected_facts ORDER BY published DESC NULLS LAST, doc, start
        LIMIT {LATEST_FACTS}""",
    "rollup_latest_documents": f"""
        SELECT id, name, published FROM corrected_documents ORDER BY published DESC NULLS LAST, name
        LIMIT {LATEST_DOCUMENTS}""",
}
"""Rollup name → SELECT, in the order they must be created (`rollup_recent_points` reads `rollup_points`)."""
