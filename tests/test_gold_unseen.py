"""The hand-checked gold of 47 real documents the extractor was not built on (tests/gold/unseen/, scored by
unseen_gold.py): strict P/R/F1 per family and per kind of document, and the share right per field.

The floors are where the extractor stands, a little below: a change that makes it worse on reports it has not
seen fails here. `python tests/unseen_gold.py --misses --wrong region` shows what is missed or wrong.
"""

from __future__ import annotations

import pytest
from unseen_gold import CORPUS, FAMILIES, extract_gold_documents, load_gold, report, score

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the real corpus is not at {CORPUS}")

FIVE = [f for f in FAMILIES if f != "other"]
STRICT_F1 = 0.82        # every field right
FOUND_RECALL = 0.85     # the five families' figures found at all (value, unit, subject key)
FIELD_FLOORS = {"region": 0.92, "period": 0.94, "status": 0.98, "qualifier": 0.98}
KIND_F1 = {"communique": 0.85, "covid-bulletin": 0.92, "hotline": 0.6, "national-paper": 0.55,
           "work-report": 0.85}


@pytest.fixture(scope="module")
def scored():
    gold, docs = load_gold()
    s = score(gold, docs, extract_gold_documents(docs))
    report(s)  # shown with -s, and in the failure output
    return s


def test_there_is_a_gold_of_at_least_30_documents_and_400_facts():
    gold, docs = load_gold()
    kinds = {d["kind"] for d in docs.values()}
    assert len(docs) >= 30 and len(gold) >= 400 and len(kinds) >= 3


def test_strict_f1(scored):
    assert scored.prf("all")[2] >= STRICT_F1


def test_five_families_found(scored):
    found = sum(scored.found[f] for f in FIVE)
    gold = sum(scored.gold[f] for f in FIVE)
    assert found / gold >= FOUND_RECALL, (found, gold)


@pytest.mark.parametrize("field", sorted(FIELD_FLOORS))
def test_field_right(scored, field):
    right, total = scored.fields[field]
    assert right / total >= FIELD_FLOORS[field], (field, right, total)


@pytest.mark.parametrize("kind", sorted(KIND_F1))
def test_kind_of_document(scored, kind):
    tp, gold, predicted = scored.by_kind[kind]
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= KIND_F1[kind], (kind, tp, gold, predicted)
