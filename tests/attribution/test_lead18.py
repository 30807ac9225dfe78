"""Session 18 (lead), read on invented wire stories: verbs of saying in another sense
(goods recalled, a contract agreed) and a subject the parser read as a clause."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    "text",
    [
        "Carmaker recalls 300,000 SUVs over brake fault",
        "Norway recalled its ambassador from Minsk on Monday.",
        "The defender has agreed a three-year contract with the club.",
    ],
)
def test_a_verb_of_saying_used_for_an_act_is_no_quote(text: str) -> None:
    assert run(text).quotes == []


def test_recalling_what_happened_is_still_a_report() -> None:
    quote = run("She recalled that the soldiers had come at night.").quotes[0]
    assert quote.content[0].text.endswith("the soldiers had come at night")


def test_a_subject_the_parser_read_as_a_clause_ends_before_its_verb() -> None:
    r = run("The 24-year-old scored 19 goals last season and said he wanted to stay.")
    assert [q.source.text for q in r.quotes if q.source is not None] == ["The 24-year-old"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed on Friday to reopen the border crossing.",
        "Anna Berg and Lena Holm expressed dismay at the verdict.",
    ],
)
def test_two_coordinated_sources_give_no_single_speaker(text: str) -> None:
    quote = run(text).quotes[0]
    assert quote.speaker is None
    assert quote.source is not None and " and " in quote.source.text


def test_one_company_name_with_an_ampersand_is_one_speaker() -> None:
    quote = run("Procter & Gamble said it would cut 700 jobs.").quotes[0]
    assert quote.speaker is not None


def test_a_capitalised_role_coordinated_before_a_name_keeps_the_speaker() -> None:
    quote = run("Former senator and diplomat Lena Marsh said she would move to Lisbon.").quotes[0]
    assert quote.speaker is not None


def test_data_taken_from_studies_is_no_attribution_to_them() -> None:
    assert run("The researchers pooled data from 57 studies covering 160,000 adults.").quotes == []


def test_a_party_named_after_its_leaders_her_is_the_party() -> None:
    r = run("Opposition leader Elly Rinaldi called the budget unfair. Her Democratic Party voted against it.")
    speakers = {q.source.text: q.speaker for q in r.quotes if q.source is not None}
    rinaldi = next(e for e in r.entities if e.name == "Elly Rinaldi")
    assert speakers.get("Her Democratic Party") != rinaldi.id
