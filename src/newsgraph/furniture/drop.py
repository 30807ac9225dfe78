"""After every stage: remove whatever was still taken from furniture.

The last line of defence: whatever a stage did, no entity mention, quote (content, cue
or source), claim, event trigger or time is left inside an excluded span, and no record
points at an entity, quote, event or time that was removed. Records are cleaned in the
order they point at each other (entities and times, then quotes, events, claims,
stances, the summary), each step told which ids the steps before it kept.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.docindex import doc_index
from newsgraph.records import Claim, Entity, Event, Mention, Quote, Span, Stance, Summary

#: ``(start, end) -> True`` when that stretch lies in page furniture.
ExcludedCheck = Callable[[int, int], bool]


def drop_excluded(doc: Doc) -> None:
    """Remove every record (or part of one) taken from furniture, after all stages ran."""
    if not doc._.ng_excluded:
        return
    excluded = doc_index(doc).is_excluded
    doc._.ng_entities = entities = _kept_entities(doc._.ng_entities, excluded)
    entity_ids = {e.id for e in entities}
    doc._.ng_times = times = [t for t in doc._.ng_times if not excluded(t.start, t.end)]
    time_ids = {t.id for t in times}
    doc._.ng_quotes = quotes = _kept_quotes(doc._.ng_quotes, excluded, entity_ids, time_ids)
    quote_ids = {q.id for q in quotes}
    doc._.ng_events = events = _kept_events(doc._.ng_events, excluded, entity_ids, time_ids, quote_ids)
    event_ids = {e.id for e in events}
    doc._.ng_claims = _kept_claims(doc._.ng_claims, excluded, entity_ids, quote_ids)
    doc._.ng_stances = _kept_stances(doc._.ng_stances, entity_ids, quote_ids | event_ids)
    summary = doc._.ng_summary
    if summary is not None:
        doc._.ng_summary = _cleared_summary(summary, excluded)


def _kept_entities(entities: list[Entity], excluded: ExcludedCheck) -> list[Entity]:
    """Mentions, roles and affiliations inside furniture go; an entity left with no mention goes."""
    with_mentions = []
    for entity in entities:
        mentions = [m for m in entity.mentions if not excluded(m.start, m.end)]
        if mentions:
            with_mentions.append((entity, mentions))
    entity_ids = {entity.id for entity, _mentions in with_mentions}
    return [_kept_entity(e, mentions, entity_ids, excluded) for e, mentions in with_mentions]


def _kept_entity(
    entity: Entity, mentions: list[Mention], kept_ids: set[str], excluded: ExcludedCheck
) -> Entity:
    """``entity`` with only ``mentions``, without roles or affiliations read from furniture
    or pointing at an entity that was dropped."""
    roles = [
        r if r.org_entity is None or r.org_entity in kept_ids else r.model_copy(update={"org_entity": None})
        for r in entity.roles
        if not excluded(r.span.start, r.span.end)
    ]
    affiliations = [
        a if a.entity is None or a.entity in kept_ids else a.model_copy(update={"entity": None})
        for a in entity.affiliations
        if not excluded(a.span.start, a.span.end)
    ]
    if mentions == entity.mentions and roles == entity.roles and affiliations == entity.affiliations:
        return entity
    return entity.model_copy(update={"mentions": mentions, "roles": roles, "affiliations": affiliations})


def _touches(index_check: ExcludedCheck, span: Span | None) -> bool:
    return span is not None and index_check(span.start, span.end)




def _kept_quotes(
    quotes: list[Quote], excluded: ExcludedCheck, entity_ids: set[str], time_ids: set[str]
) -> list[Quote]:
    """A quote whose content is all furniture, or whose cue or source is, goes; a speaker,
    medium or time that went is unset."""
    kept = []
    for quote in quotes:
        content = [p for p in quote.content if not excluded(p.start, p.end)]
        if not content or _touches(excluded, quote.cue) or _touches(excluded, quote.source):
            continue
        update: dict[str, object] = {}
        if len(content) != len(quote.content):
            update["content"] = content
        if quote.speaker is not None and quote.speaker not in entity_ids:
            update["speaker"] = None
        if _touches(excluded, quote.medium):
            update["medium"] = None
        if quote.time is not None and quote.time not in time_ids:
            update["time"] = None
        kept.append(quote.model_copy(update=update) if update else quote)
    return kept


def _kept_events(
    events: list[Event],
    excluded: ExcludedCheck,
    entity_ids: set[str],
    time_ids: set[str],
    quote_ids: set[str],
) -> list[Event]:
    """An event triggered in furniture, or whose only participants were, goes; links to
    records that went are unset."""
    kept = []
    for event in events:
        if excluded(event.trigger.start, event.trigger.end):
            continue
        actors = [a for a in event.actors if a in entity_ids]
        targets = [t for t in event.targets if t in entity_ids]
        if (event.actors and not actors) and not targets:
            continue  # its only participants were furniture
        update: dict[str, object] = {}
        if actors != event.actors:
            update["actors"] = actors
        if targets != event.targets:
            update["targets"] = targets
        if event.time is not None and event.time not in time_ids:
            update["time"] = None
            update["time_basis"] = None
        if event.quote is not None and event.quote not in quote_ids:
            update["quote"] = None
        mentions = [m for m in event.mentions if not excluded(m.start, m.end)]
        if len(mentions) != len(event.mentions):
            update["mentions"] = mentions
        kept.append(event.model_copy(update=update) if update else event)
    return kept


def _kept_claims(
    claims: list[Claim], excluded: ExcludedCheck, entity_ids: set[str], quote_ids: set[str]
) -> list[Claim]:
    """A claim in furniture, or whose claimant was read from furniture, goes."""
    kept = []
    for claim in claims:
        if excluded(claim.span.start, claim.span.end):
            continue
        if claim.claimant not in ("narrator", "unresolved") and claim.claimant not in entity_ids:
            continue  # its claimant was read from furniture
        if claim.quote is not None and claim.quote not in quote_ids:
            claim = claim.model_copy(update={"quote": None})
        kept.append(claim)
    return kept


def _kept_stances(stances: list[Stance], entity_ids: set[str], evidence_ids: set[str]) -> list[Stance]:
    """A stance whose holder or target went, or all of whose evidence (quotes, events) went, goes."""
    kept = []
    for stance in stances:
        if stance.holder not in entity_ids or stance.target not in entity_ids:
            continue
        evidence = [ev for ev in stance.evidence if ev in evidence_ids]
        if stance.evidence and not evidence:
            continue
        if evidence != stance.evidence:
            stance = stance.model_copy(update={"evidence": evidence})
        kept.append(stance)
    return kept


def _cleared_summary(summary: Summary, excluded: ExcludedCheck) -> Summary:
    """The 5W1H summary without the answers read from furniture."""
    cleared: dict[str, object] = {
        key: None
        for key in ("who", "what", "when", "where", "why", "how")
        if _touches(excluded, getattr(summary, key))
    }
    if "when" in cleared:
        cleared["when_value"] = None
    return summary.model_copy(update=cleared) if cleared else summary
