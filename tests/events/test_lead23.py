"""Session 23 (lead): a person who owns an arrest or a release undergoes it; a word of an
organisation's name is no act."""

from __future__ import annotations

from tests.conftest import run


def test_his_release_is_done_to_him_not_by_him() -> None:
    r = run("Omar Saleh was detained in March. Rights groups called for his release.")
    saleh = next(e for e in r.entities if e.name == "Omar Saleh")
    release = next(e for e in r.events if e.lemma == "release")
    assert saleh.id in release.targets
    assert saleh.id not in release.actors
    assert not release.actors


def test_her_arrest_is_done_to_her() -> None:
    r = run("Lena Voss said she was beaten after her arrest in Minsk.")
    voss = next(e for e in r.entities if e.name == "Lena Voss")
    arrest = next(e for e in r.events if e.lemma == "arrest")
    assert voss.id not in arrest.actors


def test_a_release_of_captives_is_still_done_by_its_owner() -> None:
    r = run("Hamas's release of the hostages began on Sunday.")
    release = next(e for e in r.events if e.lemma == "release")
    assert release.actors


def test_a_verb_inside_an_organisations_name_is_no_act() -> None:
    r = run(
        '"This is not a verdict, it is a message," said Emre Tan, the representative of a press '
        "group. The Committee to Protect Journalists said at least 18 journalists were "
        "currently behind bars in Turkey."
    )
    assert not any(e.lemma == "protect" for e in r.events)


def test_his_successor_does_not_act_for_him() -> None:
    r = run("Carlos Mendes spoke on Monday. He hopes that his successor will push for lower taxes.")
    push = next(e for e in r.events if e.lemma == "push for")
    mendes = next(e for e in r.entities if e.name == "Carlos Mendes")
    assert mendes.id not in push.actors


def test_his_government_still_acts_for_him() -> None:
    r = run("Carlos Mendes spoke on Monday. He said his government would push for lower taxes.")
    push = next(e for e in r.events if e.lemma == "push for")
    mendes = next(e for e in r.entities if e.name == "Carlos Mendes")
    assert mendes.id in push.actors


def test_a_conjunct_with_its_own_auxiliary_keeps_its_own_modality() -> None:
    r = run("The government said it would not sign the deal and has urged Myanmar to talk.")
    urge = next(e for e in r.events if e.lemma == "urge")
    assert urge.modality != "negated"


def test_a_conjunct_without_an_auxiliary_shares_the_negation() -> None:
    r = run("The two sides will not meet and sign the accord.")
    sign = next(e for e in r.events if e.lemma == "sign")
    assert sign.modality == "negated"
