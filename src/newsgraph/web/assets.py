"""Browser libraries for the web UI, taken from npm packages when the package is built.

``package.json``/``package-lock.json`` at the repository root pin cytoscape (the
actor network) and chart.js (the timeline). ``npm ci`` fetches them into
``node_modules/``; ``python -m newsgraph.web.assets`` then copies their built
browser files into ``web/static/vendor/``, together with ``LICENSES.txt``: the
licence texts of every npm package whose code those files contain, which the
MIT licence asks us to ship with the code. Git ignores the folder, so no
third-party code is committed; ``make wheel`` fills it before building, and the
build backend (``scripts/build_backend.py``) refuses to make a wheel without it,
so a ``pip install``-ed newsgraph shows the same charts as ``make demo``.

In a checkout without npm the pages still work: they show the same data as tables
and say that the chart library is missing.

This module uses the standard library only: the build backend loads it by path,
before any of newsgraph's dependencies are importable.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"

#: file name under static/vendor -> path inside node_modules (its first folder is the npm package)
FILES: dict[str, str] = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "chart.umd.js": "chart.js/dist/chart.umd.js",
}

#: the licence texts of the packages behind FILES, written beside them
LICENSES = "LICENSES.txt"

#: how npm packages name their licence file (LICENSE, LICENSE.md, LICENCE.txt, ...)
_LICENSE_FILE = re.compile(r"^licen[cs]e(\.(md|txt))?$", re.IGNORECASE)


def available(name: str) -> bool:
    """Whether the vendored file ``name`` (a key of ``FILES``) has been installed."""
    return (VENDOR_DIR / name).is_file()


def missing(vendor_dir: Path = VENDOR_DIR, files: dict[str, str] | None = None) -> list[str]:
    """The files a wheel must carry that ``vendor_dir`` lacks (empty when it is complete)."""
    names = [*(FILES if files is None else files), LICENSES]
    return [name for name in names if not (vendor_dir / name).is_file()]


def _node_modules_candidates() -> list[Path]:
    repo = Path(__file__).resolve().parents[3]
    return [Path.cwd() / "node_modules", repo / "node_modules"]


def _package_name(relative: str) -> str:
    """``"@scope/name/dist/x.js"`` -> ``"@scope/name"``; ``"name/dist/x.js"`` -> ``"name"``."""
    parts = relative.split("/")
    return "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]


def _bundled_packages(root: Path, package: str) -> list[str]:
    """``package`` and its runtime dependencies, recursively.

    A browser bundle (``*.umd.js``, ``*.min.js``) inlines the packages it depends on,
    e.g. chart.js's build contains @kurkle/color, so their licences must ship too.
    """
    found: list[str] = []
    pending = [package]
    while pending:
        name = pending.pop(0)
        if name in found:
            continue
        found.append(name)
        manifest = root / name / "package.json"
        if manifest.is_file():
            pending.extend(json.loads(manifest.read_text(encoding="utf-8")).get("dependencies", {}))
    return found


def licence_text(root: Path, files: dict[str, str]) -> tuple[str, list[str]]:
    """The text of ``LICENSES.txt`` for ``files`` taken from ``root`` (a node_modules folder).

    Returns the text and the problems found: a package that is absent or ships no
    licence file is a problem, because its code must not be distributed without one.
    """
    problems: list[str] = []
    contents: dict[str, list[str]] = {}
    packages: list[str] = []
    for name, relative in files.items():
        contents[name] = _bundled_packages(root, _package_name(relative))
        packages.extend(p for p in contents[name] if p not in packages)
    described: dict[str, str] = {}
    sections: list[str] = []
    for package in packages:
        folder = root / package
        manifest = folder / "package.json"
        if not manifest.is_file():
            problems.append(f"missing {manifest}; run npm ci first")
            continue
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        label = f"{package} {meta.get('version', '?')} ({meta.get('license', 'licence not stated')})"
        described[package] = label
        licence_files = sorted(p for p in folder.iterdir() if p.is_file() and _LICENSE_FILE.match(p.name))
        if not licence_files:
            problems.append(f"{package} has no licence file in {folder}; its code cannot be shipped")
            continue
        for licence in licence_files:
            text = licence.read_text(encoding="utf-8").strip()
            sections.append(f"==== {label}: node_modules/{package}/{licence.name}\n\n{text}\n")
    index = [
        f"{name}: " + ", ".join(described.get(package, package) for package in contained)
        for name, contained in contents.items()
    ]
    header = (
        "Third-party browser libraries in this folder and their licences, copied from\n"
        "their npm packages by `python -m newsgraph.web.assets` when newsgraph was built.\n\n"
    )
    return header + "\n".join(index) + "\n\n" + "\n".join(sections), problems


def copy_assets(
    node_modules: Path | None = None, vendor_dir: Path = VENDOR_DIR, files: dict[str, str] | None = None
) -> list[str]:
    """Copy every file of ``files`` (default ``FILES``) and their licences into ``vendor_dir``.

    Returns the problems found, empty when everything was copied.

    ``LICENSES.txt`` is written only when every file and every licence was found, so a
    vendor folder that passes ``missing()`` never carries code without its licence.
    """
    roots = [node_modules] if node_modules else _node_modules_candidates()
    root = next((r for r in roots if r.is_dir()), None)
    if root is None:
        return [f"no node_modules folder (looked in {', '.join(str(r) for r in roots)}); run npm ci first"]
    vendor_dir.mkdir(parents=True, exist_ok=True)
    (vendor_dir / LICENSES).unlink(missing_ok=True)
    files = FILES if files is None else files
    problems = []
    for name, relative in files.items():
        source = root / relative
        if not source.is_file():
            problems.append(f"missing {source}; run npm ci first")
            continue
        shutil.copyfile(source, vendor_dir / name)
    text, licence_problems = licence_text(root, files)
    problems.extend(licence_problems)
    if not problems:
        (vendor_dir / LICENSES).write_text(text, encoding="utf-8")
    return problems


def main() -> None:
    """``python -m newsgraph.web.assets [NODE_MODULES]``: exit 1 and say why if a file is missing."""
    problems = copy_assets(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    for problem in problems:
        print(f"newsgraph.web.assets: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"newsgraph.web.assets: copied {len(FILES)} files and {LICENSES} into {VENDOR_DIR}")


if __name__ == "__main__":
    main()
