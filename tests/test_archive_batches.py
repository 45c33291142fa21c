"""The archive's unit of work and its runners: deterministic batches, commit markers, retries, isolation.

The corpus is ~200 generated pages (bench/corpus_gen.py: sentences written for this project). The Ray tests
start a local cluster (num_cpus=2, a capped object store) and are skipped with a reason without the extra.
"""

from __future__ import annotations

import os
import random
import signal
import sys
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from store import batches as batches_module
from store.archive import extract_archive
from store.batches import FAULT_KILL_ONCE, batch_id, extract_batch, is_committed
from store.plan import committed_documents, in_shard, parse_shard, plan_batches
from store.runners import run_batches

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from corpus_gen import document  # noqa: E402

N_FILES = 200
BATCH_DOCS = 25


def write_corpus(folder: Path, n: int = N_FILES, seed: int = 3) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        day = date(2020, 1, 1) + timedelta(days=i)
        p = folder / f"{day.isoformat()}_{i:04d}.txt"
        p.write_text(document(rng, day, 8000 + i, rng.randint(1500, 4000)), encoding="utf-8")
        paths.append(p)
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive_corpus")
    write_corpus(folder)
    return folder


def output_files(out: Path) -> dict[str, bytes]:
    """Every committed data file of an archive, by relative path (markers hold a time: not compared)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


def rows(out: Path) -> tuple[list, list]:
    """(document ids, (document id, start) of every fact) over all data files, duplicates kept."""
    with duckdb.connect() as con:
        docs = [r[0] for r in con.execute(f"SELECT id FROM read_parquet('{out}/documents/*.parquet')").fetchall()]
        facts = con.execute(f"SELECT document_id, start FROM read_parquet('{out}/facts/*/*/*.parquet')").fetchall()
    return docs, facts


def assert_no_duplicates(out: Path) -> None:
    docs, facts = rows(out)
    assert len(docs) == len(set(docs))
    assert len(facts) == len(set(facts))
    assert not list(out.rglob("*.tmp-*")), "temporary files were left behind"


def run(corpus_dir: Path, out: Path, runner: str = "pool", **kw):
    kw.setdefault("batch_docs", BATCH_DOCS)
    with open(os.devnull, "w") as quiet:
        return extract_archive([corpus_dir], out, runner=runner, jobs=2, progress_bar=False,
                               progress_stream=quiet, **kw)


@pytest.mark.parametrize("ids, same_as", [
    (["b", "a", "c"], ["a", "b", "c"]),  # the order documents come in does not matter
    (["a"], ["a"]),
])
def test_batch_id_hashes_version_and_sorted_ids(ids, same_as):
    assert batch_id("v1", ids) == batch_id("v1", same_as)
    assert batch_id("v1", ids) != batch_id("v2", same_as)
    assert batch_id("v1", ids) != batch_id("v1", [*same_as, "d"])


@pytest.mark.parametrize("text, shard", [("0/1", (0, 1)), ("3/8", (3, 8))])
def test_parse_shard(text, shard):
    assert parse_shard(text) == shard


@pytest.mark.parametrize("text", ["8/8", "-1/2", "1", "a/b", "1/0"])
def test_parse_shard_refuses(text):
    with pytest.raises(ValueError, match="i/N"):
        parse_shard(text)


def test_shards_split_the_files_disjointly_and_completely(tmp_path):
    paths = write_corpus(tmp_path / "c", n=40)
    shares = [{p for p in paths if in_shard(p, (i, 3))} for i in range(3)]
    assert sum(len(s) for s in shares) == len(paths) and set().union(*shares) == set(paths)
    planned = [sum(len(b.jobs) for b in plan_batches([tmp_path / "c"], tmp_path / "a", shard=(i, 3)).batches)
               for i in range(3)]
    assert planned == [len(s) for s in shares]


def test_a_committed_batch_is_skipped_and_writes_nothing(tmp_path):
    write_corpus(tmp_path / "c", n=4)
    (batch,) = plan_batches([tmp_path / "c"], tmp_path / "a").batches
    first = extract_batch(batch, tmp_path / "a")
    assert not first.committed_before and first.documents == 4 and is_committed(tmp_path / "a", batch.id)
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "a").rglob("*.parquet")}
    again = extract_batch(batch, tmp_path / "a")
    assert again.committed_before and (again.documents, again.facts) == (first.documents, first.facts)
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "a").rglob("*.parquet")} == before


def test_files_without_a_commit_marker_do_not_count(tmp_path):
    """A batch killed after writing its data files but before its marker is planned again."""
    write_corpus(tmp_path / "c", n=4)
    (batch,) = plan_batches([tmp_path / "c"], tmp_path / "a").batches
    extract_batch(batch, tmp_path / "a")
    (tmp_path / "a" / "_commits" / f"b-{batch.id}.json").unlink()
    assert committed_documents(tmp_path / "a") == {}
    assert [b.id for b in plan_batches([tmp_path / "c"], tmp_path / "a").batches] == [batch.id]


@pytest.mark.parametrize("name, content, problem", [
    ("binary.txt", b"\x00\xff\xfe" * 500, "binary"),
    ("broken.pdf", b"%PDF-1.4 not really" * 50, "PDF"),
])
def test_a_poison_file_is_a_failed_row_and_the_batch_commits(tmp_path, name, content, problem):
    write_corpus(tmp_path / "c", n=5)
    (tmp_path / "c" / name).write_bytes(content)
    summary = run(tmp_path / "c", tmp_path / "a")
    assert [(Path(p).name, problem in why) for p, why in summary.failed] == [(name, True)]
    assert summary.extracted == 6 and not summary.ok
    with duckdb.connect() as con:
        status = dict(con.execute(f"SELECT name, status FROM read_parquet('{tmp_path}/a/documents/*.parquet')"
                                  ).fetchall())
    assert status[name] == "failed" and list(status.values()).count("ok") == 5
    again = run(tmp_path / "c", tmp_path / "a")  # the same bytes fail the same way: not re-planned
    assert again.planned_batches == 0 and [Path(p).name for p, _ in again.failed] == [name]


def test_a_file_that_kills_its_worker_every_time_is_isolated_into_a_failed_row(tmp_path, monkeypatch):
    write_corpus(tmp_path / "c", n=6)
    (tmp_path / "c" / "crash.txt").write_text("辽源日报\n本周受理诉求100件。\n", encoding="utf-8")
    real = batches_module.extract_document

    def crashing(path, doc_id, size, budget=None, declared=None):  # the pool forks: its workers see this stand-in
        if path.endswith("crash.txt"):  # for a fatal file
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, doc_id, size, budget, declared)

    monkeypatch.setattr(batches_module, "extract_document", crashing)
    summary = run(tmp_path / "c", tmp_path / "a", batch_docs=4)
    assert [(Path(p).name, "died" in why) for p, why in summary.failed] == [("crash.txt", True)]
    assert summary.extracted == 7
    assert_no_duplicates(tmp_path / "a")


def test_a_document_over_its_time_budget_is_a_failed_row_and_the_batch_goes_on(tmp_path, monkeypatch):
    write_corpus(tmp_path / "c", n=3)
    monkeypatch.setenv("INDICATORS_DOC_SECONDS", "0.000001")
    summary = run(tmp_path / "c", tmp_path / "a")
    assert len(summary.failed) == 3 and all("time budget" in why for _, why in summary.failed)
    with duckdb.connect() as con:
        status = con.execute(f"SELECT status, count(*) FROM read_parquet('{tmp_path}/a/documents/*.parquet') "
                             "GROUP BY ALL").fetchall()
    assert status == [("failed", 3)]


@pytest.mark.slow
def test_rerun_plans_nothing_and_ten_edited_files_are_exactly_ten_re_extracted(tmp_path):
    paths = write_corpus(tmp_path / "c")
    first = run(tmp_path / "c", tmp_path / "a")
    assert (first.extracted, first.planned_batches, first.ok) == (N_FILES, N_FILES // BATCH_DOCS, True)
    again = run(tmp_path / "c", tmp_path / "a")
    assert (again.planned_batches, again.extracted, again.unchanged) == (0, 0, N_FILES)
    for p in paths[::20]:
        p.write_text(p.read_text(encoding="utf-8") + "\n全市新增城镇就业1.2万人。\n", encoding="utf-8")
    edited = run(tmp_path / "c", tmp_path / "a")
    assert (edited.planned_documents, edited.extracted, edited.unchanged) == (10, 10, N_FILES - 10)
    assert run(tmp_path / "c", tmp_path / "a").planned_batches == 0


@pytest.mark.slow
def test_a_version_change_re_plans_every_document(tmp_path, corpus):
    run(corpus, tmp_path / "a")
    newer = plan_batches([corpus], tmp_path / "a", version="next-version", batch_docs=BATCH_DOCS)
    assert newer.documents == N_FILES and newer.unchanged == 0


@pytest.mark.slow
def test_a_pool_worker_killed_once_is_retried_with_no_duplicate_rows(tmp_path, corpus, monkeypatch):
    clean = tmp_path / "clean"
    run(corpus, clean)
    monkeypatch.setenv(FAULT_KILL_ONCE, str(tmp_path / "killed"))
    summary = run(corpus, tmp_path / "a")
    assert (tmp_path / "killed").exists(), "no worker was killed: the test tested nothing"
    assert (summary.extracted, summary.ok) == (N_FILES, True)
    assert_no_duplicates(tmp_path / "a")
    assert output_files(tmp_path / "a") == output_files(clean)


# --- Ray ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):
    ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install -e '.[cluster]'")
    flag = tmp_path_factory.mktemp("ray_fault") / "killed"
    flag.touch()  # disarmed; a test arms the kill by deleting it (the workers inherit this environment)
    os.environ[FAULT_KILL_ONCE] = str(flag)
    ray.init(num_cpus=2, object_store_memory=100 * 1024 * 1024, include_dashboard=False, log_to_driver=False)
    try:
        yield flag
    finally:
        ray.shutdown()
        del os.environ[FAULT_KILL_ONCE]


@pytest.mark.slow
def test_pool_and_ray_write_byte_identical_files(tmp_path, corpus, ray_cluster):
    pool = run(corpus, tmp_path / "pool")
    ray = run(corpus, tmp_path / "ray", runner="ray")
    assert (pool.extracted, ray.extracted) == (N_FILES, N_FILES)
    files = output_files(tmp_path / "pool")
    assert len(files) > N_FILES // BATCH_DOCS and output_files(tmp_path / "ray") == files


@pytest.mark.slow
def test_a_ray_worker_killed_once_is_retried_with_no_duplicate_rows(tmp_path, corpus, ray_cluster):
    clean = tmp_path / "clean"
    run(corpus, clean, runner="inline")
    ray_cluster.unlink()  # armed: the first batch to start kills its Ray worker
    summary = run(corpus, tmp_path / "a", runner="ray")
    assert ray_cluster.exists(), "no worker was killed: the test tested nothing"
    assert (summary.extracted, summary.ok) == (N_FILES, True)
    assert_no_duplicates(tmp_path / "a")
    assert output_files(tmp_path / "a") == output_files(clean)


def test_run_batches_refuses_an_unknown_runner(tmp_path):
    with pytest.raises(ValueError, match="unknown runner"):
        run_batches([], tmp_path, runner="spark", jobs=2)
