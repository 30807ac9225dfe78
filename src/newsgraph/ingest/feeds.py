"""RSS and Atom feeds: one ``Document`` per entry.

feedparser reads every feed dialect (RSS 0.9x/1.0/2.0, Atom, broken XML). An
entry whose feed carries the full story (``content:encoded``, Atom ``content``)
is read from the feed itself; an entry with only a summary is followed to its
page with httpx and the page's main text is taken by trafilatura, as for any
HTML input. Every entry gives a ``Document`` or an ``InputFailure`` naming the
entry, so one dead link never stops the feed.

Dates follow the readers' one rule: the entry's own date wins, then the date of
the page it links to, and the caller's ``published`` fills in when neither has one.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest.convert import (
    MAX_CHARS,
    document_from_html,
    document_from_text,
    guarded,
    short_error,
)
from newsgraph.ingest.document import Document, InputFailure, key_id

#: An entry whose own content has fewer characters of text than this is only a
#: teaser: the ingest follows its link to get the article.
MIN_FULL_TEXT = 600

USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph; news research)"
TIMEOUT = 20.0

Fetch = Callable[[str], tuple[str, str]]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str) -> tuple[str, str]:
    """``(text, final_url)`` of a web resource; raises ``httpx.HTTPError`` on failure."""
    import httpx

    with httpx.Client(follow_redirects=True, timeout=TIMEOUT, headers={"User-Agent": USER_AGENT}) as client:
        response = client.get(url)
        response.raise_for_status()
        return response.text, str(response.url)


def read_feed(
    source: str | Path,
    *,
    fetch_page: Fetch | None = None,
    follow_links: bool = True,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document | InputFailure]:
    """Documents from a feed file or URL.

    ``fetch_page`` gets pages (and a feed given by URL); it defaults to httpx and is
    a parameter so tests and offline runs can supply their own. With
    ``follow_links=False`` summary-only entries are read as they are. ``published``
    is the date of entries that have none of their own (nor their page).
    """
    import feedparser

    getter = fetch_page or fetch
    name = str(source)
    if is_url(name):
        try:
            body, final_url = getter(name)
        except Exception as exc:
            yield InputFailure(name, f"cannot fetch the feed ({short_error(exc)})")
            return
        try:
            parsed = feedparser.parse(body)
        except Exception as exc:  # feedparser is lenient, but a hostile body can still break it
            yield InputFailure(name, f"not an RSS or Atom feed ({short_error(exc)})")
            return
        if not parsed.entries and "<html" in body[:2000].lower():
            # Not a feed but a web page: read it as one article.
            yield guarded(
                name,
                document_from_html,
                body,
                name,
                url=final_url,
                published=published,
                max_chars=max_chars,
                default_id=key_id(final_url),
            )
            return
    else:
        path = Path(name)
        if not path.exists():
            yield InputFailure(name, "no such file")
            return
        try:
            parsed = feedparser.parse(path.read_bytes())
        except OSError as exc:
            yield InputFailure(name, f"cannot read: {exc.strerror or exc}")
            return
        except Exception as exc:
            yield InputFailure(name, f"not an RSS or Atom feed ({short_error(exc)})")
            return
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        reason = f"not an RSS or Atom feed ({short_error(problem)})" if problem else "the feed has no entries"
        yield InputFailure(name, reason)
        return
    outlet = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{name}#{number}"
        yield guarded(
            where,
            _entry_document,
            entry,
            where,
            outlet,
            getter if follow_links else None,
            published=published,
            max_chars=max_chars,
        )


def _entry_document(
    entry: Any,
    where: str,
    outlet: str | None,
    getter: Fetch | None,
    *,
    published: dt.date | None,
    max_chars: int,
) -> Document | InputFailure:
    link = _text(entry.get("link"))
    title = _text(entry.get("title"))
    entry_date = _entry_date(entry)
    doc_id = _text(entry.get("id")) or link
    doc_id = key_id(doc_id) if doc_id else None
    html = _entry_html(entry)
    text = _html_to_text(html) if html else ""
    if len(text) >= MIN_FULL_TEXT or not link or getter is None:
        if not text.strip():
            return InputFailure(where, "the entry has no text and no link to follow")
        return document_from_text(
            text,
            where,
            doc_id=doc_id,
            title=title,
            url=link,
            outlet=outlet,
            published=entry_date or published,
            author=_text(entry.get("author")),
            max_chars=max_chars,
        )
    try:
        page, final_url = getter(link)
    except Exception as exc:
        return InputFailure(f"{where} ({link})", f"cannot fetch the article ({short_error(exc)})")
    document = document_from_html(
        page,
        f"{where} ({link})",
        url=final_url or link,
        doc_id=doc_id,
        own_date=entry_date,
        published=published,
        max_chars=max_chars,
    )
    if isinstance(document, Document):
        document.title = document.title or title
        document.source = outlet or document.source
    return document


def _entry_html(entry: Any) -> str:
    """The fullest body the entry carries: ``content`` beats ``summary``."""
    best = ""
    for item in entry.get("content") or []:
        value = item.get("value") or ""
        if len(value) > len(best):
            best = value
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _html_to_text(html: str) -> str:
    """Paragraph text of an HTML fragment (feed bodies are fragments, not pages)."""
    if "<" not in html:
        return html.strip()
    import lxml.html  # type: ignore[import-untyped]

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:
        return ""
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    blocks = [
        " ".join(el.text_content().split()) for el in root.xpath(".//p|.//li|.//h1|.//h2|.//h3|.//blockquote")
    ]
    blocks = [b for b in blocks if b]
    if not blocks:
        return " ".join(root.text_content().split())
    return "\n\n".join(blocks)


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
