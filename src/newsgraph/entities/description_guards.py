"""Guards on linking a description to a body named before (part of step 4, ``nominals``).

A description ("the alliance", "the country") is matched to the last body of its kind;
these say when the text itself makes that match doubtful, so the description is left
unresolved rather than given to the wrong body.
"""

from __future__ import annotations

from newsgraph.entities import lexicon
from newsgraph.entities.state import Cluster, EntityState, MentionDraft

#: Words before a name looked at for how the text placed it ("the far-right National Rally").
_ORIENTATION_WINDOW = 3


def same_orientation(state: EntityState, nominal: MentionDraft, cluster: int) -> bool:
    """Whether a description that places its body on the political spectrum ("the
    left-wing alliance") may mean ``cluster``: only if the text wrote that body with the
    same word, in its name or right before it ("the far-right National Rally" is not it)."""
    words = state.words.orientation_words
    stated = {t.lower_ for t in state.tokens[nominal.start : nominal.head] if t.lower_ in words}
    if not stated:
        return True
    for m in state.clusters[cluster].mentions:
        if m.kind == "name":
            before = state.tokens[max(state.first, m.start - _ORIENTATION_WINDOW) : m.end]
            if stated & {t.lower_ for t in before}:
                return True
    return False


def other_nation_near(state: EntityState, nominal: MentionDraft, country: Cluster) -> bool:
    """Whether the sentence of "the country", or the one before, names another nation by
    its adjective ("Philippine President X summoned China's ambassador. He said the
    country would not be intimidated"): the last country named is then only one of two
    the description may mean, and the speaker's own is as likely."""
    names = {
        lexicon.country_name(state.span_text(m.start, m.end)) for m in country.mentions if m.kind == "name"
    }
    sentence = state.sent_of[nominal.start]
    for m in state.mentions:
        if m.start >= nominal.start or m.label != "NORP" or state.sent_of[m.start] < sentence - 1:
            continue
        place = lexicon.listed_demonym_place(state.span_text(m.start, m.end))
        if place is not None and lexicon.country_name(place) not in names:
            return True
    return False
