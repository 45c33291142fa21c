"""Reading a report file into decoded text: encodings (UTF-8/BOM, UTF-16, GB18030), HTML and PDF text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ReportError

MAX_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoadedText:
    path: str
    text: str
    encoding: str


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes, returning (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ReportError(path, "cannot decode the text (not UTF-8, UTF-16 or GB18030)")


def load_text(path: str | Path) -> LoadedText:
    """Read one report file into text, or raise ReportError naming the file and the problem."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReportError(str(p), f"cannot read the file ({e.strerror or e})") from None
    if not data.strip():
        raise ReportError(str(p), "the file is empty")
    text, enc = decode_bytes(data, str(p))
    return LoadedText(str(p), text, enc)
