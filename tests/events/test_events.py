"""Events: triggers (verbal, nominal, phrasal), participants from the event's own clause,
modality, time/place/quote links and dedupe, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import events
from newsgraph.events.ontology import CATEGORIES, get_ontology
from newsgraph.records import Entity, Mention, Quote, Span
from newsgraph.resources import Resources, using
from tests.events.support import names, only, parse


def test_ontology_covers_plover_categories_with_quad_and_score() -> None:
    onto = get_ontology()
    for category in CATEGORIES:
        quad, score = onto.classes[category]
        assert quad in (1, 2, 3, 4)
        assert score is not None and -10 <= score <= 10
    assert onto.classes["AGREE"][0] == 1 and onto.classes["ASSAULT"][0] == 4
    assert onto.verbs["withdraw"].mode == "withdraw" and onto.verbs["visit"].mode == "visit"


def test_verbal_trigger_with_coordinated_subject_and_place() -> None:
    doc = parse("Germany and France signed a trade agreement in Paris on Monday.")
    event = only(doc, "AGREE")
    assert event.lemma == "sign"
    assert names(doc, event.actors) == {"Germany", "France"}
    assert event.place is not None and names(doc, [event.place]) == {"Paris"}
    assert event.quad == 1 and event.score is not None and event.score > 0
    assert event.evidence.text.startswith("Germany and France signed")


def test_passive_agent_is_the_actor() -> None:
    doc = parse("The accord was signed by Kenya and Uganda last year.")
    event = only(doc, "AGREE")
    assert names(doc, event.actors) == {"Kenya", "Uganda"}


def test_nominal_trigger_takes_its_modifier_as_actor_and_from_object_as_target() -> None:
    doc = parse("The Canadian withdrawal from Mali surprised observers.")
    event = only(doc, "RETREAT")
    assert event.mode == "withdraw"
    assert names(doc, event.actors) == {"Canadian"}
    assert names(doc, event.targets) == {"Mali"}


def test_agreement_between_two_parties_has_both_as_actors() -> None:
    doc = parse("The agreement between Egypt and Jordan ended the dispute over water.")
    event = only(doc, "AGREE")
    assert names(doc, event.actors) == {"Egypt", "Jordan"}


def test_appositive_subject_and_target() -> None:
    doc = parse("Maria Lopez, the foreign minister of Chile, criticized Argentina on Tuesday.")
    event = only(doc, "ACCUSE")
    assert names(doc, event.actors) == {"Maria Lopez"}
    assert names(doc, event.targets) == {"Argentina"}


def test_light_verb_carries_a_nominal_event() -> None:
    doc = parse("Brazil imposed sanctions on Venezuela.")
    event = only(doc, "SANCTION")
    assert names(doc, event.actors) == {"Brazil"}
    assert names(doc, event.targets) == {"Venezuela"}


def test_negotiated_with_is_consult_with_target() -> None:
    doc = parse("Norway negotiated with the Taliban for months.")
    event = only(doc, "CONSULT")
    assert names(doc, event.actors) == {"Norway"}
    assert names(doc, event.targets) == {"Taliban"}


def test_gerund_after_criticize_for_takes_the_object_as_subject() -> None:
    doc = parse("Sweden criticized Hungary for inviting Russian officials to Budapest.")
    accuse = only(doc, "ACCUSE")
    assert names(doc, accuse.actors) == {"Sweden"} and names(doc, accuse.targets) == {"Hungary"}
    invite = only(doc, "CONSULT")
    assert invite.lemma == "invite"
    assert names(doc, invite.actors) == {"Hungary"}
    assert names(doc, invite.targets) == {"Russian"}


def test_phrase_beats_bare_verb() -> None:
    doc = parse("Rebels opened fire on the convoy near Goma.")
    event = only(doc, "ASSAULT")
    assert event.mode == "firearms"


def test_speech_verb_alone_is_not_an_event() -> None:
    doc = parse("Maria Lopez said the weather in Chile was fine.")
    assert doc._.ng_events == []


def test_event_outside_plover_is_other_with_its_lemma() -> None:
    doc = parse("Maria Lopez won the election in Chile.")
    event = only(doc, "OTHER")
    assert event.lemma == "win" and event.quad is None and event.score is None
    assert names(doc, event.actors) == {"Maria Lopez"}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Japan did not sign the treaty.", "negated"),
        ("The president of Peru will visit Bolivia next week.", "future"),
        ("The president of Peru is expected to visit Bolivia next week.", "future"),
        ("Turkey could attack the rebels.", "hypothetical"),
        ("Turkey would attack the rebels if provoked.", "hypothetical"),
        ("Turkey attacked the rebels.", "asserted"),
        ("The ministry said that Turkey attacked the rebels.", "reported"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    doc = parse(text)
    main = [e for e in doc._.ng_events if e.category != "OTHER"]
    assert main, doc._.ng_events
    assert main[0].modality == modality


def test_event_inside_a_quote_is_reported_and_linked() -> None:
    text = "“Turkey attacked the rebels at dawn,” the minister told reporters."
    doc = parse(text, quotes=["Turkey attacked the rebels at dawn,"])
    event = only(doc, "ASSAULT")
    assert event.modality == "reported"
    assert event.quote == "q1"


def test_time_comes_from_the_events_own_clause_only() -> None:
    text = "Chile and Peru signed an agreement in 2020. Bolivia protested in 2021."
    doc = parse(text, times={"in 2020": "2020", "in 2021": "2021"})
    assert only(doc, "AGREE").time == "t1"
    assert only(doc, "PROTEST").time == "t2"


def test_one_event_mentioned_twice_is_one_record() -> None:
    text = (
        "Chile and Peru signed an agreement on Monday. The agreement between Chile and Peru ends a dispute."
    )
    doc = parse(text)
    event = only(doc, "AGREE")
    assert len(event.mentions) == 2
    assert [m.text for m in event.mentions] == ["signed", "agreement"]


def test_an_unreal_mention_of_an_act_is_not_the_act_that_happened() -> None:
    # A strike that "could" cost money is not last year's walkout: two events, and the
    # hypothetical one takes no date from the other.
    text = (
        "Economists warned that a long strike could cost exporters millions. "
        "Last year's strike lasted nine days."
    )
    doc = parse(text, times={"Last year": "2025"})
    strikes = [e for e in doc._.ng_events if e.category == "PROTEST"]
    assert [(e.modality, e.time) for e in strikes] == [("hypothetical", None), ("asserted", "t1")]


def test_mentions_with_different_dates_are_different_acts() -> None:
    text = "Rebels attacked the convoy on Monday. Rebels attacked the convoy again on Friday."
    doc = parse(text, times={"on Monday": "2024-11-04", "on Friday": "2024-11-08"})
    attacks = [e for e in doc._.ng_events if e.category == "ASSAULT"]
    assert len(attacks) == 2


def test_a_definite_event_noun_points_back_whatever_its_clause() -> None:
    # "the explosion" inside a whether-clause is still the explosion that happened.
    text = (
        "An explosion damaged the station on Monday. "
        "Police said it was too early to tell whether the explosion was caused by a bomb."
    )
    doc = parse(text, times={"on Monday": "2024-11-04"})
    explosions = [e for e in doc._.ng_events if any(m.text == "explosion" for m in e.mentions)]
    assert len(explosions) == 1
    assert [m.text for m in explosions[0].mentions][:2] == ["explosion", "explosion"]


def test_ids_are_sequential_and_records_validate() -> None:
    doc = parse("Brazil imposed sanctions on Venezuela. Venezuela condemned the sanctions.")
    assert [e.id for e in doc._.ng_events] == [f"v{n}" for n in range(1, len(doc._.ng_events) + 1)]
    record = doc._.newsgraph
    assert record.events and record.events[0].trigger.text in record.article.text


def test_actor_codes_are_filled_by_the_events_stage() -> None:
    doc = parse("The Afghan government rejected the Pakistani proposal.")
    coded = {e.name: (e.country, e.sector) for e in doc._.ng_entities}
    assert coded.get("Afghan") == ("AFG", None) or coded.get("Afghan", ("AFG",))[0] == "AFG"
    assert any(e.country == "PAK" for e in doc._.ng_entities)


def test_user_ontology_extends_without_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("categories:\n  PROTEST:\n    verbs: [heckle]\n", encoding="utf-8")
    with using(Resources(ontology=str(extra))):
        doc = parse("Students heckled the minister of Kenya in Nairobi.")
        assert only(doc, "PROTEST").lemma == "heckle"
    assert "heckle" not in get_ontology().verbs
    monkeypatch.setenv("NEWSGRAPH_ONTOLOGY", str(extra))
    assert get_ontology().verbs["heckle"].category == "PROTEST"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "“Unbalanced quote attacked", "attack " * 3000, "!!! ??? ...", "\n\n\n"],
)
def test_odd_input_never_crashes(text: str) -> None:
    doc = parse(text)
    assert isinstance(doc._.ng_events, list)
    assert not [w for w in doc._.ng_warnings if "events" in w]


def test_event_details_give_token_level_spans() -> None:
    doc = parse("Brazil imposed sanctions on Venezuela.")
    details = events.event_details(doc)
    detail = details[only(doc, "SANCTION").id]
    assert [doc.text[s:e] for s, e in detail.actor_spans] == ["Brazil"]


def test_different_other_acts_by_one_actor_stay_apart() -> None:
    doc = parse("Maria Lopez won the election in Chile. Maria Lopez served as mayor of Santiago.")
    others = [e for e in doc._.ng_events if e.category == "OTHER"]
    assert {e.lemma for e in others} >= {"win", "serve"}


def test_person_object_verbs_need_people() -> None:
    assert not [
        e for e in parse("Ghana released its annual budget report.")._.ng_events if e.category == "RETREAT"
    ]
    doc = parse("The rebels released three Kenyan hostages on Friday.")
    assert only(doc, "RETREAT").mode == "release"
    assert not [
        e for e in parse("Lawmakers asked whether Chile paid.")._.ng_events if e.category == "REQUEST"
    ]


def test_phrase_particle_must_belong_to_the_verb() -> None:
    doc = parse("The union called Maria Lopez a champion for workers.")
    assert not [e for e in doc._.ng_events if e.category == "REQUEST"]
    doc = parse("The union called for the resignation of Maria Lopez.")
    assert only(doc, "REQUEST")


def test_intention_and_obligation_patterns() -> None:
    doc = parse("Syria says it is willing to withdraw its troops from Lebanon.")
    event = only(doc, "RETREAT")
    assert event.modality == "future"
    assert names(doc, event.actors) == {"Syria"}
    doc = parse("Britain said that Iran must release the sailors.")
    demand = only(doc, "REQUEST")
    assert names(doc, demand.actors) == {"Britain"} and names(doc, demand.targets) == {"Iran"}


def test_coordinated_demonyms_are_separate_actors() -> None:
    doc = parse("Hungarian and Romanian officials signed the accord in Vienna.")
    assert names(doc, only(doc, "AGREE").actors) == {"Hungarian", "Romanian"}


def test_event_that_is_a_quote_cue_links_the_quote_and_its_time() -> None:
    text = "Sweden criticized Hungary for its vote. The speech was given in May."
    doc = parse(text, times={"in May": "2024-05"})
    cue = Span(start=text.index("criticized"), end=text.index("criticized") + 10, text="criticized")
    content = Span(start=text.index("Hungary"), end=text.index(". The"), text="Hungary for its vote")
    doc._.ng_quotes = [Quote(id="q1", kind="indirect", content=[content], cue=cue, time="t1")]
    events.annotate(doc)
    event = only(doc, "ACCUSE")
    assert event.quote == "q1" and event.modality == "asserted" and event.time == "t1"


def test_second_party_joined_to_an_of_phrase_is_still_a_party() -> None:
    text = "The government of Valmoria and the Northern Fisheries Union signed an agreement today."

    def entity(entity_id: str, phrase: str, kind: str) -> Entity:
        start = text.index(phrase)
        return Entity(
            id=entity_id,
            name=phrase,
            type=kind,
            mentions=[Mention(start=start, end=start + len(phrase), text=phrase)],
        )

    doc = parse(
        text,
        entities=[
            entity("e1", "The government of Valmoria", "ORG"),
            entity("e2", "the Northern Fisheries Union", "ORG"),
        ],
    )
    assert set(only(doc, "AGREE").actors) == {"e1", "e2"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany attacked France and " * 600 + "Spain.",
        "The talks, the sanctions, the agreement, the withdrawal, " * 300,
        "Russia, which criticized Ukraine, which attacked Poland, " * 200 + "agreed.",
    ],
)
def test_run_on_input_is_read(text: str) -> None:
    """Run-on input still gives events (its speed is measured by benchmarks/events_runon.py)."""
    doc = parse(text)
    events.annotate(doc)
    assert doc._.ng_events


def test_evidence_is_the_trimmed_sentence() -> None:
    text = "Brazil imposed sanctions on Venezuela.\n\nChile protested."
    doc = parse(text)
    for event in doc._.ng_events:
        assert event.evidence.text == text[event.evidence.start : event.evidence.end]
        assert event.evidence.text == event.evidence.text.strip()


def test_verbal_attack_on_a_person_is_accuse() -> None:
    doc = parse("Donald Trump attacked Hillary Clinton over her emails.")
    assert only(doc, "ACCUSE").lemma == "attack"
    doc = parse("Gunmen attacked a convoy near Kandahar.")
    assert only(doc, "ASSAULT").lemma == "attack"


def test_speech_act_joined_to_a_reported_clause_belongs_to_the_speaker() -> None:
    doc = parse(
        "Tomas Brell said the government had waited too long and accused the Fisheries Ministry of delays."
    )
    event = only(doc, "ACCUSE")
    assert names(doc, event.actors) == {"Tomas Brell"}


def test_time_basis_says_where_each_time_came_from() -> None:
    text = "Chile and Peru signed an agreement in 2020. Sweden criticized Hungary for its vote."
    doc = parse(text, times={"in 2020": "2020"})
    assert only(doc, "AGREE").time_basis == "clause"
    assert only(doc, "ACCUSE").time is None and only(doc, "ACCUSE").time_basis is None


def test_a_modifier_after_coordinated_verbs_dates_both() -> None:
    text = "Ghana and Togo negotiated and signed the border treaty in Accra in 2019."
    doc = parse(text, times={"in 2019": "2019"})
    consult = only(doc, "CONSULT")
    assert consult.time == "t1" and consult.time_basis == "clause"


def test_an_event_noun_takes_the_time_of_the_clause_governing_it() -> None:
    text = "The Kenyan troop withdrawal from Somalia was completed in March 2023."
    doc = parse(text, times={"in March 2023": "2023-03"})
    event = only(doc, "RETREAT")
    assert event.time == "t1" and event.time_basis == "context"


def test_a_result_participle_dates_the_sequence_it_ends() -> None:
    text = (
        "The ceasefire, agreed in 2015, enabled the Ruritanian army withdrawal from the valley, "
        "leading to the return of the refugees in 2017."
    )
    doc = parse(text, times={"in 2015": "2015", "in 2017": "2017"})
    # the ceasefire is RETREAT too (CAMEO2PLOVER 0871): take the withdrawal by its word
    withdrawal = next(e for e in doc._.ng_events if e.lemma == "withdrawal")
    assert withdrawal.time == "t2" and withdrawal.time_basis == "context"


def test_context_never_lends_a_time_that_belongs_to_another_event() -> None:
    text = "The accord signed in 2016 made the withdrawal possible."
    doc = parse(text, times={"in 2016": "2016"})
    assert only(doc, "AGREE").time == "t1"
    assert only(doc, "RETREAT").time is None


def test_expressed_hope_is_an_act_towards_whom_the_hope_is_about() -> None:
    text = "Olaf Brandt won the vote. The Kremlin expressed hope that his government would lift sanctions."

    def mention(phrase: str) -> Mention:
        start = text.index(phrase)
        return Mention(start=start, end=start + len(phrase), text=phrase)

    brandt = Entity(id="e1", name="Olaf Brandt", type="PERSON", mentions=[mention("Olaf Brandt")])
    brandt.mentions.append(mention("his"))
    kremlin = Entity(id="e2", name="Kremlin", type="ORG", mentions=[mention("Kremlin")])
    doc = parse(text, entities=[brandt, kremlin])
    hope = next(e for e in doc._.ng_events if e.lemma == "hope")
    # "his government" stands for its owner, as PLOVER codes "X's government" as X's side.
    assert hope.category == "OTHER" and hope.actors == ["e2"] and hope.targets == ["e1"]


def test_an_attitude_noun_nobody_states_is_no_event() -> None:
    doc = parse("Hopes of a ceasefire in Gaza faded on Monday.")
    assert not [e for e in doc._.ng_events if e.lemma == "hope"]


def test_the_deployment_of_troops_has_the_troops_as_actor() -> None:
    doc = parse("The deployment of Canadian troops began in Latvia.")
    event = only(doc, "MOBILIZE")
    assert names(doc, event.actors) == {"Canadian"}


def test_an_event_noun_as_subject_lends_its_actors_to_the_verb() -> None:
    doc = parse("Israeli air strikes killed four fighters near Rafah.")
    killed = next(e for e in doc._.ng_events if e.lemma == "kill")
    assert names(doc, killed.actors) == {"Israeli"}


def test_the_words_of_a_phrase_are_not_its_target_and_a_purpose_clause_gives_one() -> None:
    doc = parse("Riot police opened fire to disperse Kurdish protesters near Diyarbakir.")
    event = only(doc, "ASSAULT")
    assert "fire" not in {doc.text[s:e] for s, e in events.event_details(doc)[event.id].target_spans}
    assert names(doc, event.targets) == {"Kurdish"}


def test_the_town_of_x_is_the_place_x() -> None:
    doc = parse("Soldiers imposed a curfew in the town of Cizre after the protests.")
    event = only(doc, "COERCE")
    assert event.place is not None and names(doc, [event.place]) == {"Cizre"}


def test_mobilized_forces_are_not_the_target_the_enemy_is() -> None:
    doc = parse("Norway mobilized army reservists for a possible war against Sweden on Tuesday.")
    event = only(doc, "MOBILIZE")
    assert names(doc, event.actors) == {"Norway"} and names(doc, event.targets) == {"Sweden"}


def test_a_threat_takes_the_target_of_the_act_it_announces() -> None:
    doc = parse("The Chilean government threatened to impose a curfew in Valparaiso after the riots.")
    threat = only(doc, "THREATEN")
    assert names(doc, threat.targets) == names(doc, only(doc, "COERCE").targets) == {"Valparaiso"}


def test_a_threat_is_aimed_at_whoever_its_condition_names() -> None:
    doc = parse("Peru threatened to leave the talks unless Ecuador withdrew its troops.")
    threat = only(doc, "THREATEN")
    assert names(doc, threat.targets) == {"Ecuador"}


def test_a_duration_is_never_the_time_of_an_event() -> None:
    text = "Chile and Peru signed a three-year agreement today."
    doc = parse(text, times={"three-year": "P3Y", "today": "2024-11-07"})
    doc._.ng_times[0] = doc._.ng_times[0].model_copy(update={"precision": "duration"})
    events.annotate(doc)
    assert only(doc, "AGREE").time == "t2"
