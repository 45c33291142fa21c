"""Uploaded reports: checked by size and content, stored under a generated name, ingested in the background."""

from __future__ import annotations

import codecs
import hashlib
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import regex

from extractors.errors import first_line

MAX_BYTES = int(os.environ.get("INDICATORS_UPLOAD_MAX_MB", "20")) * 1024 * 1024
KINDS = ("txt", "pdf", "html")
_DATE_IN_NAME = regex.compile(r"(?<!\d)(?:19|20)\d{2}-?[01]\d-?[0-3]\d(?!\d)")
_HTML_START = regex.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--)", regex.I)


class UploadRejected(ValueError):
    """The upload is not accepted; `str()` says why in one line."""


def sniff_kind(data: bytes) -> str:
    """What the bytes are, told by content (never by the name): txt, pdf or html."""
    if not data.strip():
        raise UploadRejected("the file is empty")
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if b"\x00" in data[:65536]:
        raise UploadRejected("binary content (not a text, PDF or HTML report)")
    for encoding in ("utf-8", "gb18030"):
        try:
            # a decoder that is not final tolerates a character cut at the end of the sampled head
            codecs.getincrementaldecoder(encoding)().decode(head, final=len(data) <= 4096)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UploadRejected("not text in UTF-8 or GB18030, and not a PDF")
    return "html" if _HTML_START.match(head) else "txt"


def generated_name(data: bytes, original_name: str, kind: str) -> str:
    """A name made by us: content hash, the date the original name carried (digits only), the sniffed kind."""
    digest = hashlib.sha256(data).hexdigest()[:16]
    found = _DATE_IN_NAME.search(original_name or "")
    day = found.group().replace("-", "") if found else ""
    return f"upload-{digest}{'-' + day if day else ''}.{kind}"


def store_upload(data: bytes, original_name: str, folder: Path, max_bytes: int = MAX_BYTES) -> Path:
    """Check the upload and write it under a generated name in `folder`; no part of a user path is used."""
    if len(data) > max_bytes:
        raise UploadRejected(f"larger than {max_bytes // (1024 * 1024)} MB")
    kind = sniff_kind(data)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / generated_name(data, original_name, kind)
    tmp = folder / f".{uuid.uuid4().hex}.part"
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target


@dataclass
class Job:
    """One background ingest of one stored upload."""

    id: str
    original_name: str
    stored: Path
    state: str = "queued"  # queued → running → done | failed
    message: str = ""
    facts: int = 0
    created: datetime = field(default_factory=lambda: datetime.now(UTC))


class IngestQueue:
    """Ingests uploads one at a time on a worker thread (one DuckDB writer), so pages keep serving."""

    def __init__(self, ingest=None):
        self._ingest = ingest
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="upload-ingest")
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    KEEP_FINISHED = 500  # finished jobs remembered for the sessions that watch them; older ones are dropped

    def submit(self, stored: Path, original_name: str, db_path: Path) -> Job:
        job = Job(uuid.uuid4().hex[:12], original_name, stored)
        with self._lock:
            self._jobs[job.id] = job
            finished = [k for k, j in self._jobs.items() if j.state in ("done", "failed")]
            for k in finished[:max(0, len(finished) - self.KEEP_FINISHED)]:  # dicts keep submission order
                del self._jobs[k]
        self._pool.submit(self._run, job, db_path)
        return job

    def _run(self, job: Job, db_path: Path) -> None:
        job.state = "running"
        try:
            ingest = self._ingest or _store_ingest
            summary = ingest([job.stored], db_path)
            failed = list(getattr(summary, "failed", []) or [])
            job.facts = int(getattr(summary, "facts", 0) or 0)
            problems = [f[1] if isinstance(f, tuple | list) else str(f) for f in failed]
            job.state, job.message = ("failed", "; ".join(problems)) if failed else ("done", "")
        except Exception as e:  # a failed ingest is reported on the page, never raised into a user's session
            job.state, job.message = "failed", first_line(e)

    def jobs(self, ids: list[str] | None = None) -> list[Job]:
        with self._lock:
            jobs = list(self._jobs.values())
        return [j for j in jobs if ids is None or j.id in ids]

    def busy(self, ids: list[str]) -> bool:
        return any(j.state in ("queued", "running") for j in self.jobs(ids))


def _store_ingest(paths, db_path):
    from store.ingest import ingest_paths
    # one file, extracted in this worker thread: no process pool forked from inside the web server
    return ingest_paths(paths, db_path, jobs=1, progress_bar=False)
