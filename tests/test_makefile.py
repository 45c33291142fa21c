"""`make run` fills only the default database with the bundled samples, never one the user named."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(*args: str, env: dict | None = None) -> str:
    done = subprocess.run(["make", "-n", *args], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_run_with_a_named_database_serves_it_without_ingesting_samples(tmp_path):
    mine = tmp_path / "mine.duckdb"
    out = dry_run("run", f"DB={mine}")
    assert "ingest" not in out and f"serve --db {mine}" in out


def test_run_with_the_database_named_in_the_environment_does_not_ingest_either(tmp_path):
    out = dry_run("run", env={"DB": str(tmp_path / "env.duckdb")})
    assert "ingest" not in out


def test_make_ingest_still_fills_a_named_database_when_asked(tmp_path):
    out = dry_run("ingest", f"DB={tmp_path / 'x.duckdb'}")
    assert "indicators ingest data/samples" in out  # asked for explicitly: `make ingest DB=…`


def test_the_default_database_is_filled_with_the_samples():
    out = dry_run("-B", "run")  # -B: as if the database were older than the samples
    assert "indicators ingest data/samples --db data/indicators.duckdb" in out
    assert "ingest" not in dry_run("-B", "run", "DB=elsewhere.duckdb")
