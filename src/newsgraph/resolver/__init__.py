"""When to trust the hand rules' pronoun link ("who is *he*?").

The entities stage finds names and descriptions and clusters them by string rules,
and its pronoun rules choose each he/she/it/they's antecedent. Whether that link is
kept is decided here, by gradient-boosted trees (plus a small linear share) over the link's features
(the rules' own facts beside the pair's), trained on coreference gold (GUM train,
GAP development) as the pipeline itself produces the links:

- ``features``: the facts the entities stage gathers about a pronoun, the chosen
  mention, the pair and the rules' decision, and the fixed-order numeric row built
  from them;
- ``model``: the shipped model file (JSON numbers, no executable code) and its
  batched numpy scoring;
- ``trees``: the walk of the fitted trees (scikit-learn fits them at training time;
  the package evaluates them from the JSON node lists, without scikit-learn);
- ``newsgraph.training.resolver`` (a layer above the pipeline, since it runs it):
  ``newsgraph train resolver`` — run the rules over the training sets, label their
  links, fit and calibrate, choose the threshold on the tuning set, write the model
  file.

The entities stage keeps a link only when its probability reaches the model's
threshold; below it the pronoun stays unresolved, because a wrong named speaker is
worse than none. Role nouns ("the minister") stay with the hand rule.
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
