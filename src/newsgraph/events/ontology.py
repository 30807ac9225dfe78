"""The event ontology: the shipped YAML (``data/ontology.yaml``) plus an optional user file.

The ontology is data so that analysts can extend it without touching code. It is
loaded once per pipeline into look-up tables keyed by lemma, so the events stage does
one dictionary probe per token. A user file (the component's ``ontology`` config key,
or ``$NEWSGRAPH_ONTOLOGY`` outside a component) is layered on top: its entries replace
the shipped ones for the same word. The loaded ontology is kept on the pipeline's
``Resources``, never in a module global, so two pipelines may use different files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph import resources
from newsgraph.errors import ConfigError

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "ontology.yaml"
ENV_VAR = resources.ONTOLOGY_ENV_VAR

#: PLOVER's categories in manual order; OTHER is ours, for events outside them.
CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
OTHER = "OTHER"


@dataclass(frozen=True)
class Entry:
    """What one trigger word (or phrase) means."""

    category: str
    mode: str | None
    quad: int | None
    score: float | None
    family: str
    #: For phrases: dependent lemmas that must appear under the verb. For multi-word
    #: nouns: modifier lemmas that must appear on the noun ("hunger" in "hunger strike").
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Constraint:
    """What a category's (or mode's) participants must be, as class names (see
    ``events/constraints.py``): an empty set puts no constraint on that side."""

    actor: frozenset[str] = frozenset()
    target: frozenset[str] = frozenset()
    #: The sides ("actor", "target") read closed-world: there a common noun no allowed
    #: class lists is refused. On the other sides only a noun a word list puts in a
    #: class the side does not allow is refused (a word no list knows may be anyone).
    strict: frozenset[str] = frozenset()


#: The participant classes a constraint may name.
CLASSES = frozenset({"agent", "person", "place", "weapon", "document", "thing"})
#: The sides of a constraint.
SIDES = ("actor", "target")


@dataclass
class Ontology:
    verbs: dict[str, Entry] = field(default_factory=dict)
    #: head lemma -> entries, those needing more words first
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    #: verb lemma -> phrase entries, longest first
    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    reverse_verbs: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    carrier_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    person_object: frozenset[str] = frozenset()
    #: person_object verbs that also count with a coordinated subject or a "with" party
    #: ("Valmoria and Corland agreed to meet", "met with the envoy")
    reciprocal: frozenset[str] = frozenset()
    expressed_nouns: frozenset[str] = frozenset()
    other_fallback: bool = True
    #: category -> (quad, score)
    classes: dict[str, tuple[int | None, float | None]] = field(default_factory=dict)
    #: "CATEGORY" or "CATEGORY/mode" (or "default", for every PLOVER category) -> constraint
    constraints: dict[str, Constraint] = field(default_factory=dict)

    def entry(self, category: str, mode: str | None, family: str, words: tuple[str, ...] = ()) -> Entry:
        """The reading of a category (and mode) a rule or a dictionary chose, not one word
        listed here: the category's quad and score, under ``family``."""
        quad, score = self.classes.get(category, (None, None))
        return Entry(category, mode, quad, score, family, words)

    def constraint_for(self, category: str, mode: str | None) -> Constraint | None:
        """The most specific constraint for a category and mode: the mode's, else the
        category's, else the default one (None for OTHER and when none is given)."""
        if category == OTHER:
            return None
        if mode is not None:
            found = self.constraints.get(f"{category}/{mode}")
            if found is not None:
                return found
        return self.constraints.get(category) or self.constraints.get("default")


def get_ontology() -> Ontology:
    """The ontology of the pipeline running now: shipped + its user file, if any."""
    current = resources.current()
    return current.load("ontology", lambda: load_ontology(current.ontology))


def _as_float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _as_int(value: Any) -> int | None:
    return int(value) if isinstance(value, int) else None


def _words(spec: Any) -> dict[str, str]:
    """``[a, b]`` or ``{a: family, b: null}`` -> {word: family}."""
    if isinstance(spec, dict):
        return {str(k).lower(): str(v).lower() if v else str(k).lower() for k, v in spec.items()}
    if isinstance(spec, list):
        return {str(w).lower(): str(w).lower() for w in spec}
    return {}


#: Prepositions and particles: a phrase made only of them names no object of its own.
_FUNCTION_WORDS = frozenset(
    {"with", "to", "for", "on", "upon", "at", "of", "from", "in", "into", "against", "by", "about",
     "up", "down", "out", "off", "over", "away", "back", "behind", "through", "together"}
)  # fmt: skip


def _phrase_order(entry: Entry) -> tuple[int, bool]:
    """Longest first; at one length a phrase naming the verb's object ("break relations")
    before one of prepositions only ("break with"): "broke off relations with Russia" cuts
    ties, "broke with the party" splits."""
    return -len(entry.words), all(w in _FUNCTION_WORDS for w in entry.words)


def _add_lists(onto: Ontology, spec: dict[str, Any], base: Entry, override: bool) -> None:
    def better(old: Entry | None) -> bool:
        # A PLOVER category beats OTHER; otherwise the later file (the user's) wins.
        if old is None:
            return True
        if old.category == OTHER and base.category != OTHER:
            return True
        if base.category == OTHER and old.category != OTHER:
            return False
        return override

    for verb, family in _words(spec.get("verbs")).items():
        if better(onto.verbs.get(verb)):
            onto.verbs[verb] = Entry(base.category, base.mode, base.quad, base.score, family)
    for noun, family in _words(spec.get("nouns")).items():
        parts = noun.split()
        head, mods = parts[-1], tuple(parts[:-1])
        entries = onto.nouns.setdefault(head, [])
        same = [e for e in entries if e.words == mods]
        if same and not better(same[0]):
            continue
        entries[:] = [e for e in entries if e.words != mods]
        entries.append(Entry(base.category, base.mode, base.quad, base.score, family, mods))
        entries.sort(key=lambda e: -len(e.words))
    for phrase in spec.get("phrases") or []:
        parts = str(phrase).lower().split()
        if not parts:
            continue
        verb, rest = parts[0], tuple(parts[1:])
        entries = onto.phrases.setdefault(verb, [])
        same = [e for e in entries if e.words == rest]
        if same and not better(same[0]):
            continue
        entries[:] = [e for e in entries if e.words != rest]
        entries.append(Entry(base.category, base.mode, base.quad, base.score, verb, rest))
        entries.sort(key=_phrase_order)


def _merge_file(onto: Ontology, data: dict[str, Any], override: bool) -> None:
    for name, spec in (data.get("categories") or {}).items():
        category = str(name).upper()
        spec = spec or {}
        quad = _as_int(spec.get("quad"))
        score = _as_float(spec.get("score"))
        old_quad, old_score = onto.classes.get(category, (None, None))
        quad = quad if quad is not None else old_quad
        score = score if score is not None else old_score
        onto.classes[category] = (quad, score)
        _add_lists(onto, spec, Entry(category, None, quad, score, ""), override)
        for mode, mode_spec in (spec.get("modes") or {}).items():
            mode_spec = mode_spec or {}
            mode_score = _as_float(mode_spec.get("score"))
            base = Entry(category, str(mode), quad, mode_score if mode_score is not None else score, "")
            _add_lists(onto, mode_spec, base, override)
    lists = (
        "light_verbs", "reverse_verbs", "ignore", "carrier_nouns", "quantity_nouns",
        "person_object", "reciprocal",
    )  # fmt: skip
    for key in (*lists, "expressed_nouns"):
        if key in data:
            merged = set(getattr(onto, key)) | {str(w).lower() for w in data.get(key) or []}
            setattr(onto, key, frozenset(merged))
    for key, spec in (data.get("constraints") or {}).items():
        onto.constraints[_constraint_key(str(key))] = _constraint(str(key), spec or {})
    if "other_fallback" in data:
        onto.other_fallback = bool(data["other_fallback"])


def _constraint_key(key: str) -> str:
    category, _, mode = key.partition("/")
    category = category if category == "default" else category.upper()
    return f"{category}/{mode}" if mode else category


def _constraint(key: str, spec: Any) -> Constraint:
    """``{actor: [agent, weapon], target: [agent, place], strict: [actor]}`` -> Constraint
    (names checked)."""
    if not isinstance(spec, dict):
        raise ConfigError(f"ontology constraint {key!r}: expected a mapping with 'actor' and/or 'target'")
    sides: dict[str, frozenset[str]] = {}
    for side in ("actor", "target"):
        names = frozenset(str(n).lower() for n in spec.get(side) or ())
        unknown = names - CLASSES
        if unknown:
            raise ConfigError(
                f"ontology constraint {key!r}: unknown class {sorted(unknown)[0]!r}; "
                f"choose from {', '.join(sorted(CLASSES))}"
            )
        sides[side] = names
    strict = frozenset(str(n).lower() for n in spec.get("strict") or ())
    if not strict <= set(SIDES):
        raise ConfigError(
            f"ontology constraint {key!r}: strict names a side other than {' or '.join(SIDES)}: "
            f"{sorted(strict - set(SIDES))[0]!r}"
        )
    return Constraint(actor=sides["actor"], target=sides["target"], strict=strict)


def _read(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an ontology file must be a mapping with a 'categories' key")
    return data


@lru_cache(maxsize=4)
def load_ontology(user_path: str | None = None) -> Ontology:
    """The shipped ontology with the user file at ``user_path`` layered on top (cached by path)."""
    onto = Ontology()
    _merge_file(onto, _read(SHIPPED), override=False)
    if user_path:
        _merge_file(onto, _read(Path(user_path)), override=True)
    return onto
