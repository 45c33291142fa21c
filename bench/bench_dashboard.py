"""Dashboard page timings at 1 million facts: each page cold (caches cleared) and warm, under AppTest.

    .venv/bin/python bench/bench_dashboard.py [--facts 1000000] [--db /tmp/bench_dashboard.duckdb] [--runs 3]

Builds a synthetic database straight in the store's schema (bulk SQL inserts, no extraction), then prints one
row per page: cold seconds (first run after clearing Streamlit's caches) and the median warm seconds.
Targets (issue 5): under 3 s cold, under 1 s warm.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.connection import write_connection  # noqa: E402

INDICATORS = {  # family → (indicator, subject, unit)
    "growth_rate": [("growth.gdp", "地区生产总值", "%"), ("growth.retail_sales", "社会消费品零售总额", "%"),
                    ("growth.fixed_asset_investment", "固定资产投资", "%"), (None, "粮食产量", "%")],
    "investment": [("investment.completed", "完成投资", "CNY"), ("investment.attracted", "招商引资到位资金", "CNY")],
    "hotline": [("hotline.contacts_total", "本周受理", "件"), ("hotline.category_share", "房地产管理", "%"),
                ("hotline.category_share", "供热", "%"), ("hotline.category_share", "城乡建设", "%")],
    "covid": [("covid.new_confirmed", "新增确诊病例", "例"), ("covid.cumulative_confirmed", "累计确诊病例", "例")],
    "sock_industry": [("sock.orders_value", "订单额", "CNY"), ("sock.exports", "出口额", "USD")],
    "other": [(None, "新增城镇就业", "人"), (None, "造林面积", "亩")],
}
REGIONS = ["辽源市", "东丰县", "东辽县", "龙山区", "西安区", "全国", "吉林省", "辽河源镇"]


def build(db: Path, n_facts: int) -> None:
    rows = [(i, fam, ind, subj, unit) for i, (fam, entries) in enumerate(
        (fam, e) for fam, es in INDICATORS.items() for e in es) for ind, subj, unit in [entries]]
    kinds = ", ".join(f"({i}, '{fam}', {repr(ind) if ind else 'NULL'}, '{subj}', '{unit}')"
                      for i, fam, ind, subj, unit in rows)
    regions = "[" + ", ".join(f"'{r}'" for r in REGIONS) + "]"
    n_docs = max(1, n_facts // 50)
    db.unlink(missing_ok=True)
    with write_connection(db) as con:
        con.execute(f"CREATE TEMP TABLE kinds(k INTEGER, family VARCHAR, indicator VARCHAR, subject VARCHAR, "
                    f"unit VARCHAR); INSERT INTO kinds VALUES {kinds}")
        con.execute(f"""
            INSERT INTO documents (id, path, name, published, published_source, issue_no, bytes, chars, facts,
                                   ingested_at, extractor_version, status, error)
            SELECT 'doc' || d, '/reports/r' || d || '.txt', 'lyrb' || strftime(DATE '2018-01-01' + CAST(d % 2000 AS INTEGER),
                   '%Y%m%d') || '-' || d || '.txt', DATE '2018-01-01' + CAST(d % 2000 AS INTEGER), 'masthead', d, 20000, 9000, 50,
                   TIMESTAMP '2026-01-01' + to_seconds(d), 'bench', 'ok', NULL
            FROM range({n_docs}) t(d)""")
        con.execute(f"""
            INSERT INTO facts
            SELECT 'lyrb' || d || '.txt', DATE '2018-01-01' + CAST(d % 2000 AS INTEGER), k.family, k.indicator, k.subject,
                   {regions}[1 + (i * 7) % {len(REGIONS)}], DATE '2018-01-01' + CAST(d % 2000 AS INTEGER) - 7,
                   DATE '2018-01-01' + CAST(d % 2000 AS INTEGER) - 1,
                   CASE WHEN k.unit IN ('CNY', 'USD') THEN (i % 997) * 1e6 ELSE (i % 97) / 10.0 END, NULL, k.unit,
                   'exact', CASE WHEN i % 20 = 0 THEN 'target' WHEN i % 33 = 0 THEN 'estimate' ELSE 'actual' END,
                   k.subject || '增长' || ((i % 97) / 10.0) || '%，比上年提高。', (i % 50) * 40, (i % 50) * 40 + 6,
                   'doc' || d, 'bench'
            FROM (SELECT i, i // 50 AS d, i % {len(rows)} AS kk FROM range({n_facts}) t(i)) f
            JOIN kinds k ON k.k = f.kk""")


def family_page(key):
    from dashboard import family_view
    family_view.render(key)


def module_page(name):
    import importlib
    importlib.import_module(f"dashboard.views.{name}").render()


def time_page(target, args, runs: int) -> tuple[float, float]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    timings = []
    for _ in range(runs + 1):
        at = AppTest.from_function(target, args=args, default_timeout=120)
        started = time.perf_counter()
        at.run()
        timings.append(time.perf_counter() - started)
        if at.exception:
            raise SystemExit(f"{args[0]}: {at.exception[0].value}")
    return timings[0], statistics.median(timings[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_dashboard.duckdb"))
    parser.add_argument("--runs", type=int, default=3, help="warm runs per page (median printed)")
    parser.add_argument("--reuse", action="store_true", help="keep an existing database of the same size")
    opts = parser.parse_args()
    import logging
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest outside a server warns on every run
    os.environ["INDICATORS_DB"] = str(opts.db)
    if not opts.reuse or not opts.db.exists():
        started = time.perf_counter()
        build(opts.db, opts.facts)
        print(f"built {opts.facts:,} facts in {time.perf_counter() - started:.1f} s → {opts.db}", file=sys.stderr)
    pages = [(module_page, ("overview",))] + [(family_page, (k,)) for k in
                                              ("growth", "investment", "hotline", "covid", "sock")]
    pages += [(module_page, ("explorer",)), (module_page, ("documents",))]
    print(f"{'page':<12} {'cold s':>8} {'warm s':>8}   (targets: cold < 3, warm < 1; {opts.facts:,} facts)")
    for target, args in pages:
        cold, warm = time_page(target, args, opts.runs)
        flag = "" if cold < 3 and warm < 1 else "  ← over target"
        print(f"{args[0]:<12} {cold:>8.3f} {warm:>8.3f}{flag}")


if __name__ == "__main__":
    main()
