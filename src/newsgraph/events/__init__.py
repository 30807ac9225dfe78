"""Events stage: who did what to whom, coded in an open ontology (PLOVER categories + OTHER).

``annotate(doc)`` writes ``doc._.ng_events``. It runs after the entities, times,
attribution and actors stages and reads what they wrote, through the document's
:class:`~newsgraph.docindex.DocIndex`: entity ids for actors, targets and places, time
ids inside the event's clause, and quote ids (events inside a quote are ``reported``).

The steps, one module each, in the order they run:

1. ``candidates``: triggers. Every verb, phrase or noun the ontology names, "X said Y
   must ..." demands, and OTHER events of named actors; nouns folded into the verb
   that carries them ("signed an agreement"); ``threats`` reads announced reprisals and
   harm promised first, ``verb_objects`` whether a verb that needs people or parties
   meeting has them ("released the hostages", "the two leaders met").
2. ``arguments``: actors, targets and place of each trigger, from its own clause;
   ``senses`` then reads the trigger's construction (an intransitive "strike" is a
   walkout, "life-threatening" no threat, an imperative or an unowned "offer" no act)
   and, through ``party_senses``, its participants (police raiding search, protesters
   storming riot), and
   ``constraints`` drops the PLOVER reading of a clause whose participants are of
   the wrong kind ("the rocket lifted off"), or that reports a sport or a natural cause.
3. ``modality``: the trigger's clause and whether it is asserted, negated, future,
   hypothetical or reported.
4. ``links``: which entity, time expression and quote each of those is.
5. ``build``: ``Event`` records, one per act, its mentions merged.

``syntax`` holds the parse-tree questions every step asks, ``vocabulary`` the word
lists (``data/lexicon/events_*.txt`` and the shared ``speech_verbs.tsv``) and
``constants`` the grammar. The ontology is ``data/ontology.yaml``; a user file layered
over it comes from the component's ``ontology`` config key (or ``$NEWSGRAPH_ONTOLOGY``
outside a component).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.confidence import event_confidence, remember
from newsgraph.events.arguments import argument_pass
from newsgraph.events.build import Detail, build_events
from newsgraph.events.candidates import find_candidates
from newsgraph.events.constraints import apply_constraints
from newsgraph.events.evidence import event_features
from newsgraph.events.links import EventLinks
from newsgraph.events.ontology import CATEGORIES, OTHER, get_ontology
from newsgraph.events.senses import apply_senses
from newsgraph.events.syntax import mark_entity_tokens
from newsgraph.events.vocabulary import document_pass
from newsgraph.records import Event

__all__ = ["CATEGORIES", "OTHER", "Detail", "annotate", "event_details"]

_DETAILS_KEY = "ng_event_details"


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_events`` (and, for :func:`event_details`, the token-level detail)."""
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        doc._.ng_events = []
        return
    onto = get_ontology()
    with document_pass(doc):
        mark_entity_tokens(doc)
        candidates = find_candidates(doc, onto)
        argument_pass(candidates, onto)
        candidates = apply_senses(candidates, onto)
        candidates = apply_constraints(candidates, onto)
        look = EventLinks(doc)
        events, details = build_events(doc, candidates, look)
        for event in events:
            _set_confidence(doc, event, details.get(event.id), look)
    doc._.ng_events = events
    doc.user_data[_DETAILS_KEY] = details


#: How much of its calibrated confidence an event keeps whose category came from the
#: WordNet back-off (no gold data has enough such events to fit it).
WORDNET_CONFIDENCE_FACTOR = 0.6


def _set_confidence(doc: Doc, event: Event, detail: Detail | None, look: EventLinks) -> None:
    """Give ``event`` its calibrated confidence; keep its features for the fitting command."""
    features = event_features(event, detail, look.index)
    remember(doc.user_data, "event", event.id, features)
    confidence = event_confidence(features)
    if confidence is not None and detail is not None and detail.features.get("chosen_by") == "wordnet":
        # a category read off WordNet's synonyms or hypernyms (lexical_backoff) is less
        # sure than one our lists or the CAMEO patterns give; hand-set, not fitted
        confidence = round(confidence * WORDNET_CONFIDENCE_FACTOR, 3)
    event.confidence = confidence


def event_details(doc: Doc) -> dict[str, Detail]:
    """Token-level detail per event id (trigger token, tree depth, actor/target character
    spans before entity resolution) for evaluation and debugging."""
    found = doc.user_data.get(_DETAILS_KEY)
    return found if isinstance(found, dict) else {}
