"""The article highlighter: escaped text, well-nested marks, every annotation reachable by its id."""

from __future__ import annotations

from html.parser import HTMLParser

from newsgraph.web.pages import article_context
from newsgraph.web.render import Annotation, collect_annotations, highlight
from tests.web.data import BRIDGE_TEXT, bridge_record


class _Checker(HTMLParser):
    """Collects text and fails on badly nested tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert not checker.stack
    return checker


def test_text_survives_unchanged_and_markup_in_it_is_escaped() -> None:
    record = bridge_record()
    html = str(highlight(record.article.text, collect_annotations(record)))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "".join(parse(html).text) == BRIDGE_TEXT


def test_crossing_spans_are_split_into_nested_fragments() -> None:
    text = "alpha beta gamma delta"
    spans = [Annotation(0, 10, "quotes", "q1"), Annotation(6, 16, "claims", "c1"),
             Annotation(6, 10, "entities", "e1")]
    html = str(highlight(text, spans))
    checker = parse(html)
    assert "".join(checker.text) == text
    fragments = [attrs.get("data-id") for tag, attrs in checker.tags if tag == "mark"]
    assert fragments.count("c1") == 2  # the claim crosses the quote's end, so it is drawn twice
    ids = [attrs.get("id") for _, attrs in checker.tags if attrs.get("id")]
    assert len(ids) == len(set(ids)) == 3  # one anchor per annotation


def test_focus_marks_every_fragment_of_the_linked_annotation() -> None:
    record = bridge_record()
    html = str(highlight(record.article.text, collect_annotations(record), focus=["q1"]))
    focused = [attrs for tag, attrs in parse(html).tags if "ng-focus" in (attrs.get("class") or "")]
    assert focused and all(a["data-id"] == "q1" for a in focused)


def test_spans_outside_the_text_are_clipped_not_fatal() -> None:
    html = str(highlight("short", [Annotation(3, 99, "times", "t1"), Annotation(50, 60, "times", "t2")]))
    assert "".join(parse(html).text) == "short"


def test_quote_tooltip_names_the_speaker() -> None:
    context = article_context(bridge_record())
    assert 'title="direct quote; speaker: Ana Lind"' in str(context["highlighted"])
    assert context["counts"] == {
        "excluded": 0, "claims": 1, "quotes": 1, "events": 2, "times": 2, "entities": 3,
    }


def test_event_tooltip_gives_the_date_not_the_time_id() -> None:
    highlighted = str(article_context(bridge_record())["highlighted"])
    assert "ACCUSE: Piet Brandt → Ana Lind (2025-03-11)" in highlighted
    assert "(t1)" not in highlighted
