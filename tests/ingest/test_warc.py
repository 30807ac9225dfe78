"""WARC files (as Common Crawl News writes them): HTML responses become documents, the rest is passed over."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import InputFailure, read_documents
from newsgraph.ingest.warc import read_warc
from tests.ingest.test_feeds import page


def _response(
    writer: WARCWriter,
    url: str,
    status: str,
    content_type: str,
    body: bytes,
    date: str = "2024-05-03T10:00:00Z",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
    )
    writer.write_record(record)


def build_warc(path: Path) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/", "warcinfo", payload=BytesIO(b"software: test\r\n")
            )
        )
        request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/a", "request", payload=BytesIO(b""), http_headers=request
            )
        )
        _response(
            writer,
            "https://news.example.org/a",
            "200 OK",
            "text/html; charset=utf-8",
            page(5).encode("utf-8"),
        )
        _response(
            writer,
            "https://news.example.org/b",
            "200 OK",
            "text/html; charset=iso-8859-1",
            page(6, published=None).encode("latin-1", "replace"),
            date="2024-05-09T23:00:00Z",
        )
        _response(writer, "https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        _response(writer, "https://news.example.org/old", "404 Not Found", "text/html", b"<html>gone</html>")
        _response(
            writer,
            "https://news.example.org/empty",
            "200 OK",
            "text/html",
            b"<html><body><nav>Home</nav></body></html>",
        )


def test_html_responses_become_documents(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc)
    items = list(read_warc(warc))
    documents = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert [d.url for d in documents] == ["https://news.example.org/a", "https://news.example.org/b"]
    assert documents[0].published == dt.date(2024, 5, 2)  # the page's own date
    assert documents[1].published == dt.date(2024, 5, 9)  # no date on the page: the crawl date
    assert documents[0].id != documents[1].id
    assert len(failures) == 1 and "empty" in failures[0].source  # no article text on that page
    # The folder reader hands .warc.gz files to the WARC reader.
    assert len(list(read_documents(warc))) == 3


def test_a_damaged_warc_is_one_failure(tmp_path: Path) -> None:
    bad = tmp_path / "broken.warc"
    bad.write_bytes(b"this is not a WARC file\r\n\r\n")
    items = list(read_warc(bad))
    assert len(items) == 1 and isinstance(items[0], InputFailure)
    (missing,) = read_warc(tmp_path / "absent.warc")
    assert isinstance(missing, InputFailure)


def test_ingesting_a_warc_file(tmp_path: Path) -> None:
    from newsgraph.corpus import ingest
    from newsgraph.store import open_store

    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc)
    store = open_store(f"sqlite:///{tmp_path / 'warc.db'}")
    summary = ingest([str(warc)], store)
    assert (summary.added, summary.failed) == (2, 1)
    assert {a.url for a in store.articles().items} == {
        "https://news.example.org/a",
        "https://news.example.org/b",
    }
    again = ingest([str(warc)], store)
    assert (again.added, again.unchanged) == (0, 2)
    store.close()
