"""RSS and Atom feeds: full-content entries are read from the feed, teasers are followed to their page."""

from __future__ import annotations

import datetime as dt
import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsgraph.ingest.document import Document
from newsgraph.ingest.feeds import read_feed
from newsgraph.ingest.readers import InputFailure, read_documents
from newsgraph.synthetic import article


def page(index: int, *, published: str | None = "2024-05-02") -> str:
    """A news page around synthetic article ``index``, shaped like a real article page."""
    item = article(index, seed=7)
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in item.text.split("\n\n")[1:] if p.strip())
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(item.title)}</title>{meta}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{html.escape(item.title)}</h1>{body}</article>"
        "<footer>Copyright Harbour Wire</footer></body></html>"
    )


def full_text(index: int) -> str:
    return article(index, seed=7).text


@contextmanager
def serve(routes: dict[str, tuple[str, str]]) -> Iterator[str]:
    """Serve ``{path: (content_type, body)}`` on 127.0.0.1 (a free port); yield the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = routes.get(self.path)
            if found is None:
                self.send_error(404)
                return
            content_type, body = found
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def rss(base: str) -> str:
    full = "".join(f"<p>{html.escape(p)}</p>" for p in full_text(1).split("\n\n")[1:])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Wire</title><link>{base}/</link><description>News</description>
<item><title>Full story in the feed</title><link>{base}/story-1</link><guid>story-1</guid>
  <pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate>
  <description>A short teaser.</description>
  <content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Only a teaser</title><link>{base}/story-2</link><guid>story-2</guid>
  <pubDate>Wed, 08 May 2024 09:00:00 GMT</pubDate>
  <description>The mayor spoke about the levy.</description></item>
<item><title>A dead link</title><link>{base}/gone</link><guid>story-3</guid>
  <description>Nothing here.</description></item>
</channel></rss>"""


def test_rss_entries_full_and_followed(tmp_path: Path) -> None:
    with serve({"/story-2": ("text/html; charset=utf-8", page(2))}) as base:
        feed = tmp_path / "wire.rss"
        feed.write_text(rss(base), encoding="utf-8")
        items = list(read_feed(feed))
    assert len(items) == 3
    first, second, third = items
    assert isinstance(first, Document)
    assert first.published == dt.date(2024, 5, 7)
    assert first.url == f"{base}/story-1" and first.source == "Harbour Wire"
    assert "talks" in first.text or "said" in first.text
    assert isinstance(second, Document), second
    assert second.url == f"{base}/story-2"
    assert second.published == dt.date(2024, 5, 8)  # the feed's date wins over the page's
    assert second.text.split("\n")[0] in page(2)
    assert isinstance(third, InputFailure)
    assert "404" in third.reason and "gone" in third.source


def test_a_feed_file_is_recognised_by_the_folder_reader(tmp_path: Path) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_text(rss("http://127.0.0.1:9"), encoding="utf-8")
    items = list(read_documents(feed))
    assert isinstance(items[0], Document)
    assert all(isinstance(i, InputFailure) for i in items[1:])  # nothing listens on port 9


def test_a_feed_by_url_and_a_page_by_url() -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian</title><id>urn:m</id>
<updated>2024-06-01T00:00:00Z</updated>
<entry><title>Atom story</title><id>urn:m:1</id><updated>2024-06-01T08:00:00Z</updated>
<link href="http://127.0.0.1:9/x"/>
<content type="html">{html.escape(full_text(3))}</content></entry></feed>"""
    with serve({"/atom": ("application/atom+xml", atom), "/page": ("text/html", page(4))}) as base:
        (entry,) = read_feed(f"{base}/atom")
        (single,) = read_feed(f"{base}/page")
        (missing,) = read_feed(f"{base}/nothing")
    assert isinstance(entry, Document) and entry.published == dt.date(2024, 6, 1)
    assert entry.source == "Meridian"
    assert isinstance(single, Document) and single.url == f"{base}/page"
    assert isinstance(missing, InputFailure) and "cannot fetch" in missing.reason


def test_not_a_feed(tmp_path: Path) -> None:
    bad = tmp_path / "notes.rss"
    bad.write_text("this is not XML at all", encoding="utf-8")
    (item,) = read_feed(bad)
    assert isinstance(item, InputFailure)
    (missing,) = read_feed(tmp_path / "absent.rss")
    assert isinstance(missing, InputFailure) and "no such file" in missing.reason


def test_ingesting_a_feed_by_url_stores_its_articles(tmp_path: Path) -> None:
    from newsgraph.corpus import ingest
    from newsgraph.store import open_store

    routes = {"/story-2": ("text/html; charset=utf-8", page(2))}
    with serve(routes) as base:
        routes["/feed"] = ("application/rss+xml", rss(base))  # the feed links to its own server
        store = open_store(f"sqlite:///{tmp_path / 'feed.db'}")
        summary = ingest([f"{base}/feed"], store)
    assert (summary.added, summary.failed) == (2, 1)
    urls = {a.url for a in store.articles().items}
    assert urls == {f"{base}/story-1", f"{base}/story-2"}
    assert "gone" in store.errors().items[0].source
    store.close()


def test_an_entry_whose_page_breaks_the_reader_is_one_failure_and_the_next_entry_is_read(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "wire.rss"
    base = "http://127.0.0.1:9"  # never contacted: the fetch below answers
    feed.write_text(rss(base), encoding="utf-8")

    def broken_then_fine(url: str) -> tuple[str, str]:
        if url.endswith("story-2"):
            return None, url  # type: ignore[return-value]  # a body the HTML reader cannot take
        return page(3), url

    first, second, third = read_feed(feed, fetch_page=broken_then_fine)
    assert isinstance(first, Document)
    assert isinstance(second, InputFailure) and second.source.endswith("wire.rss#2")
    assert "cannot read (AttributeError" in second.reason
    assert isinstance(third, Document) and third.url == f"{base}/gone"
