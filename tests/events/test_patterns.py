"""The CAMEO verb-pattern matcher on sentences we wrote: the category comes from the clause."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Token

from newsgraph.errors import ConfigError
from newsgraph.events import patterns
from newsgraph.model import load_parser
from newsgraph.resources import Resources, using


def verb_of(text: str, word: str) -> Token:
    """The token ``word`` (its first occurrence) in the parse of ``text``."""
    doc = load_parser()(text)
    return next(token for token in doc if token.text == word)


def test_hostages_as_object_read_as_an_abduction() -> None:
    reading = patterns.best(verb_of("Rebels seized three hostages near the border.", "seized"))
    assert reading is not None
    assert reading.category == "ASSAULT"
    assert reading.mode == "abduct"
    assert reading.cameo == "181"
    assert "&HOSTAGE" in reading.pattern


def test_the_same_object_class_reads_through_a_passive() -> None:
    reading = patterns.best(verb_of("Two captives were seized by the militia.", "seized"))
    assert reading is not None
    assert reading.category == "ASSAULT"


def test_call_for_is_a_request_and_the_ceasefire_makes_it_specific() -> None:
    readings = patterns.match(verb_of("The minister called for a ceasefire.", "called"))
    assert readings[0].category == "REQUEST"
    assert "(for &CEASEFIRE)" in readings[0].pattern
    # Less specific readings follow: "call for" anything, then the bare verb (a phone call).
    assert [r.specificity for r in readings] == sorted((r.specificity for r in readings), reverse=True)
    assert readings[-1].category == "CONSULT"
    assert readings[-1].specificity == 0


def test_a_particle_pattern_needs_the_particle() -> None:
    with_particle = patterns.best(verb_of("Protesters put up barricades on the main road.", "put"))
    assert with_particle is not None
    assert with_particle.category == "PROTEST"
    assert with_particle.mode == "obstruct"
    without = patterns.match(verb_of("Protesters put barricades on the main road.", "put"))
    assert all(r.category != "PROTEST" for r in without)


def test_a_compound_verb_is_found_by_its_particle() -> None:
    reading = patterns.best(verb_of("Police cordoned off the square.", "cordoned"))
    assert reading is not None
    assert reading.verb == "cordon"
    assert reading.category == "COERCE"


def test_an_object_outside_the_class_falls_back_to_the_verbs_own_code() -> None:
    reading = patterns.best(verb_of("The president called the chancellor late at night.", "called"))
    assert reading is not None
    assert reading.category == "CONSULT"
    assert reading.mode == "phone"
    assert reading.specificity == 0


def test_no_reading_when_the_verb_has_no_code_and_no_pattern_fits() -> None:
    # "rush" is an event only with an object or destination the dictionary names.
    assert patterns.match(verb_of("The family rushed dinner.", "rushed")) == []
    assert patterns.best(verb_of("The army rushed troops to the border.", "rushed")) is not None


def test_a_null_pattern_says_the_clause_is_no_event() -> None:
    verb = verb_of("The government seized the opportunity.", "seized")
    readings = patterns.match(verb)
    assert readings[0].category is None
    assert readings[0].cameo is None
    assert patterns.best(verb) is None


def test_a_verb_outside_the_dictionary_has_no_reading() -> None:
    verb = verb_of("The cat slept on the sofa.", "slept")
    assert patterns.match(verb) == []
    assert not patterns.get_patterns().has_verb(verb)
    assert patterns.get_patterns().has_verb(verb_of("The family rushed dinner.", "rushed"))


def test_patterns_are_compiled_once_per_pipeline() -> None:
    first, second = Resources(), Resources()
    with using(first):
        book = patterns.get_patterns()
        assert patterns.get_patterns() is book
    with using(second):
        assert patterns.get_patterns() is second.load(patterns.RESOURCE_NAME, patterns.load_patterns)
    assert first.load(patterns.RESOURCE_NAME, patterns.load_patterns) is book


def test_a_broken_data_directory_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "synsets.yaml").write_text("synsets: {}\n", encoding="utf-8")
    (tmp_path / "verbs.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"verbs\.json"):
        patterns.load_patterns(tmp_path)


def test_an_undefined_synset_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "synsets.yaml").write_text("synsets: {}\n", encoding="utf-8")
    pattern = {"object": ["&NOPE"], "cameo": None}
    block = {"name": "X", "cameo": None, "verbs": [{"lemma": "grab"}], "patterns": [pattern]}
    (tmp_path / "verbs.json").write_text(json.dumps({"blocks": [block]}), encoding="utf-8")
    with pytest.raises(ConfigError, match="&NOPE"):
        patterns.load_patterns(tmp_path)


def test_an_infinitive_or_coordinated_verb_reads_its_subject_from_the_verb_it_hangs_on() -> None:
    """ "vowed to seize", "met and seized": the second verb has no subject of its own."""
    for text, word in (
        ("The rebels vowed to seize the border town.", "seize"),
        ("The rebels met at dawn and seized the border town.", "seized"),
    ):
        clause = patterns._Clause.of(verb_of(text, word))
        assert [t.text for t in clause.subjects] == ["rebels"], text


def test_a_root_verb_without_a_subject_inherits_none() -> None:
    """The root is its own head in spaCy; it must not be read as its own governor."""
    clause = patterns._Clause.of(verb_of("Seize the border town at once.", "Seize"))
    assert clause.subjects == []


def test_best_specific_is_the_first_reading_when_a_constraint_was_met() -> None:
    """``best_specific`` is ``match()[0]`` with specificity >= 1, else None, on every verb."""
    book = patterns.get_patterns()
    nlp = load_parser()
    text = (
        "Rebels seized three hostages near the border. The council called for a ceasefire "
        "and called off the strike. The army withdrew its troops, and the minister met the envoy. "
        "The company released its report while police arrested two men."
    )
    checked = 0
    for verb in nlp(text):
        if verb.pos_ != "VERB":
            continue
        readings = book.match(verb)
        expected = readings[0] if readings and readings[0].specificity >= 1 else None
        assert book.best_specific(verb, 1) == expected
        checked += expected is not None
    assert checked >= 2
