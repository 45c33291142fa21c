"""Helpers for the example tables: run one sentence through the extractor and compare with expectations."""

from __future__ import annotations

from datetime import date

from extractors.fact import contract_problems
from extractors.pipeline import extract_text

PUBLISHED = date(2021, 1, 27)


def facts_of(text: str, published: date = PUBLISHED) -> list[dict]:
    facts = [f.contract() for f in extract_text(text, "case.txt", published).facts]
    for f in facts:
        assert contract_problems(f, text) == [], f
    return facts


def named_values(text: str, published: date = PUBLISHED) -> list[tuple]:
    """Each fact of the text as (family, subject, value), in text order: for tables about names."""
    return [(f["family"], f["subject"], f["value"]) for f in facts_of(text, published)]


def _fits(fact: dict, family: str, key: str, value, unit: str, extra: dict) -> bool:
    if fact["family"] != family or fact["unit"] != unit:
        return False
    if key not in f"{fact['subject']}|{fact['indicator']}":
        return False
    if abs(float(fact["value"]) - float(value)) > 1e-6 * max(1.0, abs(float(value))):
        return False
    return all(fact.get(k) == v for k, v in extra.items())


def assert_facts(text: str, family: str, expected: list[tuple], published: date = PUBLISHED) -> None:
    """Every expected (key, value, unit[, extra fields]) is among the facts of that family."""
    facts = facts_of(text, published)
    for exp in expected:
        key, value, unit = exp[:3]
        extra = exp[3] if len(exp) > 3 else {}
        assert any(_fits(f, family, key, value, unit, extra) for f in facts), (
            f"{exp} not in {[(f['family'], f['indicator'], f['subject'], f['value'], f['unit'], f['status'], f['period_end'], f['qualifier']) for f in facts]}")


def assert_exactly(text: str, expected: list[dict], published: date = PUBLISHED, name: str = "case.txt") -> None:
    """The text gives exactly these facts, in text order: each expected dict names the fields to check (value,
    subject, region, period_start …); an extra or a missing fact fails."""
    facts = [f.contract() for f in extract_text(text, name, published).facts]
    got = [{k: f[k] for k in exp} for f, exp in zip(facts, expected, strict=False)]  # lengths checked below
    assert len(facts) == len(expected) and got == expected, (
        f"expected {expected}\n got {[{k: f[k] for k in ('subject', 'value', 'unit', 'indicator', 'region', 'period_start', 'period_end', 'status')} for f in facts]}")


def dated_rows(tables: list[tuple]) -> tuple[list[tuple], list[str]]:
    """(rows, ids) for `assert_exactly` from tables of (rows of (id, text, expected facts), published, file name)."""
    rows = [(text, expected, published, name) for table, published, name in tables for _, text, expected in table]
    return rows, [row[0] for table, _, _ in tables for row in table]
