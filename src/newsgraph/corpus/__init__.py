"""The corpus runner: read → extract → store, resumable and failure-isolating.

This layer sits above the pipeline and the store and joins them: the readers
(``newsgraph.ingest``) are below the pipeline and know nothing of either. The
CLI's ``ingest`` and a user's own script call ``ingest(sources, store)``.
"""

from __future__ import annotations

from newsgraph.corpus.runner import IngestSummary, ingest
from newsgraph.ingest.readers import estimate_total, read_sources

__all__ = ["IngestSummary", "estimate_total", "ingest", "read_sources"]
