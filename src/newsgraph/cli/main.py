"""The ``newsgraph`` command. Each command group lives in its own module and
registers itself here, so stages' owners can add commands without touching others."""

from __future__ import annotations

import sys

import typer

from newsgraph.cli import batch, check, corpus, evaluate, extract, serve, train

app = typer.Typer(
    name="newsgraph",
    help="Who said what, who did what to whom, when and where — from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (extract, evaluate, corpus, check, serve, batch, train):
    module.register(app)


def main() -> None:
    """Entry point: user errors become one line on stderr and exit status 2."""
    from newsgraph.errors import NewsgraphError

    try:
        app()
    except NewsgraphError as exc:
        print(f"newsgraph: error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        sys.exit(130)
