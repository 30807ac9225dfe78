"""Session 12 report shapes (a question put to the speaker inside a statement, a relative
clause misread as a complement, senses of cue verbs that are no reports), on sentences
written for these tests."""

from __future__ import annotations

from tests.attribution.support import by_cue, content
from tests.conftest import run


def _cues(text: str) -> list[str]:
    return [q.cue.text for q in run(text).quotes if q.cue is not None]


def test_a_quotation_after_when_asked_goes_on_with_the_statement() -> None:
    r = run(
        '"Anyone can learn to sail," the harbour master said when asked about the new club. '
        '"But nobody learns it in a week."'
    )
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text == "the harbour master"
    assert "nobody learns it in a week" in content(q)
    # no quotation is left to a speaker nobody named
    assert all(
        q.source is not None for q in r.quotes if any("nobody learns" in s.text for s in q.content)
    )


def test_the_noun_before_a_misread_who_clause_is_the_source() -> None:
    r = run("Ruiz, meanwhile, who has no such endorsements, said that fact speaks volumes about the race.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text == "Ruiz"


def test_supposed_to_is_no_report() -> None:
    assert "supposed" not in _cues("The new ferry was supposed to be running by the spring.")


def test_aimed_at_is_no_report_but_aims_to_is() -> None:
    assert "aimed" not in _cues("The harbour board held a meeting aimed at ending the dispute.")
    assert "aims" in _cues("The harbour board aims to end the dispute by June.")


def test_tied_in_the_polls_is_no_report() -> None:
    assert "tied" not in _cues("The two candidates for mayor are tied in the latest count.")
    assert "tied" not in _cues("The grant for the harbour is tied to new safety rules.")


def test_granted_asylum_is_no_report_but_granted_that_is() -> None:
    assert "granted" not in _cues("The court granted the fisherman a new hearing last week.")
    assert "granted" in _cues("The minister granted that the new rules had caused delays.")


def test_encouraging_a_practice_is_no_report() -> None:
    assert "encouraging" not in _cues("The new tax is encouraging waste across the harbour district.")


def test_a_document_put_out_by_someone_speaks_for_them() -> None:
    r = run("Sen. Dana Ruiz has released a web video that accuses the governor of hiding the budget.")
    q = by_cue(r, "accuses")
    assert q.source is not None and q.source.text == "Sen. Dana Ruiz"
    r = run("The Harbour Gazette recently ran a piece that noted the ferry plan would cost more.")
    q = by_cue(r, "noted")
    assert q.source is not None and q.source.text == "The Harbour Gazette"


def test_a_document_nobody_is_said_to_have_put_out_keeps_its_own_words() -> None:
    q = by_cue(run("The board reviewed a report that said the boats were safe."), "said")
    assert q.source is not None and q.source.text == "a report that"
    # a letter "from his doctor" names its author: the one who released it did not write it
    r = run("The former governor released a letter from his doctor on Friday that says he is in good health.")
    q = by_cue(r, "says")
    assert q.source is None or "governor" not in q.source.text


def test_a_trailing_participle_does_not_report_its_host_clause() -> None:
    r = run("The ferry company won the harbour contract, adding to its routes in the north.")
    assert not any("won the harbour contract" in content(q) for q in r.quotes)
    r = run('The mayor was critical of the plan, telling reporters: "It will fail before the summer."')
    q = by_cue(r, "telling")
    assert content(q) == '"It will fail before the summer."'
    assert not any("was critical of the plan" in content(q) for q in r.quotes)


def test_an_aside_after_the_host_clause_still_reports_it() -> None:
    q = by_cue(run("The new ferry is far too slow, the captain says."), "says")
    assert content(q) == "The new ferry is far too slow"


def test_a_quotation_before_a_name_with_an_age_is_that_persons() -> None:
    r = run(
        "The strike entered its third week.\n\n"
        "“We were badly wrong not to fight the plan from the very start,” Ortega, 61, told Reuters "
        "in an interview on Monday."
    )
    q = by_cue(r, "told")
    assert content(q) == "“We were badly wrong not to fight the plan from the very start,”"
    assert q.source is not None and q.source.text.startswith("Ortega")


def test_a_short_quotation_that_opens_its_sentence_is_an_utterance() -> None:
    r = run('The harbour master got one question about the race.\n\n“Denver,” she answered.')
    q = by_cue(r, "answered")
    assert content(q) == "“Denver,”" and q.source is not None and q.source.text == "she"
    r = run('"Quiet!" he demanded, as the crowd kept shouting.')
    assert content(by_cue(r, "demanded")) == '"Quiet!"'


def test_a_short_quoted_phrase_inside_a_sentence_stays_a_phrase() -> None:
    r = run('He called them the "elite," she said, and laughed.')
    assert not any(content(q) == '"elite,"' for q in r.quotes)


def test_when_asked_names_no_asker() -> None:
    r = run('"Jobs, jobs, jobs," the mayor said on the radio last month when asked what her son would do.')
    assert content(by_cue(r, "said")) == '"Jobs, jobs, jobs,"'
    asked = [q for q in r.quotes if q.cue is not None and q.cue.text == "asked"]
    assert all(q.source is None for q in asked)


def test_a_tag_hung_on_a_participle_still_takes_the_quotation() -> None:
    r = run('"It has been seven years," the senator said, asked about the delay in an interview.')
    q = by_cue(r, "said")
    assert content(q) == '"It has been seven years,"'
    assert q.source is not None and q.source.text == "the senator"


def test_a_quotation_after_the_speakers_own_participle_goes_on_with_the_statement() -> None:
    r = run(
        "''It was a matter of timing,'' Mr. Okafor said, referring to the two harbour hotels. "
        "''I assume they saw the market coming back.''"
    )
    q = by_cue(r, "said")
    assert "I assume they saw the market coming back" in content(q)


def test_a_quotation_after_as_she_did_something_goes_on_with_the_statement() -> None:
    r = run(
        "“My work does not stop me from being happy,” Stenberg said as she accepted her award. "
        "“In fact, it is the reason I am happy.”"
    )
    q = by_cue(r, "said")
    assert "it is the reason I am happy" in content(q)
    assert q.source is not None and q.source.text == "Stenberg"


def test_an_aside_host_ends_with_its_sentence() -> None:
    r = run(
        "Time, the harbour master added, was on their side. ''It's early, for heaven's sake,'' he said. "
        "''The season starts in the fall.''"
    )
    added = by_cue(r, "added")
    assert content(added) == "Time was on their side" or "It's early" not in content(added)
    said = by_cue(r, "said")
    assert "It's early, for heaven's sake" in content(said)
    assert said.source is not None and said.source.text == "he"


def test_a_word_inside_the_quotation_is_never_its_source() -> None:
    r = run(
        'The mayor seemed ready to joke about the night, telling the crowd, '
        '"Some people get a little carried away, have you noticed that?"'
    )
    for q in r.quotes:
        if any("carried away" in s.text for s in q.content):
            assert q.source is None or q.source.text not in ("Some people", "people")
