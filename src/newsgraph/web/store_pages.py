"""UI pages that read the corpus store: lists with filters, the article, actor, timeline and graph views.

Form values arrive as strings and may be empty or malformed; a bad date is
reported on the page (and ignored) rather than answered with a JSON 422, since
a person typed it. Unknown ids get an HTML 404 page.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from newsgraph.api.auth import require_read
from newsgraph.api.errors import ApiError
from newsgraph.records import Record
from newsgraph.store import QUOTE_KINDS
from newsgraph.web.pages import article_context, evidence_url, query, render

router = APIRouter(prefix="/ui", include_in_schema=False, dependencies=[Depends(require_read)])

PAGE_SIZE = 50
MAX_PAGE = 500
LAYER_OF_KIND = {"quote": "quotes", "event": "events", "claim": "claims", "stance": "stances"}


def _store(request: Request) -> Any:
    store = request.app.state.store
    if store is None:
        raise ApiError(503, "no store", "this server has no corpus store (start it with --db URL)")
    return store


class Params:
    """Query parameters of a UI page, parsed leniently; problems become notes shown on the page."""

    def __init__(self, request: Request) -> None:
        self.raw = {k: v.strip() for k, v in request.query_params.items() if v.strip()}
        self.notes: list[str] = []

    def text(self, name: str) -> str | None:
        return self.raw.get(name)

    def date(self, name: str) -> dt.date | None:
        value = self.raw.get(name)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.notes.append(f"Ignored {name}={value!r}: dates look like 2024-11-07.")
            self.raw.pop(name)
            return None

    def choice(self, name: str, allowed: tuple[str, ...]) -> str | None:
        value = self.raw.get(name)
        if value is None or value in allowed:
            return value
        self.notes.append(f"Ignored {name}={value!r}: use one of {', '.join(allowed)}.")
        self.raw.pop(name)
        return None

    def integer(self, name: str, default: int, low: int = 0, high: int | None = None) -> int:
        value = self.raw.get(name)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            self.notes.append(f"Ignored {name}={value!r}: not a whole number.")
            self.raw.pop(name)
            return default
        number = max(low, number)
        return min(high, number) if high is not None else number

    def fraction(self, name: str) -> float | None:
        """A number from 0 to 1 (``min_confidence``); anything else is a note and ignored."""
        value = self.raw.get(name)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not 0.0 <= number <= 1.0:  # also NaN
            self.notes.append(f"Ignored {name}={value!r}: use a number from 0 to 1, e.g. 0.8.")
            self.raw.pop(name)
            return None
        return number

    def filters(self) -> dict[str, str]:
        """The parameters to keep in pager links (everything but the paging itself)."""
        return {k: v for k, v in self.raw.items() if k not in ("limit", "offset")}


def html(template: str, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(template, request=request, **context), status_code=status)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    store = _store(request)
    counts = await run_in_threadpool(store.counts)
    articles = await run_in_threadpool(lambda: store.articles(limit=10))
    return html("index.html", request, counts=counts, articles=articles, filtered=False)


@router.get("/articles", response_class=HTMLResponse)
async def articles_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    since, until = p.date("since"), p.date("until")
    limit, offset = p.integer("limit", PAGE_SIZE, 1, MAX_PAGE), p.integer("offset", 0)
    page = await run_in_threadpool(lambda: store.articles(
        p.text("q"), since=since, until=until, source=p.text("source"), limit=limit, offset=offset))
    return html("articles.html", request, articles=page, params=p.filters(), notes=p.notes,
                filtered=bool(p.filters()))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str) -> HTMLResponse:
    store = _store(request)
    record: Record | None = await run_in_threadpool(store.article, article_id)
    if record is None:
        raise ApiError(404, "not found", f"No article with id {article_id!r}.")
    actor_ids: dict[str, int] = await run_in_threadpool(store.entity_actors, article_id)
    names = {e.id: e.name for e in record.entities}

    def entity_url(entity_id: str) -> str:
        if entity_id in actor_ids:
            return f"/ui/actors/{actor_ids[entity_id]}"
        # No actor behind this entity (its name normalises to nothing): search for the
        # words rather than guess an actor by name, which could be a namesake.
        return query("/ui/search", q=names.get(entity_id, entity_id))

    context = article_context(record, focus=request.query_params.get("hl"), entity_url=entity_url)
    return html("article.html", request, **context)


@router.get("/quotes", response_class=HTMLResponse)
async def quotes_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    since, until = p.date("since"), p.date("until")
    limit, offset = p.integer("limit", PAGE_SIZE, 1, MAX_PAGE), p.integer("offset", 0)
    actor_id = p.integer("actor", 0) or None
    kind = p.choice("kind", QUOTE_KINDS)
    page = await run_in_threadpool(lambda: store.quotes(
        p.text("speaker"), actor_id=actor_id, since=since, until=until, q=p.text("q"),
        article_id=p.text("article"), kind=kind, about=p.text("about"),
        min_confidence=p.fraction("min_confidence"), limit=limit, offset=offset))
    return html("quotes.html", request, page=page, params=p.filters(), notes=p.notes)


@router.get("/events", response_class=HTMLResponse)
async def events_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    since, until = p.date("since"), p.date("until")
    limit, offset = p.integer("limit", PAGE_SIZE, 1, MAX_PAGE), p.integer("offset", 0)
    actor_id = p.integer("actor_id", 0) or None
    category = (p.text("category") or "").upper() or None
    page = await run_in_threadpool(lambda: store.events(
        p.text("actor"), target=p.text("target"), category=category, since=since, until=until,
        actor_id=actor_id, article_id=p.text("article"), min_confidence=p.fraction("min_confidence"),
        limit=limit, offset=offset))
    timeline = await run_in_threadpool(store.timeline)
    categories = sorted({d.category for d in timeline.days} | ({category} if category else set()))
    return html("events.html", request, page=page, params=p.filters(), notes=p.notes, categories=categories)


@router.get("/claims", response_class=HTMLResponse)
async def claims_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    since, until = p.date("since"), p.date("until")
    limit, offset = p.integer("limit", PAGE_SIZE, 1, MAX_PAGE), p.integer("offset", 0)
    page = await run_in_threadpool(lambda: store.claims(
        p.text("claimant"), q=p.text("q"), since=since, until=until, article_id=p.text("article"),
        min_confidence=p.fraction("min_confidence"), limit=limit, offset=offset))
    return html("claims.html", request, page=page, params=p.filters(), notes=p.notes)


@router.get("/stances", response_class=HTMLResponse)
async def stances_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    limit, offset = p.integer("limit", PAGE_SIZE, 1, MAX_PAGE), p.integer("offset", 0)
    polarity = p.text("polarity") if p.text("polarity") in ("positive", "negative") else None
    page = await run_in_threadpool(lambda: store.stances(
        p.text("holder"), target=p.text("target"), polarity=polarity, article_id=p.text("article"),
        min_confidence=p.fraction("min_confidence"), limit=limit, offset=offset))
    return html("stances.html", request, page=page, params=p.filters(), notes=p.notes)


@router.get("/actors", response_class=HTMLResponse)
async def actors_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    limit, offset = p.integer("limit", PAGE_SIZE, 1, MAX_PAGE), p.integer("offset", 0)
    page = await run_in_threadpool(lambda: store.actors(
        q=p.text("q"), type=(p.text("type") or "").upper() or None, limit=limit, offset=offset))
    return html("actors.html", request, page=page, params=p.filters(), notes=p.notes)


@router.get("/actors/{actor_key}", response_class=HTMLResponse)
async def actor_page(request: Request, actor_key: str) -> HTMLResponse:
    store = _store(request)
    key: int | str = int(actor_key) if actor_key.isdigit() else actor_key
    detail = await run_in_threadpool(store.actor, key)
    if detail is None:
        raise ApiError(404, "not found", f"No actor {actor_key!r}.")
    return html("actor.html", request, actor=detail, chart=_actor_chart(detail),
                roles=sorted(detail.roles, key=lambda r: (r.published or dt.date.min, r.title)),
                quotes=sorted(detail.quotes, key=lambda q: q.date or q.published or dt.date.min))


def _actor_chart(detail: Any) -> dict[str, Any]:
    """Quotes and events (as actor, as target) per month, for the actor page's chart."""
    months: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    series = {"quotes": detail.quotes, "acts": detail.events_as_actor, "is targeted": detail.events_as_target}
    for label, rows in series.items():
        for row in rows:
            day = row.date or row.published
            if day is not None:
                months[day.strftime("%Y-%m")][label] += 1
    dates = sorted(months)
    links = {"quotes": ("/ui/quotes", {"actor": detail.id}), "acts": ("/ui/events", {"actor_id": detail.id}),
             "is targeted": ("/ui/events", {"target": detail.name})}
    return {
        "dates": dates,
        "series": [
            {"label": label, "counts": [months[d][label] for d in dates],
             "urls": [query(links[label][0], **links[label][1], **_month_bounds(d)) for d in dates]}
            for label in series
        ],
    }


def _month_bounds(month: str) -> dict[str, str]:
    """since/until covering ``month`` (YYYY-MM)."""
    year, mon = (int(x) for x in month.split("-"))
    first = dt.date(year, mon, 1)
    last = dt.date(year + (mon == 12), mon % 12 + 1, 1) - dt.timedelta(days=1)
    return {"since": first.isoformat(), "until": last.isoformat()}


@router.get("/timeline", response_class=HTMLResponse)
async def timeline_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    since, until = p.date("since"), p.date("until")
    category = (p.text("category") or "").upper() or None
    timeline = await run_in_threadpool(lambda: store.timeline(since=since, until=until, category=category))
    dates = sorted({d.date for d in timeline.days})
    categories = sorted({d.category for d in timeline.days})
    table: dict[tuple[dt.date, str], int] = {(d.date, d.category): d.count for d in timeline.days}
    chart = {
        "dates": [d.isoformat() for d in dates],
        "series": [
            {"label": c, "counts": [table.get((d, c), 0) for d in dates],
             "urls": [query("/ui/events", category=c, since=d.isoformat(), until=d.isoformat())
                      for d in dates]}
            for c in categories
        ],
    }
    return html("timeline.html", request, chart=chart, dates=dates, categories=categories, table=table,
                params=p.filters(), notes=p.notes)


@router.get("/graph", response_class=HTMLResponse)
async def graph_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    since, until = p.date("since"), p.date("until")
    actor = p.text("actor")
    key: int | str | None = int(actor) if actor and actor.isdigit() else actor
    min_count = p.integer("min_count", 1, 1)
    graph = await run_in_threadpool(lambda: store.graph(actor=key, since=since, until=until,
                                                        min_count=min_count, limit=300))
    names = {n.id: n.name for n in graph.nodes}
    edges = [_drawn_edge(group, names) for group in _edge_groups(graph.edges)]
    nodes = [{"id": str(n.id), "label": n.name, "type": n.type, "weight": n.weight,
              "url": f"/ui/actors/{n.id}"} for n in graph.nodes]
    return html("graph.html", request, data={"nodes": nodes, "edges": edges}, edges=edges,
                params=p.filters(), notes=p.notes)


def _edge_groups(edges: list[Any]) -> list[list[Any]]:
    """The store's edges (one per relation) grouped by source, target and polarity.

    Two actors linked by "accuses", "criticises" and a negative stance are drawn
    as one red edge labelled with all three, so a busy pair stays legible.
    """
    groups: dict[tuple[int, int, str], list[Any]] = defaultdict(list)
    for edge in edges:
        groups[(edge.source, edge.target, edge.polarity)].append(edge)
    return list(groups.values())


def _drawn_edge(group: list[Any], names: dict[int, str]) -> dict[str, Any]:
    first = group[0]
    evidence = [ev for edge in group for ev in edge.evidence]
    if len(evidence) == 1:
        url = evidence_url(evidence[0].article_id, evidence[0].record_id, LAYER_OF_KIND.get(evidence[0].kind))
    else:
        url = query("/ui/graph/edge", source=first.source, target=first.target, polarity=first.polarity)
    relations = sorted({edge.relation for edge in group})
    return {"source": str(first.source), "target": str(first.target), "polarity": first.polarity,
            "count": sum(edge.count for edge in group), "label": ", ".join(r.lower() for r in relations),
            "relation": ", ".join(relations), "url": url,
            "source_name": names.get(first.source, str(first.source)),
            "target_name": names.get(first.target, str(first.target))}


@router.get("/graph/edge", response_class=HTMLResponse)
async def graph_edge_page(request: Request) -> HTMLResponse:
    """The evidence behind one edge of the network: each event, quote or stance, linked to its span."""
    store, p = _store(request), Params(request)
    source, target = p.integer("source", 0), p.integer("target", 0)
    relation, polarity = p.text("relation"), p.text("polarity")
    graph = await run_in_threadpool(lambda: store.graph(actor=source, limit=2000))
    group = [e for e in graph.edges if e.source == source and e.target == target
             and relation in (None, e.relation) and polarity in (None, e.polarity)]
    if not group:
        raise ApiError(404, "not found", "No such link between these actors.")
    names = {n.id: n.name for n in graph.nodes}
    items = [{"url": evidence_url(ev.article_id, ev.record_id, LAYER_OF_KIND.get(ev.kind)), "kind": ev.kind,
              "relation": e.relation, "text": ev.text or ev.record_id, "article_id": ev.article_id}
             for e in group for ev in e.evidence]
    return html("edge.html", request, edge=_drawn_edge(group, names), items=items)


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request) -> HTMLResponse:
    store, p = _store(request), Params(request)
    q = p.text("q")
    results = await run_in_threadpool(store.search, q) if q else None
    return html("search.html", request, results=results, q=q or "", params=p.filters())
