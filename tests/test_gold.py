"""The five real pages scored by ../shared/gold/score.py: strict F1 ≥ 0.95, each family's recall ≥ 0.9, dates 5/5."""

import importlib.util
import json
from pathlib import Path

import pytest

from extractors.pipeline import extract_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold"
CORPUS = SHARED / "corpus" / "liaoyuan"
pytestmark = pytest.mark.skipif(not (GOLD / "score.py").exists(), reason="../shared/gold is not on this machine")


def _scorer():
    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored():
    score = _scorer()
    facts = [f.contract() for p in sorted(CORPUS.glob("*.txt")) for f in extract_file(p).facts]
    gold = [json.loads(line) for line in (GOLD / "seeds.jsonl").read_text(encoding="utf-8").splitlines() if line]
    docs = [json.loads(line) for line in (GOLD / "seed_docs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    rows, misses, extras = score.score(gold, facts)
    return score, rows, misses, extras, score.check_dates(docs, facts)


def test_strict_f1(scored):
    """The seed gold stays exact: an extra fact (a caption restating the body) or a missed one fails."""
    _, rows, misses, extras, _ = scored
    assert rows["all"]["f1"] == 1.0, (misses, extras)


@pytest.mark.parametrize("family", ["growth_rate", "investment", "hotline", "covid", "sock_industry"])
def test_family_recall(scored, family):
    _, rows, misses, _, _ = scored
    assert rows[family]["recall"] >= 0.9, [m for m in misses if m["family"] == family]


def test_published_dates(scored):
    ok, n = scored[4]
    assert ok == n == 5
