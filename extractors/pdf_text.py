"""Text layer of a PDF report (pypdf), or a ReportError saying why there is none."""

from __future__ import annotations

import io
import logging

from .errors import ReportError

_CONTROLS = {c: None for c in range(32) if c not in (9, 10, 12, 13)}


def pdf_text(data: bytes, path: str) -> str:
    """All pages' text, pages separated by a blank line; corrupt, encrypted or image-only PDFs raise."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF-"):
        raise ReportError(path, "not a PDF file (no %PDF header): corrupt, or a wrong file extension")
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
    # Some producers' fonts (fpdf2's CID fonts among them) come out of pypdf with a NUL before each
    # character; NULs and other C0 controls never carry text.
    text = "\n\n".join(p.strip("\n") for p in pages).translate(_CONTROLS)
    if not text.strip():
        raise ReportError(path, "the PDF has no text layer (scanned images?); run OCR on it first")
    return text
