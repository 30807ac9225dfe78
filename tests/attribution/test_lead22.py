"""Session 22 (lead): a role description owned by another body or of another rank, a
person excluded by a ruling, a clause summed up by "a charge X denies", a person called by
an age the story never gave."""

from __future__ import annotations

from tests.conftest import run


def test_a_deputy_of_another_country_is_not_the_ambassador_named_before() -> None:
    r = run(
        "Norvia's ambassador, Ilse Brandt, called the draft unfair. Canada voted in favour. "
        "Its deputy ambassador said Ottawa wanted an inquiry."
    )
    names = {e.id: e.name for e in r.entities}
    said = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert names.get(said.speaker or "") != "Ilse Brandt"


def test_its_ambassador_is_the_previous_subjects_not_an_ambassador_of_another_state() -> None:
    r = run(
        "Norvia's ambassador, Ilse Brandt, called the draft unfair. Canada voted in favour. "
        "Its ambassador said Ottawa wanted an inquiry."
    )
    names = {e.id: e.name for e in r.entities}
    said = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert names.get(said.speaker or "") != "Ilse Brandt"


def test_the_same_title_of_the_same_body_still_links() -> None:
    r = run(
        "Velto's chief executive, Anna Reis, spoke on Monday. The firm said sales were strong. "
        "Its chief executive said prices would hold."
    )
    names = {e.id: e.name for e in r.entities}
    said = [q for q in r.quotes if q.source is not None and q.source.text == "Its chief executive"]
    assert said and names.get(said[0].speaker or "") == "Anna Reis"


def test_ruling_a_person_out_of_a_contest_is_no_statement() -> None:
    r = run(
        "Sprinter Omar Tellis was banned for two years on Monday. The ban rules Tellis out "
        "of the world championships."
    )
    assert all(q.cue is None or q.cue.text != "rules" for q in r.quotes)


def test_ruling_out_a_plan_stays_a_statement() -> None:
    r = run("The finance minister ruled out a new tax on fuel.")
    assert any(q.cue is not None and q.cue.text.startswith("ruled") for q in r.quotes)


def test_a_clause_summed_up_by_a_charge_someone_denies_keeps_its_own_source() -> None:
    r = run("Rights groups have accused border guards of beating migrants, a charge Vienna denies.")
    accused = [q for q in r.quotes if q.cue is not None and q.cue.text == "accused"]
    assert accused and accused[0].source is not None and accused[0].source.text == "Rights groups"
    beating = [q for q in r.quotes if q.content and "beating" in q.content[0].text]
    assert all(q.source is None or "Vienna" not in q.source.text for q in beating)


def test_an_inverted_report_after_a_comma_is_left_as_it_is() -> None:
    r = run('The talks would resume next week, a senior official told reporters.')
    told = [q for q in r.quotes if q.cue is not None and q.cue.text == "told"]
    assert told and told[0].source is not None and told[0].source.text == "a senior official"


def test_an_age_never_given_continues_the_one_person_named_before() -> None:
    r = run(
        "Her challenger, Tomas Lindqvist, accused the election board of hiding results. "
        '"Every vote must be counted," the 52-year-old said in a statement.'
    )
    names = {e.id: e.name for e in r.entities}
    quote = next(q for q in r.quotes if q.kind == "direct")
    assert names.get(quote.speaker or "") == "Tomas Lindqvist"


def test_an_age_never_given_after_two_people_stays_unresolved() -> None:
    r = run(
        "Tomas Lindqvist accused Erik Sand of hiding results. "
        '"Every vote must be counted," the 52-year-old said in a statement.'
    )
    quote = next(q for q in r.quotes if q.kind == "direct")
    assert quote.speaker is None


def test_an_age_given_to_someone_else_is_not_a_new_persons() -> None:
    r = run(
        "Erik Sand, 61, lost the vote. Tomas Lindqvist accused the board of hiding results. "
        '"Every vote must be counted," the 61-year-old said.'
    )
    names = {e.id: e.name for e in r.entities}
    quote = next(q for q in r.quotes if q.kind == "direct")
    assert names.get(quote.speaker or "") != "Tomas Lindqvist"



def test_an_interview_turn_labelled_with_the_surname_is_the_persons() -> None:
    r = run(
        "Norvia's trade minister, Ebba Lund, has led the talks for a year. She spoke to the "
        "Courier on Tuesday.\n\nCourier: Who is to blame?\n\n"
        "Lund: Both sides want a deal. That is not a negotiation.\n"
    )
    names = {e.id: e.name for e in r.entities}
    answer = next(q for q in r.quotes if q.content and "Both sides" in q.content[0].text)
    assert names.get(answer.speaker or "") == "Ebba Lund"


def test_a_tag_verb_the_parser_read_as_a_modifier_still_tags_the_quote() -> None:
    r = run(
        'Nina Holt, 41, was pulled from the rubble on Monday. "I could hear the rescuers '
        'calling my name," the 41-year-old told reporters.'
    )
    names = {e.id: e.name for e in r.entities}
    quote = next(q for q in r.quotes if q.kind == "direct")
    assert quote.cue is not None and quote.cue.text == "told"
    assert names.get(quote.speaker or "") == "Nina Holt"


def test_a_clause_said_after_an_occasion_is_what_was_said() -> None:
    r = run(
        'An aide to the governor said after the hearing that Moss had "told voters exactly what they wanted".'
    )
    said = [q for q in r.quotes if q.cue is not None and q.cue.text == "said"]
    assert said and "told voters" in said[0].content[0].text


def test_it_after_a_body_the_tagger_left_untyped_is_that_body() -> None:
    r = run(
        "Soldiers in the state of Tarvia seized the broadcaster on Wednesday. A colonel said the "
        "army had acted because of the management of the country by President Ali Dosso. The "
        "whereabouts of Dosso were not known.\n\nThe regional bloc ECOWAS condemned the takeover "
        "and demanded the immediate release of the president. It threatened to impose sanctions "
        "if civilian rule was not restored within a week."
    )
    names = {e.id: e.name for e in r.entities}
    threat = next(q for q in r.quotes if q.cue is not None and q.cue.text == "threatened")
    assert names.get(threat.speaker or "") == "ECOWAS"


def test_a_weather_warning_is_no_statement() -> None:
    r = run("The Met Office has issued further snow warnings for the region until Wednesday.")
    assert all(q.cue is None or "warning" not in q.cue.text for q in r.quotes)
