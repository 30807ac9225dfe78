"""Session 22 (h/perf22): the tree questions of the events stage read the DocIndex tables
instead of walking Token objects; the answers are the ones the Token walks gave. Each test
compares the table-reading helper with the same question asked through spaCy's own
``Token`` properties, on sentences we wrote."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.events import patterns
from newsgraph.events.syntax import conjuncts, prep_objects, subject_of
from newsgraph.events.vocabulary import document_pass, lemma_of
from newsgraph.extensions import register_extensions
from newsgraph.model import load_parser

SENTENCES = (
    "The mayor of Brenholt and the council of Vessa signed a water pact with the river board.",
    "Farmers, fishers and dock workers marched against the new port and blocked the bridge.",
    "Two envoys were expelled by the government of Orlen and its allies on Monday.",
    "Police hauled in the editor, and soldiers herded villagers into a school in Tarva.",
    "The ministry held the company responsible for the spill and imposed heavy fines on it.",
)


def _parse(text: str) -> Doc:
    register_extensions()
    return load_parser()(text)


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def _spacy_conjuncts(token: Token) -> list[int]:
    """The question ``conjuncts`` answers, asked through Token walks (its session 21 form)."""
    nominal = ("NOUN", "PROPN", "PRON", "ADJ")
    out = [token.i] + [c.i for c in token.conjuncts if c.i > token.i and c.pos_ in nominal]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                own_det = any(c.dep_ == "det" for c in pobj.children)
                for conj in pobj.conjuncts:
                    has_det = any(c.dep_ == "det" for c in conj.children)
                    other_kind = bool(conj.ent_type_) and conj.ent_type_ != pobj.ent_type_
                    if conj.i > pobj.i and ((has_det and not own_det) or other_kind) and conj.i not in out:
                        out.append(conj.i)
    return out


def test_conjuncts_read_from_the_tables_equal_the_token_walk() -> None:
    for text in SENTENCES:
        doc = _parse(text)
        for token in doc:
            assert [t.i for t in conjuncts(token)] == _spacy_conjuncts(token), (text, token.text)


def test_the_of_phrase_party_with_its_own_determiner_is_a_party() -> None:
    doc = _parse(SENTENCES[0])
    subjects, passive = subject_of(_token(doc, "signed"))
    assert not passive
    assert [t.text for t in subjects] == ["mayor", "council"]


def test_prepositional_objects_and_their_conjuncts() -> None:
    doc = _parse(SENTENCES[2])
    expelled = _token(doc, "expelled")
    subjects, passive = subject_of(expelled)
    assert passive and [t.text for t in subjects] == ["envoys"]
    found = [(p, t.text) for p, t in prep_objects(_token(doc, "government"), ("of",))]
    assert found == [("of", "Orlen"), ("of", "allies")]


def test_object_complements_and_clause_parts_from_the_tables() -> None:
    doc = _parse(SENTENCES[4])
    held = _token(doc, "held")
    assert [t.text for t in patterns.object_complements(held)] == ["responsible"]
    clause = patterns._Clause.of(held)
    assert [t.text for t in clause.subjects] == ["ministry"]
    assert [t.text for t in clause.objects] == ["company", "responsible"]
    assert ("for", ["spill"]) in [(word, [t.text for t in pobjs]) for word, pobjs in clause.preps]


def test_a_pattern_reads_a_bare_parse_without_newsgraph_attributes() -> None:
    """``PatternBook`` is asked of plain spaCy Docs too; the DocIndex it now reads needs
    no newsgraph extension on the Doc."""
    doc = load_parser()("Rebels seized three hostages near the border.")
    reading = patterns.best(_token(doc, "seized"))
    assert reading is not None and reading.category == "ASSAULT"


def test_repaired_lemmas_are_the_same_inside_a_pass_and_across_documents() -> None:
    texts = ("Crowds staged a sit-in and cordoned off the square.", "Workers staged a walkout.")
    for text in texts * 2:
        doc = _parse(text)
        outside = [lemma_of(t) for t in doc]
        with document_pass(doc):
            inside = [lemma_of(t) for t in doc]
        assert inside == outside
        assert lemma_of(_token(doc, "staged")) == "stage"
