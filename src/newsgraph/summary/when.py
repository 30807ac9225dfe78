"""Step 3: when. A time expression of the lead (``doc._.ng_times``, else spaCy's DATE/TIME
entities), scored by position, specificity and closeness to the publication date, with a
bonus for a time the events stage gave to a mention of the main event; the publication
date when nothing fits."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph.docindex import doc_index
from newsgraph.extensions import published_date
from newsgraph.records import Event, Span
from newsgraph.summary.constants import DEICTIC, DURATION, MAIN_EVENT_TIME, MIN_WHEN_SCORE, SPECIFIC_TIME
from newsgraph.summary.segments import Segment, full_text, position_weight


def find_when(
    doc: Doc,
    segments: Sequence[Segment],
    main: SpacySpan | None = None,
    event_times: frozenset[str] = frozenset(),
) -> tuple[Span | None, str | None]:
    """The time of the main event and its ISO value; ``main`` is the sentence it was read from.

    Like Giveme5W1H, when the lead names no time of the event (or only background
    years far from publication), the answer is the publication date: news reports
    what happened that day. The span is then ``None`` and only the value is given.
    ``event_times`` are the ids of times the events stage gave to mentions of the main
    event ("the bombing late Thursday" for a headline "Taliban attacks consulate").
    """
    published = published_date(doc)
    fallback = published.isoformat() if published is not None else None
    if not segments:
        return None, fallback
    limit = segments[-1].tokens.end_char
    ranks = [(s.tokens.start_char, s.tokens.end_char, s.rank) for s in segments]

    def rank_of(start: int) -> int | None:
        return next((r for a, b, r in ranks if a <= start < b), None)

    found: list[tuple[int, int, str, bool, float, str | None]] = []
    times = doc._.ng_times
    if times:
        for t in times:
            if t.start < limit and t.precision != "duration" and not _masthead(t.text):
                closeness = _closeness(t.value, published)
                if t.id in event_times:
                    closeness += MAIN_EVENT_TIME
                found.append((t.start, t.end, t.text, t.precision in {"day", "interval"}, closeness, t.value))
    else:
        for ent in doc_index(doc).ents:
            if ent.label_ in {"DATE", "TIME"} and ent.start_char < limit:
                if _masthead(ent.text):
                    continue
                found.append((ent.start_char, ent.end_char, ent.text, ent.label_ == "TIME", 0.0, None))
        # Deictic days the tagger sometimes leaves untagged ("arrives today").
        for segment in segments:
            for token in segment.tokens:
                if token.lower_ in DEICTIC and not token.ent_type_ and not token.text.isupper():
                    found.append((token.idx, token.idx + len(token.text), token.text, False, 0.0, None))
    best: tuple[float, int, int, str | None] | None = None
    for start, end, text, exact, closeness, value in found:
        rank = rank_of(start)
        if rank is None or DURATION.search(text):
            continue
        score = position_weight(rank)
        if SPECIFIC_TIME.search(text):
            score += 0.6
        if exact:
            score += 0.2
        score += closeness
        if main is not None and main.start_char <= start < main.end_char:
            score += 0.3  # said in the same sentence as the main event
        if best is None or score > best[0]:
            best = (score, start, end, value)
    if best is None or (fallback is not None and best[0] < MIN_WHEN_SCORE):
        return None, fallback
    start = best[1] + _leading_preposition(full_text(doc)[best[1] : best[2]])
    span = Span(start=start, end=best[2], text=full_text(doc)[start : best[2]])
    return span, best[3]


_WHEN_PREPOSITION = re.compile(r"^(on|in|at|during|by)\s+(?=\S)", re.IGNORECASE)


def _leading_preposition(text: str) -> int:
    """Length of an opening "on / in / during ..." : the time is the answer, not the adverbial."""
    found = _WHEN_PREPOSITION.match(text)
    return found.end() if found is not None else 0


def _masthead(text: str) -> bool:
    """ "CITY TODAY" (a masthead): an all-capitals single word is a masthead, not a date."""
    return text.isupper() and " " not in text.strip() and not text.strip()[:1].isdigit()


def _closeness(value: str | None, published: dt.date | None) -> float:
    """News reports what just happened: a day at or just before publication is the likely "when"."""
    if value is None or published is None:
        return 0.0
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        year = value[:4]
        if year.isdigit() and abs(int(year) - published.year) >= 1:
            return -0.5  # "2011", "from 1994 to 2003": background
        return 0.0
    delta = (published - day).days
    if delta == 0:
        return 0.5
    if delta == 1:
        return 0.4
    if -1 <= delta <= 3:
        return 0.3
    if abs(delta) > 30:
        return -0.5
    return 0.0


def main_event_times(doc: Doc, spans: Sequence[Span | None]) -> frozenset[str]:
    """Times of the events that are the main event told again: events of the same PLOVER
    category (or, for OTHER, the same lemma) as an event triggered inside the who/what, or
    whose trigger word is a word of the who/what ("Seattle shooting leaves five hurt" ...
    "the shooting unfolded shortly before 7 pm"). Times from the event's own clause or its
    sentence count, not a quote's occasion."""
    events = doc._.ng_events or []
    present = [s for s in spans if s is not None]
    if not events or not present:
        return frozenset()
    words: set[str] = set()
    for span in present:
        window = doc.char_span(span.start, span.end, alignment_mode="expand")
        if window is not None:
            words |= {t.lower_ for t in window} | {t.lemma_.lower() for t in window}

    def kind(event: Event) -> tuple[str, str]:
        return event.category, event.lemma if event.category == "OTHER" else ""

    inside = [e for e in events if any(s.start <= e.trigger.start < s.end for s in present)]
    kinds = {kind(e) for e in inside}
    return frozenset(
        e.time
        for e in events
        if e.time is not None
        and e.time_basis in ("clause", "context")
        and (kind(e) in kinds or e.lemma in words or e.trigger.text.lower() in words)
    )
