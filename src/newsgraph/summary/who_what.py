"""Step 2: who and what, chosen together so they describe the same event. Candidates come
from the headline grammar and from each lead predicate, scored by position, by whether
the subject names a person or organisation, and by how often it is mentioned; then the
winner's actor is completed (a passive headline's agent, a bare count's noun, a short
name's fullest form)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.docindex import doc_index
from newsgraph.records import Entity, Span
from newsgraph.summary import vocabulary
from newsgraph.summary.constants import ACTOR_LABELS, HEADLINE_VERB_TAGS
from newsgraph.summary.headline import headline_candidates
from newsgraph.summary.phrases import predicates, subject_of, what_phrase, who_phrase
from newsgraph.summary.segments import Candidate, Segment, position_weight, record_span


def who_what_candidates(doc: Doc, segments: Sequence[Segment], counts: Counter[str]) -> list[Candidate]:
    out: list[Candidate] = []
    vocab = vocabulary.words()
    for segment in segments:
        headline = segment.headline
        if headline:
            out.extend(headline_candidates(doc, segment))
        for verb in predicates(segment.tokens):
            subject = subject_of(verb)
            who: tuple[int, int] | None = None
            score = 1.5 * position_weight(segment.rank)
            if subject is not None and segment.tokens.start <= subject.i < segment.tokens.end:
                who = who_phrase(subject, segment.tokens)
                words = doc[who[0] : who[1]]
                if subject.pos_ == "PRON" or subject.tag_ in {"WP", "WDT"}:
                    score -= 0.6
                if any(t.ent_type_ in ACTOR_LABELS for t in words) or subject.pos_ == "PROPN":
                    score += 0.4
                frequency = max((counts.get(t.lower_, 0) for t in words if not t.is_stop), default=0)
                score += 0.3 * min(1.0, frequency / 4.0)
            else:
                score -= 0.7
            if verb.lemma_ in vocab.reporting:
                score -= 0.3
            if subject is not None and subject.lemma_ in vocab.media_nouns and verb.lemma_ in vocab.depicting:
                score -= 1.0  # "Footage shows rescuers ...": the event is what is shown
            if verb.pos_ == "AUX" and not any(c.dep_ in {"attr", "acomp"} for c in verb.children):
                score -= 0.2
            if headline and who is not None and verb.tag_ in HEADLINE_VERB_TAGS and subject is not None:
                score += 0.8
            out.append(Candidate(score, who, what_phrase(verb, segment.tokens), verb, segment))
    return out


def _names_actor(doc: Doc, who: tuple[int, int] | None) -> bool:
    """Whether the phrase's head word is part of a person or organisation name."""
    return who is not None and doc[who[1] - 1].ent_type_ in {"PERSON", "ORG", "NORP"}


def actor_for_passive(
    doc: Doc, best: Candidate, candidates: Sequence[Candidate]
) -> tuple[int, int] | None:
    """For a passive headline without its agent whose subject names no person or
    organisation ("Brazil GP red-flagged after crash"), the actor of the best
    other candidate that names one ("Ferrari's Kimi Raikkonen spun ...")."""
    if not best.passive or best.who is None or _names_actor(doc, best.who):
        return None
    head = doc[best.who[1] - 1]
    if head.like_num or head.ent_type_ == "CARDINAL":
        return None  # "Seven killed", "dozens injured": the casualties are the news
    others = [c for c in candidates if c is not best and c.score > 0 and _names_actor(doc, c.who)]
    if not others:
        return None
    return max(others, key=lambda c: c.score).who


def _is_count(token: Token) -> bool:
    return token.like_num or token.ent_type_ == "CARDINAL"


def counted_in_lead(doc: Doc, best: Candidate, candidates: Sequence[Candidate]) -> tuple[int, int] | None:
    """A headline's bare count ("Seven killed", "dozens injured") named in full by the
    lead's first sentence ("At least seven people were killed"): that subject."""
    if not best.segment.headline or best.who is None:
        return None
    if not all(_is_count(t) or t.is_punct for t in doc[best.who[0] : best.who[1]]):
        return None
    body = [c for c in candidates if not c.segment.headline and c.who is not None]
    if not body:
        return None
    first_rank = min(c.segment.rank for c in body)
    for c in sorted((c for c in body if c.segment.rank == first_rank), key=lambda c: c.verb.i):
        assert c.who is not None
        words = doc[c.who[0] : c.who[1]]
        if words.root.pos_ == "NOUN" and not _is_count(words.root) and any(_is_count(t) for t in words):
            return c.who
        break
    return None


def fullest_name(doc: Doc, who: Span) -> Span:
    """A person named in short ("Massa", "Brazil's Massa", "Mr Trump") by their fullest
    name in the article ("Felipe Massa"), as found by the entities stage.

    Only a *who* that is just a name (proper nouns, a possessive or title before it)
    is replaced, and only by a longer name of the same cluster ending in the same word.
    """
    entities: list[Entity] = doc._.ng_entities
    words = who.text.split()
    if not entities or not words or len(words) > 4:
        return who
    tokens = [t for t in doc.char_span(who.start, who.end, alignment_mode="expand") or [] if not t.is_space]
    if not tokens or any(t.pos_ not in {"PROPN", "PART", "PUNCT"} for t in tokens[-2:]):
        return who
    last = tokens[-1].text
    for entity in entities:
        if entity.type != "PERSON":
            continue
        names = [m for m in entity.mentions if m.kind == "name" and "\n" not in m.text and len(m.text) < 60]
        if not any(m.start <= tokens[-1].idx < m.end for m in names):
            continue
        fullest = max(names, key=lambda m: (len(m.text.split()), -m.start))
        possessive = 1 if "'s" in who.text or "’s" in who.text else 0
        if len(fullest.text.split()) > len(words) - possessive and fullest.text.split()[-1] == last:
            return Span(start=fullest.start, end=fullest.end, text=fullest.text)
        break
    return who


def fallback_who(doc: Doc, segments: Sequence[Segment], counts: Counter[str]) -> Span | None:
    """No subject found: the most mentioned person or organisation in the lead."""
    best: tuple[float, int, int] | None = None
    for segment in segments:
        for ent in doc_index(doc).ents_within(segment.tokens):
            if ent.label_ not in {"PERSON", "ORG", "NORP"}:
                continue
            score = position_weight(segment.rank) + 0.3 * min(1.0, counts.get(ent.root.lower_, 0) / 4.0)
            if best is None or score > best[0]:
                best = (score, ent.start, ent.end)
    return record_span(doc, best[1], best[2]) if best is not None else None
