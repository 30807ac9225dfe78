"""What the events stage knows about each event, as the features of its confidence.

``newsgraph.confidence`` turns these into a calibrated probability that the event's
category is right; the names are its ``EVENT_FEATURES``. Read off the record and the
token-level :class:`~newsgraph.events.build.Detail` the build step keeps, never by
parsing again.
"""

from __future__ import annotations

import math

from newsgraph.docindex import DocIndex
from newsgraph.events.build import Detail
from newsgraph.records import Event


def event_features(event: Event, detail: Detail | None, index: DocIndex) -> dict[str, float]:
    """The confidence features of one built event."""
    depth = detail.depth if detail is not None else 0
    nominal = False
    if detail is not None:
        nominal = index.column("pos_")[detail.trigger_token] in ("NOUN", "PROPN")
    return {
        "reported": float(event.modality == "reported"),
        "not_asserted": float(event.modality in ("negated", "hypothetical", "future")),
        "has_actor": float(bool(event.actors)),
        "has_target": float(bool(event.targets)),
        "nominal": float(nominal),
        "main_clause": float(detail is not None and depth == 0),
        "log_depth": math.log1p(depth),
    }
