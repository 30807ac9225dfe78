"""Step 1: the lead. The headline and the first sentences after the dateline, as ranked
segments (a headline run into the body is cut off), the candidate type scored over
them, and how often each name is mentioned (the main actor is mentioned again and again)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.docindex import doc_index
from newsgraph.records import Span
from newsgraph.summary.constants import ACTOR_LABELS


@dataclass(frozen=True, slots=True)
class Segment:
    """A headline or a sentence (cut at line breaks), with its rank in the article."""

    rank: int
    tokens: SpacySpan
    headline: bool = False


def lead_segments(doc: Doc, limit: int) -> list[Segment]:
    """The first ``limit`` segments after the dateline: sentences split at line breaks.

    A headline followed by a newline is often parsed into one sentence with the
    first paragraph; splitting at the newline gives it back its own segment.
    """
    skip_to = 0
    dateline = doc._.ng_dateline
    if dateline is not None:
        skip_to = dateline.span.end
    out: list[Segment] = []
    headline_end = _headline_end(doc, skip_to)
    sents: Iterable[SpacySpan] = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    tokens = doc_index(doc).tokens
    for sent in sents:
        start = sent.start
        for token in tokens[sent.start : sent.end]:
            if token.idx < skip_to:
                start = token.i + 1
                continue
            if token.i > start and tokens[token.i - 1].idx < headline_end <= token.idx:
                # The headline runs straight into the body ("Title Body..."): cut it off.
                _add_segment(doc, out, start, token.i, headline_end)
                start = token.i
            if token.is_space and "\n" in token.text:
                _add_segment(doc, out, start, token.i, headline_end)
                start = token.i + 1
        _add_segment(doc, out, start, sent.end, headline_end)
        if len(out) >= limit:
            break
    return out[:limit]


def _headline_end(doc: Doc, skip_to: int) -> int:
    """Character end of the headline: the first line, when it is short and has no full stop."""
    article = doc._.ng_article
    text = full_text(doc)
    if article is not None and article.title and text.startswith(article.title):
        return len(article.title)
    newline = text.find("\n", skip_to)
    if newline <= skip_to or newline - skip_to > 200:
        return -1
    line = text[skip_to:newline].rstrip()
    if not line or line.endswith(".") or len(line.split()) < 3:
        return -1
    return newline


def _add_segment(doc: Doc, out: list[Segment], start: int, end: int, headline_end: int = -1) -> None:
    tokens = doc_index(doc).tokens
    while start < end and (tokens[start].is_space or tokens[start].is_punct):
        start += 1
    while end > start and (tokens[end - 1].is_space):
        end -= 1
    words = sum(1 for t in tokens[start:end] if t.is_alpha)
    if words >= 2:
        headline = tokens[end - 1].idx < headline_end
        out.append(Segment(rank=len(out), tokens=doc[start:end], headline=headline))


def record_span(doc: Doc, start_token: int, end_token: int) -> Span | None:
    """A record Span for tokens [start, end), trimmed of edge punctuation and spaces."""
    while start_token < end_token and (doc[start_token].is_punct or doc[start_token].is_space):
        if doc[start_token].text in {"$", "£", "€"}:
            break
        start_token += 1
    while end_token > start_token and (doc[end_token - 1].is_punct or doc[end_token - 1].is_space):
        if closes_quote(doc, start_token, end_token - 1):
            break  # keep the closing mark of "Mayor Calls Plan 'Reckless'"
        end_token -= 1
    if end_token <= start_token:
        return None
    start = doc[start_token].idx
    last = doc[end_token - 1]
    end = last.idx + len(last.text)
    return Span(start=start, end=end, text=full_text(doc)[start:end])


def full_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it (the shared index reads it once per document)."""
    return doc_index(doc).text


_QUOTE_PAIRS = {"'": "'", '"': '"', "”": "“", "’": "‘"}


def closes_quote(doc: Doc, start: int, index: int) -> bool:
    """Whether doc[index] closes a quotation mark opened inside doc[start:index]."""
    opening = _QUOTE_PAIRS.get(doc[index].text)
    if opening is None:
        return False
    count = sum(1 for t in doc[start:index] if t.text in {opening, doc[index].text})
    return count % 2 == 1


@dataclass(slots=True)
class Candidate:
    score: float
    who: tuple[int, int] | None
    what: tuple[int, int]
    verb: Token
    segment: Segment
    #: A headline participle without its agent ("Race red-flagged after crash"):
    #: the subject is what was acted on, not the actor.
    passive: bool = False


def position_weight(rank: int) -> float:
    return 1.0 / (1.0 + 0.5 * rank)


def mention_counts(doc: Doc) -> Counter[str]:
    """How often each name is mentioned: entity clusters if available, else spaCy entities."""
    counts: Counter[str] = Counter()
    entities = doc._.ng_entities
    if entities:
        for entity in entities:
            n = len(entity.mentions)
            for mention in entity.mentions:
                for word in mention.text.lower().split():
                    counts[word] = max(counts[word], n)
        return counts
    for ent in doc_index(doc).ents:
        if ent.label_ in ACTOR_LABELS:
            for word in ent.text.lower().split():
                counts[word] += 1
    return counts
