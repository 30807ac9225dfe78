"""Named entities against Universal NER (English EWT dev): PER / ORG / LOC, one sentence a record.

Each sentence is run on its own through the entities stage; every name mention of an
entity typed PERSON, ORG or GPE/LOC/FAC (mapped to PER, ORG, LOC) is a prediction.
Exact-span micro P/R/F1 against the gold ``entities`` character spans, overall and per
type. UNER tags only names, so nominal and pronoun mentions are not predictions.
The web-text genres of EWT (reviews, e-mail, answers) are far from news: this measures
robustness of the name tagger and our boundary fixes, not the news use case.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from newsgraph.evaluation import Report, read_jsonl
from newsgraph.evaluation.gum import entity_docs, predicted_names, prf
from newsgraph.ingest.document import Document

LABELS = ("PER", "ORG", "LOC")


def evaluate(
    path: Path | str, *, limit: int | None = None, model: str | None = None, half: str | None = None
) -> Report:
    """Score name mentions on a UNER JSONL file."""
    path = Path(path)
    items = list(read_jsonl(path, limit, half))
    documents = [Document(id=str(item.get("id", n)), text=item["text"]) for n, item in enumerate(items)]
    tp: dict[str, int] = defaultdict(int)
    n_pred: dict[str, int] = defaultdict(int)
    n_gold: dict[str, int] = defaultdict(int)
    unlabelled_tp = 0
    for item, doc in zip(items, entity_docs(documents, model), strict=True):
        gold = {
            (e["start"], e["end"], e["type"]) for e in item.get("entities", []) if e.get("type") in LABELS
        }
        gold_spans = {(s, e) for s, e, _ in gold}
        predicted = predicted_names(doc._.ng_entities)
        for _, _, label in gold:
            n_gold[label] += 1
        for start, end, label in predicted:
            n_pred[label] += 1
            if (start, end, label) in gold:
                tp[label] += 1
            if (start, end) in gold_spans:
                unlabelled_tp += 1
    rows: list[tuple[str, float | int | str]] = []
    for label in LABELS:
        p, r, f = prf(tp[label], n_pred[label], n_gold[label])
        rows.append((f"{label} P/R/F1", f"{p:.3f} / {r:.3f} / {f:.3f}"))
    total_pred, total_gold = sum(n_pred.values()), sum(n_gold.values())
    p, r, f = prf(sum(tp.values()), total_pred, total_gold)
    rows += [("micro precision", p), ("micro recall", r), ("micro F1", f)]
    _, _, span_f = prf(unlabelled_tp, total_pred, total_gold)
    rows += [("span F1 ignoring type", span_f), ("predicted / gold", f"{total_pred} / {total_gold}")]
    return Report(
        dataset="uner",
        path=str(path),
        n_documents=len(items),
        tables={"named entities, exact span, PER/ORG/LOC (per sentence)": rows},
    )
