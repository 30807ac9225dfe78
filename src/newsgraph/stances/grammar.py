"""Dependency-tree questions the stances stage asks of a clause: is it negated or
conditional, who is its subject or agent, what are its objects, and how closely an
evaluative word hangs from a mention. Kept apart from the stage's evidence readers so
that each reads as a list of the evidence it takes."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.constants import CONDITION_MARKS

#: How far (dependency edges) an evaluative word may sit from a mention to count.
MAX_DISTANCE = 5
_OBJECT_PREPS = frozenset({"at", "against", "on"})


def negated(token: Token) -> bool:
    """ "not criticize", "did not appreciate", "not a good deal"."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    head = token.head
    return (
        head.i != token.i
        and token.dep_ in {"amod", "dobj", "attr", "acomp", "xcomp"}
        and any(c.dep_ == "neg" for c in head.children)
    )


def cancelled(token: Token, cancelling: frozenset[str]) -> bool:
    """Governed by a verb that cancels its attitude ("stop attacking X", "refused to back X")."""
    head = token.head
    return (
        head.i != token.i and token.dep_ in {"xcomp", "ccomp", "pcomp"} and head.lemma_.lower() in cancelling
    )


#: Inside quoted text a subject is only passed on through coordination and control
#: ("he bypassed X and ignored Y", "allowing them to violate"), not into modifiers.
SHARED_IN_QUOTES = frozenset({"conj", "xcomp"})


def negated_above(token: Token) -> bool:
    """A negation on a verb governing this one ("we never said we back X")."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ == "neg" for c in node.children):
            return True
    return False


def conditional(token: Token) -> bool:
    """Inside an "if / unless / whether" clause: a condition, not an opinion held."""
    node = token
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def subject_of(
    verb: Token, shared: frozenset[str] = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp"})
) -> Token | None:
    """The verb's subject, following shared subjects ("Trump defended X, criticizing Y")
    and relative clauses ("Harris, who called X ..."). ``shared`` limits which links
    pass a subject down."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ == "nsubj":
                if child.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                    return current.head
                return child
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ in shared and current.head.i != current.i:
            current = current.head
            if current.dep_ == "prep":
                current = current.head
        else:
            return None
    return None


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def objects_of(verb: Token) -> list[Token]:
    """Targets of an attitude verb: its direct object, or "at/against X"."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    if not out:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
                out.extend(c for c in child.children if c.dep_ == "pobj")
    if any(c.dep_ == "auxpass" for c in verb.children):
        out = [c for c in verb.children if c.dep_ == "nsubjpass"]
    conj: list[Token] = []
    for token in out:
        conj.extend(c for c in token.children if c.dep_ == "conj")
    return out + conj


#: Dependency labels an evaluative word may hang from on its way to a mention:
#: arguments and modifiers of the mention's own clause, not adverbials, so
#: "expect Trump to play a constructive role" links "constructive" to Trump,
#: while a loosely attached "brutality in Gaza" does not reach him.
_LINK_LABELS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "amod", "compound", "appos", "xcomp"}
    | {"acl", "conj", "poss", "pobj", "prep", "dative", "ROOT"}
)


def linked_distance(mention: Token, word: Token) -> int | None:
    """Dependency edges between a mention and an evaluative word, if every edge on the
    path is an argument or modifier link (see ``_LINK_LABELS``); None otherwise."""
    if mention.sent.start != word.sent.start:
        return None
    up: dict[int, int] = {}
    node, depth = mention, 0
    while depth <= MAX_DISTANCE:
        up[node.i] = depth
        if node.head.i == node.i:
            break
        node, depth = node.head, depth + 1
    node, depth = word, 0
    path: list[Token] = []
    while depth <= MAX_DISTANCE:
        if node.i in up:
            total = up[node.i] + depth
            if total > MAX_DISTANCE:
                return None
            lca = node
            chain = path + _chain(mention, lca)
            if any(t.dep_ not in _LINK_LABELS for t in chain):
                return None
            if any(t.dep_ == "prep" and t.lower_ != "of" for t in chain):
                return None
            if any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in chain):
                return None  # "the bid was the best and his brother had no plan": two clauses
            return total
        path.append(node)
        if node.head.i == node.i:
            break
        node, depth = node.head, depth + 1
    return None


def _chain(token: Token, stop: Token) -> list[Token]:
    out: list[Token] = []
    node = token
    while node.i != stop.i and node.head.i != node.i:
        out.append(node)
        node = node.head
    return out


def content_root(span: SpacySpan) -> Token | None:
    for token in span:
        outside = not span.start <= token.head.i < span.end or token.head.i == token.i
        if outside and token.pos_ in {"VERB", "AUX"}:
            return token
    return None
