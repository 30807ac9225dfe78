"""Read endpoints: what a script author would check on a corpus of two hand-built articles."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.data import BRIDGE_TEXT


def get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def test_articles_are_listed_newest_first_with_counts(client: TestClient) -> None:
    page = get(client, "/articles")
    assert page["total"] == 2
    assert [a["id"] for a in page["items"]] == ["ferry-1", "bridge-1"]
    bridge = page["items"][1]
    assert (bridge["n_quotes"], bridge["n_events"], bridge["n_claims"]) == (1, 2, 1)


def test_article_filters_and_paging(client: TestClient) -> None:
    assert [a["id"] for a in get(client, "/articles?until=2025-03-20")["items"]] == ["bridge-1"]
    assert [a["id"] for a in get(client, "/articles?since=2025-03-20")["items"]] == ["ferry-1"]
    second = get(client, "/articles?limit=1&offset=1")
    assert second["total"] == 2
    assert [a["id"] for a in second["items"]] == ["bridge-1"]


def test_article_record_round_trips(client: TestClient) -> None:
    record = get(client, "/articles/bridge-1")
    assert record["schema"] == "newsgraph/1"
    assert record["article"]["text"] == BRIDGE_TEXT
    assert [q["id"] for q in record["quotes"]] == ["q1"]


def test_unknown_article_is_a_json_404(client: TestClient) -> None:
    body = get(client, "/articles/no-such-article", 404)
    assert body == {"error": "not found", "detail": "no article with id 'no-such-article'"}


def test_quotes_by_speaker_name(client: TestClient) -> None:
    page = get(client, "/quotes?speaker=lind")
    assert page["total"] == 1
    quote = page["items"][0]
    assert quote["text"] == "will cut travel times by half."
    assert quote["speaker"]["name"] == "Ana Lind"
    assert quote["article_id"] == "bridge-1"
    assert BRIDGE_TEXT[quote["start"]:quote["end"]] == quote["text"]


def test_quotes_by_kind(client: TestClient) -> None:
    direct = get(client, "/quotes?kind=direct&limit=1")
    assert direct["total"] == 2 and len(direct["items"]) == 1
    assert direct["items"][0]["kind"] == "direct"
    assert get(client, "/quotes?kind=indirect")["total"] == 0  # both stored quotes are direct
    assert get(client, "/quotes?kind=mixed&speaker=lind")["total"] == 0
    assert [q["article_id"] for q in get(client, "/quotes?kind=direct&speaker=lind")["items"]] == ["bridge-1"]


def test_quotes_about_an_actor_is_a_documented_filter(client: TestClient) -> None:
    assert get(client, "/quotes?about=Nobody%20Here")["total"] == 0
    parameters = get(client, "/openapi.json")["paths"]["/quotes"]["get"]["parameters"]
    assert "about" in {p["name"] for p in parameters}


def test_an_unknown_quote_kind_is_a_422_naming_the_choices(client: TestClient) -> None:
    body = get(client, "/quotes?kind=verbatim", 422)
    assert body["error"] == "invalid request"
    [problem] = body["detail"]
    assert problem["where"] == "query.kind"
    assert all(k in problem["problem"] for k in ("direct", "indirect", "mixed"))


def test_article_entities_map_to_their_actors(client: TestClient) -> None:
    ids = {a["name"]: a["id"] for a in get(client, "/actors")["items"]}
    bridge = get(client, "/articles/bridge-1/actors")
    assert bridge == {"e1": ids["Ana Lind"], "e2": ids["Piet Brandt"], "e3": ids["Riverton"]}
    # The same people under other entity ids in the second article.
    assert get(client, "/articles/ferry-1/actors") == {"e1": ids["Piet Brandt"], "e2": ids["Ana Lind"]}
    body = get(client, "/articles/no-such-article/actors", 404)
    assert body == {"error": "not found", "detail": "no article with id 'no-such-article'"}


def test_events_filter_by_category_actor_and_target(client: TestClient) -> None:
    accusations = get(client, "/events?category=accuse")
    assert [e["trigger"] for e in accusations["items"]] == ["criticised"]
    by_brandt = get(client, "/events?actor=Brandt")
    assert sorted(e["trigger"] for e in by_brandt["items"]) == ["criticised", "praised"]
    at_brandt = get(client, "/events?target=Brandt")
    assert [e["trigger"] for e in at_brandt["items"]] == ["met"]


def test_actor_detail_has_roles_quotes_events_and_stances(client: TestClient) -> None:
    actors = get(client, "/actors?q=Lind")["items"]
    assert [a["name"] for a in actors] == ["Ana Lind"]
    detail = get(client, f"/actors/{actors[0]['id']}")
    assert [r["title"] for r in detail["roles"]] == ["Mayor"]
    assert [q["id"] for q in detail["quotes"]] == ["q1"]
    assert [e["trigger"] for e in detail["events_as_actor"]] == ["met"]
    assert sorted(e["trigger"] for e in detail["events_as_target"]) == ["criticised", "praised"]
    assert sorted(s["polarity"] for s in detail["stances_received"]) == ["negative", "positive"]
    assert get(client, "/actors/Ana%20Lind")["id"] == detail["id"]
    assert get(client, "/actors/999999", 404)["error"] == "not found"


def test_graph_edges_carry_polarity_and_evidence(client: TestClient) -> None:
    graph = get(client, "/graph")
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    edges = {(names[e["source"]], e["relation"], names[e["target"]]): e for e in graph["edges"]}
    assert edges[("Piet Brandt", "ACCUSE", "Ana Lind")]["polarity"] == "negative"
    assert edges[("Piet Brandt", "SUPPORT", "Ana Lind")]["polarity"] == "positive"
    evidence = edges[("Piet Brandt", "ACCUSE", "Ana Lind")]["evidence"]
    assert evidence[0]["article_id"] == "bridge-1"


def test_timeline_counts_events_per_day(client: TestClient) -> None:
    days = {(d["date"], d["category"]): d["count"] for d in get(client, "/timeline")["days"]}
    assert days[("2025-03-11", "ACCUSE")] == 1
    assert days[("2025-03-24", "SUPPORT")] == 1


def test_claims_stances_search_and_counts(client: TestClient) -> None:
    claims = get(client, "/claims")["items"]
    assert [c["text"] for c in claims] == ["which he put at 40 million dollars"]
    assert claims[0]["claimant"]["name"] == "Piet Brandt"
    negative = get(client, "/stances?polarity=negative")["items"]
    assert [(s["holder"]["name"], s["target"]["name"]) for s in negative] == [("Piet Brandt", "Ana Lind")]
    results = get(client, "/search?q=travel")
    assert any(hit["record_id"] == "q1" for hit in results["quotes"])
    counts = get(client, "/counts")
    assert (counts["articles"], counts["quotes"], counts["events"]) == (2, 2, 3)


@pytest.mark.parametrize(
    "url",
    ["/articles?limit=0", "/articles?limit=100000", "/quotes?offset=-1", "/events?since=yesterday",
     "/events?since=2025-04-01&until=2025-01-01", "/search", "/stances?polarity=angry"],
)
def test_bad_query_parameters_are_422_with_a_reason(client: TestClient, url: str) -> None:
    body = get(client, url, 422)
    assert body["error"] == "invalid request"
    assert body["detail"]


def test_openapi_documents_every_read_endpoint(client: TestClient) -> None:
    paths = get(client, "/openapi.json")["paths"]
    for path in ["/articles", "/articles/{article_id}", "/quotes", "/events", "/actors", "/actors/{actor_id}",
                 "/timeline", "/search", "/claims", "/stances", "/graph", "/counts", "/extract",
                 "/articles/{article_id}/actors"]:
        assert path in paths, path
    assert "post" in paths["/articles"]
    kind = next(p for p in paths["/quotes"]["get"]["parameters"] if p["name"] == "kind")
    assert kind["in"] == "query" and not kind.get("required", False)
    assert {"enum": ["direct", "indirect", "mixed"], "type": "string"} in kind["schema"]["anyOf"]
