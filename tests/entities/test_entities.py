"""Entities stage: sentences written for these tests, one behaviour each."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.entities import entity_for_span, lexicon
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Entity


# Links the hand rules make that the learned resolver (precision first, threshold
# chosen on GUM dev with GUM train as a guard) drops: recall still to win back
# (docs/evaluation.md).
def _below_threshold(what: str) -> str:
    """Why a rule-era test now fails: the rules still make the link, the resolver drops it."""
    return f"the rules link {what}, but the resolver trusts it below its threshold (0.45)"


def parse(text: str) -> Doc:
    nlp = load_pipeline(None, ("dateline", "entities"))
    return nlp(make_doc(nlp, Document(id="t", text=text)))


def entities(text: str) -> list[Entity]:
    return list(parse(text)._.ng_entities)


def by_name(ents: list[Entity], word: str) -> Entity:
    found = [e for e in ents if word in e.name]
    assert found, f"no entity named like {word!r} in {[e.name for e in ents]}"
    return found[0]


def texts(entity: Entity, kind: str | None = None) -> list[str]:
    return [m.text for m in entity.mentions if kind is None or m.kind == kind]


def test_full_name_surname_and_possessive_form_one_person() -> None:
    ents = entities(
        "Senator Margaret Okafor's bill passed on Tuesday. Okafor said the vote was close, "
        "and Okafor's staff celebrated in the hallway."
    )
    okafor = by_name(ents, "Okafor")
    assert okafor.name == "Margaret Okafor"
    assert okafor.type == "PERSON"
    names = texts(okafor, "name")
    assert names.count("Okafor") == 2
    # The possessive "'s" stays out of the mention span.
    assert "Margaret Okafor" in names
    assert all(not n.endswith("'s") for n in names)
    assert len([e for e in ents if "Okafor" in e.name]) == 1


@pytest.mark.xfail(reason=_below_threshold('"She" to Raman (just under 0.4)'), strict=True)
def test_he_and_she_go_to_the_matching_person() -> None:
    ents = entities(
        "Daniel Kessler met Priya Raman in Geneva on Monday. "
        "She said the talks were useful. He did not comment, and his office declined to add anything."
    )
    kessler, raman = by_name(ents, "Kessler"), by_name(ents, "Raman")
    assert "She" in texts(raman, "pronoun")
    assert {"He", "his"} <= set(texts(kessler, "pronoun"))
    assert "She" not in texts(kessler)


def test_reported_subject_pronoun_goes_to_the_speaker() -> None:
    ents = entities("Mayor Jonas Feld said he would resign next month.")
    feld = by_name(ents, "Feld")
    assert "he" in texts(feld, "pronoun")


def test_role_noun_refers_back_to_the_titled_person() -> None:
    ents = entities(
        "Health Minister Rosa Almendra opened the new clinic on Friday. "
        "Local doctors thanked the minister for the funding."
    )
    almendra = by_name(ents, "Almendra")
    assert "the minister" in texts(almendra, "nominal")
    assert any("Minister" in r.title for r in almendra.roles)


def test_possessive_role_noun_links_through_its_organisation() -> None:
    ents = entities(
        "Lena Hart, spokesperson for the Ministry of Transport, announced new rail fares. "
        "The ministry's spokesperson added that prices would fall in May."
    )
    hart = by_name(ents, "Hart")
    ministry = by_name(ents, "Ministry of Transport")
    assert "The ministry's spokesperson" in texts(hart, "nominal")
    assert "The ministry" in texts(ministry, "nominal")


def test_apposition_gives_role_with_linked_organisation() -> None:
    ents = entities("Samuel Oduya, director of the Kenya Wildlife Service, said poaching had fallen.")
    oduya = by_name(ents, "Oduya")
    service = by_name(ents, "Wildlife Service")
    role = oduya.roles[0]
    assert role.title == "director"
    assert role.org == service.name
    assert role.org_entity == service.id


def test_a_hyphenated_title_is_one_role_with_its_organisation() -> None:
    ents = entities("The secretary-general of NATO, Mark Olsen, met ministers in Oslo on Monday.")
    role = by_name(ents, "Olsen").roles[0]
    assert role.title == "secretary-general"
    assert role.org == "NATO"


def test_a_people_the_tagger_calls_a_person_is_a_people() -> None:
    ents = entities("Valdorian forces shelled three villages near the border, Azerbaijani officials said.")
    azerbaijani = by_name(ents, "Azerbaijani")
    assert azerbaijani.type == "NORP"
    assert [a.name for a in azerbaijani.affiliations] == ["Azerbaijan"]


def test_a_word_sharing_letters_with_a_country_is_no_demonym() -> None:
    assert [lexicon.demonym_place(w) for w in ("Christian", "Ethan", "Brian", "Roman")] == [None] * 4
    places = [lexicon.demonym_place(w) for w in ("Syrian", "Canadians", "Malian")]
    assert places == ["Syria", "Canada", "Mali"]


def test_a_specific_description_in_apposition_is_the_named_organisation() -> None:
    # "the Vancouver-based company" has a named modifier, so it first makes an
    # organisation of its own; the apposition makes it Cascade Copper's, with the
    # later "the company" that had joined it.
    ents = entities(
        "Cascade Copper, the Vancouver-based company behind the project, said it would "
        'appeal. "We respect the process," the company said in a statement.'
    )
    company = by_name(ents, "Cascade Copper")
    assert {"the Vancouver-based company", "the company"} <= {m.text for m in company.mentions}
    assert not any("company" in e.name for e in ents)


def test_preceding_apposition_gives_role_and_mention() -> None:
    ents = entities("The union's chairman, Paul Verhoeven, rejected the offer from the Dock Workers Union.")
    paul = by_name(ents, "Verhoeven")
    assert "The union's chairman" in texts(paul, "nominal")
    assert any(r.title == "chairman" for r in paul.roles)


def test_pre_name_titles() -> None:
    ents = entities(
        "Prime Minister Anna Lindqvist and Opposition leader Karl Berg debated the budget on Sunday."
    )
    assert any(r.title == "Prime Minister" for r in by_name(ents, "Lindqvist").roles)
    assert any(r.title == "Opposition leader" for r in by_name(ents, "Berg").roles)


def test_abbreviated_title_of_a_member_of_parliament_is_a_role() -> None:
    ents = entities("Local MP Daniel Ferris urged both sides to talk. The MP said a strike would hurt.")
    ferris = by_name(ents, "Daniel Ferris")
    assert ferris.name == "Daniel Ferris"
    assert any(r.title == "Local MP" for r in ferris.roles)
    assert "The MP" in texts(ferris, "nominal")


def test_a_name_after_a_persons_title_is_a_person_whatever_the_tagger_says() -> None:
    # the small model tags "Ines Barros" LOC here
    ents = entities("Mayor Ines Barros spoke to the Coastal Herald on Tuesday about the strike.")
    barros = by_name(ents, "Ines Barros")
    assert barros.type == "PERSON"
    assert any(r.title == "Mayor" for r in barros.roles)


def test_a_name_with_and_without_a_middle_initial_is_one_person() -> None:
    ents = entities(
        "Judge Daniel R. Hollis opened the inquiry on Monday. Daniel Hollis told reporters it"
        " would take a year."
    )
    hollis = by_name(ents, "Daniel R. Hollis")
    assert "Daniel Hollis" in [m.text for m in hollis.mentions]


def test_a_bare_name_after_two_middle_initial_variants_joins_neither() -> None:
    ents = entities("Mark T. Olsen thanked Mark R. Olsen in Oslo. Mark Olsen then left early.")
    for name in ("Mark T. Olsen", "Mark R. Olsen"):
        assert "Mark Olsen" not in [m.text for m in by_name(ents, name).mentions]


def test_an_organisation_name_cut_at_its_and_is_one_name() -> None:
    ents = entities("The Maritime and Transport Union said its members backed the walkout.")
    union = by_name(ents, "Maritime and Transport Union")
    assert union.type == "ORG"
    assert not [e for e in ents if e.name == "Maritime"]
    # two names with no article before them stay two
    ents = entities("Hamas and Islamic Jihad rejected the plan.")
    assert {e.name for e in ents} >= {"Hamas", "Islamic Jihad"}


def test_from_the_party_is_a_party_affiliation() -> None:
    ents = entities("Robert Vance, from the Liberty Party, won the seat with a narrow majority.")
    vance = by_name(ents, "Vance")
    party = by_name(ents, "Liberty Party")
    affiliation = next(a for a in vance.affiliations if a.kind == "party")
    assert affiliation.name == "Liberty Party"
    assert affiliation.entity == party.id


def test_party_adjective_before_a_role_noun() -> None:
    ents = entities("The governor thanked his Republican challenger, Mark Ellison, after the count.")
    ellison = by_name(ents, "Ellison")
    assert any(a.kind == "party" and a.name == "Republican" for a in ellison.affiliations)
    assert any(r.title == "challenger" for r in ellison.roles)


def test_demonym_links_to_its_country() -> None:
    ents = entities(
        "Floods hit Pakistan again this week. The Pakistani government asked for international aid."
    )
    pakistan = by_name(ents, "Pakistan")
    assert pakistan.type == "GPE"
    norp = [e for e in ents if e.type == "NORP"]
    links = [a for e in ents for a in e.affiliations if a.kind == "country"]
    assert norp or links
    assert any(a.name == "Pakistan" and a.entity == pakistan.id for a in links)


def test_cluster_type_comes_from_the_whole_cluster() -> None:
    # Whatever label the tagger gives the bare surname, the he/his and full-name
    # evidence make the cluster a person.
    ents = entities(
        "Viktor Harlan founded the shipping firm in 1990. Harlan later sold it. "
        "Harlan said he regretted the sale, and his children agreed."
    )
    harlan = by_name(ents, "Harlan")
    assert harlan.type == "PERSON"
    assert len(texts(harlan, "name")) == 3
    assert {"he", "his"} <= set(texts(harlan, "pronoun"))


def test_first_and_second_person_pronouns_are_not_clustered() -> None:
    ents = entities('"We will not give up," said Carla Dune. "I promise you that."')
    dune = by_name(ents, "Dune")
    assert not {"We", "I", "you"} & set(texts(dune))


def test_dateline_place_is_kept_and_not_a_sentence_subject() -> None:
    ents = entities("OSLO, NORWAY – Oslo city council approved the plan on Tuesday.")
    oslo = [e for e in ents if e.name.lower() == "oslo"]
    assert oslo and oslo[0].type == "GPE"
    assert all(e.type != "ORG" or "OSLO" not in texts(e) for e in ents)


def test_entity_for_span_prefers_the_contained_mention() -> None:
    text = "Lena Hart, spokesperson for the Ministry of Transport, announced new rail fares."
    doc = parse(text)
    whole = entity_for_span(doc, 0, text.index(","))
    assert whole is not None and "Hart" in whole.name
    sentence = entity_for_span(doc, 0, len(text))
    assert sentence is not None and "Hart" in sentence.name
    ministry = entity_for_span(doc, text.index("Ministry"), text.index("Ministry") + 8)
    assert ministry is not None and "Ministry" in ministry.name
    assert entity_for_span(doc, text.index("rail"), text.index("rail") + 4) is None


def test_odd_input_does_not_crash() -> None:
    for text in ["", "   ", '"unbalanced quote he said', "he he he. she. they.", "—" * 50]:
        assert isinstance(entities(text), list)


def test_entity_for_span_sees_entities_replaced_by_later_stages() -> None:
    text = "Nadia Petrova spoke in Vienna."
    doc = parse(text)
    first = entity_for_span(doc, 0, 5)
    assert first is not None
    index = doc._.ng_entities.index(first)
    doc._.ng_entities[index] = first.model_copy(update={"country": "AUT"})
    again = entity_for_span(doc, 0, 5)
    assert again is not None and again.country == "AUT"


def test_organisation_description_and_its() -> None:
    ents = entities(
        "The Coastal Nurses Union rejected the offer on Monday. "
        "The union said its members would strike next week."
    )
    union = by_name(ents, "Nurses Union")
    assert union.type == "ORG"
    assert "The union" in texts(union, "nominal")
    assert "its" in texts(union, "pronoun")


def test_government_of_a_place_is_one_organisation() -> None:
    ents = entities(
        "The government of Norland raised taxes in May. Critics said the government had ignored farmers."
    )
    government = by_name(ents, "government of Norland")
    assert government.type == "ORG"
    assert "the government" in texts(government, "nominal")
    assert any(a.name == "Norland" for a in government.affiliations)


def test_honorific_gives_gender() -> None:
    ents = entities("Mrs. Okonkwo met Mr. Alvarez at the port. She asked for a new contract.")
    assert "She" in texts(by_name(ents, "Okonkwo"), "pronoun")
    assert "She" not in texts(by_name(ents, "Alvarez"))


def test_description_with_another_party_is_not_linked() -> None:
    ents = entities(
        "Republican nominee Carl Hobbs spoke in Ohio on Monday. "
        "Meanwhile, the Democratic nominee held a rally in Texas."
    )
    hobbs = by_name(ents, "Hobbs")
    assert "the Democratic nominee" not in texts(hobbs)
    assert any(a.kind == "party" for a in hobbs.affiliations)


def test_sample_article(sample_record: object) -> None:
    from newsgraph.records import Record

    assert isinstance(sample_record, Record)
    ents = sample_record.entities
    sorvik = by_name(ents, "Sorvik")
    assert {"Elena Sorvik", "Sorvik", "she", "the minister"} <= set(texts(sorvik))
    brell = by_name(ents, "Brell")
    union = by_name(ents, "Fisheries Union")
    chairman = next(r for r in brell.roles if r.title == "chairman")
    assert chairman.org_entity == union.id
    quell = by_name(ents, "Quell")
    assert any(a.kind == "party" and a.name == "Green Coast Party" for a in quell.affiliations)
    assert any(r.title == "Prime Minister" for r in by_name(ents, "Darrel").roles)


def test_fronted_clause_pronoun_points_to_the_main_subject() -> None:
    ents = entities(
        "Angela Brandt met Maria Costa in Rome. When she arrived in Paris the next day, "
        "Costa said the summit had failed."
    )
    assert "she" in texts(by_name(ents, "Costa"), "pronoun")
    assert "she" not in texts(by_name(ents, "Brandt"))


def test_reflexive_binds_to_its_subject() -> None:
    ents = entities(
        "Officers searched for Tom Reyes for a week. Paul Ostrow said Reyes walked in and turned himself in."
    )
    assert "himself" in texts(by_name(ents, "Reyes"), "pronoun")


def test_unparsed_doc_gives_no_error() -> None:
    from newsgraph.entities import annotate
    from newsgraph.extensions import register_extensions

    register_extensions()
    nlp = load_pipeline(None, ("dateline", "entities"))
    doc = nlp.make_doc("Maria Lopez said she would run. The union said its members agreed.")
    annotate(doc)
    assert doc._.ng_entities == []


def test_long_document_is_handled() -> None:
    paragraph = (
        "Governor Ana Ruiz visited Lagos on Monday. She said the Harbour Authority would hire staff. "
        "The authority said its budget had doubled. Ruiz thanked the governor's aides. "
    )
    doc = parse(paragraph * 60)
    ruiz = by_name(list(doc._.ng_entities), "Ruiz")
    assert len(ruiz.mentions) >= 120


def test_roles_from_relative_clause_and_multiword_title() -> None:
    ents = entities(
        "Sara Lind, the chief executive of Nordbank, resigned on Friday. "
        "Jonas Berg, who is the chairman of Volta Energy, praised her."
    )
    lind, berg = by_name(ents, "Lind"), by_name(ents, "Berg")
    bank, volta = by_name(ents, "Nordbank"), by_name(ents, "Volta")
    assert any(r.title == "chief executive" and r.org_entity == bank.id for r in lind.roles)
    assert any(r.title == "chairman" and r.org_entity == volta.id for r in berg.roles)
    # "her" is the object of Berg's verb, so it cannot be Berg.
    assert "her" in texts(lind, "pronoun")
    assert "her" not in texts(berg)


def test_served_as_gives_a_role() -> None:
    ents = entities("Mayor Kofi Mensah thanked voters. He previously served as finance minister of Ghana.")
    mensah = by_name(ents, "Mensah")
    ghana = by_name(ents, "Ghana")
    assert any(r.title == "finance minister" and r.org_entity == ghana.id for r in mensah.roles)


def test_kinship_apposition_makes_a_person_mention() -> None:
    ents = entities("His father, Omar Haddad, said he was proud.")
    haddad = by_name(ents, "Haddad")
    assert haddad.type == "PERSON"
    assert "His father" in texts(haddad, "nominal")
    assert haddad.roles == []


def test_they_for_a_group_with_a_plural_verb_but_not_for_unnamed_officials() -> None:
    # Kept since round 4's tree model (a linear model gave this link 0.29).
    ents = entities("The Taliban have said they will not attend the talks.")
    assert "they" in texts(by_name(ents, "Taliban"), "pronoun")
    ents = entities("The Northern Alliance was blamed for the raid. Officials said they had seen the convoy.")
    # "they" is the unnamed officials: a group named by a plural noun (round 7), never the Alliance
    assert all("they" not in texts(e) for e in ents if e.type != "GROUP")
    assert "they" in texts(next(e for e in ents if e.type == "GROUP" and e.name == "Officials"))


def test_of_the_party_and_of_an_organisation() -> None:
    ents = entities("Senator Jane Roe of the Green Party met Ann Chiang of the Harbour Workers Federation.")
    roe, chiang = by_name(ents, "Roe"), by_name(ents, "Chiang")
    assert any(a.kind == "party" and a.name == "Green Party" for a in roe.affiliations)
    federation = by_name(ents, "Workers Federation")
    assert any(a.kind == "organization" and a.entity == federation.id for a in chiang.affiliations)


def test_surname_alone_is_not_merged_with_a_relative_of_the_other_sex() -> None:
    ents = entities(
        "Mr. Obama spoke on Saturday. The campaign will use Mr. Obama and the first lady, "
        "Michelle Obama, in Florida. Obama said he was hopeful."
    )
    michelle = by_name(ents, "Michelle")
    assert texts(michelle, "name") == ["Michelle Obama"]
    barack = next(e for e in ents if e.name == "Obama")
    assert len(texts(barack, "name")) == 3 and "he" in texts(barack, "pronoun")


def test_quoted_claim_is_not_a_role() -> None:
    ents = entities('Rival candidate Tom Price said: "Mayor Ann Holt is the real boss of the cartel."')
    holt = by_name(ents, "Holt")
    assert all("boss" not in r.title for r in holt.roles)


def test_country_names_and_demonyms() -> None:
    from newsgraph.entities.lexicon import country_name, demonym_place

    assert country_name("U.S.") == "United States"
    assert country_name("AFGHANISTAN") == "Afghanistan"
    assert country_name("Ga.") is None  # Georgia the state, not Gabon's code
    assert country_name("Kabul") is None
    assert demonym_place("Afghan") == "Afghanistan"
    assert demonym_place("Iranians") == "Iran"
    assert demonym_place("Kenyan") == "Kenya"


def test_acronym_before_or_after_the_full_name() -> None:
    ents = entities(
        "NATO met in Brussels. The North Atlantic Treaty Organization said the summit went well. "
        "The United Nations and the UN agencies agreed."
    )
    nato = by_name(ents, "North Atlantic")
    assert {"NATO", "North Atlantic Treaty Organization"} <= set(texts(nato))
    assert {"United Nations", "UN"} <= set(texts(by_name(ents, "United Nations")))


def all_names(ents: list[Entity]) -> list[str]:
    return [m.text for e in ents for m in e.mentions if m.kind == "name"]


def test_web_addresses_handles_and_file_names_are_not_names() -> None:
    names = all_names(
        entities(
            "Send the form to info@harbourtrust.org or see harbourtrust.org/forms for the Outlook.pdf copy. "
            "The mayor wrote on @CityHallNews that Daniel Kessler will attend."
        )
    )
    assert not [n for n in names if "@" in n or ".org" in n or n.endswith(".pdf")]
    assert "Daniel Kessler" in names


def test_bracketed_acronym_is_cut_from_the_full_name() -> None:
    ents = entities("The International Maritime Organisation (IMO) said the rules would change next year.")
    names = all_names(ents)
    assert "International Maritime Organisation" in names
    assert not [n for n in names if "(" in n]


def test_greeting_is_not_part_of_a_name() -> None:
    names = all_names(entities("Thanks Josh, the report looks good."))
    assert "Josh" in names
    assert "Thanks Josh" not in names


def test_capitalised_common_word_is_not_a_name_when_the_article_writes_it_in_lower_case() -> None:
    ents = entities(
        "Health officials say iodine is added to bread in most regions. "
        "Iodine deficiency harms children, the officials said."
    )
    assert "Iodine" not in all_names(ents)


def test_untagged_given_name_is_a_person() -> None:
    ents = entities("Greg fixed the boiler on Tuesday and the tenants thanked him.")
    greg = by_name(ents, "Greg")
    assert greg.type == "PERSON"


def test_surname_tagged_as_common_noun_still_joins_its_person() -> None:
    ents = entities(
        "Kristin Almgren opened the gallery on Friday. Almgren said the prints came from a donor. "
        "Almgren thanked the volunteers."
    )
    almgren = by_name(ents, "Almgren")
    assert texts(almgren, "name").count("Almgren") == 2


def test_building_names_are_places_and_signature_roles_are_cut() -> None:
    ents = entities("The delegates met at Harbour View Towers on Monday.")
    towers = by_name(ents, "Harbour View")
    assert towers.type in {"FAC", "GPE", "LOC"}
    names = all_names(entities("Regards,\nBryan Holloway - Analyst\nRisk desk"))
    assert "Bryan Holloway" in names


def test_abbreviation_keeps_its_stop_and_family_title_is_cut() -> None:
    names = all_names(entities("The contract went to Brightwater Systems, Inc. We asked Aunt Toni about it."))
    assert any(n.endswith("Inc.") for n in names)
    assert "Toni" in names
    assert "Aunt Toni" not in names


def test_he_inside_a_quote_is_not_the_speaker() -> None:
    ents = entities(
        "The painter Ivo Marrak died in 1990. Lena Dorsch, a curator at the museum, said, "
        '"I think his portraits changed how people saw the city."'
    )
    marrak, dorsch = by_name(ents, "Marrak"), by_name(ents, "Dorsch")
    assert "his" not in texts(dorsch, "pronoun")
    assert "his" in texts(marrak, "pronoun")


def test_our_country_in_a_quote_is_not_the_last_country_named() -> None:
    ents = entities(
        "Officials from Norway met their counterparts in Portugal on Friday. "
        '"People arriving in our country need a faster process," the minister said.'
    )
    portugal = by_name(ents, "Portugal")
    assert "our country" not in texts(portugal)


def test_surname_or_given_name_misspelt_by_one_letter_is_the_same_person() -> None:
    ents = entities(
        "Kristin Halvorsen opened the exhibit on Friday. Later, Kristen Halvorsen thanked the donors. "
        "Halvorson said more prints would follow."
    )
    people = [e for e in ents if e.type == "PERSON" and e.name.startswith(("Krist", "Halvors"))]
    assert len(people) == 1
    assert len(texts(people[0], "name")) == 3


def test_organisation_name_runs_over_its_for_of_phrase() -> None:
    names = all_names(
        entities("The grant came from the Marlow Foundation for the Coastal Arts, which opened in 1998.")
    )
    assert "Marlow Foundation for the Coastal Arts" in names
    assert "Coastal Arts" not in names


def test_a_name_with_members_is_an_organisation() -> None:
    ents = entities(
        "Tomas Reyes, a member of Calventa for ten years, left. "
        "Former members of Calventa say the group kept his passport."
    )
    calventa = [e for e in ents if e.name == "Calventa"]
    assert len(calventa) == 1
    assert calventa[0].type == "ORG"


def test_newspaper_tagged_as_a_law_or_event_is_an_organisation() -> None:
    ents = entities("The report appeared in the Harbourtown Evening Herald on Monday.")
    herald = by_name(ents, "Herald")
    assert herald.type == "ORG"


def test_an_organisation_noun_in_apposition_types_the_name() -> None:
    ents = entities("The union, Kestrel Dockers, said operators had refused to discuss pensions.")
    assert by_name(ents, "Kestrel").type == "ORG"


def test_a_role_organisations_hold_too_keeps_the_organisation() -> None:
    ents = entities("Its owner, Lakeside Holdings, declined to comment on the sale.")
    owner = by_name(ents, "Lakeside")
    assert owner.type == "ORG"
    assert [r.title for r in owner.roles] == ["owner"]


def test_a_shared_role_on_a_person_name_is_still_a_person() -> None:
    ents = entities("Its owner, Mark Stein, declined to comment on the sale.")
    assert by_name(ents, "Stein").type == "PERSON"


def test_a_capitalised_organisation_noun_joins_the_one_organisation_it_ends() -> None:
    ents = entities(
        "The Harwick Water Authority said on Monday that the reservoir was full. "
        "Authority spokesman Li Wen said the gates would open."
    )
    authority = by_name(ents, "Water Authority")
    assert texts(authority, "name") == ["Harwick Water Authority", "Authority"]


def test_a_bare_organisation_head_stays_apart_when_it_is_not_a_description_noun_or_is_shared() -> None:
    # "House" is no description noun: after "White House" it is the House of Representatives
    ents = entities("The White House said the bill was dead. The House voted on it anyway.")
    assert {e.name for e in ents} >= {"White House", "House"}
    # two parties named before: a bare "Party" could be either
    ents = entities("The Green Party and the Labour Party met. Party officials said little.")
    assert "Party" in {e.name for e in ents}


def test_a_name_after_a_landform_noun_is_a_place() -> None:
    ents = entities("The river Sull rose to 6.4 metres on Wednesday, and climbers left mount Calder.")
    assert by_name(ents, "Sull").type == "LOC"


def test_a_portfolio_before_an_office_title_is_part_of_the_title() -> None:
    ents = entities("Transport Minister Omar Haddad and Google CEO Sundar Pichai met on Monday.")
    assert "Transport" not in {e.name for e in ents}
    assert [r.title for r in by_name(ents, "Haddad").roles] == ["Transport Minister"]
    assert "Google" in {e.name for e in ents}  # a company before a title is its organisation


def test_the_dateline_place_stays_a_place_when_the_tagger_calls_a_later_mention_a_person() -> None:
    ents = entities("HARWICK — Senator Ruth Vale criticised the governor over delays to the Harwick bridge.")
    assert by_name(ents, "Harwick").type == "GPE"


def test_a_one_word_name_after_a_kind_of_company_is_an_organisation() -> None:
    ents = entities("Ferries were cancelled for the day, operator NordLine said.")
    assert by_name(ents, "NordLine").type == "ORG"
    # a person's name after the same noun keeps its type
    assert by_name(entities("Camera operator Ann Lee filmed the storm."), "Ann Lee").type == "PERSON"
