"""Bytes to text: byte-order marks, BOM-less UTF-16, UTF-8, GB18030 judged by plausibility; binary refused.

How bytes become text (load.py reads files; html_text.py and pdf_text.py do the rest):
1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
2. Known magic numbers (ZIP/Office, images, archives, ELF) are refused by name.
3. NUL bytes: BOM-less UTF-16 if one byte order reads as plausible text (and not as pairs of ASCII
   bytes), else a binary file. Many control characters also mean binary.
4. Strict UTF-8. A file cut inside a character, or mostly UTF-8 with a few invalid bytes (a GBK fragment
   pasted in), is an error rather than a guess. Short GBK text that happens to be valid UTF-8 (it reads
   as letters of three or more scripts at once and no CJK) is read as GB18030.
5. GB18030 (a superset of GBK and GB2312), accepted only if the text is plausible: nearly all characters
   are ASCII, CJK, CJK/full-width punctuation, and 92% of the Han characters are common ones (in GB2312
   or Big5; text decoded with the wrong codec scores about 79%). GB18030 decodes almost any byte
   string, so this judgement is what keeps garbage out. Last resort: UTF-16 of Han text without ASCII.
Decoding is chunked: the peak is about the bytes plus twice the text.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from .errors import ReportError

_SAMPLE = 256 * 1024
_CHUNK = 1024 * 1024
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive or Office document (.docx/.xlsx), not a text report"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls), not a text report"),
    (b"\x89PNG", "a PNG image, not a text report"),
    (b"\xff\xd8\xff", "a JPEG image, not a text report"),
    (b"GIF8", "a GIF image, not a text report"),
    (b"\x1f\x8b", "a gzip archive, not a text report"),
    (b"7z\xbc\xaf", "a 7-Zip archive, not a text report"),
    (b"Rar!", "a RAR archive, not a text report"),
    (b"\x7fELF", "a program (ELF binary), not a text report"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_IMPLAUSIBLE = re.compile(
    "[^\t\n\r\f\x20-\x7e\u00a0-\u017f\u0391-\u03c9\u0410-\u044f\u2000-\u206f\u2150-\u218f"
    "\u2190-\u22ff\u2460-\u24ff\u2500-\u257f\u25a0-\u26ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
    "\ufe30-\ufe4f\uff00-\uffef]")
_HAN = re.compile("[\u4e00-\u9fff]")
_TWO_BYTE_UTF8 = re.compile("[\u0100-\u07ff]")


def _samples(data: bytes) -> list[bytes]:
    """Up to three windows (start, middle, end), so checks stay cheap on large files."""
    if len(data) <= 3 * _SAMPLE:
        return [data]
    mid = len(data) // 2
    return [data[:_SAMPLE], data[mid:mid + _SAMPLE], data[-_SAMPLE:]]


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes, returning (text, encoding name); raises ReportError when no decoding is right."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, path, "a byte-order mark"), (
                "utf-8-sig" if encoding == "utf-8" else encoding)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReportError(path, f"this is {what}")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, path, "its NUL-byte pattern"), utf16
    if b"\x00" in data:
        raise ReportError(path, "looks like a binary file (it contains NUL bytes), not a text report")
    if _control_ratio(data) > 0.01:
        raise ReportError(path, "looks like a binary file (many control characters), not a text report")
    try:
        text = _decode(data, "utf-8")
        if not _gbk_read_as_utf8(text, data):
            return text, "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        return data.decode("gb18030"), "gb18030"
    if utf8_error.reason == "unexpected end of data" and utf8_error.start >= len(data) - 3:
        raise ReportError(path, f"truncated UTF-8: the file ends in the middle of a character (byte "
                                f"{utf8_error.start}); was the download cut off?")
    if _mostly_utf8(data):
        raise ReportError(path, f"mixed-up encoding: the text is UTF-8 but has invalid bytes at byte "
                                f"{utf8_error.start} (part of it is in another encoding)")
    try:
        text = _decode(data, "gb18030")
    except UnicodeDecodeError as e:
        raise ReportError(path, f"cannot decode the text: not valid UTF-8 (byte {utf8_error.start}) nor "
                                f"GB18030 (byte {e.start})") from None
    if not plausible_chinese(text):
        if utf16 := _utf16_last_resort(data):
            return _strict(data, utf16, path, "plausibility"), utf16
        raise ReportError(path, "cannot decode the text: it is not UTF-8, and read as GB18030/GBK it is "
                                "not plausible text (binary, or an unknown encoding)")
    return text, "gb18030"


def _decode(data: bytes, encoding: str) -> str:
    """Strict decoding in chunks: CPython's one-shot decoder over-allocates (up to 4 bytes per byte) on
    mixed ASCII/CJK text; chunks keep the peak near bytes + text. Error offsets stay absolute."""
    if len(data) <= _CHUNK:
        return data.decode(encoding)
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    parts = []
    for i in range(0, len(data), _CHUNK):
        try:
            parts.append(decoder.decode(view[i:i + _CHUNK], final=i + _CHUNK >= len(data)))
        except UnicodeDecodeError as e:
            raise UnicodeDecodeError(encoding, data, i + e.start, i + e.end, e.reason) from None
    return "".join(parts)


def _strict(data: bytes, encoding: str, path: str, why: str) -> str:
    try:
        return _decode(data, encoding)
    except UnicodeDecodeError as e:
        if e.reason in ("truncated data", "unexpected end of data") and e.start >= len(data) - 4:
            raise ReportError(path, f"truncated {encoding.upper()}: the file ends in the middle of a "
                                    f"character; was the download cut off?") from None
        raise ReportError(path, f"invalid {encoding.upper()} at byte {e.start} (the encoding was chosen "
                                f"by {why})") from None


def _gbk_read_as_utf8(text: str, data: bytes) -> bool:
    """Short GBK text can be valid UTF-8 by accident (`专侏前` reads as Hebrew, Arabic and Cyrillic
    letters): no CJK, letters of U+0100..U+07FF from three or more scripts at once, while GB18030 reads
    plausible Chinese. Real accented or Cyrillic text keeps to one or two script blocks."""
    sample = text[:_SAMPLE // 2]
    if _HAN.search(sample):
        return False
    if len({ord(ch) >> 7 for ch in _TWO_BYTE_UTF8.findall(sample)}) < 3:
        return False
    try:
        chinese = data[:_SAMPLE].decode("gb18030")
    except UnicodeDecodeError:
        return False
    return bool(_HAN.search(chinese)) and plausible_chinese(chinese)


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le or utf-16-be for BOM-less UTF-16 (NUL bytes, even length, plausible text), else None.

    ASCII in UTF-16 LE puts its NULs on odd positions (BE: even), so that order is tried first; Han
    characters such as U+4E00 put NULs on the other parity, hence the plausibility check decides.
    """
    sample = data[:_SAMPLE]
    if len(data) % 2 or not sample.count(0):
        return None
    odd = sample[1::2].count(0)
    order = ("utf-16-le", "utf-16-be") if 2 * odd >= sample.count(0) else ("utf-16-be", "utf-16-le")
    for encoding in order:
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and plausible_chinese(text) and not _ascii_pairs(text):
            return encoding
    return None


def _ascii_pairs(text: str) -> bool:
    """ASCII bytes read as UTF-16: nearly every "Han character" is two printable ASCII bytes (U+6162 'ab').
    In real Chinese text about a fifth of them are."""
    han = _HAN.findall(text[:_SAMPLE // 2])
    pairs = sum(0x20 <= (ord(ch) & 0xFF) < 0x7F and ord(ch) >> 8 < 0x7F for ch in han)
    return bool(han) and pairs > 0.6 * len(han)


def _utf16_last_resort(data: bytes) -> str | None:
    """BOM-less UTF-16 of Han text without a single ASCII character (so without NUL bytes)."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(data[:_SAMPLE])
            if plausible_chinese(text) and not _ascii_pairs(text):
                return encoding
        except UnicodeDecodeError:
            continue
    return None


def _control_ratio(data: bytes) -> float:
    total = controls = 0
    for s in _samples(data):
        total += len(s)
        controls += len(s) - len(s.translate(None, _CONTROL))
    return controls / total if total else 0.0


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences far outnumber the invalid bytes (a damaged UTF-8 file)."""
    sample = b"".join(_samples(data))
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good >= 20 and bad * 10 < good


def plausible_chinese(text: str) -> bool:
    """Whether decoded text reads like real (Chinese or ASCII) text rather than mis-decoded bytes."""
    sample = text[:_SAMPLE // 2]
    if not sample:
        return True
    if len(_IMPLAUSIBLE.findall(sample)) > 0.02 * len(sample):
        return False
    han = _HAN.findall(sample)
    if not han:
        return True
    common = _common_han()
    return sum(ch in common for ch in han) >= 0.92 * len(han)


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """Han characters of GB2312 (simplified) or Big5 (traditional): real text uses these almost only,
    while bytes decoded with the wrong codec land on rare characters about a quarter of the time."""
    chars = set()
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        for encoding in ("gb2312", "big5"):
            try:
                ch.encode(encoding)
            except UnicodeEncodeError:
                continue
            chars.add(ch)
            break
    return frozenset(chars)
