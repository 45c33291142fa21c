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
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1
WATCH_INTERVAL_S = 0.5


def die_with_parent(parent_pid: int) -> None:
    """Make this process exit when `parent_pid` is gone; call first thing in a child process."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no libc (unusual): the watcher below still ends the process
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
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
