"""Manifests: `indicators-manifest.csv` beside reports declares their published date, region and publisher.

    file,published,region,publisher
    *.txt,,辽源市,辽源日报
    lyrb-special.txt,2021-07-05,,

UTF-8 (a BOM is fine), a header naming `file` and any of `published`, `region`, `publisher`. `file` is a path
relative to the manifest's folder or a glob (`*.txt`, `2021/*.txt`); a pattern without `/` matches file names
at any depth below the manifest. An empty cell declares nothing. Field by field, a row naming the file exactly
wins over patterns, and a later pattern over an earlier one; a manifest nearer the file wins over one in a
folder above it. A malformed manifest is a `DeclaredError` naming the manifest, the line and the problem.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from .declared import FIELDS, DeclaredError, checked, merged
from .sources import MANIFEST, shown_path

_COLUMNS = ("file", *FIELDS)
_GLOB_CHARS = set("*?[")


@dataclass
class Manifest:
    path: Path
    exact: dict[str, dict] = field(default_factory=dict)  # relative path → declared
    patterns: list[tuple[str, dict]] = field(default_factory=list)  # (glob, declared), in file order

    def declared_for(self, relative: str) -> dict:
        name = relative.rsplit("/", 1)[-1]
        layers = [d for pattern, d in self.patterns if _matches(pattern, relative, name)]
        return merged(*layers, self.exact.get(relative))


def _matches(pattern: str, relative: str, name: str) -> bool:
    if "/" not in pattern:
        return fnmatchcase(name, pattern)
    parts, wanted = relative.split("/"), pattern.split("/")
    return len(parts) == len(wanted) and all(fnmatchcase(p, w) for p, w in zip(parts, wanted, strict=True))


def read_manifest(path: str | os.PathLike) -> Manifest:
    """Parse and check one manifest; any problem is a DeclaredError `manifest:line: problem`."""
    path = Path(path)
    where = shown_path(str(path))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DeclaredError(f"{where}: cannot read the manifest ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise DeclaredError(f"{where}:{line}: not UTF-8 text (save the manifest as UTF-8)") from None
    manifest = Manifest(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        columns = _header(header, where)
        seen: dict[str, int] = {}
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            _add_row(manifest, columns, row, f"{where}:{reader.line_num}", seen, reader.line_num)
    except csv.Error as e:
        raise DeclaredError(f"{where}:{reader.line_num}: not valid CSV ({e})") from None
    return manifest


def _header(header: list[str] | None, where: str) -> list[str]:
    columns = [c.strip().lower() for c in header or []]
    unknown = [c for c in columns if c not in _COLUMNS]
    if not columns or "file" not in columns or unknown or len(set(columns)) != len(columns):
        why = f"unknown column {unknown[0]!r}" if unknown else "the header must be file,published,region,publisher"
        raise DeclaredError(f"{where}:1: {why} (columns: {', '.join(_COLUMNS)}; empty cells declare nothing)")
    return columns


def _add_row(manifest: Manifest, columns: list[str], row: list[str], where: str, seen: dict[str, int],
             line: int) -> None:
    if len(row) > len(columns):
        raise DeclaredError(f"{where}: {len(row)} cells but the header has {len(columns)} columns")
    cells = dict(zip(columns, [c.strip() for c in row] + [""] * (len(columns) - len(row)), strict=True))
    name = cells.pop("file").replace("\\", "/").removeprefix("./")
    if not name:
        raise DeclaredError(f"{where}: the file cell is empty (give a file name or a pattern such as *.txt)")
    if name.startswith("/") or ".." in name.split("/"):
        raise DeclaredError(f"{where}: {name!r} must be a path inside the manifest's folder")
    if name in seen:
        raise DeclaredError(f"{where}: {name!r} is already on line {seen[name]}")
    seen[name] = line
    try:
        declared = checked(**cells)
    except DeclaredError as e:
        raise DeclaredError(f"{where}: {e}") from None
    if _GLOB_CHARS & set(name):
        manifest.patterns.append((name, declared))
    else:
        manifest.exact[name] = declared


class Manifests:
    """The manifests that apply to files, read once per folder: `declared_for(file)` merges those of the
    file's folder and every folder above it, the nearest winning."""

    def __init__(self) -> None:
        self._by_folder: dict[str, Manifest | None] = {}

    def declared_for(self, path: str | os.PathLike) -> dict:
        target = os.path.abspath(os.fsdecode(path))
        layers = []
        folder = os.path.dirname(target)
        while True:
            manifest = self._in(folder)
            if manifest is not None:
                relative = os.path.relpath(target, folder).replace(os.sep, "/")
                layers.append(manifest.declared_for(relative))
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        return merged(*reversed(layers))

    def _in(self, folder: str) -> Manifest | None:
        if folder not in self._by_folder:
            candidate = os.path.join(folder, MANIFEST)
            self._by_folder[folder] = read_manifest(candidate) if os.path.isfile(candidate) else None
        return self._by_folder[folder]
