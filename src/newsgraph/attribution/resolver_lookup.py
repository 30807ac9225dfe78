"""The entities stage's learned resolver as attribution reads it: a look-up bound to one
document that answers "which entity, and how sure?" for a pronoun or role noun's span.
Split from ``resolve`` (session 25) to keep that module under the size limit."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

#: the learned resolver's judgement of a pronoun / role noun: (entity id or None, probability)
ResolverLookup = Callable[[int, int], tuple[str | None, float] | None]


def resolver_lookup(doc: Doc) -> ResolverLookup | None:
    """``newsgraph.entities.resolver_link`` bound to ``doc``, where that stage provides it.

    Imported lazily and looked up by name so attribution still runs without the entities
    stage (its own fallback below then picks the antecedent)."""
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
