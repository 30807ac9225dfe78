"""The shared document index answers the offset questions every stage asks, and never
hands out a record a stage has since replaced."""

from __future__ import annotations

from newsgraph.docindex import doc_index
from newsgraph.extensions import register_extensions
from newsgraph.model import load_parser
from newsgraph.records import Entity, Mention, Quote, Span, TimeExpression

TEXT = 'Mayor Ana Ruiz spoke on Monday. "The bridge opens in May," she said. Workers cheered.'


def _doc():  # type: ignore[no-untyped-def]
    register_extensions()
    return load_parser()(TEXT)


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start=start, end=start + len(text), text=text)


def test_token_and_sentence_at_an_offset() -> None:
    doc = _doc()
    index = doc_index(doc)
    assert index is doc_index(doc)  # built once per Doc
    bridge = TEXT.index("bridge")
    token = index.token_at(bridge + 2)
    assert token is not None and token.text == "bridge"
    sentence = index.sentence_of(token)
    assert sentence is not None and "opens" in sentence.text
    assert index.clause_head(token).lemma_ == "open"


def test_entity_for_span_prefers_a_mention_inside_the_span_and_follows_replacements() -> None:
    doc = _doc()
    ruiz = _span("Ana Ruiz")
    she = _span("she")
    doc._.ng_entities = [
        Entity(id="e1", name="Ana Ruiz", type="PERSON", mentions=[Mention(**ruiz.model_dump())])
    ]
    index = doc_index(doc)
    assert index.entity_for_span(0, TEXT.index(" spoke")).id == "e1"  # type: ignore[union-attr]
    assert index.entity_for_span(she.start, she.end) is None
    # A later stage replaces the list: the index must see the new mention, not a stale table.
    doc._.ng_entities = [
        Entity(
            id="e1",
            name="Ana Ruiz",
            type="PERSON",
            mentions=[Mention(**ruiz.model_dump()), Mention(**she.model_dump())],
        )
    ]
    found = index.entity_for_span(she.start, she.end)
    assert found is not None and found.id == "e1"


def test_quote_at_and_time_for_span() -> None:
    doc = _doc()
    content = _span("The bridge opens in May,")
    doc._.ng_quotes = [Quote(id="q1", kind="direct", content=[content])]
    may, monday = _span("in May"), _span("on Monday")
    doc._.ng_times = [
        TimeExpression(id="t1", start=monday.start, end=monday.end, text=monday.text, value=None,
                       precision="day", resolved=False),
        TimeExpression(id="t2", start=may.start, end=may.end, text=may.text, value=None,
                       precision="month", resolved=False),
    ]  # fmt: skip
    index = doc_index(doc)
    found = index.quote_at(TEXT.index("opens"))
    assert found is not None and found[0].id == "q1" and found[1] == content
    assert index.quote_at(TEXT.index("Workers")) is None
    assert index.time_for_span(content.start, content.end).id == "t2"  # type: ignore[union-attr]
    assert [t.id for t in index.times_in_span(0, len(TEXT))] == ["t1", "t2"]


def test_columns_tokens_and_entities_equal_what_spacy_gives() -> None:
    """The per-token lists and cached entities are a faster route to the same answers."""
    doc = _doc()
    index = doc_index(doc)
    for name in ("lower_", "lemma_", "pos_", "dep_", "tag_"):
        assert index.column(name) == [getattr(token, name) for token in doc], name
    assert [t.i for t in index.tokens] == list(range(len(doc)))
    assert [(e.start, e.end, e.label_) for e in index.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    for sentence in doc.sents:
        assert [(e.start, e.end) for e in index.ents_within(sentence)] == [
            (e.start, e.end) for e in sentence.ents
        ]


def test_token_range_matches_char_span_expand_on_aligned_and_unaligned_spans() -> None:
    doc = _doc()
    index = doc_index(doc)
    cases = [
        (TEXT.index("Ana Ruiz"), TEXT.index("Ana Ruiz") + len("Ana Ruiz")),  # token-aligned
        (TEXT.index("na Ru"), TEXT.index("na Ru") + len("na Ru")),  # inside two tokens
        (TEXT.index("bridge"), TEXT.index("bridge") + 3),  # ends inside a token
        (0, len(TEXT)),
    ]
    for start, end in cases:
        span = doc.char_span(start, end, alignment_mode="expand")
        assert span is not None
        assert index.token_range(start, end) == (span.start, span.end), (start, end)


def test_empty_doc_has_empty_columns() -> None:
    register_extensions()
    doc = load_parser()("")
    index = doc_index(doc)
    assert index.column("lemma_") == []
    assert index.ents == ()
    assert index.token_range(0, 0) is None


def test_positions_list_the_tokens_of_one_value_in_text_order() -> None:
    """Session 21: ``positions`` answers "where is this word?" from one table per column."""
    doc = _doc()
    index = doc_index(doc)
    for name in ("lower_", "pos_"):
        for value in set(index.column(name)):
            assert index.positions(name, value) == [t.i for t in doc if getattr(t, name) == value]
    assert index.positions("lower_", "parliament") == []
    assert index.positions("lower_", "she") == [next(t.i for t in doc if t.text == "she")]


def test_children_equal_spacys_children_in_text_order() -> None:
    """Session 21: ``children`` gives ``[c.i for c in doc[i].children]`` from one table."""
    doc = _doc()
    index = doc_index(doc)
    for token in doc:
        assert index.children(token.i) == [c.i for c in token.children], token.text


def test_conjuncts_equal_spacys_conjuncts_in_order() -> None:
    """Session 22: ``conjuncts`` gives ``[c.i for c in doc[i].conjuncts]`` from the tables."""
    register_extensions()
    doc = load_parser()(
        "Farmers, fishers and dock workers marched, sang and shouted. The mayor of Brenholt and "
        "the council of Vessa met the envoys and their aides, but no deal was signed or agreed."
    )
    index = doc_index(doc)
    assert any(index.conjuncts(t.i) for t in doc)
    for token in doc:
        assert index.conjuncts(token.i) == [c.i for c in token.conjuncts], token.text
