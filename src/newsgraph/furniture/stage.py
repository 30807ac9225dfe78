"""The stage proper: furniture detected once per Doc, entities kept out of it, sentence edges."""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc

from newsgraph.docindex import doc_index
from newsgraph.extensions import document_text
from newsgraph.furniture.bylines import author_from_byline
from newsgraph.furniture.detect import find_furniture
from newsgraph.furniture.page_date import date_from_timestamp
from newsgraph.furniture.verbs import finite_verb_check
from newsgraph.records import ExcludedSpan

#: ``doc.user_data`` key set once detection has run, so the second call (inside the
#: ``newsgraph`` component, after the early call before the parser) does not repeat it.
_DETECTED = "newsgraph.furniture_detected"


def detect(doc: Doc) -> list[ExcludedSpan]:
    """Write ``doc._.ng_excluded`` once per Doc (needs the tagger, not the parser)."""
    if not doc.user_data.get(_DETECTED):
        doc.user_data[_DETECTED] = True
        article = doc._.ng_article
        title = article.title if article is not None else None
        text = document_text(doc)
        doc._.ng_excluded = find_furniture(text, finite_verb_check(doc), title)
        if article is not None and article.published is None:
            found = date_from_timestamp(text, doc._.ng_excluded)
            if found is not None:
                doc._.ng_article = article.model_copy(update={"published": found})
                doc._.ng_warnings.append(
                    f"publication date {found.isoformat()} read from the page's timestamp line"
                )
            article = doc._.ng_article
        if article is not None and not article.author:
            author = author_from_byline(text, doc._.ng_excluded)
            if author is not None:
                doc._.ng_article = article.model_copy(update={"author": author})
    spans: list[ExcludedSpan] = doc._.ng_excluded
    return spans


def annotate(doc: Doc) -> None:
    """The stage: detect furniture and keep named entities out of it.

    Named entities are the seed of every later record (mentions, speakers, actors,
    claimants), so dropping those inside furniture here keeps all stages from
    building on them; :func:`drop_excluded` catches the rest after the stages.
    """
    if not detect(doc) or not doc.has_annotation("ENT_IOB"):
        return
    index = doc_index(doc)
    kept = [ent for ent in doc.ents if not index.is_excluded(ent.start_char, ent.end_char)]
    if len(kept) != len(doc.ents):
        doc.ents = kept


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where a sentence must start so no furniture shares a sentence with
    the article: the first token of each span and the first non-space token after it."""
    spans: list[ExcludedSpan] = doc._.ng_excluded
    if not spans:
        return []
    starts: list[int] = []
    token_starts = doc.to_array(IDX)
    for span in spans:
        for char in (span.start, span.end):
            i = int(np.searchsorted(token_starts, char, side="left"))
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                starts.append(i)
    return sorted(set(starts))
