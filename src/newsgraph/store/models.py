"""What the store's read methods return: small pydantic models, ready for FastAPI and JSON.

Every row names the article it comes from (``article_id``) and its id inside that
article's record (``id``: ``q1``, ``ev2``...), so a caller can always link back to
``/articles/{article_id}`` and highlight the span. Cross-article actors have an
integer ``id`` of their own; per-article entity ids (``e1``) are kept beside it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, Field

T = TypeVar("T")

AddOutcome = Literal["added", "unchanged", "replaced"]
RunStatus = Literal["running", "finished", "interrupted"]


def _as_utc(value: dt.datetime) -> dt.datetime:
    """Stored times are UTC without a zone (the column type on both databases);
    give them their offset so JSON says ``...Z`` and no reader takes them for local time."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


#: A moment in time, always with its UTC offset in output (``2025-03-14T09:30:00Z``).
UtcDateTime = Annotated[dt.datetime, AfterValidator(_as_utc)]


class Page(BaseModel, Generic[T]):
    """One page of a list: ``total`` matches in all, ``items`` from ``offset`` on."""

    total: int
    limit: int | None = None
    offset: int = 0
    items: list[T] = Field(default_factory=list)


class ActorRef(BaseModel):
    """An actor as named in a row: the cross-article actor and the per-article entity."""

    id: int | None = None
    name: str
    type: str | None = None
    country: str | None = None
    entity_id: str | None = None


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    n_entities: int = 0
    n_quotes: int = 0
    n_events: int = 0
    n_claims: int = 0
    snippet: str | None = None
    ingested_at: UtcDateTime | None = None


#: What a row's ``confidence`` is (the OpenAPI schema shows it).
CONFIDENCE_HELP = (
    "how sure newsgraph is of the record, 0-1 (quotes and events: calibrated; claims and "
    "stances: a rule over their evidence); null in records stored before confidence existed"
)


class QuoteRow(BaseModel):
    id: str
    article_id: str
    article_title: str | None = None
    published: dt.date | None = None
    date: dt.date | None = Field(None, description="quote time where resolved to a day, else published")
    kind: str
    text: str = Field(description="the quoted content, spans joined with ' … '")
    start: int
    end: int
    cue: str | None = None
    speaker: ActorRef | None = None
    time: str | None = None
    negated: bool = Field(
        False, description="the source is reported as not saying this ('did not say whether ...')"
    )
    confidence: float | None = Field(None, description=CONFIDENCE_HELP)


class EventRow(BaseModel):
    id: str
    article_id: str
    article_title: str | None = None
    published: dt.date | None = None
    date: dt.date | None = Field(None, description="event time where resolved to a day, else published")
    category: str
    mode: str | None = None
    lemma: str
    trigger: str
    actors: list[ActorRef] = Field(default_factory=list)
    targets: list[ActorRef] = Field(default_factory=list)
    time: str | None = None
    place: str | None = None
    quote: str | None = None
    modality: str = "asserted"
    quad: int | None = None
    score: float | None = None
    evidence: str
    start: int
    end: int
    confidence: float | None = Field(None, description=CONFIDENCE_HELP)


#: What a claimant filter accepts (the CLI option and the API parameter say the same).
CLAIMANT_HELP = (
    'Claimant name; "narrator" for the article\'s own claims, '
    '"unresolved" for claims in quotes whose speaker is not resolved'
)


class ClaimRow(BaseModel):
    id: str
    article_id: str
    article_title: str | None = None
    published: dt.date | None = None
    text: str
    start: int
    end: int
    claimant: ActorRef | None = Field(None, description=(
        "None when the narrator makes the claim, or when it is in a quote (`quote`) "
        "whose speaker is unresolved"
    ))
    quantities: list[dict[str, object]] = Field(default_factory=list)
    quote: str | None = None
    confidence: float | None = Field(None, description=CONFIDENCE_HELP)


class StanceRow(BaseModel):
    id: str
    article_id: str
    article_title: str | None = None
    published: dt.date | None = None
    holder: ActorRef
    target: ActorRef
    polarity: str
    evidence: list[str] = Field(default_factory=list, description="quote/event ids in the same article")
    confidence: float | None = Field(None, description=CONFIDENCE_HELP)


class RoleRow(BaseModel):
    """A title an actor held, as one article states it, dated by that article."""

    title: str
    org: str | None = None
    article_id: str
    published: dt.date | None = None


class ActorSummary(BaseModel):
    id: int
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = Field(default_factory=list)
    n_articles: int = 0
    n_mentions: int = 0
    n_quotes: int = 0
    n_events: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


class ActorDetail(ActorSummary):
    roles: list[RoleRow] = Field(default_factory=list)
    quotes: list[QuoteRow] = Field(default_factory=list)
    events_as_actor: list[EventRow] = Field(default_factory=list)
    events_as_target: list[EventRow] = Field(default_factory=list)
    stances_held: list[StanceRow] = Field(default_factory=list)
    stances_received: list[StanceRow] = Field(default_factory=list)
    articles: list[ArticleSummary] = Field(default_factory=list)


class DayCount(BaseModel):
    date: dt.date
    category: str
    count: int


class TimelineItem(BaseModel):
    """One dated thing an actor did, said or was: an event, a quote or a role."""

    date: dt.date | None
    kind: Literal["event", "quote", "role"]
    article_id: str
    record_id: str | None = None
    category: str | None = None
    text: str


class Timeline(BaseModel):
    actor: ActorSummary | None = None
    items: list[TimelineItem] = Field(default_factory=list)
    days: list[DayCount] = Field(default_factory=list, description="events per day and category")


class SearchHit(BaseModel):
    kind: Literal["article", "quote", "event", "claim", "actor"]
    article_id: str | None = None
    record_id: str | None = None
    actor_id: int | None = None
    title: str | None = None
    snippet: str
    published: dt.date | None = None


class SearchResults(BaseModel):
    query: str
    total: int
    articles: list[SearchHit] = Field(default_factory=list)
    quotes: list[SearchHit] = Field(default_factory=list)
    events: list[SearchHit] = Field(default_factory=list)
    claims: list[SearchHit] = Field(default_factory=list)
    actors: list[SearchHit] = Field(default_factory=list)


class Evidence(BaseModel):
    article_id: str
    record_id: str
    kind: Literal["event", "stance", "quote"]
    text: str | None = None


class GraphNode(BaseModel):
    id: int
    name: str
    type: str
    country: str | None = None
    weight: int = Field(0, description="edges touching this node")


class GraphEdge(BaseModel):
    source: int
    target: int
    relation: str = Field(description="event category (ACCUSE, CONSULT...) or STANCE")
    polarity: Literal["positive", "negative", "neutral"]
    count: int
    evidence: list[Evidence] = Field(default_factory=list)


class Graph(BaseModel):
    nodes: list[GraphNode] = Field(default_factory=list)
    edges: list[GraphEdge] = Field(default_factory=list)


class Counts(BaseModel):
    articles: int = 0
    actors: int = 0
    entities: int = 0
    mentions: int = 0
    quotes: int = 0
    events: int = 0
    times: int = 0
    claims: int = 0
    stances: int = 0
    ingest_runs: int = 0
    ingest_errors: int = 0


class IngestRun(BaseModel):
    """One ingest run. ``status`` is ``running`` while it goes, ``finished`` when it
    completed, ``interrupted`` when it stopped early (marked by the next ingest
    when the process was killed, and then ``finished_at`` stays empty)."""

    id: int
    started_at: UtcDateTime
    finished_at: UtcDateTime | None = None
    status: RunStatus = "finished"
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    host: str | None = None
    pid: int | None = None
    last_active_at: UtcDateTime | None = None


class IngestError(BaseModel):
    run_id: int | None
    source: str
    error: str
    at: UtcDateTime
