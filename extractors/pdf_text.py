"""Text layer of a PDF report, or a ReportError saying why there is none.

poppler's `pdftotext` is used when it is installed (it is in CI: poppler-utils): in layout mode for
single-column pages (blank lines survive), in content order (`-raw`) for pages with columns. It reads the
CJK text of every page correctly, while pypdf 7 decodes the shared subset font of fpdf2-made multi-page
PDFs wrongly from the second page on (each character comes out as two). pypdf is the pure-Python
fallback, and also explains failures (corrupt, encrypted) when pdftotext refuses a file.
"""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess

from .errors import ReportError

_CONTROLS = {c: None for c in range(32) if c not in (9, 10, 12, 13)}
PDFTOTEXT_TIMEOUT = 120
_GAP = re.compile(r"\S {3,}\S")


def pdf_text(data: bytes, path: str) -> str:
    """All pages' text, pages separated by a blank line; corrupt, encrypted or image-only PDFs raise."""
    if not data.startswith(b"%PDF-"):
        raise ReportError(path, "not a PDF file (no %PDF header): corrupt, or a wrong file extension")
    text = _pdftotext(data, path, "-layout")
    if text is not None and _multi_column(text):
        text = _pdftotext(data, path, "-raw")
    if text is None:
        text = _pypdf(data, path)
    # Some producers' fonts come out with a NUL before each character; C0 controls never carry text.
    text = text.translate(_CONTROLS).replace("\x0c", "\n\n")
    if not text.strip():
        raise ReportError(path, "the PDF has no text layer (scanned images?); run OCR on it first")
    return text


def _multi_column(text: str) -> bool:
    """Layout text with columns side by side: many lines hold a wide gap between two runs of text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    gaps = sum(1 for line in lines if _GAP.search(line))
    return gaps > 0.1 * len(lines)


def _pdftotext(data: bytes, path: str, mode: str) -> str | None:
    """Text from poppler's pdftotext, or None when it is not installed or cannot read the file.

    `-layout` keeps a single-column page's blank lines (headline cues for normalize); a page with columns
    is read with `-raw`, in the order the producer wrote the text (column by column; pdftotext's default
    reading order interleaves narrow-gutter columns line by line)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    try:
        args = [exe, "-q", "-enc", "UTF-8", mode, "-", "-"]
        done = subprocess.run(args, input=data, capture_output=True,
                              timeout=PDFTOTEXT_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ReportError(path, f"the PDF took more than {PDFTOTEXT_TIMEOUT} s to read") from None
    except OSError:
        return None
    if done.returncode != 0:
        return None  # let pypdf say what is wrong (corrupt, encrypted …) or recover what it can
    return done.stdout.decode("utf-8", errors="replace")


def _pypdf(data: bytes, path: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReportError(path, "the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReportError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, ZeroDivisionError, NotImplementedError) as e:
        raise ReportError(path, f"cannot read the PDF (corrupt or truncated: {type(e).__name__})") from None
    except Exception as e:  # pypdf raises many types on hostile input; none may escape as a traceback
        raise ReportError(path, f"cannot read the PDF ({type(e).__name__})") from None
    if not pages:
        raise ReportError(path, "the PDF has no pages")
    return "\n\n".join(p.strip("\n") for p in pages)
