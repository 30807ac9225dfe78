"""Acts told by what a clause does to another act, or what it is done for (step 1 of the
events pass, read by ``candidates.find_candidates`` for a verb the ontology does not
name): the verb is unknown, the construction says which kind of act it is.

* Relations reduced: a verb of stopping or holding back (``events_stopping_verbs.txt``)
  whose object is a cooperative act or an exchange (``events_exchange_nouns.txt``) is a
  SANCTION (CAMEO 16): "halted arms exports to Kessa", "withheld its development funding".
* A crowd acting against something: people (not a state or a force) doing anything
  "against" a thing, "in protest/anger at" it, or to demand or denounce, protest (PLOVER
  PROTEST): "residents banged pots against the planned refinery".
* Force raised as a possibility: a party raising "the prospect of" an act of material
  conflict (``events_possibility_nouns.txt``), or hinting at one
  (``events_hinting_verbs.txt``), threatens it (CAMEO 13): "raised the prospect of
  sanctions against X", "hinted at a new offensive".
* Session 24: a force brought or placed to a state of readiness is mobilised ("placed its
  air force on combat readiness"); a request noun met, heeded or satisfied is a
  concession ("met the strikers' main demand"); a held position softened gives ground
  ("softened its stance on"); a party addressed "for" something given is asked for it
  ("turned to Dessa for emergency aid").

Each rule gives the entry, or None; the subject must be a party of the kind the act
needs (``cameo_readings.political_subject`` for states and bodies).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph import resources
from newsgraph.docindex import doc_index
from newsgraph.events.cameo_readings import governs_an_act, names_the_act, political_subject
from newsgraph.events.commands import state_authority
from newsgraph.events.constants import (
    ACTOR_LABELS,
    ARMED_SECTORS,
    MATERIAL_CONFLICT,
    PARTICLES,
    STATE_SECTORS,
)
from newsgraph.events.lexical_backoff import verb_backoff
from newsgraph.events.ontology import Entry, Ontology
from newsgraph.events.syntax import (
    agent_sectors,
    counted_head,
    crowd_noun,
    party_noun,
    people_noun,
    prep_objects,
    represented_bodies,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words

#: PLOVER quads of cooperation, verbal and material.
COOPERATION_QUADS = frozenset({1, 2})
#: Verbal conflict acts a crowd's purpose clause can name ("to demand", "to denounce").
PURPOSE_CATEGORIES = frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST"})
#: Prepositions of what a crowd acts against or in ("against the dam", "in protest").
CROWD_PREPS = ("against", "in")


@dataclass(frozen=True)
class _Lists:
    stopping: frozenset[str]
    exchanges: frozenset[str]
    motives: frozenset[str]
    possibility: frozenset[str]
    hinting: frozenset[str]
    agreements: frozenset[str]
    confining: frozenset[str]
    leaving: frozenset[str]
    resigned: frozenset[str]
    establishing: frozenset[str]
    easing: frozenset[str]
    raising: frozenset[str]
    alert: frozenset[str]
    placing: frozenset[str]
    satisfying: frozenset[str]
    softening: frozenset[str]
    stances: frozenset[str]
    facilities: frozenset[str]
    needy: frozenset[str]
    #: lemma -> the compound verb's reading (``compound_force``), filled as verbs are met
    compounds: dict[str, Entry | None] = field(default_factory=dict)


def _lists() -> _Lists:
    current = resources.current()
    lexicons = current.lexicons

    def build() -> _Lists:
        return _Lists(
            stopping=lexicons.words("events_stopping_verbs"),
            exchanges=lexicons.words("events_exchange_nouns"),
            motives=lexicons.words("events_protest_motives"),
            possibility=lexicons.words("events_possibility_nouns"),
            hinting=lexicons.words("events_hinting_verbs"),
            agreements=lexicons.words("events_agreement_nouns"),
            confining=lexicons.words("events_confining_verbs"),
            leaving=lexicons.words("events_leaving_verbs"),
            resigned=lexicons.words("events_resignation_objects"),
            establishing=lexicons.words("events_establishing_verbs"),
            easing=lexicons.words("events_easing_verbs"),
            raising=lexicons.words("events_raising_verbs"),
            alert=lexicons.words("events_alert_nouns"),
            placing=lexicons.words("events_placing_verbs"),
            satisfying=lexicons.words("events_satisfying_verbs"),
            softening=lexicons.words("events_softening_verbs"),
            stances=lexicons.words("events_stance_nouns"),
            facilities=lexicons.words("events_care_facilities"),
            needy=lexicons.words("events_needy_people"),
        )

    return current.load("events.meaning_frames", build)


def _with_particle(verb: Token, lemma: str, listed: frozenset[str], particles: list[str]) -> bool:
    return lemma in listed or any(f"{lemma} {p}" in listed for p in particles)


def reduced_relations(
    verb: Token, lemma: str, onto: Ontology, lists: _Lists, particles: list[str]
) -> Entry | None:
    """ "Kessa halted arms exports to Dessa", "Germany withheld its development funding
    from Dessa": stopping what one party gives or does with another reduces relations
    (CAMEO 16, SANCTION), when a state or a body does it. "The plant halted production",
    "stopped work" name no exchange and stay none."""
    if not _with_particle(verb, lemma, lists.stopping, particles):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [counted_head(o, onto.quantity_nouns) for o in objects]
    # "withheld 300 million euros in development funding": a sum named by what it is "in"
    heads += [t for o in objects for _p, t in prep_objects(o, ("in",))]
    if any(o.ent_type_ == "MONEY" for o in objects):
        heads += [t for _p, t in prep_objects(verb, ("in",))]  # the parser may hang it on the verb
    if not any(_cooperation(h, onto, lists) for h in heads):
        return None
    if not political_subject(verb):
        return None
    return onto.entry("SANCTION", None, lemma)


def _cooperation(noun: Token, onto: Ontology, lists: _Lists) -> bool:
    if noun.pos_ != "NOUN":
        return False
    lemma = lemma_of(noun)
    if lemma in lists.exchanges or noun.lower_ in lists.exchanges:
        return True
    return any(e.quad in COOPERATION_QUADS for e in onto.nouns.get(lemma, ()))


def crowd_against(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """ "Residents banged pots and pans against the planned refinery", "taxi drivers
    blocked ... in anger at the new rules", "farmers converged on the capital to denounce
    the cuts": people acting against a thing, in a protesting mood, or to demand or
    denounce are protesting. Only people, counted or by kind ("hundreds of farmers",
    "residents"), never a state, a force or a named party: "the army moved against the
    rebels" is no street protest."""
    if not any(
        c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in ("against", "in")) for c in verb.children
    ):
        return None  # no "against", "in protest" or purpose clause: nothing to read
    if lemma in words().speech_or_finding or names_the_act(verb, onto):
        return None  # "staged mass demonstrations to demand ...": the noun is the act
    subjects, passive = subject_of(verb)
    if passive or not subjects:
        return None
    people = [counted_head(s, onto.quantity_nouns) for s in subjects]
    if not all(crowd_noun(p) for p in people):
        return None
    if not _protesting(verb, onto, lists):
        return None
    return onto.entry("PROTEST", None, lemma)


def _protesting(verb: Token, onto: Ontology, lists: _Lists) -> bool:
    for prep, obj in prep_objects(verb, ("against", "in")):
        party = people_noun(obj) or obj.ent_type_ in ACTOR_LABELS
        if prep == "against" and obj.pos_ == "NOUN" and not party:
            return True  # "against the planned refinery", not "against the rebels"
        if prep == "in" and lemma_of(obj) in lists.motives:
            return True
    if governs_an_act(verb):
        return False  # "attempted to block the motorway": the act is the complement's
    for child in verb.children:
        if child.dep_ == "advcl" and child.pos_ == "VERB":
            entry = onto.verbs.get(lemma_of(child))
            if entry is not None and entry.category in PURPOSE_CATEGORIES:
                return True  # "to denounce violence", "demanding higher pay"
    return False


def force_raised(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """ "Washington raised the prospect of sanctions against X", "the leader hinted at a new
    military operation": an act of material conflict put forward as a possibility by the
    party that would do it is a threat. A conflict act of someone else ("raised the
    prospect of a strike by the unions") is no threat of the subject's."""
    acts: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj" and lemma_of(child) in lists.possibility:
            acts.extend(t for _p, t in prep_objects(child, ("of",)))
    if lemma in lists.hinting:
        acts.extend(c for c in verb.children if c.dep_ == "dobj")
        acts.extend(t for _p, t in prep_objects(verb, ("at", "to")))
    if not any(_own_force(a, onto) for a in acts):
        return None
    if not political_subject(verb):
        return None
    return onto.entry("THREATEN", None, lemma)


def _own_force(noun: Token, onto: Ontology) -> bool:
    entries = onto.nouns.get(lemma_of(noun), ())
    if noun.pos_ != "NOUN" or not any(e.quad == MATERIAL_CONFLICT for e in entries):
        return False
    return not any(c.dep_ in ("poss", "agent") for c in noun.children) and not prep_objects(noun, ("by",))


def settled(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """ "The two factions hammered out a compromise", "Kessa and Dessa concluded an
    arrangement on transit": parties settling on a compromise, an understanding or an
    arrangement (``events_agreement_nouns.txt``) agree, whatever verb tells it."""
    if lemma in words().speech_or_finding or lemma in onto.ignore:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    settled_on = next((c for c in objects if lemma_of(c) in lists.agreements), None)
    if settled_on is None:
        return None
    subjects, passive = subject_of(verb)
    if passive or not subjects or not all(_a_party(t) for t in subjects):
        return None
    # the noun is the act's own word ("a compromise" is what they reached, not a party)
    return onto.entry("AGREE", None, lemma, (lemma_of(settled_on),))


def _a_party(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS or party_noun(token) or bool(represented_bodies(token))


def confined(verb: Token, lemma: str, onto: Ontology, lists: _Lists, particles: list[str]) -> Entry | None:
    """ "Police hauled in the editor", "authorities locked up a rapper", "soldiers herded
    villagers into a school": people taken or shut away (``events_confining_verbs.txt``)
    by an authority or a force are arrested (COERCE)."""
    if not _with_particle(verb, lemma, lists.confining, particles):
        return None
    people = [counted_head(c, onto.quantity_nouns) for c in verb.children if c.dep_ == "dobj"]
    if not people or not all(p.ent_type_ == "PERSON" or party_noun(p) for p in people):
        return None
    subjects, passive = subject_of(verb)
    if passive or not subjects or not all(_an_authority(t) for t in subjects):
        return None
    return onto.entry("COERCE", "arrest", lemma)


def _an_authority(token: Token) -> bool:
    return state_authority(token) or bool(agent_sectors(token) & (ARMED_SECTORS | STATE_SECTORS))


def resigned(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """ "The interior minister quit the coalition government", "left the cabinet": leaving
    a government body, a coalition or a post (``events_resignation_objects.txt``) is a
    resignation (RETREAT, as "resign", "step down")."""
    if lemma not in lists.leaving:
        return None
    left = next((c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in lists.resigned), None)
    if left is None:
        return None
    subjects, passive = subject_of(verb)
    if passive or not subjects or not all(_a_party(t) for t in subjects):
        return None
    entry = onto.verbs.get("resign")
    return onto.entry("RETREAT", entry.mode if entry else None, lemma, (lemma_of(left),))


def force_called_off(
    verb: Token, lemma: str, onto: Ontology, lists: _Lists, particles: list[str]
) -> Entry | None:
    """ "The army called off its offensive", "Kessa suspended its air strikes": a state or
    an armed body stopping its own act of force (``events_deescalating_verbs.txt``)
    de-escalates (CAMEO 087, RETREAT). An act of force someone else owns ("halted the
    rebels' advance") or a verb of preventing ("foiled an attack") is none of this."""
    if not _with_particle(verb, lemma, words().deescalating, particles):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "would not end the offensive": the offensive goes on, and is the act
    return onto.entry("RETREAT", "disarm", lemma) if own_force_stopped(verb, onto) else None


def own_force_stopped(verb: Token, onto: Ontology) -> bool:
    """Whether every object of ``verb`` is an act of force of its own subject, a named
    party or a political body (see ``force_called_off``)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(_own_force_act(o, onto) for o in objects):
        return False
    return political_subject(verb)


#: Categories of an act of force a party may call off.
FORCE_ACTS = frozenset({"ASSAULT", "MOBILIZE"})


def noun_readings(noun: Token, onto: Ontology) -> list[Entry]:
    """The ontology's readings of an act noun in its phrase: the multi-word ones its
    modifiers complete ("air strikes", "charm offensive"), else the bare noun's."""
    if noun.pos_ != "NOUN":
        return []
    entries = onto.nouns.get(lemma_of(noun), ())
    modifiers = {lemma_of(c) for c in noun.children if c.dep_ in ("amod", "compound")}
    read = [e for e in entries if e.words and set(e.words) <= modifiers]
    return read or [e for e in entries if not e.words]


def _own_force_act(noun: Token, onto: Ontology) -> bool:
    read = noun_readings(noun, onto)
    if not read or not all(e.category in FORCE_ACTS for e in read):
        return False
    # "its offensive" is the subject's own; "the rebels' advance" or an attack "by" others is not
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return all(o.pos_ == "PRON" for o in owners) and not prep_objects(noun, ("by",))


#: Modes of a coercive measure a party can take back (a ban, censorship, a curfew).
EASED_COERCION = frozenset({"ban", "censor", "curfew", "restrict"})


def restriction_eased(
    verb: Token, lemma: str, onto: Ontology, lists: _Lists, particles: list[str]
) -> Entry | None:
    """ "Kessa rolled back its restrictions on opposition media", "repealed the ban",
    "scrapped the tariffs": a party taking back its own measure (``events_easing_verbs.txt``)
    eases it. Restrictions and bans are CONCEDE (CAMEO 081); sanctions, tariffs, an
    embargo or a curfew RETREAT (085, 0813), as "lifted sanctions" is."""
    if not _with_particle(verb, lemma, lists.easing, particles):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    readings = [noun_readings(o, onto) for o in objects]
    if not objects or not all(readings):
        return None
    flat = [e for read in readings for e in read]
    if all(e.category == "SANCTION" or e.mode == "curfew" for e in flat):
        category, mode = "RETREAT", "ease"
    elif all(e.category == "COERCE" and e.mode in EASED_COERCION for e in flat):
        category, mode = "CONCEDE", None
    else:
        return None
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for o in objects for c in o.children):
        return None  # "overturned the court's ban": another party's measure
    return onto.entry(category, mode, lemma) if political_subject(verb) else None


def alert_raised(
    verb: Token, lemma: str, onto: Ontology, lists: _Lists, particles: list[str]
) -> Entry | None:
    """ "Kessa raised its alert level", "heightened the combat readiness of its troops": a
    state or a body raising a force's state of readiness (``events_alert_nouns.txt``, the
    object or its modifier: "alert level") mobilises it (CAMEO 15, MOBILIZE). An alert of
    something else ("its flood alert", "a terror alert") is no readiness of a force."""
    if not _with_particle(verb, lemma, lists.raising, particles):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    # "the state of readiness": a state is read by what it is of
    read = [obj, *[t for _p, t in prep_objects(obj, ("of",))]]
    alerts = [t for t in read if lemma_of(t) in lists.alert]
    alerts += [
        c for t in read for c in t.children if c.dep_ in ("compound", "amod") and lemma_of(c) in lists.alert
    ]
    if not alerts or any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and lemma_of(c) not in lists.alert
        for t in alerts
        for c in t.children
    ):
        return None
    return onto.entry("MOBILIZE", "alert", lemma) if political_subject(verb) else None


def readiness_reached(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """ "Kessa placed its air force on combat readiness", "brought its troops to the highest
    level of readiness", "moved its units to a state of alert": a verb of putting or
    bringing (``events_placing_verbs.txt``) whose "on"/"to"/"into" phrase is a state of
    readiness (``events_alert_nouns.txt``: the noun itself, or what its "level"/"state" is
    "of") mobilises the force it moves, done by a state or a body (CAMEO 15). The object
    must be no act: "brought the talks to a state of readiness" is not said; a hazard's
    alert ("put the coast on flood alert") warns the public, no force is readied."""
    moved = [c for c in verb.children if c.dep_ == "dobj"]
    forces = [counted_head(o, onto.quantity_nouns) for o in moved]
    if not forces or not all(_a_force(t) for t in forces):
        return None  # "brought the hospitals to a state of readiness": no force readied
    # the state reached, on the verb or (as the parser may hang it) on its object
    reached = [t for holder in (verb, *moved) for _p, t in prep_objects(holder, ("on", "to", "into"))]
    states = [*reached, *[t for r in reached for _p, t in prep_objects(r, ("of",))]]
    alerts = [t for t in states if lemma_of(t) in lists.alert]
    if not alerts or any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and lemma_of(c) not in lists.alert
        and lemma_of(c) not in _COMBAT
        for t in alerts
        for c in t.children
    ):
        return None
    return onto.entry("MOBILIZE", "alert", lemma) if political_subject(verb) else None


def _a_force(token: Token) -> bool:
    """An armed force by its CAMEO sector ("troops", "the navy", "air force") or the
    force's own units and weapons ("its missile units", "its warships")."""
    if agent_sectors(token) & ARMED_SECTORS:
        return True
    vocab = words()
    return lemma_of(token) in vocab.weapons or lemma_of(token) in _UNITS


def demand_met(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """ "The government met the strikers' main demand", "heeded the farmers' demands": a
    verb of satisfying (``events_satisfying_verbs.txt``) whose object is a request noun
    of the ontology (REQUEST) yields to it (CAMEO 08, CONCEDE), when a state or a body
    does it ("the plan meets the demand for housing" has no party as subject); a
    negated one is judged by the modality as any act."""
    if lemma not in lists.satisfying:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(_a_request(o, onto) for o in objects):
        return None
    # "reinstated the workers, meeting the central demand of the strike": a participle's
    # doer is its clause's subject
    doer = verb.head if verb.dep_ == "advcl" and not subject_of(verb)[0] else verb
    return onto.entry("CONCEDE", None, lemma) if political_subject(doer) else None


def stance_softened(
    verb: Token, lemma: str, onto: Ontology, lists: _Lists, particles: list[str]
) -> Entry | None:
    """ "Kessa softened its stance on the talks", "toned down its rhetoric", "moderated its
    demands": a verb of softening (``events_softening_verbs.txt``) whose object is a
    position the subject holds (``events_stance_nouns.txt``) gives ground (CAMEO 08,
    CONCEDE), done by a state or a body ("the butter softened" has no such object)."""
    if not _with_particle(verb, lemma, lists.softening, particles):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(lemma_of(o) in lists.stances for o in objects):
        return None
    return onto.entry("CONCEDE", None, lemma) if political_subject(verb) else None


def help_sought(verb: Token, lemma: str, onto: Ontology) -> Entry | None:
    """ "Kessa turned to Dessa for emergency aid", "canvassed rich countries for pledges":
    a verb the ontology does not name that addresses a party (its object, or a "to" or
    "from" phrase) "for" an act noun of something given (aid, support, a pledge) asks
    for it (CAMEO 02, REQUEST), when a state or a body does it. A gift named as the
    party's own ("rewarded Dessa for its support") is the reason, not the thing sought."""
    wanted = [t for _p, t in prep_objects(verb, ("for",))]
    if not wanted or not all(_a_gift(t, onto) for t in wanted):
        return None
    if verb_backoff(lemma, onto) is not None:
        return None  # "importuned the lenders for new loans": the verb's own meaning reads it
    addressed = [c for c in verb.children if c.dep_ == "dobj"]
    addressed += [t for _p, t in prep_objects(verb, ("to", "from"))]
    if not any(t.ent_type_ in ACTOR_LABELS or party_noun(t) for t in addressed):
        return None
    return onto.entry("REQUEST", None, lemma) if political_subject(verb) else None


#: Categories of an act noun that names something given ("aid", "support", "pledges").
GIVEN = frozenset({"AID", "SUPPORT", "AGREE"})


def _a_gift(noun: Token, onto: Ontology) -> bool:
    entries = onto.nouns.get(lemma_of(noun), ()) or onto.nouns.get(noun.lower_, ())
    if not entries or not all(e.category in GIVEN for e in entries):
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


def _a_request(noun: Token, onto: Ontology) -> bool:
    entries = onto.nouns.get(lemma_of(noun), ()) or onto.nouns.get(noun.lower_, ())
    return bool(entries) and all(e.category == "REQUEST" for e in entries)


#: Nouns of a force's own formations ("its units", "two divisions").
_UNITS = frozenset({"unit", "division", "brigade", "battalion", "regiment", "squadron", "fleet", "reserve"})
#: Compound nouns that name a force's readiness as such ("combat readiness").
_COMBAT = frozenset({"combat", "battle", "war"})


def care_set_up(verb: Token, lemma: str, onto: Ontology, lists: _Lists, particles: list[str]) -> Entry | None:
    """ "Doctors Without Borders set up a field hospital for refugees", "the Red Cross
    built shelters for the displaced": a party putting up or running a place of care
    (``events_care_facilities.txt``) for people in need (``events_needy_people.txt``)
    gives aid (CAMEO 07), coded as the ontology codes "aid". "Built a hospital" with no
    one in need named is a works project, no act."""
    if not _with_particle(verb, lemma, lists.establishing, particles):
        return None
    places = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in lists.facilities]
    if not places:
        return None
    served = [t for p in places for _p, t in prep_objects(p, ("for",))]
    served += [t for _p, t in prep_objects(verb, ("for",))]  # the parser may hang "for" on the verb
    if not any(_in_need(t, lists) for t in served):
        return None
    subjects, passive = subject_of(verb)
    if passive or not subjects or not all(_a_party(t) for t in subjects):
        return None
    aid = onto.nouns.get("aid")
    if not aid:
        return None
    return onto.entry(aid[0].category, aid[0].mode, lemma)


def _in_need(noun: Token, lists: _Lists) -> bool:
    if lemma_of(noun) in lists.needy or noun.lower_ in lists.needy:
        return True
    return any(c.dep_ in ("amod", "compound") and lemma_of(c) in lists.needy for c in noun.children)


def other_verb_frame(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """The reading of a verb the ontology codes only as OTHER ("built", "opened") when its
    clause names aid (``care_set_up``), else None."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if lemma not in lists.establishing and not any(f"{lemma} {p}" in lists.establishing for p in particles):
        return None
    return care_set_up(verb, lemma, onto, lists, particles)


def compound_force(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """ "firebombed the offices", "carpet-bombed", "redeployed two brigades", "rearrested":
    a verb the ontology lacks made of a verb of material conflict it names, after a first
    part of three letters or more or the prefix "re-", is that verb's act."""
    known = lists.compounds
    if lemma in known:
        return known[lemma]
    found = None
    if lemma not in onto.verbs and lemma.isalpha():
        cuts = [2] if lemma.startswith("re") else []
        cuts += list(range(3, len(lemma) - 2))
        for cut in cuts:
            entry = onto.verbs.get(lemma[cut:])
            if entry is not None and entry.quad == MATERIAL_CONFLICT:
                found = Entry(entry.category, entry.mode, entry.quad, entry.score, lemma)
                break
    known[lemma] = found
    return found


def meaning_lists() -> _Lists:
    """The word lists of this module's readings: fetch once per document."""
    return _lists()


def meaning_frame(verb: Token, lemma: str, onto: Ontology, lists: _Lists) -> Entry | None:
    """The first of this module's readings that ``verb`` (a verb the ontology does not
    name) meets, or None. Each reading is tried only when the verb has what it reads (a
    listed word, an object, an "against" phrase or a purpose clause): most verbs have
    none of them, and the stage runs at the pipeline's throughput floor."""
    particles: list[str] = []
    objects: list[str] = []
    crowd = False
    seeking = False
    # asked of most verbs the ontology lacks: the children's relations and words from the
    # shared columns, a Token only for an object's lemma
    index = doc_index(verb.doc)
    deps, lowers = index.column("dep_"), index.column("lower_")
    for k in index.children(verb.i):
        dep = deps[k]
        if dep in ("prt", "advmod") and lowers[k] in PARTICLES:
            particles.append(lowers[k])
        elif dep == "dobj":
            objects.append(lemma_of(index.tokens[k]))
        elif dep == "advcl" or (dep == "prep" and lowers[k] in CROWD_PREPS):
            crowd = True
        elif dep == "prep" and lowers[k] == "for":
            seeking = True
    words_of = {lemma, *(f"{lemma} {p}" for p in particles)}
    found = None
    if objects:
        if not words_of.isdisjoint(lists.stopping):
            found = reduced_relations(verb, lemma, onto, lists, particles)
        if found is None and (lemma in lists.hinting or not lists.possibility.isdisjoint(objects)):
            found = force_raised(verb, lemma, onto, lists)
        if found is None and not lists.agreements.isdisjoint(objects):
            found = settled(verb, lemma, onto, lists)
        if found is None and not words_of.isdisjoint(lists.confining):
            found = confined(verb, lemma, onto, lists, particles)
        if found is None and lemma in lists.leaving:
            found = resigned(verb, lemma, onto, lists)
        if found is None and not words_of.isdisjoint(words().deescalating):
            found = force_called_off(verb, lemma, onto, lists, particles)
        if found is None and not words_of.isdisjoint(lists.easing):
            found = restriction_eased(verb, lemma, onto, lists, particles)
        if found is None and not words_of.isdisjoint(lists.raising):
            found = alert_raised(verb, lemma, onto, lists, particles)
        if found is None and lemma in lists.placing:
            found = readiness_reached(verb, lemma, onto, lists)
        if found is None and not words_of.isdisjoint(lists.softening):
            found = stance_softened(verb, lemma, onto, lists, particles)
        if found is None and not words_of.isdisjoint(lists.establishing):
            found = care_set_up(verb, lemma, onto, lists, particles)
    elif lemma in lists.hinting:
        found = force_raised(verb, lemma, onto, lists)
    if found is None and seeking:
        found = help_sought(verb, lemma, onto)
    if found is None and crowd:
        found = crowd_against(verb, lemma, onto, lists)
    return found or compound_force(verb, lemma, onto, lists)


__all__ = [
    "alert_raised",
    "care_set_up",
    "compound_force",
    "confined",
    "crowd_against",
    "demand_met",
    "force_called_off",
    "force_raised",
    "help_sought",
    "meaning_frame",
    "other_verb_frame",
    "own_force_stopped",
    "readiness_reached",
    "reduced_relations",
    "resigned",
    "restriction_eased",
    "settled",
    "stance_softened",
]
