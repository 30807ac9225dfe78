"""What every read query shares: matching a user's name to actors.

A name filter (``speaker="Harris"``, ``actor="AFG"``) matches an actor by name or
alias, folded (case and accents ignored), as a substring; a three-letter upper-case
code also matches the actors of that country; a name without letters or digits
matches nothing (it would otherwise be a substring of every name).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, false, select

from newsgraph.store.connection import Database
from newsgraph.store.identity import fold
from newsgraph.store.schema import actor_aliases, actors, articles

_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")

#: Largest integer a SQLite or PostgreSQL BIGINT column holds; larger ids cannot exist.
MAX_ID = 2**63 - 1

#: The columns of an article in a list (the articles page, an actor's articles): its
#: metadata and counts, never its text or stored record.
ARTICLE_SUMMARY_COLUMNS = (
    articles.c.id,
    articles.c.title,
    articles.c.url,
    articles.c.source,
    articles.c.published,
    articles.c.n_entities,
    articles.c.n_quotes,
    articles.c.n_events,
    articles.c.n_claims,
    articles.c.ingested_at,
)


def names_something(name: str) -> bool:
    """Whether a name filter has a letter or digit: one that folds to nothing ("!!", " ")
    would otherwise be a substring of every name and match every row."""
    return bool(fold(name))


class QueryBase(Database):
    """The read side's base: the actor-name matcher every filter uses, and the actor columns."""

    def _actor_ids(self, name: str) -> Select[tuple[int]]:
        """Actors whose name or an alias contains ``name``; a three-letter upper-case
        code also matches actors of that country; a name without letters or digits, none."""
        folded = fold(name)
        by_name = select(actor_aliases.c.actor_id).where(
            actor_aliases.c.norm.contains(folded, autoescape=True) if folded else false()
        )
        if _COUNTRY_CODE.match(name.strip()):
            return by_name.union(select(actors.c.id).where(actors.c.country == name.strip()))  # type: ignore[return-value]
        return by_name

    def _actor_stats(self) -> Select[Any]:
        """Actors some stored article mentions, with their kept-up-to-date counts."""
        return select(
            actors.c.id,
            actors.c.name,
            actors.c.type,
            actors.c.country,
            actors.c.sector,
            actors.c.n_articles,
            actors.c.n_mentions,
            actors.c.n_quotes,
            actors.c.n_events,
            actors.c.first_seen,
            actors.c.last_seen,
        ).where(actors.c.n_articles > 0)
