"""Where our ontology overlay disagrees with the CAMEO dictionary (issue 12, session 25).

For every verb, verb + particle phrase and event noun that ``data/ontology.yaml`` codes,
the CAMEO verb dictionary's own reading (``data/cameo/verbs.json``, every code already
mapped to PLOVER through the official CAMEO2PLOVER table) is compared with ours:

- a bare verb: the verb's own code, else its block's code; when the block gives none
  (a bare verb is no event in CAMEO) the most general patterns (one constraint) are
  shown, the category most of them give counted as CAMEO's reading;
- a phrase ("pull out", "walk out"): CAMEO's compound verb of the same words, else the
  verb's patterns whose one constraint is that particle or preposition;
- an event noun: the CAMEO reading of the verb of its family or its own root ("agreement:
  agree"), when CAMEO has that verb.

Printed: the disagreements grouped by (our category -> CAMEO's), with counts and words, and
mode disagreements inside one category. With ``--tune`` the tune halves (PLOVER gsr-dev and
wire-dev) are run and, for each disagreeing word that is a main event's trigger, the gold is
compared with both readings (held-out halves are never read).

    PYTHONPATH=src python benchmarks/ontology_vs_cameo.py [--tune] [--general]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VERBS = ROOT / "src" / "newsgraph" / "data" / "cameo" / "verbs.json"
SETS = (
    ("PLOVER gsr-dev", ROOT / ".." / "shared" / "data" / "plover" / "gsr-dev.jsonl"),
    ("wire-dev", ROOT / "tests" / "events" / "data" / "wire-dev.jsonl"),
)
NO_EVENT = "none"


@dataclass(frozen=True)
class Reading:
    category: str
    mode: str | None
    how: str  # "own", "block", "general", "compound"
    cameo: str | None = None


def _constraints(pattern: dict[str, Any]) -> int:
    count = len(pattern.get("object") or []) + len(pattern.get("subject") or [])
    count += sum(1 + (obj is not None) for _, obj in pattern.get("prep") or [])
    return count + (pattern.get("particle") is not None)


def _coding(spec: dict[str, Any]) -> tuple[str, str | None, str | None] | None:
    if "cameo" not in spec:
        return None
    if spec["cameo"] is None:
        return NO_EVENT, None, None
    return str(spec.get("plover") or NO_EVENT), spec.get("mode"), spec["cameo"]


class Book:
    """The CAMEO verb blocks indexed by lemma (bare) and by lemma + particle."""

    def __init__(self, path: Path = VERBS) -> None:
        blocks = json.loads(path.read_text(encoding="utf-8"))["blocks"]
        self.bare: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
        self.compound: dict[tuple[str, str], list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
        for block in blocks:
            for verb in block["verbs"]:
                words = tuple(verb.get("before") or ()) + tuple(verb.get("after") or ())
                if words:
                    self.compound[(verb["lemma"], " ".join(words))].append((verb, block))
                else:
                    self.bare[verb["lemma"]].append((verb, block))

    def _own(self, verb: dict[str, Any], block: dict[str, Any]) -> Reading | None:
        for spec, how in ((verb, "own"), (block, "block")):
            coding = _coding(spec)
            if coding is not None and coding[0] != NO_EVENT:
                return Reading(coding[0], coding[1], how, coding[2])
        return None

    def verb(self, lemma: str) -> Reading | None:
        """CAMEO's reading of a bare verb, None when CAMEO lacks the verb."""
        entries = self.bare.get(lemma)
        if not entries:
            return None
        for verb, block in entries:
            own = self._own(verb, block)
            if own is not None:
                return own
        general: Counter[tuple[str, str | None]] = Counter()
        for _, block in entries:
            for pattern in block["patterns"]:
                coding = _coding(pattern)
                if coding is not None and _constraints(pattern) == 1:
                    general[(coding[0], coding[1])] += 1
        if not general:
            return Reading(NO_EVENT, None, "general")
        (category, mode), _ = general.most_common(1)[0]
        return Reading(category, mode, "general")

    def phrase(self, lemma: str, words: tuple[str, ...]) -> Reading | None:
        """CAMEO's reading of a verb with a particle or preposition ("pull out", "call for")."""
        for verb, block in self.compound.get((lemma, " ".join(words)), []):
            own = self._own(verb, block)
            if own is not None:
                return Reading(own.category, own.mode, "compound", own.cameo)
        if len(words) != 1:
            return None
        found: Counter[tuple[str, str | None]] = Counter()
        for _, block in self.bare.get(lemma, []):
            for pattern in block["patterns"]:
                coding = _coding(pattern)
                if coding is None or _constraints(pattern) > 2:
                    continue
                preps = pattern.get("prep") or []
                if pattern.get("particle") == words[0] or (
                    len(preps) == 1 and preps[0][0] == words[0] and not pattern.get("object")
                ):
                    found[(coding[0], coding[1])] += 1
        if not found:
            return None
        (category, mode), _ = found.most_common(1)[0]
        return Reading(category, mode, "general")


def _root(noun: str, family: str, book: Book) -> str | None:
    """The verb an event noun's reading is compared with: its family, else a verb of its stem."""
    if family in book.bare:
        return family
    for suffix in ("ment", "ation", "ition", "ion", "al", "s", "e"):
        if noun.endswith(suffix) and noun[: -len(suffix)] in book.bare:
            return noun[: -len(suffix)]
    return noun if noun in book.bare else None


def audit() -> list[tuple[str, str, str | None, Reading]]:
    """(kind:word, our category, our mode, CAMEO's reading) of every word both code."""
    from newsgraph.events.ontology import load_ontology

    onto = load_ontology(None)
    book = Book()
    rows: list[tuple[str, str, str | None, Reading]] = []
    for lemma, entry in sorted(onto.verbs.items()):
        reading = book.verb(lemma)
        if reading is not None:
            rows.append((f"verb:{lemma}", entry.category, entry.mode, reading))
    for lemma, entries in sorted(onto.phrases.items()):
        for entry in entries:
            reading = book.phrase(lemma, entry.words)
            if reading is not None:
                rows.append((f"phrase:{lemma} {' '.join(entry.words)}", entry.category, entry.mode, reading))
    for noun, entries in sorted(onto.nouns.items()):
        for entry in entries:
            if entry.words:
                continue
            root = _root(noun, entry.family, book)
            reading = book.verb(root) if root else None
            if reading is not None and reading.how != "general":
                rows.append((f"noun:{noun}({root})", entry.category, entry.mode, reading))
    return rows


def disagreements(rows: list[tuple[str, str, str | None, Reading]]) -> dict[tuple[str, str], list[str]]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for word, category, _, reading in rows:
        if category != reading.category:
            groups[(category, reading.category)].append(f"{word}[{reading.cameo or reading.how}]")
    return groups


def _tune(words: dict[str, tuple[str, str]]) -> None:
    """Main-event triggers among the disagreeing words on the tune halves, and whom the gold
    agrees with (ours, CAMEO's, neither)."""
    from newsgraph.evaluation import read_jsonl
    from newsgraph.evaluation.plover import GOLD_MAP, main_event
    from newsgraph.events.formats import plover_category
    from newsgraph.ingest.document import Document
    from newsgraph.pipeline import load_pipeline, make_doc

    nlp = load_pipeline(None)
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for name, path in SETS:
        records = list(read_jsonl(path, None, "tune"))
        documents = (Document(id=str(r.get("id", n)), text=str(r["text"])) for n, r in enumerate(records))
        for record, doc in zip(records, nlp.pipe(make_doc(nlp, d) for d in documents), strict=True):
            event, _, _ = main_event(doc)
            if event is None:
                continue
            tokens = [t for t in doc if event.trigger.start <= t.idx < event.trigger.end]
            lemmas = [t.lemma_.lower() for t in tokens]
            keys = set(lemmas) | {" ".join(lemmas)}
            key = next((k for k in sorted(keys, key=len, reverse=True) if k in words), None)
            if key is None:
                continue
            ours, cameo = words[key]
            gold = GOLD_MAP.get(str(record["event"]), str(record["event"]))
            predicted = plover_category(event)
            side = "ours" if gold == ours else "cameo" if gold == cameo else "neither"
            tally[key][f"{name}:{side}"] += 1
            tally[key][f"pred={predicted} gold={gold}"] += 1
    print("\nmain triggers on the tune halves (gold agrees with ours / CAMEO / neither):")
    for key in sorted(tally):
        ours, cameo = words[key]
        counts = ", ".join(f"{k} {v}" for k, v in sorted(tally[key].items()))
        print(f"  {key:22} ours {ours:9} cameo {cameo:9} {counts}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tune", action="store_true", help="count main triggers on the tune halves")
    parser.add_argument("--general", action="store_true", help="also list bare verbs read by patterns")
    args = parser.parse_args()
    rows = audit()
    shown = [r for r in rows if args.general or r[3].how != "general" or r[0].startswith("phrase:")]
    groups = disagreements(shown)
    agree = sum(1 for r in shown if r[1] == r[3].category)
    print(f"{len(shown)} words both code: {agree} agree, {len(shown) - agree} disagree")
    for (ours, cameo), words in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{ours:>9} -> {cameo:9} {len(words):3}  {' '.join(words)}")
    modes = [
        f"{w}({c}: {m} vs {r.mode})"
        for w, c, m, r in shown
        if c == r.category and r.mode is not None and m != r.mode
    ]
    print(f"\nmode disagreements inside one category: {len(modes)}\n  " + "\n  ".join(modes))
    if args.tune:
        words: dict[str, tuple[str, str]] = {}
        for word, category, _, reading in shown:
            if category != reading.category:
                text = word.partition(":")[2]
                words[text.split("(")[0]] = (category, reading.category)
        _tune(words)


if __name__ == "__main__":
    main()
