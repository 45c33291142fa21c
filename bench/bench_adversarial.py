"""Adversarial single lines through the whole extractor: seconds and MB/s per size, and how time grows.

usage: python bench/bench_adversarial.py [--sizes 1,10,100] [--quick] [--kinds digits,growth_run]
       [--budget 900] [--memory-gb 6] [--max-figures N]

Each kind is one short unit repeated into a single line of 1, 10, 100 MB (UTF-8 bytes), generated in memory in
a child process, then `extract_text` runs on it once. Linear time means t(10x)/t(x) ≈ 10; a quadratic
pattern gives ≈ 100. Every run is a child process with a memory cap (RLIMIT_AS) and a time budget, so a
super-linear kind reports "out of memory" or "over budget" instead of taking the machine down; a kind whose
next size is predicted (from its last ratio) to exceed the budget is skipped and says so. A line with more
figures than the extractor's limit (INDICATORS_MAX_FIGURES, 300 000) is refused, and the table says so.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

# kind -> the unit repeated into one line (runs of digits, punctuation, 增长, 亿, 万, 年, %, and mixtures)
KINDS = {
    "digits": "1234567890",
    "decimal_dots": "1..2.3...4.",
    "punctuation": ",,。;;、::%%",
    "zeng_zhang": "增长",
    "yi_wan": "亿亿万万",
    "nian": "年年年",
    "percent": "%",
    "growth_run": "增长5%增长",
    "numbers_units": "5个亿万余12.5%",
    "report_like": "全市完成投资181.68亿元,同比增长5%,",
    "dates": "2021年13月45日至2月30日",
    "quotes_names": "“1688”“12345”热线",
    "share_run": "占比5%",  # many figures, one paragraph: context-bound catalog entries
    "delta_run": "比上年增加5个",  # many figures, each with a time expression, in one sentence
}

_CHILD = r"""
import json, resource, sys, time
unit, size_mb, cap = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
if cap:
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from extractors.errors import ReportError
from extractors.pipeline import extract_text
n = int(size_mb * 1024 * 1024) // len(unit.encode("utf-8"))
text = unit * n
try:
    t0 = time.perf_counter()
    ex = extract_text(text, "adversarial.txt")
    seconds = time.perf_counter() - t0
except MemoryError:
    print(json.dumps({"error": "out of memory"}))
    sys.exit(0)
except ReportError as e:  # the extractor's own limits (e.g. INDICATORS_MAX_FIGURES)
    print(json.dumps({"error": f"refused after {time.perf_counter() - t0:.1f} s: {e.problem[:70]}"}))
    sys.exit(0)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "bytes": len(text.encode("utf-8")), "facts": len(ex.facts), "rss": rss}))
"""


def run_one(unit: str, size_mb: float, budget: float, memory_cap: int, env: dict[str, str]) -> dict:
    """One extraction in a child process: its seconds, bytes, facts and peak RSS, or an error."""
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, unit, str(size_mb), str(memory_cap)],
                              capture_output=True, text=True, timeout=budget, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"over budget (> {budget:g} s)"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        return {"error": "out of memory" if "MemoryError" in tail or done.returncode == -9 else tail[:80]}
    return json.loads(lines[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,100", help="line sizes in MB, comma-separated (default 1,10,100)")
    ap.add_argument("--quick", action="store_true", help="sizes 1,10 only")
    ap.add_argument("--kinds", default=",".join(KINDS), help="which kinds, comma-separated")
    ap.add_argument("--budget", type=float, default=900.0, help="seconds allowed for one run (default 900)")
    ap.add_argument("--memory-gb", type=float, default=6.0, help="memory cap of one run (default 6 GB)")
    ap.add_argument("--max-figures", type=int, default=None,
                    help="INDICATORS_MAX_FIGURES for the runs (default: the extractor's own limit)")
    args = ap.parse_args()
    sizes = [1.0, 10.0] if args.quick else [float(s) for s in args.sizes.split(",")]
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        ap.error(f"unknown kinds {unknown}; known: {', '.join(KINDS)}")
    cap = int(args.memory_gb * 1024 ** 3)
    env = dict(os.environ)
    if args.max_figures:
        env["INDICATORS_MAX_FIGURES"] = str(args.max_figures)
    print(f"{'kind':<15} {'MB':>6} {'seconds':>9} {'MB/s':>7} {'facts':>9} {'peak RSS':>9}  t/t(previous size)",
          flush=True)
    summary = []
    errors: dict[str, str] = {}
    for kind in kinds:
        unit = KINDS[kind]
        times: list[float] = []
        for size in sizes:
            if len(times) >= 2 and times[-1] * (times[-1] / times[-2]) > args.budget:
                print(f"{kind:<15} {size:>6g}  skipped: predicted {times[-1] ** 2 / times[-2]:.0f} s "
                      f"> budget {args.budget:g} s", flush=True)
                break
            r = run_one(unit, size, args.budget, cap, env)
            if "error" in r:
                print(f"{kind:<15} {size:>6g}  {r['error']}", flush=True)
                errors[kind] = f"{r['error']} at {size:g} MB"
                times.append(float("inf"))
                break
            ratio = f"{r['seconds'] / times[-1]:.1f}" if times and times[-1] > 0 else ""
            times.append(r["seconds"])
            mb = r["bytes"] / 1024 ** 2
            print(f"{kind:<15} {mb:>6.3g} {r['seconds']:>9.2f} {mb / r['seconds']:>7.2f} {r['facts']:>9} "
                  f"{r['rss'] / 1024 ** 2:>7.0f}MB  {ratio}", flush=True)
        summary.append((kind, times))
    print("\nratios (linear ≈ 10 per 10x size, quadratic ≈ 100; flagged above size^1.5):")
    for kind, times in summary:
        ratios = [f"t({sizes[i + 1]:g})/t({sizes[i]:g}) = {times[i + 1] / times[i]:.1f}"
                  for i in range(len(times) - 1) if times[i + 1] != float("inf")]
        if kind in errors:
            ratios.append(errors[kind])
        # super-linear: time grows faster than size^1.5 (31.6x per 10x size; linear is 10x, quadratic 100x)
        flag = "  <-- super-linear" if any(times[i + 1] > (sizes[i + 1] / sizes[i]) ** 1.5 * times[i]
                                           for i in range(len(times) - 1) if times[i + 1] != float("inf")) else ""
        print(f"  {kind:<15} " + ("; ".join(ratios) or "(one size only)") + flag)


if __name__ == "__main__":
    start = time.monotonic()
    main()
    print(f"\ntotal {time.monotonic() - start:.0f} s")
