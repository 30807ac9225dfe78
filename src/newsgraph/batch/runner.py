"""Running a batch: plan partitions, run them on an engine, write one file each.

Layout of the output folder (the convention Spark and Hadoop jobs use, so the
folder reads as one dataset in pandas, pyarrow, DuckDB, Spark or Dask)::

    part-00000.jsonl | part-00000.parquet   one per partition, the table's rows
    _errors/part-00000.jsonl                inputs of that partition that failed
    _errors.jsonl                           all failed inputs, merged at the end
    _plan.json                              the partition plan and options
    _SUCCESS                                written last, when every partition is done

Each partition's files are written to a temporary name and renamed into place, the
errors before the table, so an existing ``part-*`` file always means "finished":
a re-run (after a crash, a pre-empted worker, Ctrl-C) skips those partitions.
Files starting with ``_`` are ignored by dataset readers, so they never mix into
the table.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from newsgraph import tables
from newsgraph.batch.partition import ERROR_KEY, LabelledItem, extract_labelled
from newsgraph.batch.plan import PartitionSpec, expand_inputs, plan_partitions, read_partition
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.readers import MAX_CHARS
from newsgraph.tables import TABLES, Row, table_columns

FORMATS = ("jsonl", "parquet")
ENGINES = ("local", "dask")
#: Schedulers the dask engine accepts by name; anything with ``://`` is a
#: dask.distributed scheduler address.
DASK_SCHEDULERS = ("processes", "threads", "synchronous")


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What one partition task did: ``skipped`` when its output already existed."""

    index: int
    skipped: bool
    articles: int = 0
    rows: int = 0
    errors: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class BatchSummary:
    out: Path
    partitions: int
    results: list[PartitionResult] = field(default_factory=list)
    errors_total: int = 0
    seconds: float = 0.0

    @property
    def written(self) -> int:
        return sum(not r.skipped for r in self.results)

    @property
    def skipped(self) -> int:
        return sum(r.skipped for r in self.results)

    @property
    def rows(self) -> int:
        return sum(r.rows for r in self.results)

    @property
    def articles(self) -> int:
        return sum(r.articles for r in self.results)


def output_path(out: Path, spec: PartitionSpec, output_format: str) -> Path:
    return out / f"{spec.name}.{output_format}"


def run_partition(
    spec: PartitionSpec,
    *,
    out: str,
    table: str,
    output_format: str,
    model: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> PartitionResult:
    """Extract one partition and write its table file and its errors file.

    This is the task every engine runs; it takes and returns only plain, picklable
    values, and skips the work when the partition's output already exists."""
    folder = Path(out)
    target = output_path(folder, spec, output_format)
    if target.exists():
        return PartitionResult(spec.index, skipped=True)
    began = time.perf_counter()
    rows: list[Row] = []
    errors: list[Row] = []
    inputs = 0

    def counted() -> Iterator[LabelledItem]:
        nonlocal inputs
        for item in read_partition(spec):
            inputs += 1
            yield item

    for row in extract_labelled(counted(), table=table, model=model, published=published,
                                max_chars=max_chars):
        if ERROR_KEY in row:
            errors.append({"input": row["input"], "id": row["id"], "reason": row[ERROR_KEY],
                           "partition": spec.name})
        else:
            rows.append(row)
    error_file = folder / "_errors" / f"{spec.name}.jsonl"
    error_file.parent.mkdir(parents=True, exist_ok=True)
    _write_jsonl(error_file, errors)
    if output_format == "parquet":
        _write_parquet(target, rows, table)
    else:
        _write_jsonl(target, rows)
    # Articles with no rows in this table (no events, say) still count as extracted.
    return PartitionResult(spec.index, skipped=False, articles=inputs - len(errors), rows=len(rows),
                           errors=len(errors), seconds=time.perf_counter() - began)


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _write_jsonl(path: Path, rows: Iterable[Row]) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    os.replace(temporary, path)


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of a researcher table (:func:`newsgraph.tables.arrow_schema`, the one
    mapping the store's export uses too: dates as date32, counts and offsets as int64)."""
    return tables.arrow_schema(table_columns(table))


def _write_parquet(path: Path, rows: list[Row], table: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    data = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(data, temporary)
    os.replace(temporary, path)


def _check_plan(out: Path, plan: dict[str, Any]) -> None:
    """Refuse to resume into a folder written with another plan: its part files
    would cover other byte ranges, and skipping them would lose or repeat rows."""
    plan_file = out / "_plan.json"
    if plan_file.exists():
        try:
            previous = json.loads(plan_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            previous = None
        if previous != plan:
            raise NewsgraphError(
                f"{out} holds a batch with other inputs or options (see {plan_file}); "
                "give a new --out folder, or delete it to start over"
            )
        return
    if any(out.glob("part-*")):
        raise NewsgraphError(f"{out} already holds part files but no _plan.json; give a new --out folder")
    temporary = out / "._plan.json.tmp"
    temporary.write_text(json.dumps(plan, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, plan_file)


def run_batch(
    inputs: Sequence[str],
    out: str | Path,
    *,
    table: str = "events",
    output_format: str = "jsonl",
    engine: str = "local",
    scheduler: str | None = None,
    partitions: int | None = None,
    workers: int | None = None,
    model: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    client: Any = None,
) -> BatchSummary:
    """Run newsgraph over JSONL files matching ``inputs`` and write ``table`` to ``out``.

    ``engine="local"`` runs the partitions one after another in this process;
    ``engine="dask"`` runs them as a Dask bag on ``scheduler`` ("processes" — the
    default —, "threads", "synchronous", or a dask.distributed address such as
    ``tcp://10.0.0.5:8786``), or on an existing ``client``. ``workers`` caps the
    local dask scheduler's processes or threads."""
    if table not in TABLES:
        raise NewsgraphError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    if output_format not in FORMATS:
        raise NewsgraphError(f"unknown format {output_format!r}; choose jsonl or parquet")
    if engine not in ENGINES:
        raise NewsgraphError(f"unknown engine {engine!r}; choose local or dask")
    began = time.perf_counter()
    folder = Path(out).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    # A glob like 'data/**/*.jsonl' with --out data/out would otherwise read its own output on a re-run.
    files = [f for f in expand_inputs(list(inputs)) if not f.is_relative_to(folder)]
    if not files:
        raise NewsgraphError(f"every input matching {' '.join(inputs)} is inside the output folder {folder}")
    specs = plan_partitions(files, partitions)
    plan = {
        "table": table, "format": output_format, "model": model,
        "published": published.isoformat() if published else None,
        "files": [{"path": str(f), "bytes": f.stat().st_size} for f in files],
        "partitions": [s.to_json() for s in specs],
    }
    _check_plan(folder, plan)
    (folder / "_SUCCESS").unlink(missing_ok=True)
    todo = [s for s in specs if not output_path(folder, s, output_format).exists()]
    done = [PartitionResult(s.index, skipped=True) for s in specs if s not in todo]
    task = partial(run_partition, out=str(folder), table=table, output_format=output_format, model=model,
                   published=published, max_chars=max_chars)
    if not todo:
        results: list[PartitionResult] = []
    elif engine == "dask":
        results = _run_dask(todo, task, scheduler=scheduler, workers=workers, client=client)
    else:
        results = [task(spec) for spec in todo]
    summary = BatchSummary(folder, len(specs), sorted(done + results, key=lambda r: r.index))
    summary.errors_total = _merge_errors(folder, specs)
    (folder / "_SUCCESS").write_text("", encoding="utf-8")
    summary.seconds = time.perf_counter() - began
    return summary


def _run_dask(specs: list[PartitionSpec], task: Any, *, scheduler: str | None, workers: int | None,
              client: Any) -> list[PartitionResult]:
    """One Dask bag element per partition, so Dask's scheduler hands partitions to
    workers as they free up and a lost worker's partition is simply re-run."""
    try:
        import dask.bag as db
    except ImportError as exc:
        raise NewsgraphError('the dask engine needs Dask: pip install "newsgraph[dask]"') from exc
    bag = db.from_sequence(specs, npartitions=len(specs))  # type: ignore[no-untyped-call]
    bag = bag.map(task)
    if client is not None:
        return list(client.compute(bag).result())
    name = scheduler or "processes"
    if "://" in name:
        try:
            from distributed import Client
        except ImportError as exc:
            raise NewsgraphError(
                'a scheduler address needs dask.distributed: pip install "newsgraph[dask]"'
            ) from exc
        with Client(name) as remote:  # type: ignore[no-untyped-call]
            return list(remote.compute(bag).result())
    if name not in DASK_SCHEDULERS:
        raise NewsgraphError(f"unknown scheduler {name!r}: use processes, threads, synchronous or tcp://HOST:PORT")
    options: dict[str, Any] = {"scheduler": name}
    if workers and name != "synchronous":
        options["num_workers"] = workers
    return list(bag.compute(**options))


def _merge_errors(folder: Path, specs: list[PartitionSpec]) -> int:
    """Concatenate the partitions' error files into ``_errors.jsonl``; the count."""
    count = 0
    temporary = folder / "._errors.jsonl.tmp"
    with temporary.open("w", encoding="utf-8") as merged:
        for spec in specs:
            part = folder / "_errors" / f"{spec.name}.jsonl"
            if not part.exists():
                continue
            with part.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        merged.write(line if line.endswith("\n") else line + "\n")
                        count += 1
    os.replace(temporary, folder / "_errors.jsonl")
    return count
