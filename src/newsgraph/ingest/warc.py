"""WARC files (e.g. Common Crawl News): one ``Document`` per archived HTML page.

warcio reads plain and gzipped WARC (record by record, never the whole file in
memory). Only ``response`` (and ``resource``) records whose HTTP status is 2xx and
whose content type is HTML are pages; requests, metadata, robots.txt and images
are passed over silently. Each page goes through the same trafilatura path as an
HTML file, so its date is read the same way: the page's own, from its markup only
(``convert``: never a year guessed from the text). When it has none, the crawl
date (``WARC-Date``) stands in, which for a news crawl is within a day or two of
publication. Both are the input's own date, so by the readers' one rule they win
over the caller's ``published``, which fills in only for a record without a
readable ``WARC-Date``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest.convert import MAX_CHARS, document_from_html, guarded, short_error
from newsgraph.ingest.document import Document, InputFailure, key_id

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    path: str | Path,
    *,
    max_page_bytes: int = 5_000_000,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document | InputFailure]:
    """Documents from the HTML responses in a WARC file; ``published`` is the date of
    pages that have none (neither in their markup nor a crawl date)."""
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
                item = guarded(where, _page, record, where, max_page_bytes, published, max_chars)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            yield InputFailure(name, f"not a readable WARC file ({short_error(exc)})")
        except Exception as exc:  # truncated gzip, bad chunk, a header warcio cannot parse
            yield InputFailure(name, f"the WARC file is damaged ({short_error(exc)})")
            return
        if warc_records == 0:
            yield InputFailure(name, "not a WARC file (no WARC records in it)")


def _page(
    record: Any, where: str, max_bytes: int, published: dt.date | None, max_chars: int
) -> Document | InputFailure | None:
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
    return document_from_html(
        html,
        label,
        url=url,
        doc_id=key_id(url) if url else None,
        published=crawled or published,  # after the page's own date, before the caller's
        max_chars=max_chars,
    )


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
