"""Uploaded reports: checked by size and content, kept under their own (sanitised) name within a retention
period and a quota, ingested in the background on two lanes so a small upload never waits behind a large one."""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import shutil
import threading
import time
import unicodedata
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import regex

from extractors.errors import first_line

MAX_BYTES = int(os.environ.get("INDICATORS_UPLOAD_MAX_MB", "20")) * 1024 * 1024
KEEP_DAYS = 90.0  # default retention of uploaded files (their facts stay in the database)
QUOTA_MB = 1024.0  # default bound on the upload folder
SMALL_BYTES = 1024 * 1024  # uploads up to this size have their own lane
KINDS = ("txt", "pdf", "html")
FINISHED = ("done", "duplicate", "failed")
_SUFFIXES = {"txt": (".txt", ".text"), "pdf": (".pdf",), "html": (".html", ".htm")}
_HTML_START = regex.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--)", regex.I)
_NOT_IN_NAMES = regex.compile(r'[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"/\\|?*]+')
_NAME_BYTES = 180  # the file systems' limit is 255 bytes per name


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


def safe_name(original_name: str, kind: str) -> str:
    """The user's file name as a safe one: its last path part, no control, format or reserved characters,
    no leading dot (hidden files are never read), at most 180 bytes, ending in the suffix of the sniffed kind.
    It becomes the document's name, so a date in it (`lyrb20210705.txt`) still dates the report."""
    base = regex.split(r"[/\\]", unicodedata.normalize("NFC", original_name or ""))[-1]
    base = _NOT_IN_NAMES.sub("_", base).strip(" ._")
    stem, dot, suffix = base.rpartition(".")
    if not dot or "." + suffix.lower() not in _SUFFIXES[kind]:
        stem, suffix = base, _SUFFIXES[kind][0][1:]
    stem = stem.encode("utf-8")[:_NAME_BYTES].decode("utf-8", "ignore").rstrip(" .") or "upload"
    return f"{stem}.{suffix}"


def keep_days_setting() -> float | None:
    """Days an uploaded file is kept: INDICATORS_UPLOAD_KEEP_DAYS (0: forever), else KEEP_DAYS."""
    return _positive("INDICATORS_UPLOAD_KEEP_DAYS", KEEP_DAYS)


def quota_bytes_setting() -> int | None:
    """Bytes the upload folder may hold: INDICATORS_UPLOAD_QUOTA_MB (0: no bound), else QUOTA_MB."""
    mb = _positive("INDICATORS_UPLOAD_QUOTA_MB", QUOTA_MB)
    return None if mb is None else int(mb * 1024 * 1024)


def _positive(variable: str, default: float) -> float | None:
    try:
        value = float(os.environ.get(variable, "").strip() or default)
    except ValueError:
        value = default
    return value if value > 0 else None


def expire_uploads(folder: Path, keep_days: float | None, now: float | None = None) -> int:
    """Delete uploads older than `keep_days` (their facts stay in the database); returns how many."""
    if keep_days is None or not folder.is_dir():
        return 0
    oldest = (now if now is not None else time.time()) - keep_days * 86400
    removed = 0
    for entry in folder.iterdir():
        try:
            if entry.is_dir():  # <content hash>/<name>: one upload
                files = [f for f in entry.iterdir() if f.is_file()]
                if files and all(f.stat().st_mtime < oldest for f in files):
                    shutil.rmtree(entry)
                    removed += 1
            elif entry.stat().st_mtime < oldest:  # an upload of an older version, or a write cut short
                entry.unlink()
                removed += int(not entry.name.endswith(".part"))
        except OSError:
            continue  # gone meanwhile (another session expired it), or not ours to delete
    return removed


def folder_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) if folder.is_dir() else 0


def store_upload(data: bytes, original_name: str, folder: Path, max_bytes: int = MAX_BYTES) -> Path:
    """Check the upload and keep it as `folder/<content hash>/<safe name>`; the same content uploaded again
    is not stored twice (the path of the first copy is returned). Uploads past their retention period are
    deleted first; an upload that would overfill the quota is refused."""
    if len(data) > max_bytes:
        raise UploadRejected(f"larger than {max_bytes // (1024 * 1024)} MB")
    kind = sniff_kind(data)
    place = folder / hashlib.sha256(data).hexdigest()[:32]
    earlier = sorted(f for f in place.iterdir() if f.is_file()) if place.is_dir() else []
    if earlier:
        return earlier[0]
    expire_uploads(folder, keep_days_setting())
    quota = quota_bytes_setting()
    if quota is not None and folder_bytes(folder) + len(data) > quota:
        raise UploadRejected(f"the upload folder is full ({quota // (1024 * 1024)} MB, "
                             "INDICATORS_UPLOAD_QUOTA_MB); uploads are deleted after "
                             "INDICATORS_UPLOAD_KEEP_DAYS days, or an administrator can raise the quota")
    place.mkdir(parents=True, exist_ok=True)
    target = place / safe_name(original_name, kind)
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
    declared: dict = field(default_factory=dict)  # what the uploader declared (published, region, publisher)
    state: str = "queued"  # queued → running → done | duplicate | failed
    message: str = ""
    facts: int = 0
    created: datetime = field(default_factory=lambda: datetime.now(UTC))


class IngestQueue:
    """Ingests uploads on worker threads, so pages keep serving: one lane for small uploads and one for large
    ones (one document at a time each, within the per-document time budget), the writes one at a time."""

    def __init__(self, ingest=None, find_stored=None):
        self._ingest = ingest
        self._find_stored = find_stored
        self._lanes = {lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"upload-{lane}")
                       for lane in ("small", "large")}
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    KEEP_FINISHED = 500  # finished jobs remembered for the sessions that watch them; older ones are dropped

    def submit(self, stored: Path, original_name: str, db_path: Path, declared: dict | None = None) -> Job:
        """Queue the ingest of a stored upload; `declared` (store.declared.checked) is given to the extractor."""
        job = Job(uuid.uuid4().hex[:12], original_name, stored, dict(declared or {}))
        with self._lock:
            self._jobs[job.id] = job
            finished = [k for k, j in self._jobs.items() if j.state in FINISHED]
            for k in finished[:max(0, len(finished) - self.KEEP_FINISHED)]:  # dicts keep submission order
                del self._jobs[k]
        self._lanes[_lane(stored)].submit(self._run, job, db_path)
        return job

    def _run(self, job: Job, db_path: Path) -> None:
        job.state = "running"
        try:
            ingest = self._ingest or _store_ingest
            summary = ingest([job.stored], db_path, **({"declared": job.declared} if job.declared else {}))
            failed = list(getattr(summary, "failed", []) or [])
            job.facts = int(getattr(summary, "facts", 0) or 0)
            problems = [f[1] if isinstance(f, tuple | list) else str(f) for f in failed]
            if failed:
                job.state, job.message = "failed", "; ".join(problems)
            elif getattr(summary, "unchanged", 0):
                job.state, job.message = "duplicate", self._duplicate_of(job, db_path)
            else:
                job.state, job.message = "done", ""
        except Exception as e:  # a failed ingest is reported on the page, never raised into a user's session
            job.state, job.message = "failed", first_line(e)

    def _duplicate_of(self, job: Job, db_path: Path) -> str:
        """Which stored document holds this content; a copy kept only for this upload is deleted."""
        doc = (self._find_stored or _stored_document)(db_path, job.stored)
        if doc is None:
            return "this content is already stored"
        if os.path.abspath(job.stored) != doc["path"]:
            job.stored.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                job.stored.parent.rmdir()  # the upload's own folder, when nothing else is in it
        day = doc["published"].isoformat() if doc.get("published") else "no date"
        return f"same content as {doc['name']} ({day}, {doc['facts']} facts), already stored: nothing new"

    def jobs(self, ids: list[str] | None = None) -> list[Job]:
        with self._lock:
            jobs = list(self._jobs.values())
        return [j for j in jobs if ids is None or j.id in ids]

    def busy(self, ids: list[str]) -> bool:
        return any(j.state in ("queued", "running") for j in self.jobs(ids))


def _lane(stored: Path) -> str:
    try:
        return "small" if stored.stat().st_size <= SMALL_BYTES else "large"
    except OSError:
        return "small"


def _store_ingest(paths, db_path, declared: dict | None = None):
    from store.ingest import ingest_paths
    # one file, extracted in this worker thread: no process pool forked from inside the web server
    return ingest_paths(paths, db_path, jobs=1, progress_bar=False, declared=declared)


def declared_fields(published, region: str, publisher: str) -> dict:
    """What the upload form declares, checked and canonical (`辽源` → `辽源市`); a region the gazetteer does not
    know is an UploadRejected naming it."""
    from store.declared import DeclaredError, checked

    try:
        return checked(published=published, region=region, publisher=publisher)
    except DeclaredError as e:
        raise UploadRejected(str(e)) from None


def _stored_document(db_path, path) -> dict | None:
    from store.lookup import stored_document_for_file
    return stored_document_for_file(db_path, path)
