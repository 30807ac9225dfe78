"""Start-up cost of ``newsgraph --help``, ``newsgraph extract --help`` and ``import newsgraph``.

Nothing here should load spaCy (most of a second): the CLI and the package import
their pipeline only when a command extracts. Each command runs in a fresh
subprocess, as a user's shell runs it.

    python benchmarks/startup.py                # 7 runs of each, median and best wall time
    python benchmarks/startup.py --runs 15

Prints, per command, the median and best wall time and how many spaCy modules
``python -X importtime`` saw it import (0 is the goal).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS: dict[str, list[str]] = {
    "newsgraph --help": ["-m", "newsgraph", "--help"],
    "newsgraph extract --help": ["-m", "newsgraph", "extract", "--help"],
    "import newsgraph": ["-c", "import newsgraph"],
}


def wall_time(arguments: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *arguments], check=True, capture_output=True)
    return time.perf_counter() - start


def spacy_imports(arguments: list[str]) -> int:
    """Modules of spaCy that ``-X importtime`` reports the command importing."""
    result = subprocess.run([sys.executable, "-X", "importtime", *arguments], capture_output=True, text=True)
    return sum(1 for line in result.stderr.splitlines() if "| " in line and "spacy" in line.split("|")[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"{'command':<28}{'median s':>10}{'best s':>9}{'spaCy modules':>15}")
    for label, arguments in COMMANDS.items():
        wall_time(arguments)  # warm the file cache and the .pyc files
        times = [wall_time(arguments) for _ in range(args.runs)]
        print(f"{label:<28}{statistics.median(times):>10.2f}{min(times):>9.2f}{spacy_imports(arguments):>15}")


if __name__ == "__main__":
    main()
