"""Step 2a of the events pass, continued (``events/senses.py`` applies them): the sense a
trigger word takes from its participants. A word of the ontology names another act when
its doers or what it is done to say so: protesters storming a building riot, nurses
walking out of hospitals strike, the police raiding an office search it, a state's
strike on a camp is an attack, a joint patrol is cooperation, suspects handed over are
judicial cooperation, an armed body defeated is fought. Each test here reads one
candidate's participants (or its clause) and answers yes or no; ``apply_senses`` recodes.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import resources
from newsgraph.actors.cameo import get_cameo_actors, split_code
from newsgraph.events.candidates import Candidate
from newsgraph.events.commands import state_authority
from newsgraph.events.constants import ARMED_SECTORS, NON_ACTOR_LABELS, PLACE_LABELS
from newsgraph.events.ontology import OTHER, Ontology
from newsgraph.events.participant_classes import positively_of
from newsgraph.events.syntax import (
    actorish,
    conjuncts,
    counted_head,
    enforcer,
    group_noun,
    party_noun,
    people_noun,
    prep_objects,
)
from newsgraph.events.vocabulary import lemma_of, words

#: Categories of force that a crowd of protesters commits as a riot.
FORCE_CATEGORIES = frozenset({"ASSAULT"})
#: Prepositions that hand a protest to a party ("protested to China", "with the embassy").
LODGED_WITH = frozenset({"to", "with"})


def walkout(cand: Candidate, onto: Ontology) -> bool:
    """ "Nurses walked out of hospitals", "lawmakers walked out of parliament": a phrase of
    leaving ("walk out of", which the ontology codes as breaking off talks, CAMEO 16x)
    whose doers are people named by a common noun that is no armed force and whose place
    left is no act of the ontology ("walked out of the talks" breaks them off) is a
    walkout, a protest."""
    if cand.nominal or not civilian_doers(cand.actor_tokens):
        return False
    left = [t for p in cand.token.subtree if p.dep_ == "prep" and p.lower_ == "of" for t in p.children]
    nouns = onto.nouns
    return bool(left) and not any(
        t.dep_ == "pobj" and (lemma_of(t) in nouns or t.lower_ in nouns) for t in left
    )


def by_protesters(cand: Candidate, protesters: frozenset[str]) -> bool:
    """Whether every doer of the act is named as a protester ("demonstrators", "a mob")."""
    actors = cand.actor_tokens
    return bool(actors) and all(t.pos_ == "NOUN" and lemma_of(t) in protesters for t in actors)


def purpose_of_a_gathering(cand: Candidate, assembly: frozenset[str]) -> bool:
    """ "Crowds gathered outside the embassy to denounce France's presence": a verbal act
    that is the purpose (a to-clause) of people gathering (``events_assembly_verbs.txt``)
    is said by the gathering itself, a demonstration."""
    verb = cand.token
    if cand.nominal or verb.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        return False
    return lemma_of(verb.head) in assembly


#: Verbal acts a gathering can state by its presence (disapproval, demands, support).
STATED_CATEGORIES = frozenset({"ACCUSE", "REQUEST", "SUPPORT"})


#: Entity labels of a state named as a noun's doer ("Israeli", "US", "Russia's").
STATE_LABELS = frozenset({"GPE", "NORP"})
#: Classes of whom an attack is aimed at (as the constraints read them).
AIMED_CLASSES = frozenset({"agent", "place"})


def state_attack(cand: Candidate, onto: Ontology) -> list[Token] | None:
    """ "an Israeli strike on the camp", "US strikes on militia bases", "the military
    carried out strikes on rebel positions": a noun that names an attack with a modifier
    ("air strike") but another act alone ("a strike" by workers), on its own or carried
    by a light verb, is the attack when its doers are all states named as such or armed
    bodies (CAMEO sectors) and it is aimed "on" a
    place or party (not a date) or harms what a verb of attack says ("Israeli strike kills
    12"): workers strike "at" a plant or "over" pay. Gives what it is aimed at (None: no
    attack; an empty list: an attack at nothing named, "kills 12")."""
    # the noun itself, or the one a light verb carries ("launched strikes on")
    noun = cand.token if cand.nominal else next((c for c in cand.token.children if c.dep_ == "dobj"), None)
    if not cand.nominal and lemma_of(cand.token) not in onto.light_verbs:
        return None  # "threatened a strike on US bases": a verb of its own tells of the strike
    # "launched a wave of strikes on ...": the run of acts counts its acts
    counter = noun
    noun = counted_head(noun, words().run_nouns) if noun is not None else None
    if noun is None or not attack_with_a_modifier(noun, onto):
        return None
    actors = cand.actor_tokens
    if not actors and cand.nominal and noun is cand.token:
        return _places_harmed(noun, onto)
    if not by_states_or_forces(actors):
        return None
    holders = (noun,) if counter is noun or counter is None else (noun, counter)
    aimed = [
        t
        for holder in holders
        for _p, t in prep_objects(holder, ("on", "upon"))
        if t.ent_type_ not in NON_ACTOR_LABELS and positively_of(t, AIMED_CLASSES, "ASSAULT", onto)
    ]
    return aimed or _harmed_by(noun, onto)


def by_states(actors: list[Token]) -> bool:
    """Whether the act has doers and all are states named as such ("Russia", "Kessan")."""
    return bool(actors) and all(t.ent_type_ in STATE_LABELS for t in actors)


def by_states_or_forces(actors: list[Token]) -> bool:
    """Whether the act has doers and all are states named as such, armed bodies (CAMEO
    sectors) or a force's own means ("US jets launched strikes on ...")."""
    weapons = words().weapons
    return bool(actors) and all(
        t.ent_type_ in STATE_LABELS or armed_body(t) or lemma_of(t) in weapons for t in actors
    )


def _harmed_by(noun: Token, onto: Ontology) -> list[Token] | None:
    """ "Israeli strike kills 12", "a Russian strike hit a power plant": what the act noun,
    as the subject of a verb of attack (ASSAULT in the ontology), harms — so the noun is
    the attack too; nothing when it is no such subject (workers' strikes shut plants)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    entry = onto.verbs.get(lemma_of(verb))
    if entry is None or entry.category != "ASSAULT":
        return None
    return [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.ent_type_ not in NON_ACTOR_LABELS]


def _places_harmed(noun: Token, onto: Ontology) -> list[Token] | None:
    """ "One strike hit a school", "a second strike destroyed the bridge": a doerless act
    noun as the subject of a verb of attack whose objects are all places (buildings,
    towns) is the attack; a walkout hits production, firms or the economy, not a place,
    and a named doer decides by itself (workers' strikes stay walkouts)."""
    harmed = _harmed_by(noun, onto)
    if not harmed or not all(positively_of(t, PLACE_CLASS, "ASSAULT", onto) for t in harmed):
        return None
    return harmed


#: The class of what only an attack, not a walkout, strikes.
PLACE_CLASS = frozenset({"place"})


def done_by_another_act(cand: Candidate, earlier: list[Candidate]) -> bool:
    """ "The strike hit the airline hard", "the boycott hit sales": a verb of attack whose
    subject is an act noun the sentence codes as another act (a walkout, a boycott) tells
    what that act did to its object, no attack (the strike that hit a school is coded an
    attack first, by ``state_attack``, and its verb stays one)."""
    if cand.nominal or cand.entry.category != "ASSAULT":
        return False
    subjects = {c.i for c in cand.token.children if c.dep_ == "nsubj"}
    return any(
        e.nominal and e.token.i in subjects and e.entry.category not in (OTHER, "ASSAULT") for e in earlier
    )


def armed_body(token: Token) -> bool:
    """A common noun of an armed force by its CAMEO agent sector ("the military", "the
    army", "rebels"): its strike on a place is an attack, not a walkout."""
    if token.pos_ != "NOUN":
        return False
    agents = get_cameo_actors()
    agent = (
        agents.agent(_with_compounds(token)) or agents.agent(token.lower_) or agents.agent(lemma_of(token))
    )
    return agent is not None and bool(ARMED_SECTORS.intersection(split_code("XXX" + agent.code)[1]))


def _with_compounds(token: Token) -> str:
    """The noun with the compound nouns before it ("air force", "border guards"): the
    agents dictionary names some armed bodies only so."""
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound"]
    return " ".join([*compounds, token.lower_])


#: The mode of protesters ending their own protest (CAMEO 082).
DISSENT_ENDED = "dissent"


def done_by_an_act(verb: Token, onto: Ontology) -> bool:
    """Whether the verb's doer is an act of the ontology: its subject ("the company's
    agreement with the unions ended a two-week strike"), or the act noun a participle
    describes ("signed an agreement ending the strike"). Then the act ended the protest;
    the protesters did not call it off."""
    nouns = onto.nouns

    def an_act(token: Token) -> bool:
        return token.pos_ == "NOUN" and (lemma_of(token) in nouns or token.lower_ in nouns)

    if verb.dep_ == "acl" and an_act(verb.head):
        return True
    return any(c.dep_ == "nsubj" and an_act(c) for c in verb.children)


def wanted_people(verb: Token, suspects: frozenset[str], onto: Ontology) -> bool:
    """Whether what a verb of releasing hands over is people wanted by the law
    (``events_suspect_nouns.txt``: "suspects", "two suspected smugglers")."""
    objects = [counted_head(c, onto.quantity_nouns) for c in verb.children if c.dep_ == "dobj"]
    return any(
        lemma_of(t) in suspects
        or t.lower_ in suspects
        or any(c.dep_ == "amod" and c.lower_ in suspects for c in t.children)
        for t in objects
    )


#: The modifier that makes a show of force a joint one.
JOINT = "joint"


def joint(cand: Candidate) -> bool:
    """Whether the act noun (the trigger, or the object a verb carries) is a joint one
    ("joint patrols", "a joint deployment")."""
    token = cand.token
    nouns = [token] if cand.nominal else [c for c in token.children if c.dep_ == "dobj"]
    return any(c.dep_ == "amod" and c.lower_ == JOINT for n in nouns for c in n.children)


def armed_object(verb: Token) -> bool:
    """Whether the verb's object (or passive subject) is an armed body ("the insurgents",
    "rebel forces"); a team or a candidate is none."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(armed_body(t) for c in patients for t in (c, *c.conjuncts))


def police(cand: Candidate) -> bool:
    """Whether every doer of the act is the police (``syntax.enforcer``: "police", "riot
    police", "officers")."""
    actors = cand.actor_tokens
    return bool(actors) and all(enforcer(t, POLICE_SECTORS) for t in actors)


#: The CAMEO agent sector of the police.
POLICE_SECTORS = frozenset({"COP"})


def attack_with_a_modifier(noun: Token, onto: Ontology) -> bool:
    """Whether the noun names an attack only with a modifier ("air strike", "missile
    strike") and another act alone ("a strike" by workers)."""
    entries = onto.nouns.get(lemma_of(noun), ()) or onto.nouns.get(noun.lower_, ())
    return any(e.category == "ASSAULT" and e.words for e in entries)


def the_attack_again(cand: Candidate, earlier: list[Candidate], onto: Ontology) -> bool:
    """ "Russian drones struck a power plant ... Vallas called the strike a war crime": a
    definite noun that names an attack with a modifier ("air strike") but another act
    alone refers back, with no modifier of its own, to the attack the article has
    already reported; "the strike" with no attack before it is a walkout."""
    noun = cand.token
    if not attack_with_a_modifier(noun, onto):
        return False
    lefts = list(noun.lefts)
    if not lefts or any(c.dep_ != "det" or c.lower_ not in _BACK_REFERRING for c in lefts):
        return False
    return any(c.entry.category == "ASSAULT" and c.token.i < noun.i for c in earlier)


#: Determiners of a noun that refers back to an act already told ("the strike").
_BACK_REFERRING = frozenset({"the", "this", "that"})


def by_force(verb: Token) -> bool:
    """Whether a weapon is the means of ``verb``: its "with" object ("with tear gas"), or
    the object of the verb whose purpose it is ("used tear gas and rubber bullets to
    disperse", "fired water cannon to break up")."""
    weapons = words().weapons
    means = [t for _p, t in prep_objects(verb, ("with",))]
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.lefts):
        means += [c for c in head.children if c.dep_ == "dobj"]
    return any(lemma_of(t) in weapons for m in means for t in conjuncts(m))


def formal_protest(cand: Candidate) -> bool:
    """A verb "protest" that lodges a complaint with a party rather than a demonstration:
    handed "to"/"with" a party ("protested to Beijing"), or made by a state named as
    such ("Seoul summoned the ambassador to protest", "Vietnam protested the deployment"):
    a state does not march, its government complains."""
    for child in cand.token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in LODGED_WITH
            and any(c.dep_ == "pobj" and actorish(c) for c in child.children)
        ):
            return True
    actors = cand.actor_tokens
    if not actors or not all(t.ent_type_ == "GPE" for t in actors):
        return False
    # what the state complains of: "protested the deployment", "protested over/against X"
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in COMPLAINED_OF) for c in cand.token.children
    )


#: Prepositions that name what a complaint is about.
COMPLAINED_OF = frozenset({"over", "against", "about", "at"})


def civilian_doers(actors: list[Token]) -> bool:
    """Whether the doers are people named by a common noun that is no armed force
    ("workers", "staff", "nurses", "its members"): a state, a named group or "rebels"
    striking with no object named is still read as an attack."""
    if not actors:
        return False
    agents = get_cameo_actors()
    lexicons = resources.current().lexicons
    arms = lexicons.words("events_weapon_nouns") | lexicons.words("events_thing_nouns")
    for token in actors:
        if token.pos_ != "NOUN" or token.ent_type_ or lemma_of(token) in arms or token.lower_ in arms:
            return False  # a name, a state, a craft ("jets struck overnight")
        agent = agents.agent(token.lower_) or agents.agent(lemma_of(token))
        if agent is not None and ARMED_SECTORS.intersection(split_code("XXX" + agent.code)[1]):
            return False
    return True


def business_deal(cand: Candidate, commerce: frozenset[str], companies: frozenset[str]) -> bool:
    """ "The drugmaker agreed to buy a rival": a promise whose to-clause is a verb of buying,
    selling or merging (``events_commerce_verbs.txt``) made by companies named by a common
    noun of their kind (``entities_company_kind_nouns.txt``) is a business deal, no act."""
    verb = cand.token
    if not any(c.dep_ == "xcomp" and lemma_of(c) in commerce for c in verb.children):
        return False
    actors = cand.actor_tokens
    return bool(actors) and all(
        t.pos_ == "NOUN" and not t.ent_type_ and lemma_of(t) in companies for t in actors
    )


def private_purchase(cand: Candidate, commerce: frozenset[str]) -> bool:
    """ "The minister bought two houses", "the singer sold her car": a verb of buying or
    selling (``events_commerce_verbs.txt``) that only its CAMEO block codes (economic
    cooperation, no pattern met), done by no state and naming no party it deals with (its
    object, or a "from"/"to"/"with" phrase) is a purchase of things, no act between
    parties ("Kessa bought drones", "bought gas from Dessa" stay)."""
    verb = cand.token
    if cand.nominal or cand.chosen_by != "cameo-default" or lemma_of(verb) not in commerce:
        return False
    if by_states(cand.actor_tokens):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    dealt = objects + [t for _p, t in prep_objects(verb, ("from", "to", "with"))]
    return bool(objects) and not any(
        (t.ent_type_ and t.ent_type_ not in NON_ACTOR_LABELS) or actorish(t) or party_noun(t) for t in dealt
    )


def force_prepared(cand: Candidate, preparing: frozenset[str]) -> bool:
    """ "The army prepared to resume shelling", "rebels are gearing up to attack": an act of
    force that an armed force is getting ready for (a to-clause of a verb of
    ``events_preparing_verbs.txt``, through "resume"/"begin" on the way) is readiness."""
    if cand.nominal or not by_states_or_forces(cand.actor_tokens):
        return False
    clause = cand.token
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause.head
        if lemma_of(clause) in preparing:
            return True
    return False


def force_modified(cand: Candidate, modifiers: frozenset[str]) -> bool:
    """ "a naval blockade", "imposed an economic blockade": an obstruction a modifier
    (``events_force_modifiers.txt``) names as a state's or a force's, on the act noun
    itself or the one its verb carries."""
    token = cand.token
    nouns = [token] if cand.nominal else [c for c in token.children if c.dep_ == "dobj"]
    return any(c.dep_ == "amod" and c.lower_ in modifiers for noun in nouns for c in noun.children)


#: Classes of what is taken when control of it is seized (CAMEO 192 "occupy territory").
TERRITORY = frozenset({"place"})


def control_taken_in_business(cand: Candidate, onto: Ontology) -> bool:
    """ "The fund took control of the retailer": a phrase of taking control (a seizure
    phrase of the ontology with its noun, COERCE/seize) occupies territory (CAMEO 192)
    only when a state or an armed body takes it or what is taken is a place ("residents
    took control of the square"); a firm or an owner taking control of a company is
    business, no act."""
    if cand.nominal or cand.entry.mode != "seize" or not cand.entry.words:
        return False
    if by_states_or_forces(cand.actor_tokens):
        return False
    return not any(positively_of(t, TERRITORY, "COERCE", onto) for t in cand.target_tokens)


#: The family of the verb and noun of expelling ("expel", "expulsion").
EXPELLED = "expel"


def member_banished(cand: Candidate, onto: Ontology) -> bool:
    """ "The bloc banished Kessa from its summit", "exiled Dessa from the council": a verb
    of deporting (COERCE/deport) whose object is a state or a body named as such and which
    puts it out "from" or "out of" an organisation or a meeting is a reduction of
    relations (CAMEO 16x, SANCTION), as "expelled Russia from the council" is; people
    banished from a country stay deported."""
    if cand.nominal or cand.entry.category != "COERCE" or cand.entry.mode != "deport":
        return False
    token = cand.token
    banished = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not banished or not all(t.ent_type_ in BODY_LABELS or state_authority(t) for t in banished):
        return False
    left = [t for _p, t in prep_objects(token, ("from", "of"))]
    return any(t.ent_type_ == "ORG" or (t.pos_ == "NOUN" and _a_gathering_or_body(t, onto)) for t in left)


#: Entity labels of states and named bodies (not persons).
BODY_LABELS = frozenset({"GPE", "ORG", "NORP"})


def _a_gathering_or_body(noun: Token, onto: Ontology) -> bool:
    """A meeting ("summit", "talks", "forum") or a body ("council", "organisation") by its noun."""
    lemma = lemma_of(noun)
    met = any(e.category == "CONSULT" for e in onto.nouns.get(lemma, ()))
    return met or lemma in words().meeting_nouns or group_noun(noun)


def individuals_expelled(cand: Candidate, onto: Ontology) -> bool:
    """ "Authorities expelled two foreign correspondents", "the expulsion of 300 migrants":
    people expelled who are no state's or body's mission (``events_mission_nouns.txt``:
    diplomats, inspectors, aid workers; CAMEO 16x, SANCTION) are individuals deported
    (CAMEO 174, COERCE). A state, an organisation or a named body expelled ("expelled
    Russia from the council") stays a reduction of relations, and so does anyone named
    by a person's name (the expelled may be an envoy)."""
    if cand.entry.family != EXPELLED or cand.entry.category != "SANCTION":
        return False
    doers = cand.actor_tokens
    if not doers or not all(state_authority(t) or armed_body(t) for t in doers):
        return False  # "the party expelled two lawmakers": a body putting out its members
    token = cand.token
    if cand.nominal:
        expelled = [t for _p, t in prep_objects(token, ("of",))]
    else:
        expelled = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    missions = words().missions
    people = [counted_head(t, onto.quantity_nouns) for e in expelled for t in conjuncts(e)]

    def deported(person: Token) -> bool:
        if person.pos_ != "NOUN" or person.ent_type_:
            return False
        if not people_noun(person) and (not party_noun(person) or group_noun(person)):
            return False  # a body ("expelled the mission", "the group") or no one
        named = {lemma_of(person), person.lower_} | {
            w for c in person.children if c.dep_ in ("compound", "amod") for w in (lemma_of(c), c.lower_)
        }
        return named.isdisjoint(missions)

    return bool(people) and all(deported(p) for p in people)


#: The family of clashing ("clashed", "a clash", "clashes").
CLASHED = "clash"
#: Prepositions of what a verbal clash is about ("clashed over childcare").
TOPIC_PREPS = ("over", "about", "on")


def verbal_clash(cand: Candidate, protesters: frozenset[str], onto: Ontology) -> list[Token] | None:
    """ "Rivals clash over childcare", "the two ministers clashed over the budget": a clash
    about a matter (an "over"/"about"/"on" object that is no place) between sides none of
    which is armed, the police or protesters, is a quarrel (CAMEO 11 disapprove), not a
    fight; "troops clashed with rebels", "protesters clashed with police over the
    closure" stay force. Gives the matters quarrelled over (None: no quarrel)."""
    if cand.entry.family != CLASHED:
        return None
    token = cand.token
    # the parser may hang the matter on the other side ("clashed with the governor over rates")
    holders = [token, *(t for _p, t in prep_objects(token, ("with",)))]
    topics = [t for h in holders for _p, t in prep_objects(h, TOPIC_PREPS) if t.ent_type_ not in PLACE_LABELS]
    if any(c.dep_ == "prt" and c.lower_ in TOPIC_PREPS for c in token.children):
        # a headline's "Rivals clash over childcare": the parser reads "over" as a particle
        topics += [c for c in token.children if c.dep_ == "dobj" and c.ent_type_ not in PLACE_LABELS]
    if not topics or any(positively_of(t, TERRITORY, "ASSAULT", onto) for t in topics):
        return None  # "clashed on the bridge", "over the border"
    sides = [*cand.actor_tokens, *cand.target_tokens]
    sides += [t for _p, t in prep_objects(token, ("with", "between"))]
    weapons = words().weapons
    if any(
        armed_body(t) or enforcer(t, POLICE_SECTORS) or lemma_of(t) in protesters or lemma_of(t) in weapons
        for s in sides
        for t in conjuncts(s)
    ):
        return None
    return topics


def backed_by_arms(cand: Candidate) -> bool:
    """ "The offensive was backed by aircraft and artillery", "troops backed by tanks": a
    verb of support whose backers are all weapons or craft (``events_weapon_nouns.txt``)
    is force lent to a fight (CAMEO 19x), not political support."""
    return cand.entry.category == "SUPPORT" and not cand.nominal and _backers_are_arms(cand)


def _backers_are_arms(cand: Candidate) -> bool:
    weapons = words().weapons
    backers = [t for a in cand.actor_tokens for t in conjuncts(a)]
    return bool(backers) and all(t.pos_ == "NOUN" and lemma_of(t) in weapons for t in backers)


def backed_outside_a_fight(cand: Candidate, onto: Ontology) -> bool:
    """ "firefighters, backed by 12 aircraft, battled the blaze": a participle of support
    set on a noun of people who bear no arms says how they work, no act of force or of
    support (``backed_by_arms`` reads "troops backed by tanks", "the offensive was backed
    by aircraft")."""
    token = cand.token
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.pos_ != "NOUN" or not _backers_are_arms(cand):
        return False
    backed = token.head
    return not armed_body(backed) and not backed.ent_type_ and lemma_of(backed) not in onto.nouns


#: The words of a phrase of crowds filling the streets ("flooded the streets").
STREETS = frozenset({"street", "streets"})


def streets_filled_by_no_protesters(cand: Candidate, protesters: frozenset[str]) -> bool:
    """ "The streets of Chicago were flooded with fans": a passive phrase of streets filled
    says who filled them by its "with" object, a protest only when they are protesters
    ("were filled with demonstrators"); the active "crowds flooded the streets" is left
    to the crowd."""
    if cand.nominal or STREETS.isdisjoint(cand.entry.words):
        return False
    verb = cand.token
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    crowd = [counted_head(t, frozenset()) for _p, t in prep_objects(verb, ("with",))]
    return not any(lemma_of(t) in protesters or t.lower_ in protesters for t in crowd)


def figurative_destruction(cand: Candidate, onto: Ontology) -> bool:
    """ "It's destroying this committee", "you destroy the whole basis of our government":
    a verb of destroying property (ASSAULT/destroy, CAMEO 1712) whose object (or passive
    subject, through a number) is no place or site is figurative; "destroyed the
    village", "demolished three houses", "four farms were razed" are property."""
    if cand.nominal or cand.entry.mode != "destroy":
        return False
    objects = [c for c in cand.token.children if c.dep_ in ("dobj", "nsubjpass")]
    destroyed = [counted_head(t, onto.quantity_nouns) for o in objects for t in conjuncts(o)]
    return not any(positively_of(t, TERRITORY, "ASSAULT", onto) for t in destroyed)
