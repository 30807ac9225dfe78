"""The resolver's model file and features: what a maintainer relies on when retraining."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from newsgraph.errors import InputError
from newsgraph.resolver import FEATURES, Anaphor, Candidate, PairFlags, load_model, pair_row
from newsgraph.resolver.model import ResolverModel, read_model


def _person(token: int, role: str = "subj") -> Candidate:
    return Candidate(
        kind="name",
        token=token,
        sentence=0,
        paragraph=0,
        ordinal=0,
        entity_type="PERSON",
        gender="m",
        plural=False,
        role=role,
    )


def test_shipped_model_loads_without_code_and_matches_the_features() -> None:
    model = load_model()
    assert model is not None
    assert model.weights.shape == (len(FEATURES),)
    assert 0.0 < model.threshold < 1.0
    # The file records where it was trained and how it did on the tuning data.
    assert "gum_train" in model.info["trained_on"] and "gap_train" in model.info["trained_on"]
    assert "polnear" not in json.dumps(model.info).lower()


def test_every_pair_row_has_one_value_per_feature() -> None:
    anaphor = Anaphor(kind="he", token=9, sentence=1, paragraph=0, ordinal=3, gender="m", role="subj")
    row = pair_row(anaphor, _person(0), PairFlags(matrix_subject=True))
    assert len(row) == len(FEATURES)
    assert row[FEATURES.index("s_matrix_subject")] == 1.0
    assert row[FEATURES.index("g_personal_person")] == 1.0


def test_a_link_to_a_name_inside_a_quote_is_trusted_less_than_one_outside() -> None:
    """ "He said removing Karimov was no priority. 'Karimov can wait,' he said": the rules'
    link of the second "he" to the Karimov named inside the quotation is the doubtful one."""
    model = load_model()
    assert model is not None
    anaphor = Anaphor(kind="he", token=12, sentence=1, paragraph=0, ordinal=2, gender="m", role="subj")
    outside = _person(0)
    inside = replace(outside, quoted=True)
    rows = np.asarray([pair_row(anaphor, outside, PairFlags()), pair_row(anaphor, inside, PairFlags())])
    p_outside, p_inside = model.probabilities(rows)
    assert p_outside > p_inside


def test_a_model_for_other_features_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    model = ResolverModel(weights=np.zeros(len(FEATURES)), bias=0.0, threshold=0.5, role_threshold=0.5)
    data = model.to_json()
    data["features"] = data["features"][:-1]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="other features"):
        read_model(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read"):
        read_model(path)
