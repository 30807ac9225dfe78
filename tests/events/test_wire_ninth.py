"""Issue 12, session 18 (h/events18): categories the ninth wire-dev batch
(WIRE-DEV-941..1060) and the lead's reading found wrong, fixed by category: rarer words
for known acts (inking a deal, pooling intelligence, joint drills, a bailout, a court
throwing out a plea, travel bans, people turned back at a frontier), acts weighed or
mulled, a threat whose object is a strike, a blockade by a state or a force, an
occupation by civilians, a company's purchase, a match's comeback, a meeting of "the two
leaders", and a conjunct with its own subject that does not share a modal.
Sentences written for these tests (invented places and people where a name is needed)."""

from __future__ import annotations

import pytest

from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run

# ------------------------------------------------- rarer words for known acts


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Kessa and Dessa inked a deal on sharing the river's water.", "AGREE", "Kessa"),
        ("Police forces in the region pooled resources to trace the gang.", "COOPERATE", "Police"),
        ("The militia teamed up with local clans to drive out the jihadists.", "COOPERATE", "militia"),
        ("The Orlenian and Kessan navies held joint drills off the coast.", "COOPERATE", "navies"),
        ("The fund approved a bailout for Dessa's banks.", "AID", "fund"),
        ("The supreme court threw out the lawsuit against the governor.", "REJECT", "court"),
        ("The minister brushed aside calls to resign.", "REJECT", "minister"),
        ("Kessa imposed a travel ban on four army generals.", "SANCTION", "Kessa"),
        ("Border police turned back dozens of asylum seekers at the crossing.", "COERCE", "police"),
        ("Orlenia turned away hundreds of refugees.", "COERCE", "Orlenia"),
    ],
)
def test_rarer_words_for_known_acts(text: str, category: str, actor: str) -> None:
    found, actors, _targets = main(text)
    assert found == category
    assert overlaps(actors, actor), actors


@pytest.mark.parametrize(
    "text",
    [
        "The hospital turned away dozens of patients.",  # no frontier, no act
        "The council pushed back the deadline by a month.",
        "The team stormed back to win the cup.",
    ],
)
def test_their_everyday_uses_are_no_acts(text: str) -> None:
    assert main(text)[0] is None


# ------------------------------------------------- an act weighed is not yet done


@pytest.mark.parametrize(
    "text",
    [
        "The EU is mulling new sanctions on Kessa.",
        "Washington is weighing sanctions against Dessan officials.",
    ],
)
def test_sanctions_weighed_are_a_threat(text: str) -> None:
    assert main(text)[0] == "THREATEN"


def test_a_strike_threatened_is_a_threat() -> None:
    found, actors, _targets = main("Orlenia threatened strikes on Kessan cities.")
    assert found == "THREATEN"
    assert overlaps(actors, "Orlenia"), actors


def test_strikes_launched_by_warplanes_are_an_attack() -> None:
    assert main("Kessan jets launched strikes on militia positions.")[0] == "ASSAULT"
    assert main("Workers launched strikes at two car plants.")[0] == "PROTEST"


# ------------------------------------------------- blockades


@pytest.mark.parametrize(
    "text",
    [
        "The navy imposed a blockade on the port.",
        "Orlenian warships blockaded the island for three weeks.",
        "The coalition imposed a naval blockade on the rebel-held coast.",
    ],
)
def test_a_blockade_by_a_state_or_a_force_is_coercion(text: str) -> None:
    assert main(text)[0] == "COERCE"


def test_a_blockade_by_protesters_stays_a_protest() -> None:
    assert main("Farmers blockaded the motorway with their tractors.")[0] == "PROTEST"


# ------------------------------------------------- civilians occupying, companies buying


def test_civilians_occupying_a_building_protest() -> None:
    assert main("Workers occupied the factory in protest at the layoffs.")[0] == "PROTEST"
    assert main("Rebels occupied the town.")[0] == "COERCE"


def test_a_company_agreeing_to_buy_makes_no_act() -> None:
    assert main("The carmaker agreed to sell its truck division for 4 billion euros.")[0] is None
    assert main("Kessa agreed to buy Orlenian drones.")[0] == "AGREE"


# ------------------------------------------------- meetings announced


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders were set to meet on the sidelines of the summit.",
        "Both sides will meet in Kell next week.",
    ],
)
def test_a_meeting_announced_is_an_intent_to_meet_by_its_parties(text: str) -> None:
    found, actors, _targets = main(text)
    assert found == "AGREE"  # CAMEO 036, "express intent to meet"
    assert actors, actors


def test_a_gathering_of_many_is_no_meeting() -> None:
    assert main("Two hundred farmers met in the village hall.")[0] is None


# ------------------------------------------------- a conjunct with its own subject


def test_a_conjunct_with_its_own_subject_keeps_its_own_modality() -> None:
    doc = run(
        "Critics say the reform would hurt workers, and on Saturday thousands took part "
        "in the largest demonstration since 1995."
    )
    protests = [e for e in doc._.ng_events if e.category == "PROTEST"]
    assert protests and all(e.modality in ("asserted", "reported") for e in protests), protests


def test_conjoined_verbs_still_share_their_modal() -> None:
    doc = run("The two sides will meet and sign the accord.")
    assert any(e.lemma == "sign" and e.modality == "future" for e in doc._.ng_events)


# ------------------------------------------------- a strait closed


@pytest.mark.parametrize(
    "text",
    ["Tehran suggested it might close the strait to tankers.", "Kessan rebels could block the strait."],
)
def test_closing_a_strait_held_out_as_possible_is_a_threat(text: str) -> None:
    assert main(text)[0] == "THREATEN"


# ------------------------------------------------- a particle read as "more than"


def test_a_particle_the_parser_reads_as_more_than_is_the_verbs() -> None:
    found, actors, _targets = main(
        "Kessan fighters, who control the valley, handed over 40 suspects to Dessa."
    )
    assert found == "COOPERATE"  # people wanted by the law handed over: an extradition
    assert overlaps(actors, "fighters"), actors


# ------------------------------------------------- a force getting ready


@pytest.mark.parametrize(
    "text",
    [
        "The Kessan army prepared to resume shelling rebel-held villages.",
        "Troops were preparing to storm the town.",
        "The rebels are gearing up to attack the capital.",
    ],
)
def test_a_force_preparing_to_use_force_raises_its_readiness(text: str) -> None:
    assert main(text)[0] == "MOBILIZE"  # CAMEO "PREPARE ... FOR &FIGHT" [154]


def test_a_party_preparing_anything_else_keeps_its_act() -> None:
    assert main("The two sides prepared to sign the accord.")[0] == "AGREE"


# ------------------------------------------------- words from CAMEO's verb blocks


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Gunmen sprayed a crowded bus station with bullets.", "ASSAULT"),
        ("Villagers lynched a man suspected of witchcraft.", "ASSAULT"),
        ("Kessan rebels overran an army post near the border.", "COERCE"),  # CAMEO OVERRUN [192]
        ("The government evicted hundreds of families from the disputed land.", "COERCE"),  # EVICT [174]
        ("The junta dissolved all political parties.", "COERCE"),  # 1722
        ("The army sent reinforcements to the northern front.", "MOBILIZE"),
        ("Kessa moved tanks to the border.", "MOBILIZE"),
        ("The president lauded the security forces for their bravery.", "SUPPORT"),  # LAUD [051]
    ],
)
def test_rarer_verbs_of_known_acts(text: str, category: str) -> None:
    assert main(text)[0] == category


def test_a_parliament_dissolved_is_no_ban() -> None:
    assert main("The president dissolved parliament and called early elections.")[0] != "COERCE"


# ------------------------------------------------- jeers, rough handling, exclusions


def test_jeering_a_person_is_disapproval() -> None:
    found, actors, targets = main("The minister was booed by protesters in the town.")
    assert found == "ACCUSE"  # CAMEO JEER [111]
    assert overlaps(actors, "protesters") and overlaps(targets, "minister"), (actors, targets)


def test_people_roughed_up_are_assaulted() -> None:
    found, actors, targets = main("Two reporters were roughed up by police.")
    assert found == "ASSAULT"
    assert overlaps(actors, "police") and overlaps(targets, "reporters"), (actors, targets)


def test_an_act_not_ruled_out_is_held_out_as_possible() -> None:
    found, actors, _targets = main("The government did not rule out new sanctions.")
    assert found == "THREATEN"
    assert overlaps(actors, "government"), actors


def test_a_strike_not_called_off_goes_ahead() -> None:
    doc = run("The union did not call off the strike.")
    assert not any(e.category == "PROTEST" and e.modality == "hypothetical" for e in doc._.ng_events)


def test_neither_nor_negates_both_verbs() -> None:
    doc = run("The general neither confirmed nor denied the attack.")
    denial = [e for e in doc._.ng_events if e.lemma == "deny"]
    assert denial and denial[0].modality == "negated", doc._.ng_events


# ------------------------------------------------- light-verb idioms of known acts


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kessa's leader paid tribute to the peacekeepers.", "SUPPORT"),
        ("The president granted clemency to 50 inmates.", "RETREAT"),  # a release (0841)
        ("Kessa pulled its ambassador from Dessa.", "SANCTION"),
        ("The ministry imposed a news blackout on the region.", "COERCE"),
        ("The army vowed to flush out the militants.", "THREATEN"),
    ],
)
def test_light_verb_idioms_of_known_acts(text: str, category: str) -> None:
    assert main(text)[0] == category


def test_a_diplomatic_offensive_is_no_attack() -> None:
    assert main("Kessa mounted a diplomatic offensive to win support.")[0] is None
    assert main("Kessa mounted an offensive against the rebels.")[0] == "ASSAULT"


def test_a_power_blackout_is_no_act() -> None:
    assert main("A power blackout hit the capital on Monday.")[0] is None


# ------------------------------------------------- more rarer verbs, weapons moved, a state's boycott


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The president berated his generals over the defeat.", "ACCUSE"),
        ("Snipers picked off civilians fleeing the town.", "ASSAULT"),
        ("Militiamen butchered dozens of villagers.", "ASSAULT"),
        ("The union balked at the offer.", "REJECT"),
        ("Russia beseeched its allies for help.", "REQUEST"),
        ("Russia bankrolled the rebuilding of the schools.", "AID"),
        ("Russia shuttered its embassy in Ukraine.", "SANCTION"),
        ("Russia blacklisted 20 Ukrainian officials.", "SANCTION"),
        ("The navy dispatched troops to the island.", "MOBILIZE"),
        ("Russia stationed missiles near the border.", "MOBILIZE"),
    ],
)
def test_more_rarer_verbs_of_known_acts(text: str, category: str) -> None:
    assert main(text)[0] == category


def test_software_deployed_is_no_mobilisation() -> None:
    assert main("The firm deployed new software.")[0] is None


def test_a_state_staying_away_sanctions_and_a_party_protests() -> None:
    assert main("Russia boycotted the summit.")[0] == "SANCTION"
    assert main("The opposition boycotted the vote.")[0] == "PROTEST"


# ------------------------------------------------- people named by a closed compound


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Militants abducted a group of schoolgirls from their dormitory.", "schoolgirls"),
        ("The abduction of the schoolchildren sparked outrage.", "schoolchildren"),
        ("Gunmen killed four tribesmen near the well.", "tribesmen"),
    ],
)
def test_people_named_by_a_closed_compound_are_people(text: str, target: str) -> None:
    found, _actors, targets = main(text)
    assert found == "ASSAULT"
    assert overlaps(targets, target), targets
