"""Shared fixtures. The spaCy pipeline loads once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph import Record, extract

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "kabul-2024-11-07.txt"
SAMPLE_ARTICLE = REPO / "src" / "newsgraph" / "samples" / "harbor-city-2025-03-14.txt"


def shared_file(relative: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent (public evaluation data lives beside the repo, not in it)")
    return path


@pytest.fixture(scope="session")
def seed_record() -> Record:
    path = shared_file("examples/kabul-2024-11-07.txt")
    return extract(path.read_text(encoding="utf-8"), dt.date(2024, 11, 7), id="kabul")


@pytest.fixture(scope="session")
def sample_record() -> Record:
    return extract(SAMPLE_ARTICLE.read_text(encoding="utf-8"), dt.date(2025, 3, 14), id="sample")


def run(text: str, published: str | None = "2024-11-07") -> Record:
    """Extract from a sentence written for a test."""
    return extract(text, published)
