"""The gender the pronouns that found a person give it (step 1b of the entities stage,
``referred``): a name the tagger did not call a person, found by the he/she after it,
takes their gender when they agree and nothing else says it. Split from ``referred`` so
that module stays readable.
"""

from __future__ import annotations

from newsgraph.constants import MASCULINE_PRONOUNS
from newsgraph.entities.state import EntityState


def clear_gender(state: EntityState, pronouns: set[int]) -> str | None:
    """ "m" or "f" when the pronouns that found the name mostly agree (at least two, and
    twice as many as the other gender's: a "she" after the name may be someone new)."""
    masculine = sum(1 for i in pronouns if state.tokens[i].lower_ in MASCULINE_PRONOUNS)
    feminine = len(pronouns) - masculine
    if masculine >= 2 and masculine >= 2 * feminine:
        return "m"
    if feminine >= 2 and feminine >= 2 * masculine:
        return "f"
    return None


def referred_genders(state: EntityState) -> None:
    """Give each clustered person found above the gender of the pronouns that found it, when
    they all agreed and the cluster has none yet (a given name or honorific wins)."""
    for mention in state.mentions:
        gender = state.referred_gender.get(mention.start)
        if gender is None or mention.kind != "name" or mention.cluster < 0:
            continue
        cluster = state.clusters[state.find(mention.cluster)]
        if cluster.gender is None:
            cluster.gender = gender
