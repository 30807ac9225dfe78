"""What must stay article text: a title, a dateline, a one-line paragraph, a short quote
paragraph, live-blog clock headings and ordinary sentences that share words with prompts."""

from __future__ import annotations

import datetime as dt

from newsgraph import Record, extract
from newsgraph.docindex import doc_index
from newsgraph.furniture import find_furniture
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Article
from tests.conftest import run

CLEAN = """Taliban Hope Trump Will Take Pragmatic Approach

KABUL, Afghanistan —

The Taliban said on Thursday that they hoped Donald Trump would take a pragmatic approach.

Trump won.

“We are ready,” Balkhi said.

“Never again.”

2:45 p.m.

Supporters were urged to subscribe to the party's channel, which has 5,000 followers.

By Thursday, the ministry had issued three statements.

Copyright law was changed in 2019, officials said.
"""


def test_clean_article_has_no_furniture() -> None:
    record: Record = run(CLEAN)
    assert record.article.excluded == []
    assert any("Trump" in e.name for e in record.entities)


def test_detector_without_tags_excludes_no_sentence() -> None:
    # Without a tagger every "no finite verb" rule stays silent.
    assert find_furniture(CLEAN) == []


def test_title_line_is_not_a_run() -> None:
    text = (
        "Taliban Hope Trump Will Take Pragmatic Approach\n"
        "US Envoy Meets Taliban\nKabul Airport Reopens Gates\n"
    )
    spans = find_furniture(text, title="Taliban Hope Trump Will Take Pragmatic Approach")
    assert all(not s.text.startswith("Taliban Hope") for s in spans)


def test_old_records_without_excluded_still_validate() -> None:
    article = Article.model_validate({"id": "old", "text": "Trump won."})
    assert article.excluded == []


def test_docindex_is_excluded_answers_by_offset() -> None:
    nlp = load_pipeline()
    text = "Trump won the election.\nShare this article\nHarris conceded.\n"
    doc = nlp(make_doc(nlp, Document(id="d", text=text, published=dt.date(2024, 11, 7))))
    index = doc_index(doc)
    share = text.index("Share")
    assert index.is_excluded(share, share + 5)
    assert index.excluded_at(share - 3, share + 1) is not None  # overlapping the edge counts
    assert not index.is_excluded(0, 5)
    assert not index.is_excluded(text.index("Harris"), len(text))


def test_extract_of_same_text_gives_same_spans() -> None:
    text = "Trump won.\nImage 3/8\n"
    first = extract(text, "2024-11-07").article.excluded
    assert first == extract(text, "2024-11-07").article.excluded
    assert [(s.start, s.end) for s in first] == [(11, 20)]
