"""Batch mode as a researcher uses it: JSONL files in, a partitioned table out.

The articles in ``data/`` are short sentences written for these tests, with one
record that has no text and one line that is not JSON. Event and quote counts are
never hard-coded: they are compared with ``newsgraph.extract`` on the same text,
so the tests hold while the stages improve.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from newsgraph import extract
from newsgraph.batch import ERROR_KEY, arrow_schema, extract_partition, is_error, run_batch
from newsgraph.batch.plan import PartitionSpec, Segment, plan_partitions, read_partition
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.document import Document
from newsgraph.ingest.readers import document_from_record
from newsgraph.records import Record

DATA = Path(__file__).parent / "data"
GOOD_IDS = {"oslo-aid", "mombasa-arrests", "port-strike", "border-talks", "sanctions", "flood-relief"}


def input_rows() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return rows


@pytest.fixture(scope="module")
def expected() -> dict[str, Record]:
    """What single-article extraction finds in each good input, keyed by id."""
    records = {}
    for row in input_rows():
        document = document_from_record(row, "test")
        if isinstance(document, Document):
            records[document.id] = extract(document)
    assert set(records) == GOOD_IDS
    return records


def read_jsonl_table(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for part in sorted(folder.glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]


def assert_offsets(row: dict[str, Any], text: str, *prefixes: str) -> None:
    for prefix in prefixes:
        if row[f"{prefix}_start"] is not None:
            assert text[row[f"{prefix}_start"]:row[f"{prefix}_end"]] == row[f"{prefix}_text"], prefix


# --- extract_partition: the engine-neutral function -------------------------------------------------------


def test_partition_events_point_into_the_text(expected: dict[str, Record]) -> None:
    rows = list(extract_partition(input_rows(), table="events"))
    errors = [r for r in rows if is_error(r)]
    events = [r for r in rows if not is_error(r)]
    assert [e["id"] for e in errors] == ["missing-text"]
    assert "no 'text' or 'html'" in errors[0][ERROR_KEY]
    for article_id, record in expected.items():
        mine = [e for e in events if e["article_id"] == article_id]
        assert len(mine) == len(record.events), article_id
        for row in mine:
            assert_offsets(row, record.article.text, "trigger", "evidence")
            assert row["published"] == record.article.published
            assert isinstance(row["date"], dt.date) or (row["date"] is None and row["published"] is None)
            if row["actor1_id"] is not None:
                assert row["actor1_name"] == record.entity(row["actor1_id"]).name  # type: ignore[union-attr]


def test_partition_quotes_point_into_the_text(expected: dict[str, Record]) -> None:
    rows = [r for r in extract_partition(input_rows(), table="quotes") if not is_error(r)]
    for article_id, record in expected.items():
        mine = [q for q in rows if q["article_id"] == article_id]
        assert len(mine) == len(record.quotes), article_id
        text = record.article.text
        for row in mine:
            assert_offsets(row, text, "source", "cue", "medium")
            pieces = [text[s:e] for s, e in zip(row["content_starts"], row["content_ends"], strict=True)]
            assert " ".join(pieces) == row["content_text"]
            assert row["content_start"] == min(row["content_starts"])


def test_partition_records_are_full_json(expected: dict[str, Record]) -> None:
    rows = [r for r in extract_partition(input_rows(), table="records") if not is_error(r)]
    assert {r["article_id"] for r in rows} == GOOD_IDS
    for row in rows:
        record = Record.model_validate(json.loads(row["record"]))
        assert record.article.text == expected[row["article_id"]].article.text
        assert row["events"] == len(record.events)


def test_partition_survives_an_article_that_crashes_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.pipeline

    real = newsgraph.pipeline.extract_many

    def fragile(documents: Any, **options: Any) -> Any:
        documents = list(documents)
        if any("explode" in d.text for d in documents):
            raise RuntimeError("simulated crash inside spaCy")
        return real(documents, **options)

    monkeypatch.setattr(newsgraph.pipeline, "extract_many", fragile)
    rows = [
        {"id": "fine", "text": "The mayor opened a new bridge over the river on Sunday."},
        {"id": "bad", "text": "This article makes the parser explode for a reason we cannot see."},
        {"id": "also-fine", "text": "Farmers protested outside parliament in Paris on Monday."},
    ]
    out = list(extract_partition(rows, table="records"))
    assert [r.get("article_id") or r.get("id") for r in out] == ["fine", "bad", "also-fine"]
    assert is_error(out[1]) and "simulated crash" in out[1][ERROR_KEY]


def test_partition_rejects_an_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        list(extract_partition([], table="tweets"))


# --- planning: every input line lands in exactly one partition --------------------------------------------


def test_byte_range_partitions_read_each_line_once(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{n}", "text": "x" * (n * 7 % 50)}) for n in range(40)]
    (tmp_path / "one.jsonl").write_text("\n".join(lines[:25]) + "\n", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text("\n".join(lines[25:]), encoding="utf-8")  # no final newline
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    files = sorted(tmp_path.glob("*.jsonl"))
    for count in (None, 1, 2, 3, 7, 40, 500):
        specs = plan_partitions(files, count, target_bytes=300)
        seen = [item["id"] for spec in specs for _, item in read_partition(spec)]
        assert seen == [f"a{n}" for n in range(40)], count
        assert [s.index for s in specs] == list(range(len(specs)))


def test_bad_json_line_is_labelled_with_its_byte_offset() -> None:
    path = DATA / "wire-b.jsonl"
    spec = PartitionSpec(0, (Segment(str(path), 0, path.stat().st_size),))
    failures = [(label, item) for label, item in read_partition(spec) if not isinstance(item, dict)]
    assert len(failures) == 1
    offset = int(failures[0][0].rsplit("@", 1)[1])
    assert path.read_bytes()[offset:].startswith(b"{this line is not json")


# --- run_batch: folders, resumption, formats, engines -----------------------------------------------------


@pytest.fixture(scope="module")
def local_events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("events")
    summary = run_batch([str(DATA / "*.jsonl")], out, table="events", partitions=3)
    assert summary.partitions == 3 and summary.written == 3
    assert summary.articles == len(GOOD_IDS)
    return out


def test_local_batch_writes_parts_errors_and_success(local_events: Path, expected: dict[str, Record]) -> None:
    assert (local_events / "_SUCCESS").exists()
    assert sorted(p.name for p in local_events.glob("part-*")) == [f"part-0000{i}.jsonl" for i in range(3)]
    errors = [json.loads(line) for line in (local_events / "_errors.jsonl").read_text().splitlines()]
    assert len(errors) == 2
    assert any(e["id"] == "missing-text" for e in errors)
    assert any(e["reason"].startswith("not a JSON record") for e in errors)
    rows = read_jsonl_table(local_events)
    assert len(rows) == sum(len(r.events) for r in expected.values())
    for row in rows:
        assert_offsets(row, expected[row["article_id"]].article.text, "trigger", "evidence")
    if rows:
        assert {r["article_id"] for r in rows} <= GOOD_IDS


def test_rerun_skips_finished_partitions(local_events: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in local_events.glob("part-*")}
    again = run_batch([str(DATA / "*.jsonl")], local_events, table="events", partitions=3)
    assert again.skipped == 3 and again.written == 0
    assert {p.name: p.stat().st_mtime_ns for p in local_events.glob("part-*")} == before
    assert again.errors_total == 2  # errors of skipped partitions are still listed


def test_rerun_redoes_only_a_missing_partition(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(DATA)], out, table="records", partitions=2)
    first = (out / "part-00001.jsonl").read_text()
    (out / "part-00001.jsonl").unlink()
    (out / "_SUCCESS").unlink()
    again = run_batch([str(DATA)], out, table="records", partitions=2)
    assert [r.skipped for r in again.results] == [True, False]
    assert (out / "part-00001.jsonl").read_text() == first
    assert (out / "_SUCCESS").exists()


def test_resuming_with_another_plan_is_refused(local_events: Path) -> None:
    with pytest.raises(NewsgraphError, match="other inputs or options"):
        run_batch([str(DATA / "*.jsonl")], local_events, table="events", partitions=5)


def test_no_matching_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NewsgraphError, match="no input files"):
        run_batch([str(tmp_path / "*.jsonl")], tmp_path / "out")


def test_parquet_parts_are_typed(tmp_path: Path, local_events: Path) -> None:
    import pyarrow as pa
    import pyarrow.dataset as ds

    out = tmp_path / "parquet"
    run_batch([str(DATA / "*.jsonl")], out, table="events", output_format="parquet", partitions=3)
    table = ds.dataset(out, format="parquet").to_table()  # _errors, _plan.json, _SUCCESS are ignored
    assert table.schema.equals(arrow_schema("events"))
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("published").type == pa.date32()
    assert table.schema.field("evidence_start").type == pa.int64()
    assert table.schema.field("actor_ids").type == pa.list_(pa.string())
    assert table.num_rows == len(read_jsonl_table(local_events))
    for row in table.to_pylist():
        assert row["published"] is None or isinstance(row["published"], dt.date)


def test_empty_partition_still_has_the_schema(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    source = tmp_path / "only-bad.jsonl"
    source.write_text('{"id": "x", "title": "no body"}\n', encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([str(source)], out, table="quotes", output_format="parquet")
    assert summary.rows == 0 and summary.errors_total == 1
    part = pq.read_table(out / "part-00000.parquet")
    assert part.num_rows == 0 and part.schema.equals(arrow_schema("quotes"))


def sorted_rows(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


def test_dask_processes_scheduler_matches_local(tmp_path: Path, local_events: Path) -> None:
    pytest.importorskip("dask.bag")
    out = tmp_path / "dask"
    summary = run_batch([str(DATA / "*.jsonl")], out, table="events", engine="dask", scheduler="processes",
                        workers=2, partitions=3)
    assert summary.written == 3 and summary.errors_total == 2
    assert sorted_rows(read_jsonl_table(out)) == sorted_rows(read_jsonl_table(local_events))


def test_dask_distributed_local_cluster(tmp_path: Path, local_events: Path) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "cluster"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        summary = run_batch([str(DATA / "*.jsonl")], out, table="events", engine="dask", scheduler=address,
                            partitions=3)
    assert summary.written == 3 and summary.errors_total == 2
    assert sorted_rows(read_jsonl_table(out)) == sorted_rows(read_jsonl_table(local_events))


def test_unknown_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    with pytest.raises(NewsgraphError, match="unknown scheduler"):
        run_batch([str(DATA)], tmp_path / "out", engine="dask", scheduler="gpu-farm")


def test_folder_input_copy_is_independent_of_location(tmp_path: Path) -> None:
    """Paths in error rows are the inputs' own, so a copied corpus reports its own files."""
    corpus = tmp_path / "corpus"
    shutil.copytree(DATA, corpus)
    out = tmp_path / "out"
    run_batch([str(corpus)], out, table="records")
    errors = (out / "_errors.jsonl").read_text()
    assert str(corpus) in errors and str(DATA) not in errors


def test_spark_ddl_names_every_column_with_a_type() -> None:
    from newsgraph.batch import spark_ddl

    ddl = spark_ddl("events")
    assert "`date` DATE" in ddl and "`actor_ids` ARRAY<STRING>" in ddl and "`quad` BIGINT" in ddl
    assert ddl.count("`") == 2 * len(arrow_schema("events").names)


def test_output_inside_the_input_glob_is_not_read_back(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(DATA, corpus)
    out = corpus / "out"
    run_batch([str(corpus / "**" / "*.jsonl")], out, table="records")
    again = run_batch([str(corpus / "**" / "*.jsonl")], out, table="records")
    assert again.skipped == again.partitions == 2
