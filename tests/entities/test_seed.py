"""Entities in the canonical example article (the ``seed_record`` fixture)."""

from __future__ import annotations

from newsgraph.records import Entity, Record


def _entity(record: Record, name: str) -> Entity:
    found = [e for e in record.entities if name in e.name]
    assert found, [e.name for e in record.entities]
    return found[0]


def test_trump_cluster(seed_record: Record) -> None:
    trump = _entity(seed_record, "Trump")
    texts = {m.text for m in trump.mentions}
    assert {"Donald Trump", "Trump", "he", "his"} <= texts
    assert trump.type == "PERSON"
    assert len([e for e in seed_record.entities if "Trump" in e.name]) == 1


def test_balkhi_role_and_nominal_mention(seed_record: Record) -> None:
    balkhi = _entity(seed_record, "Balkhi")
    ministry = _entity(seed_record, "Ministry of Foreign Affairs")
    role = next(r for r in balkhi.roles if r.title == "spokesperson")
    assert role.org == "Taliban Ministry of Foreign Affairs"
    assert role.org_entity == ministry.id
    assert any(m.text == "The ministry’s spokesperson" and m.kind == "nominal" for m in balkhi.mentions)


def test_harris_pronoun_and_party(seed_record: Record) -> None:
    harris = _entity(seed_record, "Harris")
    assert "she" in {m.text for m in harris.mentions if m.kind == "pronoun"}
    assert any(a.kind == "party" and a.name.startswith("Democratic") for a in harris.affiliations)
    assert harris.type == "PERSON"


def test_dateline_country_joins_later_mentions(seed_record: Record) -> None:
    afghanistan = _entity(seed_record, "Afghanistan")
    assert afghanistan.type == "GPE"
    assert len(afghanistan.mentions) >= 3
    afghan = [a for e in seed_record.entities for a in e.affiliations if a.name == "Afghanistan"]
    assert afghan and all(a.entity == afghanistan.id for a in afghan)
