"""The `indicators` command line: a thin shell over the library; each command's help is its documentation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cli.corrections import correct
from cli.declared import declared_by_options, declared_options
from cli.options import DB_OPTION, DONE, FILES_FAILED, USAGE, filter_options, make_filter, one_line_errors
from extractors.errors import ReportError, first_line
from extractors.load import load_text
from extractors.pipeline import Deadline, doc_seconds_setting, extract_text
from store import EXPORT_FORMATS, EXPORT_TABLES
from store.sources import shown_path


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
    indicators extract-batches PATH.. extract into Parquet batches (a pool, a Ray cluster, a Slurm array)
    indicators publish OUT            compact the batches into a layer that serve and export read

    \b
    Exit codes (every command): 0 all done; 1 some files failed (the rest were done);
    2 usage: bad arguments, a database that cannot be used, a port in use; 130 interrupted.
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extraction processes; the output keeps the order of FILES.")
@declared_options
def extract(files: tuple[str, ...], jobs: int, published, declared_region, publisher) -> None:
    """Print the facts of FILES as JSON lines (the fact contract, UTF-8) on standard output.

    Nothing else goes to standard output. A file that cannot be read or extracted (missing, unreadable,
    binary, over the time budget $INDICATORS_DOC_SECONDS, an extractor failure) gets one line on standard
    error and the others are still extracted; the exit code is then 1. With --jobs N, N processes extract
    and the facts still come in the order of FILES. What --published, --region and --publisher declare wins
    over the files' manifests (indicators-manifest.csv), which win over what is read from the text.
    """
    from store.declared import DeclaredError, merged
    from store.manifest import Manifests

    given = declared_by_options(published, declared_region, publisher)
    manifests = Manifests()
    try:
        declared = [merged(manifests.declared_for(f), given) for f in files]
    except DeclaredError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(USAGE)
    sys.stdout.flush()
    out = sys.stdout.buffer  # UTF-8 bytes whatever the console's encoding: the contract says so
    budget = doc_seconds_setting()
    failed = 0
    for lines, error in _extracted(files, budget, jobs, declared):
        if error is not None:
            click.echo(error, err=True)
            failed += 1
            continue
        out.write(lines)
        out.flush()
    sys.exit(FILES_FAILED if failed else DONE)


def _extracted(files: tuple[str, ...], budget: float | None, jobs: int, declared: list[dict]):
    """(JSON lines, None) or (None, error line) per file, in the order of files."""
    if jobs == 1 or len(files) < 2:
        yield from (_extract_one(f, budget, d) for f, d in zip(files, declared, strict=True))
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_one, files, [budget] * len(files), declared, chunksize=8)


def _extract_one(f: str, budget: float | None, declared: dict | None = None) -> tuple[bytes | None, str | None]:
    from datetime import date

    name = shown_path(Path(f).name)  # the `doc` of each fact: text, whatever bytes the name holds
    declared = declared or {}
    published = declared.get("published")
    try:
        deadline = Deadline.after(budget) if budget else None
        facts = extract_text(load_text(f).text, name, date.fromisoformat(published) if published else None,
                             deadline=deadline, region=declared.get("region"),
                             publisher=declared.get("publisher")).facts
    except ReportError as e:
        return None, f"error: {shown_path(f)}: {e.problem}"
    except Exception as e:  # an extractor bug costs this file only, never the rest
        return None, (f"error: {shown_path(f)}: the extractor failed on this file "
                      f"({type(e).__name__}: {first_line(e)})")
    return "".join(fact.to_json() + "\n" for fact in facts).encode("utf-8"), None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Extraction processes (default: the machine's cores). The one writer stays in this process.")
@click.option("--force", is_flag=True, help="Re-extract every file, even unchanged ones.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: a bar on a terminal, a plain line every few seconds otherwise).")
@click.option("--doc-seconds", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Time budget of one document in CPU seconds (default: $INDICATORS_DOC_SECONDS, else 300; "
                   "0: no limit). A document over it is recorded as failed, naming it; a larger budget "
                   "retries it.")
@declared_options
@one_line_errors
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, force: bool, progress: bool | None,
           doc_seconds: float | None, published, declared_region, publisher) -> None:
    """Extract PATHS and store their facts in the database.

    PATHS are files, folders (read recursively: .txt .text .htm .html .pdf) and glob patterns
    ('reports/**/*.txt'). A document is its content (sha256 of the bytes): files already stored by this
    extractor version are skipped, a changed file replaces its earlier facts, and each document goes in
    with all its facts in one transaction, so an interrupted run leaves a consistent database and the next
    run finishes the job. A file that cannot be read is recorded as failed with its error and does not stop
    the run; a file that gave facts before and now fails keeps them (the failure is recorded beside them).
    A folder that cannot be listed is reported. The database is held only while a batch is written, so the
    dashboard keeps working.

    \b
    Declared metadata (the date, region and publisher of a report) wins over what is read from the text:
      a manifest indicators-manifest.csv beside the reports (file,published,region,publisher; a file
      name or a glob such as *.txt per row; the nearest manifest wins), then --published, --region and
      --publisher for every file of this run, then analysts' corrections (indicators correct document).
    A document stored with other declared metadata than this run's is re-extracted.

    Exit code: 0 when every file was stored, 1 when any failed or could not be found, 2 when the database
    cannot be used, an option's value is not valid, or a manifest is malformed (nothing is stored then).
    """
    from store.ingest import ingest_paths

    summary = ingest_paths(list(paths), db, jobs=jobs, force=force, progress_bar=progress,
                           doc_seconds=doc_seconds, declared=declared_by_options(published, declared_region, publisher))
    for line in summary.lines():
        click.echo(line, err=True)
    sys.exit(DONE if summary.ok else FILES_FAILED)


@main.command()
@click.argument("table", default="facts", type=click.Choice(EXPORT_TABLES))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv",
              show_default=True, help="csv files are UTF-8 with a BOM, so Excel shows Chinese text "
              "(on standard output: plain UTF-8).")
@click.option("--out", "-o", type=click.Path(dir_okay=False),
              help="File to write (written completely or not at all). Default: standard output (csv, jsonl).")
@DB_OPTION
@filter_options
@click.option("--doc", multiple=True, help="Keep facts of documents with this file name; repeatable.")
@one_line_errors
def export(table: str, fmt: str, out: str | None, db: str, **filters) -> None:
    """Write TABLE (default: facts) with the filters applied.

    Every fact row carries its quote (the source sentence), doc (file name) and published date. observations
    has one row per figure with all its sources and a conflict flag. Tables are described in docs/SCHEMA.md.
    """
    from store.export import export as run_export

    rows = run_export(db, table, fmt, out, make_filter(**filters))
    if out not in (None, "-"):
        click.echo(f"wrote {rows} rows of {table} to {out}", err=True)


@main.command()
@click.argument("file", required=False, type=click.Path(readable=False))
@DB_OPTION
@filter_options
@click.option("--doc", multiple=True, help="Keep facts of documents with this file name; repeatable.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True, help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines (contract fields + rule) instead.")
@one_line_errors
def facts(file: str | None, db: str, limit: int, as_json: bool, **filters) -> None:
    """Look up stored facts: those of FILE (matched by content), or those matching the filters.

    \b
    indicators facts report.txt             what was found in this file
    indicators facts --search 181.68        where does this number come from
    indicators facts --indicator covid.deaths --region 辽源市 --from 2022-03

    Exit code 1 when FILE cannot be read, is not stored, or was stored as failed.
    """
    from store.lookup import document_filter_for_file, fact_lines, find_facts

    flt = make_filter(**filters)
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
@click.option("--failed", is_flag=True, help="Only files whose latest read failed, with the error.")
@click.option("--search", metavar="TEXT", help="Keep documents whose name or path contains TEXT.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True)
@one_line_errors
def docs(db: str, failed: bool, search: str | None, limit: int) -> None:
    """List stored documents: published date, file name, number of facts or the error, path."""
    from store.filters import FactFilter
    from store.lookup import document_line, find_documents

    rows = find_documents(db, FactFilter(search=search), limit, failed_only=failed)
    for row in rows:
        click.echo(document_line(row))
    click.echo(f"{len(rows)} documents", err=True)


@main.command()
@DB_OPTION
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True,
              help="Port of the dashboard.")
@click.option("--address", default="localhost", show_default=True,
              help="Address to listen on: localhost serves this machine only; 0.0.0.0 (or a host's address) "
                   "serves the network, to anyone who reaches it (there is no login: see SECURITY.md).")
def serve(db: str, port: int, address: str) -> None:
    """Start the dashboard on ADDRESS:PORT, reading DB (it keeps working while `indicators ingest` runs).

    Ctrl-C, SIGTERM or SIGHUP stop it (exit 0) and free the port; so does this process dying. A port in use
    or an address that is not this machine's exits 2 before anything starts.
    """
    from .serve import port_problem, run_dashboard

    problem = port_problem(address, port)
    if problem:
        click.echo(f"error: {problem}", err=True)
        sys.exit(USAGE)
    sys.exit(run_dashboard(db, address, port))


for _command in correct.commands.values():  # `indicators correct …`: the same one-line errors
    _command.callback = one_line_errors(_command.callback)
main.add_command(correct)


if __name__ == "__main__":
    main()
