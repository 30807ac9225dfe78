"""Every word list behind newsgraph's rules, read by one loader, with a user overlay.

The lists live in ``newsgraph/data/lexicon/`` as plain files, apart from the code
(as trafilatura keeps its vocabularies in ``settings.cfg``), so a user can add a
speech verb or remove an honorific without touching Python:

* ``NAME.txt``: one entry a line; ``#`` starts a comment; blank lines are skipped.
* ``NAME.tsv``: a key, a tab, a value; same comments. A key may repeat (several
  values): :meth:`Lexicons.table` keeps the last, :meth:`Lexicons.pairs` keeps all.

A user **overlay** is a YAML file naming lists and what to add to or remove from them::

    speech_verbs:
      add: [quip, opine]
      remove: [call]
    country_aliases:          # a .tsv list: add rows as "key: value", remove keys
      add: {Blighty: GBR}

Entries are compared as written, so a list whose rules compare lower-cased lemmas
keeps lower-case entries (each file's header says which). The overlay is named by
the component's ``lexicon_overlay`` config key, the CLI's ``--lexicon`` option or
``$NEWSGRAPH_LEXICON``, and it is held by the :class:`Lexicons` object the
component owns, never in a module global: two pipelines in one process may run
with different overlays.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import ConfigError

LEXICON_DIR = Path(__file__).resolve().parent / "data" / "lexicon"
ENV_VAR = "NEWSGRAPH_LEXICON"


@dataclass(frozen=True)
class Overlay:
    """A user's additions to and removals from the shipped lists, by list name."""

    add: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    remove: Mapping[str, frozenset[str]] = field(default_factory=dict)
    path: str | None = None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Overlay:
        """Read an overlay file; a malformed one raises ``ConfigError`` naming the file and the fault."""
        where = str(path)
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"cannot read the lexicon overlay {where}: {exc}") from exc
        if data is None:
            return cls(path=where)
        if not isinstance(data, dict):
            kind = type(data).__name__
            raise ConfigError(f"lexicon overlay {where}: expected a mapping of list names, got {kind}")
        add: dict[str, tuple[tuple[str, str], ...]] = {}
        remove: dict[str, frozenset[str]] = {}
        for name, spec in data.items():
            if not isinstance(spec, dict) or not set(spec) <= {"add", "remove"}:
                raise ConfigError(f"lexicon overlay {where}: '{name}' needs 'add' and/or 'remove'")
            if not (LEXICON_DIR / f"{name}.txt").is_file() and not (LEXICON_DIR / f"{name}.tsv").is_file():
                known = ", ".join(available())
                raise ConfigError(f"lexicon overlay {where}: no list named '{name}' (known: {known})")
            add[str(name)] = _entries(spec.get("add"))
            remove[str(name)] = frozenset(key for key, _value in _entries(spec.get("remove")))
        return cls(add=add, remove=remove, path=where)


def _entries(spec: Any) -> tuple[tuple[str, str], ...]:
    """``[a, b]`` -> ((a, ""), (b, "")); ``{a: x}`` -> ((a, x),); ``None`` -> ()."""
    if spec is None:
        return ()
    if isinstance(spec, dict):
        return tuple((str(k), "" if v is None else str(v)) for k, v in spec.items())
    if isinstance(spec, list):
        return tuple((str(item), "") for item in spec)
    return ((str(spec), ""),)


def available() -> list[str]:
    """The names of the shipped lists."""
    return sorted(p.stem for p in LEXICON_DIR.iterdir() if p.suffix in (".txt", ".tsv"))


@cache
def _shipped(name: str) -> tuple[tuple[str, str], ...]:
    """The rows of a shipped list, read once per process (the files never change at run time)."""
    for suffix in (".txt", ".tsv"):
        path = LEXICON_DIR / f"{name}{suffix}"
        if path.is_file():
            return tuple(_parse(path.read_text(encoding="utf-8"), tabbed=suffix == ".tsv"))
    raise KeyError(f"no lexicon named '{name}' in {LEXICON_DIR}")


def _parse(text: str, *, tabbed: bool) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if tabbed:
            key, _tab, value = line.partition("\t")
            rows.append((key.strip(), value.strip()))
        else:
            rows.append((line.strip(), ""))
    return rows


class Lexicons:
    """The shipped lists with one overlay applied; each list is built once and cached here."""

    def __init__(self, overlay: Overlay | str | os.PathLike[str] | None = None) -> None:
        if overlay is None:
            env = os.environ.get(ENV_VAR)
            overlay = Overlay.from_file(env) if env else Overlay()
        elif not isinstance(overlay, Overlay):
            overlay = Overlay.from_file(overlay)
        self.overlay = overlay
        self._rows: dict[str, tuple[tuple[str, str], ...]] = {}
        self._words: dict[str, frozenset[str]] = {}

    def pairs(self, name: str) -> tuple[tuple[str, str], ...]:
        """Every row of list ``name`` (key, value), shipped rows first, overlay applied."""
        rows = self._rows.get(name)
        if rows is None:
            removed = self.overlay.remove.get(name, frozenset())
            rows = tuple(r for r in _shipped(name) if r[0] not in removed) + tuple(
                self.overlay.add.get(name, ())
            )
            self._rows[name] = rows
        return rows

    def words(self, name: str) -> frozenset[str]:
        """The entries (keys) of list ``name``."""
        words = self._words.get(name)
        if words is None:
            words = frozenset(key for key, _value in self.pairs(name))
            self._words[name] = words
        return words

    def table(self, name: str) -> dict[str, str]:
        """List ``name`` as a key -> value mapping (a later row wins, so the overlay's do)."""
        return dict(self.pairs(name))


@lru_cache(maxsize=8)
def _for_overlay(path: str | None) -> Lexicons:
    return Lexicons(Overlay.from_file(path) if path else Overlay())


def shipped_lexicons() -> Lexicons:
    """The lexicons a bare call uses when no component is in charge (tests, the stage functions
    called directly): the shipped lists plus ``$NEWSGRAPH_LEXICON`` if it is set."""
    return _for_overlay(os.environ.get(ENV_VAR) or None)
