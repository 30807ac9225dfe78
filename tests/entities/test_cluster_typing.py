"""A cluster's type from its whole evidence (issue 10): given names the small tagger
types as places, a given name tagged apart from the surname after it, a party's other
names, a he/she with no other referent, and a common noun opening a sentence.
Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.entities import mentions
from newsgraph.entities.state import EntityState
from tests.entities.test_entities import by_name, entities, parse, texts


def test_given_name_tagged_as_a_place_is_a_person() -> None:
    ents = entities("Wilhelmina opened the bakery on Main Street in 1990.")
    assert by_name(ents, "Wilhelmina").type == "PERSON"


def test_given_name_that_is_also_a_city_stays_a_place() -> None:
    ents = entities("He lived in Florence and Victoria.")
    assert by_name(ents, "Florence").type == "GPE"
    assert by_name(ents, "Victoria").type == "GPE"


def test_country_that_is_also_a_given_name_stays_a_country() -> None:
    ents = entities("Jordan said it would close the border.")
    assert by_name(ents, "Jordan").type == "GPE"


def test_given_name_tagged_apart_joins_the_surname_after_it() -> None:
    ents = entities("Duchess Tatyana Ivanovna Orlova married in 1790. Tatyana had two sons.")
    person = by_name(ents, "Orlova")
    assert person.type == "PERSON"
    assert texts(person, "name") == ["Tatyana Ivanovna Orlova", "Tatyana"]


def test_party_nickname_and_members_plural_are_the_party() -> None:
    ents = entities("The Republican Party won the seat. Republicans said the GOP would hold the Senate.")
    party = by_name(ents, "Republican Party")
    assert party.type == "ORG"
    assert set(texts(party, "name")) == {"Republican Party", "Republicans", "GOP"}


def test_members_plural_alone_stays_a_people() -> None:
    ents = entities("Republicans blocked the bill on Tuesday. A Republican aide said it was dead.")
    assert by_name(ents, "Republican").type == "NORP"


def test_he_or_she_with_no_other_referent_finds_a_mistyped_name() -> None:
    ents = entities("Halvorsen joined the orchestra in 1931. Two years later she toured Europe with it.")
    person = by_name(ents, "Halvorsen")
    assert person.type == "PERSON"
    assert texts(person, "pronoun") == ["she"]
    ents = entities("Brucklin won the regional final in 1998. The next season he joined a national club.")
    assert by_name(ents, "Brucklin").type == "PERSON"


def test_a_company_that_it_refers_to_stays_a_company() -> None:
    ents = entities("Ford said it would close the plant in Ohio. A week later he resigned.")
    assert by_name(ents, "Ford").type == "ORG"


def test_a_person_noun_in_reach_keeps_the_name_as_tagged() -> None:
    ents = entities("Halvorsen hired a new director in 1931. Two years later she toured Europe.")
    assert by_name(ents, "Halvorsen").type != "PERSON"


def test_common_noun_opening_a_sentence_is_no_person() -> None:
    ents = entities("Turnout on Sunday was 71%. Crap like this makes me want to scream.")
    assert [e.name for e in ents if e.type == "PERSON"] == []


def test_given_name_and_surname_tagged_as_a_work_are_a_person() -> None:
    doc = parse("The portrait of Winifred Ashcombe hangs in the hall.")
    doc.ents = [Span(doc, 3, 5, label="WORK_OF_ART")]  # as the small model tags some names
    state = EntityState(doc)
    mentions.named_mentions(state)
    assert [(state.span_text(m.start, m.end), m.label) for m in state.mentions] == [
        ("Winifred Ashcombe", "PERSON")
    ]


def test_full_name_tagged_as_a_place_keeps_its_tag() -> None:
    ents = entities("Tourists flock to Marina Bay every year.")
    assert by_name(ents, "Marina Bay").type == "LOC"
