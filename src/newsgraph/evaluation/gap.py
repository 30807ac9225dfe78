"""Pronoun resolution against GAP (ambiguous pronouns in Wikipedia paragraphs).

Each example names a pronoun and two people, A and B, and says for each whether
the pronoun refers to them. As in the GAP paper (Webster et al., TACL 2018) the
A and B decisions are scored together: F1 over "refers" decisions, overall and by
the pronoun's gender, and bias = F1(feminine) / F1(masculine).

newsgraph is run as in production (dateline and entities stages) on the example's
text. Its decision for A is "refers" when the entity the pronoun was linked to has
a mention overlapping A's words (the same for B); an unresolved pronoun refers to
neither. This is how the 0.536 of the rule-based resolver was measured too.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.constants import FEMININE_PRONOUNS
from newsgraph.errors import InputError
from newsgraph.evaluation import Report, in_half
from newsgraph.evaluation.gum import entity_docs, prf
from newsgraph.ingest.document import Document
from newsgraph.records import Entity

_COLUMNS = ("ID", "Text", "Pronoun", "Pronoun-offset", "A", "A-offset", "A-coref", "B", "B-offset", "B-coref")


@dataclass(frozen=True)
class GapExample:
    """One GAP row with character spans into ``text``."""

    id: str
    text: str
    pronoun: tuple[int, int]
    a: tuple[int, int]
    b: tuple[int, int]
    a_coref: bool
    b_coref: bool

    @property
    def feminine(self) -> bool:
        return self.text[self.pronoun[0] : self.pronoun[1]].lower() in FEMININE_PRONOUNS


def read_gap(path: Path, limit: int | None = None, half: str | None = None) -> Iterator[GapExample]:
    """The examples of a GAP TSV file; ``InputError`` when it lacks GAP's columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(str(path), f"not a GAP file: no column {', '.join(missing)}")
        count = 0
        for row in reader:
            if limit is not None and count >= limit:
                return
            if not in_half(row["ID"], half):
                continue
            try:
                p, a, b = int(row["Pronoun-offset"]), int(row["A-offset"]), int(row["B-offset"])
            except ValueError as exc:
                raise InputError(str(path), f"row {row['ID']}: bad offset ({exc})") from exc
            count += 1
            yield GapExample(
                id=row["ID"],
                text=row["Text"],
                pronoun=(p, p + len(row["Pronoun"])),
                a=(a, a + len(row["A"])),
                b=(b, b + len(row["B"])),
                a_coref=row["A-coref"].strip().upper() == "TRUE",
                b_coref=row["B-coref"].strip().upper() == "TRUE",
            )


def _overlaps(spans: list[tuple[int, int]], target: tuple[int, int]) -> bool:
    return any(s < target[1] and e > target[0] for s, e in spans)


def pronoun_entity(entities: list[Entity], span: tuple[int, int]) -> Entity | None:
    """The entity with a pronoun mention exactly at ``span`` (not a description around it)."""
    for entity in entities:
        for m in entity.mentions:
            if m.kind == "pronoun" and (m.start, m.end) == span:
                return entity
    return None


def decision_counts(
    linked: Iterable[tuple[GapExample, list[Entity]]],
) -> tuple[dict[str, list[int]], int]:
    """(true positives, predicted positives, gold positives) of the A/B decisions per
    pronoun gender ("masculine", "feminine"), and how many pronouns were resolved, for
    each example with the entities found in its text."""
    counts = {"masculine": [0, 0, 0], "feminine": [0, 0, 0]}
    resolved = 0
    for example, entities in linked:
        entity = pronoun_entity(entities, example.pronoun)
        spans = [(m.start, m.end) for m in entity.mentions] if entity is not None else []
        resolved += entity is not None
        row = counts["feminine" if example.feminine else "masculine"]
        for target, gold in ((example.a, example.a_coref), (example.b, example.b_coref)):
            predicted = _overlaps(spans, target)
            row[0] += predicted and gold
            row[1] += predicted
            row[2] += gold
    return counts, resolved


def bias(counts: dict[str, list[int]]) -> float:
    """GAP's bias: feminine F1 / masculine F1 (0 when the masculine F1 is 0)."""
    feminine, masculine = prf(*counts["feminine"])[2], prf(*counts["masculine"])[2]
    return feminine / masculine if masculine else 0.0


def evaluate(
    path: Path | str, *, limit: int | None = None, model: str | None = None, half: str | None = None
) -> Report:
    """Score newsgraph's pronoun links on a GAP TSV file."""
    path = Path(path)
    examples = list(read_gap(path, limit, half))
    documents = [Document(id=e.id, text=e.text) for e in examples]
    linked = ((e, doc._.ng_entities) for e, doc in zip(examples, entity_docs(documents, model), strict=True))
    counts, resolved = decision_counts(linked)
    rows: list[tuple[str, float | int | str]] = []
    for gender in ("masculine", "feminine"):
        p, r, f = prf(*counts[gender])
        rows.append((f"{gender} P/R/F1", f"{p:.3f} / {r:.3f} / {f:.3f}"))
    tp, n_pred, n_gold = (sum(c[k] for c in counts.values()) for k in range(3))
    p, r, f = prf(tp, n_pred, n_gold)
    rows += [
        ("precision", p),
        ("recall", r),
        ("F1", f),
        ("bias (feminine F1 / masculine F1)", bias(counts)),
        ("pronouns resolved", resolved / len(examples) if examples else 0.0),
    ]
    return Report(
        dataset="gap",
        path=str(path),
        n_documents=len(examples),
        tables={"A/B decisions (GAP paper scoring)": rows},
    )
