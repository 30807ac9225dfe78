"""The entities word lists come from data/lexicon through the running pipeline's overlay."""

from __future__ import annotations

from pathlib import Path

from newsgraph.entities import lexicon
from newsgraph.resources import Resources, using


def test_shipped_lists_are_read_lower_case() -> None:
    assert "spokesperson" in lexicon.person_roles()
    assert lexicon.gender_words()["mrs"] == "f"
    assert lexicon.country_name("the U.S.") == "United States"
    assert lexicon.demonym_place("Afghans") == "Afghanistan"


def test_an_overlay_adds_a_country_alias_for_its_own_pipeline_only(tmp_path: Path) -> None:
    overlay = tmp_path / "blighty.yaml"
    overlay.write_text("entities_country_aliases:\n  add: {blighty: United Kingdom}\n", encoding="utf-8")
    assert lexicon.country_name("Blighty") is None
    with using(Resources(lexicon_overlay=str(overlay))):
        assert lexicon.country_name("Blighty") == "United Kingdom"
    assert lexicon.country_name("Blighty") is None  # the answer is not cached across pipelines
