"""CLI: ``newsgraph train resolver`` fits and writes the learned pronoun resolver."""

from __future__ import annotations

from pathlib import Path

import typer

#: ``../shared/data`` beside the repository, where the public datasets live.
DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
#: The model file the package ships and loads.
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "resolver" / "model.json"


def register(app: typer.Typer) -> None:
    train_app = typer.Typer(help="Train newsgraph's learned components.", no_args_is_help=True)
    app.add_typer(train_app, name="train")

    @train_app.command("resolver")
    def resolver(
        data: Path = typer.Option(DEFAULT_DATA, help="Folder with gum/ and gap/ (../shared/data)"),
        out: Path = typer.Option(DEFAULT_OUT, help="Where to write the model JSON"),
    ) -> None:
        """Fit the pronoun resolver (when to trust the rules' links) on GUM train + GAP dev."""
        from newsgraph.training.resolver import train

        train(data, out, log=lambda message: typer.echo(message, err=True))
