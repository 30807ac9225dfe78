"""``newsgraph train calibration``: fit the confidence of quotes and events on gold data.

1. Run the production pipeline over the gold texts. The attribution and events stages
   leave each record's features on its ``Doc`` (``confidence.remember``), so the rows
   fitted are exactly the rows scored at run time.
2. Label each record with the scorer's own rule. Quotes (PolNeAR **train** only): right
   when the scorer matches it to a gold attribution (content Jaccard >= 0.5) *and* its
   source is right (``evaluation.polnear``). Events (PLOVER ``gsr-dev``, **tune half**
   only): the sentence's main event (``evaluation.plover.main_event``) is right when
   its PLOVER category is the gold one; the other events of a sentence have no label.
3. Fit scikit-learn's ``LogisticRegression`` (a handful of weights and a bias, nothing
   per word) and write them with the data version, date and training figures to
   ``data/calibration/{quotes,events}.json``. A logistic regression's output is already
   a calibrated probability on its training data; the held-out reliability (PolNeAR dev,
   PLOVER held-out half) is printed by ``newsgraph eval polnear|plover``.

PolNeAR dev and the PLOVER held-out half are never read here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from newsgraph.confidence import (
    CALIBRATION_FILES,
    EVENT_FEATURES,
    QUOTE_FEATURES,
    CalibratedType,
    Calibration,
    remembered,
)
from newsgraph.errors import NewsgraphError
from newsgraph.evaluation import read_jsonl
from newsgraph.evaluation.plover import GOLD_MAP, main_event
from newsgraph.evaluation.polnear import Tally, document, gold_items, predicted_items, score_document
from newsgraph.evaluation.reliability import high_confidence_rows, reliability_rows
from newsgraph.events.formats import plover_category
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc
from newsgraph.training import file_sha256

#: Inverse regularisation strength: mild, the features are few and the rows many.
C = 1.0
#: Where each dataset came from (../shared/data/README.md).
SOURCES = {
    "polnear": "PolNeAR (Newell, Margolin & Ruths, LREC 2018), train.jsonl",
    "plover": "PLOVER gold standard records, gsr-dev.jsonl, tune half",
}

Log = Callable[[str], None]


@dataclass
class Rows:
    """Feature rows of one record type with their 0/1 labels."""

    names: tuple[str, ...]
    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)

    def add(self, features: dict[str, float], right: bool) -> None:
        self.rows.append([float(features.get(name, 0.0)) for name in self.names])
        self.labels.append(int(right))


def _docs(documents: list[Document]) -> Iterator[Doc]:
    nlp = load_pipeline(None)
    yield from nlp.pipe((make_doc(nlp, d) for d in documents), batch_size=16)


def quote_rows(path: Path, limit: int | None = None) -> Rows:
    """Quote features and labels over a PolNeAR file (the fitting uses train only)."""
    records = list(read_jsonl(path, limit))
    out = Rows(QUOTE_FEATURES)
    tallies: dict[str, Tally] = {"all": Tally()}
    for rec, doc in zip(records, _docs([document(r) for r in records]), strict=True):
        record = doc._.newsgraph
        right = score_document(str(rec["text"]), gold_items(rec), predicted_items(record), tallies)
        features = remembered(doc.user_data, "quote")
        for quote, ok in zip(record.quotes, right, strict=True):
            out.add(features.get(quote.id, {}), ok)
    return out


def event_rows(path: Path, half: str | None = "tune", limit: int | None = None) -> Rows:
    """Main-event features and labels over PLOVER gold records (the fitting uses the tune half)."""
    records = list(read_jsonl(path, limit, half))
    documents = [Document(id=str(r.get("id", n)), text=str(r["text"])) for n, r in enumerate(records)]
    out = Rows(EVENT_FEATURES)
    for rec, doc in zip(records, _docs(documents), strict=True):
        event, _, _ = main_event(doc)
        if event is None:
            continue
        gold = GOLD_MAP.get(str(rec["event"]), str(rec["event"]))
        out.add(remembered(doc.user_data, "event").get(event.id, {}), plover_category(event) == gold)
    return out


def fit(record_type: CalibratedType, rows: Rows, info: dict[str, object]) -> Calibration:
    """A logistic regression on ``rows``, with its training figures in ``info``."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    if len(set(rows.labels)) < 2:
        raise NewsgraphError(f"{record_type}: the training rows hold only one label; use more data (--limit)")
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(rows.rows, rows.labels)
    calibration = Calibration(
        record_type=record_type,
        features=rows.names,
        weights=tuple(float(w) for w in model.coef_[0]),
        bias=float(model.intercept_[0]),
        info=info,
    )
    outcomes = [
        (calibration.probability(dict(zip(rows.names, row, strict=True))), bool(label))
        for row, label in zip(rows.rows, rows.labels, strict=True)
    ]
    figures: dict[str, float | int | str] = {"rows": len(rows.rows), "right": sum(rows.labels)}
    figures.update(dict(reliability_rows(outcomes)))
    figures.update(dict(high_confidence_rows(outcomes)))
    calibration.info["training figures"] = {
        k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()
    }
    return calibration


def train(
    data: Path,
    out_dir: Path,
    *,
    which: tuple[CalibratedType, ...] = ("quote", "event"),
    limit: int | None = None,
    log: Log = print,
) -> list[Path]:
    """Fit the calibration of each record type in ``which`` and write its JSON to ``out_dir``."""
    written: list[Path] = []
    today = dt.date.today().isoformat()
    for record_type in which:
        if record_type == "quote":
            path = data / "polnear" / "train.jsonl"
            log(f"quotes: extracting {path} ...")
            rows = quote_rows(path, limit)
            info: dict[str, object] = {"data": SOURCES["polnear"], "data_sha256": file_sha256(path, 12)}
        else:
            path = data / "plover" / "gsr-dev.jsonl"
            log(f"events: extracting {path} (tune half) ...")
            rows = event_rows(path, "tune", limit)
            info = {"data": SOURCES["plover"], "data_sha256": file_sha256(path, 12)}
        info.update({"fitted": today, "method": f"scikit-learn LogisticRegression(C={C})", "limit": limit})
        calibration = fit(record_type, rows, info)
        target = out_dir / CALIBRATION_FILES[record_type]
        calibration.save(target)
        log(f"{record_type}: {len(rows.rows)} rows, {sum(rows.labels)} right -> {target}")
        for name, weight in zip(calibration.features, calibration.weights, strict=True):
            log(f"  {name:<24} {weight:+.3f}")
        log(f"  {'bias':<24} {calibration.bias:+.3f}")
        written.append(target)
    return written
