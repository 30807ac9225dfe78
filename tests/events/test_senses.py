"""The sense a trigger word has in its construction (``events/senses.py`` and the
process-subject check of ``events/constraints.py``), found by reading events on real
news text that is no events evaluation set (GUM news, Giveme5W1H). Every sentence is
written for these tests and runs through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.events import event_details
from newsgraph.events.ontology import OTHER
from newsgraph.records import Event
from tests.events.support import run_pipeline as run


def acts(doc: Doc) -> list[Event]:
    return [e for e in doc._.ng_events if e.category != OTHER]


def categories(text: str) -> set[str]:
    return {e.category for e in acts(run(text))}


def lemmas(text: str) -> set[str]:
    return {e.lemma for e in run(text)._.ng_events}


def actor_text(doc: Doc, event: Event) -> str:
    spans = event_details(doc)[event.id].actor_spans
    return " | ".join(doc.text[s:e] for s, e in spans)


# ------------------------------------------------------------- strike: walkout or attack


@pytest.mark.parametrize(
    "text",
    [
        "Port workers have voted to strike from the first of March.",
        "Hospital nurses will strike on Thursday over staffing.",
        "The union said its members would strike next week.",
        "Employees at the bakery struck for two days in June.",
    ],
)
def test_an_intransitive_strike_by_working_people_is_a_walkout(text: str) -> None:
    doc = run(text)
    strikes = [e for e in acts(doc) if e.lemma == "strike"]
    assert [(e.category, e.mode) for e in strikes] == [("PROTEST", "strike")], doc._.ng_events
    assert actor_text(doc, strikes[0])


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of dockworkers walked off the job on Tuesday.",
        "Teachers walked out over pay in the capital.",
        "Nurses downed tools across the country on Monday.",
    ],
)
def test_walking_off_the_job_is_a_strike(text: str) -> None:
    assert [(e.category, e.mode) for e in acts(run(text))][:1] == [("PROTEST", "strike")]


def test_walking_out_of_talks_halts_them() -> None:
    # CAMEO 164 "halt negotiations" (WALK OUT OF SUMMIT), SANCTION in the official table
    doc = run("The opposition delegation walked out of the talks on Monday.")
    assert "SANCTION" in [e.category for e in acts(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "Militants struck the checkpoint before dawn.",
        "Fighter jets struck overnight near the border.",
        "Rebels struck at the army convoy on the main road.",
    ],
)
def test_a_strike_on_something_or_by_armed_forces_stays_an_attack(text: str) -> None:
    assert "ASSAULT" in categories(text)
    assert "PROTEST" not in categories(text)


# ------------------------------------------------------------- processes are no parties


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations with the shipping firm broke down on Tuesday.",
        "Wage talks collapsed after a week.",
        "The truce stalled within hours.",
    ],
)
def test_a_process_that_breaks_down_is_no_act_of_a_party(text: str) -> None:
    assert not categories(text) - {"CONSULT", "RETREAT"}, run(text)._.ng_events


def test_a_party_that_breaks_off_talks_still_acts() -> None:
    assert "SANCTION" in categories("The ministry broke off talks with the rebels.")


# ------------------------------------------------------------- figurative and unowned


def test_a_threat_to_livelihoods_by_a_thing_is_no_threat() -> None:
    assert "THREATEN" not in categories("It threatened livelihoods across the valley.")
    assert "THREATEN" not in categories("The mayor warned the death toll could climb.")
    assert "THREATEN" in categories("The militia threatened the villagers.")


def test_an_offer_nobody_makes_is_no_agreement() -> None:
    assert "AGREE" not in categories("The bosses finally came to the table with a decent offer.")
    assert "AGREE" not in categories("Members receive weekly updates and special offers.")
    assert "AGREE" in categories("Lisbon offered talks to the rebels.")


def test_offering_information_is_no_agreement() -> None:
    assert "AGREE" not in categories("The spokesman offered no evidence for the claim.")


@pytest.mark.parametrize(
    "text",
    [
        "Two were treated for life-threatening burns after the fire.",
        "A rebel-held town lies to the north.",
    ],
)
def test_a_trigger_inside_a_hyphenated_word_is_no_act(text: str) -> None:
    assert not acts(run(text)), run(text)._.ng_events


@pytest.mark.parametrize("text", ["Thank you for reading!", "Sign up for our morning briefing."])
def test_an_imperative_to_the_reader_is_no_act(text: str) -> None:
    assert not acts(run(text))


# ------------------------------------------------------------- demands, calls, admissions


@pytest.mark.parametrize(
    "text",
    [
        'The coach said: "I must say the team surprised me."',
        '"It should not be this hard," said the singer.',
        '"We should be leaving now," the driver said.',
    ],
)
def test_a_must_of_the_speaker_or_of_a_state_of_things_is_no_demand(text: str) -> None:
    assert "REQUEST" not in categories(text)


def test_a_must_on_another_party_is_a_demand() -> None:
    assert "REQUEST" in categories("The envoy said the militia must leave the city.")
    assert "REQUEST" in categories("The minister said the smugglers must be punished.")


def test_a_call_is_a_request_only_with_what_it_asks_for() -> None:
    text = "The senator told supporters on a conference call on Monday that she was hopeful."
    assert "REQUEST" not in categories(text)
    assert "REQUEST" in categories("The union renewed its call on the council to reopen talks.")
    assert "REQUEST" in categories("The study prompted calls for stricter rules.")


def test_conceding_a_statement_is_an_admission_not_a_concession() -> None:
    assert "CONCEDE" not in categories('"They may have more money than us," the club chairman conceded.')
    assert "CONCEDE" not in categories("The ministry conceded that the scheme had failed.")
    assert "CONCEDE" in categories("The rebels conceded two villages to the army.")


# ------------------------------------------------------------- OTHER noise


def test_a_relative_clause_of_background_is_no_event() -> None:
    text = "Northgate Ferries, which has operated the route since 2015, declined to comment."
    assert "operate" not in lemmas(text)


def test_an_other_event_with_no_party_is_dropped() -> None:
    assert "build" not in lemmas("A memorial is to be built near the harbour.")


# ------------------------------------------------------------- accidents, figurative phrases


def test_deaths_told_with_an_accident_are_no_assault() -> None:
    assert "ASSAULT" not in categories("Four died in the collision, while 30 other passengers were injured.")
    assert "ASSAULT" not in categories("Three people were killed when a bus overturned.")
    assert "ASSAULT" in categories("Gunmen killed three people in the market.")


def test_seizing_on_news_or_slamming_into_a_wall_is_no_act_of_force_or_criticism() -> None:
    assert not categories("The opposition seized on the report.")
    assert not categories("The driver slammed into the wall.")
    assert "COERCE" in categories("Police seized the vessel.")
    assert "ACCUSE" in categories("The senator slammed the ruling.")


def test_a_trip_to_a_common_place_read_from_a_motion_frame_is_no_visit() -> None:
    assert "CONSULT" not in categories("Neighbours rushed to the scene after the blast.")
    assert "CONSULT" in categories("The foreign minister rushed to Ankara for crisis talks.")


def test_seeking_to_do_something_is_an_attempt_not_a_request() -> None:
    assert "REQUEST" not in categories("The mayor sought to play down the dispute.")
    assert "REQUEST" in categories("The farmers sought help from the regional council.")
    assert "REQUEST" in categories("The rebels are seeking talks with the government.")


def test_a_must_on_a_process_is_no_demand() -> None:
    assert "REQUEST" not in categories("The charity told reporters any new process must be well thought out.")


# ------------------------------------------------------------- actors


def test_a_city_naming_a_protest_is_where_not_who() -> None:
    doc = run("One organiser of the Lisbon protest told reporters it was peaceful.")
    protest = next(e for e in acts(doc) if e.category == "PROTEST")
    assert "Lisbon" not in actor_text(doc, protest)


def test_agreeing_with_nothing_agreed_is_sharing_a_view() -> None:
    assert "AGREE" not in categories("But not every member agreed.")
    assert "AGREE" in categories("Lisbon and Madrid agreed.")
    assert "AGREE" in categories("The council agreed to a six-month extension of the mission.")


def test_a_meeting_keeps_its_category_when_cameo_reads_an_intent() -> None:
    doc = run("The student was able to meet the judges at the fair.")
    assert {e.category for e in acts(doc) if e.lemma == "meet"} <= {"CONSULT"}


def test_insisting_on_a_claim_is_no_request() -> None:
    assert "REQUEST" not in categories("The mayor insisted that her first priority was the budget.")
    assert "REQUEST" in categories("The opposition insisted that the minister resign.")


def test_an_act_with_the_reader_as_party_is_page_furniture() -> None:
    assert not acts(run("Get our updates in your inbox + Subscribe Thank you for subscribing!"))
    assert "SUPPORT" in categories('"I want to thank you all," the coach told the fans.')


def test_a_cameo_frame_needs_an_active_clause_or_an_agent() -> None:
    assert not categories("Dozens of passengers were rushed to hospital after the crash.")
    assert not categories("The veteran actor was overcome with emotion at the ceremony.")


def test_a_trip_read_from_a_verb_blocks_own_code_is_no_visit() -> None:
    assert "CONSULT" not in categories("Maria Lopez was travelling on the ferry when it sank.")


def test_the_announcer_of_an_act_does_it() -> None:
    doc = run("The prosecutor's announcement of a new inquiry into the contracts stunned the council.")
    inquiry = next(e for e in acts(doc) if e.lemma == "inquiry")
    assert "prosecutor" in actor_text(doc, inquiry)


def test_the_addressee_of_an_urge_is_its_target_whatever_its_noun() -> None:
    doc = run("The mayor urged residents to stay indoors.")
    urge = next(e for e in acts(doc) if e.category == "REQUEST")
    spans = event_details(doc)[urge.id].target_spans
    assert [doc.text[s:e] for s, e in spans] == ["residents"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A rebel assault left three border guards dead.", "three border guards"),
        ("The bombing left dozens of people injured.", "people"),
    ],
)
def test_whom_an_attack_left_dead_or_injured_is_its_target(text: str, target: str) -> None:
    doc = run(text)
    attack = next(e for e in acts(doc) if e.category == "ASSAULT")
    spans = event_details(doc)[attack.id].target_spans
    assert target in [doc.text[s:e] for s, e in spans]


def test_an_attack_that_left_unknown_nouns_injured_is_kept() -> None:
    assert "ASSAULT" in categories("The bombing left dozens of shoppers injured.")
