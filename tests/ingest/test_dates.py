"""One date rule for every input format: the input's own date wins, ``published`` fills in.

Each test gives the caller's date (``--published``) as 2030-01-01, a day no input
here carries, so whichever date an article ends up with says where it came from.
"""

from __future__ import annotations

import datetime as dt
import json
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest.document import Document, InputFailure
from newsgraph.ingest.feeds import read_feed
from newsgraph.ingest.readers import read_documents, read_sources
from newsgraph.ingest.warc import read_warc
from tests.ingest.test_feeds import full_text, page

OPTION = dt.date(2030, 1, 1)
PAGE_DATE = dt.date(2024, 5, 2)  # what ``page()`` declares in its <meta> tag


def documents(items: object) -> list[Document]:
    found = list(items)  # type: ignore[call-overload]
    assert all(isinstance(item, Document) for item in found), found
    return found


def test_a_text_file_has_no_date_of_its_own_so_the_option_is_its_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(full_text(1), encoding="utf-8")
    (document,) = documents(read_documents(tmp_path / "a.txt", published=OPTION))
    assert document.published == OPTION


def test_an_html_page_keeps_its_own_date_and_the_option_fills_in_a_page_without_one(
    tmp_path: Path,
) -> None:
    (tmp_path / "dated.html").write_text(page(1), encoding="utf-8")
    (tmp_path / "undated.html").write_text(page(2, published=None), encoding="utf-8")
    dated, undated = documents(read_documents(tmp_path, published=OPTION))
    assert dated.published == PAGE_DATE
    assert undated.published == OPTION


def test_a_json_record_keeps_its_own_date_and_the_option_fills_in(tmp_path: Path) -> None:
    lines = [
        {"id": "dated", "text": full_text(1), "published": "2024-03-04"},
        {"id": "undated", "text": full_text(2)},
        {"id": "page", "html": page(3)},
        {"id": "page-and-record", "html": page(4), "published": "2024-03-05"},
        {"id": "undated-page", "html": page(5, published=None)},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    found = {d.id: d.published for d in documents(read_documents(path, published=OPTION))}
    assert found == {
        "dated": dt.date(2024, 3, 4),
        "undated": OPTION,
        "page": PAGE_DATE,  # the page's own date
        "page-and-record": dt.date(2024, 3, 5),  # the record states it: it outranks the page's markup
        "undated-page": OPTION,
    }


def _feed(tmp_path: Path) -> Path:
    body = "".join(f"<p>{p}</p>" for p in full_text(1).split("\n\n")[1:])
    feed = tmp_path / "wire.rss"
    feed.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Wire</title><link>http://127.0.0.1:9/</link><description>News</description>
<item><title>Dated</title><link>http://127.0.0.1:9/1</link><guid>1</guid>
  <pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate><content:encoded><![CDATA[{body}]]></content:encoded></item>
<item><title>Undated, full text</title><link>http://127.0.0.1:9/2</link><guid>2</guid>
  <content:encoded><![CDATA[{body}]]></content:encoded></item>
<item><title>Undated teaser, dated page</title><link>http://127.0.0.1:9/3</link><guid>3</guid>
  <description>A teaser.</description></item>
<item><title>Undated teaser, undated page</title><link>http://127.0.0.1:9/4</link><guid>4</guid>
  <description>A teaser.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    return feed


def _pages(url: str) -> tuple[str, str]:
    """The linked pages, served without a network: page 3 has a date, page 4 none."""
    return (page(3) if url.endswith("/3") else page(4, published=None)), url


def test_a_feed_entry_keeps_its_own_date_then_its_pages_and_the_option_fills_in(tmp_path: Path) -> None:
    found = documents(read_feed(_feed(tmp_path), fetch_page=_pages, published=OPTION))
    assert [d.published for d in found] == [dt.date(2024, 5, 7), OPTION, PAGE_DATE, OPTION]


def _warc(path: Path) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, (body, crawled) in enumerate(
            [
                (page(1), "2024-05-09T10:00:00Z"),  # the page's own date
                (page(2, published=None), "2024-05-10T10:00:00Z"),  # no page date: the crawl date
                (page(3, published=None), "not a date"),  # neither: the option
            ],
            start=1,
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example.org/{number}",
                    "response",
                    payload=BytesIO(body.encode("utf-8")),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": crawled},
                )
            )


def test_a_warc_page_keeps_its_own_date_then_the_crawl_date_and_the_option_fills_in(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    found = documents(read_warc(path, published=OPTION))
    assert [d.published for d in found] == [PAGE_DATE, dt.date(2024, 5, 10), OPTION]


def test_read_sources_gives_the_option_to_every_format(tmp_path: Path) -> None:
    """The corpus runner's entry point threads ``published`` to feeds and WARC files too."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(full_text(1), encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc)
    feed = _feed(tmp_path)
    items = list(read_sources([str(folder), str(warc), str(feed)], published=OPTION))
    dates = [i.published if isinstance(i, Document) else i for i in items]
    # The text file; the WARC's third page; the feed's undated full-text entry. (The
    # teasers' links point at a closed port: they fail, named, and are not dated.)
    assert dates[:5] == [OPTION, PAGE_DATE, dt.date(2024, 5, 10), OPTION, dt.date(2024, 5, 7)]
    assert dates[5] == OPTION
    assert all(isinstance(i, InputFailure) for i in dates[6:])
