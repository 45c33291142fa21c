"""`indicators correct`: an analyst's corrections from the terminal (the dashboard offers the same), listed and
undoable; they are kept apart from extracted facts and survive re-extraction (store/corrections.py)."""

from __future__ import annotations

import click

from store import DEFAULT_DB

DB_OPTION = click.option(
    "--db", default=DEFAULT_DB, show_default=True, envvar="INDICATORS_DB", type=click.Path(dir_okay=False),
    help="The DuckDB database file (also taken from $INDICATORS_DB).")
REASON = click.option("--reason", "-r", required=True, help="Why (kept with the correction, e.g. the printed page).")
BY = click.option("--by", "author", envvar="USER", help="Who corrects (default: $USER).")


def _pairs(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        field, sep, value = v.partition("=")
        if not sep or not field.strip():
            raise click.BadParameter(f"{v!r}: write FIELD=VALUE, e.g. region=辽源市 (an empty VALUE clears it)",
                                     param_hint="--set")
        out[field.strip()] = value
    return out


@click.group()
def correct() -> None:
    """Correct what the extractor got wrong: a document's date, region or publisher, a fact's field, or reject a
    fact. Each correction records who, when and why, applies to every read and export (dashboard, `export`,
    `facts`), survives `indicators ingest --force`, and can be undone.

    \b
    indicators correct document lyrb20190906.txt --set published=2019-09-06 -r "date on the printed page"
    indicators correct fact work_report_2020_review.txt 411-415 --set region=辽源市 -r "the city's report"
    indicators correct fact work_report_2020_review.txt 411-415 --reject -r "a rank, not a growth rate"
    indicators correct list
    indicators correct undo 3
    """


@correct.command("document")
@click.argument("document")
@click.option("--set", "changes", multiple=True, metavar="FIELD=VALUE",
              help="published (YYYY-MM-DD), region (for facts that name none) or publisher; repeatable.")
@REASON
@BY
@DB_OPTION
def correct_document_cmd(document: str, changes: tuple[str, ...], reason: str, author: str | None, db: str) -> None:
    """Set DOCUMENT's published date, region or publisher (DOCUMENT: its file name, path or id)."""
    from store.corrections import correct_document, find_document

    doc_id, name = find_document(db, document)
    number = correct_document(db, doc_id, _pairs(changes), reason, author)
    click.echo(f"correction {number}: {name} ({', '.join(_pairs(changes))})", err=True)


@correct.command("fact")
@click.argument("document")
@click.argument("span")
@click.option("--set", "changes", multiple=True, metavar="FIELD=VALUE",
              help="value (181.68亿 is read too), value_high, unit, qualifier, status, region, period_start, "
                   "period_end, subject or indicator; repeatable. An empty VALUE clears the field.")
@click.option("--reject", is_flag=True, help="The fact is not a fact: leave it out everywhere.")
@REASON
@BY
@DB_OPTION
def correct_fact_cmd(document: str, span: str, changes: tuple[str, ...], reject: bool, reason: str,
                     author: str | None, db: str) -> None:
    """Fix the fact of DOCUMENT read at SPAN (START-END, as `indicators facts` prints it: chars 411–415)."""
    from store.corrections import FactKey, correct_fact, find_document, parse_span

    doc_id, name = find_document(db, document)
    start, end = parse_span(span)
    number = correct_fact(db, FactKey(doc_id, start, end), _pairs(changes), reason, author, reject=reject)
    what = "rejected" if reject and not changes else ", ".join(_pairs(changes)) + (" + rejected" if reject else "")
    click.echo(f"correction {number}: {name} {start}–{end} ({what})", err=True)


@correct.command("list")
@click.option("--active", is_flag=True, help="Only corrections in force (not undone).")
@DB_OPTION
def list_cmd(active: bool, db: str) -> None:
    """Every correction, newest first: number, what changed (before → after), who, when, why."""
    from store.corrections import list_corrections

    rows = list_corrections(db, include_undone=not active)
    for r in rows:
        where = r["doc"] + (f" {r['fact_start']}–{r['fact_end']}" if r["target"] == "fact" else "")
        state = f"undone by {r['undone_by']} {r['undone_at']:%Y-%m-%d}" if r["undone_at"] else \
            ("applied" if r["found"] else "not applied: its fact is gone")
        click.echo(f"{r['id']:>4}  {r['created_at']:%Y-%m-%d %H:%M}  {r['author']}  {where}: {r['changes']}  "
                   f"[{state}]  — {r['reason']}")
    click.echo(f"{len(rows)} corrections", err=True)


@correct.command("undo")
@click.argument("number", type=int)
@BY
@DB_OPTION
def undo_cmd(number: int, author: str | None, db: str) -> None:
    """Withdraw correction NUMBER (it stays in the list, marked undone)."""
    from store.corrections import undo

    undo(db, number, author)
    click.echo(f"correction {number} undone", err=True)
