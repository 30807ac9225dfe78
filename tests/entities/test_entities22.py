"""Session 22 (issue 10): a learned "is this capitalised name a person?" decision
(``entities/person_names.py``, ``newsgraph train person-names``), asked by
``referred`` about one- and two-word names the tagger typed ORG/GPE or left untagged,
with a he/she near, that the hand rules leave alone. Read on sentences written for them.

- "Grosjean crashed his Haas into the barrier. He walked away unhurt." (Grosjean
  untagged, opening the sentence as the subject of the verb after it): a person, with
  "his" and "He".
- The guards, by category, hold whatever the model says: a conjunct of a body ("Typhoo
  and Unilever"), a name after an owner ("his Haas"), a caption label ("Shame:"), a
  sentence-opening word that is no subject of the verb after it ("Immigration, his
  signature issue, ..."), a name that an it/they continues.
- The shipped model file: JSON numbers over the features the code computes, with its
  data versions and figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

import pytest

from newsgraph.entities import person_names
from newsgraph.entities.person_names import FEATURES, PersonNameModel, from_json
from newsgraph.errors import InputError
from newsgraph.records import Entity
from newsgraph.training.person_names import _gold_label, choose_threshold, precision_recall
from tests.conftest import run


def _type_of(entities: list[Entity], text: str, phrase: str) -> str | None:
    start = text.index(phrase)
    for entity in entities:
        if any(m.start == start for m in entity.mentions):
            return entity.type
    return None


def _mentions_of(entities: list[Entity], text: str, phrase: str) -> list[str]:
    start = text.index(phrase)
    for entity in entities:
        if any(m.start == start for m in entity.mentions):
            return [m.text for m in entity.mentions]
    return []


@pytest.fixture
def always_person() -> Iterator[None]:
    """A model that calls every name it is asked about a person: only the guards decide."""
    model = PersonNameModel(weights=(0.0,) * len(FEATURES), bias=10.0, threshold=0.5)
    original = person_names.load_model
    person_names.load_model = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        person_names.load_model = original  # type: ignore[assignment]


def test_untagged_surname_opening_its_sentence_as_subject_is_a_person() -> None:
    text = "Grosjean crashed his Haas into the barrier. He walked away unhurt."
    r = run(text)
    assert _type_of(r.entities, text, "Grosjean") == "PERSON"
    assert _mentions_of(r.entities, text, "Grosjean") == ["Grosjean", "his", "He"]


def test_an_opening_word_no_subject_of_the_next_verb_is_not_asked(always_person: None) -> None:
    text = "Immigration, his signature issue, never came up. He spoke about jobs instead."
    r = run(text)
    assert _type_of(r.entities, text, "Immigration") != "PERSON"


def test_conjuncts_of_a_body_stay_organisations(always_person: None) -> None:
    text = "The factory supplies Typhoo and Unilever with packaging. He said demand had doubled."
    r = run(text)
    assert _type_of(r.entities, text, "Typhoo") != "PERSON"
    assert _type_of(r.entities, text, "Unilever") != "PERSON"


def test_a_name_after_an_owner_is_a_thing(always_person: None) -> None:
    text = "Grosjean crashed his Haas into the barrier. He walked away unhurt."
    r = run(text)
    assert _type_of(r.entities, text, "Haas") != "PERSON"


def test_a_caption_label_is_no_name(always_person: None) -> None:
    text = "Shame: Rose Delmar was defiant in her message on Friday."
    r = run(text)
    assert _type_of(r.entities, text, "Shame") != "PERSON"


def test_a_name_an_it_continues_is_not_asked(always_person: None) -> None:
    text = "Grosjean crashed his Haas into the barrier. It said he walked away unhurt."
    r = run(text)
    assert _type_of(r.entities, text, "Grosjean") != "PERSON"


def test_an_org_typed_two_word_name_with_a_given_name_may_be_a_person(always_person: None) -> None:
    text = "Paris Tremblay said she felt stunned by the result."
    r = run(text)
    assert _type_of(r.entities, text, "Paris Tremblay") == "PERSON"


def test_shipped_model_reads_and_matches_the_features() -> None:
    path = resources.files("newsgraph.data").joinpath("person_names").joinpath("model.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    model = from_json(data, "model.json")
    assert len(model.weights) == len(FEATURES)
    assert 0.5 <= model.threshold <= 1.0
    assert set(data["info"]["data"]) == {"gum/train.jsonl", "gap/gap-development.tsv"}
    assert "figures" in data["info"]


def test_model_for_other_features_is_refused() -> None:
    data = PersonNameModel(weights=(0.0,) * len(FEATURES), bias=0.0, threshold=0.5).to_json()
    data["features"] = [*FEATURES[:-1], "word_identity"]
    with pytest.raises(InputError):
        from_json(data, "x.json")


def test_gold_label_takes_the_shortest_named_mention() -> None:
    gold = [
        {"start": 0, "end": 20, "is_named": True, "type": "organization"},
        {"start": 0, "end": 8, "is_named": True, "type": "person"},
        {"start": 30, "end": 38, "is_named": False, "type": "person"},
        {"start": 40, "end": 48, "is_named": True, "type": "animal"},
    ]
    assert _gold_label((0, 8), gold) == 1
    assert _gold_label((10, 20), gold) == 0
    assert _gold_label((30, 38), gold) is None  # not a name
    assert _gold_label((40, 48), gold) is None  # neither a person nor a non-person kind


def test_threshold_is_the_lowest_with_enough_precision() -> None:
    scored = [(0.95, 1)] * 9 + [(0.9, 0)] + [(0.6, 0)] * 5 + [(0.6, 1)] * 5
    assert precision_recall(scored, 0.85) == (0.9, 9 / 14, 10)
    assert choose_threshold(scored) == 0.625
