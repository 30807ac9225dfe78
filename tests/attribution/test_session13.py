"""Session 13 speaker shapes (purpose infinitives, a short interview tail, a quotation after a
sentence about someone else, "he" after two people), on wire-story sentences written for
these tests."""

from __future__ import annotations

from newsgraph.records import Quote, Record
from tests.attribution.support import by_cue, content
from tests.conftest import run


def _speaker(r: Record, q: Quote) -> str | None:
    names = {e.id: e.name for e in r.entities}
    return names.get(q.speaker) if q.speaker else None


def _holding(r: Record, words: str) -> Quote:
    found = [q for q in r.quotes if words in content(q)]
    assert found, f"no quote holds {words!r}: {[content(q) for q in r.quotes]}"
    return found[0]


def test_a_purpose_infinitive_acting_on_a_thing_is_no_statement() -> None:
    r = run("The central bank raised interest rates on Wednesday to support the currency.")
    assert not any("currency" in content(q) for q in r.quotes)
    r = run("Minister Jonas Weber met his counterpart on Saturday to discuss the crossing.")
    assert not any(q.cue is not None and q.cue.text == "discuss" for q in r.quotes)


def test_a_verb_of_saying_in_a_purpose_clause_still_reports() -> None:
    r = run("Students marched through the capital on Friday to demand political reforms.")
    assert "political reforms" in content(by_cue(r, "demand"))
    r = run("Hundreds of fishermen gathered outside the parliament to voice their anger at the quota.")
    assert "their anger" in content(by_cue(r, "voice"))


def test_a_cue_verb_s_own_infinitive_is_still_content() -> None:
    r = run("The central bank vowed to defend the currency at any cost.")
    q = by_cue(r, "vowed")
    assert "defend the currency" in content(q)


def test_a_purpose_infinitive_with_a_clause_still_reports() -> None:
    r = run("Weber travelled to the border to say that the crossing was safe again.")
    assert "the crossing was safe again" in content(by_cue(r, "say"))


def test_one_question_and_its_answer_are_no_colon_headlines() -> None:
    r = run(
        "Lorenz councillors met on Tuesday to vote on the tram budget.\n\n"
        "Q: Will the council approve the budget?\n"
        "A: I think it will, but only just, Costa said.\n"
    )
    assert not any(q.source is not None and q.source.text in ("Q", "A") for q in r.quotes)
    q = _holding(r, "I think it will")
    assert q.source is not None and q.source.text == "Costa"
    assert "Costa said" not in content(q)


def test_an_answer_tag_names_the_speaker_of_the_untagged_answers() -> None:
    r = run(
        "A court in Northbridge halted the eviction of 300 families on Monday. "
        "Judge Helena Voss said the city had offered them no housing.\n\n"
        "Q: What happens to the families now?\n"
        "A: They can stay until the appeal is heard, Vidal said.\n\n"
        "Q: Will you go to the supreme court if you lose?\n"
        "A: Yes. We will take this as far as we have to.\n\n"
        "Marco Vidal represents the families for the legal aid group Open Door.\n"
    )
    tagged = _holding(r, "They can stay")
    assert tagged.source is not None and tagged.source.text == "Vidal"
    untagged = _holding(r, "as far as we have to")
    assert _speaker(r, untagged) == "Marco Vidal"


def test_a_quotation_after_a_sentence_about_someone_else_is_theirs() -> None:
    r = run(
        'Finance chief Maria Costa said the budget was stretched. "We have cut schools to pay for '
        'this line," Costa said. Her deputy, Ivan Petrov, was less worried. "The line will pay '
        'for itself within ten years."'
    )
    q = _holding(r, "pay for itself")
    assert q.source is not None and "Ivan Petrov" in q.source.text
    assert _speaker(r, q) == "Ivan Petrov"


def test_a_pronoun_about_the_same_speaker_still_continues() -> None:
    r = run(
        '"We have cut schools to pay for this line," Finance chief Maria Costa said. She looked '
        'tired. "The line will not pay for itself for many years to come, if it ever does."'
    )
    q = _holding(r, "pay for itself")
    assert _speaker(r, q) == "Maria Costa"


def test_he_after_two_men_is_left_unresolved() -> None:
    r = run(
        "Union leader Paulo Serra met port director Anselm Koenig twice this week. He said the "
        "talks had been difficult but fair.\n\n"
        "Koenig and Serra shook hands on the quay after the signing. He said the first ships "
        "would dock by Friday morning."
    )
    q = _holding(r, "the first ships would dock")
    assert q.speaker is None


def test_she_after_a_woman_and_her_husband_keeps_her() -> None:
    r = run(
        "Maria Costa and her husband, Ivan Petrov, attended the opening of the tram line. She "
        "said the line had been worth its cost."
    )
    q = _holding(r, "worth its cost")
    assert _speaker(r, q) == "Maria Costa"
