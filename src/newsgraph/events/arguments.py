"""Step 2 of the events pass: arguments. Who acts (actors), who is acted on (targets),
and where, for every trigger found in step 1, read from the trigger's own clause.

Verbal triggers take their actor from the subject (or the ``by`` agent of a passive,
or the controller of a participle/infinitive), their target from the object or a
``with/against/on/to`` phrase; nominal triggers ("the U.S. military withdrawal", "the
agreement between X and Y") take theirs from possessives, modifiers and
``between/by/from`` phrases, or from the light verb that carries them ("held talks",
"imposed sanctions", "faced criticism"; the nominal case is ``noun_arguments``). Then
events lend each other parties: a verb whose subject is an event noun takes that
event's actors, an announcing act ("threatened to ban ...") the target of the act it
announces.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.events.agentless import agentless_actors
from newsgraph.events.candidates import Candidate, pattern_word
from newsgraph.events.constants import (
    ACTOR_LABELS,
    ANNOUNCING,
    ARMED_SECTORS,
    AUTHORITY_ACTS,
    CLAUSAL_SUBJ,
    NON_ACTOR_LABELS,
    NOUN_MODS,
    ON_TARGETS,
    PHRASE_NOUN_PREPS,
    PLACE_LABELS,
    PLACE_TARGETS,
    SPEAKER_PATH,
    STATE_LABELS,
    SYMMETRIC,
    TARGET_PREPS,
)
from newsgraph.events.noun_arguments import negotiators_before, noun_arguments, place_from
from newsgraph.events.ontology import OTHER, Entry, Ontology
from newsgraph.events.syntax import (
    actorish,
    agent_of,
    agent_sectors,
    animate,
    conjuncts,
    controller,
    coordinated_speaker,
    counted_head,
    direct_object,
    group_noun,
    headline_infinitive,
    headline_noun_verb,
    headline_object,
    non_actor,
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
    agentless_actors(cands, by_token)
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
        noun_arguments(cand, onto)
    else:
        _verb_arguments(cand, onto)
        if not cand.target_tokens and cand.token.dep_ == "ROOT" and headline_noun_verb(cand.token):
            # "Orlenia expels Dessan diplomats"; an object the verb is a compound of
            # ("Rebels attack army base") spans the whole headline and is left out
            cand.target_tokens = [t for t in [headline_object(cand.token)] if t is not None]
    heads = [_user_of(counted_head(t, onto.quantity_nouns)) for t in cand.actor_tokens]
    cand.actor_tokens = [speaker_for(t, cand) for t in heads if not non_actor(t) and not _nobody(t)]
    host_noun = participle_host(cand.token) if not cand.nominal else None
    if host_noun is not None:
        # "the agreement, signed in 2020": the noun is what was signed, not a party.
        cand.target_tokens = [t for t in cand.target_tokens if t.i != host_noun.i]
    heads = [counted_head(t, onto.quantity_nouns) for t in cand.target_tokens]
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
            # an event noun, or a gerund the tagger reads as a verb ("Fighting between ...")
            act_subject = source is not None and (source.nominal or source.token.tag_ == "VBG")
            if source is not None and act_subject and source is not cand:
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


def _verb_arguments(cand: Candidate, onto: Ontology) -> None:
    verb = cand.token
    category = cand.entry.category
    subj, passive = subject_of(verb)
    if subj and subj[0].dep_ in CLAUSAL_SUBJ:
        subj = []  # "Describing the killing, X said": a clause is no party (a misparse)
    if not subj and _misread_main_verb(verb):
        subj, passive = conjuncts(verb.head), False
    if not subj and verb.dep_ != "ROOT" and headline_infinitive(verb):
        subj, passive = conjuncts(verb.head), False  # "Valmoria to hold talks with rebels"
    if not subj and not passive and _passive_adjunct(verb):
        # "Arrested on Monday, the suspect was charged": a bare past participle adjunct is
        # passive; the clause's subject is the one acted on
        passive = True
        subj = controller(verb)
    if passive:
        cand.target_tokens.extend(subj)
        cand.actor_tokens.extend(agent_of(verb))
        if not cand.actor_tokens and category in SYMMETRIC | {"ASSAULT"}:
            # "talks were held between Kenya and Somalia", "an agreement was reached
            # between the government and the unions": the parties of a mutual act
            between = [t for _p, t in prep_objects(verb, ("between", "among"))]
            between += [t for s in subj for _p, t in prep_objects(s, ("between", "among"))]
            cand.actor_tokens.extend(p for t in between for p in conjuncts(t))
        if not cand.actor_tokens and category == "AGREE":
            # "the deal was signed after talks between X and Y": the talks' parties
            cand.actor_tokens.extend(negotiators_before(verb, onto))
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
        elif between := [t for _p, t in prep_objects(verb, ("between", "among"))]:
            cand.actor_tokens.extend(between)  # "Fighting between troops and rebels killed ..."
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
    if obj is not None and cand.pattern and pattern_word(obj, cand.pattern):
        # "exchanged fire", "returned fire": the CAMEO pattern's own object names the act,
        # not whom it is done to; a party that owns it still is ("rejected Israeli changes")
        owners = [t for t in refine_targets([obj]) if t.i != obj.i]
        cand.target_tokens = [t for t in cand.target_tokens if t.i != obj.i] + owners
    if category == "AID" and words().relief.get(lemma_of(verb)) == "transfer":
        # "deployed rescue teams to the villages", "sent a team of rescuers to X": what is
        # sent is no target, whom it is sent to is
        sent = [t for t in cand.target_tokens if t.dep_ == "dobj" and t.head.i == verb.i]
        cand.target_tokens = [t for t in cand.target_tokens if t not in sent]
        cand.target_tokens += [
            t for s in sent for t in s.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"
        ]
    weapons = words().weapons
    aimed_at = [t for t in cand.target_tokens if obj is not None and t.i != obj.i and not non_actor(t)]
    if obj is not None and lemma_of(obj) in weapons and aimed_at:
        # "fired a missile at the ship", "dropped bombs on the town": the object is the
        # means of the act, whom the preposition names is the target
        cand.target_tokens = [t for t in cand.target_tokens if t.i != obj.i]
    if cand.entry.words:
        # "opened fire", "called for": the phrase's own words are not who is acted on, but
        # whom the phrase's noun is aimed at is ("lodged a protest with X").
        phrase = cand.entry.words
        own = [t for t in cand.target_tokens if lemma_of(t) in phrase or t.lower_ in phrase]
        cand.target_tokens = [t for t in cand.target_tokens if t not in own]
        for noun in own:
            if party_noun(noun):
                # "shut down the newspaper", "shut down the offices of two groups": a body
                # the phrase names is acted on, and so is the party owning what it names
                cand.target_tokens.append(noun)
            owners = [t for _p, t in prep_objects(noun, ("of",)) if actorish(t) or party_noun(t)]
            cand.target_tokens += [t for t in owners if lemma_of(noun) in words().site_nouns]
            for _p, t in prep_objects(noun, PHRASE_NOUN_PREPS):
                if actorish(t) or party_noun(t):
                    cand.target_tokens.append(t)
                elif _p in ("on", "against"):
                    cand.target_tokens += named_owners(t)
    if category == "MOBILIZE":
        # "mobilized reservists for a war against Iraq": the object is the force; the
        # target is whoever it is raised against.
        against = [t for _p, t in prep_objects(verb, ("against",))]
        for _p, pobj in prep_objects(verb, ("for",)):
            against += [t for _q, t in prep_objects(pobj, ("against", "with"))]
        cand.target_tokens = against
    # "attacked hundreds of villagers", "dozens of homes were bulldozed": a number heading
    # the object counts its "of" party (not a setting: "at one of his meetings")
    quantity = onto.quantity_nouns
    cand.target_tokens = [
        t for t in cand.target_tokens
        if not non_actor(counted_head(t, quantity) if t.dep_ in OBJECT_DEPS else t)
    ]  # fmt: skip
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


def _nobody(token: Token) -> bool:
    """A word that names no party: a negative pronoun ("nobody has claimed the attack",
    ``events_negating_words.txt``) or a question word left without an antecedent ("it
    was not clear who carried out the attack"; a relative "who" is its antecedent by now)."""
    if token.lower_ in words().negating_words:
        return True
    return token.tag_ == "WP" and token.head.dep_ != "relcl"


def _verb_place(verb: Token) -> Token | None:
    """Where a verbal event happened: a place phrase on the verb, else on its object or
    to-clause ("signed an agreement in Paris": the parser often hangs it on the object)."""
    places: list[Token] = []
    place_from(verb, places)
    for child in verb.children:
        if child.dep_ in ("xcomp", "dobj"):
            place_from(child, places)
    return places[0] if places else None


#: PLOVER's quad class of verbal conflict (request, accuse, reject, threaten).
VERBAL_CONFLICT = 3


def _misread_main_verb(verb: Token) -> bool:
    """ "An official newspaper called on Arabs to unite.": a sentence whose parse has no
    verb at its root, only a noun phrase with an "-ed" participle or a past tense on it
    (after an appositive participle: "The president, speaking in Kabul, called on ..."), is a full
    sentence the parser misread when the noun has its article (headlines and captions,
    where a bare participle is passive, drop it: "Defector arrested after ...")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        # a finite past form the tagger saw as one ("The president, speaking in Kabul,
        # called on ..."), or an "-ed" participle
        and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.lower_.endswith("ed")))
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ == "det" for c in head.children)
        and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)
        and verb.doc[verb.sent.end - 1].lower_ in (".", "!")
    )


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
        for _p, t in prep_objects(token, ("by", "from", "of", "against", "to", "with", "on")):
            if non_actor(t):
                continue  # "agreed to a ceasefire on Sunday": a date is no party
            if actorish(t):
                inner.append(t)
            elif _p in ("on", "against") and token.i in event_nouns:
                inner += named_owners(t)  # "condemned the blockade on Palestinian lorries"
        if token.i in event_nouns:
            # "criticised the opposition's boycott", "condemned the army's offensive": the
            # act's possessive doer is whom the judging act is aimed at, a common noun too
            # when it names people or a party.
            inner += [c for c in token.children if c.dep_ == "poss" and c not in inner and party_noun(c)]
        if inner:
            out.extend(t for t in inner if t not in out)
        elif token.i not in event_nouns:
            things.append(token)
    return out or things


#: Dependencies of what a verb acts on: its object or passive subject.
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass"})


def named_owners(thing: Token) -> list[Token]:
    """ "a blockade on Palestinian lorries", "sanctions against Iranian oil": a measure
    aimed at things is aimed at the party whose name or demonym modifies them."""
    return [
        c
        for c in thing.children
        if c.dep_ in NOUN_MODS and (c.ent_type_ in ACTOR_LABELS or c.pos_ == "PROPN")
    ]


def speaker_for(token: Token, cand: Candidate, personal: bool = False) -> Token:
    """ "Syria says it is willing to withdraw": the pronoun is the speaker when it agrees with
    the speaker ("it" a non-person, "they" a plural or a group; with ``personal``, used only
    once entity resolution has failed, "he"/"she" a person)."""
    word = token.lower_
    if word in ("we", "us") and token.pos_ == "PRON":
        return _speaking_body(token)
    labels = _self_reference(token)
    if labels:
        return _named_body_of_speaker(token, cand, labels)
    if word not in ("it", "they") and not (personal and word in ("he", "she")):
        return token
    speaker = _reporting_subject(cand)
    if speaker is None or speaker.pos_ == "PRON":
        return token
    plural = speaker.tag_ in ("NNS", "NNPS")
    if word in ("it", "they") and not plural and speaker.pos_ == "NOUN" and _speaks_for_a_body(speaker):
        # "A spokesman for the rebels said they had captured the town", "a ministry
        # official said it would": one who speaks for a body speaks of the body
        bodies = [t for t in _named_with(speaker) if _refers_as(t, word)]
        return bodies[0] if len(bodies) == 1 else token
    if word == "it" and speaker.ent_type_ != "PERSON" and not plural:
        return speaker
    body = speaker.ent_type_ in ("NORP", "ORG", "GPE") or group_noun(speaker)
    if word == "they" and (plural or body):
        # "the rights group said that they had seen ...": a body speaks as its members
        return speaker
    if word in ("he", "she") and (
        speaker.ent_type_ == "PERSON"
        or speaker.pos_ == "PROPN"
        or (speaker.tag_ == "NN" and lemma_of(speaker) in words().person_nouns)
    ):
        # "The head of the African Union said he would travel ...": a person named by
        # a role speaks of himself as a named one does
        return speaker
    return token


def _reporting_subject(cand: Candidate) -> Token | None:
    """The one active subject of the verb of saying or finding whose complement holds the
    act ("Syria says it is willing to withdraw" -> "Syria"), climbing at most six heads
    through the clause links a report passes; None when there is no such verb or subject."""
    speech_or_finding = words().speech_or_finding
    verb = cand.token
    seen_ccomp = False
    for _ in range(6):
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "ccomp":
            seen_ccomp = True
        elif verb.dep_ not in SPEAKER_PATH:
            return None
        verb = verb.head
        if seen_ccomp and lemma_of(verb) in speech_or_finding:
            subj, passive = subject_of(verb)
            return subj[0] if len(subj) == 1 and not passive else None
    return None


def _self_reference(token: Token) -> frozenset[str]:
    """The entity labels a definite noun like "the group", "the kingdom" can stand for
    (``events_self_reference_nouns.tsv``), or nothing: only with "the" and no other
    modifier ("the armed group" names another)."""
    labels = words().self_reference.get(lemma_of(token)) if token.pos_ == "NOUN" else None
    if not labels:
        return frozenset()
    dependents = [c for c in token.children if c.dep_ not in ("punct",)]
    if len(dependents) != 1 or dependents[0].dep_ != "det" or dependents[0].lower_ != "the":
        return frozenset()
    return labels


def _named_body_of_speaker(token: Token, cand: Candidate, labels: frozenset[str]) -> Token:
    """ "A Hamas official said the group had agreed", "Saudi Arabia's foreign minister said
    the kingdom would not ...": the subject of the speech verb whose complement holds the
    act is the body itself (a name of the right kind) or one who speaks for a body
    (``events_speaker_for_nouns.txt``, or a minister or leader: an office noun) that its
    phrase names by a possessive, a name modifier or "for"; then the noun stands for that
    body. Anything else keeps the noun."""
    speaker = _reporting_subject(cand)
    if speaker is None:
        return token
    if speaker.ent_type_ in labels:
        return speaker
    if speaker.pos_ != "NOUN" or not _speaks_for_a_body(speaker):
        return token
    bodies = [t for t in _named_with(speaker) if t.ent_type_ in labels]
    return bodies[0] if len(bodies) == 1 else token


def _named_with(speaker: Token) -> list[Token]:
    """The words naming whom a speaker speaks for: a possessive, a name modifier or a
    "for"/"of" phrase ("Hamas's spokesman", "a Hamas official", "a spokesman for the rebels")."""
    named = [c for c in speaker.children if c.dep_ in ("poss", "compound", "amod")]
    named += [c for c in speaker.children if c.dep_ == "compound" for c in c.children]
    named += [t for _p, t in prep_objects(speaker, ("for", "of"))]
    return named


def _refers_as(body: Token, pronoun: str) -> bool:
    """Whether ``pronoun`` can stand for ``body``: "they" for a plural or a group, "it" for
    a singular organisation or state."""
    named = body.ent_type_ in ("NORP", "ORG", "GPE")
    plural = body.tag_ in ("NNS", "NNPS")
    if pronoun == "they":
        return plural or (named and body.ent_type_ != "GPE") or group_noun(body)
    return not plural and (named or group_noun(body))


#: CAMEO sectors of people who speak for a state, a party or an armed body.
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "IGO"}) | ARMED_SECTORS


def _speaks_for_a_body(speaker: Token) -> bool:
    """A spokesman or official (``events_speaker_for_nouns.txt``, ``events_authority_roles.txt``)
    or a holder of office by the CAMEO agents dictionary ("foreign minister", "commander")."""
    vocab = words()
    lemma = lemma_of(speaker)
    if lemma in vocab.speakers_for or lemma in vocab.authority_roles:
        return True
    return bool(agent_sectors(speaker) & OFFICE_SECTORS)


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
