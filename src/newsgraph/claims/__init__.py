"""Claims stage: check-worthy factual statements and who makes them."""

from __future__ import annotations

from spacy.tokens import Doc


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_claims``. Not implemented yet: leaves it empty."""
    return None
