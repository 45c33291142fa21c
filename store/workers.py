"""Extraction worker pools that die with their parent: no orphans after SIGKILL, SIGTERM or the OOM killer.

A `ProcessPoolExecutor` worker outlives a parent killed without cleanup: it waits forever on its call queue,
keeps ~100 MB and holds the parent's stdout/stderr open (so `indicators ingest … | tee log` never ends). Each
worker here asks the kernel for SIGKILL when its parent dies (Linux `prctl(PR_SET_PDEATHSIG)`), and also
watches its parent from a thread (other systems, and the instant before prctl took effect).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1
WATCH_INTERVAL_S = 0.5


def parent_death_hook(parent_pid: int, sig: int = signal.SIGKILL) -> Callable[[], None]:
    """What a child calls first thing: the kernel sends it `sig` when `parent_pid` dies (Linux), and it exits at
    once if the parent is already gone. Resolved before the fork, so it is safe as a `preexec_fn`."""
    prctl = None
    if sys.platform.startswith("linux"):
        try:
            prctl = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True).prctl
        except (OSError, AttributeError):
            prctl = None  # no libc (unusual): callers keep their own watcher

    def in_child() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before prctl took effect
            os._exit(1)
    return in_child


def die_with_parent(parent_pid: int) -> None:
    """Make this process exit when `parent_pid` is gone; call first thing in a child process."""
    parent_death_hook(parent_pid)()
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    # Re-parenting (to init or a subreaper) changes getppid(): the parent is gone.
    while os.getppid() == parent_pid:
        time.sleep(WATCH_INTERVAL_S)
    os._exit(1)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers end when this process ends, however it ends.

    PR_SET_PDEATHSIG fires when the *thread* that forked the worker exits; the pool forks its workers in
    the thread that first submits, so create and use a pool in one thread (as ingest and the batch runner do).
    """
    return ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),))
