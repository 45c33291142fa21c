"""The --published, --region and --publisher options: what a user declares about every file of a run, checked
as the command line is parsed (a bad value is a usage error naming it)."""

from __future__ import annotations

import click

from store.declared import DeclaredError, check_published, check_publisher, check_region


def _checked(check):
    def callback(ctx, param, value):
        try:
            return check(value)
        except DeclaredError as e:
            raise click.BadParameter(str(e)) from None
    return callback


def declared_options(command):
    """--published, --region, --publisher: what the user declares about every file of the run."""
    for opt in reversed([
        click.option("--published", metavar="YYYY-MM-DD", callback=_checked(check_published),
                     help="The files' publication date; periods such as 本周 or 今年 are read against it."),
        click.option("--region", "declared_region", metavar="PLACE", callback=_checked(check_region),
                     help="The place the files are about (a known division such as 辽源市, or 全国): facts whose "
                          "text names no place get it."),
        click.option("--publisher", metavar="NAME", callback=_checked(check_publisher),
                     help="Who published the files (e.g. 辽源日报)."),
    ]):
        command = opt(command)
    return command


def declared_by_options(published, region, publisher) -> dict:
    """The options' values that are set, as ingest_paths / extract_archive take them."""
    return {k: v for k, v in (("published", published), ("region", region), ("publisher", publisher)) if v}
