"""Finding events in a parsed ``Doc``: triggers, their arguments, modality, dedupe.

Everything an event carries comes from the trigger's own clause (its dependency
subtree, minus embedded clauses that are events of their own), never from elsewhere
in the article. Verbal triggers take their actor from the subject (or the ``by``
agent of a passive, or the controller of a participle/infinitive), their target from
the object or a ``with/against/on/to`` phrase; nominal triggers ("the U.S. military
withdrawal", "the agreement between X and Y") take theirs from possessives,
modifiers and ``between/by/from`` phrases, or from the light verb that carries them
("held talks", "imposed sanctions", "faced criticism").

The pass is linear in the number of tokens: one dictionary probe per token, then
bounded walks up and down the tree around each trigger.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import actors as actor_codes
from newsgraph.events.ontology import OTHER, Entry, Ontology, get_ontology
from newsgraph.records import Entity, Event, Modality, Quote, Span, TimeBasis, TimeExpression


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- word classes the rules need (grammar, not domain lexicon: that lives in the YAML)
_SPEECH = _set(
    "say tell state add claim announce report insist argue note explain write tweet post "
    "declare assert reiterate confirm stress emphasize warn allege suggest "
)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_HYPO_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d", "’d"})
_FUTURE_GOVERNORS = _set(
    "expect plan intend schedule set due prepare aim agree pledge promise vow commit going "
    "willing ready eager prepared determined poised "
)
_HYPO_GOVERNORS = _set(
    "want hope seek propose offer threaten consider urge ask demand call wish need "
    "request plead appeal press push encourage invite order force "
)
_NEGATING_GOVERNORS = _set("refuse fail decline neglect")
_OBLIGATION_AUX = _set("must should ought")
_SPEECH_OR_FINDING = _SPEECH | _set("conclude find rule decide")
_MAX_CLAUSE = 80
#: Categories whose "on X" names the target ("sanctions on", "attack on", "call on").
_ON_TARGETS = frozenset(
    {
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "REQUEST",
        "ACCUSE",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "REJECT",
        "CONCEDE",
    }
)
#: Categories of acts that announce another act ("threatened to ban ...", "agreed to open ...").
_ANNOUNCING = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE"})
#: Categories whose target is the place when no party is named (PLOVER codes it so).
_PLACE_TARGETS = frozenset({"AID", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_CONTENT_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
_SPEAKER_PATH = _set("xcomp acomp conj advcl dobj pobj prep nsubj compound")
_OBJECT_CONTROL = _set(
    "urge ask order force persuade allow permit invite tell encourage help call press compel "
    "instruct request beg implore authorize enable "
)
_INANIMATE = frozenset({"it", "this", "that", "which", "what", "there", "these", "those"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_TARGET_PREPS = frozenset({"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "over"})
_PLACE_PREPS = frozenset({"in", "at", "from", "to", "near", "inside", "outside", "across", "into"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NON_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "csubjpass", "parataxis", "acl"})
_NOUN_MODS = frozenset({"poss", "compound", "nmod", "amod"})
_SUBJ = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
#: Categories whose ``with`` and ``between`` partners act together (both sides are actors).
_SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass
class Candidate:
    """One trigger mention before dedupe, with the token-level detail evaluation needs."""

    token: Token
    entry: Entry
    lemma: str
    actor_tokens: list[Token] = field(default_factory=list)
    target_tokens: list[Token] = field(default_factory=list)
    place_token: Token | None = None
    clause: set[int] = field(default_factory=set)
    modality: Modality = "asserted"
    quote: str | None = None
    nominal: bool = False
    #: For a demand voiced through a speech verb ("X said Y must ..."): the embedded clause.
    embedded: Token | None = None
    absorbed: bool = False
    merge_into: Candidate | None = None


@dataclass
class Detail:
    """Token-level facts about one event, kept beside the record for scoring and debugging."""

    trigger_token: int
    depth: int
    actor_spans: list[tuple[int, int]] = field(default_factory=list)
    target_spans: list[tuple[int, int]] = field(default_factory=list)


EntityLookup = Callable[[int, int], str | None]


# ----------------------------------------------------------------------------- triggers
@lru_cache(maxsize=4)
def _known_verbs(onto_id: int) -> frozenset[str]:
    onto = get_ontology()
    return frozenset(
        set(onto.verbs) | set(onto.phrases) | onto.light_verbs | onto.reverse_verbs | onto.ignore
        | _SPEECH_OR_FINDING | _FUTURE_GOVERNORS | _HYPO_GOVERNORS | _OBJECT_CONTROL
    )  # fmt: skip


def _lemma(token: Token) -> str:
    """The lemma, repairing the small model's "staged" -> "stag" on verbs we know."""
    lemma: str = token.lemma_.lower()
    lower: str = token.lower_
    repaired = lemma + "e"
    if lower in (lemma + "ed", lemma + "ing") and repaired in _known_verbs(id(get_ontology())):
        return repaired
    return lemma


def _descendant_lemmas(token: Token) -> tuple[set[str], set[str]]:
    """(lemmas/forms of the children and the object's prepositions, of children and
    grandchildren)."""
    near: set[str] = set()
    below: set[str] = set()
    for child in token.children:
        near.add(_lemma(child))
        near.add(child.lower_)
        for grand in child.children:
            below.add(_lemma(grand))
            below.add(grand.lower_)
            if child.dep_ == "dobj" and grand.dep_ == "prep":
                near.add(grand.lower_)  # "shared evidence with X": the parser hangs "with" on the object
    return near, below | near


def _has_person_object(verb: Token) -> bool:
    """ "released the prisoners" / "asked the minister to ..." but not "released her tax
    returns" / "asked whether ...": the object names people or a body."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            return _actorish(child) or any(_actorish(c) for c in child.conjuncts)
    return False


def _modifier_lemmas(token: Token) -> set[str]:
    return {_lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")} | {
        c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")
    }


def match_trigger(token: Token, onto: Ontology) -> tuple[Entry, bool] | None:
    """The ontology entry ``token`` triggers and whether it is nominal, or None."""
    pos = token.pos_
    if pos == "VERB" or (pos == "AUX" and token.dep_ == "ROOT"):
        if token.dep_ in ("amod", "compound"):
            return None  # "Western-backed government": a modifier, not a reported act
        lemma = _lemma(token)
        phrases = onto.phrases.get(lemma)
        if phrases:
            near, below = _descendant_lemmas(token)
            for entry in phrases:
                # The particle/preposition must hang on the verb itself ("called for"), the
                # rest may sit one level lower ("put on alert").
                if entry.words and entry.words[0] in near and all(w in below for w in entry.words[1:]):
                    return entry, False
        verb_entry = onto.verbs.get(lemma)
        if verb_entry is None:
            return None
        if lemma in onto.person_object and not _has_person_object(token):
            return None
        return verb_entry, False
    if pos in ("NOUN", "PROPN"):
        if token.ent_type_ in _NAME_LABELS and pos == "PROPN":
            return None
        if token.dep_ == "compound" and _lemma(token.head) not in onto.carrier_nouns:
            return None  # "aid workers" is not aid; "a mediation effort" is mediation
        for key in (_lemma(token), token.lower_):
            entries = onto.nouns.get(key)
            if not entries:
                continue
            mods: set[str] | None = None
            for entry in entries:
                if entry.words:
                    mods = mods if mods is not None else _modifier_lemmas(token)
                    if all(w in mods for w in entry.words):
                        return entry, True
                else:
                    return entry, True
    return None


# ----------------------------------------------------------------------------- arguments
def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for conj in token.conjuncts:
        if conj.i > token.i and conj.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            out.append(conj)
    # "The government of Valmoria and the Fisheries Union signed": the parser often joins
    # the second party to the "of" object; a conjunct with its own determiner, or of a
    # different kind than that object, is a party of its own.
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                own_det = any(c.dep_ == "det" for c in pobj.children)
                for conj in pobj.conjuncts:
                    has_det = any(c.dep_ == "det" for c in conj.children)
                    other_kind = bool(conj.ent_type_) and conj.ent_type_ != pobj.ent_type_
                    if conj.i > pobj.i and ((has_det and not own_det) or other_kind) and conj not in out:
                        out.append(conj)
    return out


def _relative_antecedent(token: Token) -> Token:
    """``who`` in "Harris, who called ..." stands for "Harris"."""
    if token.lower_ in _RELATIVE:
        verb = token.head
        for _ in range(10):
            if verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ == "relcl":
            return verb.head
    return token


def _subject_of(verb: Token) -> tuple[list[Token], bool]:
    """(subject tokens, passive?) written on ``verb`` itself."""
    for child in verb.children:
        if child.dep_ in _SUBJ and child.dep_ != "expl":
            return [_relative_antecedent(c) for c in _conjuncts(child)], False
        if child.dep_ in _PASSIVE_SUBJ:
            return [_relative_antecedent(c) for c in _conjuncts(child)], True
    return [], verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _agent_of(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _conjuncts(pobj)
    return []


def _direct_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def _animate(tokens: list[Token]) -> bool:
    return bool(tokens) and not all(t.lower_ in _INANIMATE for t in tokens)


def _controller(verb: Token, limit: int = 6) -> list[Token]:
    """The understood subject of a verb with none of its own ("criticized X for inviting ...",
    "agreed to withdraw", "..., defeating his opponent")."""
    current = verb
    for _ in range(limit):
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            return []
        if dep in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            obj = _direct_object(head)
            if dep == "xcomp" and obj is not None and _lemma(head) in _OBJECT_CONTROL:
                return _conjuncts(obj)
        if dep == "pcomp" and head.dep_ == "prep":
            governor = head.head
            obj = _direct_object(governor) if governor.pos_ in ("VERB", "AUX") else None
            if obj is not None and head.lower_ in ("for", "of", "over", "with"):
                return _conjuncts(obj)
            current = governor
            subj, passive = _subject_of(current)
            if subj and not passive and _animate(subj):
                return subj
            continue
        if dep == "acl" and current.tag_ == "VBG" and (head.ent_type_ in _ACTOR_LABELS or _group_noun(head)):
            return [head]  # "rebels demanding ...", but not "a declaration demanding ..."
        if dep in (
            "xcomp",
            "advcl",
            "conj",
            "ccomp",
            "pcomp",
            "acl",
            "relcl",
            "prep",
            "pobj",
            "dobj",
            "acomp",
        ):
            current = head
            if current.pos_ in ("VERB", "AUX"):
                subj, passive = _subject_of(current)
                if subj and _animate(subj):
                    if passive and dep == "conj":
                        return []
                    return subj
            continue
        return []
    return []


def _prep_objects(token: Token, preps: Iterable[str]) -> list[tuple[str, Token]]:
    wanted = set(preps)
    out: list[tuple[str, Token]] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in wanted:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend((child.lower_, c) for c in _conjuncts(pobj))
        elif child.dep_ == "prep" and _lemma(child) == "include":
            # "criticism, including from his opponent"
            out.extend(_prep_objects(child, wanted))
    return out


#: Nouns that name a place by an "of" phrase: "the town of Cizre", "the province of Helmand".
_PLACE_NOUNS = frozenset(
    {"town", "city", "village", "province", "region", "district", "state", "county", "capital", "port",
     "island", "area", "municipality", "suburb", "outskirts"}
)  # fmt: skip


def _place_from(token: Token, out: list[Token]) -> None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.ent_type_ in _PLACE_LABELS:
                    out.append(pobj)
                elif pobj.lower_ in _PLACE_NOUNS:
                    # a name after "the town of" is a place whatever the tagger called it
                    out.extend(t for _p, t in _prep_objects(pobj, ("of",)) if t.pos_ == "PROPN")


def _coordinated_speaker(verb: Token, entry: Entry) -> list[Token] | None:
    """ "He said the government had waited too long and accused the ministry of ...": the
    parser often joins a second speech act to the reported clause; a subject-less verbal act
    (quad 1 or 3) coordinated inside a speech verb's complement belongs to the speaker."""
    if entry.quad not in (1, 3) or verb.dep_ != "conj":
        return None
    first = verb.head
    if first.dep_ != "ccomp" or _lemma(first.head) not in _SPEECH:
        return None
    subj, passive = _subject_of(first.head)
    return subj if subj and not passive else None


def _verb_arguments(cand: Candidate) -> None:
    verb = cand.token
    category = cand.entry.category
    subj, passive = _subject_of(verb)
    if passive:
        cand.target_tokens.extend(subj)
        cand.actor_tokens.extend(_agent_of(verb))
        if not subj and verb.dep_ == "acl":
            cand.target_tokens.append(verb.head)  # "the deal signed by ..." / "troops sent to ..."
    elif subj:
        cand.actor_tokens.extend(subj)
    else:
        agent = _agent_of(verb)
        if agent:
            cand.actor_tokens.extend(agent)
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":
            cand.target_tokens.append(verb.head)
        elif (speaker := _coordinated_speaker(verb, cand.entry)) is not None:
            cand.actor_tokens.extend(speaker)
        else:
            cand.actor_tokens.extend(_controller(verb))
    obj = _direct_object(verb)
    if obj is not None:
        cand.target_tokens.extend(_conjuncts(obj))
    for prep, pobj in _prep_objects(verb, _TARGET_PREPS | {"from", "for"}):
        if pobj.ent_type_ in _PLACE_LABELS and prep in ("in", "at", "to", "into") and cand.target_tokens:
            continue
        if prep == "for" and category not in ("SUPPORT", "AID", "REQUEST"):
            continue
        if prep == "from" and category not in ("RETREAT", "REQUEST", "AID"):
            continue
        if prep in ("on", "upon") and category not in _ON_TARGETS:
            continue  # "thanked Trump on Twitter", but "imposed sanctions on Iran"
        wanted = prep != "with" or category in _SYMMETRIC or not cand.target_tokens
        if wanted and pobj not in cand.target_tokens:
            cand.target_tokens.append(pobj)
    if cand.entry.words:
        # "opened fire", "called for": the phrase's own words are not who is acted on.
        cand.target_tokens = [t for t in cand.target_tokens if _lemma(t) not in cand.entry.words]
    if category == "MOBILIZE":
        # "mobilized reservists for a war against Iraq": the object is the force; the
        # target is whoever it is raised against.
        against = [t for _p, t in _prep_objects(verb, ("against",))]
        for _p, pobj in _prep_objects(verb, ("for",)):
            against += [t for _q, t in _prep_objects(pobj, ("against", "with"))]
        cand.target_tokens = against
    cand.target_tokens = [t for t in cand.target_tokens if not _non_actor(t)]
    if not any(_actorish(t) for t in cand.target_tokens):
        # "threatened to break relations with Russia", "demanded that Israel ease ...",
        # "opened fire to disperse the demonstrators"
        for child in verb.children:
            purpose = child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts)
            if child.dep_ == "xcomp" or purpose:
                obj = _direct_object(child)
                if obj is not None:
                    cand.target_tokens.extend(_refine_targets(_conjuncts(obj)))
                for _prep, pobj in _prep_objects(child, _TARGET_PREPS):
                    cand.target_tokens.append(pobj)
                cand.target_tokens = [t for t in cand.target_tokens if _actorish(t)]
            elif child.dep_ == "ccomp" and category in ("REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"):
                inner, inner_passive = _subject_of(child)
                if inner and not inner_passive and _animate(inner):
                    cand.target_tokens.extend(inner)
    places: list[Token] = []
    _place_from(verb, places)
    for child in verb.children:
        # "signed an agreement in Paris": the parser often hangs the place on the object.
        if child.dep_ in ("xcomp", "dobj"):
            _place_from(child, places)
    cand.place_token = places[0] if places else None


def _named_modifier(token: Token) -> bool:
    """A name modifying a noun as its party ("Iraqi troops"); places are where, not who."""
    label = token.ent_type_
    return token.dep_ in _NOUN_MODS and label in _ACTOR_LABELS and label not in ("FAC", "LOC")


def _noun_arguments(cand: Candidate, onto: Ontology) -> None:
    noun = cand.token
    category = cand.entry.category
    # The phrase that sits in the clause: "a mediation effort" for "mediation", "tons of
    # food aid" for "aid".
    carrier = noun.head if noun.dep_ == "compound" else noun
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.head.dep_ in ("dobj", "attr"):
        carrier = carrier.head.head
    head = carrier.head
    between = [t for _p, t in _prep_objects(noun, ("between", "among"))]
    if carrier.i != noun.i:
        between += [t for _p, t in _prep_objects(carrier, ("between", "among"))]
        if head.pos_ in ("VERB", "AUX"):
            between += [t for _p, t in _prep_objects(head, ("between",))]
    actors: list[Token] = list(between)
    targets: list[Token] = []
    if not between:
        for child in noun.children:
            if child.dep_ == "poss" or _named_modifier(child):
                actors.extend(_conjuncts(child))
            elif child.dep_ == "compound" and not child.ent_type_:
                # "US Predator attacks": the name modifies the modifier.
                actors.extend(g for g in child.children if g.dep_ == "compound" and _named_modifier(g))
    for prep, pobj in _prep_objects(noun, ("by", "from", "with", "against", "on", "upon", "to", "for", "of")):
        if prep == "by":
            actors.append(pobj)
        elif prep == "from":
            if category == "RETREAT":
                targets.append(pobj)
            elif category in ("ACCUSE", "REQUEST", "SUPPORT", "AID", "THREATEN", "REJECT"):
                actors.append(pobj)  # "criticism from X", "aid from X"; not "tariffs on goods from X"
        elif prep in ("on", "upon") and category not in _ON_TARGETS:
            continue
        elif prep == "with" and category in _SYMMETRIC:
            targets.append(pobj)
        elif prep == "of":
            if category == "MOBILIZE" and not actors and _group_noun(pobj):
                actors.append(pobj)  # "the deployment of NATO troops": the forces deploy
            elif category in ("ASSAULT", "COERCE", "ACCUSE", "SUPPORT", "RETREAT", "SANCTION") and (
                pobj.ent_type_ in _ACTOR_LABELS or pobj.pos_ in ("PROPN", "PRON")
            ):
                targets.append(pobj)
        elif prep == "for" and category not in ("SUPPORT", "AID", "REQUEST"):
            continue  # "led the talks for the government": on whose behalf, not with whom
        elif (prep == "to" and pobj.ent_type_ in _PLACE_LABELS and category == "CONSULT") or prep != "with":
            targets.append(pobj)
    # The verb carrying the noun: "X held talks", "X imposed sanctions", "X faced criticism".
    if carrier.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = _lemma(head)
        subj, passive = _subject_of(head)
        if not subj and not passive:
            subj = _controller(head)
        if lemma in onto.reverse_verbs and not passive:
            targets = [*subj, *targets] if subj else targets
        elif lemma in onto.light_verbs and not passive and subj:
            actors = subj
            # "gave the Ivory Coast aid", "provided aid to refugees", "imposed sanctions on X"
            targets += [c for c in head.children if c.dep_ == "dative"]
            targets += [t for _p, t in _prep_objects(head, ("to", "on", "against", "with"))]
        elif lemma in onto.light_verbs and passive:
            actors = actors or _agent_of(head)
        elif subj and not passive and actors and all(a.pos_ == "PRON" for a in actors):
            actors = subj  # "the ILO reiterated its demand": "its" is the subject
    elif carrier.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" and not actors:
        # "negotiators return to Geneva for talks"
        subj, passive = _subject_of(head.head)
        if subj and not passive:
            actors = subj
    if _lemma(noun) in onto.expressed_nouns:
        # "expressed hope that his administration would ...": whom the hope is about.
        for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp")):
            targets += [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
    cand.actor_tokens = actors
    cand.target_tokens = targets
    places: list[Token] = []
    _place_from(noun, places)
    places = [p for p in places if p not in targets]
    carried = carrier.dep_ in ("dobj", "attr") and head.pos_ == "VERB"
    if not places and carried and _lemma(head) in onto.light_verbs:
        _place_from(head, places)
    # A place-name modifier ("the Doha agreement") is where, not who, once actors are known.
    for child in noun.children:
        if child.dep_ in _NOUN_MODS and child.ent_type_ in _PLACE_LABELS and child not in actors:
            places.append(child)
    cand.place_token = places[0] if places else None


# ----------------------------------------------------------------------------- clause, modality
def clause_tokens(trigger: Token, merged: Iterable[Token] = ()) -> set[int]:
    """Indices of the trigger's own clause: its subtree minus embedded clauses, coordinated
    and appositive items, at most ``_MAX_CLAUSE`` tokens (a clause is short; the bound keeps
    run-on lists linear)."""
    keep = {t.i for t in merged}
    seen: set[int] = {trigger.i}
    stack = [trigger]
    while stack and len(seen) < _MAX_CLAUSE:
        token = stack.pop()
        for child in token.children:
            if child.i in seen:
                continue
            if child.dep_ in _CLAUSE_DEPS and child.i not in keep:
                continue
            if child.dep_ in ("conj", "appos") and child.i not in keep:
                continue
            seen.add(child.i)
            stack.append(child)
    return seen


def _own_modality(verb: Token) -> Modality | None:
    # Auxiliaries, negation and "if" precede the verb in English; looking only left keeps
    # this cheap on a verb with hundreds of coordinated dependents.
    lefts = list(verb.lefts)
    doc = verb.doc
    lefts += [
        doc[i]
        for i in range(verb.i + 1, min(verb.i + 3, len(doc)))
        if doc[i].head.i == verb.i and doc[i].dep_ == "neg"
    ]
    for child in lefts:
        if child.dep_ == "neg":
            return "negated"
    for child in lefts:
        if child.dep_ in ("aux", "auxpass"):
            word = child.lower_
            if word in _FUTURE_AUX:
                return "future"
            if word in _HYPO_AUX:
                return "hypothetical"
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return "hypothetical"
    return None


def modality_of(trigger: Token, nominal: bool) -> tuple[Modality, bool]:
    """(modality, reported-by-a-speech-verb?) for a trigger, looking up its governing verbs."""
    verb = trigger
    if nominal:
        verb = trigger.head
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return "asserted", False
    own = _own_modality(verb)
    if own is not None:
        return own, _under_speech(verb)
    # Conjoined verbs share auxiliaries and negation: "will meet and sign".
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        shared = _own_modality(verb.head)
        if shared is not None:
            return shared, _under_speech(verb.head)
    current = verb
    for _ in range(4):
        if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
            break
        governor = current.head
        lemma = _lemma(governor)
        if current.dep_ == "xcomp":
            if lemma in _NEGATING_GOVERNORS:
                return "negated", _under_speech(governor)
            if lemma in _FUTURE_GOVERNORS or (lemma == "be" and current.lower_ == "going"):
                return "future", _under_speech(governor)
            if lemma in _HYPO_GOVERNORS:
                return "hypothetical", _under_speech(governor)
        elif lemma in ("hope", "want", "wish", "demand", "urge", "ask", "propose", "suggest", "fear"):
            return "hypothetical", _under_speech(governor)
        upper = _own_modality(governor)
        if upper == "negated" and current.dep_ == "xcomp":
            return "negated", _under_speech(governor)
        if upper in ("future", "hypothetical"):
            return upper, _under_speech(governor)
        current = governor
    return "asserted", _under_speech(verb)


def _under_speech(verb: Token) -> bool:
    current = verb
    for _ in range(4):
        if current.dep_ != "ccomp" or current.head.i == current.i:
            return False
        current = current.head
        if _lemma(current) in _SPEECH:
            return True
    return False


# ----------------------------------------------------------------------------- lookups
class Lookups:
    """Per-document indexes for entities, times and quotes (built once, probed by bisect)."""

    def __init__(self, doc: Doc, entity_for_span: EntityLookup | None) -> None:
        self.doc = doc
        self._entity_for_span = entity_for_span
        entities: list[Entity] = list(doc._.ng_entities)
        mention_spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._mention_starts = [m[0] for m in mention_spans]
        self._mentions = mention_spans
        times: list[TimeExpression] = list(doc._.ng_times)
        # A duration says how long, not when ("signed a three-year agreement today").
        self._times = sorted((t.start, t.end, t.id) for t in times if t.precision != "duration")
        self._time_starts = [t[0] for t in self._times]
        quotes: list[Quote] = list(doc._.ng_quotes)
        pieces = sorted((c.start, c.end, q.id) for q in quotes for c in q.content)
        self._quotes = pieces
        self._quote_starts = [p[0] for p in pieces]
        self._cues = {q.cue.start: (q.id, q.time) for q in quotes if q.cue is not None}
        self._cache: dict[tuple[int, int], str | None] = {}

    def entity(self, start: int, end: int) -> str | None:
        """The entity id of tokens ``start:end`` (token indices), or None."""
        key = (start, end)
        if key in self._cache:
            return self._cache[key]
        found: str | None = None
        if self._entity_for_span is not None:
            try:
                found = self._entity_for_span(start, end)
            except Exception:
                found = None
        if found is None and self._mentions:
            found = self._entity_by_offsets(start, end)
        self._cache[key] = found
        return found

    def _entity_by_offsets(self, start: int, end: int) -> str | None:
        # A mention that contains the phrase's head (last token) and lies inside the phrase,
        # or the phrase inside the mention.
        doc = self.doc
        head = doc[end - 1]
        lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        i = bisect.bisect_right(self._mention_starts, head.idx)
        best: tuple[int, str] | None = None
        for j in range(max(0, i - 8), min(len(self._mentions), i + 1)):
            m_start, m_end, ent_id = self._mentions[j]
            if m_start <= head.idx < m_end and (lo <= m_start or m_end <= hi or m_start <= lo):
                size = m_end - m_start
                if best is None or size > best[0]:
                    best = (size, ent_id)
        return best[1] if best else None

    def time_in(self, tokens: set[int], skip: Iterable[str] = ()) -> str | None:
        """The first time expression starting on one of ``tokens``, other than ``skip``."""
        if not self._times or not tokens:
            return None
        doc = self.doc
        lo = doc[min(tokens)].idx
        hi = doc[max(tokens)].idx + len(doc[max(tokens)])
        i = bisect.bisect_left(self._time_starts, lo)
        while i < len(self._times) and self._times[i][0] < hi:
            start, _end, time_id = self._times[i]
            token = doc.char_span(start, start + 1, alignment_mode="expand")
            if token is not None and len(token) and token[0].i in tokens and time_id not in skip:
                return time_id
            i += 1
        return None

    def quote_by_cue(self, char: int) -> tuple[str, str | None] | None:
        """(quote id, quote time id) of the quote whose cue starts at ``char``."""
        return self._cues.get(char)

    def quote_at(self, char: int) -> str | None:
        i = bisect.bisect_right(self._quote_starts, char) - 1
        for j in range(max(0, i - 4), i + 1):
            start, end, quote_id = self._quotes[j]
            if start <= char < end:
                return quote_id
        return None


def _group_noun(token: Token) -> bool:
    """Nouns naming people or bodies ("representatives", "government", "troops"), through
    which a named modifier is the actor ("Taliban representatives" -> the Taliban), unlike
    "the U.S. presidential election"."""
    book = actor_codes.dictionary()
    return any(w in book.sectors or w in book.weak for w in (token.lower_, _lemma(token)))


def np_span(token: Token) -> tuple[int, int]:
    """Token range of the compact noun phrase headed by ``token`` (modifiers, no clauses)."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "advmod", "case"):
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "case") and child.i == end:
            end = child.i + 1
        elif child.dep_ == "prep" and child.i == end and child.lower_ in ("in", "from", "throughout"):
            # "rebels in Darfur", "a missionary from Calgary": the place names the group.
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in _PLACE_LABELS and _group_noun(token):
                end = pobj.right_edge.i + 1
    return start, end


def resolve(token: Token, look: Lookups) -> str | None:
    """The entity a noun phrase refers to, trying the phrase, its head, appositions,
    "called X" and then named modifiers ("Taliban representatives" -> the Taliban)."""
    # The head word decides: "the U.S. presidential election" is not the U.S.
    found = look.entity(token.i, token.i + 1)
    if found:
        return found
    if token.ent_type_:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            found = look.entity(ent.start, ent.end)
            if found:
                return found
    for child in token.children:
        if child.dep_ == "appos":
            found = look.entity(*np_span(child))
            if found:
                return found
        if child.dep_ == "acl" and _lemma(child) in ("call", "name", "know"):
            for grand in child.children:
                if grand.dep_ in ("oprd", "attr", "dobj", "xcomp"):
                    found = look.entity(*np_span(grand))
                    if found:
                        return found
    if not _group_noun(token):
        return None
    for child in token.lefts:
        if child.dep_ in _NOUN_MODS and (child.pos_ == "PROPN" or child.ent_type_ in _ACTOR_LABELS):
            found = look.entity(*np_span(child)) or look.entity(child.i, child.i + 1)
            if found:
                return found
        if child.dep_ == "poss" and child.pos_ == "PRON" and child.lower_ not in _INANIMATE:
            # "his administration", "their government": the body stands for its owner.
            found = look.entity(child.i, child.i + 1)
            if found:
                return found
    return None


# ----------------------------------------------------------------------------- the pass
def find_candidates(doc: Doc, onto: Ontology) -> list[Candidate]:
    """Every trigger in ``doc`` in one pass over the tokens (only verbs and nouns are probed)."""
    found: list[Candidate] = []
    by_token: dict[int, Candidate] = {}
    quad, score = onto.classes.get("REQUEST", (3, None))
    demand = Entry("REQUEST", None, quad, score, "demand")
    for token in doc:
        pos = token.pos_
        if pos not in _CONTENT_POS:
            continue
        match = match_trigger(token, onto)
        attitude = match is not None and match[1] and _lemma(token) in onto.expressed_nouns
        if attitude and not _stated(token, onto):
            continue  # "hopes of a ceasefire faded" is nobody's act
        if match is not None:
            entry, nominal = match
            # A phrase is named in full ("open fire", "call for"), a single word by its lemma.
            lemma = " ".join((_lemma(token), *entry.words)) if entry.words and not nominal else _lemma(token)
            cand = Candidate(token, entry, lemma, nominal=nominal)
            found.append(cand)
            by_token[token.i] = cand
            continue
        if pos != "VERB":
            continue
        lemma = _lemma(token)
        if lemma in _SPEECH_OR_FINDING:
            # PLOVER reads "X said Y must/should do Z" as X's demand on Y.
            for child in token.children:
                if child.dep_ == "ccomp" and any(
                    a.dep_ == "aux" and a.lower_ in _OBLIGATION_AUX for a in child.children
                ):
                    cand = Candidate(token, demand, lemma, embedded=child)
                    found.append(cand)
                    by_token[token.i] = cand
                    break
            continue
        if not onto.other_fallback or lemma in onto.ignore or lemma in onto.light_verbs:
            continue
        if lemma in onto.reverse_verbs:
            continue
        subj, passive = _subject_of(token)
        if passive or not subj or not all(t.ent_type_ in _ACTOR_LABELS for t in subj):
            continue
        cand = Candidate(token, Entry(OTHER, None, None, None, lemma), lemma)
        found.append(cand)
        by_token[token.i] = cand
    for cand in found:
        _absorb(cand, by_token, onto)
    found.sort(key=lambda c: c.token.i)
    return found


def _stated(noun: Token, onto: Ontology) -> bool:
    """Whether an attitude noun is someone's statement: "X expressed hope", not "hopes faded"."""
    head = noun.head
    if noun.dep_ not in ("dobj", "attr") or head.pos_ != "VERB" or _lemma(head) not in onto.light_verbs:
        return False
    subj, passive = _subject_of(head)
    return bool(subj or passive or _controller(head))


def _absorb(cand: Candidate, by_token: dict[int, Candidate], onto: Ontology) -> None:
    """Fold a nominal trigger into the verb that already expresses it ("signed an agreement",
    "criticized the deal"), and a participle into the noun it describes ("the agreement,
    signed in 2020")."""
    token = cand.token
    if cand.nominal:
        head = token.head
        governor = head
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
            governor = head.head.head if head.head.dep_ in ("dobj", "nsubjpass") else head.head
        elif token.dep_ not in ("dobj", "nsubjpass", "attr", "xcomp"):
            return
        verb = by_token.get(governor.i)
        if verb is None or verb.nominal or verb is cand:
            return
        if verb.entry.category == OTHER and _lemma(governor) in onto.light_verbs:
            verb.absorbed = True
            return
        if (
            _lemma(governor) in onto.light_verbs
            and verb.entry.category != cand.entry.category
            and verb.entry.category != "AGREE"
        ):
            # "launched an attack": the noun names the event, the verb only carries it.
            return
        cand.absorbed = True
        return
    if token.dep_ in ("acl", "conj") and token.tag_ == "VBN":
        noun = token.head
        for _ in range(10):
            if noun.dep_ != "conj" or noun.pos_ not in ("VERB", "AUX") or noun.head.i == noun.i:
                break
            noun = noun.head
        if noun.dep_ == "acl":
            noun = noun.head
        host = by_token.get(noun.i)
        same_act = host is not None and host.entry.category == cand.entry.category
        if host is not None and host.nominal and same_act and host.entry.family == cand.entry.family:
            cand.merge_into = host


def _verbal_attack(cand: Candidate, onto: Ontology) -> Entry | None:
    """ "Trump attacked Clinton over her emails" is criticism, not an assault: a violent verb
    aimed at a person and followed by a reason ("over", "for", "as") is coded as ACCUSE."""
    token = cand.token
    if cand.nominal or cand.entry.category != "ASSAULT" or token.pos_ != "VERB":
        return None
    obj = _direct_object(token)
    if obj is None or obj.ent_type_ != "PERSON":
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("over", "for", "as") for c in token.children):
        return None
    accuse = onto.verbs.get("criticize")
    if accuse is None:
        return None
    return Entry(accuse.category, accuse.mode, accuse.quad, accuse.score, cand.entry.family)


def argument_pass(cands: list[Candidate], onto: Ontology) -> None:
    by_token = {c.token.i: c for c in cands}
    # An event is not a participant: "the agreement, signed in 2020" has no target.
    event_nouns = {c.token.i for c in cands if c.nominal}
    for cand in cands:
        if cand.absorbed:
            continue
        cand.entry = _verbal_attack(cand, onto) or cand.entry
        if cand.embedded is not None:
            subj, _passive = _subject_of(cand.token)
            cand.actor_tokens = subj or _controller(cand.token)
            cand.target_tokens = _subject_of(cand.embedded)[0]
        elif cand.nominal:
            _noun_arguments(cand, onto)
        else:
            _verb_arguments(cand)
        heads = [_content_head(t, onto) for t in cand.actor_tokens]
        cand.actor_tokens = [_speaker_for(t, cand) for t in heads if not _non_actor(t)]
        host_noun = _participle_host(cand.token) if not cand.nominal else None
        if host_noun is not None:
            # "the agreement, signed in 2020": the noun is what was signed, not a party.
            cand.target_tokens = [t for t in cand.target_tokens if t.i != host_noun.i]
        heads = [_content_head(t, onto) for t in cand.target_tokens]
        heads = [t for t in heads if not _non_actor(t)]
        if cand.entry.category == OTHER:
            # "won the U.S. election": no owner-of-the-object reading outside PLOVER acts.
            cand.target_tokens = [t for t in heads if _actorish(t) and t.i not in event_nouns]
        else:
            cand.target_tokens = _refine_targets(heads, event_nouns)
            if (
                cand.entry.category in _PLACE_TARGETS
                and cand.place_token is not None
                and not any(_actorish(t) for t in cand.target_tokens)
            ):
                # "imposed a curfew in Cizre", "suspended aid deliveries in Baghdad": with no
                # party named, the place (its people, its government) is what is acted on.
                cand.target_tokens = [cand.place_token]
    # "US drone attacks killed ...": a verb whose subject is an event noun takes that
    # event's actors.
    for cand in cands:
        if cand.absorbed or cand.nominal:
            continue
        inherited: list[Token] = []
        for token in cand.actor_tokens:
            source = by_token.get(token.i)
            if source is not None and source.nominal and source is not cand:
                inherited.extend(t for t in source.actor_tokens if t not in inherited)
            else:
                inherited.append(token)
        cand.actor_tokens = inherited
    # "threatened to ban voting in East Jerusalem", "unless Baghdad accepted ...": an act that
    # announces another takes that act's target, and a threat is aimed at whoever its
    # condition names.
    for cand in cands:
        if cand.absorbed or cand.nominal or cand.entry.category not in _ANNOUNCING:
            continue
        if any(_actorish(t) for t in cand.target_tokens):
            continue
        for child in cand.token.children:
            inner = by_token.get(child.i) if child.dep_ == "xcomp" else None
            if inner is not None and inner.target_tokens:
                cand.target_tokens = list(inner.target_tokens)
                break
        if cand.entry.category == "THREATEN" and not any(_actorish(t) for t in cand.target_tokens):
            for verb in (cand.token, *[c for c in cand.token.children if c.dep_ == "xcomp"]):
                for clause in verb.children:
                    if clause.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in clause.children):
                        subj, _passive = _subject_of(clause)
                        cand.target_tokens += [t for t in subj if _actorish(t)]
    # A participle on an event noun ("the agreement ... negotiated and signed in 2020") shares
    # the noun's parties when it names none of its own.
    for cand in cands:
        if cand.absorbed or cand.nominal:
            continue
        noun = _participle_host(cand.token)
        host = by_token.get(noun.i) if noun is not None else None
        if host is not None and host.nominal and not _agent_of(cand.token):
            cand.actor_tokens = list(host.actor_tokens)
            cand.target_tokens = [t for t in cand.target_tokens if t.i != host.token.i] or list(
                host.target_tokens
            )


def _non_actor(token: Token) -> bool:
    """Dates, numbers and adverbial nouns ("on Thursday", "Monday") are never participants."""
    return token.ent_type_ in _NON_ACTOR_LABELS or token.dep_ in ("npadvmod", "tmod")


ENTITY_TOKENS_KEY = "_ng_events_entity_tokens"


def mark_entity_tokens(doc: Doc) -> None:
    """Remember which tokens lie in an entity mention, so "his Democratic opponent" (a
    mention of Harris) counts as a participant and is not searched for a named modifier."""
    covered: set[int] = set()
    for entity in doc._.ng_entities:
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                covered.update(range(span.start, span.end))
    doc.user_data[ENTITY_TOKENS_KEY] = covered


def _actorish(token: Token) -> bool:
    """A phrase that can name a participant: an entity mention, a name, a personal pronoun
    or a group noun."""
    if token.ent_type_ in _ACTOR_LABELS or token.pos_ == "PROPN":
        return True
    if token.i in token.doc.user_data.get(ENTITY_TOKENS_KEY, ()):
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in _INANIMATE
    return _group_noun(token)


def _refine_targets(tokens: list[Token], event_nouns: set[int] | frozenset[int] = frozenset()) -> list[Token]:
    """ "rejected an appeal from X", "demanded the removal of X", "rejected a US offer",
    "threatened action against X": when the object is a thing, its owner is the target.
    An event noun ("the agreement") is never a target itself, only its owner may be."""
    out: list[Token] = []
    things: list[Token] = []
    for token in tokens:
        if token.i not in event_nouns and _actorish(token):
            out.append(token)
            continue
        inner = [
            c
            for c in token.children
            if c.dep_ in _NOUN_MODS and (c.ent_type_ in _ACTOR_LABELS or c.pos_ == "PROPN")
        ]
        inner += [t for _p, t in _prep_objects(token, ("by", "from", "of", "against", "to", "with", "on"))
                  if _actorish(t)]  # fmt: skip
        if inner:
            out.extend(t for t in inner if t not in out)
        elif token.i not in event_nouns:
            things.append(token)
    return out or things


def _content_head(token: Token, onto: Ontology) -> Token:
    """ "thousands of Iraqi Kurds" -> "Kurds", "a group of Moroccan diplomats" -> "diplomats"."""
    for _ in range(3):
        if _lemma(token) not in onto.quantity_nouns and token.lower_ not in onto.quantity_nouns:
            return token
        pobj = next((t for _p, t in _prep_objects(token, ("of",))), None)
        if pobj is None:
            return token
        token = pobj
    return token


def _speaker_for(token: Token, cand: Candidate, personal: bool = False) -> Token:
    """ "Syria says it is willing to withdraw": the pronoun is the speaker when it agrees with
    the speaker ("it" a non-person, "they" a plural or a group; with ``personal``, used only
    once entity resolution has failed, "he"/"she" a person)."""
    word = token.lower_
    if word not in ("it", "they") and not (personal and word in ("he", "she")):
        return token
    verb = cand.token
    seen_ccomp = False
    for _ in range(6):
        if verb.head.i == verb.i:
            return token
        if verb.dep_ == "ccomp":
            seen_ccomp = True
        elif verb.dep_ not in _SPEAKER_PATH:
            return token
        verb = verb.head
        if seen_ccomp and _lemma(verb) in _SPEECH_OR_FINDING:
            subj, passive = _subject_of(verb)
            if len(subj) != 1 or passive or subj[0].pos_ == "PRON":
                return token
            speaker = subj[0]
            plural = speaker.tag_ in ("NNS", "NNPS")
            if word == "it" and speaker.ent_type_ != "PERSON" and not plural:
                return speaker
            if word == "they" and (plural or speaker.ent_type_ in ("NORP", "ORG")):
                return speaker
            if word in ("he", "she") and (speaker.ent_type_ == "PERSON" or speaker.pos_ == "PROPN"):
                return speaker
            return token
    return token


def _participle_host(verb: Token) -> Token | None:
    current = verb
    for _ in range(3):
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return current.head
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def build_events(doc: Doc, cands: list[Candidate], look: Lookups) -> tuple[list[Event], dict[str, Detail]]:
    """Turn candidates into deduplicated ``Event`` records (ids v1, v2, ... in text order)."""
    events: list[Event] = []
    details: dict[str, Detail] = {}
    keys: dict[tuple[str, str, frozenset[str], frozenset[str]], int] = {}
    last_of_family: dict[tuple[str, str], int] = {}
    index_of_cand: dict[int, int] = {}
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    sentences = list(doc.sents) if has_sents else [doc[:]]
    sentence_starts = [sent.start for sent in sentences]
    evidence_of: dict[int, Span] = {}
    event_nouns = {c.token.i for c in cands if c.nominal}
    triggers = {c.token.i for c in cands}
    clauses = {id(c): _event_clause(c) for c in cands if not c.absorbed}
    # Times in some event's own clause belong to that event; context never lends them out.
    claimed = {t for c in clauses.values() if (t := look.time_in(c)) is not None}
    for cand in cands:
        if cand.absorbed:
            continue
        token = cand.token
        # An event is not a participant: "the agreement, signed in 2020" has no target.
        cand.actor_tokens = _personal_fallback(
            [t for t in cand.actor_tokens if t.i not in event_nouns], cand, look
        )
        cand.target_tokens = [t for t in cand.target_tokens if t.i not in event_nouns]
        actors = _ids(cand.actor_tokens, look)
        targets = [t for t in _ids(cand.target_tokens, look) if t not in actors]
        modality, spoken = modality_of(token, cand.nominal)
        quote = look.quote_at(token.idx)
        if modality == "asserted" and (quote is not None or spoken):
            modality = "reported"
        # A trigger that is the quote's own cue ("Harris criticized Trump for ...") is the
        # speech act itself: linked to its quote, still asserted.
        cue_quote = look.quote_by_cue(token.idx) if quote is None else None
        if cue_quote is None and quote is None and cand.nominal and token.dep_ in ("dobj", "attr"):
            cue_quote = look.quote_by_cue(token.head.idx)  # "expressed hope that ...": the cue carries it
        quote = quote or (cue_quote[0] if cue_quote else None)
        time = look.time_in(clauses[id(cand)])
        time_basis: TimeBasis | None = "clause" if time is not None else None
        if time is None:
            time = look.time_in(_shared_modifiers(token))
            time_basis = "clause" if time is not None else None
        if time is None and cue_quote is not None and cue_quote[1] is not None:
            time, time_basis = cue_quote[1], "quote"  # when it was said is when the act happened
        if time is None and cand.nominal:
            time = look.time_in(_governing_clause(token, triggers), skip=claimed)
            time_basis = "context" if time is not None else None
        place = resolve(cand.place_token, look) if cand.place_token is not None else None
        # One Span per sentence, found by bisection: ``token.sent`` walks the sentence.
        sent_index = max(0, bisect.bisect_right(sentence_starts, token.i) - 1)
        evidence = evidence_of.get(sent_index)
        if evidence is None:
            sent = sentences[sent_index]
            raw = sent.text
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            start_char = sent.start_char + lead
            evidence = Span(start=start_char, end=start_char + len(body), text=body)
            evidence_of[sent_index] = evidence
        trigger = Span(start=token.idx, end=token.idx + len(token), text=token.text)
        family = cand.entry.family or cand.lemma
        # Category + word family + parties: "signed an agreement" and "the agreement between
        # them" share the family "agree" (see the YAML), "negotiated" and "invited" do not.
        key = (cand.entry.category, family, frozenset(actors), frozenset(targets))
        target_index: int | None = None
        if cand.merge_into is not None and id(cand.merge_into) in index_of_cand:
            target_index = index_of_cand[id(cand.merge_into)]
        elif key in keys:
            target_index = keys[key]
        elif not actors and not targets and (cand.entry.category, family) in last_of_family:
            target_index = last_of_family[(cand.entry.category, family)]
        if target_index is not None:
            old = events[target_index]
            update: dict[str, object] = {"mentions": [*old.mentions, trigger]}
            if old.time is None and time is not None:
                update["time"] = time
                update["time_basis"] = time_basis
            if old.place is None and place is not None:
                update["place"] = place
            if old.quote is None and quote is not None:
                update["quote"] = quote
            if not old.actors and actors:
                update["actors"] = actors
            if not old.targets and targets:
                now_actors = actors if not old.actors else old.actors
                update["targets"] = [t for t in targets if t not in now_actors]
            events[target_index] = old.model_copy(update=update)
            index_of_cand[id(cand)] = target_index
            continue
        event_id = f"v{len(events) + 1}"
        events.append(
            Event(
                id=event_id,
                category=cand.entry.category,
                mode=cand.entry.mode,
                lemma=cand.lemma,
                trigger=trigger,
                actors=actors,
                targets=targets,
                time=time,
                time_basis=time_basis,
                place=place,
                quote=quote,
                modality=modality,
                quad=cand.entry.quad,
                score=cand.entry.score,
                evidence=evidence,
                mentions=[trigger],
            )
        )
        index = len(events) - 1
        keys[key] = index
        last_of_family[(cand.entry.category, family)] = index
        index_of_cand[id(cand)] = index
        details[event_id] = Detail(
            trigger_token=token.i,
            depth=_depth(token),
            actor_spans=[_char_span(doc, t) for t in cand.actor_tokens],
            target_spans=[_char_span(doc, t) for t in cand.target_tokens],
        )
    return events, details


def _event_clause(cand: Candidate) -> set[int]:
    """Tokens of the event's own clause; a noun's clause is its phrase plus the participles
    describing it ("the agreement, negotiated and signed in 2020")."""
    token = cand.token
    merged = [cand.merge_into.token] if cand.merge_into is not None else []
    clause = clause_tokens(token, merged)
    if cand.nominal:
        for child in token.children:
            if child.dep_ == "acl":
                clause |= clause_tokens(child)
                for conj in child.conjuncts:
                    clause |= clause_tokens(conj)
    return clause


def _shared_modifiers(verb: Token) -> set[int]:
    """Modifiers after the last of coordinated verbs that scope over all of them: in
    "negotiated and signed during his first term in 2020" the time is both verbs'. Only when
    the verb has nothing of its own on its right (its arguments are shared)."""
    if verb.pos_ != "VERB" or any(c.dep_ not in ("cc", "conj", "punct") for c in verb.rights):
        return set()
    conjuncts = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"]
    if not conjuncts:
        return set()
    last = conjuncts[-1]
    return {t for t in clause_tokens(last) if t > last.i}


#: Participles that continue a clause with its outcome ("..., leading to Y in 2021").
_RESULT_PARTICIPLES = frozenset({"lead", "result", "culminate", "pave", "end", "trigger", "cause", "prompt"})


def _governing_clause(noun: Token, triggers: set[int]) -> set[int]:
    """The clause of the verb an event noun is an argument of, when that verb is no event
    itself: "the withdrawal was completed in August", "facilitated the withdrawal, leading to
    the collapse in 2021". A result participle belongs to it: the clause and its outcome
    are one dated sequence. Times in other events' clauses are skipped by the caller."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "led to the withdrawal"
    if head.pos_ not in ("VERB", "AUX") or head.i in triggers:
        return set()
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "pobj"):
        return set()
    clause = clause_tokens(head)
    for child in head.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and _lemma(child) in _RESULT_PARTICIPLES:
            clause |= {t.i for t in child.subtree}
    return clause - {noun.i}


def _ids(tokens: list[Token], look: Lookups) -> list[str]:
    out: list[str] = []
    for token in tokens:
        found = resolve(token, look)
        if found is not None and found not in out:
            out.append(found)
        # "Hungarian and Romanian officials", "U.S. and Russian negotiators": one actor per
        # coordinated named modifier of a group noun.
        if _group_noun(token):
            for child in token.lefts:
                if child.dep_ not in _NOUN_MODS or not (
                    child.pos_ == "PROPN" or child.ent_type_ in _ACTOR_LABELS
                ):
                    continue
                for conj in child.conjuncts:
                    extra = look.entity(conj.i, conj.i + 1)
                    if extra is not None and extra not in out:
                        out.append(extra)
    return out


def _personal_fallback(tokens: list[Token], cand: Candidate, look: Lookups) -> list[Token]:
    """ "Annan announced that he will withdraw ...": an unresolved he/she is the speaker."""
    return [
        _speaker_for(t, cand, personal=True) if t.lower_ in ("he", "she") and resolve(t, look) is None else t
        for t in tokens
    ]


def _char_span(doc: Doc, token: Token) -> tuple[int, int]:
    """Character span of the phrase naming a participant, with its apposition
    ("Qatar's emir, Sheikh Hamad")."""
    start, end = np_span(token)
    others = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        others.append(token.head)
    for other in others:
        o_start, o_end = np_span(other)
        start, end = min(start, o_start), max(end, o_end)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _depth(token: Token) -> int:
    depth = 0
    current = token
    while current.head.i != current.i and depth < 50:
        current = current.head
        depth += 1
    return depth
