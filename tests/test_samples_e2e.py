"""End to end over the bundled sample reports: the real CLI in a subprocess, scored against expected.jsonl.

`indicators extract data/samples/*` must print only contract JSON lines, date every document right, find the
expected facts of every family (recall ≥ 0.9) without inventing others (precision ≥ 0.9), and never turn a
name, phone number or issue number into a fact; `indicators ingest data/samples` must store all of it so each
family table has more than one point to chart. The matching rule is the one of ../shared/gold/score.py.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import duckdb
import pytest

from extractors.fact import CONTRACT_FIELDS, contract_problems
from extractors.load import load_text

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
REPORTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


EXPECTED = read_jsonl(SAMPLES / "expected.jsonl")
EXPECTED_DOCS = {d["doc"]: d for d in read_jsonl(SAMPLES / "expected_docs.jsonl")}
SCORED = ("growth_rate", "investment", "hotline", "covid", "sock_industry")
THRESHOLD = 0.9

pytestmark = pytest.mark.timeout(180)


def cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """The real command line in a fresh interpreter (`python -m cli` is the `indicators` script)."""
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=cwd, capture_output=True,
                          timeout=150)


@pytest.fixture(scope="module")
def extract_run() -> subprocess.CompletedProcess:
    return cli("extract", *map(str, REPORTS))


@pytest.fixture(scope="module")
def facts(extract_run) -> list[dict]:
    return [json.loads(line) for line in extract_run.stdout.decode("utf-8").splitlines()]


# ---- the matching rule of ../shared/gold/score.py, restated (tests must not import ../shared) ----

UNIT_ALIASES = {"名": "人", "位": "人", "元": "CNY", "人民币": "CNY", "美元": "USD", "％": "%", "宗": "件"}


def unit_of(u: str | None) -> str:
    u = (u or "").strip()
    return UNIT_ALIASES.get(u, u)


def same_period(exp: dict, got: str | None) -> bool:
    if exp["match"] == "none" or exp["period_end"] is None:
        return True
    if not got:
        return False
    want, got = exp["period_end"], str(got)[:10]
    if exp["match"] == "week":
        return abs((date.fromisoformat(want) - date.fromisoformat(got)).days) <= 7
    width = {"year": 4, "month": 7, "day": 10}[exp["match"]]
    return want[:width] == got[:width]


def matches(exp: dict, fact: dict) -> bool:
    return (fact.get("family") in (exp["family"], exp.get("alt_family"))
            and Path(str(fact.get("doc", ""))).name == exp["doc"]
            and isinstance(fact.get("value"), int | float)
            and math.isclose(float(fact["value"]), float(exp["value"]), rel_tol=1e-6, abs_tol=1e-9)
            and unit_of(fact.get("unit")) == unit_of(exp["unit"])
            and exp["key"] in f"{fact.get('subject') or ''}|{fact.get('indicator') or ''}"
            and (fact.get("status") or "actual") == exp["status"]
            and same_period(exp, fact.get("period_end")))


def score(expected: list[dict], got: list[dict]) -> tuple[dict, list[dict], list[dict], list[tuple]]:
    """Per family: tp, expected, predicted; the missed expectations, the unmatched facts, and the
    (expectation, fact) pairs that matched."""
    seen, uniq = set(), []
    for f in got:  # facts that repeat one another count once
        k = (f["doc"], f["family"], f["subject"], str(f["value"]), unit_of(f["unit"]), str(f["period_end"]),
             f["status"])
        if k not in seen:
            seen.add(k)
            uniq.append(f)
    used, hit, optional_hits, pairs = set(), set(), set(), []
    for want_optional in (False, True):  # required facts claim their matches first
        for ei, exp in enumerate(expected):
            if exp["optional"] != want_optional:
                continue
            fi = next((i for i, f in enumerate(uniq) if i not in used and matches(exp, f)), None)
            if fi is None:
                continue
            used.add(fi)
            pairs.append((exp, uniq[fi]))
            if want_optional:
                optional_hits.add(fi)
            else:
                hit.add(ei)
    rows = {}
    for fam in (*SCORED, "other"):
        rows[fam] = dict(
            tp=sum(1 for ei in hit if expected[ei]["family"] == fam),
            expected=sum(1 for e in expected if e["family"] == fam and not e["optional"]),
            predicted=sum(1 for i, f in enumerate(uniq) if f["family"] == fam and i not in optional_hits))
    misses = [e for ei, e in enumerate(expected) if not e["optional"] and ei not in hit]
    extras = [f for i, f in enumerate(uniq) if i not in used]
    return rows, misses, extras, pairs


def describe(items: list[dict]) -> str:
    return "\n".join(
        f"  {x['doc']}: {x['family']} {x.get('key') or x.get('indicator') or ''} {x.get('subject') or ''} "
        f"= {x['value']} {x['unit']} @{x['period_end']} [{x['status']}] «{x['quote']}»" for x in items)


# ---- the expectations themselves must be sound, or every check below is meaningless ----

def test_expected_files_cover_every_sample_report():
    assert REPORTS, "no sample reports in data/samples"
    assert {p.name for p in REPORTS} == set(EXPECTED_DOCS) == {e["doc"] for e in EXPECTED}
    for exp in EXPECTED:
        assert exp["family"] in (*SCORED, "other"), exp
        assert exp["match"] in ("day", "week", "month", "year", "none"), exp
        assert exp["key"] or exp["optional"], f"an empty key is only allowed on optional facts: {exp}"


# ---- extract: the output stream and the contract ----

def test_extract_exits_cleanly(extract_run):
    err = extract_run.stderr.decode("utf-8", "replace")
    assert extract_run.returncode == 0, err
    assert "Traceback" not in err


def test_stdout_is_only_json_lines(extract_run):
    text = extract_run.stdout.decode("utf-8")  # strict: the output is UTF-8
    lines = text.splitlines()
    assert lines, "no facts at all from the sample reports"
    for n, line in enumerate(lines, 1):
        assert line.startswith("{") and line.endswith("}"), f"line {n} is not a JSON object: {line[:80]!r}"
        assert isinstance(json.loads(line), dict)
    assert "\\u" not in text, "JSON must be written with ensure_ascii=False"


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_every_fact_meets_the_contract(report, facts):
    text = load_text(report).text
    mine = [f for f in facts if f["doc"] == report.name]
    for fact in mine:
        assert tuple(fact) == CONTRACT_FIELDS, f"fields or their order differ: {list(fact)}"
        assert contract_problems(fact, text) == [], fact
        assert fact["quote"], fact
        assert fact["published"] == EXPECTED_DOCS[report.name]["published"], fact


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_every_sample_yields_facts(report, facts):
    assert any(f["doc"] == report.name for f in facts), f"{report.name}: no facts"


# ---- recall and precision per family ----

@pytest.mark.parametrize("family", SCORED)
def test_family_recall_and_precision(family, facts):
    rows, misses, extras, _ = score(EXPECTED, facts)
    r = rows[family]
    recall = r["tp"] / r["expected"] if r["expected"] else 1.0
    precision = r["tp"] / r["predicted"] if r["predicted"] else (1.0 if not r["expected"] else 0.0)
    report = (f"{family}: recall {recall:.3f} ({r['tp']}/{r['expected']}), precision {precision:.3f} "
              f"({r['tp']}/{r['predicted']})\nmissed:\n{describe([m for m in misses if m['family'] == family])}"
              f"\nunmatched:\n{describe([x for x in extras if x['family'] == family])}")
    assert recall >= THRESHOLD and precision >= THRESHOLD, report


def test_other_facts_are_found(facts):
    """Facts outside the five families are checked for recall only: an extractor may rightly find more."""
    rows, misses, _, _ = score(EXPECTED, facts)
    r = rows["other"]
    missed = [m for m in misses if m["family"] == "other"]
    assert r["tp"] / r["expected"] >= THRESHOLD, f"other: {r['tp']}/{r['expected']}\n{describe(missed)}"


# ---- the matched facts get the rest of the contract right too ----

@pytest.mark.parametrize("field", ["region", "qualifier", "value_high", "indicator"])
def test_matched_facts_agree_on(field, facts):
    """Beyond the scorer's rule: the region (charts are by region), qualifier, range end and catalog id."""
    _, _, _, pairs = score(EXPECTED, facts)
    checked = [(e, f) for e, f in pairs
               if field != "indicator" or (e["indicator"] and f["family"] == e["family"])]
    wrong = [(e, f) for e, f in checked if f[field] != e[field]]
    listing = "\n".join(f"  {e['doc']}: {e['key']} = {e['value']}: want {e[field]!r}, got {f[field]!r}"
                         for e, f in wrong)
    assert len(wrong) <= (1 - THRESHOLD) * len(checked), f"{field}: {len(wrong)}/{len(checked)} wrong\n{listing}"


# ---- names that look like numbers never become facts (DESIGN.md) ----

NOISE = [  # regexes over the decoded text with full-width characters folded to ASCII
    r"“\d+”", r"‘\d+’", r"十四五", r"十三五", r"第\d+位", r"CN\d+-\d+", r"\d{3,4}-\s*\d{7,8}", r"\d{3,4}-$",
    r"总第\d+期", r"今日\d+版", r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", r"https?://[A-Za-z0-9./_-]+", r"第[一二三四五六七八九十]+次", r"第[一二三四五六七八九十]+届",
    r"[一二三四五六七八九十]+届(?:人大)?[一二三四五六七八九十]+次", r"五个到位", r"一个个", r"一站式", r"三品",
    r"<script.*?</script>", r"<style.*?</style>",  # only present if the loader kept them (it must not)
]
FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width → ASCII, one character for one


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_noise_never_becomes_a_fact(report, facts):
    text = load_text(report).text.translate(FOLD)
    spans = [(m.start(), m.end(), m[0]) for rx in NOISE for m in re.finditer(rx, text, flags=re.M | re.S)]
    bad = [(f["subject"], f["value"], word) for f in facts if f["doc"] == report.name
           for s, e, word in spans if f["start"] < e and s < f["end"]]
    assert not bad, f"{report.name}: facts read from names/numbers that are not facts: {bad}"


# ---- ingest: the whole chain into DuckDB ----

@pytest.fixture(scope="module")
def ingested(tmp_path_factory, facts):
    db = tmp_path_factory.mktemp("samples_db") / "samples.duckdb"
    run = cli("ingest", str(SAMPLES), "--db", str(db), "--jobs", "1")
    return run, db


def _count(pattern: str, text: str) -> int:
    """The count in ingest's closing summary: a slow run prints progress lines (`8/13 files, 73 facts`) before it."""
    found = re.findall(pattern, text)
    assert found, f"ingest did not print {pattern!r}:\n{text}"
    return int(found[-1])


def test_ingest_reports_what_it_stored(ingested, facts):
    run, db = ingested
    err = run.stderr.decode("utf-8", "replace") + run.stdout.decode("utf-8", "replace")
    assert run.returncode == 0, err
    assert "Traceback" not in err
    assert _count(r"(\d+) stored", err) == len(REPORTS), "every sample report (and nothing else) is stored"
    assert _count(r"(\d+) failed", err) == 0
    assert _count(r"(\d+) facts", err) == len(facts), "ingest stores exactly what extract prints"


def test_ingested_documents_and_facts(ingested, facts):
    _, db = ingested
    with duckdb.connect(str(db), read_only=True) as con:
        docs = con.execute("SELECT name, CAST(published AS VARCHAR), published_source, issue_no, status "
                           "FROM documents").fetchall()
        per_doc = dict(con.execute("SELECT doc, count(*) FROM facts GROUP BY doc").fetchall())
    assert sorted(d[0] for d in docs) == sorted(p.name for p in REPORTS)
    for name, published, source, issue_no, status in docs:
        want = EXPECTED_DOCS[name]
        assert (published, source, issue_no, status) == (want["published"], want["source"], want["issue_no"],
                                                         "ok"), name
    printed = defaultdict(int)
    for f in facts:
        printed[f["doc"]] += 1
    assert per_doc == dict(printed)


# Every chart needs more than one point: (view, what is counted, filter, at least).
CHART_POINTS = {
    "covid_days": ("covid_cases", "count(DISTINCT day)", "region = '辽源市' AND cumulative_confirmed IS NOT NULL", 4),
    "hotline_weeks": ("hotline", "count(DISTINCT week_end)", "kind = 'total'", 3),
    "hotline_category_weeks": ("hotline", "count(DISTINCT week_end)", "category = '房地产管理'", 3),
    "gdp_years": ("growth_rates", "count(DISTINCT period_end)", "indicator = 'growth.gdp' AND region = '辽源市'", 3),
    "gdp_regions": ("growth_rates", "count(DISTINCT region)", "indicator = 'growth.gdp' AND status = 'actual'", 3),
    "investment_years": ("investments", "count(DISTINCT period_end)", "indicator = 'investment.completed'", 2),
    "investment_regions": ("investments", "count(DISTINCT region)", "indicator = 'investment.attracted'", 2),
    "sock_export_years": ("sock_industry", "count(DISTINCT year(period_end))", "indicator = 'sock.exports'", 3),
    "sock_brand_dates": ("sock_industry", "count(DISTINCT period_end)", "indicator = 'sock.own_brands'", 2),
}


@pytest.mark.parametrize("view,measure,where,least", list(CHART_POINTS.values()), ids=list(CHART_POINTS))
def test_every_chart_has_more_than_one_point(ingested, view, measure, where, least):
    _, db = ingested
    with duckdb.connect(str(db), read_only=True) as con:
        got = con.execute(f"SELECT {measure} FROM {view} WHERE {where}").fetchone()[0]
    assert got >= least, f"{view} where {where}: {got} points, want ≥ {least}"
