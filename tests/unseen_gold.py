"""Scoring against the hand-checked gold of real documents the extractor was not built on (tests/gold/unseen/).

    python tests/unseen_gold.py [--facts FACTS.jsonl] [--misses] [--extras] [--field region]

A gold fact and an extracted fact are the same figure when they come from the same document, have the same
family (or the gold's alternative), value and unit, and the gold's key is in the extracted subject or
indicator. Among such candidates the one with most fields right is taken. A pair is right in every field
(strict) when region, period (at the gold's precision), status and qualifier are all right. Precision counts
every extracted fact of the five families in the gold's documents, and `other` facts only in documents whose
`other` facts are complete. Optional gold facts are neither required nor counted against.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold" / "unseen"
CORPUS = HERE.parent.parent / "shared" / "corpus"
FAMILIES = ["growth_rate", "investment", "hotline", "covid", "sock_industry", "other"]
FIELDS = ["region", "period", "status", "qualifier", "indicator"]
STRICT = ("region", "period", "status", "qualifier")
UNIT_ALIASES = {"名": "人", "元": "CNY", "人民币": "CNY", "美元": "USD", "百分点": "个百分点"}


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_gold() -> tuple[list[dict], dict[str, dict]]:
    facts = [f for p in sorted(GOLD_DIR.glob("*.facts.jsonl")) for f in load_jsonl(p)]
    docs = {d["doc"]: d for p in sorted(GOLD_DIR.glob("*.docs.jsonl")) for d in load_jsonl(p)}
    return facts, docs


def _unit(u) -> str:
    return UNIT_ALIASES.get((u or "").strip(), (u or "").strip())


def _same_value(a, b) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def same_figure(g: dict, f: dict) -> bool:
    if f.get("family") not in (g["family"], g.get("alt_family")):
        return False
    if not _same_value(f.get("value"), g["value"]) or _unit(f.get("unit")) != _unit(g["unit"]):
        return False
    return g["key"].lower() in ((f.get("subject") or "") + "|" + (f.get("indicator") or "")).lower()


def period_right(g: dict, f: dict) -> bool | None:
    """None when the gold does not score the period (match `none`)."""
    grain = g["match"]
    gs, ge = g.get("period_start"), g.get("period_end")
    fs, fe = (f.get("period_start") or "")[:10] or None, (f.get("period_end") or "")[:10] or None
    if grain == "none":
        return None
    if ge is None:
        return fe is None
    if fe is None:
        return False
    width = {"day": 10, "week": 10, "month": 7, "quarter": 7, "year": 4, "span": 4}[grain]
    if grain == "week":
        end_ok = abs((date.fromisoformat(ge) - date.fromisoformat(fe)).days) <= 1
    else:
        end_ok = ge[:width] == fe[:width]
    if gs is None:
        return end_ok
    return end_ok and fs is not None and gs[:width] == fs[:width]


def field_checks(g: dict, f: dict) -> dict[str, bool | None]:
    return {
        "region": g.get("region") == f.get("region"),
        "period": period_right(g, f),
        "status": g["status"] == (f.get("status") or "actual"),
        "qualifier": g.get("qualifier", "exact") == f.get("qualifier"),
        "indicator": (g.get("indicator") == f.get("indicator")) if g.get("indicator") else None,
    }


def strict_right(checks: dict) -> bool:
    return all(checks[k] is not False for k in STRICT)


@dataclass
class Score:
    tp: dict = field(default_factory=lambda: defaultdict(int))        # strict, per gold family (recall)
    tp_pred: dict = field(default_factory=lambda: defaultdict(int))   # strict, per predicted family (precision)
    found: dict = field(default_factory=lambda: defaultdict(int))     # same figure, per family
    gold: dict = field(default_factory=lambda: defaultdict(int))
    predicted: dict = field(default_factory=lambda: defaultdict(int))
    fields: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))   # field -> [right, scored]
    by_kind: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))  # kind -> [tp, gold, predicted]
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)     # (gold, fact, checks) matched but not strictly right
    extras: list = field(default_factory=list)

    def prf(self, family: str = "all", strict: bool = True) -> tuple[float, float, float]:
        pick = (lambda d: sum(d.values())) if family == "all" else (lambda d: d[family])
        tp = pick(self.tp if strict else self.found)
        tp_pred = pick(self.tp_pred) if strict else tp   # a sock figure filed as `other` is right for neither
        n_gold, n_pred = pick(self.gold), pick(self.predicted)
        p = tp_pred / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _dedupe(facts: list[dict]) -> list[dict]:
    seen, out = set(), []
    for f in facts:
        k = (f["doc"], f.get("family"), f.get("subject"), str(f.get("value")), _unit(f.get("unit")),
             str(f.get("period_end")), f.get("status"), f.get("region"))
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def score(gold: list[dict], docs: dict[str, dict], facts: list[dict]) -> Score:
    s = Score()
    facts = _dedupe([f for f in facts if f["doc"] in docs and f.get("family") in FAMILIES])
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        by_doc[f["doc"]].append(i)
    used: set[int] = set()
    optional_hits: set[int] = set()
    for g in sorted(gold, key=lambda g: g.get("optional", False)):
        counted = not g.get("optional") and (g["family"] != "other" or docs[g["doc"]].get("other_complete"))
        best, best_key = None, None
        for i in by_doc[g["doc"]]:
            if i in used or not same_figure(g, facts[i]):
                continue
            checks = field_checks(g, facts[i])
            key = sum(v is not False for v in checks.values())
            if best_key is None or key > best_key:
                best, best_key = i, key
        if g.get("optional"):
            if best is not None:
                used.add(best)
                optional_hits.add(best)
            continue
        if counted:
            s.gold[g["family"]] += 1
            s.by_kind[docs[g["doc"]]["kind"]][1] += 1
        if best is None:
            if counted:
                s.misses.append(g)
            continue
        used.add(best)
        checks = field_checks(g, facts[best])
        for name, ok in checks.items():
            if ok is not None:
                s.fields[name][0] += ok
                s.fields[name][1] += 1
        if counted:
            s.found[g["family"]] += 1
            if strict_right(checks):
                s.tp[g["family"]] += 1
                if not (facts[best]["family"] == "other" and not docs[facts[best]["doc"]].get("other_complete")):
                    s.tp_pred[facts[best]["family"]] += 1
                s.by_kind[docs[g["doc"]]["kind"]][0] += 1
            else:
                s.wrong.append((g, facts[best], checks))
    for i, f in enumerate(facts):
        if i in optional_hits or (f["family"] == "other" and not docs[f["doc"]].get("other_complete")):
            continue
        s.predicted[f["family"]] += 1
        s.by_kind[docs[f["doc"]]["kind"]][2] += 1
        if i not in used:
            s.extras.append(f)
    return s


def extract_gold_documents(docs: dict[str, dict]) -> list[dict]:
    from extractors.pipeline import extract_file

    facts = []
    for doc in docs:
        for fact in extract_file(CORPUS / doc).facts:
            d = fact.contract()
            d["doc"] = doc
            facts.append(d)
    return facts


def report(s: Score, out=sys.stdout) -> None:
    print(f"{'family':14} {'gold':>5} {'pred':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}   (strict)", file=out)
    for fam in FAMILIES + ["all"]:
        p, r, f1 = s.prf(fam)
        g = sum(s.gold.values()) if fam == "all" else s.gold[fam]
        n = sum(s.predicted.values()) if fam == "all" else s.predicted[fam]
        found = sum(s.found.values()) if fam == "all" else s.found[fam]
        print(f"{fam:14} {g:5} {n:5} {found:6} {p:6.3f} {r:6.3f} {f1:6.3f}", file=out)
    print("fields right, on matched figures: " + ", ".join(
        f"{k} {v[0]}/{v[1]} ({v[0] / v[1]:.1%})" for k, v in s.fields.items() if v[1]), file=out)
    print("by kind (strict tp / gold / predicted): " + ", ".join(
        f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in sorted(s.by_kind.items())), file=out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--facts", help="extracted facts (JSON lines, doc = path under corpus/); default: extract now")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--extras", action="store_true")
    ap.add_argument("--wrong", metavar="FIELD", help="list matched facts wrong in FIELD (region, period …)")
    ap.add_argument("--kind", help="only documents of this kind")
    a = ap.parse_args()
    gold, docs = load_gold()
    if a.kind:
        docs = {d: v for d, v in docs.items() if v["kind"] == a.kind}
        gold = [g for g in gold if g["doc"] in docs]
    facts = load_jsonl(Path(a.facts)) if a.facts else extract_gold_documents(docs)
    s = score(gold, docs, facts)
    report(s)
    short = lambda d: d.split("/")[-1][:-4][-14:]  # noqa: E731
    if a.misses:
        print("\nmissed:")
        for g in s.misses:
            print(f"  {short(g['doc'])} {g['family']:13} {g['key']} = {g['value']} {g['unit']} "
                  f"{g['region']} {g['period_start']}..{g['period_end']} [{g['status']}]")
    if a.wrong:
        print(f"\nwrong {a.wrong}:")
        for g, f, checks in s.wrong:
            if checks.get(a.wrong) is False:
                print(f"  {short(g['doc'])} {g['key']} = {g['value']}: gold {_show(g, a.wrong)} | got "
                      f"{_show(f, a.wrong)} | {f.get('quote', '')[:70]}")
    if a.extras:
        print("\nextracted, not in the gold:")
        for f in s.extras:
            print(f"  {short(f['doc'])} {f['family']:13} {f['subject']} = {f['value']} {f['unit']} "
                  f"{f['region']} {f['period_start']}..{f['period_end']} [{f['status']}] | {f['quote'][:50]}")
    return 0


def _show(d: dict, name: str) -> str:
    if name == "period":
        return f"{d.get('period_start')}..{d.get('period_end')}"
    return str(d.get(name))


if __name__ == "__main__":
    sys.exit(main())
