"""Plural pronouns: "they" means a group, never one named person, and a group named only
by a plural noun ("officials", "the two companies") is a referent "they" can mean.
Sentences written for these tests."""

from __future__ import annotations

from newsgraph.records import Entity, Record
from tests.conftest import run
from tests.entities.test_entities import entities, texts


def _speaker(record: Record, words: str) -> Entity | None:
    """The speaker entity of the quote whose content contains ``words``."""
    quote = next(q for q in record.quotes if any(words in c.text for c in q.content))
    return next((e for e in record.entities if e.id == quote.speaker), None)


def _holder_of(ents: list[Entity], pronoun: str, start: int) -> Entity | None:
    return next(
        (e for e in ents if any(m.kind == "pronoun" and m.start == start for m in e.mentions)), None
    )


def test_they_after_a_group_and_a_named_person_is_not_the_person() -> None:
    text = "The union's leaders met Mayor Dana Price on Monday. They said the strike would go on."
    record = run(text)
    speaker = _speaker(record, "strike would go on")
    assert speaker is None or speaker.type != "PERSON"
    assert speaker is None or "leaders" in speaker.name or "union" in speaker.name.lower()


def test_they_never_links_to_a_single_person() -> None:
    text = "Governor Lena Ortiz visited the flooded town on Sunday. They said the river rose overnight."
    ents = entities(text)
    holder = _holder_of(ents, "They", text.index("They"))
    assert holder is None or holder.type != "PERSON"
    speaker = _speaker(run(text), "river rose")
    assert speaker is None or speaker.type != "PERSON"


def test_officials_said_then_they_added_is_the_officials_group() -> None:
    text = (
        "Officials said the bridge would reopen in May. "
        "They added that the repairs would cost $4 million."
    )
    record = run(text)
    first, second = _speaker(record, "bridge would reopen"), _speaker(record, "repairs would cost")
    assert second is not None and second.type == "GROUP" and second.name == "Officials"
    assert first is not None and first.id == second.id
    assert "They" in texts(second, "pronoun")


def test_officials_said_they_links_they_to_the_officials() -> None:
    text = "Officials said they would review the decision next week."
    ents = entities(text)
    group = next(e for e in ents if e.type == "GROUP")
    assert group.name == "Officials" and "they" in texts(group, "pronoun")


def test_two_companies_are_the_group_they_means() -> None:
    text = "The two companies announced the merger on Friday. They said it would create 500 jobs."
    speaker = _speaker(run(text), "500 jobs")
    assert speaker is not None and speaker.type == "GROUP" and speaker.name == "two companies"


def test_they_after_an_object_group_and_a_named_subject_is_the_group() -> None:
    text = "Senator Paul Vale met the union leaders on Friday. They told reporters that talks had failed."
    speaker = _speaker(run(text), "talks had failed")
    assert speaker is None or (speaker.type == "GROUP" and "union leaders" in speaker.name)


def test_a_plural_noun_nearer_the_pronoun_leaves_it_unresolved() -> None:
    # "monks" is no listed group noun, but it is plural and nearer: not "the women".
    text = "Women step aside for the monks on the street, so they can pass without contact."
    ents = entities(text)
    holder = _holder_of(ents, "they", text.index("they"))
    assert holder is None or "Women" not in holder.name


def test_a_group_that_only_speaks_is_no_entity() -> None:
    ents = entities("Officials said on Sunday that the bridge would reopen. Residents told us it was late.")
    assert not any(e.type == "GROUP" for e in ents)


def test_a_group_that_acts_is_an_entity() -> None:
    ents = entities("Protesters gathered outside the ministry. Police used tear gas to disperse them.")
    groups = {e.name for e in ents if e.type == "GROUP"}
    assert {"Protesters", "Police"} <= groups


def test_a_group_an_act_is_aimed_at_is_an_entity_and_the_event_target() -> None:
    r = run("Riot police fired rubber bullets at students outside the university on Friday.")
    names = {e.id: e.name for e in r.entities}
    fired = next(v for v in r.events if v.trigger.text == "fired")
    assert [names[t] for t in fired.targets] == ["students"]
    # a group a person only speaks at is no party to an act
    ents = entities("The mayor smiled at reporters and said the budget was fine.")
    assert not any(e.type == "GROUP" for e in ents)


def test_he_and_she_never_link_to_a_group() -> None:
    text = "Officials met Ana Ruiz on Monday. She said the plan was fair."
    ents = entities(text)
    holder = _holder_of(ents, "She", text.index("She"))
    assert holder is None or holder.type == "PERSON"


def test_our_members_is_no_group_of_the_article() -> None:
    text = '"Our members will vote," said Tomas Brell. They voted on Friday.'
    ents = entities(text)
    assert not any(e.type == "GROUP" and "members" in e.name for e in ents)


def test_they_in_a_relative_clause_is_not_the_noun_it_modifies() -> None:
    text = "The senators ignore the very people they refuse to name, critics said."
    ents = entities(text)
    holder = _holder_of(ents, "they", text.index("they"))
    assert holder is None or "people" not in holder.name


def test_a_group_that_spoke_is_the_they_that_speaks_again_past_a_plural_rival() -> None:
    text = "Officials said the repairs would take months. They added that the road would stay shut."
    ents = entities(text)
    holder = _holder_of(ents, "They", text.index("They"))
    assert holder is not None and holder.type == "GROUP" and holder.name == "Officials"


def test_a_one_word_compound_of_a_person_noun_names_a_group() -> None:
    ents = entities("The port was quiet on Monday. Striking dockworkers blocked the gates.")
    assert any(e.type == "GROUP" and "dockworkers" in e.name for e in ents)


def test_a_capitalised_group_opening_the_lead_is_a_group() -> None:
    ents = entities("ROTTERDAM, Sept 9 - Dockworkers at the port extended their strike by a week on Tuesday.")
    assert any(e.type == "GROUP" and e.name.startswith("Dockworkers") for e in ents)


def test_a_group_that_criticises_is_a_party() -> None:
    ents = entities("The central bank raised rates on Monday. Traders criticised the decision.")
    assert any(e.type == "GROUP" and "Traders" in e.name for e in ents)


def test_they_after_two_coordinated_people_is_the_pair() -> None:
    text = (
        "Together Dana Merrow and Alvin Kessel tried to measure the flow. "
        "In particular, they wanted to know why it slowed."
    )
    ents = entities(text)
    holder = _holder_of(ents, "they", text.index("they"))
    assert holder is not None and holder.type == "GROUP"
    assert "Merrow" in holder.name and "Kessel" in holder.name
    # the people keep their own entities
    assert any(e.type == "PERSON" and e.name == "Dana Merrow" for e in ents)


def test_a_person_coordinated_with_an_organisation_is_no_pair() -> None:
    text = "Dana Merrow and the Fisheries Ministry signed the deal. They said it would hold."
    ents = entities(text)
    assert not any(e.type == "GROUP" and "Merrow" in e.name for e in ents)
