"""Reading a report file into decoded text: encodings (UTF-8/BOM, UTF-16/32, GB18030), HTML and PDF text.

`load_text(path)` returns `LoadedText(path, text, encoding)` or raises `ReportError(path, problem)` with a
message a user understands: missing file, a directory, unreadable, empty, too large (`max_bytes`, default
`MAX_BYTES`, or the environment variable `INDICATORS_MAX_BYTES`), a binary file (NUL bytes, control
characters, known magic numbers: ZIP/Office, images, archives), truncated or mixed-up UTF-8, text no
encoding reads plausibly, a PDF that is corrupt, encrypted or has no text layer.

Decoding (byte-order marks, BOM-less UTF-16, UTF-8, GB18030 judged by plausibility) is decode.py's; HTML
text is html_text.py's and PDF text pdf_text.py's.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .decode import decode_bytes, plausible_chinese  # noqa: F401  (re-exported)
from .errors import ReportError

MAX_BYTES = 256 * 1024 * 1024
_TEXT_SUFFIXES = {".txt", ".md", ".text", ".csv", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True, slots=True)
class LoadedText:
    path: str
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16-le, gb18030 …; "pdf" for a PDF's text layer


def max_bytes_setting() -> int:
    """The size limit: INDICATORS_MAX_BYTES if set to a positive integer, else MAX_BYTES."""
    raw = os.environ.get("INDICATORS_MAX_BYTES", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else MAX_BYTES


def load_text(path: str | Path, *, max_bytes: int | None = None) -> LoadedText:
    """Read one report file into text, or raise ReportError naming the file and the problem."""
    p = Path(path)
    name = str(p)
    limit = max_bytes if max_bytes is not None else max_bytes_setting()
    data = _read_bytes(p, name, limit)
    suffix = p.suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        from .pdf_text import pdf_text
        return LoadedText(name, pdf_text(data, name), "pdf")
    text, encoding = decode_bytes(data, name)
    del data
    if suffix in _HTML_SUFFIXES or (suffix in _TEXT_SUFFIXES and _looks_like_html(text)):
        from .html_text import html_to_text
        text = html_to_text(text)
    if not text.strip():
        raise ReportError(name, "the file contains no text (only whitespace or markup)")
    return LoadedText(name, text, encoding)


def _read_bytes(p: Path, name: str, limit: int) -> bytes:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReportError(name, "no such file") from None
    except PermissionError:
        raise ReportError(name, "permission denied: cannot look at the file") from None
    except OSError as e:
        raise ReportError(name, f"cannot open the file ({e.strerror or e})") from None
    if stat.S_ISDIR(st.st_mode):
        raise ReportError(name, "is a directory, not a report file")
    if not stat.S_ISREG(st.st_mode):
        raise ReportError(name, "is not a regular file (a device, pipe or socket)")
    if st.st_size == 0:
        raise ReportError(name, "the file is empty")
    if st.st_size > limit:
        raise ReportError(name, f"the file is too large ({_mb(st.st_size)}; the limit is {_mb(limit)})")
    try:
        with open(p, "rb") as f:
            data = f.read(st.st_size + 1)  # not read(limit): that would allocate the whole limit up front
    except PermissionError:
        raise ReportError(name, "permission denied: cannot read the file") from None
    except IsADirectoryError:
        raise ReportError(name, "is a directory, not a report file") from None
    except OSError as e:
        raise ReportError(name, f"cannot read the file ({e.strerror or e})") from None
    if len(data) > limit:  # it grew while we read it
        raise ReportError(name, f"the file is too large (over {_mb(limit)}, the limit)")
    if not data:
        raise ReportError(name, "the file is empty")
    return data


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower()
