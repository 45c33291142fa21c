"""Archive commands: `extract-batches` (Parquet batches, on a pool, a Ray cluster or a Slurm array) and
`publish` (compact them into a layer the dashboard and exports read)."""

from __future__ import annotations

import sys

import click

from extractors.errors import first_line

from .commands import main
from .declared import declared_by_options, declared_options
from .options import one_line_errors


def _problem(e: Exception) -> str:
    return e.strerror if isinstance(e, OSError) and e.strerror else first_line(e)


def _shard(ctx, param, value):
    if value is None:
        return (0, 1)
    from store.plan import parse_shard

    try:
        return parse_shard(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@main.command("extract-batches")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False),
              help="The archive folder (on a cluster: a filesystem every node sees at the same path).")
@click.option("--runner", type=click.Choice(["pool", "ray", "inline"]), default="pool", show_default=True,
              help="pool: processes on this machine; ray: a Ray cluster (pip install -e '.[cluster]'); "
                   "inline: this process only (a Slurm array task, a Kubernetes indexed job).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes of the pool, or CPUs of a local Ray cluster (default: the machine's cores).")
@click.option("--address", metavar="HOST:PORT", default=None,
              help="Join this Ray cluster (e.g. ray://head:10001 or head:6379); default: start one locally.")
@click.option("--shard", metavar="I/N", default=None, callback=_shard,
              help="Take share I of N (0-based), e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT.")
@click.option("--batch-docs", type=click.IntRange(min=1), default=None, help="Documents per batch (default 1000).")
@click.option("--batch-mb", type=click.FloatRange(min=0.001), default=None, help="MB of files per batch "
              "(default 128).")
@click.option("--force", is_flag=True, help="Re-extract every file, even those committed by this extractor.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: a bar on a terminal, a plain line every few seconds otherwise).")
@declared_options
@one_line_errors
def extract_batches(paths, out, runner, jobs, address, shard, batch_docs, batch_mb, force, progress,
                    published, declared_region, publisher) -> None:
    """Extract PATHS into Parquet batches under OUT; `indicators publish OUT` makes them readable.

    PATHS are files, folders and globs as for `ingest`. Files already committed by this extractor version are
    skipped (a document is its content); the rest are grouped into batches whose ids hash the extractor version
    and the document ids, each written under temporary names, renamed, and committed by a marker written last,
    so a killed or retried batch never leaves duplicates and a rerun only does what is missing. A file that
    cannot be read is a failed row (exit code 1); a batch whose worker died is retried.

    What is declared about the files (their manifests indicators-manifest.csv, then --published, --region and
    --publisher) is given to the extractor and is part of the batch ids: a file declared otherwise is
    extracted again. A malformed manifest exits 2 before anything is written.
    """
    import duckdb

    from store.archive import extract_archive
    from store.plan import BATCH_BYTES, BATCH_DOCS
    from store.runners import RunnerUnavailable

    try:
        summary = extract_archive(list(paths), out, runner=runner, jobs=jobs, address=address, shard=shard,
                                  batch_docs=batch_docs or BATCH_DOCS,
                                  batch_bytes=int(batch_mb * 1048576) if batch_mb else BATCH_BYTES,
                                  force=force, progress_bar=progress,
                                  declared=declared_by_options(published, declared_region, publisher))
    except RunnerUnavailable as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    except (OSError, duckdb.Error) as e:  # the archive folder itself: unwritable, full, a damaged batch file
        click.echo(f"error: {out}: cannot write or read the archive ({_problem(e)})", err=True)
        sys.exit(2)
    for line in summary.lines():
        click.echo(line, err=True)
    sys.exit(0 if summary.ok else 1)


@main.command()
@click.argument("out", type=click.Path(file_okay=False, exists=True))
@click.option("--memory-limit", metavar="SIZE", default=None,
              help="DuckDB's memory limit while compacting, e.g. 4GB (default: 80% of the machine's memory).")
@one_line_errors
def publish(out: str, memory_limit: str | None) -> None:
    """Compact the committed batches under OUT into a published layer and switch readers to it.

    Facts are compacted per family and year into large Parquet files sorted by (indicator, region,
    period_end); the documents and the rollups the dashboard's overview and chart pages read go into a small
    DuckDB file; then OUT/CURRENT is replaced atomically, so readers see the old layer or the new one, never
    a mix. Serve it with `indicators serve --db OUT`; export from it with `indicators export --db OUT`.
    """
    from store.publish import PublishError
    from store.publish import publish as run_publish

    try:
        summary = run_publish(out, memory_limit=memory_limit)
    except PublishError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    click.echo(summary.line(), err=True)
