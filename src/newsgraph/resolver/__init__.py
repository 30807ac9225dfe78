"""Learned mention ranking for pronouns and role nouns ("who is *he*?").

The entities stage finds names and descriptions and clusters them by string rules;
which earlier referent a he/she/it/they or a "the minister" points to is decided
here, by a logistic-regression model over (anaphor, candidate) pairs trained on
coreference gold (GUM train, GAP development):

- ``features``: the facts the entities stage gathers about an anaphor and each
  earlier mention, and the fixed-order numeric row built from them;
- ``model``: the shipped model file (JSON coefficients, no executable code) and
  its batched numpy scoring;
- ``training``: ``newsgraph train resolver`` — parse the training sets, label the
  pairs, fit, choose the link threshold on the tuning sets, write the model file.

The entities stage links an anaphor only when the best candidate's probability
reaches the model's threshold; below it the mention stays unresolved, because a
wrong named speaker is worse than none.
"""

from __future__ import annotations

from newsgraph.resolver.features import (
    FEATURES,
    Anaphor,
    AnaphorGroup,
    Candidate,
    PairFlags,
    RuleFacts,
    pair_row,
)
from newsgraph.resolver.model import ResolverModel, load_model

__all__ = [
    "FEATURES",
    "Anaphor",
    "AnaphorGroup",
    "Candidate",
    "PairFlags",
    "ResolverModel",
    "RuleFacts",
    "load_model",
    "pair_row",
]
