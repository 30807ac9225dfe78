"""The bundled sample article: what `newsgraph extract --sample` analyses and what
`load_pipeline` runs once to warm its stages. A made-up wire story written for the project."""

from __future__ import annotations

import datetime as dt
from importlib import resources

#: The sample's file in this package, and the day it is dated.
SAMPLE = "harbor-city-2025-03-14.txt"
SAMPLE_PUBLISHED = dt.date(2025, 3, 14)


def sample_text() -> str:
    """The sample article's text."""
    return resources.files(__name__).joinpath(SAMPLE).read_text(encoding="utf-8")
