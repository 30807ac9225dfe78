"""Attribution stage: direct, indirect and mixed quotes with source, cue, speaker, medium and time.

``annotate(doc)`` writes ``doc._.ng_quotes``. How quotes are found is in
``extract.py`` (quotation marks + cue words on the parse + continuity), how
speakers are resolved in ``resolve.py``; this module turns the results into
``records.Quote`` objects and links each to a time expression of its clause.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.attribution.extract import Draft, Sentences, extract_drafts
from newsgraph.attribution.resolve import SpeakerResolver
from newsgraph.records import Quote, Span, TimeExpression

__all__ = ["annotate", "find_drafts"]


def _entity_lookup(doc: Doc) -> Callable[[int, int], str | None] | None:
    """``newsgraph.entities.entity_for_span`` bound to ``doc``, if that stage provides it."""
    try:
        from newsgraph import entities
    except Exception:
        return None
    func = getattr(entities, "entity_for_span", None)
    if func is None or not doc._.ng_entities:
        return None

    def lookup(start: int, end: int) -> str | None:
        try:
            entity = func(doc, start, end)
        except Exception:
            return None
        ident = getattr(entity, "id", None)
        return ident if isinstance(ident, str) else None

    return lookup


def _resolver_lookup(doc: Doc) -> Callable[[int, int], tuple[str | None, float] | None] | None:
    """``newsgraph.entities.resolver_link`` bound to ``doc``: (entity id or None, probability)
    where the learned resolver judged a pronoun or role noun, else None."""
    try:
        from newsgraph import entities
    except Exception:
        return None
    func = getattr(entities, "resolver_link", None)
    if func is None:
        return None

    def lookup(start: int, end: int) -> tuple[str | None, float] | None:
        try:
            found = func(doc, start, end)
        except Exception:
            return None
        if found is None:
            return None
        entity, probability = found
        return (getattr(entity, "id", None), probability)

    return lookup


def find_drafts(doc: Doc) -> list[Draft]:
    """Attributions as drafts (char spans, speaker anchors); ``annotate`` builds records from them."""
    lookup = _entity_lookup(doc)
    sents = Sentences(doc)
    drafts, _ = extract_drafts(doc, sents=sents)
    SpeakerResolver(doc, lookup, sents, _resolver_lookup(doc)).resolve(drafts)
    _link_times(doc, drafts, sents)
    _carry_occasion(doc, drafts)
    return drafts


#: Cue verbs that continue the speaker's previous statement ("..., she added").
_CONTINUING_CUES = frozenset({"add", "continue"})
#: Adverbs on a cue that say the statement belongs with the previous one ("also said").
_CONTINUING_ADVERBS = frozenset({"also", "further", "additionally"})


def _continues_previous(doc: Doc, d: Draft) -> bool:
    if d.continues is not None:
        return True
    if d.cue_token is None:
        return False
    cue = doc[d.cue_token]
    return cue.lemma_.lower() in _CONTINUING_CUES or any(
        c.dep_ == "advmod" and c.lower_ in _CONTINUING_ADVERBS for c in cue.children
    )


def _carry_occasion(doc: Doc, drafts: list[Draft]) -> None:
    """A statement that continues its speaker's previous one ("she added", "also stated", a
    cue-less quotation) was made on the same occasion: with no medium or time of its own it
    takes the previous one's. Journalists name the occasion once ("said in the debate in
    September") and let "added" and "also" carry it; another speaker in between ends it."""
    previous: Draft | None = None
    for d in sorted(drafts, key=lambda x: x.start):
        if (
            previous is not None
            and d.speaker is not None
            and d.speaker == previous.speaker
            and _continues_previous(doc, d)
        ):
            d.medium = d.medium or previous.medium
            d.time = d.time or previous.time
        if d.speaker is not None:
            previous = d


def _link_times(doc: Doc, drafts: list[Draft], sents: Sentences) -> None:
    """A time expression in the cue's sentence but outside the content ("in the debate in September")."""
    times: list[TimeExpression] = sorted(doc._.ng_times, key=lambda t: t.start)
    if not times:
        return
    starts = [t.start for t in times]
    for d in drafts:
        if d.cue is None:
            continue
        cue_tok = doc.char_span(d.cue[0], d.cue[1], alignment_mode="expand")
        if cue_tok is None or not len(cue_tok):
            continue
        sent = sents.of(cue_tok[0])
        lo = bisect.bisect_left(starts, sent.start_char)
        best: tuple[int, str] | None = None
        own = _governing_verbs(cue_tok[0])
        for t in times[lo:]:
            if t.start >= sent.end_char:
                break
            if any(s < t.end and t.start < e for s, e in d.content):
                continue
            time_tok = doc.char_span(t.start, t.end, alignment_mode="expand")
            if time_tok is not None and len(time_tok) and _verb_above(time_tok[0]) not in own:
                continue  # "served from 2012 to 2019 and is expected to ...": another clause's time
            if d.source is not None and d.source[0] < t.end and t.start < d.source[1]:
                continue
            distance = min(abs(t.start - d.cue[1]), abs(d.cue[0] - t.end))
            if best is None or distance < best[0]:
                best = (distance, t.id)
        if best is not None:
            d.time = best[1]


def _governing_verbs(cue: Token) -> set[int]:
    """The cue and the verbs it hangs under without crossing a coordination: a time on
    any of them dates the statement ("On Monday, X defended the deal, saying ...")."""
    out = {cue.i}
    node = cue
    while node.dep_ not in ("conj", "ROOT") and node.head.i != node.i:
        node = node.head
        out.add(node.i)
    return out


def _verb_above(token: Token) -> int:
    """Index of the nearest verb at or above ``token`` (the token itself when there is none)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i if node.pos_ in ("VERB", "AUX") else token.i


def _span(text: str, s: int, e: int) -> Span:
    return Span(start=s, end=e, text=text[s:e])


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_quotes``: every attribution found, in text order."""
    if not doc.text.strip() or not doc.has_annotation("DEP"):
        doc._.ng_quotes = []
        return
    text = doc.text
    quotes: list[Quote] = []
    for n, d in enumerate(find_drafts(doc), start=1):
        content = [_span(text, s, e) for s, e in d.content if e > s]
        if not content:
            continue
        quotes.append(
            Quote(
                id=f"q{n}",
                kind=d.kind,
                content=content,
                cue=_span(text, *d.cue) if d.cue else None,
                source=_span(text, *d.source) if d.source and d.source[1] > d.source[0] else None,
                speaker=d.speaker,
                speaker_confidence=d.speaker_confidence,
                medium=_span(text, *d.medium) if d.medium else None,
                time=d.time,
            )
        )
    for n, q in enumerate(quotes, start=1):
        q.id = f"q{n}"
    doc._.ng_quotes = quotes
