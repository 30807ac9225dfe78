"""Every quote, event, claim and stance the pipeline writes carries a confidence in [0, 1]."""

from __future__ import annotations

from newsgraph.records import Record
from newsgraph.schema import json_schema
from tests.conftest import run

ARTICLE = (
    "SELVIK – Mayor Mira Castellan said on Monday that the harbour levy would raise 12 million crowns. "
    '"It will pay for the new sea wall," Castellan told reporters. '
    "Councillor Tomas Brenner accused Castellan of hiding the cost of the project. "
    "It was announced. "
    "Castellan praised the Federation of River Ports for its support."
)


def test_every_record_of_the_four_kinds_has_a_confidence_between_0_and_1() -> None:
    record = run(ARTICLE)
    assert record.quotes and record.events and record.claims
    for item in [*record.quotes, *record.events, *record.claims, *record.stances]:
        assert item.confidence is not None, item
        assert 0.0 <= item.confidence <= 1.0


def test_the_confidence_is_in_the_json_and_reads_back() -> None:
    record = run(ARTICLE)
    data = record.to_json_dict()
    quotes = data["quotes"]
    assert isinstance(quotes, list) and all("confidence" in q for q in quotes)
    assert Record.model_validate(data) == record


def test_a_direct_quote_by_a_named_speaker_is_surer_than_an_unsourced_report() -> None:
    record = run(
        'SELVIK – "It will pay for the new sea wall and the new harbour lights," Mayor Mira Castellan said. '
        "It was also reported that the levy will be doubled next year."
    )
    by_kind = {q.kind: q for q in record.quotes}
    direct = by_kind["direct"]
    assert direct.confidence is not None
    others = [q for q in record.quotes if q is not direct]
    assert all(q.confidence is not None and q.confidence < direct.confidence for q in others)


def test_a_claim_in_a_quote_is_no_surer_than_the_quote() -> None:
    record = run('"We raised 12 million crowns in a single year, a record," Mayor Mira Castellan said.')
    quotes = {q.id: q for q in record.quotes}
    quoted = [c for c in record.claims if c.quote is not None]
    assert quoted
    for claim in quoted:
        source = quotes[claim.quote].confidence
        assert claim.confidence is not None and source is not None and claim.confidence <= source


def test_the_schema_documents_confidence_on_the_four_record_types() -> None:
    definitions = json_schema()["$defs"]
    assert isinstance(definitions, dict)
    for name in ("Quote", "Event", "Claim", "Stance"):
        prop = definitions[name]["properties"]["confidence"]
        assert {"maximum": 1, "minimum": 0, "type": "number"} in prop["anyOf"]
