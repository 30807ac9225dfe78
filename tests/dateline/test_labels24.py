"""Session 24 (lead): a page's label in capitals before a colon ("LIVE:", "BREAKING:") is no
dateline, whatever label the list holds (``editorial_labels.txt``)."""

from __future__ import annotations

import pytest

from newsgraph.dateline import find_dateline


@pytest.mark.parametrize("label", ["LIVE", "BREAKING", "ANALYSIS", "OBITUARY"])
def test_a_page_label_is_no_dateline(label: str) -> None:
    assert find_dateline(f"{label}: Floods force thousands from homes in the south") is None


def test_a_city_before_a_colon_is_still_a_dateline() -> None:
    found = find_dateline("NAIROBI: Kenya's president dismissed his cabinet on Thursday.")
    assert found is not None and found.place.upper().startswith("NAIROBI")
