"""Reading inputs: every bad-input class gives a named, one-line failure, never an exception."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import InputFailure, read_documents

ENGLISH = (
    "Mayor Lina Ostrow said on Monday that the city would reopen the old bridge next spring, "
    "after engineers found the repairs cheaper than expected."
)


def read_one(path: Path, **kwargs: object) -> Document | InputFailure:
    items = list(read_documents(path, **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    item = read_one(path, published=dt.date(2024, 5, 6))
    assert isinstance(item, Document)
    assert item.text == ENGLISH and item.id == "bridge" and item.published == dt.date(2024, 5, 6)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, InputFailure)
    assert "empty" in item.reason and str(path) in str(item)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 20)
    item = read_one(path)
    assert isinstance(item, InputFailure) and "binary" in item.reason


def test_non_utf8_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = ENGLISH.replace("Ostrow", "Östrow") + " The café on the corner will stay open."
    path.write_bytes(text.encode("latin-1"))
    item = read_one(path)
    assert isinstance(item, Document)
    assert "Östrow" in item.text and "café" in item.text


def test_huge_text_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(ENGLISH * (20_000_000 // len(ENGLISH)), encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, InputFailure)
    assert "characters" in item.reason and "limit" in item.reason


def test_non_english_article(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(
        "Die Bürgermeisterin sagte am Montag, die Stadt werde die alte Brücke im nächsten Frühjahr "
        "wieder öffnen, nachdem Ingenieure die Reparaturen günstiger als erwartet gefunden hatten.",
        encoding="utf-8",
    )
    item = read_one(path)
    assert isinstance(item, InputFailure) and "'de'" in item.reason


def test_html_article_gets_text_and_metadata(tmp_path: Path) -> None:
    body = " ".join([ENGLISH] * 3)
    html = f"""<!DOCTYPE html><html><head><title>Bridge to reopen</title>
    <meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>
    <body><nav>Home | World</nav><article><h1>Bridge to reopen</h1><p>{body}</p>
    <p>Residents welcomed the news, the council said.</p></article></body></html>"""
    path = tmp_path / "bridge.html"
    path.write_text(html, encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, Document)
    assert "Lina Ostrow" in item.text and "Home | World" not in item.text
    assert item.title == "Bridge to reopen"
    assert item.published == dt.date(2024, 5, 6)


def test_html_without_body(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, InputFailure) and "no article text" in item.reason


def test_malformed_html_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>" + ENGLISH + "<div><<<</p></span>", encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, Document | InputFailure)


def test_jsonl_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ENGLISH, "published": "2024-05-06"}),
        "{not json",
        json.dumps({"id": "c", "title": "Bridge", "text": ENGLISH}),
        json.dumps({"id": "d", "body": "no text field"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents(path))
    assert [type(i).__name__ for i in items] == ["Document", "InputFailure", "Document", "InputFailure"]
    first, bad, third, missing = items
    assert isinstance(first, Document) and first.published == dt.date(2024, 5, 6)
    assert isinstance(bad, InputFailure) and bad.source.endswith(":2")
    assert isinstance(third, Document) and third.text.startswith("Bridge\n\n")
    assert isinstance(missing, InputFailure) and "text" in missing.reason


def test_folder_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "two.txt").write_text(ENGLISH + " Another line.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    items = list(read_documents(tmp_path))
    assert len(items) == 2 and all(isinstance(i, Document) for i in items)


def test_missing_path() -> None:
    items = list(read_documents("/no/such/article.txt"))
    assert isinstance(items[0], InputFailure) and "no such file" in items[0].reason
