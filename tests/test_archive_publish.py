"""A published layer reads like the database: same tables, views, rollups and answers; the pointer flips
atomically; superseded documents disappear; a document's facts come from its batch files in order; it takes
no corrections."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import duckdb
import pytest
from store_support import INDICATORS
from test_archive_batches import write_corpus

from store.archive import extract_archive
from store.connection import StoreError
from store.ingest import ingest_paths
from store.layer import document_facts, read_source
from store.publish import CURRENT, PUBLISHED, PublishError, current_generation, publish
from store.rollups import ROLLUPS
from store.schema import VIEWS

RELATIONS = ("documents", "facts", *VIEWS, *ROLLUPS)
VOLATILE = {"ingested_at", "path"}  # when and from where each store read the file: not part of the answer
ARBITRARY = {"observations": {"subject"}}  # any_value(): either store may pick another of equal standing


def records(df) -> list[dict]:
    """Rows with missing values as None (NaN is not equal to itself)."""
    return df.astype(object).where(df.notna(), None).to_dict("records")


def extract(corpus: Path, out: Path, **kw):
    with open(os.devnull, "w") as quiet:
        return extract_archive([corpus], out, jobs=2, batch_docs=7, progress_bar=False, progress_stream=quiet, **kw)


def table(path, relation: str) -> tuple[list, list]:
    with read_source(path) as con:
        rel = con.sql(f"SELECT * FROM {relation}")
        columns = [(n, str(t)) for n, t in zip(rel.columns, rel.types, strict=True)]
        keep = [n for n, _ in columns if n not in VOLATILE | ARBITRARY.get(relation, set())]
        names = ", ".join(f'"{c}"' for c in keep)
        rows = con.sql(f"SELECT {names} FROM {relation} ORDER BY ALL").fetchall()
    return columns, rows


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The same corpus in a database (ingest) and in a published layer (extract-batches + publish)."""
    tmp = tmp_path_factory.mktemp("both")
    write_corpus(tmp / "c", n=30)
    with open(os.devnull, "w") as quiet:
        ingest_paths([tmp / "c"], tmp / "db.duckdb", jobs=2, progress_stream=quiet, progress_bar=False)
    extract(tmp / "c", tmp / "archive")
    publish(tmp / "archive")
    return tmp / "db.duckdb", tmp / "archive"


@pytest.mark.parametrize("relation", RELATIONS)
def test_every_table_view_and_rollup_reads_the_same_from_both(both, relation):
    db, layer = both
    db_columns, db_rows = table(db, relation)
    layer_columns, layer_rows = table(layer, relation)
    assert layer_columns == db_columns
    assert layer_rows == db_rows and (db_rows or relation in ("covid_cases",))


def test_a_documents_facts_come_in_document_order_from_its_batch(both):
    db, layer = both
    with read_source(layer) as con:
        doc_id, n = con.execute("SELECT id, facts FROM documents ORDER BY facts DESC LIMIT 1").fetchone()
    from_layer, from_db = document_facts(layer, doc_id), document_facts(db, doc_id)
    assert from_layer.num_rows == n > 3
    assert from_layer.column_names == from_db.column_names
    assert from_layer.drop_columns(["ingested_at"]).equals(from_db.drop_columns(["ingested_at"]))
    starts = from_layer["start"].to_pylist()
    assert starts == sorted(starts)
    assert document_facts(layer, "no-such-document").num_rows == 0


def test_the_dashboard_queries_answer_the_same_on_both(both, monkeypatch):
    from dashboard import queries

    db, layer = both
    answers = {}
    for source in (db, layer):
        monkeypatch.setenv("INDICATORS_DB", str(source))
        flt = queries.FactFilter(family="growth_rate", region=("辽源市",))
        headline = ("growth.gdp", "hotline.contacts_total")
        answers[source] = [
            queries.totals()["facts"], records(queries.family_options("growth_rate")),
            queries.family_regions("covid"), queries.family_period_bounds("hotline"),
            records(queries.series_points(flt)), queries.count_facts(flt), records(queries.facts(flt, limit=20)),
            records(queries.headline_regions(headline)), records(queries.headline_points(headline, "辽源市")),
            queries.unplaced(queries.FactFilter(family="growth_rate")),
            records(queries.facts_by_family()), records(queries.regions_coverage()),
            records(queries.documents_by_date()),
            records(queries.facts(queries.FactFilter(), limit=30, offset=10)),  # the explorer's opening pages
            records(queries.document_choices()),
        ]
        first = queries.facts(flt, limit=1).iloc[0]
        source_fact = queries.fact_source(first["document_id"], first["start"], first["end"])
        answers[source].append({k: None if v != v else v for k, v in source_fact.items() if k not in VOLATILE})
    assert answers[layer] == answers[db]
    assert answers[db][0] > 100


def test_republishing_unchanged_batches_links_every_partition_and_keeps_two_generations(tmp_path):
    write_corpus(tmp_path / "c", n=12)
    extract(tmp_path / "c", tmp_path / "a")
    first = publish(tmp_path / "a")
    second = publish(tmp_path / "a")
    third = publish(tmp_path / "a")
    assert first.reused == 0 and second.reused == second.partitions == third.reused > 0
    assert sorted(p.name for p in (tmp_path / "a" / PUBLISHED).iterdir()) == [second.generation, third.generation]
    assert (tmp_path / "a" / CURRENT).read_text().strip() == third.generation
    assert table(tmp_path / "a", "facts")[1] == table(tmp_path / "a", "facts")[1]


def test_an_edited_file_replaces_its_old_content_and_a_new_version_replaces_the_old(tmp_path):
    paths = write_corpus(tmp_path / "c", n=10)
    extract(tmp_path / "c", tmp_path / "a")
    publish(tmp_path / "a")
    before = table(tmp_path / "a", "facts")[1]
    paths[3].write_text(paths[3].read_text(encoding="utf-8") + "\n全市新增城镇就业1.2万人。\n", encoding="utf-8")
    extract(tmp_path / "c", tmp_path / "a")
    publish(tmp_path / "a")
    with read_source(tmp_path / "a") as con:
        names = [r[0] for r in con.execute("SELECT name FROM documents").fetchall()]
        edited = con.execute("SELECT count(*) FROM facts WHERE doc = ? AND subject = '新增城镇就业'",
                             [paths[3].name]).fetchone()[0]
        duplicates = con.execute("SELECT count(*) - count(DISTINCT (document_id, start, \"end\", rule)) FROM facts"
                                 ).fetchone()[0]
    assert sorted(names) == sorted(p.name for p in paths) and edited == 1 and duplicates == 0
    assert len(table(tmp_path / "a", "facts")[1]) == len(before) + 1
    extract(tmp_path / "c", tmp_path / "a", version="next-version")  # every document re-extracted
    summary = publish(tmp_path / "a")
    assert summary.documents == 10 and summary.facts == len(before) + 1
    with read_source(tmp_path / "a") as con:
        assert con.execute("SELECT DISTINCT extractor_version FROM documents").fetchall() == [("next-version",)]


def test_a_failed_re_read_keeps_the_last_good_facts_and_says_why(tmp_path):
    paths = write_corpus(tmp_path / "c", n=6)
    extract(tmp_path / "c", tmp_path / "a")
    publish(tmp_path / "a")
    before = table(tmp_path / "a", "facts")[1]
    paths[2].write_bytes(b"\x00\xff\xfe" * 500)  # the same file, now unreadable
    extract(tmp_path / "c", tmp_path / "a")
    publish(tmp_path / "a")
    with read_source(tmp_path / "a") as con:
        row = con.execute("SELECT status, facts > 0, reread_error IS NOT NULL, reread_at IS NOT NULL "
                          "FROM documents WHERE name = ?", [paths[2].name]).fetchone()
        others = con.execute("SELECT count(*) FROM documents WHERE reread_error IS NOT NULL").fetchone()[0]
    assert row == ("ok", True, True, True) and others == 1
    assert table(tmp_path / "a", "facts")[1] == before


def test_files_of_an_uncommitted_batch_are_not_published(tmp_path):
    write_corpus(tmp_path / "c", n=7)
    extract(tmp_path / "c", tmp_path / "a")
    (marker,) = (tmp_path / "a" / "_commits").iterdir()
    marker.rename(tmp_path / "marker")  # as if killed just before the marker was written
    with pytest.raises(PublishError, match="no committed batch"):
        publish(tmp_path / "a")
    (tmp_path / "marker").rename(marker)
    assert publish(tmp_path / "a").documents == 7


def test_readers_see_the_old_layer_or_the_new_one_while_publishing(tmp_path):
    write_corpus(tmp_path / "c", n=14)
    extract(tmp_path / "c", tmp_path / "a", shard=(0, 2))
    publish(tmp_path / "a")
    old = table(tmp_path / "a", "facts")[1]
    extract(tmp_path / "c", tmp_path / "a")
    seen, errors, done = set(), [], threading.Event()

    def read_all_the_time():
        while not done.is_set():
            try:
                with read_source(tmp_path / "a") as con:
                    seen.add(con.execute("SELECT count(*) FROM facts").fetchone()[0])
            except Exception as e:  # noqa: BLE001 (any failure of a reader is what this test looks for)
                errors.append(e)

    reader = threading.Thread(target=read_all_the_time)
    reader.start()
    try:
        publish(tmp_path / "a")
    finally:
        done.set()
        reader.join()
    new = table(tmp_path / "a", "facts")[1]
    assert not errors and seen <= {len(old), len(new)} and len(new) > len(old)


def test_publish_and_read_commands(tmp_path):
    write_corpus(tmp_path / "c", n=8)
    empty = subprocess.run([*INDICATORS, "publish", str(tmp_path)], capture_output=True, text=True)
    assert empty.returncode == 2 and empty.stderr.startswith("error: ") and len(empty.stderr.splitlines()) == 1
    made = subprocess.run([*INDICATORS, "extract-batches", str(tmp_path / "c"), "--out", str(tmp_path / "a"),
                           "--runner", "inline", "--no-progress"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    done = subprocess.run([*INDICATORS, "publish", str(tmp_path / "a")], capture_output=True, text=True)
    assert done.returncode == 0 and "8 documents" in done.stderr
    assert current_generation(tmp_path / "a").name in done.stderr
    csv = subprocess.run([*INDICATORS, "export", "growth_rates", "--db", str(tmp_path / "a"), "--format", "csv"],
                         capture_output=True, text=True)
    assert csv.returncode == 0 and csv.stdout.startswith("indicator,subject,region")
    docs = subprocess.run([*INDICATORS, "docs", "--db", str(tmp_path / "a")], capture_output=True, text=True)
    assert docs.returncode == 0 and "8 documents" in docs.stderr
    unpublished = subprocess.run([*INDICATORS, "docs", "--db", str(tmp_path / "c")], capture_output=True, text=True)
    assert unpublished.returncode == 2 and "indicators publish" in unpublished.stderr


def test_a_layer_takes_no_corrections_and_says_so_in_one_line(both):
    from store.corrections import FactKey, correct_fact, list_corrections

    db, layer = both
    assert list_corrections(layer) == []
    with read_source(layer) as con:
        doc_id, start, end = con.execute('SELECT document_id, start, "end" FROM facts LIMIT 1').fetchone()
    with pytest.raises(StoreError, match="read-only") as e:
        correct_fact(layer, FactKey(doc_id, start, end), {"value": "1"}, "why")
    assert len(str(e.value).splitlines()) == 1


def test_a_layer_and_a_database_have_the_same_relations(both):
    db, layer = both
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(RELATIONS) - set(ROLLUPS) <= stored


@pytest.mark.parametrize("page", ["overview", "growth", "hotline", "explorer", "documents"])
def test_every_page_renders_from_a_published_layer(both, monkeypatch, page):
    from test_dashboard_pages import FAMILY_PAGES, charts, run_family, run_module, table

    from dashboard import queries

    monkeypatch.setenv("INDICATORS_DB", str(both[1]))
    queries._cached_frame.clear()
    at = run_family(page) if page in FAMILY_PAGES else run_module(page)
    assert not at.exception
    if page in FAMILY_PAGES:
        assert charts(at) and len(table(at)) > 0  # a chart, and its points in the Table tab
    if page == "documents":  # a layer is read-only: no upload, and a note saying how reports get in
        assert "indicators publish" in at.info[0].value and not at.get("file_uploader")
        assert len(at.dataframe[0].value) == 30
        assert not at.get("date_input")  # nor a form to correct a document
    if page == "explorer":  # the source panel of a number, without a form to correct it
        assert at.markdown and "Correct this fact" not in [e.label for e in at.expander]


def test_a_damaged_archive_is_one_line_and_the_current_layer_stays(tmp_path):
    write_corpus(tmp_path / "c", n=8)
    extract(tmp_path / "c", tmp_path / "a")
    first = publish(tmp_path / "a").generation
    next(iter((tmp_path / "a" / "documents").iterdir())).write_bytes(b"not parquet")
    bad = subprocess.run([*INDICATORS, "publish", str(tmp_path / "a")], capture_output=True, text=True)
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1 and "cannot publish" in bad.stderr
    assert current_generation(tmp_path / "a").name == first
    assert [p.name for p in (tmp_path / "a" / PUBLISHED).iterdir()] == [first]
    write_corpus(tmp_path / "c2", n=3, seed=9)
    again = subprocess.run([*INDICATORS, "extract-batches", str(tmp_path / "c2"), "--out", str(tmp_path / "a"),
                            "--no-progress"], capture_output=True, text=True)
    assert again.returncode == 2 and again.stderr.startswith("error: ") and len(again.stderr.splitlines()) == 1
    (tmp_path / "file").write_text("x")
    unwritable = subprocess.run([*INDICATORS, "extract-batches", str(tmp_path / "c2"), "--out",
                                 str(tmp_path / "file" / "a"), "--no-progress"], capture_output=True, text=True)
    assert unwritable.returncode == 2 and len(unwritable.stderr.splitlines()) == 1, unwritable.stderr
