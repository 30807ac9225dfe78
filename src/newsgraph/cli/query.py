"""CLI: the corpus queries — quotes, events, claims, stances, timeline, search, actors.

Each prints a rich table in the terminal, or ``--format json`` (the full models)
/ ``--format csv`` (the table's columns) for other programs.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from newsgraph.cli.options import (
    DbOption,
    FormatOption,
    MinConfidenceOption,
    QueryFormat,
    date_option,
    open_db,
)
from newsgraph.cli.tables import emit, emit_page
from newsgraph.errors import NewsgraphError
from newsgraph.store.models import CLAIMANT_HELP


class QuoteKindChoice(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


def quotes_command(
    speaker: str | None = typer.Option(None, help="Speaker name (any part, e.g. a surname)"),
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)"),
    text: str | None = typer.Option(None, "--text", "-t", help="Words the quote contains (full text)"),
    kind: QuoteKindChoice | None = typer.Option(None, help="Only direct, indirect or mixed quotes"),
    about: str | None = typer.Option(
        None, help="Only quotes whose words mention this actor (name, alias or country code: USA)"
    ),
    min_confidence: MinConfidenceOption = None,
    limit: int = typer.Option(50, min=1),
    offset: int = typer.Option(0, min=0),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Who said what: quotes from the corpus, newest first."""
    with open_db(db) as store:
        page = store.quotes(
            speaker,
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
            q=text,
            kind=kind.value if kind else None,
            about=about,
            min_confidence=min_confidence,
            limit=limit,
            offset=offset,
        )
    emit_page(
        page,
        [
            ("date", "date"),
            ("speaker", "speaker"),
            ("kind", "kind"),
            ("confidence", "conf."),
            ("text", "quote"),
            ("article_id", "article"),
            ("id", "id"),
        ],
        fmt,
        title="quotes",
    )


def events_command(
    actor: str | None = typer.Option(None, help="Actor name or 3-letter country code (e.g. AFG)"),
    target: str | None = typer.Option(None, help="Target name or country code"),
    category: str | None = typer.Option(
        None, help="Event category, e.g. ACCUSE (comma-separated for several)"
    ),
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)"),
    min_confidence: MinConfidenceOption = None,
    limit: int = typer.Option(50, min=1),
    offset: int = typer.Option(0, min=0),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Who did what to whom: events from the corpus, newest first."""
    with open_db(db) as store:
        page = store.events(
            actor,
            target=target,
            category=category,
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
            min_confidence=min_confidence,
            limit=limit,
            offset=offset,
        )
    emit_page(
        page,
        [
            ("date", "date"),
            ("category", "category"),
            ("confidence", "conf."),
            ("actors", "actors"),
            ("trigger", "trigger"),
            ("targets", "targets"),
            ("evidence", "evidence"),
            ("article_id", "article"),
            ("id", "id"),
        ],
        fmt,
        title="events",
    )


def claims_command(
    claimant: str | None = typer.Option(None, help=CLAIMANT_HELP),
    text: str | None = typer.Option(None, "--text", "-t", help="Words the claim contains (full text)"),
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)"),
    min_confidence: MinConfidenceOption = None,
    limit: int = typer.Option(50, min=1),
    offset: int = typer.Option(0, min=0),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Check-worthy claims (figures, records, firsts) and who makes them, newest first."""
    with open_db(db) as store:
        page = store.claims(
            claimant,
            q=text,
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
            min_confidence=min_confidence,
            limit=limit,
            offset=offset,
        )
    emit_page(
        page,
        [
            ("published", "published"),
            ("claimant", "claimant"),
            ("confidence", "conf."),
            ("text", "claim"),
            ("article_id", "article"),
            ("id", "id"),
        ],
        fmt,
        title="claims",
    )


class PolarityChoice(StrEnum):
    positive = "positive"
    negative = "negative"


def stances_command(
    holder: str | None = typer.Option(None, help="Who holds the attitude (name or country code)"),
    target: str | None = typer.Option(None, help="Whom it is about (name or country code)"),
    polarity: PolarityChoice | None = typer.Option(None, help="Only positive or negative stances"),
    min_confidence: MinConfidenceOption = None,
    limit: int = typer.Option(50, min=1),
    offset: int = typer.Option(0, min=0),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Who is for or against whom, with the quotes and events that show it, newest first."""
    with open_db(db) as store:
        page = store.stances(
            holder,
            target=target,
            polarity=polarity.value if polarity else None,
            min_confidence=min_confidence,
            limit=limit,
            offset=offset,
        )
    emit_page(
        page,
        [
            ("published", "published"),
            ("holder", "holder"),
            ("polarity", "polarity"),
            ("target", "target"),
            ("confidence", "conf."),
            ("evidence", "evidence"),
            ("article_id", "article"),
            ("id", "id"),
        ],
        fmt,
        title="stances",
    )


def timeline_command(
    actor: Annotated[str, typer.Argument(help="Actor name or id")],
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)"),
    category: str | None = typer.Option(None, help="Only events of this category"),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """What one actor did, said and was, in date order."""
    with open_db(db) as store:
        timeline = store.timeline(
            actor,
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
            category=category,
        )
    if timeline.actor is None:
        raise NewsgraphError(f"no actor matches {actor!r} (try `newsgraph actors --top 50`)")
    rows = [i.model_dump(mode="json") for i in timeline.items]
    emit(
        rows,
        [
            ("date", "date"),
            ("kind", "kind"),
            ("category", "category"),
            ("text", "what"),
            ("article_id", "article"),
            ("record_id", "id"),
        ],
        fmt,
        title=f"timeline of {timeline.actor.name}",
        raw=timeline.model_dump(mode="json"),
    )


def search_command(
    text: Annotated[str, typer.Argument(help='Words (all must match) or a "quoted phrase"')],
    limit: int = typer.Option(20, min=1, help="Hits per kind"),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Full-text search over articles, quotes, events, claims and actor names."""
    with open_db(db) as store:
        results = store.search(text, limit=limit)
    hits = [*results.articles, *results.quotes, *results.events, *results.claims, *results.actors]
    rows = [h.model_dump(mode="json") for h in hits]
    emit(
        rows,
        [
            ("kind", "kind"),
            ("published", "published"),
            ("title", "title"),
            ("snippet", "snippet"),
            ("article_id", "article"),
            ("record_id", "id"),
            ("actor_id", "actor"),
        ],
        fmt,
        title=f"search {text!r}",
        total=results.total,
        raw=results.model_dump(mode="json"),
    )


def actors_command(
    top: int | None = typer.Option(None, help="Only the N most mentioned"),
    name: str | None = typer.Option(None, "--name", "-n", help="Name contains"),
    type: str | None = typer.Option(None, "--type", help="PERSON, ORG, GPE, ..."),
    limit: int = typer.Option(50, min=1),
    offset: int = typer.Option(0, min=0),
    db: DbOption = None,
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Actors across the corpus, most mentioned first."""
    with open_db(db) as store:
        page = store.actors(top, q=name, type=type, limit=limit, offset=offset)
    emit_page(
        page,
        [
            ("id", "id"),
            ("name", "name"),
            ("type", "type"),
            ("country", "country"),
            ("n_articles", "articles"),
            ("n_mentions", "mentions"),
            ("n_quotes", "quotes"),
            ("n_events", "events"),
            ("first_seen", "first"),
            ("last_seen", "last"),
            ("aliases", "also named"),
        ],
        fmt,
        title="actors",
    )


def register(app: typer.Typer) -> None:
    """Add the query commands to ``app``."""
    app.command("quotes")(quotes_command)
    app.command("events")(events_command)
    app.command("claims")(claims_command)
    app.command("stances")(stances_command)
    app.command("timeline")(timeline_command)
    app.command("search")(search_command)
    app.command("actors")(actors_command)
