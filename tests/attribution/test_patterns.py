"""Attribution patterns on sentences written for these tests.

Checks that use ``speaker_name`` go through the entities stage
(``newsgraph.entities.entity_for_span``) to turn the speaker id into a name; the
source words and the content are this stage's own output.
"""

from __future__ import annotations

from newsgraph.records import Quote, Record
from tests.conftest import run


def _one(record: Record, cue: str) -> Quote:
    found = [q for q in record.quotes if q.cue is not None and q.cue.text == cue]
    assert found, f"no quote with cue {cue!r}: {[(q.cue.text if q.cue else None) for q in record.quotes]}"
    return found[0]


def _content(q: Quote) -> str:
    return " ".join(s.text for s in q.content)


def speaker_name(record: Record, q: Quote) -> str | None:
    entity = record.entity(q.speaker)
    return entity.name if entity is not None else None


def test_said_that() -> None:
    r = run("Governor Maria Lopez said that the new bridge would open in May.")
    q = _one(r, "said")
    assert q.kind == "indirect"
    assert _content(q) == "that the new bridge would open in May"
    assert q.source is not None and "Maria Lopez" in q.source.text


def test_trailing_said() -> None:
    r = run("The harbor will close for two weeks, the port authority said.")
    q = _one(r, "said")
    assert "harbor will close for two weeks" in _content(q)
    assert q.source is not None and q.source.text == "the port authority"


def test_said_colon_quote() -> None:
    r = run("The coach said: “We played badly and we know it.”")
    q = _one(r, "said")
    assert q.kind == "direct"
    assert _content(q) == "“We played badly and we know it.”"


def test_according_to() -> None:
    r = run("The factory will cut 300 jobs next year, according to a company memo.")
    q = _one(r, "according to")
    assert "factory will cut 300 jobs" in _content(q)
    assert q.source is not None and q.source.text == "a company memo"


def test_colon_headline() -> None:
    r = run("Minister: we will raise pensions in January\nThe minister spoke in Lyon on Monday.")
    q = _one(r, ":")
    assert q.source is not None and q.source.text == "Minister"
    assert _content(q) == "we will raise pensions in January"


def test_colon_headline_whose_words_open_with_a_possessive() -> None:
    # "plans" after "My immigration" is the noun of the quoted words, not a headline verb
    r = run("Vance: My housing plans are not final\nSenator Lena Vance spoke in Dover on Monday.")
    q = _one(r, ":")
    assert q.source is not None and q.source.text == "Vance"
    assert _content(q) == "My housing plans are not final"
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == "plans"]


def test_expressed_hope_that() -> None:
    r = run("The union expressed hope that the talks would resume soon.")
    q = next(q for q in r.quotes if q.cue is not None and q.cue.text in ("expressed", "hope"))
    assert _content(q) == "that the talks would resume soon"
    assert q.source is not None and q.source.text == "The union"


def test_called_scare_quote_is_mixed() -> None:
    r = run("The senator called the proposal a “reckless gamble” on Tuesday.")
    q = _one(r, "called")
    assert q.kind == "mixed"
    assert "the proposal a “reckless gamble”" in _content(q)


def test_defended_saying_that() -> None:
    r = run("The mayor, however, defended the budget, saying that it protected schools and libraries.")
    saying = _one(r, "saying")
    assert _content(saying) == "that it protected schools and libraries"
    assert saying.source is not None and saying.source.text == "The mayor"


def test_criticized_for() -> None:
    r = run("Lena Brooks criticized the council for delaying the vote.")
    q = _one(r, "criticized")
    assert _content(q) == "the council for delaying the vote"


def test_beliefs_and_intentions() -> None:
    r = run(
        "The coach believes the team can win. The owners expect the stadium to be full. "
        "Fans hope that prices fall."
    )
    assert _content(_one(r, "believes")) == "the team can win"
    assert _content(_one(r, "expect")) == "the stadium to be full"
    assert _content(_one(r, "hope")) == "that prices fall"


def test_multi_sentence_direct_quote_with_trailing_cue() -> None:
    r = run("“We lost the first game. We will not lose the second,” the captain added.")
    q = _one(r, "added")
    assert q.kind == "direct"
    assert _content(q) == "“We lost the first game. We will not lose the second,”"


def test_multi_paragraph_quote_is_one_statement() -> None:
    text = (
        "Ana Ruiz, the head of the union, spoke after the vote.\n"
        "“We waited ten years for this contract.\n"
        "“Now we will make sure it is respected,” Ruiz said."
    )
    r = run(text)
    q = _one(r, "said")
    assert [s.text for s in q.content] == [
        "“We waited ten years for this contract.",
        "“Now we will make sure it is respected,”",
    ]


def test_continuation_quote_takes_previous_speaker() -> None:
    text = (
        "“The water is safe to drink,” said Tom Baker, the city engineer. He spoke at city hall.\n"
        "“We test it every single morning and publish the results online.”"
    )
    r = run(text)
    cont = [q for q in r.quotes if q.cue is None]
    assert len(cont) == 1 and cont[0].kind == "direct"
    cued = _one(r, "said")
    assert cont[0].speaker == cued.speaker
    assert speaker_name(r, cont[0]) == "Tom Baker"  # entities stage


def test_pronoun_speaker_resolves_to_named_person() -> None:
    text = "Maria Lopez spoke to reporters on Monday. “The bridge is finished,” she added."
    r = run(text)
    q = _one(r, "added")
    assert q.source is not None and q.source.text == "she"
    assert speaker_name(r, q) == "Maria Lopez"  # entities stage or the fallback anchor


def test_pronoun_fallback_anchor_without_entities() -> None:
    """The fallback resolver alone (no entity ids) still anchors "she" on the named person."""
    from newsgraph.attribution import find_drafts
    from newsgraph.ingest.document import Document
    from newsgraph.pipeline import load_pipeline, make_doc

    nlp = load_pipeline(None, ("dateline",))
    doc = nlp(
        make_doc(nlp, Document(id="t", text="Maria Lopez opened the bridge. “It is finished,” she said."))
    )
    drafts = find_drafts(doc)
    assert drafts and drafts[0].anchor is not None
    assert doc.text[drafts[0].anchor[0] : drafts[0].anchor[1]] == "Maria Lopez"


def test_role_noun_speaker_resolves_to_named_person() -> None:
    text = (
        "John Okafor, spokesperson for the Ministry of Health, said that clinics would reopen.\n"
        "The ministry's spokesperson also stated that vaccines had arrived."
    )
    r = run(text)
    q = _one(r, "stated")
    assert speaker_name(r, q) == "John Okafor"


def test_described_as_one_where_is_its_own_quote() -> None:
    text = (
        "Nadia Kent criticized the plan to move the museum to Riverside, "
        "a district she described as one where “nobody goes after dark.”"
    )
    r = run(text)
    q = _one(r, "described")
    assert q.kind == "mixed" and "“nobody goes after dark.”" in _content(q)
    crit = _one(r, "criticized")
    assert "nobody goes" not in _content(crit)


def test_medium_and_time() -> None:
    r = run("In a post on X today, the ambassador said that the embassy would stay open.", "2024-11-07")
    q = _one(r, "said")
    assert q.medium is not None and q.medium.text == "In a post on X"
    assert q.time is not None
    time = next(t for t in r.times if t.id == q.time)
    assert time.text == "today"


def test_medium_interview() -> None:
    r = run("The actor said in an interview with the Gazette that he would retire.")
    q = _one(r, "said")
    assert q.medium is not None and q.medium.text.startswith("in an interview")
    assert _content(q) == "that he would retire"


def test_unbalanced_quotes_do_not_lose_the_article() -> None:
    text = (
        "The mayor said “the budget is balanced.\n"
        "Critics said that the numbers were wrong.\n"
        "The council agreed that an audit was needed."
    )
    r = run(text)
    cues = [q.cue.text for q in r.quotes if q.cue is not None]
    assert cues.count("said") == 2 and "agreed" in cues
    assert not any("stage failed" in w for w in r.warnings)


def test_odd_inputs_never_crash() -> None:
    # Empty text is refused by extract() itself (InputError), before any stage runs.
    for text in ["“", '"""', "said", "“a” “b” “c", "’" * 50, "Hello world" * 200]:
        r = run(text)
        assert not any("attribution stage failed" in w for w in r.warnings)


def test_guillemets_and_single_quote_headline() -> None:
    r = run("Le ministre a parlé. The minister said « we will not give up » on Friday.")
    q = _one(r, "said")
    assert q.kind == "direct"
    r2 = run("Mayor says 'we are broke' as deficit grows")
    assert any(q.kind == "direct" and "'we are broke'" in _content(q) for q in r2.quotes)


def test_inverted_subject_after_quote() -> None:
    r = run("“The dam will hold,” said Ben Ortiz, the chief engineer.")
    q = _one(r, "said")
    assert q.kind == "direct"
    assert q.source is not None and q.source.text.startswith("Ben Ortiz")


def test_colon_introduces_quote_in_next_paragraph() -> None:
    r = run("The committee said about its new platform:\n\n“The platform goes further than any before it.”")
    q = _one(r, "said")
    assert _content(q) == "“The platform goes further than any before it.”"
    assert q.source is not None and q.source.text == "The committee"


def test_colon_after_non_cue_clause() -> None:
    r = run("Cruz turned to the moderators: “Nobody at home trusts these questions anymore.”")
    q = next(q for q in r.quotes if "Nobody at home" in _content(q))
    assert q.source is not None and q.source.text == "Cruz"


def test_aside_cue_takes_the_host_clause() -> None:
    r = run("This campaign, he says, is different from the last one.")
    q = _one(r, "says")
    assert "This campaign" in _content(q) and "different from the last one" in _content(q)
    assert "says" not in _content(q)


def test_passive_report_without_source() -> None:
    r = run("The name of the new director was announced on Friday.")
    q = _one(r, "announced")
    assert q.source is None
    assert _content(q) == "The name of the new director"


def test_group_noun_anchors_on_the_named_organisation_without_entities() -> None:
    """Fallback only: "The union" is the union named earlier, not its chairman."""
    from newsgraph.attribution import find_drafts
    from newsgraph.ingest.document import Document
    from newsgraph.pipeline import load_pipeline, make_doc

    text = (
        "The Harbour Workers Union signed the deal on Friday. "
        "The union's chairman, Paul Reyes, was cautious. "
        "The union said its members would vote in April."
    )
    nlp = load_pipeline(None, ("dateline",))
    doc = nlp(make_doc(nlp, Document(id="t", text=text)))
    draft = next(d for d in find_drafts(doc) if d.source and text[d.source[0] : d.source[1]] == "The union")
    assert draft.anchor is not None
    assert "Harbour Workers Union" in text[draft.anchor[0] : draft.anchor[1]]


def test_cue_noun_with_infinitive_content() -> None:
    r = run("The mayor's decision to close the old library angered many parents.")
    q = next(q for q in r.quotes if q.cue is not None and q.cue.text == "decision")
    assert _content(q) == "to close the old library"
    assert q.source is not None and q.source.text == "The mayor"
    # without a holder the infinitive is not kept
    r2 = run("A decision to close the old library angered many parents.")
    assert not any(q.cue is not None and q.cue.text == "decision" for q in r2.quotes)


def test_added_and_also_carry_the_occasion_of_the_previous_statement() -> None:
    r = run(
        "“The bridge will open in May,” Governor Maria Lopez said in an interview on Tuesday. "
        "“It is the largest project in the state’s history,” she added. "
        "Lopez also said that the tolls would stay low.",
        "2024-11-07",
    )
    first, added = _one(r, "said"), _one(r, "added")
    also = next(q for q in r.quotes if "tolls" in _content(q))
    assert first.medium is not None and first.time is not None
    for later in (added, also):
        assert speaker_name(r, later) == speaker_name(r, first)
        assert later.medium == first.medium and later.time == first.time


def test_another_speaker_in_between_ends_the_occasion() -> None:
    r = run(
        "Governor Maria Lopez said in an interview on Tuesday that the bridge would open in May. "
        "Mayor John Cole said that the budget was too small. "
        "“We will finish on time,” Lopez added.",
        "2024-11-07",
    )
    added = _one(r, "added")
    assert added.medium is None and added.time is None


def test_a_physical_attack_is_not_a_statement_but_a_verbal_one_is() -> None:
    bombing = run("Rebels attacked the police station in the north of the province with mortars.")
    assert not [q for q in bombing.quotes if q.cue is not None and q.cue.text == "attacked"]
    verbal = run("Senator Ruth Adler attacked the governor over the budget cuts.")
    assert _one(verbal, "attacked")


def test_weather_and_sport_that_lash_or_lay_siege_say_nothing() -> None:
    r = run(
        "Heavy rain lashed the stadium in the second half. The hosts laid siege to the visitors' goal. "
        "Senator Ruth Adler lashed out at the governor. The treasurer laid out how the cuts would work."
    )
    cues = [q.cue.text for q in r.quotes if q.cue is not None]
    assert cues == ["lashed out at", "laid out"]
    r = run("The prince laid a wreath at the memorial. His cousin laid claim to the throne.")
    assert [q.cue.text for q in r.quotes if q.cue is not None] == ["laid claim to"]


def test_a_headline_speaker_named_by_role_is_the_one_person_with_that_role() -> None:
    text = (
        "Mayor says bridge will reopen by spring\n"
        "DOVER — Mayor Ines Barros said on Monday that the bridge would reopen in April.\n"
    )
    r = run(text)
    q = _one(r, "says")
    assert speaker_name(r, q) == "Ines Barros"
    # two people with the role: the headline's speaker stays unresolved
    text2 = text + "Her predecessor, former Mayor Carl Eder, said the repairs were overdue.\n"
    r2 = run(text2)
    assert speaker_name(r2, _one(r2, "says")) is None


def test_a_role_noun_with_an_organisation_in_apposition_is_that_organisation() -> None:
    r = run("The island's ferry operator, Northsea Lines, said on Sunday that fares would rise in March.")
    q = _one(r, "said")
    assert speaker_name(r, q) == "Northsea Lines"


def test_a_headline_closed_by_a_tag_reports_the_whole_line() -> None:
    r = run(
        "Inquiry finds flaws in ferry safety plan, officials say\n\n"
        "OSLO (Reuters) - The inquiry was ordered in May after a ferry ran aground.\n"
    )
    q = _one(r, "say")
    assert q.source is not None and q.source.text == "officials"
    assert [c.text for c in q.content] == ["Inquiry finds flaws in ferry safety plan"]
    assert not [x for x in r.quotes if x.cue is not None and x.cue.text == "finds"]


def test_a_headline_speaker_named_as_below_is_that_entity_when_only_one_fits() -> None:
    text = "Barros says bridge will reopen\nDOVER — Mayor Ines Barros said on Monday that it would.\n"
    r = run(text)
    assert speaker_name(r, _one(r, "says")) == "Ines Barros"
    text = (
        "Lund says port deal is fair\nOSLO — Port chief Anna Lund and her brother, Erik Lund, "
        "spoke on Monday. Anna Lund said the deal was fair.\n"
    )
    r = run(text)
    assert speaker_name(r, _one(r, "says")) is None  # two Lunds: nobody


def test_called_an_object_an_adjective_after_a_relative_clause_is_a_statement() -> None:
    r = run("The Green Party, which chose the judge in 2016, called the verdict politically motivated.")
    assert "the verdict politically motivated" in _content(_one(r, "called"))


def test_a_role_of_another_named_body_is_not_the_role_named_before() -> None:
    r = run(
        "Outgoing President Tomas Berg congratulated the winner in a post on X. "
        "The European Commission president also welcomed the result."
    )
    assert speaker_name(r, _one(r, "welcomed")) is None
    r = run(
        "Kremlin spokesman Dmitry Peskov said the talks were useful. "
        "The Kremlin spokesman added that no date had been set."
    )
    assert speaker_name(r, _one(r, "added")) == "Dmitry Peskov"
