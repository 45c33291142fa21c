"""Compiled `regex` patterns kept on disk between processes: the lexicon's composed patterns (tens of kilobytes
each, hundreds of them) took `regex` about 7 s of parsing and optimising in every process, a third of a run over
the 728 audit documents; rebuilding one from its compiled code takes well under a millisecond.

A pattern is stored under its exact source and flags, so an edited lexicon or template only misses (and is
compiled as before): a stored pattern is the very program `regex.compile` built for that source. The file holds
plain data (`marshal`: strings, numbers, bytes, tuples, dicts), never code; one that cannot be read is ignored.
It is named by the `regex` and Python versions (the compiled form is theirs) and written once, at exit, by a
process that compiled something new (write to a temporary file, then rename: concurrent processes never see a
half-written file). `INDICATORS_PATTERN_CACHE` names the folder; set to an empty string it turns the cache off.
"""

from __future__ import annotations

import atexit
import copyreg
import marshal
import os
import sys
import tempfile
from pathlib import Path

import regex

_FORMAT = 1
_Key = tuple[str, int]


def _folder() -> Path | None:
    raw = os.environ.get("INDICATORS_PATTERN_CACHE")
    if raw is not None:
        return Path(raw) if raw.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "indicators"


def _path() -> Path | None:
    folder = _folder()
    version = f"{sys.implementation.cache_tag}-regex{regex.__version__}-f{_FORMAT}"
    return None if folder is None else folder / f"patterns-{version}.marshal"


class _Store:
    def __init__(self):
        self.path = _path()
        self.stored: dict[_Key, tuple] = self._read()
        self.used: dict[_Key, tuple] = {}
        self.new = False
        self.patterns: dict[_Key, regex.Pattern] = {}

    def _read(self) -> dict[_Key, tuple]:
        if self.path is None:
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, tuple) and len(k) == 2 and isinstance(k[0], str)
                and isinstance(k[1], int) and isinstance(v, tuple) and v and v[0] == k[0]}

    def compile(self, source: str, flags: int) -> regex.Pattern:
        key = (source, flags)
        if (pattern := self.patterns.get(key)) is not None:
            return pattern
        data = self.stored.get(key)
        pattern = None
        if data is not None:
            try:
                pattern = _REBUILD(*data)
            except (TypeError, ValueError, OverflowError, regex.error):
                pattern = None
        if pattern is None:
            pattern = regex.compile(source, flags)
            data = _reduce(pattern)
            self.new = True
        self.used[key] = data
        self.patterns[key] = pattern
        return pattern

    def save(self) -> None:
        if not self.new or self.path is None:
            return
        # what this process asked for, and what others stored that it did not ask for unless that is most of it
        # (an old lexicon's patterns are dropped once they outnumber the current ones)
        unused = {k: v for k, v in self.stored.items() if k not in self.used}
        keep = {**unused, **self.used} if len(unused) <= len(self.used) else dict(self.used)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(keep))
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            return


def _reduce(pattern: regex.Pattern) -> tuple:
    return copyreg.dispatch_table[type(pattern)](pattern)[1]


_REBUILD = copyreg.dispatch_table[regex.Pattern](regex.compile(""))[0]   # how pickle rebuilds a compiled pattern
_STORE = _Store()
atexit.register(_STORE.save)


def compile_regex(source: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(source, flags)`, rebuilt from the compiled code a process stored for that source if any."""
    return _STORE.compile(source, flags)
