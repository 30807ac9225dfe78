"""Summary stage: the article's main event as 5W1H phrases."""

from __future__ import annotations

from spacy.tokens import Doc


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_summary``. Not implemented yet: leaves it empty."""
    return None
