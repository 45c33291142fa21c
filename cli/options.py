"""What every command shares: the exit codes, the database option, the fact filters and the one-line errors."""

from __future__ import annotations

import functools
import sys

import click

from extractors.errors import ReportError
from store import DEFAULT_DB
from store.sources import shown_path

# The exit codes every command follows (README, "Exit codes"); click itself exits 2 on a usage error.
DONE, FILES_FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130

DB_OPTION = click.option(
    "--db", default=DEFAULT_DB, show_default=True, envvar="INDICATORS_DB", type=click.Path(),
    help="The DuckDB database file, or for reading an archive folder published by `indicators publish` "
         "(also taken from $INDICATORS_DB).")


def one_line_errors(command):
    """Library errors become one clear line on standard error, never a traceback: a file named that could not
    be read or found exits 1, a command that cannot run as asked (bad filter, unusable database) exits 2."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        from store.connection import StoreError
        from store.corrections import CorrectionError
        from store.declared import DeclaredError
        from store.export import ExportError
        from store.filters import FilterError
        from store.lookup import NotStored

        try:
            return command(*args, **kwargs)
        except (NotStored, ReportError) as e:
            click.echo(f"error: {shown_path(str(e))}", err=True)
            sys.exit(FILES_FAILED)
        except (StoreError, ExportError, FilterError, CorrectionError, DeclaredError) as e:
            click.echo(f"error: {shown_path(str(e))}", err=True)
            sys.exit(USAGE)
        except KeyboardInterrupt:
            click.echo("interrupted: documents already written are complete; run again to finish", err=True)
            sys.exit(INTERRUPTED)
    return run


def filter_options(command):
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


def make_filter(**kw):
    from store.filters import FactFilter

    return FactFilter(family=kw.get("family") or None, indicator=kw.get("indicator") or None,
                      region=kw.get("region") or None, period_from=kw.get("period_from"),
                      period_to=kw.get("period_to"), search=kw.get("search"), status=kw.get("status") or None,
                      doc=kw.get("doc") or None, missing=kw.get("missing") or None)
