"""CLI: ``newsgraph train resolver|person-names|calibration``: fit and write the learned components."""

from __future__ import annotations

from pathlib import Path

import typer

#: ``../shared/data`` beside the repository, where the public datasets live.
DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
#: The model file the package ships and loads.
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "resolver" / "model.json"
#: The shipped person-name model (``newsgraph.entities.person_names``).
PERSON_NAMES_OUT = Path(__file__).resolve().parents[1] / "data" / "person_names" / "model.json"
#: The folder of the shipped confidence calibrations.
CALIBRATION_OUT = Path(__file__).resolve().parents[1] / "data" / "calibration"


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

    @train_app.command("person-names")
    def person_names(
        data: Path = typer.Option(DEFAULT_DATA, help="Folder with gum/ and gap/ (../shared/data)"),
        out: Path = typer.Option(PERSON_NAMES_OUT, help="Where to write the model JSON"),
    ) -> None:
        """Fit the "is this capitalised name a person" decision on GUM train + GAP dev."""
        from newsgraph.errors import NewsgraphError
        from newsgraph.training.person_names import train as train_person_names

        for name in ("gum/train.jsonl", "gap/gap-development.tsv"):
            if not (data / name).is_file():
                raise NewsgraphError(f"{data / name}: no such file (give --data the folder of the datasets)")
        train_person_names(data, out, log=lambda message: typer.echo(message, err=True))

    @train_app.command("calibration")
    def calibration(
        data: Path = typer.Option(DEFAULT_DATA, help="Folder with polnear/ and plover/ (../shared/data)"),
        out: Path = typer.Option(CALIBRATION_OUT, help="Folder to write quotes.json and events.json into"),
        only: str | None = typer.Option(None, help="Fit one record type only: quote or event"),
        limit: int | None = typer.Option(None, min=1, help="Use only the first N gold records (a quick try)"),
    ) -> None:
        """Fit the confidence of quotes (PolNeAR train) and events (PLOVER dev, tune half)."""
        from newsgraph.confidence import CalibratedType
        from newsgraph.errors import NewsgraphError
        from newsgraph.training.calibration import train as train_calibration

        which: tuple[CalibratedType, ...] = ("quote", "event")
        if only is not None:
            if only not in which:
                raise NewsgraphError(f"--only must be quote or event, not {only!r}")
            which = ("quote",) if only == "quote" else ("event",)
        for name in ("polnear/train.jsonl", "plover/gsr-dev.jsonl"):
            if not (data / name).is_file():
                raise NewsgraphError(f"{data / name}: no such file (give --data the folder of the datasets)")
        train_calibration(
            data, out, which=which, limit=limit, log=lambda message: typer.echo(message, err=True)
        )
