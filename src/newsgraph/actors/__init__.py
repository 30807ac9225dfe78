"""Actor coding: country and sector codes for entities (PLOVER/CAMEO-style).

Codes come from the text itself — names, roles, organisations, demonyms ("the
Taliban Ministry of Foreign Affairs" -> AFG GOV, "U.S. military" -> USA MIL) — and
from the shipped, editable dictionary ``data/actors.yaml`` whose entries may carry
date ranges (who held which office when), resolved against the article's
publication date. Country names come from pycountry plus the dictionary's aliases.

It runs as its own stage, ``actors`` (:func:`annotate`), after attribution and before
events, so every later stage sees coded entities; :func:`code_text` codes a bare
phrase, which the PLOVER evaluation uses. A user dictionary (the component's
``actor_dictionary`` config key, or ``$NEWSGRAPH_ACTORS`` outside a component) is
layered over the shipped one and kept on the pipeline's ``Resources``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
import yaml
from spacy.tokens import Doc

from newsgraph import resources
from newsgraph.constants import PLACE_LABELS
from newsgraph.extensions import published_date
from newsgraph.records import Entity

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "actors.yaml"
ENV_VAR = resources.ACTORS_ENV_VAR
#: Longest alias, in words, that the matcher tries.
_MAX_WORDS = 6
_WORD = re.compile(r"[^\W\d_][\w.’'&-]*|\d+", re.UNICODE)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
#: Distinct mention texts read per entity (a long article repeats the same few).
_MAX_MENTION_TEXTS = 12


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class Actor:
    country: str | None
    sector: str | None
    periods: tuple[Period, ...] = ()

    def at(self, day: dt.date | None) -> tuple[str | None, str | None]:
        """The codes that held on ``day`` (the undated codes if no period covers it)."""
        if day is not None:
            for period in self.periods:
                if (period.start is None or period.start <= day) and (period.end is None or day < period.end):
                    return period.country or self.country, period.sector or self.sector
        return self.country, self.sector


@dataclass
class Dictionary:
    #: lower-cased alias (words joined by one space) -> actor
    actors: dict[str, Actor] = field(default_factory=dict)
    #: lower-cased alias -> ISO alpha-3
    countries: dict[str, str] = field(default_factory=dict)
    #: aliases that must match with their exact case ("US", "WHO")
    exact_case: set[str] = field(default_factory=set)
    #: lower-cased keyword -> sector
    sectors: dict[str, str] = field(default_factory=dict)
    weak: frozenset[str] = frozenset()
    #: lower-cased names of the cities of ``capitals`` (a city before a meeting noun,
    #: "the Dakar summit", is where it meets)
    cities: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Codes:
    country: str | None = None
    sector: str | None = None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return None


def _key(text: str) -> str:
    return " ".join(_normal_words(text))


def _normal_words(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", w).lower() for w in _WORD.findall(text)]


def _add_alias(table: dict[str, Any], exact: set[str], alias: str, value: Any, replace: bool) -> None:
    key = _key(alias)
    if not key:
        return
    if replace or key not in table:
        table[key] = value
    stripped = alias.replace(".", "")
    if alias.isupper() and len(stripped) <= 4:
        exact.add(key)


def _merge(book: Dictionary, data: dict[str, Any], replace: bool) -> None:
    for item in data.get("actors") or []:
        periods = tuple(
            Period(_date(p.get("from")), _date(p.get("to")), p.get("country"), p.get("sector"))
            for p in item.get("periods") or []
        )
        actor = Actor(item.get("country"), item.get("sector"), periods)
        for name in item.get("names") or []:
            existing = book.actors.get(_key(str(name)))
            if existing is not None and not replace:
                # Two entries for one name ("Congress"): fill what the first left open.
                actor = Actor(existing.country or actor.country, existing.sector or actor.sector,
                              existing.periods or actor.periods)  # fmt: skip
                book.actors[_key(str(name))] = actor
                continue
            _add_alias(book.actors, book.exact_case, str(name), actor, replace)
    for code, aliases in (data.get("countries") or {}).items():
        for alias in aliases or []:
            _add_alias(book.countries, book.exact_case, str(alias), str(code), replace)
    for city, code in (data.get("capitals") or {}).items():
        _add_alias(book.countries, book.exact_case, str(city), str(code), replace)
        book.cities.add(_key(str(city)))
    for sector, words in (data.get("sectors") or {}).items():
        for word in words or []:
            key = _key(str(word))
            if key and (replace or key not in book.sectors):
                book.sectors[key] = str(sector)
    book.weak = book.weak | {_key(str(w)) for w in data.get("weak") or []}


def _demonyms(name: str) -> list[str]:
    """Regular English demonyms of a one-word country name ("Chile" -> "Chilean", "Kenya" ->
    "Kenyan", "Iraq" -> "Iraqi"); irregular ones are listed in the YAML, which wins."""
    if " " in name or len(name) < 4:
        return []
    forms: list[str] = []
    if name.endswith("a"):
        forms.append(name + "n")
    elif name.endswith("y"):
        forms.append(name[:-1] + "ian")
    elif name.endswith("e"):
        forms.append(name + "an")
    elif name.endswith(("q", "n", "t")):
        forms.append(name + "i")
    else:
        forms.append(name + "ian")
    return forms + [form + "s" for form in forms]


def _pycountry_names(book: Dictionary) -> None:
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                book.countries.setdefault(_key(name), country.alpha_3)
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        for form in _demonyms(str(name)):
            book.countries.setdefault(_key(form), country.alpha_3)


@lru_cache(maxsize=4)
def load_dictionary(user_path: str | None = None) -> Dictionary:
    """The shipped actor dictionary with the user file at ``user_path`` layered on top (cached by path)."""
    book = Dictionary()
    with SHIPPED.open(encoding="utf-8") as handle:
        _merge(book, yaml.safe_load(handle) or {}, replace=False)
    _pycountry_names(book)
    if user_path:
        with open(user_path, encoding="utf-8") as handle:
            _merge(book, yaml.safe_load(handle) or {}, replace=True)
    return book


def dictionary() -> Dictionary:
    """The actor dictionary of the pipeline running now: shipped + its user file, if any."""
    current = resources.current()
    return current.load("actor_dictionary", lambda: load_dictionary(current.actor_dictionary))


def _phrases(text: str, book: Dictionary) -> list[tuple[int, int, str, str]]:
    """(start word, end word, lower key, raw text) of every alias-sized n-gram, longest first."""
    raw = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]
    words = [w.lower() for w in raw]
    found: list[tuple[int, int, str, str]] = []
    for size in range(min(_MAX_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            found.append((i, i + size, " ".join(words[i : i + size]), " ".join(raw[i : i + size])))
    return found


def _case_ok(book: Dictionary, key: str, raw: str) -> bool:
    """All-capital short aliases ("US", "WHO") only match in capitals."""
    return raw.upper() == raw or key not in book.exact_case


def code_text(text: str, day: dt.date | None = None) -> Codes:
    """Country and sector codes that the words of ``text`` alone support."""
    return _code_text(text, day, dictionary())


def _code_text(text: str, day: dt.date | None, book: Dictionary) -> Codes:
    country: str | None = None
    dict_sector: str | None = None
    strong: tuple[int, str] | None = None  # (words in keyword, sector)
    weak: str | None = None
    taken: set[int] = set()
    for start, end, key, raw in _phrases(text, book):
        span = set(range(start, end))
        if span & taken:
            continue
        actor = book.actors.get(key)
        if actor is not None and _case_ok(book, key, raw):
            a_country, a_sector = actor.at(day)
            country = country or a_country
            dict_sector = dict_sector or a_sector
            taken |= span
            continue
        code = book.countries.get(key)
        if code is not None and _case_ok(book, key, raw):
            country = country or code
            taken |= span
            continue
        sector = book.sectors.get(key)
        if sector is not None:
            if key in book.weak:
                weak = weak or sector
            elif strong is None or end - start > strong[0]:
                strong = (end - start, sector)
            taken |= span
    if strong is not None:
        return Codes(country, strong[1])
    return Codes(country, dict_sector or weak)


def code_entity(entity: Entity, day: dt.date | None = None) -> Codes:
    """Codes for one entity from its name, roles, affiliations and named mentions."""
    book = dictionary()
    own = _code_text(entity.name, day, book)
    country, sector = own.country, own.sector
    if entity.type in PLACE_LABELS and country is not None:
        # A country or city named as such: its code, no sector (as PLOVER codes "Syria").
        return Codes(country, None)
    sources: list[str] = []
    for role in entity.roles:
        sources.append(f"{role.title} {role.org or ''}")
    for affiliation in entity.affiliations:
        if affiliation.kind == "party" and sector is None:
            sector = "PTY"
        sources.append(affiliation.name)
    seen: set[str] = set()
    for mention in entity.mentions:
        if mention.kind != "pronoun" and mention.text not in seen and len(seen) < _MAX_MENTION_TEXTS:
            seen.add(mention.text)
            sources.append(mention.text)
    for text in sources:
        if country is not None and sector is not None:
            break
        codes = _code_text(text, day, book)
        country = country or codes.country
        sector = sector or codes.sector
    return Codes(country, sector)


def annotate(doc: Doc) -> None:
    """The ``actors`` stage: code every entity's country and sector (see :func:`code_entities`)."""
    code_entities(doc)


def code_entities(doc: Doc) -> None:
    """Fill ``country``/``sector`` of every entity in ``doc._.ng_entities`` that lacks them."""
    day = published_date(doc)
    coded: list[Entity] = []
    for entity in doc._.ng_entities:
        if entity.country is not None and entity.sector is not None:
            coded.append(entity)
            continue
        codes = code_entity(entity, day)
        update = {
            "country": entity.country or codes.country,
            "sector": entity.sector or codes.sector,
        }
        coded.append(entity.model_copy(update=update))
    # A new list (not in-place edits), so look-up caches keyed on the list see the change.
    doc._.ng_entities = coded


def country_name(code: str | None) -> str | None:
    """A readable name for a code ("AFG" -> "Afghanistan"); special codes are returned as they are."""
    if not code:
        return None
    found = pycountry.countries.get(alpha_3=code)
    return str(found.name) if found is not None else code
