"""The `indicators` command line: a thin shell over the library; each command's help is its documentation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from .errors import ReportError
from .pipeline import extract_file
from .store import DEFAULT_DB


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Reported Indicators: numeric facts from Chinese report texts."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def extract(files: tuple[str, ...]) -> None:
    """Print the facts of FILES as JSON lines (the fact contract) on standard output."""
    failed = 0
    for f in files:
        try:
            ex = extract_file(f)
        except ReportError as e:
            click.echo(f"error: {e}", err=True)
            failed += 1
            continue
        for fact in ex.facts:
            click.echo(fact.to_json())
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to write.")
def ingest(paths: tuple[str, ...], db: str) -> None:
    """Extract PATHS (files or folders) and store their facts in the DuckDB file."""
    from .store.ingest import ingest_paths

    s = ingest_paths(list(paths), db)
    for msg in s.failed:
        click.echo(f"failed: {msg}", err=True)
    click.echo(f"ingested {s.documents} documents, {s.facts} facts, {len(s.failed)} failed", err=True)
    sys.exit(1 if s.failed else 0)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.option("--port", default=8501, show_default=True)
def serve(db: str, port: int) -> None:
    """Start the dashboard on PORT, reading DB."""
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    env = {**os.environ, "INDICATORS_DB": str(Path(db).resolve())}
    raise SystemExit(subprocess.call(
        [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port)], env=env))
