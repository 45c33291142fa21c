"""The app says when it is showing the bundled sample reports, and says nothing when it is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_fixtures import build_db
from streamlit.testing.v1 import AppTest

from store.ingest import ingest_paths

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"


def sidebar_captions(db: Path, monkeypatch) -> str:
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception
    return " ".join(c.value for c in at.sidebar.caption)


@pytest.mark.parametrize("lang, words", [("English", "bundled sample reports"), ("中文", "示例报告")])
def test_sample_reports_are_labelled_as_samples(tmp_path, monkeypatch, lang, words):
    db = tmp_path / "samples.duckdb"
    summary = ingest_paths([ROOT / "data" / "samples"], db, jobs=1)
    assert summary.ok
    monkeypatch.setenv("INDICATORS_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["lang"] = lang
    at.run()
    captions = " ".join(c.value for c in at.sidebar.caption)
    assert words in captions
    assert str(summary.stored) in captions


def test_other_reports_carry_no_sample_label(tmp_path, monkeypatch):
    db = build_db(tmp_path / "facts.duckdb")
    assert "sample" not in sidebar_captions(db, monkeypatch)
