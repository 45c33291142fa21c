"""Document context: the published date (masthead, file name, content), issue number, home city."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MASTHEAD = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日\s*星期[一二三四五六日天]")
_ISSUE = re.compile(r"总第\s*(\d+)\s*期")
_NAME_DATE = re.compile(r"(20\d\d)[-_.]?(\d\d)[-_.]?(\d\d)")


@dataclass(frozen=True, slots=True)
class DocContext:
    name: str
    published: date | None
    published_source: str | None  # masthead | filename | inferred | given
    issue_no: int | None
    city: str | None = "辽源市"
    province: str | None = "吉林省"

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None


def _safe_date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def document_context(text: str, name: str, published: date | None = None) -> DocContext:
    """Work out the report's own date and identity from its canonical text and file name."""
    issue = _ISSUE.search(text[:3000])
    issue_no = int(issue.group(1)) if issue else None
    if published is not None:
        return DocContext(name, published, "given", issue_no)
    m = _MASTHEAD.search(text[:3000])
    if m and (d := _safe_date(*m.groups())):
        return DocContext(name, d, "masthead", issue_no)
    m = _NAME_DATE.search(name)
    if m and (d := _safe_date(*m.groups())):
        return DocContext(name, d, "filename", issue_no)
    return DocContext(name, None, None, issue_no)
