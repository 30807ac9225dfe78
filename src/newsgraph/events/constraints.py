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

Classes, all read from the parse, the entity labels and small word lists (no WordNet):

* ``agent``: a person, group, organisation or state: an entity mention or name, a
  personal pronoun, a group noun of the actor dictionary, an agent noun of the Phoenix
  agents dictionary ("police", "rebels", "minister"), a person role ("coach") or an
  organisation noun ("committee", "union");
* ``person``: an agent that is one or more people (PERSON/NORP entities, personal
  pronouns, person and role nouns, agent nouns), not an organisation or a state;
* ``place``: a GPE/LOC/FAC entity, a place noun ("village") or a site of force
  (``events_site_nouns.txt``: "camp", "convoy", "checkpoint");
* ``weapon``: a weapon or means of attack (``events_weapon_nouns.txt``) or one of the
  category's own event nouns ("the bombing killed ...");
* ``document``: a text that speaks for its authors ("the resolution calls for ...").

Only a common noun outside every allowed class is refused: a name, a pronoun ("it",
"they") or a word the parser misread always fits, so the rule refuses only what the
parse shows is of the wrong kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph import resources
from newsgraph.actors.cameo import get_cameo_actors
from newsgraph.events.candidates import Candidate, pattern_word
from newsgraph.events.constants import (
    ACTOR_LABELS,
    AIMED_PREPS,
    ARMED_SECTORS,
    CONFLICT_QUADS,
    NON_ACTOR_LABELS,
    PLACE_LABELS,
    RELATIVE,
)
from newsgraph.events.misuses import (
    PATIENT_DEPS,
    abstract_patient,
    becoming_a_state,
    carried_or_home,
    civilians_leave,
    in_a_court,
)
from newsgraph.events.natural_causes import accident, natural_cause, natural_noun
from newsgraph.events.ontology import CLASSES, OTHER, Constraint, Entry, Ontology
from newsgraph.events.sports import armed_doers, sport_triggers
from newsgraph.events.syntax import (
    actorish,
    agent_noun_form,
    agent_sectors,
    conflict_party,
    counted_head,
    counted_people,
    one_of_a_party,
    prep_objects,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words

#: Entity labels of a party that can run a vehicle or craft (a state, a people, a body).
PARTY_LABELS = frozenset({"NORP", "GPE", "ORG"})
#: Personal pronouns: people (or a group speaking as people), never a thing.
PERSONAL_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them"})
#: Words the tagger calls nouns that stand for people the text has named or implies
#: ("others called on the company", "many protested").
INDEFINITE_PEOPLE = frozenset({"others", "many", "several", "everyone", "everybody", "someone", "somebody"})
#: PLOVER quads of cooperation (verbal and material), which a verb of facing never codes.
COOPERATIVE_QUADS = frozenset({1, 2})


@dataclass(frozen=True)
class Classes:
    """The word lists the classes are read from, fetched once per pipeline."""

    weapons: frozenset[str]
    documents: frozenset[str]
    sports: frozenset[str]
    natural: frozenset[str]
    people: frozenset[str]
    #: organisation nouns ("committee", "union", "club")
    bodies: frozenset[str]
    places: frozenset[str]
    #: inanimate things ("rocket", "prices", "copies"): never a party
    things: frozenset[str]
    #: harm a party would do that a warning can announce ("consequences", "reprisals")
    threat_contents: frozenset[str]
    #: people protesting or on strike ("demonstrators", "strikers")
    protesters: frozenset[str]
    #: verbs saying their to-clause did not happen, refusing nothing ("failed to consider")
    failures: frozenset[str]
    #: abstract nouns no force is done to ("abused the trust", "abused his powers")
    abstract: frozenset[str]
    #: verbs of facing an opponent or an ordeal ("will face Chelsea", "faces a vote")
    facing: frozenset[str]
    #: nouns whose plural names a group of people ("residents", "families", "civilians")
    groups: frozenset[str]
    #: verbs of bringing people out of danger ("evacuate")
    evacuating: frozenset[str]
    #: modifiers saying that people bear arms ("armed")
    armed: frozenset[str]
    #: words of voting or ruling whose count is no match score ("voted 51-49")
    tallies: frozenset[str]
    #: courts of law, where a fight is a lawsuit ("fighting in court")
    courts: frozenset[str]
    #: chambers of a legislature named with a modifier ("the lower house")
    chambers: frozenset[str]


def _classes() -> Classes:
    current = resources.current()
    lists = current.lexicons

    def build() -> Classes:
        # nouns naming people by kind or role, and nouns whose plural names a group of
        # people ("families of the victims", "hostages")
        people = (
            lists.words("entities_person_nouns")
            | lists.words("entities_person_roles")
            | lists.words("entities_group_nouns")
        )
        bodies = frozenset(lists.table("entities_org_nouns"))
        return Classes(
            weapons=lists.words("events_weapon_nouns"),
            documents=lists.words("events_document_nouns"),
            sports=lists.words("events_sports_words"),
            natural=lists.words("events_natural_causes"),
            people=people,
            bodies=bodies,
            places=words().place_nouns
            | lists.words("events_site_nouns")
            | lists.words("entities_facility_heads"),
            things=lists.words("events_thing_nouns"),
            threat_contents=lists.words("events_threat_content_nouns"),
            protesters=lists.words("events_protester_nouns"),
            failures=lists.words("events_failure_verbs"),
            abstract=lists.words("events_abstract_objects"),
            facing=lists.words("events_facing_verbs"),
            groups=lists.words("entities_group_nouns"),
            evacuating=lists.words("events_evacuating_verbs"),
            armed=lists.words("events_armed_modifiers"),
            tallies=lists.words("events_tally_words"),
            courts=lists.words("events_court_nouns"),
            chambers=lists.words("events_chamber_nouns"),
        )

    vocab = words()  # built before ``load``: the resources' lock is not re-entrant
    del vocab
    return current.load("events.classes", build)


class _Sorter:
    """Which classes a participant token belongs to (answers cached per token)."""

    def __init__(self, onto: Ontology) -> None:
        self.lists = _classes()
        self.agents = get_cameo_actors()
        self.event_nouns = onto.nouns
        # Categories whose doer may be a weapon (acts of force): only there is the
        # category's own event noun a means ("the bombing killed"); "accepted the offer"
        # names the act agreed to, not a weapon.
        self.armed_categories = frozenset(
            key.split("/")[0] for key, rule in onto.constraints.items() if "weapon" in rule.actor
        )
        self.cache: dict[tuple[int, str], bool] = {}

    def fits(self, token: Token, allowed: frozenset[str], category: str, strict: bool) -> bool:
        """Whether ``token`` is of an allowed class, or of no class the parse can tell.

        ``strict`` (closed world): a common noun must be in an allowed class. Otherwise
        (open world) it is refused only when a word list puts it in a class the side does
        not allow: the lists cannot name every agent noun ("builders", "peacekeepers"),
        so silence is not a "no"; a thing, a place or a document is."""
        if token.pos_ != "NOUN" and not (token.ent_type_ and token.pos_ == "PROPN"):
            # A name, a pronoun ("it", "they": the referent decides, and we do not know
            # it), a word the parser misread as a verb: only a common noun is refused.
            return True
        if any(self._is(token, name, category) for name in allowed):
            return True
        if strict:
            return False
        return not any(self._is(token, name, category) for name in CLASSES - allowed)

    def an_act(self, token: Token, allowed: frozenset[str], category: str) -> bool:
        """Whether ``token`` is an event noun of the ontology ("talks", "ceasefire") and
        of no allowed class: a process, which breaks down or stalls but does no act. The
        category's own event noun as the means of force ("the bombing killed") and a
        document ("the agreement calls for") stay allowed."""
        if token.pos_ != "NOUN":
            return False
        if lemma_of(token) not in self.event_nouns and token.lower_ not in self.event_nouns:
            return False
        return not any(self._is(token, name, category) for name in allowed)

    def _is(self, token: Token, name: str, category: str) -> bool:
        key = (token.i, name)
        found = self.cache.get(key)
        if found is None:
            found = self._test(token, name, category)
            self.cache[key] = found
        return found

    def _test(self, token: Token, name: str, category: str) -> bool:
        lemma = lemma_of(token)
        if name == "agent":
            return (
                actorish(token)
                or self._agent_noun(token)
                or lemma in self.lists.people
                or lemma in self.lists.bodies
                or token.lower_ in PERSONAL_PRONOUNS
                or token.lower_ in INDEFINITE_PEOPLE
                or counted_people(token)
                or _operated_by_a_party(token)
                or conflict_party(token)
                or self._bearing_arms(token)
                or one_of_a_party(token)
            )
        if name == "person":
            if token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSONAL_PRONOUNS | INDEFINITE_PEOPLE:
                return True
            if counted_people(token):
                return True  # "dozens were shot": people counted without a noun
            if token.ent_type_ in ACTOR_LABELS:
                return False
            return lemma in self.lists.people or self._agent_noun(token)
        if name == "place":
            return token.ent_type_ in PLACE_LABELS or lemma in self.lists.places
        if name == "weapon":
            if lemma in self.lists.weapons or token.lower_ in self.lists.weapons:
                return True
            if self._armed(token):
                return True
            if category not in self.armed_categories:
                return False
            return any(e.category == category for e in self.event_nouns.get(lemma, ()))
        if name == "document":
            return lemma in self.lists.documents
        if name == "thing":
            return lemma in self.lists.things or token.lower_ in self.lists.things
        return False

    def _armed(self, token: Token) -> bool:
        """ "a car laden with explosives", "a truck packed with bombs": a thing carrying a
        weapon is the weapon (a participle on it whose "with" object is one)."""
        weapons = self.lists.weapons
        for child in token.children:
            if child.dep_ in ("acl", "amod"):
                for _prep, pobj in prep_objects(child, ("with",)):
                    if lemma_of(pobj) in weapons or pobj.lower_ in weapons:
                        return True
            # "a van with explosives": the parser may hang the phrase on the noun
            if (
                child.dep_ == "prep"
                and child.lower_ == "with"
                and any(c.dep_ == "pobj" and lemma_of(c) in weapons for c in child.children)
            ):
                return True
        return False

    def _bearing_arms(self, token: Token) -> bool:
        """ "armed herders", "heavily armed men": people a modifier says bear arms
        (``events_armed_modifiers.txt``) are a party whatever noun names them."""
        armed = self.lists.armed
        return token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in armed for c in token.children)

    def _agent_noun(self, token: Token) -> bool:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        if self.agents.agent(token.lower_) is not None or self.agents.agent(lemma_of(token)) is not None:
            return True
        modifier = token.doc[token.i - 1] if token.i > 0 else None
        if (
            modifier is not None
            and modifier.dep_ in ("compound", "amod")
            and modifier.head.i == token.i
            and (
                self.agents.agent(phrase := f"{modifier.lower_} {token.lower_}") is not None
                or phrase in self.lists.chambers
            )
        ):
            # "law enforcement", "riot police", "the upper house": the dictionary's agent
            # phrases (a chamber is no building)
            return True
        # a doer of any act but conflict ("builders", "visitors") is no agent by its form
        return agent_noun_form(lemma_of(token), words().conflict_verbs) or self._people_compound(token)

    def _people_compound(self, token: Token) -> bool:
        """ "schoolgirls", "schoolchildren", "tribesmen": a closed compound whose last part
        (three letters or more, after three or more) is an agent noun of the dictionary."""
        word = lemma_of(token)
        if token.pos_ != "NOUN" or not word.isalpha():
            return False
        return any(self.agents.agent(word[cut:]) is not None for cut in range(3, len(word) - 2))


def positively_of(token: Token, allowed: frozenset[str], category: str, onto: Ontology) -> bool:
    """Whether a word list or the parse puts ``token`` in one of the ``allowed`` classes
    (closed world): for a participant the arguments step adds only when it is sure, since
    a wrong one could refuse the act here."""
    sorter = _Sorter(onto)
    return any(sorter._is(token, name, category) for name in allowed)


def _operated_by_a_party(token: Token) -> bool:
    """ "Iranian boats seized a tanker", "a Navy ship fired on ...", "army helicopters": a
    vehicle or craft named with the state or body that runs it stands for that party. A
    ship also by a name the tagger left unlabelled or an armed body of the CAMEO agents
    dictionary ("Dessan navy vessels"), which for other words would name an owner only
    ("a Clinton victory")."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if any(c.ent_type_ in PARTY_LABELS for c in mods):
        return True
    if lemma_of(token) not in words().vessels:
        return False  # "Police car smashed up by protesters" (a headline's passive)
    return any(
        (c.pos_ == "PROPN" and not c.ent_type_) or bool(agent_sectors(c) & ARMED_SECTORS) for c in mods
    )


#: The mode of blows by hand or blade (CAMEO 1821 and kin: "beat", "stab", "hit").
BEATING = "beat"


def _armed_striker(token: Token, lemma: str) -> bool:
    """A weapon or craft (``events_weapon_nouns.txt``: "warplanes", "a drone"), or an armed
    body by its CAMEO sector ("government troops") striking other than by hand or blade."""
    if lemma_of(token) in words().weapons:
        return True
    return lemma not in HAND_BLOWS and bool(agent_sectors(token) & ARMED_SECTORS)


#: Blows by hand or blade, a beating whoever deals them ("soldiers beat up detainees").
HAND_BLOWS = frozenset({"beat", "beat up", "stab", "rough up", "beating", "stabbing"})


def apply_constraints(cands: list[Candidate], onto: Ontology) -> list[Candidate]:
    """The candidates whose PLOVER reading the clause supports; the others become OTHER
    events (named actors) or are dropped."""
    if not cands:
        return cands
    sorter = _Sorter(onto)
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


def _refusal(cand: Candidate, onto: Ontology, sorter: _Sorter, sport_sentences: set[int]) -> str | None:
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
    if category == "ASSAULT" and not cand.nominal and in_a_court(token, sorter.lists.courts):
        return "court"
    if cand.entry.mode == "visit" and not cand.nominal and carried_or_home(token):
        return "carried"
    if cand.nominal and _a_body(token, sorter.lists.bodies):
        return "body"
    if category == "REJECT" and not cand.nominal and _denies_a_claim(token):
        return "claim"
    if category == "REJECT" and _failure(token, onto, sorter.lists.failures):
        return "failure"
    if category == "THREATEN" and cand.entry.family == "warn" and _forecast(cand, onto, sorter):
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
    targets = [counted_head(t, onto.quantity_nouns) for t in _aimed_instead_of_weapons(cand, found, sorter)]
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


#: Dependencies of a warning's content clause ("warned that ...", "a warning that ...").
CONTENT_CLAUSE_DEPS = frozenset({"ccomp", "acl", "relcl"})
#: Prepositions introducing what a warning is about ("warned of", "a warning against").
CONTENT_PREPS = ("of", "about", "against")
#: Agent-only class set for the content's doer.
AGENT_CLASS = frozenset({"agent"})


def _forecast(cand: Candidate, onto: Ontology, sorter: _Sorter) -> bool:
    """A warning is a threat only when it announces harm a party would do ("warned it
    would strike", "a warning to the rebels", "warned of reprisals"). A warning whose
    content is weather, prices, delays or another impersonal happening ("warned that
    more rain was expected", "warned of delays"), or an alert noun with neither a party
    it is aimed at nor such content ("upgraded its warning to red", "a flood warning"),
    is a forecast or advice. A warning with no stated content aimed at a party ("warned
    the rebels", "warned them to leave") stays a threat."""
    token = cand.token
    if any(c.dep_ == "xcomp" for c in token.children):
        return False  # "warned them not to return": a directive backed by the speaker
    contents: list[bool] = []
    for child in token.children:
        if child.dep_ in CONTENT_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            contents.append(_party_act(child, onto, sorter, cand.actor_tokens))
    for _prep, obj in prep_objects(token, CONTENT_PREPS):
        contents.append(_harm_noun(obj, onto, sorter))
    if contents:
        return not any(contents)
    if not cand.nominal:
        return False  # "warned the rebels", "he warned": nothing says it is a forecast
    # a warning noun: an alert unless it is aimed at a party ("a warning to Iran")
    aimed = [t for t in cand.target_tokens if t.pos_ != "VERB"]
    return not any(sorter.fits(t, AGENT_CLASS, "THREATEN", True) for t in aimed)


def _party_act(verb: Token, onto: Ontology, sorter: _Sorter, warners: list[Token]) -> bool:
    """Whether a content clause states an act the warning party would do: a conflict
    verb of the ontology ("warned the town would be attacked") or a clause whose subject
    is a party or a conflict act ("warned they would sue", "warned the strike would go
    ahead"). A named party other than the one warning does the act of someone else:
    "Harris warned that Trump would cut pensions", "warned that Corland would invade"
    are warnings about a third party, not threats."""
    lemma = lemma_of(verb)
    if lemma in sorter.lists.natural:
        return False  # "warned it would snow"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    doers = [s for s in subjects if s.dep_ == "nsubj"]
    if any(s.dep_ == "nsubjpass" for s in subjects):
        # a passive's subject undergoes the act; its doer is the "by" agent, if named
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    own = {t.lower_ for t in warners}
    if any(d.ent_type_ in ACTOR_LABELS and d.lower_ not in own for d in doers):
        return False
    if any(natural_noun(d, sorter.lists.natural) for d in doers):
        return False  # "warned that another storm could hit the region": a forecast
    entry = onto.verbs.get(lemma)
    if entry is not None and entry.quad in CONFLICT_QUADS:
        return True
    if _possible_effect(verb, doers):
        return False
    if lemma == "be":
        # "warned that his rival would be under investigation": a state the subject is
        # in, not an act it does, unless a conflict verb hangs below ("would be ready to
        # strike")
        return any(_conflict_verb(t, onto) for t in verb.subtree if t.i != verb.i)
    if any(c.dep_ == "auxpass" for c in verb.children) and not doers:
        # "warned that up to a third of the harvest could be lost": a harm no one in the
        # clause inflicts (the parser may leave the subject out) is no threat; "warned
        # that those responsible would be held to account" names a party
        return any(_harm_noun(s, onto, sorter) for s in subjects)
    if not subjects:
        return True  # nothing to judge by: the old reading stands
    return any(_harm_noun(s, onto, sorter) for s in doers)


#: Modals of what may happen, not of what someone will do.
_POSSIBILITY_MODALS = frozenset({"could", "might", "may"})


def _possible_effect(verb: Token, doers: list[Token]) -> bool:
    """ "warned that a long strike could cost exporters millions", "that the ban might
    hurt farmers": an act or a measure named as the subject of what *may* follow is a
    forecast of its effect. A threat commits to an act ("the strike would go ahead",
    "they could strike at any time": a party's own doing)."""
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY_MODALS for c in verb.children):
        return False
    return bool(doers) and all(d.pos_ in ("NOUN", "PROPN") and d.ent_type_ not in ACTOR_LABELS for d in doers)


def _conflict_verb(token: Token, onto: Ontology) -> bool:
    if token.pos_ != "VERB":
        return False
    entry = onto.verbs.get(lemma_of(token))
    return entry is not None and entry.quad in CONFLICT_QUADS


def _harm_noun(noun: Token, onto: Ontology, sorter: _Sorter) -> bool:
    """A party, a conflict act ("a strike", "an attack") or harm a party does
    ("consequences")."""
    lemma = lemma_of(noun)
    if lemma in sorter.lists.natural or lemma in sorter.lists.things:
        return False
    if lemma in sorter.lists.threat_contents or noun.lower_ in sorter.lists.threat_contents:
        return True
    if any(e.quad in CONFLICT_QUADS for e in onto.nouns.get(lemma, ())):
        return True
    return sorter.fits(noun, AGENT_CLASS, "THREATEN", True)


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


def _aimed_instead_of_weapons(cand: Candidate, targets: list[Token], sorter: _Sorter) -> list[Token]:
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
