"""Session 19 (issue 10): two pronoun rules, read on sentences written for them.

- An object pronoun of a subjectless participle or infinitive is not the subject the
  clause takes its understood subject from (binding through control).
- A he/she owning a noun in a prepositional phrase fronted before its clause's named
  subject may point forward to that subject (cataphora), unless the context says otherwise.
"""

from __future__ import annotations

from tests.conftest import run
from tests.entities.support import pronoun_entity

# -- binding through control ---------------------------------------------------------


def test_object_of_a_trailing_participle_is_not_the_main_subject() -> None:
    text = (
        "Marek Halloran met Tobias Wrenfield in March. Halloran left the meeting early, "
        "telling him to wait for a call."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "him") != "Marek Halloran"


def test_object_of_an_infinitive_is_not_the_subject_that_controls_it() -> None:
    text = "Edwin Castellane met Rupert Oyelaran in Lagos. Castellane tried to persuade him to stay."
    r = run(text)
    assert pronoun_entity(r.entities, text, "him") != "Edwin Castellane"


def test_an_object_between_them_may_be_the_understood_subject() -> None:
    # "asked Oyelaran to help him": the helper is Oyelaran, so "him" may be Castellane
    from newsgraph.entities.binding import controlling_verb
    from newsgraph.entities.state import EntityState
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))("Castellane asked Oyelaran to help him with the move.")
    state = EntityState(doc)
    helper = next(t for t in doc if t.lower_ == "help")
    assert controlling_verb(state, helper) is None


def test_a_participle_of_the_whole_event_keeps_the_subject_possible() -> None:
    from newsgraph.entities.binding import controlling_verb
    from newsgraph.entities.state import EntityState
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))("Vasquez won easily, giving him a second term.")
    state = EntityState(doc)
    giving = next(t for t in doc if t.lower_ == "giving")
    assert controlling_verb(state, giving) is None


# -- forward reference from a fronted phrase ------------------------------------------


def test_his_in_a_fronted_phrase_points_forward_to_the_subject() -> None:
    text = (
        "The club sacked Ulric Penhallow in May. In his first season, Casimir Oduya won the league."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") == "Casimir Oduya"


def test_her_in_a_fronted_participle_phrase_points_forward() -> None:
    text = (
        "The company was founded in 1902. Without telling her partners, Ingrid Solvang "
        "sold the patent in 1911."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Ingrid Solvang"


def test_a_stand_in_noun_does_not_point_forward() -> None:
    text = "Tarquin Blaylock fell ill in May. In his absence, Desmond Futrelle ran the office."
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") != "Desmond Futrelle"


def test_a_subject_of_the_previous_sentence_keeps_the_pronoun() -> None:
    text = (
        "Tarquin Blaylock joined the firm as a clerk in 1990. Despite his talent, "
        "Desmond Futrelle refused to promote the young clerk."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "his") != "Desmond Futrelle"


def test_a_topic_phrase_does_not_point_forward() -> None:
    text = "Of her decision to retire, coach Lionel Brackett said the club would miss her."
    r = run(text)
    assert pronoun_entity(r.entities, text, "her", 0) != "Lionel Brackett"


def test_an_infinitive_after_an_object_is_not_controlled_by_the_subject() -> None:
    # "needs voters to trust him": the voters trust; "him" may be the one who needs them
    from newsgraph.entities.binding import controlling_verb
    from newsgraph.entities.state import EntityState
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))("Okonjo needs more voters to trust him before the runoff.")
    state = EntityState(doc)
    trust = next(t for t in doc if t.lower_ == "trust")
    assert controlling_verb(state, trust) is None


def test_a_phrase_object_inside_an_infinitive_may_be_the_subject() -> None:
    text = (
        "Maria Lindqvist kept a small notebook that she used to carry around with her "
        "everywhere. She filled it with sketches."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") == "Maria Lindqvist"


# -- one person named two ways, and the pronouns that continue her ----------------------


def test_a_name_with_diacritics_is_the_same_name_without() -> None:
    r = run(
        "José Ramírez signed a new contract on Monday. Jose Ramirez, 31, said the club had "
        "treated him fairly."
    )
    people = [e for e in r.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert len([m for m in people[0].mentions if m.kind == "name"]) == 2


def test_a_she_chain_with_one_woman_named_survives_a_doubted_first_link() -> None:
    from newsgraph.entities.confidence import _sole_gendered
    from newsgraph.entities.pronouns import RulePick
    from newsgraph.entities.state import EntityState, MentionDraft
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))("Maria Lindqvist was a Swedish architect.")
    state = EntityState(doc)
    mention = MentionDraft(0, 2, "name", "PERSON", head=1)
    state.add_mention(mention)
    cluster = state.new_cluster(mention)
    pick = RulePick(cluster, mention, "score", 5.0, 1, 0.0, True)
    assert not _sole_gendered(state, pick)  # no gender stated: a chain through a dropped link stays dropped
    state.clusters[cluster].gender = "f"
    assert _sole_gendered(state, pick)
    assert not _sole_gendered(state, RulePick(cluster, mention, "score", 0.5, 2, 0.0, True))
