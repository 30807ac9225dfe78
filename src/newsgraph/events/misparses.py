"""Subjects the parser misplaces, read from the shape of the parse alone (no word lists),
so that ``syntax`` can ask without importing anything of the events stage."""

from __future__ import annotations

from spacy.tokens import Token


def described_subject(clause: Token) -> list[Token]:
    """ "Residents said militiamen loyal to the warlord had looted shops": the parser reads
    the subject's adjective phrase as a clause of its own, leaving the verb after it
    without a subject; the adjective's subject is the verb's."""
    before = [c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i and c.pos_ == "ADJ"]
    if not before or before[-1].right_edge.i + 3 < clause.left_edge.i:
        return []
    return [c for c in before[-1].children if c.dep_ == "nsubj"]
