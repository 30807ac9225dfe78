"""Sources the parse hides and cue categories added in issue 10's attribution round (session 10),
on sentences written for these tests."""

from __future__ import annotations

from tests.attribution.support import by_cue, content
from tests.conftest import run


def test_inverted_name_before_a_trailing_participle() -> None:
    # the parser makes "Kale" the subject of "joking"; the name after the cue still spoke
    r = run("''I'm better with my hands than I am with my brain,'' said Robin Kale, half joking.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text == "Robin Kale"


def test_inverted_name_before_a_relative_clause() -> None:
    r = run(
        "''She needs one or two big ideas,'' said Robert Lane, who served as labor secretary "
        "yet endorsed Ana Ruiz in the primary."
    )
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text.startswith("Robert Lane")


def test_inverted_name_with_an_apposition_is_unchanged() -> None:
    r = run("''We take every threat seriously,'' said Richard Mendez, president of the Harbor Union.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text.startswith("Richard Mendez")


def test_according_to_holds_the_report_verb_of_its_sentence() -> None:
    r = run(
        "The mayor told her that it was not that simple, "
        "according to an account she gave to a local radio station."
    )
    q = by_cue(r, "according to")
    assert content(q).startswith("The mayor told her")
    assert q.source is not None and q.source.text.startswith("an account")
    assert not [x for x in r.quotes if x.cue is not None and x.cue.text == "told"]


def test_verb_content_drops_a_trailing_according_to() -> None:
    r = run(
        "Most residents still believe the port is a good thing, according to the harbour authority's report."
    )
    assert all("according to" not in content(q) for q in r.quotes)


def test_seem_to_with_a_cue_verb_is_the_subjects_report() -> None:
    r = run("The senator appeared to imply that the governor could lose the vote.")
    q = by_cue(r, "imply")
    assert content(q) == "that the governor could lose the vote"
    assert q.source is not None and q.source.text == "The senator"


def test_seem_to_with_a_state_stays_an_impression() -> None:
    # a perfect or progressive infinitive is what the writer sees, and "his tone" holds nothing
    for sentence in ("Mr. Kale seemed to be relishing the fight.", "His tone seemed to encourage the crowd."):
        r = run(sentence)
        q = by_cue(r, "seemed")
        assert q.source is None


def test_made_clear_that_is_a_report() -> None:
    r = run("The mayor made it clear on Monday that the port would stay open.")
    q = by_cue(r, "made it clear")
    assert content(q) == "that the port would stay open"
    assert q.source is not None and q.source.text == "The mayor"


def test_made_the_case_that_and_for() -> None:
    r = run("She repeatedly made the case that the bridge was unsafe.")
    assert content(by_cue(r, "made the case")) == "that the bridge was unsafe"
    r = run("He made the case for a new stadium.")
    assert content(by_cue(r, "made the case")) == "a new stadium"


def test_verbal_attack_idioms_take_the_prepositions_object() -> None:
    r = run("The senator took issue with the new tax plan.")
    q = by_cue(r, "took issue")
    assert content(q) == "the new tax plan"
    assert q.source is not None and q.source.text == "The senator"
    r = run("Vale also took a swipe at the ministry over its budget.")
    assert content(by_cue(r, "took a swipe")).startswith("the ministry")
    r = run("The report cast doubt on the official figures.")
    assert content(by_cue(r, "cast doubt")) == "the official figures"


def test_light_verbs_alone_are_no_cue() -> None:
    r = run("She took the train to the coast and made a cake for the fair.")
    assert r.quotes == []


def test_dismissing_and_side_taking_idioms() -> None:
    r = run("The minister shrugged off the criticism from the union.")
    q = by_cue(r, "shrugged off")
    assert content(q).startswith("the criticism")
    r = run("The union came out against the new contract.")
    q = by_cue(r, "came out")
    assert content(q) == "the new contract"
    assert q.source is not None and q.source.text == "The union"


def test_attitude_adjectives_of_attachment_and_unease() -> None:
    r = run("Many farmers in the valley are tired of the new water rules.")
    q = by_cue(r, "tired")
    assert content(q) == "the new water rules"
    assert q.source is not None and "farmers" in q.source.text
    r = run("The coach was uncomfortable with the league's decision.")
    assert content(by_cue(r, "uncomfortable")) == "the league's decision"


def test_an_attitude_received_from_a_holder() -> None:
    r = run("The plan drew sharp criticism from union leaders.")
    q = by_cue(r, "criticism")
    assert content(q) == "The plan"
    assert q.source is not None and q.source.text == "union leaders"
    r = run("The mayor won the endorsement of the Harbor Workers Union.")
    q = by_cue(r, "endorsement")
    assert content(q) == "The mayor"
    assert q.source is not None and "Harbor Workers Union" in q.source.text


def test_an_attitude_received_names_what_it_is_about() -> None:
    r = run("The club's owner faced stern opposition from the homeowners to his plan for the course.")
    q = by_cue(r, "opposition")
    assert content(q).startswith("his plan for the course")


def test_an_attitude_received_from_no_one_is_not_kept() -> None:
    r = run("The governor faced accusations of favoritism last year.")
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "accusations"]


def test_a_held_noun_defined_by_a_copula() -> None:
    r = run("The mayor's response was that the port would stay open.")
    q = by_cue(r, "response")
    assert content(q) == "that the port would stay open"
    assert q.source is not None and q.source.text == "The mayor"


def test_a_copula_without_a_holder_is_no_report() -> None:
    r = run("The problem is that the bridge is old.")
    assert r.quotes == []


def test_a_relative_that_or_which_source_keeps_its_noun() -> None:
    r = run("Conservative Voices, a super PAC that backed the senator, spent heavily in March.")
    q = by_cue(r, "backed")
    assert q.source is not None and q.source.text == "a super PAC that"
    r = run("The Harbor Committee, which supported the mayor, spent at least $3,000 on ads.")
    q = by_cue(r, "supported")
    assert q.source is not None and q.source.text == "which"  # after a comma the pronoun stays alone


def test_a_relative_who_source_is_unchanged() -> None:
    r = run("Ms. Vale, who criticized the budget, left early.")
    q = by_cue(r, "criticized")
    assert q.source is not None and q.source.text == "who"


def test_a_stance_kept_up_by_the_subject_is_the_subjects() -> None:
    r = run("The mayor doubled down on her support for the new bridge.")
    q = by_cue(r, "support")
    assert content(q) == "the new bridge"
    assert q.source is not None and q.source.text == "The mayor"


def test_a_possessive_holder_elsewhere_is_unchanged() -> None:
    r = run("The vote came after her criticism of the new bridge.")
    q = by_cue(r, "criticism")
    assert q.source is not None and q.source.text == "her"


def test_a_quotation_tag_with_a_manner_verb_names_its_speaker() -> None:
    text = (
        "The debate turned sharp. \"Our plan will work,\" Ruiz said.\n\n"
        "\"Vale wants to be a tough guy tonight,\" Kovacs shot back.\n\n"
        "\"France will always be France,\" an angry Marchand retaliated."
    )
    r = run(text)
    q = by_cue(r, "shot")
    assert q.source is not None and q.source.text == "Kovacs"
    q = by_cue(r, "retaliated")
    assert q.source is not None and q.source.text == "an angry Marchand"


def test_a_quotation_tag_needs_a_speaking_subject() -> None:
    r = run(
        "\"The bridge will close for a week,\" the notice stated plainly. "
        "\"We will fight,\" the sign hung over it."
    )
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "hung"]


def test_a_quotation_after_a_lead_clause_is_its_subjects() -> None:
    text = (
        "Ana Ruiz spoke first. \"The budget is fair,\" she said.\n\n"
        "After Ruiz criticized the council during a debate, Kovacs shot back, "
        "\"I suppose I could have stayed home and baked cookies.\""
    )
    r = run(text)
    q = next(x for x in r.quotes if "baked cookies" in content(x))
    assert q.source is not None and q.source.text == "Kovacs"


def test_a_lead_clause_of_a_thing_gives_no_speaker() -> None:
    r = run("The speech ended with a flourish, \"Long live the republic and its people!\"")
    assert all(q.source is None or q.source.text != "The speech" for q in r.quotes)


def test_a_hearsay_adverb_marks_a_report_with_no_source() -> None:
    r = run("The club is reportedly spending $1.5 million on ads ahead of the primary.")
    q = by_cue(r, "reportedly")
    assert q.source is None
    assert [c.text for c in q.content] == ["The club is", "spending $1.5 million on ads ahead of the primary"]


def test_a_hearsay_adverb_on_a_cue_verb_leaves_its_source() -> None:
    r = run("At the rally, the candidate reportedly shouted: \"Get him out of here right now!\"")
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "reportedly"]


def test_a_self_description() -> None:
    r = run("Vale, a self-described democratic socialist, spoke first.")
    q = by_cue(r, "described")
    assert content(q) == "democratic socialist"
    assert q.source is not None and q.source.text == "self"


def test_a_trailing_source_clause_the_tagger_misread() -> None:
    r = run("The plane is rarely used abroad, records show.")
    q = by_cue(r, "show")
    assert content(q) == "The plane is rarely used abroad"
    assert q.source is not None and q.source.text == "records"


def test_one_of_them_named_in_apposition_is_the_speaker() -> None:
    record = run(
        "Two independent lawmakers could save the budget. "
        "One of them, Ewa Lis, told local radio she had not decided."
    )
    quote = by_cue(record, "told")
    speaker = next(e for e in record.entities if e.id == quote.speaker)
    assert speaker.name == "Ewa Lis"


def test_a_short_sentence_after_an_interrupting_cue_ends_the_statement() -> None:
    record = run(
        'Opposition leader Raila Achieng accused the government of ignoring warnings. '
        '"They knew this was coming in February," she said. "They did nothing."'
    )
    quote = by_cue(record, "said")
    assert content(quote).endswith('"They did nothing."')


def test_a_short_quotation_alone_is_nobody_s_statement() -> None:
    record = run(
        '"They knew this was coming in February," she said.\n\n'
        'The department published its forecast on Monday.\n\n"No comment."'
    )
    assert not any("No comment" in content(q) for q in record.quotes)


def test_the_medium_stops_before_the_clause_the_parser_hung_on_it() -> None:
    record = run("The ministry said in a statement that security would be tightened before the vote.")
    quote = by_cue(record, "said")
    assert quote.medium is not None and quote.medium.text == "in a statement"
    assert content(quote).startswith("that security would be tightened")


def test_a_clause_before_a_semicolon_is_no_complement_of_the_verb_after_it() -> None:
    record = run("Ukraine says drones hit a power plant; Moscow denies.")
    quote = by_cue(record, "says")
    assert content(quote) == "drones hit a power plant"
    denials = [q for q in record.quotes if q.cue is not None and q.cue.text == "denies"]
    assert not any("Ukraine" in content(q) for q in denials)
