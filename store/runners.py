"""Runners: one code path (`extract_batch` over a list of batches) on a process pool, a Ray cluster or inline.

- `pool` (default): worker processes on this machine that die with it; a batch whose worker died is retried.
- `ray`: tasks on a Ray cluster (`pip install -e .[cluster]`), started locally or joined by address; Ray
  retries a task whose worker or node died.
- `inline`: in this process, one batch after another: for a Slurm array task or a Kubernetes indexed job,
  where the scheduler provides the parallelism and the requeue (with `--shard i/N`).

On every runner a batch that keeps killing its worker (a file that exhausts memory or crashes the
interpreter) is finally run with each document in its own process, so only that file becomes a `failed` row.
Results come back through `on_result` as each batch finishes (progress), in completion order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, CancelledError, wait
from concurrent.futures.process import BrokenProcessPool

from extractors import EXTRACTOR_VERSION

from .batches import Batch, BatchResult, extract_batch
from .workers import worker_pool

RUNNERS = ("pool", "ray", "inline")
RETRIES = 2  # a batch whose worker died runs up to 1 + RETRIES times, then isolated
RAY_LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024  # results are small counts; the files go to the disk

OnResult = Callable[[BatchResult], None]


class RunnerUnavailable(Exception):
    """The chosen runner cannot start (Ray not installed, cluster unreachable); one line for the user."""


def run_batches(batches: list[Batch], out: str | os.PathLike, version: str = EXTRACTOR_VERSION,
                runner: str = "pool", jobs: int | None = None, address: str | None = None, force: bool = False,
                on_result: OnResult = lambda r: None, retries: int = RETRIES) -> None:
    """Run `extract_batch` on every batch with the chosen runner; each result goes to `on_result`."""
    out = os.path.abspath(out)  # a cluster's workers need the shared path, not this process's cwd
    jobs = max(1, jobs or os.cpu_count() or 1)
    if runner == "inline":
        for batch in batches:
            on_result(extract_batch(batch, out, version, force))
    elif runner == "pool":  # even for one batch: a file that kills its process must not kill this one
        _run_pool(batches, out, version, force, max(1, min(jobs, len(batches))), on_result, retries)
    elif runner == "ray":
        _run_ray(batches, out, version, force, jobs, address, on_result, retries)
    else:
        raise ValueError(f"unknown runner {runner!r}; choose one of {', '.join(RUNNERS)}")


def _run_pool(batches, out, version, force, jobs, on_result, retries) -> None:
    pending = deque((b, 0) for b in batches)  # (batch, attempts so far)
    pool = worker_pool(jobs)
    in_flight: dict = {}  # future → (batch, attempts, the pool it went to)
    try:
        while pending or in_flight:
            while pending and len(in_flight) < 2 * jobs:  # a few queued per worker, never the whole plan
                batch, attempt = pending.popleft()
                try:
                    future = pool.submit(extract_batch, batch, out, version, force)
                except BrokenProcessPool:
                    pool = _fresh_pool(pool, jobs)
                    future = pool.submit(extract_batch, batch, out, version, force)
                in_flight[future] = (batch, attempt, pool)
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                batch, attempt, owner = in_flight.pop(future)
                try:
                    on_result(future.result())
                except (BrokenProcessPool, CancelledError):
                    broken = broken or owner is pool
                    if attempt < retries:
                        pending.appendleft((batch, attempt + 1))
                    else:
                        on_result(extract_batch(batch, out, version, force, isolate=True))
            if broken:
                pool = _fresh_pool(pool, jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _fresh_pool(pool, jobs):
    pool.shutdown(wait=False, cancel_futures=True)
    return worker_pool(jobs)


def _run_ray(batches, out, version, force, jobs, address, on_result, retries) -> None:
    ray = import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        try:
            if address:
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=jobs, object_store_memory=RAY_LOCAL_OBJECT_STORE_BYTES, include_dashboard=False,
                         log_to_driver=False)
        except Exception as e:  # ConnectionError, RuntimeError …: Ray has no single base class for these
            where = f"the Ray cluster at {address}" if address else "a local Ray cluster"
            raise RunnerUnavailable(f"cannot start or join {where} ({type(e).__name__}: {e})") from None
    try:
        task = ray.remote(num_cpus=1, max_retries=retries, retry_exceptions=False)(extract_batch)
        window = 2 * max(1, int(ray.cluster_resources().get("CPU", jobs)))
        pending = deque(batches)
        in_flight: dict = {}  # object ref → (batch, isolated?)
        while pending or in_flight:
            while pending and len(in_flight) < window:
                batch = pending.popleft()
                in_flight[task.remote(batch, out, version, force)] = (batch, False)
            ready, _ = ray.wait(list(in_flight), num_returns=1)
            for ref in ready:
                batch, isolated = in_flight.pop(ref)
                try:
                    on_result(ray.get(ref))
                except (ray.exceptions.WorkerCrashedError, ray.exceptions.NodeDiedError,
                        ray.exceptions.OutOfMemoryError):
                    if isolated:
                        raise
                    # Ray's retries are spent: every document on its own, so only the culprit fails
                    ref = task.options(max_retries=0).remote(batch, out, version, force, isolate=True)
                    in_flight[ref] = (batch, True)
    finally:
        if started_here:
            ray.shutdown()


def import_ray():
    try:
        import ray
    except ImportError:
        raise RunnerUnavailable("the ray runner needs Ray: pip install -e '.[cluster]'") from None
    return ray
