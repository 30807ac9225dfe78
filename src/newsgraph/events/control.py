"""Who does an act a clause names no subject for: the understood subject of an
infinitive, a participle or a gerund ("agreed to withdraw", "criticized X for inviting
...", "..., defeating his opponent", "officials it accuses of flying in migrants"), read
off the parse. Split from ``syntax`` (session 22), whose small tree questions it asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.constants import ACTOR_LABELS, CONTROL_PREPS
from newsgraph.events.misparses import described_subject
from newsgraph.events.syntax import (
    agent_of,
    animate,
    conjuncts,
    direct_object,
    foiled_plan,
    noun_owner,
    party_noun,
    prep_objects,
    stranded_subject,
    subject_of,
)
from newsgraph.events.vocabulary import lemma_of, words


def _a_party(noun: Token) -> bool:
    """A name of an actor or a noun of people or bodies ("the prime minister")."""
    return noun.ent_type_ in ACTOR_LABELS or party_noun(noun)


def _infinitive(verb: Token) -> bool:
    """A to-infinitive ("to restore")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.lefts)


def _set_off_participle(verb: Token) -> bool:
    """A present participle adjunct after a comma (", accusing them of ...")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _calls_to_speak(verb: Token, clause: Token) -> bool:
    """ "had called Mahama to congratulate him", "phoned the envoy to protest": a call
    whose to-clause is a speech act is the caller's way of doing it; "called the governor
    to resign" still asks the governor."""
    return lemma_of(verb) in words().calling and lemma_of(clause) in words().speech


def controller(verb: Token, limit: int = 6) -> list[Token]:
    """The understood subject of a verb with none of its own ("criticized X for inviting ...",
    "agreed to withdraw", "..., defeating his opponent")."""
    object_control = words().object_control
    current = verb
    for _ in range(limit):
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            return []
        if _set_off_participle(current) and head.dep_ == "xcomp" and lemma_of(head.head) in object_control:
            # "ordered two diplomats to leave, accusing them of spying": a participle set
            # off by a comma is the act of the main clause's subject, not of the object
            # told to do the complement
            current = head.head
            subj, passive = subject_of(current)
            if subj and not passive:
                return subj
            continue
        if dep == "xcomp" and foiled_plan(current, words().foiling):
            return []  # "had foiled a plot to attack ...", the to-clause hung on the verb
        if dep in ("xcomp", "ccomp", "advcl") and head.pos_ in ("VERB", "AUX"):
            obj = direct_object(head)
            # "called on loyal troops to \"restore order\"": a quotation mark makes the
            # parser hang the to-clause of a verb of bidding as an adjunct
            bidden = dep == "xcomp" or (dep == "advcl" and _infinitive(current))
            if bidden and lemma_of(head) in object_control:
                if obj is not None and _calls_to_speak(head, current):
                    subj, passive = subject_of(head)
                    return subj if subj and not passive else controller(head, limit - 1)
                if obj is not None:
                    return conjuncts(obj)
                # "called on the governor to step down", "appealed to donors to give"
                pobjs = [t for p, t in prep_objects(head, CONTROL_PREPS) if p != "to" or t.i < current.i]
                if pobjs:
                    return pobjs
        gerund_conjunct = dep == "conj" and current.tag_ == "VBG"
        if gerund_conjunct and head.dep_ in ("pobj", "pcomp") and head.head.dep_ == "prep":
            # "accusing them of smuggling or violating ...": the second gerund of the phrase
            current, dep, head = head, "pcomp", head.head
        if dep == "pcomp" and head.dep_ == "prep":
            governor = head.head
            obj = direct_object(governor) if governor.pos_ in ("VERB", "AUX") else None
            if obj is None and governor.dep_ == "dobj" and head.lower_ == "of" and _a_party(governor):
                # "accused the prime minister of silencing critics", "of" hung on the object
                # (not "a history of blaming", "a passion for defending": the subject's)
                obj = governor
            own = subject_of(governor)[0] if obj is None and governor.dep_ == "relcl" else []
            if own and own[0].i != governor.head.i:
                obj = governor.head  # "officials it accuses of flying in migrants": the officials
            if obj is None and head.lower_ == "of" and _allegation_phrase(governor):
                # "arrested two citizens on suspicion of passing information": the suspected
                obj = direct_object(governor.head.head)
            if obj is not None and head.lower_ in ("for", "of", "over", "with", "from"):
                return conjuncts(obj)  # (also "blocked the government from deporting ...")
            if governor.dep_ == "acl" and governor.tag_ == "VBN" and governor.head.pos_ in ("NOUN", "PROPN"):
                # "politicians accused of supporting the rebels", "men suspected of planning
                # attacks": the noun the participle describes is the one said to act; the
                # clause above ("the government arrested ...") is somebody else's act. A
                # thing described ("a meeting aimed at establishing ties") lets the search
                # go on up to the clause's subject
                noun = governor.head
                if _a_party(noun):
                    return [noun]
                if lemma_of(governor) in words().allegation_governors:
                    return []
            current = governor
            subj, passive = subject_of(current)
            if subj and animate(subj):
                # "was arrested after attempting to join ...", "had been involved in
                # building ...": a passive subject controls the adjunct too.
                return subj
            continue
        if dep == "acl" and head.pos_ == "NOUN" and _infinitive(current):
            # "Corland's decision to expel ...", "the decision by Corland to expel ...",
            # "the rebels' refusal to disarm": the noun's owner or agent does the act.
            owner = noun_owner(head)
            if owner:
                return owner
            if foiled_plan(current, words().foiling):
                return []  # "police thwarted an attempt to bomb ...": not the police's
            carrier = head.head
            if head.dep_ == "dobj" and lemma_of(carrier) in words().light_verbs:
                # "took steps to ease", "announced plans to cut": the noun a light verb
                # carries is its subject's plan; not "criticized the plan to build".
                subj, passive = subject_of(carrier)
                if not passive:
                    return subj or controller(carrier, limit - 1)
            if head.dep_ == "nsubjpass" and lemma_of(carrier) in words().light_verbs:
                # "the decision to expel the diplomats was announced by the ministry",
                # "plans to cut the force were approved by parliament"
                agent = agent_of(carrier)
                if agent:
                    return agent
        if dep == "amod" and current.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
            # "a weeping woman", "the protesting farmers": the people the participle
            # describes do it ("a fighting chance", "the ruling" name nobody).
            return [head] if _a_party(head) else []
        if dep == "acl" and current.tag_ == "VBG":
            if _a_party(head):
                return [head]  # "rebels demanding ...", but not "a declaration demanding ..."
            owner = noun_owner(head)
            if owner:
                return owner  # "his statement calling for ...": its author does
        if dep == "ccomp" and (described := described_subject(current)):
            return described
        if dep == "conj" and (nearer := _nearer_conjunct(current)) is not None:
            return nearer
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
            child, current = current, head
            if current.pos_ in ("VERB", "AUX"):
                subj, passive = subject_of(current)
                if passive and dep in ("advcl", "xcomp") and (agent := agent_of(current)):
                    # "was attacked by militiamen ..., killing 156 people": the agent acts
                    return agent
                if subj and (animate(subj) or (dep == "conj" and not passive)):
                    if passive and dep == "conj" and child.tag_ == "VBN":
                        return []  # "was arrested and charged": charged too, not charging
                    return subj  # "were shot ... and have been recovering": they recover
                if not subj and dep == "xcomp" and (stranded := stranded_subject(current)):
                    return stranded  # "..., the government and the rebels have agreed to allow"
            continue
        return []
    return []


#: Clauses that may stand between a verb and the conjunct the parser joined it to.
EMBEDDED_CLAUSES = frozenset({"advcl", "ccomp"})


def _nearer_conjunct(verb: Token) -> list[Token] | None:
    """ "..., which she was doing when the guards located her and told her to leave": the
    parser joined "told" to "doing" over the clause "when the guards located her", which
    ends right before the "and". A conjunct in the same plain tense as that nearer clause
    and unlike its own head (an auxiliary: "was doing") is the nearer clause's second verb
    and has its subject."""
    head = verb.head
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.lefts):
        return None
    if head.tag_ == verb.tag_ and not any(c.dep_ in ("aux", "auxpass") for c in head.lefts):
        return None  # "she arrived when they left and spoke": as likely the first verb's
    doc = verb.doc
    for clause in head.rights:
        if clause.i >= verb.i or clause.dep_ not in EMBEDDED_CLAUSES or clause.tag_ != verb.tag_:
            continue
        end = clause.right_edge.i
        between = doc[end + 1 : verb.i]
        if not all(t.dep_ == "cc" and t.head.i == head.i for t in between):
            continue  # a comma or more words: the first verb's conjunct after all
        subj, passive = subject_of(clause)
        if subj and not passive:
            return subj
    return None


def _allegation_phrase(noun: Token) -> bool:
    """ "on suspicion of", "on charges of", "over allegations of": a noun of alleging
    (``events_allegation_governors.txt``) in a phrase hung on a verb, whose gerund the
    verb's object is said to have done."""
    return (
        noun.pos_ == "NOUN"
        and lemma_of(noun) in words().allegation_governors
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "VERB"
    )
