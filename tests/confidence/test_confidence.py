"""The confidence module: the shipped calibrations, the rules, and the filter semantics."""

from __future__ import annotations

import json

import pytest

from newsgraph import confidence
from newsgraph.errors import InputError
from tests.confidence.records import levy_with_confidence


@pytest.mark.parametrize("record_type", ["quote", "event"])
def test_the_shipped_calibration_loads_and_gives_probabilities(
    record_type: confidence.CalibratedType,
) -> None:
    model = confidence.calibration(record_type)
    assert model is not None, "the package ships data/calibration/*.json"
    assert model.info.get("fitted") and model.info.get("data"), "the file says what it was fitted on and when"
    names = model.features
    for values in ({}, dict.fromkeys(names, 1.0), dict.fromkeys(names, -50.0), dict.fromkeys(names, 50.0)):
        assert 0.0 <= model.probability(values) <= 1.0


def test_a_direct_quote_from_a_named_speaker_is_surer_than_a_sourceless_fragment() -> None:
    named = {"direct": 1.0, "named_source": 1.0, "speech_verb": 1.0, "log_words": 2.5}
    nobody = {"no_source": 1.0, "log_words": 0.7}
    sure, unsure = confidence.quote_confidence(named), confidence.quote_confidence(nobody)
    assert sure is not None and unsure is not None
    assert sure > unsure


def test_a_calibration_for_other_features_is_refused_with_a_clear_error() -> None:
    data = confidence.calibration("quote")
    assert data is not None
    stale = {**data.to_json(), "features": ["something", "else"], "weights": [1.0, 2.0]}
    with pytest.raises(InputError, match="refit"):
        confidence.from_json(stale, "quotes.json", confidence.QUOTE_FEATURES)
    with pytest.raises(InputError, match="not a newsgraph calibration"):
        confidence.from_json({"format": "x"}, "quotes.json", confidence.QUOTE_FEATURES)


def test_a_calibration_survives_its_json_form() -> None:
    model = confidence.calibration("event")
    assert model is not None
    data = json.loads(json.dumps(model.to_json()))
    again = confidence.from_json(data, "events.json", confidence.EVENT_FEATURES)
    assert again.weights == pytest.approx(model.weights, abs=1e-6)


def test_claims_inherit_their_quotes_confidence_and_stances_their_best_evidence() -> None:
    rules = confidence.rules()
    assert confidence.claim_confidence(None, in_quote=False) == rules.claim_by_narrator
    assert confidence.claim_confidence(0.9, in_quote=True) > confidence.claim_confidence(0.3, in_quote=True)
    assert confidence.claim_confidence(0.9, in_quote=True) <= 0.9
    best = 0.8 * rules.stance_factor
    assert confidence.stance_confidence([0.2, None, 0.8]) == pytest.approx(best, abs=1e-3)
    assert confidence.stance_confidence([None]) == rules.stance_without_scored_evidence


def test_no_filter_keeps_everything_and_any_filter_drops_records_without_confidence() -> None:
    assert confidence.passes(None, None) and confidence.passes(None, 0.0)
    assert not confidence.passes(None, 0.01)
    assert confidence.passes(0.8, 0.8) and not confidence.passes(0.79, 0.8)


def test_filtering_a_record_keeps_the_sure_records_and_everything_else() -> None:
    record = levy_with_confidence()
    high = confidence.filter_record(record, 0.8)
    assert [q.id for q in high.quotes] == ["q1"]
    assert [e.id for e in high.events] == ["v1"]
    assert [c.id for c in high.claims] == ["c2"]
    assert [s.id for s in high.stances] == ["s2"]
    assert high.entities == record.entities and high.article == record.article
    assert confidence.filter_record(record, None) == record
    assert confidence.filter_record(record, 0) == record


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan")])
def test_a_minimum_outside_zero_to_one_is_an_input_error(bad: float) -> None:
    with pytest.raises(InputError, match="between 0 and 1"):
        confidence.check_minimum(bad)
    with pytest.raises(InputError, match="between 0 and 1"):
        confidence.filter_record(levy_with_confidence(), bad)
