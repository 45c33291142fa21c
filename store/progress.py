"""Ingest progress on standard error: a tqdm bar on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_MB = 1024 * 1024


class Progress:
    """Counts files, bytes and facts; shows them as a bar (terminal) or a line every few seconds (logs)."""

    def __init__(self, total_files: int, total_bytes: int, stream: TextIO | None = None,
                 bar: bool | None = None, every_s: float = 5.0, label: str = "ingest"):
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.total_files, self.total_bytes = total_files, total_bytes
        self.files = self.bytes = self.facts = self.failed = 0
        self.started = self._last_line = time.monotonic()
        self.every_s = every_s
        use_bar = bar if bar is not None else _isatty(self.stream)
        self._bar = None
        if use_bar:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: the extraction pool forks after the bar exists
            self._bar = tqdm(total=total_bytes / _MB, unit="MB", unit_scale=False, file=self.stream,
                             bar_format="{l_bar}{bar}| {n:.1f}/{total:.1f} MB [{elapsed}<{remaining}, "
                                        "{rate_fmt}{postfix}]", dynamic_ncols=True)

    def advance(self, size: int, facts: int, failed: bool) -> None:
        self.advance_many(1, size, facts, int(failed))

    def advance_many(self, files: int, size: int, facts: int, failed: int) -> None:
        """Count several files at once (a batch of the archive runners)."""
        self.files += files
        self.bytes += size
        self.facts += facts
        self.failed += failed
        if self._bar is not None:
            self._bar.update(size / _MB)
            self._bar.set_postfix_str(f"{self.files}/{self.total_files} files, {self.facts} facts"
                                      + (f", {self.failed} failed" if self.failed else ""), refresh=False)
        elif time.monotonic() - self._last_line >= self.every_s:
            self._last_line = time.monotonic()
            print(self.line(), file=self.stream, flush=True)

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.bytes / _MB / elapsed
        left = (self.total_bytes - self.bytes) / _MB / rate if rate > 0 else float("nan")
        return (f"{self.label}: {self.files}/{self.total_files} files, {self.bytes / _MB:.1f}/"
                f"{self.total_bytes / _MB:.1f} MB, {self.facts} facts, {self.failed} failed, "
                f"{rate:.2f} MB/s, ETA {left:.0f} s")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
