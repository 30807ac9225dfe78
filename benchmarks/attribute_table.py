"""The attribute ruler's table match step against spaCy's own Matcher: same matches, CPU of each.

``newsgraph.attribute_table`` replaces the ``attribute_ruler``'s match step in the
pipelines newsgraph loads. This script parses a corpus with the stock pipeline up to
the ruler, then asks both match steps for every document and prints how many
documents' match lists differ (must be 0) and the CPU seconds each step took.

    python benchmarks/attribute_table.py              # PolNeAR dev texts if present, else synthetic
    python benchmarks/attribute_table.py --model en_core_web_md
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.pipeline import AttributeRuler

from newsgraph.attribute_table import AttributeTable
from newsgraph.model import choose_model

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def corpus(n: int) -> list[str]:
    if SHARED.exists():
        with SHARED.open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in handle if line.strip()][:n]
    from newsgraph.synthetic import articles

    return [article.text for article in articles(n, seed=7)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--texts", type=int, default=84)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    nlp = spacy.load(choose_model(args.model))
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    table = AttributeTable(ruler)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    texts = corpus(args.texts)
    docs = list(nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n not in before]))
    for doc in docs[:3]:  # warm both
        AttributeRuler.match(ruler, doc)
        table(doc)
    spacy_cpu = table_cpu = 0.0
    differ = 0
    matches = 0
    for doc in docs:
        start = time.process_time()
        theirs = AttributeRuler.match(ruler, doc)
        spacy_cpu += time.process_time() - start
        start = time.process_time()
        ours = table(doc)
        table_cpu += time.process_time() - start
        matches += len(theirs)
        if sorted(set(theirs)) != ours:
            differ += 1
    tokens = sum(len(doc) for doc in docs)
    print(
        f"{len(docs)} texts, {tokens} tokens, {matches} matches; documents whose match lists differ: {differ}"
    )
    print(f"CPU s: spaCy Matcher {spacy_cpu:.3f}, table {table_cpu:.3f}")


if __name__ == "__main__":
    main()
