"""Session 16: an age is no part of a role, and "police"/"people" name a group whatever the
tagger made of them, on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import run


def test_an_age_is_no_part_of_the_role() -> None:
    r = run("Mira Kolar, a 24-year-old nursing student, said the square was calm.")
    person = next(e for e in r.entities if e.name == "Mira Kolar")
    assert [role.title for role in person.roles] == ["nursing student"]


def test_police_opening_a_line_after_a_timestamp_is_the_group_that_acts() -> None:
    r = run(
        "Protests spread to the coast\n\n14:05 GMT\n\n"
        "Police in Tarnow fired tear gas at students on Thursday afternoon.\n"
    )
    names = {e.id: e.name for e in r.entities}
    fired = next(v for v in r.events if v.trigger.text == "fired")
    assert [names[a] for a in fired.actors] == ["Police"]


def test_people_as_a_subject_is_a_group() -> None:
    r = run("People in the valley blocked the main road with tractors on Friday.")
    names = {e.id: e.name for e in r.entities}
    blocked = next(v for v in r.events if v.trigger.text == "blocked")
    assert [names[a] for a in blocked.actors] == ["People"]


def test_a_person_named_in_what_was_reported_is_not_the_next_she() -> None:
    r = run(
        "A court in Tarnow on Thursday sentenced the former minister Viktor Hale to six years.\n\n"
        'Judge Marta Ilves said Hale had "betrayed the trust of patients". '
        "She ordered him to repay the money."
    )
    she = r.article.text.index("She ordered")
    holders = [e.name for e in r.entities if any(m.start == she for m in e.mentions)]
    assert holders in ([], ["Marta Ilves"])


def test_a_headline_above_a_dateline_names_the_body_s_referents() -> None:
    r = run(
        "Norway expels two Russian diplomats over spying claims\n\n"
        "OSLO, Dec 5 (Reuters) - Norway ordered two Russian diplomats to leave the country "
        "on Friday, the foreign ministry said.\n"
    )
    orlenia = next(e for e in r.entities if e.name == "Norway")
    assert orlenia.mentions[0].start == 0
    expel = next(v for v in r.events if v.trigger.text == "expels")
    assert expel.actors == [orlenia.id]


def test_a_headline_name_two_referents_share_is_not_linked() -> None:
    r = run("Lund quits\n\nZERAVA, Dec 5 (Reuters) - Anna Lund met Erik Lund on Friday.\n")
    assert not [m for e in r.entities for m in e.mentions if m.start == 0]


def test_the_portfolio_of_a_title_with_of_is_not_part_of_the_name() -> None:
    r = run("Secretary of State Daniel Price said Washington would consider similar steps.")
    kinds = {e.name: e.type for e in r.entities}
    assert kinds.get("Daniel Price") == "PERSON"
    assert "State Daniel Price" not in kinds
    r = run("The State Department said it would respond on Monday.")
    assert {e.name: e.type for e in r.entities}.get("State Department") == "ORG"


def test_a_country_s_ministries_are_its_bodies_and_two_of_them_stay_apart() -> None:
    r = run(
        "Hungary raised fuel prices on Monday. The interior ministry said 41 people had been "
        "arrested. The foreign ministry said it regretted the violence. The ministry later deleted the post."
    )
    by_name = {e.name: e for e in r.entities}
    interior, foreign = by_name["interior ministry"], by_name["foreign ministry"]
    assert interior.id != foreign.id
    assert interior.country == foreign.country == "HUN"
    assert "The ministry" in [m.text for m in foreign.mentions]


def test_a_description_with_other_words_of_which_is_not_the_body_named_before() -> None:
    r = run("The Ministry of Interior said 12 people were held. The foreign ministry said talks resume.")
    ministry = next(e for e in r.entities if e.name == "Ministry of Interior")
    assert "The foreign ministry" not in [m.text for m in ministry.mentions]


def test_a_titled_name_tagged_as_an_organisation_is_the_person() -> None:
    r = run(
        "Councillor Amina Diallo, who represents the northern wards, voted against the plan. "
        "Diallo said she would appeal. General Motors said it would cut jobs."
    )
    kinds = {e.name: e.type for e in r.entities}
    assert kinds.get("Amina Diallo") == "PERSON"
    assert kinds.get("General Motors") == "ORG"
    diallo = next(e for e in r.entities if e.name == "Amina Diallo")
    assert "Diallo" in [m.text for m in diallo.mentions]


def test_a_name_after_a_place_noun_and_of_is_a_place() -> None:
    r = run("Two protesters were shot dead by police in the western town of Kisumu, the group said.")
    assert {e.name: e.type for e in r.entities}.get("Kisumu") == "GPE"
    r = run("The University of Sandor led the study, its director said.")
    assert {e.name: e.type for e in r.entities}.get("University of Sandor") == "ORG"


def test_a_time_zone_after_a_clock_time_is_no_organisation() -> None:
    r = run("Protests spread\n\n14:05 GMT\n\nPolice in Tarnow fired tear gas at students on Thursday.\n")
    assert "GMT" not in {e.name for e in r.entities}
