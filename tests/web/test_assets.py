"""Browser libraries for wheels: copied from node_modules with their licences, and no
wheel is built without them. Uses a made-up node_modules, not the real npm packages."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from newsgraph.web import assets

REPO = Path(__file__).resolve().parents[2]
FILES = {"network.min.js": "netlib/dist/network.min.js"}


def _package(root: Path, name: str, version: str, dependencies: dict[str, str], licence: str | None) -> None:
    folder = root / name
    (folder / "dist").mkdir(parents=True)
    manifest = {"name": name, "version": version, "license": "MIT", "dependencies": dependencies}
    (folder / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    if licence is not None:
        (folder / "LICENSE.md").write_text(licence, encoding="utf-8")


@pytest.fixture
def node_modules(tmp_path: Path) -> Path:
    """netlib 1.2.0, whose bundle inlines its dependency @tiny/colour 0.3.0."""
    root = tmp_path / "node_modules"
    _package(root, "netlib", "1.2.0", {"@tiny/colour": "^0.3.0"}, "Netlib licence: keep this notice.")
    _package(root, "@tiny/colour", "0.3.0", {}, "Colour licence: keep this notice too.")
    (root / "netlib" / "dist" / "network.min.js").write_text("window.netlib = {};", encoding="utf-8")
    return root


def test_copy_ships_the_file_with_the_licences_of_everything_bundled_in_it(
    node_modules: Path, tmp_path: Path
) -> None:
    vendor = tmp_path / "vendor"
    assert assets.copy_assets(node_modules, vendor, FILES) == []
    assert (vendor / "network.min.js").read_text(encoding="utf-8") == "window.netlib = {};"
    licences = (vendor / assets.LICENSES).read_text(encoding="utf-8")
    assert "network.min.js: netlib 1.2.0 (MIT), @tiny/colour 0.3.0 (MIT)" in licences
    assert "Netlib licence: keep this notice." in licences
    assert "Colour licence: keep this notice too." in licences
    assert assets.missing(vendor, FILES) == []


def test_a_package_without_a_licence_file_is_not_shipped_silently(node_modules: Path, tmp_path: Path) -> None:
    (node_modules / "@tiny/colour" / "LICENSE.md").unlink()
    vendor = tmp_path / "vendor"
    problems = assets.copy_assets(node_modules, vendor, FILES)
    assert len(problems) == 1 and "@tiny/colour has no licence file" in problems[0]
    assert assets.missing(vendor, FILES) == [assets.LICENSES]


def test_missing_node_modules_says_to_run_npm_ci(tmp_path: Path) -> None:
    problems = assets.copy_assets(tmp_path / "node_modules", tmp_path / "vendor", FILES)
    assert len(problems) == 1 and "run npm ci first" in problems[0]


def _build_backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_backend", REPO / "scripts" / "build_backend.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_refuses_a_wheel_without_the_browser_libraries(tmp_path: Path) -> None:
    backend = _build_backend()
    with pytest.raises(backend.MissingBrowserLibraries) as refused:
        backend.check_vendor_files(tmp_path)
    message = str(refused.value)
    assert "cytoscape.min.js" in message and "chart.umd.js" in message and "LICENSES.txt" in message
    assert "make wheel" in message


def test_the_build_accepts_a_complete_vendor_folder(tmp_path: Path) -> None:
    for name in [*assets.FILES, assets.LICENSES]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    _build_backend().check_vendor_files(tmp_path)
