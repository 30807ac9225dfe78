"""The attribute ruler's table match step finds exactly the matches spaCy's Matcher finds,
so a pipeline newsgraph loads tags, lemmatises and morphs every token as stock spaCy does."""

from __future__ import annotations

import pickle

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph import load_pipeline
from newsgraph.attribute_table import AttributeTable, table_attribute_ruler
from newsgraph.model import load_parser

# Sentences with the shapes the English rules are about: contractions and dialect forms
# (rules over two tokens and regular expressions), auxiliaries and determiners (rules
# over the dependency label), whitespace tokens, punctuation and numbers.
SENTENCES = [
    "The minister said on Monday that the port ain't closing and nothin' will change.",
    "Y'all can't say we didn't warn you, the harbour master told  reporters.\n\nShe'd left by then.",
    "Which ships were loaded? Those that arrived had been inspected twice, he said.",
    "Gonna be a long week: 5,000 workers, 12 cranes and £3.2m in lost trade, according to the union.",
    "\t  Hello   there  —  \u201cWe will sail,\u201d Tomas Brell told reporters in Port Averin.  ",
    "I'm sure you'll agree it wasn't what we'd hoped for; they've said they won't return.",
    "",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    return load_parser(None, fresh=True)


def _ruler(nlp: Language) -> AttributeRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return ruler


def _up_to_ruler(nlp: Language, text: str) -> Doc:
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        return nlp(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_spacy(stock: Language, text: str) -> None:
    ruler = _ruler(stock)
    doc = _up_to_ruler(stock, text)
    assert AttributeTable(ruler)(doc) == sorted(set(AttributeRuler.match(ruler, doc)))


def test_tokens_annotated_as_stock_spacy(stock: Language) -> None:
    ours = load_pipeline()
    assert isinstance(_ruler(ours).match, AttributeTable)
    for text in SENTENCES:
        theirs = stock(text)
        with ours.select_pipes(enable=stock.pipe_names):
            mine = ours(text)
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in mine] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_) for t in theirs
        ]


def test_patterns_added_later_are_matched() -> None:
    nlp = load_parser(None, fresh=True)
    table_attribute_ruler(nlp)
    ruler = _ruler(nlp)
    text = "The Harbour Board met the crane drivers on Monday."
    nlp(text)  # the table is built on first use
    ruler.add([[{"LOWER": "harbour"}, {"LOWER": "board"}]], {"TAG": "NNP", "POS": "PROPN"})
    # An operator the table cannot express goes to the Matcher it keeps for the rest.
    ruler.add([[{"LOWER": "crane"}, {"IS_ALPHA": True, "OP": "+"}]], {"POS": "NOUN"}, index=0)
    doc = nlp(text)
    assert [t.pos_ for t in doc[1:3]] == ["PROPN", "PROPN"]
    plain = _up_to_ruler(nlp, text)
    assert ruler.match(plain) == sorted(set(AttributeRuler.match(ruler, plain)))


def test_pickled_with_its_pipeline() -> None:
    nlp = load_parser(None, fresh=True)
    table_attribute_ruler(nlp)
    copy = pickle.loads(pickle.dumps(nlp))
    assert isinstance(_ruler(copy).match, AttributeTable)
    assert [t.tag_ for t in copy("She'd left by then.")] == [t.tag_ for t in nlp("She'd left by then.")]


def test_pipeline_without_a_ruler_is_left_alone() -> None:
    nlp = load_parser(None, fresh=True)
    nlp.remove_pipe("attribute_ruler")
    table_attribute_ruler(nlp)  # nothing to do, no error
    assert "attribute_ruler" not in nlp.pipe_names
