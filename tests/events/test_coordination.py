"""Issue 12, seventh round: the subject of a coordinated verb. A command or speech act
joined to a reported clause belongs to the speaker only when the reported clause is not
itself a party's act in the same plain tense; a verb the parser joined to a far clause
over a nearer one takes the nearer clause's subject; agent phrases of the CAMEO agents
dictionary ("law enforcement") are parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.events import event_details
from newsgraph.records import Event
from tests.events.support import run_pipeline as run


def by_trigger(doc: Doc, trigger: str) -> Event:
    found = [e for e in doc._.ng_events if e.trigger.text == trigger]
    assert found, [(e.category, e.trigger.text) for e in doc._.ng_events]
    return found[0]


def actor_phrases(doc: Doc, event: Event) -> list[str]:
    return [doc.text[s:e] for s, e in event_details(doc)[event.id].actor_spans]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the reported clause is a party's plain act: the command is that party's too
        ("The spokesman said the police arrived and ordered the crowd to disperse.", "the police"),
        # the reported clause differs (a copula, a perfect with a comma): the speaker's
        ("The governor said that the protests were illegal and ordered the police to clear the square.",
         "The governor"),
        ("The minister said the army had entered the town, and ordered them to leave.", "The minister"),
        # a command coordinated with the verb it follows
        ("The president criticized the plan and ordered his ministers to draft a new one.", "The president"),
    ],
)
def test_a_coordinated_command_belongs_to_the_right_clause(text: str, actor: str) -> None:
    doc = run(text)
    assert actor_phrases(doc, by_trigger(doc, "ordered")) == [actor]


def test_a_verb_joined_over_a_nearer_clause_takes_that_clauses_subject() -> None:
    doc = run(
        "His spokeswoman said Maria Lopez was headed to the venue to take part in interviews, which she "
        "was doing when law enforcement and campus security located her and told her to leave."
    )
    told = by_trigger(doc, "told")
    assert actor_phrases(doc, told) == ["law enforcement", "campus security"]


def test_a_plain_coordination_keeps_its_first_verbs_subject() -> None:
    doc = run("Police located the suspect and told him to surrender.")
    assert actor_phrases(doc, by_trigger(doc, "told")) == ["Police"]
