"""How much clean wire text the furniture stage excludes (it should be almost none).

Runs the tagger and the furniture detector over the article texts of JSONL files
(PolNeAR, Giveme5W1H: one object a line with a ``text`` field) and prints, per
file, the number of lines, the excluded spans and each span with its reason, so
every one can be read by hand::

    python benchmarks/furniture_clean_text.py ../shared/data/polnear/dev.jsonl \
        ../shared/data/giveme5w1h/training.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from newsgraph.furniture import find_furniture, finite_verb_check
from newsgraph.model import load_parser


def main(paths: list[str]) -> None:
    nlp = load_parser(None)
    for path in paths:
        lines_of_file = Path(path).read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines_of_file if line.strip()]
        seen: set[str] = set()
        lines = spans = 0
        reasons: Counter[str] = Counter()
        for row in rows:
            text = row.get("text") or ""
            if not text or text in seen:  # PolNeAR repeats a text once per annotator
                continue
            seen.add(text)
            lines += sum(1 for line in text.splitlines() if line.strip())
            with nlp.select_pipes(enable=["tok2vec", "tagger"]):
                doc = nlp(text)
            found = find_furniture(text, finite_verb_check(doc), row.get("title"))
            spans += len(found)
            for span in found:
                reasons[span.reason] += 1
                print(f"  {row.get('id')}: {span.reason}: {span.text[:120]!r}")
        print(f"{path}: {len(seen)} texts, {lines} non-empty lines, {spans} excluded spans {dict(reasons)}")


if __name__ == "__main__":
    main(sys.argv[1:])
