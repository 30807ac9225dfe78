"""Report constructions added for PolNeAR-style recall, on sentences written for these tests."""

from __future__ import annotations

from tests.attribution.support import by_cue, content
from tests.conftest import run


def test_stance_adjective_with_clause() -> None:
    r = run("Several council members were confident that the ferry would run again by June.")
    q = by_cue(r, "confident")
    assert "the ferry would run again by June" in content(q)
    assert q.source is not None and "council members" in q.source.text


def test_stance_adjective_with_preposition() -> None:
    r = run("The union leader was critical of the mayor's budget plan.")
    q = by_cue(r, "critical")
    assert content(q) == "the mayor's budget plan"
    assert q.source is not None and "union leader" in q.source.text


def test_passive_expectation_takes_subject_and_infinitive() -> None:
    r = run("The new terminal is expected to open in the spring.")
    q = by_cue(r, "expected")
    assert "The new terminal" in content(q) and "to open in the spring" in content(q)
    assert q.source is None


def test_addressee_is_not_content() -> None:
    r = run("The coach told his players to stay calm during the final.")
    q = by_cue(r, "told")
    assert content(q).startswith("to stay calm")
    assert "players" not in content(q)


def test_asked_if_clause() -> None:
    r = run("Asked if the bridge was safe, the engineer said yes.")
    q = by_cue(r, "Asked")
    assert "the bridge was safe" in content(q)


def test_as_reported_aside() -> None:
    r = run("As the local paper reported, the factory will close its doors next month.")
    q = by_cue(r, "reported")
    assert "the factory will close its doors next month" in content(q)
    assert q.source is not None and "paper" in q.source.text


def test_finding_verb_needs_a_clause() -> None:
    r = run("A survey of residents found that most of them supported the new park. She found her keys.")
    q = by_cue(r, "found")
    assert "most of them supported the new park" in content(q)
    assert not any("keys" in content(x) for x in r.quotes)


def test_continuation_keeps_the_earlier_source_mention() -> None:
    text = (
        "“The water is safe to drink,” said Tom Baker, the city engineer.\n"
        "Residents gathered at the hall later that evening.\n"
        "“We test it every single morning and publish the results online.”"
    )
    r = run(text)
    cont = [q for q in r.quotes if q.cue is None and "every single morning" in content(q)]
    assert cont and cont[0].source is not None and "Tom Baker" in cont[0].source.text


def test_trailing_apposition_is_cut() -> None:
    r = run("The senator vowed to repeal the levy, a tax that farmers have long opposed.")
    q = by_cue(r, "vowed")
    assert content(q) == "to repeal the levy"


def test_participle_takes_its_noun_as_source() -> None:
    r = run("The number of farmers saying the drought had ruined them doubled this year.")
    q = by_cue(r, "saying")
    assert "the drought had ruined them" in content(q)
    assert q.source is not None and "farmers" in q.source.text


def test_trailing_inverted_cue_after_comma() -> None:
    r = run("The mill is running, but it is losing money every month, said the plant manager, Ann Ruiz.")
    q = by_cue(r, "said")
    assert "it is losing money every month" in content(q)
    assert q.source is not None and "Ann Ruiz" in q.source.text


def test_aside_inside_mixed_statement() -> None:
    r = run("The harbor, she said, is “busier than it has been in a decade.”")
    q = by_cue(r, "said")
    assert "The harbor" in content(q) and "busier than it has been" in content(q)


def test_second_speaker_after_and_is_its_own_statement() -> None:
    r = run("Most farmers said the harvest was poor, and nearly a third said prices would fall further.")
    said = [q for q in r.quotes if q.cue is not None and q.cue.text == "said"]
    assert [content(q) for q in said] == ["the harvest was poor", "prices would fall further"]
    assert [q.source.text if q.source else None for q in said] == ["Most farmers", "nearly a third"]


def test_open_complement_of_say_is_content() -> None:
    r = run("He said legalizing the trade could bring hundreds of jobs to the valley.")
    q = by_cue(r, "said")
    assert content(q) == "legalizing the trade could bring hundreds of jobs to the valley"
    assert q.source is not None and q.source.text == "He"


def test_quotation_hung_on_the_subject_is_still_the_content() -> None:
    r = run("“We will not give up on this town,” Moreno, 54, told reporters on Friday.")
    q = by_cue(r, "told")
    assert q.kind == "direct"
    assert content(q) == "“We will not give up on this town,”"
    assert q.source is not None and q.source.text.startswith("Moreno")


def test_list_of_infinitives_stays_together() -> None:
    r = run("The council wants to cut the bus fares, expand the night service and build a new depot.")
    q = by_cue(r, "wants")
    assert content(q) == "to cut the bus fares, expand the night service and build a new depot"


def test_title_case_headline_verb() -> None:
    r = run("Mayor Lopez Promises New Bridge For Riverside District\nThe mayor spoke at a rally on Monday.")
    q = by_cue(r, "Promises")
    assert content(q) == "New Bridge For Riverside District"
    assert q.source is not None and q.source.text == "Mayor Lopez"


def test_headline_verb_tagged_as_noun_takes_its_preposition() -> None:
    r = run("Harbor council talks to fishermen about new quotas\nThe council met on Tuesday.")
    q = by_cue(r, "talks")
    assert content(q) == "new quotas"
    assert q.source is not None and q.source.text == "Harbor council"


def test_possessed_headline_noun_is_no_cue() -> None:
    r = run("Why The Senator's Attacks On The Budget Could Backfire\nThe senator spoke on Monday.")
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "Attacks"]


def test_headline_word_inside_a_clause_is_no_cue() -> None:
    # the word before the would-be cue is a verb or a subordinator: the line is a clause
    r = run("Ferry strike enters third day as talks stall\nThe union met the operators on Tuesday.")
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "talks"]


def test_topic_verb_headline_with_a_quotation_reports_it() -> None:
    r = run("Mayor Lopez Speaks ‘Directly To The Fishermen’ After Harbour Fire\nThe mayor spoke on Monday.")
    q = by_cue(r, "Speaks")
    assert q.source is not None and q.source.text == "Mayor Lopez"


def test_said_so_and_said_no() -> None:
    r = run("Asked if the plant would close, the manager said no. Most workers think so, too.")
    no = by_cue(r, "said")
    assert content(no) == "no"
    assert no.source is not None and no.source.text == "the manager"
    so = by_cue(r, "think")
    assert content(so) == "so"


def test_quoted_phrase_before_a_participle_is_not_its_statement() -> None:
    r = run("Trump blamed his hesitancy on a “bad earpiece,” claiming he had already disavowed the group.")
    q = by_cue(r, "claiming")
    assert content(q) == "he had already disavowed the group"


def test_time_after_report_on_is_not_content() -> None:
    r = run("The senator commented on Monday, hours after the vote.")
    assert not [q for q in r.quotes if content(q) == "Monday"]


def test_paragraph_dateline_is_not_the_source() -> None:
    r = run("Mayor wins again\nLONDON (Reuters) - Mayor Ana Ruiz said the city would build two bridges.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text == "Mayor Ana Ruiz"
    assert content(q) == "the city would build two bridges"


def test_participle_after_comma_takes_the_clause_subject() -> None:
    r = run("The union endorsed the mayor's plan Saturday, saying it would protect jobs.")
    q = by_cue(r, "saying")
    assert q.source is not None and q.source.text == "The union"


def test_subject_after_a_time_stamp_paragraph() -> None:
    r = run("5:15 p.m.\n\nLarge majorities of voters going to the polls Tuesday said they support the plan.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text.startswith("Large majorities of voters")


def test_inverted_name_the_parser_mistagged_is_the_source() -> None:
    r = run("“We need the data files and the people who understand them,” said Okafor, explaining the plan.")
    q = by_cue(r, "said")
    assert q.source is not None and q.source.text == "Okafor"


def test_continuation_skips_a_report_inside_the_speaker_description() -> None:
    r = run(
        "''Prices keep rising every month,'' said Mark Dunn, executive director of the Center for Housing"
        " Policy, a research group focused on rents. ''Families cannot keep up with them.''"
    )
    q = by_cue(r, "said")
    assert "''Families cannot keep up with them.''" in [c.text for c in q.content]


def test_speech_participle_after_comma_is_its_own_statement() -> None:
    r = run(
        "The senator denounced donors who fund attack ads, saying her campaign does not want"
        " “that money,” in an interview on Sunday."
    )
    assert content(by_cue(r, "denounced")) == "donors who fund attack ads"
    saying = by_cue(r, "saying")
    assert content(saying).startswith("her campaign does not want")
    assert saying.source is not None and saying.source.text == "The senator"


def test_quotation_opening_the_next_paragraph_after_a_closing_cue_continues_it() -> None:
    r = run(
        "“The plant will stay open through the winter,” the manager said on Friday.\n\n"
        "“We have enough orders to keep everyone working until spring.”"
    )
    assert len(r.quotes) == 1
    assert len(r.quotes[0].content) == 2


def test_closing_cue_keeps_its_own_paragraph() -> None:
    r = run(
        "Populists in such movements have little interest in knitting together common interests, he said.\n\n"
        "''These movements stand in contrast to everything we built,'' said Mr. Kamp."
    )
    said = [q for q in r.quotes if q.cue is not None and q.cue.text == "said"]
    assert [content(q) for q in said] == [
        "Populists in such movements have little interest in knitting together common interests",
        "''These movements stand in contrast to everything we built,''",
    ]


def test_stance_participle_has_its_subject_as_holder() -> None:
    r = run("The economist is still persuaded of the benefits that trade brings.")
    q = by_cue(r, "persuaded")
    assert content(q) == "the benefits that trade brings"
    assert q.source is not None and q.source.text == "The economist"


def test_agentless_seen_as_is_a_view() -> None:
    r = run("The new stadium is widely seen as a gift to the team owners.")
    q = by_cue(r, "seen")
    assert content(q) == "The new stadium as a gift to the team owners"
    assert q.source is None


def test_name_before_colon_after_a_dash_introduces_the_quotation() -> None:
    r = run(
        "Polls were wrong again - Maria Lenz: “The samples were too small and the turnout model"
        " was far too optimistic.”"
    )
    q = by_cue(r, ":")
    assert q.kind == "direct"
    assert q.source is not None and q.source.text == "Maria Lenz"


def test_nearer_of_two_subjects_is_the_source() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.attribution.lexicon import lexicon
    from newsgraph.attribution.parse import find_subject

    # a parse that ran the line before into the clause: "Vrabel ... Ted Cruz said he knows"
    words = ["Vrabel", "posted", "\n", "Ted", "Cruz", "said", "he", "knows"]
    heads = [5, 0, 1, 4, 5, 5, 7, 5]
    deps = ["nsubj", "acl", "dep", "compound", "nsubj", "ROOT", "nsubj", "ccomp"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    subj = find_subject(doc[5], lexicon())
    assert subj is not None and subj.text == "Cruz"


def test_subject_found_through_adjective_and_object() -> None:
    r = run("Yellen is likely to stress that the Fed would pause its increases.")
    q = by_cue(r, "stress")
    assert q.source is not None and q.source.text == "Yellen"
    r = run("The governor used part of his address to call the plan a disaster.")
    q = by_cue(r, "call")
    assert q.source is not None and q.source.text == "The governor"


def test_approving_a_budget_is_an_act_approving_of_it_a_view() -> None:
    act = run("The council approved the bridge budget on Monday.")
    assert not [q for q in act.quotes if q.cue is not None and q.cue.text == "approved"]
    view = run("Most voters approve of the new bridge.")
    assert "the new bridge" in content(by_cue(view, "approve"))


def test_a_coordinated_passive_expectation_has_no_speaker_and_no_other_clauses_time() -> None:
    r = run("The mayor served on the council from 2012 to 2019 and is expected to visit the port next week.")
    q = by_cue(r, "expected")
    assert q.source is None and q.speaker is None
    assert "to visit the port next week" in content(q)
    assert q.time is None  # "from 2012 to 2019" dates the serving, not the expectation


def test_relative_pronoun_is_what_a_relative_cue_reports() -> None:
    r = run("The mayor thanked the harbor board, which the unions strongly oppose.")
    q = by_cue(r, "oppose")
    assert content(q) == "which"
    assert q.source is not None and q.source.text == "the unions"
    r = run("She toured Lyon, which she describes as her second home.")
    q = by_cue(r, "describes")
    assert content(q) == "which as her second home"  # two spans: "which", "as her second home"
    assert len(q.content) == 2


def test_phrases_hung_on_the_cue_after_its_object_stay_in_the_content() -> None:
    r = run("The mayor announced a series of steps to repair the old bridge.")
    assert content(by_cue(r, "announced")) == "a series of steps to repair the old bridge"


def test_playing_down_is_a_report() -> None:
    r = run("The minister downplayed the risk of a strike at the port.")
    q = by_cue(r, "downplayed")
    assert content(q) == "the risk of a strike at the port"
    assert q.source is not None and q.source.text == "The minister"


def test_a_markup_tag_name_is_no_cue() -> None:
    r = run(
        "Officials reacted quickly.\n\n"
        '<tweet pic="" author="HarborCity" timestamp="1449075600">Stay safe tonight, everyone.</tweet>'
    )
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "tweet"]


def test_a_share_of_people_hung_on_the_verb_is_the_source() -> None:
    r = run("About 4 in 10 say they want the next mayor to build more housing.")
    q = by_cue(r, "say")
    assert q.source is not None and q.source.text == "About 4 in 10"


def test_a_clause_run_in_from_the_previous_paragraph_is_not_the_complement() -> None:
    import spacy
    from spacy.tokens import Doc

    from newsgraph.attribution.content import content_children
    from newsgraph.attribution.lexicon import lexicon

    # "It is late.\n\nLee called for a vote": the parser hung the line before on the cue
    words = ["It", "is", "late", ".", "\n\n", "Lee", "called", "for", "a", "vote"]
    heads = [1, 6, 1, 1, 3, 6, 6, 6, 9, 7]
    deps = ["nsubj", "ccomp", "acomp", "punct", "dep", "nsubj", "ROOT", "prep", "det", "pobj"]
    lemmas = ["it", "be", "late", ".", "\n\n", "Lee", "call", "for", "a", "vote"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    parts, _how = content_children(doc[6], lexicon())
    assert [t.text for t in parts] == ["vote"]


def test_quotations_signed_with_a_dash_and_a_name() -> None:
    r = run(
        "Readers sent us their views after the debate.\n\n"
        "“He never answers a question. It is all noise.” ― Carla Ruiz\n\n"
        "“I liked his plan for the border, but not his tone.”— Tomas Brenner.  "
        "“What a waste of an evening,” said Anna Berg.\n"
    )
    signed = {q.source.text: q for q in r.quotes if q.source is not None}
    assert signed["Carla Ruiz"].kind == "direct"
    assert "He never answers" in content(signed["Carla Ruiz"])
    assert "I liked his plan" in content(signed["Tomas Brenner"])
    assert "What a waste" in content(signed["Anna Berg"])


def test_a_signature_after_a_no_break_space_is_its_own_speaker() -> None:
    # pasted web text often has a no-break space after the dash
    r = run(
        "“The ferry is late every day.” ―\u00a0Lena Holt\n"
        "“We need a second bridge.” ―\u00a0Marco Pires.\n"
    )
    signed = {q.source.text: q for q in r.quotes if q.source is not None}
    assert "ferry is late" in content(signed["Lena Holt"])
    assert "second bridge" in content(signed["Marco Pires"])


def test_a_dash_before_a_comment_is_no_signature() -> None:
    r = run("“We will win the seat,” the candidate told supporters — a bold promise in a safe district.\n")
    assert all(q.cue is None or q.cue.text not in "―—–" for q in r.quotes)


def test_verb_joined_to_a_passive_shares_its_subject_not_its_agent() -> None:
    r = run(
        "As the crowd began to chant, Dana Kowal was joined on stage by Senator Ray Ortiz"
        ' and joked, "You are being ridiculous."'
    )
    q = by_cue(r, "joked")
    assert q.source is not None and q.source.text == "Dana Kowal"


def test_prompted_to_say_is_said_by_the_passive_subject() -> None:
    r = run("The debate was so calm that Mayor Ines Barros was prompted to say that it felt like a picnic.")
    q = by_cue(r, "say")
    assert q.source is not None and "Ines Barros" in q.source.text


def test_gerund_after_a_name_keeps_that_name_as_its_subject() -> None:
    r = run("The host Lena Marsh will be interviewed about Bishop Carl Eder calling the festival a sham.")
    q = by_cue(r, "calling")
    assert q.source is None or "Marsh" not in q.source.text


def test_clause_of_a_verb_inside_a_phrase_is_that_verbs() -> None:
    r = run("The comedian Dana Kowal was booed by fans after telling the crowd that they were rude.")
    q = by_cue(r, "telling")
    assert content(q) == "that they were rude"
    assert q.source is not None and "Dana Kowal" in q.source.text
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "booed" and "rude" in content(q)]


def test_as_clause_of_a_reaction_verb_is_a_time_not_a_source() -> None:
    r = run("As the hall cheered, the mayor Ines Barros announced that the bridge would reopen in May.")
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "cheered"]
    q = by_cue(r, "announced")
    assert "Ines Barros" in (q.source.text if q.source else "")
    r = run("As the Post reported, the mayor will resign in May.")
    assert "the mayor will resign in May" in content(by_cue(r, "reported"))


def test_a_summary_box_above_the_dateline_names_its_speakers_in_full() -> None:
    record = run(
        "Ministers clash over port sale\n\n"
        "Key points:\n- Finance Minister Lena Varga wants the sale completed by March\n\n"
        "LISBORNE — Finance Minister Lena Varga said on Tuesday that the sale would cut the debt. "
        "Transport Minister Omar Haddad said the price was too low.\n"
    )
    names = {e.id: e.name for e in record.entities}
    boxed = [q for q in record.quotes if "completed by March" in q.content[0].text]
    assert boxed and names.get(boxed[0].speaker or "") == "Lena Varga"


def test_saying_participle_after_a_reported_clause_is_the_reporters() -> None:
    # The parser hangs "calling" on "opened"; the units called nothing, the ministry did.
    r = run(
        "The foreign ministry of Valdoria said rebel units had laid mines and opened fire "
        'on its positions, calling it "a deliberate provocation."'
    )
    q = by_cue(r, "calling")
    assert q.source is not None and "ministry" in q.source.text


def test_it_looks_back_at_the_organisation_the_entities_stage_named() -> None:
    # "ministry" alone would match the earlier defence ministry; "It" is the foreign one.
    r = run(
        "Valdoria's defence ministry said the shelling began at midnight. Corland's foreign "
        "ministry said rebel units had opened fire first. It said six of its soldiers had died."
    )
    q = next(q for q in r.quotes if "six of its soldiers" in content(q))
    speaker = next((e for e in r.entities if e.id == q.speaker), None)
    assert speaker is None or "foreign" in speaker.name.lower() or speaker.name == "Corland"
