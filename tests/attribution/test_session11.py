"""Session 11 report shapes (wording asides, coordinated that-clauses, generic poll
standings), on sentences written for these tests."""

from __future__ import annotations

from tests.attribution.support import by_cue, content
from tests.conftest import run


def test_as_someone_put_it_credits_the_quotation_after_it() -> None:
    r = run('As the harbour master put it, "Nobody sails until the wind drops."')
    q = by_cue(r, "put")
    assert content(q) == '"Nobody sails until the wind drops."'
    assert q.source is not None and q.source.text == "the harbour master"
    assert q.kind == "direct"


def test_a_wording_aside_inside_a_clause_reports_the_clause_not_it() -> None:
    r = run("The new timetable, as one commuter described it, was a puzzle with no solution.")
    q = by_cue(r, "described")
    assert "The new timetable" in content(q) and "was a puzzle with no solution" in content(q)
    assert "it" not in content(q).split()
    assert q.source is not None and q.source.text == "one commuter"


def test_a_lone_conjunction_before_the_aside_is_not_content() -> None:
    r = run('Or, as a retired judge put it: "The law was never meant for this."')
    q = by_cue(r, "put")
    assert content(q) == '"The law was never meant for this."'


def test_put_without_the_wording_shape_is_no_report() -> None:
    r = run("She put it on the shelf as the guests arrived.")
    assert not any(q.cue is not None and q.cue.text == "put" for q in r.quotes)


def test_a_second_that_clause_after_but_stays_in_the_complement() -> None:
    r = run("The ferry operator believes the fares are fair, but that the timetable must change.")
    q = by_cue(r, "believes")
    assert content(q) == "the fares are fair, but that the timetable must change"


def test_generic_standing_in_the_polls_is_no_report() -> None:
    r = run("The former governor has been stuck in single digits in the polls for months.")
    assert not any(q.cue is not None and q.cue.text == "in" for q in r.quotes)


def test_a_named_poll_still_sources_its_finding() -> None:
    r = run("In a Harbour Gazette poll, the ferry operator led the bus company by ten points.")
    q = by_cue(r, "In")
    assert q.source is not None and "Harbour Gazette poll" in q.source.text
    assert "the ferry operator led the bus company by ten points" in content(q)


def test_that_said_is_the_writers_connective_not_a_report() -> None:
    for opener in ("That said,", "That being said,", "Having said that,"):
        r = run(f"{opener} the harbour board cannot afford a second ferry this year.")
        assert not any(q.cue is not None and "said" in q.cue.text for q in r.quotes), opener


def test_a_demonstrative_content_before_an_aside_is_still_reported() -> None:
    r = run("That, the harbour master said, was the last ferry of the season.")
    q = by_cue(r, "said")
    assert "was the last ferry of the season" in content(q)
    assert q.source is not None and q.source.text == "the harbour master"


def test_a_quoted_title_after_a_statement_is_not_more_of_it() -> None:
    text = (
        '"We will keep the night ferry running," Mayor Ana Ruiz said on Monday. '
        'She will appear on "The Late Evening Hour with Tom Vale" next week.'
    )
    r = run(text)
    assert not any("Late Evening Hour" in content(q) for q in r.quotes)
    q = by_cue(r, "said")
    assert content(q) == '"We will keep the night ferry running,"'


def test_in_someones_view_vouches_for_the_clause_it_modifies() -> None:
    r = run("In Professor Vale's view, the new toll would cut traffic by a tenth.")
    q = by_cue(r, "view")
    assert content(q) == "the new toll would cut traffic by a tenth"
    assert q.source is not None and q.source.text == "Professor Vale"


def test_a_viewpoint_inside_a_reported_clause_stays_with_its_verb() -> None:
    r = run("The mayor says the ferry contract was handled well, in her view.")
    q = by_cue(r, "says")
    assert q.source is not None and q.source.text == "The mayor"
    assert not any(q.cue is not None and q.cue.text == "view" for q in r.quotes)


def test_in_view_of_without_a_holder_is_no_report() -> None:
    r = run("In view of the costs, the council dropped the tunnel plan.")
    assert not any(q.cue is not None and q.cue.text == "view" for q in r.quotes)


def test_was_asked_about_reports_the_topic_with_no_asker() -> None:
    r = run("At a briefing on Monday, the harbour master was asked about the collapse of the old pier.")
    q = by_cue(r, "asked")
    assert "the collapse of the old pier" in content(q)
    assert q.source is None


def test_was_asked_to_keeps_the_subject_and_infinitive() -> None:
    r = run("The harbour master was asked to name a date for the reopening.")
    q = by_cue(r, "asked")
    assert "to name a date for the reopening" in content(q)


def test_a_fronted_asked_about_names_the_topic_and_no_asker() -> None:
    r = run("Asked about the pier, the harbour master said repairs would start in May.")
    q = by_cue(r, "Asked")
    assert content(q) == "the pier"
    assert q.source is None
    said = by_cue(r, "said")
    assert said.source is not None and said.source.text == "the harbour master"


def test_a_fronted_asked_has_no_asker_whatever_its_tag() -> None:
    r = run("Asked what the new timetable would look like, Ruiz smiled and said nothing.")
    q = by_cue(r, "Asked")
    assert "what the new timetable would look like" in content(q)
    assert q.source is None


def test_a_restrictive_who_source_runs_from_the_noun_it_stands_for() -> None:
    r = run("Ferry workers who said the new rota was unsafe walked out on Friday.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text == "Ferry workers who"


def test_a_bracketed_aside_between_name_and_verb_keeps_the_source() -> None:
    r = run(
        "Few officials would admit it, but Councillor Tom Hale (a newcomer so young he still "
        "gets carded at the door) says he felt adrift in his first month."
    )
    q = by_cue(r, "says")
    assert q.source is not None and "Tom Hale" in q.source.text


def test_a_closing_poll_phrase_vouches_for_the_clause_the_parser_hung_it_under() -> None:
    r = run("Last autumn, Mayor Ruiz held a wide lead over her rival among older voters in a Gazette poll.")
    q = by_cue(r, "in")
    assert q.source is not None and q.source.text == "a Gazette poll"
    assert "Mayor Ruiz held a wide lead over her rival among older voters" in content(q)


def test_a_who_after_a_dash_stays_alone() -> None:
    r = run("Most councillors announced their support -- who cited the new budget -- on Monday.")
    assert not any(q.source is not None and q.source.text.endswith("-- who") for q in r.quotes)
