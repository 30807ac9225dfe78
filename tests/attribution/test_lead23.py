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


def test_a_body_whose_name_holds_and_speaks_as_one() -> None:
    r = run(
        "The Ethics and Anti-Corruption Commission, which investigated the case, said it had "
        "frozen accounts holding 800 million shillings."
    )
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    commission = next(e for e in r.entities if "Commission" in e.name)
    assert quote.speaker == commission.id


def test_two_countries_speaking_together_are_no_one_speaker() -> None:
    r = run("China and Japan said they would resume talks in March.")
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert quote.speaker is None


def test_a_person_confirmed_by_a_vote_is_no_statement() -> None:
    r = run(
        "The Senate on Thursday confirmed Dana Whitaker as the first woman to lead the agency. "
        "Whitaker, a former airline safety executive, was confirmed 68-31."
    )
    assert not any(q.cue is not None and q.cue.text == "confirmed" for q in r.quotes)


def test_confirming_an_arrest_is_still_a_statement() -> None:
    r = run("The minister confirmed that talks had begun.")
    assert any(q.cue is not None and q.cue.text == "confirmed" for q in r.quotes)


def test_a_speaker_with_a_hyphenated_title_is_named() -> None:
    r = run(
        "The Lagos Chamber of Commerce said costs would hurt manufacturers. Its "
        "director-general, Chinyere Almona, said firms were struggling."
    )
    almona = next(e for e in r.entities if e.name == "Chinyere Almona")
    quote = next(q for q in r.quotes if "struggling" in q.content[0].text)
    assert quote.speaker == almona.id
