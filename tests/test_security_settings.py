"""The dashboard's server settings that SECURITY.md relies on, in the config file and in `indicators serve`."""

from __future__ import annotations

import tomllib
from pathlib import Path

from click.testing import CliRunner

from cli import commands as cli

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


def test_serve_repeats_them_on_the_command_line(monkeypatch, tmp_path):
    """`indicators serve` passes the settings as flags too, so they hold without the config file."""
    called = {}

    def fake_call(args, env, cwd):
        called.update(args=args, env=env)
        return 0

    monkeypatch.setattr(cli.subprocess, "call", fake_call)
    result = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "x.duckdb"), "--port", "8999"])
    assert result.exit_code == 0, result.output
    flags = called["args"]
    pairs = dict(zip(flags, flags[1:], strict=False))  # each flag with the word after it
    assert pairs["--client.showErrorDetails"] == "none"
    assert pairs["--browser.gatherUsageStats"] == "false"
    assert pairs["--server.maxUploadSize"] == "20"
    assert called["env"]["INDICATORS_DB"] == str((tmp_path / "x.duckdb").resolve())
