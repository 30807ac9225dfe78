"""Step 2b of the events pass: selectional constraints. A trigger word names a PLOVER act
only when its clause has the participants such an act can have.

"The rocket lifted off", "the tide retreated", "the novelist attacked the blank page",
"lightning struck a barn": the verb is a PLOVER verb, the clause is no political act,
because its actor or its target is of the wrong kind. The ontology states, per category
(or category/mode), which *classes* of actor and target it accepts
(``constraints:`` in ``data/ontology.yaml``); this module sorts each participant the
arguments step found into those classes and drops the PLOVER reading when the clause
names a participant and none of its kind fits. Two contexts remove the reading
whatever the participants: a sports report (``events/sports.py``: a word only such
reports use, from ``events_sports_words.txt``, near the trigger) and a natural cause or accident
as the act's cause ("suspended due to heavy rain", "injured in a fall":
``events/natural_causes.py``).

A dropped reading becomes an ``OTHER`` event when every actor is a named entity (the
ontology's OTHER fallback would have recorded the verb), else no event at all.

The classes participants are sorted into are read in ``events/participant_classes.py``;
whether a warning is a threat or a forecast in ``events/forecasts.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.cameo_readings import pattern_word
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import (
    ACTOR_LABELS,
    AIMED_PREPS,
    ARMED_SECTORS,
    NON_ACTOR_LABELS,
    RELATIVE,
)
from newsgraph.events.forecasts import forecast
from newsgraph.events.misuses import (
    PATIENT_DEPS,
    abstract_patient,
    becoming_a_state,
    carried_or_home,
    civilians_leave,
    for_a_cause,
    in_a_court,
    no_destination,
    participle_as_people,
)
from newsgraph.events.natural_causes import accident, natural_cause
from newsgraph.events.ontology import OTHER, Constraint, Entry, Ontology
from newsgraph.events.participant_classes import Sorter
from newsgraph.events.sports import armed_doers, sport_triggers
from newsgraph.events.syntax import actorish, agent_sectors, counted_head, prep_objects, subject_of
from newsgraph.events.vocabulary import lemma_of, words

#: PLOVER quads of cooperation (verbal and material), which a verb of facing never codes.
COOPERATIVE_QUADS = frozenset({1, 2})


#: The mode of blows by hand or blade (CAMEO 1821 and kin: "beat", "stab", "hit").
BEATING = "beat"


def _armed_striker(token: Token, lemma: str) -> bool:
    """A weapon or craft (``events_weapon_nouns.txt``: "warplanes", "a drone"), or an armed
    body by its CAMEO sector ("government troops") striking other than by hand or blade."""
    if lemma_of(token) in words().weapons:
        return True
    return lemma not in HAND_BLOWS and bool(agent_sectors(token) & ARMED_SECTORS)


#: The obstructing mode of protest ("blocked the road").
OBSTRUCTING = "obstruct"
#: CAMEO sectors of the state's forces of order (police, army).
_FORCES = frozenset({"COP", "MIL"})

#: Blows by hand or blade, a beating whoever deals them ("soldiers beat up detainees").
HAND_BLOWS = frozenset({"beat", "beat up", "stab", "rough up", "beating", "stabbing"})


def apply_constraints(cands: list[Candidate], onto: Ontology) -> list[Candidate]:
    """The candidates whose PLOVER reading the clause supports; the others become OTHER
    events (named actors) or are dropped."""
    if not cands:
        return cands
    sorter = Sorter(onto)
    doc = cands[0].token.doc
    lists = sorter.lists
    sport_sentences = sport_triggers(doc, cands, lists.sports, lists.protesters, lists.tallies)
    kept: list[Candidate] = []
    for cand in cands:
        category = cand.entry.category
        if category == OTHER:
            kept.append(cand)
            continue
        reason = _refusal(cand, onto, sorter, sport_sentences)
        if reason is None:
            kept.append(cand)
            continue
        cand.refused = reason
        if reason == "failure":
            continue  # the act that did not happen is the to-clause's, already negated
        if (
            cand.actor_tokens
            and all(t.ent_type_ in ACTOR_LABELS for t in cand.actor_tokens)
            and not cand.nominal
        ):
            cand.entry = Entry(OTHER, None, None, None, cand.lemma)
            cand.target_tokens = [
                t for t in cand.target_tokens if actorish(t) and not _in_content(t, cand.token)
            ]
            kept.append(cand)
    return kept


def _in_content(target: Token, trigger: Token) -> bool:
    """Whether ``target`` lies in a content clause of the trigger ("warned that the company
    might close a plant"): the category's reading made the clause's subject the one
    threatened or accused; read as a plain verb, that clause says what, not whom."""
    current = target
    while current.head.i != current.i:
        if current.head.i == trigger.i:
            return current.dep_ == "ccomp"
        current = current.head
    return False


def _refusal(cand: Candidate, onto: Ontology, sorter: Sorter, sport_sentences: set[int]) -> str | None:
    """Why the clause cannot be this category's act, or None when it can."""
    token = cand.token
    category = cand.entry.category
    if token.i in sport_sentences and not armed_doers(cand):
        return "sport"
    if natural_cause(cand, sorter.lists.natural):
        return "natural cause"
    # a lone "that" is no doer: "a quake in 2011 that killed 600", misparsed as an adverbial
    doers = [t for t in cand.actor_tokens if t.lower_ not in RELATIVE]
    if category == "ASSAULT" and not doers and accident(token, sorter.lists.natural, sorter.lists.things):
        return "natural cause"
    if not cand.nominal and becoming_a_state(token):
        return "state"
    if not cand.nominal and participle_as_people(token):
        return "people"  # "the accused", "the detained"
    if category == "ASSAULT" and not cand.nominal and in_a_court(token, sorter.lists.courts):
        return "court"
    if category == "ASSAULT" and not cand.nominal and for_a_cause(token, sorter.lists.causes):
        return "cause"  # "fought for equal pay"
    if cand.entry.mode == "visit" and not cand.nominal and carried_or_home(token):
        return "carried"
    if cand.entry.mode == "visit" and not cand.nominal and no_destination(token, cand.pattern):
        return "destination"  # "steered $40 million to companies": money moved, no trip
    if cand.nominal and _a_body(token, sorter.lists.bodies):
        return "body"
    if category == "REJECT" and not cand.nominal and _denies_a_claim(token):
        return "claim"
    if category == "REJECT" and _failure(token, onto, sorter.lists.failures):
        return "failure"
    if category == "ACCUSE" and not cand.nominal and _a_price(token):
        return "price"
    if cand.entry.mode == "sue":
        # "would take the case to the Supreme Court": a court hears a suit, no one sues it
        courts = sorter.lists.courts
        cand.target_tokens = [t for t in cand.target_tokens if not {lemma_of(t), t.lower_} & courts]
    if category == "THREATEN" and cand.entry.family == "warn" and forecast(cand, onto, sorter):
        return "forecast"
    if not cand.nominal and cand.entry.quad in COOPERATIVE_QUADS and cand.lemma in sorter.lists.facing:
        return "facing"  # "will face Chelsea in the final at Wembley" meets no one to agree
    if category == "ASSAULT" and not cand.nominal and abstract_patient(token, sorter.lists.abstract):
        return "target"  # "abused the trust of the state"
    if (
        not cand.nominal
        and cand.lemma in sorter.lists.evacuating
        and civilians_leave(token, sorter.lists.groups, onto.quantity_nouns)
    ):
        return "civilians"  # "thousands were evacuated": people brought out of danger
    actors = [counted_head(t, onto.quantity_nouns) for t in cand.actor_tokens]
    if cand.entry.mode == BEATING and actors and all(_armed_striker(t, cand.lemma) for t in actors):
        # "warplanes hit a wedding party", "guerrillas wounded two soldiers": a blow by
        # weapons or an armed body is an armed attack on whatever it hit, not a beating
        # ("soldiers beat up detainees" stays one)
        cand.entry = Entry(category, None, cand.entry.quad, cand.entry.score, cand.entry.family)
    if cand.entry.mode == OBSTRUCTING and actors and all(agent_sectors(t) & _FORCES for t in actors):
        # "Police blocked roads leading to the square": the state's forces closing a way
        # restrict movement (COERCE, as "closed the border"); obstruction as protest is
        # by people, not by the police or the army
        cand.entry = onto.entry("COERCE", None, cand.entry.family)
        category = "COERCE"
    rule = onto.constraint_for(category, cand.entry.mode)
    if rule is None:
        return None
    if not actors and cand.nominal:
        actors = _governing_subject(token, onto)
    strict = rule.strict
    actor_strict = "actor" in strict
    if rule.actor and actors and not any(sorter.fits(t, rule.actor, category, actor_strict) for t in actors):
        return "actor"
    if rule.actor and actors and all(sorter.an_act(t, rule.actor, category) for t in actors):
        return "actor"  # "talks broke down", "the ceasefire collapsed": an act is no party
    # "thousands of protesters" is judged by the protesters it counts; a weapon is the
    # means of the act, judged by what it is aimed at ("fired tear gas at thousands of
    # protesters"; "fired the starting gun on his bid" is aimed at no one)
    found = cand.target_tokens or (_figurative_objects(cand, onto) if rule.target else [])
    targets = [
        _whole_of(counted_head(t, onto.quantity_nouns), sorter.lists.parts)
        for t in _aimed_instead_of_weapons(cand, found, sorter)
    ]
    # The verb's own object is what it acts on; "at the fair", "on Twitter" are around
    # the act ("signed copies of her book at the fair" is judged by "copies").
    patients = [t for t in targets if t.dep_ in PATIENT_DEPS and t.head.i == token.i]
    targets = patients or targets
    if (
        rule.target
        and targets
        and not any(sorter.fits(t, rule.target, category, "target" in strict) for t in targets)
    ):
        return "target"
    return None


def _whole_of(target: Token, parts: frozenset[str]) -> Token:
    """ "at the entrance of a Shiite mosque", "the gates of the embassy": a part of a place
    (``events_part_nouns.txt``) is judged by the whole its "of" phrase names."""
    if target.pos_ != "NOUN" or lemma_of(target) not in parts:
        return target
    return next((t for _p, t in prep_objects(target, ("of",))), target)


#: The category whose object may be the act threatened rather than a party.
THREATENED = "THREATEN"
#: Prepositions by which an act noun names its sides ("the alliance between X and Y").
SIDE_PREPS = frozenset({"between", "among", "with"})


def _a_body(noun: Token, bodies: frozenset[str]) -> bool:
    """ "The alliance said it would ...", "the alliance increased patrols": an act noun that
    also names an organisation (``entities_org_nouns.tsv``) is the body when it is the
    subject of a verb and names no sides of its own ("the alliance between X and Y
    collapsed" is the act)."""
    if noun.dep_ != "nsubj" or noun.head.pos_ not in ("VERB", "AUX") or lemma_of(noun) not in bodies:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in SIDE_PREPS for c in noun.children)


def _failure(verb: Token, onto: Ontology, failures: frozenset[str]) -> bool:
    """ "the agency had failed to consider the effect": a failure verb says the act of its
    to-clause did not happen, not that anyone rejected anything (the CAMEO dictionary
    codes a bare FAIL as 120). Failing to meet or to agree stays a rejection, as CAMEO
    codes FAIL * TALKS and the PLOVER coders read "failed to reach agreement"."""
    if lemma_of(verb) not in failures:
        return False
    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if clause is None:
        return False
    for token in clause.subtree:
        entries = [onto.verbs.get(lemma_of(token))] if token.pos_ == "VERB" else []
        entries += list(onto.nouns.get(lemma_of(token), ())) if token.pos_ == "NOUN" else []
        if any(e is not None and e.category in ("AGREE", "CONSULT") for e in entries):
            return False
    return True


def _a_price(verb: Token) -> bool:
    """ "Smugglers charged each passenger $4,000": a sum as the object is a price asked,
    not a charge laid against someone."""
    objects = (c for c in verb.children if c.dep_ in ("dobj", "obj"))
    return any(t.ent_type_ == "MONEY" for c in objects for t in c.subtree)  # "a fee of 20 euros"


def _denies_a_claim(verb: Token) -> bool:
    """ "denied that she had criticized the plan", "rejected claims that ...": a refusal
    whose complement is a statement denies a claim (a statement), not an act."""
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return not has_object and any(
        _that_clause(c) and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children
    )


def _that_clause(clause: Token) -> bool:
    """A complement clause, or a "that" clause the parser hung on as an adjunct ("it could
    not be ruled out that explosives were in the area")."""
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _governing_subject(noun: Token, onto: Ontology) -> list[Token]:
    """For an event noun with no party of its own used as a destination or location:
    the subject of the verb its preposition hangs on ("the cable car carried the
    tourists to the summit"), tested, never recorded. Not the subject of a reverse verb,
    which undergoes the act ("the convoy came under attack")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []  # only a noun used as a destination or location ("to the summit")
    head = noun.head.head
    if head.pos_ not in ("VERB", "AUX") or lemma_of(head) in onto.reverse_verbs:
        return []
    subj, passive = subject_of(head)
    if passive or any(t.i == noun.i for t in subj):
        return []
    return subj


def _aimed_instead_of_weapons(cand: Candidate, targets: list[Token], sorter: Sorter) -> list[Token]:
    """``targets`` with a weapon the verb fires replaced by what the verb aims it at (its
    "at"/"on" objects), when it aims it at anything."""
    category = cand.entry.category
    if category not in sorter.armed_categories:
        return targets
    weapon = frozenset({"weapon"})
    out: list[Token] = []
    for t in targets:
        if t.head.i != cand.token.i or not sorter.fits(t, weapon, category, True):
            out.append(t)
            continue
        aimed = [o for _p, o in prep_objects(cand.token, AIMED_PREPS)]
        out.extend(aimed or [t])
    return out


def _figurative_objects(cand: Candidate, onto: Ontology) -> list[Token]:
    """What a violent word is aimed at when the arguments step found no party: the object
    of the verb (through a quantity: "massed tens of thousands of troops" is judged by
    "troops"), or the noun's "of"/"on" object or noun modifier ("an explosion of
    speculation", "war on messy handwriting"). A threat's object that names an act of
    the ontology is the act threatened, aimed at nobody named ("threatened a general
    strike")."""
    token = cand.token
    quantity = onto.quantity_nouns
    if not cand.nominal:
        promising = lemma_of(token) in words().promising_verbs
        if cand.entry.category == THREATENED:
            acts = onto.nouns
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if objects and all(lemma_of(c) in acts or c.lower_ in acts for c in objects):
                return []
        found = [
            counted_head(c, quantity)
            for c in token.children
            if c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            # "pledged 50 million dollars": a sum promised is what is given, no party
            and not (c.ent_type_ in NON_ACTOR_LABELS and promising)
            and not (cand.pattern and pattern_word(c, cand.pattern))
            and lemma_of(c) not in cand.entry.words  # "broke the truce": the phrase's own noun
        ]
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN":
            found.append(token.head)  # "the suspense built up over two hours"
        return found
    found = [t for _p, t in prep_objects(token, ("of", "on", "against")) if t.pos_ == "NOUN"]
    return [t for t in found if lemma_of(t) not in cand.entry.words]


__all__ = ["Constraint", "apply_constraints"]
