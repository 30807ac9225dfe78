"""Step 5: why. A "because / after / due to / following / in order to / to ..." clause of
the main verb, or a cause or reprisal noun ("in retaliation for ...")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.docindex import doc_index
from newsgraph.records import Span
from newsgraph.summary.constants import LEAD_SEGMENTS, WHY_MARKERS
from newsgraph.summary.segments import Segment, position_weight, record_span
from newsgraph.summary.vocabulary import words


def _first_child(token: Token, deps: Sequence[str]) -> Token | None:
    """The first child with the earliest-listed dependency label ("because of X": X, not "of")."""
    for dep in deps:
        for child in token.children:
            if child.dep_ == dep and child.pos_ != "ADP":
                return child
    for dep in deps:
        for child in token.children:
            if child.dep_ == dep:
                return child
    return None


def find_why(doc: Doc, verb: Token | None, segments: Sequence[Segment]) -> Span | None:
    """A causal clause: preferably one attached to the main verb, else the first in the lead."""
    candidates: list[tuple[float, int, int]] = []
    lists = words()  # once per call, not per token
    tokens = doc_index(doc).tokens
    for segment in segments[:LEAD_SEGMENTS]:
        seg = segment.tokens
        for token in tokens[seg.start : seg.end]:
            lower = token.lower_
            phrase: tuple[int, int] | None = None
            if lower in WHY_MARKERS and token.dep_ in {"mark", "prep"}:
                body = token.head if token.dep_ == "mark" else _first_child(token, ("pobj", "pcomp"))
                if body is None or body.ent_type_ in {"DATE", "TIME"}:
                    continue  # "after Monday" is a when, not a why
                # "due to X", "because of X": step through the second preposition.
                while body is not None and (lower == "due" or body.pos_ == "ADP"):
                    inner = next((c for c in body.children if c.dep_ in {"pobj", "pcomp"}), None)
                    if inner is None or inner.i == body.i:
                        break
                    body = inner
                    lower = ""
                if body is None or body.pos_ == "ADP":
                    continue
                keep = {t.i for t in body.subtree if seg.start <= t.i < seg.end and t.i > token.i}
                if not keep:
                    continue
                phrase = (min(keep), max(keep) + 1)
            elif token.lemma_ in lists.cause_nouns and token.pos_ == "NOUN":
                # "in retaliation for air strikes", "as a result of the storm"
                prep = next(
                    (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}), None
                )
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                reprisal = token.lemma_ in lists.reprisal_nouns
                if obj is None:
                    if reprisal and token.dep_ == "compound" and token.head.i > token.i:
                        # "a 'revenge' attack": the motive is named, with nothing after it.
                        phrase = (token.i, token.head.i + 1)
                    else:
                        continue
                else:
                    keep = {t.i for t in obj.subtree if seg.start <= t.i < seg.end}
                    if reprisal:  # "retaliation for air strikes": the motive and its cause
                        keep.add(token.i)
                    phrase = (min(keep), max(keep) + 1)
            elif lower == "to" and token.dep_ == "aux" and token.head.dep_ == "advcl":
                head = token.head
                keep = {t.i for t in head.subtree if seg.start <= t.i < seg.end}
                phrase = (min(keep), max(keep) + 1)
            if phrase is None:
                continue
            score = position_weight(segment.rank)
            if verb is not None and verb.i in {token.head.i, token.head.head.i}:
                score += 0.5
            candidates.append((score, phrase[0], phrase[1]))
    if not candidates:
        return None
    _, lo, hi = max(candidates, key=lambda c: (c[0], -c[1]))
    return record_span(doc, lo, min(hi, lo + 15))
