"""WARC files (e.g. Common Crawl News): one ``Document`` per archived HTML page.

warcio reads plain and gzipped WARC (record by record, never the whole file in
memory). Only ``response`` (and ``resource``) records whose HTTP status is 2xx and
whose content type is HTML are pages; requests, metadata, robots.txt and images
are passed over silently. Each page goes through the same trafilatura path as an
HTML file. The publication date is the page's own, read from its metadata only
(htmldate without its free-text search, which guesses from any year in the
text); when it has none, the crawl date (``WARC-Date``) stands in, which for a
news crawl is within a day or two of publication.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import InputFailure, document_from_html, guarded

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str | Path, *, max_page_bytes: int = 5_000_000) -> Iterator[Document | InputFailure]:
    """Documents from the HTML responses in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator finishes
    except OSError as exc:
        yield InputFailure(name, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        warc_records = 0
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if not str(record.format).startswith("warc"):
                    continue  # warcio also reads old ARC files, and reads junk as ARC
                warc_records += 1
                where = f"{name}#{number}"
                item = guarded(where, _page, record, where, max_page_bytes)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            yield InputFailure(name, f"not a readable WARC file ({_short(exc)})")
        except Exception as exc:  # truncated gzip, bad chunk, a header warcio cannot parse
            yield InputFailure(name, f"the WARC file is damaged ({_short(exc)})")
            return
        if warc_records == 0:
            yield InputFailure(name, "not a WARC file (no WARC records in it)")


def _page(record: Any, where: str, max_bytes: int) -> Document | InputFailure | None:
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        content_type = (http.get_header("Content-Type") or "").lower()
        if not status.startswith("2"):
            return None
    else:
        content_type = (record.rec_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return None
    label = f"{where} ({url})" if url else where
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return InputFailure(label, f"the page is larger than {max_bytes:,} bytes")
    html = _decode(raw, content_type)
    crawled = _warc_date(record.rec_headers.get_header("WARC-Date"))
    published = _page_date(html, url) or crawled
    return document_from_html(html, label, url=url, doc_id=_id_for(url) if url else None, published=published)


def _page_date(html: str, url: str | None) -> dt.date | None:
    """The publication date a page declares in its markup (meta tags, JSON-LD, <time>)."""
    from htmldate import find_date

    try:
        value = find_date(html, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate raises several kinds on broken markup
        return None
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _decode(raw: bytes, content_type: str) -> str:
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("utf-8", "replace")


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _id_for(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _short(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0][:120] if text else type(exc).__name__
