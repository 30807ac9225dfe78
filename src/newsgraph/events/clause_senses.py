"""Categories a common verb takes from its clause, not its word (session 23, issue 12;
called from ``events.senses``). The same verb names acts of different PLOVER categories
by its complement, particle or object:

* a call "on" a party with nothing asked of it is a visit (CAMEO 042, CONSULT): "the
  premier called on the president in Islamabad"; "called on X to release ..." and "called
  on X for help" stay requests;
* withdrawing from an agreement renounces it (REJECT): "pulled out of the treaty",
  "withdrew from the accord"; from talks or a summit it halts negotiations (CAMEO 164,
  SANCTION); withdrawing one's own measure (``events_withdrawn_measures.txt``: a bill, a
  proposal, charges) gives way (CONCEDE); a force leaving a place stays RETREAT;
* a state or a body blocking a measure vetoes it (REJECT): "blocked the sanctions
  package", "blocked the bill"; people blocking roads stay a protest;
* a state or a force suspending its own act of force de-escalates (CAMEO 087, RETREAT):
  "suspended its air strikes" (the ontology's "suspend" reduces relations);
* a ban on goods or trade lifted is an embargo eased (RETREAT, CAMEO 085): "lifted a ban
  on grain imports";
* relations cut, a withdrawal or a visit by a private person or a company is no act
  between parties: "the player cut ties with her coach", "the carmaker pulled out of the
  market", "the singer launched a world tour";
* a power held is no act (``events_power_nouns.txt``): "the ally holds a veto", "has a
  veto over the budget" (a veto cast or used stays REJECT);
* an act noun that names its act only with what it is of (``events_of_complement_nouns.txt``):
  "the recognition of the new government" is SUPPORT, "facial recognition" no act;
* (session 24) an alert of a hazard raised is no force readied ("raised its flood
  alert"), and a service stopped with no party named is no sanction ("trains were
  suspended across the region");
* (session 25) a call on people to unite or rise against a party rallies opposition to
  it (CAMEO 113, ACCUSE): "called on Arabs to unite against the new premier".

Each rule gives the new sense ("CATEGORY/mode") or None, read on the dependency tree.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from newsgraph import resources
from newsgraph.events.cameo_readings import POLITICAL_SECTORS
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import ACTOR_LABELS
from newsgraph.events.meaning_frames import own_force_stopped
from newsgraph.events.ontology import Ontology
from newsgraph.events.syntax import (
    actorish,
    agent_sectors,
    counted_head,
    party_noun,
    people_noun,
    prep_objects,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words

#: Particles of a request phrase that address a party ("call on", "call upon").
ADDRESS_PARTICLES = frozenset({"on", "upon"})
#: Complements that say what a party is asked to do or give.
ASKED_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
#: Prepositions of a request's matter ("called on X for help", "over the blockade").
MATTER_PREPS = ("for", "over", "about")
#: Prepositions of what is left ("withdrew from", "pulled out of").
LEFT_PREPS = ("from", "of")
#: Categories of an act noun that names an agreement reached or a meeting held.
AGREED = frozenset({"AGREE"})
MET = frozenset({"CONSULT"})
#: Dependents that own or do a noun's act ("Kessa's recognition", "recognition by Dessa").
OWNER_DEPS = frozenset({"poss", "agent"})


class _Lists(NamedTuple):
    measures: frozenset[str]
    powers: frozenset[str]
    possession: frozenset[str]
    of_complement: frozenset[str]
    private: frozenset[str]
    goods: frozenset[str]
    alert: frozenset[str]
    services: frozenset[str]
    leaving_office: frozenset[str]
    rallying: frozenset[str]


def _lists() -> _Lists:
    current = resources.current()
    lexicons = current.lexicons

    def build() -> _Lists:
        return _Lists(
            measures=lexicons.words("events_withdrawn_measures"),
            powers=lexicons.words("events_power_nouns"),
            possession=lexicons.words("events_possession_verbs"),
            of_complement=lexicons.words("events_of_complement_nouns"),
            private=lexicons.words("events_private_roles"),
            goods=lexicons.words("events_goods_nouns") | lexicons.words("events_trade_nouns"),
            alert=lexicons.words("events_alert_nouns"),
            services=lexicons.words("events_service_nouns"),
            leaving_office=lexicons.words("events_office_leaving_verbs"),
            rallying=lexicons.words("events_rallying_verbs"),
        )

    return current.load("events.clause_senses", build)


def _a_party(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS or party_noun(token) or people_noun(token)


def visit_call(cand: Candidate) -> bool:
    """ "The premier called on the president in Islamabad": a request phrase whose
    particle addresses a party ("call on") with nothing asked (no clause, no "for" or
    "over" matter) is a visit to that party."""
    entry = cand.entry
    if (
        cand.nominal
        or entry.category != "REQUEST"
        or not entry.words
        or entry.words[0] not in ADDRESS_PARTICLES
    ):
        return False
    verb = cand.token
    if any(c.dep_ in ASKED_DEPS for c in verb.children) or prep_objects(verb, MATTER_PREPS):
        return False
    # "on Monday" is a date, not a party called on
    addressed = [
        t for _p, t in prep_objects(verb, tuple(ADDRESS_PARTICLES)) if t.ent_type_ not in ("DATE", "TIME")
    ]
    if not addressed:
        return False
    for party in addressed:
        # "called on Israel to release ...": the parser may hang the clause on the party
        if not _a_party(party) or any(c.dep_ in ("acl", "relcl") for c in party.children):
            return False
        if prep_objects(party, MATTER_PREPS):
            return False
    return True


def withdrawal_sense(cand: Candidate, onto: Ontology) -> str | None:
    """What a withdrawal is by what is left or taken back: an agreement renounced
    (REJECT), talks or a summit left (SANCTION, CAMEO 164), one's own measure taken back
    (CONCEDE); None for a place or a force ("withdrew from the town", "pulled back its
    troops")."""
    if cand.nominal or cand.entry.category != "RETREAT" or cand.entry.mode != "withdraw":
        return None
    verb = cand.token
    left = [t for _p, t in prep_objects(verb, LEFT_PREPS)]
    # "pulled out of the treaty": the parser hangs "of" on the particle "out"
    for child in verb.children:
        if child.dep_ in ("prt", "advmod", "prep") and child.lower_ == "out":
            left += [t for _p, t in prep_objects(child, LEFT_PREPS)]
    for noun in left:
        categories = {e.category for e in onto.nouns.get(lemma_of(noun), ())}
        if categories & AGREED:
            return "REJECT"
        if categories & MET:
            return "SANCTION/withdraw"
    lists = _lists()
    objects = [counted_head(c, onto.quantity_nouns) for c in verb.children if c.dep_ == "dobj"]
    if objects and all(_a_measure(o, lists) for o in objects):
        return "CONCEDE"
    return None


def objects_acted_on(cand: Candidate) -> set[int]:
    """The act nouns a re-coded verb acts on, not acts of their own: the agreement or the
    talks left ("pulled out of the treaty"), the acts a blocked package holds ("blocked
    the sanctions package")."""
    verb = cand.token
    found = {t.i for _p, t in prep_objects(verb, LEFT_PREPS)}
    for child in verb.children:
        if child.dep_ in ("prt", "advmod", "prep") and child.lower_ == "out":
            found |= {t.i for _p, t in prep_objects(child, LEFT_PREPS)}
        if child.dep_ == "dobj":
            found.add(child.i)
            found |= {c.i for c in child.children if c.dep_ in ("compound", "amod")}
    return found


def force_suspended(cand: Candidate, onto: Ontology) -> bool:
    """ "Kessa suspended its air strikes": a verb the ontology codes as reducing relations
    (``events_deescalating_verbs.txt`` names it too) whose object is the subject's own act
    of force de-escalates (CAMEO 087, RETREAT), as "called off its offensive" does."""
    if cand.nominal or cand.entry.category != "SANCTION":
        return False
    verb = cand.token
    return lemma_of(verb) in words().deescalating and own_force_stopped(verb, onto)


def trade_ban_eased(cand: Candidate, onto: Ontology) -> bool:
    """ "Serbia lifted a ban on goods from Kosovo", "eased restrictions on grain exports": a
    ban on goods or trade (``events_goods_nouns.txt``) is an embargo, and easing one is
    RETREAT (CAMEO 085), as lifting sanctions is; restrictions on people or freedoms stay
    CONCEDE (081)."""
    if cand.nominal or cand.entry.category != "CONCEDE" or cand.entry.words:
        return False
    verb = cand.token
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    goods = _lists().goods
    for obj in objects:
        if not any(e.category == "COERCE" and e.mode == "ban" for e in onto.nouns.get(lemma_of(obj), ())):
            return False
        # the parser may hang "on grain imports" on the verb
        ons = prep_objects(obj, ("on",)) or prep_objects(verb, ("on",))
        banned = [counted_head(t, onto.quantity_nouns) for _p, t in ons]
        if not banned or not all(lemma_of(t) in goods or t.lower_ in goods for t in banned):
            return False
    return True


#: The words of relations a party cuts ("cut ties", "broke off relations").
RELATIONS = frozenset({"tie", "ties", "relation", "relations"})


def private_act(cand: Candidate) -> bool:
    """ "The tennis player cut ties with her coach", "the carmaker pulled out of the Dessan
    market", "the singer launched a world tour": relations cut, a withdrawal or a visit by
    people by a private role (``events_private_roles.txt``) or by companies named by their
    kind (``entities_company_kind_nouns.txt``) is no act between political parties (a
    visit paid to a political party stays one: "the hostages' families visited the
    president")."""
    entry = cand.entry
    if entry.category == "SANCTION" and not cand.nominal:
        said = set(entry.words) | {lemma_of(c) for c in cand.token.children if c.dep_ == "dobj"}
        if said.isdisjoint(RELATIONS):
            return False
    elif entry.category == "CONSULT" and entry.mode == "visit":
        if any(t.ent_type_ in ("PERSON", "ORG", "NORP") or _political(t) for t in cand.target_tokens):
            return False
    elif not (entry.category == "RETREAT" and entry.mode == "withdraw"):
        return False
    return bool(cand.actor_tokens) and all(_private(t) for t in cand.actor_tokens)


def company_officer_left(cand: Candidate) -> bool:
    """ "The airline's chief executive retired", "the bank's chairman resigned": an officer
    of a company named by its kind (``entities_company_kind_nouns.txt``, the officer's
    owner or modifier) leaving office (``events_office_leaving_verbs.txt``) is company
    news, no act between political parties ("the party's chairman resigned", "the
    interior minister resigned" stay)."""
    lists = _lists()
    if cand.nominal or not {cand.lemma, lemma_of(cand.token)} & lists.leaving_office:
        return False
    actors = cand.actor_tokens
    return bool(actors) and all(
        t.pos_ == "NOUN"
        and any(
            c.dep_ in ("poss", "compound")
            and c.pos_ == "NOUN"
            and lemma_of(c) in words().company_kinds
            and not _political(c)  # "the central bank's governor" is a state's officer
            for c in t.children
        )
        for t in actors
    )


def _political(token: Token) -> bool:
    return bool(agent_sectors(token) & POLITICAL_SECTORS)


def _private(token: Token) -> bool:
    """A company by its kind or a person by a private role (``events_private_roles.txt``),
    not named. A role the CAMEO agents leave without a sector is no private one ("the
    emir", "the negotiators"): only the listed roles are."""
    if token.pos_ != "NOUN" or token.ent_type_ or _political(token):
        return False
    lists = _lists()
    return lemma_of(token) in words().company_kinds or lemma_of(token) in lists.private


def _a_measure(noun: Token, lists: _Lists) -> bool:
    return noun.pos_ == "NOUN" and (lemma_of(noun) in lists.measures or noun.lower_ in lists.measures)


def measure_blocked(cand: Candidate, onto: Ontology) -> bool:
    """ "Hungary blocked the sanctions package", "the senate blocked the bill": a state or
    a body stopping a measure (``events_withdrawn_measures.txt``) or a package of acts
    vetoes it (REJECT), where the verb names an obstruction."""
    if cand.nominal or cand.entry.category != "PROTEST" or cand.entry.mode != "obstruct":
        return False
    verb = cand.token
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    lists = _lists()
    for obj in objects:
        acts = any(c.dep_ in ("compound", "amod") and lemma_of(c) in onto.nouns for c in obj.children)
        if not (_a_measure(obj, lists) or (acts and lemma_of(obj) in onto.carrier_nouns)):
            return False
    subjects, passive = subject_of(verb)
    return (
        bool(subjects)
        and not passive
        and all(t.ent_type_ in ACTOR_LABELS or (party_noun(t) and not people_noun(t)) for t in subjects)
    )


def alert_of_another_kind(cand: Candidate) -> bool:
    """ "The city raised its flood alert", "police raised the terror alert": a phrase of
    readiness raised ("raise alert", "put on alert") whose readiness noun
    (``events_alert_nouns.txt``) a noun names as an alert of something else (a hazard, a
    kind of threat) warns the public; it mobilises no force ("raised its alert level",
    "put troops on high alert" stay MOBILIZE)."""
    lists = _lists()
    if cand.nominal or not cand.entry.words or not lists.alert.intersection(cand.entry.words):
        return False
    held = [c for c in cand.token.children if c.dep_ in ("dobj", "prep")]
    held += [g for c in held if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    alerts = [t for t in held if lemma_of(t) in lists.alert]
    return bool(alerts) and all(
        any(
            c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and lemma_of(c) not in lists.alert
            for c in t.children
        )
        for t in alerts
    )


def nobody_cut_off(cand: Candidate, onto: Ontology) -> bool:
    """ "Trains were suspended across the region", "bus routes were cut": a verb of
    reducing relations (SANCTION) in a passive with no doer, whose subject is a public
    service or a means of transport (``events_service_nouns.txt``) and which names no
    party on either side (an owner, "to Moscow", "with Dessa") tells of a service
    stopped, no act between parties ("flights to Moscow were suspended", "Kessa's
    membership was suspended", "imports of beef were halted" stay)."""
    token = cand.token
    if cand.nominal or cand.entry.category != "SANCTION" or cand.actor_tokens:
        return False
    children = list(token.children)
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    if not subjects or any(c.dep_ == "agent" for c in children):
        return False
    services = _lists().services
    if not all(lemma_of(t) in services or t.pos_ == "NUM" for t in subjects):
        return False  # (a bare number counts: "400,000 were still cut off", homes or people)
    owners = [c for t in subjects for c in t.children if c.dep_ in ("poss", "compound", "amod")]
    around = owners + [t for holder in (token, *subjects) for _p, t in prep_objects(holder, PARTY_PREPS)]
    return not any(_a_party(t) or actorish(t) or lemma_of(t) in onto.nouns for t in around)


#: Prepositions that name the party on the other side of a relation cut ("to", "with").
PARTY_PREPS = ("to", "with", "from", "between", "for", "of")


def power_held(cand: Candidate) -> bool:
    """ "The ally holds a veto over the budget": a power (``events_power_nouns.txt``) that
    is the object of a verb of having (``events_possession_verbs.txt``) is a standing,
    not an act ("used its veto", "vetoed the bill" stay REJECT)."""
    if not cand.nominal:
        return False
    noun = cand.token
    lists = _lists()
    if lemma_of(noun) not in lists.powers and noun.lower_ not in lists.powers:
        return False
    return noun.dep_ == "dobj" and lemma_of(noun.head) in lists.possession


def nothing_of(cand: Candidate) -> bool:
    """ "facial recognition", "voice recognition software": a noun that names its act only
    with what the act is of (``events_of_complement_nouns.txt``: "recognition of the new
    government", "Kessa's recognition by Dessa") names none without it."""
    if not cand.nominal:
        return False
    noun = cand.token
    lists = _lists()
    if lemma_of(noun) not in lists.of_complement and noun.lower_ not in lists.of_complement:
        return False
    if any(c.dep_ in OWNER_DEPS for c in noun.children):
        return False
    if prep_objects(noun, ("of", "by", "from")):
        return False
    # the parser may hang "of" on the verb that carries the noun ("won recognition of ...")
    head = noun.head
    return not (noun.dep_ in ("dobj", "nsubjpass") and prep_objects(head, ("of",)))


def opposition_rallied(cand: Candidate) -> list[Token] | None:
    """The parties a call rallies opposition against: "called on Arabs to unite and
    mobilize against the new premier", "urged citizens to rise up against the junta" (CAMEO
    113, "rally opposition against", ACCUSE in the CAMEO2PLOVER table). A request whose
    asked act is a verb of joining together or rising (``events_rallying_verbs.txt``) with
    an "against" party; None when the call asks anything else ("to unite behind the
    candidate", "to rally against the virus" names no party)."""
    if cand.nominal or cand.entry.category != "REQUEST":
        return None
    rallying = _lists().rallying
    asked = [c for c in cand.token.children if c.dep_ in ASKED_DEPS]
    # "called on X to unite ...": the parser may hang the asked clause on the party called on
    addressed = [t for _p, t in prep_objects(cand.token, tuple(ADDRESS_PARTICLES))]
    asked += [g for t in addressed for g in t.children if g.dep_ in ASKED_DEPS]
    parties = [
        t
        for clause in asked
        for verb in (clause, *clause.conjuncts)
        if verb.pos_ == "VERB" and lemma_of(verb) in rallying
        for _p, t in prep_objects(verb, ("against",))
        if _a_party(t)
    ]
    return parties or None


__all__ = [
    "force_suspended",
    "measure_blocked",
    "nothing_of",
    "objects_acted_on",
    "opposition_rallied",
    "power_held",
    "private_act",
    "trade_ban_eased",
    "visit_call",
    "withdrawal_sense",
]

