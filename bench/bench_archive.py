"""Archive benchmark: a published layer of N generated facts; every dashboard page's queries cold and warm,
one document's facts, and the CPU MB/s of `extract-batches` against `extract` in the same run.

    .venv/bin/python bench/bench_archive.py [--facts 100000000] [--out /work/bench_archive] [--reuse]
                                            [--drop-caches] [--mb 20] [--skip-build] [--skip-cpu]

Builds committed batches straight in the archive format (generated rows, no extraction: 100 M facts would be
~60 GB of text), runs the real `publish`, then times each page's queries through dashboard/queries.py:
cold = a fresh process (and, with --drop-caches, an empty OS page cache), warm = the median of three more
runs in that process with the query cache cleared. Targets (issue 11): every page < 1 s cold and < 0.3 s
warm, one document's facts < 0.2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FACTS_PER_DOC = 50
DOCS_PER_BATCH = 20_000  # generated batches are large (fewer files to make); publish reads them all the same
# Document ids grow with the document number, as extract_batch orders a batch by id: a document's facts are
# then a narrow id range of its batch files, which Parquet statistics find without reading the rest.
KINDS = [  # (family, indicator, subject, unit)
    ("growth_rate", "growth.gdp", "地区生产总值", "%"), ("growth_rate", "growth.retail_sales", "社会消费品零售总额", "%"),
    ("growth_rate", "growth.fixed_asset_investment", "固定资产投资", "%"), ("growth_rate", None, "粮食产量", "%"),
    ("investment", "investment.completed", "完成投资", "CNY"), ("investment", "investment.attracted", "招商引资到位资金", "CNY"),
    ("hotline", "hotline.contacts_total", "本周受理", "件"), ("hotline", "hotline.category_share", "房地产管理", "%"),
    ("hotline", "hotline.category_share", "供热", "%"), ("covid", "covid.new_confirmed", "新增确诊病例", "例"),
    ("covid", "covid.cumulative_confirmed", "累计确诊病例", "例"), ("sock_industry", "sock.orders_value", "订单额", "CNY"),
    ("sock_industry", "sock.exports", "出口额", "USD"), ("other", None, "新增城镇就业", "人"), ("other", None, "造林面积", "亩"),
]
REGIONS = ["辽源市", "东丰县", "东辽县", "龙山区", "西安区", "全国", "吉林省", "辽河源镇"]


def build(out: Path, n_facts: int) -> None:
    """Committed batches of generated facts in the archive layout (store.batches), 20,000 documents each."""
    import duckdb

    from store.batches import (
        FACTS_SCHEMA,
        BatchResult,
        batch_id,
        commit_batch,
        documents_table,
        facts_by_partition,
        write_parquet,
    )

    con = duckdb.connect()
    con.execute("CREATE TABLE kinds (k INT, family VARCHAR, indicator VARCHAR, subject VARCHAR, unit VARCHAR)")
    con.executemany("INSERT INTO kinds VALUES (?, ?, ?, ?, ?)", [(i, *k) for i, k in enumerate(KINDS)])
    n_docs = max(1, n_facts // FACTS_PER_DOC)
    for lo in range(0, n_docs, DOCS_PER_BATCH):
        hi = min(n_docs, lo + DOCS_PER_BATCH)
        facts = con.sql(f"""
            SELECT 'lyrb' || d || '.txt' AS doc, DATE '2018-01-01' + CAST(d % 2000 AS INT) AS published,
                   k.family, k.indicator, k.subject, {REGIONS}[1 + (i * 7) % {len(REGIONS)}] AS region,
                   DATE '2018-01-01' + CAST(d % 2000 AS INT) - 7 AS period_start,
                   DATE '2018-01-01' + CAST(d % 2000 AS INT) - 1 AS period_end,
                   CASE WHEN k.unit IN ('CNY', 'USD') THEN (i % 997) * 1e6 ELSE (i % 97) / 10.0 END AS value,
                   NULL::DOUBLE AS value_high, k.unit, 'exact' AS qualifier,
                   CASE WHEN i % 20 = 0 THEN 'target' WHEN i % 33 = 0 THEN 'estimate' ELSE 'actual' END AS status,
                   k.subject || '增长' || ((i % 97) / 10.0) || '%，比上年提高。' AS quote,
                   (i % {FACTS_PER_DOC}) * 40 AS start, (i % {FACTS_PER_DOC}) * 40 + 6 AS "end",
                   format('{{:016x}}', d) AS document_id, 'bench' AS rule
            FROM (SELECT i, i // {FACTS_PER_DOC} AS d FROM range({lo * FACTS_PER_DOC}, {hi * FACTS_PER_DOC}) t(i))
            JOIN kinds k ON k.k = i % {len(KINDS)} ORDER BY i""").to_arrow_table().cast(FACTS_SCHEMA)
        bid = batch_id("bench", [str(lo), str(hi)])
        records = [SimpleNamespace(id=f"{d:016x}", path=f"/reports/lyrb{d}.txt",
                                   name=f"lyrb{d}.txt", published=date(2018, 1, 1) + timedelta(days=d % 2000),
                                   published_source="masthead", issue_no=d, bytes=20_000, chars=9_000,
                                   fact_count=FACTS_PER_DOC, status="ok", error=None) for d in range(lo, hi)]
        files = []
        for (family, year), part in facts_by_partition([SimpleNamespace(fact_count=facts.num_rows, facts=facts)]
                                                       ).items():
            rel = f"facts/family={family}/year={year}/b-{bid}.parquet"
            write_parquet(part, out / rel)
            files.append(rel)
        write_parquet(documents_table(records, bid, "bench"), out / f"documents/b-{bid}.parquet")
        files.append(f"documents/b-{bid}.parquet")
        commit_batch(out, bid, "bench", BatchResult(bid, False, hi - lo, 0, facts.num_rows, 20_000 * (hi - lo)),
                     files)
        print(f"  batch {lo // DOCS_PER_BATCH + 1}/{-(-n_docs // DOCS_PER_BATCH)}: {facts.num_rows:,} facts",
              file=sys.stderr, flush=True)


def page_queries(page: str) -> list:
    """The queries a page runs when opened with its default view (the same calls the page makes)."""
    from dashboard import family_view, hints, queries

    if page == "overview":
        def cards():
            regions = queries.headline_regions(hints.headline())  # the region picked, then its cards
            region = regions["region"].iloc[0] if len(regions) else None
            return queries.headline_points(hints.headline(), region if isinstance(region, str) else None)
        return [queries.totals, cards, queries.documents_by_date, queries.facts_by_family,
                queries.regions_coverage, queries.sample_documents]
    if page in family_view.PAGES:
        p = family_view.PAGES[page]

        def chart():
            view = family_view.view_from_params(p, {})  # options, regions and bounds, as the page reads them
            return queries.series_points(view.fact_filter(p.family)), queries.unplaced(view.fact_filter(p.family))
        return [chart]
    if page == "explorer":
        flt = queries.FactFilter()
        return [queries.totals, queries.document_choices, lambda: queries.count_facts(flt),
                lambda: queries.facts(flt, limit=50)]
    if page == "documents":
        return [queries.documents, queries.sample_documents]
    if page == "document":
        doc = os.environ["BENCH_DOCUMENT"]
        return [lambda: queries.document_facts_frame(doc)]
    raise SystemExit(f"unknown page {page}")


def time_page(page: str) -> dict:
    """In this (fresh) process: the first run (cold) and the median of three more (caches cleared: warm)."""
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from dashboard import queries

    page_queries(page)  # imports the page's modules: not part of a query's time
    timings = []
    for _ in range(4):
        queries._cached_frame.clear()
        queries._cached_document.clear()
        started = time.perf_counter()
        for q in page_queries(page):
            q()
        timings.append(time.perf_counter() - started)
    return {"cold": timings[0], "warm": statistics.median(timings[1:])}


def run_page(page: str, layer: Path, drop: bool, env: dict) -> dict:
    if drop:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    done = subprocess.run([sys.executable, __file__, "--page", page], env={**env, "INDICATORS_DB": str(layer)},
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{page}: {done.stderr.strip().splitlines()[-1]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cpu_rates(mb: float) -> None:
    """MB per CPU-second of `extract` (JSON lines) and `extract-batches` (inline and pool) on one corpus."""
    from corpus_gen import generate

    with tempfile.TemporaryDirectory(prefix="bench_archive_cpu_") as tmp:
        corpus = Path(tmp) / "corpus"
        files = [str(p) for p in generate(corpus, mb)]
        size = sum(os.path.getsize(f) for f in files) / 1048576
        runs = {"extract": [sys.executable, "-m", "cli", "extract", *files],
                "extract-batches --runner inline": [sys.executable, "-m", "cli", "extract-batches", str(corpus),
                                                    "--out", f"{tmp}/a1", "--runner", "inline", "--no-progress"],
                "extract-batches --runner pool": [sys.executable, "-m", "cli", "extract-batches", str(corpus),
                                                  "--out", f"{tmp}/a2", "--no-progress", "--batch-docs", "100"]}
        for name, cmd in runs.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            wall = time.perf_counter() - wall
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            print(f"{name:<32} {size:6.1f} MB  {cpu:7.1f} CPU-s  {size / cpu:5.2f} MB per CPU-s  ({wall:.1f} s wall)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=100_000_000)
    ap.add_argument("--out", type=Path, default=Path("/work/bench_archive"))
    ap.add_argument("--reuse", action="store_true", help="keep committed batches already under --out")
    ap.add_argument("--skip-build", action="store_true", help="time the layer already published under --out")
    ap.add_argument("--skip-cpu", action="store_true")
    ap.add_argument("--drop-caches", action="store_true", help="empty the OS page cache before each cold run "
                    "(root; affects the whole machine)")
    ap.add_argument("--mb", type=float, default=20, help="corpus size for the CPU comparison")
    ap.add_argument("--page", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.page:
        print(json.dumps(time_page(args.page)))
        return
    from store.layer import read_source
    from store.publish import publish

    if not args.skip_build:
        if not args.reuse or not (args.out / "_commits").is_dir():
            started = time.perf_counter()
            build(args.out, args.facts)
            print(f"built {args.facts:,} facts as batches in {time.perf_counter() - started:.0f} s")
        cpu0, started = time.process_time(), time.perf_counter()
        summary = publish(args.out, memory_limit="6GB")  # a shared machine: leave memory to the others
        print(f"{summary.line()}; {time.process_time() - cpu0:.0f} CPU-s in this process")
    du = subprocess.run(["du", "-sh", str(args.out / "published"), str(args.out / "facts")], capture_output=True,
                        text=True).stdout.replace("\n", "; ")
    print(f"disk: {du}")
    with read_source(args.out) as con:
        n, doc = con.execute("SELECT (SELECT facts FROM rollup_totals), (SELECT id FROM documents WHERE facts > 0 "
                             "ORDER BY id DESC LIMIT 1)").fetchone()
    env = {**os.environ, "BENCH_DOCUMENT": doc}
    print(f"{'page':<12} {'cold s':>8} {'warm s':>8}   ({n:,} facts; targets: pages cold < 1, warm < 0.3; "
          f"document < 0.2)")
    for page in ("overview", "growth", "investment", "hotline", "covid", "sock", "explorer", "documents",
                 "document"):
        t = run_page(page, args.out, args.drop_caches, env)
        limit = (0.2, 0.2) if page == "document" else (1.0, 0.3)
        flag = "" if t["cold"] < limit[0] and t["warm"] < limit[1] else "  <-- over target"
        print(f"{page:<12} {t['cold']:>8.3f} {t['warm']:>8.3f}{flag}", flush=True)
    if not args.skip_cpu:
        cpu_rates(args.mb)


if __name__ == "__main__":
    main()
