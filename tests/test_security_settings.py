"""The dashboard's server settings that SECURITY.md relies on, in the config file and in `indicators serve`."""

from __future__ import annotations

import tomllib
from pathlib import Path

from click.testing import CliRunner

from cli import commands as cli
from cli import serve

CONFIG = Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml"
# setting → the value SECURITY.md promises (section.key as Streamlit names it)
SETTINGS = {
    "client.showErrorDetails": "none",      # no tracebacks to visitors
    "browser.gatherUsageStats": False,      # no usage statistics sent anywhere
    "server.maxUploadSize": 20,             # MB, the same bound dashboard/uploads.py checks itself
    "server.enableXsrfProtection": True,
}


def test_config_file_holds_the_settings():
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    for key, value in SETTINGS.items():
        section, name = key.split(".")
        assert config[section][name] == value, key


def test_serve_repeats_them_on_the_command_line(tmp_path):
    """`indicators serve` passes the settings as flags too, so they hold without the config file."""
    flags, env, _ = serve.dashboard_command(tmp_path / "x.duckdb", "localhost", 8999)
    pairs = dict(zip(flags, flags[1:], strict=False))  # each flag with the word after it
    assert pairs["--client.showErrorDetails"] == "none"
    assert pairs["--browser.gatherUsageStats"] == "false"
    assert pairs["--server.maxUploadSize"] == "20"
    assert pairs["--server.address"] == "localhost" and pairs["--server.port"] == "8999"
    assert env["INDICATORS_DB"] == str((tmp_path / "x.duckdb").resolve())


def test_serve_listens_on_localhost_unless_told_otherwise(monkeypatch, tmp_path):
    """It listened on all interfaces, with no way to choose."""
    called = []
    monkeypatch.setattr(serve, "run_dashboard", lambda db, address, port: called.append((address, port)) or 0)
    monkeypatch.setattr(serve, "port_problem", lambda address, port: None)
    for args, expected in (([], ("localhost", 8501)), (["--address", "0.0.0.0", "--port", "9001"], ("0.0.0.0", 9001))):
        result = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "x.duckdb"), *args])
        assert result.exit_code == 0, result.output
        assert called.pop() == expected
