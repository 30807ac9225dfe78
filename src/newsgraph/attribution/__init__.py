"""Attribution stage: direct, indirect and mixed quotes with source, cue, speaker, medium and time.

``annotate(doc)`` writes ``doc._.ng_quotes``. The steps, in the order they run, one
module each:

1. ``context``    — the article as the steps see it: quotation marks paired over the
   whole text (``marks``), tokens and sentences at an offset (the shared
   ``DocIndex``), paragraph datelines, and the word lists (``lexicon``);
2. ``verb_cues``  — cue verbs on the parse ("X said that ...", '"...," she said'),
   their content found by ``content`` (or, for an aside, its host clause: ``asides``; or
   the quotation next to the clause: ``adjacent_quotes``) and their source by
   ``verb_sources`` on ``parse``;
3. ``other_cues`` — "according to X", "in a CNN poll", "X was confident that ...",
   "Trump's claim that ...";
4. ``headlines``  — "Minister: we will ..." and title-case headline verbs;
5. ``selection``  — quotations taken whole, datelines cut, one attribution per token;
6. ``continuity`` — quotations with no cue: a colon intro, the rest of an interrupted
   statement, or the previous speaker's next statement;
7. ``selection.kind_of`` — direct, indirect or mixed;
8. ``resolve``    — who the source words name (an entity id, or a reader-like anchor);
9. ``occasion``   — the medium ("in an interview") and time of each statement, carried
   over to a statement that continues the same occasion ("she added"); the relative
   times inside a dated statement are then re-read against its day (the times stage,
   which runs first, could only read them against the publication date);
10. ``polarity``  — attributions of something not said ("did not say whether ...",
   "declined to say", "no official would confirm") are marked ``negated``.

``extract.extract_drafts`` runs steps 1-7; :func:`find_drafts` adds 8-10, and
:func:`annotate` turns the drafts into ``records.Quote`` objects.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft
from newsgraph.attribution.evidence import quote_features
from newsgraph.attribution.extract import extract_drafts
from newsgraph.attribution.lexicon import lexicon
from newsgraph.attribution.occasion import anchor_quoted_times, carry_occasion, link_times
from newsgraph.attribution.polarity import mark_negated
from newsgraph.attribution.resolve import SpeakerResolver
from newsgraph.confidence import quote_confidence, remember
from newsgraph.docindex import doc_index
from newsgraph.records import Quote, Span

__all__ = ["annotate", "find_drafts"]


def find_drafts(doc: Doc) -> list[Draft]:
    """Attributions as drafts (char spans, speaker anchors); ``annotate`` builds records from them."""
    ctx = Context(doc, lexicon())
    drafts = extract_drafts(doc, ctx)
    SpeakerResolver(doc, ctx.quote_at).resolve(drafts)
    link_times(ctx, drafts)
    carry_occasion(ctx, drafts)
    anchor_quoted_times(ctx, drafts)
    mark_negated(ctx, drafts)
    return drafts


def _span(text: str, s: int, e: int) -> Span:
    return Span(start=s, end=e, text=text[s:e])


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_quotes``: every attribution found, in text order."""
    index = doc_index(doc)
    text = index.text
    if not text.strip() or not doc.has_annotation("DEP"):
        doc._.ng_quotes = []
        return
    quotes: list[Quote] = []
    for d in find_drafts(doc):
        content = [_span(text, s, e) for s, e in d.content if e > s]
        if not content:
            continue
        quote_id = f"q{len(quotes) + 1}"
        features = quote_features(d, index)
        remember(doc.user_data, "quote", quote_id, features)
        quotes.append(
            Quote(
                id=quote_id,
                kind=d.kind,
                content=content,
                cue=_span(text, *d.cue) if d.cue else None,
                source=_span(text, *d.source) if d.source and d.source[1] > d.source[0] else None,
                speaker=d.speaker,
                # no speaker, no probability: a link the resolver judged but that was
                # dropped (with the one it was reached through) is no link (the draft keeps
                # the probability for the quote's own confidence, as it was fitted)
                speaker_confidence=d.speaker_confidence if d.speaker is not None else None,
                medium=_span(text, *d.medium) if d.medium else None,
                time=d.time,
                negated=d.negated,
                confidence=quote_confidence(features),
            )
        )
    doc._.ng_quotes = quotes
