"""`newsgraph eval gap` and the GUM pronoun figures, on small files written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.errors import InputError
from newsgraph.evaluation import gap
from newsgraph.evaluation.gum import content_words, pronoun_outcomes
from newsgraph.records import Entity, Mention

HEADER = "ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\tURL\n"


def _gap_file(tmp_path: Path) -> Path:
    text = "Maria Lopez hired Tom Reed in May. She said the team needed a designer."
    row = (
        f"t-1\t{text}\tShe\t{text.index('She')}\tMaria Lopez\t0\tTRUE\t"
        f"Tom Reed\t{text.index('Tom')}\tFALSE\thttp://x\n"
    )
    path = tmp_path / "gap.tsv"
    path.write_text(HEADER + row, encoding="utf-8")
    return path


def test_gap_file_is_read_with_spans_and_gender(tmp_path: Path) -> None:
    (example,) = list(gap.read_gap(_gap_file(tmp_path)))
    assert example.text[example.a[0] : example.a[1]] == "Maria Lopez"
    assert example.feminine and example.a_coref and not example.b_coref


def test_gap_report_has_f1_by_gender_and_bias(tmp_path: Path) -> None:
    report = gap.evaluate(_gap_file(tmp_path))
    rows = dict(report.tables["A/B decisions (GAP paper scoring)"])
    assert {"F1", "bias (feminine F1 / masculine F1)", "feminine P/R/F1", "masculine P/R/F1"} <= set(rows)


def test_a_file_without_gap_columns_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "other.tsv"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a GAP file"):
        list(gap.read_gap(path))
    result = CliRunner().invoke(app, ["eval", "gap", str(path)])
    assert result.exit_code != 0


def _gold(start: int, end: int, text: str, entity: str, named: bool = False) -> dict[str, object]:
    return {
        "start": start,
        "end": end,
        "text": text,
        "core_text": text,
        "type": "person",
        "entity_id": entity,
        "is_named": named,
    }


def test_pronoun_outcomes_count_right_wrong_and_unresolved() -> None:
    text = "Ana Ruiz met Ben Cole. She left. He stayed. She smiled."
    gold = [
        _gold(0, 8, "Ana Ruiz", "1", named=True),
        _gold(13, 21, "Ben Cole", "2", named=True),
        _gold(23, 26, "She", "1"),
        _gold(33, 35, "He", "2"),
        _gold(44, 47, "She", "1"),
    ]
    assert text[23:26] == "She" and text[33:35] == "He" and text[44:47] == "She"
    ana = Entity(
        id="e1",
        name="Ana Ruiz",
        type="PERSON",
        mentions=[
            Mention(start=0, end=8, text="Ana Ruiz"),
            Mention(start=23, end=26, text="She", kind="pronoun"),
        ],
    )
    ben = Entity(
        id="e2",
        name="Ben Cole",
        type="PERSON",
        mentions=[
            Mention(start=13, end=21, text="Ben Cole"),
            Mention(start=33, end=35, text="He", kind="pronoun"),
            Mention(start=44, end=47, text="She", kind="pronoun"),
        ],
    )
    assert pronoun_outcomes(gold, [ana, ben]) == (3, 2, 1, 3)
    assert content_words("the Ministry of Health") == {"ministry", "health"}
