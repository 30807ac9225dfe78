"""Events by meaning (issue 12): CAMEO patterns under the ontology, selectional
constraints, sports and natural causes, negation and modality with scope, actors of
passives, nominal events and control verbs. Every sentence is written for these tests
and runs through the full pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsgraph.events import event_details
from newsgraph.events.formats import plover_category
from newsgraph.events.ontology import OTHER
from newsgraph.records import Event
from tests.events.support import run_pipeline as run

NO_EVENT_FILE = Path(__file__).with_name("no_event_sentences.txt")


def plover_events(doc: Doc) -> list[Event]:
    return [e for e in doc._.ng_events if e.category != OTHER]


def one(doc: Doc, category: str) -> Event:
    found = [e for e in doc._.ng_events if e.category == category]
    assert len(found) == 1, f"expected one {category} event, got {doc._.ng_events}"
    return found[0]


def names(doc: Doc, ids: list[str]) -> set[str]:
    by_id = {e.id: e.name for e in doc._.ng_entities}
    return {by_id[i] for i in ids}


def actor_phrases(doc: Doc, event: Event) -> list[str]:
    return [doc.text[s:e] for s, e in event_details(doc)[event.id].actor_spans]


# ---------------------------------------------------------------- dates and inanimate subjects


@pytest.mark.parametrize(
    "text",
    [
        "In April, a box of ballots was found in a river.",
        "The figures for March were revised upward on Tuesday.",
    ],
)
def test_a_date_is_never_a_trigger(text: str) -> None:
    assert plover_events(run(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rocket lifted off at dawn.",
        "The ferry travelled to Harwick on a calm sea.",
        "The tide retreated slowly across the mudflats.",
        "The comet will visit the inner solar system again in 2061.",
        "A loose container struck the side of the pier.",
    ],
)
def test_inanimate_subjects_of_motion_and_contact_verbs_are_no_event(text: str) -> None:
    assert plover_events(run(text)) == []


def test_a_person_travelling_is_still_a_visit() -> None:
    doc = run("The foreign minister of Valmoria travelled to Corland on Monday.")
    event = one(doc, "CONSULT")
    assert event.mode == "visit"


# ---------------------------------------------------------------- selectional constraints


def test_assault_needs_an_agent_or_weapon_and_a_human_or_place_target() -> None:
    assert one(run("Rebels attacked the village of Tarno at dawn."), "ASSAULT")
    assert plover_events(run("The novelist attacked the blank page every morning.")) == []
    assert plover_events(run("He fought back tears during the ceremony.")) == []


def test_an_attack_noun_is_the_means_when_no_party_is_named() -> None:
    doc = run("A roadside bomb explosion killed two soldiers near Tarno.")
    killed = next(e for e in doc._.ng_events if e.lemma == "kill")
    assert killed.category == "ASSAULT"
    assert any("explosion" in phrase for phrase in actor_phrases(doc, killed))


def test_beating_needs_a_person_as_target() -> None:
    assert plover_events(run("The bakery beat the sales figures of its rivals.")) == []
    assert plover_events(run("It will be harder to beat our own party than the opposition.")) == []


def test_coerce_mobilize_and_threaten_need_an_agent() -> None:
    assert one(run("The police arrested three protesters in Harwick."), "COERCE")
    assert plover_events(run("The new treatment arrested the spread of the infection.")) == []
    assert one(run("The army deployed troops along the border."), "MOBILIZE")
    assert plover_events(run("The wildfire threatened several farms.")) == []
    assert one(run("The rebels threatened the governor of Tarno."), "THREATEN")


def test_adjectival_and_figurative_uses_are_no_event() -> None:
    assert plover_events(run("She suffered life-threatening injuries in the crash.")) == []
    assert plover_events(run("There was an explosion of speculation about the album.")) == []
    assert plover_events(run("The teacher declared war on messy handwriting.")) == []


# ---------------------------------------------------------------- sports and weather


def test_sports_reports_are_no_event() -> None:
    assert plover_events(run("The goalkeeper blocked a shot in the final minute.")) == []
    assert plover_events(run("The rookie pitcher struck out seven batters.")) == []


def test_a_match_report_s_quotes_of_force_are_play() -> None:
    text = (
        "Dessa United routed Orlen Rovers 4-0 in the cup semi-final on Saturday.\n\n"
        "Coach Tomas Reil praised his side. \"We attacked them from every angle,\" he said. "
        "\"The boys fought for every ball and killed them on the counter-attack.\"\n\n"
        "Police arrested a man outside the stadium after a fight between rival fans."
    )
    found = plover_events(run(text))
    play = ("attacked", "fought", "killed")
    assert not [e for e in found if e.category == "ASSAULT" and e.trigger.text in play]
    # the sport is no licence for what armed bodies do around the match
    assert any(e.category == "COERCE" and e.trigger.text == "arrested" for e in found)


def test_weather_and_accidents_as_cause_are_no_event() -> None:
    assert plover_events(run("The race was suspended due to heavy rain.")) == []
    assert plover_events(run("He was injured in a fall from a ladder.")) == []
    assert plover_events(run("Lightning struck a barn outside the village.")) == []
    assert one(run("The government of Valmoria suspended aid to Corland."), "SANCTION")


# ---------------------------------------------------------------- negation and modality


def test_zero_support_is_negated_support_and_plover_reject() -> None:
    doc = run("The governor and the mayor give zero support to the proposal.")
    event = one(doc, "SUPPORT")
    assert event.modality == "negated"
    assert plover_category(event) == "REJECT"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("No talks were held between Valmoria and Corland.", "CONSULT"),
        ("Neither side has threatened the other.", "THREATEN"),
        ("The minister never visited Tarno.", "CONSULT"),
        ("The company went ahead without consulting the unions.", "CONSULT"),
        ("It's not as though we accuse the ministry of anything.", "ACCUSE"),
        ("The union decided against a strike.", "PROTEST"),
        ("The club refused to sign the new contract.", "AGREE"),
    ],
)
def test_negating_words_and_governors_negate_the_act(text: str, category: str) -> None:
    assert one(run(text), category).modality == "negated"


def test_denying_a_claim_is_no_rejection_and_negates_the_claim() -> None:
    doc = run("The senator denied that she had criticized the plan.")
    assert [e.category for e in plover_events(doc)] == ["ACCUSE"]
    assert one(doc, "ACCUSE").modality == "negated"


@pytest.mark.parametrize(
    "text", ["The minister was forced to resign.", "The minister was made to resign by the board."]
)
def test_forced_or_made_to_act_asserts_the_act(text: str) -> None:
    event = one(run(text), "RETREAT")
    assert event.modality == "asserted"


def test_negation_passes_through_reported_speech_and_quotes() -> None:
    doc = run("The spokesman said the army had not withdrawn from Tarno.")
    assert one(doc, "RETREAT").modality == "negated"
    doc = run('"We will not withdraw from Tarno," the general said.')
    assert one(doc, "RETREAT").modality == "negated"


# ---------------------------------------------------------------- actors


def test_the_agent_of_a_passive_acts_in_its_participle_clause() -> None:
    doc = run("The refugee camp was attacked by militiamen armed with machetes, killing ten people.")
    killed = next(e for e in doc._.ng_events if e.lemma == "kill")
    assert any("militiamen" in phrase for phrase in actor_phrases(doc, killed))


def test_nominal_event_takes_its_possessor_and_on_target() -> None:
    doc = run("Valmoria's attack on Corland surprised the region.")
    event = one(doc, "ASSAULT")
    assert names(doc, event.actors) == {"Valmoria"}
    assert names(doc, event.targets) == {"Corland"}


def test_coordinated_subjects_of_a_control_verb_are_the_actors() -> None:
    doc = run("Valmoria and Corland agreed to meet in Geneva next month.")
    event = one(doc, "CONSULT")
    assert names(doc, event.actors) == {"Valmoria", "Corland"}
    assert event.modality == "future"


# ---------------------------------------------------------------- CAMEO patterns and features


def test_a_cameo_pattern_fills_in_a_construction_the_ontology_lacks() -> None:
    doc = run("Valmoria established diplomatic ties with Corland on Monday.")
    events = plover_events(doc)
    assert events, "the CAMEO pattern should give an event"
    assert event_details(doc)[events[0].id].features["chosen_by"] == "cameo"


def test_calibration_features_are_on_the_event_detail() -> None:
    doc = run("Rebels attacked the village of Tarno at dawn.")
    features = event_details(doc)[one(doc, "ASSAULT").id].features
    assert features["chosen_by"] in ("ontology", "both")
    assert features["has_actor"] is True
    assert features["modality"] == "asserted"


# ---------------------------------------------------------------- the no-event set


def _no_event_sentences() -> list[str]:
    lines = NO_EVENT_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_no_event_sentences_give_at_most_five_false_events() -> None:
    sentences = _no_event_sentences()
    assert len(sentences) >= 100
    false = [
        (text, e.category, e.lemma)
        for text in sentences
        for e in plover_events(run(text))
        if e.modality != "negated"
    ]
    assert len(false) <= 5, false


# ---------------------------------------------------------------- open-world constraints


def test_an_agent_noun_no_list_knows_may_act_outside_acts_of_force() -> None:
    """Open world: silence of the word lists is no "no"; a known thing is."""
    doc = run("The shipbuilders criticized the new tariff.")
    assert actor_phrases(doc, one(doc, "ACCUSE")) == ["The shipbuilders"]
    assert plover_events(run("Oil prices retreated after the report.")) == []


def test_acts_of_force_stay_closed_world() -> None:
    """An attacker must be shown to be an agent: an unknown common noun is refused."""
    assert plover_events(run("The shipbuilders attacked the harbour wall.")) == []
    assert one(run("Rebels attacked the harbour wall at night."), "ASSAULT")


def test_the_verbs_own_object_decides_the_target_class() -> None:
    """ "signed copies of her novel at the fair": copies are things, whatever the fair is."""
    assert plover_events(run("The author signed copies of her novel at the fair.")) == []
    doc = run("The two ministers signed the treaty in Lima.")
    assert one(doc, "AGREE")


def test_a_strict_side_other_than_actor_or_target_is_a_clear_error(tmp_path: Path) -> None:
    from newsgraph.errors import ConfigError
    from newsgraph.events.ontology import load_ontology

    user = tmp_path / "mine.yaml"
    user.write_text("constraints:\n  ASSAULT: {actor: [agent], strict: [place]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="strict"):
        load_ontology(user)


# ---------------------------------------------------------------- CAMEO defaults for named actors


def test_a_named_actors_verb_takes_the_dictionarys_own_code() -> None:
    """A verb our ontology lacks, with a named subject: the CAMEO block's code decides."""
    doc = run("Peru complied with the court's ruling.")
    event = one(doc, "AGREE")
    assert event_details(doc)[event.id].features["chosen_by"] == "cameo-default"
    assert names(doc, event.actors) == {"Peru"}


def test_a_bare_verb_of_force_is_not_coded_without_a_pattern() -> None:
    doc = run("Senator Anna Brek has been targeting Governor Lund for weeks.")
    assert all(e.category != "ASSAULT" for e in doc._.ng_events)


# ---------------------------------------------------------------- actors from the place and the noun


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A Dutch aid worker was arrested in Lebanon for spying.", "COERCE"),
        # people who are no envoys expelled are deported (CAMEO 174; session 19)
        ("Two journalists were expelled from Peru on Monday.", "COERCE"),
    ],
)
def test_an_agentless_state_act_is_done_by_the_state_of_its_place(text: str, category: str) -> None:
    doc = run(text)
    event = one(doc, category)
    assert actor_phrases(doc, event)[0] in ("Lebanon", "Peru")


def test_a_state_act_with_a_named_agent_keeps_it() -> None:
    doc = run("A Dutch aid worker was arrested by military police in Lebanon.")
    event = one(doc, "COERCE")
    assert "Lebanon" not in actor_phrases(doc, event)


def test_the_owner_of_a_decision_does_the_act_it_announces() -> None:
    """ "Peru's decision to expel", "the decision by Peru to expel": noun-complement control."""
    for text in (
        "Peru's decision to expel the ambassador surprised Chile.",
        "The decision by Peru to expel the ambassador surprised Chile.",
    ):
        doc = run(text)
        expel = one(doc, "SANCTION")
        assert names(doc, expel.actors) == {"Peru"}, text
