"""The corpus commands as a user types them: ingest, query, export, generate."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.store import open_store
from tests.store.records import levy_record, market_record, meeting_record

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'corpus.db'}"
    store = open_store(url)
    for record in (levy_record(), meeting_record(), market_record()):
        store.add_record(record)
    store.close()
    return url


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_quotes_by_speaker_since_a_date(db: str) -> None:
    out = run("quotes", "--speaker", "Castellan", "--since", "2024-10-01", "--db", db)
    assert "common ground" in out and "sea wall" not in out
    page = json.loads(run("quotes", "--speaker", "Castellan", "--db", db, "--format", "json"))
    assert page["total"] == 2
    assert {q["speaker"]["name"] for q in page["items"]} == {"Mira Castellan"}


def test_events_by_country_code_and_category_as_csv(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("events", "--actor", "KLV", "--format", "csv", "--db", db))))
    assert [r["category"] for r in rows] == ["CONSULT"]
    assert rows[0]["actors"] == "Mira Castellan"
    out = run("events", "--category", "ACCUSE", "--db", db, "--format", "json")
    assert json.loads(out)["items"][0]["targets"][0]["name"] == "Mira Castellan"


def test_timeline_search_and_actors(db: str) -> None:
    assert "Mayor" in run("timeline", "Castellan", "--db", db)
    hits = json.loads(run("search", "sea wall", "--db", db, "--format", "json"))
    assert hits["quotes"][0]["article_id"] == "levy"
    actors = json.loads(run("actors", "--top", "2", "--db", db, "--format", "json"))
    assert [a["n_articles"] for a in actors["items"]] == [2, 2]


def test_unknown_actor_and_missing_store_are_one_line_errors(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["timeline", "Nobody", "--db", db])
    assert result.exit_code != 0
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "absent.db")])
    assert result.exit_code != 0 and not (tmp_path / "absent.db").exists()


def test_export_parquet(db: str, tmp_path: Path) -> None:
    out = tmp_path / "export"
    run("export", "--format", "parquet", "--out", str(out), "--db", db)
    quotes = pq.read_table(out / "quotes.parquet")
    assert quotes.num_rows == 4 and quotes.schema.field("published").type == pa.date32()


def test_generate_then_ingest_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "generated"
    run("generate", "6", "--out", str(folder), "--seed", "2")
    assert len(list(folder.iterdir())) == 6
    url = f"sqlite:///{tmp_path / 'g.db'}"
    first = runner.invoke(app, ["ingest", str(folder), "--db", url, "--quiet"])
    assert first.exit_code == 0, first.output
    assert "ingest run 1" in first.stderr
    second = runner.invoke(app, ["ingest", str(folder), "--db", url, "--quiet"])
    assert second.exit_code == 0
    store = open_store(url)
    assert store.counts().articles == 6
    assert [r.unchanged for r in store.runs()] == [6, 0]
    store.close()
