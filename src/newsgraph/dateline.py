"""Dateline stage: find the "KABUL, AFGHANISTAN –" opener of a wire story.

A dateline is metadata (where the story was filed), not part of the first
sentence. Recording its span lets later stages skip it, so "KABUL" is not
taken as the subject of the lead sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph import resources
from newsgraph.constants import LOWER, UPPER
from newsgraph.extensions import document_text
from newsgraph.records import Dateline, Span

# An upper-case place (optionally ", REGION" and a parenthesised agency or date),
# then a dash or colon. Wire styles: "KABUL, AFGHANISTAN –", "WASHINGTON (AP) —",
# "LONDON, Nov 7 (Reuters) -". Kept deliberately strict: a false dateline would
# swallow the start of a real sentence. No "^": ``match(text, pos)`` anchors at ``pos``,
# where a "^" would match only at the very start of the text.
_PLACE = rf"[{UPPER}][{UPPER}.'\-/ ]{{1,40}}?"
_DATELINE = re.compile(
    rf"\s*(?P<place>{_PLACE}(?:,\s*(?:{_PLACE}|[{UPPER}][{LOWER}]{{2,15}}\.?(?:\s+[{UPPER}][{LOWER}]+)*))?)"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([^)\n]{1,40}\))?"
    r"\s*(?P<dash>[–—-]{1,2}|:)\s+"
)


def find_dateline(text: str, search_from: int = 0) -> Dateline | None:
    """The dateline at the start of the body (``search_from`` skips a title line)."""
    match = _DATELINE.match(text, search_from)
    if match is None:
        return None
    place = match.group("place").strip()
    # "THE" / "BREAKING" style openers are not places; a place has 2+ letters.
    if len(place.replace(" ", "")) < 2 or place.split(",")[0].strip().lower() in _page_labels():
        return None
    start = match.start("place")
    end = match.end()
    return Dateline(
        place=_title_case(place),
        span=Span(start=start, end=end, text=text[start:end]),
    )


def _page_labels() -> frozenset[str]:
    """Labels a page puts before its headline or an entry ("BREAKING:", "LIVE:",
    ``editorial_labels.txt``): in capitals before a colon they look like a dateline's place."""
    current = resources.current()
    return current.load("dateline.labels", lambda: current.lexicons.words("editorial_labels"))


def _title_case(place: str) -> str:
    return ", ".join(part.strip().title() for part in place.split(","))


#: ``doc.user_data`` key set once detection has run, so the second call (inside the
#: ``newsgraph`` component, after ``newsgraph_dateline`` ran before the parser) is free
#: also for the many articles that have no dateline.
_DETECTED = "newsgraph.dateline_detected"


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_dateline`` unless the caller already supplied one."""
    if doc._.ng_dateline is not None or doc.user_data.get(_DETECTED):
        return
    doc.user_data[_DETECTED] = True
    article = doc._.ng_article
    if article is not None and article.dateline is not None:
        doc._.ng_dateline = article.dateline
        return
    text = document_text(doc)
    # Skip a title line: the dateline opens the first body paragraph.
    body = 0
    if article is not None and article.title and text.startswith(article.title):
        body = len(article.title)
        while body < len(text) and text[body] in ".\n\r ":
            body += 1
    doc._.ng_dateline = find_dateline(text, body) or _after_header_lines(text, body)


#: A pasted page puts its headline, byline, timestamp and share buttons above the
#: dateline; each is a short line. A line longer than this is article text, and a
#: dateline is only looked for before the first one (and among the first few lines).
_HEADER_LINE_WORDS = 20
_HEADER_LINES = 8


def _after_header_lines(text: str, body: int) -> Dateline | None:
    """The dateline opening the first line after short header lines ("Updated 09:02 GMT",
    "By Hanna Lindqvist"), so a scraped page's dateline is found as a wire story's is."""
    start = body
    for _ in range(_HEADER_LINES):
        end = text.find("\n", start)
        if end < 0:
            return None
        if len(text[start:end].split()) > _HEADER_LINE_WORDS:
            return None  # article text: the body has begun without a dateline
        start = end + 1
        while start < len(text) and text[start] in "\n\r \t":
            start += 1
        found = find_dateline(text, start)
        if found is not None:
            return found
    return None


def dateline_token_end(doc: Doc) -> int:
    """Index of the first token after the dateline (0 when there is none)."""
    dateline = doc._.ng_dateline
    if dateline is None:
        return 0
    for token in doc:
        if token.idx >= dateline.span.end:
            return int(token.i)
    return len(doc)
