"""A small DuckDB for dashboard tests: hand-made facts of every family, including hostile text."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

from store.connection import write_connection
from store.schema import FACT_COLUMNS

SCRIPT = "<script>alert('x')</script>"
HOSTILE_DOC = "<img src=x onerror=alert(1)>.txt"


def _fact(doc, published, family, indicator, subject, region, end, value, unit, status="actual", start=None,
          quote=None, period_start=None):
    end_d = date.fromisoformat(end) if end else None
    return {"doc": doc, "published": date.fromisoformat(published) if published else None, "family": family,
            "indicator": indicator, "subject": subject, "region": region,
            "period_start": date.fromisoformat(period_start) if period_start else end_d, "period_end": end_d,
            "value": float(value), "value_high": None, "unit": unit, "qualifier": "exact", "status": status,
            "quote": quote or f"{subject}{value}{unit}。", "start": 0, "end": 1, "document_id": "", "rule": "test"}


def sample_facts() -> list[dict]:
    facts = []
    for year, value, doc in ((2019, 5.1, "gov2020.txt"), (2020, 2.3, "gov2021.txt"), (2021, 6.0, "gov2022.txt")):
        pub = f"{year + 1}-01-15"
        facts.append(_fact(doc, pub, "growth_rate", "growth.gdp", "地区生产总值", "辽源市", f"{year}-12-31", value,
                           "%", period_start=f"{year}-01-01", quote=f"{year}年全市地区生产总值增长{value}%。"))
        facts.append(_fact(doc, pub, "growth_rate", "growth.retail_sales", "社会消费品零售总额", "辽源市",
                           f"{year}-12-31", value - 1, "%", period_start=f"{year}-01-01"))
    facts.append(_fact("gov2022.txt", "2022-01-15", "growth_rate", "growth.gdp", "地区生产总值", "辽源市",
                       "2022-12-31", 6.5, "%", status="target", period_start="2022-01-01",
                       quote="今年地区生产总值预期增长6.5%左右。"))
    facts.append(_fact("gov2022.txt", "2022-01-15", "growth_rate", "growth.gdp", "地区生产总值", "东丰县",
                       "2021-12-31", 7.1, "%", period_start="2021-01-01"))
    for i, value in enumerate((181.68e8, 203.5e8)):
        facts.append(_fact(f"gov202{i + 1}.txt", f"202{i + 1}-01-15", "investment", "investment.completed",
                           "固定资产投资", "辽源市", f"20{19 + i}-12-31", value, "CNY", period_start=f"20{19 + i}-01-01",
                           quote=f"全年完成投资{value / 1e8:g}亿元。"))
    for week in range(4):
        end = (date(2021, 11, 5) + timedelta(weeks=week)).isoformat()
        start = (date(2021, 10, 30) + timedelta(weeks=week)).isoformat()
        doc = f"lyrb{end.replace('-', '')}.txt"
        facts.append(_fact(doc, end, "hotline", "hotline.contacts_total", "本周受理", "辽源市", end, 1200 + 37 * week,
                           "件", period_start=start))
        for cat, share in (("房地产管理", 20 + week), ("供热", 30 - week), ("城乡建设", 15)):
            facts.append(_fact(doc, end, "hotline", "hotline.category_share", cat, "辽源市", end, share, "%",
                               period_start=start))
    for day in range(5):
        end = (date(2022, 3, 10) + timedelta(days=day)).isoformat()
        for region, n in (("辽源市", day * 2), ("龙山区", day)):
            facts.append(_fact("covid.txt", "2022-03-16", "covid", "covid.new_confirmed", "新增确诊病例", region, end,
                               n, "例"))
            facts.append(_fact("covid.txt", "2022-03-16", "covid", "covid.cumulative_confirmed", "累计确诊病例",
                               region, end, n * 5, "例"))
    facts.append(_fact("sock.txt", "2021-06-01", "sock_industry", "sock.orders_value", "订单额", "东丰县",
                       "2021-05-31", 3.2e8, "CNY"))
    facts.append(_fact("sock.txt", "2021-06-01", "sock_industry", "sock.orders_value", "订单额", "东丰县",
                       "2021-12-31", 8e8, "CNY", status="target"))
    facts.append(_fact(HOSTILE_DOC, "2021-07-01", "other", None, f"{SCRIPT}就业", "辽源市", "2021-06-30", 1.49e4,
                       "人", quote=f"{SCRIPT}新增城镇就业1.49万人。"))
    return facts


def fact(doc, published, family, indicator, subject, region, end, value, unit, **kw) -> dict:
    """One hand-made fact (dates as YYYY-MM-DD text, or None); keywords: status, quote, period_start."""
    return _fact(doc, published, family, indicator, subject, region, end, value, unit, **kw)


def build_db(path: Path, facts: list[dict] | None = None) -> Path:
    """A database in the store's schema holding the given facts (default: `sample_facts()`)."""
    facts = sample_facts() if facts is None else facts
    if not facts:
        with write_connection(path):  # the schema alone
            return path
    rows = pd.DataFrame(facts)
    rows["document_id"] = ["doc-" + d for d in rows["doc"]]
    starts = rows.groupby("doc").cumcount() * 40 + 10
    rows["start"], rows["end"] = starts, starts + 5
    docs = rows.groupby("doc").agg(published=("published", "min"), facts=("doc", "size")).reset_index()
    documents = pd.DataFrame({
        "id": "doc-" + docs["doc"], "path": "/reports/" + docs["doc"], "name": docs["doc"],
        "published": docs["published"], "published_source": "masthead", "issue_no": None, "bytes": 1000,
        "chars": 900, "facts": docs["facts"], "ingested_at": datetime(2026, 1, 1), "extractor_version": "test",
        "status": "ok", "error": None})
    with write_connection(path) as con:
        con.register("new_docs", documents)
        con.execute("INSERT INTO documents BY NAME SELECT * FROM new_docs")
        fact_rows = rows[list(FACT_COLUMNS)]
        con.register("new_facts", fact_rows)
        con.execute("INSERT INTO facts SELECT * FROM new_facts")
    return path
