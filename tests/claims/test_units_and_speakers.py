"""Quantities with units written onto the number, ages, and claims in reported speech.

Sentences written for these tests; the whole pipeline runs, so a claim's speaker is the
entity the attribution stage resolved.
"""

from __future__ import annotations

import pytest

from newsgraph.records import Claim, Quantity, Record
from tests.conftest import run


def _quantities(record: Record) -> list[Quantity]:
    return [q for c in record.claims for q in c.quantities]


def _quantity(record: Record, text: str) -> Quantity:
    found = [q for q in _quantities(record) if q.text.startswith(text)]
    assert found, f"no quantity {text!r}: {[q.text for q in _quantities(record)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Rescuers lowered a camera into a 60m-deep shaft on Tuesday.", "60m", 60, "metres"),
        ("The convoy travelled 10km before it was stopped.", "10km", 10, "kilometres"),
        ("The new bridge is 1.2km long and carries four lanes.", "1.2km", 1.2, "kilometres"),
        ("The plane climbed 3,000ft in two minutes.", "3,000ft", 3000, "feet"),
        ("Smugglers hid 25kg of cocaine in the lorry.", "25kg", 25, "kilograms"),
        ("The company lost $5bn last year.", "$5bn", 5e9, "dollars"),
        ("The council spent £300m on the new hospital.", "£300m", 3e8, "pounds"),
        ("The tanker was carrying 2m barrels of oil.", "2m", 2e6, "barrels"),
        ("The city now has 5m people living in it.", "5m", 5e6, "people"),
        ("Its shares fell 3.5% on Monday.", "3.5%", 3.5, "percent"),
        ("The army sent 2,000 troops to the border.", "2,000", 2000, "troops"),
    ],
)
def test_units_written_onto_numbers(sentence: str, text: str, value: float, unit: str) -> None:
    found = _quantity(run(sentence), text)
    assert found.value == pytest.approx(value)
    assert found.unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "A 40-year-old man was arrested at the scene.",
        "A man aged 52 was arrested at the scene on Friday.",
        "The victim, 40 years old, was taken to hospital.",
        "She died at the age of 87 in her home in Leeds.",
    ],
)
def test_an_age_is_not_a_checkworthy_figure(sentence: str) -> None:
    record = run(sentence)
    assert not record.claims, [c.span.text for c in record.claims]


def test_clock_times_with_suffixes_are_not_amounts() -> None:
    assert not run("The meeting starts at 10am on Monday.").claims


def _claim_with(record: Record, words: str) -> Claim:
    found = [c for c in record.claims if words in c.span.text]
    assert found, f"no claim with {words!r}: {[c.span.text for c in record.claims]}"
    return found[0]


def _speaker_name(record: Record, claim: Claim) -> str | None:
    entity = record.entity(claim.claimant)
    return entity.name if entity is not None else None


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # a statistic in indirect speech
        ("Minister Maria Lopez said unemployment had fallen by 40,000 since May.", "40,000", "Lopez"),
        # a comparison
        ("Police chief Anna Berg said that burglaries were 20% lower than in 2023.", "20% lower", "Berg"),
        # a record
        ("Mayor Tom Reyes claimed the budget was the largest in the city's history.", "largest", "Reyes"),
        # a first
        ("Jane Cole argued that it was the first agreement in a decade.", "first agreement", "Cole"),
        # a cause with a figure
        ("Governor Ali Khan said the storm caused $40m of damage.", "$40m", "Khan"),
        # a direct quotation
        ("“We have built 300,000 homes this year,” Housing Minister Tom Berg said.", "300,000", "Berg"),
        # "according to"
        ("Unemployment fell to 4.1% in October, according to Labour Minister Eva Stone.", "4.1%", "Stone"),
    ],
)
def test_a_claim_in_reported_speech_belongs_to_its_speaker(sentence: str, words: str, speaker: str) -> None:
    record = run(sentence)
    claim = _claim_with(record, words)
    assert claim.quote is not None
    assert claim.claimant != "narrator"
    assert speaker in (_speaker_name(record, claim) or "")


def test_the_narrators_own_figure_stays_the_narrators() -> None:
    record = run("The river rose 4.5 metres in six hours, a record for the town.")
    claim = _claim_with(record, "4.5 metres")
    assert claim.claimant == "narrator" and claim.quote is None
