"""Readings of running news text that name no PLOVER act although the verb is a trigger,
told by what the verb is done to or who moves (called from the selectional constraints,
``constraints._refusal``; issue 12, session 14):

* an abstract patient (``events_abstract_objects.txt``): "had abused the trust of the
  state", "abused his powers" is a misuse of a position, no force against a party;
* civilians evacuated (``events_evacuating_verbs.txt``): "thousands evacuated",
  "residents were evacuated from the coast" is people brought out of danger, no party
  pulling back its forces ("the army evacuated its positions", "troops were evacuated"
  stay RETREAT, and so does "withdraw": "the embassy withdrew its staff");
* an event noun that only classifies a thing (called from ``senses._no_act``): "the
  payments were 'neither gifts nor loans'", "the money was a loan";
* a label put on something ("called the vote an ambush") and an event word in a frame
  that names no act ("came at us without warning", "the right to protest";
  ``events_non_act_frames.tsv``), both called from ``candidates.find_candidates``;
* a verb that only links its subject to a state ("the guns fell silent", "went missing");
* a trip that visits nobody ("flew home", "had been flown to Moscow for checks");
* fighting in a court of law ("vowed to keep fighting in court", ``events_court_nouns.txt``);
* fighting for a cause ("fought for equal pay", ``events_cause_nouns.txt``);
* a participle standing for the people it describes ("the accused", "the detained were
  freed"): a noun phrase, no act told.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newsgraph.actors.cameo import get_cameo_actors, split_code
from newsgraph.constants import PLACE_LABELS
from newsgraph.docindex import doc_index
from newsgraph.events.constants import ACTOR_LABELS, ARMED_SECTORS
from newsgraph.events.syntax import actorish, counted_head, party_noun, subject_of
from newsgraph.events.vocabulary import lemma_of, words
from newsgraph.numbers import words_to_number

#: Dependencies of a verb's patient: its direct object, or the subject of its passive.
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})


def abstract_patient(verb: Token, abstract: frozenset[str]) -> bool:
    """Whether what the verb is done to is an abstract noun ("abused the trust of the
    state", "his powers were abused"): a misuse, not force against a party or a place."""
    return any(c.dep_ in PATIENT_DEPS and lemma_of(c) in abstract for c in verb.children)


def civilians_leave(verb: Token, groups: frozenset[str], quantity: frozenset[str]) -> bool:
    """Whether those an evacuating verb moves are civilians: its people object or passive
    subject ("evacuated 3,000 residents", "thousands were evacuated"), else its subject
    ("residents evacuated their homes"), or the noun a headline's participle hangs on
    ("Thousands evacuated as river bursts banks"). Civilians are people named by a group
    noun ("residents", "families", ``entities_group_nouns``) or a bare number of them;
    a force, a role ("its ambassador") or a name is a party withdrawing."""
    patients = [c for c in verb.children if c.dep_ in PATIENT_DEPS]
    people = [t for t in patients if _civilian(t, groups, quantity)]
    if people:
        return len(people) == len(patients)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return False  # "troops were evacuated": a force moved
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not patients:
        movers = [verb.head]
    else:
        movers = subject_of(verb)[0]
    return bool(movers) and all(_civilian(t, groups, quantity) for t in movers)


def _civilian(token: Token, groups: frozenset[str], quantity: frozenset[str]) -> bool:
    head = counted_head(token, quantity)
    if head.ent_type_ in ACTOR_LABELS:
        return False
    if lemma_of(head) in groups or head.lower_ in groups:
        agents = get_cameo_actors()
        agent = agents.agent(head.lower_) or agents.agent(lemma_of(head))
        # "troops", "soldiers" name a group of people too, but an armed one
        return agent is None or not ARMED_SECTORS.intersection(split_code("XXX" + agent.code)[1])
    # a bare count of people: "thousands", "3,000" (not "a unit", "a contingent")
    return head.like_num or words_to_number(lemma_of(head)) is not None


def becoming_a_state(verb: Token) -> bool:
    """Whether the verb only links its subject to a state an adjective names, with nothing
    done to anyone: "the guns fell silent", "the minister fell ill", "two hikers went
    missing". A verb with an object ("set free 20 hostages") still acts."""
    children = list(verb.children)
    return any(c.dep_ == "acomp" and c.tag_ == "JJ" for c in children) and not any(
        c.dep_ in ("dobj", "dative", "agent") for c in children
    )


def carried_or_home(verb: Token) -> bool:
    """A trip that visits nobody: going home ("flew home to Geneva"), or people carried
    somewhere by an unnamed hand ("the servicemen had been flown to Moscow for checks")."""
    children = list(verb.children)
    if any(c.lower_ == "home" and c.i > verb.i for c in children):
        return True
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def no_destination(verb: Token, pattern: str | None) -> bool:
    """A visit read from the book's bare "to" pattern of a verb of moving ("steered $40
    million to companies", "headed to X") whose "to" names neither a place nor a named
    party: money or goods moved to someone, not a trip (``PLACE_LABELS``, the place and
    site nouns, a name)."""
    if not pattern or "(to)" not in pattern:
        return False
    vocab = words()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = lemma_of(pobj)
            if pobj.ent_type_ in PLACE_LABELS or pobj.ent_type_ in ACTOR_LABELS or pobj.pos_ == "PROPN":
                return False
            if lemma in vocab.place_nouns or lemma in vocab.site_nouns:
                return False
    return True


def for_a_cause(verb: Token, causes: frozenset[str]) -> bool:
    """Whether a verb of fighting with no object and no place is done for a cause ("fought
    for equal pay", "has battled for higher wages"): a campaign, not force against a party."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and any(g.ent_type_ in PLACE_LABELS for g in c.children) for c in verb.children):
        return False  # "had fought in Vietnam for the nation's rights": a war, somewhere
    return _prep_object_in(verb, ("for",), causes)


def in_a_court(verb: Token, courts: frozenset[str]) -> bool:
    """Whether a verb of fighting is set in a court of law ("would keep fighting in
    court", "battled on through the courts"): a lawsuit, not force."""
    return _prep_object_in(verb, ("in", "through", "before"), courts)


def _prep_object_in(verb: Token, preps: tuple[str, ...], lemmas: frozenset[str]) -> bool:
    """Whether one of ``preps`` on the verb has an object whose lemma is in ``lemmas``."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(g.dep_ == "pobj" and lemma_of(g) in lemmas for g in c.children)
        for c in verb.children
    )


def classifying_predicate(noun: Token, event_nouns: Collection[str]) -> bool:
    """Whether an event noun only classifies a thing: the predicate of "be" whose subject
    is a common noun that is neither a party nor an act ("the payments were gifts", "the
    money was a loan to the company": what the money was, not a giving), or one of a
    "neither ... nor" pair ("neither gifts nor loans" denies both readings)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        return True
    copula = first.head
    if first.dep_ != "attr" or lemma_of(copula) != "be" or any(c.dep_ == "expl" for c in copula.children):
        return False  # "there have been protests" tells that they took place
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN"
        and not s.ent_type_
        and not actorish(s)
        and not party_noun(s)
        and lemma_of(s) not in event_nouns
        and s.lower_ not in event_nouns
        for s in subjects
    )


#: Relations that make a gerund a clause of its own ("without warning the residents").
_GERUND_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "nsubj", "attr"})


def in_non_act_frame(token: Token) -> bool:
    """Whether an event word stands where it names no act: the object of a preposition of
    manner ("without warning") or the "to" complement of a noun of entitlement ("the
    right to protest", "the right to a fair trial"; ``events_non_act_frames.tsv``)."""
    frames = words().non_act_frames
    # asked of every trigger: the tree from the DocIndex tables, a Token only for a lemma
    index, i = doc_index(token.doc), token.i
    deps, lowers, pos = index.column("dep_"), index.column("lower_"), index.column("pos_")
    dep, head = deps[i], index.heads()[i]
    if dep in ("pobj", "pcomp") and frames.get(lowers[head]) == "*":
        # a noun, or a bare gerund the parser makes of it ("without warning")
        return pos[i] == "NOUN" or not any(deps[c] in _GERUND_OBJECTS for c in index.children(i))
    if dep == "pobj" and pos[i] == "NOUN":
        above = index.heads()[head]
        return pos[above] == "NOUN" and frames.get(lemma_of(index.tokens[above])) == lowers[head]
    if pos[i] == "VERB" and dep in ("acl", "xcomp") and pos[head] == "NOUN":
        to = any(deps[c] == "aux" and lowers[c] == "to" for c in index.children(i))
        return to and frames.get(lemma_of(index.tokens[head])) == "to"
    return False


def a_label(noun: Token) -> bool:
    """Whether an event noun is a label put on something: the object predicate of a verb
    of labelling ("called the vote an ambush", "branded the deal a surrender") or the
    object of its "as" ("described the raid as a massacre")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as":
        head = head.head.head if head.head.dep_ in ("dobj", "obj") else head.head
    elif noun.dep_ in ("dobj", "obj"):
        # "branded the deal a surrender": the parser's second object is the label
        if not any(c.dep_ in ("dobj", "obj") and c.i < noun.i for c in head.children):
            return False
    elif noun.dep_ != "oprd":
        return False
    return head.pos_ == "VERB" and lemma_of(head) in words().labelling


#: Relations of a noun phrase's head in its clause.
_NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def participle_as_people(verb: Token) -> bool:
    """Whether a past participle heads a noun phrase after "the" with nothing of a verb's
    own ("The accused treated public land as his property", "the detained were freed"): it
    names the people it describes, not an act."""
    if verb.tag_ != "VBN" or verb.dep_ not in _NOUN_PHRASE_DEPS:
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "det" and c.lower_ == "the" and c.i < verb.i for c in children)
        and not any(c.i > verb.i for c in children)
    )
