"""Checks behind scripts/check-wheel.sh; standard library only, so any Python runs them.

    python scripts/check_wheel.py contents WHEEL TREE   what the wheel holds, against TREE's src/newsgraph
    python scripts/check_wheel.py pages URL             the graph and timeline pages of a running server

Each prints what it found and exits 1 with the reasons when something a user needs is missing.
"""

from __future__ import annotations

import argparse
import re
import sys
import urllib.request
import zipfile
from collections import Counter
from pathlib import Path

#: files a user-facing wheel must hold whatever the tree looks like
REQUIRED = [
    "newsgraph/py.typed",
    "newsgraph/web/static/vendor/cytoscape.min.js",
    "newsgraph/web/static/vendor/chart.umd.js",
    "newsgraph/web/static/vendor/LICENSES.txt",
    "newsgraph/samples/harbor-city-2025-03-14.txt",
]

#: npm packages whose licence texts LICENSES.txt must carry (chart.js bundles @kurkle/color)
LICENSED = ["cytoscape", "chart.js", "@kurkle/color"]

#: page -> the vendor script it must load
PAGES = {"/ui/graph": "vendor/cytoscape.min.js", "/ui/timeline": "vendor/chart.umd.js"}


def _kind(name: str) -> str:
    """The group a wheel entry is counted in for the summary line."""
    for marker, kind in [
        ("web/static/vendor/", "vendor"),
        ("web/templates/", "templates"),
        ("web/static/", "static"),
        ("store/migrations/", "migrations"),
        ("newsgraph/data/", "data"),
        ("newsgraph/samples/", "samples"),
        (".dist-info/licenses/", "licences"),
    ]:
        if marker in name:
            return kind
    return "python" if name.endswith(".py") else "other"


def check_contents(wheel: Path, tree: Path) -> list[str]:
    """Every file of ``tree/src/newsgraph`` (git's export plus the vendor files) and ``REQUIRED``."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        package = tree / "src"
        expected = {
            path.relative_to(package).as_posix()
            for path in (package / "newsgraph").rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.name != ".gitignore"
        }
        dist_info = next((n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info")), "")
        expected |= {*REQUIRED, f"{dist_info}/licenses/LICENSE", f"{dist_info}/licenses/NOTICE"}
        problems = [f"not in the wheel: {name}" for name in sorted(expected - names)]
        if "newsgraph/web/static/vendor/LICENSES.txt" in names:
            licences = archive.read("newsgraph/web/static/vendor/LICENSES.txt").decode("utf-8")
            absent = [package for package in LICENSED if f"==== {package} " not in licences]
            problems += [f"LICENSES.txt lacks {package}'s licence" for package in absent]
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode("utf-8") if dist_info else ""
        factory = "newsgraph = newsgraph.component:make_newsgraph"
        if "[spacy_factories]" not in entry_points or factory not in entry_points:
            problems.append("entry_points.txt lacks the spaCy factory newsgraph")
    counts = Counter(_kind(name) for name in names)
    groups = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    print(f"wheel {wheel.name}: {len(names)} files ({groups})")
    return problems


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers.get("content-type", ""), response.read().decode("utf-8")


def check_pages(base: str) -> list[str]:
    """Each page references its vendor script, the script is served as JavaScript, no fallback text."""
    problems = []
    for page, script in PAGES.items():
        status, _, html = _get(base + page)
        match = re.search(r'<script src="([^"]*' + re.escape(script) + r'[^"]*)"', html)
        if status != 200 or match is None:
            problems.append(f"{page}: status {status}, script {script} referenced: {match is not None}")
            continue
        if "not installed" in html:
            problems.append(f"{page} says a library is not installed")
        status, content_type, body = _get(base + match.group(1))
        print(f"{page}: 200, loads {match.group(1)} -> {status} {content_type}, {len(body):,} characters")
        if status != 200 or "javascript" not in content_type or len(body) < 10_000:
            problems.append(f"{match.group(1)}: status {status}, {content_type}, {len(body)} characters")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    contents = commands.add_parser("contents")
    contents.add_argument("wheel", type=Path)
    contents.add_argument("tree", type=Path)
    pages = commands.add_parser("pages")
    pages.add_argument("url")
    args = parser.parse_args()
    problems = check_contents(args.wheel, args.tree) if args.command == "contents" else check_pages(args.url)
    for problem in problems:
        print(f"check-wheel: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
