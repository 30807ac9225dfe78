"""Training of newsgraph's learned components (``newsgraph train ...``).

Kept apart from the components themselves: training runs the whole pipeline over
gold data and reads the evaluation scorers, so it sits above the pipeline and the
scorers, while the shipped model (``newsgraph.resolver``) sits below the stages
that apply it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path, digits: int = 64) -> str:
    """The first ``digits`` hex digits of the file's SHA-256: which version of a data file a
    model or a calibration was made from (the resolver records 16, the calibration 12)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:digits]
