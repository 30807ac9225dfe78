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


# -- hostile inputs: each is one named failure, and the inputs after it are still read ----------


def test_each_hostile_file_is_one_named_failure(tmp_path: Path) -> None:
    from tests.ingest.hostile import write_bad_files

    expected = write_bad_files(tmp_path)
    items = list(read_documents(tmp_path))
    assert len(items) == len(expected)
    for item in items:
        assert isinstance(item, InputFailure)
        name = Path(item.source).name
        assert expected[name] in item.reason, (name, item.reason)


def test_utf16_text_with_or_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    from tests.ingest.hostile import ARTICLE, write_utf16_files

    write_utf16_files(tmp_path)
    items = list(read_documents(tmp_path))
    assert all(isinstance(item, Document) for item in items), items
    texts = {item.id: item.text for item in items if isinstance(item, Document)}
    assert texts["utf16-le"] == "The little-endian story. " + ARTICLE
    assert texts["utf16-be"] == "The big-endian story. " + ARTICLE
    assert texts["utf16-bom"] == "The story with a byte-order mark. " + ARTICLE


def test_one_hostile_jsonl_line_does_not_stop_the_lines_after_it(tmp_path: Path) -> None:
    from tests.ingest.hostile import deep_json, huge_integer_record, surrogate_record

    path = tmp_path / "batch.jsonl"
    good = [json.dumps({"id": f"good-{n}", "text": ENGLISH}) for n in range(3)]
    lines = [good[0], deep_json(), surrogate_record(), good[1], huge_integer_record(), good[2]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents(path))
    assert [item.id if isinstance(item, Document) else None for item in items] == [
        "good-0", None, None, "good-1", None, "good-2"
    ]
    reasons = [item.reason for item in items if isinstance(item, InputFailure)]
    assert "nested too deeply" in reasons[0]
    assert "lone surrogate" in reasons[1] and "U+DC00" in reasons[1]
    assert "5,000 digits" in reasons[2]
    sources = [item.source for item in items if isinstance(item, InputFailure)]
    assert sources == [f"{path}:2", f"{path}:3", f"{path}:5"]


def test_a_lone_surrogate_in_the_id_or_title_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "a\\ud800", "text": "' + ENGLISH + '"}\n'
        '{"id": "b", "title": "Bridge \\udfff", "text": "' + ENGLISH + '"}\n',
        encoding="utf-8",
    )
    first, second = read_documents(path)
    assert isinstance(first, InputFailure) and "the id holds a lone surrogate" in first.reason
    assert isinstance(second, InputFailure) and "the title holds a lone surrogate" in second.reason


def test_a_file_name_that_is_not_utf8_still_gives_a_printable_failure(tmp_path: Path) -> None:
    import os

    name = os.fsdecode(b"bad-\xff.txt")  # a lone surrogate in the str, as Python decodes such names
    (tmp_path / name).write_bytes(b"")
    (failure,) = read_documents(tmp_path)
    assert isinstance(failure, InputFailure)
    str(failure).encode("utf-8")  # printable and storable
    assert "\\udcff" in failure.source


def test_an_unreadable_published_date_is_a_warning_and_no_date(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    records = [
        {"id": "month-13", "text": ENGLISH, "published": "2024-13-45"},
        {"id": "words", "text": ENGLISH, "published": "yesterday"},
        {"id": "empty", "text": ENGLISH, "published": ""},
        {"id": "good", "text": ENGLISH, "published": "2024-05-06"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    default = dt.date(2024, 1, 2)
    month, words, empty, good = read_documents(path, published=default)
    assert isinstance(month, Document) and isinstance(words, Document)
    # Read as no date: the caller's default stands in, and the record will say why.
    assert month.published == default and words.published == default
    assert "'published'" in month.warnings[0] and "2024-13-45" in month.warnings[0]
    assert "yesterday" in words.warnings[0] and "2024-11-07" in words.warnings[0]
    assert isinstance(empty, Document) and empty.published == default and empty.warnings == []
    assert isinstance(good, Document) and good.published == dt.date(2024, 5, 6) and good.warnings == []


def test_a_reader_warning_reaches_the_record(tmp_path: Path) -> None:
    from newsgraph import extract_many

    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "x", "text": ENGLISH, "published": "2024-13-45"}), encoding="utf-8")
    (document,) = read_documents(path)
    assert isinstance(document, Document)
    (record,) = extract_many([document])
    assert record.article.published is None
    assert any("2024-13-45" in warning for warning in record.warnings)


def test_an_html_heading_is_its_own_paragraph(tmp_path: Path) -> None:
    # a heading without a full stop must not run into the paragraph under it: each block
    # element of the page is a paragraph of the text (a blank line between them)
    html = f"""<!DOCTYPE html><html><head><title>Storm live</title></head><body><article>
    <h1>Storm live</h1><p>{ENGLISH}</p><h2>Airport cancels 120 flights</h2>
    <p>The airport has cancelled 120 flights because of high winds, the operator said.</p>
    </article></body></html>"""
    path = tmp_path / "live.html"
    path.write_text(html, encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, Document)
    assert "Airport cancels 120 flights\n\nThe airport has cancelled" in item.text
