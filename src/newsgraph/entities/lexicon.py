"""Word lists the entities stage reads, loaded once per process from ``newsgraph/data/entities``.

They are plain text so a user can extend them without touching code: role nouns
("spokesperson"), gender cues ("Mrs.", "chairwoman"), organisation and place nouns
used in definite descriptions ("the ministry"), party words and demonyms.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

import pycountry

_DATA = "newsgraph.data"


def _lines(name: str) -> list[str]:
    text = resources.files(_DATA).joinpath("entities").joinpath(name).read_text(encoding="utf-8")
    return [
        line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs of saying (``data/lexicon/speech_verbs.tsv``, every kind: "say",
    "describe", "accuse" ...), the list the attribution stage reads, with the user's
    ``$NEWSGRAPH_LEXICON`` overlay. The resolver reads it for "she described ..." after a
    quote of hers; the stage's own short ``_SPEECH_VERBS`` is kept for its older rules."""
    from newsgraph.lexicons import shipped_lexicons

    return shipped_lexicons().words("speech_verbs")


@cache
def person_roles() -> frozenset[str]:
    """Lower-case lemmas of nouns naming a position a person holds."""
    return frozenset(line.strip().lower() for line in _lines("person_roles.txt"))


@cache
def gender_words() -> dict[str, str]:
    """Honorifics and gendered nouns -> ``"m"`` or ``"f"``."""
    out: dict[str, str] = {}
    for line in _lines("gendered.txt"):
        word, _, gender = line.partition("\t")
        out[word.strip().lower()] = gender.strip()
    return out


@cache
def first_name_genders() -> dict[str, str]:
    """Common given names -> ``"m"`` or ``"f"``: a prior for pronoun agreement."""
    out: dict[str, str] = {}
    for line in _lines("first_names.tsv"):
        word, _, gender = line.partition("\t")
        out[word.strip().lower()] = gender.strip()
    return out


@cache
def known_organisations() -> frozenset[str]:
    """Names that are organisations whatever the tagger says ("Twitter" tagged PERSON)."""
    return frozenset(line.strip().lower() for line in _lines("organisations.txt"))


@cache
def org_nouns() -> dict[str, str]:
    """Heads of definite descriptions of organisations and places -> entity type."""
    out: dict[str, str] = {}
    for line in _lines("org_nouns.txt"):
        word, _, label = line.partition("\t")
        out[word.strip().lower()] = label.strip()
    return out


@cache
def party_words() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines("parties.txt"))


@cache
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _lines("demonyms.tsv"):
        demonym, _, place = line.partition("\t")
        out[demonym.strip().lower()] = place.strip()
    return out


# Short names pycountry does not know; everything else goes through pycountry.
_COUNTRY_ALIASES = {
    "us": "United States",
    "usa": "United States",
    "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "england": "United Kingdom",
    "russia": "Russia",
    "turkey": "Turkey",
    "palestine": "Palestine",
    "north korea": "North Korea",
    "south korea": "South Korea",
    "korea": "South Korea",
    "czech republic": "Czechia",
    "ivory coast": "Côte d'Ivoire",
}


@lru_cache(maxsize=4096)
def country_name(name: str) -> str | None:
    """The common English name of the country ``name`` denotes ("U.S." -> "United States"), else None."""
    key = " ".join(name.replace(".", "").split()).strip()
    if key.lower().startswith("the "):
        key = key[4:]
    if not key:
        return None
    alias = _COUNTRY_ALIASES.get(key.lower())
    if alias is not None:
        return alias
    if len(key) <= 3 and not key.isupper():
        return None  # "Ga." (Georgia) is not Gabon's code: codes are written in capitals
    if key.isupper() and len(key) > 3:
        key = key.title()  # "AFGHANISTAN" in a dateline
    try:
        country = pycountry.countries.lookup(key)
    except LookupError:
        return None
    return str(getattr(country, "common_name", None) or country.name)


@lru_cache(maxsize=4096)
def demonym_place(word: str) -> str | None:
    """The place a demonym names ("Afghan" -> "Afghanistan", "Iranians" -> "Iran"), else None."""
    key = word.strip().lower()
    table = _demonyms()
    for candidate in (key, key[:-1] if key.endswith("s") else None):
        if candidate and candidate in table:
            return table[candidate]
    # Regular forms: strip a demonym ending and look for a country starting with the stem.
    for suffix in ("ians", "ian", "ans", "an", "ese", "is", "i", "ish"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            stem = key[: -len(suffix)]
            for country in _country_names():
                if country.lower().startswith(stem):
                    return country
    return None


@cache
def _country_names() -> tuple[str, ...]:
    names = []
    for country in pycountry.countries:
        names.append(str(getattr(country, "common_name", None) or country.name))
    return tuple(sorted(names, key=len))
