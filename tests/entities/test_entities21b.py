"""Session 21 (issue 10, h/ents21b): organisations' it/their, read on sentences written
for them.

- An "it" that is the subject of its sentence's main verb continues the body that was
  the previous sentence's subject (not only with a verb of saying), unless the "it" is
  expletive ("It seems that", "It was announced that", "It was a hard decision") or the
  previous sentence has a thing it may mean ("published a report. It found ...").
- An "it" straight after a quotation that opens its sentence ('"...," it added') opens
  the sentence for that rule; a body named inside a quote is no rival.
- A their/them inside the clause whose subject is a body's name means that body, though
  the name is singular, unless a plural noun comes before it in the sentence.
"""

from __future__ import annotations

from tests.conftest import run
from tests.support.spans import linked_name

# -- "It" goes on telling what the body did --------------------------------------------


def test_it_acting_after_a_body_subject_is_that_body() -> None:
    text = "The Harbour Authority closed the docks on Monday. It will reopen them on Friday."
    assert linked_name(run(text).entities, text, "It will", "It") == "Harbour Authority"


def test_it_after_a_thing_the_body_made_is_not_the_body() -> None:
    text = "The Harbour Authority published a report on Monday. It found that the port was unsafe."
    assert linked_name(run(text).entities, text, "It found", "It") is None


def test_expletive_it_is_not_the_body() -> None:
    text = "The Harbour Authority closed the docks on Monday. It seems that the storm will last."
    assert linked_name(run(text).entities, text, "It seems", "It") is None


def test_it_of_a_copula_is_not_the_body() -> None:
    text = "The Harbour Authority closed the docks on Monday. It was a hard decision for the town."
    assert linked_name(run(text).entities, text, "It was", "It") is None


def test_it_of_a_reported_passive_is_not_the_body() -> None:
    text = "The Harbour Authority closed the docks on Monday. It was announced that ten jobs would go."
    assert linked_name(run(text).entities, text, "It was", "It") is None


def test_it_after_two_bodies_is_neither() -> None:
    text = "The Harbour Authority fined Nordhaven Mining on Monday. It will review the case in May."
    assert linked_name(run(text).entities, text, "It will", "It") is None


def test_it_after_an_opening_quote_continues_the_speaker_body() -> None:
    text = 'The Harbour Authority said on Monday that the storm would pass. "The port is safe," it added.'
    assert linked_name(run(text).entities, text, "it added", "it") == "Harbour Authority"


def test_it_inside_a_quote_does_not_open_its_sentence() -> None:
    from newsgraph.entities.body_pronouns import opens_sentence
    from newsgraph.entities.state import EntityState
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))('Teodor Vass said: "We knew it was wrong."')
    state = EntityState(doc)
    it = next(t for t in doc if t.lower_ == "it")
    assert not opens_sentence(state, it)


# -- their/them of a body that is its own clause's subject -------------------------------


def test_their_of_a_body_subject_is_that_body() -> None:
    text = "The Norvel Group offered Adaeze Obi an internship at their offices in Lagos."
    assert linked_name(run(text).entities, text, "their offices", "their") == "Norvel Group"


def test_their_after_a_plural_noun_is_not_the_body() -> None:
    text = "The Norvel Group told suppliers to cut their prices."
    assert linked_name(run(text).entities, text, "their prices", "their") != "Norvel Group"


def test_their_in_a_clause_on_a_plural_noun_is_not_the_body() -> None:
    text = "Villages that the Norvel Group bought for their land were emptied last year."
    assert linked_name(run(text).entities, text, "their land", "their") != "Norvel Group"


def test_subject_they_is_not_taken_from_the_clause_above() -> None:
    text = "The Norvel Group rescued the crew of a trawler after they were found adrift."
    assert linked_name(run(text).entities, text, "they were", "they") != "Norvel Group"
