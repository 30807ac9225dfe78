"""The tune / held-out split every ``newsgraph eval`` dataset can be scored on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluation import HALVES, in_half, read_jsonl


def test_halves_partition_a_dataset_and_keep_a_document_together(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    rows = [{"id": f"doc{n}-a{k}", "doc_id": f"doc{n}"} for n in range(40) for k in range(2)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    tune = [r["id"] for r in read_jsonl(path, half="tune")]
    held_out = [r["id"] for r in read_jsonl(path, half="held-out")]
    assert sorted(tune + held_out) == sorted(r["id"] for r in rows)
    assert not set(tune) & set(held_out)
    assert 20 <= len(tune) <= 60  # both halves are real halves, not empty
    for doc in {r["doc_id"] for r in rows}:
        assert (f"{doc}-a0" in tune) == (f"{doc}-a1" in tune)
    assert len(list(read_jsonl(path, limit=3, half="tune"))) == 3


def test_an_unknown_half_is_refused() -> None:
    assert HALVES == ("tune", "held-out")
    with pytest.raises(ValueError, match="unknown half"):
        in_half("x", "test")
