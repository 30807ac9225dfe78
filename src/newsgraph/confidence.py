"""How sure newsgraph is of each record: ``confidence`` in [0, 1] on quotes, events, claims, stances.

Quotes and events are *calibrated*: a few features of how the record was found (is the
content inside quotation marks, was the source a name, a pronoun the resolver linked or
nothing, was the cue a verb of saying, ...) go through a logistic regression whose
handful of weights were fitted on gold data, so that records with confidence >= c are
right at a rate near c on that data (``newsgraph train calibration``; method and
reliability tables in docs/evaluation.md). The weights live in a small JSON file per
record type under ``data/calibration/`` with the data they were fitted on, the date and
the figures; scoring is one dot product, no scikit-learn at run time.

Claims and stances have no gold data, so their confidence is a documented *rule* over
the confidence of their evidence (``data/calibration/rules.json``): it orders records
sensibly but is not a measured probability (docs/schema.md says how it would be
calibrated).

The stages describe each record by a flat mapping of feature name -> number and call
:func:`quote_confidence` / :func:`event_confidence` at the one place they build their
records; they also :func:`remember` the mapping on the ``Doc`` so the fitting command
reads exactly the features the pipeline scored, never a re-parse.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from newsgraph.errors import InputError
from newsgraph.records import Record

#: The record types whose confidence is fitted on gold data.
CalibratedType = Literal["quote", "event"]
FORMAT = "newsgraph-calibration/1"
#: Package folder of the shipped calibration files.
CALIBRATION_FOLDER = ("newsgraph.data", "calibration")
#: One file per calibrated record type.
CALIBRATION_FILES: dict[CalibratedType, str] = {"quote": "quotes.json", "event": "events.json"}
RULES_FILE = "rules.json"
#: Where the stages leave each record's features on ``doc.user_data`` for the fitting command.
FEATURES_KEY = "ng_confidence_features"

#: Features of a quote, as the attribution stage computes them (docs/evaluation.md explains each).
QUOTE_FEATURES = (
    "direct",  # every content character is inside quotation marks
    "mixed",  # some are
    "named_source",  # the source word is a proper name
    "unlinked_pronoun",  # the source is a pronoun the learned resolver did not judge ("it", "they")
    "resolver_probability",  # the resolver's probability for the source pronoun's link (0 if none)
    "no_source",  # no source words at all ("it was announced that ...")
    "continuation",  # a quotation with no cue that continues the previous speaker
    "report_verb",  # the cue is a verb that only reports speech ("said"; speech_verbs.tsv kind "report")
    "sentence_share",  # content characters / characters of its sentence, at most 1
    "multi_sentence",  # the content runs over more than its first sentence (long quotations)
)
#: Features of an event, as the events stage computes them.
EVENT_FEATURES = (
    "reported",  # modality "reported": inside a quote or reported clause
    "not_asserted",  # negated, hypothetical or future
    "has_actor",  # an actor entity was found
    "has_target",  # a target entity was found
    "nominal",  # the trigger is a noun ("the attack"), not a verb
    "main_clause",  # the trigger heads its sentence (tree depth 0)
    "log_depth",  # log(1 + depth of the trigger in the parse tree)
)


@dataclass(frozen=True)
class Calibration:
    """A logistic regression over named features: ``weights[i]`` multiplies ``features[i]``."""

    record_type: str
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    info: dict[str, Any] = field(default_factory=dict)

    def probability(self, values: Mapping[str, float]) -> float:
        """The calibrated probability that a record with these feature values is right
        (a feature missing from ``values`` counts as 0), rounded to 3 decimals."""
        pairs = zip(self.features, self.weights, strict=True)
        z = self.bias + sum(w * float(values.get(name, 0.0)) for name, w in pairs)
        z = max(-30.0, min(30.0, z))
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "record_type": self.record_type,
            "features": list(self.features),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "info": self.info,
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")


def from_json(data: object, origin: str, expected: Iterable[str]) -> Calibration:
    """A calibration from its JSON form; ``InputError`` when it is not one or was fitted
    on other features than the stage computes now (then refit it)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(origin, f"not a newsgraph calibration file (format {FORMAT!r} expected)")
    features = tuple(str(f) for f in data.get("features", []))
    if features != tuple(expected):
        raise InputError(origin, "fitted on other features; refit with `newsgraph train calibration`")
    weights = tuple(float(w) for w in data.get("weights", []))
    if len(weights) != len(features):
        raise InputError(origin, f"{len(weights)} weights for {len(features)} features")
    return Calibration(
        record_type=str(data.get("record_type", "")),
        features=features,
        weights=weights,
        bias=float(data["bias"]),
        info=dict(data.get("info", {})),
    )


def _read_resource(name: str) -> object | None:
    package, folder = CALIBRATION_FOLDER
    resource = resources.files(package).joinpath(folder).joinpath(name)
    if not resource.is_file():
        return None
    data: object = json.loads(resource.read_text(encoding="utf-8"))
    return data


@cache
def calibration(record_type: CalibratedType) -> Calibration | None:
    """The shipped calibration of ``record_type``, loaded once per process; ``None`` when the
    package has none (records then carry ``confidence: null`` rather than a guess)."""
    name = CALIBRATION_FILES[record_type]
    data = _read_resource(name)
    if data is None:
        return None
    expected = QUOTE_FEATURES if record_type == "quote" else EVENT_FEATURES
    return from_json(data, f"newsgraph/data/calibration/{name}", expected)


@dataclass(frozen=True)
class Rules:
    """The hand-set priors of the rule-based confidences (``rules.json``; not fitted)."""

    claim_by_narrator: float
    claim_in_quote_factor: float
    claim_unknown_quote: float
    stance_factor: float
    stance_without_scored_evidence: float


@cache
def rules() -> Rules:
    """The shipped priors for claims and stances."""
    data = _read_resource(RULES_FILE)
    if not isinstance(data, dict):
        raise InputError(f"newsgraph/data/calibration/{RULES_FILE}", "missing or not a JSON object")
    claims, stances = data["claims"], data["stances"]
    return Rules(
        claim_by_narrator=float(claims["by_narrator"]),
        claim_in_quote_factor=float(claims["in_quote_factor"]),
        claim_unknown_quote=float(claims["unknown_quote"]),
        stance_factor=float(stances["factor"]),
        stance_without_scored_evidence=float(stances["without_scored_evidence"]),
    )


def quote_confidence(features: Mapping[str, float]) -> float | None:
    """Calibrated probability that a quote's content and source are both right."""
    model = calibration("quote")
    return model.probability(features) if model is not None else None


def event_confidence(features: Mapping[str, float]) -> float | None:
    """Calibrated probability that an event's category is right."""
    model = calibration("event")
    return model.probability(features) if model is not None else None


def claim_confidence(quote_confidence: float | None, in_quote: bool) -> float:
    """A claim's rule-based confidence: the narrator's claims get a prior; a claim inside
    a quote inherits that quote's confidence (was it said, by that speaker?) times the
    prior that a quoted sentence with a figure is a check-worthy claim."""
    prior = rules()
    if not in_quote:
        return prior.claim_by_narrator
    if quote_confidence is None:
        return prior.claim_unknown_quote
    return round(quote_confidence * prior.claim_in_quote_factor, 3)


def stance_confidence(evidence: Iterable[float | None]) -> float:
    """A stance's rule-based confidence: its best-scored piece of evidence (quote or event)
    times a discount for reading an attitude into it; a fixed prior when no evidence
    carries a confidence (a stance found only by an attitude-word pattern)."""
    prior = rules()
    scored = [c for c in evidence if c is not None]
    if not scored:
        return prior.stance_without_scored_evidence
    return round(max(scored) * prior.stance_factor, 3)


def passes(confidence: float | None, minimum: float | None) -> bool:
    """Whether a record is kept by a ``--min-confidence`` filter: every record when there
    is no filter (or it is 0), else only records with a confidence of at least
    ``minimum`` (a record without one is dropped: nothing vouches for it)."""
    if minimum is None or minimum <= 0:
        return True
    return confidence is not None and confidence >= minimum


def check_minimum(minimum: float | None) -> float | None:
    """``minimum`` when it is a valid filter value, else ``InputError`` (one clear line)."""
    if minimum is not None and not 0.0 <= minimum <= 1.0:  # NaN fails the comparison too
        raise InputError("min_confidence", f"must be between 0 and 1, got {minimum}")
    return minimum


def filter_record(record: Record, minimum: float | None) -> Record:
    """``record`` with only the quotes, events, claims and stances that pass ``minimum``
    (the record itself when there is no filter). Entities, times and the article stay.
    A ``minimum`` outside [0, 1] is an ``InputError``."""
    check_minimum(minimum)
    if minimum is None or minimum <= 0:
        return record
    return record.model_copy(
        update={
            "quotes": [q for q in record.quotes if passes(q.confidence, minimum)],
            "events": [e for e in record.events if passes(e.confidence, minimum)],
            "claims": [c for c in record.claims if passes(c.confidence, minimum)],
            "stances": [s for s in record.stances if passes(s.confidence, minimum)],
        }
    )


def remember(
    user_data: dict[Any, Any], record_type: CalibratedType, record_id: str, features: Mapping[str, float]
) -> None:
    """Keep a record's features on its Doc (``doc.user_data``) for the fitting command."""
    table = user_data.setdefault(FEATURES_KEY, {})
    table.setdefault(record_type, {})[record_id] = dict(features)


def remembered(user_data: Mapping[Any, Any], record_type: CalibratedType) -> dict[str, dict[str, float]]:
    """The features :func:`remember` kept, by record id."""
    table = user_data.get(FEATURES_KEY) or {}
    found = table.get(record_type) or {}
    return dict(found)
