"""A killed parent leaves no extraction worker behind, and its output pipe closes (`… | tee log` ends)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from store_support import INDICATORS, SENTENCES, write_report


def children(pid: int) -> list[int]:
    out = []
    tasks = Path(f"/proc/{pid}/task")
    for task in tasks.iterdir() if tasks.is_dir() else ():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def descendants(pid: int) -> list[int]:
    out, stack = [], [pid]
    while stack:
        kids = children(stack.pop())
        out += kids
        stack += kids
    return out


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper that never comes, as under a container's pid 1, is dead)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def eof_within(fd: int, timeout: float) -> bool:
    """True when the pipe's last writer has gone (read returns b'') within `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if ready and os.read(fd, 65536) == b"":
            return True
    return False


@pytest.fixture(scope="module")
def busy_folder(tmp_path_factory):
    """Enough text that two workers are still extracting a few seconds after the start."""
    folder = tmp_path_factory.mktemp("orphans")
    for i in range(40):
        write_report(folder, f"r{i:03d}.txt", day=date(2021, 1, 1) + timedelta(days=i),
                     sentences=SENTENCES * 400, issue=7000 + i)
    return folder


COMMANDS = {
    "ingest": lambda folder, tmp: ["ingest", str(folder), "--db", str(tmp / "o.duckdb"), "--jobs", "2",
                                   "--no-progress"],
    "extract-batches": lambda folder, tmp: ["extract-batches", str(folder), "--out", str(tmp / "archive"),
                                            "--jobs", "2", "--batch-docs", "2", "--no-progress"],
}


@pytest.mark.slow
def test_a_killed_ray_driver_leaves_no_ray_process(busy_folder, tmp_path):
    """A local Ray cluster started by `--runner ray` shares the driver's fate: raylet and workers at once, its
    two agents when their health check of the raylet gives up (seen: 30–80 s)."""
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install -e '.[cluster]'")
    p = subprocess.Popen([*INDICATORS, *COMMANDS["extract-batches"](busy_folder, tmp_path), "--runner", "ray"],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        assert wait_for(lambda: len(descendants(p.pid)) >= 6, 90), "the Ray cluster never started its workers"
        tree = descendants(p.pid)
        p.kill()
        p.wait(timeout=10)
        assert wait_for(lambda: not any(alive(w) for w in tree), 150), \
            f"{[Path(f'/proc/{w}/cmdline').read_text()[:80] for w in tree if alive(w)]} outlived the driver"
    finally:
        for w in descendants(p.pid):
            try:
                os.kill(w, signal.SIGKILL)
            except ProcessLookupError:
                pass
        p.stdout.close()


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_parent_leaves_no_worker_and_closes_its_pipe(busy_folder, tmp_path, command, sig):
    p = subprocess.Popen([*INDICATORS, *COMMANDS[command](busy_folder, tmp_path)], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    try:
        assert wait_for(lambda: len(children(p.pid)) >= 2, 60), "the pool never started two workers"
        workers = children(p.pid)
        p.send_signal(sig)  # the parent only (not its process group), as the OOM killer or `kill PID` does
        p.wait(timeout=10)
        assert wait_for(lambda: not any(alive(w) for w in workers), 10), \
            f"workers {[w for w in workers if alive(w)]} outlived their parent"
        assert eof_within(p.stdout.fileno(), 10), "the output pipe stayed open after the parent died"
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.stdout.close()
