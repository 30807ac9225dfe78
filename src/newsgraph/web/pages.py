"""Jinja2 environment and the context an article page needs, shared by all UI routes.

Templates are autoescaped; article text reaches them only as ``Markup`` built
by ``render.highlight``, which escapes every piece of text itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from newsgraph.records import Record
from newsgraph.web import assets
from newsgraph.web.render import LAYERS, anchor, collect_annotations, highlight, layer_counts

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def static_url(name: str) -> str:
    """URL of a static file, with its modification time so browsers refetch after upgrades."""
    path = STATIC / name
    version = int(path.stat().st_mtime) if path.exists() else 0
    return f"/ui/static/{name}?v={version}"


def safe_url(value: str | None) -> str | None:
    """Only http(s) links from article metadata become hrefs (no ``javascript:`` URLs)."""
    if not value:
        return None
    return value if urlsplit(value).scheme.lower() in ("http", "https") else None


def query(base: str, **params: Any) -> str:
    """``base`` with the non-empty ``params`` as a query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "", [])}
    return f"{base}?{urlencode(kept, doseq=True)}" if kept else base


_QUOTE_MARKS = "\"'“”‘’«»„‚‹›"


def unquote_marks(value: str) -> str:
    """A quotation without its own outer quote marks, so the page can add one pair."""
    return value.strip().strip(_QUOTE_MARKS).strip()


def _focus_ids(record: Record, focus: str | None) -> list[str]:
    """The annotation ids to mark for ``?hl=``: the record itself, or a stance's evidence."""
    if not focus:
        return []
    stance = next((s for s in record.stances if s.id == focus), None)
    return [focus, *stance.evidence] if stance else [focus]


def evidence_url(article_id: str, record_id: str | None, layer: str | None = None) -> str:
    """The article page with one record marked (``?hl=``) and scrolled to (``#layer-id``)."""
    base = f"/ui/articles/{quote(article_id, safe='')}"
    if not record_id:
        return base
    url = query(base, hl=record_id)
    return f"{url}#{layer}-{record_id}" if layer else url


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        static=static_url,
        anchor=anchor,
        layers=LAYERS,
        query=query,
        vendor=assets.available,
        quote_path=lambda value: quote(str(value), safe=""),
        evidence_url=evidence_url,
    )
    env.filters["safe_url"] = safe_url
    env.filters["unquote"] = unquote_marks
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def article_context(
    record: Record,
    focus: str | None = None,
    entity_url: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """Everything ``_article_body.html`` needs for ``record``.

    ``entity_url`` maps an entity id of this record to the page about it; the
    default (used by the paste box, where nothing is stored) searches by name.
    """
    names: Mapping[str, str] = {e.id: e.name for e in record.entities}
    layer_of = {q.id: "quotes" for q in record.quotes} | {e.id: "events" for e in record.events}
    layer_of |= {c.id: "claims" for c in record.claims}
    time_values = {t.id: t.value or t.text for t in record.times}

    def by_name(entity_id: str) -> str:
        return query("/ui/search", q=names.get(entity_id, entity_id))

    link = entity_url or by_name
    spans = collect_annotations(record, link)

    return {
        "record": record,
        "focus": focus,
        "highlighted": highlight(record.article.text, spans, focus=_focus_ids(record, focus)),
        "counts": layer_counts(spans),
        "names": names,
        "entity_url": link,
        "evidence_anchor": lambda ident: anchor(layer_of.get(ident, "quotes"), ident),
        "when": lambda value: time_values.get(value, value) if value else None,
    }
