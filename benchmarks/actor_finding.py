"""Measure the events stage's actor finding on QA-SRL, a set that is not PLOVER.

PLOVER's gold sentences are few and full of the same actors, so a rule can fit them
without following the grammar. QA-SRL (``../shared/data/qasrl-wikinews/dev.jsonl``,
Wikinews sentences with per-verb questions and answer spans; MIT) asks, for every verb,
who did it: an active question whose subject is the wh-word ("Who shot someone?",
"Who might finish?", not "Who was shot?" or "Who did someone call?"). For each such
verb this script takes the actors ``events.arguments.verb_actors`` gives the verb (the
clause-level rules every event uses, with the verb read as an ``OTHER`` event), turns
each into the phrase the scorer sees (``build._char_span``: the noun phrase with its
apposition; with the other mentions of an entity it names, as the PLOVER scorer counts
them) and counts:

- hit: some predicted phrase overlaps some gold answer span;
- wrong: phrases predicted, none overlapping;
- missed: no phrase predicted.

Reported: hit rate (hits over verbs with a gold agent) and precision (hits over verbs
with a prediction), and the hit rate on the verbs that trigger a PLOVER event. Records
are split into halves by article, with the same hash as ``newsgraph eval --half``
(``evaluation.in_half``); develop on ``tune``.

    PYTHONPATH=src python benchmarks/actor_finding.py [--half tune|held-out] [--limit N]
        [--show wrong|missed] [PATH]

``--show`` prints the tune half's errors (refused on held-out).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.evaluation import in_half
from newsgraph.events import event_details
from newsgraph.events.arguments import verb_actors
from newsgraph.events.build import _char_span
from newsgraph.events.ontology import OTHER, get_ontology
from newsgraph.ingest.document import Document
from newsgraph.pipeline import load_pipeline, make_doc

REPO = Path(__file__).resolve().parents[1]
#: ``../shared/data`` beside the checkout (a worktree may sit one level deeper).
DEFAULT = next(
    (
        p / "shared" / "data" / "qasrl-wikinews" / "dev.jsonl"
        for p in REPO.parents
        if (p / "shared" / "data").is_dir()
    ),
    REPO.parent / "shared" / "data" / "qasrl-wikinews" / "dev.jsonl",
)
AUXILIARIES = frozenset(
    {"do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being"}
    | {"will", "would", "can", "could", "may", "might", "should", "must", "shall", "not"}
)
BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
PLACEHOLDERS = frozenset({"someone", "something", "somebody", "somewhere"})


def agent_question(question: str) -> bool:
    """Whether a QA-SRL question asks for the verb's active subject ("Who shot someone?")."""
    words = question.lower().rstrip("?").split()
    if len(words) < 2 or words[0] != "who":
        return False
    auxiliaries: list[str] = []
    rest = words[1:]
    while rest and (rest[0] in AUXILIARIES or rest[0].endswith("n't")):
        auxiliaries.append(rest[0])
        rest = rest[1:]
    if not rest or rest[0] in PLACEHOLDERS:
        return False  # "Who did someone call?": the wh-word is the object
    passive = any(a in BE for a in auxiliaries) and not rest[0].endswith("ing")
    return not passive


def article_key(record: dict[str, Any]) -> str:
    """'Wiki1k:wikinews:684866:3:2' -> 'Wiki1k:wikinews:684866': one article, one half."""
    return str(record["id"]).rsplit(":", 2)[0]


def _token_at(doc: Doc, offset: int) -> Token | None:
    return next((t for t in doc if t.idx <= offset < t.idx + len(t)), None)


def _offsets(tokens: list[str]) -> list[int]:
    out, at = [], 0
    for word in tokens:
        out.append(at)
        at += len(word) + 1
    return out


def _with_mentions(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The predicted phrases plus the other mentions of the entities they name, as the
    PLOVER scorer credits them ("he" resolved to Karzai also counts as "Hamid Karzai")."""
    out = list(spans)
    for entity in doc._.ng_entities:
        if any(m.start < e and s < m.end for m in entity.mentions for s, e in spans):
            out.extend((m.start, m.end) for m in entity.mentions)
    return out


def score(path: Path, half: str | None, limit: int | None, show: str | None) -> Counter[str]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if in_half(article_key(r), half)][:limit]
    nlp = load_pipeline()
    onto = get_ontology()
    docs = nlp.pipe(
        (make_doc(nlp, Document(id=str(r["id"]), text=str(r["text"]))) for r in records), batch_size=32
    )
    tally: Counter[str] = Counter()
    for record, doc in zip(records, docs, strict=True):
        starts = _offsets(record["tokens"])
        details = event_details(doc)
        acts = [e for e in doc._.ng_events if e.category != OTHER and e.id in details]
        triggers = {details[e.id].trigger_token for e in acts}
        for verb in record["verbs"]:
            gold: list[tuple[int, int]] = []
            for qa in verb["qas"]:
                if agent_question(str(qa["question"])):
                    for answer in qa["answers"]:
                        end_token = int(answer["tok_end"]) - 1
                        gold.append(
                            (
                                starts[int(answer["tok_start"])],
                                starts[end_token] + len(record["tokens"][end_token]),
                            )
                        )
            if not gold:
                continue
            token = _token_at(doc, starts[int(verb["verb_idx"])])
            if token is None:
                continue
            spans = _with_mentions(doc, [_char_span(doc, t) for t in verb_actors(token, onto)])
            tally["verbs"] += 1
            if any(s < g_end and g_start < e for s, e in spans for g_start, g_end in gold):
                outcome = "hit"
            else:
                outcome = "wrong" if spans else "missed"
            tally[outcome] += 1
            if token.i in triggers:
                tally["event verbs"] += 1
                tally[f"event {outcome}"] += 1
            if show == outcome or (show == f"event-{outcome}" and token.i in triggers):
                predicted = " | ".join(doc.text[s:e] for s, e in spans) or "-"
                answers = " | ".join(sorted({doc.text[s:e] for s, e in gold}))
                print(f"{verb['verb']:>14} pred: {predicted:<30} gold: {answers}\n{'':>14} {record['text']}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=("tune", "held-out"), default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--show", choices=("wrong", "missed", "event-wrong", "event-missed"), default=None
    )
    args = parser.parse_args()
    if args.show and args.half != "tune":
        parser.error("--show prints errors of the tune half only (--half tune)")
    tally = score(args.path, args.half, args.limit, args.show)
    verbs, hits = tally["verbs"], tally["hit"]
    predicted = hits + tally["wrong"]
    print(f"QA-SRL actor finding ({args.half or 'all'}): {verbs} verbs with a gold agent")
    print(f"  hit rate   {hits / verbs if verbs else 0.0:.3f}  ({hits})")
    print(f"  precision  {hits / predicted if predicted else 0.0:.3f}  ({predicted} predicted)")
    print(f"  wrong {tally['wrong']}, missed {tally['missed']}")
    events, event_hits = tally["event verbs"], tally["event hit"]
    share = event_hits / events if events else 0.0
    errors = f"wrong {tally['event wrong']}, missed {tally['event missed']}"
    print(f"  PLOVER event verbs: {events}, hit rate {share:.3f} ({errors})")


if __name__ == "__main__":
    main()
