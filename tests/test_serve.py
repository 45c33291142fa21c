"""`indicators serve` as an operator meets it: SIGTERM stops Streamlit and frees the port, so does killing the
command outright, and it listens on localhost only unless told otherwise. Real processes, real sockets."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]
REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def listening(port: int) -> list[str]:
    """Local addresses (hex, as /proc/net/tcp* writes them) with a socket listening on `port`."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


@pytest.fixture
def started():
    """Starts `indicators serve`; whatever a test leaves running (on a failure) is killed afterwards."""
    procs: list[subprocess.Popen] = []
    spawned: list[int] = []

    def run(tmp_path: Path, port: int, *extra: str) -> subprocess.Popen:
        proc = start(tmp_path, port, *extra)
        procs.append(proc)
        spawned.extend(children(proc.pid))
        return proc

    yield run
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    for pid in spawned:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def start(tmp_path: Path, port: int, *extra: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "cli", "serve", "--db", str(tmp_path / "none.duckdb"),
                             "--port", str(port), *extra], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "INDICATORS_UPLOADS": str(tmp_path)})
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).status == 200:
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    pytest.fail("the dashboard did not start")


def wait_gone(pids: list[int], port: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and (any(alive(p) for p in pids) or listening(port)):
        time.sleep(0.2)
    assert not [p for p in pids if alive(p)], "streamlit outlived `indicators serve`"
    assert not listening(port), "the port is still held"


LOOPBACK = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1 and ::1 in /proc/net/tcp* form


def test_sigterm_stops_streamlit_and_frees_the_port(tmp_path, started):
    """Before: SIGTERM ended the command and left Streamlit running on the port."""
    port = free_port()
    proc = started(tmp_path, port)
    streamlit = children(proc.pid)
    assert streamlit
    assert listening(port) and set(listening(port)) <= LOOPBACK  # localhost by default, not every interface
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(30) == 0
    wait_gone(streamlit, port)
    with socket.socket() as s:  # the port can be used again at once
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))


def test_killing_serve_outright_does_not_leave_streamlit_behind(tmp_path, started):
    port = free_port()
    proc = started(tmp_path, port)
    streamlit = children(proc.pid)
    proc.kill()  # SIGKILL: no handler runs; the kernel tells the child (PR_SET_PDEATHSIG)
    proc.wait(10)
    wait_gone(streamlit, port)


def test_address_chooses_the_interface(tmp_path, started):
    port = free_port()
    proc = started(tmp_path, port, "--address", "0.0.0.0")
    assert "00000000" in listening(port)  # every IPv4 interface, as asked
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(30) == 0
