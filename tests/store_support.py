"""Helpers for the store, ingest, export and CLI tests: sample reports written by the tests themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from store.connection import read_connection
from store.records import DocumentRecord, facts_from_columns
from store.schema import FACT_COLUMNS

REPO = Path(__file__).resolve().parents[1]
INDICATORS = [sys.executable, "-m", "cli"]

# Our own sentences (not corpus text); each states at least one growth figure any extractor version reads.
SENTENCES = [
    "全市地区生产总值增长6.1%，规模以上工业增加值增长8.2%。",
    "社会消费品零售总额增长4.7%，固定资产投资增长10.5%。",
    "城镇常住居民人均可支配收入增长5.3%，农村常住居民人均可支配收入增长7.9%。",
    "一般公共预算收入增长3.4%，进出口总额下降2.4%。",
]


def report_text(day: date, sentences: list[str], issue: int = 9000) -> str:
    weekday = "一二三四五六日"[day.weekday()]
    head = f"辽源日报\n{day.year}年{day.month}月{day.day}日 星期{weekday}\n总第{issue}期\n\n"
    return head + "\n".join(sentences) + "\n"


def write_report(folder: Path, name: str, day: date = date(2021, 7, 5), sentences: list[str] | None = None,
                 issue: int = 9000) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(report_text(day, sentences if sentences is not None else SENTENCES, issue), encoding="utf-8")
    return p


def record(doc_id: str, name: str, facts: list[dict], published: str = "2021-07-05") -> DocumentRecord:
    """A document record with hand-made facts, to test the writer and views without the extractor."""
    cols: dict[str, list] = {c: [] for c in FACT_COLUMNS}
    for i, f in enumerate(facts):
        row = {"doc": name, "published": published, "family": "growth_rate", "indicator": None,
               "subject": "地区生产总值", "region": "辽源市", "period_start": "2021-01-01",
               "period_end": "2021-06-30", "value": 1.0, "value_high": None, "unit": "%", "qualifier": "exact",
               "status": "actual", "quote": f"句子{i}。", "start": i * 10, "end": i * 10 + 5,
               "document_id": doc_id, "rule": "test", **f}
        for c in FACT_COLUMNS:
            cols[c].append(row[c])
    return DocumentRecord(id=doc_id, path=f"/reports/{name}", name=name, bytes=100, published=published,
                          published_source="masthead", chars=50,
                          facts=facts_from_columns(cols))


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 60, env: dict | None = None
            ) -> subprocess.CompletedProcess:
    return subprocess.run([*INDICATORS, *args], capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env={**os.environ, **(env or {})})


def rows(db, sql, params=()) -> list[dict]:
    """The rows of a query on a database, as dicts."""
    with read_connection(db) as con:
        cur = con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
