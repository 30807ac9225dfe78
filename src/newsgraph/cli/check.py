"""CLI: ``newsgraph check --db URL_OR_PATH`` — is the store's database intact, and what to do if not.

Exit status 0 when the check finds nothing, 1 when it finds damage (the problems
on stdout, the advice on stderr), 2 when the store cannot be checked at all (no
such file, server unreachable), like every other newsgraph error.
"""

from __future__ import annotations

import typer

from newsgraph.cli.options import DbOption

#: Exit status when the check ran and found damage (2 stays "could not run").
DAMAGED = 1


def check_command(db: DbOption = None) -> None:
    """Check the store's database for damage (SQLite integrity_check; PostgreSQL amcheck or counts)."""
    from newsgraph.store import integrity

    report = integrity.check(db or "")
    for note in report.notes:
        typer.echo(f"newsgraph: note: {note}", err=True)
    if report.ok:
        typer.echo(f"newsgraph: {report.store}: ok ({report.method})")
        return
    for problem in report.problems:
        typer.echo(f"{report.store}: {problem}")
    shown = len(report.problems)
    counted = f"{shown} problem{'s' if shown != 1 else ''}"
    if shown >= integrity.MAX_PROBLEMS:
        counted = f"at least {shown} problems"
    typer.echo(f"newsgraph: error: the store {report.store} is damaged: {counted} found by "
               f"{report.method}; {integrity.ADVICE}", err=True)
    raise typer.Exit(DAMAGED)


def register(app: typer.Typer) -> None:
    """Add ``check`` to ``app``."""
    app.command("check")(check_command)
