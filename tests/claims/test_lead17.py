"""Session 17 (lead): what someone asks, orders or thanks for is no claim of theirs; that
the act happened is the narrator's."""

from __future__ import annotations

from tests.conftest import run


def test_an_order_is_the_narrators_claim_not_the_judges() -> None:
    r = run(
        'Judge Helena Marek said the former minister had "betrayed every patient". She ordered '
        "him to repay 3 million euros."
    )
    claim = next(c for c in r.claims if "3 million euros" in c.span.text)
    assert claim.claimant == "narrator"
    assert claim.span.text.startswith("She ordered him")


def test_thanks_for_years_of_service_is_no_claim_of_the_thanker() -> None:
    r = run("The bank's chairman, Erik Dahl, thanked her for eight years of service.")
    names = {e.id: e.name for e in r.entities}
    assert not [c for c in r.claims if names.get(c.claimant) == "Erik Dahl"]


def test_a_reported_figure_is_still_the_speakers_claim() -> None:
    r = run("Health Minister Ruth Chikore said 37 people had died since October.")
    names = {e.id: e.name for e in r.entities}
    claim = next(c for c in r.claims if "37 people" in c.span.text)
    assert names.get(claim.claimant) == "Ruth Chikore"


def test_a_superlative_scoped_by_an_infinitive_is_a_record_claim() -> None:
    r = run(
        "The quake hit near Malatya on Monday.\n\n"
        "It was the strongest earthquake to hit the region since 2020, when 41 people died."
    )
    assert [c for c in r.claims if "the strongest earthquake to hit the region" in c.span.text]


def test_a_bare_superlative_is_no_record_claim() -> None:
    r = run("The mayor spoke on Monday.\n\nShe said it was the strongest plan.")
    assert not [c for c in r.claims if "strongest" in c.span.text]
