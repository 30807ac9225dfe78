"""CAMEO verb patterns read on the parse: what a verb means given its particle, object and PPs.

The event category must come from what the clause means, not from the verb's word:
"seized three hostages" is an abduction, "seized the opportunity" is no event, "called
for a ceasefire" is a request while "called the minister" is a phone call. The field's
verb dictionary (PETRARCH2's CAMEO.2.0, converted by ``scripts/convert_cameo.py`` into
``data/cameo/verbs.json`` and ``synsets.yaml``) says exactly this, verb block by verb
block; this module matches its patterns on a spaCy parse:

* the verb by lemma (and by the dictionary's irregular forms), compound verbs
  ("cordon off", "wire tap") by their particle or neighbouring words;
* a pattern's ``subject`` against the head of the verb's subject;
* its ``particle`` against the verb's particle or adverb dependents;
* each ``object`` term against the heads of the verb's complements (direct object,
  attribute, passive subject, ...); a term is a word, a synset (``&HOSTAGE``), or
  modifiers plus a head ("financial aid": head ``aid`` with ``financial`` before it);
* each ``prep`` against a preposition under the verb (or under its object) and that
  preposition's object.

:func:`match` returns every pattern that fits, most specific first, then the verb's
own code: PETRARCH2's rule that the most specific pattern decides. A match whose
``category`` is ``None`` is the dictionary saying the construction is *not* an event
("seized the opportunity"); :func:`best` turns that into ``None``.

Nothing here runs a regex over text: the patterns are compiled once per pipeline (kept
on its :class:`~newsgraph.resources.Resources`) into dictionaries keyed by verb lemma
and by object head, so a verb costs a few dictionary probes per pattern of its block.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from newsgraph import resources
from newsgraph.constants import TIME_SPAN_NOUNS
from newsgraph.docindex import doc_index
from newsgraph.errors import ConfigError

SHIPPED_DIR = Path(__file__).resolve().parents[1] / "data" / "cameo"
RESOURCE_NAME = "cameo_patterns"

#: Dependency labels of a verb's complements: where a pattern's object terms are sought.
#: ``nsubjpass`` makes "three hostages were seized" read like "seized three hostages".
OBJECT_DEPS = frozenset(
    {"dobj", "obj", "attr", "oprd", "acomp", "advmod", "npadvmod", "xcomp", "ccomp", "dative", "nsubjpass"}
)
#: Dependents that can carry a verb's particle ("set out", "call off", "put forward").
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep", "compound:prt"})
#: Entity types of a preposition's object that say when, which no frame's phrase is.
_TIME_TYPES = frozenset({"DATE", "TIME"})


def _a_time(token: Token) -> bool:
    """Whether a preposition's object says when or how long ("for three summers")."""
    return token.ent_type_ in _TIME_TYPES or token.lemma_.lower() in TIME_SPAN_NOUNS


#: Dependents that open a prepositional phrase under a verb or its object.
PREP_DEPS = frozenset({"prep", "agent", "dative"})
#: Dependents that are a preposition's object.
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: Verbs that take their subject from the verb they hang from ("vowed to seize", "met and agreed").
INHERIT_SUBJECT_DEPS = frozenset({"xcomp", "conj"})


@dataclass(frozen=True)
class PatternMatch:
    """One reading of a verb: the CAMEO code, its PLOVER category, and why."""

    verb: str
    #: The dictionary's verb block ("SEIZE"): verbs that share the patterns.
    block: str
    cameo: str | None
    #: PLOVER category (or OTHER for CAMEO 01 statements); ``None``: not an event.
    category: str | None
    mode: str | None
    context: tuple[str, ...]
    #: True when the code describes the event with the roles swapped (the grammatical
    #: object acts on the subject): the dictionary gave only a reverse code.
    reverse: bool
    #: How many constraints of the pattern the clause met (0: the verb's own code).
    specificity: int
    #: The constraints in the dictionary's notation, for explanations ("* (for &CEASEFIRE)").
    pattern: str


@dataclass(frozen=True)
class _Coding:
    cameo: str | None
    category: str | None
    mode: str | None
    context: tuple[str, ...]
    reverse: bool


#: A compiled term: head word -> the modifier sets that must precede it (each set: any of its words).
_Term = Mapping[str, tuple[tuple[frozenset[str], ...], ...]]


@dataclass(frozen=True)
class _Pattern:
    subject: tuple[_Term, ...]
    particle: str | None
    objects: tuple[_Term, ...]
    preps: tuple[tuple[str, _Term | None], ...]
    coding: _Coding
    text: str
    weight: int


@dataclass(frozen=True)
class _Verb:
    lemma: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    block: int
    coding: _Coding | None


@dataclass
class _Block:
    name: str
    coding: _Coding | None
    patterns: list[_Pattern] = field(default_factory=list)
    #: anchor ("t:off", "p:for", "o:hostage", "s:police") -> indices of the patterns that
    #: need it, so a clause only tries the patterns one of its words can satisfy
    anchored: dict[str, list[int]] = field(default_factory=dict)
    #: patterns without constraints (always tried)
    free: list[int] = field(default_factory=list)

    def add(self, pattern: _Pattern) -> None:
        index = len(self.patterns)
        self.patterns.append(pattern)
        anchors = _anchors(pattern)
        if not anchors:
            self.free.append(index)
        for anchor in anchors:
            self.anchored.setdefault(anchor, []).append(index)

    def candidates(self, anchors: Iterable[str]) -> list[_Pattern]:
        """The patterns whose anchor the clause has, in dictionary order."""
        indices = set(self.free)
        for anchor in anchors:
            indices.update(self.anchored.get(anchor, ()))
        return [self.patterns[i] for i in sorted(indices)]


def _anchors(pattern: _Pattern) -> tuple[str, ...]:
    """One constraint every fitting clause must meet, as index keys (several for a term's heads)."""
    if pattern.particle is not None:
        return (f"t:{pattern.particle}",)
    if pattern.preps:
        return (f"p:{pattern.preps[0][0]}",)
    if pattern.objects:
        return tuple(f"o:{head}" for head in pattern.objects[0])
    if pattern.subject:
        return tuple(f"s:{head}" for head in pattern.subject[0])
    return ()


@dataclass
class PatternBook:
    """The compiled verb dictionary: verb form -> entries, and the blocks' patterns."""

    verbs: dict[str, list[_Verb]] = field(default_factory=dict)
    blocks: list[_Block] = field(default_factory=list)
    synsets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _coded: frozenset[str] | None = None
    _own: dict[str, tuple[str, str | None]] | None = None

    def match(self, verb: Token) -> list[PatternMatch]:
        """Every reading of ``verb`` the dictionary gives, most specific first.

        Order: constraints met (more first), then compound verbs before single words
        ("called off the strike" reads as CANCEL before CALL), then dictionary order.
        """
        entries = self._entries(verb)
        if not entries:
            return []
        found: list[tuple[int, int, int, PatternMatch]] = []
        for entry, block, words, fits in self._fitting(entries, _Clause.of(verb)):
            for pattern, score in fits:
                reading = _result(entry, block, pattern.coding, score, pattern.text)
                found.append((score, words, len(found), reading))
            default = entry.coding if entry.coding is not None else block.coding
            if default is not None and default.category is not None:
                found.append((0, words, len(found), _result(entry, block, default, 0, "*")))
        found.sort(key=lambda item: (-item[0], -item[1], item[2]))
        return [item[3] for item in found]

    def best_specific(self, verb: Token, minimum: int) -> PatternMatch | None:
        """``match(verb)[0]`` when the clause met at least ``minimum`` (≥ 1) constraints of
        it, else None, without building or sorting the other readings: a verb's own code
        (specificity 0) never comes first when some pattern with a met constraint fits."""
        entries = self._entries(verb)
        if not entries:
            return None
        best: tuple[tuple[int, int, int], _Verb, _Block, _Pattern, int] | None = None
        order = 0
        for entry, block, words, fits in self._fitting(entries, _Clause.of(verb)):
            for pattern, score in fits:
                key = (-score, -words, order)
                order += 1
                if best is None or key < best[0]:
                    best = (key, entry, block, pattern, score)
        if best is None or best[4] < max(minimum, 1):
            return None
        _key, entry, block, pattern, score = best
        return _result(entry, block, pattern.coding, score, pattern.text)

    def _fitting(
        self, entries: list[_Verb], clause: _Clause
    ) -> Iterator[tuple[_Verb, _Block, int, list[tuple[_Pattern, int]]]]:
        """Per entry in dictionary order: its block, its word count and the block's patterns
        the clause fits, with their scores (a block's patterns only at its first entry)."""
        seen_blocks: set[int] = set()
        for entry in entries:
            block = self.blocks[entry.block]
            fits: list[tuple[_Pattern, int]] = []
            if entry.block not in seen_blocks:
                seen_blocks.add(entry.block)
                scored = ((pattern, clause.fits(pattern)) for pattern in block.candidates(clause.anchors))
                fits = [(pattern, score) for pattern, score in scored if score >= 0]
            yield entry, block, len(entry.before) + len(entry.after), fits

    def may_code(self, lemma: str, lower: str) -> bool:
        """Whether a pattern of some block of this verb form gives a PLOVER category or
        says "no event": one set probe, so a caller can skip :meth:`match` for the many
        verbs whose patterns only ever code statements (or that have no patterns)."""
        coded = self._coded
        if coded is None:
            coded = self._coded = self._coded_forms()
        return lemma in coded or lower in coded

    def _coded_forms(self) -> frozenset[str]:
        blocks = {
            n
            for n, block in enumerate(self.blocks)
            if any(p.coding.category not in ("OTHER",) for p in block.patterns)
        }
        return frozenset(
            form for form, entries in self.verbs.items() if any(e.block in blocks for e in entries)
        )

    def own_codes(self) -> dict[str, tuple[str, str | None]]:
        """Single-word verb lemma -> (PLOVER category, mode) of its own code or its block's,
        for the verbs whose bare code is a PLOVER act (not a statement, not "no event").
        A verb in several blocks keeps its first block's code."""
        codes = self._own
        if codes is None:
            codes = {}
            for entries in self.verbs.values():
                for entry in entries:
                    if entry.before or entry.after or entry.lemma in codes:
                        continue
                    coding = entry.coding if entry.coding is not None else self.blocks[entry.block].coding
                    if coding is not None and coding.category not in (None, "OTHER") and not coding.reverse:
                        codes[entry.lemma] = (coding.category, coding.mode)
            self._own = codes
        return codes

    def has_verb(self, verb: Token) -> bool:
        """Whether the dictionary lists ``verb`` at all (with or without a code of its own)."""
        return bool(self._entries(verb))

    def _entries(self, verb: Token) -> list[_Verb]:
        """The dictionary verbs ``verb`` can be: single words and the compounds that fit."""
        candidates: list[_Verb] = []
        for key in _keys(verb):
            for entry in self.verbs.get(key, ()):
                if entry not in candidates and _compound_fits(verb, entry):
                    candidates.append(entry)
        return candidates


def object_complements(verb: Token) -> list[Token]:
    """ "held Kessa responsible", "declared the vote void": an adjective after the direct
    object is its complement, which the parser often hangs on the object as a modifier."""
    found: list[Token] = []
    index = doc_index(verb.doc)  # the tree's tables: a Token only for a complement found
    deps, pos = index.column("dep_"), index.column("pos_")
    for obj in index.children(verb.i):
        if deps[obj] != "dobj":
            continue
        kids = index.children(obj)
        for adj in kids:
            if (
                adj > obj
                and deps[adj] == "amod"
                and pos[adj] == "ADJ"
                and not any(deps[c] == "prep" and c < adj for c in kids)
            ):
                found.append(index.tokens[adj])
    return found


def _result(entry: _Verb, block: _Block, coding: _Coding, score: int, text: str) -> PatternMatch:
    return PatternMatch(
        verb=entry.lemma,
        block=block.name,
        cameo=coding.cameo,
        category=coding.category,
        mode=coding.mode,
        context=coding.context,
        reverse=coding.reverse,
        specificity=score,
        pattern=text,
    )


def _compound_fits(verb: Token, entry: _Verb) -> bool:
    """A compound verb's other words: a particle dependent or the words right beside the verb."""
    doc = verb.doc
    if entry.after:
        following = [t.lower_ for t in doc[verb.i + 1 : verb.i + 1 + len(entry.after)]]
        particles = {c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS}
        if following != list(entry.after) and not (len(entry.after) == 1 and entry.after[0] in particles):
            return False
    if entry.before:
        start = verb.i - len(entry.before)
        preceding = [t.lower_ for t in doc[max(start, 0) : verb.i] if t.text != "-"]
        if start < 0 or preceding[-len(entry.before) :] != list(entry.before):
            return False
    return True


def _keys(token: Token) -> tuple[str, ...]:
    lemma, lower = token.lemma_.lower(), token.lower_
    return (lemma,) if lemma == lower else (lemma, lower)


def _term_weight(term: _Term, token: Token) -> int:
    """1 + the number of modifiers met if ``token`` heads a phrase of ``term``; else 0."""
    best = 0
    context: set[str] | None = None
    for key in _keys(token):
        for modifiers in term.get(key, ()):
            if not modifiers:
                best = max(best, 1)
                continue
            if context is None:  # the words before it in its phrase, by lemma and form
                index, start = doc_index(token.doc), token.left_edge.i
                lemmas, lowers = index.column("lemma_"), index.column("lower_")
                context = {lemmas[k].lower() for k in range(start, token.i)}
                context.update(lowers[start : token.i])
            if all(alternatives & context for alternatives in modifiers):
                best = max(best, 1 + len(modifiers))
    return best


@dataclass
class _Clause:
    """The parts of a verb's clause the patterns look at, gathered once per call."""

    subjects: list[Token]
    particles: set[str]
    objects: list[Token]
    #: (preposition word, its objects)
    preps: list[tuple[str, list[Token]]]
    #: the index keys of _Block.anchored this clause can satisfy
    anchors: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, verb: Token) -> _Clause:
        # The tree is read from the DocIndex tables (child indices, the dep_/lower_ columns):
        # Token.children and Token.head make a new Token per child and per step.
        index = doc_index(verb.doc)
        tokens, deps, lowers = index.tokens, index.column("dep_"), index.column("lower_")
        kids_of = index.children
        children = [(tokens[k], deps[k]) for k in kids_of(verb.i)]
        subjects = [c for c, dep in children if dep in SUBJECT_DEPS]
        for child, dep in children:
            if dep == "agent":  # passive: "were seized by rebels"
                subjects.extend(tokens[g] for g in kids_of(child.i) if deps[g] in PREP_OBJECT_DEPS)
        head = index.heads()[verb.i]
        if not subjects and deps[verb.i] in INHERIT_SUBJECT_DEPS and head != verb.i:
            subjects = [tokens[c] for c in kids_of(head) if deps[c] in SUBJECT_DEPS]
        own_objects = [(c, dep) for c, dep in children if dep in OBJECT_DEPS]
        conj_objects = [
            (tokens[k], "conj") for o, _ in own_objects for k in kids_of(o.i) if deps[k] == "conj"
        ]
        objects = [c for c, _ in own_objects] + [c for c, _ in conj_objects]
        objects += object_complements(verb)
        particles = {lowers[c.i] for c, dep in children if dep in PARTICLE_DEPS}
        preps: list[tuple[str, list[Token]]] = []
        for holder, is_verb in ((verb, True), *((o, False) for o in objects)):
            kids = children if is_verb else [(tokens[c], deps[c]) for c in kids_of(holder.i)]
            for child, dep in kids:
                if dep in PREP_DEPS:
                    pobjs = [tokens[g] for g in kids_of(child.i) if deps[g] in PREP_OBJECT_DEPS]
                    pobjs += [tokens[c] for p in list(pobjs) for c in kids_of(p.i) if deps[c] == "conj"]
                    if pobjs and all(_a_time(g) for g in pobjs):
                        continue  # "has hit the capital for three summers": when, not whom for
                    preps.append((lowers[child.i], pobjs))
                elif is_verb and dep in ("prt", "advmod"):  # "set aside the rift"
                    moved = [o for o, o_dep in (*own_objects, *conj_objects) if o_dep != "nsubjpass"]
                    preps.append((lowers[child.i], moved))
        anchors = {f"t:{word}" for word in particles}
        anchors.update(f"p:{word}" for word, _ in preps)
        anchors.update(f"o:{key}" for token in objects for key in _keys(token))
        anchors.update(f"s:{key}" for token in subjects for key in _keys(token))
        return cls(subjects, particles, objects, preps, anchors)

    def fits(self, pattern: _Pattern) -> int:
        """The constraints met, counting a phrase's modifiers; -1 when a constraint fails."""
        score = pattern.weight
        if pattern.particle is not None and pattern.particle not in self.particles:
            return -1
        for term in pattern.subject:
            weight = max((_term_weight(term, t) for t in self.subjects), default=0)
            if not weight:
                return -1
            score += weight
        for term in pattern.objects:
            weight = max((_term_weight(term, t) for t in self.objects), default=0)
            if not weight:
                return -1
            score += weight
        for prep, prep_object in pattern.preps:
            weight = 0
            for word, pobjs in self.preps:
                if word != prep:
                    continue
                if prep_object is None:
                    weight = max(weight, 1)
                else:
                    inner = max((_term_weight(prep_object, t) for t in pobjs), default=0)
                    weight = max(weight, 1 + inner if inner else 0)
            if not weight:
                return -1
            score += weight
        return score


# ---------------------------------------------------------------- loading


def _coding(spec: Mapping[str, Any], prefix: str = "") -> _Coding | None:
    if f"{prefix}cameo" not in spec:
        return None
    cameo = spec.get(f"{prefix}cameo")
    return _Coding(
        cameo=str(cameo) if cameo is not None else None,
        category=spec.get(f"{prefix}plover"),
        mode=spec.get(f"{prefix}mode"),
        context=tuple(spec.get(f"{prefix}context") or ()),
        reverse=bool(prefix),
    )


def _pattern_coding(spec: Mapping[str, Any]) -> _Coding:
    """The pattern's code; when it gives only the reverse code, that one, marked reverse."""
    coding = _coding(spec)
    if coding is not None and coding.cameo is not None:
        return coding
    reverse = _coding(spec, "reverse_")
    if reverse is not None:
        return reverse
    return coding or _Coding(None, None, None, (), False)


def _words_of(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """Word -> (head, modifiers) readings; a hyphenated word is also its parts ("cease-fire")."""
    readings: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    if "-" in word.strip("-"):
        parts = [p for p in word.split("-") if p]
        readings.append((parts[-1], tuple(parts[:-1])))
    return readings


def _compile_term(text: str, synsets: Mapping[str, tuple[str, ...]]) -> _Term:
    """A term ("financial aid", "&HOSTAGE", "&WEAPON attack") -> head word -> modifier sets."""
    words = text.split()
    if not words:
        raise ConfigError(f"empty term in the CAMEO verb patterns: {text!r}")

    def alternatives(word: str) -> frozenset[str]:
        if word.startswith("&"):
            members = synsets.get(word[1:])
            if members is None:
                raise ConfigError(f"undefined synset {word} in the CAMEO verb patterns")
            return frozenset(w for member in members for w in member.replace("-", " ").split())
        return frozenset(word.replace("-", " ").split())

    modifiers = tuple(alternatives(word) for word in words[:-1])
    head = words[-1]
    heads: dict[str, list[tuple[frozenset[str], ...]]] = {}
    members = [head] if not head.startswith("&") else list(synsets.get(head[1:], ()))
    if head.startswith("&") and head[1:] not in synsets:
        raise ConfigError(f"undefined synset {head} in the CAMEO verb patterns")
    for member in members:
        parts = member.split()
        for word, word_mods in _words_of(parts[-1]):
            own = tuple(frozenset({m}) for m in (*parts[:-1], *word_mods))
            heads.setdefault(word, []).append(own + modifiers)
    return {word: tuple(options) for word, options in heads.items()}


def _pattern_text(spec: Mapping[str, Any]) -> str:
    parts = [*spec.get("subject", ()), "*"]
    if spec.get("particle"):
        parts.append(str(spec["particle"]))
    parts.extend(spec.get("object", ()))
    for prep, obj in spec.get("prep", ()):
        parts.append(f"({prep} {obj})" if obj else f"({prep})")
    return " ".join(str(p) for p in parts)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the CAMEO data: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping")
    return data


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the CAMEO data: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping")
    return data


def load_patterns(directory: str | Path | None = None) -> PatternBook:
    """Compile ``verbs.json`` and ``synsets.yaml`` from ``directory`` (default: the shipped data)."""
    return _load(str(directory) if directory is not None else str(SHIPPED_DIR))


@lru_cache(maxsize=2)
def _load(directory: str) -> PatternBook:
    base = Path(directory)
    synset_data = _read_yaml(base / "synsets.yaml").get("synsets") or {}
    synsets = {
        str(name): tuple(str(w) for w in (*(spec.get("words") or ()), *(spec.get("exact") or ())))
        for name, spec in synset_data.items()
    }
    book = PatternBook(synsets=synsets)
    blocks = _read_json(base / "verbs.json").get("blocks")
    if not isinstance(blocks, list):
        raise ConfigError(f"{base / 'verbs.json'}: expected a 'blocks' list")
    term_cache: dict[str, _Term] = {}

    def term(text: Any) -> _Term:
        key = str(text)
        if key not in term_cache:
            term_cache[key] = _compile_term(key, synsets)
        return term_cache[key]

    for spec in blocks:
        block = _Block(name=str(spec.get("name", "")), coding=_coding(spec))
        index = len(book.blocks)
        book.blocks.append(block)
        for verb_spec in spec.get("verbs") or ():
            entry = _Verb(
                lemma=str(verb_spec["lemma"]),
                before=tuple(str(w) for w in verb_spec.get("before") or ()),
                after=tuple(str(w) for w in verb_spec.get("after") or ()),
                block=index,
                coding=_coding(verb_spec),
            )
            for form in _forms(entry.lemma, verb_spec.get("forms") or ()):
                book.verbs.setdefault(form, []).append(entry)
        for pattern_spec in spec.get("patterns") or ():
            subject = tuple(term(t) for t in pattern_spec.get("subject") or ())
            objects = tuple(term(t) for t in pattern_spec.get("object") or ())
            preps = tuple(
                (str(prep), term(obj) if obj is not None else None)
                for prep, obj in pattern_spec.get("prep") or ()
            )
            particle = pattern_spec.get("particle")
            weight = 1 if particle else 0
            block.add(
                _Pattern(
                    subject=subject,
                    particle=str(particle) if particle else None,
                    objects=objects,
                    preps=preps,
                    coding=_pattern_coding(pattern_spec),
                    text=_pattern_text(pattern_spec),
                    weight=weight,
                )
            )
    return book


def _forms(lemma: str, forms: Iterable[Any]) -> list[str]:
    """The words a verb entry is found by: its lemma and its inflections.

    The dictionary lists irregular forms; regular ones are generated as PETRARCH does
    (+s/+es/+ies, +ed/+d, +ing), so a verb the lemmatiser gets wrong ("cordoned" ->
    "cordone") is still found by its written form.
    """
    listed = [str(f) for f in forms if str(f) != lemma]
    if listed:
        return [lemma, *listed]
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        participle = lemma[:-1] + "ing"
    else:
        participle = lemma + "ing"
    return [lemma, third, past, participle]


def get_patterns() -> PatternBook:
    """The verb patterns of the pipeline running now (compiled once per pipeline)."""
    return resources.current().load(RESOURCE_NAME, load_patterns)


def match(verb: Token) -> list[PatternMatch]:
    """Every reading the CAMEO dictionary gives ``verb`` in its clause, most specific first."""
    return get_patterns().match(verb)


def best(verb: Token) -> PatternMatch | None:
    """The most specific reading, or ``None`` when there is none or it says "no event"."""
    found = match(verb)
    if not found or found[0].category is None:
        return None
    return found[0]
