"""Events stage: who did what to whom, coded in an open ontology (PLOVER categories + OTHER).

``annotate(doc)`` writes ``doc._.ng_events``. It runs after the entities, times and
attribution stages and reads what they wrote: entity ids for actors, targets and
places (through ``newsgraph.entities.entity_for_span`` when that exists, else the
entities' mention offsets), time ids from ``doc._.ng_times`` inside the event's
clause, and quote ids from ``doc._.ng_quotes`` (events inside a quote are
``reported``). The ``actors`` stage before it has coded every entity's country and
sector.

The ontology is ``data/ontology.yaml``; a user file layered over it comes from the
component's ``ontology`` config key (or ``$NEWSGRAPH_ONTOLOGY`` outside a component).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.extract import (
    Detail,
    EntityLookup,
    Lookups,
    argument_pass,
    build_events,
    find_candidates,
    mark_entity_tokens,
)
from newsgraph.events.ontology import CATEGORIES, OTHER, get_ontology

__all__ = ["CATEGORIES", "OTHER", "Detail", "annotate", "event_details"]

_DETAILS_KEY = "ng_event_details"


def _entity_lookup(doc: Doc) -> EntityLookup | None:
    """``entities.entity_for_span`` bound to ``doc`` (token range in, entity id out), if the
    entities stage exposes it; otherwise the events stage matches mention offsets itself."""
    try:
        from newsgraph import entities
    except ImportError:  # pragma: no cover - the package always ships it
        return None
    function = getattr(entities, "entity_for_span", None)
    if function is None:
        return None

    def lookup(start: int, end: int) -> str | None:
        # Our spans are token ranges; the entities API takes character offsets.
        last = doc[end - 1]
        found = function(doc, doc[start].idx, last.idx + len(last.text))
        if found is None or isinstance(found, str):
            return found
        return getattr(found, "id", None)

    return lookup


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_events`` (and code entities' country/sector first)."""
    if len(doc) == 0:
        doc._.ng_events = []
        return
    if not doc.has_annotation("DEP"):
        doc._.ng_events = []
        return
    onto = get_ontology()
    mark_entity_tokens(doc)
    candidates = find_candidates(doc, onto)
    argument_pass(candidates, onto)
    events, details = build_events(doc, candidates, Lookups(doc, _entity_lookup(doc)))
    doc._.ng_events = events
    doc.user_data[_DETAILS_KEY] = details


def event_details(doc: Doc) -> dict[str, Detail]:
    """Token-level detail per event id (trigger token, tree depth, actor/target character
    spans before entity resolution) for evaluation and debugging."""
    found = doc.user_data.get(_DETAILS_KEY)
    return found if isinstance(found, dict) else {}
