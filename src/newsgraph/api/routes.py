"""JSON endpoints over the store: paginated reads with filters, and ``POST /articles`` to ingest.

Each read endpoint is a thin mapping of query parameters onto one ``Store``
method, returning the store's own pydantic models, so the OpenAPI schema, the
JSON and the UI all describe the same rows. Every list answers
``{"total", "limit", "offset", "items"}``.

Integers are bounded in their declarations (an id or offset past 2**63 - 1 is a
422, not a driver overflow), dates must be ``YYYY-MM-DD``, and each route
declares the errors it can give, with the ``ErrorBody`` model, in the OpenAPI.
A name filter with no letter or digit in it ("!!") matches nothing: the store
folds names to their words, and an empty fold used to match every row.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from newsgraph.api.auth import require_read, require_write
from newsgraph.api.errors import ApiError, error_responses
from newsgraph.api.extraction import (
    REQUEST_BODY_DOC,
    PublishedQuery,
    load_json,
    parse_request,
    run_extract,
    to_document,
)
from newsgraph.api.limits import MAX_INT64, IsoDate, actor_key
from newsgraph.records import SCHEMA_VERSION, QuoteKind, Record
from newsgraph.store.models import (
    CLAIMANT_HELP,
    ActorDetail,
    ActorSummary,
    ArticleSummary,
    ClaimRow,
    Counts,
    EventRow,
    Graph,
    Page,
    QuoteRow,
    SearchResults,
    StanceRow,
    Timeline,
)
from newsgraph.store.writes import DuplicateText

router = APIRouter(dependencies=[Depends(require_read)])
writes = APIRouter()

MAX_LIMIT = 500
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (1-{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_INT64, description="Items to skip")]
ActorId = Annotated[int | None, Query(ge=1, le=MAX_INT64, description="An actor id (see /actors)")]
Since = Annotated[IsoDate | None, Query(description="On or after this date (YYYY-MM-DD)")]
Until = Annotated[IsoDate | None, Query(description="On or before this date (YYYY-MM-DD)")]
NameFilter = Annotated[str | None, Query(description="A name (substring) or a country code such as AFG")]
ArticleFilter = Annotated[str | None, Query(alias="article", description="Only rows from this article id")]
MinConfidence = Annotated[float | None, Query(
    ge=0, le=1, description="Only records at least this sure (0-1; e.g. 0.8 for a high-precision view). "
    "Records without a confidence (stored before it existed) are kept without this parameter or at 0, "
    "and dropped by any value above 0",
)]


def store_of(request: Request) -> Any:
    """The app's store, or 503 when the server was started without one."""
    store = request.app.state.store
    if store is None:
        raise ApiError(503, "no store", "this server has no corpus store (start it with --db URL)")
    return store


Store = Annotated[Any, Depends(store_of)]

#: Errors every store-backed read can give besides the global ones (see ``errors.document_errors``).
READ_ERRORS = error_responses(503)
#: ... and those that name one article or actor.
ONE_ERRORS = error_responses(404, 503)


def _upper(value: str | None) -> str | None:
    return value.strip().upper() if value and value.strip() else None


def _check_range(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise ApiError(422, "invalid request", f"since ({since}) is after until ({until})")


@router.get("/articles", response_model=Page[ArticleSummary], tags=["articles"],
            summary="Articles, newest first", responses=READ_ERRORS)
def list_articles(store: Store, q: Annotated[str | None, Query(description="Full-text query")] = None,
                  source: str | None = None, since: Since = None, until: Until = None,
                  limit: Limit = 50, offset: Offset = 0) -> Any:
    _check_range(since, until)
    return store.articles(q or None, since=since, until=until, source=source or None, limit=limit,
                          offset=offset)


@router.get("/articles/{article_id}", response_model=Record, response_model_by_alias=True,
            tags=["articles"], summary="The full newsgraph/1 record of one article", responses=ONE_ERRORS)
def get_article(store: Store, article_id: Annotated[str, Path()]) -> Any:
    record = store.article(article_id)
    if record is None:
        raise ApiError(404, "not found", f"no article with id {article_id!r}")
    return record


@router.get("/articles/{article_id}/actors", response_model=dict[str, int], tags=["articles"],
            summary="The corpus actor of each entity of one article: {entity id: actor id}",
            responses=ONE_ERRORS)
def get_article_actors(store: Store, article_id: Annotated[str, Path()]) -> Any:
    """Entities whose name gives no actor are left out; ``/actors/{id}`` describes each actor."""
    if not store.has_document(article_id=article_id):
        raise ApiError(404, "not found", f"no article with id {article_id!r}")
    return store.entity_actors(article_id)


@router.get("/quotes", response_model=Page[QuoteRow], tags=["records"], summary="Quotes, newest first",
            responses=READ_ERRORS)
def list_quotes(store: Store,
                speaker: Annotated[str | None, Query(description="Speaker name or alias (substring)")] = None,
                actor_id: ActorId = None,
                q: Annotated[str | None, Query(description="Words in the quote")] = None,
                kind: Annotated[QuoteKind | None, Query(description="direct, indirect or mixed")] = None,
                about: Annotated[str | None, Query(
                    description="An actor the quoted words mention (name, alias or 3-letter country code)"
                )] = None,
                since: Since = None, until: Until = None, article_id: ArticleFilter = None,
                min_confidence: MinConfidence = None, limit: Limit = 50, offset: Offset = 0) -> Any:
    _check_range(since, until)
    return store.quotes(speaker or None, actor_id=actor_id, since=since, until=until, q=q or None,
                        article_id=article_id or None, kind=kind, about=about or None,
                        min_confidence=min_confidence, limit=limit, offset=offset)


@router.get("/events", response_model=Page[EventRow], tags=["records"], summary="Events, newest first",
            responses=READ_ERRORS)
def list_events(store: Store,
                actor: NameFilter = None, target: NameFilter = None,
                category: Annotated[str | None, Query(description="PLOVER category, e.g. ACCUSE")] = None,
                actor_id: ActorId = None, since: Since = None, until: Until = None,
                article_id: ArticleFilter = None, min_confidence: MinConfidence = None,
                limit: Limit = 50, offset: Offset = 0) -> Any:
    _check_range(since, until)
    return store.events(actor or None, target=target or None, category=_upper(category),
                        since=since, until=until, actor_id=actor_id, article_id=article_id or None,
                        min_confidence=min_confidence, limit=limit, offset=offset)


@router.get("/actors", response_model=Page[ActorSummary], tags=["actors"],
            summary="Actors, most-mentioned first", responses=READ_ERRORS)
def list_actors(store: Store, q: Annotated[str | None, Query(description="Name or alias (substring)")] = None,
                type: Annotated[str | None, Query(description="Entity type, e.g. PERSON, ORG, GPE")] = None,
                limit: Limit = 50, offset: Offset = 0) -> Any:
    return store.actors(q=q or None, type=_upper(type), limit=limit, offset=offset)


@router.get("/actors/{actor_id}", response_model=ActorDetail, tags=["actors"],
            summary="One actor: roles over time, quotes, events as actor and target, stances",
            responses=ONE_ERRORS)
def get_actor(store: Store, actor_id: Annotated[str, Path(description="Actor id or a name")]) -> Any:
    detail = store.actor(actor_key(actor_id))
    if detail is None:
        raise ApiError(404, "not found", f"no actor {actor_id!r}")
    return detail


@router.get("/timeline", response_model=Timeline, tags=["actors"],
            summary="Events per day and category, or one actor's dated events, quotes and roles",
            responses=READ_ERRORS)
def get_timeline(store: Store, actor: Annotated[str | None, Query(description="Actor id or name")] = None,
                 category: str | None = None, since: Since = None, until: Until = None) -> Any:
    _check_range(since, until)
    return store.timeline(actor_key(actor) if actor else None, since=since, until=until,
                          category=_upper(category))


@router.get("/search", response_model=SearchResults, tags=["records"],
            summary="Full-text search over articles, quotes, events, claims and actor names",
            responses=READ_ERRORS)
def search(store: Store, q: Annotated[str, Query(min_length=1, description="Words to find")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Any:
    return store.search(q, limit=limit)


@router.get("/claims", response_model=Page[ClaimRow], tags=["records"], summary="Check-worthy claims",
            responses=READ_ERRORS)
def list_claims(store: Store, claimant: Annotated[str | None, Query(description=CLAIMANT_HELP)] = None,
                q: str | None = None, since: Since = None, until: Until = None,
                article_id: ArticleFilter = None, min_confidence: MinConfidence = None,
                limit: Limit = 50, offset: Offset = 0) -> Any:
    _check_range(since, until)
    return store.claims(claimant or None, q=q or None, since=since, until=until,
                        article_id=article_id or None, min_confidence=min_confidence, limit=limit,
                        offset=offset)


@router.get("/stances", response_model=Page[StanceRow], tags=["records"],
            summary="Who is for or against whom, with evidence", responses=READ_ERRORS)
def list_stances(store: Store, holder: str | None = None, target: str | None = None,
                 polarity: Literal["positive", "negative"] | None = None, article_id: ArticleFilter = None,
                 min_confidence: MinConfidence = None, limit: Limit = 50, offset: Offset = 0) -> Any:
    return store.stances(holder or None, target=target or None, polarity=polarity,
                         article_id=article_id or None, min_confidence=min_confidence, limit=limit,
                         offset=offset)


@router.get("/graph", response_model=Graph, tags=["actors"],
            summary="The actor network: who criticises, supports, meets whom", responses=READ_ERRORS)
def get_graph(store: Store,
              actor: Annotated[str | None, Query(description="Only edges touching this actor")] = None,
              since: Since = None, until: Until = None,
              min_count: Annotated[int, Query(ge=1, le=MAX_INT64)] = 1,
              limit: Annotated[int, Query(ge=1, le=2000, description="Most edges returned")] = 200) -> Any:
    _check_range(since, until)
    return store.graph(actor=actor_key(actor) if actor else None, since=since, until=until,
                       min_count=min_count, limit=limit)


@router.get("/counts", response_model=Counts, tags=["meta"], summary="How much the corpus holds",
            responses=READ_ERRORS)
def get_counts(store: Store) -> Any:
    return store.counts()


class AddResult(BaseModel):
    """What ``POST /articles`` did: ``added``, ``unchanged`` (same text stored) or ``replaced``."""

    id: str
    outcome: Literal["added", "unchanged", "replaced"]
    url: str
    record: Record


@writes.post(
    "/articles",
    status_code=201,
    response_model=AddResult,
    response_model_by_alias=True,
    tags=["articles"],
    summary="Analyse an article and add it to the store (needs the write token)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                **REQUEST_BODY_DOC["requestBody"]["content"],
                "application/vnd.newsgraph.record+json": {
                    "schema": {"type": "object"}, "description": "an already extracted newsgraph/1 record"},
            },
        }
    },
    dependencies=[Depends(require_write)],
    responses=error_responses(400, 409, 415, 503),
)
async def add_article(request: Request, published: PublishedQuery = None) -> Any:
    """Text or HTML (as for ``/extract``), or a ``newsgraph/1`` record (a JSON object with
    ``schema`` and ``article``), which is stored as given.

    Replacing a stored article (same URL or id) with text that *another* stored
    article already has is refused with 409 naming that article: two articles
    may not hold the same text, and silently dropping either would lose one.
    """
    store = store_of(request)
    body = await request.body()
    content_type = request.headers.get("content-type", "")
    record = _record_if_given(body, content_type)
    if record is None:
        parsed = parse_request(body, content_type, published)
        document = to_document(parsed, max_chars=request.app.state.max_chars)
        record = await run_extract(request, document)
    try:
        outcome = await run_in_threadpool(store.add_record, record)
    except DuplicateText as exc:
        raise ApiError(409, "duplicate text", {
            "problem": f"article {exc.holder_id!r} already has this text, so {exc.article_id!r} "
                       "cannot be replaced by it",
            "article_id": exc.holder_id,
        }, headers={"Location": _article_url(exc.holder_id)}) from exc
    result = AddResult(id=record.article.id, outcome=outcome, url=_article_url(record.article.id),
                       record=record)
    status = 201 if outcome in ("added", "replaced") else 200
    return JSONResponse(result.model_dump(mode="json", by_alias=True), status_code=status,
                        headers={"Location": result.url})


def _article_url(article_id: str) -> str:
    """The article's path, percent-encoded: it goes into a ``Location`` header, which is Latin-1."""
    return f"/articles/{quote(article_id, safe='')}"


def _record_if_given(body: bytes, content_type: str) -> Record | None:
    """A full record when the body is one (it has ``schema`` and ``article``), else None."""
    media = content_type.split(";", 1)[0].strip().lower()
    if not (media in ("", "application/json") or media.endswith("+json")) or not body.strip():
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None  # parse_request says "bad encoding"
    data = load_json(text)
    if not (isinstance(data, dict) and "article" in data and "schema" in data):
        return None
    if data["schema"] != SCHEMA_VERSION:
        raise ApiError(422, "invalid record", f"schema {data['schema']!r} is not {SCHEMA_VERSION!r}")
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        problems = [{"where": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]}
                    for e in exc.errors()[:20]]
        raise ApiError(422, "invalid record", problems) from exc
