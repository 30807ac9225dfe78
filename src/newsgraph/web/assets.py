"""Browser libraries for the web UI, taken from npm packages at install time.

``package.json``/``package-lock.json`` at the repository root pin cytoscape (the
actor network) and chart.js (the timeline). ``npm ci`` fetches them into
``node_modules/``; ``python -m newsgraph.web.assets`` then copies their built
browser files into ``web/static/vendor/``, which git ignores, so no third-party
code is committed. When the files are absent the pages still work: they show
the same data as tables and say that the chart library is missing.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"

#: file name under static/vendor -> path inside node_modules
FILES: dict[str, str] = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "chart.umd.js": "chart.js/dist/chart.umd.js",
}


def available(name: str) -> bool:
    """Whether the vendored file ``name`` (a key of ``FILES``) has been installed."""
    return (VENDOR_DIR / name).is_file()


def _node_modules_candidates() -> list[Path]:
    repo = Path(__file__).resolve().parents[3]
    return [Path.cwd() / "node_modules", repo / "node_modules"]


def copy_assets(node_modules: Path | None = None) -> list[str]:
    """Copy every file of ``FILES`` into the vendor folder; return the problems found."""
    roots = [node_modules] if node_modules else _node_modules_candidates()
    root = next((r for r in roots if r.is_dir()), None)
    if root is None:
        return [f"no node_modules folder (looked in {', '.join(str(r) for r in roots)}); run npm ci first"]
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, relative in FILES.items():
        source = root / relative
        if not source.is_file():
            problems.append(f"missing {source}; run npm ci first")
            continue
        shutil.copyfile(source, VENDOR_DIR / name)
    return problems


def main() -> None:
    """``python -m newsgraph.web.assets [NODE_MODULES]``: exit 1 and say why if a file is missing."""
    problems = copy_assets(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    for problem in problems:
        print(f"newsgraph.web.assets: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"newsgraph.web.assets: copied {len(FILES)} files into {VENDOR_DIR}")


if __name__ == "__main__":
    main()
