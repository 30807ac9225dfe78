"""The word lists the claims rules read, fetched once per pipeline from ``data/lexicon/claims_*``.

:func:`words` builds one frozen :class:`Words` the first time a pipeline's claims
stage asks and keeps it on that pipeline's resources (so a user's lexicon overlay
applies); the stage fetches it once per document and the rules test plain sets.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph import resources
from newsgraph.claims.quantities import Units
from newsgraph.lexicons import Lexicons


@dataclass(frozen=True, slots=True)
class Words:
    """Every vocabulary set the claims rules test (lower-case words)."""

    #: Superlatives that rank nothing checkable ("latest", "least").
    skip_superlatives: frozenset[str]
    #: Comparatives of something measurable ("more", "older"), not of opinion.
    measurable_comparatives: frozenset[str]
    #: Units of a short duration ("minute"): a weak trigger alone.
    short_units: frozenset[str]
    #: What a "first" is counted over ("in a decade", "in history").
    first_spans: frozenset[str]
    #: Verbs taking "record" as object ("set a record").
    record_verbs: frozenset[str]
    #: Subordinators of a cause or an earlier event ("after", "because"): such a clause
    #: stays in the claim of the clause it explains.
    causal_marks: frozenset[str]
    #: Unit abbreviations, scale suffixes and age words the quantity scan reads ("10km", "$5bn").
    units: Units


def _build(lists: Lexicons) -> Words:
    return Words(
        skip_superlatives=lists.words("claims_skip_superlatives"),
        measurable_comparatives=lists.words("claims_measurable_comparatives"),
        short_units=lists.words("claims_short_units"),
        first_spans=lists.words("claims_first_spans"),
        record_verbs=lists.words("claims_record_verbs"),
        causal_marks=frozenset(w.lower() for w in lists.words("claims_causal_marks")),
        units=Units(
            abbreviations={k.lower(): v for k, v in lists.pairs("claims_unit_abbreviations")},
            scales={k.lower(): float(v) for k, v in lists.pairs("claims_scale_suffixes")},
            age_words=frozenset(w.lower() for w in lists.words("claims_age_words")),
        ),
    )


def words() -> Words:
    """The claims word lists of the pipeline running now (built once per pipeline)."""
    current = resources.current()
    lists = current.lexicons
    return current.load("claims.words", lambda: _build(lists))
