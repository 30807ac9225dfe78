"""Session 24 (lead): a second reported clause with its own "that" is the reporter's; a bare
surname's gender is not guessed from the pronouns after it; one person named by
nationality ("the Italian") is no people; a call to speak is the caller's act; a name the
tagger missed that speaks in full and then by surname is a person."""

from __future__ import annotations

import pytest

from tests.conftest import run


def _entity_of(r, text: str):  # type: ignore[no-untyped-def]
    return next((e for e in r.entities if any(m.text == text for m in e.mentions)), None)


def _mention_texts(entity) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for m in entity.mentions]


@pytest.mark.parametrize(
    ("text", "reporter", "other"),
    [
        (
            "Ines Calloway, who leads the opposition, told reporters that Dunmore had "
            "abandoned the talks and that her party would back a vote of no confidence.",
            "Ines Calloway",
            "Dunmore",
        ),
        (
            "Greta Holm said on Monday that Varga had broken his word and that her ministry "
            "would review every contract.",
            "Greta Holm",
            "Varga",
        ),
    ],
)
def test_a_second_reported_clause_with_its_own_that_is_not_the_first_clauses_subject(
    text: str, reporter: str, other: str
) -> None:
    r = run(text)
    wrong = _entity_of(r, other)
    assert wrong is None or "her" not in _mention_texts(wrong)


def test_a_surname_of_a_person_named_in_full_takes_no_gender_from_the_pronouns_after_it() -> None:
    r = run(
        "The Liberal bloc said it would vote against Prime Minister Aurel Keller's budget unless "
        "he dropped the pension cuts. Marta Quinn, who leads the bloc's deputies, told "
        "reporters that Keller had \"ended the discussion\" and that her deputies would back "
        "the motion. \"People have had enough,\" she said."
    )
    keller = _entity_of(r, "Aurel Keller")
    assert keller is not None
    assert "she" not in _mention_texts(keller) and "her" not in _mention_texts(keller)
    quote = next(q for q in r.quotes if q.source is not None and q.source.text == "she")
    quinn = _entity_of(r, "Marta Quinn")
    assert quinn is not None and quote.speaker in (None, quinn.id)


@pytest.mark.parametrize(
    "text",
    [
        'Coach Paolo Verdi praised the striker. "He never stops running," the Italian said.',
        'The bank chief Olaf Brandt declined to comment. "We will see," the Norwegian said.',
        "Two aid workers were hurt and a Briton was among the dead, officials said.",
    ],
)
def test_one_person_named_by_nationality_is_no_people(text: str) -> None:
    r = run(text)
    assert not any(e.type == "NORP" and e.name in {"Italian", "Norwegian", "Briton"} for e in r.entities)
    for q in r.quotes:
        speaker = next((e for e in r.entities if e.id == q.speaker), None)
        assert speaker is None or speaker.type != "NORP"


def test_a_plural_nationality_still_names_the_people() -> None:
    r = run("The Germans said they would leave the talks on Friday.")
    germans = _entity_of(r, "Germans")
    assert germans is not None
    assert r.quotes and r.quotes[0].speaker == germans.id


@pytest.mark.parametrize(
    ("text", "caller", "called"),
    [
        (
            "Tomas Brenner conceded on Sunday and said he had called Ivo Lasko to congratulate him.",
            "Tomas Brenner",
            "Ivo Lasko",
        ),
        (
            "Hana Soyer said she phoned Lena Marsh to thank her for the support.",
            "Hana Soyer",
            "Lena Marsh",
        ),
    ],
)
def test_the_object_of_a_call_to_speak_is_the_one_spoken_to(text: str, caller: str, called: str) -> None:
    r = run(text)
    caller_entity, called_entity = _entity_of(r, caller), _entity_of(r, called)
    assert caller_entity is not None and called_entity is not None
    objects = {"him", "her"}
    assert not objects & set(_mention_texts(caller_entity))


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Rovan Tesk scored twice, and Mikel Arteta said his side had been denied a penalty.\n\n"
            "The Danish forward, who joined from Lyon in 2023, has scored nine goals.\n\n"
            '"When Pell goes down like that, everybody can see it," Arteta told reporters. '
            "He added that he would not complain.",
            "Mikel Arteta",
        ),
        (
            "The plant will close in May, and Dessa Kloor said her union would fight it.\n\n"
            "The French owner, which bought the plant from Norsk Metall in 2019, declined to comment.\n\n"
            '"Ask Vennor why he lied to us," Kloor told a rally. She said members would vote on a strike.',
            "Dessa Kloor",
        ),
    ],
)
def test_a_missed_name_that_speaks_in_full_and_then_by_surname_is_a_person(text: str, full: str) -> None:
    r = run(text)
    person = _entity_of(r, full)
    assert person is not None and person.type == "PERSON"
    surname = full.split()[-1]
    assert surname in _mention_texts(person)
    told = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    assert told.speaker == person.id


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Velmora's Minister of Defence Tomasz Kral resigned on Thursday.", "Tomasz Kral"),
        ("Minister of Foreign Affairs Ana Ruiz said the talks had failed.", "Ana Ruiz"),
    ],
)
def test_a_name_after_title_of_portfolio_is_the_person(text: str, person: str) -> None:
    r = run(text)
    entity = _entity_of(r, person)
    assert entity is not None and entity.type == "PERSON"
    acts = [e for e in r.events if e.lemma == "resign"] or []
    quotes = [q for q in r.quotes if q.cue is not None and q.cue.text == "said"]
    assert all(e.actors == [entity.id] for e in acts)
    assert all(q.speaker == entity.id for q in quotes)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Magistrate Ruth Kiprop said the accused had abused his office.", "Ruth Kiprop"),
        ("Prosecutor Omar Vance said he would appeal the ruling.", "Omar Vance"),
    ],
)
def test_a_judicial_title_is_no_part_of_the_name_nor_an_entity(text: str, person: str) -> None:
    r = run(text)
    assert _entity_of(r, person) is not None
    titles = ("Magistrate", "Prosecutor")
    assert not any(e.name in titles or e.name.startswith(titles) for e in r.entities)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Coast guard ships blocked a supply boat near the Second Thomas Shoal on Monday.", "Thomas Shoal"),
        ("Two frigates sailed past the Second Thomas Shoal, the ministry said.", "Thomas Shoal"),
    ],
)
def test_a_given_name_inside_a_landform_name_is_no_person(text: str, place: str) -> None:
    r = run(text)
    assert not any(e.type == "PERSON" and place in e.name for e in r.entities)


def test_a_given_name_the_tagger_missed_is_still_a_person() -> None:
    r = run("Julie Marsh called the meeting to order on Monday.")
    marsh = _entity_of(r, "Julie Marsh")
    assert marsh is None or marsh.type == "PERSON"


def test_a_heading_run_into_the_next_sentence_does_not_hide_its_speaker() -> None:
    # a live blog's entry heading ("14:30 — Regional leader asks ...") that the parser runs
    # into the paragraph under it is no unnamed speaker of the quote that follows
    r = run(
        "LIVE: Floods force thousands from homes\n\nUpdated 14:32 GMT\n\n"
        "14:30 — Regional leader asks army for help\n"
        "The president of the Valencia region, Carlos Mazón, asked the central government to "
        "send more soldiers to clear mud from the worst-hit towns. "
        '"We need more hands, and we need them now," he told a news conference.'
    )
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    mazon = _entity_of(r, "Carlos Mazón")
    assert mazon is not None and quote.speaker == mazon.id
