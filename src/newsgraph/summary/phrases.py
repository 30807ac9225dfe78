"""Phrases of the parse: the "who" (a subject without its clauses), the "what" (a verb with
its complements, without times, places and motives), the subject a verb shares with its
conjunct, and the main predicates of a segment."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.docindex import doc_index
from newsgraph.summary.constants import MAX_WHAT, MAX_WHO, SUBJECT_DEPS, WHAT_KEEP, WHAT_SKIP_PREPS, WHO_DROP
from newsgraph.summary.segments import closes_quote
from newsgraph.summary.vocabulary import words


def _contiguous(tokens: set[int], anchor: int) -> tuple[int, int]:
    """The run of token indices in ``tokens`` around ``anchor``, as [start, end)."""
    lo = anchor
    while lo - 1 in tokens:
        lo -= 1
    hi = anchor
    while hi + 1 in tokens:
        hi += 1
    return lo, hi + 1


def _subtree_without(
    token: Token, drop: frozenset[str], segment: SpacySpan, *, drop_settings: bool = False
) -> set[int]:
    """Indices of ``token``'s subtree inside ``segment``, minus children whose dep is in
    ``drop`` (and, with ``drop_settings``, time and place phrases: a when/where, not a what)."""
    keep: set[int] = set()
    stack = [token]
    while stack:
        t = stack.pop()
        if not segment.start <= t.i < segment.end:
            continue
        keep.add(t.i)
        for child in t.children:
            if child.dep_ in drop and not (child.dep_ == "prep" and child.lower_ == "of"):
                continue
            if drop_settings and child.dep_ == "prep" and child.i != token.i and is_time_or_place(child):
                continue
            stack.append(child)
    return keep


def who_phrase(subject: Token, segment: SpacySpan) -> tuple[int, int]:
    keep = _subtree_without(subject, WHO_DROP, segment)
    # Keep coordinated actors ("the mayor and the union"): conj children of the head itself.
    coordinated = any(c.dep_ == "conj" for c in subject.children)
    for child in subject.children:
        if coordinated and (child.dep_ in {"conj", "cc"} or (child.dep_ == "punct" and child.text == ",")):
            keep |= _subtree_without(child, WHO_DROP, segment)
    lo, hi = _contiguous(keep, subject.i)
    if hi - lo > MAX_WHO:
        # Too long: the entity or noun chunk around the head is the actor.
        lo, hi = _head_chunk(subject)
    return lo, hi


def _head_chunk(token: Token) -> tuple[int, int]:
    if token.ent_type_:
        doc = token.doc
        for ent in doc_index(doc).ents:
            if ent.start <= token.i < ent.end:
                return ent.start, ent.end
    lo = token.i
    while (
        lo > 0
        and token.doc[lo - 1].dep_ in {"compound", "amod", "det", "poss", "nummod", "case"}
        and (token.doc[lo - 1].head.i >= lo)
    ):
        lo -= 1
    return lo, token.i + 1


def is_time_or_place(token: Token) -> bool:
    """A prepositional phrase whose object is a date, time or place: a when/where, not part of the what."""
    objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
    return any(o.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for o in objects)


def _motive_object(prep: Token) -> bool:
    """ "in revenge", "in a 'revenge' attack", "in retaliation for ...": a why, not part of the what."""
    reprisal = words().reprisal_nouns
    for obj in prep.children:
        if obj.dep_ == "pobj" and (
            obj.lemma_ in reprisal
            or any(c.lemma_ in reprisal and c.dep_ in {"compound", "amod"} for c in obj.children)
        ):
            return True
    return False


def what_phrase(verb: Token, segment: SpacySpan) -> tuple[int, int]:
    keep: set[int] = {verb.i}
    for child in verb.children:
        if not segment.start <= child.i < segment.end:
            continue
        if child.i < verb.i:
            if child.dep_ in {"aux", "auxpass", "neg"} or (child.dep_ == "advmod" and child.i == verb.i - 1):
                keep.add(child.i)
            continue
        if child.dep_ not in WHAT_KEEP:
            continue
        if child.dep_ == "prep" and (
            is_time_or_place(child) or child.lower_ in WHAT_SKIP_PREPS or _motive_object(child)
        ):
            continue
        keep |= _subtree_without(
            child, frozenset({"relcl", "appos", "advcl", "parataxis"}), segment, drop_settings=True
        )
    lo, hi = _contiguous(keep, verb.i)
    if hi - lo > MAX_WHAT:
        hi = _phrase_cut(verb.doc, lo + MAX_WHAT, max(verb.i + 2, lo + 3))
    return lo, hi


def _phrase_cut(doc: Doc, limit: int, floor: int) -> int:
    """An end at or before ``limit`` that does not split a phrase: before a
    preposition, conjunction, punctuation or clause opener, else ``limit``."""
    for end in range(limit, floor, -1):
        nxt = doc[end] if end < len(doc) else None
        boundary = (
            nxt is None or nxt.pos_ in {"ADP", "CCONJ", "SCONJ", "PUNCT"} or nxt.tag_ in {"WDT", "WP", "TO"}
        )
        closed = not doc[end - 1].is_punct or doc[end - 1].text in {"”", '"', "’", "'", ")"}
        if boundary and closed:
            return end
    return limit


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it is coordinated with."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return None
        # Nearest subject first: when a headline is parsed into one sentence with the
        # lead, a headline noun can hang on the lead's verb as a second subject.
        at = current.i
        subjects = sorted(
            (c for c in current.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(at - c.i)
        )
        for child in subjects:
            if child.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                return current.head  # "the boy who fell": the boy
            return child
        if current.dep_ in {"conj", "xcomp"} and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None


def predicates(segment: SpacySpan) -> list[Token]:
    """Main verbs of a segment: the root (or the token whose head lies outside), and their conjuncts."""
    # Relative head offsets (stored unsigned, so cast), without a Token object for each ``t.head``.
    heads = segment.doc.to_array("HEAD").astype("int64").tolist()
    tokens = doc_index(segment.doc).tokens
    roots = [
        tokens[i]
        for i in range(segment.start, segment.end)
        if not segment.start <= i + heads[i] < segment.end or tokens[i].dep_ == "ROOT"
    ]
    roots = [t for t in roots if not t.is_space]
    out: list[Token] = []
    for root in roots:
        if root.pos_ in {"VERB", "AUX"}:
            out.append(root)
        out.extend(
            c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i < segment.end
        )
        # "X said (that) Y did Z": the reported event is a candidate too.
        if root.lemma_ in words().reporting or root.lemma_ in words().depicting:
            out.extend(c for c in root.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"})
    return out


def names_motive(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase from ``start`` up to the next preposition names a motive
    ("'revenge' attack", "retaliation")."""
    for token in doc[start:end]:
        if token.pos_ == "ADP" or token.text in {",", ":", ";"}:
            return False
        if token.lemma_ in words().reprisal_nouns:
            return True
    return False


def trim_who(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].pos_ in {"CCONJ", "PART"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].pos_ in {"CCONJ", "DET"}):
        if closes_quote(doc, start, end - 1):
            break
        end -= 1
    return (start, end) if end > start else None
