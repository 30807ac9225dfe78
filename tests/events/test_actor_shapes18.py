"""Issue 12, session 18 (h/actors18): the actor and target of sentences of our own in the
shapes the earlier sets had least of (``actor_shapes18_cases.py``: the doer named in the
sentence before, unnamed groups behind quantity nouns, possessive and compound actors,
the prepositional targets of light verbs, acts in subordinate clauses, headlines and
datelines, long wire sentences with a reporting clause). The blind figures are in
docs/events.md, "Session 18, actors"; each case the stage now gets right is kept here so
it stays right, and the cases it still misses are listed (``KNOWN_MISSES``) so a fix
shows as an unexpected pass."""

from __future__ import annotations

import pytest

from newsgraph.events.formats import plover_category
from tests.events.actor_shapes18_cases import CASES, Case
from tests.events.support import chosen_event, overlaps, side_phrases
from tests.events.support import main_act as main
from tests.events.support import run_pipeline as run


def holds(phrases: list[str], words: tuple[str, ...]) -> bool:
    """Whether every expected word ("a|b": either) is in one of the phrases."""
    return all(any(any(alt in p for alt in word.split("|")) for p in phrases) for word in words)


def right(case: Case) -> bool:
    """The case's act is found with its category (when stated), actors and targets."""
    doc = run(case.text)
    event = chosen_event(doc, case.trigger)
    if event is None:
        return False
    if case.category is not None and plover_category(event) != case.category:
        return False
    actors = side_phrases(doc, event, "actor")
    return holds(actors, case.actors) and holds(side_phrases(doc, event, "target"), case.targets)


#: Texts the stage still gets wrong (the first words of each), by why: the act's word is
#: not found or miscategorised (categories), the parser's reading, or a gold choice.
KNOWN_MISSES = frozenset(
    {
        # the act's word is not found, or found in another category (no party to judge)
        "Scores of refugees were turned back",
        "A handful of protesters threw eggs",
        "The ministry's inspectors closed",
        "The air force launched strikes",  # labour strikes (PROTEST), so no target on camps
        "The court issued an arrest warrant",
        "Residents fled the town before the rebels captured",
        "Rebels seize border town",  # "took control of" is no act
        "Japan will send a team of doctors",
        "The World Food Programme will deliver",
        "Hundreds of Kessan refugees have returned",
        "The rebel leader, speaking by telephone",  # a denial of a claim is no act
        # a chamber ("the upper house") is a site to the selectional check, not a body
        "The proposal was rejected on Tuesday",
        # a promised act is AGREE as the scorer codes it; the parties are right
        "Dessan Foreign Minister Karl Obi",
        "Under the agreement, Tarvia will withdraw",
        # "met ... to discuss": the act is "discuss", whose target is the topic's people
        "Senior Kessan and Dessan officials met",
        # gold choices: a named modifier or the counted party is the phrase kept
        # ("an Orlenian fishing boat" -> Orlenian, "14 members of an outlawed party"),
        # both overlap the whole phrase a scorer reads; coordinated subjects are all actors
        "Dessan navy vessels seized",
        "On Monday, in the capital Kell",
        "Orlenia and Tarvia agreed",
        # a ban on an act (rallies) held in a common-noun place: no target
        "Citing security concerns",
        "{The Security Council today voted",  # "extend the mandate" is no act
        # a site the act is aimed at yields to the party of the reverse verb ("repelled")
        "The official news agency said Kessan troops",
    }
)


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_the_actor_and_target_of_our_sentences(case: Case) -> None:
    known = any(case.text.startswith(m) for m in KNOWN_MISSES)
    if known:
        pytest.xfail("known miss")
    assert right(case), case


# ---------------------------------------------------------------- the rules, one by one


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The junta placed restrictions on foreign reporters.", "junta", "reporters"),
        ("The regulator put a ban on imports from Dessa.", "regulator", ""),
    ],
)
def test_placing_or_putting_an_act_is_a_light_verb(text: str, actor: str, target: str) -> None:
    _found, actors, targets = main(text)
    assert overlaps(actors, actor), actors
    assert not target or overlaps(targets, target), targets


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Senate leaders rejected the proposal from Kessa.", "Kessa"),
        ("Tarvian officials accepted the offer from Dessa on Monday.", "Dessa"),
    ],
)
def test_a_thing_answered_is_aimed_at_the_party_it_came_from(text: str, party: str) -> None:
    """The parser hangs the "from" phrase on the verb, not on the thing."""
    _found, _actors, targets = main(text)
    assert overlaps(targets, party), targets


def test_a_place_an_attack_comes_from_is_no_target() -> None:
    _found, _actors, targets = main("Militants fired rockets from Dessa at the town of Ossa.")
    assert not overlaps(targets, "Dessa"), targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Tarvian government lodged a complaint with the Kessan embassy.", "embassy"),
        ("The rebels declared a truce with government troops.", "troops"),
    ],
)
def test_the_with_party_of_an_act_noun_is_the_other_side(text: str, target: str) -> None:
    _found, _actors, targets = main(text)
    assert overlaps(targets, target), targets


def test_a_weapon_of_an_act_noun_is_no_other_side() -> None:
    _found, _actors, targets = main("The rebels launched an attack with rockets on the airport.")
    assert not overlaps(targets, "rockets"), targets


def test_a_craft_named_with_a_name_the_tagger_left_unlabelled_acts_for_it() -> None:
    """ "Dessan navy vessels": neither word is labelled, yet the vessels are a navy's."""
    found, actors, _targets = main("Dessan navy vessels seized a cargo ship near the island.")
    assert found == "COERCE", found
    assert overlaps(actors, "vessels"), actors


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police broke up a rally by supporters of the jailed mayor.", "supporters"),
        ("Riot police broke up a demonstration by loyalists of the mayor.", "loyalists"),
    ],
)
def test_breaking_up_a_protest_held_by_people_named_by_whom_they_follow(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "COERCE"
    assert overlaps(targets, target), targets


def test_breaking_up_a_protest_by_force_names_no_holder() -> None:
    _found, _actors, targets = main("Police broke up the march by force.")
    assert not overlaps(targets, "force"), targets


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Chief negotiator Ana Ruiz said the talks with the rebels had stalled.", "Ruiz"),
        ("A government spokesman said talks with the union would resume on Monday.", "spokesman"),
    ],
)
def test_a_reporter_who_speaks_for_a_side_is_that_side_of_talks(text: str, actor: str) -> None:
    doc = run(text)
    event = chosen_event(doc, "talks")
    assert event is not None
    assert holds(side_phrases(doc, event, "actor"), (actor,))


def test_a_reporter_who_speaks_for_nobody_takes_no_part_in_the_talks() -> None:
    doc = run("The analyst Tom Reed said the talks with the rebels had stalled.")
    event = chosen_event(doc, "talks")
    assert event is not None
    assert side_phrases(doc, event, "actor") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hundreds of nurses marched in Kell to demand better pay from the health ministry.", "ministry"),
        ("Students staged a sit-in to demand the resignation of the university president.", "president"),
    ],
)
def test_a_protest_is_aimed_at_whom_its_purpose_makes_a_demand_of(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "PROTEST"
    assert overlaps(targets, target), targets


def test_a_protest_whose_demand_names_no_party_stays_unaimed() -> None:
    _found, _actors, targets = main("Farmers marched through Kell to demand an end to the relief cuts.")
    assert not overlaps(targets, "end"), targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Miners rallied in protest of the government's decision to close the pits.", "government"),
        ("Refugees continued a hunger strike in protest of the ministry's refusal to hear them.", "ministry"),
    ],
)
def test_a_protest_against_a_partys_measure_is_aimed_at_it(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "PROTEST"
    assert overlaps(targets, target), targets


def test_a_protest_over_an_ownerless_matter_stays_unaimed() -> None:
    _found, _actors, targets = main("Teachers marched in protest over pay.")
    assert targets == [], targets


def test_a_body_named_by_a_self_reference_keeps_the_words_of_the_clause() -> None:
    """ "the group" is the front the spokesman speaks for, and the clause's own words."""
    doc = run("A spokesman for the Kessan Liberation Front said the group had seized two engineers.")
    event = chosen_event(doc, "seized")
    assert event is not None
    actors = side_phrases(doc, event, "actor")
    assert holds(actors, ("Liberation Front", "the group")), actors


def test_a_state_office_holders_we_is_the_office() -> None:
    doc = run('"We will not negotiate with the kidnappers," the interior minister told reporters.')
    event = chosen_event(doc, "negotiate")
    assert event is not None
    assert holds(side_phrases(doc, event, "actor"), ("minister",))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Thousands protested in Kell on Sunday against the new law.", "Thousands"),
        ("Tens of thousands took to the streets of Varna on Saturday.", "Tens of thousands"),
        ("Hundreds protest in Varna over fuel prices", "Hundreds"),
    ],
)
def test_people_counted_by_a_number_alone_are_the_protesters(text: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == "PROTEST"
    assert overlaps(actors, actor), actors


def test_people_counted_by_a_number_alone_can_be_shot() -> None:
    found, actors, targets = main("Dozens were shot dead by soldiers near the border.")
    assert found == "ASSAULT"
    assert overlaps(targets, "Dozens"), targets
    assert overlaps(actors, "soldiers"), actors


def test_a_number_counting_a_thing_is_no_party() -> None:
    _found, _actors, targets = main("Rebels seized thousands of dollars from the bank.")
    assert not overlaps(targets, "thousands"), targets
