"""The store, as a user of the API or the CLI meets it: add articles, ask questions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.records import Record
from newsgraph.store import Store, normalise_url, open_store
from tests.store.records import LEVY, levy_record, market_record, meeting_record


def fill(store: Store) -> None:
    run = store.start_run()
    for record in (levy_record(), meeting_record(), market_record()):
        assert store.add_record(record, run_id=run) == "added"
    store.finish_run(run)


def test_a_stored_record_comes_back_exactly(store: Store) -> None:
    record = levy_record()
    store.add_record(record)
    back = store.article("levy")
    assert back == record
    assert back is not None and back.to_json_dict() == record.to_json_dict()
    assert store.article("no-such-article") is None


def test_the_same_article_twice_is_stored_once(store: Store) -> None:
    run = store.start_run()
    assert store.add_record(levy_record(), run_id=run) == "added"
    assert store.add_record(levy_record(), run_id=run) == "unchanged"
    # The same text under another id and URL is still the same article.
    other = levy_record(url="https://mirror.example.net/levy")
    other = other.model_copy(update={"article": other.article.model_copy(update={"id": "levy-copy"})})
    assert store.add_record(other, run_id=run) == "unchanged"
    summary = store.finish_run(run)
    assert (summary.added, summary.unchanged, summary.replaced) == (1, 2, 0)
    assert store.counts().articles == 1
    assert store.counts().quotes == 1
    assert store.has_document(text=LEVY.replace(" ", "  "))  # spacing does not matter


def test_changed_text_at_the_same_url_replaces_the_old_rows(store: Store) -> None:
    store.add_record(levy_record())
    changed = LEVY.replace("12 million crowns", "15 million crowns")
    assert store.add_record(levy_record(changed)) == "replaced"
    counts = store.counts()
    assert (counts.articles, counts.quotes, counts.events, counts.claims) == (1, 1, 2, 1)
    claim = store.claims().items[0]
    assert "15 million" in claim.text
    assert store.search("15").total >= 1
    assert store.articles(q="12").total == 0


def test_deleting_an_article_removes_actors_nobody_else_mentions(store: Store) -> None:
    fill(store)
    assert store.delete_article("market")
    names = {a.name for a in store.actors().items}
    assert "Brenner" not in names
    assert "Mira Castellan" in names
    assert store.counts().articles == 2


def test_a_surname_joins_the_person_named_in_full(store: Store) -> None:
    fill(store)
    mayor = store.find_actor("Castellan")
    assert mayor is not None
    assert mayor.name == "Mira Castellan"
    assert mayor.n_articles == 2
    assert "Castellan" in mayor.aliases
    # "the Federation of River Ports" and "Federation of River Ports" are one organisation.
    ports = store.actors(q="river ports").items
    assert len(ports) == 1 and ports[0].n_articles == 2


def test_people_sharing_a_surname_stay_apart(store: Store) -> None:
    fill(store)
    brenners = {a.name: a for a in store.actors(q="brenner").items}
    # Tomas and Oskar are different people; a bare "Brenner" could be either, so it is not merged.
    assert set(brenners) == {"Tomas Brenner", "Oskar Brenner", "Brenner"}
    assert len({a.id for a in brenners.values()}) == 3


def test_a_full_name_upgrades_an_actor_known_by_surname_only(store: Store) -> None:
    store.add_record(market_record())
    store.add_record(levy_record())
    actor = store.find_actor("Brenner")
    assert actor is not None and actor.name == "Tomas Brenner"
    assert actor.n_articles == 2


def test_quotes_by_speaker_and_date(store: Store) -> None:
    fill(store)
    page = store.quotes(speaker="Castellan")
    assert page.total == 2
    assert [q.text for q in page.items] == ["We have found common ground,", "will pay for the new sea wall."]
    assert all(q.speaker is not None and q.speaker.name == "Mira Castellan" for q in page.items)
    # The first quote is dated by its own time (the Monday), the second by publication.
    assert page.items[1].date == dt.date(2024, 9, 2)
    assert store.quotes(speaker="castellan", since=dt.date(2024, 10, 1)).total == 1
    assert store.quotes(until=dt.date(2024, 9, 30)).total == 1
    assert store.quotes(q="sea walls").items[0].article_id == "levy"  # stemmed full text
    assert store.quotes(speaker="Nobody Here").total == 0


def test_quotes_by_kind_are_filtered_and_paged_in_the_query(store: Store) -> None:
    fill(store)
    direct = store.quotes(kind="direct")
    assert direct.total == 2 and {q.kind for q in direct.items} == {"direct"}
    indirect = store.quotes(kind="indirect", limit=1)
    assert indirect.total == 2 and len(indirect.items) == 1  # the total counts the kind, not the page
    second = store.quotes(kind="indirect", limit=1, offset=1)
    assert {indirect.items[0].article_id, second.items[0].article_id} == {"meeting", "market"}
    assert store.quotes(kind="mixed").total == 0
    # Combined with the other filters.
    assert [q.text for q in store.quotes(speaker="Castellan", kind="direct").items] == [
        "We have found common ground,",
        "will pay for the new sea wall.",
    ]
    assert store.quotes(speaker="Castellan", kind="indirect").total == 0
    assert store.quotes(article_id="meeting", kind="indirect").items[0].id == "q2"
    with pytest.raises(ValueError, match="unknown quote kind 'Direct'"):
        store.quotes(kind="Direct")


def test_entity_actors_maps_each_entity_to_its_corpus_actor(store: Store) -> None:
    fill(store)
    mayor, tomas, ports = (store.find_actor(n) for n in ("Mira Castellan", "Tomas Brenner", "River Ports"))
    assert mayor is not None and tomas is not None and ports is not None
    assert store.entity_actors("levy") == {"e1": mayor.id, "e2": tomas.id, "e3": ports.id}
    # "Castellan" and "the Federation of River Ports" in the next article are the same actors.
    meeting = store.entity_actors("meeting")
    assert (meeting["e1"], meeting["e2"]) == (mayor.id, ports.id)
    oskar = store.find_actor("Oskar Brenner")
    assert oskar is not None and meeting["e3"] == oskar.id
    # The bare "Brenner" of the market story is an actor of its own, not Tomas or Oskar.
    assert store.entity_actors("market")["e1"] not in {tomas.id, oskar.id}
    assert store.entity_actors("no-such-article") == {}


def test_entity_actors_leaves_out_entities_without_an_actor(store: Store) -> None:
    text = "-- The council met. The agreed plan stands."
    record = Record.model_validate(
        {
            "article": {"id": "nameless", "text": text},
            "entities": [
                # A name of punctuation only normalises to nothing: no actor is made for it.
                {"id": "e1", "name": "--", "type": "ORG", "mentions": [{"start": 0, "end": 2, "text": "--"}]},
                {"id": "e2", "name": "council", "type": "ORG",
                 "mentions": [{"start": 7, "end": 14, "text": "council"}]},
            ],
        }
    )
    store.add_record(record)
    mapping = store.entity_actors("nameless")
    assert set(mapping) == {"e2"}


def test_a_group_named_by_a_plural_noun_is_no_actor(store: Store) -> None:
    # "officials" of one article are not those of another: a GROUP entity gets no actor.
    for n in (1, 2):
        text = "Officials said the port would reopen. They added that repairs were done."
        record = Record.model_validate(
            {
                "article": {"id": f"group{n}", "text": text},
                "entities": [
                    {"id": "e1", "name": "Officials", "type": "GROUP",
                     "mentions": [{"start": 0, "end": 9, "text": "Officials"},
                                  {"start": 38, "end": 42, "text": "They", "kind": "pronoun"}]},
                ],
            }
        )
        store.add_record(record)
        assert store.entity_actors(f"group{n}") == {}
    assert store.find_actor("Officials") is None


def test_pages_have_totals(store: Store) -> None:
    fill(store)
    first = store.quotes(limit=2, offset=0)
    second = store.quotes(limit=2, offset=2)
    assert first.total == second.total == 4
    assert len(first.items) == 2 and len(second.items) == 2
    assert {q.text for q in first.items}.isdisjoint({q.text for q in second.items})


def test_events_by_actor_name_country_code_and_category(store: Store) -> None:
    fill(store)
    accusations = store.events(category="ACCUSE")
    assert accusations.total == 1
    event = accusations.items[0]
    assert [a.name for a in event.actors] == ["Tomas Brenner"]
    assert [t.name for t in event.targets] == ["Mira Castellan"]
    assert store.events(actor="Castellan").items[0].category == "CONSULT"
    assert store.events(target="Castellan").items[0].category == "ACCUSE"
    # The mayor's country code finds the events she acts in.
    assert [e.category for e in store.events(actor="KLV").items] == ["CONSULT"]
    assert store.events(category="accuse,consult").total == 2
    assert store.events(since=dt.date(2024, 10, 1)).total == 1


def test_actor_page_has_roles_quotes_events_and_stances(store: Store) -> None:
    fill(store)
    detail = store.actor("Mira Castellan")
    assert detail is not None
    assert [r.title for r in detail.roles] == ["Mayor"]
    assert len(detail.quotes) == 2
    assert [e.category for e in detail.events_as_actor] == ["CONSULT"]
    assert [e.category for e in detail.events_as_target] == ["ACCUSE"]
    assert [s.polarity for s in detail.stances_held] == ["positive"]
    assert [s.holder.name for s in detail.stances_received] == ["Tomas Brenner"]
    assert {a.id for a in detail.articles} == {"levy", "meeting"}
    assert store.actor(detail.id) == detail
    assert store.actor(10_000) is None


def test_top_actors_are_the_most_mentioned(store: Store) -> None:
    fill(store)
    top = store.actors(top=2)
    assert top.total == 5  # the mayor, two Brenners and a bare Brenner, the federation
    assert [a.n_articles for a in top.items] == [2, 2]
    assert {a.name for a in top.items} == {"Mira Castellan", "Federation of River Ports"}


def test_timeline_lists_what_an_actor_did_and_said_in_order(store: Store) -> None:
    fill(store)
    timeline = store.timeline("Castellan")
    assert timeline.actor is not None and timeline.actor.name == "Mira Castellan"
    dates = [i.date for i in timeline.items]
    assert dates == sorted(d for d in dates if d is not None)
    assert [i.kind for i in timeline.items if i.kind != "role"][:2] == ["quote", "event"]
    assert {(d.category, d.count) for d in timeline.days} == {("ACCUSE", 1), ("CONSULT", 1)}
    assert store.timeline("Nobody Here").actor is None


def test_full_text_search_finds_articles_quotes_events_and_actors(store: Store) -> None:
    fill(store)
    results = store.search("agreements")  # stems to "agreement"
    assert {h.article_id for h in results.articles} == {"levy", "meeting"}
    assert store.search('"common ground"').quotes[0].article_id == "meeting"
    assert store.search('"ground common"').total == 0
    assert [h.title for h in store.search("Castellan").actors] == ["Mira Castellan"]
    assert store.search("   ").total == 0
    # Operators and quotes in user text are data, not syntax.
    assert store.search('levy" OR (').total >= 1


def test_graph_links_actors_with_polarity_and_evidence(store: Store) -> None:
    fill(store)
    graph = store.graph()
    names = {n.id: n.name for n in graph.nodes}
    edges = {(names[e.source], names[e.target], e.relation): e for e in graph.edges}
    accuse = edges[("Tomas Brenner", "Mira Castellan", "ACCUSE")]
    assert accuse.polarity == "negative"
    assert [(x.article_id, x.record_id) for x in accuse.evidence] == [("levy", "v1")]
    meet = edges[("Mira Castellan", "Federation of River Ports", "CONSULT")]
    assert meet.polarity == "positive"
    assert edges[("Tomas Brenner", "Mira Castellan", "STANCE")].polarity == "negative"
    focused = store.graph(actor="Tomas Brenner")
    assert all(
        names[e.source] == "Tomas Brenner" or names[e.target] == "Tomas Brenner" for e in focused.edges
    )


def test_stances_and_claims(store: Store) -> None:
    fill(store)
    assert store.stances(holder="Brenner").items[0].target.name == "Mira Castellan"
    assert store.stances(polarity="positive").items[0].evidence == ["v1", "q1"]
    claim = store.claims(claimant="Tomas").items[0]
    assert claim.quantities[0]["value"] == 12_000_000
    assert store.claims(q="crowns").total == 1


def test_failures_and_runs_are_recorded(store: Store) -> None:
    run = store.start_run()
    store.record_failure(run, "feed.xml#3", "the entry has no text")
    finished = store.finish_run(run)
    assert finished.failed == 1 and finished.finished_at is not None
    errors = store.errors(run)
    assert errors.total == 1 and errors.items[0].source == "feed.xml#3"
    assert store.runs()[0].id == run


def test_reopening_a_store_keeps_its_data(store_url: str) -> None:
    first = open_store(store_url)
    first.add_record(levy_record())
    first.close()
    again = open_store(store_url)
    assert again.counts().articles == 1
    again.close()


def test_readers_are_not_blocked_by_a_writer(tmp_path: Path) -> None:
    """SQLite in WAL mode: the web UI can read while an ingest holds a write transaction."""
    url = f"sqlite:///{tmp_path}/wal.db"
    writer, reader = open_store(url), open_store(url)
    writer.add_record(levy_record())
    with writer._write() as conn:  # an ingest in the middle of writing an article
        writer._insert(conn, meeting_record(), "0" * 40, None)
        assert reader.counts().articles == 1  # the half-written article is invisible, and no wait
    assert reader.counts().articles == 2
    writer.close()
    reader.close()


def test_urls_users_type_are_understood() -> None:
    assert normalise_url(None) == "sqlite:///newsgraph.db"
    assert normalise_url("corpus.db") == "sqlite:///corpus.db"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


def test_a_record_without_any_findings_is_stored(store: Store) -> None:
    record = Record.model_validate({"article": {"id": "bare", "text": "Nothing happened in Selvik today."}})
    assert store.add_record(record) == "added"
    assert store.article("bare") == record


def _feud_record() -> Record:
    from newsgraph.records import Article, Entity, Quote
    from tests.support.spans import mention, span

    t = "Mayor Ana Lind said that Norland would never pay the levy. Norland's envoy said that she was wrong."
    lind = Entity(id="e1", name="Ana Lind", type="PERSON",
                  mentions=[mention(t, "Ana Lind"), mention(t, "she")])
    norland = Entity(id="e2", name="Norland", type="GPE", country="NRL",
                     mentions=[mention(t, "Norland"), mention(t, "Norland", 1)])
    quotes = [
        Quote(id="q1", kind="indirect", content=[span(t, "that Norland would never pay the levy")],
              cue=span(t, "said"), speaker="e1"),
        Quote(id="q2", kind="indirect", content=[span(t, "that she was wrong")],
              cue=span(t, "said", 1), speaker="e2"),
    ]
    article = Article(id="feud", text=t, published=dt.date(2024, 10, 1))
    return Record(article=article, entities=[lind, norland], quotes=quotes)


def test_quotes_about_an_actor_follow_its_resolved_mentions(store: Store) -> None:
    store.add_record(_feud_record())
    assert [q.id for q in store.quotes(about="Norland").items] == ["q1"]
    assert [q.id for q in store.quotes(about="Lind").items] == ["q2"]  # through "she"
    assert [q.id for q in store.quotes(speaker="Lind", about="NRL").items] == ["q1"]  # a country code
    assert store.quotes(speaker="Norland", about="Norland").total == 0
    assert store.quotes(about="Nobody Here").total == 0


def test_an_extracted_quote_and_event_are_dated_by_their_own_time(store: Store) -> None:
    from newsgraph import extract

    record = extract("Mayor Ana Lind said on Monday that the harbour would reopen. "
                     "Norway and Sweden signed a fishing treaty on Tuesday.", "2024-09-05")
    store.add_record(record)
    assert [q.date for q in store.quotes().items] == [dt.date(2024, 9, 2)]
    signed = [e for e in store.events().items if e.category == "AGREE"]
    assert signed and signed[0].date == dt.date(2024, 9, 3)


def test_claims_filter_the_narrators_apart_from_unresolved_speakers(store: Store) -> None:
    record = levy_record()
    quoted = record.claims[0].model_copy(update={"id": "c2", "claimant": "unresolved", "quote": "q1"})
    own = record.claims[0].model_copy(update={"id": "c3", "claimant": "narrator"})
    store.add_record(record.model_copy(update={"claims": [*record.claims, quoted, own]}))
    assert [c.id for c in store.claims(claimant="unresolved").items] == ["c2"]
    assert [c.id for c in store.claims(claimant="narrator").items] == ["c3"]
    row = store.claims(claimant="unresolved").items[0]
    assert row.claimant is None and row.quote == "q1"
