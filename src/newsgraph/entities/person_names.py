"""A learned "is this capitalised name a person?" (issue 10, session 22).

The small tagger types many rare surnames ORG, GPE or NORP, or leaves them untagged,
and a name that is no PERSON is no candidate for a he/she, a quote's speaker or an
event's actor. ``referred`` decides by hand rules from the pronouns after a name and
what it is said to do; this module adds one learned decision over the same name
occurrences: a logistic regression over facts of the parse and the context (never the
word itself): its shape and suffix class, its dependency roles, the class of its
verbs (saying, person-only), a title or given name before it, a kinship or role noun
it owns, the he/she against it/they pronouns that continue it, whether it is ever a
modifier, the place, party and demonym lists, a full person's name ending in it.

``newsgraph train person-names`` (``newsgraph.training.person_names``) fits it on GUM
train's named mentions and GAP development's A/B names, as the pipeline finds the
names, and writes ``data/person_names/model.json``: the weights, bias and threshold
as JSON numbers (no pickle, no scikit-learn at run time), with the training data's
versions and figures. Without the file no name is changed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from newsgraph.entities import lexicon
from newsgraph.entities.state import EntityState
from newsgraph.errors import InputError

MODEL_RESOURCE = ("newsgraph.data", "person_names", "model.json")
FORMAT = "newsgraph-person-names/1"
#: ``doc.user_data`` key under which training collects each candidate name's row.
COLLECT_KEY = "ng_person_name_rows"

#: Facts about one candidate name (all its occurrences), in the model's order.
FEATURES = (
    "two_words",
    "occurrences",
    "tagged_org",
    "tagged_gpe",
    "tagged_norp",
    "tagged_other",
    "untagged",
    "inside_sentence",
    "he_she",
    "it_they",
    "person_predicate",
    "subject",
    "possessor",
    "object",
    "prep_object",
    "place_preposition",
    "compound",
    "appos_or_conj",
    "subject_of_saying",
    "subject_of_person_verb",
    "title_before",
    "given_name_first",
    "owns_person_noun",
    "modifies_a_noun",
    "known_place",
    "party_or_demonym",
    "person_name_ends_in_it",
    "article",
    "plural_tag",
    "inner_capital",
    "ends_in_s",
    "long_word",
    "surname_suffix",
    "place_suffix",
    "joiner",
    "he_she_near",
    "it_they_near",
    "person_near",
    "by_or_with",
    "conj_of_person",
)
_HE_SHE_NEAR = FEATURES.index("he_she_near")
#: Prepositions that take a place ("in Brannagh", "from Kell").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "across", "outside"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Prepositions whose object is often a person ("written by", "played with", "lost to").
_PERSON_PREPOSITIONS = frozenset({"by", "with", "against"})
_HE_SHE = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_IT_THEY = frozenset({"it", "its", "itself", "they", "them", "their", "theirs", "themselves"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})


@dataclass(frozen=True)
class NameFacts:
    """What the hand rules of ``referred`` found out about one name (all occurrences)."""

    heads: Sequence[int]
    labels: Sequence[str | None]  # per occurrence: the tagger's label, None when untagged
    tokens: int  # tokens of one occurrence ("Okonkwo-Ellis": 3)
    two_words: bool
    inside_sentence: bool
    he_she: int
    it_they: int
    predicated: int
    owns_person_noun: bool
    modifies_a_noun: bool
    party_or_demonym: bool
    person_name_ends_in_it: bool
    candidate: bool  # the name is one the decision is asked about (``referred._learned_candidate``)


def row(state: EntityState, facts: NameFacts) -> list[float]:
    """The feature row of one candidate name (``FEATURES`` order)."""
    tokens = state.tokens
    n = len(facts.heads)
    labels = facts.labels
    deps = state.index.column("dep_")
    lowers = state.index.column("lower_")
    heads = state.index.heads()
    words = state.words
    speech = words.any_speech_verbs
    person_verbs = words.person_verbs
    titles = words.honorifics | words.kin_titles | words.prename_titles
    roles = lexicon.person_roles()
    given = lexicon.first_name_genders()
    lemmas = state.index.column("lemma_")
    counts = dict.fromkeys(
        ("subject", "possessor", "object", "prep", "place_prep", "compound", "appos", "saying", "person_verb",
         "title", "article", "plural", "by_with", "conj_person"),
        0,
    )
    for h in facts.heads:
        dep = deps[h]
        head = heads[h]
        if dep in _SUBJECTS:
            counts["subject"] += 1
            verb = lemmas[head].lower()
            if verb in speech:
                counts["saying"] += 1
            if verb in person_verbs:
                counts["person_verb"] += 1
        elif dep == "poss":
            counts["possessor"] += 1
        elif dep in _OBJECTS:
            counts["object"] += 1
        elif dep == "pobj":
            counts["prep"] += 1
            if lowers[head] in _PLACE_PREPOSITIONS:
                counts["place_prep"] += 1
            elif lowers[head] in _PERSON_PREPOSITIONS:
                counts["by_with"] += 1
        elif dep == "compound":
            counts["compound"] += 1
        elif dep in ("appos", "conj"):
            counts["appos"] += 1
        start = h - facts.tokens + 1
        before = start - 1
        if before >= state.first:
            prev = lowers[before].rstrip(".")
            if prev in titles or prev in roles:
                counts["title"] += 1
            elif prev in ("the", "a", "an"):
                counts["article"] += 1
        if tokens[h].tag_ == "NNPS":
            counts["plural"] += 1
        if (dep == "conj" and _person_at(state, head)) or any(
            deps[c] == "conj" and _person_at(state, c) for c in state.index.children(h)
        ):
            counts["conj_person"] += 1
    near = _near(state, facts.heads)
    word = tokens[facts.heads[0]].text
    first = tokens[facts.heads[0] - facts.tokens + 1].lower_
    lower = word.lower()
    suffixes = lexicon.name_suffix_classes()

    def share(key: str) -> float:
        return counts[key] / n

    def label_share(*wanted: str | None) -> float:
        return sum(1 for label in labels if label in wanted) / n

    inner = any(c.isupper() for c in word[1:]) and not any(c in "-'’" for c in word)
    return [
        float(facts.two_words),
        math.log1p(n),
        label_share("ORG"),
        label_share("GPE"),
        label_share("NORP"),
        sum(1 for label in labels if label not in (None, "ORG", "GPE", "NORP")) / n,
        label_share(None),
        float(facts.inside_sentence),
        float(min(facts.he_she, 3)),
        float(min(facts.it_they, 3)),
        float(min(facts.predicated, 2)),
        share("subject"),
        share("possessor"),
        share("object"),
        share("prep"),
        share("place_prep"),
        share("compound"),
        share("appos"),
        float(counts["saying"] > 0),
        float(counts["person_verb"] > 0),
        float(counts["title"] > 0),
        float(facts.two_words and first in given),
        float(facts.owns_person_noun),
        float(facts.modifies_a_noun),
        float(lexicon.known_place(state.span_text(facts.heads[0] - facts.tokens + 1, facts.heads[0] + 1))),
        float(facts.party_or_demonym),
        float(facts.person_name_ends_in_it),
        share("article"),
        share("plural"),
        float(inner),
        float(lower.endswith("s")),
        float(len(word) >= 8),
        float(_suffix_class(lower, suffixes) == "person"),
        float(_suffix_class(lower, suffixes) == "place"),
        float(any(c in "-'’" for c in word)),
        float(min(near[0], 3)),
        float(min(near[1], 3)),
        float(near[2]),
        share("by_with"),
        float(counts["conj_person"] > 0),
    ]


def _person_at(state: EntityState, i: int) -> bool:
    mention = state.token_mention.get(i)
    return mention is not None and mention.kind == "name" and mention.label == "PERSON"


def _near(state: EntityState, heads: Sequence[int]) -> tuple[int, int, bool]:
    """he/she and it/they pronouns after the name's first occurrence, in its sentence and
    the next (any role, past any other name), and whether a PERSON name stands there."""
    lowers = state.index.column("lower_")
    h = heads[0]
    sentence = state.sent_of[h]
    limit = state.sent_starts[sentence + 2] if sentence + 2 < len(state.sent_starts) else len(lowers)
    he_she = it_they = 0
    person = False
    for i in range(state.sent_starts[sentence], limit):
        word = lowers[i]
        if i > h and word in _HE_SHE:
            he_she += 1
        elif i > h and word in _IT_THEY:
            it_they += 1
        elif not person and _person_at(state, i):
            person = True
    return he_she, it_they, person


def _suffix_class(lower: str, classes: dict[str, str]) -> str | None:
    """The class of the longest listed ending of the word (``entities_name_suffixes.tsv``)."""
    for k in range(min(7, len(lower) - 2), 1, -1):
        found = classes.get(lower[-k:])
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class PersonNameModel:
    """Logistic regression weights over ``FEATURES``; a name is a person when its
    probability reaches ``threshold``."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    means: tuple[float, ...] = ()
    scales: tuple[float, ...] = ()
    info: dict[str, Any] = field(default_factory=dict)

    def probability(self, values: Sequence[float]) -> float:
        z = self.bias
        for k, (w, x) in enumerate(zip(self.weights, values, strict=True)):
            if self.scales:
                x = (x - self.means[k]) / self.scales[k]
            z += w * x
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "features": list(FEATURES),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "means": [round(m, 6) for m in self.means],
            "scales": [round(s, 6) for s in self.scales],
            "threshold": self.threshold,
            "info": self.info,
        }


def from_json(data: Any, origin: str) -> PersonNameModel:
    """A model from its JSON form; ``InputError`` when it is not one or has other features."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(origin, f"not a newsgraph person-name model (format {FORMAT!r} expected)")
    if data.get("features") != list(FEATURES):
        raise InputError(origin, "trained on other features; retrain with `newsgraph train person-names`")
    weights = tuple(float(w) for w in data["weights"])
    means = tuple(float(m) for m in data.get("means") or ())
    scales = tuple(float(s) for s in data.get("scales") or ())
    sizes = {len(weights), len(scales) or len(FEATURES), len(means) or len(FEATURES)}
    if sizes != {len(FEATURES)}:
        raise InputError(origin, "the weights do not match the features")
    return PersonNameModel(
        weights, float(data["bias"]), float(data["threshold"]), means, scales, dict(data.get("info", {}))
    )


@cache
def load_model() -> PersonNameModel | None:
    """The shipped model, loaded once per process (``None`` when the package has none)."""
    package, folder, name = MODEL_RESOURCE
    resource = resources.files(package).joinpath(folder).joinpath(name)
    if not resource.is_file():
        return None
    return from_json(json.loads(resource.read_text(encoding="utf-8")), f"{package}/{folder}/{name}")


def is_person(state: EntityState, facts: NameFacts) -> bool:
    """Whether the shipped model calls the name a person; in training (``COLLECT_KEY`` in
    the Doc's user data) the row is collected and the answer is always no, so the
    training rows are the names as the hand rules alone leave them."""
    values = row(state, facts)
    # no he/she the name could serve: the decision is for pronouns' candidates
    asked = facts.candidate and values[_HE_SHE_NEAR] >= 1
    collected = state.doc.user_data.get(COLLECT_KEY)
    if collected is not None:
        tokens = state.tokens
        spans = [(tokens[h - facts.tokens + 1].idx, tokens[h].idx + len(tokens[h])) for h in facts.heads]
        collected.append((spans, values, asked))
        return False
    model = load_model()
    if model is None or not asked:
        return False
    return model.probability(values) >= model.threshold
