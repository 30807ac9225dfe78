"""Session 23 (lead): a party described in apposition is not the party named before; a
publication named after "daily"/"weekly" is no person; "his" in a reported clause of a
subject shared by two verbs; "the country" when two nations are in play."""

from __future__ import annotations

from tests.conftest import run


def _entity_of(r, text: str):  # type: ignore[no-untyped-def]
    return next((e for e in r.entities if any(m.text == text for m in e.mentions)), None)


def test_a_party_described_in_apposition_is_its_own_party() -> None:
    r = run(
        "The Centre Party leader, Maja Holm, said her party would quit the government. "
        "The Social Democrats, the largest party in the coalition, blamed Holm for the crisis."
    )
    social = _entity_of(r, "Social Democrats")
    centre = _entity_of(r, "Centre Party")
    assert social is not None and centre is not None
    assert social.id != centre.id
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "blamed")
    assert quote.speaker == social.id


def test_a_name_after_a_periodical_noun_is_the_publication() -> None:
    r = run(
        "Selin Arat, a reporter for the independent daily Kuzey Haber, was fined on Monday "
        "over an article in which she criticised the governor."
    )
    paper = _entity_of(r, "Kuzey Haber")
    assert paper is not None and paper.type == "ORG"
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "criticised")
    arat = _entity_of(r, "Selin Arat")
    assert arat is not None and quote.speaker == arat.id


def test_his_in_a_clause_reported_by_a_second_verb_is_the_shared_subject() -> None:
    r = run(
        "ANKARA, Turkey — Negotiators from Morvania and the Kestrel Freedom Front met for a "
        "second day on Monday in talks hosted by Turkey, but a senior Turkish official said "
        'the sides were still "far apart."\n\nThe official, who spoke on condition of '
        "anonymity because he was not allowed to brief the media, said Morvania had offered "
        "to free 100 prisoners in exchange for a truce. The Front has demanded the release of "
        'all 900 prisoners it says are held in army jails.\n\n"We will not sign anything that '
        'leaves our people in prison," Front negotiator Karim Azzam told reporters. He accused '
        "Morvania's delegation of stalling and said his side would walk out if no deal was "
        "reached by Friday."
    )
    azzam = _entity_of(r, "Karim Azzam")
    assert azzam is not None
    assert any(m.text == "his" for m in azzam.mentions)
    walk_out = next(e for e in r.events if e.lemma == "walk out")
    assert walk_out.actors == [azzam.id]


def test_a_name_a_person_reports_on_is_not_made_a_person_by_the_next_he() -> None:
    r = run(
        "Union negotiator Pavel Hruby left the talks early. The official said Tessaly had "
        "offered a raise. He accused Tessaly's delegation of wasting time."
    )
    tessaly = _entity_of(r, "Tessaly")
    assert tessaly is not None and tessaly.type != "PERSON"
    assert not any(m.kind == "pronoun" for m in tessaly.mentions)


def test_the_country_is_left_open_when_another_nation_was_just_named() -> None:
    r = run(
        "Kenyan President Ruto summoned Uganda's envoy on Sunday. "
        "He said the country would not be bullied."
    )
    uganda = _entity_of(r, "Uganda")
    assert uganda is not None
    assert not any(m.text == "the country" for m in uganda.mentions)


def test_the_country_still_links_when_one_nation_is_in_play() -> None:
    r = run("Uganda closed its border on Sunday. Officials said the country would reopen it soon.")
    uganda = _entity_of(r, "Uganda")
    assert uganda is not None
    assert any(m.text == "the country" for m in uganda.mentions)


def test_whoever_reports_a_death_is_not_the_one_who_died() -> None:
    r = run(
        "Paolo Venturi, the Italian composer, has died. He was 88. His son, Marco, said "
        "he died on Sunday at his home in Turin."
    )
    venturi = _entity_of(r, "Paolo Venturi")
    marco = _entity_of(r, "Marco")
    assert venturi is not None and marco is not None
    assert not any(m.kind == "pronoun" for m in marco.mentions)


def test_one_who_nearly_died_may_report_it() -> None:
    r = run("Marta Rey was rescued from the river on Monday. She said she nearly drowned.")
    rey = _entity_of(r, "Marta Rey")
    assert rey is not None
    assert sum(m.kind == "pronoun" for m in rey.mentions) == 2


def test_an_inner_word_of_a_long_name_is_that_person() -> None:
    r = run(
        "Brazilian President Luiz Inácio Lula da Silva arrived on Wednesday. "
        "Lula said the relationship was strong."
    )
    lula = _entity_of(r, "Luiz Inácio Lula da Silva")
    assert lula is not None
    assert any(m.text == "Lula" for m in lula.mentions)


def test_the_last_two_words_of_a_name_with_accents_are_that_person() -> None:
    r = run(
        "Mexican President Andrés Manuel López Obrador spoke on Monday. "
        "López Obrador said the deal was fair."
    )
    amlo = _entity_of(r, "Andrés Manuel López Obrador")
    assert amlo is not None
    assert any(m.text == "López Obrador" for m in amlo.mentions)


def test_his_in_the_clause_of_an_unnamed_man_is_his() -> None:
    r = run(
        "Stena Line said it was reviewing its timetable. A man in his 50s died after a branch "
        "fell on his car near Bergen, police said."
    )
    assert not any(m.text == "his" for e in r.entities for m in e.mentions)


def test_her_in_the_clause_of_an_unnamed_woman_is_hers() -> None:
    r = run("Marek Nowak won the race. A woman in her 30s said he deserved it.")
    nowak = _entity_of(r, "Marek Nowak")
    assert nowak is not None
    assert not any(m.text == "her" for m in nowak.mentions)


def test_a_kind_of_company_opening_the_sentence_is_no_part_of_its_name() -> None:
    r = run(
        "Drugmaker Halvern Pharma agreed on Monday to buy Cellbright Therapeutics for $8.4 "
        "billion. Halvern will pay $62 a share, a premium to Cellbright's price."
    )
    halvern = _entity_of(r, "Halvern Pharma")
    cellbright = _entity_of(r, "Cellbright Therapeutics")
    assert halvern is not None and halvern.type == "ORG"
    assert any(m.text == "Halvern" for m in halvern.mentions)
    assert cellbright is not None and any(m.text == "Cellbright" for m in cellbright.mentions)


def test_a_company_run_into_its_executives_title_is_the_company() -> None:
    r = run(
        "Halvern Pharma agreed to buy Cellbright. \"Obesity is a big opportunity,\" Halvern "
        "Chief Executive Ruth Okafor said on a call."
    )
    okafor = _entity_of(r, "Ruth Okafor")
    assert okafor is not None
    assert not any(e.type == "WORK_OF_ART" for e in r.entities)
    assert okafor.roles and okafor.roles[0].org == "Halvern Pharma"


def test_the_portfolio_of_a_title_tagged_alone_is_no_organisation() -> None:
    r = run("U.S. Secretary of State Marco Rubio is due to arrive in Seoul on Thursday.")
    assert not any(e.name == "State" for e in r.entities)
    assert _entity_of(r, "Marco Rubio") is not None


def test_an_alliance_placed_on_the_other_side_is_another_body() -> None:
    r = run(
        "The far-right National Rally decided not to back the motion. Marine Le Pen said her "
        "party had chosen responsibility. The left-wing alliance accused her of propping up "
        "the government."
    )
    rally = _entity_of(r, "National Rally")
    assert rally is not None
    assert not any("alliance" in m.text for m in rally.mentions)
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "accused")
    assert quote.speaker != rally.id


def test_a_club_named_after_a_city_is_not_the_city() -> None:
    r = run(
        "MADRID — Real Madrid beat Barcelona 3-2 on Saturday. Madrid coach Carlo Ancelotti "
        "was happy. Atletico Madrid are third with 29."
    )
    atletico = _entity_of(r, "Atletico Madrid")
    assert atletico is not None
    assert not any(m.text == "MADRID" for m in atletico.mentions)


def test_a_he_after_a_named_subjects_second_verb_may_be_the_one_accused() -> None:
    r = run(
        "Senate candidate Kari Lake faced Ruben Gallego in a debate. She attacked him on "
        "crime. Lake accused Gallego of voting to open the border and said he had supported "
        "cuts to police funding."
    )
    lake = _entity_of(r, "Kari Lake")
    assert lake is not None
    assert not any(m.text == "he" for m in lake.mentions)
