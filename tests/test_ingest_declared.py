"""Declared metadata through ingest: options, manifests and analysts' corrections reach the extractor (in that
order of strength), a document is re-extracted when what is declared about it changes, and a malformed
manifest stores nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from store.connection import read_connection
from store.corrections import correct_document
from store.declared import DeclaredError
from store.ingest import ingest_paths
from store.manifest import MANIFEST

# Our own sentences: a weekly figure naming no place, so its period needs a date and its region a declaration.
UNDATED = "本周地区生产总值增长6.1%。\n"


def report(folder: Path, name: str = "note.txt", text: str = UNDATED) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def manifest(folder: Path, *rows: str) -> None:
    (folder / MANIFEST).write_text("file,published,region,publisher\n" + "".join(r + "\n" for r in rows),
                                   encoding="utf-8")


def stored(db: Path) -> list[tuple]:
    """(name, published, published_source, declared, fact regions, fact period ends) per document."""
    with read_connection(db) as con:
        return con.execute(
            "SELECT d.name, d.published::VARCHAR, d.published_source, d.declared, "
            "list(f.region ORDER BY f.start), list(f.period_end::VARCHAR ORDER BY f.start) "
            "FROM documents d LEFT JOIN facts f ON f.document_id = d.id GROUP BY ALL ORDER BY d.name").fetchall()


def ingest(paths, db, **kw):
    return ingest_paths(paths, db, jobs=1, progress_bar=False, **kw)


# (manifest rows or None, declared on the command line, expected region, published, declared JSON)
CASES = [
    (None, {}, None, None, None),
    (None, {"region": "东丰县"}, "东丰县", None, '{"region": "东丰县"}'),
    (None, {"published": "2021-07-09", "region": "全国"}, "全国", "2021-07-09",
     '{"published": "2021-07-09", "region": "全国"}'),
    (["*.txt,2021-07-09,辽源市,辽源日报"], {}, "辽源市", "2021-07-09",
     '{"published": "2021-07-09", "publisher": "辽源日报", "region": "辽源市"}'),
    (["*.txt,2021-07-09,辽源市,"], {"region": "东丰县"}, "东丰县", "2021-07-09",  # the option wins
     '{"published": "2021-07-09", "region": "东丰县"}'),
    (["other.txt,2021-07-09,辽源市,"], {}, None, None, None),  # a row for another file declares nothing here
]


@pytest.mark.parametrize("rows, given, region, published, declared", CASES)
def test_declared_metadata_reaches_the_extractor_and_is_stored(tmp_path, rows, given, region, published, declared):
    p = report(tmp_path / "in")
    if rows is not None:
        manifest(tmp_path / "in", *rows)
    summary = ingest([tmp_path / "in"], tmp_path / "d.duckdb", declared=given)
    assert summary.stored == 1 and summary.ok, summary.lines()
    ((name, pub, source, stored_declared, regions, ends),) = stored(tmp_path / "d.duckdb")
    assert (name, pub, stored_declared, regions) == (p.name, published, declared, [region])
    assert source == ("given" if published else None)
    assert ends == (["2021-07-09"] if published else [None])  # 本周 is the week ending on the declared date


def test_a_document_is_re_extracted_when_what_is_declared_about_it_changes(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "d.duckdb"
    report(folder)
    runs = [  # (manifest rows, options, stored by the run, region of the fact afterwards)
        ([], {}, 1, None),
        ([], {}, 0, None),  # nothing changed: unchanged
        (["*.txt,,辽源市,"], {}, 1, "辽源市"),  # the manifest now declares a region: re-read, bytes unchanged
        (["*.txt,,辽源市,"], {}, 0, "辽源市"),
        (["*.txt,,辽源市,"], {"region": "东丰县"}, 1, "东丰县"),
        (["*.txt,,辽源市,"], {"region": "东丰县"}, 0, "东丰县"),
        (["*.txt,,辽源市,"], {}, 1, "辽源市"),  # the option is for one run only
        ([], {}, 1, None),  # the manifest row removed: read as the text says again
    ]
    for rows, given, expected, region in runs:
        manifest(folder, *rows)
        summary = ingest([folder], db, declared=given)
        assert (summary.stored, summary.unchanged) == (expected, 1 - expected), (rows, given)
        assert stored(db)[0][4] == [region], (rows, given)


def test_analysts_region_and_publisher_corrections_are_given_to_the_extractor(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "d.duckdb"
    report(folder)
    manifest(folder, "*.txt,2021-07-09,辽源市,辽源日报")
    ingest([folder], db)
    with read_connection(db) as con:
        (doc_id,) = con.execute("SELECT id FROM documents").fetchone()
    correct_document(db, doc_id, {"region": "东丰县", "publisher": "东丰新闻"}, "a county bulletin")
    summary = ingest([folder], db)
    assert summary.stored == 1  # the correction changed what is declared: re-read with it, over the manifest
    ((_, pub, _, declared, regions, _),) = stored(db)
    assert regions == ["东丰县"] and pub == "2021-07-09"
    assert json.loads(declared) == {"published": "2021-07-09", "region": "东丰县", "publisher": "东丰新闻"}
    assert ingest([folder], db, declared={"region": "全国"}).unchanged == 1  # the correction wins over options
    with read_connection(db) as con:
        assert con.execute("SELECT region, publisher FROM corrected_documents").fetchall() == [("东丰县", "东丰新闻")]


def test_corrected_documents_show_the_declared_region_and_publisher(tmp_path):
    db = tmp_path / "d.duckdb"
    report(tmp_path / "in")
    ingest([tmp_path / "in"], db, declared={"region": "辽源", "publisher": " 辽源日报 "})  # made canonical
    with read_connection(db) as con:
        assert con.execute("SELECT region, publisher, corrected FROM corrected_documents").fetchall() == [
            ("辽源市", "辽源日报", None)]
    assert ingest([tmp_path / "in"], db, declared={"region": "辽源市", "publisher": "辽源日报"}).unchanged == 1
    with pytest.raises(DeclaredError, match="region '辽原'"):
        ingest([tmp_path / "in"], db, declared={"region": "辽原"})


def test_a_malformed_manifest_stores_nothing(tmp_path):
    good, bad = tmp_path / "good", tmp_path / "bad"
    report(good, "a.txt")
    report(bad, "b.txt")
    manifest(bad, "b.txt,2021-07-09,辽源市,", "*.txt,,辽原,")
    db = tmp_path / "d.duckdb"
    with pytest.raises(DeclaredError, match=rf"^{bad / MANIFEST}:3: region '辽原' is not a place"):
        ingest([good, bad], db)
    assert not db.exists()
    r = CliRunner().invoke(main, ["ingest", str(good), str(bad), "--db", str(db)])
    assert r.exit_code == 2 and r.stderr.startswith(f"error: {bad / MANIFEST}:3: region '辽原'")
    assert r.stderr.count("\n") == 1 and not db.exists()


# (options, the fact's region and period end as `extract` prints them)
EXTRACT = [
    ([], None, None),
    (["--region", "辽源"], "辽源市", None),
    (["--published", "2021-07-09"], None, "2021-07-09"),
    (["--published", "2021-07-09", "--region", "我国", "--publisher", "人民日报"], "全国", "2021-07-09"),
]


@pytest.mark.parametrize("options, region, end", EXTRACT)
def test_extract_reads_against_what_is_declared(tmp_path, options, region, end):
    p = report(tmp_path)
    r = CliRunner().invoke(main, ["extract", str(p), *options])
    assert r.exit_code == 0, r.stderr
    (fact,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert (fact["region"], fact["period_end"], fact["published"]) == (region, end, end)


def test_extract_reads_the_manifest_and_options_win(tmp_path):
    p = report(tmp_path / "in")
    manifest(tmp_path, "*.txt,2021-07-09,辽源市,")  # a folder above the file's
    facts = [json.loads(x) for x in CliRunner().invoke(main, ["extract", str(p)]).stdout.splitlines()]
    assert [(f["region"], f["published"]) for f in facts] == [("辽源市", "2021-07-09")]
    facts = [json.loads(x) for x in CliRunner().invoke(main, ["extract", str(p), "--region", "东丰县", "-j", "2",
                                                              str(p)]).stdout.splitlines()]
    assert [(f["region"], f["published"]) for f in facts] == [("东丰县", "2021-07-09")] * 2


def test_the_document_list_says_what_was_declared(tmp_path):
    p = report(tmp_path / "in")
    db = tmp_path / "f.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(p), "--db", str(db), "--region", "辽源", "--no-progress"])
    assert r.exit_code == 0, r.output
    listing = CliRunner().invoke(main, ["docs", "--db", str(db)]).stdout
    assert "[region 辽源市]" in listing
    undeclared = tmp_path / "g.duckdb"
    CliRunner().invoke(main, ["ingest", str(p), "--db", str(undeclared), "--no-progress"])
    assert "[region" not in CliRunner().invoke(main, ["docs", "--db", str(undeclared)]).stdout
