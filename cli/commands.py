"""The `indicators` command line: a thin shell over the library; each command's help is its documentation."""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import click

from cli.corrections import correct
from extractors.errors import ReportError
from extractors.pipeline import extract_file
from store import DEFAULT_DB, EXPORT_FORMATS, EXPORT_TABLES

DB_OPTION = click.option(
    "--db", default=DEFAULT_DB, show_default=True, envvar="INDICATORS_DB", type=click.Path(dir_okay=False),
    help="The DuckDB database file (also taken from $INDICATORS_DB).")


def _one_line_errors(command):
    """Library errors become one clear line on standard error and exit code 2, never a traceback."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        from store.connection import StoreError
        from store.corrections import CorrectionError
        from store.export import ExportError
        from store.filters import FilterError
        from store.lookup import NotStored

        try:
            return command(*args, **kwargs)
        except (StoreError, ExportError, FilterError, NotStored, ReportError, CorrectionError) as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("interrupted: documents already written are complete; run again to finish", err=True)
            sys.exit(130)
    return run


def _filter_options(command):
    """The filters shared by export, facts and the dashboard (see store.filters.FactFilter)."""
    for opt in reversed([
        click.option("--family", multiple=True, help="Keep these families (growth_rate, investment, hotline, "
                     "covid, sock_industry, other); repeat for several."),
        click.option("--indicator", multiple=True, help="Keep these catalog ids, e.g. covid.deaths; repeatable."),
        click.option("--region", multiple=True, help="Keep these regions, e.g. 辽源市; repeatable."),
        click.option("--from", "period_from", metavar="DATE",
                     help="Keep facts whose period ends on or after DATE (2021, 2021-07 or 2021-07-04)."),
        click.option("--to", "period_to", metavar="DATE",
                     help="Keep facts whose period starts on or before DATE."),
        click.option("--search", metavar="TEXT",
                     help="Keep rows whose subject or quote contains TEXT (case-insensitive), e.g. 181.68."),
        click.option("--status", multiple=True, help="Keep these statuses (actual, target, estimate)."),
        click.option("--missing", multiple=True, type=click.Choice(("period", "region", "published", "indicator")),
                     help="Keep facts without a period, a region, a report date or a catalog indicator."),
    ]):
        command = opt(command)
    return command


def _make_filter(**kw):
    from store.filters import FactFilter

    return FactFilter(family=kw.get("family") or None, indicator=kw.get("indicator") or None,
                      region=kw.get("region") or None, period_from=kw.get("period_from"),
                      period_to=kw.get("period_to"), search=kw.get("search"), status=kw.get("status") or None,
                      doc=kw.get("doc") or None, missing=kw.get("missing") or None)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
def main() -> None:
    """Reported Indicators: numeric facts from Chinese report texts.

    \b
    indicators extract FILE...        print the facts of files as JSON lines (nothing stored)
    indicators ingest PATH...         store the facts of files, folders and globs in DuckDB
    indicators facts [FILE] [filters] look facts up: what a file gave, where a number comes from
    indicators docs                   list stored documents (and failed files with their error)
    indicators export [TABLE]         write a table or view as csv, parquet, jsonl or xlsx
    indicators correct ...            correct a document or a fact (kept across re-extraction), list, undo
    indicators serve                  start the dashboard
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def extract(files: tuple[str, ...]) -> None:
    """Print the facts of FILES as JSON lines (the fact contract, UTF-8) on standard output.

    Nothing else goes to standard output; a file that cannot be read gets one line on standard error and
    the exit code is 1.
    """
    sys.stdout.flush()
    out = sys.stdout.buffer  # UTF-8 bytes whatever the console's encoding: the contract says so
    failed = 0
    for f in files:
        try:
            ex = extract_file(f)
        except ReportError as e:
            click.echo(f"error: {e}", err=True)
            failed += 1
            continue
        out.write("".join(fact.to_json() + "\n" for fact in ex.facts).encode("utf-8"))
        out.flush()
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Extraction processes (default: the machine's cores). The one writer stays in this process.")
@click.option("--force", is_flag=True, help="Re-extract every file, even unchanged ones.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: a bar on a terminal, a plain line every few seconds otherwise).")
@_one_line_errors
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, force: bool, progress: bool | None) -> None:
    """Extract PATHS and store their facts in the database.

    PATHS are files, folders (read recursively: .txt .text .htm .html .pdf) and glob patterns
    ('reports/**/*.txt'). A document is its content (sha256 of the bytes): files already stored by this
    extractor version are skipped, a changed file replaces its earlier facts, and each document goes in
    with all its facts in one transaction, so an interrupted run leaves a consistent database and the next
    run finishes the job. A file that cannot be read is recorded as failed with its error and does not stop
    the run. The database is held only while a batch is written, so the dashboard keeps working.

    Exit code: 0 when every file was stored, 1 when any failed, 2 when the database cannot be used.
    """
    from store.ingest import ingest_paths

    summary = ingest_paths(list(paths), db, jobs=jobs, force=force, progress_bar=progress)
    for line in summary.lines():
        click.echo(line, err=True)
    sys.exit(0 if summary.ok else 1)


@main.command()
@click.argument("table", default="facts", type=click.Choice(EXPORT_TABLES))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv",
              show_default=True, help="csv files are UTF-8 with a BOM, so Excel shows Chinese text "
              "(on standard output: plain UTF-8).")
@click.option("--out", "-o", type=click.Path(dir_okay=False),
              help="File to write (written completely or not at all). Default: standard output (csv, jsonl).")
@DB_OPTION
@_filter_options
@click.option("--doc", multiple=True, help="Keep facts of documents with this file name; repeatable.")
@_one_line_errors
def export(table: str, fmt: str, out: str | None, db: str, **filters) -> None:
    """Write TABLE (default: facts) with the filters applied.

    Every fact row carries its quote (the source sentence), doc (file name) and published date. observations
    has one row per figure with all its sources and a conflict flag. Tables are described in docs/SCHEMA.md.
    """
    from store.export import export as run_export

    rows = run_export(db, table, fmt, out, _make_filter(**filters))
    if out not in (None, "-"):
        click.echo(f"wrote {rows} rows of {table} to {out}", err=True)


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@DB_OPTION
@_filter_options
@click.option("--doc", multiple=True, help="Keep facts of documents with this file name; repeatable.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True, help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines (contract fields + rule) instead.")
@_one_line_errors
def facts(file: str | None, db: str, limit: int, as_json: bool, **filters) -> None:
    """Look up stored facts: those of FILE (matched by content), or those matching the filters.

    \b
    indicators facts report.txt             what was found in this file
    indicators facts --search 181.68        where does this number come from
    indicators facts --indicator covid.deaths --region 辽源市 --from 2022-03
    """
    from store.lookup import document_filter_for_file, fact_lines, find_facts

    flt = _make_filter(**filters)
    if file:
        flt = document_filter_for_file(db, file, flt)
    rows = find_facts(db, flt, limit)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        else:
            click.echo("\n".join(fact_lines(row)))
    if not as_json:
        click.echo(f"{len(rows)} facts" + (f" (limit {limit}; use --limit)" if len(rows) == limit else ""),
                   err=True)


@main.command()
@DB_OPTION
@click.option("--failed", is_flag=True, help="Only files that could not be read, with their error.")
@click.option("--search", metavar="TEXT", help="Keep documents whose name or path contains TEXT.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True)
@_one_line_errors
def docs(db: str, failed: bool, search: str | None, limit: int) -> None:
    """List stored documents: published date, file name, number of facts or the error, path."""
    from store.filters import FactFilter
    from store.lookup import document_line, find_documents

    rows = find_documents(db, FactFilter(search=search, status="failed" if failed else None), limit)
    for row in rows:
        click.echo(document_line(row))
    click.echo(f"{len(rows)} documents", err=True)


@main.command()
@DB_OPTION
@click.option("--port", default=8501, show_default=True, help="Port of the dashboard.")
def serve(db: str, port: int) -> None:
    """Start the dashboard on PORT, reading DB (it keeps working while `indicators ingest` runs)."""
    # The app is started by path, not imported: the CLI and the dashboard are separate layers.
    spec = importlib.util.find_spec("dashboard")
    if spec is None or spec.origin is None:
        raise click.ClickException("the dashboard package is not installed")
    project = Path(spec.origin).resolve().parent.parent
    app = project / "dashboard" / "app.py"
    env = {**os.environ, "INDICATORS_DB": str(Path(db).resolve())}
    # Streamlit reads .streamlit/config.toml from its working directory; the flags repeat the settings that
    # matter when the package is installed without that file.
    flags = ["--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.maxUploadSize", "20", "--client.showErrorDetails", "none"]
    raise SystemExit(subprocess.call([sys.executable, "-m", "streamlit", "run", str(app), *flags],
                                     env=env, cwd=project))


for _command in correct.commands.values():  # `indicators correct …`: the same one-line errors
    _command.callback = _one_line_errors(_command.callback)
main.add_command(correct)


if __name__ == "__main__":
    main()
