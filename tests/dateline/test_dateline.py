"""The dateline is found where a scraped page puts it: after its header lines."""

from __future__ import annotations

from newsgraph.dateline import find_dateline
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from tests.conftest import run

BODY = "HARWICK, ENGLAND — Councillor Mara Ellis on Monday accused the port board of hiding its accounts."


def test_dateline_after_a_headline_byline_and_timestamp() -> None:
    page = "Council row over port accounts\n\nBy Tom Reeve\nUpdated 9 May 2025, 10:02 BST\n\n" + BODY + "\n"
    record = run(page)
    dateline = record.article.dateline
    assert dateline is not None and dateline.place == "Harwick, England"
    assert record.article.text[dateline.span.start :].startswith("HARWICK")
    # the lead's subject is the councillor, not the place
    names = {e.id: e.name for e in record.entities}
    accuse = next(e for e in record.events if e.trigger.text == "accused")
    assert [names[a] for a in accuse.actors] == ["Mara Ellis"]


def test_no_dateline_after_a_paragraph_of_article_text() -> None:
    lead = (
        "The council met for six hours on Monday and voted twice on the port's accounts before the"
        " chair closed the session late in the evening.\n"
    )
    assert run(lead + BODY + "\n").article.dateline is None


def test_dateline_is_matched_at_the_position_asked() -> None:
    text = "A headline\n" + BODY
    found = find_dateline(text, text.index("HARWICK"))
    assert found is not None and found.span.start == text.index("HARWICK")


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    nlp = load_pipeline(None, ("dateline",))
    text = (
        "Dockworkers extend strike as talks with port operator collapse\n\n"
        "ROTTERDAM, Sept 9 - Dockworkers at the port extended their strike on Tuesday.\n\n"
        "Cruz continued:\n\n\"You look at the numbers,\" he said."
    )
    doc = nlp(make_doc(nlp, Document(id="t", text=text)))
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Dockworkers extend strike as talks with port operator collapse"
    # a colon before a block quotation runs on into it
    assert any(s.startswith("Cruz continued:") and "You look" in s for s in starts)


def test_a_dateline_and_byline_with_accented_capitals() -> None:
    """Places and names spelt with letters beyond ASCII ("SÃO PAULO", "Inés") are datelines
    and bylines like any other: the place is not an organisation in the lead sentence."""
    cases = (("SANTA LUCÍA, Valdoria (AP) — ", "Santa Lucía, Valdoria"), ("SÃO PAULO — ", "São Paulo"))
    for place, expected in cases:
        dateline = find_dateline(place + "The court halted the count on Tuesday.")
        assert dateline is not None and dateline.place == expected
    page = (
        "Count halted\n\nBy Inés Carrasco, Political Correspondent\n\n"
        "BOGOTÁ (AP) — Judge Ana Ruiz halted the count. Photo: the court. Óscar Peña/AP\n"
    )
    record = run(page)
    assert record.article.dateline is not None and record.article.dateline.place == "Bogotá"
    excluded = record.article.excluded
    assert any(s.text.startswith("By Inés Carrasco") and s.reason == "byline" for s in excluded)
    assert not any(n in e.name for e in record.entities for n in ("Carrasco", "Peña"))
    assert not any("Bogot" in e.name and e.type == "ORG" for e in record.entities)
