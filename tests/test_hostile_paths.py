"""Hostile paths: file names that are not UTF-8, and folders and files that cannot be read (permissions).

A name that is not valid UTF-8 is read by its bytes and shown and stored escaped (`\\xff`); the rest of its batch
is stored with it. A path that cannot be looked at or listed is one clear line and exit code 1, never a
traceback, and an unreadable subfolder is reported, not silently skipped.

The suite runs as root in CI, and root reads files whatever their mode, so chmod cannot bite there: the
`simulated` tests make the operating system refuse (PermissionError from os.stat, os.scandir, open, and
os.access for click) exactly where a real refusal would surface. `test_real_permissions` does the same with
chmod, as the current user when it is not root, else as `nobody` when that user can run this interpreter, and
is skipped with the reason otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_support import REPO, run_cli, write_report

from cli import main
from store.connection import read_connection
from store.ingest import ingest_paths
from store.sources import find_report_files, shown_path

BAD_NAME = os.fsdecode(b"\xb1\xa8\xb8\xe6 report\xff.txt")  # GBK bytes of 报告, and a stray byte
SHOWN_NAME = "\\xb1\\xa8\\xb8\\xe6 report\\xff.txt"


def q(db, sql):
    with read_connection(db) as con:
        return con.execute(sql).fetchall()


# ---- names that are not UTF-8 ----

def test_shown_path_escapes_only_what_is_not_utf8():
    assert shown_path(BAD_NAME) == SHOWN_NAME
    assert shown_path(os.fsencode(BAD_NAME)) == SHOWN_NAME  # bytes paths too
    assert shown_path("报告 2021.txt") == "报告 2021.txt"


def test_a_folder_with_a_non_utf8_name_is_stored_whole(tmp_path):
    """It once crashed `ingest` with a UnicodeEncodeError traceback, and nothing of the batch was stored."""
    folder = tmp_path / "in"
    write_report(folder, "good.txt", sentences=["全市地区生产总值增长6.3%。"])
    write_report(folder, BAD_NAME, sentences=["社会消费品零售总额增长7.2%。"])
    db = tmp_path / "i.duckdb"
    done = run_cli("ingest", str(folder), "--db", str(db), "--no-progress")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "2 stored" in done.stderr
    assert sorted(q(db, "SELECT name, status FROM documents")) == [(SHOWN_NAME, "ok"), ("good.txt", "ok")]
    assert q(db, f"SELECT value FROM facts WHERE doc = '{SHOWN_NAME.replace(chr(39), chr(39) * 2)}'") == [(7.2,)]
    (path,) = q(db, "SELECT path FROM documents WHERE name <> 'good.txt'")[0]
    assert path.endswith("/in/" + SHOWN_NAME)
    again = run_cli("ingest", str(folder), "--db", str(db), "--no-progress")  # idempotent, no traceback
    assert again.returncode == 0 and "2 unchanged" in again.stderr, again.stderr


def test_bytes_paths_are_accepted(tmp_path):
    f = write_report(tmp_path, BAD_NAME)
    s = ingest_paths([os.fsencode(f)], tmp_path / "i.duckdb", jobs=1)
    assert s.stored == 1 and s.ok


def test_a_failing_file_with_a_non_utf8_name_is_named_escaped(tmp_path):
    (tmp_path / BAD_NAME).write_bytes(b"")
    done = run_cli("ingest", str(tmp_path / BAD_NAME), "--db", str(tmp_path / "i.duckdb"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"failed: {shown_path(tmp_path)}/{SHOWN_NAME}: the file is empty" in done.stderr


def test_extract_prints_the_escaped_name_as_doc(tmp_path):
    f = write_report(tmp_path, BAD_NAME, sentences=["全市地区生产总值增长6.3%。"])
    done = subprocess.run([sys.executable, "-m", "cli", "extract", str(f)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    facts = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert facts and {fact["doc"] for fact in facts} == {SHOWN_NAME}
    missing = subprocess.run([sys.executable, "-m", "cli", "extract", str(tmp_path / ("x" + BAD_NAME))],
                             capture_output=True, timeout=60)
    assert missing.returncode == 1 and b"Traceback" not in missing.stderr
    assert f"x{SHOWN_NAME}: no such file".encode() in missing.stderr


# ---- permissions, simulated (root ignores chmod) ----

@pytest.fixture
def locked_tree(tmp_path, monkeypatch):
    """reports/ with a readable a.txt and a subfolder `locked/` (holding b.txt) that the OS refuses."""
    root = tmp_path / "reports"
    write_report(root, "a.txt")
    write_report(root / "locked", "b.txt")
    locked = str(root / "locked")
    real_stat, real_scandir = os.stat, os.scandir

    def stat(path, *args, **kwargs):
        if os.fsdecode(path).startswith(locked + os.sep):  # no search permission on locked/
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_stat(path, *args, **kwargs)

    def scandir(path="."):
        if os.path.abspath(os.fsdecode(path)) == locked:  # no read permission on locked/
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "scandir", scandir)
    return root


def test_simulated_a_path_under_an_unreadable_folder_is_one_line(locked_tree, tmp_path):
    """`ingest reports/locked/b.txt` raised a PermissionError traceback (pathlib's is_dir)."""
    r = CliRunner().invoke(main, ["ingest", str(locked_tree / "locked" / "b.txt"), "--db", str(tmp_path / "i.db")])
    assert r.exit_code == 1 and isinstance(r.exception, SystemExit | None), r.output
    assert f"{locked_tree}/locked/b.txt: permission denied: cannot look at it" in r.stderr


def test_simulated_an_unreadable_subfolder_is_reported_not_skipped(locked_tree, tmp_path):
    found = find_report_files([locked_tree])
    assert [p.name for p in found.files] == ["a.txt"]
    assert found.problems == [f"{locked_tree}/locked: permission denied: cannot list this folder, its files "
                              "were not read"]
    s = ingest_paths([locked_tree], tmp_path / "i.duckdb", jobs=1)
    assert s.stored == 1 and not s.ok  # exit code 1: something named was not read


def test_simulated_extract_on_an_unreadable_file_says_files_failed(tmp_path, monkeypatch):
    """It exited 2, as for a usage error: click refused the argument (os.access) before any file was read."""
    from extractors import load

    secret = write_report(tmp_path, "secret.txt")
    good = write_report(tmp_path, "good.txt")
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        return False if Path(os.fsdecode(path)) == secret else real_access(path, mode, *args, **kwargs)

    def refuse(path, *args, **kwargs):
        if Path(os.fsdecode(path)) == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(load, "open", refuse, raising=False)
    r = CliRunner().invoke(main, ["extract", str(secret), str(good)])
    assert r.exit_code == 1, r.output
    assert r.stderr == f"error: {secret}: permission denied: cannot read the file\n"
    assert all(json.loads(line)["doc"] == "good.txt" for line in r.stdout.splitlines()) and r.stdout


# ---- permissions for real (chmod), where the suite can make them bite ----

def _runner() -> dict | None:
    """subprocess options that run a command as a user chmod applies to, or None (with the reason printed)."""
    if os.geteuid() != 0:
        return {}
    as_nobody = {"user": 65534, "group": 65534, "extra_groups": []}
    try:
        probe = subprocess.run([sys.executable, "-c", "import cli"], cwd=REPO, capture_output=True, timeout=60,
                               env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, **as_nobody)
    except (OSError, subprocess.SubprocessError):
        return None
    return as_nobody if probe.returncode == 0 else None


def test_real_permissions():
    options = _runner()
    if options is None:
        pytest.skip("running as root and `nobody` cannot run this interpreter (it lives under a private "
                    "folder): chmod cannot bite here; the simulated tests above cover the same code paths")
    with tempfile.TemporaryDirectory() as base:
        root = Path(base)
        os.chmod(root, 0o777)
        write_report(root / "reports", "a.txt")
        write_report(root / "reports" / "locked", "b.txt")
        secret = write_report(root, "secret.txt")
        for p in (root / "reports", root / "reports" / "a.txt"):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        os.chmod(root / "reports" / "locked", 0o000)
        os.chmod(secret, 0o000)
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "HOME": base}

        def run(*args):
            return subprocess.run([sys.executable, "-m", "cli", *args], cwd=REPO, capture_output=True, text=True,
                                  timeout=120, env=env, **options)

        db = str(root / "i.duckdb")
        under = run("ingest", str(root / "reports" / "locked" / "b.txt"), "--db", db)
        walk = run("ingest", str(root / "reports"), "--db", db, "--no-progress")
        extract = run("extract", str(secret))
        for done in (under, walk, extract):
            assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert "permission denied" in under.stderr and "locked: permission denied" in walk.stderr
        assert "secret.txt: permission denied" in extract.stderr
