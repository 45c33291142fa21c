"""`indicators serve`: Streamlit in a child process that stops when we are told to stop, or die.

The app is started by path, not imported: the CLI and the dashboard are separate layers. SIGTERM, SIGHUP and
Ctrl-C are passed on to Streamlit as SIGTERM (it then closes its port); if Streamlit does not end within
`STOP_GRACE_S` it is killed. If this process is killed outright (SIGKILL), the kernel sends Streamlit SIGTERM
(Linux `PR_SET_PDEATHSIG`), so no orphan keeps the port.
"""

from __future__ import annotations

import errno
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from store.workers import parent_death_hook

STOP_GRACE_S = 10.0
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


def port_problem(address: str, port: int) -> str | None:
    """Why the dashboard could not listen on address:port (in use, not this machine's), else None."""
    try:
        infos = socket.getaddrinfo(address, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        return f"--address {address}: not a known address ({e.strerror})"
    unusable = None
    bound = 0
    for family, kind, proto, _, sockaddr in infos:
        with socket.socket(family, kind, proto) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is no clash
            if family == socket.AF_INET6:
                s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                s.bind(sockaddr)
                bound += 1
            except OSError as e:
                if e.errno == errno.EADDRINUSE:
                    return (f"port {port} on {address} is already in use (another dashboard?); stop it or choose "
                            "another with --port")
                if e.errno == errno.EACCES:
                    return f"port {port}: permission denied (ports below 1024 need privileges)"
                unusable = f"--address {address}: not an address of this machine ({e.strerror})"
    return None if bound else unusable


def dashboard_command(db: str | os.PathLike, address: str, port: int) -> tuple[list[str], dict[str, str], Path]:
    """(argv, environment, working folder) of the Streamlit process serving the app over `db`."""
    spec = importlib.util.find_spec("dashboard")
    if spec is None or spec.origin is None:
        print("error: the dashboard package is not installed", file=sys.stderr)
        raise SystemExit(2)
    project = Path(spec.origin).resolve().parent.parent
    env = {**os.environ, "INDICATORS_DB": str(Path(db).resolve())}
    # Streamlit reads .streamlit/config.toml from its working directory; the flags repeat the settings that
    # matter when the package is installed without that file.
    flags = ["--server.address", address, "--server.port", str(port), "--server.headless", "true",
             "--browser.gatherUsageStats", "false", "--server.maxUploadSize", "20",
             "--client.showErrorDetails", "none"]
    return [sys.executable, "-m", "streamlit", "run", str(project / "dashboard" / "app.py"), *flags], env, project


def run_dashboard(db: str | os.PathLike, address: str, port: int) -> int:
    """Serve until told to stop; 0 when stopped by a signal, 2 when Streamlit ended on its own with an error."""
    argv, env, cwd = dashboard_command(db, address, port)
    child = subprocess.Popen(argv, env=env, cwd=cwd, preexec_fn=_die_with(os.getpid()))
    stop_by: list[float] = []

    def stop(signum, frame) -> None:
        if not stop_by:
            stop_by.append(time.monotonic() + STOP_GRACE_S)
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in _STOP_SIGNALS}
    try:
        while True:
            try:
                code = child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stop_by and time.monotonic() > stop_by[0]:
                    child.kill()
    finally:
        if child.poll() is None:  # an unexpected error here: never leave Streamlit behind
            child.kill()
            child.wait()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if stop_by or code == 0 else 2


def _die_with(parent_pid: int):
    """A preexec_fn: the child gets SIGTERM when this process dies, however it dies (Linux)."""
    return parent_death_hook(parent_pid, signal.SIGTERM)
