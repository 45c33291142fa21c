"""One table of exit codes that every command follows (README, "Exit codes"): 0 all done, 1 some files failed,
2 usage (the command cannot run as asked), 130 interrupted. Each command is tried in each way it can end."""

from __future__ import annotations

import re
import socket

import pytest
from click.testing import CliRunner
from store_support import REPO, write_report

from cli import commands, main, options


@pytest.fixture(scope="module")
def setup(tmp_path_factory) -> dict[str, str]:
    """A database with one good and one failed document, files for each case, and a port in use."""
    root = tmp_path_factory.mktemp("codes")
    good = write_report(root, "good.txt")
    (root / "empty.txt").write_bytes(b"")
    never = write_report(root / "other", "never.txt", sentences=["进出口总额增长12.3%。"])
    db = root / "i.duckdb"
    CliRunner().invoke(main, ["ingest", str(good), str(root / "empty.txt"), "--db", str(db)])
    malformed = root / "malformed"  # a folder whose manifest has a bad date on line 3
    write_report(malformed, "m.txt")
    (malformed / "indicators-manifest.csv").write_text("file,published,region,publisher\nm.txt,,辽源市,\n"
                                                       "*.txt,2021-02-30,,\n", encoding="utf-8")
    archive = root / "archive"  # committed batches, for publish
    CliRunner().invoke(main, ["extract-batches", str(good), "--out", str(archive), "--runner", "inline",
                              "--no-progress"])
    return {"root": str(root), "good": str(good), "empty": str(root / "empty.txt"), "never": str(never),
            "db": str(db), "missing_db": str(root / "none.duckdb"), "out": str(root / "out.csv"),
            "archive": str(archive), "malformed": str(malformed), "declared_db": str(root / "declared.duckdb")}


@pytest.fixture(scope="module")
def busy_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield str(s.getsockname()[1])


# (command line with {placeholders}, expected exit code, a fragment of standard error)
CASES: list[tuple[str, int, str]] = [
    ("extract {good}", 0, ""),
    ("extract {good} {empty}", 1, "empty.txt: the file is empty"),
    ("extract {root}/absent.txt {good}", 1, "absent.txt: no such file"),
    ("extract {root}", 1, "is a directory"),
    ("extract", 2, "Usage"),
    ("extract --nonsense {good}", 2, "No such option"),
    ("extract {good} --published 2021-07-05 --region 辽源 --publisher 辽源日报", 0, ""),
    ("extract {good} --region 辽原", 2, "region '辽原' is not a place"),
    ("extract {good} --published 2021-7-5", 2, "not '2021-7-5'"),
    ("extract {malformed}/m.txt", 2, "indicators-manifest.csv:3: published must be a date"),
    ("ingest {good} --db {db}", 0, "1 unchanged"),
    ("ingest {good} {empty} --db {db}", 1, "failed: "),
    ("ingest {root}/absent.txt --db {db}", 1, "no such file or folder"),
    ("ingest {good} --db {good}/x.duckdb", 2, "error: "),
    ("ingest {good} --db {db} --jobs 0", 2, "Invalid value"),
    ("ingest {good} --db {declared_db} --published 2021-07-05 --region 全国 --publisher 人民日报", 0, "1 stored"),
    ("ingest {good} --db {declared_db} --published 2021-02-30", 2, "not '2021-02-30'"),
    ("ingest {good} --db {declared_db} --region 全市", 2, "region '全市' is not a place"),
    ("ingest {malformed} --db {declared_db}", 2, "indicators-manifest.csv:3: published must be a date"),
    ("ingest {malformed}/indicators-manifest.csv --db {declared_db}", 1, "a manifest is not a report"),
    ("facts {good} --db {db}", 0, "facts"),
    ("facts --search 6.1 --db {db}", 0, "facts"),
    ("facts {never} --db {db}", 1, "not in the database"),
    ("facts {empty} --db {db}", 1, "stored as failed"),
    ("facts {root}/absent.txt --db {db}", 1, "no such file"),
    ("facts {root} --db {db}", 1, "not a report file"),
    ("facts --from yesterday --db {db}", 2, "must be a date"),
    ("facts --db {missing_db}", 2, "no database here yet"),
    ("docs --db {db}", 0, "2 documents"),
    ("docs --failed --db {db}", 0, "1 documents"),
    ("docs --db {missing_db}", 2, "no database here yet"),
    ("docs --limit 0 --db {db}", 2, "Invalid value"),
    ("export facts --out {out} --db {db}", 0, "wrote"),
    ("export nonsense --db {db}", 2, "Invalid value"),
    ("export facts --format parquet --db {db}", 2, "binary format"),
    ("export facts --to 2021-13 --db {db}", 2, "must be a date"),
    ("export facts --db {missing_db}", 2, "no database here yet"),
    ("extract-batches {good} --out {root}/batches --runner inline --no-progress", 0, "1 extracted"),
    ("extract-batches {good} {empty} --out {root}/batches --runner inline --no-progress", 1, "failed: "),
    ("extract-batches {good} --out {good}", 2, "Invalid value"),
    ("extract-batches {good} --out {root}/batches --shard 3/2", 2, "Invalid value"),
    ("extract-batches {good} --out {root}/declared --runner inline --no-progress --region 辽源市", 0, "1 extracted"),
    ("extract-batches {good} --out {root}/declared --runner inline --region 辽原", 2, "region '辽原' is not a place"),
    ("extract-batches {malformed} --out {root}/declared --runner inline", 2, "indicators-manifest.csv:3: "),
    ("publish {archive}", 0, "publish: "),
    ("publish {root}/other", 2, "no committed batch"),
    ("publish {root}/absent", 2, "Invalid value"),
    ("correct list --db {db}", 0, "corrections"),
    ("correct document good.txt --set published=2021-13-01 -r why --db {db}", 2, "must be a date"),
    ("correct document absent.txt --set region=辽源市 -r why --db {db}", 2, "no stored document"),
    ("correct fact good.txt 9-3 --reject -r why --db {db}", 2, "START < END"),
    ("correct undo 99 --db {db}", 2, "no correction number 99"),
    ("correct list --db {missing_db}", 2, "no database here yet"),
    ("serve --db {db} --port {port}", 2, "already in use"),
    ("serve --db {db} --port 70000", 2, "Invalid value"),
    ("serve --db {db} --address 203.0.113.77", 2, "not an address of this machine"),
]


@pytest.mark.parametrize("line,code,fragment", CASES, ids=[c[0].split(" {")[0] + f" → {c[1]}" for c in CASES])
def test_every_command_follows_the_exit_codes(setup, busy_port, line, code, fragment):
    args = [a.format(**setup, port=busy_port) for a in line.split()]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == code, (r.stdout, r.stderr, r.exception)
    assert fragment in r.stderr or fragment in r.stdout, r.stderr
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), r.exception


def test_every_command_has_cases_for_its_codes():
    tried: dict[str, set[int]] = {}
    for line, code, _ in CASES:
        tried.setdefault(line.split()[0], set()).add(code)
    assert set(tried) == set(main.commands)
    assert all({0, 2} <= codes or name == "serve" for name, codes in tried.items())  # serve's 0: test_serve.py
    assert {1} <= tried["extract"] & tried["ingest"] & tried["facts"]


def test_an_extractor_crash_costs_extract_one_file_not_the_rest(tmp_path, monkeypatch):
    """`extract` stopped at the first file the extractor raised on, with a traceback."""
    first, second = write_report(tmp_path, "crash.txt"), write_report(tmp_path, "fine.txt")
    real = commands.extract_text

    def crash_on_one(text, name, *args, **kwargs):
        if name == "crash.txt":
            raise ValueError("year 0 is out of range")
        return real(text, name, *args, **kwargs)

    monkeypatch.setattr(commands, "extract_text", crash_on_one)
    r = CliRunner().invoke(main, ["extract", str(first), str(second)])
    assert r.exit_code == 1
    assert r.stderr == (f"error: {first}: the extractor failed on this file "
                        "(ValueError: year 0 is out of range)\n")
    assert r.stdout and "fine.txt" in r.stdout and "crash.txt" not in r.stdout


def test_interrupted_is_130(monkeypatch, setup):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("store.ingest.ingest_paths", interrupt)
    r = CliRunner().invoke(main, ["ingest", setup["good"], "--db", setup["db"]])
    assert r.exit_code == 130 and "interrupted" in r.stderr


def _readme_codes() -> dict[int, str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\| (\d+) \| (.+?) \|", section, re.M)}


def test_the_readme_table_is_the_codes_the_commands_use():
    codes = _readme_codes()
    assert codes.keys() == {options.DONE, options.FILES_FAILED, options.USAGE, options.INTERRUPTED}
    assert "all done" in codes[0] and "some files failed" in codes[1] and "usage" in codes[2]
    help_text = CliRunner().invoke(main, ["--help"]).stdout
    assert "Exit codes" in help_text

