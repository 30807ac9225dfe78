"""The Phoenix actor and agent dictionaries as look-up tables (``data/cameo/actors.tsv``, ``agents.tsv``).

``scripts/convert_cameo.py`` converts the Phoenix dictionaries (countries and their
office holders with dated roles, international organisations, non-state armed groups;
agent nouns -> sector codes) into two TSV files; this module reads them into
dictionaries keyed by lower-cased name, kept on the pipeline's
:class:`~newsgraph.resources.Resources`. It is the base the project's own
``data/actors.yaml`` is layered on when the actors stage is wired to it; nothing here
changes what that stage does today.

CAMEO actor codes are a three-letter country (ISO alpha-3, or IGO / NGO / IMG) followed
by three-letter sector codes: ``AFGGOVBUS`` is Afghanistan, government, business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsgraph import resources
from newsgraph.errors import ConfigError

SHIPPED_DIR = Path(__file__).resolve().parents[1] / "data" / "cameo"
RESOURCE_NAME = "cameo_actors"


@dataclass(frozen=True)
class Period:
    """A code that held from ``start`` to ``end`` (inclusive; ``None`` = open)."""

    code: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class CameoActor:
    names: tuple[str, ...]
    #: The code outside every period (``None``: the dictionary gives none).
    code: str | None
    periods: tuple[Period, ...] = ()

    def code_on(self, day: dt.date | None) -> str | None:
        """The code that held on ``day``; the undated code when no period covers it."""
        if day is not None:
            for period in self.periods:
                if period.covers(day):
                    return period.code
        return self.code


@dataclass(frozen=True)
class Agent:
    code: str
    #: "after": the sector follows a country code (USA + GOV); "before": it precedes it (NGO + USA).
    attach: str


@dataclass
class CameoActors:
    actors: dict[str, CameoActor] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)

    def actor(self, name: str) -> CameoActor | None:
        """The actor known by ``name`` (any case, words separated by single spaces)."""
        return self.actors.get(" ".join(name.lower().split()))

    def agent(self, phrase: str) -> Agent | None:
        """The sector code of an agent noun phrase ("riot police" -> COP)."""
        return self.agents.get(" ".join(phrase.lower().split()))


def split_code(code: str) -> tuple[str, tuple[str, ...]]:
    """``AFGGOVBUS`` -> ("AFG", ("GOV", "BUS")): the country part and the sector parts."""
    return code[:3], tuple(code[i : i + 3] for i in range(3, len(code), 3))


def _date(text: str, path: Path) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: bad date {text!r} in a period") from exc


def _rows(path: Path) -> list[list[str]]:
    """The data rows of a generated TSV: comments and the header line skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]


def load_cameo_actors(directory: str | Path | None = None) -> CameoActors:
    """Read ``actors.tsv`` and ``agents.tsv`` from ``directory`` (default: the shipped data)."""
    return _load(str(directory) if directory is not None else str(SHIPPED_DIR))


@lru_cache(maxsize=2)
def _load(directory: str) -> CameoActors:
    base = Path(directory)
    book = CameoActors()
    actors_path = base / "actors.tsv"
    for row in _rows(actors_path):
        if len(row) != 3:
            raise ConfigError(f"{actors_path}: expected 3 tab-separated fields, got {row!r}")
        names_text, code, periods_text = row
        periods = []
        for item in filter(None, periods_text.split("|")):
            period_code, _, span = item.partition("@")
            start, _, end = span.partition("..")
            periods.append(Period(period_code, _date(start, actors_path), _date(end, actors_path)))
        actor = CameoActor(tuple(names_text.split("|")), code or None, tuple(periods))
        for name in actor.names:
            # The first file (countries) comes first in the table and wins a shared name.
            book.actors.setdefault(name, actor)
    agents_path = base / "agents.tsv"
    for row in _rows(agents_path):
        if len(row) != 3:
            raise ConfigError(f"{agents_path}: expected 3 tab-separated fields, got {row!r}")
        phrase, code, attach = row
        book.agents.setdefault(phrase, Agent(code, attach))
    return book


def get_cameo_actors() -> CameoActors:
    """The CAMEO actor tables of the pipeline running now (read once per pipeline)."""
    return resources.current().load(RESOURCE_NAME, load_cameo_actors)
