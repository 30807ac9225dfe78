"""Summary stage: the article's main event as 5W1H phrases.

This follows the recipe of Giveme5W1H (Hamborg et al., 2019) without its Java
CoreNLP server: extract candidate phrases from the headline and the lead
sentences, then score them by position (news puts the main event first),
frequency (the main actor is mentioned again and again) and type (a person or
organisation is a better "who" than a common noun; a weekday or clock time is
a better "when" than a duration).

- who / what: the subject and the verb phrase (verb + complements) of one
  predicate, chosen together so they describe the same event;
- when: a time expression (``doc._.ng_times`` if the times stage wrote any,
  else spaCy's DATE/TIME entities), durations and ages excluded;
- where: a GPE/LOC/FAC entity, preferring one governed by a locative
  preposition, or the dateline place;
- why: a "because / after / due to / following / in order to / to ..." clause;
- how: a "by ...ing" or "with <instrument>" phrase, or a manner adverb.

The steps, one module each, in the order ``summarize`` runs them:

1. ``segments``: the headline and lead sentences after the dateline, ranked;
2. ``who_what`` (with ``headline`` for headline grammar and ``phrases`` for the
   phrases of the parse): who and what;
3. ``when``; 4. ``where``; 5. ``why``; 6. ``how``.

``vocabulary`` holds the word lists (``data/lexicon/summary_*.txt``, the ``report``
verbs of ``speech_verbs.tsv`` and the running pipeline's verb forms), ``constants``
the grammar.

The dateline ("KABUL, AFGHANISTAN –") is skipped so it is never the subject.
All work is confined to the first few sentences plus one pass over the
entities, so the stage costs a small fraction of the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.records import Summary
from newsgraph.summary.constants import CONTEXT_SEGMENTS, LEAD_SEGMENTS, MAX_WHAT
from newsgraph.summary.how import find_how
from newsgraph.summary.segments import Segment, lead_segments, mention_counts, record_span
from newsgraph.summary.when import find_when, main_event_times
from newsgraph.summary.where import find_where
from newsgraph.summary.who_what import (
    actor_for_passive,
    counted_in_lead,
    fallback_who,
    fullest_name,
    who_what_candidates,
)
from newsgraph.summary.why import find_why


def summarize(doc: Doc) -> Summary:
    """The 5W1H of ``doc``'s main event (fields are None where nothing fits)."""
    segments = lead_segments(doc, CONTEXT_SEGMENTS)
    if not segments:
        return Summary()
    counts = mention_counts(doc)
    candidates = who_what_candidates(doc, segments[:LEAD_SEGMENTS], counts)
    best = max(candidates, key=lambda c: c.score) if candidates else None
    who = what = None
    verb: Token | None = None
    segment: Segment | None = None
    if best is not None:
        verb, segment = best.verb, best.segment
        what = record_span(doc, *best.what)
        actor = actor_for_passive(doc, best, candidates) or counted_in_lead(doc, best, candidates)
        if actor is not None:
            who = record_span(doc, *actor)
        elif best.who is not None:
            who = record_span(doc, *best.who)
    if who is None:
        who = fallback_who(doc, segments[:LEAD_SEGMENTS], counts)
    if who is not None:
        who = fullest_name(doc, who)
    if what is None and segments:
        first = segments[0].tokens
        what = record_span(doc, first.start, min(first.end, first.start + MAX_WHAT))
    main_sentence = segment.tokens.sent if segment is not None else None
    when, when_value = find_when(doc, segments, main_sentence, main_event_times(doc, (who, what)))
    return Summary(
        who=who,
        what=what,
        when=when,
        when_value=when_value,
        where=find_where(doc, segments, counts),
        why=find_why(doc, verb, segments),
        how=find_how(doc, verb, segment),
    )


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_summary`` (an empty Summary for an empty document)."""
    doc._.ng_summary = summarize(doc)
