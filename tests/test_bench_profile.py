"""The stage profiler still runs after modules move: it wraps functions by name, and a stale name stops it."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/liaoyuan is not beside the repo")
def test_profile_stages_runs_and_times_the_resolver():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "profile_stages.py"), "--corpus", str(CORPUS),
                          "--every", "1"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0].startswith("5 documents"), lines[:2]
    timed = {line.split()[-1] for line in lines[1:]}
    assert {"Resolver.add_sentence", "pipeline.find_mentions", "periods.period_at", "status.figure_status"} <= timed
