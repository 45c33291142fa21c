"""Where extraction's CPU time goes, stage by stage: inclusive CPU seconds and share of named extractor functions.

usage: python bench/profile_stages.py [--corpus ../shared/corpus/peoples-daily] [--every 6]

A sampling profiler driven by a signal timer misplaces time spent inside C calls (a regex search is charged to
whatever Python line runs when the signal is handled), and cProfile's overhead distorts short functions; this
wraps only the stages listed below with a CPU-time counter (an inner call of the same stage is not counted
twice), so the shares add up honestly. The wrappers cost a few per cent; compare stages, not absolute totals.
"""

from __future__ import annotations

import argparse
import sys
import time
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (module, owner class or "", function): the per-document passes, the resolver and what it asks most. A function
# is named in the module that defines it and is timed wherever another module imported it by name.
STAGES = (
    ("pipeline", "", "normalize"), ("pipeline", "", "document_context"), ("pipeline", "", "find_tables"),
    ("pipeline", "", "segment"), ("pipeline", "", "find_quantities"), ("pipeline", "", "pattern_hits"),
    ("pipeline", "", "time_mentions"), ("pipeline", "", "find_mentions"),
    ("resolve", "Resolver", "add_sentence"), ("resolve", "Resolver", "_add"), ("resolve", "Resolver", "_enter"),
    ("resolve", "Resolver", "_opening_time"), ("resolve", "Resolver", "_region"), ("resolve", "Resolver", "_abstains"),
    ("resolve", "Resolver", "_story_scope"), ("resolve", "Resolver", "_paragraph_place"),
    ("story", "", "not_reported"), ("status", "", "figure_status"), ("periods", "", "period_at"),
    ("scope_places", "", "village_topic"), ("scope_places", "", "named_in_clause"),
    ("places", "", "_scan"),
)


def _wrap(owner, name: str, label: str, spent: Counter, calls: Counter) -> None:
    inner = getattr(owner, name)
    timed = _timer(inner, label, spent, calls)
    setattr(owner, name, timed)
    if isinstance(owner, types.ModuleType):  # `from .periods import period_at` made copies of the name
        for module in list(sys.modules.values()):
            if module is not None and module.__name__.startswith("extractors.") and getattr(module, name, None) is inner:
                setattr(module, name, timed)


def _timer(inner, label: str, spent: Counter, calls: Counter):
    active = [False]

    def timed(*args, **kwargs):
        if active[0]:
            return inner(*args, **kwargs)
        active[0], t0 = True, time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - t0
            calls[label] += 1
            active[0] = False

    return timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "peoples-daily"))
    ap.add_argument("--every", type=int, default=6, help="every n-th document of the corpus (default 6)")
    a = ap.parse_args()
    import importlib

    from extractors.load import load_text
    from extractors.pipeline import extract_text

    spent: Counter = Counter()
    calls: Counter = Counter()
    for module, cls, name in STAGES:
        mod = importlib.import_module(f"extractors.{module}")
        _wrap(getattr(mod, cls) if cls else mod, name, f"{cls or module}.{name}", spent, calls)
    paths = sorted(Path(a.corpus).glob("*.txt"))[a.every - 1::a.every]
    texts = [(p.name, load_text(p).text) for p in paths]
    first_name, first_text = texts[0]
    extract_text(first_text, first_name)  # lexicon, gazetteer and catalog load outside the measurement
    spent.clear()
    calls.clear()
    t0 = time.process_time()
    for name, text in texts:
        extract_text(text, name)
    total = time.process_time() - t0
    print(f"{len(texts)} documents, {total:.2f} s CPU (inclusive, wrappers included)")
    for label, seconds in spent.most_common():
        print(f"{100 * seconds / total:5.1f}%  {seconds:6.2f} s  {calls[label]:7d} calls  {label}")


if __name__ == "__main__":
    main()
