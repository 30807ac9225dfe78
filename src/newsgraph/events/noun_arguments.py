"""Step 2 of the events pass, for an act named by a noun: its parties and place.

"the U.S. military withdrawal", "the agreement between X and Y", "held talks with Y",
"took part in the protest", "blamed Hamas for the attack": a nominal trigger's actors
and targets come from its own phrase (possessives, name and agent modifiers,
between/by/from/with phrases), then from the verb that carries it (light verbs, the
participation frames of ``events_participation_frames.tsv``, a judging verb's "for"
act), then from a headline's subject; the clause around the noun is read in
``noun_carriers``. ``arguments`` calls :func:`noun_arguments` for each nominal trigger
and ``verb_arguments`` reads :func:`place_from` for verbs too.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.cameo import get_cameo_actors, split_code
from newsgraph.docindex import doc_index
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import (
    ACTOR_LABELS,
    NOUN_MODS,
    ON_TARGETS,
    PLACE_LABELS,
    PLACE_PREPS,
    SYMMETRIC,
    TARGET_PREPS,
)
from newsgraph.events.noun_carriers import (
    ADJUNCT_PREPS,
    attributed,
    carrier_verb_parties,
    names_or_cancels,
    participants,
    weak_party,
)
from newsgraph.events.ontology import Entry, Ontology
from newsgraph.events.participant_classes import positively_of
from newsgraph.events.syntax import (
    actorish,
    agent_of,
    conjuncts,
    counted_people,
    direct_object,
    group_noun,
    non_actor,
    noun_owner,
    party_noun,
    prep_objects,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words


def noun_arguments(cand: Candidate, onto: Ontology) -> None:
    """Parties and place of a nominal trigger: from the noun's own modifiers and phrases,
    then from the verb that carries it, then whom an expressed attitude is about."""
    noun = cand.token
    carrier = _carrier_of(noun)
    actors, targets = _noun_phrase_parties(noun, carrier, cand.entry.category)
    actors, targets = _third_party(noun, actors, targets)
    undergoing = _undergoing_owners(noun, cand.entry, actors)
    if undergoing:
        actors = [a for a in actors if a not in undergoing]
        targets = [*targets, *undergoing]
    targets += _of_patients(noun, cand.entry, actors, targets, onto)
    targets += _misattached_targets(noun, cand.entry, targets, onto)
    if cand.entry.mode == WANTED_MODE:
        # "an arrest warrant for the rebel commander": whom the warrant is for is wanted
        # (the parser may hang the "for" on the verb that issues it)
        holders = [noun, carrier.head] if carrier.dep_ == "dobj" else [noun]
        targets += [t for h in holders for _p, t in prep_objects(h, ("for",)) if actorish(t) or party_noun(t)]
    carried, targets = carrier_verb_parties(carrier, onto, actors, targets, cand.entry.category)
    # "Amnesty called for his release": who asks is not who would release him
    actors = actors if undergoing else carried
    by_agents = _by_agents(noun)
    if by_agents and not any(t in by_agents for t in actors):
        # "the ministry announced the arrest of X by state security agents": the act's own
        # agent, not the subject of the verb that tells of it
        actors = by_agents
    if not undergoing and (not actors or all(weak_party(a, noun) for a in actors)):
        # "Amnesty called for his release" names no one who would release him, and
        # "went ahead with its strike": a possessive pronoun on the act is the frame's
        # party; "claimed responsibility for the Kabul bombing": a place name on the act
        # says where, when the frame names who
        actors = participants(carrier) or attributed(carrier) or actors
    if not actors:
        actors = _headline_subject(noun, onto)
    if not actors and cand.entry.category in MUTUAL:
        actors, targets = _adjunct_mutual_act(noun, cand.entry.category, targets)
    if not actors and cand.entry.category in SYMMETRIC:
        actors = _means_of_the_clause(carrier, onto)
    if not actors and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "Comey's announcement of a new inquiry": the announcer's inquiry
        announcing = noun.head.head
        if announcing.pos_ == "NOUN" and lemma_of(announcing) in words().announcing_nouns:
            actors = noun_owner(announcing)
    if lemma_of(noun) in onto.expressed_nouns:
        # "expressed hope that his administration would ...": whom the hope is about.
        for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp")):
            targets += [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
        if not targets:
            # "voiced concern over Chinese drills", "expressed alarm at the arrests by
            # police": what the attitude is about, or the party that owns it
            for _p, about in prep_objects(noun, ("over", "about", "at")):
                if actorish(about):
                    targets.append(about)
                else:
                    targets += [
                        c
                        for c in about.children
                        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ACTOR_LABELS
                    ]
    # (a date the parser hung on the noun, "on Monday", names no one)
    if all(non_actor(t) for t in targets) and cand.entry.category in COMMITTED_CATEGORIES:
        targets += _aims_of_the_infinitive(noun)
    if all(non_actor(t) for t in targets) and cand.entry.category == "ACCUSE":
        targets += _looked_into(noun, carrier)
    cand.actor_tokens = actors
    cand.target_tokens = targets
    cand.place_token = _noun_place(noun, carrier, onto, actors, targets)


#: Acts a noun with a to-infinitive names as a commitment to do something ("Moscow's
#: threat to cut gas to Dessa", "Kessa's refusal to ratify Orra's membership", "the
#: decision to cut aid to the army"); not talks, whose matter names no party.
COMMITTED_CATEGORIES = frozenset(
    {"THREATEN", "REJECT", "AGREE", "SANCTION", "RETREAT", "AID", "CONCEDE", "COOPERATE"}
)


def _looked_into(noun: Token, carrier: Token) -> list[Token]:
    """ "opened an inquiry into the mayor", "an investigation was opened into the
    minister's dealings", "an investigation into allegations that the minister took
    bribes": whom an inquiry looks into, named, owning what is looked into, or told as
    the subject of the allegation looked into (the parser may hang the "into" on the verb
    that opens it)."""
    holders = [noun]
    if carrier.dep_ in ("dobj", "nsubjpass") and carrier.head.pos_ in ("VERB", "AUX"):
        holders.append(carrier.head)
    out: list[Token] = []
    for _p, looked in (pair for h in holders for pair in prep_objects(h, ("into",))):
        if actorish(looked) or party_noun(looked):
            out.append(looked)
            continue
        owners = [c for c in looked.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        for clause in looked.children:
            told = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            if clause.dep_ in ("acl", "ccomp") and told:
                owners += subject_of(clause)[0]
        out += [t for t in owners if actorish(t) or party_noun(t)]
    return out


def _aims_of_the_infinitive(noun: Token) -> list[Token]:
    """ "Moscow's threat to cut gas supplies to Moldova": whom the act the noun commits
    to is aimed at (its "to/against/with/on" party) or what it acts on (its object, whose
    owner ``refine_targets`` then takes: "refusal to ratify Sweden's membership")."""
    out: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "acl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.lefts):
            continue
        aimed = [t for _p, t in prep_objects(clause, TARGET_PREPS) if actorish(t) or party_noun(t)]
        obj = direct_object(clause)
        if obj is not None and any(t.is_quote for t in obj.subtree):
            obj = None  # "his refusal to use the words 'Islamic terrorism'": a term, no party
        out += aimed + ([t for t in conjuncts(obj) if not non_actor(t)] if obj is not None else [])
    return out


def _carrier_of(noun: Token) -> Token:
    """The phrase that sits in the clause: "a mediation effort" for "mediation", "tons of
    food aid" for "aid"."""
    carrier = noun.head if noun.dep_ == "compound" else noun
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.head.dep_ in ("dobj", "attr"):
        carrier = carrier.head.head
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "in" and carrier.head.dep_ == "prep":
        # "gave 200 million dollars in aid": the sum the verb gives is the act's carrier
        # (the parser hangs the "in" on the sum or on the verb)
        holder = carrier.head.head
        sums = [holder] if holder.dep_ == "dobj" else list(holder.children)
        sums = [c for c in sums if c.dep_ == "dobj" and c.ent_type_ == "MONEY"]
        carrier = sums[0] if sums else carrier
    return carrier


def _noun_phrase_parties(noun: Token, carrier: Token, category: str) -> tuple[list[Token], list[Token]]:
    """Actors and targets named inside the noun phrase: "between X and Y", possessives and
    name modifiers ("the U.S. withdrawal"), and by/from/with/on/of/to phrases."""
    head = carrier.head
    between = [t for _p, t in prep_objects(noun, ("between", "among"))]
    if carrier.i != noun.i:
        between += [t for _p, t in prep_objects(carrier, ("between", "among"))]
        if head.pos_ in ("VERB", "AUX"):
            between += [t for _p, t in prep_objects(head, ("between",))]
    elif (
        (carrier.dep_ == "nsubj" or (carrier.dep_ == "nsubjpass" and category in MUTUAL))
        and head.pos_ in ("VERB", "AUX")
        and not between
    ):
        # "Fighting broke out between the army and rebels", "clashes erupted between
        # police and protesters", "talks were held between Kenya and Somalia" (a
        # mutual act; "aid was divided between the towns" is no party): the parser
        # hangs the parties on the subject's verb.
        between += [t for _p, t in prep_objects(head, ("between",))]
    actors: list[Token] = list(between)
    targets: list[Token] = []
    if not between:
        for child in noun.children:
            if category == "PROTEST" and child.dep_ != "poss" and child.ent_type_ == "GPE":
                continue  # "the New York protest", "the Paris rallies": where, not who
            if child.dep_ == "poss" and non_actor(child):
                continue  # "Saturday's bombing", "last week's visit": when, not who
            if category == "CONSULT" and child.dep_ == "compound" and venue_city(child):
                continue  # "at the Dakar summit", "the Geneva talks": where, not who
            if child.dep_ == "poss" or _named_modifier(child):
                actors.extend(conjuncts(child))
            elif child.dep_ == "compound" and not child.ent_type_:
                # "US Predator attacks": the name modifies the modifier.
                named = [g for g in child.children if g.dep_ == "compound" and _named_modifier(g)]
                actors.extend(named)
                if not named and _doer_modifier(child, category):
                    actors.append(child)  # "rebel attacks", "police raids", "student protests"
            elif child.dep_ == "amod" and not child.ent_type_ and _doer_modifier(child, category):
                actors.append(child)  # "a rebel ambush": the tagger reads the agent noun as an adjective
    if not actors:
        # "the offensive, launched by the army in May", "sanctions imposed by the US": the
        # agent of a light verb's participle (or passive relative clause) on the act noun
        # does the act
        light = words().light_verbs
        convening = words().convening_verbs
        for child in noun.rights:
            participle = child.dep_ == "acl" and child.tag_ == "VBN"
            # "the talks, which were hosted by Oman": a passive relative clause alike
            if not participle and not (child.dep_ == "relcl" and subject_of(child)[1]):
                continue
            lemma = lemma_of(child)
            if lemma in light:
                actors.extend(agent_of(child))
            elif lemma in convening and not names_or_cancels(child):
                actors.extend(agent_of(child))  # "the strike, called by the transport union"
            elif lemma in OWNING_UP and category in FORCE_ACTS:
                # "the attack, which was claimed by a militant group": a party owning it
                actors.extend(t for t in agent_of(child) if actorish(t) or party_noun(t))
        if not actors:
            actors, targets = _relative_light_verb(noun, light | convening, category)
    phrases = prep_objects(noun, ("by", "from", "with", "against", "on", "upon", "to", "for", "of"))
    if not any(p == "by" for p, _t in phrases):
        phrases += [("by", agent) for agent in _stranded_by_agents(noun)]
    # "the withdrawal of US troops", "the resignation of the minister": an act noun whose
    # verb takes no object has its doer in the "of" phrase, when nothing else names one
    by_agent = any(p == "by" for p, _t in phrases)
    doer_of = not actors and not by_agent and lemma_of(noun) in words().intransitive_act_nouns
    for prep, pobj in phrases:
        if prep == "of" and doer_of:
            # "the withdrawal of its troops", "of Russia's forces": an owner withdraws them
            if not any(c.dep_ == "poss" for c in pobj.children) and (actorish(pobj) or party_noun(pobj)):
                actors.extend(conjuncts(pobj))
        elif prep == "by":
            actors.append(pobj)
        elif prep == "from":
            if category == "RETREAT":
                targets.append(pobj)
            elif category in ("ACCUSE", "REQUEST", "SUPPORT", "AID", "THREATEN", "REJECT"):
                actors.append(pobj)  # "criticism from X", "aid from X"; not "tariffs on goods from X"
        elif prep in ("on", "upon") and category not in ON_TARGETS:
            continue
        elif prep == "with" and (
            category in SYMMETRIC
            or (category in WITH_PARTY_CATEGORIES and (actorish(pobj) or party_noun(pobj)))
        ):
            targets.append(pobj)  # "a complaint with the embassy", "clashes with police"
        elif prep == "of":
            if category == "MOBILIZE" and not actors and group_noun(pobj):
                actors.append(pobj)  # "the deployment of NATO troops": the forces deploy
            elif category in ("ASSAULT", "COERCE", "ACCUSE", "SUPPORT", "RETREAT", "SANCTION") and (
                pobj.ent_type_ in ACTOR_LABELS or pobj.pos_ in ("PROPN", "PRON")
            ):
                targets.append(pobj)
        elif prep == "for" and category not in ("SUPPORT", "AID", "REQUEST"):
            continue  # "led the talks for the government": on whose behalf, not with whom
        elif (prep == "to" and pobj.ent_type_ in PLACE_LABELS and category == "CONSULT") or prep != "with":
            targets.append(pobj)
    if category == "PROTEST":
        targets += _protested_measures(noun)
    return actors, targets


def _protested_measures(noun: Token) -> list[Token]:
    """ "in protest of the government's decision", "a protest at the university's plan":
    a protest noun's "of"/"at"/"over" object owned by a party is the measure protested,
    and it (its owner) is what the protest is aimed at. Not people ("a protest of 5,000
    students" are its actors) and not an owner-less thing ("a protest over pay")."""
    out = []
    for _p, pobj in prep_objects(noun, ("of", "at", "over")):
        if actorish(pobj) or party_noun(pobj):
            continue
        if any(c.dep_ == "poss" and (actorish(c) or party_noun(c)) for c in pobj.children):
            out.append(pobj)
    return out


#: Acts whose noun's "with" party is the other side, not a companion ("lodged a complaint
#: with the embassy", "clashes with police", "a ceasefire with the rebels", "cut ties with
#: X"); a protest's "with" party marches along, an attack's "with" thing is the weapon.
WITH_PARTY_CATEGORIES = frozenset({"ACCUSE", "ASSAULT", "RETREAT", "SANCTION"})


#: Relative pronouns that can be a relative clause's object ("the deal that Iran reached").
RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})


def _stranded_by_agents(noun: Token) -> list[Token]:
    """ "the arrest of three activists by state security agents": the parser hangs the
    act's "by" agent on its "of" object; a party there is the act's doer."""
    return [
        agent
        for _p, pobj in prep_objects(noun, ("of",))
        for _q, agent in prep_objects(pobj, ("by",))
        if actorish(agent) or party_noun(agent)
    ]


def _by_agents(noun: Token) -> list[Token]:
    """The parties a "by" phrase names as the act's doer, on the noun or its "of" object."""
    own = [t for _p, t in prep_objects(noun, ("by",)) if actorish(t) or party_noun(t)]
    return own or _stranded_by_agents(noun)


def _relative_light_verb(
    noun: Token, light: frozenset[str], category: str
) -> tuple[list[Token], list[Token]]:
    """ "The agreement, which Egypt and Israel signed in 1979, ...", "the deal that Iran
    reached with world powers", "the talks that Oman hosted": a light or convening verb
    in a relative clause whose object is the act noun's relative pronoun says who did
    the act (its active subject) and, for an
    act done with or on someone, with whom (its "with" or "on/against" party)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or lemma_of(clause) not in light or names_or_cancels(clause):
            continue  # "the deal that critics called a betrayal" names it
        if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS for c in clause.children):
            continue
        subj, passive = subject_of(clause)
        if passive or not subj:
            continue
        preps: tuple[str, ...] = ()
        if category in SYMMETRIC:
            preps = ("with",)
        elif category in ON_TARGETS:
            preps = ("on", "upon", "against")
        return list(subj), [t for _p, t in prep_objects(clause, preps)]
    return [], []


def _third_party(noun: Token, actors: list[Token], targets: list[Token]) -> tuple[list[Token], list[Token]]:
    """ "Egypt's mediation between the warring factions", "mediation by the church between
    the rivals": a third party's act done between two others is the named doer's, and
    the "between" parties are whom it is done for. Without a doer the reading stays."""
    if lemma_of(noun) not in words().third_party_nouns:
        return actors, targets
    between = [t for _p, t in prep_objects(noun, ("between", "among"))]
    doers = [t for c in noun.children if c.dep_ == "poss" or _named_modifier(c) for t in conjuncts(c)]
    doers += [t for _p, t in prep_objects(noun, ("by",))]
    if not between or not doers:
        return actors, targets
    return doers, [*targets, *(t for t in between if t not in targets)]


#: The mode of an arrest, whose noun's "for" party is the one wanted ("a warrant for X").
WANTED_MODE = "arrest"
#: Acts whose noun's "of" object is whom the act is done to, whoever does it ("the
#: bombing of the embassy", "the arrest of activists", "the expulsion of diplomats").
PATIENT_OF_CATEGORIES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
#: Modes of other categories whose noun's "of" object is whom the act is done to ("the
#: release of 12 activists"; "the withdrawal of troops" is the troops' own act).
PATIENT_OF_MODES = frozenset({"RETREAT/release"})
#: Acts whose "of" object is the patient only beside a doer named in the phrase ("the
#: rebels' withdrawal of troops" but "the withdrawal of troops": the troops withdraw;
#: "Ethiopia's recognition of the region", "with the support of the farmers").
OWNED_PATIENT_OF_CATEGORIES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "THREATEN"})
#: Classes a participant must positively belong to where the category's target side
#: has no constraint of its own: a party or a place.
DEFAULT_PATIENT_CLASSES = frozenset({"agent", "place"})


#: Modes whose act noun, owned by a person and with no "of" object, is something done to
#: that person: "his arrest", "her detention", "their release", "his pardon".
UNDERGONE_MODES = frozenset({"COERCE/arrest", "RETREAT/release"})
#: Possessive pronouns of people (the owner of "its release" may be a body that releases).
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their"})


def _undergoing_owners(noun: Token, entry: Entry, actors: list[Token]) -> list[Token]:
    """ "Amnesty called for his immediate release", "before his arrest": a person who owns
    an arrest or a release undergoes it; only "Hamas's release of hostages", with an "of"
    object, or a body's ("the army's arrest") is done by the owner."""
    if f"{entry.category}/{entry.mode}" not in UNDERGONE_MODES or prep_objects(noun, ("of",)):
        return []
    return [
        a
        for a in actors
        if a.dep_ == "poss"
        and a.head.i == noun.i
        and (a.lower_ in _PERSONAL_POSSESSIVES or a.ent_type_ == "PERSON")
    ]


def _of_patients(
    noun: Token, entry: Entry, actors: list[Token], targets: list[Token], onto: Ontology
) -> list[Token]:
    """The common-noun "of" object of a transitive act noun as its target ("Russia's
    invasion of its neighbour", "police arrests of opposition activists"), when the
    phrase is a party or place of a class the category's target side allows: a word no
    list knows is left out (precision first), and names are taken already."""
    category = entry.category
    transitive = category in PATIENT_OF_CATEGORIES or f"{category}/{entry.mode}" in PATIENT_OF_MODES
    if not transitive and (category not in OWNED_PATIENT_OF_CATEGORIES or not actors):
        return []
    rule = onto.constraint_for(category, entry.mode)
    allowed = rule.target if rule is not None and rule.target else DEFAULT_PATIENT_CLASSES
    taken = {t.i for t in [*actors, *targets]}
    out: list[Token] = []
    for _prep, pobj in prep_objects(noun, ("of",)):
        for part in conjuncts(pobj):
            if part.i in taken or part.pos_ != "NOUN" or lemma_of(part) in onto.nouns:
                continue
            if positively_of(part, allowed, category, onto):
                out.append(part)
    return out


def _misattached_targets(noun: Token, entry: Entry, targets: list[Token], onto: Ontology) -> list[Token]:
    """ "an assault by gunmen on a wedding party": the parser hangs the act's "on" or
    "against" phrase on the "by" agent before it, or on a verb of telling or witnessing
    whose object the act is. Taken as the act's target only when the
    noun has none and the phrase is a party or place of a class the category's target side
    allows ("gunmen on motorcycles" rode them: a vehicle is no such class)."""
    category = entry.category
    if targets or category not in ON_TARGETS:
        return []
    rule = onto.constraint_for(category, entry.mode)
    allowed = rule.target if rule is not None and rule.target else DEFAULT_PATIENT_CLASSES
    hosts = [agent for _p, agent in prep_objects(noun, ("by",))]
    verb = noun.head
    if noun.dep_ == "dobj" and lemma_of(verb) in words().witness_verbs:
        hosts.append(verb)  # "described an assault by gunmen on a village"
    out: list[Token] = []
    for host in hosts:
        for _q, pobj in prep_objects(host, ("on", "upon", "against")):
            if actorish(pobj) or (pobj.pos_ == "NOUN" and positively_of(pobj, allowed, category, onto)):
                out.append(pobj)
    return out


#: Acts two sides do together, or against each other: a "with" party is the other side.
MUTUAL = SYMMETRIC | {"ASSAULT"}


def _adjunct_governor(noun: Token) -> Token | None:
    """The verb of the clause an act noun is an adjunct of ("recaptured the town after
    days of fighting with rebels", "was reached after months of negotiations between
    ..."), looking through a span of time ("days of", "months of")."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        span = node.head.head
        if not non_actor(span):
            return None
        node = span
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ADJUNCT_PREPS:
        return None
    verb = node.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _adjunct_mutual_act(noun: Token, category: str, targets: list[Token]) -> tuple[list[Token], list[Token]]:
    """ "Government troops recaptured the town after days of fighting with rebels": an act
    two sides do, named with its other side ("with") in an adjunct of a clause, is done
    by that clause's subject. Without a "with" party nobody is named ("the police
    arrived after the fighting")."""
    others = [t for _p, t in prep_objects(noun, ("with",)) if actorish(t) or party_noun(t)]
    verb = _adjunct_governor(noun) if others else None
    if verb is None:
        return [], targets
    subj, passive = subject_of(verb)
    if passive:
        return [], targets
    doers = [t for t in subj if (actorish(t) or party_noun(t)) and t not in others]
    if doers and category == "ASSAULT":
        targets = [*targets, *(t for t in others if t not in targets)]
    return doers, targets


#: Prepositions of a clause's means ("ended the dispute with a deal", "responded with
#: air strikes", "settled it through talks").
MEANS_PREPS = frozenset({"with", "through"})


def _means_of_the_clause(carrier: Token, onto: Ontology) -> list[Token]:
    """ "Kenya and Uganda ended their dispute with a deal signed in Kampala", "settled the
    row through talks": a settlement (a mutual act) with no party of its own that is the
    means of an active clause ("with", "through" on the verb) is the act of that clause's
    subject. Other acts are left out: in running news text "responded with attacks on
    Machado", "interrupted with protests" are words, not force or demonstrations. Not
    after a verb that undergoes ("met with protests", "faced with"), a passive one ("was
    hit with sanctions"), one that denies, or one with a party as object ("credited the
    envoy with the deal")."""
    if carrier.dep_ != "pobj" or carrier.head.dep_ != "prep" or carrier.head.lower_ not in MEANS_PREPS:
        return []
    verb = carrier.head.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # the parser hangs the means on the object ("ended their dispute with a deal")
    if verb.pos_ != "VERB" or lemma_of(verb) in onto.reverse_verbs:
        return []
    if lemma_of(verb) in words().negating_governors or any(c.dep_ == "neg" for c in verb.children):
        return []  # "denied any link with the attack"
    obj = direct_object(verb)
    if obj is not None and (actorish(obj) or party_noun(obj)):
        return []  # "credited the envoy with the deal": the act is laid on the object
    subj, passive = subject_of(verb)
    if passive:
        return []
    return [t for t in subj if actorish(t) or party_noun(t)]


def _noun_place(
    noun: Token, carrier: Token, onto: Ontology, actors: list[Token], targets: list[Token]
) -> Token | None:
    """Where a nominal event happened: a place phrase on the noun, else on its light verb,
    else a place-name modifier."""
    head = carrier.head
    places: list[Token] = []
    place_from(noun, places)
    places = [p for p in places if p not in targets]
    carried = carrier.dep_ in ("dobj", "attr") and head.pos_ == "VERB"
    if not places and carried and lemma_of(head) in onto.light_verbs:
        place_from(head, places)
    # A place-name modifier ("the Doha agreement") is where, not who, once actors are known.
    for child in noun.children:
        if child.dep_ in NOUN_MODS and child.ent_type_ in PLACE_LABELS and child not in actors:
            places.append(child)
        elif child.dep_ == "compound" and child not in actors and venue_city(child):
            places.append(child)  # "the Dakar summit" (the tagger may not know the city)
    return places[0] if places else None


def _headline_subject(noun: Token, onto: Ontology) -> list[Token]:
    """ "Dock union orders walkout": a headline (no final stop, no verb) the parser reads
    as one compound noun. A plural-looking modifier of the act noun whose lemma is a verb
    of command or an ontology verb is the headline's verb ("orders", "calls"), and the
    noun it modifies in turn is its subject. A plural number right before the act noun
    ("Thousands rally in Belgrade") is the people doing it."""
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
        return []
    index = doc_index(noun.doc)
    sent = index.sentence_of(noun)
    if sent is None:
        return []
    pos = index.column("pos_")
    if pos[sent.end - 1] == "PUNCT" or any(pos[i] in ("VERB", "AUX") for i in range(sent.start, sent.end)):
        return []
    vocab = words()
    counted = [c for c in noun.children if c.i == noun.i - 1 and counted_people(c)]
    if counted:
        return counted  # "Thousands rally in Belgrade": the number read as the noun's count
    for child in noun.children:
        if child.dep_ != "compound" or child.i > noun.i or child.tag_ != "NNS":
            continue
        if not child.lower_.endswith("s"):
            continue
        lemma = lemma_of(child)
        if lemma not in vocab.directives and lemma not in onto.verbs:
            continue
        return [c for c in child.children if c.dep_ == "compound" and c.i < child.i][-1:]
    return []


def place_from(token: Token, out: list[Token]) -> None:
    place_nouns = words().place_nouns
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.ent_type_ in PLACE_LABELS:
                    out.append(pobj)
                elif pobj.lower_ in place_nouns:
                    # a name after "the town of" is a place whatever the tagger called it
                    out.extend(t for _p, t in prep_objects(pobj, ("of",)) if t.pos_ == "PROPN")


#: Verbs by which a party owns an act of force as its own ("an attack claimed by X").
OWNING_UP = frozenset({"claim"})


#: CAMEO sectors of the state and its armed forces, and of armed groups.
FORCE_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "UAF", "INS", "SPY"})


#: Categories whose act a state or armed body does to people of every kind: an agent
#: noun modifying their noun is the doer only when it names such a body ("police raids",
#: "army shelling", "troop withdrawal"); "student arrests", "civilian killings" name
#: whom the act hit.
FORCE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "RETREAT"})


#: Categories whose act the modifier's people do whatever their kind ("union demands",
#: "opposition criticism", "government talks"; a protest by anyone but the state).
#: Left out: acts given to the modifier's people ("refugee aid", "student support").
KIND_ACTS = frozenset({"PROTEST", "CONSULT", "REQUEST", "ACCUSE"})


def _doer_modifier(token: Token, category: str) -> bool:
    """A common agent noun (the CAMEO agents dictionary) modifying an event noun as its
    doer: "rebel attacks", "police raids", "student protests", "union demands". Not a
    word inside a hyphenated modifier ("anti-government protests")."""
    if token.pos_ not in ("NOUN", "ADJ") or category not in FORCE_ACTS | KIND_ACTS:
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if "-" in (before, after):
        return False
    agents = get_cameo_actors()
    agent = agents.agent(token.lower_) or agents.agent(lemma_of(token))
    if agent is None:
        return False
    sectors = set(split_code("XXX" + agent.code)[1])
    if category in FORCE_ACTS:
        return bool(sectors & FORCE_SECTORS)
    if category == "PROTEST":
        return not sectors & FORCE_SECTORS
    return True


def _named_modifier(token: Token) -> bool:
    """A name modifying a noun as its party ("Iraqi troops"); places are where, not who."""
    label = token.ent_type_
    return token.dep_ in NOUN_MODS and label in ACTOR_LABELS and label not in ("FAC", "LOC")


def venue_city(token: Token) -> bool:
    """A city where meetings are held (``events_meeting_cities.txt``, the capitals of the
    actor dictionary), named by ``token`` and the names compounded before it."""
    if token.pos_ != "PROPN":
        return False
    parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    return " ".join(t.lower_ for t in parts) in words().meeting_cities
