"""Times stage: time expressions normalised against the publication date."""

from __future__ import annotations

from spacy.tokens import Doc


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_times``. Not implemented yet: leaves it empty."""
    return None
