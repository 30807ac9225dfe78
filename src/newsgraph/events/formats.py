"""Event exports for tools that read event data: PLOVER JSON records and GDELT-like TSV rows.

Both formats are dyadic (one source, one target per row), so an event with several
actors or targets becomes one row per actor x target pair (an empty side gives one
row with that side blank). Entity ids are resolved to names and country/sector codes
through the record; the event date is the event's own resolved time when it names a
day, month or year, else the article's publication date; ``date_basis`` / ``DayBasis``
says which (``clause``, ``quote``, ``context`` or ``published``): see
``records.event_date``, the one rule the exports and tables share.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.records import Entity, Event, Record, event_date

PLOVER_VERSION = "PLOVER 2.0 (newsgraph)"

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "DayBasis", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Sector",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Sector", "EventCode", "EventMode",
    "QuadClass", "GoldsteinLikeScore", "ActionGeo_FullName", "Modality", "Evidence", "SourceURL",
)  # fmt: skip

_SPACE = re.compile(r"\s+")


#: Material conflict that is a display of force, not harm done to a party: an announced
#: deployment ("would increase patrols in the Baltic", "will send troops to the border")
#: shows force and threatens nobody, so it stays MOBILIZE (CAMEO 15x, never 13x).
SHOWS_OF_FORCE = frozenset({"MOBILIZE"})


def plover_category(event: Event) -> str:
    """The category under PLOVER's coding of intentions: a promised or offered cooperative
    act ("will provide aid", "is willing to withdraw") is AGREE, a conditional or announced
    material conflict act ("would blockade", "will boycott") is THREATEN (an announced
    deployment stays MOBILIZE), and a refused or negated cooperative act ("will not
    accept", "failed to reach agreement") is REJECT.
    newsgraph's own record keeps the act's category and says the rest in ``modality``."""
    if event.quad is None:
        return event.category
    if event.modality in ("future", "hypothetical"):
        if event.quad in (1, 2):
            return "AGREE"
        if event.quad == 4 and event.category not in SHOWS_OF_FORCE:
            return "THREATEN"
    if event.modality == "negated" and event.quad in (1, 2):
        return "REJECT"
    return event.category


def _pairs(event: Event) -> list[tuple[str | None, str | None]]:
    actors: list[str | None] = list(event.actors) or [None]
    targets: list[str | None] = list(event.targets) or [None]
    return [(a, t) for a in actors for t in targets]


def _entity_name(entity: Entity | None) -> str:
    return entity.name if entity is not None else ""


def to_plover(record: Record) -> list[dict[str, Any]]:
    """PLOVER-style JSON event records, one per source x target pair of each event."""
    out: list[dict[str, Any]] = []
    for event in record.events:
        place = record.entity(event.place)
        dated = event_date(record, event)
        date, date_basis = dated.value, dated.basis
        for n, (source_id, target_id) in enumerate(_pairs(event), start=1):
            source = record.entity(source_id)
            target = record.entity(target_id)
            out.append(
                {
                    "id": f"{record.article.id}-{event.id}-{n}",
                    "event_id": event.id,
                    "date": date,
                    "date_basis": date_basis or None,
                    "source": _entity_name(source),
                    "src_actor": source.country if source else None,
                    "src_agent": source.sector if source else None,
                    "src_entity": source_id,
                    "target": _entity_name(target),
                    "tgt_actor": target.country if target else None,
                    "tgt_agent": target.sector if target else None,
                    "tgt_entity": target_id,
                    "event": plover_category(event),
                    "newsgraph_category": event.category,
                    "mode": event.mode or "",
                    "context": [],
                    "quad_class": event.quad,
                    "intensity": event.score,
                    "modality": event.modality,
                    "eventText": event.trigger.text,
                    "lemma": event.lemma,
                    "location": {"name": _entity_name(place), "entity": event.place} if place else None,
                    "text": event.evidence.text,
                    "url": record.article.url,
                    "version": PLOVER_VERSION,
                }
            )
    return out


def gdelt_header() -> list[str]:
    """Column names of :func:`to_gdelt_rows`, for the first TSV line."""
    return list(GDELT_COLUMNS)


def _cell(value: object) -> str:
    if value is None:
        return ""
    return _SPACE.sub(" ", str(value)).strip()


def _actor_code(entity: Entity | None) -> str:
    if entity is None:
        return ""
    return f"{entity.country or ''}{entity.sector or ''}"


def to_gdelt_rows(record: Record) -> list[list[str]]:
    """Flat rows with GDELT-like columns (see ``GDELT_COLUMNS``), tabs and newlines removed."""
    rows: list[list[str]] = []
    for event in record.events:
        dated = event_date(record, event)
        date, date_basis = dated.value, dated.basis
        day = (date or "").replace("-", "")
        place = record.entity(event.place)
        for n, (source_id, target_id) in enumerate(_pairs(event), start=1):
            source = record.entity(source_id)
            target = record.entity(target_id)
            row: list[object] = [
                f"{record.article.id}-{event.id}-{n}",
                day,
                date_basis,
                _actor_code(source),
                _entity_name(source),
                source.country if source else "",
                source.sector if source else "",
                _actor_code(target),
                _entity_name(target),
                target.country if target else "",
                target.sector if target else "",
                event.category,
                event.mode,
                event.quad,
                event.score,
                _entity_name(place),
                event.modality,
                event.evidence.text,
                record.article.url,
            ]
            rows.append([_cell(value) for value in row])
    return rows
