"""Step 6: how. A "by ...ing" or "with <instrument>" phrase of the main verb, or a manner adverb."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.records import Span
from newsgraph.summary.segments import Segment, record_span


def find_how(doc: Doc, verb: Token | None, segment: Segment | None) -> Span | None:
    """A manner phrase of the main verb: "by ...ing", "with <instrument>", or a "-ly" adverb."""
    if verb is None or segment is None:
        return None
    seg = segment.tokens
    for child in verb.children:
        if not seg.start <= child.i < seg.end:
            continue
        if child.dep_ == "prep" and child.lower_ in {"by", "with", "using", "through", "via"}:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if not objects or objects[0].ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
                continue
            if child.lower_ == "by" and verb.tag_ == "VBN" and objects[0].pos_ != "VERB":
                continue  # passive agent: a who, not a how
            keep = {t.i for t in child.subtree if seg.start <= t.i < seg.end}
            return record_span(doc, min(keep), min(max(keep) + 1, min(keep) + 10))
        if child.dep_ == "advmod" and child.lower_.endswith("ly") and child.pos_ == "ADV":
            return record_span(doc, child.i, child.i + 1)
    # No manner or instrument phrase: the verb itself says how it happened
    # ("rams", "derailed", "blames") -- what the Giveme5W1H coders most often chose.
    lo = verb.i
    if lo - 1 >= seg.start and doc[lo - 1].dep_ == "advmod" and doc[lo - 1].head.i == verb.i:
        lo -= 1  # "narrowly avoids"
    return record_span(doc, lo, verb.i + 1)
