"""Ingesting 200 synthetic articles with the real pipeline: counts, reruns, replacements, failures."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsgraph import synthetic
from newsgraph.corpus import IngestSummary, estimate_total, ingest
from newsgraph.ingest.document import Document
from newsgraph.records import Record
from newsgraph.store import Store, open_store

N = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Store, IngestSummary]]:
    folder = tmp_path_factory.mktemp("articles")
    synthetic.write(N, folder, seed=11)
    (folder / "bad").mkdir()
    (folder / "bad" / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "bad" / "broken.json").write_text("{not json", encoding="utf-8")
    store = open_store(f"sqlite:///{folder.parent / 'corpus.db'}")
    summary = ingest([str(folder)], store)
    yield folder, store, summary
    store.close()


def never_extract(documents: Iterable[Document]) -> Iterator[Record]:
    for document in documents:
        raise AssertionError(f"{document.id} was stored already and should not be parsed again")
    return iter(())


def test_every_article_is_stored_once_and_bad_files_are_recorded(
    corpus: tuple[Path, Store, IngestSummary],
) -> None:
    folder, store, summary = corpus
    assert (summary.added, summary.unchanged, summary.replaced, summary.failed) == (N, 0, 0, 2)
    assert estimate_total([str(folder)]) == N + 2
    counts = store.counts()
    assert counts.articles == N
    assert counts.quotes > N and counts.events > N  # every synthetic article has quotes and events
    failed = {e.source: e.error for e in store.errors(summary.run_id).items}
    assert any(s.endswith("empty.txt") and "empty" in r for s, r in failed.items())
    assert any(s.endswith("broken.json") for s in failed)
    run = store.runs()[0]
    assert (run.added, run.failed) == (N, 2) and run.finished_at is not None


def test_a_rerun_skips_stored_articles_without_parsing_them(
    corpus: tuple[Path, Store, IngestSummary],
) -> None:
    folder, store, _ = corpus
    again = ingest([str(folder)], store, extractor=never_extract)
    assert (again.added, again.unchanged, again.replaced, again.failed) == (0, N, 0, 2)
    assert store.counts().articles == N


def test_an_edited_article_replaces_its_old_version(corpus: tuple[Path, Store, IngestSummary]) -> None:
    folder, store, _ = corpus
    path = folder / "syn-11-00001.json"
    item = json.loads(path.read_text(encoding="utf-8"))
    item["text"] += "\nCorrection: an earlier version of this story misspelled a name.\n"
    path.write_text(json.dumps(item), encoding="utf-8")
    result = ingest([str(folder)], store)
    assert (result.added, result.unchanged, result.replaced) == (0, N - 1, 1)
    stored = store.article("syn-11-00001")
    assert stored is not None and "Correction:" in stored.article.text
    assert store.counts().articles == N


def test_recurring_people_are_one_actor_across_articles(corpus: tuple[Path, Store, IngestSummary]) -> None:
    _, store, _ = corpus
    top = store.actors(top=5).items
    assert top and top[0].n_articles >= 10
    person = next(a for a in store.actors(type="PERSON", top=20).items if " " in a.name)
    surname = person.name.split()[-1]
    assert store.quotes(speaker=surname).total >= 1


def test_an_extraction_crash_is_recorded_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsgraph.pipeline

    documents = [
        Document(id=a.id, text=a.text, url=a.url, published=a.published)
        for a in synthetic.articles(4, seed=5)
    ]
    poison = documents[1].id
    real_extract = newsgraph.pipeline.extract

    def fragile_extract_many(docs: Iterable[Document]) -> Iterator[Record]:
        for document in docs:
            if document.id == poison:
                raise RuntimeError("parser exploded")
            yield real_extract(document)

    def fragile_extract(document: Document, **kwargs: object) -> Record:
        if document.id == poison:
            raise RuntimeError("parser exploded again")
        return real_extract(document)

    monkeypatch.setattr(newsgraph.pipeline, "extract", fragile_extract)
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    summary = ingest(documents, store, extractor=fragile_extract_many)
    assert (summary.added, summary.failed) == (3, 1)
    assert "parser exploded again" in store.errors().items[0].error
    assert store.article(poison) is None
    store.close()


def test_two_worker_processes_store_every_article_once(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    synthetic.write(6, folder, seed=8)
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    summary = ingest([str(folder)], store, workers=2, max_pending=2)
    assert (summary.added, summary.failed) == (6, 0)
    assert sorted(a.id for a in store.articles(limit=None).items) == [f"syn-8-{i:05d}" for i in range(6)]
    store.close()


def test_a_broken_extractor_stops_the_run_with_its_error(tmp_path: Path) -> None:
    def broken(documents: Iterable[Document]) -> Iterator[Record]:
        raise RuntimeError("no spaCy model installed")

    store = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    assert ingest([], store, extractor=broken).seen == 0  # nothing to parse: never called
    synthetic.write(2, tmp_path / "two", seed=1)
    with pytest.raises(RuntimeError, match="no spaCy model"):
        ingest([str(tmp_path / "two")], store, extractor=broken)
    store.close()
