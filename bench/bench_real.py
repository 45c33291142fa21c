"""Extraction speed on real articles, against another commit in the same run: CPU MB/s per core and identical facts.

usage: python bench/bench_real.py [--against HEAD~1 [--against bd14491 …]] [--corpus ../shared/corpus/peoples-daily]
                                  [--rounds 3]

Both trees extract the same decoded texts (loaded once per process, so file reading is not timed) and serialise
every fact as `indicators extract` prints it; only that is timed, in CPU seconds. Each other commit is checked
out into a temporary git worktree and run in its own interpreter; rounds alternate between the trees so a noisy
machine slows all alike, and the best round of each counts (several --against: every ratio from the same run).
The facts of each tree are compared line by line with this one's: a speed-up only counts with identical output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(corpus: str, out: str | None) -> None:
    """Run in a child interpreter whose sys.path starts at the tree under test."""
    from extractors.load import load_text
    from extractors.pipeline import extract_text

    texts = []
    for p in sorted(Path(corpus).glob("*.txt")):
        try:
            texts.append((p.name, load_text(p).text))
        except Exception:  # noqa: BLE001 - an unreadable file is not part of the measurement
            continue
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    digest, lines, failed = hashlib.sha256(), [], 0
    t0 = time.process_time()
    for name, text in texts:
        try:
            facts = extract_text(text, name).facts
        except Exception:  # noqa: BLE001 - the older tree may crash on a document; both count it
            failed += 1
            continue
        chunk = "".join(f.to_json() + "\n" for f in facts)
        lines.append(chunk)
    cpu = time.process_time() - t0
    for chunk in lines:
        digest.update(chunk.encode("utf-8"))
    if out:
        Path(out).write_text("".join(lines), encoding="utf-8")
    print(json.dumps({"cpu": cpu, "bytes": size, "docs": len(texts), "failed": failed,
                      "facts": sum(c.count("\n") for c in lines), "sha256": digest.hexdigest()}))


def _child(tree: Path, corpus: str, out: str | None) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    script = (f"import sys; sys.path.insert(0, {str(tree)!r});"
              f"sys.path.insert(1, {str(ROOT / 'bench')!r});"
              f"import bench_real; bench_real.measure({corpus!r}, {out!r})")
    cmd = [sys.executable, "-c", script]
    done = subprocess.run(cmd, env=env, cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", action="append", help="a commit to compare with (default HEAD~1; may be repeated)")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "peoples-daily"))
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    against = a.against or ["HEAD~1"]
    with tempfile.TemporaryDirectory() as tmp:
        trees = {rev: Path(tmp) / f"base{k}" for k, rev in enumerate(against)}
        try:
            for rev, tree in trees.items():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev],
                               check=True)
            sides = {**trees, "head": ROOT}
            outs = {side: str(Path(tmp) / f"{k}.jsonl") for k, side in enumerate(sides)}
            best: dict[str, dict] = {}
            for r in range(a.rounds):
                for side, tree in sides.items():
                    res = _child(tree, a.corpus, outs[side] if r == 0 else None)
                    print(f"round {r + 1} {side}: {res['cpu']:.2f} s CPU, "
                          f"{res['bytes'] / 1e6 / res['cpu']:.2f} MB/s", flush=True)
                    if side not in best or res["cpu"] < best[side]["cpu"]:
                        best[side] = res
            for rev in against:
                _report(rev, {"base": best[rev], "head": best["head"]}, {"base": outs[rev], "head": outs["head"]})
        finally:
            for tree in trees.values():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def _report(against: str, best: dict, outs: dict) -> None:
    b, h = best["base"], best["head"]
    mb = h["bytes"] / 1e6
    print(f"\n{h['docs']} documents, {mb:.1f} MB")
    print(f"{against:>12}: {mb / b['cpu']:6.2f} MB/s per core  ({b['facts']} facts, {b['failed']} failed)")
    print(f"{'this tree':>12}: {mb / h['cpu']:6.2f} MB/s per core  ({h['facts']} facts, {h['failed']} failed)")
    print(f"speed-up: {b['cpu'] / h['cpu']:.2f}x")
    same = Path(outs["base"]).read_bytes() == Path(outs["head"]).read_bytes()
    print("facts: identical" if same else "facts: DIFFERENT (a speed-up only counts with identical output)")
    if not same:
        old = Path(outs["base"]).read_text(encoding="utf-8").splitlines()
        new = Path(outs["head"]).read_text(encoding="utf-8").splitlines()
        print(f"  {len(set(old) - set(new))} lines only in {against}, {len(set(new) - set(old))} only here")


if __name__ == "__main__":
    main()
