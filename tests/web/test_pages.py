"""UI pages via TestClient: each page answers, numbers link to records, filters narrow, text is escaped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.records import Article, Entity, Record
from tests.support.spans import mention
from tests.web.data import bridge_record, ferry_record


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from newsgraph.store import open_store

    opened = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('ui')) / 'corpus.db'}")
    opened.add_record(bridge_record())
    opened.add_record(ferry_record())
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(store: Any) -> TestClient:
    return TestClient(create_app(None, "w", store=store), base_url="http://localhost")


def page(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


PAGES = ["/ui/", "/ui/articles", "/ui/quotes", "/ui/events", "/ui/actors", "/ui/claims", "/ui/stances",
         "/ui/timeline", "/ui/graph", "/ui/search?q=bridge", "/ui/paste", "/ui/articles/bridge-1",
         "/ui/actors/1"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders(client: TestClient, url: str) -> None:
    assert "</html>" in page(client, url)


def test_root_redirects_to_the_ui(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307)
    assert response.headers["location"] == "/ui/"


def test_index_counts_link_to_their_lists(client: TestClient) -> None:
    html = page(client, "/ui/")
    assert re.search(r'href="/ui/quotes"><span class="n">2</span>quotes', html)
    assert re.search(r'href="/ui/events"><span class="n">3</span>events', html)


def test_article_page_escapes_markup_in_the_text(client: TestClient) -> None:
    html = page(client, "/ui/articles/bridge-1")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in html


def test_article_page_marks_the_linked_quote(client: TestClient) -> None:
    html = page(client, "/ui/articles/bridge-1?hl=q1")
    focused = re.findall(r'<mark class="[^"]*ng-focus[^"]*"[^>]*data-id="([^"]+)"', html)
    assert focused and set(focused) == {"q1"}
    assert 'id="quotes-q1"' in html


def test_article_entities_link_to_actor_pages(client: TestClient) -> None:
    html = page(client, "/ui/articles/bridge-1")
    lind = client.get("/actors?q=Lind").json()["items"][0]["id"]
    assert f'href="/ui/actors/{lind}">Ana Lind</a>' in html


def test_an_entity_no_record_row_names_links_to_its_own_actor(client: TestClient) -> None:
    # Riverton is only mentioned (no quote, event, stance or claim): the entity row still knows its actor.
    riverton = client.get("/actors?q=Riverton").json()["items"][0]["id"]
    html = page(client, "/ui/articles/bridge-1")
    assert f'href="/ui/actors/{riverton}">Riverton</a>' in html


JORDAN_COUNTRY = "Lorries queued at the border with Jordan on Sunday."
JORDAN_AGAIN = "Jordan reopened the crossing on Monday."
JORDAN_PIANIST = "The pianist Jordan played to a full hall in Selby."


def _mention_only(article_id: str, text: str, name: str, entity_type: str) -> Record:
    return Record(article=Article(id=article_id, text=text),
                  entities=[Entity(id="e1", name=name, type=entity_type, mentions=[mention(text, name)])])


def test_an_article_links_its_entity_to_its_actor_not_a_namesake(tmp_path: Path) -> None:
    from newsgraph.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'namesakes.db'}")
    store.add_record(_mention_only("border-1", JORDAN_COUNTRY, "Jordan", "GPE"))
    store.add_record(_mention_only("border-2", JORDAN_AGAIN, "Jordan", "GPE"))
    store.add_record(_mention_only("concert", JORDAN_PIANIST, "Jordan", "PERSON"))
    ui = TestClient(create_app(None, "w", store=store), base_url="http://localhost")
    by_type = {a["type"]: a["id"] for a in ui.get("/actors?q=Jordan").json()["items"]}
    assert set(by_type) == {"GPE", "PERSON"}
    # By name alone "Jordan" is the country (more articles): the pianist must not be sent there.
    assert ui.get("/actors/Jordan").json()["type"] == "GPE"
    html = page(ui, "/ui/articles/concert")
    assert f'href="/ui/actors/{by_type["PERSON"]}">Jordan</a>' in html
    assert f'/ui/actors/{by_type["GPE"]}"' not in html
    store.close()


class QuoteSpy:
    """A store that notes the arguments of every ``quotes`` call and passes everything on."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.quote_calls: list[dict[str, Any]] = []

    def quotes(self, *args: Any, **kwargs: Any) -> Any:
        self.quote_calls.append(kwargs)
        return self.inner.quotes(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def test_quote_kind_filter_is_asked_of_the_store_one_page_at_a_time(store: Any) -> None:
    spy = QuoteSpy(store)
    ui = TestClient(create_app(None, "w", store=spy), base_url="http://localhost")
    html = page(ui, "/ui/quotes?kind=direct&limit=1")
    assert spy.quote_calls[-1]["kind"] == "direct"
    assert (spy.quote_calls[-1]["limit"], spy.quote_calls[-1]["offset"]) == (1, 0)
    assert "2 in all; showing 1–1" in html
    assert "kind=direct" in re.search(r'<a rel="next" href="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert "<option selected>direct</option>" in html


def test_quote_kind_filter_narrows_the_list(client: TestClient) -> None:
    assert "good start" in page(client, "/ui/quotes?kind=direct")
    indirect = page(client, "/ui/quotes?kind=indirect")  # both stored quotes are direct
    assert "No quotes match these filters" in indirect and "good start" not in indirect


def test_an_unknown_quote_kind_is_reported_and_ignored(client: TestClient) -> None:
    html = page(client, "/ui/quotes?kind=verbatim")
    assert "Ignored kind=&#39;verbatim&#39;: use one of direct, indirect, mixed." in html
    assert "good start" in html and "travel times" in html


def test_quote_search_links_to_the_span_and_the_speaker(client: TestClient) -> None:
    html = page(client, "/ui/quotes?q=travel")
    assert "/ui/articles/bridge-1?hl=q1#quotes-q1" in html
    assert ">Ana Lind</a>" in html
    assert "good start" not in html


def test_event_filter_narrows_the_table(client: TestClient) -> None:
    everything = page(client, "/ui/events")
    accusations = page(client, "/ui/events?category=ACCUSE")
    assert "praised" in everything and "criticised" in everything
    assert "criticised" in accusations and "praised" not in accusations


def test_a_bad_date_in_a_form_is_reported_not_fatal(client: TestClient) -> None:
    html = page(client, "/ui/events?since=last+week")
    assert "Ignored since=" in html


def test_actor_page_shows_roles_quotes_events_and_stances(client: TestClient) -> None:
    html = page(client, "/ui/actors/Ana%20Lind")
    expected_texts = ["Mayor, Riverton", "will cut travel times by half.", "Events as target", "opposes",
                      "supports"]
    for expected in expected_texts:
        assert expected in html


def test_graph_page_embeds_edges_as_json_and_lists_them(client: TestClient) -> None:
    html = page(client, "/ui/graph")
    assert 'id="graph-data"' in html
    assert "ACCUSE" in html and "SUPPORT" in html


def test_timeline_table_links_each_count_to_its_events(client: TestClient) -> None:
    html = page(client, "/ui/timeline")
    assert "/ui/events?category=ACCUSE&amp;since=2025-03-11&amp;until=2025-03-11" in html


def test_unknown_article_and_actor_are_html_404s(client: TestClient) -> None:
    assert "No article with id" in page(client, "/ui/articles/missing", 404)
    assert "No actor" in page(client, "/ui/actors/999999", 404)


def test_paste_box_analyses_without_storing(client: TestClient) -> None:
    before = client.get("/counts").json()["articles"]
    text = "Mayor Ana Lind said on Tuesday that the ferry <b>would</b> run again. Critics were not convinced."
    response = client.post("/ui/paste", content=f"text={text}&published=2025-03-11".encode(),
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    assert 'id="article-text"' in response.text
    assert "&lt;b&gt;would&lt;/b&gt;" in response.text
    assert client.get("/counts").json()["articles"] == before


def test_event_times_not_from_the_events_own_clause_are_marked(client: TestClient) -> None:
    text = (
        "The ceasefire, agreed in 2015, enabled the Ruritanian army withdrawal from the valley, "
        "leading to the return of the refugees in 2017."
    )
    response = client.post("/ui/paste", content=f"text={text}&published=2025-03-11".encode(),
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    assert "(context)" in response.text and "sentence around the event" in response.text


def test_paste_box_explains_unreadable_input(client: TestClient) -> None:
    response = client.post("/ui/paste", content=b"text=&published=",
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 422
    assert "Cannot analyse this text" in response.text


def test_read_token_needs_a_sign_in_for_pages(store: Any) -> None:
    private = TestClient(create_app(None, "w", read_token="r", store=store), base_url="http://localhost")
    denied = private.get("/ui/articles")
    assert denied.status_code == 401
    assert "/ui/login" in denied.text
    assert private.post("/ui/login", data={"token": "nope"}).status_code == 403
    signed_in = private.post("/ui/login", content=b"token=r",
                             headers={"content-type": "application/x-www-form-urlencoded"},
                             follow_redirects=False)
    assert signed_in.status_code == 303
    assert private.get("/ui/articles").status_code == 200  # the cookie now opens the pages
    # ...but a cookie never authorises a write
    assert private.post("/articles", json={"text": "x"}).status_code == 401


def test_article_page_greys_page_furniture_with_its_reason(client: TestClient) -> None:
    from urllib.parse import quote

    text = (
        "Mayor Ana Lind said on Tuesday that the ferry would run again.\n"
        "Passengers wait at the Harbour Street pier. JONAS WEIL/AFP\n"
        "Click here to subscribe to our newsletter.\n"
        "Critics were not convinced."
    )
    response = client.post("/ui/paste", content=f"text={quote(text)}&published=2025-03-11".encode(),
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    html = response.text
    assert 'class="ng ng-excluded excluded-caption"' in html
    assert 'title="page furniture: photo caption"' in html
    assert 'title="page furniture: share, subscribe or navigation prompt"' in html
    assert 'data-layer-toggle="excluded"' in html
    # greyed by a stylesheet class, never an inline style (the page's CSP forbids them)
    assert "style=" not in html.split('id="article-text"', 1)[1].split("</article>", 1)[0]
    assert "JONAS WEIL" not in html.split("</article>", 1)[1]  # no entity, quote or claim from it
