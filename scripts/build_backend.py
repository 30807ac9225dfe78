"""PEP 517 build backend: setuptools, but no wheel or sdist without the browser libraries.

The actor network and timeline pages need cytoscape and chart.js, which come from
npm and are copied into ``src/newsgraph/web/static/vendor/`` by ``make wheel``
(``npm ci`` + ``python -m newsgraph.web.assets``). A wheel built without them would
install fine and then show "The graph library is not installed" to every user, so
``build_wheel`` and ``build_sdist`` stop with one clear message instead. Editable
installs (``pip install -e .``, used by ``make install``) are left alone: a
developer without npm still gets a working checkout with the table fallbacks.

pyproject.toml names this module with ``backend-path = ["scripts"]``. Everything else
is setuptools' own backend, re-exported unchanged.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - the remaining PEP 517/660 hooks, unchanged

ASSETS_MODULE = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "web" / "assets.py"


class MissingBrowserLibraries(RuntimeError):
    """Raised instead of building a package whose web UI would lack its charts."""


def _assets() -> ModuleType:
    """``newsgraph.web.assets`` loaded from its file: the package itself is not importable here."""
    spec = importlib.util.spec_from_file_location("newsgraph_build_assets", ASSETS_MODULE)
    if spec is None or spec.loader is None:
        raise MissingBrowserLibraries(f"cannot read {ASSETS_MODULE}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_vendor_files(vendor_dir: Path | None = None) -> None:
    """Stop the build, saying how to fix it, when a vendor file or its licence is missing."""
    assets = _assets()
    vendor_dir = vendor_dir or assets.VENDOR_DIR
    absent = assets.missing(vendor_dir)
    if absent:
        raise MissingBrowserLibraries(
            f"refusing to build newsgraph without its browser libraries: {', '.join(absent)} "
            f"missing from {vendor_dir}. Build with `make wheel` (runs `npm ci` and "
            "`python -m newsgraph.web.assets` first), or run those two commands yourself."
        )


def build_wheel(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    """setuptools' ``build_wheel``, after checking the vendor files are there."""
    check_vendor_files()
    return str(_setuptools.build_wheel(wheel_directory, config_settings, metadata_directory))


def build_sdist(sdist_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    """setuptools' ``build_sdist``, after the same check: a wheel built from the sdist needs them too."""
    check_vendor_files()
    return str(_setuptools.build_sdist(sdist_directory, config_settings))
