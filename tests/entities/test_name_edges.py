"""Where a name ends: a day after an organisation's name is when, not part of the name."""

from __future__ import annotations

from tests.conftest import run


def test_a_day_after_an_organisations_name_is_not_part_of_it() -> None:
    record = run(
        "Malawi's Constitutional Court on Thursday ordered the election board to suspend "
        "the count. The court said the count was flawed.",
        "2026-12-05",
    )
    names = {e.name for e in record.entities}
    assert any(n.endswith("Constitutional Court") for n in names), names
    assert not any("Thursday" in n for n in names)


def test_a_capitalised_of_phrase_still_belongs_to_the_name() -> None:
    record = run("The Court of Appeal on Monday upheld the ruling.", "2026-12-05")
    assert "Court of Appeal" in {e.name for e in record.entities}
