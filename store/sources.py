"""Which files an ingest reads: named files, folders walked recursively (symlink loops safe), and globs.

Paths are file-system paths, not text: a name that is not valid UTF-8 is walked, hashed and read as the bytes
it is (`str` with surrogate escapes, or `bytes`), and shown and stored as `shown_path()` text (`\\xff`).
An argument or folder that cannot be looked at (permission denied) is a problem line, never a traceback, and a
folder that cannot be listed is reported, not silently skipped.
"""

from __future__ import annotations

import glob
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

REPORT_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".pdf"})
"""Inside folders only these are read; a file named explicitly is always read, whatever its name."""

MANIFEST = "indicators-manifest.csv"
"""Declared metadata of the reports beside it (store/manifest.py): read for them, never read as a report."""

_GLOB_CHARS = set("*?[")


def shown_path(path: str | bytes | os.PathLike) -> str:
    """A path as text for people and the database: bytes that are not UTF-8 are shown as `\\xNN`.

    `os.fsdecode` keeps such bytes as lone surrogates, which no UTF-8 file, terminal, Arrow column or
    DuckDB value accepts. (A name that literally holds `\\xff` shows the same; both are still read right.)
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass
class FoundFiles:
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each: an argument or folder not read


def find_report_files(args: list[str | bytes | os.PathLike]) -> FoundFiles:
    """Expand ingest arguments into report files, in a stable order, each real file once."""
    found = FoundFiles()
    seen_files: set[str] = set()

    def add(p: Path) -> None:
        real = os.path.realpath(p)
        if real not in seen_files:
            seen_files.add(real)
            found.files.append(p)

    def add_path(p: Path, text: str, named: bool = True) -> bool:
        """Add a file, or a folder's report files; False when the path names neither."""
        kind = _kind(p)
        if kind == "file" and p.name == MANIFEST:  # a glob's match is skipped quietly
            if named:
                found.problems.append(f"{shown_path(text)}: a manifest is not a report: it declares the "
                                      "metadata of the reports beside it, and is read for them")
        elif kind == "dir":
            for f in _walk(p, found.problems):
                add(f)
        elif kind == "file":
            add(p)
        elif kind == "denied":
            found.problems.append(f"{shown_path(text)}: permission denied: cannot look at it (a folder on "
                                  "the way is not readable)")
        elif kind == "other":
            found.problems.append(f"{shown_path(text)}: not a regular file or folder")
        else:
            return False
        return True

    for arg in args:
        text = os.fsdecode(arg)
        if add_path(Path(text), text):
            continue
        if _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                found.problems.append(f"{shown_path(text)}: no file matches this pattern")
            for m in matches:
                add_path(Path(m), m, named=False)
        else:
            found.problems.append(f"{shown_path(text)}: no such file or folder")
    return found


def _kind(p: Path) -> str:
    """dir, file, other (a FIFO, device or dangling link), denied, or missing; never raises."""
    try:
        st = os.stat(p)
    except PermissionError:
        return "denied"
    except OSError:
        return "other" if os.path.lexists(p) else "missing"
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    return "file" if stat.S_ISREG(st.st_mode) else "other"


def _walk(root: Path, problems: list[str]):
    """Report files under root; follows symlinked folders but visits each real folder once (no loops).
    A folder or entry that cannot be read is added to `problems` (its files were not read)."""
    visited: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in visited:
            continue
        visited.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            problems.append(f"{shown_path(folder)}: {_why(e)}: cannot list this folder, its files were not read")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith(".") or entry.name == MANIFEST:
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    subfolders.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=True) and Path(entry.name).suffix.lower() in REPORT_SUFFIXES:
                    yield Path(entry.path)
            except OSError as e:
                problems.append(f"{shown_path(entry.path)}: {_why(e)}: cannot look at it, not read")
        stack.extend(reversed(subfolders))


def _why(e: OSError) -> str:
    return "permission denied" if isinstance(e, PermissionError) else (e.strerror or type(e).__name__).lower()
