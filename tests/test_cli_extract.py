"""`indicators extract` as a user meets it: help texts, clear one-line errors, and nothing but facts on stdout.

Each case runs the real command in a fresh interpreter (`python -m cli` is the `indicators` script).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.fact import CONTRACT_FIELDS
from extractors.pipeline import extract_file

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.timeout(60)

# A small report of our own: a masthead, two growth rates, a hotline name and a phone number.
REPORT = """辽源日报
2021年1月27日 星期三 总第8205期

本报讯(记者 样例)2020年,全市地区生产总值增长5.2%,固定资产投资下降3.1%。
群众可拨打“12345”热线或0437-3216688反映问题。
"""


def run(*args: str, env: dict | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=cwd, capture_output=True,
                          timeout=50, env={**os.environ, **(env or {})})


@pytest.fixture
def report(tmp_path) -> Path:
    p = tmp_path / "样例 报告.txt"  # a name with a space and Chinese characters
    p.write_text(REPORT, encoding="utf-8")
    return p


# ---- help: each command's help is its documentation ----

HELP = [
    (["--help"], ["Usage", "extract", "ingest", "serve"]),
    (["-h"], ["Usage", "extract", "ingest", "serve"]),
    (["extract", "--help"], ["FILES", "JSON"]),
    (["ingest", "--help"], ["PATHS", "--db"]),
    (["serve", "--help"], ["--port", "--db"]),
]


@pytest.mark.parametrize("args,words", HELP, ids=[" ".join(a) for a, _ in HELP])
def test_help(args, words):
    r = run(*args)
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0, r.stderr
    assert r.stderr == b""
    for word in words:
        assert word in out, f"{word!r} missing from `indicators {' '.join(args)}`"


# ---- bad input: one clear line on stderr naming the file, exit code 1, no traceback ----

BAD_FILES = [
    ("missing.txt", None),               # does not exist
    ("empty.txt", b""),
    ("blank.txt", b" \n\r\n\t\n"),
    ("binary.txt", bytes(range(256)) * 64),
]


@pytest.mark.parametrize("name,content", BAD_FILES, ids=[n for n, _ in BAD_FILES])
def test_bad_file_is_one_clear_error_line(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    r = run("extract", str(path))
    err = r.stderr.decode("utf-8")
    assert r.returncode == 1, err
    assert r.stdout == b""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert name in err


def test_bad_file_does_not_cost_the_good_ones(tmp_path, report):
    missing = tmp_path / "nowhere.txt"
    r = run("extract", str(missing), str(report))
    err = r.stderr.decode("utf-8")
    assert r.returncode == 1
    assert len(err.strip().splitlines()) == 1 and "nowhere.txt" in err and "Traceback" not in err
    lines = r.stdout.decode("utf-8").splitlines()
    assert lines and all(json.loads(line)["doc"] == report.name for line in lines)


def test_no_file_is_a_usage_error():
    r = run("extract")
    err = r.stderr.decode("utf-8")
    assert r.returncode == 2
    assert "Usage" in err and "Traceback" not in err
    assert r.stdout == b""


# ---- stdout: nothing but contract facts, UTF-8, not ASCII-escaped ----

def test_stdout_is_exactly_the_library_facts(report):
    r = run("extract", str(report))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode("utf-8").splitlines()
    assert lines == [f.to_json() for f in extract_file(report).facts]
    for line in lines:
        fact = json.loads(line)
        assert tuple(fact) == CONTRACT_FIELDS
        assert fact["doc"] == "样例 报告.txt" and fact["published"] == "2021-01-27"
    assert {(f["value"], f["unit"]) for f in map(json.loads, lines)} >= {(5.2, "%"), (-3.1, "%")}


ENVIRONMENTS = {
    "default": {},
    "c_locale": {"LC_ALL": "C", "LANG": "C"},
}
ENV_CASES = [pytest.param(env, id=name) for name, env in ENVIRONMENTS.items()] + [
    pytest.param({"PYTHONIOENCODING": "gb18030"}, id="gbk_console"),  # Chinese Windows
]


@pytest.mark.parametrize("env", ENV_CASES)
def test_stdout_is_utf8_with_chinese_unescaped(report, env):
    r = run("extract", str(report), env=env)
    assert r.returncode == 0, r.stderr
    text = r.stdout.decode("utf-8")  # strict: fails on any other encoding
    assert "\\u" not in text, "facts must be written with ensure_ascii=False"
    assert "地区生产总值" in text


def test_jobs_keep_the_order_of_the_files(tmp_path):
    """`--jobs 2` extracts in two processes; the facts still come file by file in the order given, and a file
    that fails is reported without stopping the others."""
    files = []
    for i in range(6):
        p = tmp_path / f"r{i}.txt"
        p.write_text(REPORT.replace("5.2%", f"{i + 1}.5%"), encoding="utf-8")
        files.append(str(p))
    files.insert(3, str(tmp_path / "missing.txt"))
    one, two = run("extract", *files), run("extract", "--jobs", "2", *files)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stdout
    growth = [json.loads(line)["value"] for line in two.stdout.decode().splitlines()
              if json.loads(line)["subject"] == "地区生产总值"]
    assert growth == [1.5, 2.5, 3.5, 4.5, 5.5, 6.5]
    assert "missing.txt" in two.stderr.decode()
