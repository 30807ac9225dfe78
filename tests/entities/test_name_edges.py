"""Where a name ends: a day after an organisation's name is when, not part of the name."""

from __future__ import annotations

from tests.conftest import run


def test_a_day_after_an_organisations_name_is_not_part_of_it() -> None:
    record = run(
        "Malawi's Constitutional Court on Thursday ordered the election board to suspend "
        "the count. The court said the count was flawed.",
        "2026-12-05",
    )
    names = {e.name for e in record.entities}
    assert any(n.endswith("Constitutional Court") for n in names), names
    assert not any("Thursday" in n for n in names)


def test_a_capitalised_of_phrase_still_belongs_to_the_name() -> None:
    record = run("The Court of Appeal on Monday upheld the ruling.", "2026-12-05")
    assert "Court of Appeal" in {e.name for e in record.entities}


def test_a_person_tagged_as_an_organisation_is_found_by_the_surname() -> None:
    # the small tagger reads "Carolina Vidal" as an organisation; in apposition to a role
    # noun it is a person, and the bare surname later is the same person
    record = run(
        "Chile's labour minister, Carolina Vidal, urged both sides to talk.\n\n"
        "That is not on the table, Vidal said.\n",
        "2026-12-05",
    )
    vidal = next(e for e in record.entities if e.name == "Carolina Vidal")
    assert vidal.type == "PERSON"
    assert "Vidal" in {m.text for m in vidal.mentions}
    quote = next(q for q in record.quotes if q.source is not None and q.source.text == "Vidal")
    assert quote.speaker == vidal.id


def test_a_company_named_after_a_person_keeps_its_own_name() -> None:
    record = run("Carolina Mining Corp said output fell. Mining was hit by the strike.", "2026-12-05")
    assert not any(e.name == "Carolina Mining Corp" and e.type == "PERSON" for e in record.entities)


def test_a_name_after_a_role_noun_is_a_person() -> None:
    record = run("Russian drones struck the port overnight, regional governor Oleh Kiper said on Saturday.")
    kiper = next(e for e in record.entities if e.name == "Oleh Kiper")
    assert kiper.type == "PERSON"
    assert any(r.title.endswith("governor") for r in kiper.roles)


def test_a_role_an_organisation_can_hold_keeps_the_organisation() -> None:
    record = run("Even the crosstown rival Harbor Sox ended their drought last year.")
    assert not any(e.type == "PERSON" for e in record.entities)


def test_a_name_that_modifies_a_site_noun_names_the_site() -> None:
    record = run("Protesters blocked the road to the Tallqa mine near the Ruben Arce airport on Monday.")
    types = {e.name: e.type for e in record.entities}
    assert types.get("Tallqa") != "PERSON" and types.get("Ruben Arce") != "PERSON", types


def test_a_person_named_before_a_site_noun_as_a_subject_stays_a_person() -> None:
    record = run("Jose Tallqa said the mine would close.")
    assert {e.name: e.type for e in record.entities}.get("Jose Tallqa") == "PERSON"
