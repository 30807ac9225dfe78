"""newsgraph: who said what, who did what to whom, when and where — from news text.

The public API is small: ``extract`` for one article, ``extract_many`` for a
stream, ``load_pipeline`` for the spaCy pipeline, and the record types.

The names are loaded on first use (PEP 562 module ``__getattr__``), not at
``import newsgraph``: ``newsgraph.pipeline`` imports spaCy, which costs most of a
second, and the CLI's ``--help`` or a program that only wants the record types
should not pay for it. The ``TYPE_CHECKING`` block below gives type checkers and
editors the real types of the same names.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.errors import InputError, NewsgraphError
    from newsgraph.ingest.document import Document
    from newsgraph.pipeline import extract, extract_many, load_pipeline
    from newsgraph.records import SCHEMA_VERSION, Record

__version__ = "0.1.0"

#: public name -> the module that defines it, imported when the name is first read
_LAZY_NAMES: dict[str, str] = {
    "InputError": "newsgraph.errors",
    "NewsgraphError": "newsgraph.errors",
    "Document": "newsgraph.ingest.document",
    "extract": "newsgraph.pipeline",
    "extract_many": "newsgraph.pipeline",
    "load_pipeline": "newsgraph.pipeline",
    "SCHEMA_VERSION": "newsgraph.records",
    "Record": "newsgraph.records",
}

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "InputError",
    "NewsgraphError",
    "Record",
    "__version__",
    "extract",
    "extract_many",
    "load_pipeline",
]


def __getattr__(name: str) -> object:
    """Import the module behind a public name the first time it is read, then keep it here.

    Anything else raises ``AttributeError``, which is also what lets ``from newsgraph
    import entities`` fall through to importing the ``newsgraph.entities`` subpackage.
    """
    module_name = _LAZY_NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module_name), name)
    globals()[name] = value  # later reads skip __getattr__ entirely
    return value


def __dir__() -> list[str]:
    """``dir(newsgraph)`` lists the lazy names too, so completion in a REPL finds them."""
    return sorted(set(globals()) | set(_LAZY_NAMES))
