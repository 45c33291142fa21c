"""Declared metadata on the archive path: manifests and options reach the extractor, are part of the batch ids
(same inputs, same ids), and a change re-plans the documents it touches; a published layer shows the latest."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from store.archive import extract_archive
from store.connection import read_connection
from store.declared import DeclaredError
from store.manifest import MANIFEST
from store.plan import committed_documents, plan_batches
from store.publish import publish

UNPLACED = "本周地区生产总值增长6.1%。\n"  # our own sentence: names no place and no date


def corpus(folder: Path, n: int = 3) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"r{i}.txt").write_text(f"第{i}期\n{UNPLACED}", encoding="utf-8")


def manifest(folder: Path, *rows: str) -> None:
    path = folder / MANIFEST
    if rows:
        path.write_text("file,published,region,publisher\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)


def run(folder: Path, out: Path, **kw):
    with open(os.devnull, "w") as quiet:
        return extract_archive([folder], out, runner="inline", progress_bar=False, progress_stream=quiet, **kw)


def layer_regions(out: Path) -> list:
    publish(out)
    with read_connection(out) as con:
        return [r[0] for r in con.execute("SELECT region FROM facts ORDER BY doc").fetchall()]


def ids(folder: Path, out: Path, **kw) -> list[str]:
    return [b.id for b in plan_batches([folder], out, **kw).batches]


def test_batch_ids_are_determined_by_the_files_and_what_is_declared(tmp_path):
    folder, out = tmp_path / "c", tmp_path / "a"
    corpus(folder)
    plain = ids(folder, out)
    assert ids(folder, out) == plain
    manifest(folder, "*.txt,,辽源市,")
    declared = ids(folder, out)
    assert declared == ids(folder, out) and declared != plain
    assert ids(folder, out, declared={"region": "辽源"}) == declared  # the same region, from the options
    assert ids(folder, out, declared={"region": "东丰县"}) not in (plain, declared)


def test_a_change_of_what_is_declared_re_plans_and_the_layer_shows_the_latest(tmp_path):
    folder, out = tmp_path / "c", tmp_path / "a"
    corpus(folder)
    runs = [  # (manifest rows, options, documents extracted by the run, regions the published layer shows)
        ([], {}, 3, [None] * 3),
        ([], {}, 0, [None] * 3),
        (["r1.txt,,辽源市,"], {}, 1, [None, "辽源市", None]),  # only the document declared otherwise
        (["r1.txt,,辽源市,"], {}, 0, [None, "辽源市", None]),
        (["r1.txt,,辽源市,"], {"region": "全国"}, 3, ["全国"] * 3),
        ([], {}, 0, [None] * 3),  # as in the first run again: its batch is recommitted, nothing re-extracted
    ]
    for rows, given, extracted, regions in runs:
        manifest(folder, *rows)
        summary = run(folder, out, declared=given)
        assert summary.ok and summary.extracted == extracted, (rows, given, summary.lines())
        assert layer_regions(out) == regions, (rows, given)


def test_an_archive_from_before_declared_metadata_stays_current(tmp_path):
    folder, out = tmp_path / "c", tmp_path / "a"
    corpus(folder)
    run(folder, out)
    for f in (out / "documents").glob("b-*.parquet"):  # as an older version wrote it: no `declared` column
        pq.write_table(pq.read_table(f).drop(["declared"]), f)
    assert {v[3] for v in committed_documents(out).values()} == {None}
    assert run(folder, out).unchanged == 3
    assert layer_regions(out) == [None] * 3
    manifest(folder, "*.txt,,东丰县,")
    assert run(folder, out).extracted == 3
    assert layer_regions(out) == ["东丰县"] * 3
    with duckdb.connect() as con:  # old and new batches are read together
        assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/documents/*.parquet', union_by_name = true) "
                           "WHERE declared IS NULL").fetchone() == (3,)


@pytest.mark.parametrize("rows, error", [
    (["*.txt,2021-02-30,,"], ":2: published must be a date"),
    (["r0.txt,,辽源市,", "r0.txt,,东丰县,"], ":3: 'r0.txt' is already on line 2"),
])
def test_a_malformed_manifest_writes_nothing(tmp_path, rows, error):
    folder, out = tmp_path / "c", tmp_path / "a"
    corpus(folder)
    manifest(folder, *rows)
    with pytest.raises(DeclaredError, match=f"^{folder / MANIFEST}{error}"):
        run(folder, out)
    assert not out.exists()
