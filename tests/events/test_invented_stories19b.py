"""Session 19b, read on the lead's invented wire stories: a market's demand, a thing held
hostage, records released, a harm nobody inflicts, the city of a summit, a participle set
off after an object-control verb, a pronoun the attribution stage resolved, and two
leftovers ("set himself on fire", "cordoned off"). Sentences of our own, gold in the
asserts."""

from __future__ import annotations

import pytest

from tests.conftest import run

LEAD = "Officials spoke on Monday.\n\n"


def _parse(text: str) -> tuple[dict[str, str], list]:
    r = run(text)
    return {e.id: e.name for e in r.entities}, r.events


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of the carmaker fell after it blamed weaker than expected demand for electric vehicles.",
        "The airline said strong demand for summer flights lifted its profits.",
        "Exporters cut prices as global demand for steel slowed.",
        "Rising consumer demand pushed up the price of coffee.",
        "Retailers reported falling demand for winter clothing.",
        "Refiners expect oil demand to recover next year.",
    ],
)
def test_a_market_demand_for_goods_is_no_request(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert not [e for e in events if e.category == "REQUEST" and e.trigger.text.startswith("demand")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters renewed their demands for a ceasefire in the south.",
        "The union repeated its demand for a pay rise.",
        "Rising demands for a ceasefire were heard in the capital.",
    ],
)
def test_a_party_demand_stays_a_request(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert [e for e in events if e.category == "REQUEST" and e.trigger.text.startswith("demand")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister accused the union of holding the economy hostage.",
        "Critics said the senators were holding the budget hostage to win concessions.",
        "The opposition is holding the reform bill hostage, the prime minister said.",
    ],
)
def test_a_thing_held_hostage_is_figurative(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert not [e for e in events if e.category == "ASSAULT"]


def test_people_held_hostage_are_abducted() -> None:
    _ids, events = _parse(LEAD + "The rebels held three aid workers hostage for a month.")
    assert [e for e in events if e.category == "ASSAULT" and e.mode == "abduct"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Court blocks release of former minister's phone records.",
        "The ministry delayed the release of the inflation data.",
        "The studio postponed the release of the film until next year.",
        "The film's release was delayed by a month.",
    ],
)
def test_records_data_or_a_film_released_are_published_not_freed(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert not [e for e in events if e.category == "RETREAT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels agreed to the release of twelve prisoners.",
        "Families marked the release of the hostages.",
    ],
)
def test_captives_released_stay_a_release(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert [e for e in events if e.category == "RETREAT" and e.trigger.text == "release"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The National Farmers' Association warned on Tuesday that up to a third of this "
        "year's harvest could be lost to the drought.",
        "The National Farmers' Association warned that up to a third of the harvest could be lost.",
        "The Kessa Chamber of Commerce warned that food prices could double by winter.",
        "The Coastal Fishermen's Cooperative warned that hundreds of jobs could disappear.",
    ],
)
def test_a_warning_of_a_harm_nobody_inflicts_is_no_threat(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert not [e for e in events if e.category == "THREATEN"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessa warned that the rebel bases would be bombed.",
        "The union warned that the strike would be extended.",
        "Kessa warned it would retaliate against any attack.",
    ],
)
def test_a_warning_of_ones_own_act_stays_a_threat(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert [e for e in events if e.category == "THREATEN" and e.trigger.text == "warned"]


@pytest.mark.parametrize(
    ("sentence", "city", "meeting"),
    [
        ("Leaders pledge $3 billion for drought-hit Sahel at Dakar summit.", "Dakar", "summit"),
        ("Ministers agreed on a ceasefire plan at the Geneva talks.", "Geneva", "talks"),
        ("Envoys signed the accord at the Vienna conference.", "Vienna", None),
    ],
)
def test_a_city_before_a_meeting_noun_is_where_not_who(sentence: str, city: str, meeting: str | None) -> None:
    names, events = _parse(LEAD + sentence)
    assert events
    for e in events:
        assert city not in {names[a] for a in e.actors}
        assert city not in {names[t] for t in e.targets}
    if meeting:
        assert [e for e in events if e.trigger.text == meeting]


def test_a_country_before_a_meeting_noun_stays_a_party() -> None:
    names, events = _parse(LEAD + "The Kessa talks ended without a deal.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert talks and "Kessa" in {names[a] for a in talks[0].actors}


@pytest.mark.parametrize(
    ("sentence", "trigger", "actor", "not_actor"),
    [
        (
            "Tarvan ordered two diplomats from neighbouring Oskar to leave the country within "
            "72 hours, accusing them of gathering military information.",
            "accusing",
            "Tarvan",
            "two diplomats",
        ),
        (
            "Kessa urged Dessan officials to hand over the suspects, warning them of sanctions.",
            "warning",
            "Kessa",
            "Dessan officials",
        ),
        (
            "The rebels ordered the villagers to leave, threatening to burn their homes.",
            "threatening",
            "rebels",
            "villagers",
        ),
    ],
)
def test_a_participle_set_off_after_an_object_control_verb_is_the_subjects_act(
    sentence: str, trigger: str, actor: str, not_actor: str
) -> None:
    names, events = _parse(LEAD + sentence)
    acts = [e for e in events if e.trigger.text == trigger]
    assert acts
    doers = {names[a] for e in acts for a in e.actors}
    assert actor in doers and not_actor not in doers


def test_a_subject_pronoun_of_a_quote_cue_is_the_quotes_speaker() -> None:
    names, events = _parse(
        "The Eastern Liberation Front said in a statement that its fighters had seized the "
        "town. It called on soldiers elsewhere to lay down their arms."
    )
    calls = [e for e in events if e.category == "REQUEST"]
    assert calls and {names[a] for a in calls[0].actors} == {"Eastern Liberation Front"}


def test_fire_one_sets_oneself_on_is_no_target() -> None:
    names, events = _parse(LEAD + "Karim Haddad set himself on fire outside the parliament on Monday.")
    assert events and all("fire" not in {names[t] for t in e.targets} for e in events)


@pytest.mark.parametrize(
    "sentence",
    ["Police cordoned off the square after the blast.", "Troops were cordoning off the district."],
)
def test_cordoned_off_is_read_through_the_models_lemma(sentence: str) -> None:
    _ids, events = _parse(LEAD + sentence)
    assert [e for e in events if e.category == "COERCE" and e.trigger.text.startswith("cordon")]
