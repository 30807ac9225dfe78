"""The seed article's events (read through the full pipeline, no special-casing)."""

from __future__ import annotations

import pytest

from newsgraph import Record
from newsgraph.records import Event


def _ids(record: Record, word: str) -> set[str]:
    return {e.id for e in record.entities if word.lower() in e.name.lower()}


def _time_value(record: Record, event: Event) -> str | None:
    found = next((t for t in record.times if t.id == event.time), None)
    return found.value if found else None


@pytest.fixture()
def seed(seed_record: Record) -> Record:
    if not seed_record.entities:
        pytest.skip("the entities stage has not produced entities yet")
    return seed_record


def _find(record: Record, category: str, actor: str | None = None, target: str | None = None) -> list[Event]:
    out = []
    for event in record.events:
        if event.category != category:
            continue
        if actor is not None and not set(event.actors) & _ids(record, actor):
            continue
        if target is not None and not set(event.targets) & _ids(record, target):
            continue
        out.append(event)
    return out


def test_election_win_is_other_in_2024(seed: Record) -> None:
    wins = [e for e in _find(seed, "OTHER", actor="Trump") if e.lemma in ("win", "victory")]
    assert wins
    assert any(_time_value(seed, e) == "2024" for e in wins)


def test_doha_agreement_is_agree_between_taliban_and_us_in_2020(seed: Record) -> None:
    agree = _find(seed, "AGREE", actor="Taliban")
    assert agree
    event = agree[0]
    assert set(event.actors) & (_ids(seed, "United States") | _ids(seed, "U.S."))
    assert _time_value(seed, event) == "2020"
    assert len(event.mentions) >= 2


def test_us_withdrawal_is_retreat_dated_by_the_sequence_it_starts(seed: Record) -> None:
    retreat = _find(seed, "RETREAT", actor="United States") or _find(seed, "RETREAT", actor="U.S.")
    assert retreat and retreat[0].mode == "withdraw"
    # "... facilitated the withdrawal, leading to the collapse ... in 2021": from context.
    assert _time_value(seed, retreat[0]) == "2021" and retreat[0].time_basis == "context"


def test_harris_criticising_trump_is_accuse_in_september(seed: Record) -> None:
    accuse = _find(seed, "ACCUSE", actor="Harris", target="Trump")
    assert accuse
    # "Harris also criticized Trump ..." continues what she "said in the debate in September".
    assert any(_time_value(seed, e) == "2024-09" and e.time_basis == "quote" for e in accuse)


def test_taliban_hope_toward_trump_is_an_event_linked_to_its_statement(seed: Record) -> None:
    hope = [e for e in _find(seed, "OTHER", actor="Taliban", target="Trump") if e.lemma == "hope"]
    assert hope and hope[0].quote is not None and hope[0].modality == "asserted"


def test_trump_negotiating_with_and_inviting_the_taliban_is_consult(seed: Record) -> None:
    consult = _find(seed, "CONSULT", target="Taliban")
    assert {"negotiate", "invite"} <= {e.lemma for e in consult}
    assert any(set(e.actors) & _ids(seed, "Trump") for e in consult if e.lemma == "negotiate")


def test_trump_criticising_the_biden_administration_is_accuse(seed: Record) -> None:
    assert _find(seed, "ACCUSE", actor="Trump", target="Biden")


def test_every_event_links_to_real_ids_and_text(seed: Record) -> None:
    entity_ids = {e.id for e in seed.entities}
    time_ids = {t.id for t in seed.times}
    quote_ids = {q.id for q in seed.quotes}
    text = seed.article.text
    for event in seed.events:
        assert set(event.actors) <= entity_ids and set(event.targets) <= entity_ids
        assert event.place is None or event.place in entity_ids
        assert event.time is None or event.time in time_ids
        assert event.quote is None or event.quote in quote_ids
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert all(text[m.start : m.end] == m.text for m in event.mentions)


def test_actors_are_coded(seed: Record) -> None:
    by_name = {e.name: e for e in seed.entities}
    taliban = next(e for name, e in by_name.items() if name.lower().endswith("taliban"))
    assert taliban.country == "AFG" and taliban.sector == "GOV"
    trump = next(e for name, e in by_name.items() if "Trump" in name)
    assert trump.country == "USA"
