"""The data a pipeline's rules read: lexicons, event ontology, actor dictionary.

A :class:`Resources` object belongs to one ``newsgraph`` component (spaCy's model:
a component holds its own data, given through its config, and saves it with
``to_disk``). Nothing is kept in module globals, so two pipelines with different
ontologies or lexicon overlays can run side by side in one process.

Stages reach the resources of the component that is running them through
:func:`current`, which reads a context variable the component sets for the length of
one call (as thinc's ``use_ops`` does for its backend). Deep helpers therefore need
no extra argument threaded through every call, and a stage function called on its
own (tests, a user's script) gets the shipped data.

Each stage loads the objects it owns (the events stage its ontology, the actors stage
its dictionary) through :meth:`Resources.load`, which keeps them on this object: the
resources module never imports a stage.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from threading import RLock
from typing import Any, TypeVar

from newsgraph.lexicons import ENV_VAR as LEXICON_ENV_VAR
from newsgraph.lexicons import Lexicons, Overlay

T = TypeVar("T")

#: Environment variables that name user files when no config does.
ONTOLOGY_ENV_VAR = "NEWSGRAPH_ONTOLOGY"
ACTORS_ENV_VAR = "NEWSGRAPH_ACTORS"


@dataclass
class Resources:
    """The user's data files for one pipeline, and what the stages loaded from them.

    ``ontology`` and ``actor_dictionary`` are paths of user files layered over the
    shipped ones (``None``: the shipped data alone); ``lexicon_overlay`` likewise for
    the word lists.
    """

    ontology: str | None = None
    actor_dictionary: str | None = None
    lexicon_overlay: str | None = None
    _loaded: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: RLock = field(default_factory=RLock, repr=False)  # re-entrant: a build may load another list

    @classmethod
    def from_environment(cls) -> Resources:
        """Resources named by ``$NEWSGRAPH_ONTOLOGY``, ``$NEWSGRAPH_ACTORS`` and ``$NEWSGRAPH_LEXICON``."""
        return cls(
            ontology=os.environ.get(ONTOLOGY_ENV_VAR) or None,
            actor_dictionary=os.environ.get(ACTORS_ENV_VAR) or None,
            lexicon_overlay=os.environ.get(LEXICON_ENV_VAR) or None,
        )

    @property
    def lexicons(self) -> Lexicons:
        """The word lists with this pipeline's overlay applied."""
        return self.load(
            "lexicons",
            lambda: Lexicons(Overlay.from_file(self.lexicon_overlay) if self.lexicon_overlay else Overlay()),
        )

    def load(self, name: str, build: Callable[[], T]) -> T:
        """The object ``name``, built by ``build`` the first time and kept on this object."""
        value = self._loaded.get(name)
        if value is None:
            with self._lock:
                value = self._loaded.get(name)
                if value is None:
                    value = build()
                    self._loaded[name] = value
        return value


_CURRENT: ContextVar[Resources | None] = ContextVar("newsgraph_resources", default=None)


@lru_cache(maxsize=1)
def _environment_resources(ontology: str | None, actors: str | None, overlay: str | None) -> Resources:
    return Resources(ontology=ontology, actor_dictionary=actors, lexicon_overlay=overlay)


def current() -> Resources:
    """The resources of the component running now; outside one, the shipped data plus
    whatever the environment variables name."""
    resources = _CURRENT.get()
    if resources is not None:
        return resources
    environ = os.environ
    return _environment_resources(
        environ.get(ONTOLOGY_ENV_VAR) or None,
        environ.get(ACTORS_ENV_VAR) or None,
        environ.get(LEXICON_ENV_VAR) or None,
    )


@contextmanager
def using(resources: Resources) -> Iterator[Resources]:
    """Make ``resources`` the ones :func:`current` returns inside the ``with`` block."""
    token = _CURRENT.set(resources)
    try:
        yield resources
    finally:
        _CURRENT.reset(token)
