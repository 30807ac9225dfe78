"""Extraction time on pathological text, and peak memory on long articles.

spaCy's tokenizer is quadratic on long runs of affix characters; ``textguard``
bounds that. This script shows the result: for ordinary news text and for each
family of pathological text it times a full ``extract`` at several sizes and
prints seconds per 10 KB and the time ratio per doubling of the size (about 2
is linear, about 4 quadratic).

    python benchmarks/pathological.py                       # all families, 2k..16k chars
    python benchmarks/pathological.py --sizes 4000 8000 16000 32000 --families dollar emoji
    python benchmarks/pathological.py --unguarded --sizes 1000 2000 4000   # spaCy's own tokenizer
    python benchmarks/pathological.py --memory 100000 250000 500000 1000000

``--memory`` extracts ordinary text of each size in a fresh subprocess and
prints its peak RSS (VmHWM), the figure ``MAX_CHARS`` is chosen from.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

LEAD = "The ministry said on Tuesday that the talks would resume. "
CLOSE = " Officials declined to comment."


def news_text(size: int) -> str:
    """Ordinary news prose of ``size`` characters: synthetic wire articles, one after another.

    Varied (a cast of twenty people, many places and organisations) rather than one
    article repeated, so a long text has the entity and quote mix of a real long one.
    """
    from newsgraph.synthetic import articles

    parts: list[str] = []
    length = 0
    for item in articles(size // 500 + 2, seed=3):
        parts.append(item.text)
        length += len(item.text) + 1
        if length >= size:
            break
    return "\n".join(parts)[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    """A family: ``unit`` repeated, framed by an ordinary sentence on each side."""

    def make(size: int) -> str:
        body = size - len(LEAD) - len(CLOSE)
        return LEAD + (unit * (body // len(unit) + 1))[:body] + CLOSE

    return make


def _random(alphabet: str, seed: int = 7) -> Callable[[int], str]:
    """A family: characters drawn from ``alphabet`` with no spaces (a blob)."""

    def make(size: int) -> str:
        rng = random.Random(seed)
        body = size - len(LEAD) - len(CLOSE)
        return LEAD + "".join(rng.choice(alphabet) for _ in range(body)) + CLOSE

    return make


def _long_sentence(size: int) -> str:
    """Words and commas with no sentence end: one sentence of ``size`` characters."""
    words = ["the", "minister", "and", "union", "met", "in", "harbour", "office,", "about", "fuel", "prices"]
    rng = random.Random(7)
    parts: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(words)
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)[:size]


def _many_quotes(size: int) -> str:
    unit = '"We will not sign this," Sorvik said. "The boats sail on Monday," Brell told reporters. '
    return (unit * (size // len(unit) + 1))[:size]


BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
URL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_/.?=&%"

FAMILIES: dict[str, Callable[[int], str]] = {
    "news": news_text,
    "dollar $$$$": _repeat("$"),
    "bang !!!!": _repeat("!"),
    "dots ....": _repeat("."),
    "dashes ----": _repeat("-"),
    "equals ====": _repeat("="),
    "underscores ____": _repeat("_"),
    "quotes \"\"\"\"": _repeat('"'),
    "curly quotes": _repeat("\u201c\u201d"),
    "mixed punct !?": _repeat("!?"),
    "emoji": _repeat("\U0001f600"),
    "emoji mixed": _random("\U0001f600\U0001f602\U0001f44d\U0001f525\u2764"),
    "emoji ZWJ": _repeat("\U0001f468\u200d\U0001f469\u200d\U0001f467"),
    "emoji VS16": _repeat("\u2764\ufe0f"),
    "zero-width": _repeat("\u200b"),
    "combining": _repeat("\u0301"),
    "letter+combining": _repeat("a\u0301"),
    "'s's's": _repeat("'s"),
    "a:a:a:": _repeat("a:"),
    "base64 blob": _random(BASE64),
    "long URL": lambda size: LEAD + "https://example.org/" + _random(URL_CHARS)(size)[len(LEAD) :],
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "one sentence": _long_sentence,
    "many quotes": _many_quotes,
}


def time_family(make: Callable[[int], str], sizes: list[int], unguarded: bool) -> list[float]:
    from newsgraph import extract, load_pipeline
    from newsgraph.textguard import guard_tokenizer

    nlp = load_pipeline(None)  # the cached pipeline ``extract`` uses
    if unguarded:
        nlp.tokenizer = nlp.tokenizer.tokenizer  # the spaCy tokenizer the guard wraps
    seconds: list[float] = []
    try:
        for size in sizes:
            text = make(size)
            start = time.perf_counter()
            record = extract(text)
            seconds.append(time.perf_counter() - start)
            if record.article.text != text:
                raise SystemExit("the record's text differs from the input")
    finally:
        guard_tokenizer(nlp)
    return seconds


def report_speed(names: list[str], sizes: list[int], unguarded: bool) -> None:
    from newsgraph import extract

    extract(news_text(2000))  # warm-up: load the pipeline and data files
    header = "".join(f"{f'{size // 1000}k s':>9}" for size in sizes)
    print(f"{'family':<20}{header}{'s/10KB':>9}  ratio per doubling")
    for name in names:
        seconds = time_family(FAMILIES[name], sizes, unguarded)
        per_10kb = seconds[-1] / sizes[-1] * 10_000
        ratios = " ".join(f"{b / a:.1f}" for a, b in itertools.pairwise(seconds))
        cells = "".join(f"{s:>9.3f}" for s in seconds)
        print(f"{name:<20}{cells}{per_10kb:>9.3f}  {ratios}", flush=True)


def peak_rss_child(size: int) -> None:
    """In a fresh process: extract ordinary text of ``size`` chars; print seconds and VmHWM."""
    from newsgraph import extract

    text = news_text(size)
    start = time.perf_counter()
    extract(text)
    elapsed = time.perf_counter() - start
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    peak_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    print(json.dumps({"size": size, "seconds": elapsed, "peak_mb": peak_kb / 1024}))


def report_memory(sizes: list[int]) -> None:
    print(f"{'chars':>10}{'seconds':>10}{'peak RSS MB':>13}")
    for size in sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(size)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        print(f"{size:>10,}{result['seconds']:>10.1f}{result['peak_mb']:>13.0f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000, 16000])
    parser.add_argument("--families", nargs="+", default=None, help="name prefixes; default all")
    parser.add_argument("--unguarded", action="store_true", help="time spaCy's own tokenizer (slow!)")
    parser.add_argument("--memory", type=int, nargs="+", metavar="CHARS", help="peak RSS at these sizes")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        peak_rss_child(args.memory_child)
        return
    if args.memory:
        report_memory(args.memory)
        return
    names = [n for n in FAMILIES if not args.families or any(n.startswith(p) for p in args.families)]
    report_speed(names, args.sizes, args.unguarded)


if __name__ == "__main__":
    main()
