"""The UI in a real browser: click through from a quote to its span, filter, toggle layers, see the graph.

Runs headless Debian Chromium via Playwright against uvicorn on a free loopback
port (fixtures in conftest.py). Set NEWSGRAPH_SCREENSHOT_DIR to also save the
screenshots used in the README (``docs/img``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from newsgraph.web import assets

pytestmark = pytest.mark.browser

SCREENSHOTS = os.environ.get("NEWSGRAPH_SCREENSHOT_DIR")


def _shot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=False)


def test_quote_links_to_its_highlighted_span_in_the_article(page: Any) -> None:
    page.goto("/ui/quotes?q=travel")
    page.get_by_role("link", name=re.compile("will cut travel times")).click()
    page.wait_for_url(re.compile(r"/ui/articles/bridge-1\?hl=q1"))
    focused = page.locator("#article-text mark.ng-focus")
    assert focused.count() >= 1
    assert focused.first.get_attribute("data-id") == "q1"
    quote_text = page.locator("#article-text mark.ng-focus.quote-direct").inner_text()
    assert "will cut travel times by half." in quote_text
    assert focused.first.is_visible()
    assert page.js_errors == []


def test_script_in_article_text_is_shown_not_run(page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto("/ui/articles/bridge-1")
    assert "<script>alert('pwned')</script>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text script").count() == 0
    assert dialogs == []


def test_layer_toggle_hides_and_restores_a_layer(page: Any) -> None:
    page.goto("/ui/articles/bridge-1")
    quote = page.locator("#article-text mark.quote-direct").first
    shaded = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    page.get_by_label(re.compile("quotes")).uncheck()
    assert quote.evaluate("el => getComputedStyle(el).backgroundColor") != shaded
    page.get_by_label(re.compile("quotes")).check()
    assert quote.evaluate("el => getComputedStyle(el).backgroundColor") == shaded


def test_side_list_link_marks_every_fragment_of_the_event(page: Any) -> None:
    page.goto("/ui/articles/bridge-1")
    page.locator("aside a.jump[data-target='ev1']").first.click()
    active = page.locator("#article-text mark.ng-active")
    assert active.count() >= 1
    assert {active.nth(i).get_attribute("data-id") for i in range(active.count())} == {"ev1"}


def test_event_category_filter(page: Any) -> None:
    page.goto("/ui/events")
    page.select_option("select[name=category]", "ACCUSE")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"category=ACCUSE"))
    categories = page.locator("table.events tbody tr td:nth-child(2) a").all_inner_texts()
    assert categories and set(categories) == {"ACCUSE"}


def test_actor_page_from_an_entity_link(page: Any) -> None:
    page.goto("/ui/articles/bridge-1")
    page.locator("aside .entities a", has_text="Ana Lind").click()
    page.wait_for_url(re.compile(r"/ui/actors/"))
    assert page.locator("h1").inner_text().startswith("Ana Lind")
    assert "Mayor" in page.locator("table.roles").inner_text()


def test_graph_renders_and_a_node_opens_the_actor(page: Any) -> None:
    page.goto("/ui/graph")
    if not assets.available("cytoscape.min.js"):
        assert "not installed" in page.locator("#graph").inner_text()
        pytest.skip("cytoscape is not installed (npm ci && python -m newsgraph.web.assets); fallback checked")
    page.wait_for_selector("#graph[data-rendered]")
    assert int(page.locator("#graph").get_attribute("data-rendered") or 0) >= 2
    assert page.locator("#graph canvas").count() >= 1
    _shot(page, "actor-graph.png")
    x, y, url = page.evaluate(
        """() => { const cy = window.newsgraphGraph;
                   const node = cy.nodes().filter(n => n.data('label') === 'Ana Lind')[0];
                   const p = node.renderedPosition(); const box = cy.container().getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y, node.data('url')]; }"""
    )
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(re.escape(url) + "$"))
    assert page.js_errors == []


def test_timeline_chart_renders(page: Any) -> None:
    page.goto("/ui/timeline")
    if not assets.available("chart.umd.js"):
        assert "not installed" in page.locator("main").inner_text()
        pytest.skip("chart.js is not installed (npm ci && python -m newsgraph.web.assets); fallback checked")
    page.wait_for_selector("#timeline[data-rendered]")
    assert int(page.locator("#timeline").get_attribute("data-rendered") or 0) >= 2
    assert page.locator("table.timeline-table a.count").count() >= 2
    assert page.js_errors == []


def test_paste_box_shows_an_analysis(page: Any) -> None:
    page.goto("/ui/paste")
    page.fill("#paste-text", "Councillor Piet Brandt said on Monday that the ferry \"will run on time.\" "
                             "The harbour office did not comment.")
    page.fill("#paste-published", "2025-03-24")
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("#article-text")
    assert "will run on time." in page.locator("#article-text").inner_text()


def test_extracted_sample_article_page(page: Any) -> None:
    page.goto("/ui/articles")
    page.locator("table.articles a", has_text=re.compile("PORT AVERIN|harbor-city", re.I)).first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text").inner_text().startswith("PORT AVERIN")
    _shot(page, "article.png")
    assert page.js_errors == []


def test_clicking_a_quote_offers_its_speaker(page: Any) -> None:
    page.goto("/ui/articles/bridge-1")
    page.locator("#article-text mark.quote-direct").first.click()
    popover = page.locator(".ng-popover")
    assert popover.is_visible()
    assert "speaker: Ana Lind" in popover.inner_text()
    popover.get_by_role("link", name="speaker →").click()
    page.wait_for_url(re.compile(r"/ui/actors/"))
    assert page.locator("h1").inner_text().startswith("Ana Lind")


@pytest.mark.parametrize("url", ["/ui/", "/ui/articles/bridge-1", "/ui/quotes", "/ui/events", "/ui/actors/1",
                                 "/ui/timeline", "/ui/graph", "/ui/paste", "/ui/search?q=bridge"])
def test_pages_run_under_the_content_security_policy(page: Any, url: str) -> None:
    response = page.goto(url)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    if url == "/ui/graph" and assets.available("cytoscape.min.js"):
        page.wait_for_selector("#graph[data-rendered]")
    if url == "/ui/timeline" and assets.available("chart.umd.js"):
        page.wait_for_selector("#timeline[data-rendered]")
    assert page.csp_violations == []
    assert page.js_errors == []


def test_the_policy_blocks_an_injected_inline_script(page: Any) -> None:
    page.goto("/ui/articles/bridge-1")
    page.evaluate("""() => { const s = document.createElement('script');
                             s.textContent = 'window.injected = true'; document.body.appendChild(s); }""")
    assert page.evaluate("() => window.injected === true") is False
    assert any("script" in violation for violation in page.csp_violations)


def test_legend_swatches_keep_their_colours_without_inline_styles(page: Any) -> None:
    page.goto("/ui/graph")
    colour = page.locator(".legend .swatch-negative").evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgb(201, 42, 42)"
