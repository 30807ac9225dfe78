"""Step 2 of the events pass: arguments. Who acts (actors), who is acted on (targets),
and where, for every trigger found in step 1, read from the trigger's own clause.

Verbal triggers take their actor from the subject (or the ``by`` agent of a passive,
or the controller of a participle/infinitive), their target from the object or a
``with/against/on/to`` phrase; nominal triggers ("the U.S. military withdrawal", "the
agreement between X and Y") take theirs from possessives, modifiers and
``between/by/from`` phrases, or from the light verb that carries them ("held talks",
"imposed sanctions", "faced criticism"). Then events lend each other parties: a verb
whose subject is an event noun takes that event's actors, an announcing act
("threatened to ban ...") the target of the act it announces.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.cameo import get_cameo_actors, split_code
from newsgraph.docindex import doc_index
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import (
    ACTOR_LABELS,
    ANNOUNCING,
    AUTHORITY_ACTS,
    CLAUSAL_SUBJ,
    NON_ACTOR_LABELS,
    NOUN_MODS,
    ON_TARGETS,
    PHRASE_NOUN_PREPS,
    PLACE_LABELS,
    PLACE_PREPS,
    PLACE_TARGETS,
    SPEAKER_PATH,
    STATE_LABELS,
    SYMMETRIC,
    TARGET_PREPS,
)
from newsgraph.events.ontology import OTHER, Entry, Ontology
from newsgraph.events.syntax import (
    actorish,
    agent_of,
    animate,
    conjuncts,
    controller,
    coordinated_speaker,
    direct_object,
    frame_of,
    group_noun,
    non_actor,
    noun_owner,
    participle_host,
    party_noun,
    prep_objects,
    relative_antecedent,
    stranded_subject,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words


def argument_pass(cands: list[Candidate], onto: Ontology) -> None:
    """Fill every candidate's actors and targets: each from its own clause first, then
    the parties events lend each other (an event noun's actors to its verb, an announced
    act's target to the announcing one, an event noun's parties to its participle)."""
    by_token = {c.token.i: c for c in cands}
    # An event is not a participant: "the agreement, signed in 2020" has no target.
    event_nouns = {c.token.i for c in cands if c.nominal}
    for cand in cands:
        if not cand.absorbed:
            _own_arguments(cand, onto, event_nouns)
    _inherit_event_actors(cands, by_token)
    _announced_targets(cands, by_token)
    _participle_parties(cands, by_token)
    for cand in cands:
        if cand.entry.category == "MOBILIZE" and not cand.absorbed:
            cand.entry = _peacekeeping(cand, onto) or cand.entry


def _peacekeeping(cand: Candidate, onto: Ontology) -> Entry | None:
    """ "deployed peacekeepers", "the deployment of peacekeeping troops": forces sent to
    protect or keep the peace are aid (CAMEO 074, PLOVER AID), not a mobilisation."""
    token = cand.token
    forces = list(cand.actor_tokens) if cand.nominal else []
    obj = direct_object(token) if not cand.nominal else None
    forces += [obj] if obj is not None else []
    forces += [t for _p, t in prep_objects(token, ("of",))]
    protection = words().protection
    for force in forces:
        names = {force.lower_, lemma_of(force)} | {c.lower_ for c in force.children if c.dep_ in NOUN_MODS}
        if names & protection:
            aid = onto.classes.get("AID", (None, None))
            return Entry("AID", "peacekeeping", aid[0], aid[1], cand.entry.family)
    return None


def _own_arguments(cand: Candidate, onto: Ontology, event_nouns: set[int]) -> None:
    """Actors and targets read from the candidate's own clause (verb, noun or embedded act)."""
    cand.entry = _verbal_attack(cand, onto) or cand.entry
    if cand.embedded is not None:
        subj, _passive = subject_of(cand.token)
        cand.actor_tokens = subj or controller(cand.token)
        cand.target_tokens = subject_of(cand.embedded)[0]
    elif cand.nominal:
        _noun_arguments(cand, onto)
    else:
        _verb_arguments(cand)
    heads = [_user_of(_content_head(t, onto)) for t in cand.actor_tokens]
    cand.actor_tokens = [speaker_for(t, cand) for t in heads if not non_actor(t)]
    host_noun = participle_host(cand.token) if not cand.nominal else None
    if host_noun is not None:
        # "the agreement, signed in 2020": the noun is what was signed, not a party.
        cand.target_tokens = [t for t in cand.target_tokens if t.i != host_noun.i]
    heads = [_content_head(t, onto) for t in cand.target_tokens]
    heads = [t for t in heads if not non_actor(t)]
    authority = _state_of_the_place(cand)
    if authority is not None:
        cand.actor_tokens = [authority]
        heads = [t for t in heads if t.i != authority.i]
    if cand.entry.category == OTHER:
        # "won the U.S. election": no owner-of-the-object reading outside PLOVER acts.
        cand.target_tokens = [t for t in heads if actorish(t) and t.i not in event_nouns]
    else:
        cand.target_tokens = refine_targets(heads, event_nouns)
        if (
            cand.entry.category in PLACE_TARGETS
            and cand.place_token is not None
            and not any(actorish(t) for t in cand.target_tokens)
        ):
            # "imposed a curfew in Cizre", "suspended aid deliveries in Baghdad": with no
            # party named, the place (its people, its government) is what is acted on.
            cand.target_tokens = [cand.place_token]


def _user_of(token: Token) -> Token:
    """ "a roadside bomb planted by insurgents", "a study published by researchers", "a
    rocket fired by militants": a thing a participle says someone made, used or wrote
    acts through its user, the participle's "by" agent (one party; a thing or a party
    itself stays)."""
    if token.pos_ != "NOUN" or actorish(token) or party_noun(token):
        return token
    if lemma_of(token) not in words().instruments:
        return token  # "an eyewitness quoted by the BBC": a person no list names
    for child in token.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = agent_of(child)
            if len(agent) == 1 and (actorish(agent[0]) or party_noun(agent[0])):
                return agent[0]
    return token


def _state_of_the_place(cand: Candidate) -> Token | None:
    """ "A Dutch aid worker was arrested in Corland", "two journalists were expelled from
    Corland", "the arrest of three activists in Corland": an act only a state's
    authorities perform, with no agent named, was done by the state of the place where
    it happened (PLOVER's reading). Only an agentless passive or an event noun without a
    party of its own; only a place that is a state (a GPE name)."""
    if cand.actor_tokens or cand.entry.category not in AUTHORITY_ACTS or cand.embedded is not None:
        return None
    place = cand.place_token
    if place is None or place.ent_type_ not in STATE_LABELS:
        return None
    if not cand.nominal:
        _subject, passive = subject_of(cand.token)
        if not passive or agent_of(cand.token):
            return None
    return place


def _inherit_event_actors(cands: list[Candidate], by_token: dict[int, Candidate]) -> None:
    """ "US drone attacks killed ...": a verb whose subject is an event noun takes that
    event's actors."""
    for cand in cands:
        if cand.absorbed or cand.nominal:
            continue
        inherited: list[Token] = []
        for token in cand.actor_tokens:
            source = by_token.get(token.i)
            if source is not None and source.nominal and source is not cand:
                if source.actor_tokens:
                    inherited.extend(t for t in source.actor_tokens if t not in inherited)
                elif cand.entry.quad == 4:
                    # "a minefield explosion killed ...": with no party named, the act
                    # of force itself is what did it (PLOVER codes it as the source).
                    inherited.append(token)
                    cand.means.add(token.i)
            else:
                inherited.append(token)
        cand.actor_tokens = inherited


def _announced_targets(cands: list[Candidate], by_token: dict[int, Candidate]) -> None:
    """ "threatened to ban voting in East Jerusalem", "unless Baghdad accepted ...": an act
    that announces another takes that act's target, and a threat is aimed at whoever its
    condition names."""
    for cand in cands:
        if cand.absorbed or cand.nominal or cand.entry.category not in ANNOUNCING:
            continue
        if any(actorish(t) for t in cand.target_tokens):
            continue
        for child in cand.token.children:
            inner = by_token.get(child.i) if child.dep_ == "xcomp" else None
            if inner is not None and inner.target_tokens:
                cand.target_tokens = list(inner.target_tokens)
                break
        if cand.entry.category == "THREATEN" and not any(actorish(t) for t in cand.target_tokens):
            for verb in (cand.token, *[c for c in cand.token.children if c.dep_ == "xcomp"]):
                for clause in verb.children:
                    if clause.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in clause.children):
                        subj, _passive = subject_of(clause)
                        cand.target_tokens += [t for t in subj if actorish(t)]


def _participle_parties(cands: list[Candidate], by_token: dict[int, Candidate]) -> None:
    """A participle on an event noun ("the agreement ... negotiated and signed in 2020")
    shares the noun's parties when it names none of its own ("negotiated" and "signed"
    make the agreement). Not a participle of verbal conflict of another category: it
    judges the noun's act ("a blast blamed on separatists", "the deal, criticized as
    weak"), its doer unnamed."""
    for cand in cands:
        if cand.absorbed or cand.nominal:
            continue
        noun = participle_host(cand.token)
        host = by_token.get(noun.i) if noun is not None else None
        if host is None or not host.nominal or agent_of(cand.token):
            continue
        if cand.entry.quad == VERBAL_CONFLICT and cand.entry.category != host.entry.category:
            continue  # "a blast blamed on separatists": the blamer is not the bomber
        cand.actor_tokens = list(host.actor_tokens)
        own = [t for t in cand.target_tokens if t.i != host.token.i]
        cand.target_tokens = own or list(host.target_tokens)


def _verbal_attack(cand: Candidate, onto: Ontology) -> Entry | None:
    """ "Trump attacked Clinton over her emails" is criticism, not an assault: a violent verb
    aimed at a person and followed by a reason ("over", "for", "as") is coded as ACCUSE,
    and so is an attack noun a word of speech qualifies ("a scathing attack on X",
    ``events_verbal_attack_words.txt``)."""
    token = cand.token
    if cand.entry.category != "ASSAULT":
        return None
    if cand.nominal:
        # "a scathing attack on the minister", "personal attacks": words, not force
        verbal = words().verbal_attack
        if not any(c.dep_ == "amod" and lemma_of(c) in verbal for c in token.children):
            return None
    elif token.pos_ != "VERB":
        return None
    else:
        obj = direct_object(token)
        if obj is None or not _a_person(obj):
            return None
        # the reason may hang on the verb or, as the parser often reads a headline
        # ("attacks governor over bridge delays"), on the object; or the attack is set in
        # an occasion of speech ("attacked them during the debates")
        if not any(_a_reason(c) for c in (*token.children, *obj.children)) and not _in_discourse(token):
            return None
    accuse = onto.verbs.get("criticize")
    if accuse is None:
        return None
    return Entry(accuse.category, accuse.mode, accuse.quad, accuse.score, cand.entry.family)


#: Prepositions that give the reason for a verbal attack ("over her emails", "for his
#: vote", "as a traitor", "on immigration").
REASON_PREPS = frozenset({"over", "for", "as", "on"})
#: Object pronouns of people ("attacked him over his vote").
PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
#: Tags of a time adverbial ("over the weekend", "for two hours") that is no reason.
TIME_LABELS = frozenset({"DATE", "TIME"})


def _a_person(token: Token) -> bool:
    """A named person or a noun for one ("Governor Alan Marsh", "the governor")."""
    if token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS:
        return True
    return token.pos_ == "NOUN" and not token.ent_type_ and lemma_of(token) in words().person_nouns


#: Prepositions that set an act in an occasion ("during the debate", "in an interview").
SETTING_PREPS = frozenset({"during", "in", "at", "on"})


def _in_discourse(verb: Token) -> bool:
    """ "attacked her during the debate", "attacked the mayor in a column": the act is set
    in an occasion of speech or writing (``events_discourse_settings.txt``)."""
    settings = words().discourse_settings
    return any(
        lemma_of(pobj) in settings for _prep, pobj in prep_objects(verb, SETTING_PREPS) if pobj.pos_ == "NOUN"
    )


def _a_reason(prep: Token) -> bool:
    """A reason phrase: "over the delays", "for his vote", "on immigration"; not a time
    ("over the weekend", "for hours") or a place ("in the town"; "on" only with a bare
    noun, a topic: "on housing", never "on the bridge")."""
    if prep.dep_ != "prep" or prep.lower_ not in REASON_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    place_nouns = words().place_nouns
    for obj in objects:
        if obj.ent_type_ in TIME_LABELS or obj.ent_type_ in PLACE_LABELS:
            return False
        if prep.lower_ != "as" and (lemma_of(obj) in place_nouns or obj.ent_type_ in NON_ACTOR_LABELS):
            return False
        if prep.lower_ == "on" and any(c.dep_ in ("det", "poss") for c in obj.children):
            return False  # "on the bridge", "on his way": "on" gives a topic only bare
    return True


def _verb_arguments(cand: Candidate) -> None:
    verb = cand.token
    category = cand.entry.category
    subj, passive = subject_of(verb)
    if subj and subj[0].dep_ in CLAUSAL_SUBJ:
        subj = []  # "Describing the killing, X said": a clause is no party (a misparse)
    if not subj and _misread_main_verb(verb):
        subj, passive = conjuncts(verb.head), False
    if not subj and not passive and _passive_adjunct(verb):
        # "Arrested on Monday, the suspect was charged": a bare past participle adjunct is
        # passive; the clause's subject is the one acted on
        passive = True
        subj = controller(verb)
    if passive:
        cand.target_tokens.extend(subj)
        cand.actor_tokens.extend(agent_of(verb))
        if not subj and verb.dep_ == "acl":
            cand.target_tokens.append(verb.head)  # "the deal signed by ..." / "troops sent to ..."
    elif subj:
        cand.actor_tokens.extend(subj)
    else:
        agent = agent_of(verb)
        if agent:
            cand.actor_tokens.extend(agent)
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":
            cand.target_tokens.append(verb.head)
        elif (speaker := coordinated_speaker(verb, cand.entry.quad)) is not None:
            cand.actor_tokens.extend(speaker)
        else:
            cand.actor_tokens.extend(controller(verb) or stranded_subject(verb))
    obj = direct_object(verb)
    if obj is not None:
        # "the prisoners whom the army released": a relative object is its antecedent
        cand.target_tokens.extend(conjuncts(relative_antecedent(obj)))
    for prep, pobj in prep_objects(verb, TARGET_PREPS | {"from", "for"}):
        if pobj.ent_type_ in PLACE_LABELS and prep in ("in", "at", "to", "into") and cand.target_tokens:
            continue
        if prep == "for" and category not in ("SUPPORT", "AID", "REQUEST"):
            continue
        if prep == "from" and category not in ("RETREAT", "REQUEST", "AID"):
            continue
        if prep in ("on", "upon") and category not in ON_TARGETS:
            continue  # "thanked Trump on Twitter", but "imposed sanctions on Iran"
        wanted = prep != "with" or category in SYMMETRIC or not cand.target_tokens
        if wanted and pobj not in cand.target_tokens:
            cand.target_tokens.append(pobj)
    if cand.entry.words:
        # "opened fire", "called for": the phrase's own words are not who is acted on, but
        # whom the phrase's noun is aimed at is ("lodged a protest with X").
        own = [t for t in cand.target_tokens if lemma_of(t) in cand.entry.words]
        cand.target_tokens = [t for t in cand.target_tokens if lemma_of(t) not in cand.entry.words]
        for noun in own:
            cand.target_tokens += [t for _p, t in prep_objects(noun, PHRASE_NOUN_PREPS) if actorish(t)]
    if category == "MOBILIZE":
        # "mobilized reservists for a war against Iraq": the object is the force; the
        # target is whoever it is raised against.
        against = [t for _p, t in prep_objects(verb, ("against",))]
        for _p, pobj in prep_objects(verb, ("for",)):
            against += [t for _q, t in prep_objects(pobj, ("against", "with"))]
        cand.target_tokens = against
    cand.target_tokens = [t for t in cand.target_tokens if not non_actor(t)]
    if not any(actorish(t) for t in cand.target_tokens):
        # "threatened to break relations with Russia", "demanded that Israel ease ...",
        # "opened fire to disperse the demonstrators"; the addressee of an object-control
        # verb stays whatever its noun ("urged voters to stay calm")
        addressees = [t for t in cand.target_tokens if t.dep_ == "dobj" and t.head.i == verb.i]
        if lemma_of(verb) not in words().object_control:
            addressees = []
        for child in verb.children:
            purpose = child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts)
            if child.dep_ == "xcomp" or purpose:
                obj = direct_object(child)
                if obj is not None:
                    cand.target_tokens.extend(refine_targets(conjuncts(obj)))
                for _prep, pobj in prep_objects(child, TARGET_PREPS):
                    cand.target_tokens.append(pobj)
                cand.target_tokens = [t for t in cand.target_tokens if actorish(t) or t in addressees]
            elif child.dep_ == "ccomp" and category in ("REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"):
                inner, inner_passive = subject_of(child)
                if inner and not inner_passive and animate(inner):
                    cand.target_tokens.extend(inner)
    cand.place_token = _verb_place(verb)


def _passive_adjunct(verb: Token) -> bool:
    """ "Arrested on Monday, the suspect ...", "Backed by the army, the rebels ...": a past
    participle adjunct with no auxiliary and no subject of its own reads as a passive."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _verb_place(verb: Token) -> Token | None:
    """Where a verbal event happened: a place phrase on the verb, else on its object or
    to-clause ("signed an agreement in Paris": the parser often hangs it on the object)."""
    places: list[Token] = []
    _place_from(verb, places)
    for child in verb.children:
        if child.dep_ in ("xcomp", "dobj"):
            _place_from(child, places)
    return places[0] if places else None


def _noun_arguments(cand: Candidate, onto: Ontology) -> None:
    """Parties and place of a nominal trigger: from the noun's own modifiers and phrases,
    then from the verb that carries it, then whom an expressed attitude is about."""
    noun = cand.token
    carrier = _carrier_of(noun)
    actors, targets = _noun_phrase_parties(noun, carrier, cand.entry.category)
    actors, targets = _carrier_verb_parties(carrier, onto, actors, targets, cand.entry.category)
    if not actors or all(_weak_party(a, noun) for a in actors):
        # "went ahead with its strike": a possessive pronoun on the act is the frame's
        # party; "claimed responsibility for the Kabul bombing": a place name on the act
        # says where, when the frame names who
        actors = _participants(carrier) or _attributed(carrier) or actors
    if not actors:
        actors = _headline_subject(noun, onto)
    if not actors and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "Comey's announcement of a new inquiry": the announcer's inquiry
        announcing = noun.head.head
        if announcing.pos_ == "NOUN" and lemma_of(announcing) in words().announcing_nouns:
            actors = noun_owner(announcing)
    if lemma_of(noun) in onto.expressed_nouns:
        # "expressed hope that his administration would ...": whom the hope is about.
        for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp")):
            targets += [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
    cand.actor_tokens = actors
    cand.target_tokens = targets
    cand.place_token = _noun_place(noun, carrier, onto, actors, targets)


#: Dependents of "left X dead/injured/homeless" that state the result.
RESULT_STATES = frozenset({"oprd", "acomp", "xcomp", "ccomp"})


def _carrier_of(noun: Token) -> Token:
    """The phrase that sits in the clause: "a mediation effort" for "mediation", "tons of
    food aid" for "aid"."""
    carrier = noun.head if noun.dep_ == "compound" else noun
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.head.dep_ in ("dobj", "attr"):
        carrier = carrier.head.head
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
    elif carrier.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and not between:
        # "Fighting broke out between the army and rebels", "clashes erupted between
        # police and protesters": the parser hangs the parties on the subject's verb.
        between += [t for _p, t in prep_objects(head, ("between",))]
    actors: list[Token] = list(between)
    targets: list[Token] = []
    if not between:
        for child in noun.children:
            if category == "PROTEST" and child.dep_ != "poss" and child.ent_type_ == "GPE":
                continue  # "the New York protest", "the Paris rallies": where, not who
            if child.dep_ == "poss" or _named_modifier(child):
                actors.extend(conjuncts(child))
            elif child.dep_ == "compound" and not child.ent_type_:
                # "US Predator attacks": the name modifies the modifier.
                named = [g for g in child.children if g.dep_ == "compound" and _named_modifier(g)]
                actors.extend(named)
                if not named and _doer_modifier(child, category):
                    actors.append(child)  # "rebel attacks", "police raids", "student protests"
    if not actors:
        # "the offensive, launched by the army in May", "sanctions imposed by the US": the
        # agent of a light verb's participle on the act noun does the act
        light = words().light_verbs
        for child in noun.rights:
            if child.dep_ == "acl" and child.tag_ == "VBN" and lemma_of(child) in light:
                actors.extend(agent_of(child))
    for prep, pobj in prep_objects(noun, ("by", "from", "with", "against", "on", "upon", "to", "for", "of")):
        if prep == "by":
            actors.append(pobj)
        elif prep == "from":
            if category == "RETREAT":
                targets.append(pobj)
            elif category in ("ACCUSE", "REQUEST", "SUPPORT", "AID", "THREATEN", "REJECT"):
                actors.append(pobj)  # "criticism from X", "aid from X"; not "tariffs on goods from X"
        elif prep in ("on", "upon") and category not in ON_TARGETS:
            continue
        elif prep == "with" and category in SYMMETRIC:
            targets.append(pobj)
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
    return actors, targets


def _carrier_verb_parties(
    carrier: Token, onto: Ontology, actors: list[Token], targets: list[Token], category: str = OTHER
) -> tuple[list[Token], list[Token]]:
    """The verb carrying the noun: "X held talks", "X imposed sanctions", "X faced criticism"
    (a reverse verb: X is the target), "negotiators return to Geneva for talks"."""
    head = carrier.head
    if carrier.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = lemma_of(head)
        subj, passive = subject_of(head)
        if not subj and not passive:
            subj = controller(head)
        if lemma in onto.reverse_verbs and not passive:
            targets = [*subj, *targets] if subj else targets
        elif lemma in onto.light_verbs and not passive and subj:
            actors = subj
            # "gave the Ivory Coast aid", "provided aid to refugees", "imposed sanctions on X"
            targets += [c for c in head.children if c.dep_ == "dative"]
            targets += [t for _p, t in prep_objects(head, ("to", "on", "against", "with"))]
        elif lemma in onto.light_verbs and passive:
            actors = actors or agent_of(head)
        elif subj and not passive and actors and all(a.pos_ == "PRON" for a in actors):
            actors = subj  # "the ILO reiterated its demand": "its" is the subject
    elif carrier.dep_ == "pobj" and head.lower_ == "for" and not actors and (governor := _for_governor(head)):
        actors = _for_parties(governor, onto, category)
    elif carrier.dep_ == "pobj" and head.lower_ == "under" and lemma_of(head.head) in onto.reverse_verbs:
        subj, passive = subject_of(head.head)
        if subj and not passive:
            targets = [*subj, *targets]  # "the convoy came under attack"
    elif carrier.dep_ == "nsubj" and lemma_of(head) == "leave" and not targets:
        # "a Taliban assault left two soldiers dead": whom the act left in a state
        obj = direct_object(head)
        stated = obj is not None and (
            any(c.dep_ in RESULT_STATES for c in head.children)
            or any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > obj.i for c in obj.subtree)
        )
        heads = [obj, *[t for _p, t in prep_objects(obj, ("of",))]] if obj is not None else []
        if stated and any(actorish(t) or party_noun(t) for t in heads):
            # "left dozens of people injured" (acl on the noun); a noun no list knows is
            # left out rather than let the strict target check refuse the attack
            targets = conjuncts(heads[0])
    return actors, targets


def _participants(carrier: Token) -> list[Token]:
    """Who took part in, or answers for, the act an event noun names, when the noun is the
    object of a frame's preposition (``events_participation_frames.tsv``), or an act noun
    used as an adverbial of the clause (``events_adverbial_act_nouns.tsv``):

    - a verb: "participated in talks", "were involved in the attack" (the participles of
      involvement passive too), "marched in protest against the war", "arrived in Tokyo
      on a four-day visit";
    - a noun: its owner or the subject of the verb that carries it ("Iran's role in the
      coup", "took part in the protest", "claimed responsibility for the bombing");
    - an adjective: the subject of its copula or the party it follows ("said it was
      responsible for the attack", "the group responsible for the attack").
    A negated or denying frame ("did not take part", "denied any role in") names nobody;
    a noun the frame follows must be a party ("the group responsible for")."""
    if carrier.dep_ == "dobj" and carrier.head.pos_ == "VERB":
        preps, party = frame_of(carrier.head)
        # "attended the talks", "masterminded the attack", "planned a protest"
        return _frame_party(carrier.head, party) if OBJECT_FRAME in preps else []
    if carrier.dep_ != "pobj":
        return []
    prep = carrier.head
    if prep.dep_ != "prep":
        return []
    word = prep.lower_
    frame = prep.head
    vocab = words()
    frames = vocab.participation
    lemma = lemma_of(frame)
    if frame.pos_ in ("VERB", "AUX"):
        if vocab.adverbial_acts.get(lemma_of(carrier)) == word and _adverbial_act(carrier, word):
            return _frame_subject(frame, passive_ok=False)
        preps, party = frame_of(frame)
        if word in preps:
            return _frame_party(frame, party)
        obj = direct_object(frame)
        if obj is not None and word in frames.get(lemma_of(obj), ()) and not noun_owner(obj):
            return _frame_subject(frame, passive_ok=False)  # "took part in", prep on the verb
        return []
    if word not in frames.get(lemma, ()):
        return []
    if frame.pos_ == "NOUN":
        owner = noun_owner(frame)
        if owner:
            return [t for t in owner if actorish(t) or party_noun(t)]
        if frame.dep_ in ("dobj", "attr") and frame.head.pos_ in ("VERB", "AUX"):
            return _frame_subject(frame.head, passive_ok=False)
        return []
    # an adjective or participle: "it was responsible for", "the group responsible for"
    if frame.dep_ in ("acomp", "amod") and frame.head.pos_ in ("NOUN", "PROPN") and frame.head.i < frame.i:
        host = frame.head
        return [host] if actorish(host) or party_noun(host) else []
    if frame.dep_ == "acomp" and frame.head.pos_ in ("VERB", "AUX"):
        return _frame_subject(frame.head, passive_ok=False)
    return []


def _weak_party(token: Token, noun: Token) -> bool:
    """A party read from the act noun's own modifiers that a participation frame outranks:
    a possessive pronoun ("its strike") or a place name ("the Kabul bombing")."""
    if token.head.i != noun.i:
        return False
    if token.dep_ == "poss":
        return token.pos_ == "PRON"
    return token.dep_ == "compound" and token.ent_type_ in ("GPE", "LOC", "FAC")


def _attributed(carrier: Token) -> list[Token]:
    """Who an attributing verb says did the act (``events_attribution_verbs.tsv``): "a
    blast blamed on separatists", "attributed the attack to rebels", "the Taliban claimed
    the attack", "the bombing was claimed by a militant group"."""
    table = words().attribution
    verbs = [c for c in carrier.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if carrier.dep_ in ("dobj", "nsubjpass") and carrier.head.pos_ == "VERB":
        verbs.append(carrier.head)
    for verb in verbs:
        how = table.get(lemma_of(verb))
        if how is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        if how == "subject":
            subj, passive = subject_of(verb)
            return agent_of(verb) if passive or verb.dep_ == "acl" else subj
        return [t for _p, t in prep_objects(verb, (how,))]
    return []


#: The participation frames' mark for the verb's direct object ("attend\t-").
OBJECT_FRAME = "-"
#: Determiners an act noun after "on" may have and still be the subject's own errand.
ERRAND_DETERMINERS = frozenset({"a", "an", "his", "her", "its", "their", "our", "my"})


def _adverbial_act(noun: Token, prep: str) -> bool:
    """ "in protest", "in retaliation" (bare after "in"); "on strike", "on a visit", "on
    his first visit" (bare, indefinite or the subject's own after "on")."""
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if prep == "in":
        # bare and unmodified: "called in air support" is a request, not an adverbial
        return not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in noun.children)
    return all(d in ERRAND_DETERMINERS for d in determiners)


def _frame_party(verb: Token, party: str) -> list[Token]:
    """The party a frame's verb states: the active subject ("agent"), the one it is about
    ("patient": "were involved in", "men suspected in the bombing", "accused the rebels
    of the attack") or either subject ("any": "engaged in", "were engaged in")."""
    if party == "agent":
        return _frame_subject(verb, passive_ok=False)
    if party == "any":
        return _frame_subject(verb, passive_ok=True)
    if lemma_of(verb) in words().negating_governors or any(c.dep_ == "neg" for c in verb.children):
        return []
    subj, passive = subject_of(verb)
    if passive:
        return subj
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "two men suspected in the bombing"
    obj = direct_object(verb)
    return conjuncts(obj) if obj is not None and (actorish(obj) or party_noun(obj)) else []


def _frame_subject(verb: Token, *, passive_ok: bool) -> list[Token]:
    """The party a participation frame's verb states: its subject (a passive one only for
    the participles of involvement), else its controller ("agreed to take part in")."""
    if lemma_of(verb) in words().negating_governors or any(c.dep_ == "neg" for c in verb.children):
        return []  # "denied any role in", "did not take part in"
    subj, passive = subject_of(verb)
    if passive and not passive_ok:
        return []
    if not subj and not passive:
        subj = controller(verb)
    return subj  # quantity heads and dates are sorted out with every actor (_own_arguments)


#: PLOVER's quad class of verbal conflict (request, accuse, reject, threaten).
VERBAL_CONFLICT = 3
#: Categories of the verbs that judge, reward or punish a party for an act ("blamed X
#: for", "praised X for", "arrested X for", "fined X for"): the act is the object's.
JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "COERCE", "SANCTION"})


def _for_governor(prep: Token) -> Token | None:
    """The verb a "for" phrase belongs to: its head, or the verb whose object the parser
    hung it on ("hosted the premier for talks", "mobilized reservists for a war")."""
    head = prep.head
    if head.pos_ == "VERB":
        return head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head
    return None


def _for_parties(governor: Token, onto: Ontology, category: str) -> list[Token]:
    """Who does the act a verb's "for" phrase names ("X V-ed for talks", "X V-ed Y for the
    attack"). With a party as object, the verb's class decides: one that judges or
    punishes makes the act the object's ("blamed Hamas for the attack", "thanked Qatar for
    its mediation"), one of meeting makes it both parties' ("hosted X for talks"), any
    other the subject's ("mobilized reservists for a war"). An outcome that is no PLOVER
    act ("blamed Comey for the defeat", "challenged X for the win") takes nobody."""
    subj, passive = subject_of(governor)
    if passive:
        return []
    obj = direct_object(governor)
    party = obj is not None and (actorish(obj) or party_noun(obj))
    if category == OTHER:
        return [] if obj is not None else subj
    if party and obj is not None:
        entry = onto.verbs.get(lemma_of(governor))
        kind = entry.category if entry is not None else None
        if kind in JUDGING:
            return conjuncts(obj)
        if kind == "CONSULT":
            return [*subj, *conjuncts(obj)]
    return subj  # "negotiators return to Geneva for talks", "apologized for the raid"


def _noun_place(
    noun: Token, carrier: Token, onto: Ontology, actors: list[Token], targets: list[Token]
) -> Token | None:
    """Where a nominal event happened: a place phrase on the noun, else on its light verb,
    else a place-name modifier."""
    head = carrier.head
    places: list[Token] = []
    _place_from(noun, places)
    places = [p for p in places if p not in targets]
    carried = carrier.dep_ in ("dobj", "attr") and head.pos_ == "VERB"
    if not places and carried and lemma_of(head) in onto.light_verbs:
        _place_from(head, places)
    # A place-name modifier ("the Doha agreement") is where, not who, once actors are known.
    for child in noun.children:
        if child.dep_ in NOUN_MODS and child.ent_type_ in PLACE_LABELS and child not in actors:
            places.append(child)
    return places[0] if places else None


def _headline_subject(noun: Token, onto: Ontology) -> list[Token]:
    """ "Dock union orders walkout": a headline (no final stop, no verb) the parser reads
    as one compound noun. A plural-looking modifier of the act noun whose lemma is a verb
    of command or an ontology verb is the headline's verb ("orders", "calls"), and the
    noun it modifies in turn is its subject."""
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


def _misread_main_verb(verb: Token) -> bool:
    """ "An official newspaper called on Arabs to unite.": a sentence whose parse has no
    verb at its root, only a noun phrase with an "-ed" participle on it, is a full
    sentence the parser misread when the noun has its article (headlines and captions,
    where a bare participle is passive, drop it: "Defector arrested after ...")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lower_.endswith("ed")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ == "det" for c in head.children)
        and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)
        and verb.doc[verb.sent.end - 1].lower_ in (".", "!")
    )


def _place_from(token: Token, out: list[Token]) -> None:
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
    if token.pos_ != "NOUN" or category not in FORCE_ACTS | KIND_ACTS:
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


def refine_targets(tokens: list[Token], event_nouns: set[int] | frozenset[int] = frozenset()) -> list[Token]:
    """ "rejected an appeal from X", "demanded the removal of X", "rejected a US offer",
    "threatened action against X": when the object is a thing, its owner is the target.
    An event noun ("the agreement") is never a target itself, only its owner may be."""
    out: list[Token] = []
    things: list[Token] = []
    for token in tokens:
        if token.i not in event_nouns and actorish(token):
            out.append(token)
            continue
        inner = [
            c
            for c in token.children
            if c.dep_ in NOUN_MODS and (c.ent_type_ in ACTOR_LABELS or c.pos_ == "PROPN")
        ]
        inner += [t for _p, t in prep_objects(token, ("by", "from", "of", "against", "to", "with", "on"))
                  if actorish(t)]  # fmt: skip
        if inner:
            out.extend(t for t in inner if t not in out)
        elif token.i not in event_nouns:
            things.append(token)
    return out or things


def _content_head(token: Token, onto: Ontology) -> Token:
    """ "thousands of Iraqi Kurds" -> "Kurds", "a group of Moroccan diplomats" -> "diplomats"."""
    for _ in range(3):
        if lemma_of(token) not in onto.quantity_nouns and token.lower_ not in onto.quantity_nouns:
            return token
        pobj = next((t for _p, t in prep_objects(token, ("of",))), None)
        if pobj is None:
            return token
        token = pobj
    return token


def speaker_for(token: Token, cand: Candidate, personal: bool = False) -> Token:
    """ "Syria says it is willing to withdraw": the pronoun is the speaker when it agrees with
    the speaker ("it" a non-person, "they" a plural or a group; with ``personal``, used only
    once entity resolution has failed, "he"/"she" a person)."""
    word = token.lower_
    if word in ("we", "us") and token.pos_ == "PRON":
        return _speaking_body(token)
    if word not in ("it", "they") and not (personal and word in ("he", "she")):
        return token
    speech_or_finding = words().speech_or_finding
    verb = cand.token
    seen_ccomp = False
    for _ in range(6):
        if verb.head.i == verb.i:
            return token
        if verb.dep_ == "ccomp":
            seen_ccomp = True
        elif verb.dep_ not in SPEAKER_PATH:
            return token
        verb = verb.head
        if seen_ccomp and lemma_of(verb) in speech_or_finding:
            subj, passive = subject_of(verb)
            if len(subj) != 1 or passive or subj[0].pos_ == "PRON":
                return token
            speaker = subj[0]
            plural = speaker.tag_ in ("NNS", "NNPS")
            if word == "it" and speaker.ent_type_ != "PERSON" and not plural:
                return speaker
            body = speaker.ent_type_ in ("NORP", "ORG", "GPE") or group_noun(speaker)
            if word == "they" and (plural or body):
                # "the rights group said that they had seen ...": a body speaks as its members
                return speaker
            if word in ("he", "she") and (speaker.ent_type_ == "PERSON" or speaker.pos_ == "PROPN"):
                return speaker
            return token
    return token


def _speaking_body(token: Token) -> Token:
    """ "'We condemn this attack,' the foreign ministry said": inside a quote whose source
    is a body (an organisation, a state, a group noun), or one who speaks for a body the
    phrase names ("an army spokesman", ``events_speaker_for_nouns.txt``), "we" is that
    body. Another person's "we" is as often the nation, the team or the party: it stays
    the pronoun."""
    index = doc_index(token.doc)
    quoted = index.quote_at(token.idx)
    if quoted is None:
        return token
    speaker = quoted[0].speaker
    if speaker is not None and any(e.id == speaker and e.type == "PERSON" for e in token.doc._.ng_entities):
        return token  # the entities stage knows the speaker for a person
    source = quoted[0].source
    span = index.token_range(source.start, source.end) if source is not None else None
    if span is None:
        return token
    tokens = index.tokens
    heads = [tokens[i] for i in range(*span) if not span[0] <= tokens[i].head.i < span[1]]
    if len(heads) != 1:
        return token
    head = heads[0]
    if lemma_of(head) in words().speakers_for:
        # "an army spokesman", "a spokeswoman for the ministry": the body spoken for
        named = [c for c in head.children if c.dep_ in ("compound", "poss", "amod")]
        named += [t for _p, t in prep_objects(head, ("for", "of"))]
        bodies = [t for t in named if t.ent_type_ in ("NORP", "ORG", "GPE") or group_noun(t)]
        return bodies[0] if len(bodies) == 1 else token
    if head.ent_type_ == "PERSON" or head.pos_ == "PRON" or lemma_of(head) in words().person_nouns:
        return token  # "the rebel leader said": a person's "we"
    body = head.ent_type_ in ("NORP", "ORG", "GPE") or group_noun(head)
    return head if body else token


def verb_actors(verb: Token, onto: Ontology) -> list[Token]:
    """The actors this step gives any verb read as an ``OTHER`` event of its own lemma:
    the clause-level actor finding (subject, passive agent, controller, content head,
    speaker), without a category's own rules. ``benchmarks/actor_finding.py`` measures it
    on verbs that are not PLOVER acts, so a rule shows whether it follows the grammar."""
    lemma = lemma_of(verb)
    cand = Candidate(verb, Entry(OTHER, None, None, None, lemma), lemma)
    _own_arguments(cand, onto, set())
    return cand.actor_tokens
