"""Which files an ingest reads: named files, folders walked recursively (symlink loops safe), and globs."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

REPORT_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".pdf"})
"""Inside folders only these are read; a file named explicitly is always read, whatever its name."""

_GLOB_CHARS = set("*?[")


@dataclass
class FoundFiles:
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each: an argument that named nothing


def find_report_files(args: list[str | os.PathLike]) -> FoundFiles:
    """Expand ingest arguments into report files, in a stable order, each real file once."""
    found = FoundFiles()
    seen_files: set[str] = set()

    def add(p: Path) -> None:
        real = os.path.realpath(p)
        if real not in seen_files:
            seen_files.add(real)
            found.files.append(p)

    for arg in args:
        text = os.fspath(arg)
        p = Path(text)
        if p.is_dir():
            for f in _walk(p):
                add(f)
        elif p.is_file():
            add(p)
        elif _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                found.problems.append(f"{text}: no file matches this pattern")
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    for f in _walk(mp):
                        add(f)
                elif mp.is_file():
                    add(mp)
        elif p.exists() or p.is_symlink():
            found.problems.append(f"{text}: not a regular file or folder")
        else:
            found.problems.append(f"{text}: no such file or folder")
    return found


def _walk(root: Path):
    """Report files under root; follows symlinked folders but visits each real folder once (no loops)."""
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
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    subfolders.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=True) and Path(entry.name).suffix.lower() in REPORT_SUFFIXES:
                    yield Path(entry.path)
            except OSError:
                continue
        stack.extend(reversed(subfolders))
