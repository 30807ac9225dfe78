"""Property-based fuzzing of every way text gets in: the Python API, the readers (files of
any bytes, JSON and JSONL), and the ``published`` parameter.

The properties a user relies on:
- nothing raises but ``InputError`` (a clear message), whatever the input;
- every span of every record is exact: ``article.text[start:end] == span.text``;
- a reader turns each input into a Document or an InputFailure, never an exception.

The suite's default run is short (``NEWSGRAPH_FUZZ_EXAMPLES``, 60 examples a property);
``make fuzz`` runs 10,000 examples a property and prints hypothesis's statistics.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.errors import InputError
from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import InputFailure, read_documents

EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a parse takes tens of milliseconds; timing is the benchmarks' business
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 100,  # the suite's short run is the same every time; `make fuzz` explores
)

QUOTE_MARKS = "\"'“”‘’«»‹›„‚「」『』〝〞＂"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
DIRECTION = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\x85"
WORDS = [
    "said", "the", "minister", "told", "reporters", "on", "Monday", "Kabul", "Taliban", "President",
    "attacked", "agreed", "5,000", "47th", "in", "September", "she", "he", "they", "according", "to",
    "Ms.", "Dr.", "U.S.", "“", "”", "\"", ":", "—", "...", "\n\n", "KABUL, AFGHANISTAN –", "🙂",
    "مرحبا", "שלום",
]  # fmt: skip

#: Text built from news-like words and every kind of odd character, mixed.
news_like = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.text(alphabet=QUOTE_MARKS + ZERO_WIDTH + DIRECTION + CONTROL, min_size=1, max_size=6),
        st.text(min_size=1, max_size=12),  # any unicode, surrogates excluded by hypothesis' default
        st.builds(lambda ch, n: ch * n, st.sampled_from("$!.-=\"'🙂a"), st.integers(30, 400)),
    ),
    min_size=1,
    max_size=60,
).map(" ".join)

dates = st.one_of(
    st.none(),
    st.dates().map(str),
    st.text(max_size=12),
    st.sampled_from(["", "2024-13-45", "yesterday", "2024-02-30", "0", "99999-01-01"]),
)


def _spans(value: Any) -> Iterator[dict[str, Any]]:
    """Every ``{start, end, text}`` object anywhere in a record's JSON."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for child in value.values():
            yield from _spans(child)
    elif isinstance(value, list):
        for child in value:
            yield from _spans(child)


def _check_record(record: newsgraph.Record) -> None:
    data = record.to_json_dict()
    text = record.article.text
    for span in _spans({k: v for k, v in data.items() if k != "article"}):
        assert text[span["start"] : span["end"]] == span["text"], span


@FUZZ
@given(text=news_like, published=dates)
def test_extract_raises_only_input_errors_and_keeps_every_span_exact(
    text: str, published: str | None
) -> None:
    try:
        record = newsgraph.extract(text, published=published)
    except InputError:
        return
    _check_record(record)


@FUZZ
@given(text=st.text(max_size=300), identifier=st.one_of(st.none(), st.text(max_size=20)))
def test_any_unicode_including_lone_surrogates_is_an_input_error_or_a_record(
    text: str, identifier: str | None
) -> None:
    # Hypothesis' text strategy leaves out surrogates; put one in where asked.
    text = text.replace("x", "\udc00")
    try:
        record = newsgraph.extract(text, id=identifier)
    except InputError:
        return
    _check_record(record)


def _read_all(path: Path) -> list[Document | InputFailure]:
    return list(read_documents(path))


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".xml"]))
def test_a_file_of_any_bytes_is_a_document_or_a_failure(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for item in _read_all(path):
            assert isinstance(item, Document | InputFailure)
            if isinstance(item, InputFailure):
                assert item.reason and "Traceback" not in item.reason


json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    ),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)  # fmt: skip

records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=12), st.integers(), json_values),
        "text": st.one_of(news_like, json_values),
        "html": st.one_of(st.text(max_size=200).map(lambda t: f"<html><body><p>{t}</p>"), json_values),
        "title": json_values,
        "published": st.one_of(dates, json_values),
    },
)


@FUZZ
@given(lines=st.lists(st.one_of(records.map(json.dumps), st.text(max_size=80)), min_size=1, max_size=8))
def test_a_jsonl_file_of_any_lines_is_read_line_by_line(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batch.jsonl"
        rows = [line.replace("\n", " ").encode("utf-8") for line in lines]
        path.write_bytes(b"\n".join(rows))
        items = _read_all(path)
        # One item per line that is not blank (ASCII white space only: a line of U+2028 or
        # U+001C is a malformed record, not a blank line): a bad line is its own failure and
        # never hides the others.
        assert len(items) == sum(1 for row in rows if row.strip())


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_is_one_failure(depth: int, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    (item,) = _read_all(path)
    assert isinstance(item, InputFailure) and "nested" in item.reason
