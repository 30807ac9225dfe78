"""Helpers for the events and actors tests: parse a sentence we wrote, give it simple
entities (one per distinct named-entity text, so the tests do not depend on the
entities stage's progress), optional times and quotes, then run the events stage."""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import actors, events
from newsgraph.evaluation.plover import main_event
from newsgraph.events import event_details
from newsgraph.events.formats import plover_category
from newsgraph.extensions import register_extensions
from newsgraph.ingest.document import Document
from newsgraph.model import load_parser
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.records import Article, Entity, Event, Mention, Quote, Span, TimeExpression

PUBLISHED = dt.date(2024, 11, 7)
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def simple_entities(doc: Doc) -> list[Entity]:
    found: dict[str, Entity] = {}
    for ent in doc.ents:
        if ent.label_ in _NOT_ACTORS:
            continue
        key = ent.text.removeprefix("the ").removeprefix("The ")
        entity = found.setdefault(key, Entity(id=f"e{len(found) + 1}", name=key, type=ent.label_))
        entity.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text))
    return list(found.values())


def parse(
    text: str,
    *,
    published: dt.date | None = PUBLISHED,
    times: dict[str, str] | None = None,
    quotes: list[str] | None = None,
    entities: list[Entity] | None = None,
) -> Doc:
    """``times`` maps a phrase in ``text`` to its ISO value; ``quotes`` are quoted contents."""
    register_extensions()
    doc = load_parser(None)(text)
    doc._.ng_article = Article(id="t", text=text, published=published)
    doc._.ng_entities = entities if entities is not None else simple_entities(doc)
    time_records = []
    for n, (phrase, value) in enumerate((times or {}).items(), start=1):
        start = text.index(phrase)
        time_records.append(
            TimeExpression(
                id=f"t{n}", start=start, end=start + len(phrase), text=phrase, value=value, resolved=True
            )
        )
    doc._.ng_times = time_records
    quote_records = []
    for n, content in enumerate(quotes or [], start=1):
        start = text.index(content)
        piece = Span(start=start, end=start + len(content), text=content)
        quote_records.append(Quote(id=f"q{n}", kind="direct", content=[piece]))
    doc._.ng_quotes = quote_records
    actors.annotate(doc)
    events.annotate(doc)
    return doc


def names(doc: Doc, ids: list[str]) -> set[str]:
    by_id = {e.id: e.name for e in doc._.ng_entities}
    return {by_id[i] for i in ids}


def only(doc: Doc, category: str) -> Event:
    found = [e for e in doc._.ng_events if e.category == category]
    assert len(found) == 1, f"expected one {category} event, got {doc._.ng_events}"
    return found[0]


@cache
def _full_pipeline() -> Language:
    return load_pipeline(None)


def run_pipeline(text: str) -> Doc:
    """``text`` through the whole newsgraph pipeline (every stage), as a user's Doc."""
    nlp = _full_pipeline()
    return nlp(make_doc(nlp, Document(id="t", text=text)))


def plover_categories(text: str) -> list[str]:
    """The PLOVER categories of every event of ``text`` through the whole pipeline (OTHER left out)."""
    return [e.category for e in run_pipeline(text)._.ng_events if e.category != "OTHER"]


def main_act(text: str) -> tuple[str | None, list[str], list[str]]:
    """The sentence's main PLOVER act (as the scorer picks it), its actor and target phrases."""
    doc = run_pipeline(text)
    event, actors, targets = main_event(doc)
    category = plover_category(event) if event is not None else None
    return category, [doc.text[s:e] for s, e in actors], [doc.text[s:e] for s, e in targets]


def overlaps(phrases: list[str], word: str) -> bool:
    """Whether any of the phrases holds ``word``."""
    return any(word in p for p in phrases)


def chosen_event(doc: Doc, trigger: str | None) -> Event | None:
    """The event a test sentence is about: the one whose trigger (else a mention) holds
    ``trigger``; with None, the main act of the last sentence (the first sentences set
    the scene: "The rebels crossed the river. The group later seized ...")."""
    details = event_details(doc)
    if trigger is None:
        last = list(doc.sents)[-1].start_char
        later = [e for e in doc._.ng_events if e.trigger.start >= last and e.id in details]
        ranked = sorted(later, key=lambda e: (e.category == "OTHER", details[e.id].depth, e.trigger.start))
        return ranked[0] if ranked else main_event(doc)[0]
    word = trigger.lower()
    by_trigger = [e for e in doc._.ng_events if word in e.trigger.text.lower()]
    named = by_trigger or [e for e in doc._.ng_events if any(word in m.text.lower() for m in e.mentions)]
    return named[0] if named else None


def side_phrases(doc: Doc, event: Event, side: str) -> list[str]:
    """The event's phrases on one side ("actor" or "target") and every mention of its
    entities on that side."""
    detail = event_details(doc)[event.id]
    spans = detail.actor_spans if side == "actor" else detail.target_spans
    ids = set(event.actors if side == "actor" else event.targets)
    mentions = [m.text for e in doc._.ng_entities if e.id in ids for m in e.mentions]
    return [doc.text[s:e] for s, e in spans] + mentions
