"""Acceptance: the seed article with typical page furniture added gives the same quotes,
speakers and entities as the clean copy."""

from __future__ import annotations

import datetime as dt

from newsgraph import Record, extract
from tests.conftest import shared_file
from tests.furniture.helpers import assert_nothing_taken_from

FURNITURE_AFTER_PARAGRAPH = {
    1: ["Taliban fighters stand guard at a checkpoint in Kabul on November 7, 2024. WAKIL KOHSAR/AFP",
        "Share this article"],
    3: ["Related:", "Taliban Seek Recognition at UN Climate Talks", "Pakistan Closes Torkham Crossing Again"],
    5: ["Click here to subscribe to our daily newsletter.", "Image 3 of 8"],
}


def with_furniture(clean: str) -> str:
    lines: list[str] = []
    for number, paragraph in enumerate(clean.split("\n"), start=1):
        lines.append(paragraph)
        lines.extend(FURNITURE_AFTER_PARAGRAPH.get(number, []))
    return "\n".join(lines)


def summary(record: Record) -> tuple[list[str], list[tuple[str, str | None]]]:
    names = {e.id: e.name for e in record.entities}
    quotes = sorted(
        (" … ".join(p.text for p in q.content), names.get(q.speaker or "")) for q in record.quotes
    )
    return sorted(e.name for e in record.entities), quotes


def test_seed_with_page_furniture_reads_like_the_clean_copy() -> None:
    clean = shared_file("examples/kabul-2024-11-07.txt").read_text(encoding="utf-8")
    dirty = with_furniture(clean)
    clean_record = extract(clean, dt.date(2024, 11, 7), id="clean")
    dirty_record = extract(dirty, dt.date(2024, 11, 7), id="dirty")

    added = [line for lines in FURNITURE_AFTER_PARAGRAPH.values() for line in lines]
    assert sorted(s.text for s in dirty_record.article.excluded) == sorted(added)
    assert {s.reason for s in dirty_record.article.excluded} == {"caption", "prompt", "related", "counter"}
    for span in dirty_record.article.excluded:
        assert dirty[span.start : span.end] == span.text
        assert_nothing_taken_from(dirty_record, span)

    clean_entities, clean_quotes = summary(clean_record)
    dirty_entities, dirty_quotes = summary(dirty_record)
    assert dirty_entities == clean_entities
    assert dirty_quotes == clean_quotes
    assert clean_record.article.excluded == []
