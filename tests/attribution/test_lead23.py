"""Session 23 (lead): a surname the tagger read as an adverb speaks again; whom a
statement was made to is not what it said; a person judged for saying something said it."""

from __future__ import annotations

from tests.conftest import run


def test_a_surname_read_as_an_adverb_is_still_the_subject() -> None:
    r = run(
        "Martin Connelly, 61, was sentenced in May. Senator Ruth Vance said her panel would "
        'review the case. Connelly thanked his lawyers. "I never gave up," he said on Tuesday.'
    )
    kelly = next(e for e in r.entities if e.name == "Martin Connelly")
    thanks = next(e for e in r.events if e.lemma == "thank")
    assert thanks.actors == [kelly.id]
    quote = next(q for q in r.quotes if "never gave up" in q.content[0].text)
    assert quote.speaker == kelly.id


def test_a_to_phrase_naming_a_body_is_no_content() -> None:
    r = run(
        "Anna Berg, 44, was convicted in March of making false statements to the Securities "
        "Commission about the loans."
    )
    assert not any(q.content and "Commission" in q.content[0].text for q in r.quotes)


def test_a_person_expelled_for_saying_something_said_it() -> None:
    r = run("The club suspended Jonas Weir for saying the referee had been bribed.")
    quotes = [q for q in r.quotes if q.content and "referee" in q.content[0].text]
    assert quotes
    weir = next(e for e in r.entities if e.name == "Jonas Weir")
    assert all(q.speaker == weir.id for q in quotes)
