"""Step 4: where. A place entity of the lead, preferring one governed by a locative
preposition and more specific than a country, or the dateline place."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.constants import UPPER
from newsgraph.docindex import doc_index
from newsgraph.records import Entity, Span
from newsgraph.summary.constants import CONTEXT_SEGMENTS, LOCATIVE_PREPS, PLACE_LABELS
from newsgraph.summary.segments import Segment, full_text, position_weight
from newsgraph.summary.vocabulary import words


def find_where(doc: Doc, segments: Sequence[Segment], counts: Counter[str]) -> Span | None:
    best: tuple[float, int, int] | None = None
    best_rank = (False, False, 0.0)
    not_places = _not_places(doc)
    index = doc_index(doc)
    lead_ents = [
        e
        for s in segments
        for e in index.ents_within(s.tokens)
        if e.label_ in PLACE_LABELS and (e.start_char, e.end_char) not in not_places
    ]
    lead_ents += _unlabelled_places(segments[:3])
    rank_of = {
        e.start: s.rank for s in segments for e in lead_ents if s.tokens.start <= e.start < s.tokens.end
    }
    frequency = Counter(e.text.lower() for e in index.ents if e.label_ in PLACE_LABELS)
    for found in lead_ents:
        ent = _whole_word(found)
        # "US-based", "London-born": an attribute of someone, not the setting; used
        # only when the lead names no other place.
        modifier = ent.end > found.end and ent[-1].is_lower
        if modifier:
            ent = found  # the place itself: "Chicago", not "Chicago-based"
        root = ent.root
        score = position_weight(rank_of.get(found.start, CONTEXT_SEGMENTS))
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            # "from" / "to" name an origin or a destination ("adults from South London"),
            # a weaker sign of where the event took place than "in" / "at".
            score += 0.25 if root.head.lower_ in {"from", "to"} else 0.5
        elif root.dep_ in {"compound", "amod", "poss", "nmod"} and rank_of.get(found.start) != 0:
            # "the Detroit suburbs" in a sentence; but a headline names the event by
            # its place ("Croydon tram crash"), so the modifier is not penalised there.
            score -= 0.25
        if ent.label_ == "FAC":
            score += 0.1
        country = _is_country(ent.text)
        if country:
            score -= 0.6
        if rank_of.get(found.start) == 0:
            score += 0.25
        score += 0.5 * min(1.0, frequency[found.text.lower()] / 5.0)
        # The most specific place wins (Giveme5W1H prefers the smaller area): a
        # country only when the lead names no other place.
        rank = (not modifier, not country, score)
        if best is None or rank > best_rank:
            end = _with_region(ent)
            best, best_rank = (score, ent.start_char, end), rank
    dateline = _dateline_place(doc)
    if dateline is not None and (best is None or best[0] < 0.9):
        return dateline
    if best is None:
        return None
    return Span(start=best[1], end=best[2], text=full_text(doc)[best[1] : best[2]])


def _whole_word(ent: SpacySpan) -> SpacySpan:
    """The entity widened to whole words: the tokenizer splits "Mazar-i-Sharif" at
    its hyphens and NER may tag only a piece of it."""
    doc = ent.doc
    lo, hi = ent.start, ent.end
    while lo > 0 and not doc[lo - 1].whitespace_ and (doc[lo - 1].text == "-" or doc[lo].text == "-"):
        lo -= 1
    while hi < len(doc) and not doc[hi - 1].whitespace_ and (doc[hi].text == "-" or doc[hi - 1].text == "-"):
        hi += 1
    while hi > lo + 1 and doc[hi - 1].text == "-":
        hi -= 1
    while lo < hi - 1 and doc[lo].text == "-":
        lo += 1
    return doc[lo:hi] if (lo, hi) != (ent.start, ent.end) else ent


def _with_region(ent: SpacySpan) -> int:
    """End character of the place with the larger place that locates it:
    "Baoding, Hebei province", "Trump Tower in New York City" (one address)."""
    doc = ent.doc
    end = ent.end
    for child in ent.root.children:
        if child.i != end or end >= len(doc):
            continue
        if child.dep_ == "punct" and child.text == "," and end + 1 < len(doc):
            nxt = doc[end + 1]
            if nxt.ent_type_ in {"GPE", "LOC"} and nxt.dep_ in {"appos", "conj", "npadvmod"}:
                return _entity_end(nxt)
        if child.dep_ == "prep" and child.lower_ == "in" and end + 1 < len(doc):
            nxt = doc[end + 1]
            if nxt.ent_type_ == "GPE" and nxt.ent_iob_ == "B":
                return _entity_end(nxt)
    for child in ent.root.children:
        if (
            child.dep_ == "appos"
            and child.i == end + 1
            and doc[end].text == ","
            and child.ent_type_ in {"GPE", "LOC"}
        ):
            return _entity_end(child)
    return ent.end_char


def _entity_end(token: Token) -> int:
    """End character of the entity (or the noun phrase) ``token`` belongs to."""
    doc = token.doc
    hi = token.i
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    # "Hebei province": the name modifies a common-noun head right after it.
    if hi + 1 < len(doc) and doc[hi].head.i == hi + 1 and doc[hi + 1].pos_ == "NOUN":
        hi += 1
    return doc[hi].idx + len(doc[hi].text)


_LATE_DATELINE = re.compile(
    rf"(?<![\w,])([{UPPER}][{UPPER}.'-]{{2,}}(?: [{UPPER}][{UPPER}.'-]{{2,}}){{0,2}})"
    r"(?:, [A-Z][a-z]{2,9}\.? \d{1,2})?(?: \([A-Z][\w ]{1,30}\))? ?(?:--|—|–|-) "
)


def _dateline_place(doc: Doc) -> Span | None:
    """The dateline place: the dateline stage's, or one opening a paragraph near the top."""
    text = full_text(doc)
    dateline = doc._.ng_dateline
    if dateline is not None:
        place = dateline.span
        found = text[place.start : place.end]
        cut = re.search(r"\s*(\([^)]*\))?\s*([–—-]{1,2}|:)\s*$", found)
        end = place.start + (cut.start() if cut else len(found))
        return Span(start=place.start, end=end, text=text[place.start : end])
    for late in _LATE_DATELINE.finditer(text, 0, 400):
        if not words().rubrics.intersection(late.group(1).lower().split()):
            return Span(start=late.start(1), end=late.end(1), text=late.group(1))
    return None


def _not_places(doc: Doc) -> set[tuple[int, int]]:
    """Spans spaCy calls places but the entities stage typed otherwise ("F.B.I.", "Ferrari")."""
    out: set[tuple[int, int]] = set()
    entities: list[Entity] = doc._.ng_entities
    for entity in entities:
        if entity.type not in PLACE_LABELS:
            out.update((m.start, m.end) for m in entity.mentions if m.kind == "name")
    return out


def _unlabelled_places(segments: Sequence[Segment]) -> list[SpacySpan]:
    """Proper names after a locative preposition that NER left out or called an
    organisation ("trapped in Vell", "rally outside Harbour Hall")."""
    out: list[SpacySpan] = []
    for segment in segments:
        seg = segment.tokens
        for token in seg:
            if token.lower_ not in LOCATIVE_PREPS or token.lower_ in {"to", "from", "on"}:
                continue
            obj = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if obj is None or not seg.start <= obj.i < seg.end:
                continue
            if obj.ent_type_ in PLACE_LABELS or obj.ent_type_ in {"PERSON", "NORP", "DATE", "TIME", "EVENT"}:
                continue
            if obj.ent_type_ == "ORG" and token.lower_ not in {"outside", "inside", "near"}:
                continue
            lo = obj.i
            while lo - 1 > token.i and doc_token(seg, lo - 1).pos_ == "PROPN":
                lo -= 1
            if any(t.pos_ not in {"DET", "ADJ"} for t in seg.doc[token.i + 1 : lo]):
                continue  # the name does not follow the preposition ("at Trump's expense Scores of ...")
            out.append(seg.doc[lo : obj.i + 1])
    return out


def doc_token(seg: SpacySpan, i: int) -> Token:
    return seg.doc[i]


def _is_country(name: str) -> bool:
    key = name.strip().lower()
    return key in words().country_names or _pycountry_knows(key)


@lru_cache(maxsize=4096)
def _pycountry_knows(key: str) -> bool:
    """Whether pycountry knows ``key`` (lower-case) as a country; the same in every pipeline."""
    try:
        pycountry.countries.lookup(key.removeprefix("the "))
    except LookupError:
        return False
    return True
