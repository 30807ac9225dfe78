"""Step 2 of the events pass: arguments. Who acts (actors), who is acted on (targets),
and where, for every trigger found in step 1, read from the trigger's own clause.

Verbal triggers take their actor from the subject (or the ``by`` agent of a passive,
or the controller of a participle/infinitive), their target from the object or a
``with/against/on/to`` phrase; nominal triggers ("the U.S. military withdrawal", "the
agreement between X and Y") take theirs from possessives, modifiers and
``between/by/from`` phrases, or from the light verb that carries them ("held talks",
"imposed sanctions", "faced criticism"). The verbal case is ``verb_arguments``, the
nominal one ``noun_arguments`` (with ``noun_carriers``), pronouns that stand for a
speaker ``speakers``; this module runs them and sorts what they find. Then
events lend each other parties: a verb whose subject is an event noun takes that
event's actors, an announcing act ("threatened to ban ...") the target of the act it
announces.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.agentless import agentless_actors
from newsgraph.events.candidates import Candidate
from newsgraph.events.constants import (
    ANNOUNCING,
    AUTHORITY_ACTS,
    NON_ACTOR_LABELS,
    NOUN_MODS,
    PLACE_LABELS,
    PLACE_TARGETS,
    STATE_LABELS,
    SYMMETRIC,
    VERBAL_CONFLICT,
)
from newsgraph.events.control import controller
from newsgraph.events.headline_syntax import headline_noun_verb, headline_object
from newsgraph.events.noun_arguments import noun_arguments
from newsgraph.events.ontology import OTHER, Entry, Ontology
from newsgraph.events.speakers import negotiating_speaker, self_reference, speaker_for
from newsgraph.events.syntax import (
    actorish,
    agent_of,
    bare_count,
    counted_head,
    direct_object,
    entity_tokens,
    group_noun,
    non_actor,
    participle_host,
    party_noun,
    people_noun,
    prep_objects,
    subject_of,
)
from newsgraph.events.verb_arguments import refine_targets, verb_arguments
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
    _reported_sides(cands)
    _announced_targets(cands, by_token)
    _aims_of_protests(cands, by_token)
    _participle_parties(cands, by_token)
    _victims_of_the_outcome(cands, by_token)
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
            return onto.entry("AID", "peacekeeping", cand.entry.family)
    return None


#: The category whose object act is what is talked about, not a party.
CONSULTED = "CONSULT"
#: Prepositions of whom a matter is talked over with ("discussed the crisis with Kessa").
TALKED_WITH = ("with", "between")


def _talked_with(head: Token) -> list[Token]:
    """A consultation's object: a party stays; a matter with an "of" phrase ("the
    exchange of prisoners") names nobody talked with, only its "with"/"between" parties
    ("the crisis with Kessa"); another word stays for the later steps to name ("a
    terrorist organization called the Taliban")."""
    if actorish(head) or party_noun(head) or not any(p == "of" for p, _t in prep_objects(head, ("of",))):
        return [head]
    return [t for _p, t in prep_objects(head, TALKED_WITH)]


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
        verb_arguments(cand, onto)
        if not cand.target_tokens and headline_noun_verb(cand.token):
            # "Orlenia expels Dessan diplomats", "Rebels attack army base" (the verb a
            # compound of its object, whose phrase starts after it: ``syntax.np_span``)
            cand.target_tokens = [t for t in [headline_object(cand.token)] if t is not None]
    heads = [_user_of(counted_head(t, onto.quantity_nouns)) for t in cand.actor_tokens]
    cand.actor_tokens = []
    for head in heads:
        if non_actor(head) or _nobody(head):
            continue
        body = speaker_for(head, cand)
        cand.actor_tokens.append(body)
        if body is not head and self_reference(head):
            # "a Taliban spokesman said the group had detained ...": the body, and the
            # words the clause names it with
            cand.actor_tokens.append(head)
    host_noun = participle_host(cand.token) if not cand.nominal else None
    if host_noun is not None and not _a_person(host_noun):
        # "the agreement, signed in 2020": the noun is what was signed, not a party; "an
        # aid worker kidnapped in Mali" is the person kidnapped.
        cand.target_tokens = [t for t in cand.target_tokens if t.i != host_noun.i]
    heads = [counted_head(t, onto.quantity_nouns) for t in cand.target_tokens]
    heads = [t for t in heads if not non_actor(t)]
    if cand.nominal and not cand.actor_tokens:
        cand.actor_tokens = _doer_of_the_frame(cand, onto)
    authority = _state_of_the_place(cand)
    if authority is not None:
        cand.actor_tokens = [authority]
        heads = [t for t in heads if t.i != authority.i]
    if cand.entry.category == OTHER:
        # "won the U.S. election": no owner-of-the-object reading outside PLOVER acts.
        cand.target_tokens = [t for t in heads if actorish(t) and t.i not in event_nouns]
    else:
        if cand.entry.category == CONSULTED:
            # "met to discuss the exchange of prisoners": the act talked about is the
            # matter, and its parties are not whom the talks are with
            heads = [p for t in heads if t.i not in event_nouns for p in _talked_with(t)]
        cand.target_tokens = refine_targets(heads, event_nouns)
        if cand.entry.category == "PROTEST" and not any(actorish(t) for t in cand.target_tokens):
            cand.target_tokens = _seat_of_protest(cand) + cand.target_tokens
        vocab = words()
        if (
            cand.entry.category in PLACE_TARGETS
            and cand.place_token is not None
            and not any(
                actorish(t)
                or people_noun(t)
                or bare_count(t)
                or lemma_of(t) in vocab.vessels
                or lemma_of(t) in vocab.site_nouns
                for t in cand.target_tokens
            )
        ):
            # "imposed a curfew in Cizre", "suspended aid deliveries in Baghdad": with no
            # party named, the place (its people, its government) is what is acted on; a
            # ship is acted on where it sails ("seized a tanker in the Strait of Hormuz"),
            # a site where it stands ("attacked a police post near Tarno").
            cand.target_tokens = [cand.place_token]
        if cand.entry.mode in AREA_MEASURES and not cand.target_tokens:
            cand.target_tokens = _area_of(cand.token)


def _seat_of_protest(cand: Candidate) -> list[Token]:
    """ "rallied outside the education ministry", "staged a sit-in outside the electoral
    commission": a protest held outside or at the seat of a body (``events_seat_nouns.txt``,
    or a body itself) is aimed at that body; a protest named by a noun is held where its
    light verb says, one named by a purpose clause where its main verb says ("gathered
    outside the embassy to denounce the killing")."""
    token = cand.token
    carried = token.dep_ == "dobj" if cand.nominal else token.dep_ in ("advcl", "xcomp")
    holders = [token, token.head] if carried else [token]
    seats = words().seats
    return [
        t
        for holder in holders
        for _p, t in prep_objects(holder, ("outside", "at"))
        if lemma_of(t) in seats or group_noun(t)
    ]


#: Modes of a measure laid on or lifted from an area: a curfew, martial law or a state of
#: emergency (CAMEO 1724, 0813, 0814).
AREA_MEASURES = frozenset({"curfew", "martial-law", "ease"})


def _area_of(token: Token) -> list[Token]:
    """ "imposed martial law in several townships", "ended the state of emergency in the
    eastern provinces": a measure over an area no name gives is aimed at the area its
    "in"/"across" phrase names by a place noun (``events_place_nouns.txt``), on the verb
    or on the measure's own noun."""
    place_nouns = words().place_nouns
    holders = [token]
    obj = direct_object(token)
    if obj is not None:
        holders += [obj, *(t for _p, t in prep_objects(obj, ("of",)))]
    return [
        t
        for holder in holders
        for _p, t in prep_objects(holder, ("in", "across", "throughout"))
        if lemma_of(t) in place_nouns
    ][:1]


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


#: Prepositions of the acts in which, or by which, a clause's own act was done.
FRAME_PREPS = frozenset({"in", "during", "through"})


def _doer_of_the_frame(cand: Candidate, onto: Ontology) -> list[Token]:
    """ "Police detained 40 men in raids across the city", "troops killed 12 fighters
    during an offensive": an act noun with no party of its own, in whose course the clause's
    verb of the same category was done, was done by that verb's subject. Not across
    categories: "police arrested 30 people during protests" were not protesting."""
    noun = cand.token
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
        return []
    verb = prep.head
    entry = onto.verbs.get(lemma_of(verb)) if verb.pos_ == "VERB" else None
    if entry is None or entry.category != cand.entry.category:
        return []
    subject, passive = subject_of(verb)
    return [] if passive else [t for t in subject if actorish(t) or party_noun(t)]


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
    event's actors, and, when it tells the outcome of an act of the same kind, what that
    act was aimed at ("the army's shelling of Kessa killed nine civilians": Kessa too)."""
    for cand in cands:
        if cand.absorbed or cand.nominal:
            continue
        inherited: list[Token] = []
        for token in cand.actor_tokens:
            source = by_token.get(token.i)
            # an event noun, or a gerund the tagger reads as a verb ("Fighting between ...")
            act_subject = source is not None and (source.nominal or source.token.tag_ == "VBG")
            if source is not None and act_subject and source is not cand:
                # (words are of one kind only when of one category: "emails demanded by an
                # investigation into X" are not demanded of X)
                same = source.entry.quad == cand.entry.quad and (
                    cand.entry.quad == 4 or source.entry.category == cand.entry.category
                )
                if same:
                    # (not the place a party-less act is aimed at: "a bombing near Samarra")
                    place = source.place_token.i if source.place_token is not None else -1
                    aimed = [t for t in source.target_tokens if t.i != place]
                    cand.target_tokens += [t for t in aimed if t not in cand.target_tokens]
                if source.actor_tokens:
                    inherited.extend(t for t in source.actor_tokens if t not in inherited)
                elif _body_named_by_act(token):
                    # "the rebel alliance has agreed to ...": the entities stage reads the
                    # phrase as a body, which acts itself
                    inherited.append(token)
                    cand.means.add(token.i)
                elif cand.entry.quad == 4:
                    # "a minefield explosion killed ...": with no party named, the act
                    # of force itself is what did it (PLOVER codes it as the source).
                    inherited.append(token)
                    cand.means.add(token.i)
            else:
                inherited.append(token)
        cand.actor_tokens = inherited


def _body_named_by_act(token: Token) -> bool:
    """An act noun an entity mention covers ("the rebel alliance", "the alliance" for
    NATO): a body, not an act ("drone attacks", "the talks" are no mentions)."""
    covered = entity_tokens(token.doc)
    return covered is not None and token.i in covered and token.pos_ == "NOUN"


def _reported_sides(cands: list[Candidate]) -> None:
    """ "Chief negotiator Lena Moor said the talks with the rebels had broken down": a
    mutual act noun with its other side and no doer is the reporter's side when the
    reporter is a body or speaks for one (``speakers.negotiating_speaker``). Run after the
    verbs took their event-noun subjects' parties: the verb telling what became of the
    talks ("broke down") is no act of the reporter's."""
    for cand in cands:
        if not cand.nominal or cand.absorbed or cand.actor_tokens or not cand.target_tokens:
            continue
        if cand.entry.category not in SYMMETRIC:
            continue
        speaker = negotiating_speaker(cand.token)
        if speaker is not None and speaker not in cand.target_tokens:
            cand.actor_tokens = [speaker]


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


#: Acts whose target a protest is held to press ("marched to demand wages from the
#: government", "rallied, accusing the mayor of ...", "a strike to reject the plan").
PRESSED_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def _aims_of_protests(cands: list[Candidate], by_token: dict[int, Candidate]) -> None:
    """ "Teachers marched to demand higher wages from the government", "students staged a
    sit-in to demand the resignation of the minister": a protest that names nobody it is
    aimed at is aimed at the party its purpose clause or participle makes a demand of,
    accuses or rejects (that act's own target, when it is a party: "calling for an end to
    the reforms" names none). A protest named by a noun reads the clause of the verb
    that stages it."""
    for cand in cands:
        if cand.absorbed or cand.entry.category != "PROTEST":
            continue
        if any(actorish(t) or party_noun(t) for t in cand.target_tokens):
            continue
        holders = [cand.token]
        if cand.nominal and cand.token.dep_ == "dobj":
            holders.append(cand.token.head)  # "staged a sit-in to demand ..."
        for holder in holders:
            aims = _pressed_aims(holder, by_token) or _adverbial_protest_aims(holder, by_token)
            if aims:
                cand.target_tokens = aims + [t for t in cand.target_tokens if t not in aims]
                break


def _pressed_aims(holder: Token, by_token: dict[int, Candidate]) -> list[Token]:
    """The parties the demands, accusations and rejections of a protest's purpose clause
    or participle are aimed at ("calling for an end to the reforms": none)."""
    for child in holder.children:
        inner = by_token.get(child.i) if child.dep_ in ("advcl", "xcomp", "acl") else None
        if inner is not None and not inner.absorbed and inner.entry.category in PRESSED_ACTS:
            aims = [t for t in inner.target_tokens if actorish(t) or party_noun(t)]
            if aims:
                return aims
    return []


def _adverbial_protest_aims(holder: Token, by_token: dict[int, Candidate]) -> list[Token]:
    """ "rallied in protest of the government's decision": what the protest noun of the
    clause's "in" adverbial is aimed at."""
    for _p, noun in prep_objects(holder, ("in",)):
        inner = by_token.get(noun.i)
        if inner is not None and inner.nominal and inner.entry.category == "PROTEST" and inner.target_tokens:
            return list(inner.target_tokens)
    return []


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


def _victims_of_the_outcome(cands: list[Candidate], by_token: dict[int, Candidate]) -> None:
    """ "A car bomb exploded near a checkpoint, killing four soldiers", "gunmen opened fire
    in a market, wounding nine": an act of force that names no one it hit is aimed at
    whom its outcome, a participle of force on it, names."""
    for cand in cands:
        if cand.absorbed or cand.nominal or cand.entry.category != "ASSAULT" or cand.target_tokens:
            continue
        for child in cand.token.children:
            outcome = by_token.get(child.i)
            if child.dep_ != "advcl" or child.tag_ != "VBG" or outcome is None:
                continue
            if outcome.entry.category == "ASSAULT" and not outcome.absorbed:
                cand.target_tokens = [t for t in outcome.target_tokens if t not in cand.actor_tokens]
                break


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


def _nobody(token: Token) -> bool:
    """A word that names no party: a negative pronoun ("nobody has claimed the attack",
    ``events_negating_words.txt``) or a question word left without an antecedent ("it
    was not clear who carried out the attack"; a relative "who" is its antecedent by now)."""
    if token.lower_ in words().negating_words:
        return True
    return token.tag_ == "WP" and token.head.dep_ != "relcl"


def verb_actors(verb: Token, onto: Ontology) -> list[Token]:
    """The actors this step gives any verb read as an ``OTHER`` event of its own lemma:
    the clause-level actor finding (subject, passive agent, controller, content head,
    speaker), without a category's own rules. ``benchmarks/actor_finding.py`` measures it
    on verbs that are not PLOVER acts, so a rule shows whether it follows the grammar."""
    lemma = lemma_of(verb)
    cand = Candidate(verb, Entry(OTHER, None, None, None, lemma), lemma)
    _own_arguments(cand, onto, set())
    return cand.actor_tokens
